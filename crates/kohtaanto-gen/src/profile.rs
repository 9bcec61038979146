//! One synthetic jobseeker profile: a role (sometimes two), skills with levels that follow
//! experience, stale skills (the reskilling case: a long gap, or legacy technology), languages
//! (about 40 % immigrants with beginner Finnish and good English), home and accepted regions,
//! and a short summary in Finnish, Swedish or English that mentions some of the skills.

use crate::data::people::{MOTHER_TONGUES, MotherTongue};
use crate::data::phrases;
use crate::data::places::neighbours;
use crate::data::skills::Category;
use crate::posting::{Seniority, Source, draw_skills, from_pool, level, occupation, skill_name, usable};
use crate::sample::{PROFILE_STREAM, chance, pick, pick_weighted, record_rng};
use crate::text::{TextLang, capitalize, fill, join_list};
use crate::world::{ArchetypeRt, FlavorRt, SkillRef, World, skill};
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::{Cefr, JobseekerProfile, LanguageLevel, ProfileSkill, Provenance};
use rand::Rng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// Most skills on a generated profile.
const MAX_SKILLS: usize = 15;

/// Percent of jobseekers who moved to Finland.
pub(crate) const IMMIGRANT_PERCENT: u32 = 40;

/// A skill before it becomes a record field.
#[derive(Debug, Clone, Copy)]
struct Held {
    skill: SkillRef,
    legacy: bool,
    level: u8,
    last_used_year: Option<i32>,
}

impl Held {
    fn is_stale(&self, now_year: i32) -> bool {
        self.last_used_year.is_some_and(|year| now_year - year >= 5)
    }
}

/// The English indefinite article for a word ("an iOS Developer", "an SAP Consultant", "a UX
/// Designer"): acronyms go by how their first letter is spelled out.
fn indefinite_article(word: &str) -> &'static str {
    let first_word = word.split_whitespace().next().unwrap_or("");
    let is_acronym =
        first_word.len() > 1 && first_word.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    let first = first_word.chars().find(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase());
    let vowel_sound = match first {
        Some(c) if is_acronym => "aefhilmnorsx".contains(c),
        Some(c) => "aeio".contains(c),
        None => false,
    };
    if vowel_sound { "an" } else { "a" }
}

fn skill_is_soft(reference: SkillRef) -> bool {
    skill(reference).category == Category::Soft
}

fn years_of_experience(rng: &mut ChaCha8Rng) -> i32 {
    match rng.random_range(0..100) {
        0..20 => rng.random_range(0..=2),
        20..55 => rng.random_range(3..=9),
        _ => rng.random_range(10..=30),
    }
}

fn seniority_of(years: i32) -> Seniority {
    match years {
        ..3 => Seniority::Junior,
        3..10 => Seniority::Mid,
        _ => Seniority::Senior,
    }
}

/// Skills of the person: the main role, sometimes a second one (whose index is returned),
/// legacy technology for the experienced, sometimes a transversal skill.
fn choose_skills(
    rng: &mut ChaCha8Rng,
    world: &World,
    archetype_index: usize,
    flavor: &FlavorRt,
    seniority: Seniority,
    years: i32,
) -> (Vec<(SkillRef, Source, bool)>, Option<usize>) {
    let archetype = &world.archetypes[archetype_index];
    let target = match seniority {
        Seniority::Junior => rng.random_range(3..=7),
        Seniority::Mid => rng.random_range(5..=11),
        Seniority::Senior => rng.random_range(7..=MAX_SKILLS),
    };
    let mut chosen: Vec<(SkillRef, Source, bool)> = draw_skills(rng, archetype, flavor, target)
        .into_iter()
        .map(|(s, source)| (s, source, false))
        .collect();
    let has =
        |chosen: &[(SkillRef, Source, bool)], skill: SkillRef| chosen.iter().any(|&(s, _, _)| s == skill);
    let mut secondary = None;
    if chance(rng, 25) {
        let second_index = world.profile_archetypes.sample(rng);
        if second_index != archetype_index {
            secondary = Some(second_index);
            let second: &ArchetypeRt = &world.archetypes[second_index];
            let second_flavor = second.pick_flavor(rng);
            let wanted = rng.random_range(1..=3);
            let mut added = 0;
            let candidates = second_flavor
                .skills
                .iter()
                .copied()
                .chain(second.core.iter().map(|&(s, _)| s))
                .collect::<Vec<_>>();
            for skill in candidates {
                if added >= wanted || chosen.len() >= MAX_SKILLS {
                    break;
                }
                if !has(&chosen, skill) {
                    chosen.push((skill, Source::Optional, false));
                    added += 1;
                }
            }
        }
    }
    if years >= 8 && chance(rng, 60) {
        let mut legacy = archetype.legacy.clone();
        legacy.shuffle(rng);
        let wanted = rng.random_range(1..=2);
        let fresh = legacy.into_iter().filter(|&s| !has(&chosen, s)).take(wanted).collect::<Vec<_>>();
        for skill in fresh {
            if chosen.len() < MAX_SKILLS {
                chosen.push((skill, Source::Optional, true));
            }
        }
    }
    if chosen.len() < MAX_SKILLS && chance(rng, 35) {
        let soft = world.pick_soft(rng);
        if !has(&chosen, soft) {
            chosen.push((soft, Source::Soft, false));
        }
    }
    (chosen, secondary)
}

/// Level and last use of each skill. Stale skills come from a long gap out of ICT work (most
/// skills last used 5-14 years ago), from legacy technology, or at random for the experienced.
fn hold_skills(
    rng: &mut ChaCha8Rng,
    chosen: &[(SkillRef, Source, bool)],
    seniority: Seniority,
    years: i32,
    now_year: i32,
) -> Vec<Held> {
    let base = seniority.base_level();
    let gap = (years >= 5 && chance(rng, 35)).then(|| rng.random_range(5..=years.clamp(5, 12)));
    let oldest = years.clamp(5, 15);
    chosen
        .iter()
        .map(|&(skill, source, legacy)| {
            let delta = rng.random_range(0..100);
            let raw_level = match source {
                Source::Flavor | Source::Core => {
                    base + [-1, 0, 1][usize::from(delta >= 20) + usize::from(delta >= 70)]
                }
                Source::Optional => base + [-1, 0, 1][usize::from(delta >= 40) + usize::from(delta >= 85)],
                Source::Soft => 3 + i32::from(delta >= 50),
            };
            let last_used_year = if skill_is_soft(skill) {
                None
            } else if legacy {
                Some(now_year - rng.random_range(6..=oldest.max(6)))
            } else if let Some(gap) = gap.filter(|_| chance(rng, 80)) {
                Some(now_year - (gap + rng.random_range(0..=2)).min(15))
            } else {
                match rng.random_range(0..100) {
                    0..55 => None,
                    55..88 => Some(now_year - rng.random_range(1..=4)),
                    _ if years >= 5 => Some(now_year - rng.random_range(5..=oldest)),
                    _ => Some(now_year - rng.random_range(1..=4)),
                }
            };
            Held { skill, legacy, level: level(raw_level), last_used_year }
        })
        .collect()
}

/// Languages of the person, mother tongue first; and the immigrant's mother tongue.
fn languages(
    rng: &mut ChaCha8Rng,
    world: &World,
    immigrant: bool,
) -> (Vec<LanguageLevel>, Option<&'static MotherTongue>) {
    let known = |language: &str, level: Cefr| LanguageLevel { language: language.to_string(), level };
    let level = |rng: &mut ChaCha8Rng, weights: &[(Cefr, u32)]| pick_weighted(rng, weights, |&(_, w)| w).0;
    let mut languages = Vec::with_capacity(4);
    if immigrant {
        let tongue = &MOTHER_TONGUES[world.mother_tongues.sample(rng)];
        languages.push(known(tongue.code, Cefr::C2));
        languages.push(known("en", level(rng, &[(Cefr::B2, 30), (Cefr::C1, 45), (Cefr::C2, 25)])));
        if tongue.close_to_finnish {
            languages.push(known("fi", level(rng, &[(Cefr::B1, 40), (Cefr::B2, 60)])));
        } else if chance(rng, 90) {
            languages.push(known("fi", level(rng, &[(Cefr::A1, 30), (Cefr::A2, 40), (Cefr::B1, 30)])));
        }
        return (languages, Some(tongue));
    }
    if chance(rng, 8) {
        // Finland-Swedish.
        languages.push(known("sv", Cefr::C2));
        languages.push(known("fi", level(rng, &[(Cefr::C1, 60), (Cefr::C2, 40)])));
        languages.push(known("en", level(rng, &[(Cefr::B2, 30), (Cefr::C1, 60), (Cefr::C2, 10)])));
    } else {
        languages.push(known("fi", Cefr::C2));
        languages
            .push(known("en", level(rng, &[(Cefr::B1, 5), (Cefr::B2, 40), (Cefr::C1, 45), (Cefr::C2, 10)])));
        if chance(rng, 45) {
            languages.push(known("sv", level(rng, &[(Cefr::A2, 40), (Cefr::B1, 45), (Cefr::B2, 15)])));
        }
    }
    (languages, None)
}

fn level_of(languages: &[LanguageLevel], language: &str) -> Option<Cefr> {
    languages.iter().find(|l| l.language == language).map(|l| l.level)
}

/// Language of the summary: natives write Finnish (Finland-Swedes Swedish), immigrants mostly
/// English, Finnish when theirs is good enough.
fn summary_language(rng: &mut ChaCha8Rng, languages: &[LanguageLevel], immigrant: bool) -> TextLang {
    let finnish = level_of(languages, "fi").unwrap_or(Cefr::A1);
    if immigrant {
        return if finnish >= Cefr::B1 && chance(rng, 35) { TextLang::Fi } else { TextLang::En };
    }
    if level_of(languages, "sv") == Some(Cefr::C2) {
        return match rng.random_range(0..100) {
            0..80 => TextLang::Sv,
            80..90 => TextLang::Fi,
            _ => TextLang::En,
        };
    }
    if chance(rng, 80) { TextLang::Fi } else { TextLang::En }
}

/// The role as the person would name it: nominative, without the ", Java" style of titles.
fn summary_role(rng: &mut ChaCha8Rng, flavor: &FlavorRt, lang: TextLang) -> String {
    let tech = flavor.def.tech;
    let templates: Vec<&str> = match lang {
        TextLang::Fi => usable(flavor.roles.fi, |pair| pair.0, tech).into_iter().map(|pair| pair.0).collect(),
        TextLang::Sv => usable(flavor.roles.sv, |t| t, tech).into_iter().copied().collect(),
        TextLang::En => usable(flavor.roles.en, |t| t, tech).into_iter().copied().collect(),
    };
    let plain: Vec<&str> = templates.iter().copied().filter(|t| !t.contains(',')).collect();
    let template = if plain.is_empty() { *pick(rng, &templates) } else { *pick(rng, &plain) };
    fill(template, "tech", tech)
}

struct SummaryInput<'a> {
    lang: TextLang,
    flavor: &'a FlavorRt,
    seniority: Seniority,
    years: i32,
    held: &'a [Held],
    languages: &'a [LanguageLevel],
    tongue: Option<&'static MotherTongue>,
    accepts_remote: bool,
    now_year: i32,
}

fn summary(rng: &mut ChaCha8Rng, input: &SummaryInput<'_>) -> String {
    let lang = input.lang;
    let role = summary_role(rng, input.flavor, lang);
    let mut sentences: Vec<String> = Vec::with_capacity(6);
    let opener = from_pool(rng, &phrases::SUMMARY_OPENERS[input.seniority.index()], lang);
    sentences.push(capitalize(
        &opener
            .replace("{Role}", &capitalize(&role))
            .replace("{role}", &role)
            .replace("{article}", indefinite_article(&role))
            .replace("{years}", &input.years.max(2).to_string()),
    ));

    let mut current: Vec<SkillRef> =
        input.held.iter().filter(|h| !h.is_stale(input.now_year)).map(|h| h.skill).collect();
    if !current.is_empty() {
        let keep = rng.random_range(current.len().div_ceil(2)..=current.len()).min(6);
        current.truncate(keep);
        let names = current.iter().map(|&s| skill_name(s, lang).to_string()).collect::<Vec<_>>();
        sentences.push(
            from_pool(rng, &phrases::SUMMARY_SKILLS, lang).replace("{list}", &join_list(lang, &names, false)),
        );
    }
    let stale: Vec<SkillRef> = input
        .held
        .iter()
        .filter(|h| h.is_stale(input.now_year) && (h.legacy || chance(rng, 50)))
        .map(|h| h.skill)
        .take(3)
        .collect();
    if !stale.is_empty() && chance(rng, 75) {
        let names = stale.iter().map(|&s| skill_name(s, lang).to_string()).collect::<Vec<_>>();
        sentences.push(
            from_pool(rng, &phrases::SUMMARY_STALE, lang).replace("{list}", &join_list(lang, &names, false)),
        );
    }
    if let Some(tongue) = input.tongue {
        let finnish = level_of(input.languages, "fi").unwrap_or(Cefr::A1);
        let moved = input.now_year - rng.random_range(1..=12);
        let tongue_name = if lang == TextLang::Fi { tongue.fi } else { tongue.en };
        sentences.push(
            from_pool(rng, &phrases::SUMMARY_MOVED, lang)
                .replace("{year}", &moved.to_string())
                .replace("{level}", &finnish.to_string())
                .replace("{tongue}", tongue_name),
        );
    }
    if chance(rng, 60) {
        sentences.push(from_pool(rng, &phrases::SUMMARY_WISHES, lang).to_string());
    }
    if input.accepts_remote && chance(rng, 40) {
        sentences.push(from_pool(rng, &phrases::SUMMARY_REMOTE, lang).to_string());
    }
    sentences.join(" ")
}

fn accepted_regions(rng: &mut ChaCha8Rng, home_region: &str) -> Vec<String> {
    if chance(rng, 20) {
        return Vec::new();
    }
    let mut regions = vec![home_region.to_string()];
    if chance(rng, 35) {
        let mut nearby = neighbours(home_region).to_vec();
        nearby.shuffle(rng);
        let wanted = rng.random_range(1..=2);
        regions.extend(nearby.into_iter().take(wanted).map(str::to_string));
    }
    regions
}

/// The profile with 0-based `index`.
pub(crate) fn profile(world: &World, seed: u64, now: DateTime<Utc>, index: usize) -> JobseekerProfile {
    let mut rng = record_rng(seed, PROFILE_STREAM | index as u64);
    let rng = &mut rng;
    let now_year = now.year();
    let archetype_index = world.profile_archetypes.sample(rng);
    let archetype = &world.archetypes[archetype_index];
    let flavor = archetype.pick_flavor(rng);
    let years = years_of_experience(rng);
    let seniority = seniority_of(years);
    let immigrant = chance(rng, IMMIGRANT_PERCENT);
    let place = &world.places[world.pick_place(rng)];

    let (chosen, secondary) = choose_skills(rng, world, archetype_index, flavor, seniority, years);
    let held = hold_skills(rng, &chosen, seniority, years, now_year);
    let (languages, tongue) = languages(rng, world, immigrant);
    let accepts_remote = chance(rng, 60);
    let lang = summary_language(rng, &languages, immigrant);
    let summary = summary(
        rng,
        &SummaryInput {
            lang,
            flavor,
            seniority,
            years,
            held: &held,
            languages: &languages,
            tongue,
            accepts_remote,
            now_year,
        },
    );

    let mut desired = vec![occupation(rng, flavor).isco_code];
    if chance(rng, 35) {
        desired.push(occupation(rng, flavor).isco_code);
    }
    if let Some(second_index) = secondary.filter(|_| chance(rng, 60)) {
        let other = &world.archetypes[second_index];
        let other_flavor = pick(rng, &other.flavors);
        desired.push(occupation(rng, other_flavor).isco_code);
    }
    let mut seen = Vec::with_capacity(desired.len());
    desired.retain(|code| {
        let new = !seen.contains(code);
        seen.push(code.clone());
        new
    });

    let days_ago = 730.0 * rng.random::<f64>().powf(1.6);
    let updated_at =
        DateTime::from_timestamp(now.timestamp() - (days_ago * 86_400.0) as i64, 0).unwrap_or(now);

    JobseekerProfile {
        id: format!("js-{:07}", index + 1),
        coach_id: world.pick_coach(rng, place.region),
        skills: held
            .iter()
            .map(|h| ProfileSkill {
                skill: skill(h.skill).id.to_string(),
                level: h.level,
                last_used_year: h.last_used_year,
                provenance: Provenance::Explicit,
            })
            .collect(),
        summary,
        languages,
        municipality_code: place.code.to_string(),
        accepted_regions: accepted_regions(rng, place.region),
        accepts_remote,
        desired_occupations: desired,
        updated_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_follow_pronunciation() {
        assert_eq!(indefinite_article("iOS Developer"), "an");
        assert_eq!(indefinite_article("SAP Consultant"), "an");
        assert_eq!(indefinite_article("UX Designer"), "a");
        assert_eq!(indefinite_article("Embedded C Developer"), "an");
        assert_eq!(indefinite_article("Java Developer"), "a");
        assert_eq!(indefinite_article("BI Analyst"), "a");
        assert_eq!(indefinite_article("IT Support Specialist"), "an");
        assert_eq!(indefinite_article("Data Scientist"), "a");
    }
}
