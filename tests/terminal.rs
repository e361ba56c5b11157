//! Output people read in a terminal: tables that fit, shorthands, limits, colour.

mod common;

use common::Work;
use predicates::prelude::*;

fn table(w: &Work, args: &[&str], columns: &str) -> String {
    let out = w
        .cmd()
        .args(args)
        .args(["--format", "table"])
        .env("COLUMNS", columns)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn tables_fit_the_terminal_with_links_on_their_own_line() {
    let w = Work::new();
    w.ingest_seeds();
    let out = table(&w, &["who", "Hua Chunying"], "80");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("id  spea"), "{out}");
    let (links, rows): (Vec<&str>, Vec<&str>) =
        lines[2..].iter().partition(|l| l.starts_with("    "));
    assert_eq!(rows.len(), 7, "{out}");
    assert_eq!(links.len(), 7, "{out}");
    for l in &lines {
        if !l.starts_with("    ") {
            assert!(l.chars().count() <= 80, "wider than 80: {l}");
        }
    }
    // Long cells are cut with an ellipsis; the link is whole, as in CSV.
    let full = w.csv(&["who", "Hua Chunying", "--format", "csv"]);
    let first_text = &full[1][4];
    let cut: String = first_text.chars().take(8).collect();
    assert!(
        rows[0].contains(&cut) && rows[0].contains('…'),
        "{}",
        rows[0]
    );
    assert!(!rows[0].contains(first_text.as_str()));
    assert_eq!(links[0].trim(), full[1][9]);
    // Wider terminals show more of the text.
    let wide = table(&w, &["who", "Hua Chunying"], "200");
    let wide_row = wide.lines().nth(2).unwrap();
    assert!(wide_row.chars().count() > rows[0].chars().count());
}

#[test]
fn shorthands_limits_headers_and_format_case() {
    let w = Work::new();
    w.ingest_seeds();
    let csv = w.run(&["speakers", "--format", "csv"]);
    assert_eq!(w.run(&["speakers", "--format", "CSV"]), csv);
    assert_eq!(w.run(&["speakers", "--csv"]), csv);
    let json = w.run(&["speakers", "--json"]);
    assert_eq!(json, w.run(&["speakers", "--format", "Json"]));
    assert!(json.starts_with("[\n  {"));
    let limited = w.run(&["speakers", "--csv", "--limit", "2"]);
    assert_eq!(
        limited,
        csv.lines()
            .take(3)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    let bare = w.run(&["speakers", "--csv", "--limit", "2", "--no-headers"]);
    assert_eq!(
        bare,
        csv.lines()
            .skip(1)
            .take(2)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&w.run(&["statements", "--json", "--limit", "3"])).unwrap();
    assert_eq!(rows.len(), 3);
    w.cmd()
        .args(["speakers", "--csv", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'--csv' cannot be used with '--json'",
        ));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let w = Work::new();
    w.ingest_seeds();
    let plain = table(&w, &["statements", "--color", "never"], "120");
    assert!(!plain.contains('\x1b'));
    let piped = table(&w, &["statements"], "120");
    assert_eq!(
        piped, plain,
        "auto: no colour when stdout is not a terminal"
    );
    let coloured = table(&w, &["statements", "--color", "always"], "120");
    // Headers bold, verdicts coloured (reworded in yellow).
    assert!(coloured.contains("\x1b[1m"), "{coloured}");
    assert!(coloured.contains("\x1b[38;5;11mreworded"), "{coloured}");
}
