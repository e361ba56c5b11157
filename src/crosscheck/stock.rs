//! What many people say, listed once from a reference corpus (scripts/make-stock-lists.sh), so
//! that it never depends on which articles a database holds or the order they arrived in:
//! - stock phrases (`stock_phrases.txt`): index keys (word pairs) so common in news quotations
//!   ("i dont", "the white house") that they tell nothing about which utterance a statement
//!   copies, so the same articles find the same candidates whatever the order;
//! - stock trigrams (`stock_trigrams.txt`): three words in a row that many different people say
//!   ("the right thing", "the enemy of"). A short line made only of them ("a step in the right
//!   direction") is a stock phrase, not one utterance; a line quoted again keeps a trigram few
//!   people say ("era of big", "difference at this", quoted of one person).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::normalize::{term_hash, Word};
use super::Info;

/// One phrase a line (its two terms, as the index spells them), then a tab and how many
/// distinct utterances of the reference corpus hold it; `#` starts a comment.
const STOCK_PHRASES: &str = include_str!("stock_phrases.txt");

/// One trigram a line (its words as compared, `Word::norm`), then a tab and how many distinct
/// speakers of the reference corpus say it; `#` starts a comment.
const STOCK_TRIGRAMS: &str = include_str!("stock_trigrams.txt");

/// The hashes of a list's entries: the text before the tab of each line not a comment.
fn hashed(list: &str) -> FxHashSet<i64> {
    list.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| term_hash(line.split('\t').next().unwrap_or(line)))
        .collect()
}

/// Whether `key` is a listed stock phrase.
pub fn is_stock(key: i64) -> bool {
    static KEYS: OnceLock<FxHashSet<i64>> = OnceLock::new();
    KEYS.get_or_init(|| hashed(STOCK_PHRASES)).contains(&key)
}

/// Whether every trigram of these words is a stock trigram: a line anyone might say.
pub fn all_stock(words: &[Word]) -> bool {
    static TRIGRAMS: OnceLock<FxHashSet<i64>> = OnceLock::new();
    let trigrams = TRIGRAMS.get_or_init(|| hashed(STOCK_TRIGRAMS));
    words.len() >= 3
        && words.windows(3).all(|w| {
            trigrams.contains(&term_hash(&format!(
                "{} {} {}",
                w[0].norm, w[1].norm, w[2].norm
            )))
        })
}

/// The index keys of a statement spelled out, listed stock phrases included (`Info::keys`
/// holds the others' hashes): for the script that makes the list.
pub fn key_phrases(kind: &str, text: &str) -> Vec<String> {
    let info = Info::new(0, 0, kind.to_string(), text.to_string());
    let norms: Vec<&str> = info.words.iter().map(|w| w.norm.as_str()).collect();
    let quoted = kind != "indirect" || info.all_words.is_some();
    let mut phrases = super::key_phrases(quoted, kind == "indirect", &norms, &info.stems);
    phrases.sort_unstable();
    phrases.dedup();
    phrases
}

#[cfg(test)]
mod tests {
    use super::super::normalize::words;
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
        // Spelled out: a quotation's neighbouring words, a single word alone.
        assert_eq!(
            key_phrases("direct", "We will win this one."),
            ["this one", "we will", "will win", "win this"]
        );
        assert_eq!(key_phrases("direct", "Enough."), ["enough"]);
    }

    #[test]
    fn listed_phrases_are_stock_and_others_not() {
        assert!(is_stock(term_hash("do not")));
        assert!(is_stock(term_hash("the white")));
        assert!(!is_stock(term_hash("bridge rebuilt")));
    }

    #[test]
    fn lines_many_people_say_are_stock_and_lines_quoted_again_are_not() {
        for line in [
            "a step in the right direction",
            "It's the right thing to do.",
            "the enemy of the people",
            "That's not the case",
            "the law of the land",
        ] {
            assert!(all_stock(&words(line)), "{line}");
        }
        for line in [
            "the era of big government is over",
            "What difference, at this point, does it make?",
            "the private sector is doing fine",
            "a total and complete shutdown of Muslims",
            "the",
        ] {
            assert!(!all_stock(&words(line)), "{line}");
        }
    }
}
