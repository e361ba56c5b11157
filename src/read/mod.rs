//! Reading inputs: what an article is, which kind of input a file is, and the dispatch from a
//! source (file or stdin) to the reader of its kind. Each kind has its own file below.

pub mod date;
pub mod fetch;
pub mod hover_card;
pub mod html;
pub mod inputs;
pub mod manifest;
pub mod open;
pub mod page;
pub mod records;
pub mod text;
pub mod warc;

use std::fmt;
use std::path::Path;

use indicatif::ProgressBar;

pub use inputs::{sources, Source, Walk};
use records::Fields;

/// Where an article comes from and what is known about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// ISO-8601: YYYY, YYYY-MM or YYYY-MM-DD (see `date::normalise`).
    pub published: Option<String>,
    pub wire: Option<String>,
    pub author: Option<String>,
}

impl Meta {
    /// `self` where it says something, `fallback` elsewhere.
    pub fn or(self, fallback: Meta) -> Meta {
        Meta {
            url: self.url.or(fallback.url),
            outlet: self.outlet.or(fallback.outlet),
            published: self.published.or(fallback.published),
            wire: self.wire.or(fallback.wire),
            author: self.author.or(fallback.author),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Article {
    /// Where it was read, for messages and links: the path as given ("-" for stdin), with the
    /// record's line (`news.jsonl:17`) or index (`a.json#3`) for scraper records.
    pub path: String,
    /// The file's base name (with the line or index for records).
    pub file: String,
    pub title: String,
    /// The text as stored: line endings normalised, no byte-order mark. Offsets point into it.
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

/// Where in an input a problem is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum At {
    /// A manifest row (the header is row 1).
    Row(u64),
    /// A line of a JSON Lines file.
    Line(u64),
    /// An element of a JSON array (from 1).
    Record(u64),
}

/// A problem with one input: which file (and row, line or record), and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub path: String,
    pub at: Option<At>,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match self.at {
            Some(At::Row(n)) => write!(f, "row {n}: ")?,
            Some(At::Line(n)) => write!(f, "line {n}: ")?,
            Some(At::Record(n)) => write!(f, "record {n}: ")?,
            None => {}
        }
        f.write_str(&self.message)
    }
}

pub fn input_error(path: &str, message: impl Into<String>) -> InputError {
    InputError {
        path: path.to_string(),
        at: None,
        message: message.into(),
    }
}

/// The kinds of input claimdb reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// Plain text: the first non-empty line is the title.
    Text,
    /// One JSON record or an array of them.
    Json,
    /// JSON Lines: one record a line.
    Jsonl,
    /// A web page: its main text and the page's metadata.
    Html,
    /// A web archive: each HTML response record is an article.
    Warc,
}

impl Kind {
    /// The kind a file's name says (`.txt`, `.json`, `.jsonl`/`.ndjson`, `.html`/`.htm`,
    /// `.warc`, each optionally `.gz`; any case), and whether it is gzip-compressed. None for names claimdb does not read.
    pub fn of_name(path: &Path) -> Option<(Kind, bool)> {
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let (name, gz) = match name.strip_suffix(".gz") {
            Some(inner) => (inner.to_string(), true),
            None => (name, false),
        };
        let ext = Path::new(&name).extension()?.to_str()?.to_string();
        let kind = match ext.as_str() {
            "txt" | "text" => Kind::Text,
            "json" => Kind::Json,
            "jsonl" | "ndjson" => Kind::Jsonl,
            "html" | "htm" => Kind::Html,
            "warc" => Kind::Warc,
            _ => return None,
        };
        Some((kind, gz))
    }
}

/// How to read: limits, the kind forced by the user, and record field names.
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest file (or stdin, or JSON line) read, in bytes.
    pub max_size: u64,
    /// The kind of stdin and of files named on the command line, when the user says it.
    pub kind: Option<Kind>,
    pub fields: Fields,
}

pub const DEFAULT_MAX_SIZE: u64 = 20_000_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            max_size: DEFAULT_MAX_SIZE,
            kind: None,
            fields: Fields::default(),
        }
    }
}

/// The articles of one source, read lazily (a JSON Lines file streams record by record).
pub type Articles = Box<dyn Iterator<Item = Result<Article, InputError>>>;

/// Reads one source with the reader of its kind. `progress` counts the bytes read.
pub fn articles(source: &Source, options: &Options, progress: &ProgressBar) -> Articles {
    if let Source::Url(url) = source {
        return one(page::fetched(url));
    }
    let (kind, gz) = source.kind(options);
    let shown = source.shown();
    match kind {
        Kind::Warc => page::archive(source),
        Kind::Jsonl => match open::stream(source, gz, progress) {
            Ok(reader) => records::json_lines(shown, reader, options.clone()),
            Err(e) => one(Err(e)),
        },
        Kind::Json | Kind::Text | Kind::Html => {
            let bytes = match open::whole(source, gz, options.max_size, progress) {
                Ok(b) => b,
                Err(e) => return one(Err(e)),
            };
            if kind == Kind::Html || html::looks_like_html(&bytes) {
                let file = source.file_name();
                return one(page::article(shown, file, &bytes, None, None));
            }
            let text = match text::decode(&shown, bytes) {
                Ok(t) => t,
                Err(e) => return one(Err(e)),
            };
            // The content decides when it is not what the name says (JSON Lines in a .json,
            // a record in a .txt); what claimdb cannot read is refused, never stored as text.
            match (kind, text::sniff(&text)) {
                (_, Some(text::Looks::Json)) => records::json(shown, &text, options),
                (_, Some(text::Looks::JsonLines)) => records::json_lines(
                    shown,
                    Box::new(std::io::Cursor::new(text.into_bytes())),
                    options.clone(),
                ),
                // HTML in an encoding found only on decoding (UTF-16): read as UTF-8 now.
                (_, Some(text::Looks::Html)) => {
                    let file = source.file_name();
                    let utf8 = Some("text/html; charset=utf-8");
                    one(page::article(shown, file, text.as_bytes(), None, utf8))
                }
                (_, Some(looks)) => one(Err(input_error(&shown, looks.refusal()))),
                (Kind::Text | Kind::Html | Kind::Warc, None) => {
                    one(Ok(text::article(source, shown, text)))
                }
                (Kind::Json | Kind::Jsonl, None) => records::json(shown, &text, options),
            }
        }
    }
}

fn one(item: Result<Article, InputError>) -> Articles {
    Box::new(std::iter::once(item))
}
