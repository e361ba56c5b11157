//! `claimdb ingest`: read articles, extract their statements, store each article in its own
//! transaction, then cross-check what the new statements touch.

use std::collections::{BTreeSet, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::article::{self, InputError, Manifest, Meta, Source};
use crate::cli::IngestArgs;
use crate::extract::extract;
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
    let overrides = Meta {
        url: args.url.clone(),
        outlet: args.outlet.clone(),
        published: args.published.clone(),
        wire: None,
    };
    if overrides != Meta::default() && (args.inputs.len() != 1 || args.inputs[0].is_dir()) {
        bail!("--url, --outlet and --published describe one article: give exactly one file (or -)");
    }
    if let Some(p) = overrides
        .published
        .as_deref()
        .filter(|p| !article::valid_date(p))
    {
        bail!("--published '{p}' is not ISO-8601 (YYYY-MM-DD, YYYY-MM or YYYY)");
    }
    let mut store = Store::open(db)?;
    let (sources, mut errors) = article::sources(&args.inputs);
    let mut manifests: HashMap<PathBuf, Option<Manifest>> = HashMap::new();
    let mut summary = Summary::default();
    let progress = progress_bar(sources.len());

    for source in &sources {
        progress.inc(1);
        match ingest_one(&mut store, source, &overrides, &mut manifests) {
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
    }
    progress.finish_and_clear();
    for m in manifests.into_values().flatten() {
        errors.extend(m.errors);
    }
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

/// Reads, extracts and stores one input. Errors name the file and the problem.
fn ingest_one(
    store: &mut Store,
    source: &Source,
    overrides: &Meta,
    manifests: &mut HashMap<PathBuf, Option<Manifest>>,
) -> Result<(Stored, Vec<String>), InputError> {
    let mut article = article::read(source)?;
    if let Source::File(path) = source {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        let manifest = manifests
            .entry(dir.clone())
            .or_insert_with(|| article::manifest(&dir));
        if let Some(m) = manifest {
            if let Some(err) = m.broken.get(&article.file) {
                return Err(err.clone());
            }
            if let Some(meta) = m.rows.get(&article.file) {
                article.meta = meta.clone();
            }
        }
    }
    let o = overrides.clone();
    article.meta.url = o.url.or(article.meta.url);
    article.meta.outlet = o.outlet.or(article.meta.outlet);
    article.meta.published = o.published.or(article.meta.published);
    // An article from stdin is named by its URL, else its title, never "-".
    if *source == Source::Stdin {
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
    let statements = extract(&article.body);
    let speakers = statements
        .iter()
        .filter_map(|s| s.speaker.clone())
        .collect();
    let stored = store
        .ingest(&article, &statements)
        .map_err(|e| InputError {
            path: article.path.clone(),
            row: None,
            message: format!("not stored: {e:#}"),
        })?;
    Ok((stored, speakers))
}

fn progress_bar(n: usize) -> ProgressBar {
    if n < 50 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(n as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} eta {eta}")
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
