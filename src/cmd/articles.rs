//! `claimdb articles`: what is stored, with statement counts.

use std::path::Path;

use anyhow::Result;

use crate::cli::ArticlesArgs;
use crate::store::Store;

pub fn run(db: &Path, args: &ArticlesArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    let sql = format!(
        "SELECT a.id, a.file, a.title, a.outlet, a.published, a.url, a.revision,
                (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements
         FROM articles a {}
         ORDER BY a.published, a.id",
        if args.all { "" } else { "WHERE a.current = 1" }
    );
    let rows = super::sql::rows(&store, &sql)?;
    super::print(&rows, &args.output)
}
