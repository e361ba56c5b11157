//! `claimdb ingest`: read articles, extract their statements, store each article in its own
//! transaction, then cross-check what the new statements touch.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::IngestArgs;
use crate::crosscheck::Changes;
use crate::extract::extract;
use crate::read::manifest::Manifests;
use crate::read::{self, Article, InputError, Kind, Meta, Source};
use crate::store::{Store, Stored};

#[derive(Debug, Default)]
struct Summary {
    new: usize,
    revised: usize,
    unchanged: usize,
    updated: usize,
    failed: usize,
    /// Inputs not stored because the database stopped taking writes.
    not_stored: usize,
    statements: usize,
    speakers: BTreeSet<String>,
}

/// Returns the exit code: 1 when some inputs failed (the others are stored).
pub fn run(db: &Path, args: &IngestArgs) -> Result<i32> {
    let options = args.read.options(args.input_format);
    let overrides = overrides(args, &options)?;
    let mut store = Store::open(db)?;
    let walk = read::sources(&args.inputs, &args.read.urls);
    for note in &walk.skipped {
        eprintln!("claimdb: {note}");
    }
    let mut errors = walk.errors;
    let mut manifests = Manifests::default();
    let mut summary = Summary::default();
    let progress = progress_bar(&walk.sources);

    let mut stopped = None;
    'sources: for (i, source) in walk.sources.iter().enumerate() {
        // Text files take their metadata from the manifest beside them; records carry theirs.
        let manifest = match source {
            Source::File { path, .. }
                if matches!(source.kind(&options).0, Kind::Text | Kind::Html) =>
            {
                manifests.meta_for(path)
            }
            _ => Ok(None),
        };
        let manifest = match manifest {
            Ok(meta) => meta.unwrap_or_default(),
            Err(e) => {
                progress.suspend(|| eprintln!("claimdb: {e}"));
                summary.failed += 1;
                continue;
            }
        };
        for item in read::articles(source, &options, &progress) {
            let stored = item.map_err(Failure::Input).and_then(|mut article| {
                let own = std::mem::take(&mut article.meta);
                article.meta = overrides.clone().or(manifest.clone().or(own));
                name_stdin(&mut article);
                store_one(&mut store, &article)
            });
            match stored {
                Ok((
                    Stored::New {
                        statements,
                        revision,
                        ..
                    },
                    speakers,
                )) => {
                    if revision > 1 {
                        summary.revised += 1;
                    } else {
                        summary.new += 1;
                    }
                    summary.statements += statements;
                    summary.speakers.extend(speakers);
                }
                Ok((Stored::Unchanged { .. }, _)) => summary.unchanged += 1,
                Ok((Stored::Updated { .. }, _)) => summary.updated += 1,
                // The database itself cannot take the article (full disk, locked, read-only):
                // every other article would fail the same way, so stop and say so once.
                Err(Failure::Database(why)) => {
                    summary.not_stored = walk.sources.len() - i;
                    stopped = Some(why);
                    break 'sources;
                }
                Err(Failure::Input(e)) => {
                    progress.suspend(|| eprintln!("claimdb: {e}"));
                    summary.failed += 1;
                }
            }
            let done = summary.new
                + summary.revised
                + summary.unchanged
                + summary.updated
                + summary.failed;
            progress.set_message(format!("{done} articles"));
        }
    }
    progress.finish_and_clear();
    errors.extend(manifests.into_errors());
    for e in &errors {
        eprintln!("claimdb: {e}");
    }

    // After a stop, cross-checking would fail the same way; the next ingest catches up on it.
    let mut changes = Changes::default();
    if stopped.is_none() && !args.no_crosscheck {
        match crate::crosscheck::update(&mut store) {
            Ok(c) => changes = c,
            Err(e) => match crate::store::database_failure(&e) {
                Some(why) => stopped = Some(format!("cross-checking: {why}")),
                None => return Err(e),
            },
        }
    }
    print_summary(&summary, &changes)?;
    if let Some(why) = stopped {
        eprintln!("claimdb: stopped: {why}; what is listed above was stored; run the same command again once that is fixed to store the rest");
        return Ok(2);
    }
    Ok(if summary.failed > 0 || !errors.is_empty() {
        1
    } else {
        0
    })
}

/// The metadata given by flags, which describe one article.
fn overrides(args: &IngestArgs, options: &read::Options) -> Result<Meta> {
    let published = match &args.published {
        Some(p) => match read::date::normalise(p) {
            Ok(p) => Some(p),
            Err(why) => bail!("--published {why}"),
        },
        None => None,
    };
    let overrides = Meta {
        url: args.url.clone(),
        outlet: args.outlet.clone(),
        published,
        ..Meta::default()
    };
    if overrides != Meta::default() && (args.inputs.len() != 1 || args.inputs[0].is_dir()) {
        bail!("--url, --outlet and --published describe one article: give exactly one file (or -)");
    }
    if overrides.url.is_some() {
        let walk = read::sources(&args.inputs, &args.read.urls);
        if let Some(source) = walk.sources.first() {
            if matches!(
                source.kind(options).0,
                Kind::Json | Kind::Jsonl | Kind::Warc
            ) {
                bail!(
                    "--url describes one article, but {} holds several, each with its own URL \
                     (records: name their field with --field url=NAME)",
                    source.shown()
                );
            }
        }
    }
    Ok(overrides)
}

/// Why an input was not stored: a problem of the input, or of the database.
enum Failure {
    Input(InputError),
    Database(String),
}

/// An article from stdin is named by its URL, else its title, never "-".
fn name_stdin(article: &mut Article) {
    if article.path != "-" {
        return;
    }
    article.path = "<stdin>".to_string();
    article.file = article
        .meta
        .url
        .clone()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| article.title.clone());
    if article.file.is_empty() {
        article.file = "stdin".to_string();
    }
}

/// Extracts and stores one article. Errors name the article and the problem.
fn store_one(store: &mut Store, article: &Article) -> Result<(Stored, Vec<String>), Failure> {
    let statements = extract(&article.body);
    let speakers = statements
        .iter()
        .filter_map(|s| s.speaker.clone())
        .collect();
    let stored = store.ingest(article, &statements).map_err(|e| {
        match crate::store::database_failure(&e) {
            Some(why) => Failure::Database(why),
            None => Failure::Input(read::input_error(
                &article.path,
                format!("not stored: {e:#}"),
            )),
        }
    })?;
    Ok((stored, speakers))
}

/// A bar over the bytes of the input files, on a terminal and for inputs worth waiting for.
fn progress_bar(sources: &[Source]) -> ProgressBar {
    let total: u64 = sources
        .iter()
        .filter_map(|s| match s {
            Source::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            _ => None,
        })
        .sum();
    if (sources.len() < 50 && total < 5_000_000) || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {msg} {bytes_per_sec} eta {eta}",
        )
        .expect("valid template"),
    );
    bar
}

/// Writes the summary to stdout; a closed stdout is an error the caller ends on quietly.
fn print_summary(s: &Summary, changes: &Changes) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    let total = s.new + s.revised + s.unchanged + s.updated + s.failed + s.not_stored;
    let mut line = format!("{total} articles: {} new", s.new);
    if s.revised > 0 {
        line += &format!(", {} new revisions", s.revised);
    }
    if s.updated > 0 {
        line += &format!(", {} metadata updated", s.updated);
    }
    line += &format!(", {} unchanged, {} failed", s.unchanged, s.failed);
    if s.not_stored > 0 {
        line += &format!(", {} not stored", s.not_stored);
    }
    writeln!(out, "{line}")?;
    if s.new + s.revised > 0 {
        writeln!(
            out,
            "{} statements from {} speakers stored",
            s.statements,
            s.speakers.len()
        )?;
    } else if s.unchanged > 0 && s.failed == 0 && s.updated == 0 && s.not_stored == 0 {
        writeln!(out, "nothing new: every article was already stored")?;
    }
    print_changes(&mut out, changes)?;
    out.flush()
}

/// How many groups each verdict gained or changed, and the few most serious of them.
const SHOWN_CHANGES: usize = 5;

fn print_changes(out: &mut impl Write, changes: &Changes) -> std::io::Result<()> {
    if changes.groups.is_empty() {
        return Ok(());
    }
    let counts: Vec<String> = changes
        .per_verdict()
        .iter()
        .map(|(v, n)| format!("{n} {v}"))
        .collect();
    writeln!(
        out,
        "cross-check: {} groups made or changed: {}",
        changes.groups.len(),
        counts.join(", ")
    )?;
    for g in changes.most_serious(SHOWN_CHANGES) {
        let who = g.speaker.as_deref().unwrap_or("speaker unknown");
        writeln!(
            out,
            "  group {} ({who}, {}, {} outlets){}",
            g.id,
            g.verdict.as_str(),
            g.outlets,
            g.differences
                .first()
                .map(|d| format!(": {d}"))
                .unwrap_or_default()
        )?;
    }
    if changes.groups.len() > SHOWN_CHANGES {
        writeln!(out, "  `claimdb crosscheck` lists them all")?;
    }
    Ok(())
}
