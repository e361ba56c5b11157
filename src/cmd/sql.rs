//! `claimdb sql`: one read-only query. The database is opened read-only, and statements that
//! would write are refused before they run.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::cli::SqlArgs;
use crate::output::Rows;
use crate::store::Store;

/// Runs `query` and collects its rows.
pub fn rows(store: &Store, query: &str) -> Result<Rows> {
    let mut stmt = store
        .conn
        .prepare(query)
        .with_context(|| "the query is not valid SQL")?;
    if !stmt.readonly() {
        bail!("claimdb sql only reads: this statement would change the database (use ingest or `speakers alias` to change it)");
    }
    let columns: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
    let mut rows = Rows {
        columns,
        rows: Vec::new(),
    };
    let n = rows.columns.len();
    let mut result = stmt.query([])?;
    while let Some(r) = result.next()? {
        rows.rows.push(
            (0..n)
                .map(|i| super::statements::cell(r.get_ref(i).expect("column in range")))
                .collect(),
        );
    }
    Ok(rows)
}

pub fn run(db: &Path, args: &SqlArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    let rows = rows(&store, &args.query)?;
    super::print(&rows, &args.output)
}
