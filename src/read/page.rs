//! Web pages as articles: an HTML file, a page fetched from a URL, or an HTML response record of
//! a WARC archive, read by `html::read_html` (main text and the page's own metadata).

use std::sync::OnceLock;
use std::time::Duration;

use super::fetch::Fetcher;
use super::{date, html, input_error, open, text, warc, Article, Articles, At, InputError, Meta};
use super::{Source, Walk};

/// How long one fetch (connect, redirects, body) may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(30);

/// A page's bytes as an article. `url` is where it came from (the fallback URL), and
/// `content_type` the HTTP header whose charset outranks the page's own.
pub fn article(
    path: String,
    file: String,
    bytes: &[u8],
    url: Option<&str>,
    content_type: Option<&str>,
) -> Result<Article, InputError> {
    let page = html::read_html(bytes, url, content_type).map_err(|why| input_error(&path, why))?;
    let body = text::normalise(&page.body);
    Ok(Article {
        title: page.title.unwrap_or_else(|| text::title_of(&body)),
        body,
        meta: Meta {
            url: page.meta.url,
            outlet: page.meta.outlet,
            // Page metadata is what the page says; a date that is not one is left out.
            published: page.meta.published.and_then(|d| date::normalise(&d).ok()),
            wire: None,
            author: page.meta.author,
        },
        path,
        file,
    })
}

/// Fetches a URL and reads it as a page. One client per run, so connections are reused.
pub fn fetched(url: &str) -> Result<Article, InputError> {
    static FETCHER: OnceLock<Fetcher> = OnceLock::new();
    let fetcher = FETCHER.get_or_init(|| Fetcher::new(FETCH_TIMEOUT));
    let page = fetcher
        .fetch(url)
        .map_err(|e| input_error(url, e.message))?;
    let mut article = article(
        url.to_string(),
        url.to_string(),
        &page.body,
        Some(&page.url),
        page.content_type.as_deref(),
    )?;
    article.meta.url.get_or_insert_with(|| page.url.clone());
    Ok(article)
}

/// Every HTML response record of a WARC file (`.warc` or `.warc.gz`), each an article: its
/// target URI the URL and its WARC date the published date, unless the page says otherwise.
pub fn archive(source: &Source) -> Articles {
    let shown = source.shown();
    let Source::File { path, .. } = source else {
        return Box::new(std::iter::once(Err(input_error(
            &shown,
            "a WARC archive is read from a file, not from stdin",
        ))));
    };
    if let Err(e) = open::regular_file(source) {
        return Box::new(std::iter::once(Err(e)));
    }
    let pages = match warc::warc_pages(path) {
        Ok(pages) => pages,
        Err(e) => return Box::new(std::iter::once(Err(input_error(&shown, e.message)))),
    };
    let base = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    Box::new(Records {
        shown,
        base,
        pages,
        noted: false,
    })
}

struct Records {
    shown: String,
    base: String,
    pages: warc::WarcPages,
    noted: bool,
}

impl Iterator for Records {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.pages.next() {
            Some(Ok(record)) => {
                let at = format!("#{}", record.record);
                let read = article(
                    format!("{}{at}", self.shown),
                    format!("{}{at}", self.base),
                    &record.body,
                    Some(&record.uri),
                    record.content_type.as_deref(),
                );
                Some(
                    read.map(|mut a| {
                        a.meta.published = a.meta.published.or(record.date.clone());
                        a
                    })
                    .map_err(|e| InputError {
                        path: self.shown.clone(),
                        at: Some(At::Record(record.record as u64)),
                        message: e.message,
                    }),
                )
            }
            Some(Err(e)) => Some(Err(InputError {
                path: self.shown.clone(),
                at: e.record.map(|r| At::Record(r as u64)),
                message: e.message,
            })),
            None => {
                // Response records that are not pages (images, redirects, errors) are named once.
                let skipped = self.pages.skipped();
                if !self.noted && skipped > 0 {
                    self.noted = true;
                    let what = if skipped == 1 {
                        "response record that is not an HTML page"
                    } else {
                        "response records that are not HTML pages"
                    };
                    eprintln!(
                        "claimdb: {}: skipped {skipped} {what} (other content types, or an HTTP \
                         status other than 2xx)",
                        self.shown
                    );
                }
                None
            }
        }
    }
}

/// Adds the URLs of `--urls` files (one a line; blank lines and `#` comments ignored).
pub fn url_lists(lists: &[std::path::PathBuf], walk: &mut Walk) {
    for list in lists {
        let shown = list.display().to_string();
        let text = match std::fs::read_to_string(list) {
            Ok(t) => t,
            Err(e) => {
                walk.errors.push(input_error(
                    &shown,
                    format!("cannot read the list of URLs: {e}"),
                ));
                continue;
            }
        };
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if is_url(line) {
                walk.sources.push(Source::Url(line.to_string()));
            } else {
                walk.errors.push(InputError {
                    path: shown.clone(),
                    at: Some(At::Line(i as u64 + 1)),
                    message: format!("'{line}' is not an http:// or https:// URL"),
                });
            }
        }
    }
}

pub fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}
