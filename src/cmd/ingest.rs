//! `claimdb ingest`: read articles, extract their statements, store each article in its own
//! transaction, then cross-check what the new statements touch.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::Path;

use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::IngestArgs;
use crate::extract::extract;
use crate::read::manifest::Manifests;
use crate::read::{self, Article, InputError, Kind, Meta, Source};
use crate::store::{Store, Stored};

#[derive(Debug, Default)]
struct Summary {
    new: usize,
    revised: usize,
    unchanged: usize,
    failed: usize,
    statements: usize,
    speakers: BTreeSet<String>,
    new_articles: Vec<i64>,
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

    for source in &walk.sources {
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
            let stored = item.and_then(|mut article| {
                let own = std::mem::take(&mut article.meta);
                article.meta = overrides.clone().or(manifest.clone().or(own));
                store_one(&mut store, &article)
            });
            match stored {
                Ok((
                    Stored::New {
                        article_id,
                        statements,
                        revision,
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
                    summary.new_articles.push(article_id);
                }
                Ok((Stored::Unchanged { .. }, _)) => summary.unchanged += 1,
                Err(e) => {
                    progress.suspend(|| eprintln!("claimdb: {e}"));
                    summary.failed += 1;
                }
            }
            let done = summary.new + summary.revised + summary.unchanged + summary.failed;
            progress.set_message(format!("{done} articles"));
        }
    }
    progress.finish_and_clear();
    errors.extend(manifests.into_errors());
    for e in &errors {
        eprintln!("claimdb: {e}");
    }

    let findings = if args.no_crosscheck {
        Vec::new()
    } else {
        crate::crosscheck::update(&mut store, &summary.new_articles)?
    };
    print_summary(&summary, &findings);
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

/// Extracts and stores one article. Errors name the article and the problem.
fn store_one(store: &mut Store, article: &Article) -> Result<(Stored, Vec<String>), InputError> {
    let statements = extract(&article.body);
    let speakers = statements
        .iter()
        .filter_map(|s| s.speaker.clone())
        .collect();
    let stored = store
        .ingest(article, &statements)
        .map_err(|e| read::input_error(&article.path, format!("not stored: {e:#}")))?;
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

fn print_summary(s: &Summary, findings: &[String]) {
    let total = s.new + s.revised + s.unchanged + s.failed;
    let mut line = format!("{total} articles: {} new", s.new);
    if s.revised > 0 {
        line += &format!(", {} new revisions", s.revised);
    }
    line += &format!(", {} unchanged, {} failed", s.unchanged, s.failed);
    println!("{line}");
    if s.new + s.revised > 0 {
        println!(
            "{} statements from {} speakers stored",
            s.statements,
            s.speakers.len()
        );
    } else if s.unchanged > 0 && s.failed == 0 {
        println!("nothing new: every article was already stored");
    }
    if !findings.is_empty() {
        println!("cross-check:");
        for f in findings {
            println!("  {f}");
        }
    }
}
