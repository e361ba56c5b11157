//! Rendering rows as a table, CSV, TSV, JSON or JSON Lines, shared by every read command.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{presets, ContentArrangement, Table as Grid};
use serde_json::{Map, Value};

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

/// How text cells are written in CSV and TSV.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// Keep cells that start with = + - @ tab or CR as they are (otherwise a ' is put before
    /// them so spreadsheets do not run them as formulas).
    pub raw: bool,
    /// What to write for NULL (default: an empty cell).
    pub null: Option<String>,
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
        let mut w = RowWriter::new(out, format, csv, &self.columns)?;
        for r in &self.rows {
            w.row(r.clone())?;
        }
        w.finish().map(|_| ())
    }

    fn write_table(&self, out: &mut dyn Write) -> Result<()> {
        let mut grid = Grid::new();
        grid.load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            grid.set_width(w);
        } else {
            grid.set_width(120);
        }
        grid.set_header(&self.columns);
        for r in &self.rows {
            grid.add_row(r.iter().map(|v| plain(v).unwrap_or_default()));
        }
        writeln!(out, "{grid}")?;
        Ok(())
    }
}

/// Writes rows as they come, so output starts at once and memory stays bounded whatever the
/// number of rows. A table is the exception: it needs every row to size its columns, so its
/// rows are kept and drawn by `finish`.
pub struct RowWriter<'a> {
    columns: Vec<String>,
    rows: usize,
    sink: Sink<'a>,
}

enum Sink<'a> {
    Table(&'a mut dyn Write, Rows),
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
            w.write_record(columns)?;
            Ok(Sink::Delimited(Box::new(w), csv.clone()))
        };
        let sink = match format {
            Format::Table => Sink::Table(
                out,
                Rows {
                    columns: columns.to_vec(),
                    rows: Vec::new(),
                },
            ),
            Format::Csv => delimited(b',', out)?,
            Format::Tsv => delimited(b'\t', out)?,
            Format::Json => Sink::Json(out),
            Format::Jsonl => Sink::Jsonl(out),
        };
        Ok(RowWriter {
            columns: columns.to_vec(),
            rows: 0,
            sink,
        })
    }

    pub fn row(&mut self, row: Vec<Value>) -> Result<()> {
        debug_assert_eq!(row.len(), self.columns.len());
        let object = |row: Vec<Value>| {
            Value::Object(self.columns.iter().cloned().zip(row).collect::<Map<_, _>>())
        };
        match &mut self.sink {
            Sink::Table(_, rows) => rows.rows.push(row),
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
            Sink::Table(out, rows) => rows.write_table(out)?,
            Sink::Delimited(mut w, _) => w.flush()?,
            Sink::Json(out) => {
                out.write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            Sink::Jsonl(_) => {}
        }
        Ok(self.rows)
    }
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
            },
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,b\n=1+1,NULL\n");
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
