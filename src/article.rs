//! Reading articles: text files, directories of them, stdin, and the `manifest.csv` that gives
//! each file its URL, outlet and date.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where an article comes from and what is known about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub wire: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given (or "-" for stdin), for messages and links.
    pub path: String,
    /// The file's base name.
    pub file: String,
    pub title: String,
    pub body: String,
    pub meta: Meta,
}

impl Article {
    /// Whether it was read from standard input ("-" as given; "<stdin>" once it is named by
    /// its URL or title).
    pub fn from_stdin(&self) -> bool {
        matches!(self.path.as_str(), "-" | "<stdin>")
    }
}

/// A problem with one input: which file (and manifest row), and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub path: String,
    pub row: Option<u64>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.row {
            Some(row) => write!(f, "{}: row {}: {}", self.path, row, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

fn input_error(path: &str, message: impl Into<String>) -> InputError {
    InputError {
        path: path.to_string(),
        row: None,
        message: message.into(),
    }
}

/// One input to read: a file or standard input.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

/// Expands the command line's inputs: files as they are, directories to every `*.txt` below
/// them (sorted, so runs are repeatable), `-` to stdin.
pub fn sources(inputs: &[PathBuf]) -> (Vec<Source>, Vec<InputError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files: Vec<PathBuf> = walkdir::WalkDir::new(input)
                .sort_by_file_name()
                .into_iter()
                .filter_map(|e| match e {
                    Ok(e) => Some(e),
                    Err(err) => {
                        errors.push(input_error(&input.display().to_string(), err.to_string()));
                        None
                    }
                })
                .filter(|e| {
                    e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "txt")
                })
                .map(|e| e.into_path())
                .collect();
            if files.is_empty() {
                errors.push(input_error(
                    &input.display().to_string(),
                    "directory holds no .txt files",
                ));
            }
            out.extend(files.drain(..).map(Source::File));
        } else {
            out.push(Source::File(input.clone()));
        }
    }
    (out, errors)
}

/// Reads one input into an article (metadata is filled in by the caller).
pub fn read(source: &Source) -> Result<Article, InputError> {
    let (path, bytes) = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| input_error("-", format!("cannot read stdin: {e}")))?;
            ("-".to_string(), buf)
        }
        Source::File(p) => {
            let shown = p.display().to_string();
            let bytes = std::fs::read(p).map_err(|e| {
                let why = match e.kind() {
                    std::io::ErrorKind::NotFound => "no such file".to_string(),
                    std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ => format!("cannot read: {e}"),
                };
                input_error(&shown, why)
            })?;
            (shown, bytes)
        }
    };
    let body = text_of(&path, bytes)?;
    let title = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_string();
    let file = match source {
        Source::Stdin => "-".to_string(),
        Source::File(p) => p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.clone()),
    };
    Ok(Article {
        path,
        file,
        title,
        body,
        meta: Meta::default(),
    })
}

/// The bytes as text, or why they are not an article.
fn text_of(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.contains(&0) {
        return Err(input_error(
            path,
            "binary file (it contains NUL bytes), not an article",
        ));
    }
    let body = String::from_utf8(bytes).map_err(|e| {
        input_error(
            path,
            format!(
                "not UTF-8 text (invalid byte at offset {}); convert it with iconv first",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    if body.trim().is_empty() {
        return Err(input_error(path, "empty file"));
    }
    Ok(body)
}

/// A directory's `manifest.csv`: metadata by file name, and the problems found in it.
#[derive(Debug, Default)]
pub struct Manifest {
    pub rows: HashMap<String, Meta>,
    /// Files whose row is malformed: they must not be stored without their metadata.
    pub broken: HashMap<String, InputError>,
    pub errors: Vec<InputError>,
}

/// Accepts YYYY, YYYY-MM and YYYY-MM-DD.
pub fn valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize, lo: u32, hi: u32| {
        p.len() == len && p.parse::<u32>().is_ok_and(|n| (lo..=hi).contains(&n))
    };
    match parts.as_slice() {
        [y] => num(y, 4, 0, 9999),
        [y, m] => num(y, 4, 0, 9999) && num(m, 2, 1, 12),
        [y, m, d] => num(y, 4, 0, 9999) && num(m, 2, 1, 12) && num(d, 2, 1, 31),
        _ => false,
    }
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Reads `dir/manifest.csv` if there is one. Columns: file, url, outlet, published, wire
/// (only `file` is required; others may be missing or empty).
pub fn manifest(dir: &Path) -> Option<Manifest> {
    let path = dir.join("manifest.csv");
    if !path.is_file() {
        return None;
    }
    let shown = path.display().to_string();
    let mut m = Manifest::default();
    let mut reader = match csv::ReaderBuilder::new().flexible(false).from_path(&path) {
        Ok(r) => r,
        Err(e) => {
            m.errors
                .push(input_error(&shown, format!("cannot read: {e}")));
            return Some(m);
        }
    };
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            m.errors
                .push(input_error(&shown, format!("cannot read its header: {e}")));
            return Some(m);
        }
    };
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let Some(file_col) = col("file") else {
        m.errors.push(input_error(
            &shown,
            "no 'file' column in the header (expected file,url,outlet,published,wire)",
        ));
        return Some(m);
    };
    let (url, outlet, published, wire) = (col("url"), col("outlet"), col("published"), col("wire"));
    for (i, record) in reader.records().enumerate() {
        let row = i as u64 + 2; // the header is row 1
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let msg = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("has {len} fields where the header has {expected_len}")
                    }
                    _ => e.to_string(),
                };
                m.errors.push(InputError {
                    path: shown.clone(),
                    row: Some(row),
                    message: msg,
                });
                continue;
            }
        };
        let get = |c: Option<usize>| non_empty(c.and_then(|c| record.get(c)));
        let Some(file) = get(Some(file_col)) else {
            m.errors.push(InputError {
                path: shown.clone(),
                row: Some(row),
                message: "the 'file' field is empty".into(),
            });
            continue;
        };
        let meta = Meta {
            url: get(url),
            outlet: get(outlet),
            published: get(published),
            wire: get(wire),
        };
        if let Some(p) = meta.published.as_deref().filter(|p| !valid_date(p)) {
            let err = InputError {
                path: shown.clone(),
                row: Some(row),
                message: format!(
                    "published date '{p}' for {file} is not ISO-8601 (YYYY-MM-DD, YYYY-MM or YYYY)"
                ),
            };
            m.broken.insert(file.clone(), err);
            continue;
        }
        if !dir.join(&file).is_file() {
            m.errors.push(InputError {
                path: shown.clone(),
                row: Some(row),
                message: format!("names {file}, which does not exist"),
            });
            continue;
        }
        m.rows.insert(file, meta);
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(valid_date("2015-03-03"));
        assert!(valid_date("2015-03"));
        assert!(valid_date("2015"));
        assert!(!valid_date("03/03/2015"));
        assert!(!valid_date("2015-13"));
    }

    #[test]
    fn text_checks() {
        assert_eq!(
            text_of("f", vec![0, 1, 2]).unwrap_err().message,
            "binary file (it contains NUL bytes), not an article"
        );
        assert!(text_of("f", vec![0xff, 0xfe, b'a'])
            .unwrap_err()
            .message
            .starts_with("not UTF-8"));
        assert_eq!(
            text_of("f", b"  \n ".to_vec()).unwrap_err().message,
            "empty file"
        );
        assert_eq!(
            text_of("f", b"Title\n\nBody.".to_vec()).unwrap(),
            "Title\n\nBody."
        );
    }
}
