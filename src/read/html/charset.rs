//! The character encoding of a web page, decided as browsers do: a byte-order mark, then the
//! HTTP `Content-Type` charset, then `<meta charset>` / `<meta http-equiv>` in the page's head,
//! then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what "latin-1" means on the web).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page to look for a `<meta>` charset (the HTML standard says 1024 bytes;
/// real pages put scripts and styles first, so look a little further).
const META_PRESCAN: usize = 4096;

/// The page's text, decoded; malformed sequences become U+FFFD rather than an error.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(encoding, _)| encoding)
        .or_else(|| content_type.and_then(charset_label).and_then(for_label))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(META_PRESCAN)]))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    // `decode` strips a BOM of any encoding and honours it over `encoding`.
    encoding.decode(bytes).0.into_owned()
}

/// The encoding a label names. A page that declares UTF-16 in its own ASCII bytes cannot be
/// UTF-16, so (as the standard says) that reads as UTF-8, which `output_encoding` gives.
fn for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).map(Encoding::output_encoding)
}

/// The value of `charset=` in a header or `content` attribute: `text/html; charset="utf-8"`.
fn charset_label(value: &str) -> Option<&str> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("charset")? + "charset".len();
    let rest = value[at..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|label| !label.is_empty())
}

/// The charset a `<meta>` tag in `head` declares, either form.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let text = String::from_utf8_lossy(head);
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<meta").map(|i| i + from) {
        let end = lower[start..].find('>').map_or(lower.len(), |i| i + start);
        // `charset_label` finds both `charset="x"` and `content="text/html; charset=x"`.
        if let Some(encoding) = charset_label(&text[start..end]).and_then(for_label) {
            return Some(encoding);
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_wins_over_meta() {
        let page = b"<meta charset=\"utf-8\"><p>Caf\xe9</p>";
        assert_eq!(
            decode(page, Some("text/html; charset=ISO-8859-1")),
            "<meta charset=\"utf-8\"><p>Café</p>"
        );
    }

    #[test]
    fn meta_charset_both_forms() {
        let short = b"<head><meta charset='windows-1251'></head>\xcf\xf0\xe8";
        assert!(decode(short, None).ends_with("При"));
        let long =
            b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-2\">\xb1";
        assert!(decode(long, Some("text/html")).ends_with('ą'));
    }

    #[test]
    fn undeclared_pages_are_utf8_or_windows_1252() {
        assert_eq!(
            decode("<p>Calderón</p>".as_bytes(), None),
            "<p>Calderón</p>"
        );
        assert_eq!(
            decode(b"<p>Calder\xf3n \x93quote\x94</p>", None),
            "<p>Calderón “quote”</p>"
        );
    }

    #[test]
    fn bom_wins_and_is_dropped() {
        assert_eq!(
            decode(b"\xef\xbb\xbf<p>x</p>", Some("text/html; charset=latin1")),
            "<p>x</p>"
        );
    }

    #[test]
    fn utf16_declared_in_ascii_is_utf8() {
        assert_eq!(
            decode("<meta charset=utf-16><p>é</p>".as_bytes(), None),
            "<meta charset=utf-16><p>é</p>"
        );
    }
}
