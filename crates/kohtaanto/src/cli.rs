//! Command-line interface: the clap definitions of every sub-command and their help texts.
//!
//! Only parsing lives here; each command's behaviour is in its own module (`serve`, `gen`,
//! `import`, `list`, `matching`, `skills`). Values are checked while parsing (ranges, dates,
//! languages), so the commands receive arguments that are already valid.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};
use kohtaanto_taxonomy::Lang;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Server address the client commands use when neither `--server` nor `KOHTAANTO_SERVER` is set.
pub const DEFAULT_SERVER: &str = "http://127.0.0.1:50051";

/// Exit codes, shown at the end of `kohtaanto --help`.
const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  error (bad configuration, server unreachable, a request failed, a file unreadable)
  2  command-line usage error; for `import`: some lines were rejected (invalid JSON or an
     invalid record) while every other record was stored";

/// Exit codes of `import`, shown at the end of `kohtaanto import --help`.
const IMPORT_EXIT_CODES: &str = "\
Exit codes:
  0  every line was accepted and stored by the server
  2  some lines were rejected (bad JSON, an invalid record, or refused by the server as
     INVALID_ARGUMENT); every other record was stored
  1  an error: the file could not be read, the server could not be reached, or a batch or
     record failed on the server; the import stops and records sent after the failure may
     not be stored (importing is idempotent: run it again)";

/// kohtaanto matches ICT jobs and jobseekers by skill (Finland; Finnish, Swedish and English).
#[derive(Debug, Parser)]
#[command(
    name = "kohtaanto",
    version,
    about = "Match ICT job postings and jobseekers by skill (fi/sv/en)",
    long_about = "Match ICT job postings and jobseekers by skill (fi/sv/en).\n\n\
        `kohtaanto serve` runs the gRPC server; the client commands (import, list, match, gaps, \
        programmes, report) talk to it at --server; `gen` and `skills extract` work locally without a server.",
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
    /// Run the gRPC server on a data directory.
    #[command(long_about = "Run the gRPC server.\n\n\
    Configuration comes from the defaults, then a TOML file (--config, or ./kohtaanto.toml when \
    present), then environment variables KOHTAANTO__<KEY> (e.g. KOHTAANTO__DATA_DIR, \
    KOHTAANTO__LISTEN, KOHTAANTO__MAX_BATCH_RECORDS), then these flags; later sources win. \
    Keys: data_dir, listen, taxonomy_path, max_message_bytes, max_batch_records, \
    max_concurrent_requests, max_queued_requests, queue_timeout_ms, max_streams_per_connection, max_connections, \
    writer_memory_mb, and the sections [auth] (bearer tokens and roles, \
    allow_unauthenticated_remote), [tls], [audit] and [gaps] (see the README). Without [auth] \
    tokens the server refuses a non-loopback --listen address unless \
    --allow-unauthenticated-remote is given.\n\n\
    Once listening, exactly one line `kohtaanto listening on <address>` is printed to stdout \
    (with the actual port when listening on port 0). Logs go to stderr (filter with RUST_LOG, \
    default info). SIGINT or SIGTERM shut the server down gracefully.")]
    Serve(ServeArgs),
    /// Generate a deterministic synthetic data set as JSON Lines (no server needed).
    #[command(long_about = "Generate a deterministic synthetic data set of ICT job postings and \
    jobseeker profiles, plus a catalogue of training programmes, and write DIR/postings.jsonl, \
    DIR/profiles.jsonl and DIR/programmes.jsonl (one JSON object per line, the format `kohtaanto \
    import` reads). The same arguments always give the same files.")]
    Gen(GenArgs),
    /// Import job postings, profiles or training programmes from a JSON Lines file into the server.
    #[command(after_help = IMPORT_EXIT_CODES)]
    #[command(long_about = "Import job postings, profiles or training programmes from a JSON Lines \
    file: one record per \
    line in the domain format (the one `kohtaanto gen` writes and `kohtaanto list` prints). Each \
    line is parsed and validated; bad lines are rejected with their line number and reason while \
    the others are sent to the server in batches, several batches in flight. Records are created \
    or replaced by id, so an import can safely be repeated. A progress bar is shown on stderr \
    when it is a terminal; a summary with the first 20 rejections is printed at the end.")]
    Import(ImportArgs),
    /// Print every job posting or profile stored in the server as JSON Lines, or count them.
    List(ListArgs),
    /// Rank job postings for a profile, or profiles for a job posting, with explanations.
    #[command(
        long_about = "Rank job postings for a stored profile (--profile), or profiles for a stored job \
    posting (--posting), best first. Each hit shows its coverage (the weighted share of the \
    posting's requirements the profile meets) and why: matched requirements (✓), partially met \
    ones with the profile skill that gave credit (~), and missing ones (✗)."
    )]
    Match(MatchArgs),
    /// Skill gaps of a jobseeker (--profile) or of the labour market (--market), as tables.
    #[command(long_about = "Skill gaps, from the server's SkillGaps service.\n\n\
    --profile ID: the skills that would turn the jobseeker's near-miss postings into matches, most \
    postings gained first; the near-miss postings with what each one misses; and training \
    programmes teaching those skills.\n\n\
    --market: per skill in a region (or all) and period: demand (postings asking for it), supply \
    (jobseekers having it, not stale), their ratio and gap, the jobseekers for whom it is the only \
    missing required skill of some posting, and the monthly trend of demand. Aggregates only: \
    counts below the server's k are not shown (printed as <k).")]
    Gaps(crate::gaps::GapsArgs),
    /// Training programmes: what they would change (impact), or the stored ones (list).
    Programmes {
        /// The programmes command to run.
        #[command(subcommand)]
        command: crate::gaps::ProgrammesCommand,
    },
    /// Write the planners' HTML report with charts: one self-contained file.
    #[command(long_about = "Write the planners' report: ONE self-contained HTML file (inline CSS \
    and SVG charts, nothing loaded from the network) with the top skill gaps by region, demand \
    vs supply per skill, the monthly demand trend of the top skills and a comparison of the \
    stored training programmes, each with a short explanation and its figures as a table. \
    Aggregates only: counts below the server's k are not shown.")]
    Report(crate::report::ReportArgs),
    /// Work with the skill taxonomy locally (no server needed).
    Skills {
        /// The skills command to run.
        #[command(subcommand)]
        command: SkillsCommand,
    },
}

/// Log output format of the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// Arguments of `kohtaanto serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Data directory holding the indexes [default: index]
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Address to listen on; port 0 picks a free port [default: 127.0.0.1:50051]
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// Load a demo data set (3,000 postings and 3,000 profiles, seed 42) when the data
    /// directory is empty.
    #[arg(long)]
    pub demo: bool,
    /// Configuration file (TOML) [default: ./kohtaanto.toml when present]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Skill taxonomy file (TOML) to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// Log format.
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Allow a non-loopback listen address with no [auth] tokens configured (anyone who can
    /// reach it gets full access); the flag of auth.allow_unauthenticated_remote.
    #[arg(long)]
    pub allow_unauthenticated_remote: bool,
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

/// Which kind of record a command works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordKind {
    /// Job postings.
    Postings,
    /// Jobseeker profiles.
    Profiles,
}

/// Which kind of record `kohtaanto import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportKind {
    /// Job postings.
    Postings,
    /// Jobseeker profiles.
    Profiles,
    /// Training programmes.
    Programmes,
}

/// The server a client command talks to.
#[derive(Debug, Args)]
pub struct ServerArgs {
    /// URL of the kohtaanto gRPC server.
    #[arg(long, env = "KOHTAANTO_SERVER", default_value = DEFAULT_SERVER, value_name = "URL")]
    pub server: String,
    /// Bearer token sent with every call, when the server has [auth] tokens configured.
    #[arg(long, env = "KOHTAANTO_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
    /// CA certificate (PEM) to trust for an https:// server URL.
    #[arg(long, env = "KOHTAANTO_CA_CERT", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Client certificate (PEM), for a server that requires mutual TLS (with --client-key).
    #[arg(long, env = "KOHTAANTO_CLIENT_CERT", value_name = "FILE", requires = "client_key")]
    pub client_cert: Option<PathBuf>,
    /// Private key (PEM) of --client-cert.
    #[arg(long, env = "KOHTAANTO_CLIENT_KEY", value_name = "FILE", requires = "client_cert")]
    pub client_key: Option<PathBuf>,
}

/// Arguments of `kohtaanto import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file holds.
    #[arg(value_enum)]
    pub kind: ImportKind,
    /// JSON Lines file to read; `-` reads stdin.
    pub file: PathBuf,
    /// Records per upsert request (batches are also kept under 4 MiB).
    #[arg(long, default_value_t = 1_000, value_parser = clap::value_parser!(u32).range(1..=5_000))]
    pub batch_size: u32,
    /// Batches sent at the same time.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=16))]
    pub in_flight: u32,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Arguments of `kohtaanto list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// What to list.
    #[arg(value_enum)]
    pub kind: RecordKind,
    /// Print only the number of records.
    #[arg(long)]
    pub count: bool,
    /// Records fetched per request.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(i32).range(1..=1_000))]
    pub page_size: i32,
    /// Only profiles of this coach (profiles only).
    #[arg(long, value_name = "ID")]
    pub coach: Option<String>,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
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

/// Arguments of `kohtaanto match`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("subject").required(true).args(["profile", "posting"])))]
pub struct MatchArgs {
    /// Id of the profile to find job postings for.
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// Id of the job posting to find profiles for.
    #[arg(long, value_name = "ID")]
    pub posting: Option<String>,
    /// Number of hits to show.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(i32).range(1..=1_000))]
    pub limit: i32,
    /// Keep only postings in this region, or profiles accepting work in it (repeatable).
    #[arg(long = "region", value_name = "REGION")]
    pub regions: Vec<String>,
    /// Keep only hits with at least this coverage, 0 to 1.
    #[arg(long, value_name = "X", value_parser = parse_coverage)]
    pub min_coverage: Option<f64>,
    /// Include expired job postings.
    #[arg(long)]
    pub include_expired: bool,
    /// Language of the skill labels [default: en]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Print one JSON object per hit instead of a table.
    #[arg(long)]
    pub json: bool,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Sub-commands of `kohtaanto skills`.
#[derive(Debug, Subcommand)]
pub enum SkillsCommand {
    /// Find skills in text read from stdin; print one JSON object per mention.
    #[command(long_about = "Find the skills of the taxonomy mentioned in text read from stdin \
        (Finnish, Swedish or English) and print one JSON object per mention, in text order: \
        {\"skill\", \"label\", \"start\", \"end\", \"text\", \"confidence\"}, where start and end \
        are UTF-8 byte offsets into the input (end exclusive), label is the preferred label in \
        --lang and confidence (0 to 1) how likely the mention is a skill requirement in its \
        context (English text; 1 for Finnish and Swedish). Then, for English text, one line per \
        unmapped mention (a Knowledge span the learned tagger proposes where no taxonomy mention \
        is, a candidate for the taxonomy): {\"unmapped\": true, \"start\", \"end\", \"text\", \
        \"confidence\"}.")]
    Extract(ExtractArgs),
    /// Measure extraction on SkillSpan JSON Lines: span precision, recall and F1 (strict and loose).
    #[command(long_about = "Measure skill extraction on SkillSpan JSON Lines (one posting per \
        line, sentences of tokens with BIO tags): each sentence's tokens are joined with single \
        spaces, skills are extracted, and span precision, recall and F1 against the Knowledge \
        spans are printed, strict (exact span) and loose (any token overlap), with the most \
        frequent misses and false positives. Scored are the mentions with confidence at least \
        0.5 plus the unmapped mentions (English spans the tagger proposes where no taxonomy \
        mention is).")]
    Eval(EvalArgs),
    /// Train the English mention context model on SkillSpan JSON Lines (the train split).
    #[command(
        long_about = "Train the English mention context model (the confidence of each         mention) on SkillSpan JSON Lines: extraction runs on every sentence, each mention is         labelled by whether it overlaps a gold Knowledge span, the settings are chosen by         cross-validation over postings, and the weights are written to --out. Deterministic.         Use the train split only:         kohtaanto skills train-spans --skillspan ../shared/data/skillspan/tech_train.jsonl         --out crates/kohtaanto-taxonomy/data/span_model.tsv"
    )]
    TrainSpans(TrainModelArgs),
    /// Train the English unmapped-mention tagger on SkillSpan JSON Lines (the train split).
    #[command(long_about = "Train the tagger proposing English Knowledge spans the taxonomy does not \
        know (unmapped mentions) on SkillSpan JSON Lines: a structured averaged perceptron \
        (Viterbi decoding) over the words of each sentence against the gold Knowledge BIO tags, \
        with the taxonomy mentions as features; epochs, confidence threshold and pruning are \
        chosen by cross-validation over postings, and the weights are written to --out. \
        Deterministic. Use the train split only: \
        kohtaanto skills train-tagger --skillspan ../shared/data/skillspan/tech_train.jsonl \
        --out crates/kohtaanto-taxonomy/data/tagger_model.tsv")]
    TrainTagger(TrainModelArgs),
    /// Print the size of the taxonomy and its share of skills with an ESCO URI, per kind.
    TaxonomyStats(TaxonomyStatsArgs),
}

/// Arguments of `kohtaanto skills taxonomy-stats`.
#[derive(Debug, Args)]
pub struct TaxonomyStatsArgs {
    /// Skill taxonomy file (TOML) to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
}

/// Arguments of `kohtaanto skills eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// SkillSpan JSON Lines file, e.g. ../shared/data/skillspan/tech_dev.jsonl
    #[arg(long, value_name = "FILE")]
    pub skillspan: PathBuf,
    /// Skill taxonomy file (TOML) to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// Also write every posting's text, gold spans and predictions to FILE, one JSON object per
    /// posting: {"text", "gold", "predicted", "unconfident"}, spans as UTF-8 byte offsets.
    #[arg(long, value_name = "FILE")]
    pub details: Option<PathBuf>,
}

/// Arguments of `kohtaanto skills train-spans` and `train-tagger` (both learn from SkillSpan
/// train and choose their settings by cross-validation over its postings).
#[derive(Debug, Args)]
pub struct TrainModelArgs {
    /// SkillSpan JSON Lines file to train on (the train split)
    #[arg(long, value_name = "FILE")]
    pub skillspan: PathBuf,
    /// Where to write the model, e.g. crates/kohtaanto-taxonomy/data/span_model.tsv or tagger_model.tsv
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Cross-validation folds (postings are dealt round-robin), at least 2.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(2..=20))]
    pub folds: u32,
    /// Skill taxonomy file (TOML) to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
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

/// `--min-coverage`: a number within [0, 1].
fn parse_coverage(value: &str) -> Result<f64, String> {
    let coverage: f64 =
        value.parse().map_err(|_| format!("expected a number within 0..=1, got {value:?}"))?;
    if !(0.0..=1.0).contains(&coverage) {
        return Err(format!("must be within 0..=1, got {value}"));
    }
    Ok(coverage)
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
    fn serve_flags_are_optional_overrides() {
        let cli = parse(&["serve"]).expect("parses");
        let Command::Serve(args) = cli.command else { panic!("not serve") };
        assert_eq!(args.data_dir, None);
        assert_eq!(args.listen, None);
        assert!(!args.demo);
        assert_eq!(args.log_format, LogFormat::Text);

        let cli = parse(&[
            "serve",
            "--data-dir",
            "/tmp/x",
            "--listen",
            "127.0.0.1:0",
            "--demo",
            "--log-format",
            "json",
            "--taxonomy",
            "t.toml",
        ])
        .expect("parses");
        let Command::Serve(args) = cli.command else { panic!("not serve") };
        assert_eq!(args.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(args.listen, Some("127.0.0.1:0".parse().expect("addr")));
        assert!(args.demo);
        assert_eq!(args.log_format, LogFormat::Json);
        assert_eq!(args.taxonomy, Some(PathBuf::from("t.toml")));
        assert!(parse(&["serve", "--listen", "localhost"]).is_err(), "listen must be ip:port");
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
    fn import_checks_kind_and_batch_size() {
        let cli = parse(&["import", "profiles", "p.jsonl", "--batch-size", "200", "--server", "http://h:1"])
            .expect("parses");
        let Command::Import(args) = cli.command else { panic!("not import") };
        assert_eq!(args.kind, ImportKind::Profiles);
        assert_eq!(args.file, PathBuf::from("p.jsonl"));
        assert_eq!(args.batch_size, 200);
        assert_eq!(args.in_flight, 3);
        assert_eq!(args.server.server, "http://h:1");
        let cli = parse(&["import", "programmes", "x"]).expect("programmes import");
        assert!(matches!(cli.command, Command::Import(ImportArgs { kind: ImportKind::Programmes, .. })));
        assert!(parse(&["import", "courses", "x"]).is_err());
        assert!(parse(&["import", "postings", "x", "--batch-size", "0"]).is_err());
        assert!(parse(&["import", "postings", "x", "--batch-size", "5001"]).is_err());
    }

    #[test]
    fn server_defaults_to_loopback() {
        // KOHTAANTO_SERVER may be set in the environment of a developer; only check the
        // default when it is not.
        if std::env::var_os("KOHTAANTO_SERVER").is_none() {
            let cli = parse(&["list", "postings"]).expect("parses");
            let Command::List(args) = cli.command else { panic!("not list") };
            assert_eq!(args.server.server, DEFAULT_SERVER);
            assert_eq!(args.page_size, 500);
            assert!(!args.count);
        }
    }

    #[test]
    fn match_needs_exactly_one_subject() {
        let cli = parse(&[
            "match",
            "--profile",
            "js-1",
            "--region",
            "Uusimaa",
            "--region",
            "Pirkanmaa",
            "--min-coverage",
            "0.5",
            "--lang",
            "fi",
        ])
        .expect("parses");
        let Command::Match(args) = cli.command else { panic!("not match") };
        assert_eq!(args.profile.as_deref(), Some("js-1"));
        assert_eq!(args.posting, None);
        assert_eq!(args.regions, ["Uusimaa", "Pirkanmaa"]);
        assert_eq!(args.min_coverage, Some(0.5));
        assert_eq!(args.lang, Some(LangArg::Fi));
        assert_eq!(args.limit, 10);
        assert!(!args.json);

        assert_eq!(parse(&["match"]).expect_err("no subject").kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            parse(&["match", "--profile", "a", "--posting", "b"]).expect_err("two subjects").kind(),
            ErrorKind::ArgumentConflict
        );
        assert!(parse(&["match", "--posting", "b", "--min-coverage", "1.5"]).is_err());
        assert!(parse(&["match", "--posting", "b", "--lang", "de"]).is_err());
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
