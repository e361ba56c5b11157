//! The candidate index: hashed pairs of neighbouring content stems of each group's fullest copy
//! (and of each statement no other copy has yet). Copies are never indexed, so a statement
//! carried by a thousand outlets holds one posting per key, not a thousand, and a lookup reads
//! only as many postings as there are distinct utterances sharing its words.

use std::collections::hash_map::Entry;

use anyhow::Result;
use rusqlite::{params, OptionalExtension, Transaction};
use rustc_hash::FxHashMap;

use super::copies::{keys_needed_of, MIN_SHARED_KEYS};
use super::summary::Summary;
use super::{Info, Row};

/// A key held by more distinct utterances than this is a stock phrase ("I don't think", "the
/// White House"): it tells nothing about which utterance a statement copies, so it is not used
/// to find candidates. Copies share rarer keys as well.
const MAX_POSTINGS: usize = 400;

/// New postings wait in a small table (`_root_keys_recent`) and move to the large one this
/// many at a time, in key order: added one by one, a large index is written a page per
/// posting, so the cost of adding an article would grow with the database.
const MERGE_AT: usize = 100_000;

/// Takes a statement out of the index, in the database alone (outside an update's lookups).
pub fn remove(tx: &Transaction, statement: i64) -> Result<()> {
    tx.prepare_cached("DELETE FROM _root_keys WHERE statement_id = ?1")?
        .execute([statement])?;
    tx.prepare_cached("DELETE FROM _root_keys_recent WHERE statement_id = ?1")?
        .execute([statement])?;
    tx.prepare_cached("DELETE FROM _root_summaries WHERE statement_id = ?1")?
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
    /// What the index keeps of the indexed statements met so far.
    summaries: FxHashMap<i64, Summary>,
    /// Postings and summaries added and not yet written: postings go in key order at the end
    /// of the pass, which costs the B-tree far less than one random insert each.
    unwritten: Vec<(i64, i64)>,
    unwritten_summaries: Vec<i64>,
}

impl Lookup {
    /// Indexed statements sharing at least `needed` usable keys with `keys`, in id order.
    pub fn find(&mut self, tx: &Transaction, keys: &[i64], needed: usize) -> Result<Vec<i64>> {
        Ok(self
            .sharing(tx, keys, needed)?
            .into_iter()
            .map(|(id, _)| id)
            .collect())
    }

    /// Indexed statements sharing at least `needed` usable keys with `keys` (never fewer than
    /// a copy shares), with how many they share, in id order.
    pub fn sharing(
        &mut self,
        tx: &Transaction,
        keys: &[i64],
        needed: usize,
    ) -> Result<Vec<(i64, usize)>> {
        let mut shared: FxHashMap<i64, usize> = FxHashMap::default();
        for &key in keys {
            if let Postings::Few(ids) = self.postings_of(tx, key)? {
                for &id in ids {
                    *shared.entry(id).or_default() += 1;
                }
            }
        }
        let needed = needed.max(MIN_SHARED_KEYS);
        let mut found: Vec<(i64, usize)> =
            shared.into_iter().filter(|(_, n)| *n >= needed).collect();
        found.sort_unstable();
        Ok(found)
    }

    /// What the index keeps of indexed `statement`. A statement indexed before summaries were
    /// kept gets one now, from its words.
    pub fn summary(&mut self, tx: &Transaction, statement: i64) -> Result<&Summary> {
        if let Entry::Vacant(slot) = self.summaries.entry(statement) {
            let stored: Option<Vec<u8>> = tx
                .prepare_cached("SELECT summary FROM _root_summaries WHERE statement_id = ?1")?
                .query_row([statement], |r| r.get(0))
                .optional()?;
            let summary = match stored.as_deref().and_then(Summary::from_blob) {
                Some(summary) => summary,
                None => {
                    let summary = Row::read(tx, statement)?.into_info().summary;
                    self.unwritten_summaries.push(statement);
                    summary
                }
            };
            slot.insert(summary);
        }
        Ok(&self.summaries[&statement])
    }

    /// Whether indexed `root`, sharing `shared` keys with a statement summarised as `mine`
    /// (which needs `needed` shared keys to copy anything), may copy it or be copied by it: a
    /// root that copies the statement shares as many keys as the root needs.
    pub fn may_be_copy(
        &mut self,
        tx: &Transaction,
        mine: &Summary,
        needed: usize,
        root: i64,
        shared: usize,
    ) -> Result<bool> {
        let theirs = self.summary(tx, root)?;
        let copied = shared >= needed && Summary::may_copy(mine, theirs);
        let copying = shared >= keys_needed_of(theirs.keys, theirs.reported)
            && Summary::may_copy(theirs, mine);
        Ok(copied || copying)
    }

    /// Indexes `info` under its keys: at once for this update's lookups, in the database when
    /// `write` is called.
    pub fn insert(&mut self, tx: &Transaction, info: &Info) -> Result<()> {
        let statement = info.id;
        self.summaries.insert(statement, info.summary.clone());
        self.unwritten_summaries.push(statement);
        for &key in &info.keys {
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

    /// Writes the postings added since the last call, in key order: among the recent ones, or
    /// with them into the large table when they are many.
    pub fn write(&mut self, tx: &Transaction) -> Result<()> {
        self.write_moving_at(tx, MERGE_AT)
    }

    fn write_moving_at(&mut self, tx: &Transaction, merge_at: usize) -> Result<()> {
        self.unwritten.sort_unstable();
        let recent: usize =
            tx.query_row("SELECT count(*) FROM _root_keys_recent", [], |r| r.get(0))?;
        let table = if recent + self.unwritten.len() >= merge_at {
            tx.execute_batch(
                "INSERT OR IGNORE INTO _root_keys SELECT key, statement_id FROM _root_keys_recent
                 ORDER BY key, statement_id;
                 DELETE FROM _root_keys_recent;",
            )?;
            "_root_keys"
        } else {
            "_root_keys_recent"
        };
        let mut stmt = tx.prepare_cached(&format!(
            "INSERT OR IGNORE INTO {table} (key, statement_id) VALUES (?1, ?2)"
        ))?;
        for (key, statement) in self.unwritten.drain(..) {
            stmt.execute(params![key, statement])?;
        }
        let mut stmt = tx.prepare_cached(
            "INSERT OR REPLACE INTO _root_summaries (statement_id, summary) VALUES (?1, ?2)",
        )?;
        self.unwritten_summaries.sort_unstable();
        self.unwritten_summaries.dedup();
        for statement in self.unwritten_summaries.drain(..) {
            if let Some(summary) = self.summaries.get(&statement) {
                stmt.execute(params![statement, summary.to_blob()])?;
            }
        }
        Ok(())
    }

    /// Takes `statement`, indexed under `keys` if at all, out of the index.
    pub fn remove(&mut self, tx: &Transaction, statement: i64, keys: &[i64]) -> Result<()> {
        remove(tx, statement)?;
        self.summaries.remove(&statement);
        self.unwritten.retain(|&(_, id)| id != statement);
        self.unwritten_summaries.retain(|&id| id != statement);
        for key in keys {
            if let Some(Postings::Few(ids)) = self.postings.get_mut(key) {
                ids.retain(|&id| id != statement);
            }
        }
        Ok(())
    }

    fn postings_of(&mut self, tx: &Transaction, key: i64) -> Result<&Postings> {
        if let Entry::Vacant(slot) = self.postings.entry(key) {
            let mut stmt = tx.prepare_cached(
                "SELECT statement_id FROM _root_keys WHERE key = ?1
                 UNION ALL SELECT statement_id FROM _root_keys_recent WHERE key = ?1 LIMIT ?2",
            )?;
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

#[cfg(test)]
mod tests {
    use super::super::tests::info;
    use super::*;
    use crate::store::Store;

    fn count(tx: &Transaction, table: &str) -> i64 {
        tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn postings_are_found_before_and_after_they_move_to_the_large_table() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let tx = store.conn.transaction().unwrap();
        let texts = [
            "we will rebuild every bridge in this county",
            "we will rebuild every bridge before the winter",
            "every bridge in this county will be rebuilt",
        ];
        for (i, text) in texts.iter().enumerate() {
            let id = i as i64 + 1;
            tx.execute(
                "INSERT INTO articles (id, title, file, path, body, content_hash, ingested_at)
                 VALUES (?1, 't', 'f', 'p', ?2, ?1, 'now')",
                params![id, text],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO statements (id, article_id, kind, text, start, end, paragraph, link)
                 VALUES (?1, ?1, 'direct', ?2, 0, 1, 0, 'l')",
                params![id, text],
            )
            .unwrap();
        }
        let infos: Vec<Info> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| info(i as i64 + 1, i as i64 + 1, "direct", t, None))
            .collect();
        let found = |tx: &Transaction| Lookup::default().sharing(tx, &infos[0].keys, 2).unwrap();

        let mut lookup = Lookup::default();
        lookup.insert(&tx, &infos[0]).unwrap();
        lookup.insert(&tx, &infos[1]).unwrap();
        lookup.write_moving_at(&tx, 1_000).unwrap();
        assert_eq!(
            (count(&tx, "_root_keys"), count(&tx, "_root_keys_recent")),
            (0, 14)
        );
        assert_eq!(found(&tx), [(1, 7), (2, 4)]);

        lookup.insert(&tx, &infos[2]).unwrap();
        lookup.write_moving_at(&tx, 16).unwrap();
        assert_eq!(
            (count(&tx, "_root_keys"), count(&tx, "_root_keys_recent")),
            (21, 0)
        );
        assert_eq!(found(&tx), [(1, 7), (2, 4), (3, 4)]);

        lookup.remove(&tx, 2, &infos[1].keys).unwrap();
        assert_eq!(found(&tx), [(1, 7), (3, 4)]);
    }
}
