//! Extraction speed on one core: MB/s over a directory of articles (default: PolNeAR train).
//!
//!   cargo bench --bench extract [-- DIR]
//!
//! Reads every *.txt once into memory, then times `extract` over all of them, best of 3 runs.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/polnear/train/text")
        });
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(&path).expect("UTF-8 article"));
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let mut statements = 0;
    for _ in 0..3 {
        let start = Instant::now();
        statements = texts
            .iter()
            .map(|t| claimdb::extract::extract(t).len())
            .sum::<usize>();
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "extract: {} articles, {:.2} MB, {} statements in {:.3} s (best of 3, one thread): {:.1} MB/s, {:.0} articles/s",
        texts.len(),
        mb,
        statements,
        best,
        mb / best,
        texts.len() as f64 / best
    );
}
