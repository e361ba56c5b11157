//! A page's own statement of where and when it was published: `<link rel=canonical>`, Open
//! Graph and article meta tags, JSON-LD (`NewsArticle` and friends, also inside `@graph`) and
//! `<time datetime>`. Only what the page states; nothing is guessed from its text.

use serde_json::Value;
use trafilatura::dom::Document;

/// What the page says about itself; every field is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// Canonical URL (`<link rel=canonical>`, else `og:url`, else JSON-LD `url`), absolute.
    pub url: Option<String>,
    /// Publication date as ISO-8601 `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The outlet's name (`og:site_name`, else the JSON-LD publisher's name).
    pub outlet: Option<String>,
    pub author: Option<String>,
}

/// Reads the page's metadata; `base` resolves a relative canonical link.
pub fn page_meta(doc: &Document, base: Option<&str>) -> PageMeta {
    let json_ld = json_ld_objects(doc);
    let from_ld = |key: &str| {
        json_ld
            .iter()
            .find_map(|object| string_of(object.get(key)?))
    };

    let url = attr(doc, "link[rel~='canonical']", "href")
        .or_else(|| meta(doc, "og:url"))
        .or_else(|| from_ld("url"))
        .and_then(|href| absolute(&href, base));
    let published = meta(doc, "article:published_time")
        .or_else(|| meta(doc, "og:article:published_time"))
        .or_else(|| from_ld("datePublished"))
        .or_else(|| attr(doc, "[itemprop='datePublished']", "content"))
        .or_else(|| attr(doc, "[itemprop='datePublished']", "datetime"))
        .or_else(|| attr(doc, "time[datetime]", "datetime"))
        .and_then(|date| iso_date(&date));
    let outlet = meta(doc, "og:site_name").or_else(|| {
        let publisher = json_ld.iter().find_map(|object| object.get("publisher"))?;
        name_of(publisher)
    });
    let author = meta(doc, "author")
        .or_else(|| meta(doc, "article:author").filter(|a| !a.starts_with("http")))
        .or_else(|| {
            let author = json_ld.iter().find_map(|object| object.get("author"))?;
            name_of(author)
        });
    PageMeta {
        url,
        published,
        outlet,
        author,
    }
}

/// The first non-empty value of `attribute` on an element matching `selector`.
fn attr(doc: &Document, selector: &str, attribute: &str) -> Option<String> {
    doc.query_selector_all(doc.root(), selector)
        .into_iter()
        .filter_map(|id| doc.get_attribute(id, attribute))
        .map(|value| value.trim().to_string())
        .find(|value| !value.is_empty())
}

/// A `<meta>` tag's content, by `property` (Open Graph) or `name`.
fn meta(doc: &Document, key: &str) -> Option<String> {
    attr(doc, &format!("meta[property='{key}']"), "content")
        .or_else(|| attr(doc, &format!("meta[name='{key}']"), "content"))
}

/// Every object of the page's JSON-LD scripts, flattening arrays and `@graph`. Scripts that do
/// not parse are ignored: they are the page's data, not ours to judge.
fn json_ld_objects(doc: &Document) -> Vec<Value> {
    let mut objects = Vec::new();
    for id in doc.query_selector_all(doc.root(), "script[type='application/ld+json']") {
        if let Ok(value) = serde_json::from_str::<Value>(doc.text_content(id).trim()) {
            flatten(value, &mut objects);
        }
    }
    objects
}

fn flatten(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|item| flatten(item, out)),
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten(graph, out);
            }
            out.push(Value::Object(object));
        }
        _ => {}
    }
}

fn string_of(value: &Value) -> Option<String> {
    let text = value.as_str()?.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// A person's or organisation's name: a string, `{"name": ...}`, or a list of either (joined).
fn name_of(value: &Value) -> Option<String> {
    let names: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(name_of).collect(),
        Value::Object(object) => object.get("name").and_then(string_of).into_iter().collect(),
        other => string_of(other).into_iter().collect(),
    };
    (!names.is_empty()).then(|| names.join(", "))
}

fn absolute(href: &str, base: Option<&str>) -> Option<String> {
    match url::Url::parse(href) {
        Ok(url) => Some(url.into()),
        Err(_) => Some(url::Url::parse(base?).ok()?.join(href).ok()?.into()),
    }
}

/// `YYYY-MM-DD` from an ISO-8601 date or date-time, or from a date written with the month's
/// name ("20 Nov 2019 08:02 GMT", "Wed Nov 20 2019", "November 7, 2019"), if it is a real date.
pub fn iso_date(text: &str) -> Option<String> {
    numeric_date(text).or_else(|| named_month_date(text))
}

fn numeric_date(text: &str) -> Option<String> {
    let date = text.trim().get(..10)?;
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10)) {
        return None;
    }
    let year: u32 = date[..4].parse().ok()?;
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (1..=days).contains(&day).then(|| date.to_string())
}

/// A day, a month's English name and a year, in either order of day and month; times
/// ("08:02") and weekday names are passed over.
fn named_month_date(text: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let (mut day, mut month, mut year) = (None, None, None);
    for word in text.split([' ', ',', '.']).filter(|w| !w.is_empty()) {
        let lower = word.to_ascii_lowercase();
        if let Some(m) = MONTHS.iter().position(|m| lower.starts_with(m)) {
            month = month.or(Some(m as u32 + 1));
        } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            year = year.or(word.parse::<u32>().ok());
        } else if word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
            day = day.or(word.parse::<u32>().ok());
        }
    }
    let date = format!("{:04}-{:02}-{:02}", year?, month?, day?);
    numeric_date(&date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str, base: Option<&str>) -> PageMeta {
        page_meta(&Document::parse(html), base)
    }

    #[test]
    fn meta_tags() {
        let html = r#"<html><head>
            <link rel="canonical" href="/world/story-1">
            <meta property="og:url" content="https://other.example/x">
            <meta property="og:site_name" content="The Daily">
            <meta property="article:published_time" content="2019-10-07T15:04:05+02:00">
            <meta name="author" content="Jane Roe">
            </head><body><p>x</p></body></html>"#;
        assert_eq!(
            meta_of(html, Some("https://news.example/a?b")),
            PageMeta {
                url: Some("https://news.example/world/story-1".into()),
                published: Some("2019-10-07".into()),
                outlet: Some("The Daily".into()),
                author: Some("Jane Roe".into()),
            }
        );
    }

    #[test]
    fn json_ld_graph() {
        let html = r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"site"},
             {"@type":"NewsArticle","datePublished":"2020-02-29","url":"https://n.example/a",
              "author":[{"@type":"Person","name":"A. One"},{"name":"B. Two"}],
              "publisher":{"@type":"Organization","name":"N News"}}]}
            </script></head><body><time datetime="2021-01-01">x</time></body></html>"#;
        assert_eq!(
            meta_of(html, None),
            PageMeta {
                url: Some("https://n.example/a".into()),
                published: Some("2020-02-29".into()),
                outlet: Some("N News".into()),
                author: Some("A. One, B. Two".into()),
            }
        );
    }

    #[test]
    fn time_element_and_nothing_else() {
        let html = r#"<p>By someone <time datetime="2018-03-04T10:00">March 4</time></p>"#;
        assert_eq!(
            meta_of(html, None),
            PageMeta {
                published: Some("2018-03-04".into()),
                ..PageMeta::default()
            }
        );
    }

    #[test]
    fn dates_must_be_real() {
        assert_eq!(
            iso_date("2019-10-07T15:04:05Z").as_deref(),
            Some("2019-10-07")
        );
        assert_eq!(iso_date("2019-13-07"), None);
        assert_eq!(iso_date("October 7, 2019").as_deref(), Some("2019-10-07"));
        assert_eq!(
            iso_date("20 Nov 2019 08:02 GMT").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            iso_date("Wed Nov 20 2019 08:00:58 GMT+0000").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(iso_date("Nov 31 2019"), None);
        assert_eq!(iso_date("posted yesterday"), None);
        assert_eq!(iso_date("2019"), None);
        assert_eq!(iso_date("2019-02-29"), None);
        assert_eq!(iso_date("2020-02-29").as_deref(), Some("2020-02-29"));
    }
}
