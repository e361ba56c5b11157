//! `claimdb articles`: what is stored, with statement counts.

use std::path::Path;

use anyhow::Result;

use crate::cli::ArticlesArgs;
use crate::output::Rows;
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
    let mut stmt = store.conn.prepare(&sql)?;
    let columns = [
        "id",
        "file",
        "title",
        "outlet",
        "published",
        "url",
        "revision",
        "statements",
    ];
    let mut rows = Rows::new(&columns);
    let mut result = stmt.query([])?;
    while let Some(r) = result.next()? {
        rows.push(
            (0..columns.len())
                .map(|i| super::statements::cell(r.get_ref(i).expect("column in range")))
                .collect(),
        );
    }
    super::print(&rows, &args.output)
}
