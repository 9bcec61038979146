//! The gap-analysis snapshot of the store: every live posting and profile as compact records
//! ([`kohtaanto_match::gaps::Snapshot`]).
//!
//! Each segment's documents are decoded once (stored record + effective skills, through
//! [`GapPosting::from_record`] / [`GapProfile::from_record`], the same conversion the tests
//! check against the brute-force oracle) and cached by segment id, so after a write only the
//! new segment is decoded. The snapshot itself (live documents of every segment plus the
//! inverted index) is rebuilt lazily when the reader generation of either index changes.

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
    let mut out = Vec::new();
    for reader in searcher.segment_readers() {
        let data = cache.get_or_load(reader, &load)?;
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
    pub fn gap_snapshot(&self, cache: &GapSnapshotCache) -> Result<Arc<Snapshot>> {
        let postings = self.postings.searcher();
        let profiles = self.profiles.searcher();
        let key = (postings.generation().generation_id(), profiles.generation().generation_id());
        if let Some((cached, snapshot)) = &*cache.last.lock().unwrap_or_else(PoisonError::into_inner)
            && *cached == key
        {
            return Ok(snapshot.clone());
        }
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
}
