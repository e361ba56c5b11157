//! Plain text: bytes decoded (UTF-8, or UTF-16 with a byte-order mark), the byte-order mark
//! dropped and line endings made `\n`, so the same words are the same article whichever way they
//! were saved. Content that is not plain text is recognised here, whatever the file's name.

use super::{input_error, Article, InputError, Meta, Source};

/// Formats people have beside their articles, by their first bytes.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (
        b"\x1F\x8B",
        "gzip-compressed (name it .gz to have it decompressed)",
    ),
    (b"SQLite format 3\0", "an SQLite database"),
];

/// The bytes as text, or why they are not an article.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(input_error(path, format!("{what}, not an article")));
    }
    let text = match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => utf16(path, rest, u16::from_le_bytes)?,
        [0xFE, 0xFF, rest @ ..] => utf16(path, rest, u16::from_be_bytes)?,
        _ => utf8(path, bytes)?,
    };
    let text = normalise(&text);
    if text.trim().is_empty() {
        return Err(input_error(path, "empty file"));
    }
    Ok(text)
}

fn utf8(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some(first) = bytes.iter().position(|&b| b == 0) {
        // UTF-16 without a byte-order mark has a NUL beside every ASCII letter.
        let sample = &bytes[..bytes.len().min(200)];
        let pairs = sample.len() / 2;
        let nul_at = |parity: usize| {
            sample
                .iter()
                .skip(parity)
                .step_by(2)
                .filter(|&&b| b == 0)
                .count()
        };
        let utf16 = pairs >= 4 && 10 * nul_at(0).max(nul_at(1)) >= 8 * pairs;
        let message = if utf16 {
            "looks like UTF-16 text without a byte-order mark; convert it with \
             `iconv -f UTF-16LE -t UTF-8` (or UTF-16BE) first"
                .to_string()
        } else {
            format!("binary file (a NUL byte at offset {first}), not an article")
        };
        return Err(input_error(path, message));
    }
    String::from_utf8(bytes).map_err(|e| {
        input_error(
            path,
            format!(
                "not UTF-8 text (invalid byte at offset {}); convert it with iconv first",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

fn utf16(path: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, InputError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(input_error(
            path,
            "UTF-16 text (by its byte-order mark) with an odd number of bytes: the file is cut short",
        ));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|e| {
            input_error(
                path,
                format!(
                    "UTF-16 text (by its byte-order mark) with an unpaired surrogate {:#06x}",
                    e.unpaired_surrogate()
                ),
            )
        })
}

/// Drops a leading byte-order mark and turns CRLF and lone CR into LF.
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Content that is not plain text, whatever the file is called.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Looks {
    Html,
    Xml,
    Json,
    JsonLines,
    Warc,
}

impl Looks {
    /// Why claimdb does not read it as text.
    pub fn refusal(self) -> String {
        match self {
            Looks::Html => "looks like HTML".into(),
            Looks::Xml => "looks like XML (an RSS or Atom feed?), not an article".into(),
            Looks::Warc => {
                "looks like a WARC web archive; name it .warc (or .warc.gz) to read its pages"
                    .into()
            }
            Looks::Json | Looks::JsonLines => "looks like JSON".into(),
        }
    }
}

/// What the text is, when it is not plain text.
pub fn sniff(text: &str) -> Option<Looks> {
    let start = text.trim_start();
    let head: String = start
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<?xml") {
        // XHTML is HTML; feeds and other XML are not articles.
        return Some(if head.contains("<html") {
            Looks::Html
        } else {
            Looks::Xml
        });
    }
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<body")
        || (head.starts_with("<!--") && head.contains("<html"))
    {
        return Some(Looks::Html);
    }
    if head.starts_with("warc/1.") {
        return Some(Looks::Warc);
    }
    if start.starts_with('{') || start.starts_with('[') {
        if serde_json::from_str::<serde::de::IgnoredAny>(start).is_ok() {
            return Some(Looks::Json);
        }
        let first = start.lines().next().unwrap_or_default();
        if first.starts_with('{')
            && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(first).is_ok()
        {
            return Some(Looks::JsonLines);
        }
    }
    None
}

/// A plain-text article: its first non-empty line is the title.
pub fn article(source: &Source, path: String, body: String) -> Article {
    Article {
        file: source.file_name(),
        path,
        title: title_of(&body),
        body,
        meta: Meta::default(),
    }
}

/// The first non-empty line, trimmed.
pub fn title_of(body: &str) -> String {
    body.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        let err = |b: &[u8]| decode("f", b.to_vec()).unwrap_err().message;
        assert_eq!(
            err(&[0x7f, b'E', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            "binary file (a NUL byte at offset 2), not an article"
        );
        assert!(err(&[0xff, b'a']).starts_with("not UTF-8"));
        assert_eq!(err(b"%PDF-1.4\n"), "a PDF document, not an article");
        assert!(err(b"T\0i\0t\0l\0e\0").starts_with("looks like UTF-16 text without"));
        assert_eq!(err(b"  \n "), "empty file");
        assert_eq!(
            decode("f", b"Title\n\nBody.".to_vec()).unwrap(),
            "Title\n\nBody."
        );
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Caf\u{e9}\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode("f", le).unwrap(), "Caf\u{e9}\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode("f", be).unwrap(), "Hi");
    }

    #[test]
    fn line_endings_and_bom() {
        assert_eq!(normalise("\u{feff}A\r\nB\rC\n"), "A\nB\nC\n");
        assert_eq!(normalise("A\r\r\nB"), "A\n\nB");
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff("<!DOCTYPE html><html>"), Some(Looks::Html));
        assert_eq!(sniff("\n  <html lang=en>"), Some(Looks::Html));
        assert_eq!(sniff("<?xml version=\"1.0\"?><rss>"), Some(Looks::Xml));
        assert_eq!(sniff("{\"text\": \"x\"}"), Some(Looks::Json));
        assert_eq!(sniff("[{\"text\": \"x\"}]"), Some(Looks::Json));
        assert_eq!(sniff("{\"a\": 1}\n{\"a\": 2}\n"), Some(Looks::JsonLines));
        assert_eq!(sniff("[Updated] Minister resigns\n\nText."), None);
        assert_eq!(sniff("Minister says <b> is fine"), None);
    }
}
