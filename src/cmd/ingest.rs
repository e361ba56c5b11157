//! `claimdb ingest`: read articles, extract their statements, store each article in its own
//! transaction, then cross-check what the new statements touch.

use std::collections::{BTreeSet, HashMap};
use std::io::{IsTerminal, Write};
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
    updated: usize,
    failed: usize,
    /// Inputs not stored because the database stopped taking writes.
    not_stored: usize,
    statements: usize,
    speakers: BTreeSet<String>,
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

    let mut stopped = None;
    for (i, source) in sources.iter().enumerate() {
        progress.inc(1);
        match ingest_one(&mut store, source, &overrides, &mut manifests) {
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
                summary.not_stored = sources.len() - i;
                stopped = Some(why);
                break;
            }
            Err(Failure::Input(e)) => {
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

    // After a stop, cross-checking would fail the same way; the next ingest catches up on it.
    let mut findings = Vec::new();
    if stopped.is_none() && !args.no_crosscheck {
        match crate::crosscheck::update(&mut store) {
            Ok(f) => findings = f,
            Err(e) => match crate::store::database_failure(&e) {
                Some(why) => stopped = Some(format!("cross-checking: {why}")),
                None => return Err(e),
            },
        }
    }
    print_summary(&summary, &findings)?;
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

/// Why an input was not stored: a problem of the input, or of the database.
enum Failure {
    Input(InputError),
    Database(String),
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

/// Reads, extracts and stores one input. Errors name the file and the problem.
fn ingest_one(
    store: &mut Store,
    source: &Source,
    overrides: &Meta,
    manifests: &mut HashMap<PathBuf, Option<Manifest>>,
) -> Result<(Stored, Vec<String>), Failure> {
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
                return Err(err.clone().into());
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
    let statements = extract(&article.body);
    let speakers = statements
        .iter()
        .filter_map(|s| s.speaker.clone())
        .collect();
    let stored = store.ingest(&article, &statements).map_err(|e| {
        match crate::store::database_failure(&e) {
            Some(why) => Failure::Database(why),
            None => Failure::Input(InputError {
                path: article.path.clone(),
                row: None,
                message: format!("not stored: {e:#}"),
            }),
        }
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

/// Writes the summary to stdout; a closed stdout is an error the caller ends on quietly.
fn print_summary(s: &Summary, findings: &[String]) -> std::io::Result<()> {
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
    if !findings.is_empty() {
        writeln!(out, "cross-check:")?;
        for f in findings {
            writeln!(out, "  {f}")?;
        }
    }
    out.flush()
}
