//! `kohtaanto`: the one binary of kohtaanto (DESIGN.md section 9).
//!
//! # Commands
//! - `serve`: the gRPC server over a data directory (`serve`).
//! - `gen`: a deterministic synthetic data set as JSON Lines (`generate`).
//! - `import`, `list`, `match`: clients of a running server (`import`, `list`, `matching`,
//!   connection handling in `client`).
//! - `skills extract`: local skill extraction with the embedded taxonomy (`skills`).
//! - `gaps`, `programmes`: skill gaps and programme impact as tables (`gaps`).
//! - `report`: the planners' self-contained HTML report with SVG charts (`report`).
//!
//! Argument definitions and help texts are in `cli`; exit codes in `exit`. Errors are
//! `anyhow` errors printed as `error: <message>` on stderr with exit code 1.

mod cli;
mod client;
mod exit;
mod gaps;
mod generate;
mod import;
mod list;
mod matching;
mod report;
mod serve;
mod skills;

use anyhow::{Context, Result};
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

/// Runs one command; the async ones on a multi-threaded tokio runtime.
fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Gen(args) => generate::run(&args).map(|()| Outcome::Success),
        Command::Skills { command: SkillsCommand::Extract(args) } => {
            skills::run(&args).map(|()| Outcome::Success)
        }
        Command::Skills { command: SkillsCommand::Eval(args) } => {
            skills::evaluate(&args).map(|()| Outcome::Success)
        }
        Command::Skills { command: SkillsCommand::TrainSpans(args) } => {
            skills::train_spans(&args).map(|()| Outcome::Success)
        }
        Command::Skills { command: SkillsCommand::TrainTagger(args) } => {
            skills::train_tagger(&args).map(|()| Outcome::Success)
        }
        Command::Skills { command: SkillsCommand::TaxonomyStats(args) } => {
            skills::taxonomy_stats(&args).map(|()| Outcome::Success)
        }
        Command::Serve(args) => runtime()?.block_on(serve::run(&args)).map(|()| Outcome::Success),
        Command::Import(args) => runtime()?.block_on(import::run(&args)),
        Command::List(args) => runtime()?.block_on(list::run(&args)).map(|()| Outcome::Success),
        Command::Match(args) => runtime()?.block_on(matching::run(&args)).map(|()| Outcome::Success),
        Command::Gaps(args) => runtime()?.block_on(gaps::run(&args)).map(|()| Outcome::Success),
        Command::Programmes { command } => {
            runtime()?.block_on(gaps::run_programmes(&command)).map(|()| Outcome::Success)
        }
        Command::Report(args) => runtime()?.block_on(report::run(&args)).map(|()| Outcome::Success),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().context("cannot start the tokio runtime")
}
