//! ProgrammeImpact: the (jobseeker, posting) pairs that become matches when the jobseeker
//! completes a programme.
//!
//! # Stages
//! A posting none of whose requirements the taught skills credit cannot change. For the others,
//! per block of profiles ([`super::bitset`]) and posting:
//! 1. **Word kernel.** Bit operations over 64 profiles at a time. A profile that does not credit
//!    a requirement gets, after the programme, exactly the taught skills' credit there
//!    (`taught[r]`, a per-posting constant), so it loses `w (1 - taught[r])` of the weight: all
//!    of it for a requirement the programme does not touch. One crediting it below [`HIGH`]
//!    loses more than `w (1 - max(HIGH, top[r]))`, `top[r]` the taught skills' credit at the
//!    highest level (a held taught skill may be above the taught level). Bit-sliced counters of
//!    both kinds against the smallest such losses drop profiles that lose more than the allowed
//!    `(1 - t) W` (plus a margin far above rounding error). Profiles already crediting every
//!    touched requirement as much as the programme can (`top[r]`) are dropped too: the
//!    programme changes nothing for them.
//! 2. **Per-candidate bound.** The same losses with each requirement's own weight and a third
//!    band ([`MID`]), from the bits already loaded: no profile data is read.
//! 3. **Exact verification** of what is left ([`Verifier`]): before and after coverage in one
//!    pass over the profile's skills, bit-identical to scoring the learned skills.
//!
//! The band bitsets ("credit for (skill, min level) at least x") are built per request for the
//! keys the postings need ([`BandBits`]).

use super::bitset::{BLOCK_WORDS, ClassBits, each_bit, profile_bits};
use super::snapshot::{Scope, ScopeKeys, Snapshot, micros};
use super::stop::{Stop, Stopped};
use crate::score::{
    CompactRequirement, CompactSkill, coverage_of, recency_factor, requirement_weight, skill_credit,
};
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::MAX_SKILL_LEVEL;
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
use std::collections::HashMap;

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

/// Number of profiles in scope.
pub fn scope_profile_count(snapshot: &Snapshot, scope: &Scope) -> usize {
    let keys = ScopeKeys::new(scope);
    snapshot.profiles.iter().filter(|p| keys.profile(p)).count()
}

/// Margin on the allowed loss, relative to the total weight: far above rounding error.
const MARGIN: f64 = 1e-9;

/// Most jobs one task prepares verification tables for (bounds the memory of a task).
const MAX_CHUNK: usize = 2048;

/// "No entry" in the per-thread dense index of a [`Verifier`]'s held skills.
const NONE: u32 = u32::MAX;

/// Credit at or above which a profile counts as crediting a requirement *well* (the second band
/// of the kernel's bound).
const HIGH: f64 = 0.75;

/// Lower band of the per-candidate bound: crediting a requirement below it loses at least
/// `1 - max(MID, ...)` of its weight.
const MID: f64 = 0.5;

/// A band key: profiles whose credit for (skill, min level) is at least a threshold.
type BandKey = (SkillIndex, u8, u64);

/// Band keys and their ids.
#[derive(Default)]
struct Keys {
    ids: HashMap<BandKey, u32>,
    list: Vec<(SkillIndex, u8, f64)>,
}

impl Keys {
    fn add(&mut self, skill: SkillIndex, min_level: u8, threshold: f64) -> u32 {
        let next = self.list.len() as u32;
        let id = *self.ids.entry((skill, min_level, threshold.to_bits())).or_insert(next);
        if id == next {
            self.list.push((skill, min_level, threshold));
        }
        id
    }

    fn get(&self, skill: SkillIndex, min_level: u8, threshold: f64) -> Option<u32> {
        self.ids.get(&(skill, min_level, threshold.to_bits())).copied()
    }
}

/// What a requirement of a posting can cost a profile after the programme.
struct Lossy {
    skill: SkillIndex,
    min_level: u8,
    /// Loss when the profile does not credit it.
    missing: f64,
    /// Loss when it credits it below [`MID`].
    below_mid: f64,
    /// Loss when it credits it below [`HIGH`].
    below_high: f64,
}

/// A posting the programme can change, prepared for the block kernel.
struct Job {
    /// Index of the posting in the snapshot.
    posting: usize,
    /// The requirements a profile can lose weight on even after the programme, rarest first:
    /// (skill, band keys of [`HIGH`] and [`MID`] when crediting it below them loses weight).
    lossy: Vec<(SkillIndex, Option<u32>, Option<u32>)>,
    /// Most `lossy` requirements a profile may leave uncredited and still match after the
    /// programme; `None` when leaving all of them uncredited is within the allowed loss.
    limit: Option<usize>,
    /// `max_low[a]`: most `lossy` requirements a profile leaving exactly `a` of them uncredited
    /// may credit below [`HIGH`] (uncredited ones included) and still match; `a` up to `limit`
    /// (or the number of lossy requirements).
    max_low: Vec<usize>,
    /// Per `lossy` requirement: losses when uncredited, credited below [`MID`], below [`HIGH`].
    losses: Vec<(f64, f64, f64)>,
    /// Band keys of the requirements the programme touches, each at the most credit the
    /// programme can give it: a profile in all of them gains nothing from the programme.
    touched: Vec<u32>,
    /// Allowed loss (with the margin).
    allowed: f64,
    /// Filter class ([`ClassBits`]).
    class: usize,
}

impl Job {
    /// Bound of a posting from its lossy requirements (any order) and touched band keys.
    fn new(
        posting: usize,
        class: usize,
        mut lossy: Vec<Lossy>,
        touched: Vec<u32>,
        allowed: f64,
        snapshot: &Snapshot,
        keys: &Keys,
    ) -> Job {
        let smallest_sums = |mut losses: Vec<f64>| -> Vec<f64> {
            losses.sort_by(f64::total_cmp);
            let mut sums = vec![0.0];
            let mut sum = 0.0;
            for loss in losses {
                sum += loss;
                sums.push(sum);
            }
            sums
        };
        let missing = smallest_sums(lossy.iter().map(|l| l.missing).collect());
        let low = smallest_sums(lossy.iter().map(|l| l.below_high).collect());
        let n = lossy.len();
        let fit = missing.iter().skip(1).take_while(|&&sum| sum <= allowed).count();
        let max_low = (0..=fit)
            .map(|a| a + low[..=n - a].iter().skip(1).take_while(|&&sum| missing[a] + sum <= allowed).count())
            .collect();
        lossy.sort_by_key(|l| (snapshot.crediting(l.skill).len(), l.skill));
        Job {
            posting,
            limit: (fit < n).then_some(fit),
            max_low,
            losses: lossy.iter().map(|l| (l.missing, l.below_mid, l.below_high)).collect(),
            allowed,
            lossy: lossy
                .iter()
                .map(|l| (l.skill, keys.get(l.skill, l.min_level, HIGH), keys.get(l.skill, l.min_level, MID)))
                .collect(),
            touched,
            class,
        }
    }
}

/// Exact before/after coverage of one posting for any profile, in one pass over the profile's
/// skills (no copy of the skills, no learning).
///
/// After the programme the profile's skills are its own with every taught skill learned
/// ([`super::learn`]). The credit a requirement gets is the maximum over those skills, so it is
/// `max(taught[r], own[r])`: `taught[r]` the credit of the taught skills at their taught level
/// in current use (a per-posting constant), `own[r]` the maximum over the profile's skills with
/// a taught skill held counted as learned (level `max(held, taught)`, in current use). The
/// maxima are exact, the sums run in canonical order with the weights of [`PostingTable`], so
/// both coverages are bit-identical to scoring the learned skills.
///
/// [`PostingTable`]: crate::tables::PostingTable
struct Verifier {
    weights: Vec<f64>,
    min_levels: Vec<u8>,
    /// Credit of the taught skills alone, per requirement.
    taught: Vec<f64>,
    /// Held skills crediting some requirement, ascending, with their range of `entries`.
    held: Vec<(SkillIndex, u32, u32)>,
    /// (requirement position, similarity), grouped by held skill.
    entries: Vec<(u32, f64)>,
}

impl Verifier {
    /// `taught_level[s]`: level skill `s` is taught at (0 when not taught).
    fn new(taxonomy: &Taxonomy, requirements: &[CompactRequirement], taught_level: &[u8]) -> Verifier {
        let weights: Vec<f64> = requirements.iter().map(|r| requirement_weight(taxonomy, r)).collect();
        let min_levels: Vec<u8> = requirements.iter().map(|r| r.min_level).collect();
        let pairs = crate::tables::credit_pairs(taxonomy, requirements);
        let taught = taught_credit(taxonomy, requirements, taught_level);
        let mut held: Vec<(SkillIndex, u32, u32)> = Vec::new();
        for (i, &(skill, _, _)) in pairs.iter().enumerate() {
            match held.last_mut() {
                Some(last) if last.0 == skill => last.2 = i as u32 + 1,
                _ => held.push((skill, i as u32, i as u32 + 1)),
            }
        }
        let entries = pairs.into_iter().map(|(_, position, similarity)| (position, similarity)).collect();
        Verifier { weights, min_levels, taught, held, entries }
    }

    /// Point `slot[skill]` at the held skills of this posting.
    fn index(&self, slot: &mut [u32]) {
        for (i, &(skill, _, _)) in self.held.iter().enumerate() {
            slot[skill as usize] = i as u32;
        }
    }

    /// Undo [`Verifier::index`].
    fn unindex(&self, slot: &mut [u32]) {
        for &(skill, _, _) in &self.held {
            slot[skill as usize] = NONE;
        }
    }

    /// `before < t <= after` for a profile's skills; `slot` indexed by [`Verifier::index`].
    #[allow(clippy::too_many_arguments)]
    fn gains(
        &self,
        skills: &[CompactSkill],
        slot: &[u32],
        taught_level: &[u8],
        year: i32,
        t: f64,
        before: &mut Vec<f64>,
        after: &mut Vec<f64>,
    ) -> bool {
        before.clear();
        before.resize(self.weights.len(), 0.0);
        after.clear();
        after.extend_from_slice(&self.taught);
        for held in skills {
            let i = slot.get(held.skill as usize).copied().unwrap_or(NONE);
            if i == NONE {
                continue;
            }
            let (_, start, end) = self.held[i as usize];
            let recency = recency_factor(held.last_used_year, year);
            let learned = taught_level.get(held.skill as usize).copied().unwrap_or(0);
            for &(position, similarity) in &self.entries[start as usize..end as usize] {
                let position = position as usize;
                let min_level = self.min_levels[position];
                let credit = skill_credit(similarity, held.level, min_level, recency);
                if credit > before[position] {
                    before[position] = credit;
                }
                let credit = if learned == 0 {
                    credit
                } else {
                    skill_credit(similarity, held.level.max(learned), min_level, 1.0)
                };
                if credit > after[position] {
                    after[position] = credit;
                }
            }
        }
        coverage_of(self.weights.iter().copied().zip(after.iter().copied())) >= t
            && coverage_of(self.weights.iter().copied().zip(before.iter().copied())) < t
    }
}

/// Per requirement, the credit of skills held at `level[skill]` (0: not held) in current use:
/// the taught skills' credit with the taught levels.
fn taught_credit(taxonomy: &Taxonomy, requirements: &[CompactRequirement], level: &[u8]) -> Vec<f64> {
    requirements
        .iter()
        .map(|requirement| {
            let mut best = 0.0_f64;
            for &(held, similarity) in taxonomy.credited_by(requirement.skill) {
                let level = level.get(held as usize).copied().unwrap_or(0);
                if level > 0 {
                    let credit = skill_credit(similarity, level, requirement.min_level, 1.0);
                    if credit > best {
                        best = credit;
                    }
                }
            }
            best
        })
        .collect()
}

/// Add one set of profiles to bit-sliced "at least i + 1" counters.
#[inline]
fn count(counters: &mut [u64], bits: u64) {
    for i in (1..counters.len()).rev() {
        counters[i] |= counters[i - 1] & bits;
    }
    if let Some(first) = counters.first_mut() {
        *first |= bits;
    }
}

/// Level each skill is taught at (0 when not taught; the highest when taught twice).
fn taught_level_of(taxonomy: &Taxonomy, taught: &[(SkillIndex, u8)]) -> Vec<u8> {
    let mut levels = vec![0_u8; taxonomy.len()];
    for &(skill, level) in taught {
        if let Some(slot) = levels.get_mut(skill as usize) {
            *slot = (*slot).max(level.clamp(1, MAX_SKILL_LEVEL));
        }
    }
    levels
}

/// Per band key (skill, min level, threshold): the profiles whose credit for it is at least the
/// threshold, as bitsets stored block by block (`block_words` words per key and block).
struct BandBits {
    bits: Vec<u64>,
    keys: usize,
    block_words: usize,
}

impl BandBits {
    fn new(
        taxonomy: &Taxonomy,
        snapshot: &Snapshot,
        list: &[(SkillIndex, u8, f64)],
        scope: &[u64],
        block_words: usize,
        year: i32,
    ) -> BandBits {
        use rayon::prelude::*;
        let keys = list.len();
        // Per skill: (min level, threshold, key), and the lowest threshold.
        let mut by_skill: Vec<Vec<(u8, f64, u32)>> = vec![Vec::new(); taxonomy.len()];
        let mut lowest = vec![f64::INFINITY; taxonomy.len()];
        for (key, &(skill, min_level, threshold)) in list.iter().enumerate() {
            if let Some(keys) = by_skill.get_mut(skill as usize) {
                keys.push((min_level, threshold, key as u32));
                lowest[skill as usize] = lowest[skill as usize].min(threshold);
            }
        }
        let profiles = snapshot.profiles.len();
        let blocks = super::bitset::words(profiles).div_ceil(block_words);
        let mut bits = vec![0_u64; blocks * keys * block_words];
        if keys > 0 {
            bits.par_chunks_mut(keys * block_words).enumerate().for_each(|(block, out)| {
                let first = block * block_words * 64;
                for p in first..(first + block_words * 64).min(profiles) {
                    // Profiles passing no posting's filters (or out of scope) are never
                    // candidates: their bits are never read.
                    if scope[p / 64] & (1 << (p % 64)) == 0 {
                        continue;
                    }
                    let (w, bit) = ((p - first) / 64, 1_u64 << (p % 64));
                    for held in snapshot.profiles[p].skills.iter().filter(|h| h.level > 0) {
                        let recency = recency_factor(held.last_used_year, year);
                        for &(required, similarity) in taxonomy.credits_from(held.skill) {
                            // A credit is at most the similarity.
                            if similarity < lowest.get(required as usize).copied().unwrap_or(f64::INFINITY) {
                                continue;
                            }
                            for &(min_level, threshold, key) in &by_skill[required as usize] {
                                if skill_credit(similarity, held.level, min_level, recency) >= threshold {
                                    out[key as usize * block_words + w] |= bit;
                                }
                            }
                        }
                    }
                }
            });
        }
        BandBits { bits, keys, block_words }
    }

    /// The bitset of `key` in `block` (words of the block only).
    fn bits(&self, block: usize, key: u32) -> &[u64] {
        let start = (block * self.keys + key as usize) * self.block_words;
        &self.bits[start..start + self.block_words]
    }
}

/// Impact of completing a programme teaching `taught` (skill, level), for jobseekers and
/// postings in `scope`, at match threshold `t`.
///
/// The three stages of the module documentation: per posting (in chunks, one task each) and block
/// of profiles, the word kernel over the filter class, credit and band bitsets; the per-candidate
/// bound from the same bits; exact verification by the posting's [`Verifier`], built once per
/// posting and task. Every profile dropped by a bound loses more weight than a match allows.
///
/// Every task asks `stop` before each posting and block and gives up once it says so: then
/// the answer is [`Stopped`].
pub fn programme_impact(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    scope: &Scope,
    taught: &[(SkillIndex, u8)],
    t: f64,
    now: DateTime<Utc>,
    stop: &dyn Stop,
) -> Result<ProgrammeImpact, Stopped> {
    let pairs = gained_pairs(taxonomy, snapshot, scope, taught, t, now, stop)?;
    Ok(Gains::of(snapshot, pairs).impact())
}

/// The gained pairs per jobseeker: what [`programme_impact`] counts and [`super::sample`]
/// estimates from.
pub(crate) struct Gains {
    /// Matches gained by each jobseeker gaining any, in profile order.
    pub(crate) overall: Vec<u64>,
    /// Per region of the postings, ascending region name: matches gained there by each
    /// jobseeker gaining there.
    pub(crate) regions: Vec<(String, Vec<u64>)>,
}

impl Gains {
    /// From the (profile, region id) pairs of [`gained_pairs`] on `snapshot`.
    pub(crate) fn of(snapshot: &Snapshot, mut pairs: Vec<(u32, u32)>) -> Gains {
        let mut overall = vec![0_u64; snapshot.profiles.len()];
        for &(profile, _) in &pairs {
            if let Some(count) = overall.get_mut(profile as usize) {
                *count += 1;
            }
        }
        // Sorted in place: a catalogue course gains tens of millions of pairs.
        pairs.sort_unstable_by_key(|&(profile, region)| (region, profile));
        let mut regions: Vec<(String, Vec<u64>)> = pairs
            .chunk_by(|a, b| a.1 == b.1)
            .map(|in_region| {
                let name = snapshot.region_names.get(in_region[0].1 as usize).cloned().unwrap_or_default();
                (name, in_region.chunk_by(|a, b| a.0 == b.0).map(|run| run.len() as u64).collect())
            })
            .collect();
        regions.sort_by(|a, b| a.0.cmp(&b.0));
        Gains { overall: overall.into_iter().filter(|&count| count > 0).collect(), regions }
    }

    /// The counts.
    pub(crate) fn impact(&self) -> ProgrammeImpact {
        let sum = |gains: &[u64]| gains.iter().sum::<u64>() as u32;
        ProgrammeImpact {
            jobseekers_gaining: self.overall.len() as u32,
            matches_gained: sum(&self.overall),
            regions: self
                .regions
                .iter()
                .map(|(region, gains)| RegionGain {
                    region: region.clone(),
                    jobseekers: gains.len() as u32,
                    matches: sum(gains),
                })
                .collect(),
        }
    }
}

/// The (profile, region id of the posting) pairs that become matches, one per gained pair, in
/// no particular order: the three stages of the module documentation. [`programme_impact`]
/// counts them; [`super::sample`] estimates from them.
pub(crate) fn gained_pairs(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    scope: &Scope,
    taught: &[(SkillIndex, u8)],
    t: f64,
    now: DateTime<Utc>,
    stop: &dyn Stop,
) -> Result<Vec<(u32, u32)>, Stopped> {
    let keys = ScopeKeys::new(scope);
    let profiles = profile_bits(&snapshot.profiles, |p| keys.profile(p));
    let postings = impact_postings(snapshot, scope, now);
    pairs_among(taxonomy, snapshot, &postings, &profiles, taught, t, now.year(), stop)
}

/// The (profile, region id of the posting) pairs among `postings` (indexes into the snapshot;
/// expiry and scope are the caller's) and the profiles set in `profiles` (a bitset over the
/// snapshot's profiles) that become matches, with recency counted in `year`: what
/// [`gained_pairs`] finds in a scope and [`super::view`] finds in the parts of the data that
/// changed.
#[allow(clippy::too_many_arguments)]
pub(crate) fn pairs_among(
    taxonomy: &Taxonomy,
    snapshot: &Snapshot,
    postings: &[usize],
    profiles: &[u64],
    taught: &[(SkillIndex, u8)],
    t: f64,
    year: i32,
    stop: &dyn Stop,
) -> Result<Vec<(u32, u32)>, Stopped> {
    use rayon::prelude::*;
    let scope_bits = profiles;
    let words = scope_bits.len();
    let taught_level = taught_level_of(taxonomy, taught);
    // Level a learned skill can reach at most (a held skill may be above the taught level).
    let top_level: Vec<u8> = taught_level.iter().map(|&l| if l > 0 { MAX_SKILL_LEVEL } else { 0 }).collect();
    let mut touched = vec![false; taxonomy.len()];
    for &(skill, _) in taught {
        for &(required, similarity) in taxonomy.credits_from(skill) {
            if similarity > 0.0 {
                touched[required as usize] = true;
            }
        }
    }
    let is_touched = |s: SkillIndex| touched.get(s as usize).copied().unwrap_or(false);
    let postings: Vec<usize> = postings
        .iter()
        .copied()
        .filter(|&j| snapshot.postings[j].requirements.iter().any(|r| is_touched(r.skill)))
        .collect();
    if postings.is_empty() || scope_bits.iter().all(|&w| w == 0) {
        return Ok(Vec::new());
    }
    let classes = ClassBits::new(snapshot, postings.iter().map(|&j| &snapshot.postings[j]), scope_bits);
    // Postings no profile in scope passes the hard filters of need no preparation (a few
    // changed profiles of an impact view pass those of few postings); the others' candidates
    // are all among `candidates`.
    let empty: Vec<bool> = classes.bits.iter().map(|bits| bits.iter().all(|&w| w == 0)).collect();
    let postings: Vec<usize> =
        postings.into_iter().filter(|&j| !empty[classes.class_of(&snapshot.postings[j])]).collect();
    if postings.is_empty() {
        return Ok(Vec::new());
    }
    let mut candidates = vec![0_u64; words];
    for (bits, _) in classes.bits.iter().zip(&empty).filter(|(_, empty)| !**empty) {
        for (c, b) in candidates.iter_mut().zip(bits) {
            *c |= b;
        }
    }
    // Per posting, each requirement that can lose weight after the programme. A profile not
    // crediting a requirement gets exactly the taught skills' credit there; one crediting it
    // below a band gets less than max(band, the taught skills' credit at the top level).
    type Prepared = (usize, f64, Vec<Lossy>, Vec<(SkillIndex, u8, f64)>);
    let prepared: Vec<Prepared> = postings
        .par_iter()
        .map(|&j| {
            let requirements = &snapshot.postings[j].requirements;
            let total: f64 = requirements.iter().map(|r| requirement_weight(taxonomy, r)).sum();
            let allowed = (1.0 - t) * total + MARGIN * total;
            let floor = taught_credit(taxonomy, requirements, &taught_level);
            let ceiling = taught_credit(taxonomy, requirements, &top_level);
            let mut lossy = Vec::new();
            let mut touched = Vec::new();
            for (r, (&floor, &ceiling)) in requirements.iter().zip(floor.iter().zip(&ceiling)) {
                let weight = requirement_weight(taxonomy, r);
                if floor > 0.0 {
                    touched.push((r.skill, r.min_level, ceiling));
                }
                let missing = weight * (1.0 - floor);
                if missing > 0.0 {
                    lossy.push(Lossy {
                        skill: r.skill,
                        min_level: r.min_level,
                        missing,
                        below_mid: weight * (1.0 - ceiling.max(MID)),
                        below_high: weight * (1.0 - ceiling.max(HIGH)),
                    });
                }
            }
            (j, allowed, lossy, touched)
        })
        .collect();
    let mut keys = Keys::default();
    for (_, _, lossy, touched) in &prepared {
        for l in lossy {
            if l.below_high > 0.0 {
                keys.add(l.skill, l.min_level, HIGH);
            }
            if l.below_mid > 0.0 {
                keys.add(l.skill, l.min_level, MID);
            }
        }
        for &(skill, min_level, ceiling) in touched {
            keys.add(skill, min_level, ceiling);
        }
    }
    let jobs: Vec<Job> = prepared
        .into_par_iter()
        .map(|(j, allowed, lossy, touched)| {
            let class = classes.class_of(&snapshot.postings[j]);
            let touched = touched.iter().filter_map(|&(s, m, c)| keys.get(s, m, c)).collect();
            Job::new(j, class, lossy, touched, allowed, snapshot, &keys)
        })
        .collect();
    let block_words = BLOCK_WORDS * 2;
    let blocks = words.div_ceil(block_words);
    let bands = BandBits::new(taxonomy, snapshot, &keys.list, &candidates, block_words, year);
    let zeros = vec![0_u64; words];
    let bits_of = |s: SkillIndex| -> &[u64] {
        let bits = snapshot.credit_bits(s);
        if bits.len() == words { bits } else { &zeros }
    };

    // Tasks: chunks of postings, each over every block of profiles (so a posting's verifier is
    // built once per task), enough of them to keep every thread busy.
    let chunk_len = jobs.len().div_ceil(4 * rayon::current_num_threads()).clamp(1, MAX_CHUNK);
    let pairs: Vec<(u32, u32)> = jobs
        .par_chunks(chunk_len)
        .flat_map_iter(|jobs| {
            let mut pairs = Vec::new();
            let mut credit: Vec<&[u64]> = Vec::new();
            let mut low: Vec<&[u64]> = Vec::new();
            let mut mid: Vec<&[u64]> = Vec::new();
            let mut unchanged: Vec<&[u64]> = Vec::new();
            let mut missing: Vec<u64> = Vec::new();
            let mut lows: Vec<u64> = Vec::new();
            let mut verifiers: Vec<Option<Verifier>> = (0..jobs.len()).map(|_| None).collect();
            let mut slot = vec![NONE; taxonomy.len()];
            let (mut before, mut after) = (Vec::new(), Vec::new());
            // This word's bits of every lossy requirement: (credits, at least MID, at least HIGH).
            let mut word_bands: Vec<(u64, u64, u64)> = Vec::new();
            // Words of the block with profiles in scope.
            let mut live: Vec<usize> = Vec::new();
            'blocks: for block in 0..blocks {
                let lo = block * block_words;
                let hi = (lo + block_words).min(words);
                // A few changed profiles (see `super::view`) leave most blocks and words empty.
                live.clear();
                live.extend((0..hi - lo).filter(|&w| scope_bits[lo + w] != 0));
                if live.is_empty() {
                    continue;
                }
                for (job, verifier) in jobs.iter().zip(verifiers.iter_mut()) {
                    if stop.stopped() {
                        break 'blocks;
                    }
                    let posting = &snapshot.postings[job.posting];
                    let filter = &classes.bits[job.class][lo..hi];
                    let n = job.lossy.len();
                    credit.clear();
                    credit.extend(job.lossy.iter().map(|&(s, _, _)| &bits_of(s)[lo..hi]));
                    low.clear();
                    low.extend(job.lossy.iter().map(|&(s, key, _)| match key {
                        Some(key) => bands.bits(block, key),
                        None => &bits_of(s)[lo..hi],
                    }));
                    mid.clear();
                    mid.extend(job.lossy.iter().map(|&(s, _, key)| match key {
                        Some(key) => bands.bits(block, key),
                        None => &bits_of(s)[lo..hi],
                    }));
                    unchanged.clear();
                    unchanged.extend(job.touched.iter().map(|&key| bands.bits(block, key)));
                    // Counters of uncredited requirements up to `limit` (at least i + 1 in
                    // `missing[i]`), of requirements credited below HIGH up to the largest
                    // `max_low` that constrains.
                    let missing_len = job.limit.map_or(n, |l| l + 1);
                    let low_len = job.max_low.iter().copied().filter(|&b| b < n).max().map_or(0, |b| b + 1);
                    // Every count of uncredited requirements bounds those credited below HIGH.
                    let bounded = job.max_low.iter().all(|&b| b < n);
                    let mut indexed: Option<&Verifier> = None;
                    'word: for &w in &live {
                        let f = filter[w];
                        if f == 0 {
                            continue;
                        }
                        // Profiles the programme changes nothing for on this posting are out.
                        let same = if unchanged.is_empty() {
                            0
                        } else {
                            unchanged.iter().fold(!0, |acc, u| acc & u[w])
                        };
                        let f = f & !same;
                        if f == 0 {
                            continue;
                        }
                        if let Some(limit) = job.limit {
                            // Crediting none of the limit + 1 rarest loses too much.
                            if credit[..=limit].iter().fold(0, |acc, c| acc | c[w]) & f == 0 {
                                continue;
                            }
                        }
                        // Stop counting as soon as every profile of the word is out.
                        missing.clear();
                        missing.resize(missing_len, 0);
                        for c in &credit {
                            count(&mut missing, !c[w]);
                            if job.limit.is_some_and(|limit| f & !missing[limit] == 0) {
                                continue 'word;
                            }
                        }
                        let f = job.limit.map_or(f, |limit| f & !missing[limit]);
                        lows.clear();
                        lows.resize(low_len, 0);
                        if low_len > 0 {
                            for l in &low {
                                count(&mut lows, !l[w]);
                                if bounded && f & !lows[low_len - 1] == 0 {
                                    continue 'word;
                                }
                            }
                        }
                        let mut candidates = 0;
                        let mut at_least = !0_u64;
                        for (a, &max_low) in job.max_low.iter().enumerate() {
                            let more = missing.get(a).copied().unwrap_or(0);
                            let exactly = at_least & !more;
                            let low_ok = if max_low < n { !lows[max_low] } else { !0 };
                            candidates |= exactly & low_ok;
                            at_least = more;
                        }
                        let candidates = candidates & f;
                        if candidates == 0 {
                            continue;
                        }
                        let v = match indexed {
                            Some(v) => v,
                            None => {
                                let v: &Verifier = verifier.get_or_insert_with(|| {
                                    Verifier::new(taxonomy, &posting.requirements, &taught_level)
                                });
                                v.index(&mut slot);
                                indexed = Some(v);
                                v
                            }
                        };
                        word_bands.clear();
                        word_bands
                            .extend(credit.iter().zip(&mid).zip(&low).map(|((c, m), l)| (c[w], m[w], l[w])));
                        each_bit(lo + w, candidates, |p| {
                            // The least loss its bands allow, with the requirements' own weights.
                            let bit = 1_u64 << (p % 64);
                            let mut loss = 0.0;
                            for (&(c, m, h), &(missing, below_mid, below_high)) in
                                word_bands.iter().zip(&job.losses)
                            {
                                if c & bit == 0 {
                                    loss += missing;
                                } else if m & bit == 0 {
                                    loss += below_mid;
                                } else if h & bit == 0 {
                                    loss += below_high;
                                }
                            }
                            if loss > job.allowed {
                                return;
                            }
                            let skills = snapshot.profile_skills(p);
                            if v.gains(skills, &slot, &taught_level, year, t, &mut before, &mut after) {
                                pairs.push((p as u32, posting.region_id));
                            }
                        });
                    }
                    if let Some(v) = indexed {
                        v.unindex(&mut slot);
                    }
                }
            }
            pairs
        })
        .collect();
    // Tasks that saw the stop left their pairs incomplete; `stopped` stays true once it is.
    if stop.stopped() {
        return Err(Stopped);
    }
    Ok(pairs)
}
