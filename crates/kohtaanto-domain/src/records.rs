//! The stored records: job postings, jobseeker profiles and training programmes.
//!
//! Field names follow DESIGN.md section 3. Optional fields default so that JSON Lines written by
//! hand or by another system need only what they know.

use crate::values::{Cefr, Importance, Provenance, SkillId, WorkMode};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A language and the CEFR level required or held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageLevel {
    /// ISO 639-1 code, two lowercase letters (`fi`, `sv`, `en`).
    pub language: String,
    /// CEFR level.
    pub level: Cefr,
}

/// One skill requirement of a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    /// Taxonomy skill id.
    pub skill: SkillId,
    /// Required or nice to have.
    pub importance: Importance,
    /// Minimum level 1-5; absent means any level satisfies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_level: Option<u8>,
    /// Explicit (given by the caller) or extracted from the text.
    #[serde(default)]
    pub provenance: Provenance,
}

impl Requirement {
    /// Minimum level used in scoring: 1 when none is given.
    pub fn effective_min_level(&self) -> u8 {
        self.min_level.unwrap_or(1).max(1)
    }
}

/// ESCO occupation with its ISCO-08 code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Occupation {
    /// ESCO occupation URI, if known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub esco_uri: String,
    /// ISCO-08 unit group code (four digits, e.g. `2512`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub isco_code: String,
    /// English label.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Explicit (given by the caller) or [`Provenance::Extracted`]: inferred from the title, text
    /// and skills when the caller gave none (then re-derived on every write and rebuild).
    #[serde(default, skip_serializing_if = "is_explicit")]
    pub provenance: Provenance,
}

fn is_explicit(provenance: &Provenance) -> bool {
    *provenance == Provenance::Explicit
}

impl Occupation {
    /// True when no code, URI or label is set.
    pub fn is_empty(&self) -> bool {
        self.esco_uri.is_empty() && self.isco_code.is_empty() && self.label.is_empty()
    }
}

/// A job posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobPosting {
    /// Caller-chosen unique id.
    pub id: String,
    /// Job title.
    pub title: String,
    /// Free-text description; skills are extracted from it and from the title.
    #[serde(default)]
    pub description: String,
    /// Employer name.
    #[serde(default)]
    pub employer: String,
    /// Statistics Finland municipality code (three digits, e.g. `091` Helsinki).
    #[serde(default)]
    pub municipality_code: String,
    /// Region (maakunta) name, e.g. `Uusimaa`. Used by region filters.
    #[serde(default)]
    pub region: String,
    /// Onsite, hybrid or remote.
    #[serde(default)]
    pub work_mode: WorkMode,
    /// Languages the job requires, each with a minimum CEFR level (a hard filter).
    #[serde(default)]
    pub languages: Vec<LanguageLevel>,
    /// Skill requirements given explicitly. Extracted ones are added on ingest (explicit wins).
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    /// Occupation, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<Occupation>,
    /// When the posting was published.
    pub posted_at: DateTime<Utc>,
    /// When the posting closes; absent means open until deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    /// Where the posting came from (portal name).
    #[serde(default)]
    pub source: String,
    /// Link to the original posting.
    #[serde(default)]
    pub url: String,
}

impl JobPosting {
    /// True when the posting has closed at `now`.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|expires| expires <= now)
    }
}

/// One skill held by a jobseeker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileSkill {
    /// Taxonomy skill id.
    pub skill: SkillId,
    /// Proficiency 1-5.
    pub level: u8,
    /// Year the skill was last used at work or study; absent means in current use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_year: Option<i32>,
    /// Explicit or extracted from the summary.
    #[serde(default)]
    pub provenance: Provenance,
}

/// A jobseeker's skill profile. Personal data (DESIGN.md section 8): pseudonymous id only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobseekerProfile {
    /// Pseudonymous id chosen by the portal.
    pub id: String,
    /// Id of the employment coach responsible for this jobseeker.
    #[serde(default)]
    pub coach_id: String,
    /// Skills given explicitly. Skills extracted from the summary are added on ingest.
    #[serde(default)]
    pub skills: Vec<ProfileSkill>,
    /// Free-text summary in fi, sv or en.
    #[serde(default)]
    pub summary: String,
    /// Languages with CEFR levels.
    #[serde(default)]
    pub languages: Vec<LanguageLevel>,
    /// Home municipality code.
    #[serde(default)]
    pub municipality_code: String,
    /// Regions where the person accepts work; empty means any region.
    #[serde(default)]
    pub accepted_regions: Vec<String>,
    /// Whether the person accepts fully remote work from anywhere.
    #[serde(default)]
    pub accepts_remote: bool,
    /// Desired occupations as ISCO-08 codes (four digits) or ESCO URIs.
    #[serde(default)]
    pub desired_occupations: Vec<String>,
    /// When the profile was last updated.
    pub updated_at: DateTime<Utc>,
}

/// A skill taught by a training programme and the level reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaughtSkill {
    /// Taxonomy skill id.
    pub skill: SkillId,
    /// Level 1-5 a participant reaches.
    pub level: u8,
}

/// A reskilling programme (course, bootcamp, mentoring) a city or provider runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainingProgramme {
    /// Unique id.
    pub id: String,
    /// Name of the programme.
    pub name: String,
    /// Provider (school, city, company).
    #[serde(default)]
    pub provider: String,
    /// Skills taught with the level reached.
    #[serde(default)]
    pub skills: Vec<TaughtSkill>,
    /// Region where it runs; empty for online programmes.
    #[serde(default)]
    pub region: String,
    /// Teaching language (ISO 639-1).
    #[serde(default)]
    pub language: String,
    /// Duration in weeks.
    #[serde(default)]
    pub duration_weeks: u32,
    /// First day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// Number of participants.
    #[serde(default)]
    pub seats: u32,
}

/// A skill found in free text, with its byte span in the UTF-8 input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMention {
    /// Taxonomy skill id.
    pub skill: SkillId,
    /// Preferred label in the requested language.
    pub label: String,
    /// Start byte offset (inclusive).
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The matched text, `input[start..end]`.
    pub text: String,
    /// How likely the mention is a skill or knowledge requirement in its context, 0 to 1: the
    /// English context model's probability (kohtaanto-taxonomy `spans`; 0.5 and up counts as a
    /// requirement), 1 for Finnish and Swedish text. Every mention is kept whatever its
    /// confidence.
    #[serde(default = "full_confidence")]
    pub confidence: f32,
}

fn full_confidence() -> f32 {
    1.0
}
