//! Counts, for every index key of the statements in claimdb databases, how many distinct
//! utterances hold it, and prints the keys held by at least MIN of them: the stock-phrase list
//! (src/crosscheck/stock_phrases.txt). Utterances are statements told apart by their words, so
//! a quotation carried by a thousand outlets counts once. Used by scripts/make-stock-phrases.sh.
//!
//! cargo run --release --example stock_phrases -- MIN DB...

use std::collections::HashMap;
use std::process::ExitCode;

use claimdb::crosscheck::normalize::{term_hash, words};
use claimdb::crosscheck::stock::key_phrases;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((min, dbs)) = args
        .split_first()
        .and_then(|(min, dbs)| Some((min.parse::<usize>().ok()?, dbs)))
        .filter(|(_, dbs)| !dbs.is_empty())
    else {
        eprintln!("usage: stock_phrases MIN DB...");
        return ExitCode::from(2);
    };
    match count(dbs) {
        Ok(counts) => {
            let mut listed: Vec<(usize, String)> = counts
                .into_iter()
                .filter(|(_, n)| *n >= min)
                .map(|(phrase, n)| (n, phrase))
                .collect();
            listed.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            for (n, phrase) in listed {
                println!("{phrase}\t{n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stock_phrases: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// How many distinct utterances of the databases' statements hold each key phrase.
fn count(dbs: &[String]) -> anyhow::Result<HashMap<String, usize>> {
    let mut seen = std::collections::HashSet::new();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for db in dbs {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = conn.prepare("SELECT kind, text FROM statements ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (kind, text): (String, String) = (row.get(0)?, row.get(1)?);
            let spelled: Vec<String> = words(&text).into_iter().map(|w| w.norm).collect();
            if !seen.insert((kind == "indirect", term_hash(&spelled.join(" ")))) {
                continue;
            }
            for phrase in key_phrases(&kind, &text) {
                *counts.entry(phrase).or_insert(0) += 1;
            }
        }
    }
    Ok(counts)
}
