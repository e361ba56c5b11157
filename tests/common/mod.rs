//! Helpers shared by the integration tests: run the real binary in a scratch directory.
#![allow(dead_code)]

pub mod generator;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn seeds() -> PathBuf {
    root().join("seeds")
}

/// A scratch directory with its own database.
pub struct Work {
    pub dir: tempfile::TempDir,
}

impl Work {
    pub fn new() -> Self {
        Work {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.path().join("claims.db")
    }

    /// `claimdb` run inside the scratch directory (so `claims.db` lands there).
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("claimdb").expect("binary built");
        c.current_dir(self.path()).env_remove("CLAIMDB_DB");
        c
    }

    /// Runs and returns stdout, asserting success.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self
            .cmd()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).expect("utf-8 output")
    }

    /// Ingests `files` (paths relative to the scratch directory) in one run.
    pub fn ingest(&self, files: &[String]) -> String {
        let mut args = vec!["ingest"];
        args.extend(files.iter().map(String::as_str));
        self.run(&args)
    }

    pub fn ingest_seeds(&self) -> String {
        self.run(&["ingest", seeds().to_str().unwrap()])
    }

    /// Rows of a CSV output, header first.
    pub fn csv(&self, args: &[&str]) -> Vec<Vec<String>> {
        let text = self.run(args);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        reader
            .records()
            .map(|r| r.expect("valid csv").iter().map(str::to_string).collect())
            .collect()
    }

    /// The single value of a one-row, one-column query.
    pub fn scalar(&self, sql: &str) -> String {
        let rows = self.csv(&["sql", sql, "--format", "csv"]);
        assert_eq!(rows.len(), 2, "one row expected from {sql}: {rows:?}");
        rows[1][0].clone()
    }
}
