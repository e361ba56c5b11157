//! Web archives: the HTML pages in a `.warc` or `.warc.gz` file (WARC 1.0/1.1, as written by
//! Common Crawl, wget and browsertrix), one item per successful HTML response record.
//!
//! A small parser rather than the `warc` crate: that crate ends iteration silently when a file
//! is cut off inside a record header, and it finds a record's end by line reads, so it cannot say
//! which record is broken. Here a record is read by its `Content-Length`, and every problem names
//! the file and the record number.

use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;

use crate::read::html::{iso_date, looks_like_html};

/// One HTML page from an archive.
#[derive(Debug, Clone, PartialEq)]
pub struct WarcPage {
    /// The record's number in the file, counting from 1 over all records.
    pub record: usize,
    /// `WARC-Target-URI`: the URL the page was fetched from.
    pub uri: String,
    /// `WARC-Date` as `YYYY-MM-DD`: when the page was archived.
    pub date: Option<String>,
    /// The HTTP `Content-Type` header (its charset outranks the page's `<meta>`).
    pub content_type: Option<String>,
    /// The HTTP body: the page's bytes, transfer and content encodings undone.
    pub body: Vec<u8>,
}

/// A problem in an archive: which file, which record, what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct WarcError {
    pub file: PathBuf,
    /// The record's number, counting from 1; `None` when the file cannot be opened.
    pub record: Option<usize>,
    pub message: String,
}

impl fmt::Display for WarcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.record {
            Some(record) => write!(
                f,
                "{}: record {record}: {}",
                self.file.display(),
                self.message
            ),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for WarcError {}

/// The HTML pages of an archive, in file order. A record that is broken inside (bad HTTP
/// headers, undecodable body) yields an error and iteration goes on; a broken frame (bad or
/// truncated WARC header, body shorter than its length) yields an error and ends iteration.
pub struct WarcPages {
    file: PathBuf,
    reader: Box<dyn BufRead>,
    records: usize,
    skipped: usize,
    done: bool,
}

/// Opens an archive; gzip (one member per record, or one for the whole file) is recognised by
/// its content, not its name.
pub fn warc_pages(path: &Path) -> Result<WarcPages, WarcError> {
    let error = |message: String| WarcError {
        file: path.to_path_buf(),
        record: None,
        message,
    };
    let file = File::open(path).map_err(|e| error(format!("cannot open: {e}")))?;
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let gzip = reader
        .fill_buf()
        .map_err(|e| error(format!("cannot read: {e}")))?
        .starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead> = if gzip {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    };
    Ok(WarcPages {
        file: path.to_path_buf(),
        reader,
        records: 0,
        skipped: 0,
        done: false,
    })
}

impl WarcPages {
    /// How many response records so far were not pages to read: not HTML, or an HTTP status
    /// other than 2xx (redirects, errors). Request, metadata and other records do not count.
    pub fn skipped(&self) -> usize {
        self.skipped
    }

    fn error(&self, message: impl Into<String>) -> WarcError {
        WarcError {
            file: self.file.clone(),
            record: Some(self.records),
            message: message.into(),
        }
    }
}

impl Iterator for WarcPages {
    type Item = Result<WarcPage, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let record = match read_record(&mut self.reader) {
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Ok(Some(record)) => record,
                Err(message) => {
                    self.records += 1;
                    self.done = true;
                    return Some(Err(self.error(message)));
                }
            };
            self.records += 1;
            if !record
                .field("WARC-Type")
                .is_some_and(|t| t.eq_ignore_ascii_case("response"))
            {
                continue;
            }
            match page(&record, self.records) {
                Ok(Some(page)) => return Some(Ok(page)),
                Ok(None) => self.skipped += 1,
                Err(message) => return Some(Err(self.error(message))),
            }
        }
        None
    }
}

/// A WARC record: its named fields and its block.
struct Record {
    fields: Vec<(String, String)>,
    block: Vec<u8>,
}

impl Record {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Reads the next record, or `None` at the end of the file.
fn read_record(reader: &mut dyn BufRead) -> Result<Option<Record>, String> {
    let mut line = Vec::new();
    // Records are separated by a blank line; be lenient about extra ones.
    loop {
        line.clear();
        let read = reader.read_until(b'\n', &mut line).map_err(read_error)?;
        if read == 0 {
            return Ok(None);
        }
        if !line.trim_ascii().is_empty() {
            break;
        }
    }
    if !line.starts_with(b"WARC/") {
        let start = String::from_utf8_lossy(&line[..line.len().min(40)]).into_owned();
        return Err(format!(
            "expected a 'WARC/1.x' line, found '{}'",
            start.trim_end()
        ));
    }
    let mut fields: Vec<(String, String)> = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).map_err(read_error)? == 0 {
            return Err("the file ends inside the record's header (truncated file?)".into());
        }
        if line.trim_ascii().is_empty() {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        if text.starts_with([' ', '\t']) {
            // A folded line continues the previous field's value.
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
            continue;
        }
        let Some((name, value)) = text.split_once(':') else {
            return Err(format!("header line without a ':': '{}'", text.trim_end()));
        };
        fields.push((name.trim().to_string(), value.trim().to_string()));
    }
    let record = Record {
        fields,
        block: Vec::new(),
    };
    let length = record
        .field("Content-Length")
        .ok_or("no Content-Length field")?;
    let length: u64 = length
        .parse()
        .map_err(|_| format!("Content-Length '{length}' is not a number"))?;
    let mut block = Vec::new();
    reader
        .take(length)
        .read_to_end(&mut block)
        .map_err(read_error)?;
    if (block.len() as u64) < length {
        return Err(format!(
            "the record's block ends after {} of its {length} bytes (truncated file?)",
            block.len()
        ));
    }
    Ok(Some(Record { block, ..record }))
}

fn read_error(e: std::io::Error) -> String {
    format!("cannot read: {e}")
}

/// The page in a response record, `None` when it is not a successful HTML response.
fn page(record: &Record, number: usize) -> Result<Option<WarcPage>, String> {
    let is_http = record
        .field("Content-Type")
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/http"));
    if !is_http {
        return Ok(None);
    }
    let uri = record
        .field("WARC-Target-URI")
        .map(|uri| {
            uri.trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
        .filter(|uri| !uri.is_empty())
        .ok_or("response record without a WARC-Target-URI")?;
    let response = http_response(&record.block)?;
    if !(200..300).contains(&response.status) {
        return Ok(None);
    }
    let html = match &response.content_type {
        Some(content_type) => is_html_type(content_type),
        None => looks_like_html(&response.body),
    };
    if !html {
        return Ok(None);
    }
    Ok(Some(WarcPage {
        record: number,
        uri,
        date: record.field("WARC-Date").and_then(iso_date),
        content_type: response.content_type,
        body: response.body,
    }))
}

fn is_html_type(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim();
    media.eq_ignore_ascii_case("text/html") || media.eq_ignore_ascii_case("application/xhtml+xml")
}

struct HttpResponse {
    status: u16,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// Splits an archived HTTP response into status, content type and decoded body.
fn http_response(block: &[u8]) -> Result<HttpResponse, String> {
    let mut headers = [httparse::EMPTY_HEADER; 256];
    let mut response = httparse::Response::new(&mut headers);
    let body_start = match response.parse(block) {
        Ok(httparse::Status::Complete(at)) => at,
        Ok(httparse::Status::Partial) => return Err("the HTTP headers are incomplete".into()),
        Err(e) => return Err(format!("the HTTP headers do not parse: {e}")),
    };
    let header = |name: &str| {
        response
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
    };
    let mut body = block[body_start..].to_vec();
    if header("Transfer-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
        // Archives made by some crawlers keep the chunks; others undo them but keep the
        // header, so only dechunk what is chunked.
        if let Some(joined) = dechunk(&body) {
            body = joined;
        }
    }
    match header("Content-Encoding")
        .map(|e| e.to_ascii_lowercase())
        .as_deref()
    {
        None | Some("") | Some("identity") => {}
        // Common Crawl stores bodies decoded but keeps the header: decode only gzip bytes.
        Some("gzip" | "x-gzip") if body.starts_with(&[0x1f, 0x8b]) => {
            let mut decoded = Vec::new();
            MultiGzDecoder::new(&body[..])
                .read_to_end(&mut decoded)
                .map_err(|e| format!("the gzip-encoded HTTP body does not decode: {e}"))?;
            body = decoded;
        }
        Some("gzip" | "x-gzip") => {}
        Some(other) => {
            if !looks_like_html(&body) {
                return Err(format!("HTTP Content-Encoding '{other}' is not supported"));
            }
        }
    }
    Ok(HttpResponse {
        status: response.code.unwrap_or(0),
        content_type: header("Content-Type"),
        body,
    })
}

/// The data of a chunked HTTP body, or `None` if it is not one.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut data = Vec::with_capacity(body.len());
    loop {
        let line_end = body.iter().position(|&b| b == b'\n')?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(data);
        }
        data.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))?;
    }
}

#[cfg(test)]
mod tests;
