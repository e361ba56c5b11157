//! The SQLite database: opening (and refusing what is not ours), migrating with
//! `PRAGMA user_version`, storing articles with their statements, and speaker names.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};

use crate::extract::Statement;
use crate::link::{link, Lines};
use crate::read::Article;

mod speakers;
pub use speakers::note_taught;

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
    /// The same article with corrected metadata (outlet, date, URL, wire).
    Updated {
        article_id: i64,
    },
}

/// What became of a batch of articles.
pub struct BatchOutcome {
    /// One per article, in order, up to the article the database stopped at.
    pub outcomes: Vec<Result<Stored>>,
    /// The failure of the database itself that stopped the batch (see `database_failure`).
    pub stopped: Option<anyhow::Error>,
}

impl Store {
    /// Opens (creating if needed) the database for writing and brings its schema up to date.
    /// Writers wait their turn: every write transaction starts `BEGIN IMMEDIATE` and waits up to
    /// `BUSY_TIMEOUT` for another writer to finish.
    pub fn open(path: &Path) -> Result<Store> {
        refuse_directory(path)?;
        let mut conn = Connection::open(path).map_err(|e| open_error(path, e.into()))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        let mut store = Store { conn };
        store.migrate(path).map_err(|e| open_error(path, e))?;
        // WAL only after the first migration, so a new file is never an empty SQLite database
        // (which claimdb refuses) while another claimdb waits to migrate it.
        let conn = &store.conn;
        use_wal(conn).map_err(|e| open_error(path, e.into()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // The index of word pairs is written in random key order: keep its pages in memory.
        conn.pragma_update(None, "cache_size", -65536)?;
        Ok(store)
    }

    /// Reads the database through a memory map instead of copying each page into SQLite's
    /// cache: what a short write (a few new articles) reads is scattered pages, each once, and
    /// the copies cost more than the reading. A large ingest re-reads its pages from the cache,
    /// where the map would only add the file to its memory.
    pub fn map_for_reading(&self) -> Result<()> {
        // SQLite caps the map at its compile-time maximum (2 GB): a larger file is mapped in
        // part and read past that as before.
        self.conn.pragma_update(None, "mmap_size", 1_i64 << 31)?;
        Ok(())
    }

    /// Opens an existing database without the right to change it. Files that are not claimdb
    /// databases are refused from their header, before SQLite opens them (which could leave
    /// -wal and -shm files beside another program's database).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        refuse_directory(path)?;
        check_header(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let open = |immutable: bool| -> Result<Connection> {
            let conn = Connection::open_with_flags(sqlite_uri(path, immutable), flags)?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            conn.pragma_query_value(None, "schema_version", |r| r.get::<_, i64>(0))?;
            Ok(conn)
        };
        let conn = match open(false) {
            Ok(conn) => conn,
            // A WAL database in a directory we cannot write: SQLite cannot create the -shm
            // file. With no -wal file there is no writer, so the file alone is the database.
            Err(_) if !sibling(path, "-wal").exists() => {
                open(true).map_err(|e| open_error(path, e))?
            }
            Err(e) => return Err(open_error(path, e)),
        };
        check_ours(&conn, path, false)?;
        let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version < migrations().len() {
            bail!("database {} has an older schema: run any write command (e.g. `claimdb ingest`) to migrate it", path.display());
        }
        Ok(Store { conn })
    }

    /// Opens an existing database for writing (for commands that change, but do not create).
    pub fn open_existing(path: &Path) -> Result<Store> {
        refuse_directory(path)?;
        check_header(path)?;
        Store::open(path)
    }

    /// Applies the schema sections the database lacks, under the write lock, so two processes
    /// creating one database do not both create its tables.
    fn migrate(&mut self, path: &Path) -> Result<()> {
        let tx = self.conn.transaction()?;
        check_ours(&tx, path, true)?;
        let version: usize = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (i, sql) in migrations().into_iter().enumerate().skip(version) {
            tx.execute_batch(sql)
                .with_context(|| format!("schema migration {} failed", i + 1))?;
            tx.pragma_update(None, "user_version", i + 1)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Stores one article and its statements in one transaction. The same words from the same
    /// source (see `same_article`) are stored once: new metadata updates that copy in place.
    pub fn ingest(&mut self, article: &Article, statements: &[Statement]) -> Result<Stored> {
        let mut stored = self.ingest_together(&[(article, statements)])?;
        Ok(stored.remove(0))
    }

    /// Stores articles in one transaction, each still all-or-nothing: one transaction for many
    /// articles spares a commit and a full-text index flush per article. Should an article
    /// fail, or the database (a full disk), the batch is stored again an article per
    /// transaction, to keep every other article, or as many as the database takes.
    pub fn ingest_all(&mut self, batch: &[(&Article, &[Statement])]) -> BatchOutcome {
        match self.ingest_together(batch) {
            Ok(outcomes) => BatchOutcome {
                outcomes: outcomes.into_iter().map(Ok).collect(),
                stopped: None,
            },
            Err(_) => self.ingest_each(batch),
        }
    }

    fn ingest_together(&mut self, batch: &[(&Article, &[Statement])]) -> Result<Vec<Stored>> {
        let tx = self.conn.transaction()?;
        let last = last_statement(&tx)?;
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut touched = speakers::Touched::default();
        for (article, statements) in batch {
            outcomes.push(store_article(&tx, article, statements, &mut touched)?);
        }
        speakers::resolve_bare(&tx, &touched)?;
        index_text(&tx, last)?;
        tx.commit()?;
        Ok(outcomes)
    }

    fn ingest_each(&mut self, batch: &[(&Article, &[Statement])]) -> BatchOutcome {
        let mut outcomes = Vec::with_capacity(batch.len());
        for (article, statements) in batch {
            match self.ingest(article, statements) {
                Err(e) if database_failure(&e).is_some() => {
                    return BatchOutcome {
                        outcomes,
                        stopped: Some(e),
                    }
                }
                outcome => outcomes.push(outcome),
            }
        }
        BatchOutcome {
            outcomes,
            stopped: None,
        }
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

    /// The speaker named `name` by any alias, or an error that says how to find the names.
    pub fn speaker_named(&self, name: &str) -> Result<(i64, String)> {
        self.find_speaker(name)?.ok_or_else(|| {
            anyhow::anyhow!("no speaker named '{name}'; `claimdb speakers` lists them")
        })
    }

    /// Checks that group `id` exists, or says how to find the groups: a group id a user mistypes
    /// is no empty answer.
    pub fn require_group(&self, id: i64) -> Result<()> {
        let found = self
            .conn
            .query_row("SELECT 1 FROM groups WHERE id = ?1", [id], |_| Ok(()))
            .optional()?;
        found.ok_or_else(|| anyhow::anyhow!("no group {id}; `claimdb crosscheck` lists them"))
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
                    "INSERT OR IGNORE INTO _taught_aliases (alias)
                     SELECT alias FROM speaker_aliases WHERE speaker_id = ?1",
                    [s],
                )?;
                tx.execute(
                    "UPDATE speaker_aliases SET speaker_id = ?1 WHERE speaker_id = ?2",
                    params![t, s],
                )?;
                tx.execute("DELETE FROM speakers WHERE id = ?1", [s])?;
                note_renamed(&tx, t)?;
                format!("merged {sname} into {tname}")
            }
            (None, Some((t, tname))) => {
                tx.execute(
                    "INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
                    params![alias.trim(), t],
                )?;
                speakers::note_taught(&tx, alias.trim())?;
                format!("'{alias}' now names {tname}")
            }
            (Some((s, sname)), None) => {
                tx.execute(
                    "UPDATE speakers SET name = ?1 WHERE id = ?2",
                    params![name.trim(), s],
                )?;
                note_renamed(&tx, s)?;
                tx.execute(
                    "INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
                    params![name.trim(), s],
                )?;
                speakers::note_taught(&tx, name.trim())?;
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

/// How long a writer waits for another writer's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(300);

/// Puts the database in WAL mode (readers keep working while one writer writes). Switching
/// needs a moment alone with the file, and SQLite does not wait for that (it would deadlock
/// with a reader waiting to write), so retry while another connection is busy.
fn use_wal(conn: &Connection) -> rusqlite::Result<()> {
    let started = std::time::Instant::now();
    loop {
        let mode: rusqlite::Result<String> =
            conn.pragma_query_value(None, "journal_mode", |r| r.get(0));
        let result = match mode {
            Ok(m) if m.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(_) => conn.pragma_update(None, "journal_mode", "WAL"),
            Err(e) => Err(e),
        };
        match result {
            Err(e)
                if e.sqlite_error_code() == Some(ErrorCode::DatabaseBusy)
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// `path` with `suffix` appended to its file name (`claims.db-wal`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A `file:` URI for `path` (so `immutable=1` can be asked for), with `?` and `#` escaped.
fn sqlite_uri(path: &Path, immutable: bool) -> String {
    let shown = path.to_string_lossy();
    let escaped = shown
        .replace('%', "%25")
        .replace('?', "%3f")
        .replace('#', "%23");
    let prefix = if path.is_absolute() {
        "file:"
    } else {
        "file:./"
    };
    let query = if immutable { "?immutable=1" } else { "" };
    format!("{prefix}{escaped}{query}")
}

fn refuse_directory(path: &Path) -> Result<()> {
    if path.is_dir() {
        bail!(
            "{} is a directory, not a database file: pass a file, e.g. --db {}",
            path.display(),
            path.join("claims.db").display()
        );
    }
    Ok(())
}

/// Refuses, from the first 100 bytes alone, what a read command must not open: a missing or
/// empty file, a file that is not SQLite, an SQLite database without claimdb's mark.
fn check_header(path: &Path) -> Result<()> {
    let shown = path.display();
    let mut header = Vec::with_capacity(100);
    match std::fs::File::open(path) {
        Ok(f) => f.take(100).read_to_end(&mut header),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("no database at {shown}: run `claimdb ingest seeds` (or pass --db PATH) first")
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read database {shown}")),
    }
    .with_context(|| format!("cannot read database {shown}"))?;
    if header.is_empty() {
        bail!("{shown} is an empty file, not a claimdb database; it was left untouched (`claimdb --db {shown} ingest ...` makes it one)");
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        bail!("{shown} is not a claimdb database (not an SQLite file); it was left untouched");
    }
    let app = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    // A database written before claimdb marked it at creation may have its mark only in the
    // -wal file until a checkpoint.
    let unmarked_with_wal = app == 0 && sibling(path, "-wal").exists();
    if i64::from(app) != APPLICATION_ID && !unmarked_with_wal {
        bail!("{shown} is an SQLite database without claimdb's mark (another program's, or one with no tables), not claimdb's; it was left untouched");
    }
    Ok(())
}

/// When `e` is the database refusing writes (not a problem of the article being stored), what
/// is wrong and what to do: every later article would fail the same way.
pub fn database_failure(e: &anyhow::Error) -> Option<String> {
    let code = e
        .chain()
        .find_map(|c| c.downcast_ref::<rusqlite::Error>())
        .and_then(|e| e.sqlite_error_code())?;
    let why = match code {
        ErrorCode::DiskFull => "the database or disk is full: free some space",
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
            "the database is locked: another program has been writing to it for 5 minutes"
        }
        ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
            "the database cannot be written (read-only file or directory)"
        }
        ErrorCode::SystemIoFailure => "the database cannot be written (disk I/O error)",
        ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
            "the database file is damaged (`sqlite3 DB .recover` may save its contents)"
        }
        _ => return None,
    };
    Some(why.to_string())
}

/// Names what went wrong opening the database, and what to do about it.
fn open_error(path: &Path, e: anyhow::Error) -> anyhow::Error {
    let shown = path.display();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.display().to_string(),
        _ => ".".to_string(),
    };
    match e.downcast_ref::<rusqlite::Error>().and_then(|e| e.sqlite_error_code()) {
        Some(ErrorCode::NotADatabase) => anyhow::anyhow!(
            "{shown} is not a claimdb database (not an SQLite file); it was left untouched"
        ),
        Some(ErrorCode::CannotOpen) if !Path::new(&dir).is_dir() => anyhow::anyhow!(
            "cannot open database {shown}: directory {dir} does not exist; create it or pass another --db"
        ),
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            anyhow::anyhow!(
                "cannot write database {shown}: the file or its directory {dir} is read-only (SQLite writes {shown}-wal and {shown}-shm beside it); make them writable or copy the database elsewhere"
            )
        }
        _ => e.context(format!("cannot open database {shown}")),
    }
}

/// Refuses SQLite databases that belong to something else, and (when `creating`) SQLite files
/// with no tables: only a new path or an empty file becomes a claimdb database.
fn check_ours(conn: &Connection, path: &Path, creating: bool) -> Result<()> {
    let shown = path.display();
    let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    // Under the write lock an empty file is one no claimdb has begun to create yet.
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    let fresh = app == 0 && version == 0 && tables == 0 && empty;
    if app != APPLICATION_ID && !(creating && fresh) {
        if app == 0 && tables == 0 {
            bail!("{shown} is an SQLite database with no tables, not claimdb's; it was left untouched (pass a new path, or an empty file, to create a claimdb database)");
        }
        bail!("{shown} is an SQLite database of another program, not claimdb's; it was left untouched");
    }
    let known = migrations().len();
    if version > known {
        bail!("{shown} was written by a newer claimdb (schema {version}, this one knows {known}); upgrade claimdb");
    }
    Ok(())
}

/// The highest statement id so far: the statements a transaction adds come after it.
fn last_statement(tx: &Connection) -> Result<i64> {
    Ok(
        tx.query_row("SELECT coalesce(max(id), 0) FROM statements", [], |r| {
            r.get(0)
        })?,
    )
}

/// Adds the statements after `last` to the full-text index, all in one go (schema section 7).
fn index_text(tx: &Connection, last: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO statements_fts (rowid, text) SELECT id, text FROM statements WHERE id > ?1",
    )?
    .execute([last])?;
    Ok(())
}

/// Stores one article and its statements in the open transaction `tx` (`index_text` indexes
/// their words once the batch is in).
fn store_article(
    tx: &Connection,
    article: &Article,
    statements: &[Statement],
    touched: &mut speakers::Touched,
) -> Result<Stored> {
    let hash = content_hash(article);
    if let Some((id, current)) = same_article(tx, article)? {
        if current && update_metadata(tx, id, article, &hash)? {
            return Ok(Stored::Updated { article_id: id });
        }
        return Ok(Stored::Unchanged { article_id: id });
    }
    // The same URL with new content: a new revision of that article.
    let mut revision = 1;
    if let Some(url) = &article.meta.url {
        let previous: Option<(i64, i64)> = tx
            .prepare_cached("SELECT id, revision FROM articles WHERE url = ?1 AND +current = 1")?
            .query_row([url], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((id, rev)) = previous {
            tx.prepare_cached("UPDATE articles SET current = 0 WHERE id = ?1")?
                .execute([id])?;
            revision = rev + 1;
        }
    }
    tx.prepare_cached(
        "INSERT INTO articles (title, url, outlet, published, wire, file, path, body, content_hash, revision, ingested_at, author)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?11)")?
    .execute(
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
        let named_in_full = speakers::ArticleNames::new(statements);
        let mut insert = tx.prepare_cached(
            "INSERT INTO statements (article_id, speaker_id, kind, text, start, end, mention, mention_start,
                mention_end, role, cue, via, venue, paragraph, link, rule, utterance)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?;
        for s in statements {
            let named = match &s.speaker {
                Some(name) => speakers::speaker_id(
                    tx,
                    name,
                    s.mention.as_deref(),
                    s.speaker_is_person,
                    &named_in_full,
                    touched,
                )?,
                None => None,
            };
            let speaker_id = match &named {
                Some(speakers::Named::Speaker(id)) => Some(*id),
                _ => None,
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
                link,
                s.rule.as_str(),
                s.utterance
            ])?;
            if let Some(speakers::Named::Bare { key, name }) = &named {
                speakers::note_bare(tx, tx.last_insert_rowid(), key, name, touched)?;
            }
        }
    }
    Ok(Stored::New {
        article_id,
        statements: statements.len(),
        revision,
    })
}

/// The stored article these words from this source already are (and whether it is current):
/// the same words from the same URL, or from the same file (by name) when one of the two has
/// no URL, or, for stdin without URL, from the same outlet. The same wire story from two
/// files, two URLs or (on stdin) two outlets is two articles; new words are a new article, or
/// a new revision of the same URL.
fn same_article(tx: &Connection, article: &Article) -> Result<Option<(i64, bool)>> {
    let meta = &article.meta;
    let from_stdin = article.from_stdin();
    let mut stmt = tx.prepare_cached(
        "SELECT id, current FROM articles
         WHERE body = ?1 AND (
             url = ?2
             OR (?4 = 0 AND file = ?3 AND (url IS NULL OR ?2 IS NULL))
             OR (?4 = 1 AND path IN ('-', '<stdin>') AND url IS NULL AND ?2 IS NULL AND outlet IS ?5))
         ORDER BY current DESC, id LIMIT 1",
    )?;
    Ok(stmt
        .query_row(
            params![
                article.body,
                meta.url,
                article.file,
                from_stdin,
                meta.outlet
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Gives stored article `id` the metadata `article` brings; returns whether anything changed.
/// A new URL also changes the statements' links.
fn update_metadata(tx: &Connection, id: i64, article: &Article, hash: &str) -> Result<bool> {
    let meta = &article.meta;
    let (url, path): (Option<String>, String) =
        tx.query_row("SELECT url, path FROM articles WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let changed = tx.execute(
        "UPDATE articles SET url = ?2, outlet = ?3, published = ?4, wire = ?5, content_hash = ?6
         WHERE id = ?1 AND (url IS NOT ?2 OR outlet IS NOT ?3 OR published IS NOT ?4 OR wire IS NOT ?5)",
        params![id, meta.url, meta.outlet, meta.published, meta.wire, hash],
    )? > 0;
    if changed && url != meta.url {
        let lines = Lines::new(&article.body);
        let rows: Vec<(i64, usize, String)> = tx
            .prepare("SELECT id, start, text FROM statements WHERE article_id = ?1")?
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (sid, start, text) in rows {
            let link = link(meta.url.as_deref(), &path, &lines, start, &text);
            tx.execute(
                "UPDATE statements SET link = ?2 WHERE id = ?1",
                params![sid, link],
            )?;
        }
    }
    Ok(changed)
}

/// A unique key for an article's words and source (see `same_article`): its words with its
/// URL, else its file name, else (stdin) its outlet.
fn content_hash(article: &Article) -> String {
    let meta = &article.meta;
    let source = match &meta.url {
        Some(url) => format!("url:{url}"),
        None if article.from_stdin() => format!("stdin:{}", meta.outlet.as_deref().unwrap_or("")),
        None => format!("file:{}", article.file),
    };
    let mut hasher = Sha256::new();
    hasher.update(article.body.as_bytes());
    hasher.update([0u8]);
    hasher.update(source.as_bytes());
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Notes that `speaker` was renamed or took in another, so the next cross-check decides its
/// groups again (src/crosscheck/renamed.rs).
pub fn note_renamed(tx: &Connection, speaker: i64) -> Result<()> {
    tx.prepare_cached("INSERT INTO _renamed_speakers (speaker_id) VALUES (?1)")?
        .execute([speaker])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_sections_are_numbered_in_order() {
        let sections = migrations();
        for (i, sql) in sections.iter().enumerate() {
            let heading = format!("-- Version {}", i + 1);
            let found = sql.lines().find(|l| l.starts_with("-- Version "));
            let numbered = found.and_then(|l| l.strip_prefix(&heading));
            assert!(
                numbered.is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit())),
                "section {} is headed {found:?}",
                i + 1
            );
        }
    }
}
