//! Rendering rows as a table, CSV, TSV, JSON or JSON Lines, shared by every read command.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table as Grid};
use serde_json::{Map, Value};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// When tables are coloured: on a terminal (unless NO_COLOR is set), always, or never.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    pub fn enabled(self) -> bool {
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Jsonl,
}

impl Format {
    /// The format to use when none was asked for: a table for people, CSV for programs.
    pub fn or_default(asked: Option<Format>) -> Format {
        asked.unwrap_or(if std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Csv
        })
    }
}

/// How rows are written: text cells in CSV and TSV, headers, how many rows, colour.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// Keep cells that start with = + - @ tab or CR as they are (otherwise a ' is put before
    /// them so spreadsheets do not run them as formulas).
    pub raw: bool,
    /// What to write for NULL (default: an empty cell).
    pub null: Option<String>,
    /// Leave out the header line of tables, CSV and TSV.
    pub no_headers: bool,
    /// Write at most this many rows.
    pub limit: Option<usize>,
    /// Colour in tables.
    pub color: ColorWhen,
}

/// Rows with named columns. Cells are JSON values: null, numbers or strings.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    pub fn new(columns: &[&str]) -> Self {
        Rows {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }

    pub fn write(&self, out: &mut dyn Write, format: Format, csv: &CsvOptions) -> Result<()> {
        match format {
            Format::Table => self.write_table(out, csv),
            Format::Csv => self.write_delimited(out, b',', csv),
            Format::Tsv => self.write_delimited(out, b'\t', csv),
            Format::Json => {
                let items: Vec<Value> = self.limited(csv).map(|r| self.object(r)).collect();
                serde_json::to_writer_pretty(&mut *out, &items)?;
                writeln!(out)?;
                Ok(())
            }
            Format::Jsonl => {
                for r in self.limited(csv) {
                    serde_json::to_writer(&mut *out, &self.object(r))?;
                    writeln!(out)?;
                }
                Ok(())
            }
        }
    }

    /// The rows to write, at most `--limit` of them.
    fn limited<'a>(&'a self, opts: &CsvOptions) -> impl Iterator<Item = &'a Vec<Value>> + 'a {
        self.rows.iter().take(opts.limit.unwrap_or(usize::MAX))
    }

    fn object(&self, row: &[Value]) -> Value {
        let mut m = Map::new();
        for (c, v) in self.columns.iter().zip(row) {
            m.insert(c.clone(), v.clone());
        }
        Value::Object(m)
    }

    /// A table as wide as the terminal, one line per row: long cells end in an ellipsis
    /// (CSV and JSON carry the full text); links go in full on a line of their own under
    /// their row, where a terminal can open them.
    fn write_table(&self, out: &mut dyn Write, opts: &CsvOptions) -> Result<()> {
        let color = opts.color.enabled();
        let (links, shown): (Vec<usize>, Vec<usize>) =
            (0..self.columns.len()).partition(|&i| is_link_column(&self.columns[i]));
        let rows: Vec<&Vec<Value>> = self.limited(opts).collect();
        let texts: Vec<Vec<String>> = rows
            .iter()
            .map(|r| shown.iter().map(|&i| one_line(&r[i])).collect())
            .collect();
        let headers: Vec<&str> = shown.iter().map(|&i| self.columns[i].as_str()).collect();
        let widths = column_widths(&headers, &texts, terminal_width());

        let mut grid = Grid::new();
        grid.load_preset(HEADER_UNDERLINE_ONLY)
            .set_content_arrangement(ContentArrangement::Disabled);
        if color {
            grid.enforce_styling();
        } else {
            grid.force_no_tty();
        }
        if !opts.no_headers {
            grid.set_header(headers.iter().zip(&widths).map(|(c, &w)| {
                let cell = Cell::new(ellipsize(c, w));
                if color {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            }));
        }
        for row in &texts {
            grid.add_row(
                row.iter()
                    .zip(&widths)
                    .map(|(text, &w)| match verdict_color(text) {
                        Some(c) if color => Cell::new(ellipsize(text, w)).fg(c),
                        _ => Cell::new(ellipsize(text, w)),
                    }),
            );
        }
        for column in grid.column_iter_mut() {
            column.set_padding((0, 2));
        }
        let mut lines = grid.lines();
        if !opts.no_headers {
            for line in lines.by_ref().take(2) {
                writeln!(out, "{}", line.trim_end())?;
            }
        }
        for (line, row) in lines.zip(&rows) {
            writeln!(out, "{}", line.trim_end())?;
            for &i in &links {
                if let Some(link) = plain(&row[i]).filter(|l| !l.is_empty()) {
                    writeln!(out, "    {link}")?;
                }
            }
        }
        Ok(())
    }

    fn write_delimited(&self, out: &mut dyn Write, delimiter: u8, opts: &CsvOptions) -> Result<()> {
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(out);
        if !opts.no_headers {
            w.write_record(&self.columns)?;
        }
        for r in self.limited(opts) {
            w.write_record(r.iter().map(|v| match v {
                Value::Null => opts.null.clone().unwrap_or_default(),
                Value::String(s) if !opts.raw => neutralise(s),
                other => plain(other).unwrap_or_default(),
            }))?;
        }
        w.flush()?;
        Ok(())
    }
}

/// Writes rows as they come, so output starts at once and memory stays bounded whatever the
/// number of rows. A table is the exception: it needs every row to size its columns, so its
/// rows are kept and drawn by `finish`.
pub struct RowWriter<'a> {
    columns: Vec<String>,
    rows: usize,
    limit: usize,
    sink: Sink<'a>,
}

enum Sink<'a> {
    Table(&'a mut dyn Write, Rows, CsvOptions),
    Delimited(Box<csv::Writer<&'a mut dyn Write>>, CsvOptions),
    Json(&'a mut dyn Write),
    Jsonl(&'a mut dyn Write),
}

impl<'a> RowWriter<'a> {
    pub fn new(
        out: &'a mut dyn Write,
        format: Format,
        csv: &CsvOptions,
        columns: &[String],
    ) -> Result<Self> {
        let delimited = |delimiter: u8, out: &'a mut dyn Write| -> Result<Sink<'a>> {
            let mut w = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(out);
            if !csv.no_headers {
                w.write_record(columns)?;
            }
            Ok(Sink::Delimited(Box::new(w), csv.clone()))
        };
        let sink = match format {
            Format::Table => Sink::Table(
                out,
                Rows {
                    columns: columns.to_vec(),
                    rows: Vec::new(),
                },
                csv.clone(),
            ),
            Format::Csv => delimited(b',', out)?,
            Format::Tsv => delimited(b'\t', out)?,
            Format::Json => Sink::Json(out),
            Format::Jsonl => Sink::Jsonl(out),
        };
        Ok(RowWriter {
            columns: columns.to_vec(),
            rows: 0,
            limit: csv.limit.unwrap_or(usize::MAX),
            sink,
        })
    }

    /// Whether `--limit` rows have been written: the caller may stop reading.
    pub fn full(&self) -> bool {
        self.rows >= self.limit
    }

    pub fn row(&mut self, row: Vec<Value>) -> Result<()> {
        debug_assert_eq!(row.len(), self.columns.len());
        if self.full() {
            return Ok(());
        }
        let object = |row: Vec<Value>| {
            Value::Object(self.columns.iter().cloned().zip(row).collect::<Map<_, _>>())
        };
        match &mut self.sink {
            Sink::Table(_, rows, _) => rows.rows.push(row),
            Sink::Delimited(w, opts) => w.write_record(row.iter().map(|v| match v {
                Value::Null => opts.null.clone().unwrap_or_default(),
                Value::String(s) if !opts.raw => neutralise(s),
                other => plain(other).unwrap_or_default(),
            }))?,
            // The array as serde_json's pretty printer writes it, one element at a time.
            Sink::Json(out) => {
                let text = serde_json::to_string_pretty(&object(row))?;
                out.write_all(if self.rows == 0 { b"[\n" } else { b",\n" })?;
                for (i, line) in text.lines().enumerate() {
                    let sep = if i == 0 { "" } else { "\n" };
                    write!(out, "{sep}  {line}")?;
                }
            }
            Sink::Jsonl(out) => {
                serde_json::to_writer(&mut **out, &object(row))?;
                writeln!(out)?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Ends the output; returns how many rows were written.
    pub fn finish(self) -> Result<usize> {
        match self.sink {
            Sink::Table(out, rows, opts) => rows.write_table(out, &opts)?,
            Sink::Delimited(mut w, _) => w.flush()?,
            Sink::Json(out) => {
                out.write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            Sink::Jsonl(_) => {}
        }
        Ok(self.rows)
    }
}

/// A comfy-table style with nothing drawn but the line under the header.
const HEADER_UNDERLINE_ONLY: &str = "     ─             ";

/// The terminal's width, else $COLUMNS, else 120.
pub fn terminal_width() -> usize {
    terminal_size::terminal_size()
        .map(|(terminal_size::Width(w), _)| usize::from(w))
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(120)
}

/// Splits `available` among columns that want `natural` widths: a column that wants less than
/// its weighted share gets what it wants, and the rest is shared again. No column gets fewer
/// than 3 characters (or its natural width, if smaller).
fn share(natural: &[usize], weights: &[usize], available: usize) -> Vec<usize> {
    let mut widths = vec![0; natural.len()];
    let mut open: Vec<usize> = (0..natural.len()).collect();
    let mut left = available;
    loop {
        let weight: usize = open.iter().map(|&i| weights[i]).sum();
        let (fits, wide): (Vec<usize>, Vec<usize>) = open
            .iter()
            .partition(|&&i| natural[i] * weight <= left * weights[i]);
        if fits.is_empty() {
            for &i in &wide {
                widths[i] = (left * weights[i] / weight.max(1)).max(natural[i].min(3));
            }
            return widths;
        }
        for &i in &fits {
            widths[i] = natural[i];
            left -= natural[i];
        }
        open = wide;
    }
}

/// `text` cut to `width` characters, ending in an ellipsis when cut.
/// `text` cut to `width` terminal columns, ending in an ellipsis when cut (wide characters,
/// as in Chinese, take two columns).
fn ellipsize(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        kept.push(c);
        used += w;
    }
    format!("{}…", kept.trim_end())
}

fn is_link_column(name: &str) -> bool {
    matches!(name, "link" | "url")
}

/// A cell's text on one line.
fn one_line(v: &Value) -> String {
    plain(v)
        .unwrap_or_default()
        .replace(['\n', '\r', '\t'], " ")
}

/// Widths that fit `total` columns of terminal: short columns keep their width, long ones
/// share what is left, a statement's text getting the largest share.
fn column_widths(headers: &[&str], texts: &[Vec<String>], total: usize) -> Vec<usize> {
    let natural: Vec<usize> = (0..headers.len())
        .map(|i| {
            texts
                .iter()
                .map(|r| r[i].width())
                .chain([headers[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let weights: Vec<usize> = headers
        .iter()
        .map(|&c| if c == "text" { 4 } else { 1 })
        .collect();
    // Each column is followed by two spaces.
    let available = total.saturating_sub(2 * headers.len());
    share(&natural, &weights, available)
}

/// Verdicts in colour, the most serious the most alarming.
fn verdict_color(text: &str) -> Option<Color> {
    Some(match text {
        "conflict" => Color::Red,
        "attribution" => Color::Magenta,
        "reworded" => Color::Yellow,
        "truncated" => Color::Cyan,
        "detail" => Color::Blue,
        "agree" => Color::Green,
        _ => return None,
    })
}

/// A cell as plain text (None for NULL).
fn plain(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Puts a ' before text a spreadsheet would run as a formula.
pub fn neutralise(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A value for a cell from an optional string.
pub fn opt(s: Option<&str>) -> Value {
    s.map_or(Value::Null, |s| Value::String(s.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_unless_raw() {
        let mut rows = Rows::new(&["a", "b"]);
        rows.push(vec![Value::String("=1+1".into()), Value::Null]);
        let mut out = Vec::new();
        rows.write(&mut out, Format::Csv, &CsvOptions::default())
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,b\n'=1+1,\n");
        let mut out = Vec::new();
        rows.write(
            &mut out,
            Format::Csv,
            &CsvOptions {
                raw: true,
                null: Some("NULL".into()),
                ..CsvOptions::default()
            },
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,b\n=1+1,NULL\n");
    }

    #[test]
    fn narrow_columns_keep_their_width_and_wide_ones_share_the_rest() {
        // id, kind, text, link on 60 characters: text gets four shares of what is left.
        assert_eq!(share(&[2, 8, 200, 90], &[1, 1, 4, 1], 60), [2, 8, 40, 10]);
        assert_eq!(share(&[2, 8], &[1, 1], 60), [2, 8]);
        assert_eq!(ellipsize("back doors", 6), "back…");
        assert_eq!(ellipsize("back", 6), "back");
        assert_eq!(ellipsize("网络安全审查", 7), "网络安…");
    }

    #[test]
    fn jsonl_has_one_object_per_row() {
        let mut rows = Rows::new(&["n"]);
        rows.push(vec![Value::from(1)]);
        rows.push(vec![Value::from(2)]);
        let mut out = Vec::new();
        rows.write(&mut out, Format::Jsonl, &CsvOptions::default())
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "{\"n\":1}\n{\"n\":2}\n");
    }
}
