//! `claimdb completions SHELL` and `claimdb man`: what packagers install beside the binary.

use std::io::Write;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};

pub fn completions(args: &CompletionsArgs) -> Result<()> {
    let mut cmd = Cli::command();
    // Into memory first: the generator panics on a closed pipe (`claimdb completions | head`).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "claimdb", &mut script);
    std::io::stdout().write_all(&script)?;
    Ok(())
}

pub fn man(args: &ManArgs) -> Result<()> {
    let cmd = Cli::command();
    match &args.dir {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(cmd, dir)
                .with_context(|| format!("cannot write manual pages into {}", dir.display()))?;
            eprintln!("wrote manual pages into {}", dir.display());
        }
        None => clap_mangen::Man::new(cmd).render(&mut std::io::stdout())?,
    }
    Ok(())
}
