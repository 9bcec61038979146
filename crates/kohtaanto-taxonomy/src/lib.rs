//! The skill taxonomy: what skills exist, what they are called in English, Finnish and Swedish,
//! how they relate, and how to find them in free text.
//!
//! # Layout
//! - [`model`]: the in-memory taxonomy ([`Taxonomy`], [`Skill`], [`Lang`]) and the similarity
//!   between skills that scoring uses (DESIGN.md section 4).
//! - [`load`]: parsing and checking the reviewable TOML data file; the default ICT taxonomy
//!   (`data/taxonomy.toml`) is embedded in the binary, another file can be loaded by config.
//! - [`extract`]: skill recognition in en/fi/sv free text, with byte spans.
//! - [`suggest`]: typeahead over all labels.
//! - [`enrich`]: merging extracted skills into postings and profiles (explicit wins).
//! - [`occupation`]: ESCO occupation and ISCO code of a posting from its title, text and skills.
//! - [`spans`]: the learned context model giving English mentions a confidence.
//! - [`sections`]: the parts of a posting about the employer (company description, benefits),
//!   where English mentions get a low confidence.
//! - [`tagger`]: the learned tagger proposing English Knowledge spans the taxonomy lacks.
//! - [`eval`]: span precision/recall of extraction on the SkillSpan corpus.
#![warn(missing_docs)]

pub mod enrich;
pub mod eval;
pub mod extract;
pub mod load;
pub mod model;
pub mod occupation;
pub mod sections;
pub mod spans;
pub mod suggest;
pub mod tagger;

pub use load::TaxonomyError;
pub use model::{Group, Labels, Lang, Skill, SkillIndex, SkillKind, Taxonomy};

/// Result type of this crate.
pub type Result<T> = std::result::Result<T, TaxonomyError>;
