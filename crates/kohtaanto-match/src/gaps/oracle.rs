//! The reference answers: nested loops over full domain records with the direct formula of
//! [`crate::score`] and the domain filters of [`crate::filters`]. Quadratic and slow, and
//! obviously correct; tests compare the engine with it exactly.

use super::{learn, taught_skills};
use crate::filters::{exclusions, isco_ok, passes_posting_filters, region_key};
use crate::score::{CompactSkill, compact_requirements, compact_skills, coverage, explain};
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::{
    Importance, JobPosting, JobseekerProfile, MatchFilters, Outcome, ProfileSkill, Requirement,
    TrainingProgramme,
};
use kohtaanto_taxonomy::Taxonomy;
use std::collections::{BTreeMap, BTreeSet};

/// A posting with its effective requirements.
pub type PostingRecord = (JobPosting, Vec<Requirement>);
/// A profile with its effective skills.
pub type ProfileRecord = (JobseekerProfile, Vec<ProfileSkill>);

/// A near miss: (posting id, coverage, [(skill, credit, coverage if learned)]).
pub type OracleNearMiss = (String, f64, Vec<(String, f64, f64)>);

/// Reference ProfileGaps (uncut).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OracleProfileGaps {
    /// Matches now.
    pub match_count: u32,
    /// Near misses: (posting id, coverage, [(skill, credit, coverage if learned)]), unsorted.
    pub near_misses: Vec<OracleNearMiss>,
    /// Per skill: (matches gained, level needed).
    pub gains: BTreeMap<String, (u32, u8)>,
    /// Per programme id that teaches one of `teaching`: matches gained.
    pub programmes: BTreeMap<String, u32>,
}

fn learned(mut skills: Vec<CompactSkill>, taught: &[(u32, u8)]) -> Vec<CompactSkill> {
    for &(skill, level) in taught {
        learn(&mut skills, skill, level);
    }
    skills
}

/// Reference ProfileGaps. `teaching`: skill ids whose programmes are assessed.
#[allow(clippy::too_many_arguments)]
pub fn profile_gaps(
    taxonomy: &Taxonomy,
    postings: &[PostingRecord],
    profile: &ProfileRecord,
    filters: &MatchFilters,
    t: f64,
    near: f64,
    now: DateTime<Utc>,
    programmes: &[TrainingProgramme],
    teaching: &BTreeSet<String>,
) -> OracleProfileGaps {
    let year = now.year();
    let skills = compact_skills(taxonomy, &profile.1);
    let mut out = OracleProfileGaps::default();
    let mut open = Vec::new();
    for (posting, effective) in postings {
        if !passes_posting_filters(posting, &profile.0, filters, now) {
            continue;
        }
        let requirements = compact_requirements(taxonomy, effective);
        let explanation = explain(taxonomy, &requirements, &skills, year);
        let now_coverage = coverage(taxonomy, &requirements, &skills, year);
        assert_eq!(now_coverage.to_bits(), explanation.coverage.to_bits());
        if now_coverage >= t {
            out.match_count += 1;
            continue;
        }
        open.push(requirements.clone());
        let mut gaps = Vec::new();
        for (requirement, credit) in requirements.iter().zip(&explanation.requirements) {
            if credit.credit >= 1.0 {
                continue;
            }
            let held = skills.iter().find(|s| s.skill == requirement.skill).map_or(0, |s| s.level);
            let after_skills =
                learned(skills.clone(), &[(requirement.skill, held.max(requirement.min_level))]);
            let after = coverage(taxonomy, &requirements, &after_skills, year);
            if after >= t {
                let entry = out.gains.entry(credit.skill.clone()).or_insert((0, 0));
                entry.0 += 1;
                entry.1 = entry.1.max(requirement.min_level);
            }
            gaps.push((credit.skill.clone(), credit.credit, after));
        }
        if now_coverage >= near {
            out.near_misses.push((posting.id.clone(), now_coverage, gaps));
        }
    }
    for programme in programmes {
        if !programme.skills.iter().any(|s| teaching.contains(&s.skill)) {
            continue;
        }
        let after_skills = learned(skills.clone(), &taught_skills(taxonomy, programme));
        let gained = open
            .iter()
            .filter(|requirements| coverage(taxonomy, requirements, &after_skills, year) >= t)
            .count();
        out.programmes.insert(programme.id.clone(), gained as u32);
    }
    out
}

fn posting_in(posting: &JobPosting, region: Option<&str>, isco_prefix: Option<&str>) -> bool {
    let isco = posting.occupation.as_ref().map_or("", |o| o.isco_code.as_str());
    let prefixes: Vec<String> = isco_prefix.iter().map(|p| p.to_string()).collect();
    region.is_none_or(|r| region_key(r) == region_key(&posting.region)) && isco_ok(isco, &prefixes)
}

fn profile_in(profile: &JobseekerProfile, region: Option<&str>, coach: Option<&str>) -> bool {
    coach.is_none_or(|c| c == profile.coach_id)
        && region.is_none_or(|r| {
            profile.accepted_regions.is_empty()
                || profile.accepted_regions.iter().any(|a| region_key(a) == region_key(r))
        })
}

/// (demand, required, nice to have, supply, only missing, trend).
pub type MarketRow = (u32, u32, u32, u32, u32, Vec<u32>);

/// Reference per-skill market counts: skill -> (demand, required, nice, supply, only missing,
/// trend), with (demand postings, jobseekers in scope).
#[allow(clippy::type_complexity, clippy::too_many_arguments)]
pub fn market_gaps(
    taxonomy: &Taxonomy,
    postings: &[PostingRecord],
    profiles: &[ProfileRecord],
    region: Option<&str>,
    isco_prefix: Option<&str>,
    coach: Option<&str>,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    now: DateTime<Utc>,
    supply_min_level: u8,
    supply_recent_years: i32,
) -> (BTreeMap<String, MarketRow>, u32, u32) {
    let months = super::market::months_between(since, until);
    let demand: Vec<&PostingRecord> = postings
        .iter()
        .filter(|(p, _)| {
            posting_in(p, region, isco_prefix)
                && p.posted_at >= since
                && p.posted_at <= until
                && !p.is_expired(until)
        })
        .collect();
    let scoped: Vec<&ProfileRecord> = profiles.iter().filter(|(p, _)| profile_in(p, region, coach)).collect();
    let mut out: BTreeMap<String, MarketRow> = BTreeMap::new();
    for (posting, effective) in &demand {
        let month = months
            .iter()
            .position(|&(y, m)| y == posting.posted_at.year() && m == posting.posted_at.month())
            .unwrap_or(0);
        for r in compact_requirements(taxonomy, effective) {
            let row = out.entry(taxonomy.skill(r.skill).id.clone()).or_insert((
                0,
                0,
                0,
                0,
                0,
                vec![0; months.len()],
            ));
            row.0 += 1;
            if r.importance == Importance::Required {
                row.1 += 1;
            } else {
                row.2 += 1;
            }
            row.5[month] += 1;
        }
    }
    for row in out.iter_mut() {
        let skill = taxonomy.index_of(row.0).unwrap_or(0);
        row.1.3 = scoped
            .iter()
            .filter(|(_, effective)| {
                compact_skills(taxonomy, effective).iter().any(|s| {
                    s.skill == skill
                        && super::market::is_supply(
                            s.level,
                            s.last_used_year,
                            now.year(),
                            supply_min_level,
                            supply_recent_years,
                        )
                })
            })
            .count() as u32;
    }
    let mut only: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (profile, effective) in &scoped {
        let skills = compact_skills(taxonomy, effective);
        for (posting, requirements) in &demand {
            if !exclusions(posting, profile, until).is_empty() {
                continue;
            }
            let requirements = compact_requirements(taxonomy, requirements);
            let explanation = explain(taxonomy, &requirements, &skills, now.year());
            let missing: Vec<&str> = explanation
                .requirements
                .iter()
                .filter(|c| c.importance == Importance::Required && c.outcome == Outcome::Missing)
                .map(|c| c.skill.as_str())
                .collect();
            if missing.len() == 1 {
                only.entry(missing[0].to_string()).or_default().insert(profile.id.clone());
            }
        }
    }
    for (skill, people) in only {
        if let Some(row) = out.get_mut(&skill) {
            row.4 = people.len() as u32;
        }
    }
    (out, demand.len() as u32, scoped.len() as u32)
}

/// Reference programme impact: (jobseekers gaining, matches gained, region -> (jobseekers,
/// matches)).
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
pub fn programme_impact(
    taxonomy: &Taxonomy,
    postings: &[PostingRecord],
    profiles: &[ProfileRecord],
    region: Option<&str>,
    isco_prefix: Option<&str>,
    coach: Option<&str>,
    taught: &[(u32, u8)],
    t: f64,
    now: DateTime<Utc>,
) -> (u32, u32, BTreeMap<String, (u32, u32)>) {
    let year = now.year();
    let mut people = BTreeSet::new();
    let mut matches = 0;
    let mut regions: BTreeMap<String, (BTreeSet<String>, u32)> = BTreeMap::new();
    for (profile, effective) in profiles.iter().filter(|(p, _)| profile_in(p, region, coach)) {
        let before = compact_skills(taxonomy, effective);
        let after = learned(before.clone(), taught);
        for (posting, requirements) in postings {
            if !posting_in(posting, region, isco_prefix) || !exclusions(posting, profile, now).is_empty() {
                continue;
            }
            let requirements = compact_requirements(taxonomy, requirements);
            if coverage(taxonomy, &requirements, &before, year) < t
                && coverage(taxonomy, &requirements, &after, year) >= t
            {
                people.insert(profile.id.clone());
                matches += 1;
                let cell = regions.entry(posting.region.clone()).or_default();
                cell.0.insert(profile.id.clone());
                cell.1 += 1;
            }
        }
    }
    (people.len() as u32, matches, regions.into_iter().map(|(r, (p, m))| (r, (p.len() as u32, m))).collect())
}
