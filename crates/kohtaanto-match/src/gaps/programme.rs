//! ProgrammeImpact: the (jobseeker, posting) pairs that become matches when the jobseeker
//! completes a programme.
//!
//! Per posting in scope (rayon): a posting none of whose requirements the taught skills credit
//! cannot change. Otherwise the requirements the programme does not touch keep their credit, so
//! a profile crediting none of a set of them whose weight exceeds the allowed loss
//! `(1 - t) * W` (plus a margin far above rounding error) cannot match even after the
//! programme. The shortest such prefix of the untouched requirements in rarity order gives the
//! candidate lists; candidates are verified exactly (before < t <= after) with a
//! [`PostingTable`]. When the untouched weight is within the allowed loss, every profile in
//! scope is a candidate.

use super::snapshot::{Scope, ScopeKeys, Snapshot, micros, pair_ok};
use super::with_programme;
use crate::score::requirement_weight;
use crate::tables::PostingTable;
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};

/// Gains in one region of the postings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionGain {
    /// Region as written in the postings.
    pub region: String,
    /// Jobseekers gaining at least one match there.
    pub jobseekers: u32,
    /// Matches gained there.
    pub matches: u32,
}

/// Raw impact of one programme (not k-anonymised).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProgrammeImpact {
    /// Jobseekers in scope gaining at least one match.
    pub jobseekers_gaining: u32,
    /// Matches gained in total.
    pub matches_gained: u32,
    /// Per region of the postings, ascending region name; regions without gains omitted.
    pub regions: Vec<RegionGain>,
}

/// Postings in scope for impact: in scope and not expired at `now`.
pub fn impact_postings(snapshot: &Snapshot, scope: &Scope, now: DateTime<Utc>) -> Vec<usize> {
    let keys = ScopeKeys::new(scope);
    let now = micros(now);
    (0..snapshot.postings.len())
        .filter(|&i| keys.posting(&snapshot.postings[i]) && !snapshot.postings[i].is_expired(now))
        .collect()
}

/// Profiles in scope.
pub fn scope_profiles(snapshot: &Snapshot, scope: &Scope) -> Vec<bool> {
    let keys = ScopeKeys::new(scope);
    snapshot.profiles.iter().map(|p| keys.profile(p)).collect()
}

/// Margin on the allowed loss, relative to the total weight: far above rounding error.
const MARGIN: f64 = 1e-9;

struct Scratch {
    seen: Vec<u32>,
    stamp: u32,
    learned: Vec<crate::score::CompactSkill>,
    credits: Vec<f64>,
    pairs: Vec<(u32, u32)>,
}

/// Impact of completing a programme teaching `taught` (skill, level), for jobseekers and
/// postings in `scope`, at match threshold `t`.
pub fn programme_impact(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    scope: &Scope,
    taught: &[(SkillIndex, u8)],
    t: f64,
    now: DateTime<Utc>,
) -> ProgrammeImpact {
    use rayon::prelude::*;
    let postings = impact_postings(snapshot, scope, now);
    let in_scope = scope_profiles(snapshot, scope);
    let all_in_scope: Vec<u32> = (0..in_scope.len() as u32).filter(|&p| in_scope[p as usize]).collect();
    let year = now.year();
    let mut touched = vec![false; taxonomy.len()];
    for &(skill, _) in taught {
        for &(required, similarity) in taxonomy.credits_from(skill) {
            if similarity > 0.0 {
                touched[required as usize] = true;
            }
        }
    }

    let chunk = (postings.len() / (4 * rayon::current_num_threads().max(1))).max(64);
    let scratches: Vec<Scratch> = postings
        .par_iter()
        .with_min_len(chunk)
        .fold(
            || Scratch {
                seen: vec![0; snapshot.profiles.len()],
                stamp: 0,
                learned: Vec::new(),
                credits: Vec::new(),
                pairs: Vec::new(),
            },
            |mut scratch, &j| {
                let posting = &snapshot.postings[j];
                let requirements = &posting.requirements;
                if !requirements.iter().any(|r| touched[r.skill as usize]) {
                    return scratch;
                }
                let total: f64 = requirements.iter().map(|r| requirement_weight(taxonomy, r)).sum();
                let allowed = (1.0 - t) * total + MARGIN * total;
                let mut untouched: Vec<_> =
                    requirements.iter().filter(|r| !touched[r.skill as usize]).collect();
                untouched.sort_by_key(|r| (snapshot.crediting(r.skill).len(), r.skill));
                let mut prefix = Vec::new();
                let mut weight = 0.0;
                for r in untouched {
                    prefix.push(r.skill);
                    weight += requirement_weight(taxonomy, r);
                    if weight > allowed {
                        break;
                    }
                }
                let table = PostingTable::new(taxonomy, requirements);
                scratch.stamp = scratch.stamp.wrapping_add(1);
                if scratch.stamp == 0 {
                    scratch.seen.iter_mut().for_each(|s| *s = 0);
                    scratch.stamp = 1;
                }
                let lists: Vec<&[u32]> = if weight > allowed {
                    prefix.iter().map(|&s| snapshot.crediting(s)).collect()
                } else {
                    vec![&all_in_scope]
                };
                for list in lists {
                    for &p in list {
                        let pu = p as usize;
                        if scratch.seen[pu] == scratch.stamp {
                            continue;
                        }
                        scratch.seen[pu] = scratch.stamp;
                        let profile = &snapshot.profiles[pu];
                        if !in_scope[pu] || !pair_ok(posting, profile) {
                            continue;
                        }
                        if table.coverage(&profile.skills, year, &mut scratch.credits) >= t {
                            continue;
                        }
                        scratch.learned = with_programme(&profile.skills, taught);
                        if table.coverage(&scratch.learned, year, &mut scratch.credits) >= t {
                            scratch.pairs.push((p, posting.region_id));
                        }
                    }
                }
                scratch
            },
        )
        .collect();
    let mut pairs: Vec<(u32, u32)> = scratches.into_iter().flat_map(|s| s.pairs).collect();
    let matches_gained = pairs.len() as u32;
    pairs.sort_unstable();
    let mut jobseekers: Vec<u32> = pairs.iter().map(|&(p, _)| p).collect();
    jobseekers.dedup();
    let mut by_region = pairs.iter().map(|&(p, r)| (r, p)).collect::<Vec<_>>();
    by_region.sort_unstable();
    let mut regions: Vec<RegionGain> = Vec::new();
    let mut last: Option<(u32, u32)> = None;
    for &(region, profile) in &by_region {
        if last.map(|l| l.0) != Some(region) {
            let name = snapshot.region_names.get(region as usize).cloned().unwrap_or_default();
            regions.push(RegionGain { region: name, jobseekers: 0, matches: 0 });
        }
        if let Some(gain) = regions.last_mut() {
            gain.matches += 1;
            if last != Some((region, profile)) {
                gain.jobseekers += 1;
            }
        }
        last = Some((region, profile));
    }
    regions.sort_by(|a, b| a.region.cmp(&b.region));
    ProgrammeImpact { jobseekers_gaining: jobseekers.len() as u32, matches_gained, regions }
}
