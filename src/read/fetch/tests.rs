//! Against a server on 127.0.0.1 started here, serving a benchmark page (fixtures/html);
//! nothing leaves the machine.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

use flate2::write::GzEncoder;
use flate2::Compression;

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A test server: its base URL and the User-Agent headers it received.
struct Server {
    base: String,
    agents: Arc<Mutex<Vec<String>>>,
}

fn start_server() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let agents = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&agents);
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = Arc::clone(&seen);
            thread::spawn(move || serve(stream, &seen));
        }
    });
    Server { base, agents }
}

fn serve(mut stream: TcpStream, agents: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    reader.read_line(&mut request_line).unwrap();
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("user-agent") {
                agents.lock().unwrap().push(value.trim().to_string());
            }
        }
    }
    let (status, headers, body): (&str, Vec<String>, Vec<u8>) = match path.as_str() {
        "/page" => {
            let mut gz = GzEncoder::new(Vec::new(), Compression::default());
            gz.write_all(&fixture("polygraph.html")).unwrap();
            let headers = vec![
                "Content-Type: text/html; charset=utf-8".to_string(),
                "Content-Encoding: gzip".to_string(),
            ];
            ("200 OK", headers, gz.finish().unwrap())
        }
        "/latin" => {
            let text =
                "<html><head><title>T</title></head><body><article><p>“Ça va,” said Calderón, \
                        and then he said more words to make this paragraph long enough.</p>\
                        <p>He added a second paragraph so that the extractor keeps the text.</p>\
                        <p>And a third one, with yet more words, as real articles have many.</p>\
                        </article></body></html>";
            let bytes = encoding_rs::WINDOWS_1252.encode(text).0.into_owned();
            (
                "200 OK",
                vec!["Content-Type: text/html; charset=windows-1252".into()],
                bytes,
            )
        }
        "/old" => (
            "301 Moved Permanently",
            vec!["Location: /page".into()],
            Vec::new(),
        ),
        "/loop" => ("302 Found", vec!["Location: /loop".into()], Vec::new()),
        "/pdf" => (
            "200 OK",
            vec!["Content-Type: application/pdf".into()],
            b"%PDF-1.4".to_vec(),
        ),
        "/slow" => {
            thread::sleep(Duration::from_secs(3));
            (
                "200 OK",
                vec!["Content-Type: text/html".into()],
                b"<html>".to_vec(),
            )
        }
        _ => (
            "404 Not Found",
            vec!["Content-Type: text/html".into()],
            b"<html>nothing</html>".to_vec(),
        ),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for header in headers {
        head.push_str(&header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    // The client may have given up (the timeout test); a failed write is no test failure.
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&body));
}

fn fetcher() -> Fetcher {
    Fetcher::new(Duration::from_secs(1))
}

#[test]
fn fetches_a_gzipped_page_with_a_clear_user_agent() {
    let server = start_server();
    let url = format!("{}/page", server.base);
    let fetched = fetcher().fetch(&url).unwrap();
    assert_eq!(
        fetched,
        Fetched {
            url: url.clone(),
            status: 200,
            content_type: Some("text/html; charset=utf-8".into()),
            body: fixture("polygraph.html"),
        }
    );
    assert_eq!(*server.agents.lock().unwrap(), vec![USER_AGENT.to_string()]);
    assert!(USER_AGENT.starts_with("claimdb/"));
}

#[test]
fn follows_redirects_and_reports_the_final_url() {
    let server = start_server();
    let fetched = fetcher().fetch(&format!("{}/old", server.base)).unwrap();
    assert_eq!(fetched.url, format!("{}/page", server.base));
    assert_eq!(fetched.body, fixture("polygraph.html"));
}

#[test]
fn charset_from_the_header() {
    let server = start_server();
    let fetched = fetcher().fetch(&format!("{}/latin", server.base)).unwrap();
    let page = crate::read::html::read_html(
        &fetched.body,
        Some(&fetched.url),
        fetched.content_type.as_deref(),
    );
    assert!(page
        .unwrap()
        .body
        .starts_with("“Ça va,” said Calderón, and then"));
}

#[test]
fn errors_name_the_url_and_status() {
    let server = start_server();
    let cases = [
        ("/missing", Some(404), "HTTP 404 Not Found".to_string()),
        (
            "/pdf",
            Some(200),
            "not an HTML page (Content-Type: application/pdf)".to_string(),
        ),
        (
            "/loop",
            None,
            format!("more than {MAX_REDIRECTS} redirects"),
        ),
        ("/slow", None, "no complete answer within 1s".to_string()),
    ];
    for (path, status, message) in cases {
        let url = format!("{}{path}", server.base);
        let error = fetcher().fetch(&url).unwrap_err();
        assert_eq!(
            error,
            FetchError {
                url: url.clone(),
                status,
                message: message.clone(),
            }
        );
        assert_eq!(error.to_string(), format!("{url}: {message}"));
    }
}

#[test]
fn connection_refused() {
    // A port that was just free: bind, note it, close.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/page");
    let error = fetcher().fetch(&url).unwrap_err();
    assert_eq!(error.status, None);
    assert_eq!(error.to_string(), format!("{url}: connection refused"));
}
