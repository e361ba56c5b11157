//! The command line's inputs as sources: files as they are, `-` as stdin, directories walked
//! for every file of a kind claimdb reads. Whatever a directory holds that is not read is named.

use std::path::{Path, PathBuf};

use super::{input_error, InputError, Kind, Options};

/// One input to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A file; `named` when the user gave its path (not found in a directory).
    File {
        path: PathBuf,
        named: bool,
    },
    Stdin,
    /// A web page to fetch.
    Url(String),
}

impl Source {
    pub fn shown(&self) -> String {
        match self {
            Source::File { path, .. } => path.display().to_string(),
            Source::Stdin => "-".to_string(),
            Source::Url(url) => url.clone(),
        }
    }

    /// The base name of a file ("-" for stdin, the URL for a page).
    pub fn file_name(&self) -> String {
        match self {
            Source::File { path, .. } => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.shown()),
            _ => self.shown(),
        }
    }

    /// The kind to read it as, and whether it is gzip-compressed. A kind the user gave wins
    /// for stdin and named files; otherwise the name says it, and names claimdb does not know
    /// are read as text (whose content is checked).
    pub fn kind(&self, options: &Options) -> (Kind, bool) {
        match self {
            Source::Stdin => (options.kind.unwrap_or(Kind::Text), false),
            Source::Url(_) => (Kind::Html, false),
            Source::File { path, named } => {
                let by_name = Kind::of_name(path);
                let gz = by_name.is_some_and(|(_, gz)| gz);
                match (options.kind, by_name) {
                    (Some(kind), _) if *named => (kind, gz),
                    (_, Some((kind, gz))) => (kind, gz),
                    (_, None) => (Kind::Text, false),
                }
            }
        }
    }
}

/// What walking the inputs found.
#[derive(Debug, Default)]
pub struct Walk {
    pub sources: Vec<Source>,
    /// Problems: unreadable directories, broken symlinks, directories with nothing to read.
    pub errors: Vec<InputError>,
    /// Notes on what was found but not read: files by directory and reason, symlink loops.
    pub skipped: Vec<String>,
}

/// How many names a "skipped" note lists before it says "...".
const NAMES_SHOWN: usize = 8;

/// Expands the inputs: directories to every readable file below them (sorted, so runs are
/// repeatable; symlinks followed, loops reported), `-` to stdin, http(s) URLs to pages, files
/// as they are; then the URLs listed in `url_lists` (`--urls`).
pub fn sources(inputs: &[PathBuf], url_lists: &[PathBuf]) -> Walk {
    let mut walk = Walk::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            walk.sources.push(Source::Stdin);
        } else if let Some(url) = input.to_str().filter(|s| super::page::is_url(s)) {
            walk.sources.push(Source::Url(url.to_string()));
        } else if input.is_dir() {
            walk_dir(input, &mut walk);
        } else {
            walk.sources.push(Source::File {
                path: input.clone(),
                named: true,
            });
        }
    }
    super::page::url_lists(url_lists, &mut walk);
    walk
}

fn walk_dir(dir: &Path, walk: &mut Walk) {
    let shown = dir.display().to_string();
    let mut not_articles = Vec::new();
    let mut not_regular = Vec::new();
    let before = walk.sources.len();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| shown.clone());
                if let Some(ancestor) = err.loop_ancestor() {
                    walk.skipped.push(format!(
                        "{path}: not followed: a symlink loop (it points back to {})",
                        ancestor.display()
                    ));
                    continue;
                }
                let message = match err.io_error() {
                    Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
                        "broken symlink (its target does not exist)".to_string()
                    }
                    Some(io) => format!("cannot read: {io}"),
                    None => err.to_string(),
                };
                walk.errors.push(input_error(&path, message));
                continue;
            }
        };
        let path = entry.path();
        let name = || path.strip_prefix(dir).unwrap_or(path).display().to_string();
        if entry.file_type().is_dir() {
            continue;
        }
        if !entry.file_type().is_file() {
            not_regular.push(name());
        } else if path.file_name().is_some_and(|n| n == "manifest.csv") {
            // Read as the metadata of its directory's articles.
        } else if Kind::of_name(path).is_some() {
            walk.sources.push(Source::File {
                path: path.to_path_buf(),
                named: false,
            });
        } else {
            not_articles.push(name());
        }
    }
    for (names, one, many) in [
        (not_articles, "not an article", "not articles"),
        (
            not_regular,
            "not a regular file (a FIFO, device or socket)",
            "not regular files (FIFOs, devices or sockets)",
        ),
    ] {
        if !names.is_empty() {
            let what = if names.len() == 1 { one } else { many };
            walk.skipped.push(skipped_note(&shown, &names, what));
        }
    }
    if walk.sources.len() == before {
        walk.errors.push(input_error(
            &shown,
            "directory holds no articles (.txt, .json, .jsonl, .ndjson, .html, .htm, .warc, \
             optionally .gz)",
        ));
    }
}

/// "in: skipped 3 files that are not articles: a.pdf, b.png, c.doc"
fn skipped_note(dir: &str, names: &[String], what: &str) -> String {
    let n = names.len();
    let files = if n == 1 {
        "file that is"
    } else {
        "files that are"
    };
    let mut list = names[..n.min(NAMES_SHOWN)].join(", ");
    if n > NAMES_SHOWN {
        list += ", ...";
    }
    format!("{dir}: skipped {n} {files} {what}: {list}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_notes_count_and_list() {
        let names: Vec<String> = (1..=10).map(|i| format!("f{i}.pdf")).collect();
        assert_eq!(
            skipped_note("in", &names[..1], "not an article"),
            "in: skipped 1 file that is not an article: f1.pdf"
        );
        assert_eq!(
            skipped_note("in", &names, "not articles"),
            "in: skipped 10 files that are not articles: f1.pdf, f2.pdf, f3.pdf, f4.pdf, f5.pdf, f6.pdf, f7.pdf, f8.pdf, ..."
        );
    }

    #[test]
    fn kinds_by_name_in_any_case() {
        let k = |n: &str| Kind::of_name(Path::new(n));
        assert_eq!(k("a.TXT"), Some((Kind::Text, false)));
        assert_eq!(k("news.jsonl.gz"), Some((Kind::Jsonl, true)));
        assert_eq!(k("a.ndjson"), Some((Kind::Jsonl, false)));
        assert_eq!(k("a.Json"), Some((Kind::Json, false)));
        assert_eq!(k("a.pdf"), None);
        assert_eq!(k("README"), None);
    }
}
