//! What packagers install beside the binary: completions and manual pages; and every command's
//! help shows an example.

mod common;

use clap::CommandFactory;
use common::Work;

#[test]
fn every_command_s_help_has_an_example() {
    let w = Work::new();
    let cli = claimdb::cli::Cli::command();
    let mut paths: Vec<Vec<String>> = Vec::new();
    for sub in cli.get_subcommands() {
        paths.push(vec![sub.get_name().to_string()]);
        for subsub in sub.get_subcommands() {
            paths.push(vec![
                sub.get_name().to_string(),
                subsub.get_name().to_string(),
            ]);
        }
    }
    assert!(paths.len() >= 16, "{paths:?}");
    let mut missing = Vec::new();
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = w.run(&args);
        if !help.contains("Examples:\n  claimdb ") {
            missing.push(path.join(" "));
        }
    }
    assert!(missing.is_empty(), "no example in the help of: {missing:?}");
}

#[test]
fn completions_and_manual_pages_name_every_command() {
    let w = Work::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = w.run(&["completions", shell]);
        for command in ["ingest", "report", "forget", "datasette-metadata"] {
            assert!(
                script.contains(command),
                "{shell} completion lacks {command}"
            );
        }
    }
    let page = w.run(&["man"]);
    assert!(page.contains(".TH claimdb 1"), "{page}");
    assert!(page.contains("claimdb\\-report(1)"), "{page}");
    w.run(&["man", "--dir", "man1"]);
    for name in ["claimdb.1", "claimdb-report.1", "claimdb-speakers-split.1"] {
        let text = std::fs::read_to_string(w.path().join("man1").join(name)).unwrap();
        assert!(text.starts_with(".ie"), "{name}: {text}");
    }
    w.cmd().args(["completions", "tcsh"]).assert().code(2);
}
