//! A directory's `manifest.csv`: the URL, outlet, date, wire and author of its files.
//! Columns: file, url, outlet, published, wire, author (only `file` is required).
//! A row that cannot be read fails its article: an article is never stored without the
//! metadata its manifest meant to give it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{date, input_error, At, InputError, Meta};

#[derive(Debug, Default)]
pub struct Manifest {
    shown: String,
    rows: HashMap<String, Meta>,
    /// Files whose row is wrong (malformed, duplicated, a bad date).
    broken: HashMap<String, InputError>,
    /// A problem that hides which file a row was for (no `file` column, an unterminated quote
    /// that swallows rows): every file of the directory without a good row fails with it.
    unreadable: Option<InputError>,
    /// Problems not tied to an article of the directory (a row naming a missing file).
    pub errors: Vec<InputError>,
}

impl Manifest {
    /// The metadata of `file`, none when the manifest does not list it, or why it is unknown.
    pub fn meta(&self, path: &str, file: &str) -> Result<Option<Meta>, InputError> {
        if let Some(err) = self.broken.get(file) {
            return Err(err.clone());
        }
        if let Some(meta) = self.rows.get(file) {
            return Ok(Some(meta.clone()));
        }
        match &self.unreadable {
            Some(err) => Err(input_error(
                path,
                format!("its metadata is unknown because {err}; fix {}", self.shown),
            )),
            None => Ok(None),
        }
    }
}

/// The manifests of the directories met so far, each read once.
#[derive(Debug, Default)]
pub struct Manifests(HashMap<PathBuf, Option<Manifest>>);

impl Manifests {
    /// The manifest metadata of the file at `path` (none without a manifest or row).
    pub fn meta_for(&mut self, path: &Path) -> Result<Option<Meta>, InputError> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match self.0.entry(dir.clone()).or_insert_with(|| read(&dir)) {
            Some(m) => m.meta(&path.display().to_string(), &file),
            None => Ok(None),
        }
    }

    /// Problems of the manifests read that no article carries.
    pub fn into_errors(self) -> Vec<InputError> {
        self.0
            .into_values()
            .flatten()
            .flat_map(|m| m.errors)
            .collect()
    }
}

const COLUMNS: &str = "file,url,outlet,published,wire,author";

/// Reads `dir/manifest.csv` if there is one.
pub fn read(dir: &Path) -> Option<Manifest> {
    let path = dir.join("manifest.csv");
    if !path.is_file() {
        return None;
    }
    let shown = path.display().to_string();
    let mut m = Manifest {
        shown: shown.clone(),
        ..Manifest::default()
    };
    match std::fs::read(&path) {
        Ok(bytes) => parse(&mut m, dir, &bytes),
        Err(e) => m.unreadable = Some(input_error(&shown, format!("cannot read: {e}"))),
    }
    Some(m)
}

fn parse(m: &mut Manifest, dir: &Path, bytes: &[u8]) {
    let shown = m.shown.clone();
    let at = |row: u64, message: String| InputError {
        path: shown.clone(),
        at: Some(At::Row(row)),
        message,
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = match reader.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_ascii_lowercase())
            .collect(),
        Err(e) => {
            m.unreadable = Some(input_error(&shown, format!("cannot read its header: {e}")));
            return;
        }
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let Some(file_col) = col("file") else {
        m.unreadable = Some(input_error(
            &shown,
            format!("its header has no 'file' column (expected {COLUMNS})"),
        ));
        return;
    };
    let columns = [
        col("url"),
        col("outlet"),
        col("published"),
        col("wire"),
        col("author"),
    ];
    let mut first_row: HashMap<String, u64> = HashMap::new();
    let mut record = csv::ByteRecord::new();
    let mut row = 1;
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                row += 1;
                m.unreadable = Some(at(row, format!("cannot be read: {e}")));
                break;
            }
        }
        row += 1;
        let end = reader.position().byte() as usize;
        let file = record
            .get(file_col)
            .and_then(|f| std::str::from_utf8(f).ok())
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string);
        // csv reads an unclosed quote to the end of the file, swallowing the rows after it.
        let quotes = bytes[start..end.min(bytes.len())]
            .iter()
            .filter(|&&b| b == b'"')
            .count();
        if quotes % 2 == 1 && end >= bytes.len() {
            let err = at(
                row,
                format!(
                    "unterminated quote: a quoted field opened in row {row} (line {}) is never \
                     closed, so the rows after it cannot be read",
                    record.position().map_or(0, |p| p.line())
                ),
            );
            if let Some(file) = file {
                m.broken.insert(file, err.clone());
            }
            m.unreadable = Some(err);
            break;
        }
        let Some(file) = file else {
            m.unreadable = Some(at(row, "the 'file' field is empty or not UTF-8".into()));
            continue;
        };
        let meta = match row_meta(&record, headers.len(), &columns) {
            Err(why) => Err(format!("{file}: {why}")),
            Ok(_) if first_row.contains_key(&file) => Err(format!(
                "repeats {file}, first listed in row {}; give each file one row",
                first_row[&file]
            )),
            Ok(meta) => Ok(meta),
        };
        match meta {
            // No article carries the problem of a row naming a missing file.
            _ if !dir.join(&file).is_file() => {
                let why = meta.err().unwrap_or_default();
                let missing = format!("names {file}, which does not exist");
                let message = [why, missing].join("; ").trim_start_matches("; ").into();
                m.errors.push(at(row, message));
            }
            Err(why) => {
                m.rows.remove(&file);
                m.broken.insert(file.clone(), at(row, why));
            }
            Ok(meta) => {
                m.rows.insert(file.clone(), meta);
            }
        }
        first_row.entry(file).or_insert(row);
    }
}

/// A row's metadata, or what is wrong with it.
fn row_meta(
    record: &csv::ByteRecord,
    expected: usize,
    columns: &[Option<usize>; 5],
) -> Result<Meta, String> {
    if record.len() != expected {
        return Err(format!(
            "has {} fields where the header has {expected}",
            record.len()
        ));
    }
    let names = ["url", "outlet", "published", "wire", "author"];
    let mut values = Vec::with_capacity(5);
    for (col, name) in columns.iter().zip(names) {
        let value = match col.and_then(|c| record.get(c)) {
            None => None,
            Some(raw) => {
                let s = std::str::from_utf8(raw)
                    .map_err(|_| format!("bad bytes (not UTF-8) in the '{name}' field"))?;
                Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_string)
            }
        };
        values.push(value);
    }
    let [url, outlet, published, wire, author]: [Option<String>; 5] =
        values.try_into().expect("five columns");
    let published = published
        .map(|p| date::normalise(&p).map_err(|why| format!("published date {why}")))
        .transpose()?;
    Ok(Meta {
        url,
        outlet,
        published,
        wire,
        author,
    })
}
