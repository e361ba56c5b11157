//! Stock trigrams: three words in a row that many different people say ("the right thing",
//! "in the right", "the enemy of"). A short line made only of them ("a step in the right
//! direction", "the right thing to do") is a stock phrase, not one utterance; a line quoted
//! again keeps a trigram few people say ("era of big", "difference at this", quoted of one
//! person). They are listed once, in `stock_trigrams.txt`, from a reference corpus
//! (scripts/make-stock-trigrams.sh), so whether a line is stock never depends on which
//! articles a database holds or the order they arrived in.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::normalize::{term_hash, Word};

/// One trigram a line (its words as compared, `Word::norm`), then a tab and how many distinct
/// speakers of the reference corpus say it; `#` starts a comment.
const STOCK_TRIGRAMS: &str = include_str!("stock_trigrams.txt");

fn is_stock_trigram(trigram: &str) -> bool {
    static KEYS: OnceLock<FxHashSet<i64>> = OnceLock::new();
    KEYS.get_or_init(|| {
        STOCK_TRIGRAMS
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| term_hash(line.split('\t').next().unwrap_or(line)))
            .collect()
    })
    .contains(&term_hash(trigram))
}

/// Whether every trigram of these words is a stock trigram: a line anyone might say.
pub fn all_stock(words: &[Word]) -> bool {
    words.len() >= 3
        && words
            .windows(3)
            .all(|w| is_stock_trigram(&format!("{} {} {}", w[0].norm, w[1].norm, w[2].norm)))
}

#[cfg(test)]
mod tests {
    use super::super::normalize::words;
    use super::*;

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
