//! `claimdb crosscheck`: groups of copies with their verdicts, differences and notes. Filters
//! run in SQL and groups are written one at a time, so output starts at once and memory stays
//! flat however many groups match.

mod blocks;

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Result;
use serde_json::Value;

use crate::cli::CrosscheckArgs;
use crate::crosscheck::{for_each_group, update, Filter, Group};
use crate::output::{opt, CsvOptions, Format, Rows};
use crate::store::Store;

pub fn run(db: &Path, args: &CrosscheckArgs) -> Result<()> {
    // Catch up on articles stored with --no-crosscheck (a no-op when there are none).
    let mut store = Store::open_existing(db)?;
    update(&mut store)?;
    let speaker = match &args.speaker {
        Some(name) => Some(store.speaker_named(name)?.0),
        None => None,
    };
    if let Some(id) = args.group {
        store.require_group(id)?;
    }
    let filter = Filter {
        verdict: args.verdict.clone(),
        speaker,
        outlet: args.outlet.clone(),
        group: args.group,
        limit: args.output.limit,
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.output.format() {
        Format::Json => write_json(&store, &filter, &mut out)?,
        Format::Table => {
            let colour = args.output.color.enabled();
            let width = crate::output::terminal_width();
            let view = blocks::View { colour, width };
            let mut first = true;
            for_each_group(&store.conn, &filter, |g| {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                view.write(&g, &mut out)
            })?;
        }
        format => {
            let mut rows = member_rows();
            for_each_group(&store.conn, &filter, |g| {
                push_members(&mut rows, &g);
                Ok(())
            })?;
            // --limit counts groups (done in SQL), not the rows of their copies.
            let options = CsvOptions {
                limit: None,
                ..args.output.csv()
            };
            rows.write(&mut out, format, &options)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A JSON array written group by group.
fn write_json(store: &Store, filter: &Filter, out: &mut impl Write) -> Result<()> {
    write!(out, "[")?;
    let mut first = true;
    for_each_group(&store.conn, filter, |g| {
        writeln!(out, "{}", if first { "" } else { "," })?;
        first = false;
        serde_json::to_writer_pretty(&mut *out, &g)?;
        Ok(())
    })?;
    writeln!(out, "{}]", if first { "" } else { "\n" })?;
    Ok(())
}

fn member_rows() -> Rows {
    Rows::new(&[
        "group",
        "verdict",
        "article",
        "outlet",
        "published",
        "speaker",
        "role",
        "words",
        "diff",
        "differences",
        "notes",
        "link",
    ])
}

/// One row per copy; the group's differences and notes on its first row.
fn push_members(rows: &mut Rows, g: &Group) {
    for (k, m) in g.members.iter().enumerate() {
        let first = |list: &[String]| {
            if k == 0 {
                Value::from(list.join("\n"))
            } else {
                Value::Null
            }
        };
        rows.push(vec![
            Value::from(g.id),
            Value::from(g.verdict.clone()),
            Value::from(m.article.clone()),
            opt(m.outlet.as_deref()),
            opt(m.published.as_deref()),
            opt(m.speaker.as_deref()),
            opt(m.role.as_deref()),
            Value::from(m.text.clone()),
            opt(m.diff.as_deref()),
            first(&g.differences),
            first(&g.notes),
            Value::from(m.link.clone()),
        ]);
    }
}
