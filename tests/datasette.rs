//! The database in the tools people open it with: the real `sqlite-utils` and `datasette`
//! (installed into .venv-tools/ by scripts/python-tools.sh) on a database of the seeds.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use common::{root, Work};

/// The directory holding `datasette` and `sqlite-utils`, installed once per test run; None
/// (with a loud message) only when there is no Python to install them with.
fn tools() -> Option<PathBuf> {
    static TOOLS: OnceLock<Option<PathBuf>> = OnceLock::new();
    TOOLS
        .get_or_init(|| {
            if Command::new("python3").arg("--version").output().is_err() {
                eprintln!(
                    "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
                     SKIPPED: python3 is not installed, so Datasette and sqlite-utils were NOT tested\n\
                     !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
                );
                return None;
            }
            let status = Command::new(root().join("scripts/python-tools.sh"))
                .status()
                .expect("scripts/python-tools.sh runs");
            assert!(status.success(), "scripts/python-tools.sh failed");
            Some(root().join(".venv-tools/bin"))
        })
        .clone()
}

fn seeded() -> Work {
    let w = Work::new();
    w.ingest_seeds();
    w
}

#[test]
fn sqlite_utils_finds_the_full_text_index() {
    let Some(bin) = tools() else { return };
    let w = seeded();
    let out = Command::new(bin.join("sqlite-utils"))
        .args([
            "search",
            "claims.db",
            "statements",
            "back door",
            "-c",
            "text",
        ])
        .current_dir(w.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows, serde_json::json!([{"text": "back doors"}]));
    let out = Command::new(bin.join("sqlite-utils"))
        .args([
            "search",
            "claims.db",
            "statements",
            "encryption",
            "-c",
            "id",
        ])
        .current_dir(w.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(),
        serde_json::json!([{"id": w.scalar("SELECT id FROM statements WHERE text LIKE '%encryption%'").parse::<i64>().unwrap()}])
    );
}

/// A running `datasette` on a free local port, stopped when dropped.
struct Datasette {
    child: Child,
    port: u16,
}

impl Drop for Datasette {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Datasette {
    fn start(bin: &std::path::Path, w: &Work) -> Datasette {
        std::fs::write(
            w.path().join("metadata.json"),
            w.run(&["datasette-metadata"]),
        )
        .unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(bin.join("datasette"))
            .args([
                "serve",
                "claims.db",
                "-m",
                "metadata.json",
                "-h",
                "127.0.0.1",
            ])
            .args(["-p", &port.to_string()])
            .current_dir(w.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("datasette starts");
        let server = Datasette { child, port };
        // Wait for it to listen (it takes a second or two to import).
        for _ in 0..600 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("datasette did not start listening on port {port}");
    }

    /// The status line and body of a GET.
    fn get(&self, path: &str) -> (String, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
        let mut response = String::new();
        s.read_to_string(&mut response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        (
            head.lines().next().unwrap_or("").to_string(),
            body.to_string(),
        )
    }

    fn json(&self, path: &str) -> serde_json::Value {
        let (status, body) = self.get(path);
        assert!(status.contains(" 200 "), "{path}: {status}\n{body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    }
}

#[test]
fn datasette_searches_statements_hides_internal_tables_and_runs_canned_queries() {
    let Some(bin) = tools() else { return };
    let w = seeded();
    let d = Datasette::start(&bin, &w);

    let found = d.json("/claims/statements.json?_search=back+door&_shape=array&_col=text");
    let texts: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["back doors"]);
    // Typed punctuation is escaped, as in `claimdb statements --search`.
    let anti = d.json("/claims/statements.json?_search=anti-terror&_shape=array&_col=text");
    assert_eq!(anti.as_array().unwrap().len(), 4, "{anti}");

    let (status, page) = d.get("/claims/statements");
    assert!(status.contains(" 200 "), "{status}");
    assert!(page.contains("name=\"_search\""), "no search box:\n{page}");

    let database = d.json("/claims.json");
    let hidden: Vec<&str> = database["tables"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["hidden"] == true)
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        hidden.contains(&"_root_postings") && hidden.contains(&"_crosschecked"),
        "{hidden:?}"
    );
    let (_, index) = d.get("/claims");
    assert!(
        !index.contains(">_root_postings<"),
        "internal table listed:\n{index}"
    );
    assert!(index.contains(">statements<"));

    let divergent = d.json("/claims/divergent_groups.json?_shape=array");
    let expected = w.scalar("SELECT count(*) FROM groups WHERE verdict <> 'agree'");
    assert_eq!(divergent.as_array().unwrap().len().to_string(), expected);
    assert_ne!(expected, "0");
    let hua = d.json("/claims/who_said.json?speaker=Chunying&_shape=array");
    let hua = hua.as_array().unwrap();
    assert_eq!(hua.len(), 7);
    assert!(hua.iter().all(|r| r["speaker"] == "Hua Chunying"));
    let outlets = d.json("/claims/divergence_by_outlet.json?_shape=array");
    let yunba = outlets
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["outlet"] == "yunba.cc")
        .expect("yunba.cc has copies");
    assert_eq!(
        yunba["copies"].to_string(),
        w.scalar("SELECT count(*) FROM group_members gm JOIN statements s ON s.id = gm.statement_id JOIN articles a ON a.id = s.article_id WHERE a.outlet = 'yunba.cc'")
    );
}

#[test]
fn a_version_1_database_is_migrated_to_the_detectable_stemming_index() {
    let w = seeded();
    // Put the first schema's index back, as databases made before this section have it.
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.execute_batch(
        "DROP TRIGGER IF EXISTS statements_fts_insert; DROP TRIGGER statements_fts_delete;
         DROP TRIGGER statements_fts_update; DROP TABLE statements_fts;
         DROP VIEW outlet_divergence; DROP VIEW speaker_summary; DROP VIEW group_summary;
         DROP TABLE _root_summaries; DROP INDEX articles_by_date;
         DROP TABLE _root_postings; DROP TABLE _root_postings_recent;
         DROP TABLE _crosscheck_generation;
         CREATE TABLE _root_keys (key INTEGER NOT NULL, statement_id INTEGER NOT NULL
             REFERENCES statements(id) ON DELETE CASCADE, PRIMARY KEY (key, statement_id)) WITHOUT ROWID;
         CREATE VIRTUAL TABLE statements_fts USING fts5(text, content = 'statements', content_rowid = 'id');
         INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
         CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
             INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
         END;
         CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
             INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
         END;
",
    )
    .unwrap();
    // Section 6 brings the detectable index: step back before it.
    conn.pragma_update(None, "user_version", 5).unwrap();
    drop(conn);
    w.cmd()
        .args(["statements", "--search", "back door"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("older schema"));
    w.ingest_seeds();
    let rows = w.csv(&["statements", "--search", "\"back door\"", "--format", "csv"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][4], "back doors");
    assert!(w
        .scalar("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'")
        .contains("content=\"statements\""));
    // The update trigger keeps the index true to edited text.
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.execute(
        "UPDATE statements SET text = 'a zebra crossing' WHERE text = 'back doors'",
        [],
    )
    .unwrap();
    drop(conn);
    assert_eq!(w.csv(&["statements", "--search", "zebras"]).len(), 2);
    assert_eq!(w.csv(&["statements", "--search", "back door"]).len(), 1);
}
