//! `claimdb report`: writes the cross-check findings as one self-contained HTML page.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::cli::ReportArgs;
use crate::report::{build, render, Options};
use crate::store::Store;

pub fn run(db: &Path, args: &ReportArgs) -> Result<()> {
    if let Some(d) = &args.since {
        if let Err(why) = crate::read::date::normalise(d) {
            bail!("--since {why}");
        }
    }
    // Catch up on articles stored with --no-crosscheck, so the report is complete.
    let mut store = Store::open_existing(db)?;
    crate::crosscheck::update(&mut store)?;
    let speaker = match &args.speaker {
        Some(name) => Some(store.speaker_named(name)?.1),
        None => None,
    };
    let options = Options {
        speaker,
        verdict: args.verdict.clone(),
        since: args.since.clone(),
    };
    let name = db
        .file_name()
        .map_or("claims.db".into(), |n| n.to_string_lossy().into_owned());
    let report = build(&store, &name, &options)?;
    let page = render(&report);
    std::fs::write(&args.output_file, page)
        .with_context(|| format!("cannot write {}", args.output_file.display()))?;
    let (groups, articles) = (report.groups.len(), report.articles);
    eprintln!(
        "wrote {}: {groups} group{} of copies, {articles} article{}",
        args.output_file.display(),
        if groups == 1 { "" } else { "s" },
        if articles == 1 { "" } else { "s" },
    );
    Ok(())
}
