//! One person, one speaker, whatever the order articles arrive in: a surname alone goes to the
//! person who dominates that surname in the database, decided again as articles arrive, so
//! ingesting the same articles at once, one by one or in reverse gives the same speakers,
//! names and groups.

mod common;

use common::Work;

/// Invented news: Obama is Barack three times under his full name and Michelle once; Trump is
/// Donald twice and Ivanka once; two people share the surname Lee, once each; Hua is named in
/// full in one article only. The "Obama" and "Trump" quotes are carried by two outlets each.
const ARTICLES: &[(&str, &str)] = &[
    ("a.txt", "Garden\n\n“The garden will feed the whole school,” Michelle Obama said.\n"),
    ("b.txt", "Summit\n\n“We will close the gap before the winter comes,” Barack Obama said.\n\n“The talks went well,” Barack Obama added.\n"),
    ("c.txt", "Budget\n\n“Nobody should pay more for the same medicine than their neighbours,” Barack Obama said.\n"),
    ("d.txt", "Wire\n\n“We will close the gap before the winter comes,” Obama said.\n"),
    ("e.txt", "Rally\n\n“The wall will be paid for in the end by someone else,” Donald J. Trump said.\n"),
    ("f.txt", "Tower\n\n“We are building the finest tower anywhere in the city,” Donald Trump said.\n"),
    ("g.txt", "Brand\n\n“The brand stands for quality above all,” Ivanka Trump said.\n"),
    ("h.txt", "Copy\n\n“The wall will be paid for in the end by someone else,” Trump said.\n"),
    ("i.txt", "Lees\n\n“The bridge opens in May,” Ann Lee said.\n"),
    ("j.txt", "Bridge\n\n“The bridge is late again and costs twice as much,” Lee said.\n"),
    ("k.txt", "Ministry\n\n“This is beyond reproach,” Hua said.\n"),
    ("l.txt", "Briefing\n\n“China opposes the move firmly,” Hua Chunying said.\n"),
    ("m.txt", "Toll\n\n“The toll will not rise this year,” Bo Lee said.\n"),
];

fn write_articles(w: &Work) -> Vec<String> {
    let dir = w.path().join("news");
    std::fs::create_dir_all(&dir).unwrap();
    let mut manifest = String::from("file,url,outlet,published\n");
    for (i, (file, body)) in ARTICLES.iter().enumerate() {
        std::fs::write(dir.join(file), body).unwrap();
        manifest += &format!("{file},https://o{i}.example/1,Outlet {i},2019-05-01\n");
    }
    std::fs::write(dir.join("manifest.csv"), manifest).unwrap();
    ARTICLES.iter().map(|(f, _)| format!("news/{f}")).collect()
}

/// Rows of CSV output, header first.
type Rows = Vec<Vec<String>>;

/// Each statement's speaker by article and place, and each group by its members, in order.
fn outcome(w: &Work) -> (Rows, Rows) {
    let speakers = w.csv(&[
        "sql",
        "SELECT a.file, s.start, sp.name FROM statements s JOIN articles a ON a.id = s.article_id
         LEFT JOIN speakers sp ON sp.id = s.speaker_id ORDER BY a.file, s.start",
        "--format",
        "csv",
    ]);
    let groups = w.csv(&[
        "sql",
        "SELECT g.verdict, sp.name, g.differences,
                (SELECT group_concat(f, '|') FROM (SELECT a.file AS f FROM group_members gm
                   JOIN statements s ON s.id = gm.statement_id JOIN articles a ON a.id = s.article_id
                   WHERE gm.group_id = g.id ORDER BY a.file)) AS members
         FROM groups g LEFT JOIN speakers sp ON sp.id = g.speaker_id ORDER BY members",
        "--format",
        "csv",
    ]);
    (speakers, groups)
}

fn ingested(batches: &[Vec<usize>]) -> (Work, (Rows, Rows)) {
    let w = Work::new();
    let paths = write_articles(&w);
    for batch in batches {
        let files: Vec<String> = batch.iter().map(|&i| paths[i].clone()).collect();
        w.ingest(&files);
    }
    let out = outcome(&w);
    (w, out)
}

#[test]
fn speakers_names_and_groups_do_not_depend_on_the_order_of_articles() {
    let n = ARTICLES.len();
    let (w, at_once) = ingested(&[(0..n).collect()]);
    let one_by_one: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let reverse: Vec<Vec<usize>> = (0..n).rev().map(|i| vec![i]).collect();
    // Bare names first, the full names after, in two processes.
    let halves = vec![vec![3, 7, 9, 10, 0, 6], vec![1, 2, 4, 5, 8, 11, 12]];
    for batches in [one_by_one, reverse, halves] {
        let (_, other) = ingested(&batches);
        assert_eq!(other, at_once, "{batches:?}");
    }
    let speaker_of = |file: &str| {
        w.scalar(&format!(
            "SELECT sp.name FROM statements s JOIN articles a ON a.id = s.article_id
             JOIN speakers sp ON sp.id = s.speaker_id WHERE a.file = '{file}'"
        ))
    };
    // Barack has three of the four full-name statements of Obamas, Donald two of three.
    assert_eq!(speaker_of("d.txt"), "Barack Obama");
    assert_eq!(speaker_of("h.txt"), "Donald Trump");
    assert_eq!(speaker_of("e.txt"), "Donald Trump");
    // One Lee is as frequent as the other: the surname stays a speaker of its own.
    assert_eq!(speaker_of("j.txt"), "Lee");
    // Nobody has Hua as surname; one person has it as first name.
    assert_eq!(speaker_of("k.txt"), "Hua Chunying");
    let (_, groups) = &at_once;
    let members: Vec<&str> = groups[1..].iter().map(|g| g[3].as_str()).collect();
    assert_eq!(members, ["b.txt|d.txt", "e.txt|h.txt"], "{groups:?}");
    assert!(groups[1..].iter().all(|g| g[0] == "agree"), "{groups:?}");
    assert_eq!(groups[1][1], "Barack Obama");
    assert_eq!(groups[2][1], "Donald Trump");
    let who = w.csv(&["who", "obama", "--format", "csv"]);
    let names: Vec<&str> = who[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(names, ["Barack Obama"; 4], "{who:?}");
}

#[test]
fn a_surname_goes_back_to_its_own_speaker_when_a_rival_arrives() {
    let listed = |w: &Work| -> Vec<(String, String)> {
        let rows = w.csv(&["speakers", "--format", "csv"]);
        rows[1..]
            .iter()
            .map(|r| (r[1].clone(), r[3].clone()))
            .collect()
    };
    let w = Work::new();
    let paths = write_articles(&w);
    w.ingest(&[paths[9].clone()]);
    w.ingest(&[paths[8].clone()]);
    // With Ann Lee the only Lee, "Lee" is hers.
    assert_eq!(listed(&w), [("Ann Lee".to_string(), "2".to_string())]);
    w.ingest(&[paths[12].clone()]);
    // Bo Lee makes it ambiguous: the surname is a speaker of its own again.
    let one = "1".to_string();
    assert_eq!(
        listed(&w),
        [
            ("Ann Lee".to_string(), one.clone()),
            ("Bo Lee".to_string(), one.clone()),
            ("Lee".to_string(), one)
        ]
    );
}

/// Each person's statements under their full name, as kept for deciding bare names, and as
/// counted afresh: "speaker:count" lines, the same for both when the kept counts are right.
fn full_name_counts(w: &Work) -> (String, String) {
    let kept = w.scalar(
        "SELECT group_concat(speaker_id || ':' || n, ' ') FROM
           (SELECT speaker_id, n FROM _full_name_statements WHERE n > 0 ORDER BY speaker_id)",
    );
    let counted = w.scalar(
        "SELECT group_concat(speaker_id || ':' || n, ' ') FROM
           (SELECT speaker_id, count(*) AS n FROM statements s WHERE speaker_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM _bare_names b WHERE b.statement_id = s.id)
            GROUP BY speaker_id ORDER BY speaker_id)",
    );
    (kept, counted)
}

#[test]
fn kept_counts_follow_forgetting_and_merging_so_the_surname_follows_too() {
    let w = Work::new();
    let paths = write_articles(&w);
    w.ingest(&paths[..12]);
    let (kept, counted) = full_name_counts(&w);
    assert_eq!(kept, counted);
    // Without Barack's three statements, Michelle is the only Obama left: the next batch
    // that touches the word gives her "Obama".
    w.run(&["forget", "b.txt"]);
    w.run(&["forget", "c.txt"]);
    let (kept, counted) = full_name_counts(&w);
    assert_eq!(kept, counted);
    let news = w.path().join("news").join("n.txt");
    std::fs::write(
        &news,
        "Fields\n\n“The fields need rain more than speeches,” Obama said.\n",
    )
    .unwrap();
    w.ingest(&["news/n.txt".to_string()]);
    let speaker_of_d = w.scalar(
        "SELECT sp.name FROM statements s JOIN articles a ON a.id = s.article_id
         JOIN speakers sp ON sp.id = s.speaker_id WHERE a.file = 'd.txt'",
    );
    assert_eq!(speaker_of_d, "Michelle Obama");
    // Merging Ivanka into Donald moves her full-name statement, not the bare one.
    w.run(&["speakers", "alias", "Ivanka Trump", "Donald Trump"]);
    let (kept, counted) = full_name_counts(&w);
    assert_eq!(kept, counted);
    assert_eq!(
        w.scalar(
            "SELECT n FROM _full_name_statements c JOIN speakers sp ON sp.id = c.speaker_id
             WHERE sp.name = 'Donald Trump'"
        ),
        "3"
    );
}
