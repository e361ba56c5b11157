//! HTML reading speed on one core: MB/s of page bytes through `read_html` (charset, parse,
//! main-text extraction, metadata) over the article-extraction benchmark's 181 pages.
//!
//!   cargo bench --bench read [-- BENCHMARK_DIR]
//!
//! Decompresses every page into memory first, then times reading all of them, best of 3 runs.

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use claimdb::read::html::read_html;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/article-extraction-benchmark")
        });
    let html_dir = dir.join("html");
    let mut pages = Vec::new();
    for entry in
        std::fs::read_dir(&html_dir).unwrap_or_else(|e| panic!("{}: {e}", html_dir.display()))
    {
        let path = entry.expect("directory entry").path();
        if path.to_string_lossy().ends_with(".html.gz") {
            let mut page = Vec::new();
            let file = std::fs::File::open(&path).expect("page file");
            flate2::read::GzDecoder::new(file)
                .read_to_end(&mut page)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            pages.push(page);
        }
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    let mut body_bytes = 0;
    for _ in 0..3 {
        let start = Instant::now();
        body_bytes = pages
            .iter()
            .map(|page| read_html(page, None, None).map_or(0, |p| p.body.len()))
            .sum::<usize>();
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "read_html: {} pages, {:.1} MB of HTML -> {:.2} MB of text in {:.2} s: {:.1} MB/s of HTML, {:.0} pages/s (best of 3, one core)",
        pages.len(),
        bytes as f64 / 1e6,
        body_bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best,
        pages.len() as f64 / best
    );
}
