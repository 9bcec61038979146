//! Loading the taxonomy from its TOML data file, with every cross-reference checked.
//!
//! The format is documented in `data/FORMAT.md`; `data/sample.toml` is a small example and
//! `data/taxonomy.toml` the embedded default.

use crate::model::{Aliases, Group, Labels, SimilarityParams, Skill, SkillIndex, SkillKind, Taxonomy};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

/// The default ICT taxonomy, embedded at build time.
pub const EMBEDDED_TAXONOMY: &str = include_str!("../data/taxonomy.toml");

/// Errors of loading a taxonomy.
#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    /// The file could not be read.
    #[error("cannot read taxonomy file {path}: {source}")]
    Io {
        /// Path.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The TOML is malformed or does not fit the format.
    #[error("taxonomy is not valid TOML of the expected format: {0}")]
    Parse(#[from] toml::de::Error),
    /// A cross-reference or value is wrong.
    #[error("taxonomy skill {skill:?}: {message}")]
    Invalid {
        /// Skill id (or group id) at fault.
        skill: String,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFormat {
    format_version: u32,
    name: String,
    similarity: SimilarityParams,
    #[serde(default, rename = "group")]
    groups: Vec<Group>,
    #[serde(default, rename = "skill")]
    skills: Vec<SkillEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RelatedEntry {
    skill: String,
    similarity: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillEntry {
    id: String,
    kind: SkillKind,
    group: String,
    #[serde(default)]
    broader: Option<String>,
    #[serde(default)]
    esco: Option<String>,
    specificity: f64,
    labels: Labels,
    #[serde(default)]
    aliases: Aliases,
    #[serde(default)]
    related: Vec<RelatedEntry>,
    #[serde(default)]
    ambiguous: bool,
}

fn invalid(skill: &str, message: impl Into<String>) -> TaxonomyError {
    TaxonomyError::Invalid { skill: skill.to_string(), message: message.into() }
}

/// FNV-1a, 64 bits: a hash that stays the same across builds and platforms.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl Taxonomy {
    /// The embedded default ICT taxonomy, parsed once.
    pub fn embedded() -> &'static Taxonomy {
        static EMBEDDED: OnceLock<Taxonomy> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            #[allow(clippy::expect_used)]
            Taxonomy::from_toml_str(EMBEDDED_TAXONOMY).expect("the embedded taxonomy is checked by tests")
        })
    }

    /// Load a taxonomy file.
    pub fn load(path: &Path) -> crate::Result<Taxonomy> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| TaxonomyError::Io { path: path.display().to_string(), source })?;
        Taxonomy::from_toml_str(&text)
    }

    /// Parse and check a taxonomy in the TOML format.
    pub fn from_toml_str(text: &str) -> crate::Result<Taxonomy> {
        let file: FileFormat = toml::from_str(text)?;
        if file.format_version != 1 {
            return Err(invalid("", format!("unsupported format_version {}", file.format_version)));
        }
        let params = file.similarity;
        for (name, value) in [
            ("narrower", params.narrower),
            ("broader", params.broader),
            ("distance_decay", params.distance_decay),
        ] {
            if !(0.0..=1.0).contains(&value) {
                return Err(invalid("", format!("similarity.{name} must be within 0..1")));
            }
        }
        let group_ids: HashSet<&str> = file.groups.iter().map(|g| g.id.as_str()).collect();
        let mut by_id = HashMap::new();
        for (index, entry) in file.skills.iter().enumerate() {
            kohtaanto_domain::validate::check_skill_id("id", &entry.id)
                .map_err(|e| invalid(&entry.id, e.message))?;
            if by_id.insert(entry.id.clone(), index as SkillIndex).is_some() {
                return Err(invalid(&entry.id, "id is used twice"));
            }
        }
        let lookup = |from: &str, id: &str| -> crate::Result<SkillIndex> {
            by_id.get(id).copied().ok_or_else(|| invalid(from, format!("refers to unknown skill {id:?}")))
        };
        let mut skills = Vec::with_capacity(file.skills.len());
        for (index, entry) in file.skills.iter().enumerate() {
            if !group_ids.contains(entry.group.as_str()) {
                return Err(invalid(&entry.id, format!("unknown group {:?}", entry.group)));
            }
            if !(0.0..=1.0).contains(&entry.specificity) || entry.specificity == 0.0 {
                return Err(invalid(&entry.id, "specificity must be within (0, 1]"));
            }
            if entry.labels.en.trim().is_empty() {
                return Err(invalid(&entry.id, "needs an English label"));
            }
            let broader = entry.broader.as_deref().map(|id| lookup(&entry.id, id)).transpose()?;
            let mut related = Vec::new();
            for r in &entry.related {
                if !(0.0..=1.0).contains(&r.similarity) {
                    return Err(invalid(
                        &entry.id,
                        format!("related {:?} similarity must be within 0..1", r.skill),
                    ));
                }
                related.push((lookup(&entry.id, &r.skill)?, r.similarity));
            }
            skills.push(Skill {
                id: entry.id.clone(),
                index: index as SkillIndex,
                kind: entry.kind,
                group: entry.group.clone(),
                broader,
                narrower: Vec::new(),
                esco_uri: entry.esco.clone().filter(|uri| !uri.is_empty()),
                specificity: entry.specificity,
                labels: entry.labels.clone(),
                aliases: entry.aliases.clone(),
                related,
                ambiguous: entry.ambiguous,
            });
        }
        // Relations: narrower lists, symmetric related, no cycles in `broader`.
        for index in 0..skills.len() {
            let mut seen = HashSet::from([index as SkillIndex]);
            let mut cursor = skills[index].broader;
            while let Some(parent) = cursor {
                if !seen.insert(parent) {
                    return Err(invalid(&skills[index].id, "broader chain has a cycle"));
                }
                cursor = skills[parent as usize].broader;
            }
            if let Some(parent) = skills[index].broader {
                skills[parent as usize].narrower.push(index as SkillIndex);
            }
            for (other, similarity) in skills[index].related.clone() {
                let back = &mut skills[other as usize].related;
                match back.iter_mut().find(|(i, _)| *i == index as SkillIndex) {
                    Some(existing) => existing.1 = existing.1.max(similarity),
                    None => back.push((index as SkillIndex, similarity)),
                }
            }
        }
        let mut taxonomy = Taxonomy {
            name: file.name,
            skills,
            groups: file.groups,
            by_id,
            params,
            credits_from: Vec::new(),
            credited_by: Vec::new(),
            fingerprint: stable_hash(text.as_bytes()),
        };
        taxonomy.compute_similarity();
        Ok(taxonomy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample() -> Taxonomy {
        Taxonomy::from_toml_str(include_str!("../data/sample.toml")).expect("sample taxonomy")
    }

    #[test]
    fn sample_loads_with_relations() {
        let t = sample();
        let python = t.index_of("python").expect("python");
        let django = t.index_of("django").expect("django");
        let programming = t.index_of("programming").expect("programming");
        assert_eq!(t.skill(programming).narrower.len(), 2);
        assert_eq!(t.similarity(python, python), 1.0);
        // django is narrower than python: 0.9 (narrower); python is broader than django: 0.5,
        // but they are also related with 0.3, the larger value wins.
        assert_eq!(t.similarity(django, python), 0.9);
        assert_eq!(t.similarity(python, django), 0.5);
        // two levels: django -> python -> programming, decayed once.
        assert!((t.similarity(django, programming) - 0.9 * 0.9).abs() < 1e-12);
        let postgres = t.index_of("postgresql").expect("postgresql");
        let mysql = t.index_of("mysql").expect("mysql");
        assert_eq!(t.similarity(mysql, postgres), 0.7, "related is symmetric");
        assert_eq!(t.similarity(python, postgres), 0.0);
        assert!(t.credited_by(postgres).iter().any(|&(held, _)| held == mysql));
    }

    #[test]
    fn embedded_taxonomy_is_valid() {
        let t = Taxonomy::embedded();
        assert!(!t.is_empty());
    }

    #[test]
    fn bad_references_are_reported() {
        let text = include_str!("../data/sample.toml")
            .replace("broader = \"sql-databases\"", "broader = \"nosuch\"");
        let err = Taxonomy::from_toml_str(&text).expect_err("unknown broader");
        assert!(err.to_string().contains("nosuch"), "{err}");
    }

    #[test]
    fn stable_hash_is_fnv1a() {
        assert_eq!(stable_hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn embedded_taxonomy_has_core_ids() {
        // The ids other code and the data generator rely on (tools/taxonomy/taxonomy_data.py).
        const CORE_IDS: &str = "
            python java javascript typescript csharp cpp c go rust kotlin swift php ruby scala r sql
            bash powershell dart julia matlab perl haskell elixir objective-c cobol visual-basic react
            angular vuejs nodejs nextjs svelte django flask fastapi spring spring-boot dotnet aspnet
            ruby-on-rails laravel express jquery flutter react-native android-development
            ios-development html css sass tailwind graphql rest-api grpc microservices sql-databases
            nosql-databases databases postgresql mysql microsoft-sql-server oracle-database sqlite
            mongodb redis elasticsearch cassandra dynamodb mariadb cloud-computing aws azure
            google-cloud serverless terraform ansible devops docker kubernetes helm ci-cd jenkins
            github-actions gitlab-ci git linux nginx prometheus grafana openshift data-analysis
            machine-learning deep-learning pandas numpy scikit-learn tensorflow pytorch spark hadoop
            kafka airflow power-bi tableau excel statistics data-engineering etl dbt snowflake
            databricks nlp llm information-security network-security penetration-testing
            identity-and-access-management cryptography software-testing test-automation unit-testing
            selenium cypress playwright robot-framework junit pytest performance-testing agile scrum
            kanban project-management product-management ux-design ui-design figma
            requirements-engineering software-architecture software-development programming
            web-development frontend-development backend-development full-stack-development
            mobile-development embedded-systems networking system-administration it-support itil sap
            salesforce servicenow jira teamwork communication problem-solving customer-service
            leadership analytical-thinking self-direction mentoring finnish swedish english russian
            estonian arabic somali ukrainian german french spanish chinese persian
        ";
        const AMBIGUOUS_IDS: &[&str] = &[
            "go", "rust", "swift", "spring", "r", "c", "dart", "julia", "ruby", "scala", "excel", "java",
            "puppet", "chef", "salt",
        ];
        let t = Taxonomy::embedded();
        assert!(t.len() >= 430, "only {} skills", t.len());
        for id in CORE_IDS.split_whitespace() {
            assert!(t.index_of(id).is_some(), "core skill {id:?} is missing");
        }
        for id in AMBIGUOUS_IDS {
            assert!(t.get(id).expect("ambiguous core skill").ambiguous, "{id:?} must be marked ambiguous");
        }
        let with_esco = t.skills().iter().filter(|s| s.esco_uri.is_some()).count();
        // Many tools and families of tools have no ESCO concept; 40% are linked (see the README).
        assert!(with_esco * 5 >= t.len() * 2, "ESCO share too low: {with_esco} of {}", t.len());
        let related_pairs = t.skills().iter().map(|s| s.related.len()).sum::<usize>() / 2;
        assert!(related_pairs >= 300, "only {related_pairs} related pairs");
        for skill in t.skills() {
            assert!(t.group(&skill.group).is_some(), "{}: unknown group", skill.id);
            assert!(
                !skill.labels.fi.is_empty() && !skill.labels.sv.is_empty(),
                "{}: fi/sv label missing",
                skill.id
            );
            if let Some(uri) = &skill.esco_uri {
                assert!(uri.starts_with("http://data.europa.eu/esco/skill/"), "{}: bad ESCO URI", skill.id);
            }
        }
        // A few relations scoring relies on.
        let index = |id: &str| t.index_of(id).expect("skill");
        let params = t.params();
        assert_eq!(t.similarity(index("postgresql"), index("sql-databases")), params.narrower);
        assert_eq!(t.similarity(index("sql-databases"), index("postgresql")), params.broader);
        assert_eq!(t.similarity(index("django"), index("python")), params.narrower);
        assert!(t.similarity(index("eks"), index("cloud-computing")) > 0.0);
        assert!(t.similarity(index("mysql"), index("postgresql")) >= 0.6);
        assert!(t.similarity(index("typescript"), index("javascript")) >= 0.7);
        assert_eq!(t.similarity(index("python"), index("finnish")), 0.0);
    }
}
