//! Command-line definitions: one struct per subcommand, shared output options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::crosscheck::verdict::Verdict;
use crate::output::{ColorWhen, CsvOptions, Format};

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
        after_help = "Examples:\n  claimdb statements --speaker Obama --kind direct\n  claimdb statements --search '\"back door\" encryption'\n  claimdb statements --search-raw 'encryption OR \"back door*\"'\n  claimdb statements --outlet yunba.cc --since 2015-01-01"
    )]
    Statements(StatementsArgs),
    /// Speakers with their statement counts and aliases; alias, rename or split them
    #[command(
        after_help = "Examples:\n  claimdb speakers --limit 20\n  claimdb speakers alias Hua \"Hua Chunying\"\n  claimdb speakers rename \"Hua Chunying\" \"Hua Chunying (MFA)\"\n  claimdb speakers split \"China's government\""
    )]
    Speakers(SpeakersArgs),
    /// Stored articles
    #[command(after_help = "Examples:\n  claimdb articles\n  claimdb articles --all --format csv")]
    Articles(ArticlesArgs),
    /// Remove an article, its statements and its places in cross-check groups
    #[command(
        after_help = "ARTICLE is an article id, its file name or its URL (all stored revisions of that URL).\n\nExamples:\n  claimdb forget 004_876d738f0d4fd2f8.txt\n  claimdb forget 12"
    )]
    Forget(ForgetArgs),
    /// Write the cross-check findings as one self-contained HTML page
    #[command(
        after_help = "The page needs no server and no network: open it in a browser or send it.\nFilters in the page also read the address: report.html#verdict=reworded&outlet=yunba.cc\n\nExamples:\n  claimdb report -o report.html\n  claimdb report --verdict reworded --since 2015-01-01 -o reworded.html\n  claimdb report --speaker \"Hua Chunying\" -o hua.html"
    )]
    Report(ReportArgs),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  claimdb completions bash > ~/.local/share/bash-completion/completions/claimdb\n  claimdb completions zsh > ~/.zfunc/_claimdb\n  claimdb completions fish > ~/.config/fish/completions/claimdb.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one per command into a directory
    #[command(
        after_help = "Examples:\n  claimdb man | man -l -\n  claimdb man --dir /usr/local/share/man/man1"
    )]
    Man(ManArgs),
    /// Counts per table, verdict and outlet
    #[command(after_help = "Examples:\n  claimdb stats\n  claimdb stats --format json")]
    Stats(StatsArgs),
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
        after_help = "In a terminal each group is a block: its verdict and speaker, then every copy with its outlet,\ndate, its own words (what it drops [-struck-], what it adds {+marked+}) and its link.\n\nExamples:\n  claimdb crosscheck\n  claimdb crosscheck --verdict conflict --limit 20\n  claimdb crosscheck --speaker obama --format json\n  claimdb crosscheck --outlet reuters.com --format csv\n  claimdb crosscheck --group 272"
    )]
    Crosscheck(CrosscheckArgs),
    /// Score extraction against hand-marked gold statements
    #[command(
        after_help = "Examples:\n  claimdb eval\n  claimdb eval --gold fixtures/gold_seeds.json --articles seeds"
    )]
    Eval(EvalArgs),
    /// Print Datasette metadata for the database (hidden internal tables, labels, facets, queries)
    #[command(
        after_help = "Examples:\n  claimdb datasette-metadata > metadata.json\n  datasette claims.db -m metadata.json"
    )]
    DatasetteMetadata(DatasetteArgs),
}

#[derive(Debug, Args, Clone)]
pub struct OutputArgs {
    /// Output format, any case [default: table on a terminal, csv otherwise]
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<Format>,
    /// Same as --format csv
    #[arg(long = "csv", conflicts_with_all = ["format", "json_flag"])]
    pub csv_flag: bool,
    /// Same as --format json
    #[arg(long = "json", conflicts_with = "format")]
    pub json_flag: bool,
    /// Write at most N rows
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Leave out the header line (table, csv, tsv)
    #[arg(long)]
    pub no_headers: bool,
    /// Colour in tables: auto (on a terminal, unless NO_COLOR is set), always or never
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: ColorWhen,
    /// Keep CSV/TSV cells that start with = + - @ as they are (no formula neutralising)
    #[arg(long)]
    pub raw: bool,
    /// Write NULL as this text in CSV/TSV (default: empty cell)
    #[arg(long, value_name = "TEXT")]
    pub null: Option<String>,
}

impl OutputArgs {
    pub fn format(&self) -> Format {
        let shorthand = if self.csv_flag {
            Some(Format::Csv)
        } else if self.json_flag {
            Some(Format::Json)
        } else {
            None
        };
        Format::or_default(self.format.or(shorthand))
    }
    pub fn csv(&self) -> CsvOptions {
        CsvOptions {
            raw: self.raw,
            null: self.null.clone(),
            no_headers: self.no_headers,
            limit: self.limit,
            color: self.color,
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
    /// Publication date: YYYY-MM-DD, YYYY-MM, YYYY, an ISO-8601 timestamp or M/D/YY read month first (single input only)
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
    /// Full-text search: words and "phrases" as typed, all must match; ranked by relevance
    #[arg(long, conflicts_with = "search_raw")]
    pub search: Option<String>,
    /// Full-text search in SQLite FTS5 syntax (OR, NOT, prefix*, NEAR); ranked by relevance
    #[arg(long, value_name = "QUERY")]
    pub search_raw: Option<String>,
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
    /// Give a speaker a new canonical name (the old one stays an alias)
    #[command(
        after_help = "Examples:\n  claimdb speakers rename \"U.S. congressional committee\" \"House Intelligence Committee\""
    )]
    Rename {
        /// The speaker's current name or any alias
        old: String,
        /// The new name
        new: String,
    },
    /// Undo an alias: ALIAS becomes a speaker of its own, with the statements that name it so
    #[command(after_help = "Examples:\n  claimdb speakers split \"China's government\"")]
    Split {
        /// An alias that is not the speaker's own name
        alias: String,
    },
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// Article id, file name or URL
    pub article: String,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Where to write the page
    #[arg(
        short,
        long = "output",
        value_name = "FILE",
        default_value = "report.html"
    )]
    pub output_file: PathBuf,
    /// Only groups with this speaker (any alias)
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only groups with this verdict
    #[arg(long, value_parser = Verdict::ALL)]
    pub verdict: Option<String>,
    /// Only groups with a copy published on or after this date (YYYY-MM-DD)
    #[arg(long)]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write claimdb.1 and a page per command (claimdb-ingest.1, ...) here instead
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub output: OutputArgs,
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
    /// Stop the query after this many seconds
    #[arg(long, value_name = "SECONDS", value_parser = positive_seconds)]
    pub timeout: Option<f64>,
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
    #[arg(long, value_parser = Verdict::ALL)]
    pub verdict: Option<String>,
    /// Only groups with a member from this outlet
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only the group with this id (ingest's findings name them: "group 272")
    #[arg(long, value_name = "ID")]
    pub group: Option<i64>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DatasetteArgs {
    /// The database's name in Datasette [default: the --db file name without extension]
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold statements (the format of fixtures/gold_seeds.json)
    #[arg(long, default_value = "fixtures/gold_seeds.json")]
    pub gold: PathBuf,
    /// Directory with the gold's articles
    #[arg(long, default_value = "seeds")]
    pub articles: PathBuf,
    /// Figures per rule (the construction that found each statement): statements made,
    /// precision and speaker accuracy
    #[arg(long)]
    pub by_rule: bool,
}

fn positive_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x > 0.0 && x.is_finite() => Ok(x),
        _ => Err(format!("'{s}' is not a positive number of seconds")),
    }
}
