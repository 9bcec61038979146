//! The compact records gap analysis works on, and the snapshot of all of them.
//!
//! A [`GapPosting`] / [`GapProfile`] holds exactly what scoring and the hard filters read:
//! canonical compact requirements or skills, times in unix microseconds, and region, language
//! and coach keys (hashes of the normalised text, as the store's fast fields use). The store
//! builds them per segment from the stored records; tests build them from generated records.

use crate::filters::{isco_ok, languages_ok, region_key, region_ok};
use crate::score::{CompactRequirement, CompactSkill, compact_requirements, compact_skills};
use chrono::{DateTime, Utc};
use kohtaanto_domain::{JobPosting, JobseekerProfile, LanguageLevel, ProfileSkill, Requirement, WorkMode};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};
use std::collections::HashMap;

/// Stable hash of a text (FNV-1a 64, as the store).
pub fn text_hash(text: &str) -> u64 {
    kohtaanto_taxonomy::load::stable_hash(text.as_bytes())
}

/// Key of a region name: hash of its normalised form ([`region_key`]).
pub fn region_hash(region: &str) -> u64 {
    text_hash(&region_key(region))
}

/// (language key, CEFR rank) of a language level.
pub fn language_pair(level: &LanguageLevel) -> (u64, u8) {
    let key = level.language.bytes().take(2).fold(0_u64, |acc, b| (acc << 8) | u64::from(b));
    (key, level.level.rank())
}

/// Unix microseconds of a time.
pub fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

/// A posting as gap analysis sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct GapPosting {
    /// Posting id.
    pub id: String,
    /// Region as written.
    pub region: String,
    /// [`region_hash`] of the region.
    pub region_hash: u64,
    /// Index of the region in [`Snapshot::region_names`] (set by [`Snapshot::new`]).
    pub region_id: u32,
    /// Work mode.
    pub work_mode: WorkMode,
    /// Required languages as (key, CEFR rank).
    pub languages: Box<[(u64, u8)]>,
    /// ISCO-08 code of the occupation, empty when unknown.
    pub isco: String,
    /// Publication time, unix microseconds.
    pub posted_at: i64,
    /// Expiry time, unix microseconds; `i64::MAX` when open until deleted.
    pub expires_at: i64,
    /// Effective requirements, canonical.
    pub requirements: Box<[CompactRequirement]>,
}

impl GapPosting {
    /// From a posting and its effective requirements.
    pub fn from_record(taxonomy: &Taxonomy, posting: &JobPosting, effective: &[Requirement]) -> GapPosting {
        GapPosting {
            id: posting.id.clone(),
            region: posting.region.clone(),
            region_hash: region_hash(&posting.region),
            region_id: 0,
            work_mode: posting.work_mode,
            languages: posting.languages.iter().map(language_pair).collect(),
            isco: posting.occupation.as_ref().map(|o| o.isco_code.clone()).unwrap_or_default(),
            posted_at: micros(posting.posted_at),
            expires_at: posting.expires_at.map_or(i64::MAX, micros),
            requirements: compact_requirements(taxonomy, effective).into(),
        }
    }

    /// Remote work.
    pub fn remote(&self) -> bool {
        self.work_mode == WorkMode::Remote
    }

    /// Expired at `now` (microseconds).
    pub fn is_expired(&self, now: i64) -> bool {
        self.expires_at <= now
    }
}

/// A profile as gap analysis sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct GapProfile {
    /// Profile id.
    pub id: String,
    /// Effective skills, canonical.
    pub skills: Box<[CompactSkill]>,
    /// Accepted regions as [`region_hash`]es; empty means any.
    pub accepted_regions: Box<[u64]>,
    /// Accepts remote work.
    pub accepts_remote: bool,
    /// Languages held as (key, CEFR rank).
    pub languages: Box<[(u64, u8)]>,
    /// [`text_hash`] of the coach id.
    pub coach_hash: u64,
}

impl GapProfile {
    /// From a profile and its effective skills.
    pub fn from_record(
        taxonomy: &Taxonomy,
        profile: &JobseekerProfile,
        effective: &[ProfileSkill],
    ) -> GapProfile {
        GapProfile {
            id: profile.id.clone(),
            skills: compact_skills(taxonomy, effective).into(),
            accepted_regions: profile.accepted_regions.iter().map(|r| region_hash(r)).collect(),
            accepts_remote: profile.accepts_remote,
            languages: profile.languages.iter().map(language_pair).collect(),
            coach_hash: text_hash(&profile.coach_id),
        }
    }

    /// Level of a held skill (0 when not held).
    pub fn level_of(&self, skill: SkillIndex) -> u8 {
        self.skills.binary_search_by_key(&skill, |s| s.skill).map_or(0, |i| self.skills[i].level)
    }
}

/// The built-in hard filters between a posting and a profile: region or remote, languages.
#[inline]
pub fn pair_ok(posting: &GapPosting, profile: &GapProfile) -> bool {
    region_ok(&posting.region_hash, posting.remote(), &profile.accepted_regions, profile.accepts_remote)
        && languages_ok(&posting.languages, &profile.languages)
}

/// Scope of an aggregate: a region (or all), an occupation group, a coach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Region name; postings located in it, jobseekers accepting work in it (or anywhere).
    pub region: Option<String>,
    /// ISCO-08 prefix of the postings' occupation.
    pub isco_prefix: Option<String>,
    /// Coach id of the jobseekers.
    pub coach_id: Option<String>,
}

/// A [`Scope`] with its keys computed.
#[derive(Debug, Clone)]
pub(crate) struct ScopeKeys {
    region: Option<u64>,
    isco: Vec<String>,
    coach: Option<u64>,
}

impl ScopeKeys {
    pub(crate) fn new(scope: &Scope) -> ScopeKeys {
        ScopeKeys {
            region: scope.region.as_deref().map(region_hash),
            isco: scope.isco_prefix.iter().cloned().collect(),
            coach: scope.coach_id.as_deref().map(text_hash),
        }
    }

    /// Posting located in the region and in the occupation group.
    pub(crate) fn posting(&self, posting: &GapPosting) -> bool {
        self.region.is_none_or(|r| r == posting.region_hash) && isco_ok(&posting.isco, &self.isco)
    }

    /// Jobseeker of the coach, accepting work in the region (or anywhere).
    pub(crate) fn profile(&self, profile: &GapProfile) -> bool {
        self.coach.is_none_or(|c| c == profile.coach_hash)
            && self
                .region
                .is_none_or(|r| profile.accepted_regions.is_empty() || profile.accepted_regions.contains(&r))
    }
}

/// All postings and profiles, with the indexes gap analysis needs.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// Postings (live documents).
    pub postings: Vec<GapPosting>,
    /// Profiles (live documents).
    pub profiles: Vec<GapProfile>,
    /// Distinct posting regions as written; `GapPosting::region_id` indexes it.
    pub region_names: Vec<String>,
    /// For each required skill, the profiles (ascending index) with some credit for it.
    crediting: Vec<Vec<u32>>,
    /// For each posting: no requirement's skill gives credit to another requirement of it.
    independent: Vec<bool>,
    /// For each skill, `crediting` as a bitset over all profiles (see [`super::bitset`]).
    credit_bits: Vec<Vec<u64>>,
    /// The skills of all profiles in profile order, in one allocation: scans that visit
    /// neighbouring profiles (ProgrammeImpact's verification) read neighbouring memory.
    skills: Vec<CompactSkill>,
    /// Profile `p`'s skills are `skills[skill_starts[p]..skill_starts[p + 1]]`.
    skill_starts: Vec<usize>,
    /// The hard filters' parts per profile, for the regions and languages the postings ask.
    filter_bits: super::bitset::FilterBits,
}

impl Snapshot {
    /// Build the snapshot and its indexes (parallel where it pays).
    ///
    /// Profiles are reordered so that similar ones are adjacent (by their rarest held skills):
    /// the crediting bitsets of specific skills then have long zero runs, which the word kernels
    /// of MarketGaps and ProgrammeImpact skip (see [`super::bitset`]). Profile indexes are
    /// therefore positions in [`Snapshot::profiles`], not in the input.
    pub fn new(
        taxonomy: &Taxonomy,
        mut postings: Vec<GapPosting>,
        mut profiles: Vec<GapProfile>,
    ) -> Snapshot {
        use rayon::prelude::*;
        let mut holders = vec![0_u32; taxonomy.len()];
        for profile in &profiles {
            for held in profile.skills.iter() {
                if let Some(count) = holders.get_mut(held.skill as usize) {
                    *count += 1;
                }
            }
        }
        profiles.par_sort_by_cached_key(|profile| {
            let mut key: Vec<(u32, SkillIndex)> = profile
                .skills
                .iter()
                .map(|h| (holders.get(h.skill as usize).copied().unwrap_or(0), h.skill))
                .collect();
            key.sort_unstable();
            key.truncate(3);
            key
        });
        let mut region_ids: HashMap<String, u32> = HashMap::new();
        let mut region_names = Vec::new();
        for posting in &mut postings {
            let next = region_names.len() as u32;
            let id = *region_ids.entry(posting.region.clone()).or_insert_with(|| {
                region_names.push(posting.region.clone());
                next
            });
            posting.region_id = id;
        }
        let independent = postings
            .par_iter()
            .map(|p| {
                p.requirements.iter().all(|a| {
                    p.requirements
                        .iter()
                        .all(|b| a.skill == b.skill || taxonomy.similarity(a.skill, b.skill) <= 0.0)
                })
            })
            .collect();
        let mut crediting: Vec<Vec<u32>> = vec![Vec::new(); taxonomy.len()];
        for (index, profile) in profiles.iter().enumerate() {
            let index = index as u32;
            for held in profile.skills.iter().filter(|s| s.level > 0) {
                for &(required, similarity) in taxonomy.credits_from(held.skill) {
                    if similarity <= 0.0 {
                        continue;
                    }
                    let list = &mut crediting[required as usize];
                    if list.last() != Some(&index) {
                        list.push(index);
                    }
                }
            }
        }
        let words = super::bitset::words(profiles.len());
        let credit_bits = crediting
            .par_iter()
            .map(|list| {
                let mut bits = vec![0_u64; words];
                for &p in list {
                    bits[p as usize / 64] |= 1 << (p % 64);
                }
                bits
            })
            .collect();
        let filter_bits = super::bitset::FilterBits::new(&profiles, &postings);
        let mut skill_starts = Vec::with_capacity(profiles.len() + 1);
        skill_starts.push(0);
        let mut skills = Vec::with_capacity(profiles.iter().map(|p| p.skills.len()).sum());
        for profile in &profiles {
            skills.extend_from_slice(&profile.skills);
            skill_starts.push(skills.len());
        }
        Snapshot {
            postings,
            profiles,
            region_names,
            crediting,
            independent,
            credit_bits,
            skills,
            skill_starts,
            filter_bits,
        }
    }

    /// The hard filters' parts per profile for this snapshot's postings.
    pub(crate) fn filter_bits(&self) -> &super::bitset::FilterBits {
        &self.filter_bits
    }

    /// Profiles with some credit for a required skill, as a bitset of
    /// `ceil(profiles / 64)` words (all zero for an unknown skill).
    pub fn credit_bits(&self, skill: SkillIndex) -> &[u64] {
        self.credit_bits.get(skill as usize).map_or(&[], Vec::as_slice)
    }

    /// Skills of profile `p` (as `profiles[p].skills`, from contiguous storage).
    #[inline]
    pub fn profile_skills(&self, p: usize) -> &[CompactSkill] {
        match (self.skill_starts.get(p), self.skill_starts.get(p + 1)) {
            (Some(&start), Some(&end)) => &self.skills[start..end],
            _ => &[],
        }
    }

    /// Profiles with some credit for a required skill (ascending index).
    pub fn crediting(&self, skill: SkillIndex) -> &[u32] {
        self.crediting.get(skill as usize).map_or(&[], Vec::as_slice)
    }

    /// True when no requirement of the posting credits another one of it.
    pub fn is_independent(&self, posting: usize) -> bool {
        self.independent.get(posting).copied().unwrap_or(false)
    }
}

/// Does a profile give any credit to a required skill? (Some held skill with level > 0 and
/// similarity > 0: then the credit is > 0.)
pub fn credits(taxonomy: &Taxonomy, skills: &[CompactSkill], required: SkillIndex) -> bool {
    skills.iter().any(|held| held.level > 0 && taxonomy.similarity(held.skill, required) > 0.0)
}
