//! Result and query types of matching (DESIGN.md section 4): filters, hits and explanations.

use crate::values::{Importance, SkillId, WorkMode};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Caller-supplied hard filters on top of the built-in ones (expiry, region, language).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MatchFilters {
    /// Keep only postings (or profiles accepting work) in these regions; empty = all.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Keep only postings with one of these work modes; empty = all.
    #[serde(default)]
    pub work_modes: Vec<WorkMode>,
    /// Keep only postings published at or after this time.
    #[serde(default)]
    pub posted_after: Option<DateTime<Utc>>,
    /// Keep only hits with at least this coverage (0..1).
    #[serde(default)]
    pub min_coverage: f64,
    /// Keep only postings with an occupation in one of these ISCO codes or prefixes; empty = all.
    #[serde(default)]
    pub isco_prefixes: Vec<String>,
    /// Keep only profiles of this coach (empty = all).
    #[serde(default)]
    pub coach_id: String,
    /// Include expired postings (normally excluded).
    #[serde(default)]
    pub include_expired: bool,
}

/// How a requirement was met by a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Full credit (1.0).
    Matched,
    /// Some credit: related or broader skill, lower level, or stale.
    Partial,
    /// No credit.
    Missing,
}

/// The credit one requirement received, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequirementCredit {
    /// Required skill.
    pub skill: SkillId,
    /// Importance of the requirement.
    pub importance: Importance,
    /// Minimum level used in scoring (1 when none given).
    pub min_level: u8,
    /// weight = importance x specificity.
    pub weight: f64,
    /// credit in [0, 1].
    pub credit: f64,
    /// Matched, partial or missing.
    pub outcome: Outcome,
    /// Profile skill that gave the credit (none when missing).
    pub via_skill: Option<SkillId>,
    /// Level of that profile skill.
    pub via_level: u8,
    /// Similarity of the profile skill to the requirement (1 = same skill).
    pub similarity: f64,
    /// Level factor (1 when the level is met, else level / min level).
    pub level_factor: f64,
    /// Recency factor (1 when used in the last 3 years, down to 0.5 at 10+ years).
    pub recency_factor: f64,
}

/// Full explanation of a posting-profile pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchExplanation {
    /// Coverage in [0, 1].
    pub coverage: f64,
    /// One entry per requirement of the posting, in the posting's order.
    pub requirements: Vec<RequirementCredit>,
}

impl MatchExplanation {
    /// Requirements with the given outcome.
    pub fn with_outcome(&self, outcome: Outcome) -> impl Iterator<Item = &RequirementCredit> {
        self.requirements.iter().filter(move |r| r.outcome == outcome)
    }
}

/// One ranked hit of a match query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchHit {
    /// Id of the posting (MatchJobPostings) or profile (MatchProfiles).
    pub id: String,
    /// Coverage in [0, 1], the ranking score.
    pub coverage: f64,
    /// Why.
    pub explanation: MatchExplanation,
}
