//! The candidate index: hashed pairs of neighbouring content stems of each group's fullest copy
//! (and of each statement no other copy has yet). Copies are never indexed, so a statement
//! carried by a thousand outlets holds one posting per key, not a thousand, and a lookup reads
//! only as many postings as there are distinct utterances sharing its words.

use std::collections::hash_map::Entry;

use anyhow::Result;
use rusqlite::{params, Transaction};
use rustc_hash::FxHashMap;

/// A key held by more distinct utterances than this is a stock phrase ("I don't think", "the
/// White House"): it tells nothing about which utterance a statement copies, so it is not used
/// to find candidates. Copies share rarer keys as well.
const MAX_POSTINGS: usize = 400;

/// Takes a statement out of the index, in the database alone (outside an update's lookups).
pub fn remove(tx: &Transaction, statement: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM _root_keys WHERE statement_id = ?1")?
        .execute([statement])?;
    Ok(())
}

/// The postings of one key, as an update has read them.
enum Postings {
    /// Held by more than `MAX_POSTINGS` statements: a stock phrase, never used.
    Common,
    Few(Vec<i64>),
}

/// The index as one update sees it: postings read once and kept in step with the statements
/// the update adds and removes, because neighbouring statements ask for the same keys again.
#[derive(Default)]
pub struct Lookup {
    postings: FxHashMap<i64, Postings>,
    /// How many keys an indexed statement has, and whether it is reported speech: what a
    /// candidate must share with a statement to be a copy of it, known without loading it.
    sizes: FxHashMap<i64, (usize, bool)>,
    /// Postings added and not yet written: they go in key order at the end of the pass,
    /// which costs the B-tree far less than one random insert each.
    unwritten: Vec<(i64, i64)>,
}

impl Lookup {
    /// Indexed statements sharing at least `needed` usable keys with `keys`, in id order.
    pub fn find(&mut self, tx: &Transaction, keys: &[i64], needed: usize) -> Result<Vec<i64>> {
        Ok(self
            .sharing(tx, keys)?
            .into_iter()
            .filter(|(_, n)| *n >= needed.max(1))
            .map(|(id, _)| id)
            .collect())
    }

    /// Indexed statements sharing any usable key with `keys`, with how many they share.
    pub fn sharing(&mut self, tx: &Transaction, keys: &[i64]) -> Result<Vec<(i64, usize)>> {
        let mut shared: FxHashMap<i64, usize> = FxHashMap::default();
        for &key in keys {
            if let Postings::Few(ids) = self.postings_of(tx, key)? {
                for &id in ids {
                    *shared.entry(id).or_default() += 1;
                }
            }
        }
        let mut found: Vec<(i64, usize)> = shared.into_iter().collect();
        found.sort_unstable();
        Ok(found)
    }

    /// The number of keys of indexed `statement` and whether it is reported speech.
    pub fn size(&mut self, tx: &Transaction, statement: i64) -> Result<(usize, bool)> {
        if let Some(&size) = self.sizes.get(&statement) {
            return Ok(size);
        }
        let (keys, reported) = tx
            .prepare_cached(
                "SELECT (SELECT count(*) FROM _root_keys WHERE statement_id = ?1), kind = 'indirect'
                 FROM statements WHERE id = ?1",
            )?
            .query_row([statement], |r| Ok((r.get(0)?, r.get(1)?)))?;
        self.sizes.insert(statement, (keys, reported));
        Ok((keys, reported))
    }

    /// Indexes `statement` under `keys`: at once for this update's lookups, in the database
    /// when `write` is called.
    pub fn insert(
        &mut self,
        tx: &Transaction,
        statement: i64,
        keys: &[i64],
        reported: bool,
    ) -> Result<()> {
        self.sizes.insert(statement, (keys.len(), reported));
        for &key in keys {
            // Read what the database holds first, so the cached list is the whole list.
            self.postings_of(tx, key)?;
            self.unwritten.push((key, statement));
            if let Some(Postings::Few(ids)) = self.postings.get_mut(&key) {
                if !ids.contains(&statement) {
                    ids.push(statement);
                }
                if ids.len() > MAX_POSTINGS {
                    self.postings.insert(key, Postings::Common);
                }
            }
        }
        Ok(())
    }

    /// Writes the postings added since the last call, in key order.
    pub fn write(&mut self, tx: &Transaction) -> Result<()> {
        self.unwritten.sort_unstable();
        let mut stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO _root_keys (key, statement_id) VALUES (?1, ?2)",
        )?;
        for (key, statement) in self.unwritten.drain(..) {
            stmt.execute(params![key, statement])?;
        }
        Ok(())
    }

    /// Takes `statement`, indexed under `keys` if at all, out of the index.
    pub fn remove(&mut self, tx: &Transaction, statement: i64, keys: &[i64]) -> Result<()> {
        remove(tx, statement)?;
        self.sizes.remove(&statement);
        self.unwritten.retain(|&(_, id)| id != statement);
        for key in keys {
            if let Some(Postings::Few(ids)) = self.postings.get_mut(key) {
                ids.retain(|&id| id != statement);
            }
        }
        Ok(())
    }

    fn postings_of(&mut self, tx: &Transaction, key: i64) -> Result<&Postings> {
        if let Entry::Vacant(slot) = self.postings.entry(key) {
            let mut stmt =
                tx.prepare_cached("SELECT statement_id FROM _root_keys WHERE key = ?1 LIMIT ?2")?;
            let ids = stmt
                .query_map(params![key, MAX_POSTINGS as i64 + 1], |r| {
                    r.get::<_, i64>(0)
                })?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            let postings = if ids.len() > MAX_POSTINGS {
                Postings::Common
            } else {
                Postings::Few(ids)
            };
            slot.insert(postings);
        }
        Ok(&self.postings[&key])
    }
}
