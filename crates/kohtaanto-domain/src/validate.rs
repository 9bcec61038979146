//! Validation of records. Every error names the field at fault (a path such as
//! `requirements[2].min_level`), so that the gRPC edge can answer INVALID_ARGUMENT with it.
//! Whether a skill id exists is checked against the taxonomy elsewhere; this module checks
//! what can be judged from the record alone.

use crate::limits::*;
use crate::records::*;
use crate::values::{MAX_SKILL_LEVEL, MIN_SKILL_LEVEL};
use chrono::{DateTime, Datelike, Utc};
use std::collections::HashSet;

/// A field failed validation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    /// Path of the field, e.g. `requirements[2].min_level`.
    pub field: String,
    /// What is wrong, lowercase, no final period.
    pub message: String,
}

impl ValidationError {
    /// New error for `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        ValidationError { field: field.into(), message: message.into() }
    }

    /// Prefix the field path, e.g. `postings[3]` + `.title`.
    pub fn within(mut self, prefix: &str) -> Self {
        self.field =
            if self.field.is_empty() { prefix.to_string() } else { format!("{prefix}.{}", self.field) };
        self
    }
}

/// Result of validation.
pub type ValidationResult = Result<(), ValidationError>;

/// Records that can check themselves.
pub trait Validate {
    /// Check every field; the first problem found is returned.
    fn validate(&self) -> ValidationResult;
}

/// Earliest accepted timestamp (years before are surely a mistake).
pub const EARLIEST_YEAR: i32 = 1970;
/// Latest accepted timestamp year.
pub const LATEST_YEAR: i32 = 2200;

/// An id: non-empty, at most [`MAX_ID_BYTES`], printable, no whitespace.
pub fn check_id(field: &str, id: &str) -> ValidationResult {
    if id.is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    if id.len() > MAX_ID_BYTES {
        return Err(ValidationError::new(field, format!("longer than {MAX_ID_BYTES} bytes")));
    }
    if id.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(ValidationError::new(field, "must not contain whitespace or control characters"));
    }
    Ok(())
}

/// A text field with a byte limit and no control characters other than newline and tab.
pub fn check_text(field: &str, text: &str, max_bytes: usize, required: bool) -> ValidationResult {
    if required && text.trim().is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    if text.len() > max_bytes {
        return Err(ValidationError::new(field, format!("longer than {max_bytes} bytes")));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        return Err(ValidationError::new(field, "must not contain control characters"));
    }
    Ok(())
}

/// A skill id: a lowercase slug of ASCII letters, digits, `-`, `_`, `+`, `#` and `.`.
pub fn check_skill_id(field: &str, skill: &str) -> ValidationResult {
    if skill.is_empty() {
        return Err(ValidationError::new(field, "must not be empty"));
    }
    if skill.len() > MAX_ID_BYTES {
        return Err(ValidationError::new(field, format!("longer than {MAX_ID_BYTES} bytes")));
    }
    let slug_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_+#.".contains(c);
    if !skill.chars().all(slug_char) {
        return Err(ValidationError::new(field, format!("{skill:?} is not a skill id (lowercase slug)")));
    }
    Ok(())
}

/// A skill level 1-5.
pub fn check_level(field: &str, level: u8) -> ValidationResult {
    if !(MIN_SKILL_LEVEL..=MAX_SKILL_LEVEL).contains(&level) {
        return Err(ValidationError::new(field, format!("must be between 1 and 5, got {level}")));
    }
    Ok(())
}

/// An ISO 639-1 language code: two lowercase ASCII letters.
pub fn check_language_code(field: &str, code: &str) -> ValidationResult {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        return Err(ValidationError::new(field, format!("{code:?} is not an ISO 639-1 code such as \"fi\"")));
    }
    Ok(())
}

/// A timestamp within [`EARLIEST_YEAR`]..=[`LATEST_YEAR`].
pub fn check_timestamp(field: &str, at: &DateTime<Utc>) -> ValidationResult {
    if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&at.year()) {
        return Err(ValidationError::new(
            field,
            format!("year {} is outside {EARLIEST_YEAR}..{LATEST_YEAR}", at.year()),
        ));
    }
    Ok(())
}

fn check_count(field: &str, count: usize, max: usize) -> ValidationResult {
    if count > max {
        return Err(ValidationError::new(field, format!("more than {max} entries ({count})")));
    }
    Ok(())
}

fn check_languages(field: &str, languages: &[LanguageLevel]) -> ValidationResult {
    check_count(field, languages.len(), MAX_LANGUAGES_PER_RECORD)?;
    let mut seen = HashSet::new();
    for (i, language) in languages.iter().enumerate() {
        let path = format!("{field}[{i}].language");
        check_language_code(&path, &language.language)?;
        if !seen.insert(language.language.as_str()) {
            return Err(ValidationError::new(path, format!("language {:?} given twice", language.language)));
        }
    }
    Ok(())
}

fn check_unique_skill<'a>(seen: &mut HashSet<&'a str>, field: &str, skill: &'a str) -> ValidationResult {
    check_skill_id(field, skill)?;
    if !seen.insert(skill) {
        return Err(ValidationError::new(field, format!("skill {skill:?} given twice")));
    }
    Ok(())
}

impl Validate for JobPosting {
    fn validate(&self) -> ValidationResult {
        check_id("id", &self.id)?;
        check_text("title", &self.title, MAX_SHORT_TEXT_BYTES, true)?;
        check_text("description", &self.description, MAX_LONG_TEXT_BYTES, false)?;
        check_text("employer", &self.employer, MAX_SHORT_TEXT_BYTES, false)?;
        check_text("municipality_code", &self.municipality_code, MAX_ID_BYTES, false)?;
        check_text("region", &self.region, MAX_SHORT_TEXT_BYTES, false)?;
        check_text("source", &self.source, MAX_SHORT_TEXT_BYTES, false)?;
        check_text("url", &self.url, MAX_SHORT_TEXT_BYTES * 4, false)?;
        check_languages("languages", &self.languages)?;
        check_count("requirements", self.requirements.len(), MAX_SKILLS_PER_RECORD)?;
        let mut seen = HashSet::new();
        for (i, requirement) in self.requirements.iter().enumerate() {
            check_unique_skill(&mut seen, &format!("requirements[{i}].skill"), &requirement.skill)?;
            if let Some(level) = requirement.min_level {
                check_level(&format!("requirements[{i}].min_level"), level)?;
            }
        }
        if let Some(occupation) = &self.occupation {
            check_text("occupation.esco_uri", &occupation.esco_uri, MAX_SHORT_TEXT_BYTES, false)?;
            check_text("occupation.label", &occupation.label, MAX_SHORT_TEXT_BYTES, false)?;
            if !occupation.isco_code.is_empty()
                && (occupation.isco_code.len() > 4
                    || !occupation.isco_code.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(ValidationError::new("occupation.isco_code", "must be 1 to 4 digits"));
            }
        }
        check_timestamp("posted_at", &self.posted_at)?;
        if let Some(expires_at) = &self.expires_at {
            check_timestamp("expires_at", expires_at)?;
            if *expires_at < self.posted_at {
                return Err(ValidationError::new("expires_at", "is before posted_at"));
            }
        }
        Ok(())
    }
}

impl Validate for JobseekerProfile {
    fn validate(&self) -> ValidationResult {
        check_id("id", &self.id)?;
        if !self.coach_id.is_empty() {
            check_id("coach_id", &self.coach_id)?;
        }
        check_count("skills", self.skills.len(), MAX_SKILLS_PER_RECORD)?;
        let mut seen = HashSet::new();
        for (i, skill) in self.skills.iter().enumerate() {
            check_unique_skill(&mut seen, &format!("skills[{i}].skill"), &skill.skill)?;
            check_level(&format!("skills[{i}].level"), skill.level)?;
            if let Some(year) = skill.last_used_year
                && !(1950..=LATEST_YEAR).contains(&year)
            {
                return Err(ValidationError::new(
                    format!("skills[{i}].last_used_year"),
                    format!("year {year} is outside 1950..{LATEST_YEAR}"),
                ));
            }
        }
        check_text("summary", &self.summary, MAX_LONG_TEXT_BYTES, false)?;
        check_languages("languages", &self.languages)?;
        check_text("municipality_code", &self.municipality_code, MAX_ID_BYTES, false)?;
        check_count("accepted_regions", self.accepted_regions.len(), MAX_LIST_ENTRIES)?;
        for (i, region) in self.accepted_regions.iter().enumerate() {
            check_text(&format!("accepted_regions[{i}]"), region, MAX_SHORT_TEXT_BYTES, true)?;
        }
        check_count("desired_occupations", self.desired_occupations.len(), MAX_LIST_ENTRIES)?;
        for (i, occupation) in self.desired_occupations.iter().enumerate() {
            check_text(&format!("desired_occupations[{i}]"), occupation, MAX_SHORT_TEXT_BYTES, true)?;
        }
        check_timestamp("updated_at", &self.updated_at)?;
        Ok(())
    }
}

impl Validate for TrainingProgramme {
    fn validate(&self) -> ValidationResult {
        check_id("id", &self.id)?;
        check_text("name", &self.name, MAX_SHORT_TEXT_BYTES, true)?;
        check_text("provider", &self.provider, MAX_SHORT_TEXT_BYTES, false)?;
        check_text("region", &self.region, MAX_SHORT_TEXT_BYTES, false)?;
        if !self.language.is_empty() {
            check_language_code("language", &self.language)?;
        }
        if self.skills.is_empty() {
            return Err(ValidationError::new("skills", "a programme must teach at least one skill"));
        }
        check_count("skills", self.skills.len(), MAX_SKILLS_PER_RECORD)?;
        let mut seen = HashSet::new();
        for (i, skill) in self.skills.iter().enumerate() {
            check_unique_skill(&mut seen, &format!("skills[{i}].skill"), &skill.skill)?;
            check_level(&format!("skills[{i}].level"), skill.level)?;
        }
        if self.duration_weeks > MAX_PROGRAMME_WEEKS {
            return Err(ValidationError::new(
                "duration_weeks",
                format!("longer than {MAX_PROGRAMME_WEEKS} weeks ({})", self.duration_weeks),
            ));
        }
        if let Some(start_date) = &self.start_date
            && !(EARLIEST_YEAR..=LATEST_YEAR).contains(&start_date.year())
        {
            return Err(ValidationError::new(
                "start_date",
                format!("year {} is outside {EARLIEST_YEAR}..{LATEST_YEAR}", start_date.year()),
            ));
        }
        if self.seats > MAX_PROGRAMME_SEATS {
            return Err(ValidationError::new(
                "seats",
                format!("more than {MAX_PROGRAMME_SEATS} ({})", self.seats),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::{Cefr, Importance, Provenance};

    fn posting() -> JobPosting {
        JobPosting {
            id: "p1".into(),
            title: "Backend developer".into(),
            description: String::new(),
            employer: "Acme".into(),
            municipality_code: "091".into(),
            region: "Uusimaa".into(),
            work_mode: Default::default(),
            languages: vec![LanguageLevel { language: "fi".into(), level: Cefr::B2 }],
            requirements: vec![Requirement {
                skill: "python".into(),
                importance: Importance::Required,
                min_level: Some(3),
                provenance: Provenance::Explicit,
            }],
            occupation: None,
            posted_at: "2026-10-01T00:00:00Z".parse().expect("timestamp"),
            expires_at: None,
            source: String::new(),
            url: String::new(),
        }
    }

    #[test]
    fn valid_posting_passes() {
        assert_eq!(posting().validate(), Ok(()));
    }

    #[test]
    fn errors_name_the_field() {
        let mut p = posting();
        p.requirements[0].min_level = Some(9);
        assert_eq!(p.validate().unwrap_err().field, "requirements[0].min_level");
        let mut p = posting();
        p.requirements.push(p.requirements[0].clone());
        assert_eq!(p.validate().unwrap_err().field, "requirements[1].skill");
        let mut p = posting();
        p.languages[0].language = "FIN".into();
        assert_eq!(p.validate().unwrap_err().field, "languages[0].language");
        let mut p = posting();
        p.id = String::new();
        assert_eq!(p.validate().unwrap_err().field, "id");
        let mut p = posting();
        p.expires_at = Some("2020-01-01T00:00:00Z".parse().expect("timestamp"));
        assert_eq!(p.validate().unwrap_err().field, "expires_at");
    }

    fn programme() -> TrainingProgramme {
        TrainingProgramme {
            id: "prog-1".into(),
            name: "Full-stack web developer".into(),
            provider: "Example vocational college".into(),
            skills: vec![TaughtSkill { skill: "react".into(), level: 3 }],
            region: "Uusimaa".into(),
            language: "fi".into(),
            duration_weeks: 12,
            start_date: chrono::NaiveDate::from_ymd_opt(2026, 9, 1),
            seats: 24,
        }
    }

    #[test]
    fn programme_errors_name_the_field() {
        assert_eq!(programme().validate(), Ok(()));
        let field = |change: fn(&mut TrainingProgramme)| {
            let mut p = programme();
            change(&mut p);
            p.validate().expect_err("invalid").field
        };
        assert_eq!(field(|p| p.name = " ".into()), "name");
        assert_eq!(field(|p| p.skills.clear()), "skills");
        assert_eq!(field(|p| p.skills[0].level = 0), "skills[0].level");
        assert_eq!(field(|p| p.skills[0].skill = "React".into()), "skills[0].skill");
        assert_eq!(field(|p| p.skills.push(p.skills[0].clone())), "skills[1].skill");
        assert_eq!(field(|p| p.language = "fin".into()), "language");
        assert_eq!(field(|p| p.duration_weeks = MAX_PROGRAMME_WEEKS + 1), "duration_weeks");
        assert_eq!(field(|p| p.seats = MAX_PROGRAMME_SEATS + 1), "seats");
        assert_eq!(field(|p| p.start_date = chrono::NaiveDate::from_ymd_opt(1900, 1, 1)), "start_date");
    }

    #[test]
    fn within_prefixes_paths() {
        let e = ValidationError::new("title", "must not be empty").within("postings[3]");
        assert_eq!(e.field, "postings[3].title");
        assert_eq!(e.to_string(), "postings[3].title: must not be empty");
    }
}
