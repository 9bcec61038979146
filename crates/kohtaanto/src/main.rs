//! `kohtaanto`: the one binary of kohtaanto (DESIGN.md section 9).
//!
//! # Commands
//! - `gen`: a deterministic synthetic data set as JSON Lines (`generate`).
//! - `skills extract`: local skill extraction with the embedded taxonomy (`skills`).
//!
//! Argument definitions and help texts are in `cli`; exit codes in `exit`. Errors are
//! `anyhow` errors printed as `error: <message>` on stderr with exit code 1.

mod cli;
mod exit;
mod generate;
mod skills;

use anyhow::Result;
use clap::Parser;
use cli::{Cli, Command, SkillsCommand};
use exit::Outcome;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(outcome) => outcome.into(),
        Err(error) if exit::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

/// Runs one command.
fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Gen(args) => generate::run(&args).map(|()| Outcome::Success),
        Command::Skills { command: SkillsCommand::Extract(args) } => {
            skills::run(&args).map(|()| Outcome::Success)
        }
    }
}
