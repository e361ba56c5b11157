//! Speakers renamed (a later article gave the fuller name) or merged (two names found to be
//! one person) since the last cross-check: the store notes them in `_renamed_speakers`, and
//! their statements' groups are decided again, as their differences and notes name them and
//! names break ties in verdicts.

use std::collections::BTreeSet;

use anyhow::Result;
use rusqlite::Transaction;

use super::{groups, ids};

/// The statements decided with any statement of a speaker renamed or merged since the last
/// cross-check (`groups::decided_with`), to be decided again in this pass; forgets the
/// speakers, in the pass's transaction, so each rename is taken once.
pub fn decided_again(tx: &Transaction) -> Result<BTreeSet<i64>> {
    let mut out = BTreeSet::new();
    for speaker in ids(tx, "SELECT speaker_id FROM _renamed_speakers", [])? {
        for statement in ids(
            tx,
            "SELECT id FROM statements WHERE speaker_id = ?1",
            [speaker],
        )? {
            if !out.contains(&statement) {
                out.extend(groups::decided_with(tx, statement)?);
            }
        }
    }
    tx.execute("DELETE FROM _renamed_speakers", [])?;
    Ok(out)
}
