//! Shared state of the services: taxonomy, store, typeahead index, limits.

use crate::config::ServerConfig;
use kohtaanto_domain::{JobPosting, JobseekerProfile, Occupation, ProfileSkill, Requirement};
use kohtaanto_store::{Enricher, Store};
use kohtaanto_taxonomy::occupation::{self, OccupationCatalog};
use kohtaanto_taxonomy::suggest::Suggester;
use kohtaanto_taxonomy::{Taxonomy, enrich};
use std::sync::Arc;

/// Effective skills by skill extraction with the taxonomy, and the occupation inferred from the
/// title, text and skills with the embedded occupation catalogue (explicit wins in both).
pub struct TaxonomyEnricher {
    taxonomy: Arc<Taxonomy>,
}

impl TaxonomyEnricher {
    /// Enricher over `taxonomy`.
    pub fn new(taxonomy: Arc<Taxonomy>) -> TaxonomyEnricher {
        TaxonomyEnricher { taxonomy }
    }
}

impl Enricher for TaxonomyEnricher {
    fn posting_requirements(&self, posting: &JobPosting) -> Vec<Requirement> {
        enrich::effective_requirements(&self.taxonomy, self.taxonomy.extractor(), posting)
    }
    fn profile_skills(&self, profile: &JobseekerProfile) -> Vec<ProfileSkill> {
        enrich::effective_skills(&self.taxonomy, self.taxonomy.extractor(), profile)
    }
    fn posting_occupation(&self, posting: &JobPosting, effective: &[Requirement]) -> Option<Occupation> {
        occupation::posting_occupation(OccupationCatalog::embedded(), &self.taxonomy, posting, effective)
    }
    fn fingerprint(&self) -> u64 {
        OccupationCatalog::embedded().fingerprint()
    }
}

/// State shared by all services.
pub struct AppState {
    /// The taxonomy.
    pub taxonomy: Arc<Taxonomy>,
    /// The store.
    pub store: Arc<Store>,
    /// Typeahead index.
    pub suggester: Suggester,
    /// Configuration.
    pub config: ServerConfig,
}

impl AppState {
    /// New state.
    pub fn new(taxonomy: Arc<Taxonomy>, store: Arc<Store>, config: ServerConfig) -> AppState {
        let suggester = Suggester::new(&taxonomy);
        AppState { taxonomy, store, suggester, config }
    }
}
