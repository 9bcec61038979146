//! Merging extracted skills into postings and profiles; explicit entries always win.
//!
//! The *effective* requirements of a posting are its explicit requirements, unchanged and in
//! their order (ids unknown to the taxonomy included: validation happens elsewhere), followed by
//! the skills extracted from the title and then the description that are not explicit, each once,
//! in order of first mention, with provenance [`Provenance::Extracted`], no minimum level and
//! importance:
//! - [`Importance::NiceToHave`] when every mention of the skill is in a nice-to-have context, or
//!   when the skill is a human language (a mention of "Finnish" is usually a language
//!   requirement, which postings state separately as a hard filter);
//! - [`Importance::Required`] otherwise.
//!
//! A mention is in a nice-to-have context when its sentence (or bullet line) contains a cue such
//! as "nice to have", "plus", "is an advantage", "bonus", "preferred", "eduksi", "etua",
//! "plussaa", "meriitti(ä)", "arvostamme", "fördel", "meriterande", "önskvärt", or when it is an
//! item of a bullet list under a heading with such a cue ("Nice to have:", "Eduksi katsotaan:").
//!
//! The effective skills of a profile are its explicit skills, then the skills extracted from the
//! summary that are not explicit, at [`EXTRACTED_SKILL_LEVEL`], in current use, with provenance
//! [`Provenance::Extracted`].
//!
//! Mentions of industries (skills of the group [`crate::model::INDUSTRY_GROUP`]: healthcare,
//! public sector, manufacturing...) become neither: "we build software for the public sector"
//! says where the employer works, not what the jobseeker must know, and counted as requirements
//! they made industries top skills in demand of the market gaps.
//!
//! Both lists are capped at [`MAX_SKILLS_PER_RECORD`] entries: explicit entries always stay,
//! extracted ones fill the room that is left.

use crate::extract::Extractor;
use crate::model::{Lang, SkillKind, Taxonomy};
use kohtaanto_domain::limits::MAX_SKILLS_PER_RECORD;
use kohtaanto_domain::{
    EXTRACTED_SKILL_LEVEL, Importance, JobPosting, JobseekerProfile, ProfileSkill, Provenance, Requirement,
};
use std::collections::{HashMap, HashSet};

/// Cues that make a sentence nice-to-have: (lowercase text, must the cue end a word).
/// Every cue must start a word.
const NICE_TO_HAVE_CUES: &[(&str, bool)] = &[
    // English
    ("nice to have", false),
    ("nice-to-have", false),
    ("good to have", false),
    ("plus", true),
    ("pluses", true),
    ("advantage", false),
    ("bonus", false),
    ("desirable", false),
    ("desired", true),
    ("preferred", true),
    ("preferably", true),
    ("preferable", true),
    ("beneficial", true),
    ("would be great", false),
    ("is appreciated", false),
    ("are appreciated", false),
    ("not required", false),
    ("not mandatory", false),
    ("optional", true),
    ("merit", false),
    // Finnish
    ("eduksi", false),
    ("etua", true),
    ("etuna", true),
    ("etu", true),
    ("pluss", false),
    ("lisäplus", false),
    ("meriit", false),
    ("arvostamme", false),
    ("arvostetaan", false),
    ("hyödyksi", false),
    ("hyötyä", true),
    ("toivottava", false),
    ("toivomme", false),
    // Swedish
    ("fördel", false),
    ("meriter", false),
    ("önskvär", false),
    ("uppskattas", true),
    ("gärna", true),
];

/// Effective requirements of a posting: its explicit requirements, then skills extracted from
/// title + description that are not already explicit (see the module documentation).
pub fn effective_requirements(
    taxonomy: &Taxonomy,
    extractor: &Extractor,
    posting: &JobPosting,
) -> Vec<Requirement> {
    let mut requirements = posting.requirements.clone();
    let explicit: HashSet<&str> = posting.requirements.iter().map(|r| r.skill.as_str()).collect();
    let mut extracted: Vec<Requirement> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    for text in [&posting.title, &posting.description] {
        let mentions = extractor.extract(taxonomy, text, Some(Lang::En));
        if mentions.is_empty() {
            continue;
        }
        let nice = NiceToHave::new(text);
        for mention in mentions {
            let skill = taxonomy.get(&mention.skill);
            if explicit.contains(mention.skill.as_str()) || skill.is_some_and(|skill| skill.is_industry()) {
                continue;
            }
            let is_language = skill.is_some_and(|skill| skill.kind == SkillKind::Language);
            let importance = if is_language || nice.contains(mention.start) {
                Importance::NiceToHave
            } else {
                Importance::Required
            };
            match position.get(&mention.skill) {
                Some(&index) => {
                    if importance == Importance::Required {
                        extracted[index].importance = Importance::Required;
                    }
                }
                None => {
                    position.insert(mention.skill.clone(), extracted.len());
                    extracted.push(Requirement {
                        skill: mention.skill,
                        importance,
                        min_level: None,
                        provenance: Provenance::Extracted,
                    });
                }
            }
        }
    }
    let room = MAX_SKILLS_PER_RECORD.saturating_sub(requirements.len());
    requirements.extend(extracted.into_iter().take(room));
    requirements
}

/// Effective skills of a profile: explicit skills, then skills extracted from the summary that
/// are not explicit, with level [`EXTRACTED_SKILL_LEVEL`], `last_used_year` None and provenance
/// [`Provenance::Extracted`].
pub fn effective_skills(
    taxonomy: &Taxonomy,
    extractor: &Extractor,
    profile: &JobseekerProfile,
) -> Vec<ProfileSkill> {
    let mut skills = profile.skills.clone();
    let mut seen: HashSet<String> = profile.skills.iter().map(|s| s.skill.clone()).collect();
    let room = MAX_SKILLS_PER_RECORD.saturating_sub(skills.len());
    let extracted = extractor
        .extract(taxonomy, &profile.summary, Some(Lang::En))
        .into_iter()
        .filter(|mention| !names_an_industry(taxonomy, &mention.skill) && seen.insert(mention.skill.clone()))
        .map(|mention| ProfileSkill {
            skill: mention.skill,
            level: EXTRACTED_SKILL_LEVEL,
            last_used_year: None,
            provenance: Provenance::Extracted,
        })
        .take(room);
    skills.extend(extracted);
    skills
}

fn names_an_industry(taxonomy: &Taxonomy, skill: &str) -> bool {
    taxonomy.get(skill).is_some_and(|skill| skill.is_industry())
}

/// The byte ranges of a text that are in a nice-to-have context.
struct NiceToHave {
    ranges: Vec<(usize, usize)>,
}

impl NiceToHave {
    fn new(text: &str) -> NiceToHave {
        let mut ranges = Vec::new();
        let mut in_nice_section = false;
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let start = line_start;
            line_start += line.len();
            let trimmed = line.trim();
            if trimmed.is_empty() {
                continue;
            }
            let bullet = is_bullet(trimmed);
            let line_has_cue = has_cue(trimmed);
            if !bullet && is_heading(trimmed) {
                in_nice_section = line_has_cue;
                if line_has_cue {
                    ranges.push((start, start + line.len()));
                }
                continue;
            }
            if bullet && in_nice_section {
                ranges.push((start, start + line.len()));
                continue;
            }
            if !bullet {
                in_nice_section = false;
            }
            if line_has_cue {
                for (s, e) in sentences(line) {
                    if has_cue(&line[s..e]) {
                        ranges.push((start + s, start + e));
                    }
                }
            }
        }
        NiceToHave { ranges }
    }

    fn contains(&self, offset: usize) -> bool {
        self.ranges.iter().any(|&(start, end)| (start..end).contains(&offset))
    }
}

/// A list item: starts with a bullet character or `1.` / `1)`.
fn is_bullet(line: &str) -> bool {
    if line.starts_with(['-', '*', '•', '·', '–', '—', '+', '▪', '◦']) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits < 3 && line[digits..].starts_with(['.', ')'])
}

/// A heading: ends with a colon, or is short and has no sentence punctuation.
fn is_heading(line: &str) -> bool {
    line.ends_with(':') || (line.split_whitespace().count() <= 5 && !line.contains(['.', ',', ';', '!', '?']))
}

/// Byte ranges of the sentences (and `;` clauses) of a line: they end at `.`, `!`, `?` followed
/// by a space, or at `;`.
fn sentences(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = b == b';'
            || (matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace));
        if end {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < line.len() {
        out.push((start, line.len()));
    }
    out
}

/// The text contains a nice-to-have cue at a word start (and word end where the cue needs one).
fn has_cue(text: &str) -> bool {
    let lower = text.to_lowercase();
    NICE_TO_HAVE_CUES.iter().any(|&(cue, whole_word)| {
        lower.match_indices(cue).any(|(at, _)| {
            let starts_word = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let ends_word = lower[at + cue.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            starts_word && (ends_word || !whole_word)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use kohtaanto_domain::WorkMode;
    use std::sync::LazyLock;

    fn fixture() -> &'static Taxonomy {
        static FIXTURE: LazyLock<Taxonomy> = LazyLock::new(|| {
            Taxonomy::from_toml_str(include_str!("../tests/fixtures/extract.toml")).expect("fixture taxonomy")
        });
        &FIXTURE
    }

    fn posting(title: &str, description: &str, requirements: Vec<Requirement>) -> JobPosting {
        JobPosting {
            id: "p1".into(),
            title: title.into(),
            description: description.into(),
            employer: String::new(),
            municipality_code: "091".into(),
            region: "Uusimaa".into(),
            work_mode: WorkMode::Hybrid,
            languages: Vec::new(),
            requirements,
            occupation: None,
            posted_at: Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().expect("date"),
            expires_at: None,
            source: String::new(),
            url: String::new(),
        }
    }

    fn explicit(skill: &str, importance: Importance, min_level: Option<u8>) -> Requirement {
        Requirement { skill: skill.into(), importance, min_level, provenance: Provenance::Explicit }
    }

    fn effective(title: &str, description: &str) -> Vec<(String, Importance)> {
        let p = posting(title, description, Vec::new());
        effective_requirements(fixture(), fixture().extractor(), &p)
            .into_iter()
            .map(|r| (r.skill, r.importance))
            .collect()
    }

    fn pairs(expected: &[(&str, Importance)]) -> Vec<(String, Importance)> {
        expected.iter().map(|&(s, i)| (s.to_string(), i)).collect()
    }

    use Importance::{NiceToHave as Nice, Required as Req};

    #[test]
    fn explicit_wins_and_extracted_are_appended() {
        let p = posting(
            "Senior Python Developer",
            "You know Python, Docker and Kubernetes. Terraform is a plus.",
            vec![explicit("docker", Nice, Some(4)), explicit("not-in-taxonomy", Req, None)],
        );
        let requirements = effective_requirements(fixture(), fixture().extractor(), &p);
        let summary: Vec<(&str, Importance, Option<u8>, Provenance)> = requirements
            .iter()
            .map(|r| (r.skill.as_str(), r.importance, r.min_level, r.provenance))
            .collect();
        assert_eq!(
            summary,
            [
                ("docker", Nice, Some(4), Provenance::Explicit),
                ("not-in-taxonomy", Req, None, Provenance::Explicit),
                ("python", Req, None, Provenance::Extracted),
                ("kubernetes", Req, None, Provenance::Extracted),
                ("terraform", Nice, None, Provenance::Extracted),
            ]
        );
    }

    #[test]
    fn nice_to_have_cues_in_three_languages() {
        let cases: &[(&str, &[(&str, Importance)])] = &[
            ("Python is required. Experience with Go is a plus.", &[("python", Req), ("go", Nice)]),
            ("Java skills. Knowledge of React is an advantage.", &[("java", Req), ("react", Nice)]),
            ("Nice to have: Docker and Kubernetes.", &[("docker", Nice), ("kubernetes", Nice)]),
            ("AWS preferred; SQL required.", &[("aws", Nice), ("sql", Req)]),
            (
                "Hallitset Javan. Kubernetes-osaaminen katsotaan eduksi.",
                &[("java", Req), ("kubernetes", Nice)],
            ),
            ("Osaat Pythonia. Dockerin tuntemus on etua.", &[("python", Req), ("docker", Nice)]),
            ("Osaat SQL:n. AWS-kokemus on plussaa.", &[("sql", Req), ("aws", Nice)]),
            ("Reactin osaaminen on meriitti. Javaa vaaditaan.", &[("react", Nice), ("java", Req)]),
            ("TypeScript on meriittiä.", &[("typescript", Nice)]),
            ("Du kan Java. Kunskaper i Azure är en fördel.", &[("java", Req), ("azure", Nice)]),
            ("Erfarenhet av Docker är meriterande.", &[("docker", Nice)]),
            ("Kunskap i Terraform är önskvärt. Du kan SQL.", &[("terraform", Nice), ("sql", Req)]),
            (
                "Python is a must.\nNice to have:\n- Rust\n- Go\n\nWe offer a nice office.",
                &[("python", Req), ("rust", Nice), ("go", Nice)],
            ),
            (
                "Eduksi katsotaan:\n* Azure\n* Terraform\nHaemme Java-osaajaa.",
                &[("azure", Nice), ("terraform", Nice), ("java", Req)],
            ),
            ("C++ and C# developers wanted.", &[("cpp", Req), ("csharp", Req)]),
        ];
        for (description, expected) in cases {
            assert_eq!(effective("", description), pairs(expected), "{description:?}");
        }
    }

    #[test]
    fn required_anywhere_wins_and_title_counts() {
        assert_eq!(
            effective("Java Developer", "Docker is a plus. You will work with Docker daily."),
            pairs(&[("java", Req), ("docker", Req)])
        );
        assert_eq!(
            effective("Python-kehittäjä", "Pythonin osaaminen on plussaa."),
            pairs(&[("python", Req)])
        );
    }

    #[test]
    fn human_languages_are_nice_to_have() {
        assert_eq!(
            effective("", "You speak English and Finnish, and you know Python."),
            pairs(&[("english", Nice), ("finnish", Nice), ("python", Req)])
        );
    }

    #[test]
    fn extracted_requirements_are_capped() {
        let many: Vec<Requirement> =
            (0..MAX_SKILLS_PER_RECORD - 1).map(|i| explicit(&format!("skill-{i}"), Req, None)).collect();
        let p = posting("Python", "Java and Docker", many);
        let requirements = effective_requirements(fixture(), fixture().extractor(), &p);
        assert_eq!(requirements.len(), MAX_SKILLS_PER_RECORD);
        assert_eq!(requirements.last().map(|r| r.skill.as_str()), Some("python"));
    }

    fn profile(summary: &str, skills: Vec<ProfileSkill>) -> JobseekerProfile {
        JobseekerProfile {
            id: "j1".into(),
            coach_id: String::new(),
            skills,
            summary: summary.into(),
            languages: Vec::new(),
            municipality_code: String::new(),
            accepted_regions: Vec::new(),
            accepts_remote: false,
            desired_occupations: Vec::new(),
            updated_at: Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().expect("date"),
        }
    }

    #[test]
    fn profile_skills_explicit_first_then_extracted() {
        let explicit_python = ProfileSkill {
            skill: "python".into(),
            level: 5,
            last_used_year: Some(2020),
            provenance: Provenance::Explicit,
        };
        let p = profile(
            "Olen koodannut Pythonilla ja Javalla, ja ylläpitänyt Kubernetes-klustereita. Python on vahvin kieleni.",
            vec![explicit_python.clone()],
        );
        let skills = effective_skills(fixture(), fixture().extractor(), &p);
        assert_eq!(skills[0], explicit_python);
        let rest: Vec<(&str, u8, Option<i32>, Provenance)> =
            skills[1..].iter().map(|s| (s.skill.as_str(), s.level, s.last_used_year, s.provenance)).collect();
        assert_eq!(
            rest,
            [
                ("java", EXTRACTED_SKILL_LEVEL, None, Provenance::Extracted),
                ("kubernetes", EXTRACTED_SKILL_LEVEL, None, Provenance::Extracted)
            ]
        );
        assert_eq!(effective_skills(fixture(), fixture().extractor(), &profile("", Vec::new())), Vec::new());
    }

    /// Industries are recognised (extraction shows them) but become neither extracted
    /// requirements nor profile skills; an explicit requirement naming one stays.
    #[test]
    fn industries_are_no_extracted_requirements_or_skills() {
        let taxonomy = Taxonomy::embedded();
        let text = "We build software for the public sector and for healthcare. You know Python and SQL.";
        let mentioned: Vec<String> = taxonomy
            .extractor()
            .extract(taxonomy, text, Some(Lang::En))
            .into_iter()
            .map(|m| m.skill)
            .collect();
        for industry in ["public-sector", "healthcare"] {
            assert!(mentioned.iter().any(|s| s == industry), "{industry} recognised: {mentioned:?}");
            assert!(taxonomy.get(industry).is_some_and(|skill| skill.is_industry()));
        }
        let p = posting("Developer", text, vec![explicit("healthcare", Nice, None)]);
        let requirements: Vec<String> =
            effective_requirements(taxonomy, taxonomy.extractor(), &p).into_iter().map(|r| r.skill).collect();
        assert_eq!(requirements, ["healthcare", "python", "sql"]);
        let skills: Vec<String> =
            effective_skills(taxonomy, taxonomy.extractor(), &profile(text, Vec::new()))
                .into_iter()
                .map(|s| s.skill)
                .collect();
        assert_eq!(skills, ["python", "sql"]);
    }

    #[test]
    fn cue_matching_respects_word_boundaries() {
        assert!(has_cue("Docker is a plus"));
        assert!(has_cue("PLUSSAA"));
        assert!(has_cue("on etua"));
        assert!(!has_cue("etunimi ja sukunimi"));
        assert!(!has_cue("surplus value"));
        assert!(has_cue("Meriterande"));
        assert!(!has_cue("C++ developer"));
        assert!(has_cue("Önskvärt"));
    }
}
