//! ProgrammeImpact: the (jobseeker, posting) pairs that become matches when the jobseeker
//! completes a programme.
//!
//! A posting none of whose requirements the taught skills credit cannot change. Otherwise the
//! requirements the programme does not touch keep their credit, so a profile leaving untouched
//! requirements uncredited whose weight exceeds the allowed loss `(1 - t) * W` (plus a margin
//! far above rounding error) cannot match even after the programme. That test needs only "does
//! the profile credit the skill", which the snapshot keeps as bitsets: see
//! [`programme_impact`] for the block kernel. Candidates are verified exactly.

use super::bitset::{BLOCK_WORDS, ClassBits, each_bit, profile_bits};
use super::learn;
use super::snapshot::{Scope, ScopeKeys, Snapshot, micros};
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

/// A posting the programme can change, prepared for the block kernel.
struct Job {
    /// Index of the posting in the snapshot.
    posting: usize,
    /// Skills of the requirements the programme does not touch, rarest first.
    untouched: Vec<SkillIndex>,
    /// Most untouched requirements a profile may leave uncredited and still match after the
    /// programme; `None` when leaving all of them uncredited is within the allowed loss.
    limit: Option<usize>,
    /// Filter class ([`ClassBits`]).
    class: usize,
}

/// Impact of completing a programme teaching `taught` (skill, level), for jobseekers and
/// postings in `scope`, at match threshold `t`.
///
/// Candidates come from word operations on profile bitsets ([`super::bitset`]), one block of
/// profiles per task: per posting, the profiles in scope passing the hard filters that leave at
/// most `limit` untouched requirements uncredited (a bit-sliced counter over the untouched
/// requirements' credit bitsets). `limit` is the largest number of untouched requirements whose
/// smallest weights still fit in the allowed loss, so every profile excluded leaves more weight
/// uncredited than a match allows. Each candidate is verified exactly (before < t <= after)
/// with the posting's [`PostingTable`], built on the first candidate of the block.
pub fn programme_impact(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    scope: &Scope,
    taught: &[(SkillIndex, u8)],
    t: f64,
    now: DateTime<Utc>,
) -> ProgrammeImpact {
    use rayon::prelude::*;
    let keys = ScopeKeys::new(scope);
    let scope_bits = profile_bits(&snapshot.profiles, |p| keys.profile(p));
    let words = scope_bits.len();
    let year = now.year();
    let mut touched = vec![false; taxonomy.len()];
    for &(skill, _) in taught {
        for &(required, similarity) in taxonomy.credits_from(skill) {
            if similarity > 0.0 {
                touched[required as usize] = true;
            }
        }
    }
    let is_touched = |s: SkillIndex| touched.get(s as usize).copied().unwrap_or(false);
    let postings: Vec<usize> = impact_postings(snapshot, scope, now)
        .into_iter()
        .filter(|&j| snapshot.postings[j].requirements.iter().any(|r| is_touched(r.skill)))
        .collect();
    let classes =
        ClassBits::new(&snapshot.profiles, postings.iter().map(|&j| &snapshot.postings[j]), &scope_bits);
    let jobs: Vec<Job> = postings
        .iter()
        .map(|&j| {
            let posting = &snapshot.postings[j];
            let requirements = &posting.requirements;
            let total: f64 = requirements.iter().map(|r| requirement_weight(taxonomy, r)).sum();
            let allowed = (1.0 - t) * total + MARGIN * total;
            let mut untouched: Vec<_> = requirements.iter().filter(|r| !is_touched(r.skill)).collect();
            let mut weights: Vec<f64> = untouched.iter().map(|r| requirement_weight(taxonomy, r)).collect();
            weights.sort_by(f64::total_cmp);
            let mut sum = 0.0;
            let fit = weights
                .iter()
                .take_while(|&&w| {
                    sum += w;
                    sum <= allowed
                })
                .count();
            untouched.sort_by_key(|r| (snapshot.crediting(r.skill).len(), r.skill));
            Job {
                posting: j,
                limit: (fit < untouched.len()).then_some(fit),
                untouched: untouched.iter().map(|r| r.skill).collect(),
                class: classes.class_of(posting),
            }
        })
        .collect();
    let zeros = vec![0_u64; words];
    let bits_of = |s: SkillIndex| -> &[u64] {
        let bits = snapshot.credit_bits(s);
        if bits.len() == words { bits } else { &zeros }
    };

    // Tasks: blocks of profiles x chunks of postings, enough of them to keep every thread busy
    // when there are few blocks.
    let block_words = BLOCK_WORDS * 2;
    let blocks = words.div_ceil(block_words);
    let chunks = (4 * rayon::current_num_threads()).div_ceil(blocks.max(1)).max(1);
    let chunk_len = jobs.len().div_ceil(chunks).max(1);
    let tasks: Vec<(usize, &[Job])> =
        (0..blocks).flat_map(|block| jobs.chunks(chunk_len).map(move |chunk| (block, chunk))).collect();
    let mut pairs: Vec<(u32, u32)> = tasks
        .into_par_iter()
        .flat_map_iter(|(block, jobs)| {
            let lo = block * block_words;
            let hi = (lo + block_words).min(words);
            let mut pairs = Vec::new();
            let mut credit: Vec<&[u64]> = Vec::new();
            let mut counters: Vec<u64> = Vec::new();
            let mut scratch = Vec::new();
            let mut learned = Vec::new();
            for job in jobs {
                let posting = &snapshot.postings[job.posting];
                let filter = &classes.bits[job.class][lo..hi];
                credit.clear();
                credit.extend(job.untouched.iter().map(|&s| &bits_of(s)[lo..hi]));
                let mut table: Option<PostingTable> = None;
                for (w, &f) in filter.iter().enumerate() {
                    if f == 0 {
                        continue;
                    }
                    let candidates = match job.limit {
                        None => f,
                        Some(limit) => {
                            // Crediting none of the limit + 1 rarest leaves too much uncredited.
                            if credit[..=limit].iter().fold(0, |acc, c| acc | c[w]) & f == 0 {
                                continue;
                            }
                            // counters[i]: profiles leaving at least i + 1 uncredited.
                            counters.clear();
                            counters.resize(limit + 1, 0);
                            for c in &credit {
                                let missing = !c[w];
                                for i in (1..=limit).rev() {
                                    counters[i] |= counters[i - 1] & missing;
                                }
                                counters[0] |= missing;
                            }
                            f & !counters[limit]
                        }
                    };
                    each_bit(lo + w, candidates, |p| {
                        let profile = &snapshot.profiles[p];
                        let table =
                            table.get_or_insert_with(|| PostingTable::new(taxonomy, &posting.requirements));
                        // "After" first: it is the test most candidates fail.
                        learned.clear();
                        learned.extend_from_slice(&profile.skills);
                        for &(skill, level) in taught {
                            learn(&mut learned, skill, level);
                        }
                        if table.coverage(&learned, year, &mut scratch) >= t
                            && table.coverage(&profile.skills, year, &mut scratch) < t
                        {
                            pairs.push((p as u32, posting.region_id));
                        }
                    });
                }
            }
            pairs
        })
        .collect();
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
