//! `claimdb statements` and `claimdb who`: statements with their outlet, date and link.

use std::path::Path;

use anyhow::{bail, Result};
use rusqlite::types::Value as SqlValue;
use serde_json::Value;

use crate::cli::{StatementsArgs, WhoArgs};
use crate::output::Rows;
use crate::store::Store;

/// Filters on the statements of current article revisions.
#[derive(Debug, Default)]
struct Filter {
    speaker_id: Option<i64>,
    outlet: Option<String>,
    article: Option<String>,
    kind: Option<String>,
    since: Option<String>,
    until: Option<String>,
    search: Option<String>,
    /// At most this many rows (`--limit`): asked of SQLite, which then stops early.
    limit: Option<usize>,
}

const COLUMNS: &[&str] = &[
    "id",
    "speaker",
    "role",
    "kind",
    "text",
    "outlet",
    "published",
    "article",
    "diverges",
    "link",
];

/// A speaker with more statements than this is listed by walking articles in date order,
/// which stops at `--limit`; one with fewer is found by speaker, then sorted.
const MANY: i64 = 2_000;

/// Whether to walk articles in date order: when a limit lets the walk stop early and no
/// narrower road (a speaker with few statements, a full-text match) leads to the rows.
fn walk_by_date(store: &Store, f: &Filter) -> Result<bool> {
    if f.limit.is_none() || f.search.is_some() {
        return Ok(false);
    }
    Ok(match f.speaker_id {
        Some(id) => {
            store.conn.query_row(
                "SELECT count(*) FROM statements WHERE speaker_id = ?1",
                [id],
                |r| r.get::<_, i64>(0),
            )? > MANY
        }
        None => true,
    })
}

fn query(store: &Store, f: &Filter) -> Result<Rows> {
    let mut sql = String::from(
        "SELECT s.id, sp.name, s.role, s.kind, s.text, a.outlet, a.published, a.file,
                (SELECT g.verdict FROM group_members gm JOIN groups g ON g.id = gm.group_id
                 WHERE gm.statement_id = s.id AND g.verdict <> 'agree'),
                s.link",
    );
    sql += if walk_by_date(store, f)? {
        // CROSS JOIN keeps articles as the outer loop.
        " FROM articles a CROSS JOIN statements s ON s.article_id = a.id AND a.current = 1"
    } else {
        " FROM statements s JOIN articles a ON a.id = s.article_id AND a.current = 1"
    };
    sql += " LEFT JOIN speakers sp ON sp.id = s.speaker_id";
    if f.search.is_some() {
        sql += " JOIN statements_fts ON statements_fts.rowid = s.id";
    }
    sql += " WHERE 1 = 1";
    let mut params: Vec<SqlValue> = Vec::new();
    let mut add = |clause: &str, v: SqlValue| {
        params.push(v);
        sql += &clause.replace('?', &format!("?{}", params.len()));
    };
    if let Some(id) = f.speaker_id {
        add(" AND s.speaker_id = ?", SqlValue::Integer(id));
    }
    if let Some(o) = &f.outlet {
        add(
            " AND a.outlet = ? COLLATE NOCASE",
            SqlValue::Text(o.clone()),
        );
    }
    if let Some(a) = &f.article {
        match a.parse::<i64>() {
            Ok(id) => add(" AND a.id = ?", SqlValue::Integer(id)),
            Err(_) => add(" AND a.file = ?", SqlValue::Text(a.clone())),
        }
    }
    if let Some(k) = &f.kind {
        add(" AND s.kind = ?", SqlValue::Text(k.clone()));
    }
    if let Some(d) = &f.since {
        add(" AND a.published >= ?", SqlValue::Text(d.clone()));
    }
    if let Some(d) = &f.until {
        // "2015-03" counts as within "2015-03-31": compare on the date's own length.
        add(
            " AND substr(a.published, 1, length(?)) <= ?",
            SqlValue::Text(d.clone()),
        );
    }
    if let Some(q) = &f.search {
        add(" AND statements_fts MATCH ?", SqlValue::Text(q.clone()));
        // The best matches first (FTS5's rank is bm25).
        sql += " ORDER BY statements_fts.rank, a.published, a.id, s.start, s.id";
    } else {
        sql += " ORDER BY a.published, a.id, s.start, s.id";
    }
    if let Some(n) = f.limit {
        sql += &format!(" LIMIT {n}");
    }
    let mut stmt = store.conn.prepare(&sql)?;
    let mut rows = Rows::new(COLUMNS);
    let mut result = stmt
        .query(rusqlite::params_from_iter(params.iter()))
        .map_err(|e| search_error(e, f))?;
    while let Some(r) = result.next().map_err(|e| search_error(e, f))? {
        rows.push(
            (0..COLUMNS.len())
                .map(|i| cell(r.get_ref(i).expect("column in range")))
                .collect(),
        );
    }
    Ok(rows)
}

fn search_error(e: rusqlite::Error, f: &Filter) -> anyhow::Error {
    match &f.search {
        Some(q) if matches!(e, rusqlite::Error::SqliteFailure(..)) => {
            anyhow::anyhow!("--search-raw '{q}' is not a valid FTS5 query ({e}); use --search for plain words and \"phrases\"")
        }
        _ => e.into(),
    }
}

/// What a person typed as an FTS5 query, escaped as Datasette does: every word and every
/// "quoted phrase" becomes one quoted term, so `anti-terror`, `U.S.` and `one's` are words,
/// not syntax. An unclosed quote is closed at the end.
pub fn escape_search(typed: &str) -> String {
    let mut terms = Vec::new();
    let mut rest = typed;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix('"') {
            let (phrase, tail) = after.split_once('"').unwrap_or((after, ""));
            terms.push(phrase.to_string());
            rest = tail;
        } else {
            let end = rest.find(|c: char| c.is_whitespace() || c == '"');
            let (word, tail) = rest.split_at(end.unwrap_or(rest.len()));
            terms.push(word.to_string());
            rest = tail;
        }
    }
    terms
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| format!("\"{}\"", t.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A SQLite value as a JSON cell.
pub fn cell(v: rusqlite::types::ValueRef) -> Value {
    use rusqlite::types::ValueRef::*;
    match v {
        Null => Value::Null,
        Integer(i) => Value::from(i),
        Real(f) => Value::from(f),
        Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        Blob(b) => Value::from(format!("<{} bytes>", b.len())),
    }
}

fn speaker(store: &Store, name: &str) -> Result<i64> {
    if let Some((id, _)) = store.find_speaker(name)? {
        return Ok(id);
    }
    // Not an alias: a unique speaker with it as a word of their name ("Hua", "chunying").
    let mut stmt = store.conn.prepare(
        "SELECT id, name FROM speakers WHERE ' ' || name || ' ' LIKE '% ' || ?1 || ' %' ORDER BY name LIMIT 6",
    )?;
    let found: Vec<(i64, String)> = stmt
        .query_map([name.trim()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    match found.as_slice() {
        [(id, _)] => Ok(*id),
        [] => bail!("no speaker named '{name}'; `claimdb speakers` lists them"),
        many => bail!(
            "'{name}' could be any of: {}; give the full name",
            many.iter()
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub fn run(db: &Path, args: &StatementsArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    for d in [&args.since, &args.until].into_iter().flatten() {
        if crate::read::date::normalise(d).is_err() {
            bail!("'{d}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
    if args
        .search
        .as_deref()
        .is_some_and(|q| escape_search(q).is_empty())
    {
        bail!("--search has no words to look for");
    }
    let filter = Filter {
        speaker_id: args
            .speaker
            .as_deref()
            .map(|n| speaker(&store, n))
            .transpose()?,
        outlet: args.outlet.clone(),
        article: args.article.clone(),
        kind: args.kind.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
        search: args
            .search
            .as_deref()
            .map(escape_search)
            .or_else(|| args.search_raw.clone()),
        limit: args.output.limit,
    };
    super::print(&query(&store, &filter)?, &args.output)
}

pub fn who(db: &Path, args: &WhoArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    let id = speaker(&store, &args.name)?;
    let rows = query(
        &store,
        &Filter {
            speaker_id: Some(id),
            limit: args.output.limit,
            ..Filter::default()
        },
    )?;
    super::print(&rows, &args.output)
}

#[cfg(test)]
mod tests {
    use super::escape_search;

    #[test]
    fn typed_words_and_phrases_become_quoted_terms() {
        assert_eq!(escape_search("anti-terror"), "\"anti-terror\"");
        assert_eq!(escape_search("U.S. one's"), "\"U.S.\" \"one's\"");
        assert_eq!(
            escape_search("\"back door\" encryption"),
            "\"back door\" \"encryption\""
        );
        assert_eq!(escape_search("  \"unclosed phrase"), "\"unclosed phrase\"");
        assert_eq!(escape_search("\"\" OR"), "\"OR\"");
    }
}
