//! Command-line interface: the clap definitions of every sub-command and their help texts.
//!
//! Only parsing lives here; each command's behaviour is in its own module (`serve`, `gen`,
//! `import`, `list`, `matching`, `skills`). Values are checked while parsing (ranges, dates,
//! languages), so the commands receive arguments that are already valid.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use clap::{Args, Parser, Subcommand, ValueEnum};
use kohtaanto_taxonomy::Lang;
use std::path::PathBuf;

/// Exit codes, shown at the end of `kohtaanto --help`.
const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  error (a file could not be read or written)
  2  command-line usage error";

/// kohtaanto matches ICT jobs and jobseekers by skill (Finland; Finnish, Swedish and English).
#[derive(Debug, Parser)]
#[command(
    name = "kohtaanto",
    version,
    about = "Match ICT job postings and jobseekers by skill (fi/sv/en)",
    long_about = "Match ICT job postings and jobseekers by skill (fi/sv/en).\n\n\
        `gen` and `skills extract` work locally without a server.",
    after_help = EXIT_CODES
)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The sub-commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate a deterministic synthetic data set as JSON Lines (no server needed).
    #[command(long_about = "Generate a deterministic synthetic data set of ICT job postings and \
    jobseeker profiles and write DIR/postings.jsonl and DIR/profiles.jsonl (one JSON object per \
    line, the format `kohtaanto import` reads). The same arguments always give the same files.")]
    Gen(GenArgs),
    /// Work with the skill taxonomy locally (no server needed).
    Skills {
        /// The skills command to run.
        #[command(subcommand)]
        command: SkillsCommand,
    },
}

/// Arguments of `kohtaanto gen`.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// Number of job postings.
    #[arg(long, default_value_t = 3_000, value_name = "N")]
    pub postings: usize,
    /// Number of jobseeker profiles.
    #[arg(long, default_value_t = 3_000, value_name = "N")]
    pub profiles: usize,
    /// Random seed.
    #[arg(long, default_value_t = 42, value_name = "S")]
    pub seed: u64,
    /// Output directory (created when missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The present the data is generated around, a date (2026-11-01, midnight UTC) or an
    /// RFC 3339 time [default: today at 00:00 UTC]
    #[arg(long, value_name = "DATE", value_parser = parse_now)]
    pub now: Option<DateTime<Utc>>,
}

/// A label language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Fi => Lang::Fi,
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

/// Sub-commands of `kohtaanto skills`.
#[derive(Debug, Subcommand)]
pub enum SkillsCommand {
    /// Find skills in text read from stdin; print one JSON object per mention.
    #[command(long_about = "Find the skills of the taxonomy mentioned in text read from stdin \
        (Finnish, Swedish or English) and print one JSON object per mention, in text order: \
        {\"skill\", \"label\", \"start\", \"end\", \"text\"}, where start and end are UTF-8 byte \
        offsets into the input (end exclusive) and label is the preferred label in --lang.")]
    Extract(ExtractArgs),
}

/// Arguments of `kohtaanto skills extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Language of the labels [default: detected from the text]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Skill taxonomy file (TOML) to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
}

/// `--now`: a date (midnight UTC) or an RFC 3339 time.
pub fn parse_now(value: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok(date.and_time(NaiveTime::MIN).and_utc());
    }
    DateTime::parse_from_rfc3339(value)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|_| format!("expected a date such as 2026-11-01 or an RFC 3339 time, got {value:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("kohtaanto").chain(args.iter().copied()))
    }

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn gen_parses_dates_and_times() {
        let cli = parse(&["gen", "--out", "d", "--now", "2026-11-01", "--postings", "5"]).expect("parses");
        let Command::Gen(args) = cli.command else { panic!("not gen") };
        assert_eq!(args.postings, 5);
        assert_eq!(args.profiles, 3_000);
        assert_eq!(args.seed, 42);
        assert_eq!(args.now, Some("2026-11-01T00:00:00Z".parse().expect("time")));
        assert_eq!(parse_now("2026-03-01T12:00:00+02:00"), Ok("2026-03-01T10:00:00Z".parse().expect("time")));
        assert!(parse_now("1.11.2026").is_err());
        assert_eq!(parse(&["gen"]).expect_err("needs --out").kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn skills_extract_takes_a_language() {
        let cli = parse(&["skills", "extract", "--lang", "sv"]).expect("parses");
        let Command::Skills { command: SkillsCommand::Extract(args) } = cli.command else {
            panic!("not skills extract")
        };
        assert_eq!(args.lang.map(Lang::from), Some(Lang::Sv));
    }
}
