//! `claimdb speakers`: who speaks, how often, under which names; `alias` joins names, `rename`
//! changes a speaker's name, `split` undoes an alias.

use std::io::Write;
use std::path::Path;

use anyhow::{bail, Result};
use rusqlite::params;

use crate::cli::{SpeakersAction, SpeakersArgs};
use crate::store::{self, Store};

pub fn run(db: &Path, args: &SpeakersArgs) -> Result<()> {
    if let Some(action) = &args.action {
        let mut store = Store::open_existing(db)?;
        let message = match action {
            SpeakersAction::Alias { alias, name } => store.add_alias(alias, name)?,
            SpeakersAction::Rename { old, new } => rename(&mut store, old, new)?,
            SpeakersAction::Split { alias } => split(&mut store, alias)?,
        };
        writeln!(std::io::stdout(), "{message}")?;
        return Ok(());
    }
    let store = Store::open_read_only(db)?;
    let rows = super::sql::rows(
        &store,
        "SELECT sp.id, sp.name, sp.kind,
                (SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id AND a.current = 1
                 WHERE s.speaker_id = sp.id) AS statements,
                (SELECT group_concat(alias, '; ') FROM
                   (SELECT alias FROM speaker_aliases WHERE speaker_id = sp.id AND alias <> sp.name ORDER BY alias)) AS aliases
         FROM speakers sp
         -- A surname whose statements all went to a full name is no speaker to list.
         WHERE EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = sp.id)
            OR NOT EXISTS (SELECT 1 FROM _bare_names b WHERE b.key = sp.key)
         ORDER BY statements DESC, sp.name",
    )?;
    super::print(&rows, &args.output)
}

/// Gives the speaker named `old` the name `new`; `old` stays one of their aliases.
fn rename(store: &mut Store, old: &str, new: &str) -> Result<String> {
    let (new, old) = (new.trim(), old.trim());
    if new.is_empty() {
        bail!("the new name is empty");
    }
    let (id, name) = store.speaker_named(old)?;
    if let Some((other, other_name)) = store.find_speaker(new)? {
        if other != id {
            bail!("'{new}' already names {other_name}: to make them one speaker, run `claimdb speakers alias \"{old}\" \"{new}\"`");
        }
    }
    let tx = store.conn.transaction()?;
    tx.execute(
        "UPDATE speakers SET name = ?1 WHERE id = ?2",
        params![new, id],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
        params![new, id],
    )?;
    store::note_taught(&tx, new)?;
    store::note_renamed(&tx, id)?;
    tx.commit()?;
    Ok(format!("renamed {name} to {new}"))
}

/// Undoes an alias: `alias` becomes a speaker of its own, and the statements whose speaker is
/// written as `alias` go with it.
fn split(store: &mut Store, alias: &str) -> Result<String> {
    let alias = alias.trim();
    let Some((id, name)) = store.find_speaker(alias)? else {
        bail!("no speaker is called '{alias}'; `claimdb speakers` lists names and aliases");
    };
    if name.eq_ignore_ascii_case(alias) {
        bail!("'{alias}' is {name}'s own name, not an alias; `claimdb speakers rename` changes it");
    }
    let tx = store.conn.transaction()?;
    let kind: Option<String> =
        tx.query_row("SELECT kind FROM speakers WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
    tx.execute(
        "INSERT INTO speakers (name, kind) VALUES (?1, ?2)",
        params![alias, kind],
    )?;
    let new_id = tx.last_insert_rowid();
    tx.execute(
        "UPDATE speaker_aliases SET speaker_id = ?1 WHERE alias = ?2",
        params![new_id, alias],
    )?;
    store::note_taught(&tx, alias)?;
    let moved = tx.execute(
        "UPDATE statements SET speaker_id = ?1 WHERE speaker_id = ?2 AND mention = ?3 COLLATE NOCASE",
        params![new_id, id, alias],
    )?;
    store::note_renamed(&tx, id)?;
    store::note_renamed(&tx, new_id)?;
    tx.commit()?;
    Ok(format!(
        "'{alias}' is no longer {name}: a speaker of its own, with {moved} statement{} that name it so",
        if moved == 1 { "" } else { "s" }
    ))
}
