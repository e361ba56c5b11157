//! What the index keeps of each indexed statement: enough to reject a candidate without reading
//! and normalising it. Most statements that share a few word pairs with another copy nothing
//! of it; their words' hashes alone say so.

use super::copies::{
    MIN_COVERAGE, MIN_SHARED_KEYS, MIN_SHARED_STEMS, MIN_SHARED_WORDS, MIN_STEM_COVERAGE,
};
use super::normalize::common;

/// An indexed statement as candidate search sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub article_id: i64,
    /// Compared word by word (a quotation, or reported speech that quotes).
    pub quoted: bool,
    pub reported: bool,
    /// How many index keys it has: what a copy of it must share (`copies::keys_needed_of`).
    pub keys: usize,
    /// The compared words' hashes in order, their distinct values sorted, and the distinct
    /// content stems' hashes sorted: the same values `copies` tests first.
    words: Vec<i64>,
    word_bag: Vec<i64>,
    pub stem_bag: Vec<i64>,
}

impl Summary {
    /// `words`: the compared words' hashes in order; `stem_bag`: the distinct content stems'
    /// hashes, sorted.
    pub fn new(
        article_id: i64,
        quoted: bool,
        reported: bool,
        keys: usize,
        words: Vec<i64>,
        stem_bag: Vec<i64>,
    ) -> Summary {
        let mut word_bag = words.clone();
        word_bag.sort_unstable();
        word_bag.dedup();
        Summary {
            article_id,
            quoted,
            reported,
            keys,
            words,
            word_bag,
            stem_bag,
        }
    }

    /// How many words it compares: the fuller of two copies has more.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether it can be a copy or be copied at all: a quotation needs as many words as a copy
    /// shares, reported speech as many content stems, and both as many index keys.
    pub fn takes_part(&self) -> bool {
        self.keys >= MIN_SHARED_KEYS
            && ((self.quoted && self.words.len() >= MIN_SHARED_WORDS)
                || (self.reported && self.stem_bag.len() >= MIN_SHARED_STEMS))
    }

    /// The tests `copies(copy, root)` makes first, on hashes alone: which kinds compare, the
    /// words of a quotation found in the root's at all, the content stems reported speech
    /// shares. `copies` aligns only the pairs this lets through.
    pub fn may_copy(copy: &Summary, root: &Summary) -> bool {
        let as_quotes = copy.quoted && root.quoted;
        let as_reports = copy.reported && root.reported;
        // A quotation may copy a fuller one of its own article (a part the article quotes
        // again: the group keeps the article's copy once). Reported speech is also found by
        // its content: it keeps a place of its own unless its quotation is a part of a longer
        // one.
        let part_of_own = as_quotes && (!copy.reported || copy.words.len() < root.words.len());
        if copy.article_id == root.article_id && !part_of_own {
            return false;
        }
        if as_quotes {
            let found = copy
                .words
                .iter()
                .filter(|h| root.word_bag.binary_search(h).is_ok())
                .count();
            found >= MIN_SHARED_WORDS && found as f64 >= MIN_COVERAGE * copy.words.len() as f64
        } else if as_reports {
            let shared = common(&copy.stem_bag, &root.stem_bag);
            shared >= MIN_SHARED_STEMS
                && shared as f64 >= MIN_STEM_COVERAGE * copy.stem_bag.len() as f64
                && shared as f64 >= MIN_STEM_COVERAGE * root.stem_bag.len() as f64
        } else {
            false
        }
    }

    /// Stored form: article id, flags, key count, word count, then the word hashes in order and
    /// the stem bag, all little-endian. The word bag is the word hashes, sorted.
    pub fn to_blob(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 * (3 + self.words.len() + self.stem_bag.len()));
        out.extend(self.article_id.to_le_bytes());
        let flags = u32::from(self.quoted) | u32::from(self.reported) << 1;
        out.extend(flags.to_le_bytes());
        out.extend((self.keys as u32).to_le_bytes());
        out.extend((self.words.len() as u64).to_le_bytes());
        for h in self.words.iter().chain(&self.stem_bag) {
            out.extend(h.to_le_bytes());
        }
        out
    }

    /// Reads a stored summary; `None` when the bytes are not one (rebuilt from the statement).
    pub fn from_blob(blob: &[u8]) -> Option<Summary> {
        let (head, rest) = blob.split_at_checked(24)?;
        let int = |at: usize| i64::from_le_bytes(head[at..at + 8].try_into().unwrap());
        let flags = u32::from_le_bytes(head[8..12].try_into().unwrap());
        let keys = u32::from_le_bytes(head[12..16].try_into().unwrap()) as usize;
        let n_words = usize::try_from(int(16)).ok()?;
        if rest.len() % 8 != 0 || rest.len() / 8 < n_words {
            return None;
        }
        let hashes: Vec<i64> = rest
            .chunks_exact(8)
            .map(|c| i64::from_le_bytes(c.try_into().unwrap()))
            .collect();
        let (words, stems) = hashes.split_at(n_words);
        Some(Summary::new(
            int(0),
            flags & 1 != 0,
            flags & 2 != 0,
            keys,
            words.to_vec(),
            stems.to_vec(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::copies::copies;
    use super::super::tests::info;
    use super::super::Info;
    use super::*;

    fn summary_of(info: &Info) -> Summary {
        info.summary.clone()
    }

    /// Statements of several kinds and lengths, some copies of others.
    fn statements() -> Vec<Info> {
        let texts = [
            (
                "direct",
                "A storm like this country has never seen before, believe me",
            ),
            ("direct", "a storm like this country has never seen"),
            ("direct", "a storm like this nation has never seen"),
            ("direct", "I don't think"),
            (
                "direct",
                "We will build a future that works for every family, not just the few",
            ),
            ("direct", "a future that works for every family"),
            (
                "indirect",
                "the company would cooperate fully with the federal investigation into the plant",
            ),
            (
                "indirect",
                "the firm will fully cooperate with a federal investigation of the plant",
            ),
            ("indirect", "the plant was closed"),
            (
                "indirect",
                "she said the plan was \"a mirage built on sand and hope\" and would fail",
            ),
            ("direct", "a mirage built on sand and hope"),
        ];
        let mut out = Vec::new();
        // A fuller quotation and a part of it in one article, as an article quotes again.
        for (kind, text) in [
            (
                "direct",
                "the deal is dead and we will not bring it back to the table",
            ),
            ("direct", "we will not bring it back to the table"),
            (
                "indirect",
                "she said \"we will not bring it back to the table\" today",
            ),
        ] {
            out.push(info(out.len() as i64, 99, kind, text, Some("Ann Lee")));
        }
        for (article, (kind, text)) in texts.iter().enumerate() {
            for speaker in [Some("Ann Lee"), Some("Bo Park"), None] {
                let id = out.len() as i64;
                out.push(info(id, article as i64, kind, text, speaker));
            }
        }
        out
    }

    #[test]
    fn a_summary_rejects_only_what_copies_rejects() {
        let all = statements();
        let mut copied = 0;
        for a in &all {
            for b in &all {
                let (sa, sb) = (summary_of(a), summary_of(b));
                if copies(a, b).is_some() {
                    copied += 1;
                    assert!(Summary::may_copy(&sa, &sb), "{} / {}", a.text, b.text);
                    assert!(sa.takes_part() && sb.takes_part());
                }
            }
        }
        assert!(copied >= 20, "the set has copies to test: {copied}");
        assert!(
            copies(&all[1], &all[0]).is_some(),
            "a part within its own article"
        );
    }

    #[test]
    fn a_summary_rejects_most_candidates_sharing_a_phrase() {
        let all = statements();
        let storm = summary_of(&all[3]);
        let slogan = summary_of(&all[15]);
        let short = summary_of(&all[12]);
        assert!(!Summary::may_copy(&slogan, &storm));
        assert!(!short.takes_part());
        assert!(!Summary::may_copy(&short, &storm));
    }

    #[test]
    fn a_summary_reads_back_as_stored() {
        for info in statements() {
            let s = summary_of(&info);
            assert_eq!(Summary::from_blob(&s.to_blob()), Some(s));
        }
        assert_eq!(Summary::from_blob(&[1, 2, 3]), None);
        let mut cut = summary_of(&statements()[0]).to_blob();
        cut.truncate(40);
        assert_eq!(Summary::from_blob(&cut), None);
    }
}
