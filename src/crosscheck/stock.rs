//! Stock phrases: index keys (word pairs) so common in news quotations ("i dont", "the white
//! house") that they tell nothing about which utterance a statement copies. They are listed
//! once, in `stock_phrases.txt`, from a reference corpus (scripts/make-stock-phrases.sh), so
//! whether a key is one never depends on which articles a database holds or the order they
//! arrived in: the same articles find the same candidates whatever the order.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::normalize::{content_stems, quotation_inside, term_hash, words};

/// One phrase a line (its two terms, as the index spells them), then a tab and how many
/// distinct utterances of the reference corpus hold it; `#` starts a comment.
const STOCK_PHRASES: &str = include_str!("stock_phrases.txt");

/// Whether `key` is a listed stock phrase.
pub fn is_stock(key: i64) -> bool {
    static KEYS: OnceLock<FxHashSet<i64>> = OnceLock::new();
    KEYS.get_or_init(|| {
        STOCK_PHRASES
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| term_hash(line.split('\t').next().unwrap_or(line)))
            .collect()
    })
    .contains(&key)
}

/// The index keys of a statement spelled out, listed stock phrases included (`Info::keys`
/// holds the others' hashes): for the script that makes the list. Quotations are keyed by their words in order, reported
/// speech by its content stems (and by its quotation's words when it quotes).
pub fn key_phrases(kind: &str, text: &str) -> Vec<String> {
    let quotation = (kind == "indirect")
        .then(|| quotation_inside(text))
        .flatten();
    let quoted = kind != "indirect" || quotation.is_some();
    let ws = words(quotation.unwrap_or(text));
    let mut phrases = Vec::new();
    if quoted {
        let norms: Vec<&str> = ws.iter().map(|w| w.norm.as_str()).collect();
        phrases.extend(pairs(&norms));
    }
    if kind == "indirect" {
        let all_words = quotation.map(|_| words(text));
        phrases.extend(pairs(&content_stems(all_words.as_ref().unwrap_or(&ws))));
    }
    phrases.sort_unstable();
    phrases.dedup();
    phrases
}

/// Neighbouring terms joined by a space (the single term of a one-term statement), as
/// `normalize::shingles` hashes them.
fn pairs<S: AsRef<str>>(terms: &[S]) -> Vec<String> {
    if terms.len() < 2 {
        return terms.iter().map(|t| t.as_ref().to_string()).collect();
    }
    terms
        .windows(2)
        .map(|p| format!("{} {}", p[0].as_ref(), p[1].as_ref()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::tests::info;
    use super::*;

    #[test]
    fn the_phrases_spelled_out_are_the_keys_the_index_uses() {
        for (kind, text) in [
            ("direct", "I don't think we will win this one, he said."),
            ("partial", "a storm like this country has never seen"),
            (
                "indirect",
                "The mayor said the bridge would be rebuilt before winter.",
            ),
            (
                "indirect",
                "He said the plan was \"a disaster for every family in the state\".",
            ),
            ("direct", "Enough."),
        ] {
            let mut hashed: Vec<i64> = key_phrases(kind, text)
                .iter()
                .map(|p| term_hash(p))
                .filter(|&key| !is_stock(key))
                .collect();
            hashed.sort_unstable();
            hashed.dedup();
            assert_eq!(hashed, info(1, 1, kind, text, None).keys, "{kind}: {text}");
        }
    }

    #[test]
    fn listed_phrases_are_stock_and_others_not() {
        assert!(is_stock(term_hash("do not")));
        assert!(is_stock(term_hash("the white")));
        assert!(!is_stock(term_hash("bridge rebuilt")));
    }
}
