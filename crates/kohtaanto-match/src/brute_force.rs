//! The reference ranking: score every document with the direct formula and sort.
//!
//! This is the oracle that the store's indexed top-k is tested against (DESIGN.md section 4:
//! "Top-k is exact"), and the definition of the ranking order that both must follow.

use crate::filters::{passes_posting_filters, passes_profile_filters};
use crate::score::{compact_requirements, compact_skills, coverage, rank_score};
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::{JobPosting, JobseekerProfile, MatchFilters, ProfileSkill, Requirement};
use kohtaanto_taxonomy::Taxonomy;
use std::cmp::Ordering;
use std::ops::Range;

/// One ranked hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// Document id.
    pub id: String,
    /// Quantised coverage ([`rank_score`]).
    pub score: u32,
    /// Coverage.
    pub coverage: f64,
    /// Tie-break time (posted_at or updated_at, unix microseconds).
    pub time: i64,
}

/// The ranking order: higher score first, then newer, then smaller id.
pub fn ranking_order(a: (u32, i64, &str), b: (u32, i64, &str)) -> Ordering {
    b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then_with(|| a.2.cmp(b.2))
}

/// Is this a hit at all: some credit, and at least the caller's minimum coverage.
pub fn is_hit(coverage: f64, filters: &MatchFilters) -> bool {
    rank_score(coverage) > 0 && coverage >= filters.min_coverage
}

fn page(mut hits: Vec<Ranked>, window: Range<usize>) -> (Vec<Ranked>, usize) {
    hits.sort_by(|a, b| ranking_order((a.score, a.time, &a.id), (b.score, b.time, &b.id)));
    let total = hits.len();
    (hits.into_iter().skip(window.start).take(window.len()).collect(), total)
}

/// Postings for a profile, best first: `(hits at positions window, total number of hits)`.
pub fn top_postings(
    taxonomy: &Taxonomy,
    profile: &JobseekerProfile,
    profile_skills: &[ProfileSkill],
    postings: &[(&JobPosting, &[Requirement])],
    filters: &MatchFilters,
    now: DateTime<Utc>,
    window: Range<usize>,
) -> (Vec<Ranked>, usize) {
    let skills = compact_skills(taxonomy, profile_skills);
    let hits = postings
        .iter()
        .filter(|(posting, _)| passes_posting_filters(posting, profile, filters, now))
        .filter_map(|(posting, requirements)| {
            let requirements = compact_requirements(taxonomy, requirements);
            let coverage = coverage(taxonomy, &requirements, &skills, now.year());
            is_hit(coverage, filters).then(|| Ranked {
                id: posting.id.clone(),
                score: rank_score(coverage),
                coverage,
                time: posting.posted_at.timestamp_micros(),
            })
        })
        .collect();
    page(hits, window)
}

/// Profiles for a posting, best first: `(hits at positions window, total number of hits)`.
pub fn top_profiles(
    taxonomy: &Taxonomy,
    posting: &JobPosting,
    posting_requirements: &[Requirement],
    profiles: &[(&JobseekerProfile, &[ProfileSkill])],
    filters: &MatchFilters,
    now: DateTime<Utc>,
    window: Range<usize>,
) -> (Vec<Ranked>, usize) {
    let requirements = compact_requirements(taxonomy, posting_requirements);
    let hits = profiles
        .iter()
        .filter(|(profile, _)| passes_profile_filters(profile, posting, filters))
        .filter_map(|(profile, skills)| {
            let skills = compact_skills(taxonomy, skills);
            let coverage = coverage(taxonomy, &requirements, &skills, now.year());
            is_hit(coverage, filters).then(|| Ranked {
                id: profile.id.clone(),
                score: rank_score(coverage),
                coverage,
                time: profile.updated_at.timestamp_micros(),
            })
        })
        .collect();
    page(hits, window)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_score_then_newer_then_id() {
        let mut v = vec![(5, 1, "b"), (5, 2, "c"), (7, 0, "z"), (5, 1, "a")];
        v.sort_by(|a, b| ranking_order(*a, *b));
        assert_eq!(v, vec![(7, 0, "z"), (5, 2, "c"), (5, 1, "a"), (5, 1, "b")]);
    }
}
