//! MarketGaps: per skill demand (postings), supply (jobseekers) and the number of jobseekers
//! for whom it is the only missing required skill of some posting.
//!
//! Demand and supply are single passes. "Only missing" is a pairwise question (every demand
//! posting against every jobseeker in scope) answered with word operations on profile bitsets
//! ([`super::bitset`]): per block of profiles and per distinct (required skills, filter class),
//! the profiles crediting all required skills but one. It is exact by construction (no
//! candidate heuristic), and its cost is `jobs x required skills x profiles / 64` word
//! operations, most of them skipped where too few filtered profiles credit the rarest ones.

use super::bitset::{BLOCK_WORDS, ClassBits, each_bit, profile_bits};
use super::snapshot::{GapPosting, Scope, ScopeKeys, Snapshot, micros};
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::Importance;
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
use std::borrow::Cow;
use std::collections::HashSet;

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

    let scope_bits = profile_bits(&snapshot.profiles, |p| keys.profile(p));
    let only_missing = only_missing(taxonomy, snapshot, &demand, &scope_bits);
    for (row, count) in rows.iter_mut().zip(only_missing) {
        row.only_missing = count.unwrap_or(0);
    }
    let skills = rows.into_iter().filter(|r| r.demand > 0).collect();
    MarketGaps { months, posting_count: demand.len() as u32, jobseeker_count, skills }
}

/// Per skill, the number of profiles in scope for whom it is the only missing required skill of
/// some demand posting that passes the hard filters for them (`None`: not required by demand).
///
/// Postings are reduced to distinct (required skills, filter class) jobs. The profiles are cut
/// into blocks of [`BLOCK_WORDS`] words; each block (in parallel) evaluates every job with word
/// operations: `missing_k = !credit_bits(k)`, a two-level counter gives the profiles missing
/// exactly one required skill, and `missing_k & exactly_one & class` is added to skill k's set.
/// Blocks cover disjoint profiles, so the per-skill counts of the blocks add up. A word where no
/// filtered profile credits enough of the rarest requirements is skipped at once: missing
/// exactly one of `n >= 4` means crediting at least three of the four rarest (of `n == 3`, two of
/// the three; of `n == 2`, one of the two); the snapshot orders profiles so that such words are
/// common. Scopes holding under 3/4 of the profiles work on bitsets compacted to them.
fn only_missing(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    demand: &[usize],
    in_scope: &[u64],
) -> Vec<Option<u32>> {
    use rayon::prelude::*;
    let words = in_scope.len();
    let classes = ClassBits::new(snapshot, demand.iter().map(|&i| &snapshot.postings[i]), in_scope);

    // Skills required by demand get a slot in the per-block output.
    let mut slot_of: Vec<Option<usize>> = vec![None; taxonomy.len()];
    let mut slots = 0;
    let mut jobs: HashSet<(Vec<SkillIndex>, usize)> = HashSet::new();
    for &i in demand {
        let posting = &snapshot.postings[i];
        let mut required: Vec<SkillIndex> = posting
            .requirements
            .iter()
            .filter(|r| r.importance == Importance::Required)
            .map(|r| r.skill)
            .collect();
        if required.is_empty() {
            continue;
        }
        for &s in &required {
            if let Some(slot) = slot_of.get_mut(s as usize)
                && slot.is_none()
            {
                *slot = Some(slots);
                slots += 1;
            }
        }
        required.sort_by_key(|&s| (snapshot.crediting(s).len(), s));
        jobs.insert((required, classes.class_of(posting)));
    }
    let jobs: Vec<(Vec<SkillIndex>, usize)> = jobs.into_iter().collect();

    // When the scope holds a minority of the profiles (a region), the bitsets of the required
    // skills and of the classes are compacted to the profiles in scope (keeping their order),
    // so that the word operations below skip the profiles out of scope at no cost.
    let in_scope_count: usize = in_scope.iter().map(|w| w.count_ones() as usize).sum();
    let compact = in_scope_count * 4 < words * 64 * 3;
    let rank: Vec<u32> = if compact {
        let mut next = 0_u32;
        let mut rank = vec![u32::MAX; snapshot.profiles.len()];
        for (w, &word) in in_scope.iter().enumerate() {
            each_bit(w, word, |p| {
                rank[p] = next;
                next += 1;
            });
        }
        rank
    } else {
        Vec::new()
    };
    let out_words = if compact { in_scope_count.div_ceil(64) } else { words };
    let zeros = vec![0_u64; out_words];
    // Bitset of the profiles of `bits` in scope, compacted if `compact`.
    let view = |bits: &'_ [u64]| -> Vec<u64> {
        let mut out = vec![0_u64; out_words];
        for (w, (&word, &scope)) in bits.iter().zip(in_scope).enumerate() {
            each_bit(w, word & scope, |p| {
                let r = rank[p] as usize;
                out[r / 64] |= 1 << (r % 64);
            });
        }
        out
    };
    let mut slot_skills: Vec<SkillIndex> = vec![0; slots];
    for (s, slot) in slot_of.iter().enumerate() {
        if let Some(slot) = slot {
            slot_skills[*slot] = s as SkillIndex;
        }
    }
    let skill_bits: Vec<Cow<'_, [u64]>> = slot_skills
        .par_iter()
        .map(|&s| {
            let bits = snapshot.credit_bits(s);
            if bits.len() != words {
                Cow::Borrowed(zeros.as_slice())
            } else if compact {
                Cow::Owned(view(bits))
            } else {
                Cow::Borrowed(bits)
            }
        })
        .collect();
    let class_bits: Vec<Cow<'_, [u64]>> = classes
        .bits
        .par_iter()
        .map(|bits| if compact { Cow::Owned(view(bits)) } else { Cow::Borrowed(bits.as_slice()) })
        .collect();
    let words = out_words;
    let bits_of = |s: SkillIndex| -> &[u64] { &skill_bits[slot_of[s as usize].unwrap_or(0)] };

    let blocks = words.div_ceil(BLOCK_WORDS);
    let counts = (0..blocks)
        .into_par_iter()
        .map(|block| {
            let lo = block * BLOCK_WORDS;
            let hi = (lo + BLOCK_WORDS).min(words);
            let len = hi - lo;
            let mut out = vec![0_u64; slots * len];
            let mut credit: Vec<&[u64]> = Vec::new();
            let mut outs: Vec<usize> = Vec::new();
            for (required, class) in &jobs {
                let filter = &class_bits[*class][lo..hi];
                credit.clear();
                credit.extend(required.iter().map(|&s| &bits_of(s)[lo..hi]));
                outs.clear();
                outs.extend(required.iter().map(|&s| slot_of[s as usize].unwrap_or(0) * len));
                let n = required.len();
                for w in 0..len {
                    let f = filter[w];
                    if f == 0 {
                        continue;
                    }
                    // Missing exactly one of n >= 4 means crediting at least three of the four
                    // rarest; of n == 3, two of the three; of n == 2, one of the two.
                    let likely = match n {
                        1 => f,
                        2 => (credit[0][w] | credit[1][w]) & f,
                        3 => {
                            let (a, b, c) = (credit[0][w], credit[1][w], credit[2][w]);
                            ((a & b) | (a & c) | (b & c)) & f
                        }
                        _ => {
                            // Of n >= 4: at least three of the four rarest.
                            let (a, b, c, d) = (credit[0][w], credit[1][w], credit[2][w], credit[3][w]);
                            ((a & b & (c | d)) | (c & d & (a | b))) & f
                        }
                    };
                    if likely == 0 {
                        continue;
                    }
                    let (mut once, mut twice) = (0_u64, 0_u64);
                    for c in &credit {
                        let missing = !c[w];
                        twice |= once & missing;
                        once |= missing;
                    }
                    let exactly_one = once & !twice & f;
                    if exactly_one == 0 {
                        continue;
                    }
                    for (c, &base) in credit.iter().zip(&outs) {
                        out[base + w] |= !c[w] & exactly_one;
                    }
                }
            }
            (0..slots)
                .map(|slot| out[slot * len..(slot + 1) * len].iter().map(|w| w.count_ones()).sum::<u32>())
                .collect::<Vec<u32>>()
        })
        .reduce(
            || vec![0_u32; slots],
            |mut a, b| {
                a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
                a
            },
        );
    slot_of.iter().map(|slot| slot.map(|slot| counts[slot])).collect()
}
