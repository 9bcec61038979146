//! The postings index: schema, document building, and the collector that ranks postings for a
//! profile (MatchJobPostings).

use crate::codec::*;
use crate::segment_cache::{Flat, SegmentCache};
use crate::topk::{SegmentHits, SegmentTopK};
use kohtaanto_domain::{JobPosting, JobseekerProfile, MatchFilters, Requirement, WorkMode};
use kohtaanto_match::brute_force::is_hit;
use kohtaanto_match::filters::{languages_ok, region_ok};
use kohtaanto_match::{CompactRequirement, ProfileTable, compact_requirements, rank_score};
use kohtaanto_taxonomy::Taxonomy;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::{FAST, Field, INDEXED, STORED, STRING, Schema};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument};

/// Field handles of the postings index.
#[derive(Clone, Copy)]
pub(crate) struct PostingFields {
    pub id: Field,
    pub record: Field,
    pub effective: Field,
    pub skill: Field,
    pub requirement: Field,
    pub posted_at: Field,
    pub expires_at: Field,
    pub region: Field,
    pub work_mode: Field,
    pub language: Field,
    pub isco: Field,
}

pub(crate) fn schema() -> (Schema, PostingFields) {
    let mut b = Schema::builder();
    let fields = PostingFields {
        id: b.add_text_field("id", STRING | FAST),
        record: b.add_bytes_field("record", STORED),
        effective: b.add_bytes_field("effective", STORED),
        skill: b.add_text_field("skill", STRING),
        requirement: b.add_u64_field("requirement", FAST),
        posted_at: b.add_i64_field("posted_at", FAST | INDEXED),
        expires_at: b.add_i64_field("expires_at", FAST),
        region: b.add_u64_field("region", FAST),
        work_mode: b.add_u64_field("work_mode", FAST),
        language: b.add_u64_field("language", FAST),
        isco: b.add_u64_field("isco", FAST),
    };
    (b.build(), fields)
}

pub(crate) const fn work_mode_code(mode: WorkMode) -> u64 {
    match mode {
        WorkMode::Onsite => 0,
        WorkMode::Hybrid => 1,
        WorkMode::Remote => 2,
    }
}

/// Build the tantivy document of a posting. `effective` are its requirements after enrichment.
pub(crate) fn document(
    taxonomy: &Taxonomy,
    f: &PostingFields,
    posting: &JobPosting,
    effective: &[Requirement],
) -> serde_json::Result<TantivyDocument> {
    let mut doc = TantivyDocument::new();
    doc.add_text(f.id, &posting.id);
    doc.add_bytes(f.record, &serde_json::to_vec(posting)?);
    doc.add_bytes(f.effective, &serde_json::to_vec(effective)?);
    for requirement in compact_requirements(taxonomy, effective) {
        doc.add_text(f.skill, &taxonomy.skill(requirement.skill).id);
        doc.add_u64(f.requirement, encode_requirement(&requirement));
    }
    doc.add_i64(f.posted_at, posting.posted_at.timestamp_micros());
    doc.add_i64(f.expires_at, posting.expires_at.map_or(i64::MAX, |t| t.timestamp_micros()));
    doc.add_u64(f.region, region_hash(&posting.region));
    doc.add_u64(f.work_mode, work_mode_code(posting.work_mode));
    for language in &posting.languages {
        doc.add_u64(f.language, encode_language(language));
    }
    doc.add_u64(f.isco, posting.occupation.as_ref().map_or(0, |o| encode_isco(&o.isco_code)));
    Ok(doc)
}

/// Everything the collector needs to rank postings for one profile.
pub(crate) struct PostingQuery {
    pub table: ProfileTable,
    pub accepted_regions: Vec<u64>,
    pub accepts_remote: bool,
    pub languages: Vec<(u64, u8)>,
    pub filter_regions: Vec<u64>,
    pub work_modes: Vec<u64>,
    pub posted_after: Option<i64>,
    pub isco_prefixes: Vec<u64>,
    pub include_expired: bool,
    pub now: i64,
    pub filters: MatchFilters,
    pub k: usize,
}

impl PostingQuery {
    pub fn new(
        table: ProfileTable,
        profile: &JobseekerProfile,
        filters: &MatchFilters,
        now: chrono::DateTime<chrono::Utc>,
        k: usize,
    ) -> PostingQuery {
        PostingQuery {
            table,
            accepted_regions: profile.accepted_regions.iter().map(|r| region_hash(r)).collect(),
            accepts_remote: profile.accepts_remote,
            languages: profile.languages.iter().map(|l| decode_language(encode_language(l))).collect(),
            filter_regions: filters.regions.iter().map(|r| region_hash(r)).collect(),
            work_modes: filters.work_modes.iter().map(|&m| work_mode_code(m)).collect(),
            posted_after: filters.posted_after.map(|t| t.timestamp_micros()),
            isco_prefixes: filters.isco_prefixes.iter().map(|p| encode_isco(p)).collect(),
            include_expired: filters.include_expired,
            now: now.timestamp_micros(),
            filters: filters.clone(),
            k,
        }
    }
}

/// Decoded scoring inputs of one segment (see [`crate::segment_cache`]).
pub(crate) struct PostingSegmentData {
    requirements: Flat<CompactRequirement>,
    languages: Flat<(u64, u8)>,
    posted_at: Vec<i64>,
    expires_at: Vec<i64>,
    region: Vec<u64>,
    work_mode: Vec<u64>,
    isco: Vec<u64>,
}

impl PostingSegmentData {
    fn load(reader: &SegmentReader) -> tantivy::Result<PostingSegmentData> {
        let fast = reader.fast_fields();
        let (requirement, language) = (fast.u64("requirement")?, fast.u64("language")?);
        let (posted_at, expires_at) = (fast.i64("posted_at")?, fast.i64("expires_at")?);
        let (region, work_mode, isco) = (fast.u64("region")?, fast.u64("work_mode")?, fast.u64("isco")?);
        let docs = reader.max_doc();
        let mut data = PostingSegmentData {
            requirements: Flat::with_capacity(docs as usize),
            languages: Flat::with_capacity(docs as usize),
            posted_at: Vec::with_capacity(docs as usize),
            expires_at: Vec::with_capacity(docs as usize),
            region: Vec::with_capacity(docs as usize),
            work_mode: Vec::with_capacity(docs as usize),
            isco: Vec::with_capacity(docs as usize),
        };
        let mut scratch: Vec<CompactRequirement> = Vec::new();
        for doc in 0..docs {
            scratch.clear();
            scratch.extend(requirement.values_for_doc(doc).map(decode_requirement));
            // Canonical order (ascending skill) so that sums match the reference exactly.
            scratch.sort_unstable_by_key(|r| r.skill);
            data.requirements.push_doc(scratch.iter().copied());
            data.languages.push_doc(language.values_for_doc(doc).map(decode_language));
            data.posted_at.push(posted_at.first(doc).unwrap_or(i64::MIN));
            data.expires_at.push(expires_at.first(doc).unwrap_or(i64::MAX));
            data.region.push(region.first(doc).unwrap_or(0));
            data.work_mode.push(work_mode.first(doc).unwrap_or(0));
            data.isco.push(isco.first(doc).unwrap_or(0));
        }
        Ok(data)
    }
}

pub(crate) struct PostingCollector {
    pub query: Arc<PostingQuery>,
    pub cache: Arc<SegmentCache<PostingSegmentData>>,
}

pub(crate) struct PostingSegmentCollector {
    query: Arc<PostingQuery>,
    data: Arc<PostingSegmentData>,
    top: SegmentTopK,
}

impl Collector for PostingCollector {
    type Fruit = (Vec<crate::topk::Candidate>, usize);
    type Child = PostingSegmentCollector;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        Ok(PostingSegmentCollector {
            query: self.query.clone(),
            data: self.cache.get_or_load(reader, PostingSegmentData::load)?,
            top: SegmentTopK::new(self.query.k, segment, reader.fast_fields().str("id")?),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SegmentHits>) -> tantivy::Result<Self::Fruit> {
        Ok(crate::topk::merge(segments, self.query.k))
    }
}

const REMOTE: u64 = work_mode_code(WorkMode::Remote);

impl SegmentCollector for PostingSegmentCollector {
    type Fruit = SegmentHits;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let (q, d, i) = (&*self.query, &*self.data, doc as usize);
        if i >= d.posted_at.len() {
            return;
        }
        if !q.include_expired && d.expires_at[i] <= q.now {
            return;
        }
        let region = d.region[i];
        if !region_ok(&region, d.work_mode[i] == REMOTE, &q.accepted_regions, q.accepts_remote) {
            return;
        }
        if !languages_ok(d.languages.get(doc), &q.languages) {
            return;
        }
        if !q.filter_regions.is_empty() && !q.filter_regions.contains(&region) {
            return;
        }
        if !q.work_modes.is_empty() && !q.work_modes.contains(&d.work_mode[i]) {
            return;
        }
        let posted_at = d.posted_at[i];
        if q.posted_after.is_some_and(|after| posted_at < after) {
            return;
        }
        if !q.isco_prefixes.is_empty()
            && !q.isco_prefixes.iter().any(|&prefix| isco_has_prefix(d.isco[i], prefix))
        {
            return;
        }
        let coverage = q.table.coverage(d.requirements.get(doc));
        if !is_hit(coverage, &q.filters) {
            return;
        }
        self.top.offer(doc, rank_score(coverage), posted_at, coverage);
    }

    fn harvest(self) -> SegmentHits {
        self.top.harvest()
    }
}
