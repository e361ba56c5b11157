//! `claimdb report`: one self-contained HTML page of what the cross-check found, for people
//! to read and send. `build` gathers the data (the groups from the cross-check, counts with
//! our own SQL); `html` renders it.

mod diff;
mod html;

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;

use crate::crosscheck::{groups, Group};
use crate::store::Store;

pub use html::render;

/// What narrows the report.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// Only groups with this speaker (canonical name).
    pub speaker: Option<String>,
    pub verdict: Option<String>,
    /// Only groups with a copy published on or after this date.
    pub since: Option<String>,
}

/// Verdicts from the most serious down.
pub use crate::crosscheck::verdict::Verdict;
pub const VERDICTS: [&str; 6] = Verdict::ALL;

fn severity(verdict: &str) -> usize {
    VERDICTS
        .iter()
        .position(|v| *v == verdict)
        .unwrap_or(VERDICTS.len())
}

/// How many of an outlet's copies are in groups of each verdict.
#[derive(Debug, Default, Clone)]
pub struct OutletCopies {
    pub outlet: String,
    /// Counts in the order of `VERDICTS`.
    pub by_verdict: [usize; 6],
}

impl OutletCopies {
    pub fn copies(&self) -> usize {
        self.by_verdict.iter().sum()
    }
    pub fn divergent(&self) -> usize {
        self.copies() - self.by_verdict[5]
    }
}

pub struct Report {
    pub database: String,
    pub articles: i64,
    pub outlets: i64,
    pub statements: i64,
    pub speakers: i64,
    /// Groups in the whole database, before narrowing.
    pub all_groups: usize,
    pub groups: Vec<Group>,
    /// Publication date of each member's article, by article file name.
    pub published: HashMap<String, String>,
    pub outlet_copies: Vec<OutletCopies>,
    pub narrowed_by: Vec<String>,
}

impl Report {
    pub fn groups_with(&self, verdict: &str) -> usize {
        self.groups.iter().filter(|g| g.verdict == verdict).count()
    }
}

pub fn build(store: &Store, database: &str, options: &Options) -> Result<Report> {
    let count = |sql: &str| -> Result<i64> { Ok(store.conn.query_row(sql, [], |r| r.get(0))?) };
    let mut published = HashMap::new();
    {
        let mut stmt = store
            .conn
            .prepare("SELECT file, published FROM articles WHERE published IS NOT NULL")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            published.insert(r.get::<_, String>(0)?, r.get::<_, String>(1)?);
        }
    }
    let all = groups(&store.conn, &crate::crosscheck::Filter::default())?;
    let all_groups = all.len();
    let mut selected: Vec<Group> = all
        .into_iter()
        .filter(|g| options.verdict.as_ref().is_none_or(|v| &g.verdict == v))
        .filter(|g| {
            options.speaker.as_ref().is_none_or(|s| {
                g.speaker.as_ref() == Some(s)
                    || g.members.iter().any(|m| m.speaker.as_ref() == Some(s))
            })
        })
        .filter(|g| {
            options.since.as_ref().is_none_or(|since| {
                g.members.iter().any(|m| {
                    published
                        .get(&m.article)
                        .is_some_and(|p| p.as_str() >= since.as_str())
                })
            })
        })
        .collect();
    selected.sort_by_key(|g| {
        (
            severity(&g.verdict),
            std::cmp::Reverse(g.members.len()),
            g.id,
        )
    });

    let mut outlets: BTreeMap<String, OutletCopies> = BTreeMap::new();
    for g in &selected {
        for m in &g.members {
            let name = m
                .outlet
                .clone()
                .unwrap_or_else(|| "(unknown outlet)".into());
            let entry = outlets.entry(name.clone()).or_insert_with(|| OutletCopies {
                outlet: name,
                ..OutletCopies::default()
            });
            entry.by_verdict[severity(&g.verdict).min(5)] += 1;
        }
    }
    let mut outlet_copies: Vec<OutletCopies> = outlets.into_values().collect();
    // The most divergent first: by share of diverging copies, then by how many.
    outlet_copies.sort_by(|a, b| {
        let share = |o: &OutletCopies| o.divergent() as f64 / o.copies().max(1) as f64;
        share(b)
            .total_cmp(&share(a))
            .then(b.divergent().cmp(&a.divergent()))
            .then(a.outlet.cmp(&b.outlet))
    });

    let mut narrowed_by = Vec::new();
    if let Some(v) = &options.verdict {
        narrowed_by.push(format!("verdict {v}"));
    }
    if let Some(s) = &options.speaker {
        narrowed_by.push(format!("speaker {s}"));
    }
    if let Some(d) = &options.since {
        narrowed_by.push(format!("published since {d}"));
    }
    Ok(Report {
        database: database.to_string(),
        articles: count("SELECT count(*) FROM articles WHERE current = 1")?,
        outlets: count("SELECT count(DISTINCT outlet) FROM articles WHERE current = 1")?,
        statements: count(
            "SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id AND a.current = 1",
        )?,
        speakers: count(
            "SELECT count(DISTINCT s.speaker_id) FROM statements s JOIN articles a ON a.id = s.article_id AND a.current = 1",
        )?,
        all_groups,
        groups: selected,
        published,
        outlet_copies,
        narrowed_by,
    })
}
