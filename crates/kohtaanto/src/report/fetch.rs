//! Filling a [`Report`] from a running server: MarketGaps over all regions and per region,
//! ListProgrammes and ProgrammeImpact. The conversions from the responses are pure functions,
//! tested without a server.

use super::ReportArgs;
use super::model::{Count, ProgrammeImpact, RegionGaps, Report, SkillFigures, Trend, TrendSeries};
use crate::client::Connection;
use crate::gaps::{list_programmes, market_request, programme_impact};
use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use kohtaanto_domain::regions::REGIONS;
use kohtaanto_proto::v1 as pb;
use kohtaanto_taxonomy::Lang;
use std::collections::HashMap;
use tonic::Code;

/// Skills asked for over all regions (the chart shows the first 15, the table all of them).
const OVERALL_SKILLS: i32 = 30;
/// Skills asked for per region.
const REGION_SKILLS: i32 = 6;
/// Lines in the monthly trend chart.
const TREND_SKILLS: usize = 6;

/// Everything the report shows, from the server at `args.server`.
pub async fn fetch(args: &ReportArgs) -> Result<Report> {
    let connection = Connection::connect(&args.server).await?;
    let label_language = args.lang.map(|lang| Lang::from(lang).code().to_string()).unwrap_or_default();
    let isco = args.isco.as_deref().unwrap_or("");
    let market = |region: &str, max_skills: i32| {
        market_request(region, isco, args.since, args.until, max_skills, label_language.clone())
    };
    let market_gaps = |request: pb::MarketGapsRequest| {
        let connection = connection.clone();
        async move {
            connection
                .skill_gaps()
                .market_gaps(request)
                .await
                .map(tonic::Response::into_inner)
                .map_err(|status| connection.call_error("MarketGaps", &status))
        }
    };

    // The demand trend ranks skills by demand, so ask for many skills and keep the top ones.
    let overall = market_gaps(market("", 1_000)).await?;

    let explicit_regions = !args.regions.is_empty();
    let candidates: Vec<String> = if explicit_regions {
        args.regions.clone()
    } else {
        REGIONS.iter().map(|region| region.to_string()).collect()
    };
    let mut regional = Vec::new();
    for region in candidates {
        let response = market_gaps(market(&region, REGION_SKILLS)).await?;
        if explicit_regions || response.posting_count > 0 {
            regional.push((region, response));
        }
    }
    if !explicit_regions {
        // The regions with the most postings; ties in the order of the region list.
        regional.sort_by_key(|(_, response)| std::cmp::Reverse(response.posting_count));
        regional.truncate(usize::from(args.max_regions));
    }

    let programmes = match list_programmes(&connection, pb::ListProgrammesRequest::default()).await {
        Ok(programmes) => programmes,
        Err(error) if is_unimplemented(&error) => {
            eprintln!("warning: the server has no TrainingProgrammes service; the report has no programmes");
            Vec::new()
        }
        Err(error) => return Err(error),
    };
    let impact = if programmes.is_empty() {
        None
    } else {
        let references = programmes
            .iter()
            .map(|programme| pb::ProgrammeRef {
                programme: Some(pb::programme_ref::Programme::ProgrammeId(programme.id.clone())),
            })
            .collect();
        let scope = pb::GapScope { isco_prefix: isco.to_string(), ..Default::default() };
        let sample = args.sample.unwrap_or(0);
        Some(programme_impact(&connection, references, scope, pb::GapThresholds::default(), sample).await?)
    };

    Ok(build(&args.server.server, Utc::now(), args.since, &overall, &regional, &programmes, impact.as_ref()))
}

/// The 95 % interval of an estimated count, as (low, high).
fn interval(interval: &Option<pb::CountInterval>) -> Option<(u32, u32)> {
    interval.as_ref().map(|interval| (interval.low, interval.high))
}

fn is_unimplemented(error: &anyhow::Error) -> bool {
    // `Connection::call_error` words an UNIMPLEMENTED status this way.
    error.to_string().contains("does not implement it")
        || error.downcast_ref::<tonic::Status>().is_some_and(|status| status.code() == Code::Unimplemented)
}

/// The report from the server's answers.
pub fn build(
    source: &str,
    generated_at: DateTime<Utc>,
    since_asked: Option<NaiveDate>,
    overall: &pb::MarketGapsResponse,
    regional: &[(String, pb::MarketGapsResponse)],
    programmes: &[pb::TrainingProgramme],
    impact: Option<&pb::ProgrammeImpactResponse>,
) -> Report {
    let k = overall.k_anonymity;
    let until = timestamp_day(overall.until.as_ref()).unwrap_or_else(|| generated_at.date_naive());
    let since = timestamp_day(overall.since.as_ref()).or(since_asked);
    let by_id: HashMap<&str, &pb::TrainingProgramme> =
        programmes.iter().map(|programme| (programme.id.as_str(), programme)).collect();
    let programme_rows: Vec<ProgrammeImpact> = impact
        .map(|impact| {
            impact
                .results
                .iter()
                .map(|result| {
                    let stored = by_id.get(result.programme_id.as_str());
                    let (seekers, matches) = if result.suppressed {
                        (Count::Suppressed, Count::Suppressed)
                    } else {
                        (count(result.jobseekers_gaining, false), count(result.matches_gained, false))
                    };
                    ProgrammeImpact {
                        id: result.programme_id.clone(),
                        name: if result.name.is_empty() {
                            result.programme_id.clone()
                        } else {
                            result.name.clone()
                        },
                        provider: stored.map(|programme| programme.provider.clone()).unwrap_or_default(),
                        region: stored.map(|programme| programme.region.clone()).unwrap_or_default(),
                        seekers_gaining_match: seekers,
                        matches_gained: matches,
                        seekers_interval: interval(&result.jobseekers_gaining_interval),
                        matches_interval: interval(&result.matches_gained_interval),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Report {
        generated_at,
        data_date: until,
        since,
        until: Some(until),
        k,
        source: source.to_string(),
        posting_count: u64::from(overall.posting_count),
        jobseeker_count: count(overall.jobseeker_count, overall.jobseeker_count_suppressed),
        match_threshold: impact.map(|impact| impact.match_threshold).unwrap_or(0.0),
        sample_one_in: impact.map(|impact| impact.sample_one_in).unwrap_or(0),
        overall: overall.skills.iter().take(OVERALL_SKILLS as usize).map(figures).collect(),
        regions: regional
            .iter()
            .map(|(region, response)| RegionGaps {
                region: region.clone(),
                skills: response.skills.iter().map(figures).collect(),
            })
            .collect(),
        trend: trend(&overall.skills),
        programmes: programme_rows,
    }
}

/// One skill's figures.
fn figures(skill: &pb::MarketSkillGap) -> SkillFigures {
    SkillFigures {
        skill: skill.skill.clone(),
        label: if skill.skill_label.is_empty() { skill.skill.clone() } else { skill.skill_label.clone() },
        demand: Count::Shown(u64::from(skill.demand)),
        supply: count(skill.supply, skill.supply_suppressed),
        only_missing: count(skill.only_missing, skill.only_missing_suppressed),
        gap: skill.gap,
    }
}

/// Monthly demand of the [`TREND_SKILLS`] skills with the most demand (ties by skill id).
fn trend(skills: &[pb::MarketSkillGap]) -> Trend {
    let mut top: Vec<&pb::MarketSkillGap> = skills.iter().collect();
    top.sort_by(|a, b| b.demand.cmp(&a.demand).then_with(|| a.skill.cmp(&b.skill)));
    top.truncate(TREND_SKILLS);
    let Some(first) = top.first() else { return Trend::default() };
    let months: Vec<String> = first.trend.iter().map(|month| month.month.clone()).collect();
    let series = top
        .iter()
        .map(|skill| {
            let by_month: HashMap<&str, u32> =
                skill.trend.iter().map(|month| (month.month.as_str(), month.postings)).collect();
            TrendSeries {
                label: figures(skill).label,
                values: months
                    .iter()
                    .map(|month| Count::Shown(u64::from(by_month.get(month.as_str()).copied().unwrap_or(0))))
                    .collect(),
            }
        })
        .collect();
    Trend { months, series }
}

/// A k-anonymised count from an optional field and its suppressed flag.
fn count(value: Option<u32>, suppressed: bool) -> Count {
    match value {
        Some(value) if !suppressed => Count::Shown(u64::from(value)),
        _ => Count::Suppressed,
    }
}

fn timestamp_day(timestamp: Option<&prost_types::Timestamp>) -> Option<NaiveDate> {
    timestamp.and_then(|timestamp| DateTime::from_timestamp(timestamp.seconds, 0)).map(|at| at.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skill(id: &str, demand: u32, supply: Option<u32>, trend: &[(&str, u32)]) -> pb::MarketSkillGap {
        pb::MarketSkillGap {
            skill: id.into(),
            skill_label: id.to_uppercase(),
            demand,
            demand_required: demand,
            demand_nice_to_have: 0,
            supply,
            supply_suppressed: supply.is_none(),
            ratio: supply.map(|supply| f64::from(demand) / f64::from(supply.max(1))),
            gap: i64::from(demand) - i64::from(supply.unwrap_or(0)),
            trend: trend
                .iter()
                .map(|(month, postings)| pb::MonthlyDemand { month: (*month).into(), postings: *postings })
                .collect(),
            only_missing: None,
            only_missing_suppressed: true,
        }
    }

    #[test]
    fn responses_become_the_report_with_suppression_kept() {
        let overall = pb::MarketGapsResponse {
            since: Some(prost_types::Timestamp { seconds: 1_780_272_000, nanos: 0 }), // 2026-06-01
            until: Some(prost_types::Timestamp { seconds: 1_795_305_599, nanos: 0 }), // 2026-11-21T23:59:59Z
            posting_count: 900,
            jobseeker_count: None,
            jobseeker_count_suppressed: true,
            skills: vec![
                skill("aws", 50, Some(10), &[("2026-10", 20), ("2026-11", 30)]),
                skill("go", 80, None, &[("2026-10", 50), ("2026-11", 30)]),
            ],
            total_skills: 2,
            k_anonymity: 7,
        };
        let interval = |low, high| Some(pb::CountInterval { low, high });
        let impact = pb::ProgrammeImpactResponse {
            results: vec![
                pb::ProgrammeImpactResult {
                    programme_id: "p1".into(),
                    name: "Cloud".into(),
                    rank: 1,
                    jobseekers_gaining: None,
                    matches_gained: None,
                    suppressed: true,
                    regions: Vec::new(),
                    estimated: true,
                    ..Default::default()
                },
                pb::ProgrammeImpactResult {
                    programme_id: "p2".into(),
                    name: "Data".into(),
                    rank: 2,
                    jobseekers_gaining: Some(40),
                    matches_gained: Some(90),
                    estimated: true,
                    jobseekers_gaining_interval: interval(30, 52),
                    matches_gained_interval: interval(70, 111),
                    ..Default::default()
                },
            ],
            sample_one_in: 8,
            match_threshold: 0.8,
            jobseeker_count: Some(100),
            jobseeker_count_suppressed: false,
            posting_count: 900,
            k_anonymity: 7,
            ..Default::default()
        };
        let stored = pb::TrainingProgramme {
            id: "p1".into(),
            name: "Cloud".into(),
            provider: "Omnia".into(),
            region: "Uusimaa".into(),
            ..Default::default()
        };
        let now = "2026-11-22T08:00:00Z".parse().expect("time");
        let report = build("http://x", now, None, &overall, &[], &[stored], Some(&impact));
        assert_eq!(report.k, 7);
        assert_eq!(report.data_date, NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"));
        assert_eq!(report.since, NaiveDate::from_ymd_opt(2026, 6, 1));
        assert_eq!(report.jobseeker_count, Count::Suppressed);
        assert_eq!(report.overall[1].supply, Count::Suppressed);
        assert_eq!(report.overall[0].supply, Count::Shown(10));
        assert_eq!(report.overall[0].only_missing, Count::Suppressed);
        // The trend starts with the skill in most demand.
        assert_eq!(report.trend.months, ["2026-10", "2026-11"]);
        assert_eq!(report.trend.series[0].label, "GO");
        assert_eq!(report.trend.series[1].values, [Count::Shown(20), Count::Shown(30)]);
        assert_eq!(report.programmes[0].provider, "Omnia");
        assert_eq!(report.programmes[0].seekers_gaining_match, Count::Suppressed);
        assert_eq!(report.match_threshold, 0.8);
        // Estimates keep their intervals and say from which sample.
        assert_eq!(report.sample_one_in, 8);
        assert_eq!(
            (report.programmes[0].seekers_interval, report.programmes[0].matches_interval),
            (None, None)
        );
        assert_eq!(report.programmes[1].seekers_gaining_match, Count::Shown(40));
        assert_eq!(report.programmes[1].seekers_interval, Some((30, 52)));
        assert_eq!(report.programmes[1].matches_interval, Some((70, 111)));
    }
}
