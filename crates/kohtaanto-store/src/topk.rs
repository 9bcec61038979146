//! Exact top-k selection inside a segment, and merging across segments.
//!
//! Ranking order (DESIGN.md section 4): higher coverage score, then newer, then smaller id.
//! Inside one segment the term ordinals of the `id` fast field are sorted like the ids
//! themselves, so the heap compares ordinals and strings are only looked up for the k
//! survivors. Across segments the survivors are compared by their strings.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use tantivy::columnar::StrColumn;
use tantivy::{DocAddress, DocId, SegmentOrdinal};

/// One hit, resolved.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Quantised coverage.
    pub score: u32,
    /// Tie-break time (micros).
    pub time: i64,
    /// Record id.
    pub id: String,
    /// Exact coverage.
    pub coverage: f64,
    /// Where the document is.
    pub address: DocAddress,
}

/// What a segment returns: its best candidates and how many hits it had in all.
pub struct SegmentHits {
    pub candidates: Vec<Candidate>,
    pub total: usize,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    score: u32,
    time: i64,
    ord: u64,
    doc: DocId,
    coverage: f64,
}

impl Entry {
    fn key(&self) -> (u32, i64, Reverse<u64>) {
        (self.score, self.time, Reverse(self.ord))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Greater = ranks better.
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

/// Keeps the k best hits of one segment.
pub struct SegmentTopK {
    k: usize,
    heap: BinaryHeap<Reverse<Entry>>,
    total: usize,
    segment: SegmentOrdinal,
    ids: Option<StrColumn>,
}

impl SegmentTopK {
    pub fn new(k: usize, segment: SegmentOrdinal, ids: Option<StrColumn>) -> SegmentTopK {
        SegmentTopK { k, heap: BinaryHeap::with_capacity(k.min(4096) + 1), total: 0, segment, ids }
    }

    fn ord_of(&self, doc: DocId) -> u64 {
        self.ids.as_ref().and_then(|ids| ids.term_ords(doc).next()).unwrap_or(u64::MAX)
    }

    /// Offer a hit that passed all filters.
    #[inline]
    pub fn offer(&mut self, doc: DocId, score: u32, time: i64, coverage: f64) {
        self.total += 1;
        if self.k == 0 {
            return;
        }
        if self.heap.len() == self.k
            && let Some(Reverse(worst)) = self.heap.peek()
            && (score, time) < (worst.score, worst.time)
        {
            return;
        }
        let entry = Entry { score, time, ord: self.ord_of(doc), doc, coverage };
        if self.heap.len() < self.k {
            self.heap.push(Reverse(entry));
        } else if let Some(mut worst) = self.heap.peek_mut()
            && entry > worst.0
        {
            *worst = Reverse(entry);
        }
    }

    pub fn harvest(self) -> SegmentHits {
        let mut id = String::new();
        let candidates = self
            .heap
            .into_iter()
            .map(|Reverse(entry)| {
                id.clear();
                if let Some(ids) = &self.ids {
                    let _ = ids.ord_to_str(entry.ord, &mut id);
                }
                Candidate {
                    score: entry.score,
                    time: entry.time,
                    id: id.clone(),
                    coverage: entry.coverage,
                    address: DocAddress::new(self.segment, entry.doc),
                }
            })
            .collect();
        SegmentHits { candidates, total: self.total }
    }
}

/// Merge segment results: the best `k` overall, best first, and the total number of hits.
pub fn merge(segments: Vec<SegmentHits>, k: usize) -> (Vec<Candidate>, usize) {
    let total = segments.iter().map(|s| s.total).sum();
    let mut all: Vec<Candidate> = segments.into_iter().flat_map(|s| s.candidates).collect();
    all.sort_by(|a, b| {
        kohtaanto_match::brute_force::ranking_order((a.score, a.time, &a.id), (b.score, b.time, &b.id))
    });
    all.truncate(k);
    (all, total)
}
