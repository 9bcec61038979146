//! `kohtaanto gaps` and `kohtaanto programmes`: the SkillGaps service (DESIGN.md section 5) as
//! readable tables.
//!
//! - `gaps --profile ID`: for one jobseeker, the skills to learn (most postings gained first),
//!   the near-miss postings with what is missing, and programmes teaching those skills.
//! - `gaps --market`: per skill in a region and period, demand, supply, their ratio and gap,
//!   the jobseekers missing only that skill, and a monthly trend sparkline.
//! - `programmes impact`: what stored (or ad-hoc) training programmes would change.
//! - `programmes list`: the stored training programmes.
//!
//! The argument definitions live here too (the `cli` module only names the sub-commands), with
//! the date parsing of `--since` and `--until` (`YYYY-MM-DD` or `YYYY-MM`). Aggregates come
//! k-anonymised from the server: a count below k is printed as `<k`, never as a number.

use crate::cli::{LangArg, ServerArgs};
use crate::client::Connection;
use anyhow::{Result, bail};
use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveTime, TimeDelta, Utc};
use clap::{ArgGroup, Args, Subcommand};
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::timestamp_to_proto;
use kohtaanto_taxonomy::Lang;
use std::fmt::Write as _;
use std::io::Write;

/// Most programmes one ProgrammeImpact request may assess.
pub const MAX_PROGRAMMES_PER_REQUEST: usize = 20;
/// Widest title, employer, name and region cell; longer ones end in `…`.
const MAX_CELL_CHARS: usize = 40;
/// Postings ids shown per skill gap.
const EXAMPLE_POSTINGS: usize = 3;
/// Regions shown per programme in `programmes impact`.
const REGIONS_PER_PROGRAMME: usize = 3;

/// Arguments of `kohtaanto gaps`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("subject").required(true).args(["profile", "market"])))]
pub struct GapsArgs {
    /// Id of the jobseeker profile whose gaps to show.
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// Show the market's gaps (aggregates over postings and jobseekers) instead.
    #[arg(long)]
    pub market: bool,
    /// With --profile: keep only postings in this region (repeatable). With --market: the
    /// region to aggregate (once; all regions when absent).
    #[arg(long = "region", value_name = "REGION")]
    pub regions: Vec<String>,
    /// With --profile: the near-miss threshold, the lowest coverage of a posting counted as
    /// nearly matching (0 to 1) [default: the server's, 0.5]
    #[arg(long, value_name = "X", value_parser = parse_fraction, conflicts_with = "market")]
    pub threshold: Option<f64>,
    /// With --profile: coverage at which a posting is a match (0 to 1) [default: the server's, 0.8]
    #[arg(long, value_name = "X", value_parser = parse_fraction, conflicts_with = "market")]
    pub match_threshold: Option<f64>,
    /// With --market: start of the period, YYYY-MM-DD or YYYY-MM (its first day)
    /// [default: 12 months before --until]
    #[arg(long, value_name = "DATE", value_parser = parse_since, conflicts_with = "profile")]
    pub since: Option<NaiveDate>,
    /// With --market: end of the period (inclusive), YYYY-MM-DD or YYYY-MM (its last day)
    /// [default: now]
    #[arg(long, value_name = "DATE", value_parser = parse_until, conflicts_with = "profile")]
    pub until: Option<NaiveDate>,
    /// With --market: only postings whose ISCO-08 occupation code starts with this (1-4 digits,
    /// e.g. 25 for ICT professionals).
    #[arg(long, value_name = "PREFIX", value_parser = parse_isco, conflicts_with = "profile")]
    pub isco: Option<String>,
    /// Rows per table.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(i32).range(1..=200))]
    pub limit: i32,
    /// Language of the skill labels [default: en]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Sub-commands of `kohtaanto programmes`.
#[derive(Debug, Subcommand)]
pub enum ProgrammesCommand {
    /// What training programmes would change: jobseekers gaining a match, matches gained.
    #[command(long_about = "Assess training programmes: if the jobseekers in scope completed a \
        programme (learned every skill it teaches at the level it reaches), how many of them would \
        gain at least one job match, and how many matches would be gained in total, by region of \
        the postings. Without --id or --skills every stored programme is assessed. Counts below \
        the server's k are not shown (printed as <k).")]
    Impact(ImpactArgs),
    /// List the stored training programmes.
    List(ProgrammesListArgs),
}

/// Arguments of `kohtaanto programmes impact`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("programmes").args(["ids", "skills"])))]
pub struct ImpactArgs {
    /// Id of a stored programme to assess (repeatable) [default: every stored programme]
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,
    /// An ad-hoc programme by the skills it teaches: comma-separated skill ids, each with an
    /// optional level reached (default 3), e.g. `kubernetes:3,aws,terraform:2`.
    #[arg(long, value_name = "SKILLS", value_parser = parse_skill_levels)]
    pub skills: Option<SkillLevels>,
    /// Only postings in this region and jobseekers accepting work in it [default: all regions]
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Coverage at which a posting is a match (0 to 1) [default: the server's, 0.8]
    #[arg(long, value_name = "X", value_parser = parse_fraction)]
    pub match_threshold: Option<f64>,
    /// Estimate from a fixed sample of one jobseeker in N (2 to 256), about N times faster,
    /// with 95 % intervals [default: exact]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(2..=256))]
    pub sample: Option<u32>,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Skill ids with the level a programme brings them to, from `--skills`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillLevels(pub Vec<(String, u32)>);

/// Arguments of `kohtaanto programmes list`.
#[derive(Debug, Args)]
pub struct ProgrammesListArgs {
    /// Only programmes held in this region.
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Only programmes teaching this skill (skill id).
    #[arg(long, value_name = "SKILL")]
    pub skill: Option<String>,
    /// The server.
    #[command(flatten)]
    pub server: ServerArgs,
}

/// Runs `kohtaanto gaps`.
pub async fn run(args: &GapsArgs) -> Result<()> {
    let connection = Connection::connect(&args.server).await?;
    let label_language = args.lang.map(|lang| Lang::from(lang).code().to_string()).unwrap_or_default();
    let text = match (&args.profile, args.market) {
        (Some(profile_id), false) => {
            let request = pb::ProfileGapsRequest {
                subject: Some(pb::profile_gaps_request::Subject::ProfileId(profile_id.clone())),
                filters: Some(pb::MatchFilters { regions: args.regions.clone(), ..Default::default() }),
                thresholds: Some(pb::GapThresholds {
                    match_threshold: args.match_threshold.unwrap_or(0.0),
                    near_miss_threshold: args.threshold.unwrap_or(0.0),
                }),
                max_near_misses: args.limit,
                max_skills: args.limit,
                max_programmes: args.limit.min(100),
                label_language,
            };
            let response = connection
                .skill_gaps()
                .profile_gaps(request)
                .await
                .map_err(|status| connection.call_error("ProfileGaps", &status))?
                .into_inner();
            render_profile_gaps(profile_id, &response)
        }
        (None, true) => {
            if args.regions.len() > 1 {
                bail!("--market aggregates one region at a time: give --region at most once");
            }
            let request = market_request(
                args.regions.first().map(String::as_str).unwrap_or(""),
                args.isco.as_deref().unwrap_or(""),
                args.since,
                args.until,
                args.limit,
                label_language,
            );
            let response = connection
                .skill_gaps()
                .market_gaps(request.clone())
                .await
                .map_err(|status| connection.call_error("MarketGaps", &status))?
                .into_inner();
            render_market_gaps(&request, &response)
        }
        // clap's argument group makes exactly one of them present.
        _ => bail!("give exactly one of --profile and --market"),
    };
    print(&text)
}

/// Runs `kohtaanto programmes ...`.
pub async fn run_programmes(command: &ProgrammesCommand) -> Result<()> {
    match command {
        ProgrammesCommand::Impact(args) => {
            let connection = Connection::connect(&args.server).await?;
            let programmes: Vec<pb::ProgrammeRef> = match (&args.skills, args.ids.is_empty()) {
                (Some(skills), _) => vec![inline_programme(&skills.0)],
                (None, false) => args.ids.iter().map(|id| stored_programme(id)).collect(),
                (None, true) => {
                    let stored = list_programmes(&connection, pb::ListProgrammesRequest::default()).await?;
                    stored.iter().map(|programme| stored_programme(&programme.id)).collect()
                }
            };
            if programmes.is_empty() {
                return print("No training programmes are stored: add some, or give --skills.\n");
            }
            let scope =
                pb::GapScope { region: args.region.clone().unwrap_or_default(), ..Default::default() };
            let thresholds = pb::GapThresholds {
                match_threshold: args.match_threshold.unwrap_or(0.0),
                near_miss_threshold: 0.0,
            };
            let impact =
                programme_impact(&connection, programmes, scope, thresholds, args.sample.unwrap_or(0))
                    .await?;
            print(&render_programme_impact(args.region.as_deref(), &impact))
        }
        ProgrammesCommand::List(args) => {
            let connection = Connection::connect(&args.server).await?;
            let request = pb::ListProgrammesRequest {
                region: args.region.clone().unwrap_or_default(),
                skill: args.skill.clone().unwrap_or_default(),
                ..Default::default()
            };
            let programmes = list_programmes(&connection, request).await?;
            print(&render_programmes(&programmes))
        }
    }
}

fn print(text: &str) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// A MarketGaps request for `region` (all when empty) over the period.
pub fn market_request(
    region: &str,
    isco_prefix: &str,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    max_skills: i32,
    label_language: String,
) -> pb::MarketGapsRequest {
    pb::MarketGapsRequest {
        scope: Some(pb::GapScope {
            region: region.to_string(),
            isco_prefix: isco_prefix.to_string(),
            coach_id: String::new(),
        }),
        since: since.map(|day| timestamp_to_proto(&start_of_day(day))),
        until: until.map(|day| timestamp_to_proto(&end_of_day(day))),
        max_skills,
        label_language,
    }
}

/// Every stored programme passing the request's filters, page by page.
pub async fn list_programmes(
    connection: &Connection,
    request: pb::ListProgrammesRequest,
) -> Result<Vec<pb::TrainingProgramme>> {
    let mut all = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = connection
            .training_programmes()
            .list_programmes(pb::ListProgrammesRequest {
                page_size: 1_000,
                page_token: page_token.clone(),
                ..request.clone()
            })
            .await
            .map_err(|status| connection.call_error("ListProgrammes", &status))?
            .into_inner();
        all.extend(page.programmes);
        if page.next_page_token.is_empty() {
            return Ok(all);
        }
        if page.next_page_token == page_token {
            bail!("the server returned the same page token twice ({page_token:?}); stopping");
        }
        page_token = page.next_page_token;
    }
}

/// The impact of any number of programmes: requests of at most [`MAX_PROGRAMMES_PER_REQUEST`],
/// the results merged and ranked as the server ranks one request (unsuppressed first by
/// jobseekers gaining, then matches gained; suppressed ones last, in the given order).
/// `sample_one_in` 2 or more asks for estimates (0: exact).
pub async fn programme_impact(
    connection: &Connection,
    programmes: Vec<pb::ProgrammeRef>,
    scope: pb::GapScope,
    thresholds: pb::GapThresholds,
    sample_one_in: u32,
) -> Result<pb::ProgrammeImpactResponse> {
    let mut merged: Option<pb::ProgrammeImpactResponse> = None;
    for chunk in programmes.chunks(MAX_PROGRAMMES_PER_REQUEST) {
        let request = pb::ProgrammeImpactRequest {
            programmes: chunk.to_vec(),
            scope: Some(scope.clone()),
            thresholds: Some(thresholds),
            sample_one_in,
        };
        let response = connection
            .skill_gaps()
            .programme_impact(request)
            .await
            .map_err(|status| connection.call_error("ProgrammeImpact", &status))?
            .into_inner();
        match &mut merged {
            None => merged = Some(response),
            Some(all) => all.results.extend(response.results),
        }
    }
    let mut merged = merged.unwrap_or_default();
    let position = |result: &pb::ProgrammeImpactResult| {
        programmes
            .iter()
            .position(|programme| match &programme.programme {
                Some(pb::programme_ref::Programme::ProgrammeId(id)) => *id == result.programme_id,
                _ => false,
            })
            .unwrap_or(usize::MAX)
    };
    merged.results.sort_by(|a, b| {
        a.suppressed
            .cmp(&b.suppressed)
            .then(b.jobseekers_gaining.unwrap_or(0).cmp(&a.jobseekers_gaining.unwrap_or(0)))
            .then(b.matches_gained.unwrap_or(0).cmp(&a.matches_gained.unwrap_or(0)))
            .then(position(a).cmp(&position(b)))
    });
    for (index, result) in merged.results.iter_mut().enumerate() {
        result.rank = u32::try_from(index + 1).unwrap_or(u32::MAX);
    }
    Ok(merged)
}

fn stored_programme(id: &str) -> pb::ProgrammeRef {
    pb::ProgrammeRef { programme: Some(pb::programme_ref::Programme::ProgrammeId(id.to_string())) }
}

fn inline_programme(skills: &[(String, u32)]) -> pb::ProgrammeRef {
    let name = skills.iter().map(|(skill, level)| format!("{skill}:{level}")).collect::<Vec<_>>().join(",");
    pb::ProgrammeRef {
        programme: Some(pb::programme_ref::Programme::Inline(pb::InlineProgramme {
            name,
            skills: skills
                .iter()
                .map(|(skill, level)| pb::ProgrammeSkillLevel { skill: skill.clone(), level: *level })
                .collect(),
        })),
    }
}

// ---------------------------------------------------------------------------------------------
// Tables

/// How a column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text: padded on the right.
    Left,
    /// Numbers: padded on the left.
    Right,
}

/// A plain-text table in the style of `kohtaanto match`: upper-case headers, columns two
/// spaces apart and padded to their widest cell (in chars), no trailing spaces. Rows may be
/// followed by indented detail lines.
#[derive(Debug, Default)]
pub struct Table {
    headers: Vec<(&'static str, Align)>,
    rows: Vec<(Vec<String>, Vec<String>)>,
}

impl Table {
    /// A table with these columns.
    pub fn new(headers: &[(&'static str, Align)]) -> Table {
        Table { headers: headers.to_vec(), rows: Vec::new() }
    }

    /// Adds a row (one cell per column) with detail lines printed under it.
    pub fn row(&mut self, cells: Vec<String>, details: Vec<String>) {
        debug_assert_eq!(cells.len(), self.headers.len());
        self.rows.push((cells, details));
    }

    /// The table as text, one line per row plus its details, each ending in a newline.
    pub fn render(&self) -> String {
        let mut widths: Vec<usize> = self.headers.iter().map(|(header, _)| header.chars().count()).collect();
        for (cells, _) in &self.rows {
            for (width, cell) in widths.iter_mut().zip(cells) {
                *width = (*width).max(cell.chars().count());
            }
        }
        let line = |cells: &[&str]| {
            let mut text = String::new();
            for (index, ((cell, width), (_, align))) in
                cells.iter().zip(&widths).zip(&self.headers).enumerate()
            {
                if index > 0 {
                    text.push_str("  ");
                }
                let padding = width.saturating_sub(cell.chars().count());
                match align {
                    Align::Left => {
                        text.push_str(cell);
                        text.extend(std::iter::repeat_n(' ', padding));
                    }
                    Align::Right => {
                        text.extend(std::iter::repeat_n(' ', padding));
                        text.push_str(cell);
                    }
                }
            }
            text.trim_end().to_string() + "\n"
        };
        let headers: Vec<&str> = self.headers.iter().map(|(header, _)| *header).collect();
        let mut out = line(&headers);
        let indent = " ".repeat(widths.first().copied().unwrap_or(0) + 2);
        for (cells, details) in &self.rows {
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            out += &line(&cells);
            for detail in details {
                out += &indent;
                out += detail;
                out.push('\n');
            }
        }
        out
    }
}

/// The answer of ProfileGaps as three tables: skills to learn, near misses, programmes.
pub fn render_profile_gaps(profile_id: &str, response: &pb::ProfileGapsResponse) -> String {
    let mut out = format!(
        "Skill gaps of profile {profile_id}: {} matching postings (coverage at least {}), {} near misses \
         (at least {})\n",
        response.match_count,
        percent(response.match_threshold),
        response.near_miss_count,
        percent(response.near_miss_threshold),
    );

    out += "\nSkills to learn, most postings gained first\n";
    if response.skill_gaps.is_empty() {
        out += "No single skill would turn a near miss into a match.\n";
    } else {
        let mut table = Table::new(&[
            ("#", Align::Right),
            ("SKILL", Align::Left),
            ("LEVEL", Align::Right),
            ("POSTINGS GAINED", Align::Right),
            ("FOR EXAMPLE", Align::Left),
        ]);
        for (index, gap) in response.skill_gaps.iter().enumerate() {
            let mut examples: Vec<&str> =
                gap.job_posting_ids.iter().take(EXAMPLE_POSTINGS).map(String::as_str).collect();
            if gap.job_posting_ids.len() > EXAMPLE_POSTINGS || gap.matches_gained as usize > examples.len() {
                examples.push("…");
            }
            table.row(
                vec![
                    (index + 1).to_string(),
                    label(&gap.skill_label, &gap.skill),
                    gap.level_needed.to_string(),
                    gap.matches_gained.to_string(),
                    examples.join(", "),
                ],
                Vec::new(),
            );
        }
        out += &table.render();
    }

    out += "\nNear-miss postings, best first\n";
    if response.near_misses.is_empty() {
        out += "No near-miss postings.\n";
    } else {
        let mut table = Table::new(&[
            ("#", Align::Right),
            ("COVERAGE", Align::Right),
            ("POSTING", Align::Left),
            ("TITLE", Align::Left),
            ("EMPLOYER", Align::Left),
            ("REGION", Align::Left),
        ]);
        for (index, posting) in response.near_misses.iter().enumerate() {
            let details = posting
                .gaps
                .iter()
                .map(|gap| {
                    let mark =
                        if gap.outcome() == pb::Outcome::Partial { "~ partial" } else { "✗ missing" };
                    let nice =
                        if gap.importance() == pb::Importance::NiceToHave { ", nice to have" } else { "" };
                    format!(
                        "{mark}: {} (level {}{nice}) → {} if learned",
                        label(&gap.skill_label, &gap.skill),
                        gap.min_level,
                        percent(gap.coverage_if_learned)
                    )
                })
                .collect();
            table.row(
                vec![
                    (index + 1).to_string(),
                    percent(posting.coverage),
                    posting.job_posting_id.clone(),
                    truncate(&posting.title),
                    truncate(&posting.employer),
                    truncate(&posting.region),
                ],
                details,
            );
        }
        out += &table.render();
    }

    out += "\nTraining programmes teaching these skills, most postings gained first\n";
    if response.programmes.is_empty() {
        out += "No stored training programme teaches these skills.\n";
    } else {
        let mut table = Table::new(&[
            ("#", Align::Right),
            ("PROGRAMME", Align::Left),
            ("NAME", Align::Left),
            ("REGION", Align::Left),
            ("POSTINGS GAINED", Align::Right),
            ("TEACHES", Align::Left),
        ]);
        for (index, programme) in response.programmes.iter().enumerate() {
            table.row(
                vec![
                    (index + 1).to_string(),
                    programme.programme_id.clone(),
                    truncate(&programme.name),
                    region_or_online(&programme.region),
                    programme.matches_gained.to_string(),
                    programme.teaches_gaps.join(", "),
                ],
                Vec::new(),
            );
        }
        out += &table.render();
    }
    out
}

/// The answer of MarketGaps as a table, with the scope and period in the heading.
pub fn render_market_gaps(request: &pb::MarketGapsRequest, response: &pb::MarketGapsResponse) -> String {
    let k = response.k_anonymity;
    let scope = request.scope.clone().unwrap_or_default();
    let region = if scope.region.is_empty() { "all regions".to_string() } else { scope.region.clone() };
    let occupation =
        if scope.isco_prefix.is_empty() { String::new() } else { format!(", ISCO {}*", scope.isco_prefix) };
    let mut out = format!(
        "Market gaps in {region}{occupation}, {} to {}: {} postings, {} jobseekers\n",
        day_of(response.since.as_ref()),
        day_of(response.until.as_ref()),
        response.posting_count,
        optional_count(response.jobseeker_count, response.jobseeker_count_suppressed, k),
    );
    let _ = writeln!(
        out,
        "{} of {} skills in demand, largest gap first; counts below k = {k} are not shown (<{k})\n",
        response.skills.len(),
        response.total_skills
    );
    if response.skills.is_empty() {
        out += "No skill is in demand in this scope and period.\n";
        return out;
    }
    let mut table = Table::new(&[
        ("#", Align::Right),
        ("SKILL", Align::Left),
        ("DEMAND", Align::Right),
        ("REQUIRED", Align::Right),
        ("SUPPLY", Align::Right),
        ("RATIO", Align::Right),
        ("GAP", Align::Right),
        ("ONLY MISSING", Align::Right),
        ("TREND", Align::Left),
    ]);
    for (index, skill) in response.skills.iter().enumerate() {
        let ratio = match skill.ratio {
            Some(ratio) if !skill.supply_suppressed => format!("{ratio:.2}"),
            _ => "-".to_string(),
        };
        table.row(
            vec![
                (index + 1).to_string(),
                label(&skill.skill_label, &skill.skill),
                skill.demand.to_string(),
                skill.demand_required.to_string(),
                optional_count(skill.supply, skill.supply_suppressed, k),
                ratio,
                skill.gap.to_string(),
                optional_count(skill.only_missing, skill.only_missing_suppressed, k),
                sparkline(&skill.trend.iter().map(|month| month.postings).collect::<Vec<_>>()),
            ],
            Vec::new(),
        );
    }
    out += &table.render();
    if let (Some(first), Some(last)) = (
        response.skills.first().and_then(|skill| skill.trend.first()),
        response.skills.first().and_then(|skill| skill.trend.last()),
    ) {
        let _ = writeln!(
            out,
            "\nDEMAND: postings asking for the skill; SUPPLY: jobseekers having it, not stale; GAP: demand \
             minus supply;\nONLY MISSING: jobseekers for whom it is the only missing required skill of some \
             posting;\nTREND: postings per month, {} to {}.",
            first.month, last.month
        );
    }
    out
}

/// The answer of ProgrammeImpact as a table with the top regions of each programme.
pub fn render_programme_impact(region: Option<&str>, response: &pb::ProgrammeImpactResponse) -> String {
    let k = response.k_anonymity;
    let mut out = format!(
        "Programme impact in {}: {} jobseekers, {} postings; a match is coverage at least {}\n",
        region.unwrap_or("all regions"),
        optional_count(response.jobseeker_count, response.jobseeker_count_suppressed, k),
        response.posting_count,
        percent(response.match_threshold),
    );
    if response.sample_one_in > 1 {
        let _ = writeln!(
            out,
            "Estimated from a sample of one jobseeker in {} ({} of them in scope): 95 % intervals in brackets.",
            response.sample_one_in,
            optional_count(response.sampled_jobseekers, response.sampled_jobseekers.is_none(), k),
        );
    }
    let _ = writeln!(out, "Counts below k = {k} are not shown (<{k}).\n");
    if response.results.is_empty() {
        out += "No programmes assessed.\n";
        return out;
    }
    let mut table = Table::new(&[
        ("#", Align::Right),
        ("PROGRAMME", Align::Left),
        ("NAME", Align::Left),
        ("JOBSEEKERS GAINING", Align::Right),
        ("MATCHES GAINED", Align::Right),
        ("TOP REGIONS (JOBSEEKERS/MATCHES)", Align::Left),
    ]);
    for result in &response.results {
        let mut regions: Vec<String> = result
            .regions
            .iter()
            .take(REGIONS_PER_PROGRAMME)
            .map(|region| {
                if region.suppressed {
                    format!("{} <{k}", region.region)
                } else {
                    format!(
                        "{} {}/{}",
                        region.region,
                        with_interval(region.jobseekers_gaining, &region.jobseekers_gaining_interval),
                        with_interval(region.matches_gained, &region.matches_gained_interval)
                    )
                }
            })
            .collect();
        if result.regions.len() > REGIONS_PER_PROGRAMME {
            regions.push("…".into());
        }
        table.row(
            vec![
                result.rank.to_string(),
                if result.programme_id.is_empty() { "(inline)".into() } else { result.programme_id.clone() },
                truncate(&result.name),
                if result.suppressed {
                    optional_count(None, true, k)
                } else {
                    with_interval(result.jobseekers_gaining, &result.jobseekers_gaining_interval)
                },
                if result.suppressed {
                    optional_count(None, true, k)
                } else {
                    with_interval(result.matches_gained, &result.matches_gained_interval)
                },
                regions.join(", "),
            ],
            Vec::new(),
        );
    }
    out += &table.render();
    out
}

/// The stored programmes as a table.
pub fn render_programmes(programmes: &[pb::TrainingProgramme]) -> String {
    if programmes.is_empty() {
        return "No training programmes are stored.\n".into();
    }
    let mut out = format!("{} training programmes\n\n", programmes.len());
    let mut table = Table::new(&[
        ("PROGRAMME", Align::Left),
        ("NAME", Align::Left),
        ("PROVIDER", Align::Left),
        ("REGION", Align::Left),
        ("LANG", Align::Left),
        ("WEEKS", Align::Right),
        ("START", Align::Left),
        ("SEATS", Align::Right),
        ("SKILLS (LEVEL)", Align::Left),
    ]);
    for programme in programmes {
        let start = programme
            .start_date
            .as_ref()
            .map(|date| format!("{:04}-{:02}-{:02}", date.year, date.month, date.day))
            .unwrap_or_else(|| "-".into());
        let skills: Vec<String> =
            programme.skills.iter().map(|skill| format!("{} ({})", skill.skill, skill.level)).collect();
        table.row(
            vec![
                programme.id.clone(),
                truncate(&programme.name),
                truncate(&programme.provider),
                region_or_online(&programme.region),
                programme.language.clone(),
                if programme.duration_weeks == 0 { "-".into() } else { programme.duration_weeks.to_string() },
                start,
                if programme.seats == 0 { "-".into() } else { programme.seats.to_string() },
                skills.join(", "),
            ],
            Vec::new(),
        );
    }
    out += &table.render();
    out
}

/// A k-anonymised count: the number, or `<k` when suppressed.
pub fn optional_count(count: Option<u32>, suppressed: bool, k: u32) -> String {
    match count {
        Some(count) if !suppressed => count.to_string(),
        _ => format!("<{k}"),
    }
}

/// A shown count, with its 95 % interval when it is an estimate: `1200 [1100-1300]`.
fn with_interval(count: Option<u32>, interval: &Option<pb::CountInterval>) -> String {
    let count = count.unwrap_or(0);
    match interval {
        Some(interval) => format!("{count} [{}-{}]", interval.low, interval.high),
        None => count.to_string(),
    }
}

/// Monthly counts as block characters scaled to the largest (`▁` for 0).
pub fn sparkline(values: &[u32]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&value| {
            if max == 0 || value == 0 {
                BLOCKS[0]
            } else {
                let step = (u64::from(value) * 7).div_ceil(u64::from(max)) as usize;
                BLOCKS[step.clamp(1, 7)]
            }
        })
        .collect()
}

/// A fraction in [0, 1] as a percentage: `80 %`, `72.5 %`.
fn percent(fraction: f64) -> String {
    let value = (fraction * 100.0).clamp(0.0, 100.0);
    if (value - value.round()).abs() < 0.05 { format!("{value:.0} %") } else { format!("{value:.1} %") }
}

fn label(label: &str, id: &str) -> String {
    if label.is_empty() { id.to_string() } else { truncate(label) }
}

fn region_or_online(region: &str) -> String {
    if region.is_empty() { "online".into() } else { truncate(region) }
}

/// At most [`MAX_CELL_CHARS`] chars on one line, the last one `…` when cut.
fn truncate(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX_CELL_CHARS {
        return text;
    }
    let mut cut: String = text.chars().take(MAX_CELL_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// The UTC day of a timestamp, `?` when absent or out of range.
fn day_of(timestamp: Option<&prost_types::Timestamp>) -> String {
    timestamp
        .and_then(|timestamp| DateTime::from_timestamp(timestamp.seconds, 0))
        .map(|at| at.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "?".into())
}

// ---------------------------------------------------------------------------------------------
// Argument parsing

/// `--since`: `YYYY-MM-DD`, or `YYYY-MM` meaning the first day of that month.
pub fn parse_since(value: &str) -> Result<NaiveDate, String> {
    parse_day_or_month(value).map(|(day, _)| day)
}

/// `--until`: `YYYY-MM-DD`, or `YYYY-MM` meaning the last day of that month.
pub fn parse_until(value: &str) -> Result<NaiveDate, String> {
    parse_day_or_month(value).map(|(_, last)| last)
}

/// A day (both results the same), or a month (its first and its last day).
fn parse_day_or_month(value: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let value = value.trim();
    if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok((day, day));
    }
    let first = NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 7)
        .ok_or_else(|| {
            format!("expected a date such as 2026-06-01 or a month such as 2026-06, got {value:?}")
        })?;
    let last = first
        .checked_add_months(Months::new(1))
        .and_then(|next| next.pred_opt())
        .ok_or_else(|| format!("month out of range: {value:?}"))?;
    debug_assert_eq!(last.month(), first.month());
    Ok((first, last))
}

/// A number within [0, 1].
fn parse_fraction(value: &str) -> Result<f64, String> {
    let fraction: f64 =
        value.parse().map_err(|_| format!("expected a number within 0..=1, got {value:?}"))?;
    if !(0.0..=1.0).contains(&fraction) {
        return Err(format!("must be within 0..=1, got {value}"));
    }
    Ok(fraction)
}

/// `--isco`: 1 to 4 digits.
pub fn parse_isco(value: &str) -> Result<String, String> {
    if (1..=4).contains(&value.len()) && value.bytes().all(|byte| byte.is_ascii_digit()) {
        Ok(value.to_string())
    } else {
        Err(format!("expected 1 to 4 digits of an ISCO-08 code, such as 25, got {value:?}"))
    }
}

/// `--skills kubernetes:3,aws`: skill ids with an optional level 1-5 (default 3).
fn parse_skill_levels(value: &str) -> Result<SkillLevels, String> {
    let mut skills = Vec::new();
    for item in value.split(',').map(str::trim).filter(|item| !item.is_empty()) {
        let (skill, level) = match item.split_once(':') {
            Some((skill, level)) => {
                let level: u32 = level
                    .trim()
                    .parse()
                    .ok()
                    .filter(|level| (1..=5).contains(level))
                    .ok_or_else(|| format!("level of {skill:?} must be 1 to 5, got {level:?}"))?;
                (skill.trim(), level)
            }
            None => (item, 3),
        };
        if skill.is_empty() || skill.contains(char::is_whitespace) {
            return Err(format!("expected a skill id such as kubernetes, got {skill:?}"));
        }
        skills.push((skill.to_string(), level));
    }
    if skills.is_empty() {
        return Err("expected at least one skill id, such as kubernetes:3,aws".into());
    }
    Ok(SkillLevels(skills))
}

/// Midnight UTC starting `day`.
pub fn start_of_day(day: NaiveDate) -> DateTime<Utc> {
    day.and_time(NaiveTime::MIN).and_utc()
}

/// The last nanosecond of `day` in UTC (the period end is inclusive).
pub fn end_of_day(day: NaiveDate) -> DateTime<Utc> {
    start_of_day(day) + TimeDelta::days(1) - TimeDelta::nanoseconds(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;
    use clap::error::ErrorKind;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("kohtaanto").chain(args.iter().copied()))
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn dates_take_a_day_or_a_month() {
        assert_eq!(parse_since("2026-06-15"), Ok(day(2026, 6, 15)));
        assert_eq!(parse_since("2026-06"), Ok(day(2026, 6, 1)));
        assert_eq!(parse_until("2026-06"), Ok(day(2026, 6, 30)));
        assert_eq!(parse_until("2028-02"), Ok(day(2028, 2, 29)));
        assert_eq!(parse_until("2026-12"), Ok(day(2026, 12, 31)));
        assert!(parse_since("2026-13").is_err());
        assert!(parse_since("2026-6").is_err());
        assert!(parse_since("1.6.2026").is_err());
        assert_eq!(end_of_day(day(2026, 6, 30)).to_rfc3339(), "2026-06-30T23:59:59.999999999+00:00");
        let request = market_request("Uusimaa", "25", Some(day(2026, 6, 1)), None, 5, String::new());
        assert_eq!(request.since.expect("since").seconds, 1_780_272_000);
        assert!(request.until.is_none());
    }

    #[test]
    fn gaps_needs_profile_or_market_and_checks_flags() {
        let cli = parse(&["gaps", "--market", "--region", "Uusimaa", "--since", "2026-06", "--isco", "25"])
            .expect("parses");
        let Command::Gaps(args) = cli.command else { panic!("not gaps") };
        assert!(args.market);
        assert_eq!(args.since, Some(day(2026, 6, 1)));
        assert_eq!(args.isco.as_deref(), Some("25"));
        assert_eq!(args.limit, 20);

        let cli =
            parse(&["gaps", "--profile", "js-1", "--threshold", "0.6", "--region", "A", "--region", "B"])
                .expect("parses");
        let Command::Gaps(args) = cli.command else { panic!("not gaps") };
        assert_eq!(args.profile.as_deref(), Some("js-1"));
        assert_eq!(args.threshold, Some(0.6));
        assert_eq!(args.regions, ["A", "B"]);

        assert_eq!(parse(&["gaps"]).expect_err("no subject").kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            parse(&["gaps", "--profile", "a", "--market"]).expect_err("both").kind(),
            ErrorKind::ArgumentConflict
        );
        assert!(parse(&["gaps", "--profile", "a", "--since", "2026-01"]).is_err(), "--since needs --market");
        assert!(parse(&["gaps", "--market", "--threshold", "0.5"]).is_err(), "--threshold is for --profile");
        assert!(parse(&["gaps", "--market", "--isco", "2a"]).is_err());
    }

    #[test]
    fn programmes_impact_takes_ids_or_skills() {
        let cli = parse(&["programmes", "impact", "--skills", "kubernetes:4, aws", "--region", "Uusimaa"])
            .expect("parses");
        let Command::Programmes { command: ProgrammesCommand::Impact(args) } = cli.command else {
            panic!("not programmes impact")
        };
        assert_eq!(
            args.skills,
            Some(SkillLevels(vec![("kubernetes".to_string(), 4), ("aws".to_string(), 3)]))
        );
        assert_eq!(args.region.as_deref(), Some("Uusimaa"));
        let cli = parse(&["programmes", "impact", "--id", "p1", "--id", "p2"]).expect("parses");
        let Command::Programmes { command: ProgrammesCommand::Impact(args) } = cli.command else {
            panic!("not programmes impact")
        };
        assert_eq!(args.ids, ["p1", "p2"]);
        assert!(parse(&["programmes", "impact", "--id", "p1", "--skills", "go"]).is_err());
        assert!(parse(&["programmes", "impact", "--skills", "go:9"]).is_err());
        assert!(parse(&["programmes", "impact", "--skills", ","]).is_err());
        assert!(parse(&["programmes", "list", "--region", "Lappi"]).is_ok());
        assert!(parse(&["report", "--out", "r.html", "--since", "2026-01", "--region", "Lappi"]).is_ok());
        assert_eq!(parse(&["report"]).expect_err("needs --out").kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn tables_pad_columns_and_keep_details() {
        let mut table = Table::new(&[("#", Align::Right), ("SKILL", Align::Left), ("DEMAND", Align::Right)]);
        table.row(vec!["1".into(), "Kubernetes".into(), "7".into()], vec!["detail".into()]);
        table.row(vec!["10".into(), "Go".into(), "1234567".into()], Vec::new());
        assert_eq!(
            table.render(),
            " #  SKILL        DEMAND\n 1  Kubernetes        7\n    detail\n10  Go          1234567\n"
        );
    }

    #[test]
    fn market_gaps_table_marks_suppressed_counts() {
        let request = market_request("Uusimaa", "", None, None, 20, String::new());
        let response = pb::MarketGapsResponse {
            since: Some(prost_types::Timestamp { seconds: 1_780_272_000, nanos: 0 }),
            until: Some(prost_types::Timestamp { seconds: 1_795_305_599, nanos: 0 }),
            posting_count: 120,
            jobseeker_count: None,
            jobseeker_count_suppressed: true,
            skills: vec![pb::MarketSkillGap {
                skill: "kubernetes".into(),
                skill_label: "Kubernetes".into(),
                demand: 40,
                demand_required: 30,
                demand_nice_to_have: 10,
                supply: None,
                supply_suppressed: true,
                ratio: None,
                gap: 40,
                trend: vec![
                    pb::MonthlyDemand { month: "2026-10".into(), postings: 0 },
                    pb::MonthlyDemand { month: "2026-11".into(), postings: 40 },
                ],
                only_missing: Some(9),
                only_missing_suppressed: false,
            }],
            total_skills: 1,
            k_anonymity: 5,
        };
        let text = render_market_gaps(&request, &response);
        assert!(
            text.starts_with(
                "Market gaps in Uusimaa, 2026-06-01 to 2026-11-21: 120 postings, <5 jobseekers\n"
            )
        );
        assert!(
            text.contains("#  SKILL       DEMAND  REQUIRED  SUPPLY  RATIO  GAP  ONLY MISSING  TREND\n"),
            "{text}"
        );
        assert!(
            text.contains("1  Kubernetes      40        30      <5      -   40             9  ▁█\n"),
            "{text}"
        );
        assert!(text.contains("postings per month, 2026-10 to 2026-11"));
    }

    #[test]
    fn small_helpers() {
        assert_eq!(sparkline(&[0, 1, 2, 4, 8]), "▁▂▃▅█");
        assert_eq!(sparkline(&[0, 0]), "▁▁");
        assert_eq!(sparkline(&[]), "");
        assert_eq!(optional_count(Some(3), true, 5), "<5");
        assert_eq!(optional_count(Some(30), false, 5), "30");
        assert_eq!(optional_count(None, false, 5), "<5");
        assert_eq!(percent(0.8), "80 %");
        assert_eq!(percent(0.725), "72.5 %");
        assert_eq!(truncate(&"word ".repeat(20)).chars().count(), MAX_CELL_CHARS);
    }
}
