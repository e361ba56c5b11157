//! Speaker identity: which speaker a name from extraction belongs to, decided so that the
//! outcome depends on the names in the database, never on the order articles arrived in.
//!
//! - A name's key folds initials, diacritics, case, possessives and titles (`names::person_key`;
//!   an organisation's is `names::fold`): one key, one speaker. Its name is the fullest name
//!   seen with that key (`names::fuller`, a total order), so any order ends with the same one.
//! - A person named by one word ("Obama") takes the full name of the one person of that
//!   surname (or first name) in the same article.
//! - With none in the article, the one word is a *bare* name, noted in `_bare_names`. After
//!   each batch its statements are given, all together, to the person of that surname (or, if
//!   nobody has it, first name) who dominates it in the whole database (twice as many
//!   statements under a full name as all others of that name together), or else to a speaker
//!   of the one word alone; and given again whenever a batch changes who dominates. A user's
//!   `claimdb speakers alias` for the word decides before all that. So "Obama" is Barack Obama
//!   whether Michelle Obama arrived first or not, and "Trump" is Donald Trump.
//! - So that a batch costs what it brings, not what the database holds, the decision reads
//!   kept rows, never a recount: each person's statements under their full name (kept by
//!   triggers), each word's spellings, and the speaker its statements were last given. A batch
//!   decides only the words it touched, and moves a word's older statements only when their
//!   speaker changes.
//! - Aliases noted from mentions only help `who` find a speaker: which speaker noted one first
//!   depends on the order, so storing never looks them up.

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};

use crate::extract::{names, Statement};

/// Who a statement's speaker is, as known while its article is stored.
pub enum Named {
    Speaker(i64),
    /// A person named by one word with no full name in the article: decided for the batch at
    /// its end (`resolve_bare`).
    Bare {
        key: String,
        name: String,
    },
}

/// The words whose bare names a batch may have to decide again: bare keys it brought, and the
/// surnames and first names of people it gave statements to (they change who dominates).
#[derive(Default)]
pub struct Touched {
    words: BTreeSet<String>,
    /// The batch's bare statements, by word: stored without a speaker, to be given one.
    bare: HashMap<String, Vec<i64>>,
}

/// An article's people named in full, by the one word that may stand for each of them (first
/// or last word of the key); a word two of them share stands for nobody.
pub struct ArticleNames {
    by_word: HashMap<String, Option<String>>,
}

impl ArticleNames {
    pub fn new(statements: &[Statement]) -> ArticleNames {
        let mut fullest: HashMap<String, String> = HashMap::new();
        for s in statements.iter().filter(|s| s.speaker_is_person) {
            let Some(name) = s.speaker.as_deref().and_then(|n| names::clean(n, true)) else {
                continue;
            };
            let key = names::person_key(&name);
            if !key.contains(' ') {
                continue;
            }
            match fullest.get(&key) {
                Some(known) if !names::fuller(&name, known) => {}
                _ => {
                    fullest.insert(key, name);
                }
            }
        }
        let mut by_word: HashMap<String, Option<String>> = HashMap::new();
        for (key, name) in &fullest {
            let (surname, first) = name_words(key);
            for word in [surname, first].into_iter().flatten() {
                by_word
                    .entry(word.to_string())
                    .and_modify(|n| {
                        if n.as_deref() != Some(name) {
                            *n = None
                        }
                    })
                    .or_insert_with(|| Some(name.clone()));
            }
        }
        ArticleNames { by_word }
    }

    fn full_name(&self, word: &str) -> Option<&str> {
        self.by_word.get(word).and_then(|n| n.as_deref())
    }
}

const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "who", "which"];

/// The speaker for a name from extraction (`None` for page furniture): the one of its key, a
/// bare name to decide at the end of the batch, the speaker a user taught the name to be
/// (`claimdb speakers alias`), or a new one. The mention as written becomes an alias when it holds the name ("Foreign Ministry
/// spokesman Hua Chunying").
pub fn speaker_id(
    tx: &Connection,
    name: &str,
    mention: Option<&str>,
    person: bool,
    article: &ArticleNames,
    touched: &mut Touched,
) -> Result<Option<Named>> {
    let Some(mut name) = names::clean(name, person) else {
        return Ok(None);
    };
    let mut key = if person {
        names::person_key(&name)
    } else {
        names::fold(&name)
    };
    if person && !key.contains(' ') {
        match article.full_name(&key) {
            Some(full) => {
                name = full.to_string();
                key = names::person_key(&name);
            }
            None => return Ok(Some(Named::Bare { key, name })),
        }
    }
    let id = match by_key(tx, &key)? {
        Some(id) => {
            adopt(tx, id, &name, &key, person)?;
            id
        }
        None => match by_alias(tx, &name)? {
            Some(id) => id,
            None => match taken(tx, &name, None)? {
                Some(id) => id,
                None => new_speaker(tx, &name, person, &key)?,
            },
        },
    };
    if person {
        let (surname, first) = name_words(&key);
        touched
            .words
            .extend([surname, first].into_iter().flatten().map(String::from));
    }
    add_alias(tx, &name, id)?;
    if let Some(m) = mention {
        let lower = m.to_lowercase();
        let names_it = name.split_whitespace().any(|w| m.contains(w));
        let proper = m
            .trim_start_matches("the ")
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if names_it && proper && !PRONOUNS.contains(&lower.as_str()) {
            add_alias(tx, m.trim(), id)?;
        }
    }
    Ok(Some(Named::Speaker(id)))
}

/// Notes statement `statement`'s bare name, to be decided with its batch.
pub fn note_bare(
    tx: &Connection,
    statement: i64,
    key: &str,
    name: &str,
    touched: &mut Touched,
) -> Result<()> {
    tx.prepare_cached("INSERT INTO _bare_names (statement_id, key, name) VALUES (?1, ?2, ?3)")?
        .execute(params![statement, key, name])?;
    touched.words.insert(key.to_string());
    touched
        .bare
        .entry(key.to_string())
        .or_default()
        .push(statement);
    Ok(())
}

/// A bare word's spellings, in order: read one at a time from the index on (key, name), each
/// the first after the one before, so the cost is per spelling ("Trump") and not per statement
/// (9,307 bare "Trump" statements on all of ABP).
const BARE_SPELLINGS: &str = "WITH RECURSIVE spelling(name) AS (
        SELECT min(name) FROM _bare_names WHERE key = ?1
        UNION ALL
        SELECT (SELECT min(name) FROM _bare_names WHERE key = ?1 AND name > spelling.name)
        FROM spelling WHERE spelling.name IS NOT NULL)
    SELECT name FROM spelling WHERE name IS NOT NULL";

/// Gives every bare name the batch touched its speaker (see the module's comment), moving its
/// statements there from wherever an earlier batch put them.
pub fn resolve_bare(tx: &Connection, touched: &Touched) -> Result<()> {
    for word in &touched.words {
        let bare_names: Vec<String> = tx
            .prepare_cached(BARE_SPELLINGS)?
            .query_map([word], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if !bare_names.is_empty() {
            let new = touched.bare.get(word).map_or(&[][..], Vec::as_slice);
            resolve_word(tx, word, &bare_names, new)?;
        }
    }
    Ok(())
}

/// Decides bare word `word` (spelled `bare_names`) and gives its statements, `new` those of
/// this batch, to the speaker decided.
fn resolve_word(tx: &Connection, word: &str, bare_names: &[String], new: &[i64]) -> Result<()> {
    // The one word's own speaker exists whoever its statements go to, so the speakers are
    // the same in any order; and it is never deleted, as a cross-check pass decided beside
    // this batch may still give it a group.
    let own = own_speaker(tx, word, bare_names)?;
    let mut taught = None;
    for name in bare_names {
        taught = taught.or(by_alias(tx, name)?);
    }
    let target = match taught {
        Some(id) => id,
        None => dominant(tx, word)?.unwrap_or(own),
    };
    // The same speaker as last time: only the batch's statements, stored without one, are
    // given. Another: one read of all the word's statements tells which to move and whom
    // they leave.
    let last: Option<Option<i64>> = tx
        .prepare_cached("SELECT speaker_id FROM _bare_targets WHERE key = ?1")?
        .query_row([word], |r| r.get(0))
        .optional()?;
    let given: Vec<(i64, Option<i64>)> = if last == Some(Some(target)) {
        new.iter().map(|&statement| (statement, None)).collect()
    } else {
        tx.prepare_cached(
            "SELECT s.id, s.speaker_id FROM _bare_names b JOIN statements s ON s.id = b.statement_id
             WHERE b.key = ?1",
        )?
        .query_map([word], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?
    };
    tx.prepare_cached(
        "INSERT INTO _bare_targets (key, speaker_id) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET speaker_id = excluded.speaker_id",
    )?
    .execute(params![word, target])?;
    let mut to_move = Vec::new();
    let mut left = BTreeSet::new();
    for (statement, speaker) in given {
        if speaker != Some(target) {
            to_move.push(statement);
            left.extend(speaker);
        }
    }
    let mut update = tx.prepare_cached("UPDATE statements SET speaker_id = ?2 WHERE id = ?1")?;
    for statement in to_move {
        update.execute(params![statement, target])?;
    }
    // The one word names whoever its statements went to (`who obama`); a row already right
    // is left unwritten.
    let mut alias = tx.prepare_cached(
        "INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)
         ON CONFLICT (alias) DO UPDATE SET speaker_id = excluded.speaker_id
         WHERE speaker_id IS NOT excluded.speaker_id",
    )?;
    for name in bare_names {
        alias.execute(params![name, target])?;
    }
    if !left.is_empty() {
        super::note_renamed(tx, target)?;
    }
    for old in left {
        super::note_renamed(tx, old)?;
    }
    Ok(())
}

/// The person of surname `word` (or, when nobody has that surname, of first name `word`: "Hua"
/// for Hua Chunying) with at least twice as many statements under their full name as all
/// others of that name together, if any (at most one can be).
fn dominant(tx: &Connection, word: &str) -> Result<Option<i64>> {
    let mut candidates = people_named(tx, word, "surname")?;
    if candidates.is_empty() {
        candidates = people_named(tx, word, "first_name")?;
    }
    let total: i64 = candidates.iter().map(|c| c.1).sum();
    Ok(candidates
        .iter()
        .find(|&&(_, n)| n > 0 && n >= 2 * (total - n))
        .map(|&(id, _)| id))
}

/// The people whose `column` (surname or first_name) is `word`, with their statements under
/// a full name (kept in `_full_name_statements` by triggers, schema.sql).
fn people_named(tx: &Connection, word: &str, column: &str) -> Result<Vec<(i64, i64)>> {
    let sql = format!(
        "SELECT sp.id, coalesce(c.n, 0)
         FROM speakers sp LEFT JOIN _full_name_statements c ON c.speaker_id = sp.id
         WHERE sp.{column} = ?1 AND sp.kind = 'person' AND sp.key <> ?1"
    );
    let found = tx
        .prepare_cached(&sql)?
        .query_map([word], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// The speaker of the one word alone: the speaker of that key, named by the fullest of its
/// bare names, or a new one.
fn own_speaker(tx: &Connection, word: &str, bare_names: &[String]) -> Result<i64> {
    let Some(fullest) = bare_names
        .iter()
        .reduce(|a, b| if names::fuller(b, a) { b } else { a })
    else {
        anyhow::bail!("no bare name for '{word}'");
    };
    if let Some(id) = by_key(tx, word)? {
        adopt(tx, id, fullest, word, true)?;
        return Ok(id);
    }
    match taken(tx, fullest, None)? {
        Some(id) => Ok(id),
        None => new_speaker(tx, fullest, true, word),
    }
}

/// The speaker of key `key`.
fn by_key(tx: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT id FROM speakers WHERE key = ?1 ORDER BY id LIMIT 1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

/// The speaker `name` was taught to be (`claimdb speakers alias`). Aliases noted from
/// mentions are not asked: which speaker holds one depends on which article came first.
fn by_alias(tx: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached(
            "SELECT a.speaker_id FROM speaker_aliases a JOIN _taught_aliases t ON t.alias = a.alias
             WHERE a.alias = ?1",
        )?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// The speaker other than `except` already called `name` (names are unique, ignoring case).
fn taken(tx: &Connection, name: &str, except: Option<i64>) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT id FROM speakers WHERE name = ?1 AND id IS NOT ?2")?
        .query_row(params![name, except], |r| r.get(0))
        .optional()?)
}

/// Speaker `id` of key `key` seen as `name`: it takes the name if it is fuller than its own,
/// and becomes a person once one of its names is a person's. Both only ever go one way, so
/// the order names arrive in does not matter.
fn adopt(tx: &Connection, id: i64, name: &str, key: &str, person: bool) -> Result<()> {
    let (current, kind): (String, Option<String>) = tx
        .prepare_cached("SELECT name, kind FROM speakers WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if names::fuller(name, &current) && taken(tx, name, Some(id))?.is_none() {
        tx.prepare_cached("UPDATE speakers SET name = ?1 WHERE id = ?2")?
            .execute(params![name, id])?;
        super::note_renamed(tx, id)?;
    }
    if person && kind.as_deref() != Some("person") {
        let (surname, first_name) = name_words(key);
        tx.prepare_cached(
            "UPDATE speakers SET kind = 'person', surname = ?1, first_name = ?2 WHERE id = ?3",
        )?
        .execute(params![surname, first_name, id])?;
    }
    Ok(())
}

fn add_alias(tx: &Connection, alias: &str, id: i64) -> Result<()> {
    tx.prepare_cached("INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)")?
        .execute(params![alias, id])?;
    Ok(())
}

/// The last and, for a full name, the first word of a person's key: the words that stand
/// alone for the person.
fn name_words(key: &str) -> (Option<&str>, Option<&str>) {
    let mut words = key.split(' ');
    let first = words.next();
    match words.next_back() {
        Some(last) => (Some(last), first),
        None => (first, None),
    }
}

fn new_speaker(tx: &Connection, name: &str, person: bool, key: &str) -> Result<i64> {
    let (kind, (surname, first_name)) = if person {
        ("person", name_words(key))
    } else {
        ("organization", (None, None))
    };
    tx.prepare_cached(
        "INSERT INTO speakers (name, kind, key, surname, first_name) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![name, kind, key, surname, first_name])?;
    Ok(tx.last_insert_rowid())
}

/// Notes that the user taught `alias` to name a speaker (see `by_alias`).
pub fn note_taught(tx: &Connection, alias: &str) -> Result<()> {
    tx.prepare_cached("INSERT OR IGNORE INTO _taught_aliases (alias) VALUES (?1)")?
        .execute([alias])?;
    Ok(())
}
