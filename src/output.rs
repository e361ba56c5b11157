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
        match format {
            Format::Table => self.write_table(out),
            Format::Csv => self.write_delimited(out, b',', csv),
            Format::Tsv => self.write_delimited(out, b'\t', csv),
            Format::Json => {
                let items: Vec<Value> = self.rows.iter().map(|r| self.object(r)).collect();
                serde_json::to_writer_pretty(&mut *out, &items)?;
                writeln!(out)?;
                Ok(())
            }
            Format::Jsonl => {
                for r in &self.rows {
                    serde_json::to_writer(&mut *out, &self.object(r))?;
                    writeln!(out)?;
                }
                Ok(())
            }
        }
    }

    fn object(&self, row: &[Value]) -> Value {
        let mut m = Map::new();
        for (c, v) in self.columns.iter().zip(row) {
            m.insert(c.clone(), v.clone());
        }
        Value::Object(m)
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

    fn write_delimited(&self, out: &mut dyn Write, delimiter: u8, opts: &CsvOptions) -> Result<()> {
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(out);
        w.write_record(&self.columns)?;
        for r in &self.rows {
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
