//! One synthetic job posting: role, employer, place, requirements, and a description in the
//! posting's language that mentions the requirements the way real postings do (bullet lists or
//! prose), so that skill extraction can recover them when no explicit requirements are given.

use crate::data::archetypes::Duties;
use crate::data::phrases::{self, Pool, skill_phrases};
use crate::data::skills::Category;
use crate::sample::{POSTING_STREAM, chance, pick, pick_text, pick_weighted, record_rng};
use crate::text::{TextLang, capitalize, date_text, fill, join_list};
use crate::world::{ArchetypeRt, Chance, Employer, EmployerKind, FlavorRt, Place, SkillRef, World, skill};
use chrono::{DateTime, TimeDelta, Utc};
use kohtaanto_domain::{
    Cefr, Importance, JobPosting, LanguageLevel, Occupation, Provenance, Requirement, WorkMode,
};
use rand::Rng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

/// Percent of postings that carry explicit requirements; the others rely on extraction.
pub(crate) const EXPLICIT_REQUIREMENTS_PERCENT: u32 = 60;

/// Municipalities where public bodies often require Swedish (bilingual municipalities).
const BILINGUAL: &[&str] = &["091", "049", "092", "235", "638", "853", "905", "478"];

/// Career stage of a role or person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seniority {
    /// 0-2 years.
    Junior,
    /// 3-9 years.
    Mid,
    /// 10+ years.
    Senior,
}

impl Seniority {
    /// 0, 1, 2 for table lookups.
    pub(crate) fn index(self) -> usize {
        match self {
            Seniority::Junior => 0,
            Seniority::Mid => 1,
            Seniority::Senior => 2,
        }
    }

    /// Typical skill level of the stage.
    pub(crate) fn base_level(self) -> i32 {
        match self {
            Seniority::Junior => 2,
            Seniority::Mid => 3,
            Seniority::Senior => 4,
        }
    }
}

/// Where a planned skill came from; decides how important it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Named by the title (always required).
    Flavor,
    /// A core skill of the role.
    Core,
    /// An optional skill of the role.
    Optional,
    /// A transversal skill.
    Soft,
}

/// Draw skills for a role: the flavor's, then core and optional ones by their probabilities,
/// topped up (weighted by probability) until `target` skills are chosen.
pub(crate) fn draw_skills(
    rng: &mut ChaCha8Rng,
    archetype: &ArchetypeRt,
    flavor: &FlavorRt,
    target: usize,
) -> Vec<(SkillRef, Source)> {
    let mut chosen: Vec<(SkillRef, Source)> = Vec::with_capacity(target + 2);
    let push = |chosen: &mut Vec<(SkillRef, Source)>, skill: SkillRef, source: Source| {
        if !chosen.iter().any(|&(s, _)| s == skill) {
            chosen.push((skill, source));
        }
    };
    for &skill in &flavor.skills {
        push(&mut chosen, skill, Source::Flavor);
    }
    let mut core: Vec<Chance> = archetype.core.clone();
    core.shuffle(rng);
    for &(skill, percent) in &core {
        if chosen.len() >= target {
            break;
        }
        if chance(rng, u32::from(percent)) {
            push(&mut chosen, skill, Source::Core);
        }
    }
    let mut optional: Vec<Chance> = flavor.extra.iter().chain(&archetype.optional).copied().collect();
    optional.shuffle(rng);
    for &(skill, percent) in &optional {
        if chosen.len() >= target {
            break;
        }
        if chance(rng, u32::from(percent)) {
            push(&mut chosen, skill, Source::Optional);
        }
    }
    while chosen.len() < target {
        let remaining: Vec<(SkillRef, u8, Source)> = core
            .iter()
            .map(|&(s, p)| (s, p, Source::Core))
            .chain(optional.iter().map(|&(s, p)| (s, p, Source::Optional)))
            .filter(|&(s, _, _)| !chosen.iter().any(|&(c, _)| c == s))
            .collect();
        if remaining.is_empty() {
            break;
        }
        let &(skill, _, source) = pick_weighted(rng, &remaining, |&(_, p, _)| u32::from(p).max(1));
        push(&mut chosen, skill, source);
    }
    chosen
}

/// A requirement before it becomes a record field.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Planned {
    /// Skill.
    pub skill: SkillRef,
    /// Importance.
    pub importance: Importance,
    /// Minimum level.
    pub min_level: Option<u8>,
}

fn plan_requirements(
    rng: &mut ChaCha8Rng,
    world: &World,
    archetype: &ArchetypeRt,
    flavor: &FlavorRt,
    seniority: Seniority,
) -> Vec<Planned> {
    let target = match seniority {
        Seniority::Junior => rng.random_range(4..=7),
        Seniority::Mid => rng.random_range(5..=10),
        Seniority::Senior => rng.random_range(7..=12),
    };
    let mut chosen = draw_skills(rng, archetype, flavor, target);
    if chosen.len() < 12 && chance(rng, 30) {
        let soft = world.pick_soft(rng);
        if !chosen.iter().any(|&(s, _)| s == soft) {
            chosen.push((soft, Source::Soft));
        }
    }
    let base = seniority.base_level();
    let mut plan: Vec<Planned> = chosen
        .iter()
        .map(|&(skill, source)| {
            let required = match source {
                Source::Flavor => true,
                Source::Core => chance(rng, 85),
                Source::Optional => chance(rng, 25),
                Source::Soft => chance(rng, 40),
            };
            let importance = if required { Importance::Required } else { Importance::NiceToHave };
            let min_level = match (source, required) {
                (Source::Soft, _) => None,
                (_, true) if chance(rng, 75) => {
                    let delta = match rng.random_range(0..100) {
                        0..20 => -1,
                        20..85 => 0,
                        _ => 1,
                    };
                    Some(level(base + delta))
                }
                (_, false) if chance(rng, 30) => Some(level(base - 1)),
                _ => None,
            };
            Planned { skill, importance, min_level }
        })
        .collect();
    // Every posting requires at least two skills.
    let mut required = plan.iter().filter(|p| p.importance == Importance::Required).count();
    for planned in &mut plan {
        if required >= 2 {
            break;
        }
        if planned.importance == Importance::NiceToHave {
            planned.importance = Importance::Required;
            required += 1;
        }
    }
    plan
}

/// A skill level within 1..=5.
pub(crate) fn level(value: i32) -> u8 {
    value.clamp(1, 5) as u8
}

/// Name of a skill in a language.
pub(crate) fn skill_name(reference: SkillRef, lang: TextLang) -> &'static str {
    let text = skill(reference);
    let name = lang.pick(text.fi, text.sv, text.en);
    if name.is_empty() { text.en } else { name }
}

/// A phrase saying the skill is wanted ("kokemus PostgreSQL-tietokannoista"); Finnish in the
/// partitive when asked and the category has one.
fn skill_phrase(rng: &mut ChaCha8Rng, reference: SkillRef, lang: TextLang, partitive: bool) -> String {
    let phrases = skill_phrases(skill(reference).category);
    let name = skill_name(reference, lang);
    let template = match lang {
        TextLang::Fi => {
            let i = rng.random_range(0..phrases.fi_nom.len());
            if partitive && i < phrases.fi_part.len() { phrases.fi_part[i] } else { phrases.fi_nom[i] }
        }
        TextLang::Sv => pick_text(rng, phrases.sv),
        TextLang::En => pick_text(rng, phrases.en),
    };
    fill(template, "x", name)
}

/// A template from a pool in a language.
pub(crate) fn from_pool(rng: &mut ChaCha8Rng, pool: &Pool, lang: TextLang) -> &'static str {
    pick_text(rng, lang.pick(pool.fi, pool.sv, pool.en))
}

/// Role templates usable with this technology (titles naming `{tech}` need one).
pub(crate) fn usable<'a, T>(templates: &'a [T], text: impl Fn(&T) -> &str, tech: &str) -> Vec<&'a T> {
    let usable: Vec<&T> =
        templates.iter().filter(|t| !tech.is_empty() || !text(t).contains("{tech")).collect();
    if usable.is_empty() { templates.iter().collect() } else { usable }
}

/// The role name of a flavor in a language: (nominative, partitive for Finnish / same otherwise).
fn role_names(rng: &mut ChaCha8Rng, flavor: &FlavorRt, lang: TextLang) -> (String, String) {
    let tech = flavor.def.tech;
    match lang {
        TextLang::Fi => {
            let &&(nominative, partitive) = pick(rng, &usable(flavor.roles.fi, |pair| pair.0, tech));
            (fill(nominative, "tech", tech), fill(partitive, "tech", tech))
        }
        TextLang::Sv | TextLang::En => {
            let templates = if lang == TextLang::Sv { flavor.roles.sv } else { flavor.roles.en };
            let &&template = pick(rng, &usable(templates, |t| t, tech));
            let name = fill(template, "tech", tech);
            (name.clone(), name)
        }
    }
}

fn title(rng: &mut ChaCha8Rng, lang: TextLang, seniority: Seniority, role: &str) -> String {
    let prefix = match seniority {
        Seniority::Junior if chance(rng, 75) => from_pool(rng, &phrases::TITLE_JUNIOR, lang),
        Seniority::Senior if chance(rng, 80) => from_pool(rng, &phrases::TITLE_SENIOR, lang),
        _ => "",
    };
    capitalize(&format!("{prefix}{role}"))
}

fn work_mode(rng: &mut ChaCha8Rng) -> WorkMode {
    match rng.random_range(0..100) {
        0..45 => WorkMode::Onsite,
        45..85 => WorkMode::Hybrid,
        _ => WorkMode::Remote,
    }
}

fn cefr(rng: &mut ChaCha8Rng, weights: &[(Cefr, u32)]) -> Cefr {
    pick_weighted(rng, weights, |&(_, w)| w).0
}

fn required_language(language: &str, level: Cefr) -> LanguageLevel {
    LanguageLevel { language: language.to_string(), level }
}

fn posting_languages(
    rng: &mut ChaCha8Rng,
    lang: TextLang,
    employer: &Employer,
    place: &Place,
) -> Vec<LanguageLevel> {
    let mut languages = Vec::new();
    match lang {
        TextLang::Fi => {
            if chance(rng, 85) {
                languages.push(required_language(
                    "fi",
                    cefr(rng, &[(Cefr::B2, 45), (Cefr::C1, 50), (Cefr::C2, 5)]),
                ));
            }
            if chance(rng, 60) {
                languages.push(required_language(
                    "en",
                    cefr(rng, &[(Cefr::B1, 10), (Cefr::B2, 75), (Cefr::C1, 15)]),
                ));
            }
            let swedish =
                if employer.kind == EmployerKind::Public && BILINGUAL.contains(&place.code) { 30 } else { 3 };
            if chance(rng, swedish) {
                languages.push(required_language(
                    "sv",
                    cefr(rng, &[(Cefr::A2, 30), (Cefr::B1, 50), (Cefr::B2, 20)]),
                ));
            }
        }
        TextLang::En => {
            if chance(rng, 95) {
                languages.push(required_language(
                    "en",
                    cefr(rng, &[(Cefr::B2, 40), (Cefr::C1, 55), (Cefr::C2, 5)]),
                ));
            }
            if chance(rng, 12) {
                languages.push(required_language("fi", cefr(rng, &[(Cefr::B1, 40), (Cefr::B2, 60)])));
            }
        }
        TextLang::Sv => {
            languages
                .push(required_language("sv", cefr(rng, &[(Cefr::B2, 30), (Cefr::C1, 60), (Cefr::C2, 10)])));
            if chance(rng, 60) {
                languages.push(required_language(
                    "fi",
                    cefr(rng, &[(Cefr::B1, 30), (Cefr::B2, 60), (Cefr::C1, 10)]),
                ));
            }
            if chance(rng, 40) {
                languages.push(required_language("en", Cefr::B2));
            }
        }
    }
    languages
}

/// A language requirement in words: "hyvää suomen kielen taitoa" / "goda kunskaper i finska" /
/// "good Finnish", or with the level code: "suomi (B2)".
fn language_phrase(lang: TextLang, requirement: &LanguageLevel, with_code: bool) -> String {
    let (fi_nom, fi_gen, sv, en) = match requirement.language.as_str() {
        "fi" => ("suomi", "suomen", "finska", "Finnish"),
        "sv" => ("ruotsi", "ruotsin", "svenska", "Swedish"),
        _ => ("englanti", "englannin", "engelska", "English"),
    };
    let band = match requirement.level {
        Cefr::C1 | Cefr::C2 => 2,
        Cefr::B2 => 1,
        _ => 0,
    };
    if with_code {
        let name = lang.pick(fi_nom, sv, en);
        return format!("{name} ({})", requirement.level);
    }
    match lang {
        TextLang::Fi => {
            format!("{} {fi_gen} kielen taitoa", ["tyydyttävää", "hyvää", "erinomaista"][band])
        }
        TextLang::Sv => {
            format!("{} i {sv}", ["grundläggande kunskaper", "goda kunskaper", "utmärkta kunskaper"][band])
        }
        TextLang::En => format!("{} {en}", ["working knowledge of", "good", "fluent"][band]),
    }
}

/// Everything the description is written from.
struct DescriptionInput<'a> {
    lang: TextLang,
    employer: &'a Employer,
    place: &'a Place,
    role_partitive: &'a str,
    seniority: Seniority,
    duties: &'a Duties,
    work_mode: WorkMode,
    required: Vec<SkillRef>,
    nice: Vec<SkillRef>,
    languages: &'a [LanguageLevel],
    expires_at: DateTime<Utc>,
}

fn describe(rng: &mut ChaCha8Rng, input: &DescriptionInput<'_>) -> String {
    let lang = input.lang;
    let mut paragraphs: Vec<String> = Vec::with_capacity(6);

    let seniority_words = lang.pick(phrases::SENIORITY_FI, phrases::SENIORITY_SV, phrases::SENIORITY_EN);
    let role = format!("{}{}", seniority_words[input.seniority.index()], input.role_partitive);
    let intros = if input.employer.kind != EmployerKind::Public && chance(rng, 25) {
        &phrases::INTROS_GROWING
    } else {
        &phrases::INTROS
    };
    let intro = from_pool(rng, intros, lang)
        .replace("{employer}", &input.employer.name)
        .replace("{role}", &role)
        .replace("{place}", input.place.located(lang));
    let mut opening = capitalize(&intro);
    if chance(rng, 50) {
        let about = match input.employer.kind {
            EmployerKind::Finnish | EmployerKind::SwedishSpeaking => &phrases::ABOUT_COMPANY,
            EmployerKind::International => &phrases::ABOUT_INTERNATIONAL,
            EmployerKind::Public => &phrases::ABOUT_PUBLIC,
        };
        opening.push(' ');
        opening.push_str(&from_pool(rng, about, lang).replace("{size}", &input.employer.size.to_string()));
    }
    if chance(rng, 60) {
        let domains = lang.pick(phrases::DOMAINS.fi, phrases::DOMAINS.sv, phrases::DOMAINS.en);
        opening.push(' ');
        opening.push_str(&from_pool(rng, &phrases::TEAM, lang).replace("{domain}", pick_text(rng, domains)));
    }
    paragraphs.push(opening);

    let duties = lang.pick(input.duties.fi, input.duties.sv, input.duties.en);
    let mut order = [0, 1, 2];
    order.shuffle(rng);
    paragraphs.push(
        from_pool(rng, &phrases::DUTIES, lang)
            .replace("{a}", duties[order[0]])
            .replace("{b}", duties[order[1]]),
    );

    if chance(rng, 50) {
        paragraphs.extend(requirement_bullets(rng, lang, &input.required, &input.nice));
    } else {
        paragraphs.push(requirement_prose(rng, lang, &input.required, &input.nice));
    }
    match input.seniority {
        Seniority::Senior if chance(rng, 60) => {
            let years = rng.random_range(4..=8).to_string();
            paragraphs.push(from_pool(rng, &phrases::SENIOR_EXPERIENCE, lang).replace("{years}", &years));
        }
        Seniority::Junior if chance(rng, 60) => {
            paragraphs.push(from_pool(rng, &phrases::JUNIOR_WELCOME, lang).into())
        }
        _ => {}
    }

    let mut practical: Vec<String> = Vec::new();
    if !input.languages.is_empty() {
        let with_code = chance(rng, 40);
        let template =
            lang.pick(phrases::LANGUAGE_PROSE.fi, phrases::LANGUAGE_PROSE.sv, phrases::LANGUAGE_PROSE.en)
                [usize::from(with_code)];
        let items = input.languages.iter().map(|l| language_phrase(lang, l, with_code)).collect::<Vec<_>>();
        practical.push(template.replace("{list}", &join_list(lang, &items, false)));
    }
    if lang == TextLang::En && !input.languages.iter().any(|l| l.language == "fi") && chance(rng, 50) {
        practical.push(pick(rng, phrases::NO_FINNISH_NEEDED).to_string());
    }
    let work = match input.work_mode {
        WorkMode::Onsite => &phrases::WORK_ONSITE,
        WorkMode::Hybrid => &phrases::WORK_HYBRID,
        WorkMode::Remote => &phrases::WORK_REMOTE,
    };
    practical.push(from_pool(rng, work, lang).replace("{place}", input.place.located(lang)));
    paragraphs.push(practical.join(" "));

    let mut closing: Vec<String> = Vec::new();
    if chance(rng, 60) {
        closing.push(from_pool(rng, &phrases::OFFERS, lang).to_string());
    }
    if chance(rng, 85) {
        closing.push(
            from_pool(rng, &phrases::DEADLINES, lang).replace("{date}", &date_text(lang, input.expires_at)),
        );
    }
    if !closing.is_empty() {
        paragraphs.push(closing.join(" "));
    }
    paragraphs.join("\n\n")
}

fn requirement_bullets(
    rng: &mut ChaCha8Rng,
    lang: TextLang,
    required: &[SkillRef],
    nice: &[SkillRef],
) -> Vec<String> {
    let mut blocks = Vec::with_capacity(2);
    for (skills, headers) in [(required, &phrases::REQUIRED_HEADERS), (nice, &phrases::NICE_HEADERS)] {
        if skills.is_empty() {
            continue;
        }
        let mut block = from_pool(rng, headers, lang).to_string();
        for &skill in skills {
            block.push_str("\n- ");
            block.push_str(&capitalize(&skill_phrase(rng, skill, lang, false)));
        }
        blocks.push(block);
    }
    blocks
}

fn requirement_prose(
    rng: &mut ChaCha8Rng,
    lang: TextLang,
    required: &[SkillRef],
    nice: &[SkillRef],
) -> String {
    let is_soft = |s: &SkillRef| skill(*s).category == Category::Soft;
    let named = |s: &SkillRef| skill(*s).category.is_named_technology();
    let required_tech: Vec<SkillRef> = required.iter().copied().filter(named).collect();
    let mut other: Vec<SkillRef> = required.iter().copied().filter(|s| !named(s)).collect();
    other.extend(nice.iter().copied().filter(is_soft));
    let nice_rest: Vec<SkillRef> = nice.iter().copied().filter(|s| !is_soft(s)).collect();

    let mut sentences: Vec<String> = Vec::new();
    if !required_tech.is_empty() {
        let split = required_tech.len().min(rng.random_range(2..=4));
        let (head, tail) = required_tech.split_at(split);
        let partitive = lang == TextLang::Fi && chance(rng, 65);
        let frame = if lang == TextLang::Fi && !partitive {
            pick_text(rng, phrases::REQUIRED_TECH_PROSE_FI_NOM)
        } else {
            from_pool(rng, &phrases::REQUIRED_TECH_PROSE, lang)
        };
        let items = head.iter().map(|&s| skill_phrase(rng, s, lang, partitive)).collect::<Vec<_>>();
        sentences.push(frame.replace("{list}", &join_list(lang, &items, false)));
        if !tail.is_empty() {
            let names = tail.iter().map(|&s| skill_name(s, lang).to_string()).collect::<Vec<_>>();
            sentences.push(
                from_pool(rng, &phrases::STACK, lang).replace("{list}", &join_list(lang, &names, false)),
            );
        }
    }
    if !other.is_empty() {
        let names = other.iter().map(|&s| skill_name(s, lang).to_string()).collect::<Vec<_>>();
        sentences.push(
            from_pool(rng, &phrases::REQUIRED_OTHER_PROSE, lang)
                .replace("{list}", &join_list(lang, &names, false)),
        );
    }
    if !nice_rest.is_empty() {
        let items = match lang {
            TextLang::Fi => nice_rest.iter().map(|&s| skill_phrase(rng, s, lang, false)).collect::<Vec<_>>(),
            TextLang::Sv | TextLang::En => {
                nice_rest.iter().map(|&s| skill_name(s, lang).to_string()).collect()
            }
        };
        let or = lang != TextLang::Fi && chance(rng, 40);
        sentences
            .push(from_pool(rng, &phrases::NICE_PROSE, lang).replace("{list}", &join_list(lang, &items, or)));
    }
    sentences.iter().map(|s| capitalize(s)).collect::<Vec<_>>().join(" ")
}

/// When a posting was published and when it closes: mostly within the last weeks (exponential
/// with a mean of 35 days), a tenth spread over the whole year; open for 14 to 90 days. About
/// a third are expired at `now`.
fn posting_dates(rng: &mut ChaCha8Rng, now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let days_ago = if chance(rng, 90) {
        let uniform: f64 = rng.random();
        -35.0 * (1.0 - uniform).ln()
    } else {
        rng.random::<f64>() * 365.0
    };
    let seconds_ago = (days_ago.min(364.9) * 86_400.0) as i64;
    let posted_at = DateTime::from_timestamp(now.timestamp() - seconds_ago, 0).unwrap_or(now);
    let expires_at = posted_at + TimeDelta::days(rng.random_range(14..=90));
    (posted_at, expires_at)
}

/// Occupation record from the table.
pub(crate) fn occupation(rng: &mut ChaCha8Rng, flavor: &FlavorRt) -> Occupation {
    let chosen = pick_weighted(rng, flavor.occupations, |o| o.weight);
    Occupation {
        esco_uri: format!("http://data.europa.eu/esco/occupation/{}", chosen.esco),
        isco_code: chosen.isco.to_string(),
        label: chosen.label.to_string(),
        provenance: Provenance::Explicit,
    }
}

/// The posting with 0-based `index`.
pub(crate) fn posting(world: &World, seed: u64, now: DateTime<Utc>, index: usize) -> JobPosting {
    let mut rng = record_rng(seed, POSTING_STREAM | index as u64);
    let rng = &mut rng;
    let archetype = &world.archetypes[world.posting_archetypes.sample(rng)];
    let flavor = archetype.pick_flavor(rng);
    let seniority = match rng.random_range(0..100) {
        0..25 => Seniority::Junior,
        25..70 => Seniority::Mid,
        _ => Seniority::Senior,
    };
    let employer = world.pick_employer(rng);
    let lang = pick_weighted(rng, &employer.kind.language_weights(), |&(_, w)| w).0;
    let place_index = if employer.kind == EmployerKind::Public || chance(rng, 75) {
        employer.home
    } else {
        world.pick_place(rng)
    };
    let place = &world.places[place_index];
    let work_mode = work_mode(rng);
    let plan = plan_requirements(rng, world, archetype, flavor, seniority);
    let explicit = chance(rng, EXPLICIT_REQUIREMENTS_PERCENT);
    let languages = posting_languages(rng, lang, employer, place);
    let occupation = occupation(rng, flavor);
    let (posted_at, expires_at) = posting_dates(rng, now);
    let (role_nominative, role_partitive) = role_names(rng, flavor, lang);
    let title = title(rng, lang, seniority, &role_nominative);

    // Without explicit requirements the text is the only source, so it names every one; with
    // them it names most, as real postings do.
    let mut required = Vec::new();
    let mut nice = Vec::new();
    for planned in &plan {
        let is_flavor = flavor.skills.contains(&planned.skill);
        let mention = match planned.importance {
            Importance::Required => !explicit || is_flavor || chance(rng, 90),
            Importance::NiceToHave => !explicit || chance(rng, 70),
        };
        if mention {
            match planned.importance {
                Importance::Required => required.push(planned.skill),
                Importance::NiceToHave => nice.push(planned.skill),
            }
        }
    }
    let description = describe(
        rng,
        &DescriptionInput {
            lang,
            employer,
            place,
            role_partitive: &role_partitive,
            seniority,
            duties: archetype.def.duties,
            work_mode,
            required,
            nice,
            languages: &languages,
            expires_at,
        },
    );

    let id = format!("job-{:06}", index + 1);
    let requirements = if explicit {
        plan.iter()
            .map(|p| Requirement {
                skill: skill(p.skill).id.to_string(),
                importance: p.importance,
                min_level: p.min_level,
                provenance: Provenance::Explicit,
            })
            .collect()
    } else {
        Vec::new()
    };
    JobPosting {
        url: format!("https://jobs.example.fi/{id}"),
        id,
        title,
        description,
        employer: employer.name.clone(),
        municipality_code: place.code.to_string(),
        region: place.region.to_string(),
        work_mode,
        languages,
        requirements,
        occupation: Some(occupation),
        posted_at,
        expires_at: Some(expires_at),
        source: "demo-portal".to_string(),
    }
}
