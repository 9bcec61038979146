//! A token-level BIO tagger proposing English Knowledge spans the taxonomy does not know
//! (`system design`, `networking`, `b2b`): *unmapped skill mentions*, candidates for the
//! taxonomy maintainers. They name no skill and are never used for matching.
//!
//! # What it is
//! A structured averaged perceptron over the whitespace words of a text: the previous tag (alone
//! and with the word) is a feature, and a sentence is decoded with Viterbi (first-order, the best
//! tag sequence), in training too (each sentence's gold and predicted sequences updated where
//! they differ). Features of a word ([`Tagger::tag`]): its normalised form
//! (lowercase, surrounding punctuation stripped, digits as `0`), letter shape, three-letter prefix
//! and suffix, the normalised words up to two before and after, the pair with the previous word,
//! whether a taxonomy mention covers it and the words next to it (mention kind and whether the
//! context model finds it confident), its position in the sentence and the sentence length.
//! A span's confidence is the smallest softmax probability over its words of the chosen tag
//! given the previous tag of the sequence.
//! A span is reported only when no taxonomy mention overlaps it and its confidence reaches the
//! model's threshold.
//!
//! # Training and data
//! [`train`] fits it on the SkillSpan *train* split only (`kohtaanto skills train-tagger
//! --skillspan tech_train.jsonl --out crates/kohtaanto-taxonomy/data/tagger_model.tsv`) against
//! the gold Knowledge BIO tags, with the taxonomy mentions (and the shipped context model's
//! confidences) as features. Epochs, the confidence threshold and the pruning of small weights
//! are chosen by cross-validation over postings, scored by the span evaluation with a context
//! model fitted on the same folds.
//! Deterministic (fixed shuffling seed, sorted output).
//!
//! Measured (5-fold cross-validation on train, strict / loose F1, context-model-confident
//! taxonomy mentions plus unmapped mentions): without the tagger 0.634 / 0.791, with it 0.643 /
//! 0.807 (chosen: 40 epochs, threshold 0, pruning 0); on dev (reported only) 0.606 / 0.741 ->
//! 0.608 / 0.750 (0.7499), with 29 unmapped spans of which 18 overlap a gold span (2026-12-04,
//! 969 skills; with 963 skills it was 0.605 / 0.741 -> 0.605 / 0.749, 34 spans, 19 overlapping; with
//! the 768-skill taxonomy it was 0.571 / 0.698 -> 0.577 / 0.717, 46 spans, 32 overlapping).
//! Each sentence segment of a text is decoded on its own (its first word follows the sentence
//! start, as in training); training on whole postings as single sequences did worse (cross-
//! validated 0.637 / 0.800 against 0.644 / 0.809). It adds recall on
//! phrases the taxonomy lacks (`networking`, `automation`) and little strict F1: its span edges
//! are often off (with greedy decoding it proposed `networking and` in `networking and system
//! design`, where Viterbi proposes nothing). It costs about
//! 0.5 µs per word of English text (see the `extract` bench).
//!
//! Viterbi decoding replaced greedy left-to-right decoding (trained greedily, each word's
//! predicted tag the next word's previous tag): greedy gave 0.640 / 0.807 (20 epochs; 40: 0.639
//! / 0.806, 60: 0.639 / 0.803), Viterbi 0.641 / 0.799 at 20 epochs, 0.643 / 0.805 at 40 and
//! 0.643 / 0.806 at 60; with 10 folds greedy 0.642 / 0.811, Viterbi 0.645 / 0.811. A small
//! strict gain (span edges), at about 0.1 µs more per word (three previous tags scored per word
//! instead of one; the bench on text without skills went from 20.0 to 15.7 MB/s, at a lower
//! load) and a larger file (656 KB against 567 KB); on dev 0.574 / 0.715 -> 0.577 / 0.717.
//!
//! Tried and left out (cross-validated as above; figures strict / loose F1; the first items
//! with greedy decoding, 0.640 / 0.807 unless said otherwise):
//! - distributional word clusters as features, so that words unseen in training get the weights
//!   of words with similar contexts: 256 fine and 32 coarse clusters of the 11,440 words seen at
//!   least three times in the train split tokens and the ESCO skill label and description text
//!   (positive PMI over the 1,000 most frequent left and right neighbours, spherical k-means;
//!   `tools/clusters/build_clusters.py`, 177 KB file). The word's fine and coarse cluster and the
//!   neighbours' fine and coarse clusters: 0.638 / 0.805 (0.637 / 0.804 with an earlier
//!   clustering: 400 neighbours, vectors randomly projected to 96 dimensions); the word's clusters alone 0.640 / 0.806, the
//!   neighbours' fine clusters 0.640 / 0.806, their coarse clusters 0.638 / 0.806, cluster pairs
//!   with the neighbours 0.639 / 0.805; 128 fine and 64 coarse clusters: word 0.641 / 0.804,
//!   neighbours' coarse 0.639 / 0.805; the word's clusters with Viterbi 0.642 / 0.806 against
//!   0.643 / 0.806. Clusters in the context model did not pay either (see `spans.rs`);
//! - word dropout in training (the word's own features: word, prefix, suffix, word pairs,
//!   previous tag with the word, left out of a word's update with probability p): p 0.1 0.641 /
//!   0.806, 0.2 0.641 / 0.806, 0.35 0.635 / 0.804;
//! - suppressing a span only where a *confident* taxonomy mention overlaps (0.635 / 0.805 against
//!   0.635 / 0.806 at the time); a penalty on the O score to propose more spans (at best 0.634 /
//!   0.808);
//! - ESCO gazetteer features per word (how many ESCO knowledge and skill concepts have the word
//!   in their labels, whether it and its neighbour form a word pair of an ESCO knowledge label):
//!   0.636 / 0.803 against 0.635 / 0.806 (see `spans.rs` for the dev figure);
//! - more word features (four-letter prefix and suffix, the neighbours' shapes, coverage joined
//!   with the word): 0.642 / 0.806 against 0.640 / 0.807;
//! - letting the tagger decide more, scored on the same folds (0.634 / 0.806 for the shipped
//!   combination in that run): its spans replacing the confident taxonomy mentions they overlap
//!   0.586 / 0.809; only where they contain the mention (widening it) 0.612 / 0.809; dropping
//!   confident taxonomy mentions whose words it tags O 0.637 / 0.807 (with O probability over
//!   0.9: 0.637 / 0.808; within noise, and it would run the tagger inside `extract` too); adding
//!   unconfident taxonomy mentions it tags B or I 0.635 / 0.806; the tagger's spans alone 0.588
//!   / 0.812. Taxonomy mention edges are better than the tagger's for strict F1.
//!
//! The model file: header comments, a `threshold<TAB>value` line, then one
//! `wB wI wO<TAB>feature` line per feature (three decimals, all-zero rows left out); a feature is
//! looked up by the 64-bit FNV-1a hash of its name, written as `#` and 16 hex digits.

use crate::eval::{self, EvalReport, SkillspanPosting};
use crate::extract::Extractor;
use crate::model::{SkillKind, Taxonomy};
use crate::sections;
use crate::spans::{self, HashedKey, Segmented, SpanModel, TrainSettings, Word, fnv1a_parts as hash};
use kohtaanto_domain::SkillMention;
use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, LazyLock};

/// The shipped model (`data/tagger_model.tsv`).
const EMBEDDED_MODEL: &str = include_str!("../data/tagger_model.tsv");

/// Punctuation trimmed from both ends of an unmapped mention.
const SPAN_PUNCTUATION: &str = ",;:.!?()[]\"'";

/// Tags, in weight order.
const B: usize = 0;
const I: usize = 1;
const O: usize = 2;
const TAG_NAMES: [&str; 4] = ["B", "I", "O", "<s>"];

/// A proposed Knowledge span no taxonomy skill covers.
#[derive(Debug, Clone, PartialEq)]
pub struct UnmappedMention {
    /// Start byte offset (inclusive).
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// `input[start..end]`.
    pub text: String,
    /// Smallest tag probability over its words, 0 to 1.
    pub confidence: f32,
}

/// Errors of reading a tagger model file.
#[derive(Debug, thiserror::Error)]
pub enum TaggerModelError {
    /// A line is not `threshold<TAB>value` or `wB wI wO<TAB>feature`.
    #[error("tagger model line {line}: {message}")]
    Format {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Weights of the tagger.
#[derive(Clone, Default)]
pub struct Tagger {
    weights: HashMap<u64, [f32; 3], BuildHasherDefault<HashedKey>>,
    threshold: f32,
}

impl fmt::Debug for Tagger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tagger({} features, threshold {})", self.weights.len(), self.threshold)
    }
}

impl Tagger {
    /// Parse the text format (see the module documentation).
    pub fn parse(text: &str) -> Result<Tagger, TaggerModelError> {
        let mut tagger = Tagger::default();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let error =
                |message: &str| TaggerModelError::Format { line: index + 1, message: message.to_string() };
            let (values, feature) = line.split_once('\t').ok_or_else(|| error("no tab"))?;
            let number = |text: &str| -> Result<f32, TaggerModelError> {
                text.parse::<f32>().ok().filter(|v| v.is_finite()).ok_or_else(|| error("not a finite number"))
            };
            if values == "threshold" {
                tagger.threshold = number(feature)?;
                continue;
            }
            let parts: Vec<&str> = values.split(' ').collect();
            let [b, i, o] = parts.as_slice() else {
                return Err(error("expected three weights"));
            };
            let key = match feature.strip_prefix('#') {
                Some(hex) => u64::from_str_radix(hex, 16).map_err(|_| error("bad feature hash"))?,
                None => spans::fnv1a(feature),
            };
            let row = tagger.weights.entry(key).or_insert([0.0; 3]);
            for (slot, value) in row.iter_mut().zip([b, i, o]) {
                *slot += number(value)?;
            }
        }
        Ok(tagger)
    }

    /// The shipped model, parsed once; None when its file holds no weights.
    pub fn embedded() -> Option<Arc<Tagger>> {
        static MODEL: LazyLock<Option<Arc<Tagger>>> = LazyLock::new(|| {
            Tagger::parse(EMBEDDED_MODEL).ok().filter(|model| !model.weights.is_empty()).map(Arc::new)
        });
        MODEL.clone()
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// The model has no weights.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Unmapped mentions of `text` (English) given its taxonomy `mentions`, in text order.
    pub fn unmapped(
        &self,
        taxonomy: &Taxonomy,
        text: &str,
        mentions: &[SkillMention],
    ) -> Vec<UnmappedMention> {
        let segmented = Segmented::new(text);
        // No candidates from the title, a company description or a list of benefits (see
        // `sections`).
        let off_job = sections::off_job_ranges_in(text, &segmented);
        let sentence = Sentence::from_segmented(taxonomy, text, mentions, segmented);
        let tags = decode(&sentence, |feature| self.weights.get(&feature).map(|w| w.map(f64::from)));
        let mut out = Vec::new();
        for (first, end) in tag_spans(&tags) {
            let confidence = tags[first..end].iter().map(|t| t.1).fold(1.0f64, f64::min) as f32;
            if confidence < self.threshold || sentence.covered[first..end].iter().any(|c| *c != Cover::None) {
                continue;
            }
            let (start, stop) = (sentence.words[first].start, sentence.words[end - 1].end);
            let Some(words) = text.get(start..stop) else { continue };
            // Punctuation around the words (`automation,`, `(B2B)`) is not part of the span.
            let punctuation = |c: char| SPAN_PUNCTUATION.contains(c);
            let matched = words.trim_matches(punctuation);
            if !matched.chars().any(char::is_alphanumeric) {
                continue;
            }
            let start = start + (words.len() - words.trim_start_matches(punctuation).len());
            let stop = start + matched.len();
            if sections::inside(&off_job, start, stop) {
                continue;
            }
            out.push(UnmappedMention { start, end: stop, text: matched.to_string(), confidence });
        }
        out
    }
}

/// How a word is covered by a taxonomy mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cover {
    None,
    Knowledge { confident: bool },
    Skill { confident: bool },
    Other,
}

impl Cover {
    fn name(self) -> &'static str {
        match self {
            Cover::None => "-",
            Cover::Knowledge { confident: true } => "K1",
            Cover::Knowledge { confident: false } => "K0",
            Cover::Skill { confident: true } => "S1",
            Cover::Skill { confident: false } => "S0",
            Cover::Other => "T",
        }
    }
}

/// The words of a text with their static feature hashes.
struct Sentence {
    /// Each whitespace word.
    words: Vec<Word>,
    /// Normalised form of each word.
    normalised: Vec<String>,
    covered: Vec<Cover>,
    /// Per word: whether it starts a sentence segment (its previous tag is the sentence start).
    starts: Vec<bool>,
    /// Hashes of the features that do not depend on the previous tag, [`WORD_FEATURES`] per
    /// word (one allocation).
    features: Vec<u64>,
}

/// Features per word in [`Sentence::features`].
const WORD_FEATURES: usize = 17;

fn normalise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    spans::normalise_into(raw, &mut out);
    out
}

impl Sentence {
    fn new(taxonomy: &Taxonomy, text: &str, mentions: &[SkillMention]) -> Sentence {
        Sentence::from_segmented(taxonomy, text, mentions, Segmented::new(text))
    }

    fn from_segmented(
        taxonomy: &Taxonomy,
        text: &str,
        mentions: &[SkillMention],
        segmented: Segmented,
    ) -> Sentence {
        let Segmented { words, segment_start: segment, segment_end } = segmented;
        let normalised: Vec<String> = words.iter().map(|w| normalise(&text[w.start..w.end])).collect();
        let mut covered = vec![Cover::None; words.len()];
        for mention in mentions {
            let kind = taxonomy.get(&mention.skill).map(|s| s.kind);
            let confident = mention.confidence >= spans::CONFIDENT;
            let cover = match kind {
                Some(SkillKind::Knowledge) => Cover::Knowledge { confident },
                Some(SkillKind::Skill) => Cover::Skill { confident },
                _ => Cover::Other,
            };
            let first = words.partition_point(|w| w.end <= mention.start);
            let end = words.partition_point(|w| w.start < mention.end);
            for slot in covered.iter_mut().take(end).skip(first) {
                if *slot == Cover::None {
                    *slot = cover;
                }
            }
        }
        let mut features = Vec::with_capacity(words.len() * WORD_FEATURES);
        for i in 0..words.len() {
            {
                let word = normalised[i].as_str();
                let (s, e) = (segment[i], segment_end[i]);
                let at = |offset: isize| -> &str {
                    let j = i as isize + offset;
                    if j < s as isize {
                        "<s>"
                    } else if j >= e as isize {
                        "</s>"
                    } else {
                        normalised[j as usize].as_str()
                    }
                };
                let cover_at = |offset: isize| -> &str {
                    let j = i as isize + offset;
                    if j < s as isize || j >= e as isize { "x" } else { covered[j as usize].name() }
                };
                let raw = &text[words[i].start..words[i].end];
                let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
                let shape = spans::shape(if core.is_empty() { raw } else { core });
                let prefix = word.char_indices().nth(3).map_or(word, |(at, _)| &word[..at]);
                let suffix = word.char_indices().rev().nth(2).map_or(word, |(at, _)| &word[at..]);
                let position = if i == s {
                    "first"
                } else if i + 1 == e {
                    "last"
                } else {
                    "mid"
                };
                let punctuation_after = if raw.ends_with([',', ';']) {
                    ","
                } else if raw.ends_with(['.', ':', '!', '?']) {
                    "."
                } else if raw.ends_with(')') {
                    ")"
                } else {
                    "a"
                };
                features.extend([
                    hash(&["bias"]),
                    hash(&["w=", word]),
                    hash(&["sh=", &shape]),
                    hash(&["pre=", prefix]),
                    hash(&["suf=", suffix]),
                    hash(&["w-1=", at(-1)]),
                    hash(&["w-2=", at(-2)]),
                    hash(&["w+1=", at(1)]),
                    hash(&["w+2=", at(2)]),
                    hash(&["ww-1=", at(-1), "|", word]),
                    hash(&["ww+1=", word, "|", at(1)]),
                    hash(&["c=", covered[i].name()]),
                    hash(&["c-1=", cover_at(-1)]),
                    hash(&["c+1=", cover_at(1)]),
                    hash(&["pos=", position]),
                    hash(&["len=", spans::bucket(e - s, &[1, 3, 6, 12, 25])]),
                    hash(&["pa=", punctuation_after]),
                ]);
            }
        }
        let starts = (0..words.len()).map(|i| segment[i] == i).collect();
        Sentence { words, normalised, covered, starts, features }
    }
}

/// Hashes of the features depending on the previous tag.
fn tag_features(previous: usize, word: &str) -> [u64; 2] {
    [hash(&["t-1=", TAG_NAMES[previous]]), hash(&["t-1w=", TAG_NAMES[previous], "|", word])]
}

/// Viterbi decoding: per word the tag of the best sequence and that tag's softmax probability
/// given the sequence's previous tag.
fn decode(sentence: &Sentence, weight: impl Fn(u64) -> Option<[f64; 3]>) -> Vec<(usize, f64)> {
    viterbi(sentence, &weight)
        .into_iter()
        .map(|(tag, scores)| {
            let max = scores[best(&scores)];
            let total: f64 = scores.iter().map(|s| (s - max).exp()).sum();
            (tag, (scores[tag] - max).exp() / total)
        })
        .collect()
}

/// Add the weights of `features` (those the model has) to the tag scores.
fn add_weights(
    scores: &mut [f64; 3],
    features: impl IntoIterator<Item = u64>,
    weight: &impl Fn(u64) -> Option<[f64; 3]>,
) {
    for w in features.into_iter().filter_map(weight) {
        for (s, w) in scores.iter_mut().zip(w) {
            *s += w;
        }
    }
}

/// The highest-scoring tag sequence (first-order Viterbi: the previous-tag features are the
/// only ones linking neighbouring tags), with each word's tag scores given its previous tag in
/// that sequence.
fn viterbi(sentence: &Sentence, weight: &impl Fn(u64) -> Option<[f64; 3]>) -> Vec<(usize, [f64; 3])> {
    let n = sentence.normalised.len();
    // Per word: the tag scores after each previous tag (B, I, O, sentence start).
    let mut local: Vec<[[f64; 3]; 4]> = Vec::with_capacity(n);
    // Per word: the score of the best sequence ending in each tag, and its previous tag.
    let mut path_scores: Vec<[f64; 3]> = Vec::with_capacity(n);
    let mut back: Vec<[usize; 3]> = Vec::with_capacity(n);
    for (i, (features, word)) in
        sentence.features.chunks_exact(WORD_FEATURES).zip(&sentence.normalised).enumerate()
    {
        let mut static_scores = [0.0f64; 3];
        add_weights(&mut static_scores, features.iter().copied(), weight);
        // A segment's first word follows the sentence start, whatever the previous segment
        // ended in: each segment is decoded as a sentence of its own.
        let starts_segment = sentence.starts.get(i).copied().unwrap_or(i == 0);
        let previous_tags: &[usize] = if starts_segment { &[3] } else { &[O, B, I] };
        let mut scores = [[0.0f64; 3]; 4];
        let mut row = [f64::NEG_INFINITY; 3];
        let mut from = [3; 3];
        for &previous in previous_tags {
            let mut after = static_scores;
            add_weights(&mut after, tag_features(previous, word), weight);
            let before = match path_scores.last() {
                None => 0.0,
                Some(p) if previous == 3 => p[best(p)],
                Some(p) => p[previous],
            };
            for tag in [O, B, I] {
                if before + after[tag] > row[tag] {
                    row[tag] = before + after[tag];
                    from[tag] = previous;
                }
            }
            scores[previous] = after;
        }
        local.push(scores);
        path_scores.push(row);
        back.push(from);
    }
    let mut out = vec![(O, [0.0; 3]); n];
    let Some(last) = path_scores.last() else { return out };
    let mut tag = best(last);
    for i in (0..n).rev() {
        let previous = back[i][tag];
        out[i] = (tag, local[i][previous]);
        tag = match previous {
            // The best tag the previous segment can end in.
            3 if i > 0 => best(&path_scores[i - 1]),
            previous => previous,
        };
    }
    out
}

/// Index of the highest score (the first on ties, O preferred).
fn best(scores: &[f64; 3]) -> usize {
    let mut tag = O;
    for candidate in [B, I] {
        if scores[candidate] > scores[tag] {
            tag = candidate;
        }
    }
    tag
}

/// Word ranges `[first, end)` of the B/I runs (an I after O starts a span).
fn tag_spans(tags: &[(usize, f64)]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (i, &(tag, _)) in tags.iter().enumerate() {
        match tag {
            B => {
                spans.extend(current.take());
                current = Some((i, i + 1));
            }
            I => match &mut current {
                Some(span) => span.1 = i + 1,
                None => current = Some((i, i + 1)),
            },
            _ => spans.extend(current.take()),
        }
    }
    spans.extend(current);
    spans
}

/// One training sentence: static features and gold tags per word.
struct Example {
    sentence: Sentence,
    gold: Vec<usize>,
    posting: usize,
}

/// Sentences of `postings` as examples, with the mentions `extractor` finds.
fn examples(taxonomy: &Taxonomy, postings: &[SkillspanPosting], extractor: &Extractor) -> Vec<Example> {
    let mut out = Vec::new();
    for (posting_index, posting) in postings.iter().enumerate() {
        for sentence in &posting.sentences {
            let (text, _, _) = eval::joined_sentence(sentence);
            let mentions = extractor.extract(taxonomy, &text, Some(crate::Lang::En));
            let gold = gold_tags(&sentence.tags_knowledge);
            out.push(Example {
                sentence: Sentence::new(taxonomy, &text, &mentions),
                gold,
                posting: posting_index,
            });
        }
    }
    out
}

fn gold_tags(tags: &[String]) -> Vec<usize> {
    tags.iter()
        .map(|t| match t.as_str() {
            "B" => B,
            "I" => I,
            _ => O,
        })
        .collect()
}

/// Structured averaged perceptron: each sentence decoded with [`viterbi`], the features of the
/// gold and the predicted sequence updated where they differ; deterministic.
fn fit(examples: &[&Example], epochs: usize) -> HashMap<u64, [f64; 3]> {
    let mut weights: HashMap<u64, [f64; 3]> = HashMap::new();
    let mut totals: HashMap<u64, [f64; 3]> = HashMap::new();
    let mut step = 1.0f64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = spans::SHUFFLE_SEED;
    for _ in 0..epochs {
        spans::shuffle(&mut order, &mut seed);
        for &index in &order {
            let example = examples[index];
            let sentence = &example.sentence;
            let predicted: Vec<usize> =
                viterbi(sentence, &|f| weights.get(&f).copied()).into_iter().map(|(tag, _)| tag).collect();
            let mut update = |feature: u64, tag: usize, delta: f64, step: f64| {
                weights.entry(feature).or_insert([0.0; 3])[tag] += delta;
                totals.entry(feature).or_insert([0.0; 3])[tag] += delta * step;
            };
            for (i, word) in sentence.normalised.iter().enumerate() {
                let gold = example.gold[i];
                let guess = predicted[i];
                let gold_previous = if i == 0 { 3 } else { example.gold[i - 1] };
                let guess_previous = if i == 0 { 3 } else { predicted[i - 1] };
                if gold == guess && gold_previous == guess_previous {
                    continue;
                }
                if gold != guess {
                    for &feature in &sentence.features[i * WORD_FEATURES..(i + 1) * WORD_FEATURES] {
                        update(feature, gold, 1.0, step);
                        update(feature, guess, -1.0, step);
                    }
                }
                for feature in tag_features(gold_previous, word) {
                    update(feature, gold, 1.0, step);
                }
                for feature in tag_features(guess_previous, word) {
                    update(feature, guess, -1.0, step);
                }
            }
            step += sentence.normalised.len() as f64;
        }
    }
    weights
        .into_iter()
        .map(|(feature, w)| {
            let t = totals.get(&feature).copied().unwrap_or([0.0; 3]);
            (feature, [0, 1, 2].map(|k| w[k] - t[k] / step))
        })
        .collect()
}

/// Rounded to one decimal, rows whose largest weight is below `prune` (in magnitude) left out.
fn rounded(weights: &HashMap<u64, [f64; 3]>, prune: f64) -> Vec<(u64, [f64; 3])> {
    let mut out: Vec<(u64, [f64; 3])> = weights
        .iter()
        .map(|(&f, w)| (f, w.map(|v| (v * 10.0).round() / 10.0)))
        .filter(|(_, w)| w.iter().any(|v| *v != 0.0 && v.abs() >= prune))
        .collect();
    out.sort_by_key(|(f, _)| *f);
    out
}

fn to_tagger(weights: &HashMap<u64, [f64; 3]>, threshold: f64, prune: f64) -> Tagger {
    Tagger {
        weights: rounded(weights, prune).into_iter().map(|(f, w)| (f, w.map(|v| v as f32))).collect(),
        threshold: threshold as f32,
    }
}

/// Cross-validation figures of one setting.
#[derive(Debug, Clone)]
pub struct TaggerCv {
    /// Perceptron epochs.
    pub epochs: usize,
    /// Confidence threshold of reported spans.
    pub threshold: f64,
    /// Features whose largest weight is smaller are left out.
    pub prune: f64,
    /// Strict and loose F1 over all held-out folds.
    pub f1: (f64, f64),
}

/// What [`train`] did.
#[derive(Debug, Clone)]
pub struct TaggerOutcome {
    /// Strict and loose F1 of taxonomy mentions alone (context model fitted per fold).
    pub baseline: (f64, f64),
    /// Every setting tried.
    pub cv: Vec<TaggerCv>,
    /// The chosen epochs, threshold and pruning (best strict plus loose F1).
    pub chosen: (usize, f64, f64),
    /// The model file text.
    pub model_text: String,
}

/// Epochs cross-validation chooses from.
const EPOCHS: [usize; 3] = [20, 40, 60];
/// Thresholds cross-validation chooses from.
const THRESHOLDS: [f64; 3] = [0.0, 0.5, 0.7];
/// Smallest largest-weight of a kept feature, chosen by cross-validation (keeps the file small).
const PRUNE: [f64; 3] = [0.0, 1.0, 3.0];

/// Every (threshold, prune) pair.
fn grid() -> Vec<(f64, f64)> {
    THRESHOLDS.iter().flat_map(|&t| PRUNE.iter().map(move |&p| (t, p))).collect()
}

/// Train the tagger on SkillSpan postings (the train split; see the module documentation),
/// choosing epochs and threshold by `folds`-fold cross-validation over postings. The context
/// model in each fold is fitted with `span_settings` on the same training postings.
pub fn train(
    taxonomy: &Taxonomy,
    name: &str,
    postings: &[SkillspanPosting],
    folds: usize,
    span_settings: TrainSettings,
) -> TaggerOutcome {
    let folds = folds.max(2);
    let span_models: Vec<Arc<SpanModel>> =
        spans::fold_models(taxonomy, postings, folds, span_settings).into_iter().map(Arc::new).collect();
    let held_out =
        |fold: usize| postings.iter().enumerate().filter(move |(i, _)| i % folds == fold).map(|(_, p)| p);
    let mut baseline = (eval::SpanScores::default(), eval::SpanScores::default());
    let mut per_fold_examples = Vec::new();
    for (fold, model) in span_models.iter().enumerate() {
        let extractor = Extractor::new(taxonomy).with_span_model(Some(model.clone())).with_tagger(None);
        let report = eval::evaluate_postings(taxonomy, &extractor, name, held_out(fold));
        baseline.0.add(&report.strict);
        baseline.1.add(&report.loose);
        per_fold_examples.push(examples(taxonomy, postings, &extractor));
    }
    let mut cv = Vec::new();
    for epochs in EPOCHS {
        let mut scores = vec![(eval::SpanScores::default(), eval::SpanScores::default()); grid().len()];
        for fold in 0..folds {
            let training: Vec<&Example> =
                per_fold_examples[fold].iter().filter(|e| e.posting % folds != fold).collect();
            let weights = fit(&training, epochs);
            for (slot, (threshold, prune)) in scores.iter_mut().zip(grid()) {
                let extractor = Extractor::new(taxonomy)
                    .with_span_model(Some(span_models[fold].clone()))
                    .with_tagger(Some(Arc::new(to_tagger(&weights, threshold, prune))));
                let report: EvalReport = eval::evaluate_postings(taxonomy, &extractor, name, held_out(fold));
                slot.0.add(&report.strict);
                slot.1.add(&report.loose);
            }
        }
        for (score, (threshold, prune)) in scores.iter().zip(grid()) {
            cv.push(TaggerCv { epochs, threshold, prune, f1: (score.0.f1(), score.1.f1()) });
        }
    }
    let chosen = cv
        .iter()
        .max_by(|a, b| (a.f1.0 + a.f1.1).total_cmp(&(b.f1.0 + b.f1.1)))
        .map_or((EPOCHS[0], THRESHOLDS[0], PRUNE[0]), |r| (r.epochs, r.threshold, r.prune));
    let model_text = fit_settings(taxonomy, name, postings, folds, chosen);
    TaggerOutcome { baseline: (baseline.0.f1(), baseline.1.f1()), cv, chosen, model_text }
}

/// The settings (epochs, threshold, pruning) the shipped tagger was trained with (see its header).
pub const SHIPPED_SETTINGS: (usize, f64, f64) = (40, 0.0, 0.0);

/// The model file [`train`] writes when cross-validation chooses `chosen` (epochs, threshold,
/// pruning), without the cross-validation: what a test compares with the shipped file.
pub fn fit_settings(
    taxonomy: &Taxonomy,
    name: &str,
    postings: &[SkillspanPosting],
    folds: usize,
    chosen: (usize, f64, f64),
) -> String {
    let folds = folds.max(2);
    // The final model sees mentions with the shipped context model.
    let extractor = Extractor::new(taxonomy).with_tagger(None);
    let all_examples = examples(taxonomy, postings, &extractor);
    let all: Vec<&Example> = all_examples.iter().collect();
    let weights = fit(&all, chosen.0);
    let file =
        std::path::Path::new(name).file_name().map_or(name.to_string(), |f| f.to_string_lossy().into_owned());
    let mut model_text = format!(
        "# kohtaanto tagger model v1: structured averaged perceptron BIO tagger (Viterbi) of unmapped Knowledge spans (src/tagger.rs).\n\
         # Trained by `kohtaanto skills train-tagger` on {file} ({} postings), settings chosen by \
         {folds}-fold cross-validation: epochs {} threshold {} prune {}.\n\
         # wB wI wO<TAB>feature hash (hex)\nthreshold\t{}\n",
        postings.len(),
        chosen.0,
        chosen.1,
        chosen.2,
        chosen.1
    );
    for (feature, w) in rounded(&weights, chosen.2) {
        model_text.push_str(&format!("{} {} {}\t#{feature:016x}\n", w[0], w[1], w[2]));
    }
    model_text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags `networking` B and `design` I (after B), everything else O.
    const MODEL: &str = "# test\nthreshold\t0.5\n-5 -5 5\tbias\n10 0 -10\tw=networking\n\
        0 20 -10\tt-1w=B|design\n";

    fn mention(text: &str, word: &str, skill: &str) -> SkillMention {
        let start = text.find(word).expect("in text");
        SkillMention {
            skill: skill.into(),
            label: word.into(),
            start,
            end: start + word.len(),
            text: word.into(),
            confidence: 1.0,
        }
    }

    #[test]
    fn parse_reads_names_hashes_and_threshold_and_rejects_bad_lines() {
        let tagger = Tagger::parse(MODEL).expect("valid");
        assert_eq!(tagger.len(), 3);
        assert_eq!(tagger.threshold, 0.5);
        let hashed = format!("1 2 3\t#{:016x}\n", spans::fnv1a("bias"));
        assert_eq!(
            Tagger::parse(&hashed).expect("valid").weights.get(&hash(&["bias"])),
            Some(&[1.0, 2.0, 3.0])
        );
        for bad in ["1 2\tbias\n", "1 2 3 bias\n", "1 x 3\tbias\n", "threshold\tNaN\n", "1 2 3\t#zz\n"] {
            assert!(Tagger::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn proposes_spans_no_taxonomy_mention_overlaps() {
        let taxonomy = Taxonomy::embedded();
        let tagger = Tagger::parse(MODEL).expect("valid");
        let text = "Knowledge of (networking design), and Python.";
        let python = mention(text, "Python", "python");
        let unmapped = tagger.unmapped(taxonomy, text, std::slice::from_ref(&python));
        assert_eq!(unmapped.len(), 1, "{unmapped:?}");
        assert_eq!(unmapped[0].text, "networking design");
        assert_eq!(&text[unmapped[0].start..unmapped[0].end], "networking design");
        assert!(unmapped[0].confidence > 0.99, "{unmapped:?}");
        // A taxonomy mention overlapping the span suppresses it.
        let covered = mention(text, "design", "design");
        assert!(tagger.unmapped(taxonomy, text, &[covered, python]).is_empty());
        // Spans below the threshold are not reported.
        let strict = Tagger { threshold: 1.5, ..tagger };
        assert!(strict.unmapped(taxonomy, text, &[]).is_empty());
    }

    #[test]
    fn viterbi_finds_the_best_sequence_where_the_best_first_tag_is_not_on_it() {
        let taxonomy = Taxonomy::embedded();
        // Alone, `system` is more likely O than B, but B followed by I on `design` wins.
        let tagger = Tagger::parse("threshold\t0\n0.5 0 1\tw=system\n0 5 0\tt-1w=B|design\n").expect("valid");
        let unmapped = tagger.unmapped(taxonomy, "system design", &[]);
        assert_eq!(unmapped.len(), 1, "{unmapped:?}");
        assert_eq!(unmapped[0].text, "system design");
        // The span's confidence is its weakest word: B on `system` given the sentence start.
        let expected = 0.5f64.exp() / (0.5f64.exp() + 1.0 + 1.0f64.exp());
        assert!((f64::from(unmapped[0].confidence) - expected).abs() < 1e-6, "{unmapped:?}");
        // Without the transition the words stay O.
        let alone = Tagger::parse("threshold\t0\n0.5 0 1\tw=system\n").expect("valid");
        assert!(alone.unmapped(taxonomy, "system design", &[]).is_empty());
    }

    #[test]
    fn features_see_neighbours_coverage_and_position() {
        let taxonomy = Taxonomy::embedded();
        let text = "You know Python well.\nNetworking";
        let sentence = Sentence::new(taxonomy, text, &[mention(text, "Python", "python")]);
        assert_eq!(sentence.normalised, ["you", "know", "python", "well", "networking"]);
        let word = |i: usize| &sentence.features[i * WORD_FEATURES..(i + 1) * WORD_FEATURES];
        let python = word(2);
        for expected in [
            hash(&["w=", "python"]),
            hash(&["w-1=", "know"]),
            hash(&["w+2=", "</s>"]),
            hash(&["sh=", "Xx"]),
            hash(&["suf=", "hon"]),
            hash(&["c=", "K1"]),
            hash(&["c-1=", "-"]),
        ] {
            assert!(python.contains(&expected), "feature missing");
        }
        assert!(word(4).contains(&hash(&["pos=", "first"])));
        assert!(word(4).contains(&hash(&["w-1=", "<s>"])));
        assert!(word(4).contains(&hash(&["pre=", "net"])));
    }

    #[test]
    fn training_learns_a_repeated_span_and_is_deterministic() {
        let taxonomy = Taxonomy::embedded();
        let line = r#"{"sentences": [{"tokens": ["Good", "networking", "skills"], "tags_knowledge": ["O", "B", "O"]}, {"tokens": ["We", "value", "networking"], "tags_knowledge": ["O", "O", "B"]}]}"#;
        let postings: Vec<SkillspanPosting> =
            (0..4).map(|_| serde_json::from_str(line).expect("posting")).collect();
        let settings = TrainSettings { epochs: 2, l2: 1e-3, min_count: 1, threshold: 0.5 };
        let outcome = train(taxonomy, "tiny.jsonl", &postings, 2, settings);
        assert_eq!(outcome.cv.len(), EPOCHS.len() * grid().len());
        assert!(outcome.cv.iter().any(|r| r.f1.0 > outcome.baseline.0), "{:?}", outcome.cv);
        let tagger = Tagger::parse(&outcome.model_text).expect("own output parses");
        // Four tiny postings leave the weights small and every threshold ties in the
        // cross-validation (the last, 0.7, is chosen), so the span is checked without it.
        assert!(tagger.threshold > 0.0);
        let tagger = Tagger { threshold: 0.0, ..tagger };
        let found = tagger.unmapped(taxonomy, "Strong networking background", &[]);
        assert_eq!(found.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["networking"]);
        assert_eq!(train(taxonomy, "tiny.jsonl", &postings, 2, settings).model_text, outcome.model_text);
    }
}
