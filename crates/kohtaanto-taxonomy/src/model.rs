//! The in-memory taxonomy and the similarity between skills.
//!
//! Skills get a dense [`SkillIndex`] in file order, so that scoring can use flat arrays. The
//! similarity of a *held* skill to a *required* skill follows DESIGN.md section 4 and takes
//! every number from the data file: 1 for the same skill, `similarity.narrower` when the held
//! skill is below the required one in the `broader` hierarchy, `similarity.broader` when it is
//! above, each multiplied by `similarity.distance_decay` per extra level, and the listed value
//! for `related` pairs (symmetric). The largest applicable value wins.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

/// Dense index of a skill in a [`Taxonomy`] (file order).
pub type SkillIndex = u32;

/// A label language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
}

impl Lang {
    /// All supported languages.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Sv];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "fi" => Ok(Lang::Fi),
            "sv" => Ok(Lang::Sv),
            other => Err(format!("unsupported language {other:?} (expected en, fi or sv)")),
        }
    }
}

/// Text in each supported language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Labels {
    /// English.
    #[serde(default)]
    pub en: String,
    /// Finnish.
    #[serde(default)]
    pub fi: String,
    /// Swedish.
    #[serde(default)]
    pub sv: String,
}

impl Labels {
    /// The text in `lang`, falling back to English when that one is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let text = match lang {
            Lang::En => &self.en,
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
        };
        if text.is_empty() { &self.en } else { text }
    }
}

/// Alternative labels (aliases, abbreviations, spelling variants) per language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Aliases {
    /// English.
    #[serde(default)]
    pub en: Vec<String>,
    /// Finnish.
    #[serde(default)]
    pub fi: Vec<String>,
    /// Swedish.
    #[serde(default)]
    pub sv: Vec<String>,
}

impl Aliases {
    /// Aliases in `lang`.
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::En => &self.en,
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
        }
    }
}

/// ESCO's distinction of knowledge, skills, languages and transversal skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SkillKind {
    /// Knowledge of a technology or subject (Python, PostgreSQL).
    Knowledge,
    /// An ability to do something (write unit tests, manage a project).
    Skill,
    /// A human language.
    Language,
    /// A transversal skill (teamwork, problem solving).
    Transversal,
}

/// A group of skills (for display and aggregates).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// Slug id.
    pub id: String,
    /// Names.
    pub labels: Labels,
}

/// One skill of the taxonomy.
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    /// Stable slug id (`python`).
    pub id: String,
    /// Dense index in this taxonomy.
    pub index: SkillIndex,
    /// Kind.
    pub kind: SkillKind,
    /// Group id.
    pub group: String,
    /// The broader skill, if any (PostgreSQL -> SQL databases).
    pub broader: Option<SkillIndex>,
    /// Skills whose `broader` is this one.
    pub narrower: Vec<SkillIndex>,
    /// ESCO URI where ESCO has the concept.
    pub esco_uri: Option<String>,
    /// 0..1; generic skills weigh less in scoring.
    pub specificity: f64,
    /// Preferred labels.
    pub labels: Labels,
    /// Alternative labels.
    pub aliases: Aliases,
    /// Related skills with similarity (already made symmetric).
    pub related: Vec<(SkillIndex, f64)>,
    /// The name is an ordinary word too (Go, Rust, Spring): only recognised in a tech context.
    pub ambiguous: bool,
}

/// The group of the industries and sectors an employer works in (healthcare, public sector).
pub const INDUSTRY_GROUP: &str = "industries";

impl Skill {
    /// Names an industry or sector: a posting's text mentions the employer's industry far more
    /// often than it asks for experience of it, so such mentions are recognised (and shown by
    /// extraction) but never become extracted requirements or profile skills; an explicit
    /// requirement may still name one.
    pub fn is_industry(&self) -> bool {
        self.group == INDUSTRY_GROUP
    }
}

/// Global similarity parameters of a taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SimilarityParams {
    /// Credit of a held skill narrower than the required one.
    pub narrower: f64,
    /// Credit of a held skill broader than the required one.
    pub broader: f64,
    /// Factor per extra level of hierarchy distance.
    pub distance_decay: f64,
}

/// The taxonomy: skills, groups, and precomputed similarity rows.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub(crate) name: String,
    pub(crate) skills: Vec<Skill>,
    pub(crate) groups: Vec<Group>,
    pub(crate) by_id: HashMap<String, SkillIndex>,
    pub(crate) params: SimilarityParams,
    /// For each held skill: the required skills it gives credit to, sorted by index.
    pub(crate) credits_from: Vec<Vec<(SkillIndex, f64)>>,
    /// For each required skill: the held skills that give credit to it, sorted by index.
    pub(crate) credited_by: Vec<Vec<(SkillIndex, f64)>>,
    pub(crate) fingerprint: u64,
}

impl Taxonomy {
    /// Name given in the data file.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Number of skills.
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    /// True when there are no skills.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    /// All skills in index order.
    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// All groups.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Group by id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Similarity parameters.
    pub fn params(&self) -> SimilarityParams {
        self.params
    }

    /// Index of a skill id.
    pub fn index_of(&self, id: &str) -> Option<SkillIndex> {
        self.by_id.get(id).copied()
    }

    /// Skill by id.
    pub fn get(&self, id: &str) -> Option<&Skill> {
        self.index_of(id).map(|index| self.skill(index))
    }

    /// Skill by index. Panics on an index not from this taxonomy (a programming error).
    pub fn skill(&self, index: SkillIndex) -> &Skill {
        &self.skills[index as usize]
    }

    /// Specificity of a skill by index.
    pub fn specificity(&self, index: SkillIndex) -> f64 {
        self.skills[index as usize].specificity
    }

    /// Stable hash of the data file this taxonomy was loaded from. Indexes record it so that a
    /// changed taxonomy triggers re-indexing of derived fields.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Similarity of a held skill to a required skill, in [0, 1].
    pub fn similarity(&self, held: SkillIndex, required: SkillIndex) -> f64 {
        let row = &self.credits_from[held as usize];
        match row.binary_search_by_key(&required, |&(index, _)| index) {
            Ok(position) => row[position].1,
            Err(_) => 0.0,
        }
    }

    /// Required skills a held skill gives credit to (including itself with 1.0).
    pub fn credits_from(&self, held: SkillIndex) -> &[(SkillIndex, f64)] {
        &self.credits_from[held as usize]
    }

    /// Held skills that give credit to a required skill (including itself with 1.0).
    pub fn credited_by(&self, required: SkillIndex) -> &[(SkillIndex, f64)] {
        &self.credited_by[required as usize]
    }

    /// Ancestors of a skill, nearest first.
    pub fn ancestors(&self, index: SkillIndex) -> impl Iterator<Item = SkillIndex> + '_ {
        std::iter::successors(self.skills[index as usize].broader, move |&i| self.skills[i as usize].broader)
    }

    /// Compute the similarity rows. Called once by the loader after the skills are in place.
    pub(crate) fn compute_similarity(&mut self) {
        let n = self.skills.len();
        let mut rows: Vec<HashMap<SkillIndex, f64>> = vec![HashMap::new(); n];
        let mut offer = |held: usize, required: SkillIndex, value: f64| {
            let entry = rows[held].entry(required).or_insert(0.0);
            if value > *entry {
                *entry = value;
            }
        };
        for held in 0..n {
            offer(held, held as SkillIndex, 1.0);
            let mut factor = 1.0;
            for ancestor in self.ancestors(held as SkillIndex).collect::<Vec<_>>() {
                // The held skill is narrower than its ancestor (credit towards the ancestor),
                // and the ancestor is broader than the held skill.
                offer(held, ancestor, self.params.narrower * factor);
                offer(ancestor as usize, held as SkillIndex, self.params.broader * factor);
                factor *= self.params.distance_decay;
            }
            for &(other, similarity) in &self.skills[held].related {
                offer(held, other, similarity);
            }
        }
        self.credits_from = rows
            .into_iter()
            .map(|row| {
                let mut row: Vec<_> = row.into_iter().filter(|&(_, v)| v > 0.0).collect();
                row.sort_by_key(|&(index, _)| index);
                row
            })
            .collect();
        let mut credited_by: Vec<Vec<(SkillIndex, f64)>> = vec![Vec::new(); n];
        for (held, row) in self.credits_from.iter().enumerate() {
            for &(required, value) in row {
                credited_by[required as usize].push((held as SkillIndex, value));
            }
        }
        self.credited_by = credited_by;
    }
}
