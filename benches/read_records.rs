//! Reading speed of scraper records on one core, beside extraction's on the same articles
//! (default: ../shared/abp/news.jsonl.gz, 29,297 articles in JSON Lines, gzip-compressed).
//!
//!   cargo bench --bench read_records [-- FILE.jsonl[.gz]]
//!
//! Times (1) gzip decompression alone, (2) reading: decompressing, splitting lines, parsing
//! JSON and making articles (what `ingest` does before extraction), (3) `extract` over the
//! articles' bodies. Speeds are MB of uncompressed JSON Lines (1, 2) and of article text (3).

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use claimdb::read::{self, Options, Source};

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/abp/news.jsonl.gz")
        });
    let gz = path.extension().is_some_and(|x| x == "gz");

    let start = Instant::now();
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut raw: Box<dyn Read> = if gz {
        Box::new(flate2::read::MultiGzDecoder::new(std::io::BufReader::new(
            file,
        )))
    } else {
        Box::new(file)
    };
    let json_bytes = std::io::copy(&mut raw, &mut std::io::sink()).expect("readable");
    let decompress = start.elapsed().as_secs_f64();
    let json_mb = json_bytes as f64 / 1e6;

    let start = Instant::now();
    let source = Source::File {
        path: path.clone(),
        named: true,
    };
    let hidden = indicatif::ProgressBar::hidden();
    let (mut bodies, mut failed) = (Vec::new(), 0);
    for item in read::articles(&source, &Options::default(), &hidden) {
        match item {
            Ok(article) => bodies.push(article.body),
            Err(_) => failed += 1,
        }
    }
    let reading = start.elapsed().as_secs_f64();
    let text_mb = bodies.iter().map(String::len).sum::<usize>() as f64 / 1e6;

    let start = Instant::now();
    let statements: usize = bodies
        .iter()
        .map(|b| claimdb::extract::extract(b).len())
        .sum();
    let extraction = start.elapsed().as_secs_f64();

    println!(
        "{}: {} articles ({failed} records failed), {json_mb:.1} MB of JSON Lines, {text_mb:.1} MB of article text (one thread, one run each)",
        path.display(),
        bodies.len(),
    );
    println!(
        "  gzip alone:     {decompress:.2} s, {:.1} MB/s of JSON Lines",
        json_mb / decompress
    );
    println!(
        "  reading:        {reading:.2} s, {:.1} MB/s of JSON Lines, {:.0} articles/s",
        json_mb / reading,
        bodies.len() as f64 / reading
    );
    println!(
        "  extraction:     {extraction:.2} s, {:.1} MB/s of article text, {:.0} articles/s, {statements} statements",
        text_mb / extraction,
        bodies.len() as f64 / extraction
    );
}
