//! The real binary on the seeds: ingest, ask, export, and every kind of bad input.

mod common;

use common::{seeds, Work};
use predicates::prelude::*;

#[test]
fn ingesting_twice_changes_nothing_and_says_so() {
    let w = Work::new();
    let first = w.ingest_seeds();
    assert!(
        first.starts_with("5 articles: 5 new, 0 unchanged, 0 failed\n"),
        "{first}"
    );
    let statements = w.scalar("SELECT count(*) FROM statements");
    let groups = w.scalar("SELECT count(*) FROM groups");
    let second = w.ingest_seeds();
    assert_eq!(
        second,
        "5 articles: 0 new, 5 unchanged, 0 failed\nnothing new: every article was already stored\n"
    );
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "5");
    assert_eq!(w.scalar("SELECT count(*) FROM statements"), statements);
    assert_eq!(w.scalar("SELECT count(*) FROM groups"), groups);
}

#[test]
fn manifest_metadata_is_stored() {
    let w = Work::new();
    w.ingest_seeds();
    let rows = w.csv(&[
        "sql",
        "SELECT file, outlet, published, url FROM articles WHERE file LIKE '002%'",
    ]);
    assert_eq!(
        rows[1],
        [
            "002_1088e96b628aa367.txt",
            "yunba.cc",
            "2015-03-03",
            "https://yunba.cc/2024/05/24/china-defends-cybersecurity-back-door-demands-as-obama-protests"
        ]
    );
    assert_eq!(
        w.scalar("SELECT title FROM articles WHERE file LIKE '003%'"),
        "China defends new cybersecurity demands amid US complaints"
    );
}

#[test]
fn who_finds_hua_chunying_beyond_reproach_in_both_outlets_with_links() {
    let w = Work::new();
    w.ingest_seeds();
    let rows = w.csv(&["who", "hua chunying", "--format", "csv"]);
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut reproach: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| r[col("text")].contains("beyond reproach"))
        .collect();
    reproach.sort_by_key(|r| r[col("article")].clone());
    assert_eq!(reproach.len(), 2, "{rows:?}");
    assert_eq!(reproach[0][col("article")], "002_1088e96b628aa367.txt");
    assert_eq!(reproach[1][col("article")], "003_9c4cd3d54106c8e7.txt");
    assert_eq!(reproach[0][col("kind")], "direct");
    assert_eq!(
        reproach[0][col("link")],
        "https://yunba.cc/2024/05/24/china-defends-cybersecurity-back-door-demands-as-obama-protests#:~:text=All%20countries%20are%20paying,This%20is%20beyond%20reproach%2C"
    );
    assert!(reproach[1][col("link")]
        .starts_with("http://blogs.newtecservices.com/?p=200#:~:text=All%20countries"));
    // Both copies differ in a detail (spokesman / spokeswoman): who marks them.
    assert_eq!(reproach[0][col("diverges")], "detail");
    // Any alias finds her; so does the mention as written.
    let by_alias = w.csv(&["who", "Hua", "--format", "csv"]);
    assert_eq!(by_alias, rows);
    let by_mention = w.csv(&[
        "who",
        "China’s Foreign Ministry spokesman Hua Chunying",
        "--format",
        "csv",
    ]);
    assert_eq!(by_mention, rows);
}

#[test]
fn statements_without_url_link_to_path_line_column() {
    let w = Work::new();
    w.ingest_seeds();
    let rows = w.csv(&["sql", "SELECT link, start, text FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.file LIKE '004%' AND text = 'swift work'"]);
    let path = seeds().join("004_876d73848e80dcb3.txt");
    // "President Barack Obama has called for "swift work"": line 8 of the file, after 39 characters.
    let line8 = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .nth(7)
        .unwrap()
        .to_string();
    assert!(
        line8.starts_with("President Barack Obama has called for \"swift work\""),
        "{line8}"
    );
    assert_eq!(rows[1][0], format!("{}:8:40", path.display()));
}

#[test]
fn offsets_give_back_the_text_of_every_statement() {
    let w = Work::new();
    w.ingest_seeds();
    let total: usize = w.scalar("SELECT count(*) FROM statements").parse().unwrap();
    assert!(total > 40, "{total}");
    let bad = w.scalar("SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id WHERE substr(a.body, s.start + 1, s.end - s.start) <> s.text");
    assert_eq!(bad, "0");
}

#[test]
fn exports_parse_back_with_the_csv_crate() {
    let w = Work::new();
    w.ingest_seeds();
    w.run(&["export", "who_said_what", "-o", "claims.csv"]);
    let mut reader = csv::Reader::from_path(w.path().join("claims.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "statement_id",
            "speaker",
            "role",
            "kind",
            "text",
            "cue",
            "via",
            "outlet",
            "published",
            "title",
            "file",
            "link"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        records.len().to_string(),
        w.scalar("SELECT count(*) FROM who_said_what")
    );
    let obama = records.iter().find(|r| &r[4] == "We have made it very clear to them that this is something they are going to have to change if they are to do business with the United States.").unwrap();
    assert_eq!(&obama[1], "Barack Obama");
    assert_eq!(&obama[7], "yunba.cc");
    // Every table and view exports; an unknown name is refused with the list.
    w.run(&["export", "speakers", "--format", "jsonl"]);
    w.cmd()
        .args(["export", "nosuch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no table or view named 'nosuch'; there are: ",
        ));
}

#[test]
fn csv_neutralises_formulas_unless_raw() {
    let w = Work::new();
    w.ingest_seeds();
    let q = "SELECT '=HYPERLINK(1)' AS a, NULL AS b";
    assert_eq!(
        w.run(&["sql", q, "--format", "csv"]),
        "a,b\n'=HYPERLINK(1),\n"
    );
    assert_eq!(
        w.run(&["sql", q, "--format", "csv", "--raw", "--null", "NULL"]),
        "a,b\n=HYPERLINK(1),NULL\n"
    );
}

#[test]
fn sql_refuses_writes() {
    let w = Work::new();
    w.ingest_seeds();
    for q in [
        "DELETE FROM statements",
        "DROP TABLE articles",
        "UPDATE speakers SET name = 'x'",
        "INSERT INTO speakers (name) VALUES ('x')",
    ] {
        w.cmd()
            .args(["sql", q])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("claimdb sql only reads"));
    }
    assert!(
        w.scalar("SELECT count(*) FROM statements")
            .parse::<usize>()
            .unwrap()
            > 0
    );
}

#[test]
fn statements_filters() {
    let w = Work::new();
    w.ingest_seeds();
    let rows = w.csv(&[
        "statements",
        "--speaker",
        "obama",
        "--kind",
        "direct",
        "--outlet",
        "YUNBA.CC",
    ]);
    let texts: Vec<&str> = rows[1..].iter().map(|r| r[4].as_str()).collect();
    assert_eq!(
        texts,
        [
            "This is something that I’ve raised directly with President Xi,",
            "We have made it very clear to them that this is something they are going to have to change if they are to do business with the United States."
        ]
    );
    let found = w.csv(&["statements", "--search", "reproach"]);
    assert_eq!(found.len(), 3, "{found:?}");
    let dated = w.csv(&[
        "statements",
        "--since",
        "2015-01-01",
        "--until",
        "2015-03",
        "--kind",
        "partial",
    ]);
    assert!(
        dated[1..].iter().all(|r| r[6].starts_with("2015")),
        "{dated:?}"
    );
    assert!(dated.len() > 1);
    w.cmd()
        .args(["statements", "--since", "March"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'March' is not a date"));
    w.cmd()
        .args(["statements", "--search-raw", "\"unclosed"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a valid FTS5 query"));
}

#[test]
fn speakers_lists_counts_and_aliases_and_alias_merges() {
    let w = Work::new();
    w.ingest_seeds();
    let rows = w.csv(&["speakers"]);
    assert_eq!(rows[0], ["id", "name", "kind", "statements", "aliases"]);
    let hua = rows.iter().find(|r| r[1] == "Hua Chunying").unwrap();
    assert_eq!(hua[2], "person");
    assert_eq!(hua[3], "7");
    assert!(
        hua[4].contains("China’s Foreign Ministry spokesman Hua Chunying"),
        "{hua:?}"
    );
    let obama = rows.iter().find(|r| r[1] == "Barack Obama").unwrap();
    assert!(obama[4].contains("President Barack Obama"), "{obama:?}");
    assert!(obama[4].contains("Obama; "), "{obama:?}");
    let xinhua = rows.iter().find(|r| r[1] == "Xinhua News Agency").unwrap();
    assert_eq!(xinhua[2], "organization");
    // Teach that the congressional panel is the committee: their statements join.
    let panel =
        w.scalar("SELECT count(*) FROM who_said_what WHERE speaker = 'congressional panel'");
    let committee = w.scalar(
        "SELECT count(*) FROM who_said_what WHERE speaker = 'U.S. congressional committee'",
    );
    let out = w.run(&[
        "speakers",
        "alias",
        "congressional panel",
        "U.S. congressional committee",
    ]);
    assert_eq!(
        out,
        "merged congressional panel into U.S. congressional committee\n"
    );
    let merged: usize = w
        .scalar("SELECT count(*) FROM who_said_what WHERE speaker = 'U.S. congressional committee'")
        .parse()
        .unwrap();
    assert_eq!(
        merged,
        panel.parse::<usize>().unwrap() + committee.parse::<usize>().unwrap()
    );
    assert_eq!(
        w.run(&["who", "congressional panel", "--format", "csv"])
            .lines()
            .count(),
        merged + 1
    );
    w.cmd()
        .args(["speakers", "alias", "Nobody", "No One"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "neither 'Nobody' nor 'No One' names a speaker",
        ));
}

#[test]
fn who_explains_unknown_and_ambiguous_names() {
    let w = Work::new();
    w.ingest_seeds();
    w.cmd()
        .args(["who", "Nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no speaker named 'Nobody'"));
    w.cmd()
        .args(["who", "Office"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "could be any of: Internet Information Office, State information Office",
        ));
}

#[test]
fn database_from_flag_before_or_after_the_command_or_env() {
    let w = Work::new();
    w.run(&["--db", "a.db", "ingest", seeds().to_str().unwrap()]);
    w.run(&["ingest", seeds().to_str().unwrap(), "--db", "b.db"]);
    w.cmd()
        .env("CLAIMDB_DB", "c.db")
        .args(["ingest", seeds().to_str().unwrap()])
        .assert()
        .success();
    for db in ["a.db", "b.db", "c.db"] {
        assert!(w.path().join(db).exists(), "{db}");
    }
    assert!(!w.db().exists());
    w.cmd()
        .args(["who", "Obama"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no database at claims.db"));
}

#[test]
fn bad_inputs_are_named_and_the_good_ones_land() {
    let w = Work::new();
    let dir = w.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::copy(
        seeds().join("002_1088e96b628aa367.txt"),
        dir.join("good.txt"),
    )
    .unwrap();
    std::fs::copy(
        seeds().join("003_9c4cd3d54106c8e7.txt"),
        dir.join("baddate.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Title\n\nCaf\xe9 said \"no\".\n").unwrap();
    std::fs::write(dir.join("empty.txt"), b"  \n\n").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x7fELF\x00\x01\x02").unwrap();
    std::fs::write(
        dir.join("manifest.csv"),
        "file,url,outlet,published,wire\ngood.txt,http://good.example/a,Good News,2015-03-03,\nbaddate.txt,,Bad,31/03/2015,\nmissing.txt,,Gone,2015-01-01,\nshort.txt,only-two\n",
    )
    .unwrap();
    let out = w
        .cmd()
        .args(["ingest", "in", "nosuch.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "in/latin1.txt: not UTF-8 text (invalid byte at offset 10)",
        ))
        .stderr(predicate::str::contains("in/empty.txt: empty file"))
        .stderr(predicate::str::contains("in/binary.txt: binary file"))
        .stderr(predicate::str::contains("nosuch.txt: no such file"))
        .stderr(predicate::str::contains(
            "in/manifest.csv: row 3: baddate.txt: published date '31/03/2015' has no month 31 (slashed dates are read month first: M/D/YY)",
        ))
        .stderr(predicate::str::contains(
            "in/manifest.csv: row 4: names missing.txt, which does not exist",
        ))
        .stderr(predicate::str::contains(
            "in/manifest.csv: row 5: short.txt: has 2 fields where the header has 5; names short.txt, which does not exist",
        ))
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out)
        .unwrap()
        .starts_with("6 articles: 1 new, 0 unchanged, 5 failed\n"));
    assert_eq!(
        w.scalar("SELECT group_concat(file) FROM articles"),
        "good.txt"
    );
    assert_eq!(w.scalar("SELECT outlet FROM articles"), "Good News");
    // No statement without its article.
    assert_eq!(
        w.scalar(
            "SELECT count(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles)"
        ),
        "0"
    );
}

#[test]
fn a_database_that_is_not_ours_is_refused_and_left_untouched() {
    let w = Work::new();
    let other = w.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&other).unwrap();
        c.execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let before = std::fs::read(&other).unwrap();
    w.cmd()
        .args(["--db", "other.db", "ingest", seeds().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("other.db is an SQLite database of another program, not claimdb's; it was left untouched"));
    assert_eq!(std::fs::read(&other).unwrap(), before);

    let text = w.path().join("notes.db");
    std::fs::write(
        &text,
        "just some text, long enough to not be a database header at all....",
    )
    .unwrap();
    let before = std::fs::read(&text).unwrap();
    w.cmd()
        .args(["--db", "notes.db", "ingest", seeds().to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "notes.db is not a claimdb database (not an SQLite file)",
        ));
    assert_eq!(std::fs::read(&text).unwrap(), before);
}

#[test]
fn stdin_with_metadata_and_a_new_revision_of_the_same_url() {
    let w = Work::new();
    let body = std::fs::read_to_string(seeds().join("002_1088e96b628aa367.txt")).unwrap();
    let args = [
        "ingest",
        "-",
        "--url",
        "http://example.org/story",
        "--outlet",
        "Example",
        "--published",
        "2015-03-04",
    ];
    w.cmd()
        .args(args)
        .write_stdin(body.clone())
        .assert()
        .success()
        .stdout(predicate::str::starts_with("1 articles: 1 new"));
    let changed = body.replace("very clear", "abundantly clear");
    w.cmd()
        .args(args)
        .write_stdin(changed)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "1 articles: 0 new, 1 new revisions",
        ));
    let rows = w.csv(&["articles", "--all"]);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2][6], "2");
    // Only the current revision answers questions.
    assert_eq!(
        w.scalar("SELECT count(*) FROM who_said_what WHERE text LIKE '%abundantly%'"),
        "1"
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM who_said_what WHERE text LIKE '%very clear%'"),
        "0"
    );
    w.cmd()
        .args(["ingest", "-", "--published", "yesterday"])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--published 'yesterday' is not a date claimdb reads",
        ));
    w.cmd()
        .args(["ingest", "a.txt", "b.txt", "--outlet", "X"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give exactly one file"));
}

#[test]
fn the_same_story_from_two_outlets_is_two_articles_and_one_group() {
    let w = Work::new();
    let body = std::fs::read_to_string(seeds().join("002_1088e96b628aa367.txt")).unwrap();
    for outlet in ["Wire Daily", "Other Times"] {
        w.cmd()
            .args(["ingest", "-", "--outlet", outlet])
            .write_stdin(body.clone())
            .assert()
            .success()
            .stdout(predicate::str::starts_with("1 articles: 1 new"));
    }
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "2");
    assert_eq!(
        w.scalar("SELECT count(DISTINCT verdict) || ' ' || min(verdict) FROM groups"),
        "1 agree"
    );
    // The same story from the same outlet again is the same article.
    w.cmd()
        .args(["ingest", "-", "--outlet", "Wire Daily"])
        .write_stdin(body)
        .assert()
        .success()
        .stdout("1 articles: 0 new, 1 unchanged, 0 failed\nnothing new: every article was already stored\n");
}

#[test]
fn help_has_examples() {
    let w = Work::new();
    w.cmd()
        .args(["--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("claimdb ingest seeds"));
    w.cmd()
        .args(["ingest", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("manifest.csv"));
}

#[test]
fn a_limit_lists_the_first_rows_of_the_whole_listing() {
    let w = Work::new();
    w.ingest_seeds();
    // A speaker with more statements than are found by speaker (2,000): listed by walking
    // articles in date order, which must give the same rows as the listing in full.
    let lines: String = (0..2_100)
        .map(|i| format!("“Bridge number {i} will open before the winter,” Mara Quill said.\n\n"))
        .collect();
    std::fs::write(w.path().join("quill.txt"), format!("Bridges\n\n{lines}")).unwrap();
    w.run(&["ingest", "quill.txt"]);
    let quill = "SELECT count(*) FROM statements s JOIN speakers p ON p.id = s.speaker_id
                 WHERE p.name = 'Mara Quill'";
    assert_eq!(w.scalar(quill), "2100");
    for (args, limit) in [
        (vec!["who", "Mara Quill"], 7),
        (vec!["who", "Hua Chunying"], 2),
        (vec!["statements"], 7),
        (vec!["statements", "--kind", "direct"], 7),
        (vec!["statements", "--search", "bridge"], 7),
    ] {
        let all = w.csv(&[args.as_slice(), &["--format", "csv"]].concat());
        assert!(all.len() > limit + 1, "{args:?}");
        let n = limit.to_string();
        let first = w.csv(&[args.as_slice(), &["--format", "csv", "--limit", &n]].concat());
        assert_eq!(first, all[..=limit], "{args:?}");
    }
}
