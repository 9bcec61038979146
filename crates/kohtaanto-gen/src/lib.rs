//! Synthetic, deterministic data for kohtaanto: ICT job postings and jobseeker profiles of the
//! Finnish labour market (Helsinki region first), believable enough for demos and realistic
//! enough in shape for tests and benchmarks.
//!
//! ```
//! use kohtaanto_gen::{GenConfig, generate};
//! let config = GenConfig { postings: 10, profiles: 20, seed: 42, now: "2026-03-01T12:00:00Z".parse().unwrap() };
//! let dataset = generate(&config);
//! assert_eq!(dataset.postings[0].id, "job-000001");
//! assert_eq!(dataset.profiles[19].id, "js-0000020");
//! ```
//!
//! # What the data looks like
//! - Eighteen ICT role archetypes (backend Java / Python / .NET / Node, frontend, full stack,
//!   mobile, DevOps, data engineering, data science, BI, testing, security, embedded, IT support,
//!   SAP, project management, UX), each with core and optional skills that co-occur as in real
//!   postings; see `data/archetypes.rs`.
//! - Postings are in Finnish (~55 %), English (~35 %) or Swedish (~10 %). The description
//!   names the requirements in natural phrases ("kokemus PostgreSQL-tietokannoista"); about 60 %
//!   also carry them as explicit `requirements`, the rest rely on skill extraction. About a
//!   third are expired at `now`.
//! - Profiles: about 40 % immigrants (beginner Finnish, good English), many stale skills (last
//!   used 5-15 years ago), summaries that name some skills, coaches per region.
//! - Training programmes: a fixed catalogue of 30 reskilling programmes (full-stack, cloud and
//!   DevOps, data, Finnish for IT professionals, test automation, security, mobile, Java,
//!   mentoring...) in several regions and online; the seed and `now` choose only start dates
//!   and seats. See `programme`.
//!
//! # Determinism
//! Every record has its own ChaCha8 stream, chosen by the seed and the record's index, so the
//! output depends only on [`GenConfig`] (and this crate's version), not on thread scheduling:
//! records are generated in parallel with rayon and collected in index order. [`Generator`]
//! makes single records for callers that stream millions of them.
//!
//! # Layout
//! - `data/`: the tables (archetypes, skill names per language, phrases, places, names).
//! - `world`: the tables resolved once per configuration, plus employers and coaches.
//! - `posting`, `profile`: one record each; `programme`: the programme catalogue.
//! - `sample`, `text`: random draws and text helpers.
#![warn(missing_docs)]

mod data;
mod posting;
mod profile;
mod programme;
mod sample;
mod text;
mod world;

use chrono::{DateTime, Utc};
use kohtaanto_domain::{JobPosting, JobseekerProfile, TrainingProgramme};
use rayon::prelude::*;
use serde::Serialize;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenConfig {
    /// Number of job postings.
    pub postings: usize,
    /// Number of jobseeker profiles.
    pub profiles: usize,
    /// Seed; the same configuration always gives the same data.
    pub seed: u64,
    /// The present: postings are published within the year before it, profiles updated within
    /// two years before it, and "stale" is measured from its year.
    pub now: DateTime<Utc>,
}

/// Generated records.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    /// Job postings, ids `job-000001`, `job-000002`, ...
    pub postings: Vec<JobPosting>,
    /// Jobseeker profiles, ids `js-0000001`, `js-0000002`, ...
    pub profiles: Vec<JobseekerProfile>,
    /// Training programmes, ids `prog-001`, `prog-002`, ... (the same catalogue for every
    /// size; start dates follow `now`).
    pub programmes: Vec<TrainingProgramme>,
}

/// Errors of writing a data set.
#[derive(Debug, thiserror::Error)]
pub enum GenError {
    /// A file or directory could not be written.
    #[error("cannot write {path}: {source}")]
    Io {
        /// Path at fault.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
    /// A record could not be serialised.
    #[error("cannot serialise a record: {0}")]
    Json(#[from] serde_json::Error),
}

/// Result type of this crate.
pub type Result<T> = std::result::Result<T, GenError>;

/// Makes single records of a configuration, in any order (each record is a pure function of
/// the configuration and its index).
#[derive(Debug)]
pub struct Generator {
    config: GenConfig,
    world: world::World,
}

impl Generator {
    /// Prepare the tables for a configuration.
    pub fn new(config: &GenConfig) -> Generator {
        Generator { world: world::World::new(config.seed), config: config.clone() }
    }

    /// The configuration.
    pub fn config(&self) -> &GenConfig {
        &self.config
    }

    /// The posting with 0-based `index` (id `job-{index + 1}`); any index works, also beyond
    /// `config.postings`.
    pub fn posting(&self, index: usize) -> JobPosting {
        posting::posting(&self.world, self.config.seed, self.config.now, index)
    }

    /// The profile with 0-based `index` (id `js-{index + 1}`).
    pub fn profile(&self, index: usize) -> JobseekerProfile {
        profile::profile(&self.world, self.config.seed, self.config.now, index)
    }

    /// The training programme catalogue (a few tens of programmes, see [`Dataset::programmes`]).
    pub fn programmes(&self) -> Vec<TrainingProgramme> {
        programme::programmes(self.config.seed, self.config.now)
    }
}

/// Generate the data set of a configuration, in parallel, deterministically.
pub fn generate(config: &GenConfig) -> Dataset {
    let generator = Generator::new(config);
    let postings = (0..config.postings).into_par_iter().map(|i| generator.posting(i)).collect();
    let profiles = (0..config.profiles).into_par_iter().map(|i| generator.profile(i)).collect();
    Dataset { postings, profiles, programmes: generator.programmes() }
}

/// File name of the postings in [`write_jsonl`].
pub const POSTINGS_FILE: &str = "postings.jsonl";
/// File name of the profiles in [`write_jsonl`].
pub const PROFILES_FILE: &str = "profiles.jsonl";
/// File name of the training programmes in [`write_jsonl`].
pub const PROGRAMMES_FILE: &str = "programmes.jsonl";

/// Write `postings.jsonl`, `profiles.jsonl` and `programmes.jsonl` into `dir` (created if
/// missing): one JSON object per line in the domain serde format, the import format of
/// `kohtaanto import`.
pub fn write_jsonl(dir: &Path, dataset: &Dataset) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| GenError::Io { path: dir.to_path_buf(), source })?;
    write_lines(&dir.join(POSTINGS_FILE), &dataset.postings)?;
    write_lines(&dir.join(PROFILES_FILE), &dataset.profiles)?;
    write_lines(&dir.join(PROGRAMMES_FILE), &dataset.programmes)?;
    Ok(())
}

/// Write records as JSON Lines, serialising batches in parallel and writing them in order.
fn write_lines<T: Serialize + Sync>(path: &Path, records: &[T]) -> Result<()> {
    let io_error = |source| GenError::Io { path: path.to_path_buf(), source };
    let file = File::create(path).map_err(io_error)?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    for batch in records.chunks(1 << 14) {
        let buffers = batch
            .par_chunks(512)
            .map(|chunk| {
                let mut buffer = Vec::with_capacity(chunk.len() * 1024);
                for record in chunk {
                    serde_json::to_writer(&mut buffer, record)?;
                    buffer.push(b'\n');
                }
                Ok(buffer)
            })
            .collect::<Result<Vec<Vec<u8>>>>()?;
        for buffer in buffers {
            out.write_all(&buffer).map_err(io_error)?;
        }
    }
    out.flush().map_err(io_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::skills::SKILL_TEXTS;
    use kohtaanto_domain::Importance;

    fn config(postings: usize) -> GenConfig {
        GenConfig { postings, profiles: 0, seed: 11, now: "2026-03-01T12:00:00Z".parse().expect("timestamp") }
    }

    fn names_of(id: &str) -> Vec<String> {
        SKILL_TEXTS
            .iter()
            .filter(|t| t.id == id)
            .flat_map(|t| [t.en, t.fi, t.sv])
            .filter(|name| !name.is_empty())
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn descriptions_name_most_explicit_requirements() {
        let dataset = generate(&config(2_000));
        let (mut required, mut named) = (0, 0);
        for posting in dataset.postings.iter().filter(|p| !p.requirements.is_empty()) {
            let text = format!("{}\n{}", posting.title, posting.description).to_lowercase();
            for requirement in posting.requirements.iter().filter(|r| r.importance == Importance::Required) {
                required += 1;
                if names_of(&requirement.skill).iter().any(|name| text.contains(name.as_str())) {
                    named += 1;
                }
            }
        }
        let share = f64::from(named) / f64::from(required);
        assert!(share >= 0.85, "only {share:.2} of required skills are named in the text");
    }

    #[test]
    fn postings_without_requirements_name_their_skills_in_text() {
        let dataset = generate(&config(1_000));
        for posting in dataset.postings.iter().filter(|p| p.requirements.is_empty()) {
            let text = posting.description.to_lowercase();
            let found = SKILL_TEXTS
                .iter()
                .filter(|t| {
                    [t.en, t.fi, t.sv].iter().any(|n| n.len() > 2 && text.contains(&n.to_lowercase()))
                })
                .count();
            assert!(found >= 3, "{}: only {found} skills named in\n{}", posting.id, posting.description);
        }
    }

    #[test]
    fn single_records_equal_the_batch() {
        let config = GenConfig { profiles: 50, ..config(50) };
        let dataset = generate(&config);
        let generator = Generator::new(&config);
        assert_eq!(generator.posting(49), dataset.postings[49]);
        assert_eq!(generator.profile(17), dataset.profiles[17]);
        assert_eq!(generator.config(), &config);
    }
}
