//! Decoded per-segment scoring data, cached by segment id.
//!
//! tantivy segments are immutable (deletes live in a separate alive bitset that the query
//! applies), so the fast-field values a collector needs can be decoded once per segment into
//! flat arrays and reused by every query until the segment is merged away. Scoring a candidate
//! then costs a few array reads instead of several column lookups.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::{Searcher, SegmentReader, index::SegmentId};

/// Offsets of a multi-valued column decoded into one flat vector: values of doc `d` are
/// `values[starts[d]..starts[d + 1]]`.
pub(crate) struct Flat<T> {
    starts: Vec<u32>,
    values: Vec<T>,
}

impl<T> Flat<T> {
    pub fn with_capacity(docs: usize) -> Flat<T> {
        let mut starts = Vec::with_capacity(docs + 1);
        starts.push(0);
        Flat { starts, values: Vec::with_capacity(docs * 4) }
    }

    /// Append the values of the next document.
    pub fn push_doc(&mut self, values: impl Iterator<Item = T>) {
        self.values.extend(values);
        self.starts.push(self.values.len() as u32);
    }

    #[inline]
    pub fn get(&self, doc: u32) -> &[T] {
        let doc = doc as usize;
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&start), Some(&end)) => &self.values[start as usize..end as usize],
            _ => &[],
        }
    }
}

/// A cache of decoded data per segment.
pub(crate) struct SegmentCache<T> {
    entries: Mutex<HashMap<SegmentId, Arc<T>>>,
}

impl<T> Default for SegmentCache<T> {
    fn default() -> Self {
        SegmentCache { entries: Mutex::new(HashMap::new()) }
    }
}

impl<T> SegmentCache<T> {
    /// The data of `reader`'s segment, decoded with `load` on first use.
    pub fn get_or_load(
        &self,
        reader: &SegmentReader,
        load: impl FnOnce(&SegmentReader) -> tantivy::Result<T>,
    ) -> tantivy::Result<Arc<T>> {
        let id = reader.segment_id();
        if let Some(data) = self.entries.lock().unwrap_or_else(PoisonError::into_inner).get(&id) {
            return Ok(data.clone());
        }
        // Decoded outside the lock: two queries may decode the same new segment once each.
        let data = Arc::new(load(reader)?);
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).insert(id, data.clone());
        Ok(data)
    }

    /// Drop segments that are no longer part of the index (merged away).
    pub fn retain_live(&self, searcher: &Searcher) {
        let live: HashSet<SegmentId> = searcher.segment_readers().iter().map(|r| r.segment_id()).collect();
        self.entries.lock().unwrap_or_else(PoisonError::into_inner).retain(|id, _| live.contains(id));
    }
}
