//! `claimdb ingest`: read articles and extract their statements ahead (`ahead`), store them a
//! chunk per transaction (each article all-or-nothing), and cross-check what the new
//! statements touch, a pass at a time, beside storing (`beside`).

use std::collections::BTreeSet;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressStyle};

mod ahead;
mod beside;

use std::sync::mpsc::{self, Receiver, Sender};

use crate::cli::IngestArgs;
use crate::crosscheck::{self, Changes};
use crate::extract::Statement;
use crate::read::{self, Article, InputError, Kind, Meta, Source};
use crate::store::{Store, Stored};
use ahead::{Item, Reading};
use beside::{Checked, Notice};

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
    let file_bytes = file_bytes(&walk.sources);
    let few = few_articles(&walk.sources, file_bytes);
    if few {
        store.map_for_reading()?;
    }
    let progress = progress_bar(&walk.sources, file_bytes);
    let reading = Reading {
        options: &options,
        overrides: &overrides,
        progress: &progress,
    };
    let (notify, notices) = mpsc::channel();
    let mut writer = Writer {
        store: &mut store,
        cross_checker: (!args.no_crosscheck).then_some(notify),
        progress: &progress,
        summary: Summary::default(),
        unchecked: 0,
        stopped: None,
    };
    let (send, receive) = mpsc::sync_channel(ahead::CHUNKS_AHEAD);
    let (manifest_errors, checked) = std::thread::scope(|s| {
        let reader = s.spawn(|| ahead::read_and_extract(&walk.sources, &reading, send));
        let checker =
            (!args.no_crosscheck).then(|| s.spawn(move || beside::cross_check(db, few, notices)));
        let written = writer.write_all(&receive, walk.sources.len());
        // A stopped writer no longer listens: the reader's next send fails and it ends.
        drop(receive);
        // The cross-checker's last update runs once the writer is done.
        writer.finish();
        let manifest_errors = reader.join().expect("the reader does not panic");
        let checked = checker.map(|c| c.join().expect("the cross-checker does not panic"));
        written?;
        let checked = checked.transpose()?;
        anyhow::Ok((manifest_errors, checked))
    })?;
    progress.finish_and_clear();
    let mut errors = walk.errors;
    errors.extend(manifest_errors);
    for e in &errors {
        eprintln!("claimdb: {e}");
    }
    let Checked { changes, stopped } = checked.unwrap_or_default();
    let stopped = writer.stopped.or(stopped);
    print_summary(&writer.summary, &changes)?;
    if let Some(why) = stopped {
        eprintln!("claimdb: stopped: {why}; what is listed above was stored; run the same command again once that is fixed to store the rest");
        return Ok(2);
    }
    Ok(if writer.summary.failed > 0 || !errors.is_empty() {
        1
    } else {
        0
    })
}

/// The one writer: stores chunks as they come, and tells the cross-checker every so many new
/// articles, so that it cross-checks them while the next ones are stored.
struct Writer<'a> {
    store: &'a mut Store,
    /// Tells the cross-checker; None with --no-crosscheck.
    cross_checker: Option<Sender<Notice>>,
    progress: &'a ProgressBar,
    summary: Summary,
    /// New articles stored since the cross-checker was last told.
    unchecked: usize,
    /// Why the database stopped taking writes, if it did.
    stopped: Option<String>,
}

impl Writer<'_> {
    fn write_all(&mut self, chunks: &Receiver<Vec<Item>>, sources: usize) -> Result<()> {
        for chunk in chunks {
            if let Err((e, source)) = self.write(&chunk) {
                self.summary.not_stored = sources - source;
                return self.stop(e);
            }
            if self.unchecked >= crosscheck::ARTICLES_PER_PASS {
                self.unchecked = 0;
                match self.hand_over() {
                    Ok(true) => {}
                    // The cross-checker ended early: the database failed, and it says why.
                    Ok(false) => return Ok(()),
                    Err(e) => return self.stop(e),
                }
            }
        }
        Ok(())
    }

    /// The database itself cannot take the articles (full disk, locked, read-only): every
    /// other article would fail the same way, so stop, and say so once.
    fn stop(&mut self, e: anyhow::Error) -> Result<()> {
        self.stopped = Some(stop_reason(e)?);
        self.tell(Notice::Stopped);
        Ok(())
    }

    /// Stores a chunk's articles in one transaction and counts what became of each input.
    /// When the database stops taking articles, returns its failure with the source of the
    /// first article not stored.
    fn write(&mut self, chunk: &[Item]) -> Result<(), (anyhow::Error, usize)> {
        let batch: Vec<(&Article, &[Statement])> = chunk
            .iter()
            .filter_map(|item| match item {
                Item::Read {
                    article,
                    statements,
                    ..
                } => Some((article, statements.as_slice())),
                Item::Failed(_) => None,
            })
            .collect();
        let written = self.store.ingest_all(&batch);
        let mut outcomes = written.outcomes.into_iter();
        for item in chunk {
            match item {
                Item::Failed(error) => self.failed(error),
                Item::Read {
                    source,
                    article,
                    statements,
                } => match outcomes.next() {
                    Some(Ok(stored)) => self.count(stored, statements),
                    Some(Err(e)) => self.failed(&read::input_error(
                        &article.path,
                        format!("not stored: {e:#}"),
                    )),
                    None => return Err((written.stopped.expect("a stop"), *source)),
                },
            }
        }
        let s = &self.summary;
        let done = s.new + s.revised + s.unchanged + s.updated + s.failed;
        self.progress.set_message(format!("{done} articles"));
        Ok(())
    }

    fn count(&mut self, stored: Stored, statements: &[Statement]) {
        let s = &mut self.summary;
        match stored {
            Stored::New { revision, .. } => {
                if revision > 1 {
                    s.revised += 1;
                } else {
                    s.new += 1;
                }
                s.statements += statements.len();
                s.speakers
                    .extend(statements.iter().filter_map(|st| st.speaker.clone()));
                self.unchecked += 1;
            }
            Stored::Unchanged { .. } => s.unchanged += 1,
            Stored::Updated { .. } => s.updated += 1,
        }
    }

    fn failed(&mut self, error: &InputError) {
        self.progress.suspend(|| eprintln!("claimdb: {error}"));
        self.summary.failed += 1;
    }

    /// Hands what is stored to the cross-checker, if any, and waits until its pass has taken
    /// its view of the database; false when the cross-checker has ended.
    fn hand_over(&self) -> Result<bool> {
        if self.cross_checker.is_none() {
            return Ok(true);
        }
        let upto: i64 =
            self.store
                .conn
                .query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
                    r.get(0)
                })?;
        let (snapshot_taken, taken) = mpsc::channel();
        let told = self.tell(Notice::Stored {
            upto,
            snapshot_taken,
        });
        // An error only says the cross-checker dropped its end: it failed, and says why.
        let _ = taken.recv();
        Ok(told)
    }

    /// Tells the cross-checker, if any; false when it has ended.
    fn tell(&self, notice: Notice) -> bool {
        self.cross_checker
            .as_ref()
            .is_none_or(|c| c.send(notice).is_ok())
    }

    /// Lets the cross-checker run its last update.
    fn finish(&mut self) {
        self.cross_checker = None;
    }
}

/// Why the database stopped taking writes (see `database_failure`); any other error is
/// returned as it is.
fn stop_reason(e: anyhow::Error) -> Result<String> {
    crate::store::database_failure(&e).ok_or(e)
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

/// Inputs under this many bytes hold a few articles (a day's news from a handful of outlets):
/// the database is read through a memory map (`Store::map_for_reading`), and no progress bar
/// is shown.
const FEW_ARTICLES_BYTES: u64 = 5_000_000;

/// The bytes of the input files (a URL's or standard input's are not known before reading).
fn file_bytes(sources: &[Source]) -> u64 {
    sources
        .iter()
        .filter_map(|s| match s {
            Source::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            _ => None,
        })
        .sum()
}

/// Whether the inputs hold a few articles: files under `FEW_ARTICLES_BYTES` with a web page's
/// worth per URL, and no standard input (which may be any size).
fn few_articles(sources: &[Source], file_bytes: u64) -> bool {
    const PAGE_BYTES: u64 = 100_000;
    let urls = sources
        .iter()
        .filter(|s| matches!(s, Source::Url(_)))
        .count() as u64;
    !sources.iter().any(|s| matches!(s, Source::Stdin))
        && file_bytes + urls * PAGE_BYTES < FEW_ARTICLES_BYTES
}

/// A bar over the bytes of the input files, on a terminal and for inputs worth waiting for.
fn progress_bar(sources: &[Source], total: u64) -> ProgressBar {
    if (sources.len() < 50 && total < FEW_ARTICLES_BYTES) || !std::io::stderr().is_terminal() {
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
    if changes.is_empty() {
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
        changes.len(),
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
    if changes.len() > SHOWN_CHANGES {
        writeln!(out, "  `claimdb crosscheck` lists them all")?;
    }
    Ok(())
}
