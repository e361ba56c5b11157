//! `statements --search` takes what people type: words and phrases, stemmed, accents folded,
//! best matches first; `--search-raw` takes FTS5 syntax.

mod common;

use common::Work;

/// The texts of the statements a search finds, in the order given.
fn found(w: &Work, flag: &str, query: &str) -> Vec<String> {
    w.csv(&["statements", flag, query, "--format", "csv"])[1..]
        .iter()
        .map(|r| r[4].clone())
        .collect()
}

#[test]
fn punctuation_people_type_is_words_not_syntax() {
    let w = Work::new();
    w.ingest_seeds();
    let anti = found(&w, "--search", "anti-terror");
    assert_eq!(anti.len(), 4, "{anti:?}");
    assert!(anti.iter().all(|t| t.contains("anti-terror")), "{anti:?}");
    let us = found(&w, "--search", "U.S.");
    assert!(!us.is_empty() && us.iter().all(|t| t.contains("U.S.") || t.contains("US ")));
    let ones = found(&w, "--search", "one's");
    assert_eq!(ones.len(), 2, "{ones:?}");
    assert!(ones.iter().all(|t| t.contains("one’s")), "{ones:?}");
}

#[test]
fn phrases_are_stemmed_and_accents_folded() {
    let w = Work::new();
    w.ingest_seeds();
    assert_eq!(found(&w, "--search", "\"back door\""), ["back doors"]);
    let article = w.path().join("nunez.txt");
    std::fs::write(
        &article,
        "Cabinet named\n\n\"Núñez is the right choice for the treasury,\" said Pedro Gomez, the prime minister.\n",
    )
    .unwrap();
    w.run(&["ingest", article.to_str().unwrap()]);
    assert_eq!(
        found(&w, "--search", "Nunez"),
        ["Núñez is the right choice for the treasury,"]
    );
}

#[test]
fn results_come_best_match_first_and_raw_takes_fts5_syntax() {
    let w = Work::new();
    w.ingest_seeds();
    // bm25: when each statement holds the word once, shorter statements weigh it more.
    let ranked = found(&w, "--search", "anti-terror");
    let lengths: Vec<usize> = ranked
        .iter()
        .map(|t| t.split_whitespace().count())
        .collect();
    assert_eq!(lengths, [7, 9, 14, 14], "{ranked:?}");
    let ranked = found(&w, "--search", "encryption");
    let either = found(&w, "--search-raw", "encryption OR \"back door*\"");
    assert!(either.contains(&"back doors".to_string()), "{either:?}");
    assert!(either.len() > ranked.len(), "{either:?}");
    // Typed as plain words, OR is a word to find, not an operator.
    assert!(found(&w, "--search", "encryption OR \"back door*\"").is_empty());
    w.cmd()
        .args(["statements", "--search", " \"\" "])
        .assert()
        .code(2)
        .stderr("claimdb: error: --search has no words to look for\n");
}
