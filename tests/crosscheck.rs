//! Cross-checking on the seeds' gold groups, on edited copies (one per verdict), incrementally,
//! and on a generated corpus whose groups are known.

mod common;

use std::collections::HashMap;

use common::{generator, root, seeds, Work};
use serde_json::Value;

fn groups(w: &Work) -> Vec<Value> {
    let out = w.run(&["crosscheck", "--format", "json"]);
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn seed_gold_groups_are_found_with_their_verdicts() {
    let w = Work::new();
    w.ingest_seeds();
    let found = groups(&w);
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("fixtures/gold_seeds.json")).unwrap(),
    )
    .unwrap();
    let statements: HashMap<&str, &Value> = gold["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s))
        .collect();
    // What each group must say: its differences, and for G2 the omission as a note.
    let expected_differences: HashMap<&str, &[&str]> = HashMap::from([
        ("G1", &["'Foreign Ministry spokesman'", "'Foreign Ministry spokeswoman'"][..]),
        ("G2", &[][..]),
        ("G3", &["Newtec Services blog drops 'very': We have made it [-very-] clear"][..]),
        ("G4", &["Newtec Services blog drops 'has': point out that China [-has-] consistently opposed"][..]),
        ("G5", &[][..]),
        ("G6", &[][..]),
        ("G7", &["Winnipeg Free Press gives it to Jiang Jun, Computerworld Australia to State information Office (Jiang Jun is its spokesperson"][..]),
    ]);
    let expected_notes: HashMap<&str, &[&str]> = HashMap::from([(
        "G2",
        &[
            "'in an interview with Reuters on Monday'",
            "'in a an interview'",
        ][..],
    )]);
    for g in gold["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| !g["optional"].as_bool().unwrap_or(false))
    {
        let id = g["id"].as_str().unwrap();
        let members: Vec<&Value> = g["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| statements[m.as_str().unwrap()])
            .collect();
        // The found group holding the first gold member.
        let holds = |fg: &Value, gm: &Value| {
            // The very statement: same article, same words (marks and case aside).
            fg["members"].as_array().unwrap().iter().any(|m| {
                m["article"] == gm["article"]
                    && norm(m["text"].as_str().unwrap()) == norm(gm["text"].as_str().unwrap())
            })
        };
        let fg = found
            .iter()
            .find(|fg| holds(fg, members[0]))
            .unwrap_or_else(|| panic!("{id}: no group holds {}", members[0]["id"]));
        assert!(
            members.iter().all(|m| holds(fg, m)),
            "{id}: members split: {fg:#}"
        );
        assert_eq!(
            fg["members"].as_array().unwrap().len(),
            members.len(),
            "{id}: extra members: {fg:#}"
        );
        assert_eq!(fg["verdict"], g["verdict"], "{id}: {fg:#}");
        let differences: Vec<&str> = fg["differences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        for want in expected_differences[id] {
            assert!(
                differences.iter().any(|d| d.contains(want)),
                "{id}: no difference '{want}' in {differences:#?}"
            );
        }
        let notes = fg["notes"].as_array().unwrap();
        for want in expected_notes.get(id).copied().unwrap_or_default() {
            assert!(
                notes.iter().any(|n| n.as_str().unwrap().contains(want)),
                "{id}: no note '{want}' in {notes:#?}"
            );
        }
        if g["verdict"] == "agree" {
            assert!(differences.is_empty(), "{id}: {differences:#?}");
        }
    }
}

#[test]
fn statements_no_other_outlet_carries_are_single_source() {
    let w = Work::new();
    w.ingest_seeds();
    let grouped: usize = w
        .scalar("SELECT count(*) FROM group_members")
        .parse()
        .unwrap();
    let single: usize = w
        .scalar("SELECT count(*) FROM statement_copies WHERE verdict = 'single-source'")
        .parse()
        .unwrap();
    let all: usize = w.scalar("SELECT count(*) FROM statements").parse().unwrap();
    assert_eq!(grouped + single, all);
    assert_eq!(
        w.scalar(
            "SELECT verdict FROM statement_copies WHERE text LIKE 'We have made it very clear%'"
        ),
        "reworded"
    );
    assert_eq!(
        w.scalar(
            "SELECT verdict FROM statement_copies WHERE text LIKE 'Ensuring that IT technologies%'"
        ),
        "single-source"
    );
}

#[test]
fn crosscheck_json_has_the_contract_shape() {
    let w = Work::new();
    w.ingest_seeds();
    let found = groups(&w);
    let g = found
        .iter()
        .find(|g| g["verdict"] == "reworded" && g["speaker"] == "Barack Obama")
        .unwrap();
    let keys: Vec<&str> = g.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "id",
            "verdict",
            "speaker",
            "members",
            "differences",
            "notes"
        ]
    );
    let m = &g["members"][0];
    let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "article",
            "outlet",
            "start",
            "end",
            "text",
            "speaker",
            "role",
            "link",
            "published",
            "diff"
        ]
    );
    assert_eq!(m["article"], "002_1088e96b628aa367.txt");
    assert_eq!(m["outlet"], "yunba.cc");
    // Filters.
    let w2 = w.run(&[
        "crosscheck",
        "--verdict",
        "reworded",
        "--speaker",
        "obama",
        "--format",
        "json",
    ]);
    assert_eq!(
        serde_json::from_str::<Value>(&w2)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let none = w.run(&[
        "crosscheck",
        "--outlet",
        "Winnipeg Free Press",
        "--verdict",
        "agree",
        "--format",
        "json",
    ]);
    assert_eq!(none.trim(), "[]");
}

#[test]
fn one_group_is_shown_by_its_id_and_an_unknown_id_is_an_error() {
    let w = Work::new();
    w.ingest_seeds();
    let all = groups(&w);
    assert!(all.len() >= 2, "{all:#?}");
    let second = all[1]["id"].as_i64().unwrap();
    let out = w.run(&[
        "crosscheck",
        "--group",
        &second.to_string(),
        "--format",
        "json",
    ]);
    let one: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(one, vec![all[1].clone()]);
    w.cmd()
        .args(["crosscheck", "--group", "987654"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "no group 987654; `claimdb crosscheck` lists them",
        ));
}

#[test]
fn each_edited_copy_gets_its_verdict_and_nothing_else() {
    for (dir, verdict) in [
        ("conflict-number", "conflict"),
        ("conflict-negation", "conflict"),
        ("attribution", "attribution"),
        ("reworded", "reworded"),
        ("truncated", "truncated"),
        ("detail-role", "detail"),
        ("agree-punctuation", "agree"),
    ] {
        let w = Work::new();
        w.run(&[
            "ingest",
            root().join("fixtures/verdicts").join(dir).to_str().unwrap(),
        ]);
        let found = groups(&w);
        assert_eq!(found.len(), 1, "{dir}: {found:#?}");
        assert_eq!(found[0]["verdict"], verdict, "{dir}: {found:#?}");
        let differences = found[0]["differences"].as_array().unwrap();
        let expected_lines = if verdict == "agree" { 0 } else { 1 };
        assert_eq!(differences.len(), expected_lines, "{dir}: {differences:#?}");
    }
}

#[test]
fn adding_articles_updates_only_the_groups_they_touch() {
    let w = Work::new();
    let file = |n: &str| seeds().join(n).to_str().unwrap().to_string();
    // 002 and 003 carry the same quotes: groups appear when the second arrives, and ingest says so.
    w.run(&["ingest", &file("002_1088e96b628aa367.txt")]);
    assert!(groups(&w).is_empty());
    let out = w.run(&["ingest", &file("003_9c4cd3d54106c8e7.txt")]);
    assert!(
        out.contains("cross-check: 7 groups made or changed: 2 reworded, 1 detail, 4 agree\n"),
        "{out}"
    );
    assert!(
        out.contains("(Barack Obama, reworded, 2 outlets): Newtec Services blog drops 'very'"),
        "{out}"
    );
    let before = groups(&w);
    // 000 and 001 share one claim with each other, nothing with 002/003: those groups stay as they were.
    w.run(&["ingest", &file("000_98cb3c4c165b41dc.txt")]);
    let out = w.run(&["ingest", &file("001_7b91fcd4b0edfba1.txt")]);
    assert!(out.contains("attribution"), "{out}");
    let after = groups(&w);
    for g in &before {
        assert!(after.contains(g), "group changed: {g:#}");
    }
    // Re-running on unchanged data changes nothing.
    w.run(&["ingest", &file("004_876d73848e80dcb3.txt")]);
    let all = groups(&w);
    let out = w.run(&["ingest", seeds().to_str().unwrap()]);
    assert_eq!(
        out,
        "5 articles: 0 new, 5 unchanged, 0 failed\nnothing new: every article was already stored\n"
    );
    assert_eq!(groups(&w), all);
    let again = w.run(&["crosscheck", "--format", "csv"]);
    assert_eq!(w.run(&["crosscheck", "--format", "csv"]), again);
}

#[test]
fn generated_corpus_groups_are_found() {
    let texts = generator::load_texts(&[&seeds()], 10);
    let bases = generator::base_sentences(&texts);
    assert!(bases.len() >= 30, "{}", bases.len());
    let corpus = generator::corpus(&bases, 60, 5, 7);
    let w = Work::new();
    generator::write(&w.path().join("gen"), &corpus);
    w.run(&["ingest", "gen"]);
    let rows = w.csv(&[
        "sql",
        "SELECT group_id, file, text FROM group_statements",
        "--format",
        "csv",
    ]);
    let predicted: HashMap<(String, String), i64> = rows[1..]
        .iter()
        .map(|r| ((r[1].clone(), r[2].clone()), r[0].parse().unwrap()))
        .collect();
    let (p, r) = generator::pair_scores(&corpus, &predicted);
    assert!(
        p >= 0.95 && r >= 0.95,
        "pairwise precision {p:.3} recall {r:.3}"
    );
}

/// Articles that each carry `quote` by Mara Quill after a paragraph of their own, from outlets
/// of their own; every third copy is cut short.
fn carriers(dir: &std::path::Path, from: usize, to: usize, quote: &str) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    let words: Vec<&str> = quote.split_whitespace().collect();
    let mut manifest = String::from("file,url,outlet,published\n");
    let mut files = Vec::new();
    for i in from..to {
        let file = format!("carrier_{i:04}.txt");
        let said = if i % 3 == 2 {
            words[..words.len() - 3].join(" ")
        } else {
            quote.to_string()
        };
        let body = format!(
            "Report number {i} on the council\n\nCouncil member number {i} spoke on day {i} of the session.\n\n“{said},” Mara Quill said.\n"
        );
        std::fs::write(dir.join(&file), body).unwrap();
        manifest += &format!("{file},https://outlet{i}.example/story,Outlet {i},2019-05-01\n");
        files.push(dir.join(&file).to_str().unwrap().to_string());
    }
    let path = dir.join("manifest.csv");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let rows: String = manifest.lines().skip(1).map(|l| format!("{l}\n")).collect();
    let header = if old.is_empty() {
        "file,url,outlet,published\n"
    } else {
        ""
    };
    std::fs::write(&path, format!("{old}{header}{rows}")).unwrap();
    files
}

const QUOTE: &str = "We are going to rebuild every bridge in this county before the winter comes";

#[test]
fn a_statement_carried_by_a_thousand_outlets_is_one_group() {
    let w = Work::new();
    carriers(&w.path().join("news"), 0, 1000, QUOTE);
    w.run(&["ingest", "news"]);
    let rows = w.csv(&[
        "sql",
        "SELECT id, members, outlets, verdict FROM groups",
        "--format",
        "csv",
    ]);
    assert_eq!(
        rows[1..],
        [vec![
            "1".to_string(),
            "1000".into(),
            "1000".into(),
            "truncated".into()
        ]]
    );
}

#[test]
fn copies_that_arrive_later_join_their_group_which_keeps_its_id() {
    let w = Work::new();
    let dir = w.path().join("news");
    w.ingest(&carriers(&dir, 0, 150, QUOTE));
    let before = w.scalar("SELECT id || ' ' || members FROM groups");
    assert_eq!(before, "1 150");
    for (from, to) in [(150, 210), (210, 259), (259, 260)] {
        w.ingest(&carriers(&dir, from, to, QUOTE));
    }
    assert_eq!(
        w.scalar("SELECT group_concat(id || ' ' || members) FROM groups"),
        "1 260"
    );
}

/// Groups as sets of copies, with verdict and speaker: what must not depend on arrival order.
fn group_contents(w: &Work) -> Vec<String> {
    let mut out: Vec<String> = groups(w)
        .iter()
        .map(|g| {
            let mut members: Vec<String> = g["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| format!("{}:{}", m["article"], m["text"]))
                .collect();
            members.sort();
            format!("{} {} {}", g["verdict"], g["speaker"], members.join(" | "))
        })
        .collect();
    out.sort();
    out
}

/// A generated corpus of 40 articles, its files, and the groups one ingest of it makes.
fn corpus_ingested_at_once() -> (Vec<generator::Article>, Vec<String>, Vec<String>) {
    let texts = generator::load_texts(&[&seeds()], 10);
    let bases = generator::base_sentences(&texts);
    let corpus = generator::corpus(&bases, 40, 5, 3);
    let all = Work::new();
    generator::write(&all.path().join("gen"), &corpus);
    all.run(&["ingest", "gen"]);
    let files = corpus.iter().map(|a| format!("gen/{}", a.file)).collect();
    (corpus, files, group_contents(&all))
}

#[test]
fn the_same_articles_give_the_same_groups_in_any_order() {
    let (corpus, files, expected) = corpus_ingested_at_once();
    assert!(expected.len() >= 10, "{expected:#?}");
    let reversed: Vec<String> = files.iter().rev().cloned().collect();
    for (name, order, batch) in [
        ("halves", &files, 20),
        ("reverse, a few at a time", &reversed, 7),
    ] {
        let w = Work::new();
        generator::write(&w.path().join("gen"), &corpus);
        for chunk in order.chunks(batch) {
            w.ingest(chunk);
        }
        assert_eq!(group_contents(&w), expected, "{name}");
    }
}

#[test]
fn an_articles_better_copy_left_out_of_a_group_is_decided_again_when_a_fuller_copy_arrives() {
    // The Courier quotes Lee and then a part of the pledge again; on its own the part is the
    // same copy of the pledge as the whole, so the Courier's quotation stands for it. The
    // Herald's fuller pledge holds the part whole but not the Courier's "believe me": the
    // part is now the Courier's better copy, whichever article arrived first.
    let courier = "Bridges first, says Lee\n\nCounty executive Ann Lee spoke at the fair on Monday.\n\n\
        \"We will rebuild every bridge and every road in this county before the winter, believe me,\" Lee said.\n\n\
        She repeated the pledge later. \"Rebuild every bridge and every road in this county,\" Lee said to cheers.\n";
    let herald = "Lee vows to rebuild\n\nCounty executive Ann Lee made a promise on Monday.\n\n\
        \"We will rebuild every bridge and every road in this county before the winter comes, \
        and we will do it without raising taxes on anyone,\" Lee said.\n";
    let part = "Rebuild every bridge and every road in this county,";
    let fuller = "We will rebuild every bridge and every road in this county before the winter comes, and we will do it without raising taxes on anyone,";
    let expected = vec![format!(
        "\"truncated\" \"Ann Lee\" \"courier.txt\":\"{part}\" | \"herald.txt\":\"{fuller}\""
    )];
    for order in [
        &["courier.txt", "herald.txt"][..],
        &["herald.txt", "courier.txt"][..],
    ] {
        for one_run in [true, false] {
            let w = Work::new();
            std::fs::write(w.path().join("courier.txt"), courier).unwrap();
            std::fs::write(w.path().join("herald.txt"), herald).unwrap();
            let files: Vec<String> = order.iter().map(|f| f.to_string()).collect();
            if one_run {
                w.ingest(&files);
            } else {
                for file in files {
                    w.ingest(&[file]);
                }
            }
            assert_eq!(
                group_contents(&w),
                expected,
                "{order:?}, one run: {one_run}"
            );
        }
    }
}

/// Ingests `articles` (file name, text) all at once, one by one, and one by one in reverse,
/// each into a fresh database, and checks each gives the `expected` groups (`group_contents`).
fn assert_groups_in_every_order(articles: &[(&str, &str)], expected: &[String]) {
    let names: Vec<String> = articles.iter().map(|(name, _)| name.to_string()).collect();
    let reversed: Vec<String> = names.iter().rev().cloned().collect();
    for (order, batch) in [(&names, names.len()), (&names, 1), (&reversed, 1)] {
        let w = Work::new();
        for (name, text) in articles {
            std::fs::write(w.path().join(name), text).unwrap();
        }
        for chunk in order.chunks(batch) {
            w.ingest(chunk);
        }
        assert_eq!(group_contents(&w), expected, "{order:?}, {batch} at a time");
    }
}

#[test]
fn a_copy_joins_the_utterance_it_copies_best_when_that_arrives_after_another() {
    // A fragment of no named speaker is inside two different quotations; it covers more of
    // the mayor's, so it is the mayor's copy, even when the chief's quotation came first.
    let articles = [
        ("council.txt", "Chief warns council\n\nPolice chief Dana Ortiz spoke to the council on Monday.\n\n\
            \"We are alarmed by the rising cost of housing in this city, and my officers feel it too,\" Ortiz said.\n"),
        ("school.txt", "Mayor visits school\n\nMayor Bo Park visited the Elm Street school on Tuesday.\n\n\
            \"The rising cost of housing in this city,\" he said, is what keeps him awake.\n"),
        ("park.txt", "Park on housing\n\nMayor Bo Park spoke at the Elm Street school on Tuesday.\n\n\
            \"Families are leaving because of the rising cost of housing in this city,\" Park said.\n"),
    ];
    let expected = vec![
        "\"truncated\" \"Park\" \"park.txt\":\"Families are leaving because of the rising cost of housing in this city,\" | \"school.txt\":\"The rising cost of housing in this city,\"".to_string(),
    ];
    assert_groups_in_every_order(&articles, &expected);
}

#[test]
fn a_part_an_article_quotes_again_stays_with_its_fuller_quotation_there_in_any_order() {
    // The rally story quotes the governor in full, then the signs outside repeat her last
    // words with no speaker. The senator's shorter quotation holds those words too, but the
    // repeat is the rally story's own: it never groups with the senator, whichever came first.
    let articles = [
        ("rally.txt", "Marr tells developers to leave\n\nGovernor Ilse Marr spoke to a packed hall in Dunmore on Friday.\n\n\
            \"The last company that came in here did the same thing to our rivers and our farms, and we told them then what we tell you now, and we will keep telling everybody who tries it. Get the hell out of our state,\" Marr said.\n\n\
            Outside, the signs were blunt. \"Get the hell out of our state.\"\n"),
        ("senate.txt", "Quill wins the vote\n\nSenator Mara Quill spoke after the vote on Thursday.\n\n\
            \"Everybody said the vote would take three days, and in about two hours we had it done, so the lobbyists can get the hell out of our state and stay out,\" Quill said.\n"),
    ];
    assert_groups_in_every_order(&articles, &[]);
}

#[test]
fn an_index_without_summaries_or_with_broken_ones_gives_the_same_groups() {
    let (corpus, files, expected) = corpus_ingested_at_once();
    for damage in [
        "DELETE FROM _root_summaries",
        "UPDATE _root_summaries SET summary = x'00'",
    ] {
        let w = Work::new();
        generator::write(&w.path().join("gen"), &corpus);
        let (first, rest) = files.split_at(files.len() / 2);
        w.ingest(first);
        // As a database indexed before summaries were kept, or with unreadable ones: each is
        // made again from its statement when a search meets it.
        let conn = rusqlite::Connection::open(w.db()).unwrap();
        assert!(conn.execute(damage, []).unwrap() > 10);
        w.ingest(rest);
        assert_eq!(group_contents(&w), expected, "{damage}");
        let whole: usize = w
            .scalar("SELECT count(*) FROM _root_summaries WHERE length(summary) >= 24")
            .parse()
            .unwrap();
        assert!(whole > 0, "{damage}");
    }
}

/// The index's postings, (table, key, statement id): each list packs its ids in 8 bytes,
/// big-endian.
fn postings(conn: &rusqlite::Connection) -> Vec<(&'static str, i64, i64)> {
    let mut out = Vec::new();
    for table in ["_root_postings", "_root_postings_recent"] {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT key, ids FROM {table} WHERE ids IS NOT NULL"
            ))
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))
            .unwrap();
        for row in rows {
            let (key, ids) = row.unwrap();
            assert_eq!(ids.len() % 8, 0, "{table} row {key}");
            for id in ids.chunks_exact(8) {
                out.push((table, key, i64::from_be_bytes(id.try_into().unwrap())));
            }
        }
    }
    out
}

#[test]
fn an_index_kept_a_row_per_posting_is_carried_over_and_gives_the_same_groups() {
    let (corpus, files, expected) = corpus_ingested_at_once();
    let w = Work::new();
    generator::write(&w.path().join("gen"), &corpus);
    let (first, rest) = files.split_at(files.len() / 2);
    w.ingest(first);
    // Back to the index of schema 10, a row per (key, statement), as older databases have it.
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    let held = postings(&conn);
    conn.execute_batch(
        "CREATE TABLE _root_keys (key INTEGER NOT NULL, statement_id INTEGER NOT NULL,
             PRIMARY KEY (key, statement_id)) WITHOUT ROWID;
         CREATE TABLE _root_keys_recent (key INTEGER NOT NULL, statement_id INTEGER NOT NULL,
             PRIMARY KEY (key, statement_id)) WITHOUT ROWID;",
    )
    .unwrap();
    for (table, key, id) in held {
        let into = if table == "_root_postings" {
            "_root_keys"
        } else {
            "_root_keys_recent"
        };
        conn.execute(
            &format!("INSERT INTO {into} (key, statement_id) VALUES (?1, ?2)"),
            [key, id],
        )
        .unwrap();
    }
    conn.execute_batch(
        "DROP TABLE _root_postings; DROP TABLE _root_postings_recent;
         DROP TABLE _crosscheck_generation;
         PRAGMA user_version = 10;",
    )
    .unwrap();
    let rows: usize = conn
        .query_row(
            "SELECT (SELECT count(*) FROM _root_keys) + (SELECT count(*) FROM _root_keys_recent)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(rows > 100, "{rows}");
    drop(conn);
    w.ingest(rest);
    assert_eq!(group_contents(&w), expected);
}

#[test]
fn a_cross_checker_that_keeps_the_index_between_updates_keeps_what_another_process_indexed() {
    let w = Work::new();
    let article = |name: &str, text: &str| {
        std::fs::write(w.path().join(name), format!("A title\n\n{text}\n")).unwrap();
        name.to_string()
    };
    let x = article("x.txt", "\"We will rebuild every bridge in this county before the snow falls,\" said Mayor Ann Lee.");
    let y = article(
        "y.txt",
        "\"Nobody should cross an old bridge in this county after dark,\" said Sheriff Tom Hale.",
    );
    let z = article(
        "z.txt",
        "\"The budget pays for a bridge in this county and two new schools,\" said Rita Moss.",
    );
    // Which index lists hold statement `id`.
    let lists_of = |id: &str| -> String {
        let id: i64 = id.parse().unwrap();
        let conn = rusqlite::Connection::open(w.db()).unwrap();
        let mut keys: Vec<i64> = postings(&conn)
            .into_iter()
            .filter(|&(_, _, holder)| holder == id)
            .map(|(_, key, _)| key)
            .collect();
        keys.sort_unstable();
        keys.iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    let statement = |file: &str| {
        w.scalar(&format!(
            "SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.file = '{file}'"
        ))
    };
    let mut store = claimdb::store::Store::open(&w.db()).unwrap();
    let mut checker = claimdb::crosscheck::CrossChecker::default();
    w.run(&["ingest", "--no-crosscheck", &x]);
    checker.update(&mut store).unwrap();
    // Another process indexes a statement that shares keys with the one this checker read.
    w.ingest(std::slice::from_ref(&y));
    let (sx, sy) = (statement(&x), statement(&y));
    let shared = |a: &str, b: &str| {
        let theirs: Vec<&str> = b.split(',').collect();
        a.split(',').filter(|k| theirs.contains(k)).count()
    };
    let before = lists_of(&sy);
    assert!(
        shared(&lists_of(&sx), &before) >= 1,
        "the statements share no key"
    );
    w.run(&["ingest", "--no-crosscheck", &z]);
    checker.update(&mut store).unwrap();
    let sz = statement(&z);
    assert!(
        shared(&lists_of(&sz), &before) >= 1,
        "the third statement shares no key"
    );
    assert_eq!(lists_of(&sy), before);
}

#[test]
fn an_article_that_quotes_the_same_words_twice_is_represented_by_the_first_occurrence() {
    let w = Work::new();
    let dir = w.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    let quote = "We will open the new library on Elm Street before the end of the year";
    let twice = format!(
        "Library plans\n\nMayor Dana Ruiz spoke to the council on Monday.\n\n“{quote},” Ruiz said.\n\nCouncil members asked about the budget.\n\n“{quote},” she said again.\n"
    );
    // The other outlet cuts the quote short, so the twice-quoting article holds the fullest
    // copy (the group's root) whatever the articles' hashes.
    let once = "Mayor on the library\n\n“We will open the new library on Elm Street before the end,” Mayor Dana Ruiz said on Monday.\n";
    std::fs::write(dir.join("twice.txt"), &twice).unwrap();
    std::fs::write(dir.join("once.txt"), once).unwrap();
    std::fs::write(
        dir.join("manifest.csv"),
        "file,url,outlet,published\ntwice.txt,https://a.example/1,Courier,2019-05-01\nonce.txt,https://b.example/1,Gazette,2019-05-01\n",
    )
    .unwrap();
    w.run(&["ingest", "news"]);
    let starts = |file: &str| {
        w.scalar(&format!(
            "SELECT group_concat(s.start) FROM statements s JOIN articles a ON a.id = s.article_id \
             WHERE a.file LIKE '%{file}' AND s.kind = 'direct'"
        ))
    };
    let (first, again) = starts("twice.txt")
        .split_once(',')
        .map(|(a, b)| (a.parse::<i64>().unwrap(), b.parse::<i64>().unwrap()))
        .unwrap();
    assert!(first < again);
    let found = groups(&w);
    assert_eq!(found.len(), 1, "{found:?}");
    let members: Vec<(&str, i64)> = found[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["article"].as_str().unwrap(), m["start"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        members,
        [
            ("twice.txt", first),
            ("once.txt", starts("once.txt").parse().unwrap())
        ]
    );
    assert_eq!(found[0]["verdict"], "truncated");
}

/// Groups as `crosscheck --format json` shows them, ids aside.
fn shown_groups(w: &Work) -> Vec<Value> {
    let mut found = groups(w);
    for g in &mut found {
        g.as_object_mut().unwrap().remove("id");
    }
    found
}

/// Three articles: two give one quote to "Comey" and to John Brennan; the third names James
/// Comey in full. Writes them with a manifest into `w`'s `news/` and returns their paths.
fn renamed_speaker_news(w: &Work) -> Vec<String> {
    let quote =
        "The investigation into the campaign will continue until we have every answer we need";
    let files = [
        ("a.txt", format!("Probe\n\n“{quote},” Comey said.\n")),
        ("b.txt", format!("Probe two\n\n“{quote},” John Brennan said.\n")),
        (
            "c.txt",
            "Other\n\n“We have never seen anything like this in the history of the bureau,” James Comey said.\n".to_string(),
        ),
    ];
    let dir = w.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    let mut manifest = String::from("file,url,outlet,published\n");
    for (i, (file, body)) in files.iter().enumerate() {
        std::fs::write(dir.join(file), body).unwrap();
        manifest += &format!("{file},https://o{i}.example/1,Outlet {i},2019-05-01\n");
    }
    std::fs::write(dir.join("manifest.csv"), manifest).unwrap();
    files
        .iter()
        .map(|(f, _)| dir.join(f).to_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_renamed_speakers_words_in_a_superseded_revision_stay_out_of_groups() {
    let w = Work::new();
    let paths = renamed_speaker_news(&w);
    w.ingest(&paths[..2]);
    // A new revision of a.txt (same URL, one more sentence): its first revision is
    // superseded, and both carry Comey's words.
    let dir = w.path().join("rev");
    std::fs::create_dir_all(&dir).unwrap();
    let first = std::fs::read_to_string(&paths[0]).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        format!("{first}\nThe bureau declined to comment further.\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("manifest.csv"),
        "file,url,outlet,published\na.txt,https://o0.example/1,Outlet 0,2019-05-02\n",
    )
    .unwrap();
    w.ingest(&[dir.join("a.txt").to_str().unwrap().to_string()]);
    assert_eq!(
        w.scalar("SELECT count(*) FROM articles WHERE current = 0"),
        "1"
    );
    // A later article gives Comey's full name: his statements are decided again, but only
    // those of current articles.
    w.ingest(&paths[2..]);
    assert_eq!(
        w.scalar(
            "SELECT DISTINCT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id
             WHERE sp.name LIKE '%Comey'"
        ),
        "James Comey"
    );
    assert_eq!(
        w.scalar(
            "SELECT count(*) FROM group_members gm JOIN statements s ON s.id = gm.statement_id
             JOIN articles a ON a.id = s.article_id WHERE a.current = 0"
        ),
        "0"
    );
}

#[test]
fn a_speaker_renamed_by_a_later_article_gives_the_same_groups_in_either_order() {
    let run = |batches: &[&[usize]]| {
        let w = Work::new();
        let paths = renamed_speaker_news(&w);
        for batch in batches {
            let batch: Vec<String> = batch.iter().map(|&i| paths[i].clone()).collect();
            w.ingest(&batch);
        }
        shown_groups(&w)
    };
    let name_first = run(&[&[2], &[0, 1]]);
    let name_later = run(&[&[0, 1], &[2]]);
    assert_eq!(
        name_first[0]["differences"][0],
        "Outlet 1 gives it to John Brennan, Outlet 0 to James Comey"
    );
    assert_eq!(name_later, name_first);
}

#[test]
fn a_database_from_before_renames_were_noted_opens_and_decides_renamed_speakers_groups_again() {
    let first = Work::new();
    let paths = renamed_speaker_news(&first);
    first.ingest(&paths);
    let w = Work::new();
    let paths = renamed_speaker_news(&w);
    w.ingest(&paths[..2]);
    // Back to the schema before `_renamed_speakers` (the sections after it create what they
    // create only if it is missing).
    let schema = std::fs::read_to_string(root().join("schema.sql")).unwrap();
    let section = schema
        .find("CREATE TABLE IF NOT EXISTS _renamed_speakers")
        .unwrap();
    let before = schema[..section].matches("\n-- Version ").count() - 1;
    let conn = rusqlite::Connection::open(w.db()).unwrap();
    conn.execute_batch(&format!(
        "DROP TABLE _renamed_speakers; PRAGMA user_version = {before};"
    ))
    .unwrap();
    drop(conn);
    w.ingest(&paths[2..]);
    assert_eq!(w.scalar("SELECT count(*) FROM _renamed_speakers"), "0");
    assert_eq!(shown_groups(&w), shown_groups(&first));
}

#[test]
fn cross_checking_beside_storing_gives_the_groups_of_ingesting_in_two_halves() {
    // 2,400 articles: the writer hands the cross-checker passes while it stores the rest
    // (it tells it every 1,000 new articles), so passes are decided on snapshots that more
    // articles arrive after.
    let texts = generator::load_texts(&[&seeds()], 10);
    let bases = generator::base_sentences(&texts);
    let corpus = generator::corpus(&bases, 2_400, 5, 11);
    let at_once = Work::new();
    generator::write(&at_once.path().join("gen"), &corpus);
    let out = at_once.run(&["ingest", "gen"]);
    assert!(
        out.starts_with("2400 articles: 2400 new, 0 unchanged, 0 failed\n"),
        "{out}"
    );
    let expected = group_contents(&at_once);
    assert!(expected.len() >= 100, "{}", expected.len());
    let halves = Work::new();
    generator::write(&halves.path().join("gen"), &corpus);
    let files: Vec<String> = corpus.iter().map(|a| format!("gen/{}", a.file)).collect();
    for half in files.chunks(1_200) {
        halves.ingest(half);
    }
    assert_eq!(group_contents(&halves), expected);
}

/// A word of letters only, different for every `n`.
fn made_up_word(mut n: usize) -> String {
    let mut word = String::from("zo");
    loop {
        word.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return word;
        }
    }
}

#[test]
fn a_short_copy_is_grouped_alike_whether_its_word_pairs_became_common_before_or_after_it() {
    // "The zorblat quintex is a joke" is carried whole inside Lange's longer quotation. 410
    // other quotations, by someone else, begin "The zorblat quintex is a": more distinct
    // utterances than an older build let a key hold before making it a stock phrase, at the
    // moment the 401st arrived. Then only "a joke" was left to find the short copy by, and
    // whether it was grouped depended on the order the articles arrived in. Stock phrases are
    // now a fixed list, and these invented pairs are not on it.
    let long = (
        "lange.txt",
        "Lange on the threats\n\nLange spoke to reporters on Friday.\n\n\
        \"Some of these people are already talking about killing me. The zorblat quintex is a \
        joke. I have been doing this work for seven years,\" Mia Lange said.\n",
    );
    let short = (
        "courier.txt",
        "Threats against Lange\n\nMia Lange spoke on Friday.\n\n\
        \"The zorblat quintex is a joke,\" Lange said.\n",
    );
    let others: Vec<(String, String)> = (0..410)
        .map(|i| {
            let words: Vec<String> = (0..6).map(|j| made_up_word(i * 6 + j)).collect();
            (
                format!("other{i:03}.txt"),
                format!(
                    "Council news {i}\n\nThe council met on Monday.\n\n\
                     \"The zorblat quintex is a {} matter,\" Tom Ash said.\n",
                    words.join(" ")
                ),
            )
        })
        .collect();
    let expected = vec![format!(
        "\"truncated\" \"Mia Lange\" \"courier.txt\":\"The zorblat quintex is a joke,\" | \"lange.txt\":\"{}\"",
        "Some of these people are already talking about killing me. The zorblat quintex is a joke. I have been doing this work for seven years,"
    )];
    let pair = vec![long.0.to_string(), short.0.to_string()];
    let rest: Vec<String> = others.iter().map(|(name, _)| name.clone()).collect();
    let all: Vec<String> = rest.iter().chain(&pair).cloned().collect();
    for (name, batches) in [
        ("at once", vec![all.clone()]),
        ("the pair first", vec![pair.clone(), rest.clone()]),
        ("the pair last", vec![rest.clone(), pair.clone()]),
        (
            "one of the pair first",
            vec![
                vec![short.0.to_string()],
                rest.clone(),
                vec![long.0.to_string()],
            ],
        ),
    ] {
        let w = Work::new();
        for (file, text) in others
            .iter()
            .map(|(f, t)| (f.as_str(), t.as_str()))
            .chain([long, short])
        {
            std::fs::write(w.path().join(file), text).unwrap();
        }
        for batch in batches {
            w.ingest(&batch);
        }
        assert_eq!(group_contents(&w), expected, "{name}");
    }
}
