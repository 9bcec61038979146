//! The gap-analysis snapshot of the store: every live posting and profile as compact records
//! ([`kohtaanto_match::gaps::Snapshot`]).
//!
//! Each segment's documents are decoded once (stored record + effective skills, through
//! [`GapPosting::from_record`] / [`GapProfile::from_record`], the same conversion the tests
//! check against the brute-force oracle) and cached by segment id, so after a write only the
//! new segment is decoded. The snapshot itself (live documents of every segment plus the
//! inverted index) is rebuilt when the reader generation of either index changes: by the first
//! caller that sees the change (one build at a time, others wait for it), which in the server is
//! normally its warming task rather than a request. Undeleted segments are decoded in parallel.

use crate::Store;
use crate::error::Result;
use crate::segment_cache::SegmentCache;
use kohtaanto_domain::{JobPosting, JobseekerProfile, ProfileSkill, Requirement};
use kohtaanto_match::gaps::{GapPosting, GapProfile, Snapshot};
use kohtaanto_taxonomy::Taxonomy;
use rayon::prelude::*;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::schema::{Field, Value};
use tantivy::{Searcher, SegmentReader, TantivyDocument};

/// Reader generations (postings, profiles) and the snapshot built at them.
type Generation = ((u64, u64), Arc<Snapshot>);

/// Decoded segments and the last snapshot. One per service; cheap to create.
#[derive(Default)]
pub struct GapSnapshotCache {
    postings: SegmentCache<Vec<Option<GapPosting>>>,
    profiles: SegmentCache<Vec<Option<GapProfile>>>,
    last: Mutex<Option<Generation>>,
    /// Held while a snapshot is built, so that concurrent callers (a request and the server's
    /// warming task) wait for one build instead of doing it twice.
    building: Mutex<()>,
}

fn internal(message: String) -> tantivy::TantivyError {
    tantivy::TantivyError::InternalError(message)
}

/// Record and effective JSON of every document of a segment (deleted ones too), in doc order.
fn stored_pairs(
    reader: &SegmentReader,
    record: Field,
    effective: Field,
) -> tantivy::Result<Vec<(Vec<u8>, Vec<u8>)>> {
    let store = reader.get_store_reader(64)?;
    store
        .iter::<TantivyDocument>(None)
        .map(|document| {
            let document = document?;
            let bytes = |field: Field| {
                document.get_first(field).and_then(|v| v.as_bytes()).map(<[u8]>::to_vec).unwrap_or_default()
            };
            Ok((bytes(record), bytes(effective)))
        })
        .collect()
}

fn decode_postings(
    taxonomy: &Taxonomy,
    reader: &SegmentReader,
    record: Field,
    effective: Field,
) -> tantivy::Result<Vec<Option<GapPosting>>> {
    stored_pairs(reader, record, effective)?
        .par_iter()
        .map(|(record, effective)| {
            let posting: JobPosting =
                serde_json::from_slice(record).map_err(|e| internal(format!("stored posting: {e}")))?;
            let requirements: Vec<Requirement> = serde_json::from_slice(effective)
                .map_err(|e| internal(format!("posting {}: {e}", posting.id)))?;
            Ok(Some(GapPosting::from_record(taxonomy, &posting, &requirements)))
        })
        .collect()
}

fn decode_profiles(
    taxonomy: &Taxonomy,
    reader: &SegmentReader,
    record: Field,
    effective: Field,
) -> tantivy::Result<Vec<Option<GapProfile>>> {
    stored_pairs(reader, record, effective)?
        .par_iter()
        .map(|(record, effective)| {
            let profile: JobseekerProfile =
                serde_json::from_slice(record).map_err(|e| internal(format!("stored profile: {e}")))?;
            let skills: Vec<ProfileSkill> = serde_json::from_slice(effective)
                .map_err(|e| internal(format!("profile {}: {e}", profile.id)))?;
            Ok(Some(GapProfile::from_record(taxonomy, &profile, &skills)))
        })
        .collect()
}

/// Live records of every segment, decoding the segments not cached yet.
fn live<T: Clone + Send + Sync>(
    searcher: &Searcher,
    cache: &SegmentCache<Vec<Option<T>>>,
    load: impl Fn(&SegmentReader) -> tantivy::Result<Vec<Option<T>>> + Sync,
) -> tantivy::Result<Vec<T>> {
    // Segments not cached yet are decoded in parallel (each also decodes its documents in
    // parallel); cached ones cost a clone of their live records.
    let decoded: Vec<_> = searcher
        .segment_readers()
        .par_iter()
        .map(|reader| cache.get_or_load(reader, &load))
        .collect::<tantivy::Result<_>>()?;
    let mut out = Vec::new();
    for (reader, data) in searcher.segment_readers().iter().zip(decoded) {
        out.extend(
            data.iter()
                .enumerate()
                .filter(|(doc, _)| !reader.is_deleted(*doc as u32))
                .filter_map(|(_, record)| record.clone()),
        );
    }
    cache.retain_live(searcher);
    Ok(out)
}

impl Store {
    /// The gap-analysis snapshot of the current readers (cached while they do not change).
    ///
    /// Freshness: the snapshot follows the reader generation of both indexes, so it reflects
    /// every committed write that the searchers see. Building it after a commit decodes only the
    /// new segments; the server also calls this from a background task after each reader
    /// change, so requests normally find it built.
    pub fn gap_snapshot(&self, cache: &GapSnapshotCache) -> Result<Arc<Snapshot>> {
        if let Some(snapshot) = self.fresh_gap_snapshot(cache) {
            return Ok(snapshot);
        }
        let _building = cache.building.lock().unwrap_or_else(PoisonError::into_inner);
        // Another caller may have built it while this one waited.
        if let Some(snapshot) = self.fresh_gap_snapshot(cache) {
            return Ok(snapshot);
        }
        let postings = self.postings.searcher();
        let profiles = self.profiles.searcher();
        let key = (postings.generation().generation_id(), profiles.generation().generation_id());
        let taxonomy = self.taxonomy.clone();
        let (pf, qf) = (self.posting_fields, self.profile_fields);
        let gap_postings = live(&postings, &cache.postings, |reader| {
            decode_postings(&taxonomy, reader, pf.record, pf.effective)
        })?;
        let gap_profiles = live(&profiles, &cache.profiles, |reader| {
            decode_profiles(&taxonomy, reader, qf.record, qf.effective)
        })?;
        let snapshot = Arc::new(Snapshot::new(&taxonomy, gap_postings, gap_profiles));
        *cache.last.lock().unwrap_or_else(PoisonError::into_inner) = Some((key, snapshot.clone()));
        Ok(snapshot)
    }

    /// The cached snapshot when it was built at the current reader generations.
    fn fresh_gap_snapshot(&self, cache: &GapSnapshotCache) -> Option<Arc<Snapshot>> {
        let key = (
            self.postings.searcher().generation().generation_id(),
            self.profiles.searcher().generation().generation_id(),
        );
        match &*cache.last.lock().unwrap_or_else(PoisonError::into_inner) {
            Some((cached, snapshot)) if *cached == key => Some(snapshot.clone()),
            _ => None,
        }
    }

    /// True when the cached snapshot is at the current reader generations (nothing to build).
    pub fn gap_snapshot_is_fresh(&self, cache: &GapSnapshotCache) -> bool {
        self.fresh_gap_snapshot(cache).is_some()
    }
}
