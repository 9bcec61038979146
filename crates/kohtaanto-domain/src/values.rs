//! Small value types: importance of a requirement, work mode, CEFR language level, skill levels.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Identifier of a skill in the taxonomy: a stable lowercase slug such as `python` or `kubernetes`.
pub type SkillId = String;

/// How much a posting cares about a requirement. DESIGN.md section 4 weighs them 1.0 and 0.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// The posting requires the skill.
    Required,
    /// The skill is a plus but not required.
    NiceToHave,
}

impl Importance {
    /// Scoring weight of this importance (before specificity).
    pub fn weight(self) -> f64 {
        match self {
            Importance::Required => 1.0,
            Importance::NiceToHave => 0.5,
        }
    }
}

/// Where the work happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    /// At the employer's premises.
    #[default]
    Onsite,
    /// Partly remote; the region still matters.
    Hybrid,
    /// Fully remote; the region does not matter for people who accept remote work.
    Remote,
}

/// Common European Framework of Reference level of a human language, A1 (lowest) to C2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Cefr {
    /// Breakthrough.
    A1,
    /// Waystage.
    A2,
    /// Threshold.
    B1,
    /// Vantage.
    B2,
    /// Effective operational proficiency.
    C1,
    /// Mastery (also used for native speakers).
    C2,
}

impl Cefr {
    /// All levels, lowest first.
    pub const ALL: [Cefr; 6] = [Cefr::A1, Cefr::A2, Cefr::B1, Cefr::B2, Cefr::C1, Cefr::C2];

    /// Rank 1 (A1) to 6 (C2).
    pub fn rank(self) -> u8 {
        self as u8 + 1
    }

    /// Inverse of [`Cefr::rank`].
    pub fn from_rank(rank: u8) -> Option<Cefr> {
        Cefr::ALL.get(usize::from(rank.checked_sub(1)?)).copied()
    }
}

impl fmt::Display for Cefr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        })
    }
}

impl FromStr for Cefr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_uppercase().as_str() {
            "A1" => Ok(Cefr::A1),
            "A2" => Ok(Cefr::A2),
            "B1" => Ok(Cefr::B1),
            "B2" => Ok(Cefr::B2),
            "C1" => Ok(Cefr::C1),
            "C2" => Ok(Cefr::C2),
            other => Err(format!("unknown CEFR level {other:?} (expected A1..C2)")),
        }
    }
}

/// Proficiency in a skill, 1 (basic) to 5 (expert).
pub const MIN_SKILL_LEVEL: u8 = 1;
/// Highest proficiency level.
pub const MAX_SKILL_LEVEL: u8 = 5;
/// Level given to a skill that was only found in free text (a summary or description).
pub const EXTRACTED_SKILL_LEVEL: u8 = 3;

/// Where a requirement or profile skill came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Given explicitly by the caller.
    #[default]
    Explicit,
    /// Recognised in the free text by skill extraction.
    Extracted,
}
