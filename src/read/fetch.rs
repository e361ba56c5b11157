//! Fetching web pages over HTTP(S) with `ureq`: redirects followed, gzip accepted, a time limit
//! on the whole exchange, a User-Agent that says what is asking, and only HTML accepted.

use std::fmt;
use std::time::Duration;

use ureq::ResponseExt;

use crate::read::html::looks_like_html;

/// Says what is fetching, so site operators can tell claimdb from a browser.
pub const USER_AGENT: &str = concat!(
    "claimdb/",
    env!("CARGO_PKG_VERSION"),
    " (news quote tracker; fetches single pages on request)"
);

/// Larger bodies are refused: no news article is that long, and memory stays bounded.
pub const MAX_PAGE_BYTES: u64 = 32 * 1024 * 1024;

/// How many redirects to follow before giving up.
const MAX_REDIRECTS: u32 = 10;

/// A fetched HTML page.
#[derive(Debug, Clone, PartialEq)]
pub struct Fetched {
    /// The URL after redirects.
    pub url: String,
    pub status: u16,
    /// The `Content-Type` header; its charset is the page's encoding unless the body has a BOM.
    pub content_type: Option<String>,
    /// The body, gzip undone.
    pub body: Vec<u8>,
}

/// A URL that could not be read as a page: which URL, the HTTP status if there was one, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchError {
    pub url: String,
    pub status: Option<u16>,
    pub message: String,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.message)
    }
}

impl std::error::Error for FetchError {}

/// An HTTP client for pages; one per run, so connections are reused.
pub struct Fetcher {
    agent: ureq::Agent,
    timeout: Duration,
}

impl Fetcher {
    /// A client whose every fetch (connect, redirects, body) ends within `timeout`. Proxies
    /// come from the usual environment variables (`HTTPS_PROXY`, `NO_PROXY`, ...).
    pub fn new(timeout: Duration) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .max_redirects(MAX_REDIRECTS)
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .build()
            .into();
        Fetcher { agent, timeout }
    }

    /// Fetches `url`; anything but a 2xx HTML page is an error naming the URL (and status).
    pub fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        let error = |status: Option<u16>, message: String| FetchError {
            url: url.to_string(),
            status,
            message,
        };
        let mut response = self
            .agent
            .get(url)
            .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
            .call()
            .map_err(|e| error(None, self.describe(e)))?;
        let status = response.status();
        if !status.is_success() {
            let reason = status.canonical_reason().unwrap_or("");
            let message = format!("HTTP {} {reason}", status.as_u16());
            return Err(error(Some(status.as_u16()), message.trim_end().to_string()));
        }
        let final_url = response.get_uri().to_string();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|value| value.to_str().ok())
            .map(str::to_string);
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_PAGE_BYTES)
            .read_to_vec()
            .map_err(|e| error(Some(status.as_u16()), self.describe(e)))?;
        let html = match &content_type {
            Some(media) => is_html_type(media) || (is_unspecific(media) && looks_like_html(&body)),
            None => looks_like_html(&body),
        };
        if !html {
            let media = content_type.as_deref().unwrap_or("none given");
            return Err(error(
                Some(status.as_u16()),
                format!("not an HTML page (Content-Type: {media})"),
            ));
        }
        Ok(Fetched {
            url: final_url,
            status: status.as_u16(),
            content_type,
            body,
        })
    }

    /// A message a user can act on, for the failures people meet.
    fn describe(&self, error: ureq::Error) -> String {
        match error {
            ureq::Error::Timeout(_) => format!("no complete answer within {:?}", self.timeout),
            ureq::Error::HostNotFound => "host not found".to_string(),
            ureq::Error::ConnectionFailed => "connection failed".to_string(),
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                "connection refused".to_string()
            }
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                format!("no complete answer within {:?}", self.timeout)
            }
            ureq::Error::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
            ureq::Error::BodyExceedsLimit(limit) => format!("page larger than {limit} bytes"),
            ureq::Error::BadUri(uri) => format!("not a URL that can be fetched: {uri}"),
            other => other.to_string(),
        }
    }
}

fn media_type(content_type: &str) -> String {
    let media = content_type.split(';').next().unwrap_or("");
    media.trim().to_ascii_lowercase()
}

fn is_html_type(content_type: &str) -> bool {
    matches!(
        media_type(content_type).as_str(),
        "text/html" | "application/xhtml+xml"
    )
}

/// Types servers send when they do not know better; the body decides.
fn is_unspecific(content_type: &str) -> bool {
    matches!(
        media_type(content_type).as_str(),
        "" | "text/plain" | "application/octet-stream"
    )
}

#[cfg(test)]
mod tests;
