//! Speakers renamed (a later article gave the fuller name) or merged (two names found to be
//! one person) since the last cross-check: the store notes them in `_renamed_speakers`, and
//! their statements' groups are decided again, as their differences and notes name them and
//! names break ties in verdicts.

use std::collections::BTreeSet;

use anyhow::Result;
use rusqlite::Transaction;

use super::{groups, ids};

/// The speakers noted as renamed or merged since the last cross-check, and the last note
/// read (`forget` takes the notes up to it).
pub fn noted(tx: &Transaction) -> Result<(Vec<i64>, i64)> {
    let speakers = ids(
        tx,
        "SELECT DISTINCT speaker_id FROM _renamed_speakers ORDER BY speaker_id",
        [],
    )?;
    let last = tx.query_row(
        "SELECT coalesce(max(rowid), 0) FROM _renamed_speakers",
        [],
        |r| r.get(0),
    )?;
    Ok((speakers, last))
}

/// The statements decided with any cross-checked statement of `speakers`
/// (`groups::decided_with`), to be decided again in this pass; statements of articles not
/// cross-checked yet (or superseded) are not in groups, and are decided in their own pass, if
/// ever. Only reads.
pub fn decided_again(tx: &Transaction, speakers: &[i64]) -> Result<BTreeSet<i64>> {
    let mut out = BTreeSet::new();
    for &speaker in speakers {
        for statement in ids(
            tx,
            "SELECT s.id FROM statements s JOIN _crosschecked c ON c.article_id = s.article_id
             WHERE s.speaker_id = ?1",
            [speaker],
        )? {
            if !out.contains(&statement) {
                out.extend(groups::decided_with(tx, statement)?);
            }
        }
    }
    Ok(out)
}

/// Forgets the notes up to `last` once their groups are written, so each rename is taken
/// once; a rename noted meanwhile (by articles stored while the pass was decided) stays for
/// the next pass.
pub fn forget(tx: &Transaction, last: i64) -> Result<()> {
    tx.execute("DELETE FROM _renamed_speakers WHERE rowid <= ?1", [last])?;
    Ok(())
}
