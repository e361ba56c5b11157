//! Cross-checking cost for N and 4N statements on a generated corpus whose groups are known,
//! with the groups' pairwise precision and recall.
//!
//!   cargo bench --bench crosscheck [-- ARTICLES]
//!
//! Base sentences come from the seeds and, when present, ../shared/polnear/train/text; when
//! the corpus needs more distinct utterances than those texts hold, the generator makes word
//! sequences from their vocabulary, so that group sizes do not grow with N.
//! Articles are stored first (no cross-check); the time is that of `crosscheck::update` over
//! all of them, the same work `ingest` does after storing.

#[path = "../tests/common/generator.rs"]
#[allow(dead_code)]
mod generator;

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use claimdb::read::{Article, Meta};
use claimdb::store::Store;

fn run(bases: &[String], articles: usize) -> (usize, f64, f64, f64) {
    let corpus = generator::corpus(bases, articles, 5, 11);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("bench.db")).expect("database");
    let mut statements = 0;
    for (i, a) in corpus.iter().enumerate() {
        let st = claimdb::extract::extract(&a.body);
        statements += st.len();
        let article = Article {
            path: a.file.clone(),
            file: a.file.clone(),
            title: format!("Generated report {i}"),
            body: a.body.clone(),
            meta: Meta {
                url: Some(format!("https://outlet{}.example/{i}", i % 9)),
                outlet: Some(format!("Outlet {}", i % 9)),
                ..Meta::default()
            },
        };
        store.ingest(&article, &st).expect("stored");
    }
    let start = Instant::now();
    claimdb::crosscheck::update(&mut store).expect("cross-check");
    let seconds = start.elapsed().as_secs_f64();
    let mut predicted = HashMap::new();
    let mut stmt = store
        .conn
        .prepare("SELECT group_id, file, text FROM group_statements")
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((
                (r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                r.get::<_, i64>(0)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (k, v) = row.unwrap();
        predicted.insert(k, v);
    }
    let (p, r) = generator::pair_scores(&corpus, &predicted);
    (statements, seconds, p, r)
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(2000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let polnear = root.join("../shared/polnear/train/text");
    let texts = generator::load_texts(&[&root.join("seeds"), &polnear], 400);
    let bases = generator::base_sentences(&texts);
    println!("{} base sentences from {} texts", bases.len(), texts.len());
    let (s1, t1, p1, r1) = run(&bases, n);
    println!("N:  {n} articles, {s1} statements: {t1:.3} s ({:.0} statements/s), pairwise precision {p1:.3} recall {r1:.3}", s1 as f64 / t1);
    let (s4, t4, p4, r4) = run(&bases, 4 * n);
    println!("4N: {} articles, {s4} statements: {t4:.3} s ({:.0} statements/s), pairwise precision {p4:.3} recall {r4:.3}", 4 * n, s4 as f64 / t4);
    println!(
        "time ratio 4N/N: {:.2} (linear would be {:.2})",
        t4 / t1,
        s4 as f64 / s1 as f64
    );
}
