//! Skill gaps and market insights (DESIGN.md section 5): exact answers over a compact
//! in-memory snapshot of all postings and profiles.
//!
//! # Definitions (also in `proto/kohtaanto/v1/skill_gaps.proto`)
//! - *Match*: the posting passes the hard filters of matching and coverage >= match threshold.
//!   *Near miss*: passes the filters and near-miss threshold <= coverage < match threshold.
//! - *Learning* skill `s` at level `L` ([`learn`]): the profile's entry for `s` becomes
//!   level `max(held, L)`, used currently. Coverage is recomputed with the normal scoring, so
//!   credit the skill gives to related requirements counts exactly. A learned entry dominates the
//!   old one for every requirement (level and recency factors are monotone), so this equals
//!   "the best of the old and the new skill".
//! - *Missing required*: a REQUIRED requirement with no credit at all (outcome Missing).
//! - *Supply*: jobseekers holding exactly the skill at level >= 3, used within 3 years.
//!
//! # Layout
//! - [`snapshot`]: the compact records and the inverted index skill -> profiles crediting it
//!   (as lists and as bitsets).
//! - [`bitset`]: profile bitsets, hard filters per filter class, the block size.
//! - [`profile`]: ProfileGaps, a scan of all postings for one profile.
//! - [`market`]: MarketGaps, demand/supply counts and the "only missing" pairs.
//! - [`programme`]: ProgrammeImpact, the pairs that become matches after a programme.
//! - [`sample`]: ProgrammeImpact estimated from a fixed sample of jobseekers, with intervals.
//! - [`kanon`]: k-anonymity (suppression of small jobseeker counts).
//! - [`oracle`]: obviously-correct nested loops over full domain records, for tests.
//!
//! # Pairwise questions without the quadratic loop
//! "Which profiles gain a match for this posting" and "for whom is this the only missing
//! required skill" are answered per posting with *prefix filtering* from set-similarity joins:
//! a profile with no credit on a set of the posting's requirements whose weight exceeds the loss
//! the threshold allows cannot match, so only profiles crediting one requirement of the
//! shortest such prefix (requirements in global rarity order, fewest crediting profiles first)
//! are candidates. Candidates come from the inverted index and are verified with the exact
//! scoring of [`crate::tables`], which is bit-identical to [`crate::score`].

pub(crate) mod bitset;
pub mod kanon;
pub mod market;
pub mod oracle;
pub mod profile;
pub mod programme;
pub mod sample;
pub mod snapshot;
pub mod stop;
pub mod view;

pub use kanon::publish;
pub use market::{MarketGaps, MarketQuery, SkillMarket, market_gaps};
pub use profile::{
    NearMiss, ProfileGaps, ProfileGapsQuery, ProgrammeGain, RequirementGap, SkillGain, profile_gaps,
};
pub use programme::{ProgrammeImpact, RegionGain, programme_impact};
pub use sample::{Estimate, ImpactEstimate, RegionEstimate, estimate_impact, sample_snapshot};
pub use snapshot::{GapPosting, GapProfile, Scope, Snapshot};
pub use stop::{Never, Stop, Stopped};
pub use view::{ChangeMemo, ImpactView, ProfileChanges, ViewChange, ViewKey};

use crate::score::CompactSkill;
use kohtaanto_domain::{MAX_SKILL_LEVEL, TrainingProgramme};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};

/// Default coverage at or above which a posting is a match.
pub const DEFAULT_MATCH_THRESHOLD: f64 = 0.8;
/// Default coverage at or above which a non-matching posting is a near miss.
pub const DEFAULT_NEAR_MISS_THRESHOLD: f64 = 0.5;
/// Default k of k-anonymity.
pub const DEFAULT_K_ANONYMITY: u32 = 5;
/// Default lowest level that counts as supply.
pub const DEFAULT_SUPPLY_MIN_LEVEL: u8 = 3;
/// Default number of years within which a skill counts as supply.
pub const DEFAULT_SUPPLY_RECENT_YEARS: i32 = 3;

/// Learn `skill` at `level`: the entry becomes `max(held level, level)`, in current use.
/// `skills` stays in canonical order (ascending skill, one entry per skill).
pub fn learn(skills: &mut Vec<CompactSkill>, skill: SkillIndex, level: u8) {
    let level = level.clamp(1, MAX_SKILL_LEVEL);
    match skills.binary_search_by_key(&skill, |s| s.skill) {
        Ok(position) => {
            let held = &mut skills[position];
            held.level = held.level.max(level);
            held.last_used_year = None;
        }
        Err(position) => skills.insert(position, CompactSkill { skill, level, last_used_year: None }),
    }
}

/// The taught skills of a programme as (skill index, level), unknown skills dropped.
pub fn taught_skills(taxonomy: &Taxonomy, programme: &TrainingProgramme) -> Vec<(SkillIndex, u8)> {
    programme.skills.iter().filter_map(|t| Some((taxonomy.index_of(&t.skill)?, t.level))).collect()
}

/// Skills after completing a programme (every taught skill learned at its level).
pub fn with_programme(skills: &[CompactSkill], taught: &[(SkillIndex, u8)]) -> Vec<CompactSkill> {
    let mut learned = skills.to_vec();
    for &(skill, level) in taught {
        learn(&mut learned, skill, level);
    }
    learned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learning_raises_level_and_refreshes() {
        let mut skills = vec![
            CompactSkill { skill: 2, level: 4, last_used_year: Some(2010) },
            CompactSkill { skill: 5, level: 1, last_used_year: None },
        ];
        learn(&mut skills, 2, 3);
        learn(&mut skills, 3, 2);
        learn(&mut skills, 5, 4);
        assert_eq!(
            skills,
            vec![
                CompactSkill { skill: 2, level: 4, last_used_year: None },
                CompactSkill { skill: 3, level: 2, last_used_year: None },
                CompactSkill { skill: 5, level: 4, last_used_year: None },
            ]
        );
    }
}

#[cfg(test)]
mod exactness;
