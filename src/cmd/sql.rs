//! `claimdb sql`: one read-only query. The database is opened read-only, statements that would
//! write are refused before they run, and rows are written as they come.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use rusqlite::{Batch, Statement};

use crate::cli::SqlArgs;
use crate::output::{CsvOptions, Format, RowWriter, Rows};
use crate::store::Store;

/// Prepares `query`, which must be exactly one statement that only reads.
fn prepare<'a>(store: &'a Store, query: &str) -> Result<Statement<'a>> {
    let mut batch = Batch::new(&store.conn, query);
    let Some(stmt) = batch.next().with_context(|| "the query is not valid SQL")? else {
        bail!("the query is empty: give one SELECT statement");
    };
    // Whatever follows the first statement (other than blanks and comments) would be dropped.
    if !matches!(batch.next(), Ok(None)) {
        bail!("claimdb sql runs one statement, and this query holds more: run them one at a time");
    }
    if !stmt.readonly() {
        bail!("claimdb sql only reads: this statement would change the database (use ingest or `speakers alias` to change it)");
    }
    Ok(stmt)
}

fn columns(stmt: &Statement) -> Vec<String> {
    stmt.column_names().iter().map(|c| c.to_string()).collect()
}

/// Runs the statement, handing each row to `each` as it comes.
fn for_each_row(
    stmt: &mut Statement,
    mut each: impl FnMut(Vec<serde_json::Value>) -> Result<()>,
) -> Result<()> {
    let n = stmt.column_count();
    let mut result = stmt.query([])?;
    while let Some(r) = result.next()? {
        each(
            (0..n)
                .map(|i| super::statements::cell(r.get_ref(i).expect("column in range")))
                .collect(),
        )?;
    }
    Ok(())
}

/// Runs `query` and collects its rows (for queries claimdb itself writes, whose size is known).
pub fn rows(store: &Store, query: &str) -> Result<Rows> {
    let mut stmt = prepare(store, query)?;
    let mut rows = Rows {
        columns: columns(&stmt),
        rows: Vec::new(),
    };
    for_each_row(&mut stmt, |row| {
        rows.rows.push(row);
        Ok(())
    })?;
    Ok(rows)
}

/// Runs `query` and writes its rows to `out` as they come; returns how many were written.
pub fn stream(
    store: &Store,
    query: &str,
    out: &mut dyn Write,
    format: Format,
    csv: &CsvOptions,
) -> Result<usize> {
    let mut stmt = prepare(store, query)?;
    let mut writer = RowWriter::new(out, format, csv, &columns(&stmt))?;
    for_each_row(&mut stmt, |row| writer.row(row))?;
    writer.finish()
}

pub fn run(db: &Path, args: &SqlArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    // --timeout: a watchdog interrupts the query once the time is up.
    let (done, finished) = mpsc::channel::<()>();
    let watchdog = args.timeout.map(|seconds| {
        let handle = store.conn.get_interrupt_handle();
        std::thread::spawn(move || {
            if finished
                .recv_timeout(Duration::from_secs_f64(seconds))
                .is_err()
            {
                handle.interrupt();
            }
        })
    });
    let mut out = BufWriter::new(std::io::stdout().lock());
    let result = stream(
        &store,
        &args.query,
        &mut out,
        args.output.format(),
        &args.output.csv(),
    )
    .and_then(|_| Ok(out.flush()?));
    drop(done);
    if let Some(w) = watchdog {
        let _ = w.join();
    }
    match result {
        Err(e) if is_interrupt(&e) => bail!(
            "the query ran longer than --timeout {} s and was stopped; add a WHERE or LIMIT, or give more time",
            args.timeout.unwrap_or_default()
        ),
        other => other,
    }
}

fn is_interrupt(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<rusqlite::Error>())
        .any(|e| e.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted))
}
