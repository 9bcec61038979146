//! The training programmes index (DESIGN.md sections 3 and 7): schema, documents, filtered
//! paging, and the [`Store`] methods that read and write programmes.
//!
//! Programmes are few (a city runs tens, a country thousands) and carry no text to extract
//! from, so a programme is stored as written: the record as JSON, plus indexed terms for the
//! filters of `ListProgrammes` (region, online, teaching language, taught skills). Writes go
//! through the same [`Collection`] as postings and profiles: group commit, acknowledged means
//! durable and visible.

use crate::codec::stable_hash;
use crate::collection::{Collection, WriteOp};
use crate::error::{Result, StoreError};
use crate::{Store, WriteTicket, decode};
use kohtaanto_domain::TrainingProgramme;
use kohtaanto_match::filters::region_key;
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

/// Field handles of the programmes index.
#[derive(Clone, Copy)]
pub(crate) struct ProgrammeFields {
    pub id: Field,
    pub record: Field,
    pub region: Field,
    pub online: Field,
    pub language: Field,
    pub skill: Field,
}

pub(crate) fn schema() -> (Schema, ProgrammeFields) {
    let mut b = Schema::builder();
    let fields = ProgrammeFields {
        id: b.add_text_field("id", STRING | FAST),
        record: b.add_bytes_field("record", STORED),
        region: b.add_u64_field("region", INDEXED),
        online: b.add_u64_field("online", INDEXED),
        language: b.add_text_field("language", STRING),
        skill: b.add_text_field("skill", STRING),
    };
    // Every collection has an `effective` field; a programme has nothing derived to keep in it.
    b.add_bytes_field("effective", STORED);
    (b.build(), fields)
}

/// Key of a region in the index: the hash of its normalised name (case and spaces ignored).
fn region_term(fields: &ProgrammeFields, region: &str) -> Term {
    Term::from_field_u64(fields.region, stable_hash(&region_key(region)))
}

/// Build the tantivy document of a programme.
pub(crate) fn document(
    fields: &ProgrammeFields,
    programme: &TrainingProgramme,
) -> serde_json::Result<TantivyDocument> {
    let mut doc = TantivyDocument::new();
    doc.add_text(fields.id, &programme.id);
    doc.add_bytes(fields.record, &serde_json::to_vec(programme)?);
    let online = programme.region.trim().is_empty();
    if !online {
        doc.add_u64(fields.region, stable_hash(&region_key(&programme.region)));
    }
    doc.add_u64(fields.online, u64::from(online));
    doc.add_text(fields.language, &programme.language);
    for taught in &programme.skills {
        doc.add_text(fields.skill, &taught.skill);
    }
    Ok(doc)
}

/// Which programmes a list returns. Every filter given must pass; the default passes all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgrammeFilter {
    /// Only programmes held in this region (compared after trimming and lowercasing).
    pub region: Option<String>,
    /// With `region`: programmes held online (no region) pass too.
    pub include_online: bool,
    /// Only programmes taught in this language (ISO 639-1 code).
    pub language: Option<String>,
    /// Only programmes teaching this skill id.
    pub skill: Option<String>,
}

impl ProgrammeFilter {
    /// The filter as a query, `None` when it passes everything.
    fn query(&self, fields: &ProgrammeFields) -> Option<Box<dyn Query>> {
        let term_query =
            |term: Term| -> Box<dyn Query> { Box::new(TermQuery::new(term, IndexRecordOption::Basic)) };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(region) = &self.region {
            let in_region = term_query(region_term(fields, region));
            let clause = if self.include_online {
                let online = term_query(Term::from_field_u64(fields.online, 1));
                Box::new(BooleanQuery::new(vec![(Occur::Should, in_region), (Occur::Should, online)]))
            } else {
                in_region
            };
            clauses.push((Occur::Must, clause));
        }
        if let Some(language) = &self.language {
            clauses.push((Occur::Must, term_query(Term::from_field_text(fields.language, language))));
        }
        if let Some(skill) = &self.skill {
            clauses.push((Occur::Must, term_query(Term::from_field_text(fields.skill, skill))));
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }
}

/// Addresses of up to `limit` programmes with id greater than `after` that pass `filter`, in
/// id order, and the number of all programmes passing `filter`.
fn page_after(
    collection: &Collection,
    fields: &ProgrammeFields,
    searcher: &Searcher,
    after: Option<&str>,
    limit: usize,
    filter: &ProgrammeFilter,
) -> Result<(Vec<DocAddress>, u64)> {
    let filter_query = filter.query(fields);
    let total = match &filter_query {
        Some(query) => searcher.search(query.as_ref(), &Count)? as u64,
        None => searcher.num_docs(),
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(id) = after {
        let after_id = RangeQuery::new(Bound::Excluded(collection.id_term(id)), Bound::Unbounded);
        clauses.push((Occur::Must, Box::new(after_id)));
    }
    if let Some(query) = filter_query {
        clauses.push((Occur::Must, query));
    }
    let query: Box<dyn Query> =
        if clauses.is_empty() { Box::new(AllQuery) } else { Box::new(BooleanQuery::new(clauses)) };
    let collector = TopDocs::with_limit(limit.max(1)).order_by_string_fast_field("id", Order::Asc);
    let hits = searcher.search(query.as_ref(), &collector)?;
    Ok((hits.into_iter().take(limit).map(|(_, address)| address).collect(), total))
}

/// A programme ready to be written, see [`Store::prepare_programme`].
pub struct PreparedProgramme(WriteOp);

/// Programmes read per step by [`Store::all_programmes`].
const ALL_PROGRAMMES_PAGE: usize = 1_000;

impl Store {
    /// Encode a programme for writing. The record is stored as given (validate it first, and
    /// check its skill ids against the taxonomy: the store does neither).
    pub fn prepare_programme(&self, programme: TrainingProgramme) -> Result<PreparedProgramme> {
        let document = document(&self.programme_fields, &programme)
            .map_err(|e| StoreError::Corrupt { id: programme.id.clone(), message: e.to_string() })?;
        Ok(PreparedProgramme(WriteOp::Upsert { id: programme.id, document }))
    }

    /// Queue prepared programmes; the ticket resolves when they are durable and visible.
    pub fn submit_programmes(&self, prepared: Vec<PreparedProgramme>) -> Result<WriteTicket> {
        self.programmes.submit(prepared.into_iter().map(|p| p.0).collect())
    }

    /// Queue deletion of programmes; the ticket tells per id whether it existed.
    pub fn delete_programmes(&self, ids: Vec<String>) -> Result<WriteTicket> {
        self.programmes.submit(ids.into_iter().map(|id| WriteOp::Delete { id }).collect())
    }

    /// Prepare, write and wait (blocking): for tools and tests.
    pub fn upsert_programmes_blocking(&self, programmes: Vec<TrainingProgramme>) -> Result<()> {
        let prepared =
            programmes.into_iter().map(|p| self.prepare_programme(p)).collect::<Result<Vec<_>>>()?;
        self.submit_programmes(prepared)?.wait_blocking().map(|_| ())
    }

    fn read_programme(&self, searcher: &Searcher, address: DocAddress) -> Result<TrainingProgramme> {
        let (record, _) = self.programmes.stored_json(searcher, address)?;
        decode("programme", &record)
    }

    /// A programme by id, exactly as written.
    pub fn get_programme(&self, id: &str) -> Result<Option<TrainingProgramme>> {
        let searcher = self.programmes.searcher();
        self.programmes
            .find(&searcher, id)?
            .map(|address| self.read_programme(&searcher, address))
            .transpose()
    }

    /// Up to `limit` programmes with id greater than `after` that pass `filter`, in id order,
    /// and the number of all programmes passing `filter`.
    pub fn list_programmes(
        &self,
        after: Option<&str>,
        limit: usize,
        filter: &ProgrammeFilter,
    ) -> Result<(Vec<TrainingProgramme>, u64)> {
        let searcher = self.programmes.searcher();
        let (page, total) =
            page_after(&self.programmes, &self.programme_fields, &searcher, after, limit, filter)?;
        let records =
            page.into_iter().map(|a| self.read_programme(&searcher, a)).collect::<Result<Vec<_>>>()?;
        Ok((records, total))
    }

    /// Every programme, in id order, as of one point in time (one searcher).
    pub fn all_programmes(&self) -> Result<Vec<TrainingProgramme>> {
        let searcher = self.programmes.searcher();
        let everything = ProgrammeFilter::default();
        let mut all = Vec::with_capacity(searcher.num_docs() as usize);
        let mut after: Option<String> = None;
        loop {
            let (page, _) = page_after(
                &self.programmes,
                &self.programme_fields,
                &searcher,
                after.as_deref(),
                ALL_PROGRAMMES_PAGE,
                &everything,
            )?;
            let full = page.len() == ALL_PROGRAMMES_PAGE;
            for address in page {
                all.push(self.read_programme(&searcher, address)?);
            }
            if !full {
                break;
            }
            after = all.last().map(|p| p.id.clone());
        }
        Ok(all)
    }

    /// Reader generation of the programmes: changes when a commit changes them.
    pub fn programmes_generation(&self) -> u64 {
        self.programmes.searcher().generation().generation_id()
    }

    /// Number of programmes.
    pub fn count_programmes(&self) -> u64 {
        self.programmes.searcher().num_docs()
    }
}
