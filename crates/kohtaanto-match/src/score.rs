//! The scoring formula of DESIGN.md section 4, written out directly.

use kohtaanto_domain::{Importance, MatchExplanation, Outcome, ProfileSkill, Requirement, RequirementCredit};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};

/// A requirement in the form scoring uses: skill index, importance, effective min level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CompactRequirement {
    /// Skill index in the taxonomy.
    pub skill: SkillIndex,
    /// Importance.
    pub importance: Importance,
    /// Minimum level 1-5 (1 when none is given).
    pub min_level: u8,
}

/// A held skill in the form scoring uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CompactSkill {
    /// Skill index in the taxonomy.
    pub skill: SkillIndex,
    /// Level 1-5.
    pub level: u8,
    /// Year last used; `None` means in current use.
    pub last_used_year: Option<i32>,
}

/// Requirements in canonical order (ascending skill index), unknown skills dropped.
pub fn compact_requirements(taxonomy: &Taxonomy, requirements: &[Requirement]) -> Vec<CompactRequirement> {
    let mut compact: Vec<CompactRequirement> = requirements
        .iter()
        .filter_map(|r| {
            Some(CompactRequirement {
                skill: taxonomy.index_of(&r.skill)?,
                importance: r.importance,
                min_level: r.effective_min_level(),
            })
        })
        .collect();
    compact.sort_by_key(|r| r.skill);
    compact.dedup_by_key(|r| r.skill);
    compact
}

/// Held skills in canonical order (ascending skill index), unknown skills dropped.
pub fn compact_skills(taxonomy: &Taxonomy, skills: &[ProfileSkill]) -> Vec<CompactSkill> {
    let mut compact: Vec<CompactSkill> = skills
        .iter()
        .filter_map(|s| {
            Some(CompactSkill {
                skill: taxonomy.index_of(&s.skill)?,
                level: s.level,
                last_used_year: s.last_used_year,
            })
        })
        .collect();
    compact.sort_by_key(|s| s.skill);
    compact.dedup_by_key(|s| s.skill);
    compact
}

/// Years within which a skill counts as current.
pub const RECENT_YEARS: i32 = 3;
/// Years after which a skill counts half.
pub const STALE_YEARS: i32 = 10;
/// Credit factor of a stale skill.
pub const STALE_FACTOR: f64 = 0.5;

/// Recency factor: 1 if used in the last 3 years, falling linearly to 0.5 at 10+ years.
pub fn recency_factor(last_used_year: Option<i32>, current_year: i32) -> f64 {
    let Some(year) = last_used_year else { return 1.0 };
    let age = current_year.saturating_sub(year);
    if age <= RECENT_YEARS {
        1.0
    } else if age >= STALE_YEARS {
        STALE_FACTOR
    } else {
        1.0 - (1.0 - STALE_FACTOR) * f64::from(age - RECENT_YEARS) / f64::from(STALE_YEARS - RECENT_YEARS)
    }
}

/// Level factor: 1 if the level meets the minimum, else level / minimum.
pub fn level_factor(level: u8, min_level: u8) -> f64 {
    if level >= min_level { 1.0 } else { f64::from(level) / f64::from(min_level) }
}

/// Credit one held skill gives to one requirement: sim x level x recency. The order of the
/// multiplication is fixed here, and every path of the crate calls this function.
#[inline]
pub fn skill_credit(similarity: f64, level: u8, min_level: u8, recency: f64) -> f64 {
    similarity * level_factor(level, min_level) * recency
}

/// Weight of a requirement: importance x specificity.
#[inline]
pub fn requirement_weight(taxonomy: &Taxonomy, requirement: &CompactRequirement) -> f64 {
    requirement.importance.weight() * taxonomy.specificity(requirement.skill)
}

/// Coverage from (weight, credit) pairs in canonical requirement order. 0 when there are none.
#[inline]
pub fn coverage_of(pairs: impl Iterator<Item = (f64, f64)>) -> f64 {
    let (mut numerator, mut denominator) = (0.0_f64, 0.0_f64);
    for (weight, credit) in pairs {
        numerator += weight * credit;
        denominator += weight;
    }
    if denominator > 0.0 { numerator / denominator } else { 0.0 }
}

/// Best credit for one requirement and the index (into `skills`) of the held skill giving it.
pub fn best_credit(
    taxonomy: &Taxonomy,
    skills: &[CompactSkill],
    requirement: &CompactRequirement,
    current_year: i32,
) -> (f64, Option<usize>) {
    let mut best = (0.0, None);
    for (position, held) in skills.iter().enumerate() {
        let similarity = taxonomy.similarity(held.skill, requirement.skill);
        if similarity <= 0.0 {
            continue;
        }
        let credit = skill_credit(
            similarity,
            held.level,
            requirement.min_level,
            recency_factor(held.last_used_year, current_year),
        );
        if credit > best.0 {
            best = (credit, Some(position));
        }
    }
    best
}

/// Coverage of `requirements` by `skills` (both compact, canonical order), directly.
pub fn coverage(
    taxonomy: &Taxonomy,
    requirements: &[CompactRequirement],
    skills: &[CompactSkill],
    current_year: i32,
) -> f64 {
    coverage_of(requirements.iter().map(|requirement| {
        (
            requirement_weight(taxonomy, requirement),
            best_credit(taxonomy, skills, requirement, current_year).0,
        )
    }))
}

/// Ranking score: coverage quantised to millionths, so that ranking is reproducible and ties are
/// real ties (then newer first, then id).
#[inline]
pub fn rank_score(coverage: f64) -> u32 {
    (coverage.clamp(0.0, 1.0) * 1_000_000.0).round() as u32
}

/// Credit at or above which a requirement counts as fully matched.
const FULL_CREDIT: f64 = 1.0 - 1e-9;

/// Full explanation of how `skills` cover `requirements`.
pub fn explain(
    taxonomy: &Taxonomy,
    requirements: &[CompactRequirement],
    skills: &[CompactSkill],
    current_year: i32,
) -> MatchExplanation {
    let credits: Vec<RequirementCredit> = requirements
        .iter()
        .map(|requirement| {
            let weight = requirement_weight(taxonomy, requirement);
            let (credit, via) = best_credit(taxonomy, skills, requirement, current_year);
            let outcome = if credit >= FULL_CREDIT {
                Outcome::Matched
            } else if credit > 0.0 {
                Outcome::Partial
            } else {
                Outcome::Missing
            };
            let held = via.map(|position| skills[position]);
            RequirementCredit {
                skill: taxonomy.skill(requirement.skill).id.clone(),
                importance: requirement.importance,
                min_level: requirement.min_level,
                weight,
                credit,
                outcome,
                via_skill: held.map(|h| taxonomy.skill(h.skill).id.clone()),
                via_level: held.map_or(0, |h| h.level),
                similarity: held.map_or(0.0, |h| taxonomy.similarity(h.skill, requirement.skill)),
                level_factor: held.map_or(0.0, |h| level_factor(h.level, requirement.min_level)),
                recency_factor: held.map_or(0.0, |h| recency_factor(h.last_used_year, current_year)),
            }
        })
        .collect();
    let coverage = coverage_of(credits.iter().map(|c| (c.weight, c.credit)));
    MatchExplanation { coverage, requirements: credits }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kohtaanto_domain::Provenance;

    fn taxonomy() -> Taxonomy {
        Taxonomy::from_toml_str(include_str!("../../kohtaanto-taxonomy/data/sample.toml")).expect("sample")
    }

    fn req(skill: &str, importance: Importance, min_level: Option<u8>) -> Requirement {
        Requirement { skill: skill.into(), importance, min_level, provenance: Provenance::Explicit }
    }

    fn held(skill: &str, level: u8, last_used_year: Option<i32>) -> ProfileSkill {
        ProfileSkill { skill: skill.into(), level, last_used_year, provenance: Provenance::Explicit }
    }

    #[test]
    fn recency_falls_from_one_to_half() {
        assert_eq!(recency_factor(None, 2026), 1.0);
        assert_eq!(recency_factor(Some(2023), 2026), 1.0);
        assert_eq!(recency_factor(Some(2016), 2026), 0.5);
        assert_eq!(recency_factor(Some(1990), 2026), 0.5);
        assert!((recency_factor(Some(2019), 2026) - (1.0 - 0.5 * 4.0 / 7.0)).abs() < 1e-12);
        assert_eq!(recency_factor(Some(2030), 2026), 1.0, "future years count as current");
    }

    #[test]
    fn level_factor_is_ratio_below_minimum() {
        assert_eq!(level_factor(4, 3), 1.0);
        assert_eq!(level_factor(3, 3), 1.0);
        assert!((level_factor(2, 4) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn coverage_follows_the_formula() {
        let t = taxonomy();
        let requirements = compact_requirements(
            &t,
            &[req("python", Importance::Required, Some(4)), req("postgresql", Importance::NiceToHave, None)],
        );
        // python level 2 (of 4), current; mysql is related to postgresql with 0.7, stale (0.5).
        let skills = compact_skills(&t, &[held("python", 2, None), held("mysql", 5, Some(2010))]);
        let w_python = 1.0 * 0.8;
        let w_pg = 0.5 * 0.85;
        let expected = (w_python * 0.5 + w_pg * 0.7 * 0.5) / (w_python + w_pg);
        let got = coverage(&t, &requirements, &skills, 2026);
        assert!((got - expected).abs() < 1e-12, "{got} vs {expected}");

        let explanation = explain(&t, &requirements, &skills, 2026);
        assert_eq!(explanation.coverage, got);
        let pg = explanation.requirements.iter().find(|r| r.skill == "postgresql").expect("pg");
        assert_eq!(pg.outcome, Outcome::Partial);
        assert_eq!(pg.via_skill.as_deref(), Some("mysql"));
        assert_eq!(pg.recency_factor, 0.5);
    }

    #[test]
    fn narrower_skill_counts_high_and_broader_less() {
        let t = taxonomy();
        let wants_sql = compact_requirements(&t, &[req("sql-databases", Importance::Required, None)]);
        let has_pg = compact_skills(&t, &[held("postgresql", 5, None)]);
        assert!((coverage(&t, &wants_sql, &has_pg, 2026) - 0.9).abs() < 1e-12);
        let wants_pg = compact_requirements(&t, &[req("postgresql", Importance::Required, None)]);
        let has_sql = compact_skills(&t, &[held("sql-databases", 5, None)]);
        assert!((coverage(&t, &wants_pg, &has_sql, 2026) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn full_match_and_no_requirements() {
        let t = taxonomy();
        let requirements = compact_requirements(&t, &[req("go", Importance::Required, Some(3))]);
        let skills = compact_skills(&t, &[held("go", 3, Some(2025))]);
        let explanation = explain(&t, &requirements, &skills, 2026);
        assert_eq!(explanation.coverage, 1.0);
        assert_eq!(explanation.requirements[0].outcome, Outcome::Matched);
        assert_eq!(coverage(&t, &[], &skills, 2026), 0.0);
        let missing = explain(&t, &requirements, &[], 2026);
        assert_eq!(missing.requirements[0].outcome, Outcome::Missing);
        assert_eq!(missing.requirements[0].via_skill, None);
    }

    #[test]
    fn rank_score_quantises() {
        assert_eq!(rank_score(1.0), 1_000_000);
        assert_eq!(rank_score(0.5), 500_000);
        assert_eq!(rank_score(f64::NAN.max(0.0)), 0);
        assert_eq!(rank_score(2.0), 1_000_000);
    }
}
