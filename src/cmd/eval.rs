//! `claimdb eval`: extraction figures against hand-marked gold statements.

use std::io::Write;

use anyhow::Result;

use crate::cli::EvalArgs;
use crate::eval::{load, score_dir, Figures};

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

pub fn run(args: &EvalArgs) -> Result<i32> {
    let gold = load(&args.gold)?;
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
