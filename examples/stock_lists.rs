//! Prints one of the fixed lists of what many people say (src/crosscheck/stock.rs), counted over
//! the statements in claimdb databases; used by scripts/make-stock-lists.sh.
//! - `phrases MIN DB...`: every index key held by at least MIN distinct utterances (statements
//!   told apart by their words, so a quotation carried by a thousand outlets counts once).
//! - `trigrams MIN DB...`: every word trigram of quotations said by at least MIN distinct
//!   speakers.
//!
//! cargo run --release --example stock_lists -- phrases|trigrams MIN DB...

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;

use claimdb::crosscheck::normalize::{term_hash, words};
use claimdb::crosscheck::stock::key_phrases;

const USAGE: &str = "usage: stock_lists phrases|trigrams MIN DB...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (list, min, dbs) = match args.as_slice() {
        [list, min, dbs @ ..] if !dbs.is_empty() => match min.parse::<usize>() {
            Ok(min) => (list.as_str(), min, dbs),
            Err(_) => return usage(),
        },
        _ => return usage(),
    };
    let counted = match list {
        "phrases" => phrases(dbs),
        "trigrams" => trigrams(min, dbs),
        _ => return usage(),
    };
    match counted {
        Ok(counts) => {
            let mut listed: Vec<(usize, String)> = counts
                .into_iter()
                .filter(|(_, n)| *n >= min)
                .map(|(entry, n)| (n, entry))
                .collect();
            listed.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            for (n, entry) in listed {
                println!("{entry}\t{n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stock_lists: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// Calls `each` with every row of `query` in every database, and the database's number.
fn for_rows(
    dbs: &[String],
    query: &str,
    mut each: impl FnMut(usize, &rusqlite::Row) -> rusqlite::Result<()>,
) -> anyhow::Result<()> {
    for (n, db) in dbs.iter().enumerate() {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = conn.prepare(query)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            each(n, row)?;
        }
    }
    Ok(())
}

/// How many distinct utterances of the databases' statements hold each key phrase.
fn phrases(dbs: &[String]) -> anyhow::Result<HashMap<String, usize>> {
    let mut seen = HashSet::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for_rows(
        dbs,
        "SELECT kind, text FROM statements ORDER BY id",
        |_, row| {
            let (kind, text): (String, String) = (row.get(0)?, row.get(1)?);
            let spelled: Vec<String> = words(&text).into_iter().map(|w| w.norm).collect();
            if seen.insert((kind == "indirect", term_hash(&spelled.join(" ")))) {
                for phrase in key_phrases(&kind, &text) {
                    *counts.entry(phrase).or_insert(0) += 1;
                }
            }
            Ok(())
        },
    )?;
    Ok(counts)
}

/// The trigrams of one statement's words, as compared.
fn trigrams_of(text: &str) -> Vec<String> {
    let spelled: Vec<String> = words(text).into_iter().map(|w| w.norm).collect();
    spelled.windows(3).map(|w| w.join(" ")).collect()
}

/// How many distinct speakers of the databases' quotations say each trigram said by at least
/// `min`: (trigram, speaker) pairs are counted by hash, then those trigrams are spelled out.
fn trigrams(min: usize, dbs: &[String]) -> anyhow::Result<HashMap<String, usize>> {
    let query = "SELECT text, speaker_id FROM statements
                 WHERE kind != 'indirect' AND speaker_id IS NOT NULL ORDER BY id";
    let mut pairs: Vec<(i64, i64)> = Vec::new();
    for_rows(dbs, query, |n, row| {
        let (text, speaker): (String, i64) = (row.get(0)?, row.get(1)?);
        // Speakers of different databases are different ids.
        let speaker = speaker * dbs.len() as i64 + n as i64;
        pairs.extend(trigrams_of(&text).iter().map(|t| (term_hash(t), speaker)));
        Ok(())
    })?;
    pairs.sort_unstable();
    pairs.dedup();
    let mut speakers: HashMap<i64, usize> = HashMap::new();
    for (hash, _) in pairs {
        *speakers.entry(hash).or_insert(0) += 1;
    }
    speakers.retain(|_, n| *n >= min);
    let mut counts = HashMap::new();
    for_rows(dbs, query, |_, row| {
        let text: String = row.get(0)?;
        for t in trigrams_of(&text) {
            if let Some(&n) = speakers.get(&term_hash(&t)) {
                counts.entry(t).or_insert(n);
            }
        }
        Ok(())
    })?;
    Ok(counts)
}
