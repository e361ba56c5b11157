//! The SQLite database: opening (and refusing what is not ours), migrating with
//! `PRAGMA user_version`, storing articles with their statements, and speaker names.

use std::path::Path;

use anyhow::{bail, Context, Result};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::extract::Statement;
use crate::link::{link, Lines};
use crate::read::Article;

/// The schema, in sections headed `-- Version N`: each section takes a database one version
/// further, and the database's user_version counts how many have been applied.
const SCHEMA: &str = include_str!("../schema.sql");

/// The sections of `SCHEMA`, in order; what comes before the first heading belongs to the first.
fn migrations() -> Vec<&'static str> {
    let mut starts: Vec<usize> = SCHEMA
        .match_indices("\n-- Version ")
        .map(|(i, _)| i + 1)
        .skip(1)
        .collect();
    starts.insert(0, 0);
    starts.push(SCHEMA.len());
    starts.windows(2).map(|w| &SCHEMA[w[0]..w[1]]).collect()
}

/// "ClmD": marks a database as claimdb's, so that another program's file is never touched.
const APPLICATION_ID: i64 = 0x436c_6d44;

pub struct Store {
    pub conn: Connection,
}

/// What storing one article did.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    New {
        article_id: i64,
        statements: usize,
        revision: i64,
    },
    Unchanged {
        article_id: i64,
    },
}

impl Store {
    /// Opens (creating if needed) the database for writing and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path)
            .with_context(|| format!("cannot open database {}", path.display()))?;
        check_ours(&conn, path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // The index of word pairs is written in random key order: keep its pages in memory.
        conn.pragma_update(None, "cache_size", -65536)?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing database without the right to change it.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            bail!(
                "no database at {}: run `claimdb ingest seeds` (or pass --db PATH) first",
                path.display()
            );
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open database {}", path.display()))?;
        check_ours(&conn, path)?;
        let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version < migrations().len() {
            bail!("database {} has an older schema: run any write command (e.g. `claimdb ingest`) to migrate it", path.display());
        }
        Ok(Store { conn })
    }

    /// Opens an existing database for writing (for commands that change, but do not create).
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            bail!(
                "no database at {}: run `claimdb ingest seeds` (or pass --db PATH) first",
                path.display()
            );
        }
        Store::open(path)
    }

    fn migrate(&mut self) -> Result<()> {
        let version: usize = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (i, sql) in migrations().into_iter().enumerate().skip(version) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)
                .with_context(|| format!("schema migration {} failed", i + 1))?;
            tx.pragma_update(None, "user_version", i + 1)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Stores one article and its statements in one transaction.
    pub fn ingest(&mut self, article: &Article, statements: &[Statement]) -> Result<Stored> {
        let hash = content_hash(article);
        let tx = self.conn.transaction()?;
        if let Some(id) = tx
            .query_row(
                "SELECT id FROM articles WHERE content_hash = ?1",
                [&hash],
                |r| r.get(0),
            )
            .optional()?
        {
            return Ok(Stored::Unchanged { article_id: id });
        }
        // The same URL with new content: a new revision of that article.
        let mut revision = 1;
        if let Some(url) = &article.meta.url {
            let previous: Option<(i64, i64)> = tx
                .query_row(
                    "SELECT id, revision FROM articles WHERE url = ?1 AND current = 1",
                    [url],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((id, rev)) = previous {
                tx.execute("UPDATE articles SET current = 0 WHERE id = ?1", [id])?;
                revision = rev + 1;
            }
        }
        tx.execute(
            "INSERT INTO articles (title, url, outlet, published, wire, file, path, body, content_hash, revision, ingested_at, author)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?11)",
            params![
                article.title,
                article.meta.url,
                article.meta.outlet,
                article.meta.published,
                article.meta.wire,
                article.file,
                article.path,
                article.body,
                hash,
                revision,
                article.meta.author
            ],
        )?;
        let article_id = tx.last_insert_rowid();
        {
            let lines = Lines::new(&article.body);
            let mut insert = tx.prepare_cached(
                "INSERT INTO statements (article_id, speaker_id, kind, text, start, end, mention, mention_start,
                    mention_end, role, cue, via, venue, paragraph, link)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?;
            for s in statements {
                let speaker_id = match &s.speaker {
                    Some(name) => Some(speaker_id(
                        &tx,
                        name,
                        s.mention.as_deref(),
                        s.speaker_is_person,
                    )?),
                    None => None,
                };
                let link = link(
                    article.meta.url.as_deref(),
                    &article.path,
                    &lines,
                    s.start,
                    &s.text,
                );
                insert.execute(params![
                    article_id,
                    speaker_id,
                    s.kind.as_str(),
                    s.text,
                    s.start,
                    s.end,
                    s.mention,
                    s.mention_start,
                    s.mention_end,
                    s.role,
                    s.cue,
                    s.via,
                    s.venue,
                    s.paragraph,
                    link
                ])?;
            }
        }
        tx.commit()?;
        Ok(Stored::New {
            article_id,
            statements: statements.len(),
            revision,
        })
    }

    /// The speaker named `name` by any alias, case-insensitively.
    pub fn find_speaker(&self, name: &str) -> Result<Option<(i64, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT s.id, s.name FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE a.alias = ?1",
                [name.trim()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Teaches that `alias` names the speaker `name`. If `alias` is a speaker of its own, the
    /// two are merged; if `name` is unknown, the speaker `alias` is renamed to it.
    pub fn add_alias(&mut self, alias: &str, name: &str) -> Result<String> {
        let target = self.find_speaker(name)?;
        let source = self.find_speaker(alias)?;
        let tx = self.conn.transaction()?;
        let message = match (source, target) {
            (Some((s, _)), Some((t, tname))) if s == t => {
                format!("'{alias}' already names {tname}")
            }
            (Some((s, sname)), Some((t, tname))) => {
                tx.execute(
                    "UPDATE statements SET speaker_id = ?1 WHERE speaker_id = ?2",
                    params![t, s],
                )?;
                tx.execute(
                    "UPDATE groups SET speaker_id = ?1 WHERE speaker_id = ?2",
                    params![t, s],
                )?;
                tx.execute(
                    "UPDATE speaker_aliases SET speaker_id = ?1 WHERE speaker_id = ?2",
                    params![t, s],
                )?;
                tx.execute("DELETE FROM speakers WHERE id = ?1", [s])?;
                format!("merged {sname} into {tname}")
            }
            (None, Some((t, tname))) => {
                tx.execute(
                    "INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
                    params![alias.trim(), t],
                )?;
                format!("'{alias}' now names {tname}")
            }
            (Some((s, sname)), None) => {
                tx.execute(
                    "UPDATE speakers SET name = ?1 WHERE id = ?2",
                    params![name.trim(), s],
                )?;
                tx.execute(
                    "INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
                    params![name.trim(), s],
                )?;
                format!("renamed {sname} to {name}")
            }
            (None, None) => bail!(
                "neither '{alias}' nor '{name}' names a speaker; `claimdb speakers` lists them"
            ),
        };
        tx.commit()?;
        Ok(message)
    }
}

/// Refuses files that are not SQLite, and SQLite databases that belong to something else.
fn check_ours(conn: &Connection, path: &Path) -> Result<()> {
    let shown = path.display();
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| {
            anyhow::anyhow!(
                "{shown} is not a claimdb database (not an SQLite file); it was left untouched"
            )
        })?;
    let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    if app != APPLICATION_ID && (app != 0 || tables > 0 || version > 0) {
        bail!("{shown} is an SQLite database of another program, not claimdb's; it was left untouched");
    }
    let known = migrations().len();
    if version > known {
        bail!("{shown} was written by a newer claimdb (schema {version}, this one knows {known}); upgrade claimdb");
    }
    Ok(())
}

/// What makes an article the same article: its words, and where they were published. The same
/// wire story carried by two outlets is two articles (and one cross-check group).
fn content_hash(article: &Article) -> String {
    let mut hasher = Sha256::new();
    for part in [
        Some(article.body.as_str()),
        article.meta.url.as_deref(),
        article.meta.outlet.as_deref(),
    ] {
        hasher.update(part.unwrap_or("").as_bytes());
        hasher.update([0u8]);
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "who", "which"];

/// The speaker for a canonical name from extraction: an existing one by alias, one whose full
/// name this single word shortens ("Obama"), or a new one. The mention as written becomes an
/// alias when it holds the name ("China's Foreign Ministry spokesman Hua Chunying").
fn speaker_id(tx: &Transaction, name: &str, mention: Option<&str>, person: bool) -> Result<i64> {
    let by_alias = |alias: &str| -> Result<Option<i64>> {
        Ok(tx
            .query_row(
                "SELECT speaker_id FROM speaker_aliases WHERE alias = ?1",
                [alias],
                |r| r.get(0),
            )
            .optional()?)
    };
    let add_alias = |alias: &str, id: i64| -> Result<()> {
        tx.execute(
            "INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
            params![alias, id],
        )?;
        Ok(())
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let id = if let Some(id) = by_alias(name)? {
        id
    } else if !person {
        new_speaker(tx, name, "organization")?
    } else if words.len() == 1 {
        // "Obama" -> the one person named "... Obama" (or "Hua ..."), if there is exactly one.
        let mut stmt = tx.prepare_cached(
            "SELECT id FROM speakers WHERE kind = 'person' AND (name LIKE ?1 || ' %' OR name LIKE '% ' || ?1) LIMIT 2",
        )?;
        let ids: Vec<i64> = stmt
            .query_map([name], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [one] => *one,
            _ => new_speaker(tx, name, "person")?,
        }
    } else {
        // A full name for a speaker first known by one word: give it the full name.
        let first = words[0];
        let last = words[words.len() - 1];
        let mut stmt = tx.prepare_cached(
            "SELECT id FROM speakers WHERE kind = 'person' AND (name = ?1 OR name = ?2) LIMIT 2",
        )?;
        let ids: Vec<i64> = stmt
            .query_map([first, last], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [one] => {
                tx.execute(
                    "UPDATE speakers SET name = ?1 WHERE id = ?2",
                    params![name, one],
                )?;
                *one
            }
            _ => new_speaker(tx, name, "person")?,
        }
    };
    add_alias(name, id)?;
    if let Some(m) = mention {
        let lower = m.to_lowercase();
        let names_it = words.iter().any(|w| m.contains(w));
        let proper = m
            .trim_start_matches("the ")
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if names_it && proper && !PRONOUNS.contains(&lower.as_str()) {
            add_alias(m.trim(), id)?;
        }
    }
    Ok(id)
}

fn new_speaker(tx: &Transaction, name: &str, kind: &str) -> Result<i64> {
    tx.execute(
        "INSERT INTO speakers (name, kind) VALUES (?1, ?2)",
        [name, kind],
    )?;
    Ok(tx.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_sections_are_numbered_in_order() {
        let sections = migrations();
        for (i, sql) in sections.iter().enumerate() {
            let heading = format!("-- Version {} ", i + 1);
            let found = sql.lines().find(|l| l.starts_with("-- Version "));
            assert!(
                found.is_some_and(|l| l.starts_with(&heading)),
                "section {} is headed {found:?}",
                i + 1
            );
        }
    }
}
