//! Scraper records: JSON (one record or an array of them) and JSON Lines, as news-please,
//! trafilatura, newspaper3k and similar tools write them. Fields are found by their usual
//! names; `--field text=NAME` names others. JSON Lines are read one line at a time, so a file of
//! any size streams through in little memory.

use std::io::{BufRead, Read};

use serde_json::{Map, Value};

use super::{date, hover_card, text, Article, Articles, At, InputError, Meta, Options};

/// The parts of an article a record can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text,
    Title,
    Url,
    Outlet,
    Date,
    Author,
}

impl Field {
    const ALL: [Field; 6] = [
        Field::Text,
        Field::Title,
        Field::Url,
        Field::Outlet,
        Field::Date,
        Field::Author,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Title => "title",
            Field::Url => "url",
            Field::Outlet => "outlet",
            Field::Date => "date",
            Field::Author => "author",
        }
    }

    /// The names scrapers give it, tried in this order.
    pub fn usual_names(self) -> &'static [&'static str] {
        match self {
            Field::Text => &[
                "maintext",
                "text",
                "content",
                "content_original",
                "articleBody",
                "body",
            ],
            Field::Title => &["title", "headline"],
            Field::Url => &["url", "link"],
            Field::Outlet => &["source_domain", "source", "site_name"],
            Field::Date => &["date_publish", "date", "published", "datePublished"],
            Field::Author => &["author", "authors", "byline"],
        }
    }
}

/// Which record field holds each part: the usual names unless `--field` says otherwise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    mapped: Vec<(Field, String)>,
}

impl Fields {
    pub fn new(mapped: Vec<(Field, String)>) -> Self {
        Fields { mapped }
    }

    fn names(&self, field: Field) -> Vec<&str> {
        match self.mapped.iter().rev().find(|(f, _)| *f == field) {
            Some((_, name)) => vec![name.as_str()],
            None => field.usual_names().to_vec(),
        }
    }
}

/// Parses `--field text=NAME`.
pub fn parse_field(s: &str) -> Result<(Field, String), String> {
    let known = || {
        Field::ALL
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some((part, name)) = s.split_once('=') else {
        return Err(format!(
            "'{s}' is not PART=NAME (PART is one of {})",
            known()
        ));
    };
    let field = Field::ALL
        .into_iter()
        .find(|f| f.name() == part.trim())
        .ok_or_else(|| format!("'{part}' is not a part of an article (one of {})", known()))?;
    if name.trim().is_empty() {
        return Err(format!("'{s}' names no field"));
    }
    Ok((field, name.trim().to_string()))
}

/// A whole JSON document: one record, or an array of records.
pub fn json(shown: String, doc: &str, options: &Options) -> Articles {
    let value: Value = match serde_json::from_str(doc) {
        Ok(v) => v,
        Err(e) => return one(error(&shown, None, format!("not valid JSON: {e}"))),
    };
    let fields = options.fields.clone();
    match value {
        Value::Object(record) => one(article(&shown, None, record, &fields)),
        Value::Array(items) => Box::new(items.into_iter().enumerate().map(move |(i, item)| {
            let at = Some(At::Record(i as u64 + 1));
            match item {
                Value::Object(record) => article(&shown, at, record, &fields),
                other => error(&shown, at, not_a_record(&other)),
            }
        })),
        other => one(error(&shown, None, not_a_record(&other))),
    }
}

/// JSON Lines, streamed: one article (or one error) per non-blank line.
pub fn json_lines(shown: String, reader: Box<dyn BufRead>, options: Options) -> Articles {
    Box::new(JsonLines {
        shown,
        reader,
        options,
        line: 0,
        buf: Vec::new(),
        done: false,
    })
}

struct JsonLines {
    shown: String,
    reader: Box<dyn BufRead>,
    options: Options,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl Iterator for JsonLines {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let limit = self.options.max_size;
            let read = Read::take(&mut self.reader, limit + 1).read_until(b'\n', &mut self.buf);
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    let why = format!("cannot read after line {}: {e}", self.line);
                    return Some(error(&self.shown, None, why));
                }
            };
            if n == 0 {
                self.done = true;
                break;
            }
            self.line += 1;
            let at = Some(At::Line(self.line));
            if self.buf.len() as u64 > limit {
                if let Err(e) = skip_line(&mut self.reader) {
                    self.done = true;
                    return Some(error(&self.shown, at, format!("cannot read: {e}")));
                }
                let why = format!(
                    "longer than --max-size ({}); raise the limit if it really is one record",
                    super::open::human(limit)
                );
                return Some(error(&self.shown, at, why));
            }
            let Ok(line) = std::str::from_utf8(&self.buf) else {
                return Some(error(&self.shown, at, "not UTF-8 text".into()));
            };
            let line = line.strip_prefix('\u{feff}').unwrap_or(line).trim();
            if line.is_empty() {
                continue;
            }
            return Some(match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(record)) => article(&self.shown, at, record, &self.options.fields),
                Ok(other) => error(&self.shown, at, not_a_record(&other)),
                Err(e) => error(&self.shown, at, format!("not valid JSON: {e}")),
            });
        }
        None
    }
}

/// Reads past the rest of an over-long line without keeping it.
fn skip_line(reader: &mut Box<dyn BufRead>) -> std::io::Result<()> {
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(());
        }
        match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = chunk.len();
                reader.consume(n);
            }
        }
    }
}

/// One record as an article.
fn article(
    shown: &str,
    at: Option<At>,
    record: Map<String, Value>,
    fields: &Fields,
) -> Result<Article, InputError> {
    let fail = |message: String| {
        Err(InputError {
            path: shown.to_string(),
            at,
            message,
        })
    };
    let get = |field: Field| -> Result<Option<String>, String> {
        for name in fields.names(field) {
            match record.get(name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) if s.trim().is_empty() => continue,
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                // newspaper3k and news-please give authors as a list.
                Some(Value::Array(items))
                    if field == Field::Author && items.iter().all(Value::is_string) =>
                {
                    let names: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                    if !names.is_empty() {
                        return Ok(Some(names.join(", ")));
                    }
                }
                Some(other) => {
                    return Err(format!(
                        "field '{name}' ({}) holds {}, not text",
                        field.name(),
                        kind_of(other)
                    ))
                }
            }
        }
        Ok(None)
    };
    let part = |field: Field| get(field).map(|v| v.map(|s| s.trim().to_string()));
    let parts = || -> Result<_, String> {
        Ok((
            get(Field::Text)?,
            part(Field::Title)?,
            part(Field::Url)?,
            part(Field::Outlet)?,
            part(Field::Date)?,
            part(Field::Author)?,
        ))
    };
    let (body, title, url, outlet, published, author) = match parts() {
        Ok(parts) => parts,
        Err(why) => return fail(why),
    };
    let Some(body) = body else {
        return fail(format!(
            "record has no text (looked for {}); name its field with --field text=NAME",
            fields.names(Field::Text).join(", ")
        ));
    };
    let published = match published.map(|d| date::normalise(&d)).transpose() {
        Ok(p) => p,
        Err(why) => {
            return fail(format!(
                "date {why}; fix it, or read another field with --field date=NAME"
            ))
        }
    };
    // Scraped name cards are page furniture inside sentences (see hover_card).
    let body = hover_card::strip(&text::normalise(&body)).into_owned();
    let suffix = match at {
        Some(At::Line(n)) => format!(":{n}"),
        Some(At::Record(n)) => format!("#{n}"),
        _ => String::new(),
    };
    let base = std::path::Path::new(shown)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.to_string());
    Ok(Article {
        path: format!("{shown}{suffix}"),
        file: format!("{base}{suffix}"),
        title: title.unwrap_or_else(|| text::title_of(&body)),
        body,
        meta: Meta {
            url,
            outlet,
            published,
            wire: None,
            author,
        },
    })
}

fn error(shown: &str, at: Option<At>, message: String) -> Result<Article, InputError> {
    Err(InputError {
        path: shown.to_string(),
        at,
        message,
    })
}

fn one(item: Result<Article, InputError>) -> Articles {
    Box::new(std::iter::once(item))
}

fn not_a_record(value: &Value) -> String {
    format!("holds {}, not a record (a JSON object)", kind_of(value))
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(record: &str, fields: &Fields) -> Result<Article, InputError> {
        let Value::Object(map) = serde_json::from_str(record).unwrap() else {
            panic!("not an object")
        };
        article("in/a.jsonl", Some(At::Line(3)), map, fields)
    }

    #[test]
    fn usual_field_names() {
        let a = read(
            r#"{"maintext": "Body\r\nsaid.", "title": "T", "url": "http://x/1", "source_domain": "x.com", "date_publish": "2017-09-04 13:30:00", "authors": ["A B", "C D"]}"#,
            &Fields::default(),
        )
        .unwrap();
        assert_eq!(
            (
                a.body.as_str(),
                a.title.as_str(),
                a.file.as_str(),
                a.path.as_str()
            ),
            ("Body\nsaid.", "T", "a.jsonl:3", "in/a.jsonl:3")
        );
        assert_eq!(
            a.meta,
            Meta {
                url: Some("http://x/1".into()),
                outlet: Some("x.com".into()),
                published: Some("2017-09-04".into()),
                wire: None,
                author: Some("A B, C D".into()),
            }
        );
    }

    #[test]
    fn mapped_fields_and_missing_text() {
        let fields = Fields::new(vec![(Field::Text, "story".into())]);
        let a = read(r#"{"story": "Words.", "text": "not this"}"#, &fields).unwrap();
        assert_eq!((a.body.as_str(), a.title.as_str()), ("Words.", "Words."));
        assert_eq!(
            read(r#"{"text": "x"}"#, &fields).unwrap_err().to_string(),
            "in/a.jsonl: line 3: record has no text (looked for story); name its field with --field text=NAME"
        );
        assert_eq!(
            read(r#"{"text": "x", "date": "2015-02-31"}"#, &Fields::default())
                .unwrap_err()
                .message,
            "date '2015-02-31' is not a day of the calendar; fix it, or read another field with --field date=NAME"
        );
        assert_eq!(
            read(r#"{"text": 5}"#, &Fields::default())
                .unwrap_err()
                .message,
            "field 'text' (text) holds a number, not text"
        );
    }

    #[test]
    fn field_flags() {
        assert_eq!(parse_field("text=story"), Ok((Field::Text, "story".into())));
        assert!(parse_field("body=x").unwrap_err().contains("not a part"));
        assert!(parse_field("text").is_err());
    }
}
