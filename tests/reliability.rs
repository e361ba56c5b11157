//! Nothing lost, nothing duplicated, nobody locked out: the real binary against what a hostile
//! user or a busy machine does to it (issue 10).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use common::{generator, seeds, Work};
use predicates::prelude::*;

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("claimdb")
}

/// Everything a database says, without the row ids that depend on arrival order: articles,
/// statements with their speakers, speakers, and groups as sets of members with a verdict.
fn snapshot(db: &Path) -> String {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    let lines = |sql: &str| -> Vec<String> {
        let mut stmt = c.prepare(sql).unwrap();
        let n = stmt.column_count();
        let mut out: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Text(t) => {
                            String::from_utf8_lossy(t).into_owned()
                        }
                        other => format!("{other:?}"),
                    })
                    .collect::<Vec<_>>()
                    .join(" | "))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        out.sort();
        out
    };
    let mut parts = vec!["articles".to_string()];
    parts.extend(lines(
        "SELECT file, url, outlet, published, revision, current, title FROM articles",
    ));
    parts.push("statements".into());
    parts.extend(lines(
        "SELECT a.file, s.start, s.end, s.kind, sp.name, s.text, s.role, s.link
         FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id",
    ));
    parts.push("speakers".into());
    parts.extend(lines("SELECT name, kind FROM speakers"));
    parts.push("groups".into());
    parts.extend(lines(
        "SELECT g.verdict, (SELECT group_concat(m, ' ') FROM (SELECT a.file || ':' || s.start AS m
             FROM group_members gm JOIN statements s ON s.id = gm.statement_id
             JOIN articles a ON a.id = s.article_id WHERE gm.group_id = g.id ORDER BY m))
         FROM groups g",
    ));
    parts.push("index".into());
    parts.extend(lines(
        "SELECT (SELECT coalesce(sum(length(ids)), 0) / 8 FROM (SELECT ids FROM _root_postings UNION ALL SELECT ids FROM _root_postings_recent)), (SELECT count(*) FROM _crosschecked)",
    ));
    parts.join("\n")
}

/// Asserts two snapshots are equal, showing the lines only one of them has.
fn assert_same(actual: &str, expected: &str) {
    let only = |a: &str, b: &str| -> Vec<String> {
        let theirs: std::collections::HashSet<&str> = b.lines().collect();
        a.lines()
            .filter(|l| !theirs.contains(l))
            .map(str::to_string)
            .collect()
    };
    assert!(
        actual == expected,
        "only in the result: {:#?}\nonly in the reference: {:#?}",
        only(actual, expected),
        only(expected, actual)
    );
}

/// A generated corpus of 48 articles quoting the seeds' sentences, written to `dir`; its files.
fn corpus(dir: &Path) -> Vec<PathBuf> {
    let texts = generator::load_texts(&[&seeds()], 10);
    let bases = generator::base_sentences(&texts);
    let corpus = generator::corpus(&bases, 48, 4, 11);
    generator::write(dir, &corpus);
    corpus.iter().map(|a| dir.join(&a.file)).collect()
}

// 1. Export onto the database.

#[test]
fn export_never_writes_over_a_database() {
    let w = Work::new();
    w.ingest_seeds();
    let before = snapshot(&w.db());
    for target in ["claims.db", "./claims.db", "claims.db-wal"] {
        w.cmd()
            .args(["export", "statements", "-o", target])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{target} is the database"
            )));
    }
    let absolute = w.db().to_str().unwrap().to_string();
    w.cmd()
        .args(["export", "statements", "-o", &absolute])
        .assert()
        .code(2);
    assert_eq!(snapshot(&w.db()), before);
    // Nor over any other SQLite database.
    std::fs::copy(w.db(), w.path().join("copy.db")).unwrap();
    let copy = std::fs::read(w.path().join("copy.db")).unwrap();
    w.cmd()
        .args(["export", "statements", "-o", "copy.db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "copy.db is an SQLite database: export will not write over it",
        ));
    assert_eq!(std::fs::read(w.path().join("copy.db")).unwrap(), copy);
    // A new file is fine.
    w.cmd()
        .args(["export", "statements", "-o", "out.csv"])
        .assert()
        .success();
    assert!(std::fs::read_to_string(w.path().join("out.csv"))
        .unwrap()
        .starts_with("id,article_id,"));
}

// 2. Corrected metadata updates the article in place.

#[test]
fn corrected_metadata_updates_the_article_in_place() {
    let w = Work::new();
    let dir = w.path().join("news");
    std::fs::create_dir(&dir).unwrap();
    let body = std::fs::read_to_string(seeds().join("002_1088e96b628aa367.txt")).unwrap();
    std::fs::write(dir.join("story.txt"), &body).unwrap();
    let manifest = dir.join("manifest.csv");
    std::fs::write(
        &manifest,
        "file,url,outlet,published\nstory.txt,,Wrong Outlet,2015-03-03\n",
    )
    .unwrap();
    w.run(&["ingest", "news"]);
    let statements = w.scalar("SELECT count(*) FROM statements");
    // The outlet of an article without URL corrected.
    std::fs::write(
        &manifest,
        "file,url,outlet,published\nstory.txt,,Right Outlet,2015-03-04\n",
    )
    .unwrap();
    assert_eq!(
        w.run(&["ingest", "news"]),
        "1 articles: 0 new, 1 metadata updated, 0 unchanged, 0 failed\n"
    );
    assert_eq!(
        w.scalar("SELECT count(*) || ' ' || outlet || ' ' || published FROM articles"),
        "1 Right Outlet 2015-03-04"
    );
    assert_eq!(w.scalar("SELECT count(*) FROM statements"), statements);
    assert_eq!(w.scalar("SELECT count(*) FROM groups"), "0");
    // Its URL found: the same article, whose links now point at the URL.
    std::fs::write(
        &manifest,
        "file,url,outlet,published\nstory.txt,http://right.example/story,Right Outlet,2015-03-04\n",
    )
    .unwrap();
    w.run(&["ingest", "news"]);
    assert_eq!(
        w.scalar("SELECT count(*) || ' ' || url FROM articles"),
        "1 http://right.example/story"
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM statements WHERE link NOT LIKE 'http://right.example/story#:~:text=%'"),
        "0"
    );
    // Unchanged now; and the same words from another file are another article.
    assert_eq!(
        w.run(&["ingest", "news"]),
        "1 articles: 0 new, 1 unchanged, 0 failed\nnothing new: every article was already stored\n"
    );
    std::fs::write(dir.join("copy.txt"), &body).unwrap();
    w.run(&["ingest", "news/copy.txt"]);
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "2");
    assert_eq!(
        w.scalar(
            "SELECT count(*) > 0 AND min(verdict) = 'agree' AND max(verdict) = 'agree' FROM groups"
        ),
        "1"
    );
}

#[test]
fn corrected_metadata_of_the_same_url_updates_the_article_in_place() {
    let w = Work::new();
    let body = std::fs::read_to_string(seeds().join("002_1088e96b628aa367.txt")).unwrap();
    let ingest = |outlet: &str, published: &str| {
        w.cmd()
            .args(["ingest", "-", "--url", "http://example.org/story"])
            .args(["--outlet", outlet, "--published", published])
            .write_stdin(body.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    ingest("Exmaple", "2015-03-03");
    assert_eq!(
        String::from_utf8(ingest("Example", "2015-03-04")).unwrap(),
        "1 articles: 0 new, 1 metadata updated, 0 unchanged, 0 failed\n"
    );
    assert_eq!(
        w.scalar(
            "SELECT count(*) || ' ' || outlet || ' ' || published || ' ' || revision FROM articles"
        ),
        "1 Example 2015-03-04 1"
    );
    assert_eq!(w.scalar("SELECT count(*) FROM groups"), "0");
}

// 4. Concurrency.

/// Runs `n` ingests at once, each given `inputs(i)`, on the database in `w`; all must succeed.
fn ingest_at_once(w: &Work, n: usize, inputs: impl Fn(usize) -> Vec<PathBuf>) {
    let children: Vec<_> = (0..n)
        .map(|i| {
            Process::new(binary())
                .current_dir(w.path())
                .env_remove("CLAIMDB_DB")
                .arg("ingest")
                .args(inputs(i))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains(", 0 failed"),
            "{:?}\n{stdout}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn concurrent_ingests_match_the_sequential_result(n: usize) {
    let reference = Work::new();
    let files = corpus(&reference.path().join("gen"));
    reference.run(&["ingest", "gen"]);
    let expected = snapshot(&reference.db());
    let groups = expected
        .split("\ngroups\n")
        .nth(1)
        .unwrap_or("")
        .lines()
        .count();
    assert!(groups > 3, "{expected}");

    // Each process a share of the files, on a database none has created yet.
    let shared = Work::new();
    corpus(&shared.path().join("gen"));
    let share = |i: usize| -> Vec<PathBuf> {
        files
            .iter()
            .skip(i)
            .step_by(n)
            .map(|f| Path::new("gen").join(f.file_name().unwrap()))
            .collect()
    };
    ingest_at_once(&shared, n, share);
    assert_same(&snapshot(&shared.db()), &expected);

    // Every process all the files: still one copy of each.
    let all = Work::new();
    corpus(&all.path().join("gen"));
    ingest_at_once(&all, n, |_| vec![PathBuf::from("gen")]);
    assert_same(&snapshot(&all.db()), &expected);
}

#[test]
fn two_concurrent_ingests_end_with_the_sequential_result() {
    concurrent_ingests_match_the_sequential_result(2);
}

#[test]
fn four_concurrent_ingests_end_with_the_sequential_result() {
    concurrent_ingests_match_the_sequential_result(4);
}

#[test]
fn aliases_and_readers_during_an_ingest_cost_it_nothing() {
    let w = Work::new();
    w.ingest_seeds();
    corpus(&w.path().join("gen"));
    let ingest = Process::new(binary())
        .current_dir(w.path())
        .env_remove("CLAIMDB_DB")
        .args(["ingest", "gen"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for i in 0..6 {
        let (alias, name) = if i % 2 == 0 {
            ("the U.S. President", "Barack Obama")
        } else {
            ("Chunying", "Hua Chunying")
        };
        w.run(&["speakers", "alias", alias, name]);
        w.run(&["statements", "--speaker", "Obama"]);
    }
    let out = ingest.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.starts_with("48 articles: 48 new, 0 unchanged, 0 failed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "53");
}

// 9. A closed stdout.

#[test]
fn every_command_stops_quietly_on_a_closed_pipe() {
    let w = Work::new();
    w.ingest_seeds();
    let seeds = seeds();
    let one = seeds.join("002_1088e96b628aa367.txt");
    let runs: [&[&str]; 6] = [
        &["ingest", seeds.to_str().unwrap()],
        &["statements"],
        &["who", "Hua Chunying"],
        &["sql", "SELECT * FROM statements"],
        &["export", "statements"],
        &["extract", one.to_str().unwrap()],
    ];
    for args in runs {
        let mut child = Process::new(binary())
            .current_dir(w.path())
            .env_remove("CLAIMDB_DB")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).as_ref()
            ),
            (Some(0), ""),
            "{args:?}"
        );
    }
}

// 10. A full disk.

#[test]
fn a_full_disk_stops_the_ingest_once_with_a_summary() {
    let w = Work::new();
    corpus(&w.path().join("gen"));
    let mnt = w.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    // A real full file system: a 300 KiB tmpfs, mounted in a private mount namespace (as an
    // unprivileged user too, through a user namespace). The database is copied out after.
    let script = format!(
        "mount -t tmpfs -o size=300k tmpfs small && cd small && '{}' ingest ../gen > ../out.txt 2> ../err.txt; echo $? > ../code.txt; cp claims.db ../full.db; if [ -f claims.db-wal ]; then cp claims.db-wal ../full.db-wal; fi",
        binary().display()
    );
    let status = Process::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", &script])
        .current_dir(w.path())
        .status()
        .expect("unshare (util-linux) runs this test");
    let read = |f: &str| std::fs::read_to_string(w.path().join(f)).unwrap_or_default();
    assert!(
        status.success(),
        "the script failed (unshare needs user namespaces): {status:?}\n{}\n{}",
        read("out.txt"),
        read("err.txt")
    );
    let (out, err) = (read("out.txt"), read("err.txt"));
    assert_eq!(read("code.txt").trim(), "2", "{out}\n{err}");
    assert_eq!(err.matches("full").count(), 1, "{err}");
    assert!(
        err.contains("stopped: the database or disk is full"),
        "{err}"
    );
    let stored: usize = out
        .strip_prefix("48 articles: ")
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("summary: {out}"));
    assert!(stored > 0 && stored < 48, "{out}");
    let not_stored = 48 - stored;
    assert!(out.contains(&format!("{not_stored} not stored")), "{out}");
    let db = rusqlite::Connection::open(w.path().join("full.db")).unwrap();
    let n: usize = db
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, stored);
}

// 11. sql: one statement, streamed, with a time limit.

#[test]
fn sql_refuses_several_statements() {
    let w = Work::new();
    w.ingest_seeds();
    for query in [
        "SELECT 1; SELECT 2",
        "SELECT 1; DELETE FROM articles",
        "SELECT 1;;SELECT 2",
    ] {
        w.cmd()
            .args(["sql", query])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("claimdb sql runs one statement"));
    }
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "5");
    // A trailing semicolon or comment is one statement.
    assert_eq!(w.scalar("SELECT 7; -- seven"), "7");
}

const ENDLESS: &str =
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n";

#[test]
fn sql_streams_rows_and_stops_when_the_reader_does() {
    use std::io::{BufRead, BufReader};
    let w = Work::new();
    w.ingest_seeds();
    let mut child = Process::new(binary())
        .current_dir(w.path())
        .env_remove("CLAIMDB_DB")
        .args(["sql", ENDLESS])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first: Vec<String> = lines.by_ref().take(3).map(Result::unwrap).collect();
    assert_eq!(first, ["x", "1", "2"]);
    drop(lines);
    // Rows buffered before writing would never end: give up on the child after a minute.
    let mut status = None;
    for _ in 0..600 {
        status = child.try_wait().unwrap();
        if status.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    if status.is_none() {
        child.kill().unwrap();
    }
    assert_eq!(status.and_then(|s| s.code()), Some(0));
}

#[test]
fn sql_stops_at_its_timeout() {
    let w = Work::new();
    w.ingest_seeds();
    w.cmd()
        .args([
            "sql",
            "--timeout",
            "0.5",
            &format!("SELECT count(*) FROM ({ENDLESS})"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the query ran longer than --timeout 0.5 s and was stopped",
        ));
    w.cmd()
        .args(["sql", "--timeout", "0", "SELECT 1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'0' is not a positive number of seconds",
        ));
}

// 12. Messages that name the problem.

#[test]
fn a_database_in_a_read_only_directory_is_read() {
    let w = Work::new();
    let dir = w.path().join("archive");
    std::fs::create_dir(&dir).unwrap();
    w.run(&[
        "--db",
        "archive/claims.db",
        "ingest",
        seeds().to_str().unwrap(),
    ]);
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(w.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anywhere: run as nobody, so the directory really is read-only.
    let mut cmd = if running_as_root() {
        let mut c = Process::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(binary());
        c
    } else {
        Process::new(binary())
    };
    let out = cmd
        .current_dir(w.path())
        .env_remove("CLAIMDB_DB")
        .args([
            "--db",
            "archive/claims.db",
            "sql",
            "SELECT count(*) FROM articles",
        ])
        .output()
        .unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(
        (
            String::from_utf8_lossy(&out.stdout).as_ref(),
            String::from_utf8_lossy(&out.stderr).as_ref()
        ),
        ("count(*)\n5\n", "")
    );
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["claims.db"]);
}

/// Whether the tests run as root (whose writes no directory mode stops).
fn running_as_root() -> bool {
    Process::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n")
}

#[test]
fn a_directory_as_database_is_named() {
    let w = Work::new();
    for command in [&["statements"][..], &["ingest", "-"]] {
        w.cmd()
            .args(["--db", "/tmp"])
            .args(command)
            .write_stdin("Title\n\nSome words.")
            .assert()
            .code(2)
            .stderr("claimdb: error: /tmp is a directory, not a database file: pass a file, e.g. --db /tmp/claims.db\n");
    }
}

// 13. Side effects.

#[test]
fn read_commands_leave_other_files_as_they_were() {
    let w = Work::new();
    // Another program's database in WAL mode.
    let other = w.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.pragma_update(None, "journal_mode", "WAL").unwrap();
        c.execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    // An SQLite file with no tables, and an empty file.
    let bare = w.path().join("bare.db");
    {
        let c = rusqlite::Connection::open(&bare).unwrap();
        c.execute_batch("CREATE TABLE t (x); DROP TABLE t;")
            .unwrap();
    }
    std::fs::write(w.path().join("empty.db"), "").unwrap();
    let listing = || -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<_> = std::fs::read_dir(w.path())
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let before = listing();
    for (db, message) in [
        (
            "other.db",
            "other.db is an SQLite database without claimdb's mark",
        ),
        (
            "bare.db",
            "bare.db is an SQLite database without claimdb's mark",
        ),
        (
            "empty.db",
            "empty.db is an empty file, not a claimdb database",
        ),
    ] {
        for command in [
            &["statements"][..],
            &["sql", "SELECT 1"],
            &["articles"],
            &["speakers"],
        ] {
            w.cmd()
                .args(["--db", db])
                .args(command)
                .assert()
                .code(2)
                .stderr(predicate::str::contains(message));
        }
    }
    // An SQLite file with no tables is not made a claimdb database by ingest either.
    w.cmd()
        .args(["--db", "bare.db", "ingest", seeds().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bare.db is an SQLite database with no tables",
        ));
    assert_eq!(listing(), before);
    // ... but an empty file named on purpose is.
    w.run(&["--db", "empty.db", "ingest", seeds().to_str().unwrap()]);
    assert_eq!(
        w.csv(&["--db", "empty.db", "sql", "SELECT count(*) FROM articles"])[1],
        ["5"]
    );
}

#[test]
fn a_failed_export_leaves_no_temporary_file() {
    let w = Work::new();
    w.ingest_seeds();
    std::fs::create_dir(w.path().join("out")).unwrap();
    w.cmd()
        .args(["export", "statements", "-o", "out"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "out is a directory: give -o a file name",
        ));
    w.cmd()
        .args(["export", "statements", "-o", "missing/x.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write missing/x.csv"));
    let mut left: Vec<String> = std::fs::read_dir(w.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("claims.db"))
        .collect();
    left.sort();
    assert_eq!(left, ["out"]);
    assert_eq!(std::fs::read_dir(w.path().join("out")).unwrap().count(), 0);
}
