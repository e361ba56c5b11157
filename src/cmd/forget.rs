//! `claimdb forget`: removes an article, its statements and their places in cross-check groups.

use std::path::Path;

use anyhow::{bail, Result};
use rusqlite::params;

use crate::cli::ForgetArgs;
use crate::store::Store;

/// The stored articles (every revision) that ARTICLE names: an id, a file name or a URL.
fn named(store: &Store, name: &str) -> Result<Vec<(i64, String)>> {
    let mut stmt = store.conn.prepare(
        "SELECT id, file FROM articles
         WHERE CAST(id AS TEXT) = ?1 OR file = ?1 OR url = ?1 ORDER BY id",
    )?;
    let found = stmt
        .query_map([name.trim()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(found)
}

pub fn run(db: &Path, args: &ForgetArgs) -> Result<()> {
    let mut store = Store::open_existing(db)?;
    let articles = named(&store, &args.article)?;
    if articles.is_empty() {
        bail!(
            "no article named '{}' (an id, file name or URL); `claimdb articles --all` lists them",
            args.article
        );
    }
    let urls: i64 = store.conn.query_row(
        "SELECT count(DISTINCT COALESCE(url, id)) FROM articles WHERE CAST(id AS TEXT) = ?1 OR file = ?1 OR url = ?1",
        [args.article.trim()],
        |r| r.get(0),
    )?;
    if urls > 1 {
        bail!(
            "'{}' names {} different articles (ids {}); forget them by id",
            args.article,
            urls,
            articles
                .iter()
                .map(|(id, _)| id.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let ids: Vec<i64> = articles.iter().map(|(id, _)| *id).collect();
    let count = |sql: &str, store: &Store| -> Result<i64> {
        let mut n = 0;
        for id in &ids {
            n += store.conn.query_row(sql, [id], |r| r.get::<_, i64>(0))?;
        }
        Ok(n)
    };
    let statements = count(
        "SELECT count(*) FROM statements WHERE article_id = ?1",
        &store,
    )?;
    let groups = count(
        "SELECT count(DISTINCT gm.group_id) FROM group_members gm JOIN statements s ON s.id = gm.statement_id WHERE s.article_id = ?1",
        &store,
    )?;
    // Superseded articles leave their groups through the cross-check update, which regroups
    // the copies they leave behind; then the rows go (statements with them, by cascade).
    for id in &ids {
        store
            .conn
            .execute("UPDATE articles SET current = 0 WHERE id = ?1", [id])?;
    }
    crate::crosscheck::update(&mut store)?;
    let tx = store.conn.transaction()?;
    for id in &ids {
        tx.execute("DELETE FROM articles WHERE id = ?1", params![id])?;
    }
    tx.commit()?;
    let (_, file) = &articles[0];
    println!(
        "forgot {file} ({} revision{}): {statements} statement{} removed, {groups} cross-check group{} updated",
        ids.len(),
        if ids.len() == 1 { "" } else { "s" },
        if statements == 1 { "" } else { "s" },
        if groups == 1 { "" } else { "s" },
    );
    Ok(())
}
