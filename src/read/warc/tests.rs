//! Archives built here from benchmark pages (fixtures/html), plain and gzip-compressed.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One WARC record with the given fields (Content-Length added) and block.
fn record(fields: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = b"WARC/1.1\r\n".to_vec();
    for (name, value) in fields {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn response(uri: &str, date: &str, http: &[u8]) -> Vec<u8> {
    let fields = [
        ("WARC-Type", "response"),
        ("WARC-Target-URI", uri),
        ("WARC-Date", date),
        ("Content-Type", "application/http; msgtype=response"),
    ];
    record(&fields, http)
}

fn http(head: &str, body: &[u8]) -> Vec<u8> {
    let mut out = head.replace('\n', "\r\n").into_bytes();
    out.extend_from_slice(b"\r\n\r\n");
    out.extend_from_slice(body);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(1000) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// Eight records: three HTML pages (records 3, 5 and 8), a PNG and a redirect (skipped), and
/// warcinfo, request and metadata records (not responses).
fn archive_records() -> Vec<Vec<u8>> {
    let polygraph_wire = chunked(&gzip(&fixture("polygraph.html")));
    vec![
        record(&[("WARC-Type", "warcinfo"), ("Content-Type", "application/warc-fields")], b"software: test\r\n"),
        record(
            &[("WARC-Type", "request"), ("WARC-Target-URI", "https://www.aljazeera.com/a.html")],
            b"GET /a.html HTTP/1.1\r\nHost: www.aljazeera.com\r\n\r\n",
        ),
        response(
            "https://www.aljazeera.com/a.html",
            "2019-11-20T09:15:00Z",
            &http("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8", &fixture("aljazeera.html")),
        ),
        response(
            "https://www.aljazeera.com/logo.png",
            "2019-11-20T09:15:01Z",
            &http("HTTP/1.1 200 OK\nContent-Type: image/png", b"\x89PNG\r\n"),
        ),
        response(
            "<https://www.polygraph.info/a/30279001.html>",
            "2019-11-19T23:59:59Z",
            &http(
                "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
                &polygraph_wire,
            ),
        ),
        response(
            "http://polygraph.info/old",
            "2019-11-19T23:59:59Z",
            &http("HTTP/1.1 301 Moved Permanently\nLocation: https://www.polygraph.info/", b""),
        ),
        record(&[("WARC-Type", "metadata"), ("WARC-Target-URI", "http://polygraph.info/old")], b"x: y\r\n"),
        response(
            "https://www.thespacereview.com/article/3834/1",
            "2019-11-25T10:00:00Z",
            &http("HTTP/1.0 200 OK\nServer: test", &fixture("spacereview.html")),
        ),
    ]
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn read_all(path: &Path) -> (Vec<Result<WarcPage, WarcError>>, usize) {
    let mut pages = warc_pages(path).unwrap();
    let items: Vec<_> = pages.by_ref().collect();
    (items, pages.skipped())
}

fn expected_pages() -> Vec<WarcPage> {
    vec![
        WarcPage {
            record: 3,
            uri: "https://www.aljazeera.com/a.html".into(),
            date: Some("2019-11-20".into()),
            content_type: Some("text/html; charset=utf-8".into()),
            body: fixture("aljazeera.html"),
        },
        WarcPage {
            record: 5,
            uri: "https://www.polygraph.info/a/30279001.html".into(),
            date: Some("2019-11-19".into()),
            content_type: Some("text/html".into()),
            body: fixture("polygraph.html"),
        },
        WarcPage {
            record: 8,
            uri: "https://www.thespacereview.com/article/3834/1".into(),
            date: Some("2019-11-25".into()),
            content_type: None,
            body: fixture("spacereview.html"),
        },
    ]
}

#[test]
fn reads_the_html_responses_of_a_plain_archive() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "pages.warc", &archive_records().concat());
    let (items, skipped) = read_all(&path);
    let pages: Vec<WarcPage> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(pages, expected_pages());
    assert_eq!(skipped, 2);
}

#[test]
fn reads_a_gzip_archive_of_one_member_per_record() {
    let dir = tempfile::tempdir().unwrap();
    let members: Vec<Vec<u8>> = archive_records().iter().map(|r| gzip(r)).collect();
    // The name does not say gzip: the content does.
    let path = write(dir.path(), "pages.warc", &members.concat());
    let (items, skipped) = read_all(&path);
    let pages: Vec<WarcPage> = items.into_iter().map(Result::unwrap).collect();
    assert_eq!(pages, expected_pages());
    assert_eq!(skipped, 2);
}

#[test]
fn archived_page_reads_like_the_saved_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "pages.warc.gz",
        &gzip(&archive_records().concat()),
    );
    let page = warc_pages(&path).unwrap().nth(1).unwrap().unwrap();
    let from_archive =
        crate::read::html::read_html(&page.body, Some(&page.uri), page.content_type.as_deref());
    let saved = crate::read::html::read_html(&fixture("polygraph.html"), None, None);
    assert_eq!(from_archive.unwrap().body, saved.unwrap().body);
}

#[test]
fn truncated_archive_names_the_record_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let records = archive_records();
    let cut = records[4].len() / 2;
    let block_len = record_block_len(&records[4]);
    let header_len = records[4].len() - block_len - "\r\n\r\n".len();
    let mut bytes = records[..4].concat();
    bytes.extend_from_slice(&records[4][..cut]);
    let path = write(dir.path(), "cut.warc", &bytes);
    let (items, _) = read_all(&path);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().record, 3);
    let error = items[1].as_ref().unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{}: record 5: the record's block ends after {} of its {block_len} bytes (truncated file?)",
            path.display(),
            cut - header_len
        )
    );
}

/// The Content-Length of a record made by `record`.
fn record_block_len(record: &[u8]) -> usize {
    let text = String::from_utf8_lossy(record);
    let at = text.find("Content-Length: ").unwrap() + "Content-Length: ".len();
    text[at..].split("\r\n").next().unwrap().parse().unwrap()
}

#[test]
fn archive_cut_inside_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let records = archive_records();
    let mut bytes = records[0].clone();
    bytes.extend_from_slice(b"WARC/1.1\r\nWARC-Type: response\r\n");
    let path = write(dir.path(), "cut.warc", &bytes);
    let (items, _) = read_all(&path);
    assert_eq!(
        items[0].as_ref().unwrap_err().to_string(),
        format!(
            "{}: record 2: the file ends inside the record's header (truncated file?)",
            path.display()
        )
    );
    assert_eq!(items.len(), 1);
}

#[test]
fn not_an_archive() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "page.warc", &fixture("spacereview.html"));
    let (items, _) = read_all(&path);
    assert_eq!(items.len(), 1);
    let message = items[0].as_ref().unwrap_err().message.clone();
    assert!(
        message.starts_with("expected a 'WARC/1.x' line, found '"),
        "{message}"
    );

    let missing = dir.path().join("missing.warc");
    let error = warc_pages(&missing).err().unwrap();
    assert_eq!(error.record, None);
    assert!(error
        .to_string()
        .starts_with(&format!("{}: cannot open: ", missing.display())));
}

#[test]
fn a_broken_response_is_an_error_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let records = archive_records();
    let broken = response(
        "https://x.example/",
        "2019-01-01T00:00:00Z",
        b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\n<p>x",
    );
    let bytes = [broken, records[2].clone()].concat();
    let path = write(dir.path(), "broken.warc", &bytes);
    let (items, _) = read_all(&path);
    assert_eq!(items.len(), 2);
    let error = items[0].as_ref().unwrap_err();
    assert_eq!(error.record, Some(1));
    assert!(
        error.message.starts_with("the HTTP headers do not parse"),
        "{}",
        error.message
    );
    assert_eq!(items[1].as_ref().unwrap().record, 2);
}

#[test]
fn dechunks() {
    assert_eq!(
        dechunk(b"5\r\nHello\r\n7;x=y\r\n, world\r\n0\r\n\r\n").unwrap(),
        b"Hello, world"
    );
    assert_eq!(dechunk(b"<html>"), None);
    assert_eq!(dechunk(b"ff\r\nshort"), None);
}

#[test]
fn html_types() {
    assert!(is_html_type("text/html; charset=UTF-8"));
    assert!(is_html_type("application/xhtml+xml"));
    assert!(!is_html_type("text/plain"));
    assert!(!is_html_type("image/png"));
}
