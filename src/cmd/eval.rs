//! `claimdb eval`: extraction figures against hand-marked gold statements.

use std::io::Write;

use anyhow::Result;

use crate::cli::EvalArgs;
use crate::eval::{load, score_dir, score_dir_by_rule, Figures};

fn line(name: &str, f: &Figures) -> String {
    format!(
        "{name}: recall {:.3} ({}/{}) precision {:.3} (fp {}) speaker-accuracy {:.3} ({}/{})",
        f.recall(),
        f.found,
        f.found + f.missed,
        f.precision(),
        f.false_positives,
        f.speaker_accuracy(),
        f.speaker_right,
        f.found
    )
}

/// A ratio to three places, or "-" when there was nothing to count.
fn ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), |r| format!("{r:.3}"))
}

pub fn run(args: &EvalArgs) -> Result<i32> {
    let gold = load(&args.gold)?;
    if args.by_rule {
        for r in score_dir_by_rule(&gold, &args.articles)? {
            let (q, i) = (r.scores.quotes, r.scores.indirect);
            println!(
                "rule {}: statements {} precision {} speaker-accuracy {} (quotes found {} fp {} speaker {}; indirect found {} fp {} speaker {})",
                r.rule.as_str(),
                r.statements,
                ratio(r.precision()),
                ratio(r.speaker_accuracy()),
                q.found,
                q.false_positives,
                q.speaker_right,
                i.found,
                i.false_positives,
                i.speaker_right
            );
        }
        return Ok(0);
    }
    let s = score_dir(&gold, &args.articles)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", line("quotes", &s.quotes))?;
    writeln!(out, "{}", line("indirect", &s.indirect))?;
    writeln!(
        out,
        "summary: quote_R={:.3} quote_P={:.3} quote_speaker={:.3} indirect_R={:.3} indirect_speaker={:.3}",
        s.quotes.recall(),
        s.quotes.precision(),
        s.quotes.speaker_accuracy(),
        s.indirect.recall(),
        s.indirect.speaker_accuracy()
    )?;
    out.flush()?;
    Ok(0)
}
