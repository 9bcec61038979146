//! Per-query tables that make scoring a document a few array lookups.
//!
//! - [`ProfileTable`] (query = a profile, documents = postings): for every (skill, min level) the
//!   best credit the profile gives, so a posting's coverage is one lookup per requirement.
//! - [`PostingTable`] (query = a posting, documents = profiles): for every held skill the
//!   requirements it gives credit to, so a profile's coverage is a short loop over its skills.
//!
//! Both produce bit-identical results to [`crate::score::coverage`]: the same products
//! ([`skill_credit`]), the same maxima, the same summation ([`coverage_of`]) in canonical order.

use crate::score::{CompactRequirement, CompactSkill, coverage_of, recency_factor, skill_credit};
use kohtaanto_domain::MAX_SKILL_LEVEL;
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};

const LEVELS: usize = MAX_SKILL_LEVEL as usize;

/// Best credit a profile gives to each (required skill, min level).
#[derive(Debug, Clone)]
pub struct ProfileTable {
    best: Vec<f64>,
    specificity: Vec<f64>,
    candidate_skills: Vec<SkillIndex>,
}

impl ProfileTable {
    /// Build the table for a profile's skills.
    pub fn new(taxonomy: &Taxonomy, skills: &[CompactSkill], current_year: i32) -> ProfileTable {
        let mut best = vec![0.0_f64; taxonomy.len() * LEVELS];
        for held in skills {
            let recency = recency_factor(held.last_used_year, current_year);
            for &(required, similarity) in taxonomy.credits_from(held.skill) {
                for min_level in 1..=MAX_SKILL_LEVEL {
                    let credit = skill_credit(similarity, held.level, min_level, recency);
                    let slot = &mut best[required as usize * LEVELS + usize::from(min_level - 1)];
                    if credit > *slot {
                        *slot = credit;
                    }
                }
            }
        }
        let candidate_skills =
            (0..taxonomy.len() as SkillIndex).filter(|&s| best[s as usize * LEVELS] > 0.0).collect();
        let specificity = taxonomy.skills().iter().map(|s| s.specificity).collect();
        ProfileTable { best, specificity, candidate_skills }
    }

    /// Required skills that can receive credit: postings without any of them score 0.
    pub fn candidate_skills(&self) -> &[SkillIndex] {
        &self.candidate_skills
    }

    /// Credit for one requirement.
    #[inline]
    pub fn credit(&self, requirement: &CompactRequirement) -> f64 {
        let level = requirement.min_level.clamp(1, MAX_SKILL_LEVEL);
        self.best.get(requirement.skill as usize * LEVELS + usize::from(level - 1)).copied().unwrap_or(0.0)
    }

    /// Coverage of a posting's requirements (canonical order).
    #[inline]
    pub fn coverage(&self, requirements: &[CompactRequirement]) -> f64 {
        coverage_of(requirements.iter().map(|r| {
            let specificity = self.specificity.get(r.skill as usize).copied().unwrap_or(0.0);
            (r.importance.weight() * specificity, self.credit(r))
        }))
    }
}

/// Every (held skill, requirement position, similarity) by which a held skill credits one of
/// `requirements`, ordered by held skill, then position.
pub(crate) fn credit_pairs(
    taxonomy: &Taxonomy,
    requirements: &[CompactRequirement],
) -> Vec<(SkillIndex, u32, f64)> {
    let mut pairs: Vec<(SkillIndex, u32, f64)> = Vec::new();
    for (position, requirement) in requirements.iter().enumerate() {
        for &(held, similarity) in taxonomy.credited_by(requirement.skill) {
            pairs.push((held, position as u32, similarity));
        }
    }
    pairs.sort_by_key(|&(held, position, _)| (held, position));
    pairs
}

/// For a posting: which requirements each held skill gives credit to.
#[derive(Debug, Clone)]
pub struct PostingTable {
    weights: Vec<f64>,
    min_levels: Vec<u8>,
    /// CSR: entries of held skill `s` are `entries[offsets[s]..offsets[s + 1]]`.
    offsets: Vec<u32>,
    entries: Vec<(u32, f64)>,
    candidate_skills: Vec<SkillIndex>,
}

impl PostingTable {
    /// Build the table for a posting's requirements (canonical order).
    pub fn new(taxonomy: &Taxonomy, requirements: &[CompactRequirement]) -> PostingTable {
        let weights = requirements.iter().map(|r| crate::score::requirement_weight(taxonomy, r)).collect();
        let min_levels = requirements.iter().map(|r| r.min_level).collect();
        let pairs = credit_pairs(taxonomy, requirements);
        let mut offsets = vec![0_u32; taxonomy.len() + 1];
        for &(held, _, _) in &pairs {
            offsets[held as usize + 1] += 1;
        }
        for s in 0..taxonomy.len() {
            offsets[s + 1] += offsets[s];
        }
        let mut candidate_skills: Vec<SkillIndex> = pairs.iter().map(|&(held, _, _)| held).collect();
        candidate_skills.dedup();
        let entries = pairs.into_iter().map(|(_, position, similarity)| (position, similarity)).collect();
        PostingTable { weights, min_levels, offsets, entries, candidate_skills }
    }

    /// Held skills that give credit to some requirement: profiles without any of them score 0.
    pub fn candidate_skills(&self) -> &[SkillIndex] {
        &self.candidate_skills
    }

    /// Number of requirements.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when the posting has no requirements.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Coverage of the posting by a profile's skills; `credits` is a scratch buffer.
    #[inline]
    pub fn coverage(&self, skills: &[CompactSkill], current_year: i32, credits: &mut Vec<f64>) -> f64 {
        credits.clear();
        credits.resize(self.weights.len(), 0.0);
        for held in skills {
            let skill = held.skill as usize;
            if skill + 1 >= self.offsets.len() {
                continue;
            }
            let (start, end) = (self.offsets[skill] as usize, self.offsets[skill + 1] as usize);
            if start == end {
                continue;
            }
            let recency = recency_factor(held.last_used_year, current_year);
            for &(position, similarity) in &self.entries[start..end] {
                let position = position as usize;
                let credit = skill_credit(similarity, held.level, self.min_levels[position], recency);
                if credit > credits[position] {
                    credits[position] = credit;
                }
            }
        }
        coverage_of(self.weights.iter().copied().zip(credits.iter().copied()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::coverage;
    use kohtaanto_domain::Importance;
    use proptest::prelude::*;

    fn taxonomy() -> Taxonomy {
        Taxonomy::from_toml_str(include_str!("../../kohtaanto-taxonomy/data/sample.toml")).expect("sample")
    }

    fn arb_requirements(n: u32) -> impl Strategy<Value = Vec<CompactRequirement>> {
        proptest::collection::vec((0..n, any::<bool>(), 1u8..=5), 0..8).prop_map(|raw| {
            let mut v: Vec<CompactRequirement> = raw
                .into_iter()
                .map(|(skill, required, min_level)| CompactRequirement {
                    skill,
                    importance: if required { Importance::Required } else { Importance::NiceToHave },
                    min_level,
                })
                .collect();
            v.sort_by_key(|r| r.skill);
            v.dedup_by_key(|r| r.skill);
            v
        })
    }

    fn arb_skills(n: u32) -> impl Strategy<Value = Vec<CompactSkill>> {
        proptest::collection::vec((0..n, 1u8..=5, proptest::option::of(2000i32..2027)), 0..8).prop_map(
            |raw| {
                let mut v: Vec<CompactSkill> = raw
                    .into_iter()
                    .map(|(skill, level, last_used_year)| CompactSkill { skill, level, last_used_year })
                    .collect();
                v.sort_by_key(|s| s.skill);
                v.dedup_by_key(|s| s.skill);
                v
            },
        )
    }

    proptest! {
        #[test]
        fn tables_agree_bit_for_bit_with_the_formula(
            requirements in arb_requirements(8),
            skills in arb_skills(8),
        ) {
            let t = taxonomy();
            let direct = coverage(&t, &requirements, &skills, 2026);
            let by_profile = ProfileTable::new(&t, &skills, 2026).coverage(&requirements);
            let mut scratch = Vec::new();
            let by_posting = PostingTable::new(&t, &requirements).coverage(&skills, 2026, &mut scratch);
            prop_assert_eq!(direct.to_bits(), by_profile.to_bits());
            prop_assert_eq!(direct.to_bits(), by_posting.to_bits());
        }
    }

    #[test]
    fn candidate_skills_cover_every_credited_skill() {
        let t = taxonomy();
        let pg = t.index_of("postgresql").expect("pg");
        let table =
            ProfileTable::new(&t, &[CompactSkill { skill: pg, level: 3, last_used_year: None }], 2026);
        let names: Vec<&str> = table.candidate_skills().iter().map(|&s| t.skill(s).id.as_str()).collect();
        assert!(
            names.contains(&"postgresql") && names.contains(&"mysql") && names.contains(&"sql-databases")
        );
        assert!(!names.contains(&"python"));
    }
}
