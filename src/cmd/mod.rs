//! One module per subcommand.

pub mod articles;
pub mod completions;
pub mod crosscheck;
pub mod datasette;
pub mod eval;
pub mod export;
pub mod extract;
pub mod forget;
pub mod ingest;
pub mod report;
pub mod speakers;
pub mod sql;
pub mod statements;
pub mod stats;

use std::io::Write;

use anyhow::Result;

use crate::cli::OutputArgs;
use crate::output::Rows;

/// Writes rows to stdout in the format asked for.
pub fn print(rows: &Rows, output: &OutputArgs) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    rows.write(&mut out, output.format(), &output.csv())?;
    out.flush()?;
    Ok(())
}
