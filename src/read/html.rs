//! Web pages: the article's main text, taken out of the page by the `trafilatura` crate (a Rust
//! port of trafilatura, chosen by measurement: see README "Web pages and archives"), with the
//! page's own metadata.

mod charset;
mod meta;
mod nesting;

pub use charset::decode;
pub use meta::{iso_date, PageMeta};

use trafilatura::dom::{Document, NodeId};
use trafilatura::{ExtractionFocus, Options};

/// An article read from a web page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The headline, when the page has one.
    pub title: Option<String>,
    /// The main text: paragraphs separated by one blank line, entities decoded, furniture
    /// (menus, share buttons, related links, comments) left out.
    pub body: String,
    pub meta: PageMeta,
}

/// Reads a web page. `url` is where it came from (resolves a relative canonical link and is the
/// fallback URL); `content_type` is the HTTP header, if any, whose charset outranks the page's
/// `<meta>`. Errors say what is wrong with the page; the caller names the file or URL.
pub fn read_html(
    bytes: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
) -> Result<Page, String> {
    let text = decode(bytes, content_type);
    let depth = nesting::nesting_bound(&text);
    if depth > MAX_NESTING {
        return Err(format!(
            "elements nested {depth} deep; pages deeper than {MAX_NESTING} are not read"
        ));
    }
    // Parsing and extraction recurse once per level of nesting: give them a stack for
    // MAX_NESTING levels whichever thread calls (spawned threads get only 2 MiB).
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("read_html".into())
            .stack_size(READER_STACK_BYTES)
            .spawn_scoped(scope, || extract(&text, url))
            .map_err(|e| format!("cannot start a thread to read the page: {e}"))?
            .join()
            .unwrap_or_else(|_| Err("the extraction library failed on this page".to_string()))
    })
}

/// Nesting far deeper than real pages (the benchmark's 181 pages bound theirs at 11 to 510,
/// counting unclosed elements); deeper ones take the extractor seconds to minutes (its work
/// grows faster than the depth), so they are refused.
const MAX_NESTING: usize = 2_000;

/// Stack for `MAX_NESTING` levels with ample room (parsing and extraction use well under 1 KiB
/// a level); only the deep pages touch more than a little of it.
const READER_STACK_BYTES: usize = 16 << 20;

fn extract(text: &str, url: Option<&str>) -> Result<Page, String> {
    let doc = Document::parse(text);
    let mut meta = meta::page_meta(&doc, url);
    if meta.url.is_none() {
        meta.url = url.map(str::to_string);
    }
    let extracted = trafilatura::extract_document(doc, &extraction_options())
        .map_err(|e| format!("no article text found in the page ({e})"))?;
    let body = paragraphs(&extracted.content_html);
    if body.is_empty() {
        return Err("no article text found in the page".to_string());
    }
    // Only the title comes from the extractor: its author and site-name guesses from the text
    // ("Jeff Foust Monday; November") are worse than none.
    let title = Some(extracted.metadata.title).filter(|t| !t.trim().is_empty());
    Ok(Page { title, body, meta })
}

/// Fallback extractors on, precision favoured: the best of the settings measured on the
/// article-extraction benchmark (scripts/eval-html.sh).
fn extraction_options() -> Options {
    let mut options = Options::default().with_fallback(true);
    options.focus = ExtractionFocus::FavorPrecision;
    options
}

/// Whether bytes are an HTML page rather than text, JSON or XML feeds: the first thing after
/// any byte-order mark, whitespace, `<?xml ...?>` or comments is an HTML doctype or one of the
/// elements a page starts with.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.trim_start_matches('\u{feff}').trim_start();
    loop {
        let skip = if rest.starts_with("<?xml") {
            rest.find("?>").map(|i| i + 2)
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|i| i + 3)
        } else {
            break;
        };
        match skip {
            Some(end) => rest = rest[end..].trim_start(),
            None => return false,
        }
    }
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
    ]
    .iter()
    .any(|start| rest.starts_with(start))
}

/// The text of extracted HTML, one paragraph per block element (and `<br>`), whitespace inside
/// a paragraph collapsed to single spaces, paragraphs joined by a blank line.
fn paragraphs(html: &str) -> String {
    let doc = Document::parse(html);
    let mut text = Paragraphs::default();
    text.walk(&doc, doc.root(), 0);
    text.done.join("\n\n")
}

/// Elements that stand on their own lines in the extracted text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "body",
    "br",
    "hr",
];

/// Deep enough for any real page; deeper markup is a pathological input, whose deepest text is
/// left out rather than overflowing the stack.
const MAX_DEPTH: usize = 256;

#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    current: String,
}

impl Paragraphs {
    /// Adds a node's text and its children's (lxml's text/tail model: an element's `text` comes
    /// before its first child, each child's `tail` after that child).
    fn walk(&mut self, doc: &Document, id: NodeId, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let block = doc.is_element(id) && BLOCKS.contains(&doc.tag_name(id));
        if block {
            self.end_paragraph();
        }
        self.push(&doc.text(id));
        for child in doc.children(id) {
            self.walk(doc, child, depth + 1);
            self.push(&doc.tail(child));
        }
        if block {
            self.end_paragraph();
        }
    }

    /// Appends the text of one node. Every join is at a tag, and the extractor trims the
    /// whitespace around tags, so a space goes where words or sentences meet ("for" +
    /// "<a>Larry</a>", "said:" + "<em>We</em>") but not before punctuation or after an opening
    /// mark ("<a>Obama</a>" + ",", "“" + "<em>We</em>").
    fn push(&mut self, text: &str) {
        let (Some(first), Some(last)) = (text.chars().next(), self.current.chars().last()) else {
            self.push_words(text);
            return;
        };
        let words_meet = (last.is_alphanumeric() || ".,;:!?)]”’".contains(last))
            && (first.is_alphanumeric() || "“‘([".contains(first));
        if (words_meet || first.is_whitespace()) && last != ' ' {
            self.current.push(' ');
        }
        self.push_words(text);
    }

    fn push_words(&mut self, text: &str) {
        for (i, word) in text.split_whitespace().enumerate() {
            if i > 0 {
                self.current.push(' ');
            }
            self.current.push_str(word);
        }
        if text.ends_with(char::is_whitespace) && !self.current.is_empty() {
            self.current.push(' ');
        }
    }

    fn end_paragraph(&mut self) {
        let paragraph = self.current.trim_end();
        if !paragraph.is_empty() {
            self.done.push(paragraph.to_string());
        }
        self.current.clear();
    }
}

#[cfg(test)]
mod tests;
