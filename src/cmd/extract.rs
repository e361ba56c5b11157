//! `claimdb extract`: statements of articles, no database. Reads what `ingest` reads. With
//! `--format jsonl` this is the "Statement lines" contract of DESIGN.md.

use anyhow::Result;
use serde_json::Value;

use indicatif::ProgressBar;

use crate::cli::ExtractArgs;
use crate::extract::extract;
use crate::output::{opt, Format, Rows};
use crate::read;

const COLUMNS: &[&str] = &[
    "article",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "mention",
    "mention_start",
    "mention_end",
    "role",
    "cue",
    "via",
    "paragraph",
    "rule",
    "utterance",
];

/// Returns the exit code: 1 when some files could not be read.
pub fn run(args: &ExtractArgs) -> Result<i32> {
    let mut rows = Rows::new(COLUMNS);
    let mut failed = 0;
    let options = args.read.options(args.input_format);
    let walk = read::sources(&args.inputs, &args.read.urls);
    for note in &walk.skipped {
        eprintln!("claimdb: {note}");
    }
    for e in &walk.errors {
        eprintln!("claimdb: {e}");
        failed += 1;
    }
    let articles = walk
        .sources
        .iter()
        .flat_map(|source| read::articles(source, &options, &ProgressBar::hidden()));
    for article in articles {
        let article = match article {
            Ok(a) => a,
            Err(e) => {
                eprintln!("claimdb: {e}");
                failed += 1;
                continue;
            }
        };
        for s in extract(&article.body) {
            rows.push(vec![
                Value::from(article.file.clone()),
                Value::from(s.kind.as_str()),
                Value::from(s.text),
                Value::from(s.start),
                Value::from(s.end),
                opt(s.speaker.as_deref()),
                opt(s.mention.as_deref()),
                s.mention_start.map_or(Value::Null, Value::from),
                s.mention_end.map_or(Value::Null, Value::from),
                opt(s.role.as_deref()),
                opt(s.cue.as_deref()),
                opt(s.via.as_deref()),
                Value::from(s.paragraph),
                Value::from(s.rule.as_str()),
                Value::from(s.utterance),
            ]);
        }
    }
    // Programs read JSON Lines; people on a terminal get a table.
    let mut output = args.output.clone();
    if output.format.is_none() && !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        output.format = Some(Format::Jsonl);
    }
    super::print(&rows, &output)?;
    Ok(if failed > 0 { 1 } else { 0 })
}
