//! ProfileGaps: near-miss postings of one profile, the skills that would turn most postings
//! into matches, and the programmes that teach them.
//!
//! One pass over every posting of the snapshot (rayon): hard filters, coverage from a
//! [`ProfileTable`], and for each requirement not fully met whether learning its skill makes
//! the posting a match. For a posting where no requirement's skill credits another
//! ("independent"), learning `s` changes only the credit of the requirement on `s`; for the
//! others learning `s` raises a requirement on another skill at most to the highest similarity
//! any other skill has to it. Those bounds skip the exact recomputation (every requirement with
//! the learned skill's credit, exactly as the direct formula would) when the posting cannot
//! reach the threshold. The coverage after learning of each gap of a near miss is computed only
//! for the near misses returned.
//!
//! Programmes: only open postings with a requirement a programme credits can change, and only by
//! the room (weight x (1 - credit)) of those requirements; an inverted list of that room per
//! required skill, built once per query, gives each programme its candidates and a bound, and
//! the exact coverage after the programme is computed only for those that can reach it.

use super::snapshot::{GapPosting, GapProfile, Snapshot, micros, pair_ok};
use super::{taught_skills, with_programme};
use crate::filters::isco_ok;
use crate::score::{CompactRequirement, coverage_of, skill_credit};
use crate::tables::ProfileTable;
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::{MatchFilters, TrainingProgramme};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
use std::collections::HashMap;

/// Most postings listed per skill gap.
pub const POSTINGS_PER_SKILL: usize = 10;

/// What to compute.
#[derive(Debug, Clone)]
pub struct ProfileGapsQuery<'a> {
    /// The profile.
    pub profile: &'a GapProfile,
    /// Caller filters on postings (min_coverage and coach_id are not used).
    pub filters: &'a MatchFilters,
    /// Match threshold in (0, 1].
    pub match_threshold: f64,
    /// Near-miss threshold in (0, match_threshold).
    pub near_miss_threshold: f64,
    /// The present.
    pub now: DateTime<Utc>,
    /// Programmes to suggest from.
    pub programmes: &'a [TrainingProgramme],
    /// Most near misses returned.
    pub max_near_misses: usize,
    /// Most skill gaps returned.
    pub max_skills: usize,
    /// Most programmes returned.
    pub max_programmes: usize,
}

/// A requirement of a near miss not fully met.
#[derive(Debug, Clone, PartialEq)]
pub struct RequirementGap {
    /// The requirement.
    pub requirement: CompactRequirement,
    /// Credit now (< 1).
    pub credit: f64,
    /// Coverage after learning the skill at the requirement's min level.
    pub coverage_if_learned: f64,
}

/// A near-miss posting.
#[derive(Debug, Clone, PartialEq)]
pub struct NearMiss {
    /// Index of the posting in the snapshot.
    pub posting: usize,
    /// Coverage now.
    pub coverage: f64,
    /// Requirements not fully met, canonical order.
    pub gaps: Vec<RequirementGap>,
}

/// One skill gap.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillGain {
    /// Skill.
    pub skill: SkillIndex,
    /// Postings that become matches when it is learned at the level each asks.
    pub matches_gained: u32,
    /// Highest level asked by those postings.
    pub level_needed: u8,
    /// Up to [`POSTINGS_PER_SKILL`] of those postings (snapshot indexes), best coverage after
    /// learning first, then id.
    pub postings: Vec<usize>,
}

/// A programme and what completing it brings.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeGain {
    /// Index into the query's programmes.
    pub programme: usize,
    /// Postings that become matches.
    pub matches_gained: u32,
    /// Returned skill gaps it teaches.
    pub teaches: Vec<SkillIndex>,
}

/// The answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileGaps {
    /// Postings that are matches now.
    pub match_count: u32,
    /// Postings that are near misses now.
    pub near_miss_count: u32,
    /// Near misses, best coverage first, then newer, then id (cut at max_near_misses).
    pub near_misses: Vec<NearMiss>,
    /// Skill gaps with at least one match gained, most first, then skill id (cut at max_skills).
    pub skill_gaps: Vec<SkillGain>,
    /// Programmes teaching a returned skill gap, most matches gained first, then id.
    pub programmes: Vec<ProgrammeGain>,
}

/// Caller filters on a posting (the built-in ones are [`pair_ok`] and expiry).
pub(crate) fn caller_filters_ok(posting: &GapPosting, filters: &CompiledFilters) -> bool {
    if !filters.include_expired && posting.is_expired(filters.now) {
        return false;
    }
    if !filters.regions.is_empty() && !filters.regions.contains(&posting.region_hash) {
        return false;
    }
    if !filters.work_modes.is_empty() && !filters.work_modes.contains(&posting.work_mode) {
        return false;
    }
    if filters.posted_after.is_some_and(|after| posting.posted_at < after) {
        return false;
    }
    isco_ok(&posting.isco, &filters.isco_prefixes)
}

pub(crate) struct CompiledFilters {
    regions: Vec<u64>,
    work_modes: Vec<kohtaanto_domain::WorkMode>,
    posted_after: Option<i64>,
    isco_prefixes: Vec<String>,
    include_expired: bool,
    now: i64,
}

impl CompiledFilters {
    pub(crate) fn new(filters: &MatchFilters, now: DateTime<Utc>) -> CompiledFilters {
        CompiledFilters {
            regions: filters.regions.iter().map(|r| super::snapshot::region_hash(r)).collect(),
            work_modes: filters.work_modes.clone(),
            posted_after: filters.posted_after.map(micros),
            isco_prefixes: filters.isco_prefixes.clone(),
            include_expired: filters.include_expired,
            now: micros(now),
        }
    }
}

/// Per-posting work of one thread.
#[derive(Default)]
struct Partial {
    match_count: u32,
    near_misses: Vec<NearMiss>,
    /// (skill, level asked, coverage after, posting)
    gains: Vec<(SkillIndex, u8, f64, usize)>,
    /// Postings passing the filters that are not matches.
    open: Vec<usize>,
    /// Scratch (weight, credit) of the current posting's requirements, reused across postings.
    scratch: Vec<(f64, f64)>,
}

impl Partial {
    fn merge(mut self, other: Partial) -> Partial {
        self.match_count += other.match_count;
        self.near_misses.extend(other.near_misses);
        self.gains.extend(other.gains);
        self.open.extend(other.open);
        self
    }
}

/// Coverage of `requirements` when `skill` is learned at `level` (entry = max(held, level),
/// current): every requirement's credit is the best of its current credit and the learned
/// skill's. Bit-identical to recomputing with [`crate::score::coverage`].
fn coverage_after_learning(
    taxonomy: &Taxonomy,
    table: &ProfileTable,
    requirements: &[CompactRequirement],
    skill: SkillIndex,
    level: u8,
) -> f64 {
    coverage_of(requirements.iter().map(|r| {
        let weight = r.importance.weight() * taxonomy.specificity(r.skill);
        let current = table.credit(r);
        let similarity = taxonomy.similarity(skill, r.skill);
        let learned = if similarity > 0.0 { skill_credit(similarity, level, r.min_level, 1.0) } else { 0.0 };
        (weight, if learned > current { learned } else { current })
    }))
}

/// Compute the gaps of one profile over the snapshot.
pub fn profile_gaps(taxonomy: &Taxonomy, snapshot: &Snapshot, query: &ProfileGapsQuery<'_>) -> ProfileGaps {
    use rayon::prelude::*;
    let year = query.now.year();
    let table = ProfileTable::new(taxonomy, &query.profile.skills, year);
    let filters = CompiledFilters::new(query.filters, query.now);
    let (t, near) = (query.match_threshold, query.near_miss_threshold);
    let profile = query.profile;
    // Highest similarity any other skill has to each required skill (learned credit <= it).
    let cap: Vec<f64> = (0..taxonomy.len() as SkillIndex)
        .map(|required| {
            taxonomy
                .credited_by(required)
                .iter()
                .filter(|&&(held, _)| held != required)
                .map(|&(_, similarity)| similarity)
                .fold(0.0, f64::max)
        })
        .collect();

    let partial = snapshot
        .postings
        .par_iter()
        .enumerate()
        .fold(Partial::default, |mut acc, (index, posting)| {
            if !caller_filters_ok(posting, &filters) || !pair_ok(posting, profile) {
                return acc;
            }
            let requirements = &posting.requirements;
            let scratch = &mut acc.scratch;
            scratch.clear();
            let (mut numerator, mut denominator) = (0.0, 0.0);
            for r in requirements.iter() {
                let weight = r.importance.weight() * taxonomy.specificity(r.skill);
                let credit = table.credit(r);
                numerator += weight * credit;
                denominator += weight;
                scratch.push((weight, credit));
            }
            // The same sums in the same order as `ProfileTable::coverage`.
            let coverage = if denominator > 0.0 { numerator / denominator } else { 0.0 };
            if coverage >= t {
                acc.match_count += 1;
                return acc;
            }
            acc.open.push(index);
            let independent = snapshot.is_independent(index);
            for (r, &(weight, credit)) in requirements.iter().zip(scratch.iter()) {
                if credit >= 1.0 {
                    continue;
                }
                let level = profile.level_of(r.skill).max(r.min_level);
                if denominator > 0.0 {
                    let gain = if independent {
                        // Only this requirement's credit changes.
                        let learned =
                            skill_credit(taxonomy.similarity(r.skill, r.skill), level, r.min_level, 1.0);
                        weight * (learned - credit).max(0.0)
                    } else {
                        // Learning `s` raises a requirement on another skill to at most the
                        // highest similarity any other skill has to it (`cap`), those on `s`
                        // to at most 1.
                        requirements
                            .iter()
                            .zip(scratch.iter())
                            .map(|(other, &(weight, credit))| {
                                let cap =
                                    if other.skill == r.skill { 1.0 } else { cap[other.skill as usize] };
                                weight * (cap - credit).max(0.0)
                            })
                            .sum()
                    };
                    if (numerator + gain) / denominator < t - 1e-9 {
                        continue;
                    }
                }
                let after = coverage_after_learning(taxonomy, &table, requirements, r.skill, level);
                if after >= t {
                    acc.gains.push((r.skill, r.min_level, after, index));
                }
            }
            if coverage >= near {
                // Its gaps are computed once the near misses returned are known.
                acc.near_misses.push(NearMiss { posting: index, coverage, gaps: Vec::new() });
            }
            acc
        })
        .reduce(Partial::default, Partial::merge);

    let postings = &snapshot.postings;
    let mut near_misses = partial.near_misses;
    let near_miss_count = near_misses.len() as u32;
    near_misses.sort_by(|a, b| {
        let (pa, pb) = (&postings[a.posting], &postings[b.posting]);
        b.coverage
            .total_cmp(&a.coverage)
            .then(pb.posted_at.cmp(&pa.posted_at))
            .then_with(|| pa.id.cmp(&pb.id))
    });
    near_misses.truncate(query.max_near_misses);
    for miss in &mut near_misses {
        let requirements = &postings[miss.posting].requirements;
        for r in requirements.iter() {
            let credit = table.credit(r);
            if credit >= 1.0 {
                continue;
            }
            let level = profile.level_of(r.skill).max(r.min_level);
            let after = coverage_after_learning(taxonomy, &table, requirements, r.skill, level);
            miss.gaps.push(RequirementGap { requirement: *r, credit, coverage_if_learned: after });
        }
    }

    let mut by_skill: HashMap<SkillIndex, SkillGain> = HashMap::new();
    let mut gains = partial.gains;
    gains.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| postings[a.3].id.cmp(&postings[b.3].id)));
    for (skill, level, _, index) in gains {
        let entry = by_skill.entry(skill).or_insert(SkillGain {
            skill,
            matches_gained: 0,
            level_needed: 0,
            postings: Vec::new(),
        });
        entry.matches_gained += 1;
        entry.level_needed = entry.level_needed.max(level);
        if entry.postings.len() < POSTINGS_PER_SKILL {
            entry.postings.push(index);
        }
    }
    let mut skill_gaps: Vec<SkillGain> = by_skill.into_values().collect();
    skill_gaps.sort_by(|a, b| {
        b.matches_gained
            .cmp(&a.matches_gained)
            .then_with(|| taxonomy.skill(a.skill).id.cmp(&taxonomy.skill(b.skill).id))
    });
    skill_gaps.truncate(query.max_skills);

    let programmes = programme_gains(taxonomy, snapshot, query, &table, &skill_gaps, &partial.open, year);
    ProfileGaps { match_count: partial.match_count, near_miss_count, near_misses, skill_gaps, programmes }
}

/// A programme teaching a returned skill gap: (index, taught skills, skill gaps it teaches,
/// required skills it credits).
type Candidate = (usize, Vec<(SkillIndex, u8)>, Vec<SkillIndex>, Vec<SkillIndex>);

fn programme_gains(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    query: &ProfileGapsQuery<'_>,
    table: &ProfileTable,
    skill_gaps: &[SkillGain],
    open: &[usize],
    year: i32,
) -> Vec<ProgrammeGain> {
    use rayon::prelude::*;
    let t = query.match_threshold;
    // Programmes teaching a returned skill gap, with the required skills they credit.
    let candidates: Vec<Candidate> = query
        .programmes
        .iter()
        .enumerate()
        .filter_map(|(index, programme)| {
            let taught = taught_skills(taxonomy, programme);
            let teaches: Vec<SkillIndex> = skill_gaps
                .iter()
                .map(|g| g.skill)
                .filter(|&s| taught.iter().any(|&(skill, _)| skill == s))
                .collect();
            if teaches.is_empty() {
                return None;
            }
            let mut touched: Vec<SkillIndex> = taught
                .iter()
                .flat_map(|&(skill, _)| taxonomy.credits_from(skill))
                .filter(|&&(_, similarity)| similarity > 0.0)
                .map(|&(required, _)| required)
                .collect();
            touched.sort_unstable();
            touched.dedup();
            Some((index, taught, teaches, touched))
        })
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    // For each open posting (position in `open`) its coverage sums now, and for each required
    // skill the (position, room) of its requirements not fully met, room = weight x (1 - credit):
    // a programme raises only the requirements it credits ("touched"), each to a credit <= 1,
    // so a posting whose touched room cannot lift it to the threshold is no match after it.
    let mut sums: Vec<(f64, f64)> = Vec::with_capacity(open.len());
    let mut room: Vec<Vec<(u32, f64)>> = vec![Vec::new(); taxonomy.len()];
    for (position, &p) in open.iter().enumerate() {
        let (mut numerator, mut denominator) = (0.0, 0.0);
        for r in snapshot.postings[p].requirements.iter() {
            let weight = r.importance.weight() * taxonomy.specificity(r.skill);
            let credit = table.credit(r);
            numerator += weight * credit;
            denominator += weight;
            let gain = weight * (1.0 - credit);
            if gain > 0.0
                && let Some(list) = room.get_mut(r.skill as usize)
            {
                list.push((position as u32, gain));
            }
        }
        sums.push((numerator, denominator));
    }
    let mut gains: Vec<ProgrammeGain> = candidates
        .into_par_iter()
        .map_init(
            || (vec![0.0_f64; open.len()], Vec::new()),
            |(reachable, hit), (index, taught, teaches, touched)| {
                for &skill in &touched {
                    for &(position, gain) in room.get(skill as usize).map_or(&[][..], Vec::as_slice) {
                        let slot = &mut reachable[position as usize];
                        if *slot == 0.0 {
                            hit.push(position);
                        }
                        *slot += gain;
                    }
                }
                let learned = with_programme(&query.profile.skills, &taught);
                let after = ProfileTable::new(taxonomy, &learned, year);
                let mut matches_gained = 0_u32;
                for &position in hit.iter() {
                    let position = position as usize;
                    let (numerator, denominator) = sums[position];
                    let bound = (numerator + reachable[position]) / denominator;
                    reachable[position] = 0.0;
                    if bound >= t - 1e-9
                        && after.coverage(&snapshot.postings[open[position]].requirements) >= t
                    {
                        matches_gained += 1;
                    }
                }
                hit.clear();
                ProgrammeGain { programme: index, matches_gained, teaches }
            },
        )
        .collect();
    gains.sort_by(|a, b| {
        b.matches_gained
            .cmp(&a.matches_gained)
            .then_with(|| query.programmes[a.programme].id.cmp(&query.programmes[b.programme].id))
    });
    gains.truncate(query.max_programmes);
    gains
}
