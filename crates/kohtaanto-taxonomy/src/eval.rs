//! Measuring skill extraction against the SkillSpan corpus (Zhang et al., NAACL 2022).
//!
//! SkillSpan ships job postings as JSON Lines: one posting per line, each a list of sentences,
//! each sentence a list of `tokens` with one BIO tag per token in `tags_knowledge` (and in
//! `tags_skill`, which this evaluation does not use). The Knowledge spans are what a skill
//! taxonomy of technologies and subjects should find (`Python`, `Kubernetes`, `Agile`,
//! `computer science`).
//!
//! [`evaluate_skillspan`] reads such a file, joins each sentence's tokens with single spaces
//! (remembering each token's byte range) and a posting's sentences with newlines, runs
//! [`Extractor::extract`](crate::extract::Extractor) on each posting as one text with English
//! labels (as a posting's description is extracted in the service: the models see where a
//! sentence stands, e.g. in a company description), and compares the mentions with the gold
//! Knowledge spans. SkillSpan annotates whole tokens (its tokens are split at spaces only, so
//! `Agile/Scrum`, `C/C++` and `Cloudwatch);` are single tokens), and the usual way to score it is
//! on token BIO tags (seqeval). So a mention is first widened to the tokens it touches, and
//! mentions sharing a token become one predicted span (`Agile` and `Scrum` in `Agile/Scrum`),
//! which is exactly the span a token tagger's tags would give. Then:
//! - **strict**: a mention is correct when its byte range is exactly a gold span's byte range
//!   (first byte of the first token to the last byte of the last token); precision and recall
//!   use the same count of exact pairs;
//! - **loose**: a mention is correct when it overlaps a token of any gold span, and a gold span is
//!   recalled when any mention overlaps one of its tokens; precision and recall are counted
//!   separately that way (one mention may recall two gold spans and vice versa).
//!
//! Mentions of *transversal* skills (teamwork, communication, leadership) are not scored: they
//! are what SkillSpan annotates as Skill spans, never as Knowledge, so comparing them with the
//! Knowledge spans would count every one as a false positive whatever its quality. The report
//! counts them and how many overlap a gold Skill span. Mentions of every other kind (knowledge,
//! skill, language) are scored.
//!
//! Besides the taxonomy mentions with confidence [`CONFIDENT`] and up, the extractor's
//! *unmapped* mentions ([`Extractor::unmapped`](crate::extract::Extractor::unmapped): Knowledge
//! spans the learned [tagger](crate::tagger) proposes where no taxonomy mention is) are scored,
//! each a span of its own; the report counts them apart.
//!
//! The [`EvalReport`] also lists the most frequent misses (gold text no mention overlaps), false
//! positives (mention text overlapping no gold span, with the skill it was taken for) and
//! boundary errors (overlapping but not equal spans), and prints all of it with `Display`.
//!
//! Gold BIO tags are decoded the usual (conlleval) way: `B` starts a span, `I` continues one, and
//! an `I` after `O` starts a new span.

use crate::extract::Extractor;
use crate::model::{Lang, SkillKind, Taxonomy};
use crate::spans::CONFIDENT;
use kohtaanto_domain::SkillMention;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::io::BufRead;
use std::path::Path;
use std::time::{Duration, Instant};

/// How many misses, false positives and boundary errors a report lists.
pub const TOP_ERRORS: usize = 20;

/// What the error lists show in place of a skill id for an unmapped mention.
pub const UNMAPPED: &str = "(unmapped)";

/// Errors of reading a SkillSpan file.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be opened or read.
    #[error("cannot read SkillSpan file {path}: {source}")]
    Io {
        /// Path (or name) of the input.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// A line is not a SkillSpan posting.
    #[error("{path} line {line}: not a SkillSpan posting: {message}")]
    Format {
        /// Path (or name) of the input.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// One SkillSpan posting (one JSON line).
#[derive(Debug, Clone, Deserialize)]
pub struct SkillspanPosting {
    /// Its sentences.
    pub sentences: Vec<SkillspanSentence>,
}

/// One SkillSpan sentence: tokens and their BIO tags.
#[derive(Debug, Clone, Deserialize)]
pub struct SkillspanSentence {
    /// Tokens (split at spaces).
    pub tokens: Vec<String>,
    /// BIO tags of Knowledge spans, one per token.
    pub tags_knowledge: Vec<String>,
    /// BIO tags of Skill spans, one per token (may be empty).
    #[serde(default)]
    pub tags_skill: Vec<String>,
}

/// Span counts of one way of matching (strict or loose).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpanScores {
    /// Predicted spans that count as correct.
    pub correct_predicted: usize,
    /// All predicted spans.
    pub predicted: usize,
    /// Gold spans that were found.
    pub found_gold: usize,
    /// All gold spans.
    pub gold: usize,
}

impl SpanScores {
    /// Add the counts of `other`.
    pub fn add(&mut self, other: &SpanScores) {
        self.correct_predicted += other.correct_predicted;
        self.predicted += other.predicted;
        self.found_gold += other.found_gold;
        self.gold += other.gold;
    }

    /// Share of predicted spans that are correct (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct_predicted, self.predicted)
    }

    /// Share of gold spans that were found (1 when there is no gold span).
    pub fn recall(&self) -> f64 {
        ratio(self.found_gold, self.gold)
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 1.0 } else { part as f64 / whole as f64 }
}

/// Predictions of one skill kind and how many of them overlap a gold span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindCounts {
    /// The kind of the predicted skills.
    pub kind: SkillKind,
    /// Predicted spans of skills of this kind.
    pub predicted: usize,
    /// Of those, the ones overlapping a gold span.
    pub overlapping: usize,
}

/// A text and how often it occurred.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// Text, lowercased (for false positives: the mention text and, after ` -> `, the skill id;
    /// for boundary errors: the gold text and, after ` ~ `, the predicted text).
    pub text: String,
    /// Occurrences.
    pub count: usize,
}

/// Everything one evaluation run measured; `Display` prints it all.
#[derive(Debug, Clone)]
pub struct EvalReport {
    /// The input (path or name).
    pub source: String,
    /// Postings read.
    pub documents: usize,
    /// Sentences read.
    pub sentences: usize,
    /// Tokens read.
    pub tokens: usize,
    /// Bytes of joined sentence text given to the extractor.
    pub text_bytes: usize,
    /// Exact byte-span matching.
    pub strict: SpanScores,
    /// Any-token-overlap matching.
    pub loose: SpanScores,
    /// Predictions per skill kind (transversal ones are not in `strict` and `loose`).
    pub by_kind: Vec<KindCounts>,
    /// Transversal predictions (not scored) that overlap a gold Skill span.
    pub transversal_on_skill_spans: usize,
    /// Mentions below the confidence cutoff ([`CONFIDENT`]), not scored.
    pub unconfident: usize,
    /// Unmapped mentions (tagger spans no taxonomy mention overlaps; scored): how many, and how
    /// many of them overlap a gold Knowledge span.
    pub unmapped: (usize, usize),
    /// Most frequent gold texts that no mention overlapped.
    pub top_misses: Vec<Counted>,
    /// Most frequent mention texts that overlapped no gold span.
    pub top_false_positives: Vec<Counted>,
    /// Most frequent overlapping but unequal pairs (gold ~ predicted).
    pub top_boundary_errors: Vec<Counted>,
    /// Time spent in extraction alone.
    pub extraction_time: Duration,
    /// Every posting's text, gold spans and predictions, in input order (for `--details`).
    pub details: Vec<PostingDetails>,
}

/// One posting of an evaluation: what was scored against what.
#[derive(Debug, Clone, Serialize)]
pub struct PostingDetails {
    /// The posting's text as extraction saw it (sentences on lines of their own).
    pub text: String,
    /// Byte ranges of the gold Knowledge spans.
    pub gold: ByteRanges,
    /// Scored predictions, widened to whole tokens; `skill` is [`UNMAPPED`] for tagger spans.
    pub predicted: Vec<DetailSpan>,
    /// Taxonomy mentions below [`CONFIDENT`] (not scored), as extracted.
    pub unconfident: Vec<DetailSpan>,
}

/// A span of a [`PostingDetails`].
#[derive(Debug, Clone, Serialize)]
pub struct DetailSpan {
    /// Start byte offset into the posting text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Skill id, or [`UNMAPPED`].
    pub skill: String,
    /// Confidence of the mention.
    pub confidence: f32,
}

/// Evaluate `taxonomy`'s extractor on a SkillSpan JSON Lines file (see the module docs).
pub fn evaluate_skillspan(taxonomy: &Taxonomy, path: &Path) -> Result<EvalReport, EvalError> {
    let name = path.display().to_string();
    let postings = read_postings(path)?;
    Ok(evaluate_postings(taxonomy, taxonomy.extractor(), &name, postings.iter()))
}

/// Read and check a SkillSpan JSON Lines file.
pub fn read_postings(path: &Path) -> Result<Vec<SkillspanPosting>, EvalError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| EvalError::Io { path: name.clone(), source })?;
    parse_postings(&name, std::io::BufReader::new(file))
}

/// Evaluate `extractor` (built from `taxonomy`) on postings already read.
pub fn evaluate_postings<'p>(
    taxonomy: &Taxonomy,
    extractor: &Extractor,
    name: &str,
    postings: impl Iterator<Item = &'p SkillspanPosting>,
) -> EvalReport {
    let mut tally = Tally::new(taxonomy, extractor);
    for posting in postings {
        tally.posting(posting);
        tally.documents += 1;
    }
    tally.report(name)
}

/// Evaluate on SkillSpan JSON Lines held in memory; `name` is used in the report and errors.
pub fn evaluate_skillspan_str(taxonomy: &Taxonomy, name: &str, jsonl: &str) -> Result<EvalReport, EvalError> {
    evaluate_skillspan_reader(taxonomy, name, jsonl.as_bytes())
}

/// Evaluate on SkillSpan JSON Lines read from `reader`; `name` is used in the report and errors.
/// Blank lines are skipped.
pub fn evaluate_skillspan_reader<R: BufRead>(
    taxonomy: &Taxonomy,
    name: &str,
    reader: R,
) -> Result<EvalReport, EvalError> {
    let postings = parse_postings(name, reader)?;
    Ok(evaluate_postings(taxonomy, taxonomy.extractor(), name, postings.iter()))
}

/// Parse and check SkillSpan JSON Lines; blank lines are skipped.
fn parse_postings<R: BufRead>(name: &str, reader: R) -> Result<Vec<SkillspanPosting>, EvalError> {
    let mut postings = Vec::new();
    for (index, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| EvalError::Io { path: name.to_string(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let format_error =
            |message: String| EvalError::Format { path: name.to_string(), line: index + 1, message };
        let posting: SkillspanPosting =
            serde_json::from_str(&line).map_err(|e| format_error(e.to_string()))?;
        for (number, sentence) in posting.sentences.iter().enumerate() {
            if sentence.tokens.len() != sentence.tags_knowledge.len() {
                return Err(format_error(format!(
                    "sentence {}: {} tokens but {} knowledge tags",
                    number + 1,
                    sentence.tokens.len(),
                    sentence.tags_knowledge.len()
                )));
            }
            if !sentence.tags_skill.is_empty() && sentence.tags_skill.len() != sentence.tokens.len() {
                return Err(format_error(format!(
                    "sentence {}: {} tokens but {} skill tags",
                    number + 1,
                    sentence.tokens.len(),
                    sentence.tags_skill.len()
                )));
            }
            let tags = sentence.tags_knowledge.iter().chain(&sentence.tags_skill);
            if let Some(tag) = tags.clone().find(|t| !matches!(t.as_str(), "B" | "I" | "O")) {
                return Err(format_error(format!("sentence {}: unknown BIO tag {tag:?}", number + 1)));
            }
        }
        postings.push(posting);
    }
    Ok(postings)
}

/// Byte ranges `[start, end)`.
pub type ByteRanges = Vec<(usize, usize)>;

/// A sentence's tokens joined with single spaces, each token's byte range, and the byte ranges
/// of its gold Knowledge spans.
pub(crate) fn joined_sentence(sentence: &SkillspanSentence) -> (String, ByteRanges, ByteRanges) {
    let mut text = String::new();
    let mut ranges = Vec::with_capacity(sentence.tokens.len());
    for token in &sentence.tokens {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(token);
        ranges.push((start, text.len()));
    }
    let gold = byte_spans(&sentence.tags_knowledge, &ranges);
    (text, ranges, gold)
}

/// A posting as one text: each sentence's tokens joined with single spaces, the sentences joined
/// with newlines.
pub(crate) struct JoinedPosting {
    /// The text.
    pub(crate) text: String,
    /// Byte range of every token, in order.
    pub(crate) ranges: ByteRanges,
    /// Byte ranges of the gold Knowledge spans.
    pub(crate) gold: ByteRanges,
    /// Byte ranges of the gold Skill spans.
    pub(crate) skill_spans: ByteRanges,
}

/// The posting's text, token ranges and gold spans (see [`JoinedPosting`]).
pub(crate) fn joined_posting(posting: &SkillspanPosting) -> JoinedPosting {
    let mut joined =
        JoinedPosting { text: String::new(), ranges: Vec::new(), gold: Vec::new(), skill_spans: Vec::new() };
    for sentence in &posting.sentences {
        if !joined.text.is_empty() {
            joined.text.push('\n');
        }
        let offset = joined.text.len();
        let (text, ranges, gold) = joined_sentence(sentence);
        let shift = |spans: ByteRanges| spans.into_iter().map(move |(a, b)| (a + offset, b + offset));
        joined.skill_spans.extend(shift(byte_spans(&sentence.tags_skill, &ranges)));
        joined.text.push_str(&text);
        joined.ranges.extend(shift(ranges));
        joined.gold.extend(shift(gold));
    }
    joined
}

/// The byte ranges of the BIO spans of `tags`, given each token's byte range.
fn byte_spans(tags: &[String], ranges: &[(usize, usize)]) -> ByteRanges {
    bio_spans(tags).into_iter().map(|(first, end)| (ranges[first].0, ranges[end - 1].1)).collect()
}

/// Spans of `B`/`I` tags as token ranges `[first, end)`.
fn bio_spans(tags: &[String]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        match tag.as_str() {
            "B" => {
                spans.extend(current.take());
                current = Some((i, i + 1));
            }
            "I" => match &mut current {
                Some(span) => span.1 = i + 1,
                None => current = Some((i, i + 1)),
            },
            _ => spans.extend(current.take()),
        }
    }
    spans.extend(current);
    spans
}

/// A scored prediction: a mention widened to whole tokens (see [`token_span`]).
struct Predicted {
    start: usize,
    end: usize,
    text: String,
    skill: String,
    confidence: f32,
}

impl From<&SkillMention> for DetailSpan {
    fn from(mention: &SkillMention) -> DetailSpan {
        DetailSpan {
            start: mention.start,
            end: mention.end,
            skill: mention.skill.clone(),
            confidence: mention.confidence,
        }
    }
}

impl From<Predicted> for DetailSpan {
    fn from(predicted: Predicted) -> DetailSpan {
        DetailSpan {
            start: predicted.start,
            end: predicted.end,
            skill: predicted.skill,
            confidence: predicted.confidence,
        }
    }
}

/// The byte range of the tokens (`ranges`, in order) that the byte range `span` touches, or None
/// when it touches none (only spaces).
pub(crate) fn token_span(ranges: &[(usize, usize)], (start, end): (usize, usize)) -> Option<(usize, usize)> {
    let first = ranges.iter().find(|&&(token_start, token_end)| token_start < end && start < token_end)?;
    let last =
        ranges.iter().rev().find(|&&(token_start, token_end)| token_start < end && start < token_end)?;
    Some((first.0, last.1))
}

/// Counts gathered over all sentences.
struct Tally<'t> {
    taxonomy: &'t Taxonomy,
    extractor: &'t Extractor,
    documents: usize,
    sentences: usize,
    tokens: usize,
    text_bytes: usize,
    strict: SpanScores,
    loose: SpanScores,
    by_kind: Vec<KindCounts>,
    transversal_on_skill_spans: usize,
    unconfident: usize,
    unmapped: (usize, usize),
    misses: HashMap<String, usize>,
    false_positives: HashMap<String, usize>,
    boundary_errors: HashMap<String, usize>,
    extraction_time: Duration,
    details: Vec<PostingDetails>,
}

impl<'t> Tally<'t> {
    fn new(taxonomy: &'t Taxonomy, extractor: &'t Extractor) -> Tally<'t> {
        Tally {
            taxonomy,
            extractor,
            documents: 0,
            sentences: 0,
            tokens: 0,
            text_bytes: 0,
            strict: SpanScores::default(),
            loose: SpanScores::default(),
            by_kind: [SkillKind::Knowledge, SkillKind::Skill, SkillKind::Language, SkillKind::Transversal]
                .into_iter()
                .map(|kind| KindCounts { kind, predicted: 0, overlapping: 0 })
                .collect(),
            transversal_on_skill_spans: 0,
            unconfident: 0,
            unmapped: (0, 0),
            misses: HashMap::new(),
            false_positives: HashMap::new(),
            boundary_errors: HashMap::new(),
            extraction_time: Duration::ZERO,
            details: Vec::new(),
        }
    }

    fn posting(&mut self, posting: &SkillspanPosting) {
        self.sentences += posting.sentences.len();
        self.tokens += posting.sentences.iter().map(|s| s.tokens.len()).sum::<usize>();
        // Each sentence's tokens joined with single spaces, sentences joined with newlines: the
        // posting as one text, so that the models see where each sentence stands in it.
        let JoinedPosting { text, ranges, gold, skill_spans } = joined_posting(posting);
        self.text_bytes += text.len();
        let started = Instant::now();
        let mentions = self.extractor.extract(self.taxonomy, &text, Some(Lang::En));
        let unmapped = self.extractor.unmapped(self.taxonomy, &text, &mentions);
        self.extraction_time += started.elapsed();
        // Only mentions the context model finds confident are scored (every mention is when there
        // is no model or the text is not English: confidence 1).
        self.unconfident += mentions.iter().filter(|m| m.confidence < CONFIDENT).count();
        let unconfident: Vec<DetailSpan> =
            mentions.iter().filter(|m| m.confidence < CONFIDENT).map(DetailSpan::from).collect();
        let mentions = mentions.into_iter().filter(|m| m.confidence >= CONFIDENT);

        // Overlap is decided on tokens: a mention covers every token its bytes touch.
        let overlaps = |(start, end): (usize, usize), (gold_start, gold_end): (usize, usize)| {
            start < gold_end && gold_start < end
        };
        let mut predicted: Vec<Predicted> = Vec::new();
        for mention in mentions {
            let kind = self.taxonomy.get(&mention.skill).map(|skill| skill.kind);
            if let Some(counts) = self.by_kind.iter_mut().find(|c| Some(c.kind) == kind) {
                counts.predicted += 1;
                let span = (mention.start, mention.end);
                counts.overlapping += usize::from(gold.iter().any(|&g| overlaps(span, g)));
            }
            if kind == Some(SkillKind::Transversal) {
                let span = (mention.start, mention.end);
                self.transversal_on_skill_spans +=
                    usize::from(skill_spans.iter().any(|&s| overlaps(span, s)));
            } else if let Some(span) = token_span(&ranges, (mention.start, mention.end)) {
                // SkillSpan spans are whole tokens: a mention covers every token it touches, and
                // mentions sharing a token (`Agile/Scrum`, `C/C++`) are one span, as the BIO tags
                // of a token tagger would be.
                match predicted.last_mut() {
                    Some(last) if last.start < span.1 && span.0 < last.end => {
                        last.end = last.end.max(span.1);
                        last.text = text[last.start..last.end].to_string();
                    }
                    _ => predicted.push(Predicted {
                        start: span.0,
                        end: span.1,
                        text: text[span.0..span.1].to_string(),
                        skill: mention.skill,
                        confidence: mention.confidence,
                    }),
                }
            }
        }
        // Unmapped mentions overlap no taxonomy mention: each is a span of its own.
        for mention in unmapped {
            if let Some(span) = token_span(&ranges, (mention.start, mention.end)) {
                self.unmapped.0 += 1;
                self.unmapped.1 += usize::from(gold.iter().any(|&g| overlaps(span, g)));
                predicted.push(Predicted {
                    start: span.0,
                    end: span.1,
                    text: text[span.0..span.1].to_string(),
                    skill: UNMAPPED.to_string(),
                    confidence: mention.confidence,
                });
            }
        }
        self.strict.gold += gold.len();
        self.loose.gold += gold.len();
        self.strict.predicted += predicted.len();
        self.loose.predicted += predicted.len();
        for mention in &predicted {
            let span = (mention.start, mention.end);
            let exact = gold.contains(&span);
            let overlapping = gold.iter().any(|&g| overlaps(span, g));
            if exact {
                self.strict.correct_predicted += 1;
                self.strict.found_gold += 1;
            }
            if overlapping {
                self.loose.correct_predicted += 1;
            } else {
                let key = format!("{} -> {}", mention.text.to_lowercase(), mention.skill);
                *self.false_positives.entry(key).or_insert(0) += 1;
            }
        }
        for &g in &gold {
            let overlapping: Vec<_> = predicted.iter().filter(|m| overlaps((m.start, m.end), g)).collect();
            let gold_text = text[g.0..g.1].to_lowercase();
            if overlapping.is_empty() {
                *self.misses.entry(gold_text).or_insert(0) += 1;
                continue;
            }
            self.loose.found_gold += 1;
            if !overlapping.iter().any(|m| (m.start, m.end) == g) {
                let shown: Vec<&str> = overlapping.iter().map(|m| m.text.as_str()).collect();
                let key = format!("{gold_text} ~ {}", shown.join(" | ").to_lowercase());
                *self.boundary_errors.entry(key).or_insert(0) += 1;
            }
        }
        let predicted = predicted.into_iter().map(DetailSpan::from).collect();
        self.details.push(PostingDetails { text, gold, predicted, unconfident });
    }

    fn report(self, name: &str) -> EvalReport {
        EvalReport {
            source: name.to_string(),
            documents: self.documents,
            sentences: self.sentences,
            tokens: self.tokens,
            text_bytes: self.text_bytes,
            strict: self.strict,
            loose: self.loose,
            by_kind: self.by_kind,
            transversal_on_skill_spans: self.transversal_on_skill_spans,
            unconfident: self.unconfident,
            unmapped: self.unmapped,
            top_misses: most_frequent(self.misses),
            top_false_positives: most_frequent(self.false_positives),
            top_boundary_errors: most_frequent(self.boundary_errors),
            extraction_time: self.extraction_time,
            details: self.details,
        }
    }
}

/// The [`TOP_ERRORS`] most frequent entries, ties in text order.
fn most_frequent(counts: HashMap<String, usize>) -> Vec<Counted> {
    let mut all: Vec<Counted> = counts.into_iter().map(|(text, count)| Counted { text, count }).collect();
    all.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    all.truncate(TOP_ERRORS);
    all
}

impl fmt::Display for SpanScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            self.precision(),
            self.correct_predicted,
            self.predicted,
            self.recall(),
            self.found_gold,
            self.gold,
            self.f1()
        )
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "SkillSpan evaluation of {} (Knowledge spans, English labels)", self.source)?;
        writeln!(
            f,
            "{} postings, {} sentences, {} tokens, {} gold spans, {} predicted spans",
            self.documents, self.sentences, self.tokens, self.strict.gold, self.strict.predicted
        )?;
        writeln!(
            f,
            "{} mentions below confidence {CONFIDENT} not scored (still extracted for matching)",
            self.unconfident
        )?;
        writeln!(f, "strict (exact span): {}", self.strict)?;
        writeln!(f, "loose (any overlap): {}", self.loose)?;
        if let Some(transversal) = self.by_kind.iter().find(|c| c.kind == SkillKind::Transversal)
            && transversal.predicted > 0
        {
            let with_transversal = SpanScores {
                correct_predicted: self.loose.correct_predicted + transversal.overlapping,
                predicted: self.loose.predicted + transversal.predicted,
                ..self.loose
            };
            writeln!(
                f,
                "loose, counting transversal mentions too: P {:.3}  F1 {:.3}",
                with_transversal.precision(),
                with_transversal.f1()
            )?;
        }
        let seconds = self.extraction_time.as_secs_f64();
        if seconds > 0.0 {
            writeln!(
                f,
                "extraction: {} bytes in {:.1} ms ({:.1} MB/s, posting by posting)",
                self.text_bytes,
                seconds * 1e3,
                self.text_bytes as f64 / 1e6 / seconds
            )?;
        }
        writeln!(f, "predictions by skill kind (overlapping a gold Knowledge span / predicted):")?;
        for counts in &self.by_kind {
            let note = if counts.kind == SkillKind::Transversal {
                format!("  not scored; {} overlap a gold Skill span", self.transversal_on_skill_spans)
            } else {
                String::new()
            };
            let kind = format!("{:?}", counts.kind).to_lowercase();
            writeln!(f, "  {kind:<12} {:>5} / {:<5}{note}", counts.overlapping, counts.predicted)?;
        }
        writeln!(
            f,
            "  {:<12} {:>5} / {:<5}  no taxonomy skill (tagger)",
            "unmapped", self.unmapped.1, self.unmapped.0
        )?;
        let lists = [
            ("most frequent misses (gold text)", &self.top_misses),
            ("most frequent false positives (text -> skill)", &self.top_false_positives),
            ("most frequent boundary errors (gold ~ predicted)", &self.top_boundary_errors),
        ];
        for (title, list) in lists {
            writeln!(f, "{title}:")?;
            if list.is_empty() {
                writeln!(f, "  (none)")?;
            }
            for entry in list {
                writeln!(f, "  {:>4}  {}", entry.count, entry.text)?;
            }
        }
        Ok(())
    }
}

/// Size of a taxonomy and how much of it is linked to ESCO, per skill kind.
#[derive(Debug, Clone, PartialEq)]
pub struct TaxonomyStats {
    /// Name of the taxonomy.
    pub name: String,
    /// Number of skills.
    pub skills: usize,
    /// Number of groups.
    pub groups: usize,
    /// Number of labels and aliases over all three languages (after de-duplication per skill).
    pub labels: usize,
    /// Skills marked ambiguous (recognised only in context).
    pub ambiguous: usize,
    /// Per kind (knowledge, skill, language, transversal): skills and those with an ESCO URI.
    pub by_kind: Vec<KindStats>,
}

/// Skills of one kind and how many of them carry an ESCO URI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindStats {
    /// The kind.
    pub kind: SkillKind,
    /// Skills of this kind.
    pub skills: usize,
    /// Of those, the ones with an ESCO URI.
    pub with_esco: usize,
}

impl TaxonomyStats {
    /// Skills with an ESCO URI, over all kinds.
    pub fn with_esco(&self) -> usize {
        self.by_kind.iter().map(|k| k.with_esco).sum()
    }
}

/// Counts of `taxonomy`: skills, groups, labels and the ESCO share per kind. Needs nothing but
/// the taxonomy (the ESCO URIs are part of its data).
pub fn taxonomy_stats(taxonomy: &Taxonomy) -> TaxonomyStats {
    let by_kind = [SkillKind::Knowledge, SkillKind::Skill, SkillKind::Language, SkillKind::Transversal]
        .into_iter()
        .map(|kind| {
            let of_kind = taxonomy.skills().iter().filter(|s| s.kind == kind);
            KindStats {
                kind,
                skills: of_kind.clone().count(),
                with_esco: of_kind.filter(|s| s.esco_uri.is_some()).count(),
            }
        })
        .collect();
    let labels = taxonomy
        .skills()
        .iter()
        .map(|skill| {
            let mut all: Vec<String> = Lang::ALL
                .into_iter()
                .flat_map(|lang| {
                    std::iter::once(skill.labels.get(lang))
                        .chain(skill.aliases.get(lang).iter().map(String::as_str))
                })
                .map(str::to_lowercase)
                .collect();
            all.sort_unstable();
            all.dedup();
            all.len()
        })
        .sum();
    TaxonomyStats {
        name: taxonomy.name().to_string(),
        skills: taxonomy.len(),
        groups: taxonomy.groups().len(),
        labels,
        ambiguous: taxonomy.skills().iter().filter(|s| s.ambiguous).count(),
        by_kind,
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * part as f64 / whole as f64 }
}

impl fmt::Display for TaxonomyStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "taxonomy {}", self.name)?;
        writeln!(
            f,
            "{} skills in {} groups, {} distinct labels and aliases (en/fi/sv), {} ambiguous",
            self.skills, self.groups, self.labels, self.ambiguous
        )?;
        writeln!(f, "{:<12} {:>7} {:>9} {:>7}", "kind", "skills", "with ESCO", "share")?;
        for k in &self.by_kind {
            let kind = format!("{:?}", k.kind).to_lowercase();
            writeln!(
                f,
                "{kind:<12} {:>7} {:>9} {:>6.1}%",
                k.skills,
                k.with_esco,
                percent(k.with_esco, k.skills)
            )?;
        }
        write!(
            f,
            "{:<12} {:>7} {:>9} {:>6.1}%",
            "all",
            self.skills,
            self.with_esco(),
            percent(self.with_esco(), self.skills)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    fn fixture() -> &'static Taxonomy {
        static FIXTURE: LazyLock<Taxonomy> = LazyLock::new(|| {
            Taxonomy::from_toml_str(include_str!("../tests/fixtures/extract.toml")).expect("fixture taxonomy")
        });
        &FIXTURE
    }

    fn line(sentences: &[(&[&str], &[&str])]) -> String {
        let sentences: Vec<serde_json::Value> = sentences
            .iter()
            .map(|(tokens, tags)| {
                serde_json::json!({
                    "tokens": tokens,
                    "tags_knowledge": tags,
                    "tags_skill": vec!["O"; tokens.len()],
                })
            })
            .collect();
        serde_json::json!({ "doc": 1, "sentences": sentences }).to_string()
    }

    #[test]
    fn taxonomy_stats_count_skills_and_esco_share_per_kind() {
        let taxonomy = Taxonomy::embedded();
        let stats = taxonomy_stats(taxonomy);
        assert_eq!(stats.skills, taxonomy.len());
        assert_eq!(stats.by_kind.iter().map(|k| k.skills).sum::<usize>(), taxonomy.len());
        let with_esco = taxonomy.skills().iter().filter(|s| s.esco_uri.is_some()).count();
        assert_eq!(stats.with_esco(), with_esco);
        assert!(stats.groups > 10 && stats.labels > stats.skills);
        let shown = stats.to_string();
        assert!(shown.contains("knowledge") && shown.contains("with ESCO") && shown.contains('%'), "{shown}");
    }

    /// The report of the fixture's extractor without a context model (every mention scored).
    fn without_model(name: &str, jsonl: &str) -> EvalReport {
        let postings = parse_postings(name, jsonl.as_bytes()).expect("valid postings");
        let extractor = Extractor::new(fixture()).with_span_model(None).with_tagger(None);
        evaluate_postings(fixture(), &extractor, name, postings.iter())
    }

    #[test]
    fn mentions_below_the_confidence_cutoff_are_not_scored() {
        let jsonl = line(&[(&["We", "use", "Docker", "and", "Python"], &["O", "O", "O", "O", "B"])]);
        let postings = parse_postings("cutoff", jsonl.as_bytes()).expect("valid postings");
        let doubtful = crate::spans::SpanModel::parse("3\tbias\n-6\ts=docker\n").expect("model");
        let extractor = Extractor::new(fixture()).with_span_model(Some(std::sync::Arc::new(doubtful)));
        let report = evaluate_postings(fixture(), &extractor, "cutoff", postings.iter());
        assert_eq!(report.unconfident, 1);
        assert_eq!(report.strict, SpanScores { correct_predicted: 1, predicted: 1, found_gold: 1, gold: 1 });
        assert!(report.top_false_positives.is_empty());
        assert!(report.to_string().contains("1 mentions below confidence 0.5 not scored"));
        let report = without_model("cutoff", &jsonl);
        assert_eq!((report.unconfident, report.strict.predicted), (0, 2));
    }

    #[test]
    fn unmapped_mentions_are_scored_as_spans_of_their_own() {
        let jsonl =
            line(&[(&["Knowledge", "of", "networking", "and", "Python"], &["O", "O", "B", "O", "B"])]);
        let postings = parse_postings("unmapped", jsonl.as_bytes()).expect("valid postings");
        let tagger = crate::tagger::Tagger::parse("threshold\t0.5\n-5 -5 5\tbias\n10 0 -10\tw=networking\n")
            .expect("model");
        let extractor =
            Extractor::new(fixture()).with_span_model(None).with_tagger(Some(std::sync::Arc::new(tagger)));
        let report = evaluate_postings(fixture(), &extractor, "unmapped", postings.iter());
        assert_eq!(report.unmapped, (1, 1));
        assert_eq!(report.strict, SpanScores { correct_predicted: 2, predicted: 2, found_gold: 2, gold: 2 });
        assert!(report.to_string().contains("unmapped"), "{report}");
        let report = without_model("unmapped", &jsonl);
        assert_eq!((report.unmapped, report.strict.found_gold), ((0, 0), 1));
    }

    #[test]
    fn bio_decoding() {
        let tags = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(bio_spans(&tags("O B I O B B I I")), [(1, 3), (4, 5), (5, 8)]);
        assert_eq!(bio_spans(&tags("I I O I")), [(0, 2), (3, 4)]);
        assert_eq!(bio_spans(&tags("O O")), []);
        assert_eq!(bio_spans(&tags("B")), [(0, 1)]);
    }

    #[test]
    fn strict_and_loose_counts() {
        let jsonl = [
            // Python: exact. "machine learning": exact. Kubernetes: missed.
            line(&[(
                &["Python", "and", "machine", "learning", "on", "Kubernetes", "clusters"],
                &["B", "O", "B", "I", "O", "B", "I"],
            )]),
            String::new(),
            // Gold "Java 8 skills" vs predicted "Java 8": loose only. Docker: false positive.
            line(&[
                (&["Java", "8", "skills"], &["B", "I", "I"]),
                (&["We", "use", "Docker", "."], &["O", "O", "O", "O"]),
            ]),
        ]
        .join("\n");
        let report = without_model("tiny", &jsonl);
        assert_eq!((report.documents, report.sentences, report.tokens), (2, 3, 14));
        // Kubernetes is found too, but as "Kubernetes" inside the gold "Kubernetes clusters".
        assert_eq!(report.strict, SpanScores { correct_predicted: 2, predicted: 5, found_gold: 2, gold: 4 });
        assert_eq!(report.loose, SpanScores { correct_predicted: 4, predicted: 5, found_gold: 4, gold: 4 });
        assert!((report.strict.precision() - 0.4).abs() < 1e-9);
        assert!((report.loose.recall() - 1.0).abs() < 1e-9);
        assert_eq!(report.top_false_positives, [Counted { text: "docker -> docker".into(), count: 1 }]);
        assert!(report.top_misses.is_empty());
        let boundary: Vec<&str> = report.top_boundary_errors.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(boundary, ["java 8 skills ~ java 8", "kubernetes clusters ~ kubernetes"]);
        let shown = report.to_string();
        for expected in
            ["strict (exact span): P 0.400 (2/5)", "loose (any overlap): P 0.800 (4/5)", "docker -> docker"]
        {
            assert!(shown.contains(expected), "{shown}");
        }
    }

    #[test]
    fn misses_are_counted_by_text() {
        let jsonl = [
            line(&[(&["Financial", "Services"], &["B", "I"])]),
            line(&[(&["financial", "services", "and", "Python"], &["B", "I", "O", "B"])]),
        ]
        .join("\n");
        let report = without_model("misses", &jsonl);
        assert_eq!(report.top_misses, [Counted { text: "financial services".into(), count: 2 }]);
        assert_eq!(report.strict.found_gold, 1);
        assert!((report.strict.f1() - 2.0 * 1.0 * (1.0 / 3.0) / (1.0 + 1.0 / 3.0)).abs() < 1e-9);
    }

    #[test]
    fn transversal_mentions_are_counted_but_not_scored() {
        let sentence = serde_json::json!({
            "tokens": ["Teamwork", "and", "Python"],
            "tags_knowledge": ["O", "O", "B"],
            "tags_skill": ["B", "O", "O"],
        });
        let jsonl = serde_json::json!({ "sentences": [sentence] }).to_string();
        let report = without_model("soft", &jsonl);
        assert_eq!(report.strict, SpanScores { correct_predicted: 1, predicted: 1, found_gold: 1, gold: 1 });
        let transversal = report.by_kind.iter().find(|c| c.kind == SkillKind::Transversal).expect("kind");
        assert_eq!((transversal.predicted, transversal.overlapping), (1, 0));
        assert_eq!(report.transversal_on_skill_spans, 1);
        assert!(report.top_false_positives.is_empty());
        let shown = report.to_string();
        assert!(shown.contains("not scored; 1 overlap a gold Skill span"), "{shown}");
        assert!(shown.contains("loose, counting transversal mentions too: P 0.500"), "{shown}");
    }

    #[test]
    fn empty_input_scores_one_and_prints() {
        let report = evaluate_skillspan_str(fixture(), "empty", "\n\n").expect("report");
        assert_eq!(report.documents, 0);
        assert_eq!(report.strict.f1(), 1.0);
        assert!(report.to_string().contains("(none)"));
    }

    #[test]
    fn malformed_lines_are_reported_with_their_number() {
        let good = line(&[(&["Python"], &["B"])]);
        let cases = [
            (format!("{good}\nnot json"), 2, "not a SkillSpan posting"),
            (
                r#"{"sentences":[{"tokens":["a","b"],"tags_knowledge":["O"]}]}"#.to_string(),
                1,
                "2 tokens but 1",
            ),
            (r#"{"sentences":[{"tokens":["a"],"tags_knowledge":["X"]}]}"#.to_string(), 1, "unknown BIO tag"),
            (
                r#"{"sentences":[{"tokens":["a"],"tags_knowledge":["O"],"tags_skill":["O","O"]}]}"#
                    .to_string(),
                1,
                "2 skill tags",
            ),
        ];
        for (text, expected_line, expected_message) in cases {
            match evaluate_skillspan_str(fixture(), "bad", &text) {
                Err(error @ EvalError::Format { line, .. }) => {
                    assert_eq!(line, expected_line, "{error}");
                    assert!(error.to_string().contains(expected_message), "{error}");
                }
                other => panic!("expected a format error, got {other:?}"),
            }
        }
        let missing = evaluate_skillspan(fixture(), Path::new("/nonexistent/skillspan.jsonl"));
        assert!(matches!(missing, Err(EvalError::Io { .. })));
    }
}
