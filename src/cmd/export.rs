//! `claimdb export`: any table or view, as CSV by default.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::cli::ExportArgs;
use crate::output::Format;
use crate::store::Store;

pub fn run(db: &Path, args: &ExportArgs) -> Result<()> {
    let store = Store::open_read_only(db)?;
    let known: Vec<String> = store
        .conn
        .prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let Some(name) = known.iter().find(|k| k.eq_ignore_ascii_case(&args.name)) else {
        bail!(
            "no table or view named '{}'; there are: {}",
            args.name,
            known.join(", ")
        );
    };
    let rows = super::sql::rows(&store, &format!("SELECT * FROM \"{name}\""))?;
    let format = args.output.format.unwrap_or(Format::Csv);
    let csv = args.output.csv();
    match &args.output_file {
        Some(path) => {
            // Write beside the target and rename, so a failed export never leaves half a file.
            let tmp = path.with_extension("claimdb-tmp");
            let mut out = BufWriter::new(
                File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?,
            );
            rows.write(&mut out, format, &csv)?;
            out.flush()?;
            drop(out);
            std::fs::rename(&tmp, path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "wrote {} rows of {name} to {}",
                rows.rows.len(),
                path.display()
            );
        }
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            rows.write(&mut out, format, &csv)?;
            out.flush()?;
        }
    }
    Ok(())
}
