//! `claimdb crosscheck`: groups of copies with their verdicts and differences.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use serde_json::Value;

use crate::cli::CrosscheckArgs;
use crate::crosscheck::{groups, update};
use crate::output::{opt, Format, Rows};
use crate::store::Store;

pub fn run(db: &Path, args: &CrosscheckArgs) -> Result<()> {
    // Catch up on articles stored with --no-crosscheck (a no-op when there are none).
    let mut store = Store::open_existing(db)?;
    update(&mut store)?;
    let speaker = match &args.speaker {
        Some(name) => Some(store.find_speaker(name)?.map(|(_, n)| n).ok_or_else(|| {
            anyhow::anyhow!("no speaker named '{name}'; `claimdb speakers` lists them")
        })?),
        None => None,
    };
    let selected: Vec<_> = groups(&store)?
        .into_iter()
        .filter(|g| args.verdict.as_ref().is_none_or(|v| &g.verdict == v))
        .filter(|g| {
            speaker.as_ref().is_none_or(|s| {
                g.speaker.as_ref() == Some(s)
                    || g.members.iter().any(|m| m.speaker.as_ref() == Some(s))
            })
        })
        .filter(|g| {
            args.outlet.as_ref().is_none_or(|o| {
                g.members.iter().any(|m| {
                    m.outlet
                        .as_deref()
                        .is_some_and(|x| x.eq_ignore_ascii_case(o))
                })
            })
        })
        .collect();
    if args.output.format() == Format::Json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &selected)?;
        writeln!(out)?;
        return Ok(());
    }
    let mut rows = Rows::new(&[
        "group", "verdict", "article", "outlet", "speaker", "role", "words", "findings", "link",
    ]);
    for g in &selected {
        for (k, m) in g.members.iter().enumerate() {
            rows.push(vec![
                Value::from(g.id),
                Value::from(g.verdict.clone()),
                Value::from(m.article.clone()),
                opt(m.outlet.as_deref()),
                opt(m.speaker.as_deref()),
                opt(m.role.as_deref()),
                Value::from(m.diff.clone().unwrap_or_else(|| m.text.clone())),
                if k == 0 {
                    Value::from(g.differences.join("\n"))
                } else {
                    Value::Null
                },
                Value::from(m.link.clone()),
            ]);
        }
    }
    super::print(&rows, &args.output)
}
