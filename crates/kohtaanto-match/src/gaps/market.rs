//! MarketGaps: per skill demand (postings), supply (jobseekers) and the number of jobseekers
//! for whom it is the only missing required skill of some posting.
//!
//! Demand and supply are single passes. "Only missing" is a pairwise question answered per
//! posting: with `n >= 2` required requirements, a profile missing exactly one credits at least
//! one of any two of them, so the candidates are the profiles crediting either of the two
//! rarest; each candidate is verified with a bit mask of the required requirements its skills
//! credit. With `n == 1`, every profile passing the filters and not crediting that skill
//! qualifies: those are whole-set operations on bitsets, done once per (skill, filter class).

use super::snapshot::{GapPosting, GapProfile, Scope, ScopeKeys, Snapshot, micros, pair_ok};
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::Importance;
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// What to compute.
#[derive(Debug, Clone)]
pub struct MarketQuery {
    /// Region, occupation group, coach.
    pub scope: Scope,
    /// Start of the period (inclusive).
    pub since: DateTime<Utc>,
    /// End of the period (inclusive); demand postings must not be expired at it.
    pub until: DateTime<Utc>,
    /// The present (its year measures staleness).
    pub now: DateTime<Utc>,
    /// Lowest level counted as supply.
    pub supply_min_level: u8,
    /// Years within which a skill counts as supply.
    pub supply_recent_years: i32,
}

/// Raw counts of one skill.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SkillMarket {
    /// Skill.
    pub skill: SkillIndex,
    /// Demand postings with a requirement on it.
    pub demand: u32,
    /// Of which REQUIRED.
    pub demand_required: u32,
    /// Of which NICE_TO_HAVE.
    pub demand_nice_to_have: u32,
    /// Jobseekers in scope holding it at a useful level, not stale.
    pub supply: u32,
    /// Jobseekers in scope for whom it is the only missing required skill of some demand posting.
    pub only_missing: u32,
    /// Demand per month of the period, oldest first.
    pub trend: Vec<u32>,
}

/// Raw answer (not k-anonymised: see [`super::kanon`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MarketGaps {
    /// Months of the period as (year, month), oldest first.
    pub months: Vec<(i32, u32)>,
    /// Demand postings.
    pub posting_count: u32,
    /// Jobseekers in scope.
    pub jobseeker_count: u32,
    /// Skills with demand > 0, ascending skill index.
    pub skills: Vec<SkillMarket>,
}

/// Months from `since` to `until` inclusive.
pub fn months_between(since: DateTime<Utc>, until: DateTime<Utc>) -> Vec<(i32, u32)> {
    let (mut year, mut month) = (since.year(), since.month());
    let mut months = Vec::new();
    while (year, month) <= (until.year(), until.month()) {
        months.push((year, month));
        (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    }
    months
}

/// Is the posting demand in this query (scope, published in the period, open at its end)?
pub(crate) fn is_demand(keys: &ScopeKeys, posting: &GapPosting, since: i64, until: i64) -> bool {
    keys.posting(posting)
        && posting.posted_at >= since
        && posting.posted_at <= until
        && !posting.is_expired(until)
}

/// Does a held skill count as supply?
pub fn is_supply(
    level: u8,
    last_used_year: Option<i32>,
    current_year: i32,
    min_level: u8,
    recent_years: i32,
) -> bool {
    level >= min_level && last_used_year.is_none_or(|y| current_year - y <= recent_years)
}

/// (required skill, posting region key, remote, languages): what decides a one-requirement posting.
type SingleKey = (SkillIndex, u64, bool, Vec<(u64, u8)>);

struct Bits(Vec<AtomicU64>);

impl Bits {
    fn new(len: usize) -> Bits {
        Bits((0..len.div_ceil(64)).map(|_| AtomicU64::new(0)).collect())
    }
    fn set(&self, i: usize) {
        self.0[i / 64].fetch_or(1 << (i % 64), Ordering::Relaxed);
    }
    fn count(&self) -> u32 {
        self.0.iter().map(|w| w.load(Ordering::Relaxed).count_ones()).sum()
    }
}

/// Compute the raw market gaps.
pub fn market_gaps(taxonomy: &Taxonomy, snapshot: &Snapshot, query: &MarketQuery) -> MarketGaps {
    use rayon::prelude::*;
    let keys = ScopeKeys::new(&query.scope);
    let (since, until) = (micros(query.since), micros(query.until));
    let months = months_between(query.since, query.until);
    let month_index = |posted_at: i64| -> usize {
        let at = DateTime::<Utc>::from_timestamp_micros(posted_at).unwrap_or(query.since);
        let (y0, m0) = months.first().copied().unwrap_or((at.year(), at.month()));
        ((at.year() - y0) * 12 + at.month() as i32 - m0 as i32).max(0) as usize
    };
    let skills_len = taxonomy.len();

    let demand: Vec<usize> = (0..snapshot.postings.len())
        .filter(|&i| is_demand(&keys, &snapshot.postings[i], since, until))
        .collect();
    let in_scope: Vec<bool> = snapshot.profiles.par_iter().map(|p| keys.profile(p)).collect();
    let jobseeker_count = in_scope.iter().filter(|&&b| b).count() as u32;

    let mut rows: Vec<SkillMarket> = (0..skills_len)
        .map(|s| SkillMarket {
            skill: s as SkillIndex,
            trend: vec![0; months.len()],
            ..SkillMarket::default()
        })
        .collect();
    for &i in &demand {
        let posting = &snapshot.postings[i];
        let month = month_index(posting.posted_at).min(months.len().saturating_sub(1));
        for r in posting.requirements.iter() {
            let row = &mut rows[r.skill as usize];
            row.demand += 1;
            match r.importance {
                Importance::Required => row.demand_required += 1,
                Importance::NiceToHave => row.demand_nice_to_have += 1,
            }
            if let Some(cell) = row.trend.get_mut(month) {
                *cell += 1;
            }
        }
    }
    let year = query.now.year();
    for (profile, _) in snapshot.profiles.iter().zip(&in_scope).filter(|(_, s)| **s) {
        for held in profile.skills.iter() {
            if is_supply(
                held.level,
                held.last_used_year,
                year,
                query.supply_min_level,
                query.supply_recent_years,
            ) {
                rows[held.skill as usize].supply += 1;
            }
        }
    }

    let only_missing = only_missing(taxonomy, snapshot, &demand, &in_scope);
    for (row, bits) in rows.iter_mut().zip(only_missing) {
        row.only_missing = bits.map_or(0, |b| b.count());
    }
    let skills = rows.into_iter().filter(|r| r.demand > 0).collect();
    MarketGaps { months, posting_count: demand.len() as u32, jobseeker_count, skills }
}

/// Per skill, the set of profiles for whom it is the only missing required skill of some
/// demand posting that passes the hard filters for them.
fn only_missing(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    demand: &[usize],
    in_scope: &[bool],
) -> Vec<Option<Bits>> {
    use rayon::prelude::*;
    let profiles = snapshot.profiles.len();
    let mut result: Vec<Option<Bits>> = (0..taxonomy.len()).map(|_| None).collect();
    for &i in demand {
        for r in snapshot.postings[i].requirements.iter().filter(|r| r.importance == Importance::Required) {
            if result[r.skill as usize].is_none() {
                result[r.skill as usize] = Some(Bits::new(profiles));
            }
        }
    }

    // Postings with one required requirement: grouped by (skill, filter class).
    let mut singles: HashMap<SingleKey, usize> = HashMap::new();
    let mut multi = Vec::new();
    for &i in demand {
        let posting = &snapshot.postings[i];
        let required: Vec<SkillIndex> = posting
            .requirements
            .iter()
            .filter(|r| r.importance == Importance::Required)
            .map(|r| r.skill)
            .collect();
        match required.len() {
            0 => {}
            1 => {
                let key = (required[0], posting.region_hash, posting.remote(), posting.languages.to_vec());
                singles.entry(key).or_insert(i);
            }
            _ => multi.push(i),
        }
    }
    let singles: Vec<(SkillIndex, usize)> = singles.into_iter().map(|((s, ..), i)| (s, i)).collect();
    singles.par_iter().for_each(|&(skill, i)| {
        let posting = &snapshot.postings[i];
        let Some(bits) = &result[skill as usize] else { return };
        let crediting = snapshot.crediting(skill);
        let mut next = 0;
        for (p, profile) in snapshot.profiles.iter().enumerate() {
            // `crediting` is ascending: walk it alongside.
            while next < crediting.len() && (crediting[next] as usize) < p {
                next += 1;
            }
            let credits = next < crediting.len() && crediting[next] as usize == p;
            if !credits && in_scope[p] && pair_ok(posting, profile) {
                bits.set(p);
            }
        }
    });

    multi.par_iter().for_each_init(
        || vec![0_u64; taxonomy.len()],
        |mask, &i| {
            let posting = &snapshot.postings[i];
            let required: Vec<SkillIndex> = posting
                .requirements
                .iter()
                .filter(|r| r.importance == Importance::Required)
                .map(|r| r.skill)
                .collect();
            let n = required.len();
            let mut by_rarity = required.clone();
            by_rarity.sort_by_key(|&s| (snapshot.crediting(s).len(), s));
            let check = |profile: &GapProfile, mask: &[u64]| -> Option<SkillIndex> {
                if n <= 64 {
                    let credited = profile
                        .skills
                        .iter()
                        .filter(|h| h.level > 0)
                        .fold(0_u64, |acc, h| acc | mask[h.skill as usize]);
                    let full = if n == 64 { u64::MAX } else { (1_u64 << n) - 1 };
                    let missing = full & !credited;
                    (missing.count_ones() == 1).then(|| required[missing.trailing_zeros() as usize])
                } else {
                    let missing: Vec<SkillIndex> = required
                        .iter()
                        .copied()
                        .filter(|&s| !super::snapshot::credits(taxonomy, &profile.skills, s))
                        .collect();
                    (missing.len() == 1).then(|| missing[0])
                }
            };
            if n <= 64 {
                for (bit, &s) in required.iter().enumerate() {
                    for &(held, similarity) in taxonomy.credited_by(s) {
                        if similarity > 0.0 {
                            mask[held as usize] |= 1 << bit;
                        }
                    }
                }
            }
            for &rare in &by_rarity[..2] {
                for &p in snapshot.crediting(rare) {
                    let p = p as usize;
                    let profile = &snapshot.profiles[p];
                    if !in_scope[p] || !pair_ok(posting, profile) {
                        continue;
                    }
                    if let Some(missing) = check(profile, mask)
                        && let Some(bits) = &result[missing as usize]
                    {
                        bits.set(p);
                    }
                }
            }
            if n <= 64 {
                for &s in &required {
                    for &(held, _) in taxonomy.credited_by(s) {
                        mask[held as usize] = 0;
                    }
                }
            }
        },
    );
    result
}
