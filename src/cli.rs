//! Command-line definitions: one struct per subcommand, shared output options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::{CsvOptions, Format};

#[derive(Debug, Parser)]
#[command(
    name = "claimdb",
    version,
    about = "Track what officials claim across news outlets",
    long_about = "claimdb finds every attributed quote and claim in news articles (who said it, the \
exact words, the cue, the outlet), keeps them in one SQLite database with links back to the \
source, and cross-checks outlets that carry the same statement.",
    after_help = "Examples:\n  claimdb ingest seeds\n  claimdb who \"Hua Chunying\"\n  claimdb statements --search encryption --format csv\n  claimdb crosscheck --verdict reworded\n  claimdb export who_said_what -o claims.csv\n  claimdb sql \"SELECT outlet, count(*) FROM who_said_what GROUP BY outlet\""
)]
pub struct Cli {
    /// The database file [env: CLAIMDB_DB] [default: claims.db]
    #[arg(
        long,
        global = true,
        env = "CLAIMDB_DB",
        default_value = "claims.db",
        hide_default_value = true,
        hide_env = true
    )]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store articles and their statements (files, directories, or - for stdin)
    #[command(
        after_help = "Reads plain text (.txt), scraper records (.json, .jsonl, .ndjson), web pages (.html, .htm, URLs)\nand web archives (.warc), each file optionally .gz.\nMetadata comes from the records' own fields, from a manifest.csv beside text files\n(columns file,url,outlet,published,wire,author), or, for a single input, from the flags.\n\nExamples:\n  claimdb ingest seeds\n  claimdb ingest today/*.txt\n  claimdb ingest news.jsonl.gz --field text=story\n  curl -s URL | claimdb ingest - --url URL --outlet \"Example News\" --published 2015-03-03\n  zcat news.jsonl.gz | claimdb ingest - --format jsonl"
    )]
    Ingest(IngestArgs),
    /// Print the statements of articles without a database
    #[command(
        after_help = "Reads what ingest reads (files, directories, - for stdin, every format).\n\nExamples:\n  claimdb extract seeds/002_1088e96b628aa367.txt\n  claimdb extract seeds --format jsonl > statements.jsonl\n  claimdb extract news.jsonl.gz --format jsonl"
    )]
    Extract(ExtractArgs),
    /// Everything a speaker said, by any of their names
    #[command(
        after_help = "Examples:\n  claimdb who \"Hua Chunying\"\n  claimdb who obama --format json"
    )]
    Who(WhoArgs),
    /// Statements, filtered
    #[command(
        after_help = "Examples:\n  claimdb statements --speaker Obama --kind direct\n  claimdb statements --search 'encryption OR \"back door*\"'\n  claimdb statements --outlet yunba.cc --since 2015-01-01"
    )]
    Statements(StatementsArgs),
    /// Speakers with their statement counts and aliases; `speakers alias` joins two names
    Speakers(SpeakersArgs),
    /// Stored articles
    Articles(ArticlesArgs),
    /// Run a read-only SQL query
    #[command(
        after_help = "Examples:\n  claimdb sql \"SELECT speaker, count(*) AS n FROM who_said_what GROUP BY speaker ORDER BY n DESC\""
    )]
    Sql(SqlArgs),
    /// Write a table or view as CSV (or another format)
    #[command(
        after_help = "export always writes CSV unless --format names another format.\n\nExamples:\n  claimdb export who_said_what -o claims.csv\n  claimdb export statements --format jsonl --raw"
    )]
    Export(ExportArgs),
    /// Groups of statements carried by several outlets, with verdicts
    #[command(
        after_help = "Examples:\n  claimdb crosscheck\n  claimdb crosscheck --verdict reworded --format json"
    )]
    Crosscheck(CrosscheckArgs),
    /// Score extraction against hand-marked gold statements
    #[command(
        after_help = "Examples:\n  claimdb eval\n  claimdb eval --gold fixtures/gold_seeds.json --articles seeds"
    )]
    Eval(EvalArgs),
}

#[derive(Debug, Args, Clone)]
pub struct OutputArgs {
    /// Output format [default: table on a terminal, csv otherwise]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Keep CSV/TSV cells that start with = + - @ as they are (no formula neutralising)
    #[arg(long)]
    pub raw: bool,
    /// Write NULL as this text in CSV/TSV (default: empty cell)
    #[arg(long, value_name = "TEXT")]
    pub null: Option<String>,
}

impl OutputArgs {
    pub fn format(&self) -> Format {
        Format::or_default(self.format)
    }
    pub fn csv(&self) -> CsvOptions {
        CsvOptions {
            raw: self.raw,
            null: self.null.clone(),
        }
    }
}

/// How inputs are read (shared by ingest and extract).
#[derive(Debug, Args, Clone)]
pub struct ReadArgs {
    /// Read the record field NAME as PART of the article (PART: text, title, url, outlet, date,
    /// author); repeatable
    #[arg(long, value_name = "PART=NAME", value_parser = crate::read::records::parse_field)]
    pub field: Vec<(crate::read::records::Field, String)>,
    /// Also read the web pages whose URLs FILE lists (one a line)
    #[arg(long, value_name = "FILE")]
    pub urls: Vec<PathBuf>,
    /// Refuse files (and JSON lines) larger than this, e.g. 20MB, 500k
    #[arg(long, value_name = "SIZE", default_value = "20MB", value_parser = crate::read::open::parse_size)]
    pub max_size: u64,
}

impl ReadArgs {
    /// The reading options, with the kind the user gave for stdin and named files.
    pub fn options(&self, kind: Option<crate::read::Kind>) -> crate::read::Options {
        crate::read::Options {
            max_size: self.max_size,
            kind,
            fields: crate::read::records::Fields::new(self.field.clone()),
        }
    }
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories (every readable file below them), http(s) URLs, or - for stdin
    #[arg(required_unless_present = "urls", value_name = "PATH")]
    pub inputs: Vec<PathBuf>,
    /// What stdin (and the files named) hold [default: by file name; stdin: text]
    #[arg(
        long = "format",
        visible_alias = "input-format",
        value_enum,
        value_name = "KIND"
    )]
    pub input_format: Option<crate::read::Kind>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// The article's URL (single input only)
    #[arg(long)]
    pub url: Option<String>,
    /// The outlet that published it (single input only)
    #[arg(long)]
    pub outlet: Option<String>,
    /// Publication date: YYYY-MM-DD, YYYY-MM, YYYY or an ISO-8601 timestamp (single input only)
    #[arg(long)]
    pub published: Option<String>,
    /// Skip cross-checking after storing
    #[arg(long)]
    pub no_crosscheck: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories, http(s) URLs, or - for stdin
    #[arg(required_unless_present = "urls", value_name = "PATH")]
    pub inputs: Vec<PathBuf>,
    /// What stdin (and the files named) hold [default: by file name; stdin: text]
    #[arg(long, value_enum, value_name = "KIND")]
    pub input_format: Option<crate::read::Kind>,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct WhoArgs {
    /// A speaker's name or alias, any case
    pub name: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct StatementsArgs {
    /// Only this speaker (any alias)
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only this outlet (case-insensitive)
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only this article (id or file name)
    #[arg(long)]
    pub article: Option<String>,
    /// Only this kind
    #[arg(long, value_parser = ["direct", "partial", "indirect"])]
    pub kind: Option<String>,
    /// Published on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
    /// Published on or before this date (YYYY-MM-DD)
    #[arg(long)]
    pub until: Option<String>,
    /// Full-text search (SQLite FTS5 syntax: words, "phrases", OR, prefix*)
    #[arg(long)]
    pub search: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SpeakersArgs {
    #[command(subcommand)]
    pub action: Option<SpeakersAction>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Subcommand)]
pub enum SpeakersAction {
    /// Teach claimdb that ALIAS and NAME are one speaker
    #[command(
        after_help = "Examples:\n  claimdb speakers alias \"congressional panel\" \"U.S. congressional committee\""
    )]
    Alias {
        /// The other name (an existing speaker is merged into NAME)
        alias: String,
        /// The canonical name
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct ArticlesArgs {
    /// Include superseded revisions
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SqlArgs {
    /// One SELECT statement
    pub query: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Table or view to write (`claimdb sql "SELECT name FROM sqlite_master"` lists them)
    pub name: String,
    /// Write here instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct CrosscheckArgs {
    /// Only groups with this speaker (any alias)
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only groups with this verdict
    #[arg(long, value_parser = ["conflict", "attribution", "reworded", "truncated", "detail", "agree"])]
    pub verdict: Option<String>,
    /// Only groups with a member from this outlet
    #[arg(long)]
    pub outlet: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold statements (the format of fixtures/gold_seeds.json)
    #[arg(long, default_value = "fixtures/gold_seeds.json")]
    pub gold: PathBuf,
    /// Directory with the gold's articles
    #[arg(long, default_value = "seeds")]
    pub articles: PathBuf,
}
