//! The candidate index: hashed pairs of neighbouring content stems of each group's fullest copy
//! (and of each statement no other copy has yet). Copies are never indexed, so a statement
//! carried by a thousand outlets holds one posting per key, not a thousand, and a lookup reads
//! only as many postings as there are distinct utterances sharing its words.

use std::collections::{BTreeMap, HashSet};

use anyhow::Result;
use rusqlite::{params, Transaction};

/// A key held by more distinct utterances than this is a stock phrase ("I don't think", "the
/// White House"): it tells nothing about which utterance a statement copies, so it is not used
/// to find candidates. Copies share rarer keys as well.
const MAX_POSTINGS: usize = 400;

pub fn insert(tx: &Transaction, statement: i64, keys: &[i64]) -> Result<()> {
    let mut stmt =
        tx.prepare_cached("INSERT OR IGNORE INTO _root_keys (key, statement_id) VALUES (?1, ?2)")?;
    for key in keys {
        stmt.execute(params![key, statement])?;
    }
    Ok(())
}

pub fn remove(tx: &Transaction, statement: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM _root_keys WHERE statement_id = ?1")?
        .execute([statement])?;
    Ok(())
}

/// Looks up candidates, remembering for the rest of an update which keys are stock phrases.
#[derive(Default)]
pub struct Lookup {
    common: HashSet<i64>,
}

impl Lookup {
    /// Indexed statements sharing at least `needed` usable keys with `keys`, in id order.
    pub fn find(&mut self, tx: &Transaction, keys: &[i64], needed: usize) -> Result<Vec<i64>> {
        let mut stmt =
            tx.prepare_cached("SELECT statement_id FROM _root_keys WHERE key = ?1 LIMIT ?2")?;
        let mut shared: BTreeMap<i64, usize> = BTreeMap::new();
        for key in keys {
            if self.common.contains(key) {
                continue;
            }
            let postings = stmt
                .query_map(params![key, MAX_POSTINGS as i64 + 1], |r| {
                    r.get::<_, i64>(0)
                })?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            if postings.len() > MAX_POSTINGS {
                self.common.insert(*key);
            } else {
                for id in postings {
                    *shared.entry(id).or_default() += 1;
                }
            }
        }
        Ok(shared
            .into_iter()
            .filter(|(_, n)| *n >= needed.max(1))
            .map(|(id, _)| id)
            .collect())
    }
}
