//! Storage of kohtaanto on tantivy (DESIGN.md section 7).
//!
//! # Layout
//! The data directory holds one tantivy index per record kind (`postings/`, `profiles/`,
//! `programmes/`; the last in [`programmes`]), a `LOCK` file held by the owning process, and
//! `kohtaanto.json` with the fingerprint of the taxonomy the derived fields were built with (a
//! different taxonomy triggers a rebuild).
//!
//! Every document keeps the record exactly as written (`record`, JSON; the one addition is an
//! occupation the enricher inferred when none was given, marked extracted) and its *effective*
//! skills (explicit + extracted, `effective`), plus what matching needs as fast fields: encoded
//! requirements or held skills ([`codec`]), times, region and language keys.
//!
//! # Reading and matching
//! Matching is a tantivy search: a term-set query on the skill ids that can receive credit
//! (expanded through the taxonomy) generates candidates, and a custom collector
//! ([`postings`], [`profiles`]) applies the hard filters and scores every candidate exactly from
//! fast fields, keeping the exact top k ([`topk`]). A document with no such skill scores 0 and
//! is not a hit, so the result equals scoring every document (tested against
//! [`kohtaanto_match::brute_force`]).
//!
//! # Writing
//! See [`collection`]: one writer thread per index, group commit, acknowledged means durable.
#![warn(missing_docs)]

mod codec;
mod collection;
mod erasure;
mod error;
mod gap_snapshot;
mod postings;
mod profiles;
mod programmes;
mod segment_cache;
mod topk;

pub use collection::WriteTicket;
pub use error::{Result, Result as StoreResult, StoreError};
pub use gap_snapshot::GapSnapshotCache;
pub use programmes::{PreparedProgramme, ProgrammeFilter};

use chrono::{DateTime, Datelike, Utc};
use collection::{Collection, WriteOp};
use kohtaanto_domain::{JobPosting, JobseekerProfile, MatchFilters, Occupation, ProfileSkill, Requirement};
use kohtaanto_match::{PostingTable, ProfileTable, compact_requirements, compact_skills};
use kohtaanto_taxonomy::Taxonomy;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tantivy::query::{AllQuery, Query, TermSetQuery};
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// Computes the effective skills of records (explicit + extracted from text).
pub trait Enricher: Send + Sync {
    /// Effective requirements of a posting.
    fn posting_requirements(&self, posting: &JobPosting) -> Vec<Requirement>;
    /// Effective skills of a profile.
    fn profile_skills(&self, profile: &JobseekerProfile) -> Vec<ProfileSkill>;
    /// The occupation a posting is stored with, given its effective requirements: by default
    /// the one written. An enricher may infer one when none is explicit (marked
    /// [`Provenance::Extracted`](kohtaanto_domain::Provenance::Extracted)); an inferred one
    /// comes back here on a rebuild and must then be re-derived.
    fn posting_occupation(&self, posting: &JobPosting, _effective: &[Requirement]) -> Option<Occupation> {
        posting.occupation.clone()
    }
    /// Stable hash of whatever else than the taxonomy the derived fields depend on (such as an
    /// occupation catalogue): a change triggers a rebuild like a changed taxonomy.
    fn fingerprint(&self) -> u64 {
        0
    }
}

/// An [`Enricher`] that extracts nothing: effective = explicit.
pub struct ExplicitOnly;

impl Enricher for ExplicitOnly {
    fn posting_requirements(&self, posting: &JobPosting) -> Vec<Requirement> {
        posting.requirements.clone()
    }
    fn profile_skills(&self, profile: &JobseekerProfile) -> Vec<ProfileSkill> {
        profile.skills.clone()
    }
}

/// A posting as stored: the record as written and its effective requirements.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPosting {
    /// Exactly what was written.
    pub posting: JobPosting,
    /// Explicit + extracted requirements (what matching uses).
    pub effective: Vec<Requirement>,
}

/// A profile as stored: the record as written and its effective skills.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredProfile {
    /// Exactly what was written.
    pub profile: JobseekerProfile,
    /// Explicit + extracted skills (what matching uses).
    pub effective: Vec<ProfileSkill>,
}

/// A ranked hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored<T> {
    /// The record.
    pub record: T,
    /// Its coverage.
    pub coverage: f64,
}

/// One page of ranked hits.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchPage<T> {
    /// Hits in ranking order.
    pub hits: Vec<Scored<T>>,
    /// Number of hits passing all filters.
    pub total: usize,
}

/// A posting ready to be written (enriched and encoded), see [`Store::prepare_posting`].
pub struct PreparedPosting(WriteOp);
/// A profile ready to be written, see [`Store::prepare_profile`].
pub struct PreparedProfile(WriteOp);

/// Tuning of the store.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Indexing memory budget of each index writer, in bytes.
    pub writer_memory_bytes: usize,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions { writer_memory_bytes: 64 * 1024 * 1024 }
    }
}

#[derive(Serialize, Deserialize, PartialEq)]
struct MetaFile {
    format_version: u32,
    taxonomy_fingerprint: String,
    #[serde(default)]
    enricher_fingerprint: String,
}

const META_FILE: &str = "kohtaanto.json";
const FORMAT_VERSION: u32 = 1;

/// The store: postings and profiles under one data directory.
pub struct Store {
    dir: PathBuf,
    taxonomy: Arc<Taxonomy>,
    enricher: Arc<dyn Enricher>,
    postings: Collection,
    posting_fields: postings::PostingFields,
    profiles: Collection,
    profile_fields: profiles::ProfileFields,
    posting_cache: Arc<segment_cache::SegmentCache<postings::PostingSegmentData>>,
    profile_cache: Arc<segment_cache::SegmentCache<profiles::ProfileSegmentData>>,
    programmes: Collection,
    programme_fields: programmes::ProgrammeFields,
    _lock: File,
}

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io { path: path.display().to_string(), source }
}

fn decode<T: DeserializeOwned>(id: &str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes)
        .map_err(|e| StoreError::Corrupt { id: id.to_string(), message: e.to_string() })
}

impl Store {
    /// Open (or create) the store in `dir`. Fails with [`StoreError::Locked`] when another
    /// process has it open. Rebuilds derived fields if the taxonomy changed since last time.
    pub fn open(
        dir: &Path,
        taxonomy: Arc<Taxonomy>,
        enricher: Arc<dyn Enricher>,
        options: StoreOptions,
    ) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let lock_path = dir.join("LOCK");
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_error(&lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked { path: dir.display().to_string() });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io_error(&lock_path, e)),
        }
        let (posting_schema, posting_fields) = postings::schema();
        let (profile_schema, profile_fields) = profiles::schema();
        let memory = options.writer_memory_bytes.max(15_000_000);
        let (programme_schema, programme_fields) = programmes::schema();
        // Programmes are few and small: the smallest writer budget tantivy accepts.
        let programmes =
            Collection::open("programmes", &dir.join("programmes"), programme_schema, 15_000_000)?;
        let postings = Collection::open("postings", &dir.join("postings"), posting_schema, memory)?;
        // Profiles are personal data: deleted and replaced ones are erased from the files.
        let erase = collection::CollectionOptions::personal_data();
        let profiles =
            Collection::open_with("profiles", &dir.join("profiles"), profile_schema, memory, erase)?;
        let store = Store {
            dir: dir.to_path_buf(),
            taxonomy,
            enricher,
            postings,
            posting_fields,
            profiles,
            profile_fields,
            posting_cache: Arc::default(),
            profile_cache: Arc::default(),
            programmes,
            programme_fields,
            _lock: lock,
        };
        store.check_taxonomy()?;
        Ok(store)
    }

    fn check_taxonomy(&self) -> Result<()> {
        let meta_path = self.dir.join(META_FILE);
        let current = MetaFile {
            format_version: FORMAT_VERSION,
            taxonomy_fingerprint: format!("{:016x}", self.taxonomy.fingerprint()),
            enricher_fingerprint: format!("{:016x}", self.enricher.fingerprint()),
        };
        let previous: Option<MetaFile> =
            std::fs::read(&meta_path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok());
        if previous.as_ref() == Some(&current) {
            return Ok(());
        }
        if previous.is_some() || self.count_postings() + self.count_profiles() > 0 {
            tracing::info!("taxonomy changed since the index was built: rebuilding derived fields");
            self.rebuild()?;
        }
        let bytes = serde_json::to_vec_pretty(&current).map_err(|e| io_error(&meta_path, e.into()))?;
        let temporary = meta_path.with_extension("json.tmp");
        std::fs::write(&temporary, bytes).map_err(|e| io_error(&temporary, e))?;
        File::open(&temporary).and_then(|f| f.sync_all()).map_err(|e| io_error(&temporary, e))?;
        std::fs::rename(&temporary, &meta_path).map_err(|e| io_error(&meta_path, e))?;
        Ok(())
    }

    /// Re-derive effective skills and fast fields of every record with the current taxonomy.
    fn rebuild(&self) -> Result<()> {
        const BATCH: usize = 2_000;
        let mut after: Option<String> = None;
        loop {
            let (page, _) = self.list_postings(after.as_deref(), BATCH)?;
            let Some(last) = page.last() else { break };
            after = Some(last.posting.id.clone());
            let prepared =
                page.into_iter().map(|p| self.prepare_posting(p.posting)).collect::<Result<Vec<_>>>()?;
            self.submit_postings(prepared)?.wait_blocking()?;
        }
        let mut after: Option<String> = None;
        loop {
            let (page, _) = self.list_profiles(after.as_deref(), BATCH, None)?;
            let Some(last) = page.last() else { break };
            after = Some(last.profile.id.clone());
            let prepared =
                page.into_iter().map(|p| self.prepare_profile(p.profile)).collect::<Result<Vec<_>>>()?;
            self.submit_profiles(prepared)?.wait_blocking()?;
        }
        Ok(())
    }

    /// The taxonomy in use.
    pub fn taxonomy(&self) -> &Arc<Taxonomy> {
        &self.taxonomy
    }

    /// The enricher in use.
    pub fn enricher(&self) -> &Arc<dyn Enricher> {
        &self.enricher
    }

    /// Data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Enrich and encode a posting (CPU work; callers may run many in parallel).
    pub fn prepare_posting(&self, mut posting: JobPosting) -> Result<PreparedPosting> {
        let effective = self.enricher.posting_requirements(&posting);
        // Stored with the record (an inferred one marked so): Get returns it, the ISCO fast
        // field filters on it, and a rebuild re-derives it.
        posting.occupation = self.enricher.posting_occupation(&posting, &effective);
        let document = postings::document(&self.taxonomy, &self.posting_fields, &posting, &effective)
            .map_err(|e| StoreError::Corrupt { id: posting.id.clone(), message: e.to_string() })?;
        Ok(PreparedPosting(WriteOp::Upsert { id: posting.id, document }))
    }

    /// Enrich and encode a profile.
    pub fn prepare_profile(&self, profile: JobseekerProfile) -> Result<PreparedProfile> {
        let effective = self.enricher.profile_skills(&profile);
        let document = profiles::document(&self.taxonomy, &self.profile_fields, &profile, &effective)
            .map_err(|e| StoreError::Corrupt { id: profile.id.clone(), message: e.to_string() })?;
        Ok(PreparedProfile(WriteOp::Upsert { id: profile.id, document }))
    }

    /// Queue prepared postings; the ticket resolves when they are durable and visible.
    pub fn submit_postings(&self, prepared: Vec<PreparedPosting>) -> Result<WriteTicket> {
        self.postings.submit(prepared.into_iter().map(|p| p.0).collect())
    }

    /// Queue prepared profiles.
    pub fn submit_profiles(&self, prepared: Vec<PreparedProfile>) -> Result<WriteTicket> {
        self.profiles.submit(prepared.into_iter().map(|p| p.0).collect())
    }

    /// Queue deletion of postings; the ticket tells per id whether it existed.
    pub fn delete_postings(&self, ids: Vec<String>) -> Result<WriteTicket> {
        self.postings.submit(ids.into_iter().map(|id| WriteOp::Delete { id }).collect())
    }

    /// Queue deletion of profiles.
    pub fn delete_profiles(&self, ids: Vec<String>) -> Result<WriteTicket> {
        self.profiles.submit(ids.into_iter().map(|id| WriteOp::Delete { id }).collect())
    }

    /// Prepare, write and wait (blocking): convenience for tools and tests.
    pub fn upsert_postings_blocking(&self, postings: Vec<JobPosting>) -> Result<()> {
        let prepared = postings.into_iter().map(|p| self.prepare_posting(p)).collect::<Result<Vec<_>>>()?;
        self.submit_postings(prepared)?.wait_blocking().map(|_| ())
    }

    /// Prepare, write and wait (blocking).
    pub fn upsert_profiles_blocking(&self, profiles: Vec<JobseekerProfile>) -> Result<()> {
        let prepared = profiles.into_iter().map(|p| self.prepare_profile(p)).collect::<Result<Vec<_>>>()?;
        self.submit_profiles(prepared)?.wait_blocking().map(|_| ())
    }

    fn read_posting(&self, searcher: &Searcher, address: tantivy::DocAddress) -> Result<StoredPosting> {
        let (record, effective) = self.postings.stored_json(searcher, address)?;
        let posting: JobPosting = decode("posting", &record)?;
        let effective = decode(&posting.id, &effective)?;
        Ok(StoredPosting { posting, effective })
    }

    fn read_profile(&self, searcher: &Searcher, address: tantivy::DocAddress) -> Result<StoredProfile> {
        let (record, effective) = self.profiles.stored_json(searcher, address)?;
        let profile: JobseekerProfile = decode("profile", &record)?;
        let effective = decode(&profile.id, &effective)?;
        Ok(StoredProfile { profile, effective })
    }

    /// A posting by id.
    pub fn get_posting(&self, id: &str) -> Result<Option<StoredPosting>> {
        let searcher = self.postings.searcher();
        self.postings.find(&searcher, id)?.map(|address| self.read_posting(&searcher, address)).transpose()
    }

    /// A profile by id.
    pub fn get_profile(&self, id: &str) -> Result<Option<StoredProfile>> {
        let searcher = self.profiles.searcher();
        self.profiles.find(&searcher, id)?.map(|address| self.read_profile(&searcher, address)).transpose()
    }

    /// Up to `limit` postings with id greater than `after`, in id order, and the total count.
    pub fn list_postings(&self, after: Option<&str>, limit: usize) -> Result<(Vec<StoredPosting>, u64)> {
        let searcher = self.postings.searcher();
        let (page, total) = self.postings.page_after(&searcher, after, limit, None)?;
        let records =
            page.into_iter().map(|a| self.read_posting(&searcher, a)).collect::<Result<Vec<_>>>()?;
        Ok((records, total))
    }

    /// Up to `limit` profiles with id greater than `after` (of one coach, when given), in id
    /// order, and the total count (of that coach).
    pub fn list_profiles(
        &self,
        after: Option<&str>,
        limit: usize,
        coach_id: Option<&str>,
    ) -> Result<(Vec<StoredProfile>, u64)> {
        let searcher = self.profiles.searcher();
        let filter = coach_id.map(|coach| Term::from_field_text(self.profile_fields.coach, coach));
        let (page, total) = self.profiles.page_after(&searcher, after, limit, filter)?;
        let records =
            page.into_iter().map(|a| self.read_profile(&searcher, a)).collect::<Result<Vec<_>>>()?;
        Ok((records, total))
    }

    /// Number of postings.
    pub fn count_postings(&self) -> u64 {
        self.postings.searcher().num_docs()
    }

    /// Number of profiles.
    pub fn count_profiles(&self) -> u64 {
        self.profiles.searcher().num_docs()
    }

    fn skill_terms(&self, field: Field, skills: &[kohtaanto_taxonomy::SkillIndex]) -> Vec<Term> {
        skills.iter().map(|&s| Term::from_field_text(field, &self.taxonomy.skill(s).id)).collect()
    }

    /// The candidate query: the union of the skill terms, or every live document when that
    /// union would cover much of the index anyway (a broad profile: "software development",
    /// "programming"...), where walking all documents is cheaper than merging hundreds of posting
    /// lists. Either way every document that can score above 0 is visited, so the top-k stays exact.
    fn candidate_query(searcher: &Searcher, terms: Vec<Term>) -> Result<Box<dyn Query>> {
        let mut postings_to_merge = 0_u64;
        for term in &terms {
            postings_to_merge += searcher.doc_freq(term)?;
        }
        if postings_to_merge.saturating_mul(2) >= searcher.num_docs().max(1) {
            Ok(Box::new(AllQuery))
        } else {
            Ok(Box::new(TermSetQuery::new(terms)))
        }
    }

    /// Postings for a profile, ranked exactly (DESIGN.md section 4), hits at positions `window`.
    pub fn match_postings(
        &self,
        profile: &JobseekerProfile,
        effective_skills: &[ProfileSkill],
        filters: &MatchFilters,
        now: DateTime<Utc>,
        window: Range<usize>,
    ) -> Result<MatchPage<StoredPosting>> {
        let table =
            ProfileTable::new(&self.taxonomy, &compact_skills(&self.taxonomy, effective_skills), now.year());
        let terms = self.skill_terms(self.posting_fields.skill, table.candidate_skills());
        if terms.is_empty() || window.is_empty() {
            return Ok(MatchPage { hits: Vec::new(), total: 0 });
        }
        let query = postings::PostingQuery::new(table, profile, filters, now, window.end);
        let searcher = self.postings.searcher();
        let collector =
            postings::PostingCollector { query: Arc::new(query), cache: self.posting_cache.clone() };
        let (candidates, total) =
            searcher.search(Self::candidate_query(&searcher, terms)?.as_ref(), &collector)?;
        self.posting_cache.retain_live(&searcher);
        let hits = candidates
            .into_iter()
            .skip(window.start)
            .map(|c| Ok(Scored { record: self.read_posting(&searcher, c.address)?, coverage: c.coverage }))
            .collect::<Result<Vec<_>>>()?;
        Ok(MatchPage { hits, total })
    }

    /// Profiles for a posting, ranked exactly, hits at positions `window`.
    pub fn match_profiles(
        &self,
        posting: &JobPosting,
        effective_requirements: &[Requirement],
        filters: &MatchFilters,
        now: DateTime<Utc>,
        window: Range<usize>,
    ) -> Result<MatchPage<StoredProfile>> {
        let table =
            PostingTable::new(&self.taxonomy, &compact_requirements(&self.taxonomy, effective_requirements));
        let terms = self.skill_terms(self.profile_fields.skill, table.candidate_skills());
        if terms.is_empty() || window.is_empty() {
            return Ok(MatchPage { hits: Vec::new(), total: 0 });
        }
        let query = profiles::ProfileQuery::new(table, posting, filters, now.year(), window.end);
        let searcher = self.profiles.searcher();
        let collector =
            profiles::ProfileCollector { query: Arc::new(query), cache: self.profile_cache.clone() };
        let (candidates, total) =
            searcher.search(Self::candidate_query(&searcher, terms)?.as_ref(), &collector)?;
        self.profile_cache.retain_live(&searcher);
        let hits = candidates
            .into_iter()
            .skip(window.start)
            .map(|c| Ok(Scored { record: self.read_profile(&searcher, c.address)?, coverage: c.coverage }))
            .collect::<Result<Vec<_>>>()?;
        Ok(MatchPage { hits, total })
    }

    /// Stop the writer threads after the queued writes; later writes fail with
    /// [`StoreError::WriterStopped`].
    pub fn close(&self) {
        self.postings.close();
        self.profiles.close();
        self.programmes.close();
    }
}
