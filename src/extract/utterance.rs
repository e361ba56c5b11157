//! Utterances: `“We will win,” she said. “They will lose.”` is one utterance in two pieces. A
//! quotation joins the one before it when nothing but their shared cue lies between them.

use super::attribution::{Found, StatementKind};

/// At most this many words between two pieces: the cue and its speaker ("said the
/// company's chief executive, John J. Ferriola").
const MAX_GAP_WORDS: usize = 12;

/// The utterance number of each statement of `found` (sorted by start), from 1.
pub(super) fn utterances(body: &str, found: &[Found]) -> Vec<usize> {
    let mut out = Vec::with_capacity(found.len());
    let mut next = 0;
    for (i, f) in found.iter().enumerate() {
        let joined = i > 0 && is_second_piece(body, &found[i - 1], f);
        if !joined {
            next += 1;
        }
        out.push(next);
    }
    out
}

fn is_quote(f: &Found) -> bool {
    matches!(f.kind, StatementKind::Direct | StatementKind::Partial)
}

fn is_second_piece(body: &str, first: &Found, second: &Found) -> bool {
    if !is_quote(first) || !is_quote(second) || first.paragraph != second.paragraph {
        return false;
    }
    if first.speaker.is_none() || first.speaker != second.speaker {
        return false;
    }
    let (gap_start, gap_end) = (first.words.end, second.words.start);
    if gap_start >= gap_end {
        return false;
    }
    let cue_between = [first.mention, second.mention]
        .iter()
        .flatten()
        .any(|m| gap_start <= m.start && m.end <= gap_end);
    let gap_words = body[gap_start..gap_end]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    cue_between && gap_words <= MAX_GAP_WORDS
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    fn utterances_of(body: &str) -> Vec<(String, usize)> {
        extract(&format!("Title\n\n{body}"))
            .into_iter()
            .map(|s| (s.text, s.utterance))
            .collect()
    }

    #[test]
    fn a_quotation_split_by_its_cue_is_one_utterance() {
        assert_eq!(
            utterances_of("“We will win,” Smith said. “They will lose.”"),
            [("We will win,".into(), 1), ("They will lose.".into(), 1)]
        );
        assert_eq!(
            utterances_of(
                "“We will win,” said Jane Smith, the campaign's spokeswoman, “and they will lose.”"
            ),
            [
                ("We will win,".into(), 1),
                ("and they will lose.".into(), 1)
            ]
        );
    }

    #[test]
    fn separate_quotations_are_separate_utterances() {
        assert_eq!(
            utterances_of("“We will win,” Smith said.\n\n“They will lose,” Jones said."),
            [("We will win,".into(), 1), ("They will lose,".into(), 2)]
        );
        // Narrative between the pieces: two utterances of one speaker.
        assert_eq!(
            utterances_of("“We will win,” Smith said. The crowd cheered for several minutes, and then the band played two more songs. “They will lose.”"),
            [("We will win,".into(), 1), ("They will lose.".into(), 2)]
        );
    }
}
