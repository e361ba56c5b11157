//! Reading a member's word diff (`{+added+}` and `[-dropped-]` against the group's fullest
//! copy) into runs of words to show plain, highlighted or struck out.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    /// Words this copy has that the fullest copy does not.
    Added,
    /// Words of the fullest copy that this copy leaves out.
    Dropped,
}

/// Runs of words, neighbouring words of one kind joined (with the space between them).
pub fn runs(diff: &str) -> Vec<(Change, String)> {
    let mut out: Vec<(Change, String)> = Vec::new();
    let mut push = |change: Change, text: &str| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((last, words)) if *last == change => {
                words.push(' ');
                words.push_str(text);
            }
            _ => out.push((change, text.to_string())),
        }
    };
    for word in diff.split(' ').filter(|w| !w.is_empty()) {
        if let Some(inner) = word.strip_prefix("{+").and_then(|w| w.strip_suffix("+}")) {
            push(Change::Added, inner);
        } else if let Some(inner) = word.strip_prefix("[-").and_then(|w| w.strip_suffix("-]")) {
            push(Change::Dropped, inner);
        } else {
            push(Change::Same, word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbouring_changes_are_one_run() {
        assert_eq!(
            runs("{+Chinese+} [-China's-] government {+telecom+} {+companies+} [-firms-] have"),
            [
                (Change::Added, "Chinese".to_string()),
                (Change::Dropped, "China's".to_string()),
                (Change::Same, "government".to_string()),
                (Change::Added, "telecom companies".to_string()),
                (Change::Dropped, "firms".to_string()),
                (Change::Same, "have".to_string()),
            ]
        );
        assert_eq!(runs("no change"), [(Change::Same, "no change".to_string())]);
    }
}
