//! `kohtaanto match`: ranked job postings for a profile, or profiles for a posting, as a
//! readable table with the explanation of every hit, or as JSON lines.
//!
//! # Table format
//! ```text
//! Job postings for profile js-0000001: 2 of 523, best first
//!
//! #  COVERAGE  POSTING     TITLE                    EMPLOYER     REGION
//! 1    87.5 %  job-000123  Senior Python Developer  Futurice Oy  Uusimaa (hybrid)
//!      ✓ matched: Python, Docker
//!      ~ partial: Kubernetes (via Docker, similarity 0.40)
//!      ✗ missing: AWS, Terraform (nice to have)
//! 2    50.0 %  job-000042  ...
//! ```
//! Partial credit says which profile skill gave it and why it is not full: `via X, similarity
//! S` (another skill), `level L/M` (below the minimum level), `recency R` (not used lately).

use crate::cli::{MatchArgs, RecordKind};
use crate::client::Connection;
use anyhow::{Result, bail};
use kohtaanto_domain::JobPosting;
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::job_posting_from_proto;
use kohtaanto_taxonomy::Lang;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write;

/// Widest title, employer and region shown; longer ones end in `…`.
const MAX_TITLE_CHARS: usize = 44;
const MAX_EMPLOYER_CHARS: usize = 28;
const MAX_REGION_CHARS: usize = 28;

/// Runs `kohtaanto match`.
pub async fn run(args: &MatchArgs) -> Result<()> {
    let (kind, subject_id) = match (&args.profile, &args.posting) {
        (Some(profile), None) => (RecordKind::Postings, profile.clone()),
        (None, Some(posting)) => (RecordKind::Profiles, posting.clone()),
        // clap's argument group makes exactly one of them present.
        _ => bail!("give exactly one of --profile and --posting"),
    };
    let connection = Connection::connect(&args.server).await?;
    let filters = pb::MatchFilters {
        regions: args.regions.clone(),
        min_coverage: args.min_coverage.unwrap_or(0.0),
        include_expired: args.include_expired,
        ..Default::default()
    };
    let label_language = args.lang.map(|lang| Lang::from(lang).code().to_string()).unwrap_or_default();
    let text = match kind {
        RecordKind::Postings => {
            let request = pb::MatchJobPostingsRequest {
                subject: Some(pb::match_job_postings_request::Subject::ProfileId(subject_id.clone())),
                filters: Some(filters),
                page_size: args.limit,
                page_token: String::new(),
                label_language,
            };
            let response = connection
                .matching()
                .match_job_postings(request)
                .await
                .map_err(|status| connection.call_error("MatchJobPostings", &status))?
                .into_inner();
            if args.json {
                posting_matches_json(&response)
            } else {
                render_posting_matches(&subject_id, &response)
            }
        }
        RecordKind::Profiles => {
            let request = pb::MatchProfilesRequest {
                subject: Some(pb::match_profiles_request::Subject::JobPostingId(subject_id.clone())),
                filters: Some(filters),
                page_size: args.limit,
                page_token: String::new(),
                label_language,
            };
            let response = connection
                .matching()
                .match_profiles(request)
                .await
                .map_err(|status| connection.call_error("MatchProfiles", &status))?
                .into_inner();
            if args.json {
                profile_matches_json(&response)
            } else {
                render_profile_matches(&subject_id, &response)
            }
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The table of job postings ranked for profile `profile_id`.
pub fn render_posting_matches(profile_id: &str, response: &pb::MatchJobPostingsResponse) -> String {
    if response.matches.is_empty() {
        return format!("No job postings match profile {profile_id}.\n");
    }
    let header = format!(
        "Job postings for profile {profile_id}: {} of {}, best first\n",
        response.matches.len(),
        response.total_size.max(0)
    );
    let rows = response
        .matches
        .iter()
        .map(|hit| {
            let posting = hit.job_posting.clone().unwrap_or_default();
            Row {
                coverage: hit.coverage,
                cells: vec![
                    posting.id.clone(),
                    truncate(&posting.title, MAX_TITLE_CHARS),
                    truncate(&posting.employer, MAX_EMPLOYER_CHARS),
                    truncate(&region_of(&posting), MAX_REGION_CHARS),
                ],
                explanation: hit.explanation.clone().unwrap_or_default(),
            }
        })
        .collect::<Vec<_>>();
    header + "\n" + &render_table(&["POSTING", "TITLE", "EMPLOYER", "REGION"], &rows)
}

/// The table of profiles ranked for job posting `posting_id`.
pub fn render_profile_matches(posting_id: &str, response: &pb::MatchProfilesResponse) -> String {
    if response.matches.is_empty() {
        return format!("No profiles match job posting {posting_id}.\n");
    }
    let header = format!(
        "Profiles for job posting {posting_id}: {} of {}, best first\n",
        response.matches.len(),
        response.total_size.max(0)
    );
    let rows = response
        .matches
        .iter()
        .map(|hit| Row {
            coverage: hit.coverage,
            cells: vec![hit.profile_id.clone(), hit.coach_id.clone()],
            explanation: hit.explanation.clone().unwrap_or_default(),
        })
        .collect::<Vec<_>>();
    header + "\n" + &render_table(&["PROFILE", "COACH"], &rows)
}

/// One ranked hit: coverage, the text cells after it, and its explanation.
struct Row {
    coverage: f64,
    cells: Vec<String>,
    explanation: pb::MatchExplanation,
}

/// Rank and coverage columns, then `headers` with the rows' cells, each row followed by its
/// explanation lines. Columns are padded to their widest cell (in chars); the last one is not.
fn render_table(headers: &[&str], rows: &[Row]) -> String {
    let rank_width = rows.len().to_string().len().max(1);
    let mut widths: Vec<usize> = headers.iter().map(|header| header.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(&row.cells) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |rank: &str, coverage: &str, cells: &[&str]| {
        let mut text = format!("{rank:>rank_width$}  {coverage:>8}");
        for (cell, width) in cells.iter().zip(&widths) {
            let _ = write!(text, "  {cell:<width$}");
        }
        text.trim_end().to_string() + "\n"
    };
    let mut out = line("#", "COVERAGE", headers);
    let indent = " ".repeat(rank_width + 2 + 2);
    for (index, row) in rows.iter().enumerate() {
        let cells: Vec<&str> = row.cells.iter().map(String::as_str).collect();
        out += &line(&(index + 1).to_string(), &format_coverage(row.coverage), &cells);
        for explanation in explanation_lines(&row.explanation) {
            out += &indent;
            out += &explanation;
            out.push('\n');
        }
    }
    out
}

/// Coverage in [0, 1] as a percentage with one decimal: `87.5 %`.
pub fn format_coverage(coverage: f64) -> String {
    format!("{:.1} %", (coverage * 100.0).clamp(0.0, 100.0))
}

/// The explanation lines of a hit: matched, partial and missing requirements (lists that are
/// empty are left out).
pub fn explanation_lines(explanation: &pb::MatchExplanation) -> Vec<String> {
    let mut lines = Vec::new();
    if !explanation.matched.is_empty() {
        let labels: Vec<&str> = explanation.matched.iter().map(label_of).collect();
        lines.push(format!("✓ matched: {}", labels.join(", ")));
    }
    if !explanation.partial.is_empty() {
        let items: Vec<String> = explanation.partial.iter().map(describe_partial).collect();
        lines.push(format!("~ partial: {}", items.join(", ")));
    }
    if !explanation.missing.is_empty() {
        let items: Vec<String> = explanation
            .missing
            .iter()
            .map(|credit| {
                if credit.importance() == pb::Importance::NiceToHave {
                    format!("{} (nice to have)", label_of(credit))
                } else {
                    label_of(credit).to_string()
                }
            })
            .collect();
        lines.push(format!("✗ missing: {}", items.join(", ")));
    }
    lines
}

/// `Kubernetes (via Docker, similarity 0.40)`, `Python (level 2/4)`, `Java (recency 0.64)`.
fn describe_partial(credit: &pb::RequirementCredit) -> String {
    const FULL: f64 = 1.0 - 1e-9;
    let mut reasons = Vec::new();
    if !credit.via_skill.is_empty() && credit.via_skill != credit.skill {
        let via = if credit.via_skill_label.is_empty() { &credit.via_skill } else { &credit.via_skill_label };
        reasons.push(format!("via {via}"));
        reasons.push(format!("similarity {:.2}", credit.similarity));
    }
    if credit.level_factor < FULL {
        reasons.push(format!("level {}/{}", credit.via_level, credit.min_level));
    }
    if credit.recency_factor < FULL {
        reasons.push(format!("recency {:.2}", credit.recency_factor));
    }
    if reasons.is_empty() {
        reasons.push(format!("credit {:.2}", credit.credit));
    }
    format!("{} ({})", label_of(credit), reasons.join(", "))
}

/// The label of a required skill, or its id when the server gave no label.
fn label_of(credit: &pb::RequirementCredit) -> &str {
    if credit.skill_label.is_empty() { &credit.skill } else { &credit.skill_label }
}

/// `Uusimaa`, `Uusimaa (hybrid)`, `remote`.
fn region_of(posting: &pb::JobPosting) -> String {
    let mode = match posting.work_mode() {
        pb::WorkMode::Remote => Some("remote"),
        pb::WorkMode::Hybrid => Some("hybrid"),
        pb::WorkMode::Onsite | pb::WorkMode::Unspecified => None,
    };
    match (posting.region.is_empty(), mode) {
        (true, Some(mode)) => mode.to_string(),
        (false, Some(mode)) => format!("{} ({mode})", posting.region),
        (_, None) => posting.region.clone(),
    }
}

/// At most `max` chars, the last one `…` when cut; line breaks become spaces.
fn truncate(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// One JSON line per hit of MatchJobPostings.
pub fn posting_matches_json(response: &pb::MatchJobPostingsResponse) -> String {
    let mut out = String::new();
    for (index, hit) in response.matches.iter().enumerate() {
        let posting = hit.job_posting.clone().unwrap_or_default();
        let id = posting.id.clone();
        let record = job_posting_from_proto(posting).ok();
        let line = HitJson {
            rank: index + 1,
            job_posting_id: Some(id),
            profile_id: None,
            coach_id: None,
            coverage: hit.coverage,
            job_posting: record,
            explanation: ExplanationJson::from(hit.explanation.as_ref()),
        };
        out += &serde_json::to_string(&line).unwrap_or_default();
        out.push('\n');
    }
    out
}

/// One JSON line per hit of MatchProfiles.
pub fn profile_matches_json(response: &pb::MatchProfilesResponse) -> String {
    let mut out = String::new();
    for (index, hit) in response.matches.iter().enumerate() {
        let line = HitJson {
            rank: index + 1,
            job_posting_id: None,
            profile_id: Some(hit.profile_id.clone()),
            coach_id: Some(hit.coach_id.clone()),
            coverage: hit.coverage,
            job_posting: None,
            explanation: ExplanationJson::from(hit.explanation.as_ref()),
        };
        out += &serde_json::to_string(&line).unwrap_or_default();
        out.push('\n');
    }
    out
}

/// One hit as a JSON line, keys in this order (serde_json would sort a map's keys).
#[derive(Serialize)]
struct HitJson<'a> {
    rank: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_posting_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    coach_id: Option<String>,
    coverage: f64,
    #[serde(flatten)]
    explanation: ExplanationJson<'a>,
    /// The posting in the domain format (MatchJobPostings only), last as it is long.
    #[serde(skip_serializing_if = "Option::is_none")]
    job_posting: Option<JobPosting>,
}

/// The `matched`, `partial` and `missing` lists of a hit.
#[derive(Serialize)]
struct ExplanationJson<'a> {
    matched: Vec<CreditJson<'a>>,
    partial: Vec<CreditJson<'a>>,
    missing: Vec<CreditJson<'a>>,
}

impl<'a> From<Option<&'a pb::MatchExplanation>> for ExplanationJson<'a> {
    fn from(explanation: Option<&'a pb::MatchExplanation>) -> ExplanationJson<'a> {
        let credits = |credits: &'a [pb::RequirementCredit]| credits.iter().map(credit_json).collect();
        match explanation {
            Some(explanation) => ExplanationJson {
                matched: credits(&explanation.matched),
                partial: credits(&explanation.partial),
                missing: credits(&explanation.missing),
            },
            None => ExplanationJson { matched: Vec::new(), partial: Vec::new(), missing: Vec::new() },
        }
    }
}

/// A requirement credit as JSON; the `via_*` fields and factors only when some profile skill
/// gave credit.
#[derive(Serialize)]
struct CreditJson<'a> {
    skill: &'a str,
    label: &'a str,
    importance: &'static str,
    min_level: u32,
    weight: f64,
    credit: f64,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    via: Option<ViaJson<'a>>,
}

/// The profile skill that gave credit, and the factors of the credit.
#[derive(Serialize)]
struct ViaJson<'a> {
    via_skill: &'a str,
    via_label: &'a str,
    via_level: u32,
    similarity: f64,
    level_factor: f64,
    recency_factor: f64,
}

fn credit_json(credit: &pb::RequirementCredit) -> CreditJson<'_> {
    let importance = match credit.importance() {
        pb::Importance::Required => "required",
        pb::Importance::NiceToHave => "nice_to_have",
        pb::Importance::Unspecified => "unspecified",
    };
    let via = (!credit.via_skill.is_empty()).then(|| ViaJson {
        via_skill: &credit.via_skill,
        via_label: if credit.via_skill_label.is_empty() {
            &credit.via_skill
        } else {
            &credit.via_skill_label
        },
        via_level: credit.via_level,
        similarity: credit.similarity,
        level_factor: credit.level_factor,
        recency_factor: credit.recency_factor,
    });
    CreditJson {
        skill: &credit.skill,
        label: label_of(credit),
        importance,
        min_level: credit.min_level,
        weight: credit.weight,
        credit: credit.credit,
        via,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn credit(skill: &str, label: &str, outcome: pb::Outcome) -> pb::RequirementCredit {
        let full = outcome == pb::Outcome::Matched;
        pb::RequirementCredit {
            skill: skill.into(),
            skill_label: label.into(),
            importance: pb::Importance::Required.into(),
            min_level: 1,
            weight: 1.0,
            credit: if full { 1.0 } else { 0.0 },
            outcome: outcome.into(),
            via_skill: if full { skill.into() } else { String::new() },
            via_skill_label: if full { label.into() } else { String::new() },
            via_level: if full { 3 } else { 0 },
            similarity: if full { 1.0 } else { 0.0 },
            level_factor: if full { 1.0 } else { 0.0 },
            recency_factor: if full { 1.0 } else { 0.0 },
        }
    }

    fn explanation() -> pb::MatchExplanation {
        let kubernetes = pb::RequirementCredit {
            credit: 0.4,
            outcome: pb::Outcome::Partial.into(),
            via_skill: "docker".into(),
            via_skill_label: "Docker".into(),
            via_level: 3,
            similarity: 0.4,
            level_factor: 1.0,
            recency_factor: 1.0,
            ..credit("kubernetes", "Kubernetes", pb::Outcome::Partial)
        };
        let terraform = pb::RequirementCredit {
            importance: pb::Importance::NiceToHave.into(),
            ..credit("terraform", "Terraform", pb::Outcome::Missing)
        };
        pb::MatchExplanation {
            coverage: 0.875,
            matched: vec![
                credit("python", "Python", pb::Outcome::Matched),
                credit("docker", "Docker", pb::Outcome::Matched),
            ],
            partial: vec![kubernetes],
            missing: vec![credit("aws", "AWS", pb::Outcome::Missing), terraform],
        }
    }

    fn posting_response() -> pb::MatchJobPostingsResponse {
        let posting =
            |id: &str, title: &str, employer: &str, region: &str, mode: pb::WorkMode| pb::JobPosting {
                id: id.into(),
                title: title.into(),
                employer: employer.into(),
                region: region.into(),
                work_mode: mode.into(),
                ..Default::default()
            };
        pb::MatchJobPostingsResponse {
            matches: vec![
                pb::JobPostingMatch {
                    job_posting: Some(posting(
                        "job-000123",
                        "Senior Python Developer",
                        "Futurice Oy",
                        "Uusimaa",
                        pb::WorkMode::Hybrid,
                    )),
                    coverage: 0.875,
                    explanation: Some(explanation()),
                },
                pb::JobPostingMatch {
                    job_posting: Some(posting(
                        "job-42",
                        "Ohjelmistokehittäjä",
                        "Sähkö Oy",
                        "",
                        pb::WorkMode::Remote,
                    )),
                    coverage: 0.5,
                    explanation: Some(pb::MatchExplanation {
                        coverage: 0.5,
                        matched: vec![credit("java", "Java", pb::Outcome::Matched)],
                        missing: vec![credit("sql", "SQL", pb::Outcome::Missing)],
                        ..Default::default()
                    }),
                },
            ],
            next_page_token: String::new(),
            total_size: 523,
        }
    }

    #[test]
    fn posting_table_has_aligned_columns_and_explanations() {
        let text = render_posting_matches("js-0000001", &posting_response());
        let expected = "\
Job postings for profile js-0000001: 2 of 523, best first

#  COVERAGE  POSTING     TITLE                    EMPLOYER     REGION
1    87.5 %  job-000123  Senior Python Developer  Futurice Oy  Uusimaa (hybrid)
     ✓ matched: Python, Docker
     ~ partial: Kubernetes (via Docker, similarity 0.40)
     ✗ missing: AWS, Terraform (nice to have)
2    50.0 %  job-42      Ohjelmistokehittäjä      Sähkö Oy     remote
     ✓ matched: Java
     ✗ missing: SQL
";
        assert_eq!(text, expected);
    }

    #[test]
    fn profile_table_and_empty_results() {
        let response = pb::MatchProfilesResponse {
            matches: (0..10)
                .map(|i| pb::ProfileMatch {
                    profile_id: format!("js-{i}"),
                    coach_id: if i == 0 { "coach-1".into() } else { String::new() },
                    coverage: 1.0 - f64::from(i) / 10.0,
                    explanation: None,
                })
                .collect(),
            next_page_token: "next".into(),
            total_size: 10,
        };
        let text = render_profile_matches("job-1", &response);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Profiles for job posting job-1: 10 of 10, best first");
        assert_eq!(lines[2], " #  COVERAGE  PROFILE  COACH");
        assert_eq!(lines[3], " 1   100.0 %  js-0     coach-1");
        assert_eq!(lines[12], "10    10.0 %  js-9");

        let empty = pb::MatchProfilesResponse::default();
        assert_eq!(render_profile_matches("job-1", &empty), "No profiles match job posting job-1.\n");
        let empty = pb::MatchJobPostingsResponse::default();
        assert_eq!(render_posting_matches("js-1", &empty), "No job postings match profile js-1.\n");
    }

    #[test]
    fn partial_credit_says_why() {
        let lower_level = pb::RequirementCredit {
            outcome: pb::Outcome::Partial.into(),
            via_skill: "python".into(),
            via_skill_label: "Python".into(),
            via_level: 2,
            min_level: 4,
            similarity: 1.0,
            level_factor: 0.5,
            recency_factor: 0.64,
            credit: 0.32,
            ..credit("python", "Python", pb::Outcome::Partial)
        };
        assert_eq!(describe_partial(&lower_level), "Python (level 2/4, recency 0.64)");
        let unlabelled = pb::RequirementCredit { skill_label: String::new(), ..lower_level };
        assert!(describe_partial(&unlabelled).starts_with("python ("));
    }

    #[test]
    fn coverage_and_truncation() {
        assert_eq!(format_coverage(0.875), "87.5 %");
        assert_eq!(format_coverage(1.0), "100.0 %");
        assert_eq!(format_coverage(0.0), "0.0 %");
        assert_eq!(format_coverage(0.12345), "12.3 %");
        assert_eq!(truncate("Ohjelmistokehittäjä", 10), "Ohjelmist…");
        assert_eq!(truncate("a\nb", 10), "a b");
    }

    #[test]
    fn json_lines_carry_the_explanation() {
        let text = posting_matches_json(&posting_response());
        assert!(
            text.starts_with(
                "{\"rank\":1,\"job_posting_id\":\"job-000123\",\"coverage\":0.875,\"matched\":\
                 [{\"skill\":\"python\",\"label\":\"Python\",\"importance\":\"required\",\"min_level\":1,"
            ),
            "keys keep their order: {text}"
        );
        let lines: Vec<Value> = text.lines().map(|line| serde_json::from_str(line).expect("json")).collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["rank"], 1);
        assert_eq!(lines[0]["job_posting_id"], "job-000123");
        assert_eq!(lines[0]["coverage"], 0.875);
        assert_eq!(lines[0]["matched"][1]["skill"], "docker");
        assert_eq!(lines[0]["partial"][0]["via_skill"], "docker");
        assert_eq!(lines[0]["missing"][1]["importance"], "nice_to_have");
        assert!(lines[0]["missing"][0].get("via_skill").is_none());

        let response = pb::MatchProfilesResponse {
            matches: vec![pb::ProfileMatch {
                profile_id: "js-1".into(),
                coach_id: "c".into(),
                coverage: 0.25,
                explanation: Some(explanation()),
            }],
            ..Default::default()
        };
        let line: Value = serde_json::from_str(profile_matches_json(&response).trim()).expect("json");
        assert_eq!(line["profile_id"], "js-1");
        assert_eq!(line["partial"][0]["similarity"], 0.4);
    }
}
