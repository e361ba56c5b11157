//! Extraction time against paragraph size: one paragraph of short quotations at 100,000 and
//! 400,000 characters, in three shapes. Linear work takes about 4 times as long for 4 times
//! the text; work that grows with the square takes about 16 times as long.
//!
//!   cargo bench --bench long_paragraph

use std::time::Instant;

/// Shapes of a long paragraph: a cue after every quotation, one cue before them all, and
/// sentences of attribution between quotations without a cue.
const SHAPES: [(&str, &str, &str); 3] = [
    ("cue after each", "", "\"We will act,\" he said. "),
    ("one cue first", "Smith said: ", "\"We will act.\" "),
    ("alternating", "", "Smith said so. \"We act.\" "),
];

fn paragraph(lead: &str, unit: &str, chars: usize) -> String {
    let mut body = format!("Title\n\n{lead}");
    while body.chars().count() < chars {
        body.push_str(unit);
    }
    body
}

/// Best of 5 runs, in seconds, and the number of statements found.
fn time(body: &str) -> (f64, usize) {
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..5 {
        let start = Instant::now();
        found = claimdb::extract::extract(body).len();
        best = best.min(start.elapsed().as_secs_f64());
    }
    (best, found)
}

fn main() {
    for (name, lead, unit) in SHAPES {
        let (small, n_small) = time(&paragraph(lead, unit, 100_000));
        let (large, n_large) = time(&paragraph(lead, unit, 400_000));
        let ratio = large / small;
        println!(
            "long paragraph, {name}: 100,000 chars {small:.3} s ({n_small} statements), 400,000 chars {large:.3} s ({n_large} statements): ratio {ratio:.1} ({})",
            if ratio < 8.0 { "linear" } else { "superlinear" }
        );
    }
}
