//! Reading inputs, through the real binary: scraper records, manifests with broken rows,
//! line endings and encodings, directories with other files, FIFOs, devices and symlinks.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{root, Work};
use predicates::prelude::*;

/// A work directory holding a copy of fixtures/read as `read/`, so messages name short paths.
fn work() -> Work {
    let w = Work::new();
    copy_dir(&root().join("fixtures/read"), &w.path().join("read"));
    w
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn stderr_lines(output: &std::process::Output) -> Vec<String> {
    String::from_utf8(output.stderr.clone())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

const NO_TEXT: &str = "record has no text (looked for maintext, text, content, content_original, articleBody, body); name its field with --field text=NAME";

#[test]
fn scraper_records_in_json_jsonl_and_gzip_are_articles_with_their_fields() {
    let w = work();
    let out = w
        .cmd()
        .args([
            "ingest",
            "read/records.json",
            "read/records.jsonl",
            "read/records.jsonl.gz",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        stderr_lines(&out),
        [
            format!("claimdb: read/records.json: record 2: {NO_TEXT}"),
            format!("claimdb: read/records.jsonl: line 2: {NO_TEXT}"),
            "claimdb: read/records.jsonl: line 4: not valid JSON: EOF while parsing a string at line 1 column 16".to_string(),
            "claimdb: read/records.jsonl: line 6: date '2024-02-30' is not a day of the calendar; fix it, or read another field with --field date=NAME".to_string(),
        ]
    );
    // The JSON Lines copies of the two good records are the same articles.
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("10 articles: 2 new, 4 unchanged, 4 failed\n"));
    let rows = w.csv(&[
        "sql",
        "SELECT file, title, url, outlet, published, author FROM articles ORDER BY id",
        "--format",
        "csv",
    ]);
    assert_eq!(
        rows[1..],
        [
            vec![
                "records.json#1",
                "Minister defends budget",
                "https://news.example/budget",
                "news.example",
                "2024-03-05",
                "Kim Park"
            ],
            vec![
                "records.json#3",
                "Port strike ends",
                "https://port.example/strike",
                "Port Times",
                "2024-03-06",
                "Lee Chan"
            ],
        ]
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id WHERE substr(a.body, s.start + 1, s.end - s.start) = s.text"),
        w.scalar("SELECT count(*) FROM statements")
    );
    assert_eq!(w.scalar("SELECT count(*) FROM statements"), "3");
}

#[test]
fn json_lines_in_a_json_file_are_read_as_json_lines() {
    let w = work();
    std::fs::write(
        w.path().join("read/lines.json"),
        std::fs::read_to_string(w.path().join("read/records.jsonl")).unwrap(),
    )
    .unwrap();
    w.cmd()
        .args(["ingest", "read/lines.json"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "5 articles: 2 new, 0 unchanged, 3 failed",
        ))
        .stderr(predicate::str::contains(format!(
            "claimdb: read/lines.json: line 2: {NO_TEXT}"
        )));
    assert_eq!(
        w.scalar("SELECT group_concat(file, ' ') FROM articles"),
        "lines.json:1 lines.json:5"
    );
}

#[test]
fn field_flags_name_other_fields() {
    let w = work();
    w.cmd()
        .args(["ingest", "read/custom.ndjson"])
        .assert()
        .code(1)
        .stderr(format!("claimdb: read/custom.ndjson: line 1: {NO_TEXT}\n"));
    w.cmd()
        .args([
            "ingest",
            "read/custom.ndjson",
            "--field",
            "text=story",
            "--field",
            "title=headline",
            "--field",
            "url=permalink",
            "--field",
            "outlet=paper",
            "--field",
            "date=when",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("1 articles: 1 new"));
    assert_eq!(
        w.csv(&[
            "sql",
            "SELECT file, title, url, outlet, published FROM articles"
        ])[1],
        [
            "custom.ndjson:1",
            "Storm closes schools",
            "https://storm.example/1",
            "Storm Daily",
            "2024-01-15"
        ]
    );
    w.cmd()
        .args([
            "ingest",
            "read/custom.ndjson",
            "--url",
            "https://x.example/1",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--url describes one article, but read/custom.ndjson holds several",
        ));
    w.cmd()
        .args(["ingest", "read/custom.ndjson", "--field", "story=text"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'story' is not a part of an article",
        ));
}

#[test]
fn stdin_is_json_lines_with_format_jsonl() {
    let w = work();
    let lines = std::fs::read_to_string(root().join("fixtures/read/records.jsonl")).unwrap();
    w.cmd()
        .args(["ingest", "-", "--format", "jsonl"])
        .write_stdin(lines)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "5 articles: 2 new, 0 unchanged, 3 failed",
        ))
        .stderr(predicate::str::contains(format!(
            "claimdb: -: line 2: {NO_TEXT}"
        )));
    assert_eq!(
        w.scalar("SELECT 'files ' || group_concat(file, ' ') FROM articles"),
        "files -:1 -:5"
    );
}

#[test]
fn line_endings_bom_and_utf16_give_one_article() {
    let w = work();
    // The same story saved four ways under one name (an article is its words and its source),
    // and another story with lone-CR line endings.
    let mut inputs = Vec::new();
    for variant in ["lf", "crlf", "bom", "utf16"] {
        let dir = w.path().join(variant);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(
            w.path().join(format!("read/{variant}.txt")),
            dir.join("budget.txt"),
        )
        .unwrap();
        inputs.push(format!("{variant}/budget.txt"));
    }
    inputs.push("read/cr.txt".into());
    w.cmd()
        .arg("ingest")
        .args(&inputs)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "5 articles: 2 new, 3 unchanged, 0 failed",
        ));
    assert_eq!(
        w.csv(&["sql", "SELECT file, title FROM articles ORDER BY id"])[1..],
        [
            ["budget.txt", "Minister defends budget"],
            ["cr.txt", "Port strike ends"]
        ]
    );
    assert_eq!(
        w.scalar(
            "SELECT count(*) FROM articles WHERE instr(body, char(13)) OR instr(body, char(65279))"
        ),
        "0"
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id WHERE substr(a.body, s.start + 1, s.end - s.start) != s.text"),
        "0"
    );
    assert_eq!(w.scalar("SELECT count(*) FROM statements"), "3");
}

#[test]
fn content_that_does_not_match_its_name_is_read_as_what_it_is_or_refused() {
    let w = work();
    let out = w
        .cmd()
        .args([
            "ingest",
            "read/page.txt",
            "read/feed.txt",
            "read/utf16-nobom.txt",
            "read/record-in.txt",
            "read/mixed/report.pdf",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        stderr_lines(&out),
        [
            "claimdb: read/feed.txt: looks like XML (an RSS or Atom feed?), not an article",
            "claimdb: read/utf16-nobom.txt: looks like UTF-16 text without a byte-order mark; convert it with `iconv -f UTF-16LE -t UTF-8` (or UTF-16BE) first",
            "claimdb: read/mixed/report.pdf: a PDF document, not an article",
        ]
    );
    // The page in a .txt is read as a page and the JSON record as a record, not as text.
    assert_eq!(
        w.csv(&[
            "sql",
            "SELECT file, title, url, outlet, body FROM articles ORDER BY id"
        ])[1..],
        [
            ["page.txt", "Budget", "https://x/", "", "\"Quote,\" said X."],
            [
                "record-in.txt",
                "Port strike ends",
                "https://port.example/strike",
                "Port Times",
                "\"The workers have won a fair deal,\" said Ana Lima, a union leader.\n"
            ]
        ]
    );
}

#[test]
fn web_pages_give_their_text_and_metadata_unless_the_manifest_says_otherwise() {
    let w = Work::new();
    let dir = w.path().join("pages");
    copy_dir(&root().join("fixtures/html"), &dir);
    std::fs::write(
        dir.join("manifest.csv"),
        "file,outlet\npolygraph.html,Polygraph (VOA)\n",
    )
    .unwrap();
    w.cmd()
        .args(["ingest", "pages"])
        .assert()
        .success()
        .stderr("claimdb: pages: skipped 1 file that is not an article: README.md\n")
        .stdout(predicate::str::starts_with(
            "5 articles: 5 new, 0 unchanged, 0 failed",
        ));
    assert_eq!(
        w.csv(&["sql", "SELECT file, title, url, outlet, published FROM articles WHERE file != 'entermedia-ko.html' AND file != 'spacereview.html' ORDER BY file"])[1..],
        [
            [
                "aljazeera.html",
                "US service members killed in Afghanistan helicopter crash",
                "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html",
                "Al Jazeera",
                "2019-11-20"
            ],
            [
                "polygraph.html",
                "Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return",
                "https://www.polygraph.info/a/fact-check-russia-us-al-tanf-rukban/30279001.html",
                "Polygraph (VOA)",
                "2019-11-18"
            ],
            [
                "sciencealert.html",
                "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa",
                "https://www.sciencealert.com/nasa-finds-water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa",
                "ScienceAlert",
                ""
            ]
        ]
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM articles WHERE body LIKE '%<%>%' OR body LIKE '%og:url%'"),
        "0"
    );
}

/// One WARC record: headers, then the block and its length.
fn warc_record(kind: &str, uri: &str, date: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

#[test]
fn every_html_response_of_a_warc_is_an_article() {
    let w = Work::new();
    let page = |name: &str| std::fs::read(root().join("fixtures/html").join(name)).unwrap();
    let mut warc = Vec::new();
    warc.extend(warc_record(
        "request",
        "https://archive.example/a",
        "2024-01-02T03:04:05Z",
        b"GET /a HTTP/1.1\r\n\r\n",
    ));
    warc.extend(warc_record(
        "response",
        "https://archive.example/a",
        "2024-01-02T03:04:05Z",
        &http_response("text/html; charset=utf-8", &page("aljazeera.html")),
    ));
    warc.extend(warc_record(
        "response",
        "https://archive.example/logo.png",
        "2024-01-02T03:04:06Z",
        &http_response("image/png", b"\x89PNG"),
    ));
    warc.extend(warc_record(
        "response",
        "https://archive.example/b",
        "2024-01-03T00:00:00Z",
        &http_response("text/html", &page("spacereview.html")),
    ));
    std::fs::write(w.path().join("crawl.warc"), &warc).unwrap();
    w.cmd()
        .args(["ingest", "crawl.warc"])
        .assert()
        .success()
        .stderr("claimdb: crawl.warc: skipped 1 response record that is not an HTML page (other content types, or an HTTP status other than 2xx)\n")
        .stdout(predicate::str::starts_with("2 articles: 2 new, 0 unchanged, 0 failed"));
    // The page's own canonical URL and date win; the archive's fill what the page leaves out.
    assert_eq!(
        w.csv(&["sql", "SELECT file, url, published FROM articles ORDER BY id"])[1..],
        [
            [
                "crawl.warc#2",
                "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html",
                "2019-11-20"
            ],
            ["crawl.warc#4", "https://archive.example/b", "2024-01-03"]
        ]
    );
}

#[test]
fn urls_are_fetched_from_the_command_line_and_a_list() {
    use std::io::{BufRead, BufReader, Write};
    let w = Work::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let page = std::fs::read(root().join("fixtures/html/aljazeera.html")).unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            let mut request = String::new();
            BufReader::new(&stream).read_line(&mut request).unwrap();
            let answer = if request.starts_with("GET /story ") {
                http_response("text/html; charset=utf-8", &page)
            } else {
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".to_vec()
            };
            let _ = stream.write_all(&answer);
        }
    });
    let base = format!("http://127.0.0.1:{port}");
    std::fs::write(
        w.path().join("urls.txt"),
        format!("# to read\n{base}/missing\n\nnot a url\n"),
    )
    .unwrap();
    let out = w
        .cmd()
        .args(["ingest", &format!("{base}/story"), "--urls", "urls.txt"])
        .timeout(Duration::from_secs(120))
        .assert()
        .code(1)
        .get_output()
        .clone();
    let lines = stderr_lines(&out);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with(&format!("claimdb: {base}/missing: ")) && lines[0].contains("404"),
        "{lines:?}"
    );
    assert_eq!(
        lines[1],
        "claimdb: urls.txt: line 4: 'not a url' is not an http:// or https:// URL"
    );
    assert_eq!(
        w.csv(&["sql", "SELECT file, url, outlet FROM articles"])[1..],
        [[
            format!("{base}/story").as_str(),
            "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html",
            "Al Jazeera"
        ]]
    );
}

#[test]
fn malformed_manifest_rows_fail_their_articles() {
    let w = work();
    let out = w
        .cmd()
        .args(["ingest", "read/broken"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        stderr_lines(&out),
        [
            "claimdb: read/broken/manifest.csv: row 3: b.txt: has 6 fields where the header has 5",
            "claimdb: read/broken/manifest.csv: row 5: repeats c.txt, first listed in row 4; give each file one row",
            "claimdb: read/broken/manifest.csv: row 6: d.txt: published date '2015-02-31' is not a day of the calendar",
            "claimdb: read/broken/manifest.csv: row 7: e.txt: bad bytes (not UTF-8) in the 'outlet' field",
        ]
    );
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("5 articles: 1 new, 0 unchanged, 4 failed\n"));
    assert_eq!(
        w.csv(&["sql", "SELECT file, outlet, published FROM articles"])[1..],
        [["a.txt", "A News", "2024-03-05"]]
    );

    // Fixed, the same directory stores the rest with their metadata.
    std::fs::write(
        w.path().join("read/broken/manifest.csv"),
        "file,url,outlet,published,wire\na.txt,https://a.example/1,A News,2024-03-05,\nb.txt,https://b.example/1,B News,2024-03-05,\nc.txt,https://c.example/2,C News,2024-03,\nd.txt,https://d.example/1,D News,2015-02-28T10:00:00+01:00,\ne.txt,https://e.example/1,E News,2024,\n",
    )
    .unwrap();
    w.cmd()
        .args(["ingest", "read/broken"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "5 articles: 4 new, 1 unchanged, 0 failed",
        ));
    assert_eq!(
        w.scalar("SELECT group_concat(file || '=' || outlet || '@' || published, ' ') FROM articles WHERE file != 'a.txt'"),
        "b.txt=B News@2024-03-05 c.txt=C News@2024-03 d.txt=D News@2015-02-28 e.txt=E News@2024"
    );
}

#[test]
fn an_unterminated_quote_or_no_file_column_is_named_and_stores_nothing() {
    let w = work();
    let quote = "read/unterminated/manifest.csv: row 2: unterminated quote: a quoted field opened in row 2 (line 2) is never closed, so the rows after it cannot be read";
    let out = w
        .cmd()
        .args(["ingest", "read/unterminated", "read/nofile"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        stderr_lines(&out),
        [
            format!("claimdb: {quote}"),
            format!("claimdb: read/unterminated/b.txt: its metadata is unknown because {quote}; fix read/unterminated/manifest.csv"),
            format!("claimdb: read/unterminated/c.txt: its metadata is unknown because {quote}; fix read/unterminated/manifest.csv"),
            "claimdb: read/nofile/a.txt: its metadata is unknown because read/nofile/manifest.csv: its header has no 'file' column (expected file,url,outlet,published,wire,author); fix read/nofile/manifest.csv".to_string(),
        ]
    );
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "0");
}

#[test]
fn a_directory_reads_every_kind_in_any_case_and_names_the_rest() {
    let w = work();
    w.cmd()
        .args(["ingest", "read/mixed"])
        .assert()
        .success()
        .stderr("claimdb: read/mixed: skipped 3 files that are not articles: notes.md, photo.png, report.pdf\n")
        .stdout(predicate::str::starts_with("3 articles: 3 new, 0 unchanged, 0 failed"));
    assert_eq!(
        w.scalar("SELECT group_concat(file, ' ') FROM (SELECT file FROM articles ORDER BY file)"),
        "UPPER.TXT b.txt c.jsonl:1"
    );
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_symlinks() {
    use std::os::unix::fs::symlink;
    let w = work();
    let d = w.path().join("d");
    std::fs::create_dir(&d).unwrap();
    std::fs::copy(w.path().join("read/lf.txt"), d.join("lf.txt")).unwrap();
    symlink(w.path().join("read/cr.txt"), d.join("link.txt")).unwrap();
    symlink(".", d.join("loop")).unwrap();
    symlink("nowhere.txt", d.join("dangling.txt")).unwrap();
    let mkfifo = |p: &Path| {
        let ok = std::process::Command::new("mkfifo")
            .arg(p)
            .status()
            .unwrap()
            .success();
        assert!(ok, "mkfifo {}", p.display());
    };
    mkfifo(&d.join("pipe.txt"));
    mkfifo(&w.path().join("fifo"));
    let out = w
        .cmd()
        .args(["ingest", "fifo", "/dev/zero", "d"])
        // A hang (reading the FIFO or the device) fails the test instead of stalling it.
        .timeout(Duration::from_secs(60))
        .assert()
        .code(1)
        .get_output()
        .clone();
    let loop_note =
        "claimdb: d/loop: not followed: a symlink loop (it points back to d)".to_string();
    let mut lines = stderr_lines(&out);
    lines.sort();
    let mut expected = vec![
        "claimdb: d: skipped 1 file that is not a regular file (a FIFO, device or socket): pipe.txt".to_string(),
        loop_note,
        "claimdb: fifo: not a regular file (a FIFO); claimdb reads regular files, directories and - (stdin)".to_string(),
        "claimdb: /dev/zero: not a regular file (a device); claimdb reads regular files, directories and - (stdin)".to_string(),
        "claimdb: d/dangling.txt: broken symlink (its target does not exist)".to_string(),
    ];
    expected.sort();
    assert_eq!(lines, expected);
    assert_eq!(
        w.scalar("SELECT group_concat(file, ' ') FROM (SELECT file FROM articles ORDER BY file)"),
        "lf.txt link.txt"
    );
}

#[test]
fn max_size_refuses_large_files_and_records_by_name() {
    let w = work();
    let out = w
        .cmd()
        .args([
            "ingest",
            "read/lf.txt",
            "read/records.jsonl.gz",
            "--max-size",
            "100",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        stderr_lines(&out),
        [
            "claimdb: read/lf.txt: larger than --max-size (100 bytes); raise the limit if it really is one article",
            "claimdb: read/records.jsonl.gz: line 1: longer than --max-size (100 bytes); raise the limit if it really is one record",
            "claimdb: read/records.jsonl.gz: line 2: longer than --max-size (100 bytes); raise the limit if it really is one record",
        ]
    );
    w.cmd()
        .args(["ingest", "read/lf.txt", "--max-size", "1kB"])
        .assert()
        .success();
    w.cmd()
        .args(["ingest", "read/lf.txt", "--max-size", "huge"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'huge' is not a size"));
}

#[test]
fn extract_reads_what_ingest_reads() {
    let w = work();
    let out = w
        .cmd()
        .args(["extract", "read/mixed", "read/records.jsonl.gz", "--format", "jsonl"])
        .assert()
        .success()
        .stderr("claimdb: read/mixed: skipped 3 files that are not articles: notes.md, photo.png, report.pdf\n")
        .get_output()
        .stdout
        .clone();
    let articles: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["article"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        articles,
        [
            "UPPER.TXT",
            "UPPER.TXT",
            "c.jsonl:1",
            "b.txt",
            "records.jsonl.gz:1",
            "records.jsonl.gz:1",
            "records.jsonl.gz:2"
        ]
    );
    let jsonl = std::fs::read_to_string(root().join("fixtures/read/custom.ndjson")).unwrap();
    w.cmd()
        .args([
            "extract",
            "-",
            "--input-format",
            "jsonl",
            "--field",
            "text=story",
            "--format",
            "jsonl",
        ])
        .write_stdin(jsonl)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"article\":\"-:1\""));
}

/// Scrapers of US sites write M/D/YY (the ABP file has 27 such records): read month first,
/// stored as ISO-8601; a slashed date that is no day is refused with its line and why.
#[test]
fn slashed_dates_in_records_are_read_month_first() {
    let w = work();
    let out = w
        .cmd()
        .args(["ingest", "read/slashed-dates.jsonl"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "6 articles: 4 new, 0 unchanged, 2 failed\n",
        ))
        .get_output()
        .clone();
    assert_eq!(
        stderr_lines(&out),
        [
            "claimdb: read/slashed-dates.jsonl: line 5: date '28/9/16' has no month 28 (slashed dates are read month first: M/D/YY); fix it, or read another field with --field date=NAME",
            "claimdb: read/slashed-dates.jsonl: line 6: date '2/30/17' is not a day of the calendar (read month first as 2017-02-30); fix it, or read another field with --field date=NAME",
        ]
    );
    let rows = w.csv(&[
        "sql",
        "SELECT file, published FROM articles ORDER BY id",
        "--format",
        "csv",
    ]);
    assert_eq!(
        rows[1..],
        [
            vec!["slashed-dates.jsonl:1", "2016-09-28"],
            vec!["slashed-dates.jsonl:2", "2016-12-01"],
            vec!["slashed-dates.jsonl:3", "2017-04-04"],
            vec!["slashed-dates.jsonl:4", "2016-02-29"],
        ]
    );
}

/// A thehill.com record of the ABP news set (one paragraph): the name card after "Mitch
/// McConnell" is no part of the stored body, and its headlines are no statement.
#[test]
fn a_scraped_name_card_is_not_read() {
    let w = Work::new();
    let record = root().join("fixtures/hover/thehill.jsonl");
    w.ingest(&[record.to_string_lossy().into_owned()]);
    let body = w.scalar("SELECT body FROM articles");
    assert!(body.starts_with(
        "Senate Majority Leader Mitch McConnell (R-Ky.) on Tuesday warned that the GOP is facing"
    ));
    assert!(!body.contains("MORE"));
    let rows = w.csv(&[
        "sql",
        "SELECT sp.name, substr(a.body, s.start + 1, s.\"end\" - s.start) = s.text \
         FROM statements s JOIN speakers sp ON sp.id = s.speaker_id \
         JOIN articles a ON a.id = s.article_id ORDER BY s.start",
        "--format",
        "csv",
    ]);
    assert_eq!(
        rows,
        [
            vec![
                "name".to_string(),
                "substr(a.body, s.start + 1, s.\"end\" - s.start) = s.text".to_string()
            ],
            vec!["Mitch McConnell".to_string(), "1".to_string()],
        ]
    );
}
