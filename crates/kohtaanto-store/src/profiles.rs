//! The profiles index: schema, document building, and the collector that ranks profiles for a
//! posting (MatchProfiles).

use crate::codec::*;
use crate::segment_cache::{Flat, SegmentCache};
use crate::topk::{SegmentHits, SegmentTopK};
use kohtaanto_domain::{JobPosting, JobseekerProfile, MatchFilters, ProfileSkill, WorkMode};
use kohtaanto_match::brute_force::is_hit;
use kohtaanto_match::filters::{languages_ok, region_ok};
use kohtaanto_match::{CompactSkill, PostingTable, compact_skills, rank_score};
use kohtaanto_taxonomy::Taxonomy;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::{FAST, Field, STORED, STRING, Schema};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument};

/// Field handles of the profiles index.
#[derive(Clone, Copy)]
pub(crate) struct ProfileFields {
    pub id: Field,
    pub record: Field,
    pub effective: Field,
    pub coach: Field,
    pub coach_hash: Field,
    pub skill: Field,
    pub held: Field,
    pub updated_at: Field,
    pub region: Field,
    pub remote: Field,
    pub language: Field,
}

pub(crate) fn schema() -> (Schema, ProfileFields) {
    let mut b = Schema::builder();
    let fields = ProfileFields {
        id: b.add_text_field("id", STRING | FAST),
        record: b.add_bytes_field("record", STORED),
        effective: b.add_bytes_field("effective", STORED),
        coach: b.add_text_field("coach", STRING),
        coach_hash: b.add_u64_field("coach_hash", FAST),
        skill: b.add_text_field("skill", STRING),
        held: b.add_u64_field("held", FAST),
        updated_at: b.add_i64_field("updated_at", FAST),
        region: b.add_u64_field("region", FAST),
        remote: b.add_u64_field("remote", FAST),
        language: b.add_u64_field("language", FAST),
    };
    (b.build(), fields)
}

/// Build the tantivy document of a profile. `effective` are its skills after enrichment.
pub(crate) fn document(
    taxonomy: &Taxonomy,
    f: &ProfileFields,
    profile: &JobseekerProfile,
    effective: &[ProfileSkill],
) -> serde_json::Result<TantivyDocument> {
    let mut doc = TantivyDocument::new();
    doc.add_text(f.id, &profile.id);
    doc.add_bytes(f.record, &serde_json::to_vec(profile)?);
    doc.add_bytes(f.effective, &serde_json::to_vec(effective)?);
    doc.add_text(f.coach, &profile.coach_id);
    doc.add_u64(f.coach_hash, stable_hash(&profile.coach_id));
    for skill in compact_skills(taxonomy, effective) {
        doc.add_text(f.skill, &taxonomy.skill(skill.skill).id);
        doc.add_u64(f.held, encode_skill(&skill));
    }
    doc.add_i64(f.updated_at, profile.updated_at.timestamp_micros());
    for region in &profile.accepted_regions {
        doc.add_u64(f.region, region_hash(region));
    }
    doc.add_u64(f.remote, u64::from(profile.accepts_remote));
    for language in &profile.languages {
        doc.add_u64(f.language, encode_language(language));
    }
    Ok(doc)
}

/// Everything the collector needs to rank profiles for one posting.
pub(crate) struct ProfileQuery {
    pub table: PostingTable,
    pub posting_region: u64,
    pub posting_remote: bool,
    pub languages: Vec<(u64, u8)>,
    pub filter_regions: Vec<u64>,
    pub coach: Option<u64>,
    pub current_year: i32,
    pub filters: MatchFilters,
    pub k: usize,
}

impl ProfileQuery {
    pub fn new(
        table: PostingTable,
        posting: &JobPosting,
        filters: &MatchFilters,
        current_year: i32,
        k: usize,
    ) -> ProfileQuery {
        ProfileQuery {
            table,
            posting_region: region_hash(&posting.region),
            posting_remote: posting.work_mode == WorkMode::Remote,
            languages: posting.languages.iter().map(|l| decode_language(encode_language(l))).collect(),
            filter_regions: filters.regions.iter().map(|r| region_hash(r)).collect(),
            coach: (!filters.coach_id.is_empty()).then(|| stable_hash(&filters.coach_id)),
            current_year,
            filters: filters.clone(),
            k,
        }
    }
}

/// Decoded scoring inputs of one segment (see [`crate::segment_cache`]).
pub(crate) struct ProfileSegmentData {
    skills: Flat<CompactSkill>,
    regions: Flat<u64>,
    languages: Flat<(u64, u8)>,
    coach_hash: Vec<u64>,
    updated_at: Vec<i64>,
    remote: Vec<bool>,
}

impl ProfileSegmentData {
    fn load(reader: &SegmentReader) -> tantivy::Result<ProfileSegmentData> {
        let fast = reader.fast_fields();
        let (held, region, language) = (fast.u64("held")?, fast.u64("region")?, fast.u64("language")?);
        let (coach_hash, updated_at, remote) =
            (fast.u64("coach_hash")?, fast.i64("updated_at")?, fast.u64("remote")?);
        let docs = reader.max_doc();
        let mut data = ProfileSegmentData {
            skills: Flat::with_capacity(docs as usize),
            regions: Flat::with_capacity(docs as usize),
            languages: Flat::with_capacity(docs as usize),
            coach_hash: Vec::with_capacity(docs as usize),
            updated_at: Vec::with_capacity(docs as usize),
            remote: Vec::with_capacity(docs as usize),
        };
        let mut scratch: Vec<CompactSkill> = Vec::new();
        for doc in 0..docs {
            scratch.clear();
            scratch.extend(held.values_for_doc(doc).map(decode_skill));
            scratch.sort_unstable_by_key(|s| s.skill);
            data.skills.push_doc(scratch.iter().copied());
            data.regions.push_doc(region.values_for_doc(doc));
            data.languages.push_doc(language.values_for_doc(doc).map(decode_language));
            data.coach_hash.push(coach_hash.first(doc).unwrap_or(0));
            data.updated_at.push(updated_at.first(doc).unwrap_or(i64::MIN));
            data.remote.push(remote.first(doc).unwrap_or(0) == 1);
        }
        Ok(data)
    }
}

pub(crate) struct ProfileCollector {
    pub query: Arc<ProfileQuery>,
    pub cache: Arc<SegmentCache<ProfileSegmentData>>,
}

pub(crate) struct ProfileSegmentCollector {
    query: Arc<ProfileQuery>,
    data: Arc<ProfileSegmentData>,
    top: SegmentTopK,
    credits: Vec<f64>,
}

impl Collector for ProfileCollector {
    type Fruit = (Vec<crate::topk::Candidate>, usize);
    type Child = ProfileSegmentCollector;

    fn for_segment(&self, segment: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        Ok(ProfileSegmentCollector {
            query: self.query.clone(),
            data: self.cache.get_or_load(reader, ProfileSegmentData::load)?,
            top: SegmentTopK::new(self.query.k, segment, reader.fast_fields().str("id")?),
            credits: Vec::with_capacity(32),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<SegmentHits>) -> tantivy::Result<Self::Fruit> {
        Ok(crate::topk::merge(segments, self.query.k))
    }
}

impl SegmentCollector for ProfileSegmentCollector {
    type Fruit = SegmentHits;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let (q, d, i) = (&*self.query, &*self.data, doc as usize);
        if i >= d.updated_at.len() {
            return;
        }
        if let Some(coach) = q.coach
            && d.coach_hash[i] != coach
        {
            return;
        }
        let regions = d.regions.get(doc);
        if !region_ok(&q.posting_region, q.posting_remote, regions, d.remote[i]) {
            return;
        }
        if !languages_ok(&q.languages, d.languages.get(doc)) {
            return;
        }
        if !q.filter_regions.is_empty()
            && !regions.is_empty()
            && !q.filter_regions.iter().any(|r| regions.contains(r))
        {
            return;
        }
        let coverage = q.table.coverage(d.skills.get(doc), q.current_year, &mut self.credits);
        if !is_hit(coverage, &q.filters) {
            return;
        }
        self.top.offer(doc, rank_score(coverage), d.updated_at[i], coverage);
    }

    fn harvest(self) -> SegmentHits {
        self.top.harvest()
    }
}
