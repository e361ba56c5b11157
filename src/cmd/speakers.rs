//! `claimdb speakers`: who speaks, how often, under which names; `speakers alias` joins names.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::cli::{SpeakersAction, SpeakersArgs};
use crate::store::Store;

pub fn run(db: &Path, args: &SpeakersArgs) -> Result<()> {
    if let Some(SpeakersAction::Alias { alias, name }) = &args.action {
        let mut store = Store::open_existing(db)?;
        let message = store.add_alias(alias, name)?;
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
         ORDER BY statements DESC, sp.name",
    )?;
    super::print(&rows, &args.output)
}
