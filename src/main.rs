//! claimdb: parse arguments, run the command, map errors to exit codes
//! (0 success, 1 some inputs failed, 2 usage or fatal error).

use clap::Parser;

use claimdb::cli::{Cli, Command};
use claimdb::cmd;

// Cross-checking allocates and frees many small lists; mimalloc does that far faster than the
// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let db = cli.db.as_path();
    let result = match &cli.command {
        Command::Ingest(a) => cmd::ingest::run(db, a),
        Command::Extract(a) => cmd::extract::run(a),
        Command::Who(a) => cmd::statements::who(db, a).map(|()| 0),
        Command::Statements(a) => cmd::statements::run(db, a).map(|()| 0),
        Command::Speakers(a) => cmd::speakers::run(db, a).map(|()| 0),
        Command::Articles(a) => cmd::articles::run(db, a).map(|()| 0),
        Command::Sql(a) => cmd::sql::run(db, a).map(|()| 0),
        Command::Export(a) => cmd::export::run(db, a).map(|()| 0),
        Command::Crosscheck(a) => cmd::crosscheck::run(db, a).map(|()| 0),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Forget(a) => cmd::forget::run(db, a).map(|()| 0),
        Command::Report(a) => cmd::report::run(db, a).map(|()| 0),
        Command::Completions(a) => cmd::completions::completions(a).map(|()| 0),
        Command::Man(a) => cmd::completions::man(a).map(|()| 0),
        Command::Stats(a) => cmd::stats::run(db, a).map(|()| 0),
        Command::DatasetteMetadata(a) => cmd::datasette::run(db, a).map(|()| 0),
    };
    let code = match result {
        Ok(code) => code,
        // A closed pipe (`claimdb ... | head`) is not an error: stop quietly, as ripgrep does.
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("claimdb: error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

/// Whether writing stopped because the reader of stdout went away. The csv and serde_json
/// writers wrap the io::Error in their own error types, so every cause is looked at.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let io = c.downcast_ref::<std::io::Error>().or_else(|| {
            c.downcast_ref::<csv::Error>().and_then(|e| match e.kind() {
                csv::ErrorKind::Io(io) => Some(io),
                _ => None,
            })
        });
        io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .and_then(|e| e.io_error_kind())
                .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
    })
}
