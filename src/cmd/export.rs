//! `claimdb export`: any table or view, as CSV by default.

use std::io::{BufWriter, Read, Write};
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::cli::ExportArgs;
use crate::output::Format;
use crate::store::Store;

pub fn run(db: &Path, args: &ExportArgs) -> Result<()> {
    if let Some(path) = &args.output_file {
        refuse_target(db, path)?;
    }
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
    let query = format!("SELECT * FROM \"{name}\"");
    let format = args.output.format.unwrap_or(Format::Csv);
    let csv = args.output.csv();
    match &args.output_file {
        Some(path) => {
            // Write beside the target and rename, so a failed export never leaves half a file;
            // the temporary file is removed when anything fails.
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            let cannot = || format!("cannot write {}", path.display());
            let tmp = tempfile::NamedTempFile::new_in(dir).with_context(cannot)?;
            let mut out = BufWriter::new(tmp);
            let n =
                super::sql::stream(&store, &query, &mut out, format, &csv).with_context(cannot)?;
            let tmp = out
                .into_inner()
                .map_err(|e| e.into_error())
                .with_context(cannot)?;
            tmp.persist(path)
                .map_err(|e| e.error)
                .with_context(cannot)?;
            eprintln!("wrote {n} rows of {name} to {}", path.display());
        }
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            super::sql::stream(&store, &query, &mut out, format, &csv)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Refuses to write over the database, its -wal/-shm/-journal files, any SQLite database, or a
/// directory: an export must never destroy what it exports.
fn refuse_target(db: &Path, target: &Path) -> Result<()> {
    let shown = target.display();
    if target.is_dir() {
        bail!(
            "{shown} is a directory: give -o a file name, e.g. -o {}",
            target.join("export.csv").display()
        );
    }
    let canonical = |p: &Path| -> Option<std::path::PathBuf> {
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(dir.canonicalize().ok()?.join(p.file_name()?))
    };
    if let (Some(t), Some(d)) = (canonical(target), canonical(db)) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = d.clone().into_os_string();
            name.push(suffix);
            if t == Path::new(&name)
                || std::fs::canonicalize(target).is_ok_and(|c| c == Path::new(&name))
            {
                bail!("{shown} is the database{}: export writes a new file, never over the database; pick another -o", if suffix.is_empty() { "" } else { "'s own journal" });
            }
        }
    }
    let mut head = [0u8; 16];
    let is_sqlite = std::fs::File::open(target)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0");
    if is_sqlite {
        bail!("{shown} is an SQLite database: export will not write over it; pick another -o");
    }
    Ok(())
}
