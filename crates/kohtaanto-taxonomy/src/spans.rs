//! A learned context model for English skill mentions: how likely a taxonomy mention is a
//! skill or knowledge *requirement* in its sentence, as opposed to the same words in a title, a
//! company description or ordinary prose (`security`, `cloud`, `financial services`).
//!
//! # What it is
//! A logistic regression over sparse binary features of one mention in its sentence (see
//! [`mention_features`]): the skill id, its kind, the mention text and its letter shape, the
//! words right before and after it, the words within four words of it, the sentence's first word,
//! length, share of capitalised words and closing punctuation, and how many other mentions the
//! sentence has and how close. The probability it gives is the mention's `confidence`
//! ([`SkillMention::confidence`](kohtaanto_domain::SkillMention)); [`CONFIDENT`] is the cutoff
//! for "a skill requirement in this context". Extraction never drops a mention because of the
//! model: matching keeps using every mention, the confidence is extra information (and what the
//! SkillSpan evaluation filters on).
//!
//! The model is applied only to text detected as English; Finnish and Swedish mentions get
//! confidence 1 (the model never saw those languages).
//!
//! # Training and data
//! [`train`] fits it on the SkillSpan *train* split only (`kohtaanto skills train-spans
//! --skillspan tech_train.jsonl --out crates/kohtaanto-taxonomy/data/span_model.tsv`): it runs
//! extraction without a model on every sentence and labels each non-transversal mention by
//! whether its tokens overlap a gold Knowledge span. The settings (epochs, L2 penalty, feature
//! count cutoff, decision threshold) are chosen by cross-validation over postings of the train
//! split, scored with the same span evaluation as `skills eval`; the chosen threshold is folded
//! into the bias so that [`CONFIDENT`] stays 0.5. Training is deterministic (fixed shuffling
//! seed, sorted output).
//!
//! Measured (cross-validation on train, strict / loose F1): no model 0.566 / 0.722, this model
//! 0.635 / 0.794; on dev (reported only) 0.533 / 0.662 -> 0.606 / 0.741 (2026-12-04, with the
//! 969-skill taxonomy; with 963 skills, before the industries: train 0.574 / 0.731 -> 0.632 /
//! 0.791, dev 0.537 / 0.669 -> 0.605 / 0.741; with the 768-skill one: train 0.580 / 0.734 -> 0.633 / 0.787, dev 0.521 /
//! 0.648 -> 0.571 / 0.698). Training examples are single sentences; examples taken from whole
//! postings (each mention seeing the posting's other lines) did worse on dev (0.601 / 0.745
//! against 0.604 / 0.747 in the same run), and posting-section features (the last heading's
//! kind: requirements, duties, stack, company, benefits, title) did not pay (with the 768-skill
//! taxonomy and examples from whole postings: dev 0.575 / 0.716 with them and without, train
//! cross-validation strict 0.637 against 0.638); what did pay is a rule over sections
//! (`sections.rs`). Tried and left out: a
//! second learned model moving span edges by up to two words (candidate edges scored by logistic
//! regression; in-sample train strict F1 0.706 -> 0.766, but cross-validated only 0.630 -> 0.633,
//! at about twice the extraction cost); the punctuation right around a mention as features
//! (0.631 / 0.782); all words of the sentence as features (0.616 / 0.770); the skill's group,
//! specificity and ambiguity as features (0.630 / 0.785); outside knowledge from an ESCO
//! gazetteer (per word of the mention and its neighbours: how many ESCO knowledge and skill
//! concepts have it in their labels, whether the neighbour continues an ESCO knowledge label's
//! word pair; built from ESCO `skills_uri_text.csv`, 735 KB) as features (0.629 / 0.786 against
//! 0.630 / 0.784 at the time; dev 0.569 / 0.711 -> 0.572 / 0.710 together with the same features
//! in the tagger); a stronger L2 penalty in the grid (1e-2: at best 0.634 / 0.783, not chosen);
//! distributional word clusters (256 fine, 32 coarse; see `tagger.rs` for how they were made)
//! as features: the clusters of the mention's words 0.631 / 0.788, of the neighbouring words
//! (fine and coarse) 0.631 / 0.785, their coarse clusters only 0.633 / 0.786, a bag of the fine
//! clusters of the words around 0.630 / 0.784, all of these 0.627 / 0.783; a bag of the coarse
//! clusters of the words around gave 0.636 / 0.788, but 0.630 / 0.783, 0.634 / 0.787 and 0.633
//! / 0.784 with three other clusterings (the earlier one of `tagger.rs`; 128 / 64 and 64 / 16 clusters), and
//! 0.642 / 0.808 against 0.643 / 0.806 under the Viterbi tagger: noise, left out.
//!
//! The shipped weights are `data/span_model.tsv`: a header comment, then one `weight<TAB>feature`
//! line per feature, weights rounded to three decimals, near-zero weights pruned. A feature is
//! looked up by the 64-bit FNV-1a hash of its name.

use crate::eval::{self, EvalError, EvalReport, SkillspanPosting};
use crate::extract::Extractor;
use crate::model::{SkillKind, Taxonomy};
use crate::sections;
use kohtaanto_domain::SkillMention;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock};

/// Mentions with at least this confidence are skill requirements in their context.
pub const CONFIDENT: f32 = 0.5;

/// The settings the shipped model was trained with (see its header), for cross-validating
/// other models on top of it.
pub const SHIPPED_SETTINGS: TrainSettings =
    TrainSettings { epochs: 10, l2: 1e-3, min_count: 1, threshold: 0.4 };

/// Words before and after a mention whose bag is a feature.
const WINDOW_WORDS: usize = 4;

/// The shipped model (`data/span_model.tsv`).
const EMBEDDED_MODEL: &str = include_str!("../data/span_model.tsv");

/// Errors of reading a span model file.
#[derive(Debug, thiserror::Error)]
pub enum SpanModelError {
    /// A line is not `weight<TAB>feature`.
    #[error("span model line {line}: {message}")]
    Format {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Feature weights of the mention context model.
#[derive(Clone, Default)]
pub struct SpanModel {
    weights: HashMap<u64, f32, BuildHasherDefault<HashedKey>>,
}

impl fmt::Debug for SpanModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SpanModel({} features)", self.weights.len())
    }
}

impl SpanModel {
    /// Parse the text format (see the module documentation). Lines starting with `#` and blank
    /// lines are skipped.
    pub fn parse(text: &str) -> Result<SpanModel, SpanModelError> {
        let mut weights = HashMap::default();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let error =
                |message: &str| SpanModelError::Format { line: index + 1, message: message.to_string() };
            let (weight, feature) = line.split_once('\t').ok_or_else(|| error("no tab"))?;
            let weight: f32 = weight.parse().map_err(|_| error("weight is not a number"))?;
            if !weight.is_finite() {
                return Err(error("weight is not finite"));
            }
            *weights.entry(fnv1a(feature)).or_insert(0.0) += weight;
        }
        Ok(SpanModel { weights })
    }

    /// The shipped model, parsed once; None when its file holds no weights.
    pub fn embedded() -> Option<Arc<SpanModel>> {
        static MODEL: LazyLock<Option<Arc<SpanModel>>> = LazyLock::new(|| {
            SpanModel::parse(EMBEDDED_MODEL).ok().filter(|model| !model.weights.is_empty()).map(Arc::new)
        });
        MODEL.clone()
    }

    /// Number of features with a weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// The model has no weights.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Confidence of every mention of `text` (English), in order. Mentions in the title or in a
    /// company or benefits section get at most [`sections::OFF_JOB_CONFIDENCE`]: skills named
    /// there are seldom requirements.
    pub fn confidences(&self, taxonomy: &Taxonomy, text: &str, mentions: &[SkillMention]) -> Vec<f32> {
        let segmented = Segmented::new(text);
        let off_job =
            if mentions.is_empty() { Vec::new() } else { sections::off_job_ranges_in(text, &segmented) };
        let context = Context::from_segmented(taxonomy, text, mentions, segmented);
        let mut buffer = String::new();
        mentions
            .iter()
            .enumerate()
            .map(|(i, mention)| {
                let mut score = 0.0f32;
                context.features(i, &mut buffer, &mut |feature| {
                    score += self.weights.get(&fnv1a(feature)).copied().unwrap_or(0.0);
                });
                let confidence = sigmoid(score);
                if sections::inside(&off_job, mention.start, mention.end) {
                    confidence.min(sections::OFF_JOB_CONFIDENCE)
                } else {
                    confidence
                }
            })
            .collect()
    }
}

/// Hasher of keys that are already hashes (FNV-1a of the feature name): the key itself.
#[derive(Default)]
pub(crate) struct HashedKey(u64);

impl Hasher for HashedKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// 64-bit FNV-1a.
pub(crate) fn fnv1a(text: &str) -> u64 {
    fnv1a_parts(&[text])
}

/// 64-bit FNV-1a of the concatenation of `parts` (feature names built without allocating).
pub(crate) fn fnv1a_parts(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Every feature name of mention `index` of `mentions` in `text`, in a fixed order.
pub fn mention_features(
    taxonomy: &Taxonomy,
    text: &str,
    mentions: &[SkillMention],
    index: usize,
) -> Vec<String> {
    let context = Context::new(taxonomy, text, mentions);
    let mut out = Vec::new();
    let mut buffer = String::new();
    if index < mentions.len() {
        context.features(index, &mut buffer, &mut |feature| out.push(feature.to_string()));
    }
    out
}

/// A whitespace-separated word of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    /// Byte offset of its first byte.
    pub(crate) start: usize,
    /// Byte offset one past its last byte.
    pub(crate) end: usize,
}

/// The whitespace words of a text and its sentence segments, as both English models see them:
/// a new segment starts after a newline, or after a word ending in `.`, `!` or `?` when the next
/// word is capitalised.
pub(crate) struct Segmented {
    pub(crate) words: Vec<Word>,
    /// Per word: index of the first word of its segment.
    pub(crate) segment_start: Vec<usize>,
    /// Per word: one past the last word of its segment.
    pub(crate) segment_end: Vec<usize>,
}

impl Segmented {
    pub(crate) fn new(text: &str) -> Segmented {
        let mut words = Vec::new();
        let mut start = None;
        for (i, b) in text.bytes().enumerate() {
            if b.is_ascii_whitespace() {
                if let Some(s) = start.take() {
                    words.push(Word { start: s, end: i });
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            words.push(Word { start: s, end: text.len() });
        }
        let mut segment_start = vec![0; words.len()];
        let mut current = 0;
        for i in 1..words.len() {
            let (previous, word) = (words[i - 1], words[i]);
            let between = &text[previous.end..word.start];
            let ends_sentence = text[previous.start..previous.end].ends_with(['.', '!', '?'])
                && text[word.start..].starts_with(|c: char| c.is_uppercase());
            if between.contains('\n') || ends_sentence {
                current = i;
            }
            segment_start[i] = current;
        }
        let mut segment_end = vec![0; words.len()];
        for i in (0..words.len()).rev() {
            segment_end[i] = match segment_start.get(i + 1) {
                Some(&next) if next == segment_start[i] => segment_end[i + 1],
                _ => i + 1,
            };
        }
        Segmented { words, segment_start, segment_end }
    }
}

/// A word's normalised form appended to `out`: lowercase, surrounding punctuation stripped
/// (kept when the word is only punctuation), digits as `0`.
pub(crate) fn normalise_into(raw: &str, out: &mut String) {
    let trimmed = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let shown = if trimmed.is_empty() { raw } else { trimmed };
    for c in shown.chars() {
        if c.is_ascii_digit() {
            out.push('0');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The words of a text and the sentence segments, shared by the features of all its mentions.
struct Context<'a> {
    taxonomy: &'a Taxonomy,
    text: &'a str,
    mentions: &'a [SkillMention],
    words: Vec<Word>,
    /// Per word: index of the first word of its segment.
    segment_start: Vec<usize>,
    /// Per word: one past the last word of its segment.
    segment_ends: Vec<usize>,
    /// Capitalised words before each word (prefix sums, one longer than `words`).
    capitalised_before: Vec<usize>,
    /// Per mention: first and one-past-last word it touches.
    mention_words: Vec<(usize, usize)>,
}

impl<'a> Context<'a> {
    fn new(taxonomy: &'a Taxonomy, text: &'a str, mentions: &'a [SkillMention]) -> Context<'a> {
        Context::from_segmented(taxonomy, text, mentions, Segmented::new(text))
    }

    fn from_segmented(
        taxonomy: &'a Taxonomy,
        text: &'a str,
        mentions: &'a [SkillMention],
        segmented: Segmented,
    ) -> Context<'a> {
        let Segmented { words, segment_start, segment_end: segment_ends } = segmented;
        let mention_words = mentions
            .iter()
            .map(|m| {
                let first = words.partition_point(|w| w.end <= m.start);
                let end = words.partition_point(|w| w.start < m.end).max(first + 1);
                (first, end.min(words.len().max(first + 1)))
            })
            .collect();
        let mut capitalised_before = Vec::with_capacity(words.len() + 1);
        capitalised_before.push(0);
        for word in &words {
            let capital = text[word.start..].starts_with(|c: char| c.is_uppercase());
            capitalised_before.push(capitalised_before.last().copied().unwrap_or(0) + usize::from(capital));
        }
        Context {
            taxonomy,
            text,
            mentions,
            words,
            segment_start,
            segment_ends,
            capitalised_before,
            mention_words,
        }
    }

    /// The normalised form of word `index` ([`normalise_into`]).
    fn word(&self, index: usize, out: &mut String) {
        let Some(word) = self.words.get(index) else { return };
        normalise_into(&self.text[word.start..word.end], out);
    }

    fn segment_end(&self, word: usize) -> usize {
        self.segment_ends.get(word).copied().unwrap_or(self.words.len())
    }

    /// Calls `sink` with every feature of mention `index`.
    fn features(&self, index: usize, buffer: &mut String, sink: &mut dyn FnMut(&str)) {
        let Some(mention) = self.mentions.get(index) else { return };
        let (first, end) = self.mention_words[index];
        let segment = self.segment_start.get(first).copied().unwrap_or(0);
        let segment_end = self.segment_end(first);
        let skill = self.taxonomy.get(&mention.skill);
        let kind = match skill.map(|s| s.kind) {
            Some(SkillKind::Knowledge) => "knowledge",
            Some(SkillKind::Skill) => "skill",
            Some(SkillKind::Language) => "language",
            Some(SkillKind::Transversal) => "transversal",
            None => "unknown",
        };
        let mut emit = |parts: &[&str], buffer: &mut String| {
            buffer.clear();
            for part in parts {
                buffer.push_str(part);
            }
            sink(buffer);
        };
        let mut word = String::new();
        emit(&["bias"], buffer);
        emit(&["s=", &mention.skill], buffer);
        emit(&["k=", kind], buffer);
        let broad = skill.is_some_and(|s| s.specificity < 0.7);
        emit(&["broad=", if broad { "1" } else { "0" }], buffer);
        let lower = mention.text.to_lowercase();
        emit(&["t=", &lower], buffer);
        emit(&["sh=", &shape(&mention.text)], buffer);
        // Neighbouring words.
        let neighbour = |offset: isize, word: &mut String| {
            word.clear();
            let at = if offset < 0 { first as isize + offset } else { end as isize - 1 + offset };
            if at < segment as isize {
                word.push_str("<s>");
            } else if at as usize >= segment_end {
                word.push_str("</s>");
            } else {
                self.word(at as usize, word);
            }
        };
        for (name, offset) in [("p1=", -1isize), ("p2=", -2), ("n1=", 1), ("n2=", 2)] {
            neighbour(offset, &mut word);
            emit(&[name, &word], buffer);
            if offset.abs() == 1 {
                emit(&[name, &word, "|", &mention.skill], buffer);
                emit(&[name, &word, "|", kind], buffer);
            }
        }
        // Bag of words around.
        for at in first.saturating_sub(WINDOW_WORDS).max(segment)..(end + WINDOW_WORDS).min(segment_end) {
            if (first..end).contains(&at) {
                continue;
            }
            word.clear();
            self.word(at, &mut word);
            emit(&["w=", &word], buffer);
        }
        // The sentence.
        word.clear();
        self.word(segment, &mut word);
        emit(&["ws=", &word], buffer);
        let length = segment_end - segment;
        emit(&["len=", bucket(length, &[1, 3, 6, 12, 25])], buffer);
        let capitalised = self.capitalised_before.get(segment_end).copied().unwrap_or(0)
            - self.capitalised_before.get(segment).copied().unwrap_or(0);
        let share = (capitalised * 4).checked_div(length).unwrap_or(0);
        emit(&["cap=", bucket(share, &[0, 1, 2, 3])], buffer);
        let last_char = self
            .words
            .get(segment_end.saturating_sub(1))
            .and_then(|w| self.text[w.start..w.end].chars().next_back())
            .map_or("none", |c| match c {
                '.' => ".",
                ':' => ":",
                '!' | '?' => "!",
                ',' | ';' => ",",
                c if c.is_alphanumeric() => "a",
                _ => "p",
            });
        emit(&["end=", last_char], buffer);
        emit(
            &[
                "pos=",
                if first == segment {
                    "first"
                } else if end >= segment_end {
                    "last"
                } else {
                    "mid"
                },
            ],
            buffer,
        );
        // Other mentions in the sentence.
        // Mentions are in text order, so those of the segment are one run.
        let others = self.mention_words.partition_point(|&(f, _)| f < segment_end)
            - self.mention_words.partition_point(|&(f, _)| f < segment);
        let others = others.saturating_sub(1);
        emit(&["nm=", bucket(others, &[0, 1, 2, 4, 8])], buffer);
        let gap_before = index
            .checked_sub(1)
            .and_then(|j| self.mention_words.get(j))
            .filter(|&&(f, _)| self.segment_start.get(f).copied() == Some(segment))
            .map(|&(_, e)| first.saturating_sub(e));
        let gap_after = self
            .mention_words
            .get(index + 1)
            .filter(|&&(f, _)| self.segment_start.get(f).copied() == Some(segment))
            .map(|&(f, _)| f.saturating_sub(end));
        for (name, gap) in [("gb=", gap_before), ("ga=", gap_after)] {
            emit(&[name, gap.map_or("none", |g| bucket(g, &[0, 1, 3]))], buffer);
        }
    }
}

/// The label of the first bucket whose upper bound `value` does not exceed (or the last).
pub(crate) fn bucket(value: usize, bounds: &[usize]) -> &'static str {
    const NAMES: [&str; 7] = ["b0", "b1", "b2", "b3", "b4", "b5", "b6"];
    let index = bounds.iter().position(|&b| value <= b).unwrap_or(bounds.len());
    NAMES[index.min(NAMES.len() - 1)]
}

/// Letter shape: `X` capital, `x` lowercase, `d` digit, others as they are; runs collapsed.
pub(crate) fn shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(s) {
            out.push(s);
        }
    }
    out
}

/// Settings of one training run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainSettings {
    /// Passes over the examples.
    pub epochs: usize,
    /// L2 penalty per update.
    pub l2: f64,
    /// Features seen in fewer examples are left out.
    pub min_count: usize,
    /// Decision threshold on the probability (folded into the bias).
    pub threshold: f64,
}

impl fmt::Display for TrainSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "epochs {} l2 {} min_count {} threshold {}",
            self.epochs, self.l2, self.min_count, self.threshold
        )
    }
}

/// The settings cross-validation chooses from.
pub fn settings_grid() -> Vec<TrainSettings> {
    let mut grid = Vec::new();
    for epochs in [10, 30] {
        for l2 in [1e-4, 1e-3] {
            for min_count in [1, 2] {
                for threshold in [0.3, 0.4, 0.5, 0.6] {
                    grid.push(TrainSettings { epochs, l2, min_count, threshold });
                }
            }
        }
    }
    grid
}

/// One labelled mention.
struct Example {
    features: Vec<usize>,
    positive: bool,
    posting: usize,
}

/// Feature names interned to indices.
#[derive(Default)]
struct Features {
    ids: HashMap<String, usize>,
    names: Vec<String>,
}

impl Features {
    fn id(&mut self, name: &str) -> usize {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len();
        self.ids.insert(name.to_string(), id);
        self.names.push(name.to_string());
        id
    }
}

/// Cross-validation figures of one setting.
#[derive(Debug, Clone)]
pub struct CvResult {
    /// The setting.
    pub settings: TrainSettings,
    /// Strict F1 over all held-out folds.
    pub strict_f1: f64,
    /// Loose F1 over all held-out folds.
    pub loose_f1: f64,
}

/// What [`train`] did: the cross-validation table, the chosen setting and the model text.
#[derive(Debug, Clone)]
pub struct TrainOutcome {
    /// Figures without any model, over the same folds.
    pub baseline: (f64, f64),
    /// Every setting tried, in grid order.
    pub cv: Vec<CvResult>,
    /// The chosen one (best strict plus loose F1).
    pub chosen: TrainSettings,
    /// Mentions used as examples and how many were positive.
    pub examples: (usize, usize),
    /// The model file text (see the module documentation).
    pub model_text: String,
}

/// Train the mention context model on SkillSpan postings (the train split; see the module
/// documentation), choosing the setting by `folds`-fold cross-validation over postings.
pub fn train(taxonomy: &Taxonomy, name: &str, postings: &[SkillspanPosting], folds: usize) -> TrainOutcome {
    let folds = folds.max(2);
    let (features, examples) = labelled_examples(taxonomy, postings);
    let fold_of = |posting: usize| posting % folds;
    let held_out = |fold: usize| -> Vec<&SkillspanPosting> {
        postings.iter().enumerate().filter(|&(i, _)| fold_of(i) == fold).map(|(_, p)| p).collect()
    };
    // Taxonomy mentions only: the embedded tagger was trained on every posting of train, held-out
    // folds included, and is itself trained on top of this model's output.
    let score = |model: Option<SpanModel>, fold: usize| -> EvalReport {
        let extractor = Extractor::new(taxonomy).with_span_model(model.map(Arc::new)).with_tagger(None);
        eval::evaluate_postings(taxonomy, &extractor, name, held_out(fold).into_iter())
    };
    let mut baseline = eval::SpanScores::default();
    let mut baseline_loose = eval::SpanScores::default();
    for fold in 0..folds {
        let report = score(None, fold);
        baseline.add(&report.strict);
        baseline_loose.add(&report.loose);
    }
    let mut cv = Vec::new();
    for settings in settings_grid() {
        let mut strict = eval::SpanScores::default();
        let mut loose = eval::SpanScores::default();
        for fold in 0..folds {
            let training: Vec<&Example> = examples.iter().filter(|e| fold_of(e.posting) != fold).collect();
            let weights = fit(&training, features.names.len(), settings);
            let model = to_model(&features.names, &weights, settings.threshold);
            let report = score(Some(model), fold);
            strict.add(&report.strict);
            loose.add(&report.loose);
        }
        cv.push(CvResult { settings, strict_f1: strict.f1(), loose_f1: loose.f1() });
    }
    let chosen = cv
        .iter()
        .max_by(|a, b| (a.strict_f1 + a.loose_f1).total_cmp(&(b.strict_f1 + b.loose_f1)))
        .map_or(settings_grid()[0], |r| r.settings);
    let model_text = final_model_text(&features, &examples, chosen, postings.len(), folds, name);
    let positives = examples.iter().filter(|e| e.positive).count();
    TrainOutcome {
        baseline: (baseline.f1(), baseline_loose.f1()),
        cv,
        chosen,
        examples: (examples.len(), positives),
        model_text,
    }
}

/// The model file text of `settings` fitted on every example (`folds` and `source` only go into
/// the header).
fn final_model_text(
    features: &Features,
    examples: &[Example],
    settings: TrainSettings,
    postings: usize,
    folds: usize,
    source: &str,
) -> String {
    let all: Vec<&Example> = examples.iter().collect();
    let weights = fit(&all, features.names.len(), settings);
    model_text(&features.names, &weights, settings, postings, folds, source)
}

/// The model file [`train`] writes when cross-validation chooses `settings`, without the
/// cross-validation: what a test compares with the shipped file to catch a taxonomy or
/// extraction change that makes it stale.
pub fn fit_settings(
    taxonomy: &Taxonomy,
    name: &str,
    postings: &[SkillspanPosting],
    folds: usize,
    settings: TrainSettings,
) -> String {
    let (features, examples) = labelled_examples(taxonomy, postings);
    final_model_text(&features, &examples, settings, postings.len(), folds.max(2), name)
}

/// Every non-transversal mention of extraction without a model, labelled by whether it overlaps
/// a gold Knowledge span.
fn labelled_examples(taxonomy: &Taxonomy, postings: &[SkillspanPosting]) -> (Features, Vec<Example>) {
    let base = Extractor::new(taxonomy).with_span_model(None);
    let mut features = Features::default();
    let mut examples = Vec::new();
    for (posting_index, posting) in postings.iter().enumerate() {
        for sentence in &posting.sentences {
            let (text, ranges, gold) = eval::joined_sentence(sentence);
            let mentions = base.extract(taxonomy, &text, Some(crate::Lang::En));
            for (i, mention) in mentions.iter().enumerate() {
                if taxonomy.get(&mention.skill).is_some_and(|s| s.kind == SkillKind::Transversal) {
                    continue;
                }
                let Some((start, end)) = eval::token_span(&ranges, (mention.start, mention.end)) else {
                    continue;
                };
                let positive = gold.iter().any(|&(g0, g1)| start < g1 && g0 < end);
                let ids =
                    mention_features(taxonomy, &text, &mentions, i).iter().map(|f| features.id(f)).collect();
                examples.push(Example { features: ids, positive, posting: posting_index });
            }
        }
    }
    (features, examples)
}

/// One model per cross-validation fold (postings dealt round-robin), each fitted with
/// `settings` on the postings outside its fold.
pub(crate) fn fold_models(
    taxonomy: &Taxonomy,
    postings: &[SkillspanPosting],
    folds: usize,
    settings: TrainSettings,
) -> Vec<SpanModel> {
    let (features, examples) = labelled_examples(taxonomy, postings);
    (0..folds)
        .map(|fold| {
            let training: Vec<&Example> = examples.iter().filter(|e| e.posting % folds != fold).collect();
            let weights = fit(&training, features.names.len(), settings);
            to_model(&features.names, &weights, settings.threshold)
        })
        .collect()
}

/// Read SkillSpan postings and train (see [`train`]).
pub fn train_on_file(
    taxonomy: &Taxonomy,
    path: &std::path::Path,
    folds: usize,
) -> Result<TrainOutcome, EvalError> {
    let name = path.display().to_string();
    let postings = eval::read_postings(path)?;
    Ok(train(taxonomy, &name, &postings, folds))
}

/// Start of the training shuffles' random sequence (fixed: training is deterministic).
pub(crate) const SHUFFLE_SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// Fisher-Yates shuffle of `order` with a fixed linear congruential generator advancing `seed`,
/// so that both models' training is deterministic.
pub(crate) fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let j = ((*seed >> 33) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

/// Logistic regression by averaged SGD with lazy L2 on active features; deterministic.
fn fit(examples: &[&Example], feature_count: usize, settings: TrainSettings) -> Vec<f64> {
    let mut counts = vec![0usize; feature_count];
    for example in examples {
        for &f in &example.features {
            counts[f] += 1;
        }
    }
    let active: Vec<Vec<usize>> = examples
        .iter()
        .map(|e| e.features.iter().copied().filter(|&f| counts[f] >= settings.min_count).collect())
        .collect();
    let mut weights = vec![0.0f64; feature_count];
    let mut sum = vec![0.0f64; feature_count];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = SHUFFLE_SEED;
    for epoch in 0..settings.epochs {
        shuffle(&mut order, &mut seed);
        let rate = 0.2 / (1.0 + epoch as f64 * 0.2);
        for &i in &order {
            let x = &active[i];
            let z: f64 = x.iter().map(|&f| weights[f]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let gradient = p - if examples[i].positive { 1.0 } else { 0.0 };
            for &f in x {
                weights[f] -= rate * (gradient + settings.l2 * weights[f]);
            }
        }
        for (s, w) in sum.iter_mut().zip(&weights) {
            *s += w;
        }
    }
    let epochs = settings.epochs.max(1) as f64;
    sum.iter().map(|s| s / epochs).collect()
}

/// Weights rounded to three decimals, pruned, with the threshold folded into the bias.
fn rounded(names: &[String], weights: &[f64], threshold: f64) -> Vec<(String, f64)> {
    let shift = -(threshold / (1.0 - threshold)).ln();
    let mut out: Vec<(String, f64)> = names
        .iter()
        .zip(weights)
        .map(|(name, &w)| (name.clone(), if name == "bias" { w + shift } else { w }))
        .map(|(name, w)| (name, (w * 1000.0).round() / 1000.0))
        .filter(|(_, w)| *w != 0.0)
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn to_model(names: &[String], weights: &[f64], threshold: f64) -> SpanModel {
    let weights =
        rounded(names, weights, threshold).into_iter().map(|(name, w)| (fnv1a(&name), w as f32)).collect();
    SpanModel { weights }
}

fn model_text(
    names: &[String],
    weights: &[f64],
    settings: TrainSettings,
    postings: usize,
    folds: usize,
    source: &str,
) -> String {
    let file = std::path::Path::new(source)
        .file_name()
        .map_or(source.to_string(), |f| f.to_string_lossy().into_owned());
    let mut out = format!(
        "# kohtaanto span model v1: logistic regression over mention context features (src/spans.rs).\n\
         # Trained by `kohtaanto skills train-spans` on {file} ({postings} postings), \
         settings chosen by {folds}-fold cross-validation: {settings}.\n\
         # weight<TAB>feature\n"
    );
    for (name, w) in rounded(names, weights, settings.threshold) {
        out.push_str(&format!("{w}\t{name}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cross-validation scores taxonomy mentions only: the embedded tagger (trained on all of
    /// train, held-out folds included) must not add its spans, or retraining would neither be
    /// honest nor re-create the shipped model.
    #[test]
    fn cross_validation_scores_taxonomy_mentions_without_the_tagger() {
        let taxonomy = Taxonomy::embedded();
        // The embedded tagger proposes `automation` here (not gold).
        let jsonl = r#"{"sentences": [{"tokens": ["You", "have", "experience", "with", "Java", ".", "Experience", "with", "automation", ",", "B2B", "and", "air", "conditioning", "systems", "."], "tags_knowledge": ["O", "O", "O", "O", "B", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]}]}"#;
        let postings: Vec<SkillspanPosting> = vec![
            serde_json::from_str(jsonl).expect("posting"),
            serde_json::from_str(jsonl).expect("posting"),
        ];
        let with_tagger = eval::evaluate_postings(
            taxonomy,
            &Extractor::new(taxonomy).with_span_model(None),
            "t",
            postings.iter(),
        );
        assert!(with_tagger.unmapped.0 > 0, "the fixture no longer makes the tagger propose a span");
        let taxonomy_only = eval::evaluate_postings(
            taxonomy,
            &Extractor::new(taxonomy).with_span_model(None).with_tagger(None),
            "t",
            postings.iter(),
        );
        let outcome = train(taxonomy, "t", &postings, 2);
        assert_eq!(outcome.baseline, (taxonomy_only.strict.f1(), taxonomy_only.loose.f1()));
        assert_ne!(outcome.baseline.0, with_tagger.strict.f1());
    }

    #[test]
    fn parse_reads_weights_and_rejects_bad_lines() {
        let model = SpanModel::parse("# comment\n0.5\tbias\n-1.25\ts=java\n").expect("valid");
        assert_eq!(model.len(), 2);
        assert!(SpanModel::parse("0.5 bias\n").is_err());
        assert!(SpanModel::parse("x\tbias\n").is_err());
        assert!(SpanModel::parse("NaN\tbias\n").is_err());
    }

    #[test]
    fn buckets_and_shapes() {
        assert_eq!(bucket(0, &[0, 1, 3]), "b0");
        assert_eq!(bucket(2, &[0, 1, 3]), "b2");
        assert_eq!(bucket(9, &[0, 1, 3]), "b3");
        assert_eq!(shape("Node.js"), "Xx.x");
        assert_eq!(shape("HTML5"), "Xd");
    }

    #[test]
    fn features_see_the_neighbours_and_the_sentence() {
        let taxonomy = Taxonomy::embedded();
        let text = "Our team. You know Python well";
        let start = text.find("Python").expect("in text");
        let mention = SkillMention {
            skill: "python".into(),
            label: "Python".into(),
            start,
            end: start + 6,
            text: "Python".into(),
            confidence: 1.0,
        };
        let features = mention_features(taxonomy, text, &[mention], 0);
        for expected in ["bias", "s=python", "p1=know", "p2=you", "n1=well", "n2=</s>", "ws=you", "pos=mid"] {
            assert!(features.iter().any(|f| f == expected), "{expected} missing from {features:?}");
        }
    }
}
