//! Curating the database: forget an article, rename and split speakers, stats, stdin names.

mod common;

use common::{seeds, Work};
use predicates::prelude::*;

const YUNBA: &str = "002_1088e96b628aa367.txt";

#[test]
fn forget_removes_an_article_its_statements_and_group_places_and_reingest_restores_them() {
    let w = Work::new();
    w.ingest_seeds();
    let statements: i64 = w.scalar("SELECT count(*) FROM statements").parse().unwrap();
    let own: i64 = w
        .scalar(&format!("SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.file = '{YUNBA}'"))
        .parse()
        .unwrap();
    let groups_before = w.csv(&[
        "sql",
        "SELECT verdict, count(*) FROM groups GROUP BY verdict ORDER BY verdict",
    ]);
    let out = w.run(&["forget", YUNBA]);
    assert!(
        out.starts_with(&format!(
            "forgot {YUNBA} (1 revision): {own} statements removed, "
        )),
        "{out}"
    );
    assert_eq!(w.scalar("SELECT count(*) FROM articles"), "4");
    assert_eq!(
        w.scalar("SELECT count(*) FROM statements"),
        (statements - own).to_string()
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM group_members gm LEFT JOIN statements s ON s.id = gm.statement_id WHERE s.id IS NULL"),
        "0"
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM (SELECT g.id FROM groups g LEFT JOIN group_members gm ON gm.group_id = g.id GROUP BY g.id HAVING count(gm.statement_id) < 2)"),
        "0"
    );
    // "back doors" was only in that article; the search index forgot it too.
    assert_eq!(w.csv(&["statements", "--search", "back door"]).len(), 1);
    w.ingest_seeds();
    assert_eq!(
        w.csv(&[
            "sql",
            "SELECT verdict, count(*) FROM groups GROUP BY verdict ORDER BY verdict"
        ]),
        groups_before
    );
    w.cmd()
        .args(["forget", "nothing.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no article named 'nothing.txt'"));
}

#[test]
fn rename_keeps_the_old_name_as_an_alias_and_split_undoes_an_alias() {
    let w = Work::new();
    w.ingest_seeds();
    assert_eq!(
        w.run(&["speakers", "rename", "Hua Chunying", "Hua Chunying (MFA)"]),
        "renamed Hua Chunying to Hua Chunying (MFA)\n"
    );
    assert_eq!(w.csv(&["who", "Hua Chunying (MFA)"]).len(), 8);
    let by_old = w.csv(&["who", "Hua Chunying"]);
    assert_eq!(by_old.len(), 8);
    assert!(by_old[1..].iter().all(|r| r[1] == "Hua Chunying (MFA)"));
    w.cmd()
        .args(["speakers", "rename", "Obama", "Hua Chunying"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already names Hua Chunying (MFA)"));

    let china: i64 = w.scalar("SELECT count(*) FROM statements s JOIN speakers sp ON sp.id = s.speaker_id WHERE sp.name = 'China'").parse().unwrap();
    assert_eq!(
        w.run(&["speakers", "split", "China's government"]),
        "'China's government' is no longer China: a speaker of its own, with 1 statement that name it so\n"
    );
    let split = w.csv(&["who", "China's government"]);
    assert_eq!(split.len(), 2);
    assert_eq!(split[1][1], "China's government");
    assert_eq!(w.csv(&["who", "China"]).len() as i64, china);
    w.cmd()
        .args(["speakers", "split", "China"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "is China's own name, not an alias",
        ));
}

#[test]
fn a_renamed_speakers_groups_are_decided_again_at_the_next_ingest() {
    let w = Work::new();
    w.ingest_seeds();
    let attribution = "SELECT differences FROM groups WHERE verdict = 'attribution'";
    assert!(
        w.scalar(attribution).contains("to Jiang Jun,"),
        "{}",
        w.scalar(attribution)
    );
    w.run(&["speakers", "rename", "Jiang Jun", "Jiang Jun (CAC)"]);
    // Nothing new to store, but the groups that name him are decided again.
    assert!(w
        .ingest_seeds()
        .starts_with("5 articles: 0 new, 5 unchanged, 0 failed"));
    assert!(
        w.scalar(attribution).contains("to Jiang Jun (CAC),"),
        "{}",
        w.scalar(attribution)
    );
    assert_eq!(w.scalar("SELECT count(*) FROM _renamed_speakers"), "0");
}

#[test]
fn stats_counts_tables_verdicts_and_outlets() {
    let w = Work::new();
    w.ingest_seeds();
    let rows = w.csv(&["stats", "--csv"]);
    assert_eq!(rows[0], ["what", "name", "count", "statements"]);
    let find = |what: &str, name: &str| {
        rows.iter()
            .find(|r| r[0] == what && r[1] == name)
            .unwrap_or_else(|| panic!("no {what} {name} in {rows:?}"))
            .clone()
    };
    assert_eq!(
        find("table", "statements")[2],
        w.scalar("SELECT count(*) FROM statements")
    );
    assert_eq!(find("table", "articles")[2], "5");
    assert_eq!(
        find("verdict", "reworded")[2],
        w.scalar("SELECT count(*) FROM groups WHERE verdict = 'reworded'")
    );
    assert_eq!(find("verdict", "conflict")[2], "0");
    let yunba = w.scalar(
        "SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.outlet = 'yunba.cc'",
    );
    assert_eq!(find("outlet", "yunba.cc")[2..], ["1".to_string(), yunba]);
}

#[test]
fn an_article_from_stdin_is_named_by_its_url_or_title() {
    let w = Work::new();
    let body = std::fs::read_to_string(seeds().join(YUNBA)).unwrap();
    w.cmd()
        .args([
            "ingest",
            "-",
            "--url",
            "https://example.org/a",
            "--outlet",
            "Example",
        ])
        .write_stdin(body.clone())
        .assert()
        .success();
    w.cmd()
        .args(["ingest", "-"])
        .write_stdin(format!("{body}\nOne more line.\n"))
        .assert()
        .success();
    let files = w.csv(&["sql", "SELECT file FROM articles ORDER BY id"]);
    assert_eq!(
        files[1..],
        [
            ["https://example.org/a".to_string()],
            ["China defends cybersecurity back door demands as Obama protests".to_string()]
        ]
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM statements WHERE link LIKE '-:%'"),
        "0"
    );
}
