//! Reads every page of the article-extraction benchmark with claimdb's HTML reader and writes
//! the benchmark's prediction file, `{ID: {"articleBody": ...}}`, for its `evaluate.py`.
//! Used by scripts/eval-html.sh; with `--text DIR` it also writes each body to `DIR/ID.txt`
//! (title on the first line, as claimdb's plain-text reader expects), for comparing quotes.
//!
//! cargo run --release --example html_to_text -- BENCHMARK_DIR OUTPUT.json [--text DIR]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimdb::read::html::read_html;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (bench, output, text_dir) = match args.as_slice() {
        [bench, output] => (bench, output, None),
        [bench, output, flag, dir] if flag == "--text" => (bench, output, Some(PathBuf::from(dir))),
        _ => {
            eprintln!("usage: html_to_text BENCHMARK_DIR OUTPUT.json [--text DIR]");
            return ExitCode::from(2);
        }
    };
    match run(Path::new(bench), Path::new(output), text_dir.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("html_to_text: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(bench: &Path, output: &Path, text_dir: Option<&Path>) -> Result<(), String> {
    let truth_path = bench.join("ground-truth.json");
    let truth: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(&truth_path)
            .map_err(|e| format!("{}: {e}", truth_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", truth_path.display()))?;
    let mut predictions = serde_json::Map::new();
    for (id, entry) in &truth {
        let path = bench.join("html").join(format!("{id}.html.gz"));
        let mut bytes = Vec::new();
        std::fs::File::open(&path)
            .and_then(|file| flate2::read::GzDecoder::new(file).read_to_end(&mut bytes))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let url = entry.get("url").and_then(|u| u.as_str());
        // A page with no article text predicts an empty body, as the benchmark expects.
        let (title, body) = match read_html(&bytes, url, None) {
            Ok(page) => (page.title.unwrap_or_default(), page.body),
            Err(message) => {
                eprintln!("{}: {message}", path.display());
                (String::new(), String::new())
            }
        };
        if let Some(dir) = text_dir {
            let file = dir.join(format!("{id}.txt"));
            std::fs::write(&file, format!("{title}\n\n{body}\n"))
                .map_err(|e| format!("{}: {e}", file.display()))?;
        }
        predictions.insert(id.clone(), serde_json::json!({ "articleBody": body }));
    }
    let json = serde_json::to_string(&predictions).map_err(|e| e.to_string())?;
    std::fs::write(output, json).map_err(|e| format!("{}: {e}", output.display()))
}
