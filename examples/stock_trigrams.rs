//! Counts, for every word trigram of the quotations in claimdb databases, how many distinct
//! speakers say it, and prints the trigrams said by at least MIN of them: the stock-trigram
//! list (src/crosscheck/stock_trigrams.txt) by which a short copy is told a stock phrase many
//! people say ("the right thing to do") from one line quoted again ("the era of big government
//! is over", quoted of one person). Used by scripts/make-stock-trigrams.sh.
//!
//! cargo run --release --example stock_trigrams -- MIN DB...

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;

use claimdb::crosscheck::normalize::{term_hash, words};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((min, dbs)) = args
        .split_first()
        .and_then(|(min, dbs)| Some((min.parse::<usize>().ok()?, dbs)))
        .filter(|(_, dbs)| !dbs.is_empty())
    else {
        eprintln!("usage: stock_trigrams MIN DB...");
        return ExitCode::from(2);
    };
    match count(min, dbs) {
        Ok(counts) => {
            let mut listed: Vec<(usize, String)> = counts
                .into_iter()
                .map(|(trigram, n)| (n, trigram))
                .collect();
            listed.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
            for (n, trigram) in listed {
                println!("{trigram}\t{n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stock_trigrams: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The trigrams of one statement's words, as compared.
fn trigrams(text: &str) -> Vec<String> {
    let spelled: Vec<String> = words(text).into_iter().map(|w| w.norm).collect();
    spelled.windows(3).map(|w| w.join(" ")).collect()
}

/// The trigrams that at least `min` distinct speakers of the databases' quotations say, with
/// how many: (trigram, speaker) pairs are counted by hash first, then spelled out.
fn count(min: usize, dbs: &[String]) -> anyhow::Result<HashMap<String, usize>> {
    let query = "SELECT text, speaker_id FROM statements
                 WHERE kind != 'indirect' AND speaker_id IS NOT NULL ORDER BY id";
    let mut pairs: Vec<(i64, i64)> = Vec::new();
    for (n, db) in dbs.iter().enumerate() {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = conn.prepare(query)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (text, speaker): (String, i64) = (row.get(0)?, row.get(1)?);
            // Speakers of different databases are different ids.
            let speaker = speaker * dbs.len() as i64 + n as i64;
            pairs.extend(trigrams(&text).iter().map(|t| (term_hash(t), speaker)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut speakers: HashMap<i64, usize> = HashMap::new();
    for (hash, _) in pairs {
        *speakers.entry(hash).or_insert(0) += 1;
    }
    speakers.retain(|_, n| *n >= min);
    let mut counts = HashMap::new();
    let mut spelled = HashSet::new();
    for db in dbs {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = conn.prepare(query)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: String = row.get(0)?;
            for t in trigrams(&text) {
                if let Some(&n) = speakers.get(&term_hash(&t)) {
                    if spelled.insert(t.clone()) {
                        counts.insert(t, n);
                    }
                }
            }
        }
    }
    Ok(counts)
}
