//! The candidate index: hashed pairs of neighbouring content stems of each group's fullest copy
//! (and of each statement no other copy has yet). Copies are never indexed, so a statement
//! carried by a thousand outlets holds one posting per key, not a thousand, and a lookup reads
//! only as many postings as there are distinct utterances sharing its words.

use std::collections::hash_map::Entry;

use anyhow::{Context, Result};
use rusqlite::{params, OptionalExtension, Transaction};
use rustc_hash::{FxHashMap, FxHashSet};

use super::copies::{keys_needed_of, MIN_SHARED_KEYS};
use super::stock;
use super::summary::Summary;
use super::{Info, Row};

/// Stock phrases ("I don't think", "the White House") tell nothing about which utterance a
/// statement copies, so they are not used to find candidates and their lists are not kept:
/// copies share rarer keys as well. They are listed (`stock::is_stock`), so that which keys are
/// stock does not depend on the order articles arrived in. A key not listed but held by more
/// distinct utterances than this becomes one too, at the moment its list passes the cap, a
/// moment that depends on the order; the cap only keeps lookups bounded on news unlike the
/// reference corpus the list was made from (a key listed there is held by 1,000 or more).
const MAX_POSTINGS: usize = 1_000;

/// Keys with new postings wait in a small table (`_root_postings_recent`) and move to the large
/// one this many at a time, in key order: written one by one, a large table is written a page
/// per key, so the cost of adding an article would grow with the database.
const MERGE_AT: usize = 50_000;

/// The postings of one key as an update holds them.
enum Postings {
    /// A listed stock phrase, or held by more than `MAX_POSTINGS` utterances: never used.
    Common,
    /// The statements listed in `_root_postings` and those added since, listed in
    /// `_root_postings_recent`.
    Few { merged: Vec<i64>, recent: Vec<i64> },
}

/// What a key's rows need when the update is written.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Change {
    None,
    /// Only the recent row changed: postings were added.
    Recent,
    /// The merged row changed (a statement left it, or the key became a stock phrase): the
    /// key's whole list is written there.
    Merged,
}

struct Key {
    postings: Postings,
    change: Change,
    /// Whether `_root_postings_recent` has a row for the key.
    in_recent: bool,
}

impl Key {
    fn ids(&self) -> impl Iterator<Item = &i64> {
        let (merged, recent): (&[i64], &[i64]) = match &self.postings {
            Postings::Common => (&[], &[]),
            Postings::Few { merged, recent } => (merged, recent),
        };
        merged.iter().chain(recent)
    }

    fn add(&mut self, statement: i64) {
        if let Postings::Few { merged, recent } = &mut self.postings {
            if merged.contains(&statement) || recent.contains(&statement) {
                return;
            }
            if merged.len() + recent.len() == MAX_POSTINGS {
                self.postings = Postings::Common;
                self.change = Change::Merged;
            } else {
                recent.push(statement);
                self.change = self.change.max(Change::Recent);
            }
        }
    }

    fn remove(&mut self, statement: i64) {
        if let Postings::Few { merged, recent } = &mut self.postings {
            if let Some(at) = merged.iter().position(|&id| id == statement) {
                merged.swap_remove(at);
                self.change = Change::Merged;
            } else if let Some(at) = recent.iter().position(|&id| id == statement) {
                recent.swap_remove(at);
                self.change = self.change.max(Change::Recent);
            }
        }
    }
}

/// The index as one update sees it: each key's postings read once and kept in step with the
/// statements the update adds and removes, because neighbouring statements ask for the same
/// keys again; the changed keys are written at the end of the update, in key order.
#[derive(Default)]
pub struct Lookup {
    keys: FxHashMap<i64, Key>,
    /// What the index keeps of the indexed statements met so far (`None`: no such statement).
    summaries: FxHashMap<i64, Option<Summary>>,
    unwritten_summaries: Vec<i64>,
    /// Statements taken out of the index whose stored summaries `write` deletes: an update
    /// decides on a read snapshot and writes only at the end.
    removed_summaries: FxHashSet<i64>,
    /// How many of a lookup's keys each statement holds, kept for the next lookup.
    scratch: FxHashMap<i64, usize>,
    /// Whether `_root_postings_recent` is empty, once asked (after a merge it is).
    recent_empty: Option<bool>,
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
        self.load_keys(tx, keys)?;
        let mut counts = std::mem::take(&mut self.scratch);
        let found = self.sharing_loaded(keys, needed, &mut counts);
        self.scratch = counts;
        Ok(found)
    }

    /// Reads the postings of `keys` not read yet, so that `sharing_loaded` can count them.
    pub fn load_keys(&mut self, tx: &Transaction, keys: &[i64]) -> Result<()> {
        for &key in keys {
            self.key(tx, key)?;
        }
        Ok(())
    }

    /// `sharing` of keys whose postings are all read (`load_keys`), counted in `counts`; only
    /// reads the lookup, so statements are counted on every core at once.
    pub fn sharing_loaded(
        &self,
        keys: &[i64],
        needed: usize,
        counts: &mut FxHashMap<i64, usize>,
    ) -> Vec<(i64, usize)> {
        // Counted in a hash map, not sorted: lists run to hundreds of ids, few shared twice.
        counts.clear();
        for key in keys {
            for &id in self.keys[key].ids() {
                *counts.entry(id).or_insert(0) += 1;
            }
        }
        let needed = needed.max(MIN_SHARED_KEYS);
        let mut found: Vec<(i64, usize)> = counts
            .iter()
            .filter(|&(_, &n)| n >= needed)
            .map(|(&id, &n)| (id, n))
            .collect();
        found.sort_unstable();
        found
    }

    /// What the index keeps of `statement`, an indexed one or a copy in a group (whose
    /// summary rejects it as a copy of fuller statements without reading it); `None` when the
    /// statement is no longer in the database (deleted by hand). A statement met without one
    /// gets one now, from its words, kept until it is decided again (`remove`).
    pub fn summary(&mut self, tx: &Transaction, statement: i64) -> Result<Option<&Summary>> {
        if let Entry::Vacant(slot) = self.summaries.entry(statement) {
            let stored = if self.removed_summaries.contains(&statement) {
                None
            } else {
                stored_summary(tx, statement)?
            };
            let summary = match stored {
                Some(summary) => Some(summary),
                None => {
                    let row = Row::read_if_present(tx, statement)?;
                    if row.is_some() {
                        self.unwritten_summaries.push(statement);
                    }
                    row.map(|row| row.into_info().summary)
                }
            };
            slot.insert(summary);
        }
        Ok(self.summaries[&statement].as_ref())
    }

    /// Reads the stored summary of `statement` unless it is known already; a statement
    /// without one is left for `summary` to make. Changes nothing but what is cached, so
    /// `known_summary` answers for many statements on every core at once.
    pub fn read_stored_summary(&mut self, tx: &Transaction, statement: i64) -> Result<()> {
        if self.summaries.contains_key(&statement) || self.removed_summaries.contains(&statement) {
            return Ok(());
        }
        if let Some(summary) = stored_summary(tx, statement)? {
            self.summaries.insert(statement, Some(summary));
        }
        Ok(())
    }

    /// The summary `summary` gives `statement`, when it is known without reading anything:
    /// `None` when it is not, `Some(None)` for a statement no longer in the database.
    pub fn known_summary(&self, statement: i64) -> Option<Option<&Summary>> {
        self.summaries.get(&statement).map(Option::as_ref)
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
        Ok(may_be_copy_of(mine, needed, theirs, shared))
    }

    /// Indexes `info` under its keys: at once for this update's lookups, in the database when
    /// `write` is called.
    pub fn insert(&mut self, tx: &Transaction, info: &Info) -> Result<()> {
        self.summaries.insert(info.id, Some(info.summary.clone()));
        self.unwritten_summaries.push(info.id);
        for &key in &info.keys {
            self.key(tx, key)?.add(info.id);
        }
        Ok(())
    }

    /// Takes `info` out of the index. Statements that take no part were never indexed.
    pub fn remove(&mut self, tx: &Transaction, info: &Info) -> Result<()> {
        self.removed_summaries.insert(info.id);
        self.summaries.remove(&info.id);
        self.unwritten_summaries.retain(|&id| id != info.id);
        if info.summary.takes_part() {
            for &key in &info.keys {
                self.key(tx, key)?.remove(info.id);
            }
        }
        Ok(())
    }

    /// Writes what changed since the last call, in key order: new postings among the recent
    /// ones, or, when these would be many, every changed list and every recent one into the
    /// large table.
    pub fn write(&mut self, tx: &Transaction) -> Result<()> {
        self.write_merging_at(tx, MERGE_AT)
    }

    fn write_merging_at(&mut self, tx: &Transaction, merge_at: usize) -> Result<()> {
        let mut changed: Vec<(i64, &mut Key)> = self
            .keys
            .iter_mut()
            .filter(|(_, k)| k.change != Change::None)
            .map(|(&key, k)| (key, k))
            .collect();
        changed.sort_unstable_by_key(|(key, _)| *key);
        let recent: usize =
            tx.query_row("SELECT count(*) FROM _root_postings_recent", [], |r| {
                r.get(0)
            })?;
        let merging = recent + changed.len() >= merge_at;
        for (key, k) in changed {
            if merging {
                k.change = Change::Merged;
            }
            write_key(tx, key, k)?;
        }
        if merging {
            self.merge(tx)?;
        }
        self.recent_empty = merging.then_some(true);
        let mut delete =
            tx.prepare_cached("DELETE FROM _root_summaries WHERE statement_id = ?1")?;
        for statement in self.removed_summaries.drain() {
            delete.execute([statement])?;
        }
        let mut stmt = tx.prepare_cached(
            "INSERT OR REPLACE INTO _root_summaries (statement_id, summary) VALUES (?1, ?2)",
        )?;
        self.unwritten_summaries.sort_unstable();
        self.unwritten_summaries.dedup();
        for statement in self.unwritten_summaries.drain(..) {
            if let Some(Some(summary)) = self.summaries.get(&statement) {
                stmt.execute(params![statement, summary.to_blob()])?;
            }
        }
        Ok(())
    }

    /// Moves every recent posting left into the large table, key by key in key order.
    fn merge(&mut self, tx: &Transaction) -> Result<()> {
        type Merging = (i64, Vec<u8>, Option<Option<Vec<u8>>>);
        let rows: Vec<Merging> = tx
            .prepare(
                "SELECT r.key, r.ids, m.key IS NOT NULL, m.ids FROM _root_postings_recent r
                 LEFT JOIN _root_postings m ON m.key = r.key ORDER BY r.key",
            )?
            .query_map([], |r| {
                let merged = if r.get::<_, bool>(2)? {
                    Some(r.get(3)?)
                } else {
                    None
                };
                Ok((r.get(0)?, r.get(1)?, merged))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = tx.prepare_cached(UPSERT_MERGED)?;
        for (key, recent, merged) in rows {
            let ids = match merged {
                Some(None) => None,
                Some(Some(mut merged)) => {
                    merged.extend(recent);
                    Some(merged)
                }
                None => Some(recent),
            };
            let ids = ids.filter(|ids| ids.len() / ID_BYTES <= MAX_POSTINGS);
            stmt.execute(params![key, ids])?;
        }
        tx.execute("DELETE FROM _root_postings_recent", [])?;
        for k in self.keys.values_mut() {
            if let Postings::Few { merged, recent } = &mut k.postings {
                merged.append(recent);
            }
            k.in_recent = false;
        }
        Ok(())
    }

    /// How many keys and summaries it holds.
    pub fn kept(&self) -> (usize, usize) {
        (self.keys.len(), self.summaries.len())
    }

    /// A key's postings, read from the database the first time.
    fn key(&mut self, tx: &Transaction, key: i64) -> Result<&mut Key> {
        let recent_empty = match self.recent_empty {
            Some(empty) => empty,
            None => *self.recent_empty.insert(tx.query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM _root_postings_recent)",
                [],
                |r| r.get(0),
            )?),
        };
        Ok(match self.keys.entry(key) {
            Entry::Occupied(slot) => slot.into_mut(),
            // A listed stock phrase: whatever lists a database made by an older build kept
            // for it are never read.
            Entry::Vacant(slot) if stock::is_stock(key) => slot.insert(Key {
                postings: Postings::Common,
                change: Change::None,
                in_recent: false,
            }),
            Entry::Vacant(slot) => slot.insert(read_key(tx, key, recent_empty)?),
        })
    }
}

/// The summary stored for `statement`, if one is stored and readable.
fn stored_summary(tx: &Transaction, statement: i64) -> Result<Option<Summary>> {
    let stored: Option<Vec<u8>> = tx
        .prepare_cached("SELECT summary FROM _root_summaries WHERE statement_id = ?1")?
        .query_row([statement], |r| r.get(0))
        .optional()?;
    Ok(stored.as_deref().and_then(Summary::from_blob))
}

/// `Lookup::may_be_copy` once the root's summary (`theirs`) is known.
pub fn may_be_copy_of(
    mine: &Summary,
    needed: usize,
    theirs: Option<&Summary>,
    shared: usize,
) -> bool {
    let Some(theirs) = theirs else {
        return false;
    };
    let copied = shared >= needed && Summary::may_copy(mine, theirs);
    let copying =
        shared >= keys_needed_of(theirs.keys, theirs.reported) && Summary::may_copy(theirs, mine);
    copied || copying
}

const UPSERT_MERGED: &str = "INSERT INTO _root_postings (key, ids) VALUES (?1, ?2)
    ON CONFLICT (key) DO UPDATE SET ids = excluded.ids";

/// Reads a key's rows (`recent_empty`: the recent table has none): a missing row is an empty
/// list, a NULL merged list a stock phrase.
fn read_key(tx: &Transaction, key: i64, recent_empty: bool) -> Result<Key> {
    let row = |table: &str| -> Result<Option<Option<Vec<i64>>>> {
        let ids: Option<Option<Vec<u8>>> = tx
            .prepare_cached(&format!("SELECT ids FROM {table} WHERE key = ?1"))?
            .query_row([key], |r| r.get(0))
            .optional()?;
        let unpack = |bytes: Vec<u8>| {
            unpacked(&bytes)
                .with_context(|| format!("{table} row {key} is not a list of statement ids"))
        };
        ids.map(|ids| ids.map(unpack).transpose()).transpose()
    };
    let merged = row("_root_postings")?;
    let recent = if recent_empty {
        None
    } else {
        row("_root_postings_recent")?
    };
    let in_recent = recent.is_some();
    let (postings, change) = match merged {
        Some(None) => (Postings::Common, Change::None),
        merged => {
            let merged = merged.flatten().unwrap_or_default();
            let recent = recent.flatten().unwrap_or_default();
            if merged.len() + recent.len() > MAX_POSTINGS {
                // Longer than a stock phrase's (only by hand: writes and the migration never
                // keep such a list): marked as one.
                (Postings::Common, Change::Merged)
            } else {
                (Postings::Few { merged, recent }, Change::None)
            }
        }
    };
    Ok(Key {
        postings,
        change,
        in_recent,
    })
}

/// Writes a changed key's rows and marks it written.
fn write_key(tx: &Transaction, key: i64, k: &mut Key) -> Result<()> {
    let in_recent = match (&mut k.postings, k.change) {
        (_, Change::None) => k.in_recent,
        (Postings::Common, _) => {
            tx.prepare_cached(UPSERT_MERGED)?
                .execute(params![key, None::<Vec<u8>>])?;
            false
        }
        (Postings::Few { merged, recent }, Change::Merged) => {
            merged.append(recent);
            if merged.is_empty() {
                tx.prepare_cached("DELETE FROM _root_postings WHERE key = ?1")?
                    .execute([key])?;
            } else {
                tx.prepare_cached(UPSERT_MERGED)?
                    .execute(params![key, packed(merged)])?;
            }
            false
        }
        (Postings::Few { recent, .. }, Change::Recent) => {
            if !recent.is_empty() {
                tx.prepare_cached(
                    "INSERT INTO _root_postings_recent (key, ids) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET ids = excluded.ids",
                )?
                .execute(params![key, packed(recent)])?;
            }
            !recent.is_empty()
        }
    };
    if k.in_recent && !in_recent {
        tx.prepare_cached("DELETE FROM _root_postings_recent WHERE key = ?1")?
            .execute([key])?;
    }
    k.in_recent = in_recent;
    k.change = Change::None;
    Ok(())
}

/// Bytes per statement id in a row's list.
const ID_BYTES: usize = 8;

/// A list of statement ids as a row holds it: each id in 8 bytes, big-endian (as the schema's
/// migration writes them with `printf('%016x')`), read back without parsing text.
fn packed(ids: &[i64]) -> Vec<u8> {
    ids.iter().flat_map(|id| id.to_be_bytes()).collect()
}

/// The ids of a row's list; `None` when its length is not a whole number of ids.
fn unpacked(bytes: &[u8]) -> Option<Vec<i64>> {
    let chunks = bytes.chunks_exact(ID_BYTES);
    chunks.remainder().is_empty().then(|| {
        chunks
            .map(|id| i64::from_be_bytes(id.try_into().unwrap()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::info;
    use super::*;
    use crate::store::Store;

    /// How many statement ids a table's lists hold.
    fn postings(tx: &Transaction, table: &str) -> i64 {
        tx.query_row(
            &format!("SELECT coalesce(sum(length(ids)), 0) / 8 FROM {table}"),
            [],
            |r| r.get(0),
        )
        .unwrap()
    }

    /// Stores statement `id` (in an article of its own) and returns it as cross-checking sees it.
    fn stored(tx: &Transaction, id: i64, text: &str) -> Info {
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
        info(id, id, "direct", text, None)
    }

    #[test]
    fn postings_are_found_before_and_after_they_move_to_the_large_table() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let tx = store.conn.transaction().unwrap();
        let infos = [
            stored(&tx, 1, "crews will rebuild every bridge inside this county"),
            stored(&tx, 2, "crews will rebuild every bridge before winter ends"),
            stored(
                &tx,
                3,
                "every bridge inside this county will soon be rebuilt",
            ),
        ];
        let found = |tx: &Transaction| Lookup::default().sharing(tx, &infos[0].keys, 2).unwrap();
        let held = |tx: &Transaction| {
            (
                postings(tx, "_root_postings"),
                postings(tx, "_root_postings_recent"),
            )
        };

        let mut lookup = Lookup::default();
        lookup.insert(&tx, &infos[0]).unwrap();
        lookup.insert(&tx, &infos[1]).unwrap();
        lookup.write_merging_at(&tx, 1_000).unwrap();
        assert_eq!(held(&tx), (0, 14));
        assert_eq!(found(&tx), [(1, 7), (2, 4)]);

        // 10 keys wait and the third statement brings 8: past 16, everything moves.
        lookup.insert(&tx, &infos[2]).unwrap();
        lookup.write_merging_at(&tx, 16).unwrap();
        assert_eq!(held(&tx), (22, 0));
        assert_eq!(found(&tx), [(1, 7), (2, 4), (3, 4)]);

        lookup.remove(&tx, &infos[1]).unwrap();
        lookup.write_merging_at(&tx, 1_000).unwrap();
        assert_eq!(held(&tx), (15, 0));
        assert_eq!(found(&tx), [(1, 7), (3, 4)]);
    }

    #[test]
    fn a_key_not_listed_that_more_utterances_share_than_the_cap_stays_a_stock_phrase() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let tx = store.conn.transaction().unwrap();
        // Words no listed stock phrase holds.
        let text = "the county will rebuild every bridge after winter ends";
        let infos: Vec<Info> = (1..=MAX_POSTINGS as i64 + 1)
            .map(|id| stored(&tx, id, text))
            .collect();
        let found = |tx: &Transaction| Lookup::default().find(tx, &infos[0].keys, 2).unwrap();
        let mut lookup = Lookup::default();
        for info in &infos[..MAX_POSTINGS] {
            lookup.insert(&tx, info).unwrap();
        }
        lookup.write(&tx).unwrap();
        assert_eq!(found(&tx).len(), MAX_POSTINGS);

        lookup.insert(&tx, &infos[MAX_POSTINGS]).unwrap();
        lookup.write(&tx).unwrap();
        assert_eq!(found(&tx), Vec::<i64>::new());
        let stock: i64 = tx
            .query_row(
                "SELECT count(*) FROM _root_postings WHERE ids IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stock as usize, infos[0].keys.len());

        // Its list is no longer kept: one utterance fewer does not make it usable again.
        lookup.remove(&tx, &infos[0]).unwrap();
        lookup.write(&tx).unwrap();
        assert_eq!(found(&tx), Vec::<i64>::new());
    }

    #[test]
    fn a_listed_stock_phrase_is_never_indexed() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.db")).unwrap();
        let tx = store.conn.transaction().unwrap();
        // "we are", "are going" and "going to" are listed; "to rebuild", "rebuild every" and
        // "every bridge" are not.
        let infos = [
            stored(&tx, 1, "we are going to rebuild every bridge"),
            stored(&tx, 2, "we are going to rebuild every bridge"),
        ];
        let mut lookup = Lookup::default();
        lookup.insert(&tx, &infos[0]).unwrap();
        lookup.write(&tx).unwrap();
        assert_eq!(postings(&tx, "_root_postings_recent"), 3);
        assert_eq!(
            Lookup::default().sharing(&tx, &infos[1].keys, 2).unwrap(),
            [(1, 3)]
        );
    }
}
