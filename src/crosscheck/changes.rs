//! What an update did to the groups, told in a size that does not grow with the input: each
//! changed group's verdict, and the few most serious changes in full.

use std::collections::BTreeMap;

use super::verdict::Verdict;

/// A group made or changed by an update.
#[derive(Debug, Clone)]
pub struct Change {
    pub id: i64,
    pub verdict: Verdict,
    pub speaker: Option<String>,
    pub members: usize,
    pub outlets: usize,
    pub differences: Vec<String>,
}

/// The most serious changes kept in full: more than anyone reads in an ingest's summary.
const KEPT: usize = 20;

#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// Every group made or changed, with its verdict now.
    verdicts: BTreeMap<i64, Verdict>,
    /// The most serious changes, in order, at most `KEPT`.
    serious: Vec<Change>,
}

impl Changes {
    pub fn push(&mut self, change: Change) {
        self.verdicts.insert(change.id, change.verdict);
        self.serious.retain(|c| c.id != change.id);
        self.serious.push(change);
        self.serious.sort_by(|a, b| {
            b.verdict
                .cmp(&a.verdict)
                .then(b.outlets.cmp(&a.outlets))
                .then(a.id.cmp(&b.id))
        });
        self.serious.truncate(KEPT);
    }

    /// Adds a later pass's changes: a group changed again is counted once, as it is now.
    pub fn absorb(&mut self, later: Changes) {
        for (id, verdict) in later.verdicts {
            self.verdicts.insert(id, verdict);
            self.serious.retain(|c| c.id != id);
        }
        for change in later.serious {
            self.push(change);
        }
    }

    /// How many groups were made or changed.
    pub fn len(&self) -> usize {
        self.verdicts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.verdicts.is_empty()
    }

    /// Made or changed groups per verdict, most serious first.
    pub fn per_verdict(&self) -> Vec<(&'static str, usize)> {
        Verdict::ALL
            .iter()
            .map(|v| {
                let n = self.verdicts.values().filter(|g| g.as_str() == *v).count();
                (*v, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// The `n` most serious changes (at most `KEPT`); among equals, the most widely carried.
    pub fn most_serious(&self, n: usize) -> &[Change] {
        &self.serious[..n.min(self.serious.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: i64, verdict: Verdict, outlets: usize) -> Change {
        Change {
            id,
            verdict,
            speaker: None,
            members: outlets,
            outlets,
            differences: vec![],
        }
    }

    #[test]
    fn a_group_changed_again_counts_once_as_it_is_now() {
        let mut first = Changes::default();
        first.push(change(1, Verdict::Conflict, 2));
        first.push(change(2, Verdict::Agree, 3));
        let mut later = Changes::default();
        later.push(change(1, Verdict::Agree, 4));
        first.absorb(later);
        assert_eq!(first.len(), 2);
        assert_eq!(first.per_verdict(), vec![("agree", 2)]);
        let ids: Vec<i64> = first.most_serious(5).iter().map(|c| c.id).collect();
        assert_eq!(ids, vec![1, 2]);
    }

    #[test]
    fn only_the_most_serious_are_kept_in_full() {
        let mut changes = Changes::default();
        for id in 0..100 {
            changes.push(change(id, Verdict::Agree, 2));
        }
        changes.push(change(100, Verdict::Conflict, 2));
        assert_eq!(changes.len(), 101);
        assert_eq!(changes.most_serious(1000).len(), KEPT);
        assert_eq!(changes.most_serious(1)[0].id, 100);
    }
}
