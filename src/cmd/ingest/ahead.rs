//! Reading and extracting ahead of the writer: articles are read in input order, extracted a
//! chunk at a time on every core, and handed over in that order through a bounded channel, so
//! the database writer never waits for extraction and memory holds a few chunks at most.

use std::sync::mpsc::SyncSender;

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::extract::{extract, Statement};
use crate::read::manifest::Manifests;
use crate::read::{self, Article, InputError, Kind, Meta, Source};

/// Articles extracted together and stored in one transaction.
pub const CHUNK: usize = 512;
/// Chunks ready before the writer takes them.
pub const CHUNKS_AHEAD: usize = 4;

/// One input as the writer receives it; an article comes with the index of its source.
pub enum Item {
    Read {
        source: usize,
        article: Article,
        statements: Vec<Statement>,
    },
    Failed(InputError),
}

/// What reading needs besides the sources.
pub struct Reading<'a> {
    pub options: &'a read::Options,
    /// Metadata given by flags, which wins over the manifest's and the record's own.
    pub overrides: &'a Meta,
    pub progress: &'a ProgressBar,
}

/// Reads every source in order and sends its articles, extracted, in chunks. Stops early when
/// the writer stops listening; the channel closes when it returns. Returns the manifests' own problems (unreadable rows), known
/// only once every file beside them was read.
pub fn read_and_extract(
    sources: &[Source],
    reading: &Reading,
    out: SyncSender<Vec<Item>>,
) -> Vec<InputError> {
    let mut manifests = Manifests::default();
    let mut chunk: Vec<(usize, Result<Article, InputError>)> = Vec::with_capacity(CHUNK);
    for (i, source) in sources.iter().enumerate() {
        let manifest = match manifest_for(source, reading.options, &mut manifests) {
            Ok(meta) => meta,
            Err(error) => {
                chunk.push((i, Err(error)));
                continue;
            }
        };
        for item in read::articles(source, reading.options, reading.progress) {
            let item = item.map(|mut article| {
                let own = std::mem::take(&mut article.meta);
                article.meta = reading.overrides.clone().or(manifest.clone().or(own));
                name_stdin(&mut article);
                article
            });
            chunk.push((i, item));
            if chunk.len() == CHUNK && out.send(extracted(std::mem::take(&mut chunk))).is_err() {
                return manifests.into_errors();
            }
        }
    }
    if !chunk.is_empty() {
        // The writer may have stopped: then nothing more is wanted.
        let _ = out.send(extracted(chunk));
    }
    manifests.into_errors()
}

/// Text files take their metadata from the manifest beside them; records carry their own.
fn manifest_for(
    source: &Source,
    options: &read::Options,
    manifests: &mut Manifests,
) -> Result<Meta, InputError> {
    match source {
        Source::File { path, .. } if matches!(source.kind(options).0, Kind::Text | Kind::Html) => {
            Ok(manifests.meta_for(path)?.unwrap_or_default())
        }
        _ => Ok(Meta::default()),
    }
}

/// Extracts a chunk's articles in parallel, keeping their order.
fn extracted(chunk: Vec<(usize, Result<Article, InputError>)>) -> Vec<Item> {
    chunk
        .into_par_iter()
        .map(|(source, item)| match item {
            Ok(article) => match extract_or_explain(&article) {
                Ok(statements) => Item::Read {
                    source,
                    statements,
                    article,
                },
                Err(error) => Item::Failed(error),
            },
            Err(error) => Item::Failed(error),
        })
        .collect()
}

/// Extracts an article's statements. Should extraction fail on text nobody foresaw, that
/// article is reported as not stored and the others go on.
fn extract_or_explain(article: &Article) -> Result<Vec<Statement>, InputError> {
    std::panic::catch_unwind(|| extract(&article.body)).map_err(|panic| {
        let why = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("unknown");
        InputError {
            path: article.path.clone(),
            at: None,
            message: format!(
                "article '{}' was not stored: extraction failed ({why}); this is a bug in claimdb, please report it with the article",
                article.file
            ),
        }
    })
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
