//! `kohtaanto report`: the planners' HTML report (DESIGN.md sections 1 and 5).
//!
//! # Layout
//! - [`model`]: the report's data as plain values ([`model::Report`]), suppressed counts
//!   kept apart from numbers.
//! - [`fetch`]: fills the model from the server (MarketGaps over all regions and per region,
//!   ListProgrammes, ProgrammeImpact).
//! - [`charts`]: the four charts drawn as SVG with `plotters`.
//! - [`html`]: one self-contained HTML file composing them.

pub mod charts;
pub mod fetch;
pub mod html;
pub mod model;

use crate::cli::{LangArg, ServerArgs};
use crate::gaps::{parse_isco, parse_since, parse_until};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `kohtaanto report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The HTML file to write (replaced when it exists); `-` writes to stdout.
    #[arg(long, value_name = "FILE.html")]
    pub out: PathBuf,
    /// A region to show in "top skill gaps by region" (repeatable) [default: the regions with
    /// the most postings, at most --max-regions]
    #[arg(long = "region", value_name = "REGION")]
    pub regions: Vec<String>,
    /// Most regions shown when --region is not given.
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u16).range(1..=19))]
    pub max_regions: u16,
    /// Start of the period, YYYY-MM-DD or YYYY-MM [default: 12 months before --until]
    #[arg(long, value_name = "DATE", value_parser = parse_since)]
    pub since: Option<NaiveDate>,
    /// End of the period (inclusive), YYYY-MM-DD or YYYY-MM [default: now]
    #[arg(long, value_name = "DATE", value_parser = parse_until)]
    pub until: Option<NaiveDate>,
    /// Only postings whose ISCO-08 occupation code starts with this (e.g. 25).
    #[arg(long, value_name = "PREFIX", value_parser = parse_isco)]
    pub isco: Option<String>,
    /// Language of the skill labels [default: en]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Estimate the programme comparison from a fixed sample of one jobseeker in N (2 to 256),
    /// about N times faster, with 95 % intervals [default: exact]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(2..=256))]
    pub sample: Option<u32>,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Runs `kohtaanto report`: fetches, renders and writes the file, then says where it is.
pub async fn run(args: &ReportArgs) -> Result<()> {
    let report = fetch::fetch(args).await?;
    let document = html::render(&report)?;
    if args.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        out.write_all(document.as_bytes())?;
        out.flush()?;
        return Ok(());
    }
    std::fs::write(&args.out, &document).with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} KiB): {} regions, {} skills, {} months, {} programmes; counts below k = {} are not shown",
        args.out.display(),
        document.len().div_ceil(1024),
        report.regions.len(),
        report.overall.len(),
        report.trend.months.len(),
        report.programmes.len(),
        report.k
    );
    Ok(())
}
