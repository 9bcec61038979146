//! Skill recognition in English, Finnish and Swedish free text, with byte spans.
//!
//! # How it works
//! An [`Extractor`] is built once per taxonomy. It turns every preferred label and alias of every
//! skill (all three languages) into lowercase *patterns* and compiles them into one Aho-Corasick
//! automaton. Besides the labels as written it adds:
//! - punctuation variants of labels with inner separators (`Node.js` -> `nodejs`, `node js`,
//!   `node-js`; `CI/CD` -> `cicd`, `ci cd`, `ci-cd`);
//! - for labels starting with a dot, the dot as a word of its own (`.NET Core` -> `. net core`),
//!   as tokenised text writes it (SkillSpan: `. NET Core` is one gold span);
//! - for Finnish labels that differ from the English ones: the singular of a plural label
//!   (`pilvipalvelut` -> `pilvipalvelu`) and *stems*: the label minus its final vowel, with simple
//!   consonant gradation (`tietokanta` -> `tietokant`, `tietokann`), `-us/-ys` -> `-uks/-yks`
//!   (`testaus` -> `testauks`), `-uus/-yys` -> `-uud/-uut` (`saavutettavuus`), `-nen` -> `-s`
//!   (`koneoppiminen` -> `koneoppimis`), `-i` -> `-e` (`suomi` -> `suomea`, `suomen`; with the
//!   weak grade of a single `k`/`p`/`t`: `IT-tuki` -> `IT-tuessa`), and the strong grade of a
//!   weak-grade plural (`vuorovaikutustaidot` -> `vuorovaikutustaitoja`). A stem has at least
//!   five letters and only matches when a (vowel-initial) ending follows;
//! - for Swedish labels that differ from the English ones: the singular of `-er` plurals and the
//!   Swedish definite and plural endings (`databaser`, `databasen`, `molntjänsten`);
//! - for lowercase English labels (common nouns): plural `-s` and `-y` -> `-ies`.
//!
//! Extraction lowercases a copy of the input (whitespace runs collapsed, typographic dashes and
//! apostrophes unified, soft hyphens dropped) while recording a run-length map back to the byte
//! offsets of the input (so spans are exact even where lowercasing changes the UTF-8 length, as
//! for `İ`). All overlapping pattern matches are then
//! checked against word boundaries:
//! - the character before a match must not be a letter or digit (nor `x.`, `x&`: `example.go`,
//!   `R&D`); a match right after `word-` is the tail of a compound and is dropped when the head is
//!   a skill too (`Python-ohjelmointi` gives Python only);
//! - after the match either a non-word character follows (`SQL:n`, `C#:lla`, `Python's`), a
//!   hyphen and a compound tail (`Java-kehittäjä`: the span is the part before the hyphen), or
//!   letters that form a known Finnish case ending with optional clitic (`Pythonilla`,
//!   `Kubernetesin`, `Javalla`), a Swedish or English ending as allowed above, or up to four
//!   digits (`HTML5`). Labels shorter than three characters take no glued ending (Finns write
//!   `Go:lla`), all-capitals labels only digits or a plural `s` after capitals (`APIs`), so
//!   `idea` is not `IDE` nor `sana` `SAN`. `Java` does not match in `JavaScript`, nor `Go` in
//!   `Google`. A glued ending becomes part of the span (`Pythonilla`); `:n` and `-tail` do not.
//! - a lowercase label (a common noun) or a Finnish or Swedish one may also be the head of a
//!   compound whose second part is a competence, role or system word (`testausosaaminen`,
//!   `tietokantajärjestelmät`, `Databaskunskaper`, `systemutvecklingsprojekt`); the whole word is
//!   the span.
//!
//! A version number after a technical mention joins its span (`Java 8`, `Python 3.11`,
//! `PostgreSQL 14+`; not `Java 5 years`), the SkillSpan convention and what the text says. So
//! does an English head noun that makes the mention a modifier of a phrase naming the same thing
//! (`Spring framework`, `Kubernetes environments`, `testing tools`, `microservices architecture`;
//! see [`HEAD_NOUNS`]), unless another mention starts there, and a leading `modern` (`modern
//! programming languages`). A name followed by a synonym of the same skill in parentheses is one
//! mention (`Amazon Web Services (AWS)`, `Continuous Integration (CI)`).
//!
//! The surviving candidates are reduced to non-overlapping mentions, leftmost first and longest
//! first at the same start (`Spring Boot` over `Spring`, `ASP.NET` over `.NET`).
//!
//! # Case
//! A short label written with capitals in the taxonomy (`Go`, `R`, `JS`, `ML`) must have a capital
//! in the text too, so `let's go` is never Go, except right between technical skills in a list of
//! tags (`python django go docker`); an all-capitals label that is a common short word in
//! lowercase (`OSS` / Swedish `oss`, `RAD` / `rad`, `SIP`, `IDE`) must be in capitals, and a
//! mixed-case one (`SAFe`) needs its inner capital (`keep employees safe` is not SAFe).
//!
//! # Ambiguous names
//! Plain-word labels (`Go`, `Java`, `node`, `Finnish`, `suomi`) of skills marked `ambiguous` in
//! the taxonomy, and every single-letter label, are kept only in context; other labels of the
//! same skills are unmistakable (`Node.js`, `golang`, `Spring Framework`, `suomen kieli`,
//! `Excelkunskaper`). The
//! context of technical skills is:
//! - a hyphen compound decides alone: `Go-kehittäjä` and `R-ohjelmointi` are kept, `C-level`
//!   and `Go-to` never;
//! - a cue word (programming, language, developer, experience, kehittäjä, ohjelmointi,
//!   osaaminen, utvecklare, programmering, ...) within four words in the same sentence; or
//! - an unambiguous technical skill (kind knowledge or skill) within six words in the same
//!   sentence; or
//! - a list: mentions joined by `,` `/` `|` `;` bullets or and/or/ja/tai/sekä/och/eller (a
//!   version number may follow an item: `Java 11 and Spring`) form a chain; a chain with an
//!   accepted technical member, or with two technical members and a punctuation separator
//!   (`Go, Rust`) or a line of its own without conjunctions (`Spring Scala`), keeps all its
//!   ambiguous technical members.
//!
//! Human languages (`English`, `englanti`, `finska`) work the same way with their own cue words
//! (speak, fluent, native, written, puhut, sujuva, taito, talar, flytande, ...), other language
//! mentions nearby and lists (`You speak English and Finnish`: the cue anchors the list).
//!
//! # Caching
//! [`Taxonomy`] lives in `model.rs` and has no room for a cached extractor, so
//! [`Taxonomy::extractor`] keeps built extractors in a process-wide map keyed by the taxonomy's
//! fingerprint (a hash of its data file): one extractor per distinct taxonomy file, built on first
//! use and kept for the life of the process (the embedded taxonomy plus perhaps one configured
//! file). Code that builds many throw-away taxonomies should call [`Extractor::new`] instead.

use crate::model::{Lang, Skill, SkillIndex, SkillKind, Taxonomy};
use crate::spans::SpanModel;
use crate::tagger::{Tagger, UnmappedMention};
use aho_corasick::{AhoCorasick, MatchKind};
use kohtaanto_domain::SkillMention;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

/// A Finnish stem must keep at least this many characters (`tietokant`), to avoid false hits.
const MIN_STEM_CHARS: usize = 5;
/// Longest glued ending (in bytes) considered after a label.
const MAX_ENDING_BYTES: usize = 24;
/// Skills less specific than this (broad fields: `frontend`, `DevOps`, `agile`, `security`) are
/// not kept when a role or team noun follows them (see [`ROLE_NOUNS`]); specific technologies are
/// (`Java developer` needs Java).
const ROLE_MODIFIER_SPECIFICITY: f64 = 0.7;
/// Nouns (singular, lowercase) naming a person's role or a team (English).
const ROLE_NOUNS: &[&str] = &[
    "developer",
    "engineer",
    "architect",
    "administrator",
    "admin",
    "specialist",
    "expert",
    "consultant",
    "programmer",
    "tester",
    "designer",
    "analyst",
    "team",
    "squad",
    "mindset",
    "culture",
];
/// Cue words are looked for this many words before and after an ambiguous mention.
const CUE_WINDOW_WORDS: usize = 5;
/// An unambiguous skill this many words away (same sentence) gives tech context.
const NEARBY_SKILL_WORDS: usize = 6;
/// Context is never looked for further than this many bytes away.
const MAX_CONTEXT_BYTES: usize = 160;

/// Words that make an ambiguous skill name technical when near it (word prefixes, lowercase).
const TECH_CUES: &[&str] = &[
    // English
    "program",
    "language",
    "develop",
    "engineer",
    "coding",
    "code",
    "framework",
    "librar",
    "stack",
    "backend",
    "frontend",
    "fullstack",
    "software",
    "experience",
    "proficien",
    "knowledge",
    "skill",
    "script",
    "compil",
    "devops",
    "microservice",
    "api",
    "sdk",
    "runtime",
    "syntax",
    "toolchain",
    "expert",
    "tech",
    "tool",
    "exposure",
    "familiar",
    "understanding",
    "competen",
    "version",
    // Finnish
    "kehittä",
    "kehity",
    "ohjelm",
    "koodi",
    "koodaa",
    "koodau",
    "osaa",
    "kokemu",
    "kiel",
    "taito",
    "taido",
    "sovellu",
    "rajapin",
    "ympärist",
    "kirjasto",
    "tuntemus",
    "työkalu",
    "tekni",
    "teknolog",
    // Swedish
    "utveckl",
    "språk",
    "erfarenhet",
    "kunskap",
    "kod",
    "ramverk",
    "bibliotek",
    "kompetens",
    "verktyg",
];

/// Words that make an ambiguous name of a human language (`English`, `suomi`, `finska`) a
/// language skill when near it (word prefixes, lowercase).
const LANGUAGE_CUES: &[&str] = &[
    // English
    "speak",
    "spoken",
    "fluen",
    "native",
    "written",
    "oral",
    "proficien",
    "language",
    "bilingual",
    "skill",
    "knowledge",
    "requir",
    "level",
    "command",
    "cefr",
    "communicat",
    // Finnish
    "kiel",
    "taito",
    "taido",
    "puhu",
    "sujuv",
    "kirjalli",
    "suullis",
    "äidinkiel",
    "hallit",
    "osaa",
    "vaadi",
    "taso",
    "kommunik",
    "erinomai",
    // Swedish
    "språk",
    "tala",
    "flytande",
    "modersmål",
    "skriftlig",
    "muntlig",
    "kunskap",
    "behärsk",
    "nivå",
    "kommunic",
    "krav",
];

/// Words that join the items of a list.
const CONJUNCTIONS: &[&str] = &["and", "or", "ja", "tai", "sekä", "och", "eller", "samt"];

/// Swedish definite and genitive endings, for lowercase and Swedish-only labels.
const SV_BASIC_ENDINGS: &[&str] = &["en", "n", "et", "t", "s", "ens", "ets", "ns", "ts"];
/// Swedish plural endings, for Swedish-only labels (`databaser`, `databaserna`).
const SV_PLURAL_ENDINGS: &[&str] =
    &["er", "ar", "or", "r", "na", "erna", "arna", "orna", "ers", "ars", "ors", "ernas", "arnas", "ornas"];
/// Swedish plural of `-a` nouns, after the stem without `a`.
const SV_A_ENDINGS: &[&str] = &["or", "orna", "ornas"];
/// English plural endings, for lowercase English labels.
const EN_PLURAL_ENDINGS: &[&str] = &["s", "es"];
/// English `-y` plural, after the stem without `y`.
const EN_Y_ENDINGS: &[&str] = &["ies"];

/// Finnish case endings (optionally after the linking vowel `i`) with optional clitics:
/// `Pythonilla`, `Kubernetesin`, `Javaa`, `Reactia`, `Dockerillakin`.
static FI_ENDINGS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    const DIRECT: &[&str] = &[
        "", "n", "a", "ä", "ta", "tä", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä", "sta", "stä", "ksi",
        "na", "nä", "t", "in", "an", "en", "on", "un", "yn", "än", "ön", "hin", "seen", "ja", "jä", "ineen",
        "tta", "ttä",
    ];
    const AFTER_I: &[&str] = &[
        "n", "a", "ä", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä",
        "in", "t", "ta", "tä", "den", "tten", "hin", "ja", "jä", "ineen",
    ];
    const CLITICS: &[&str] = &["", "kin", "kaan", "kään"];
    let mut endings = HashSet::new();
    for clitic in CLITICS {
        for case in DIRECT {
            endings.insert(format!("{case}{clitic}"));
        }
        for case in AFTER_I {
            endings.insert(format!("i{case}{clitic}"));
        }
    }
    endings.remove("");
    endings
});

/// What may follow a pattern inside the same word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// A whole label: nothing, or a Finnish ending, or the endings the flags allow, or digits.
    Word {
        /// English plural endings.
        en_plural: bool,
        /// Swedish definite endings.
        sv_basic: bool,
        /// Swedish plural endings.
        sv_plural: bool,
    },
    /// A Finnish stem: a vowel-initial ending must follow (or one starting with `t` if allowed).
    FiStem {
        /// Also accept an ending starting with `t` (`koneoppimis-ta`).
        allow_t: bool,
    },
    /// A Finnish stem that needs a Finnish case ending (`suome-a`, `suome-n` for `suomi`).
    FiCase,
    /// A stem that needs one of these endings.
    Endings(&'static [&'static str]),
}

/// One skill a pattern stands for, and how.
#[derive(Debug, Clone, Copy)]
struct Target {
    skill: SkillIndex,
    rule: Rule,
    /// 0 preferred label, 1 alias, 2 generated variant, 3 stem: lower wins a tie.
    priority: u8,
    /// A short capitalised label (`Go`, `R`, `JS`): the text must contain a capital.
    needs_capital: bool,
    /// An all-capitals label that is also a common word in lowercase (`OSS`: Swedish `oss`,
    /// `RAD`, `SIP`): the text must be in capitals too.
    needs_all_caps: bool,
    /// A label with inner capitals that is a common word in lowercase (`SAFe`: `safe`): the
    /// text must have an inner capital and a lowercase letter too.
    needs_exact_case: bool,
    /// An all-capitals label (`SQL`, `IDE`, `SAN`): no glued letters but an English plural `s`
    /// after capitals (`APIs`), so `idea` and `sana` are not `IDE` and `SAN`.
    acronym: bool,
    /// This label needs context: the skill is marked ambiguous and the label is a plain word
    /// (`Go`, `Java`, `node`), or the label is a single character (`C`, `R`). Labels such as
    /// `Node.js`, `golang`, `ReactJS` or `Spring Framework` are unambiguous.
    ambiguous: bool,
}

/// One compiled pattern.
#[derive(Debug, Clone)]
struct PatternInfo {
    /// The pattern ends with a letter or digit (so word boundaries apply after it).
    last_is_word: bool,
    /// Shorter than three characters: no glued endings.
    short: bool,
    /// Range into `Extractor::targets`.
    targets: (u32, u32),
}

/// Per-skill facts extraction needs.
#[derive(Debug, Clone)]
struct SkillInfo {
    id: String,
    domain: Domain,
    /// Below [`ROLE_MODIFIER_SPECIFICITY`]: a broad field, dropped when it names a role or team.
    broad: bool,
}

/// What kind of context makes an ambiguous name of a skill count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Domain {
    /// Knowledge and skills: technical cue words, other technical skills.
    Technical,
    /// Human languages: language cue words (speak, fluent, puhut, talar...), other languages.
    Language,
    /// Transversal skills: technical cues only, never context for others.
    Other,
}

/// Recognises the skills of one taxonomy in free text. Build once (it compiles an automaton over
/// all labels) and share: it is `Send + Sync`. See the module documentation for the rules.
#[derive(Debug, Clone)]
pub struct Extractor {
    automaton: Option<AhoCorasick>,
    patterns: Vec<PatternInfo>,
    targets: Vec<Target>,
    skills: Vec<SkillInfo>,
    fingerprint: u64,
    /// Context model giving English mentions their confidence (see [`crate::spans`]).
    span_model: Option<Arc<SpanModel>>,
    /// Tagger proposing unmapped English Knowledge spans (see [`crate::tagger`]).
    tagger: Option<Arc<Tagger>>,
}

/// Collects patterns and their targets while an extractor is built.
#[derive(Default)]
struct PatternSet {
    ids: HashMap<String, usize>,
    patterns: Vec<String>,
    targets: Vec<Vec<Target>>,
}

impl PatternSet {
    fn add(&mut self, pattern: &str, target: Target) {
        if !pattern.chars().any(is_word_char) {
            return;
        }
        let id = match self.ids.get(pattern) {
            Some(&id) => id,
            None => {
                let id = self.patterns.len();
                self.ids.insert(pattern.to_string(), id);
                self.patterns.push(pattern.to_string());
                self.targets.push(Vec::new());
                id
            }
        };
        let list = &mut self.targets[id];
        match list.iter_mut().find(|t| t.skill == target.skill && t.rule == target.rule) {
            Some(existing) => {
                existing.priority = existing.priority.min(target.priority);
                existing.needs_capital &= target.needs_capital;
                existing.needs_all_caps &= target.needs_all_caps;
                existing.needs_exact_case &= target.needs_exact_case;
                existing.acronym &= target.acronym;
                existing.ambiguous &= target.ambiguous;
            }
            None => list.push(target),
        }
    }
}

impl Extractor {
    /// Build the extractor of a taxonomy.
    pub fn new(taxonomy: &Taxonomy) -> Extractor {
        let mut set = PatternSet::default();
        for skill in taxonomy.skills() {
            add_skill_patterns(&mut set, skill);
        }
        let patterns: Vec<PatternInfo> = {
            let mut start = 0u32;
            set.patterns
                .iter()
                .zip(&set.targets)
                .map(|(pattern, targets)| {
                    let end = start + targets.len() as u32;
                    let info = PatternInfo {
                        last_is_word: pattern.chars().next_back().is_some_and(is_word_char),
                        short: pattern.chars().count() < 3,
                        targets: (start, end),
                    };
                    start = end;
                    info
                })
                .collect()
        };
        let targets = set.targets.into_iter().flatten().collect();
        // Building fails only for absurdly large pattern sets; extraction then finds nothing.
        let automaton = AhoCorasick::builder().match_kind(MatchKind::Standard).build(&set.patterns).ok();
        let skills = taxonomy
            .skills()
            .iter()
            .map(|skill| SkillInfo {
                id: skill.id.clone(),
                domain: match skill.kind {
                    SkillKind::Knowledge | SkillKind::Skill => Domain::Technical,
                    SkillKind::Language => Domain::Language,
                    SkillKind::Transversal => Domain::Other,
                },
                broad: skill.specificity < ROLE_MODIFIER_SPECIFICITY,
            })
            .collect();
        Extractor {
            automaton,
            patterns,
            targets,
            skills,
            fingerprint: taxonomy.fingerprint(),
            span_model: SpanModel::embedded(),
            tagger: Tagger::embedded(),
        }
    }

    /// This extractor with another context model (None: every mention gets confidence 1).
    pub fn with_span_model(mut self, model: Option<Arc<SpanModel>>) -> Extractor {
        self.span_model = model;
        self
    }

    /// Use `tagger` for unmapped mentions (None: report none).
    pub fn with_tagger(mut self, tagger: Option<Arc<Tagger>>) -> Extractor {
        self.tagger = tagger;
        self
    }

    /// Unmapped skill mentions of `text`: Knowledge spans the tagger proposes where none of
    /// `mentions` (this extractor's output for `text`) overlaps. Only English text has them.
    pub fn unmapped(
        &self,
        taxonomy: &Taxonomy,
        text: &str,
        mentions: &[SkillMention],
    ) -> Vec<UnmappedMention> {
        match &self.tagger {
            Some(tagger) if !text.is_empty() && detect_language(text) == Lang::En => {
                tagger.unmapped(taxonomy, text, mentions)
            }
            _ => Vec::new(),
        }
    }

    /// Number of compiled patterns (labels, aliases, variants and stems).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Skills mentioned in `text`, in order of appearance, non-overlapping (longest match wins),
    /// with byte offsets into the UTF-8 input (`text == &input[start..end]`); `label` is the
    /// preferred label in `label_lang` (or the detected language when None; a missing label falls
    /// back to English). A skill mentioned twice is reported twice. `taxonomy` must be the one
    /// the extractor was built from (another one is tolerated: skills are then looked up by id
    /// and unknown ones skipped).
    pub fn extract(&self, taxonomy: &Taxonomy, text: &str, label_lang: Option<Lang>) -> Vec<SkillMention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        if text.is_empty() {
            return Vec::new();
        }
        let normalized = Normalized::new(text);
        let mut candidates = self.candidates(automaton, &normalized);
        if candidates.is_empty() {
            return Vec::new();
        }
        let selected = select_leftmost_longest(&mut candidates);
        let mut keep = resolve_ambiguity(&normalized.text, &selected);
        for (candidate, keep) in selected.iter().zip(keep.iter_mut()) {
            if *keep
                && self.skills.get(candidate.skill as usize).is_some_and(|info| info.broad)
                && names_a_role(&normalized.text, candidate.end)
            {
                *keep = false;
            }
        }
        if !keep.contains(&true) {
            return Vec::new();
        }
        let lang = label_lang.unwrap_or_else(|| detect_language(text));
        let kept: Vec<&Candidate> =
            selected.iter().zip(keep).filter(|(_, keep)| *keep).map(|(c, _)| c).collect();
        let mentions: Vec<SkillMention> = kept
            .iter()
            .enumerate()
            .filter_map(|(i, candidate)| {
                let skill = self.resolve(taxonomy, candidate.skill)?;
                let previous_end =
                    i.checked_sub(1).and_then(|j| kept.get(j)).map_or(0, |previous| previous.end);
                let start = match candidate.domain {
                    Domain::Technical => Some(modifier_start(&normalized.text, candidate.start))
                        .filter(|&s| s >= previous_end)
                        .unwrap_or(candidate.start),
                    Domain::Language | Domain::Other => candidate.start,
                };
                let start = normalized.original_start(start);
                let end = match candidate.domain {
                    Domain::Technical => {
                        let end = version_end(&normalized.text, candidate.end);
                        let next_start = kept.get(i + 1).map_or(usize::MAX, |next| next.start);
                        Some(head_noun_end(&normalized.text, end)).filter(|&e| e <= next_start).unwrap_or(end)
                    }
                    Domain::Language | Domain::Other => candidate.end,
                };
                let end = normalized.original_end(end);
                let matched = text.get(start..end).filter(|m| !m.is_empty())?;
                Some(SkillMention {
                    skill: skill.id.clone(),
                    label: skill.labels.get(lang).to_string(),
                    start,
                    end,
                    text: matched.to_string(),
                    confidence: 1.0,
                })
            })
            .collect();
        let mut mentions = merge_parenthesised_synonyms(text, mentions);
        // The model applies to English text; without a label language, `lang` already is the
        // text's detected language.
        if let Some(model) = &self.span_model
            && label_lang.map_or(lang, |_| detect_language(text)) == Lang::En
        {
            let confidences = model.confidences(taxonomy, text, &mentions);
            for (mention, confidence) in mentions.iter_mut().zip(confidences) {
                mention.confidence = confidence;
            }
        }
        mentions
    }

    /// The taxonomy skill of one of our indexes.
    fn resolve<'t>(&self, taxonomy: &'t Taxonomy, index: SkillIndex) -> Option<&'t Skill> {
        if taxonomy.fingerprint() == self.fingerprint {
            taxonomy.skills().get(index as usize)
        } else {
            taxonomy.get(&self.skills.get(index as usize)?.id)
        }
    }

    /// Every pattern match that passes the boundary and ending rules.
    fn candidates(&self, automaton: &AhoCorasick, normalized: &Normalized<'_>) -> Vec<Candidate> {
        let text = normalized.text.as_str();
        let mut out = Vec::new();
        for found in automaton.find_overlapping_iter(text) {
            let Some(pattern) = self.patterns.get(found.pattern().as_usize()) else {
                continue;
            };
            let (start, end) = (found.start(), found.end());
            let left = left_context(text, start);
            if left == Left::Reject {
                continue;
            }
            let right = right_context(text, end, pattern.last_is_word);
            if right == Right::Reject {
                continue;
            }
            let (first, last) = (pattern.targets.0 as usize, pattern.targets.1 as usize);
            for target in self.targets.get(first..last).unwrap_or_default() {
                let ending =
                    Ending { short: pattern.short, acronym: target.acronym, single: end - start == 1 };
                let Some(span_end) = accept_ending(text, end, right, target.rule, ending) else {
                    continue;
                };
                let Some(info) = self.skills.get(target.skill as usize) else {
                    continue;
                };
                // A short capitalised name in lowercase (`go`, `r`, `js`) is only a candidate that a
                // list of skills right around it can confirm (`python django go docker`).
                let mut weak_case = false;
                if (target.needs_capital
                    || target.needs_all_caps
                    || target.needs_exact_case
                    || target.acronym)
                    && !case_fits(normalized.original(start, end), target)
                {
                    if !target.needs_capital || target.needs_all_caps || target.needs_exact_case {
                        continue;
                    }
                    weak_case = true;
                }
                if target.acronym && span_end > end {
                    // Digits (`HL7`, `S3`) or a plural `s` after capitals (`APIs`, not `apis`).
                    let ending = normalized.original(end, span_end);
                    let capitals = || normalized.original(start, end).chars().all(|c| !c.is_lowercase());
                    if !(ending.bytes().all(|b| b.is_ascii_digit()) || (ending == "s" && capitals())) {
                        continue;
                    }
                }
                if target.ambiguous && left == Left::AfterCompoundHyphen {
                    continue;
                }
                let compound_cue = match right {
                    Right::Hyphen { tail } if target.ambiguous && span_end == end => {
                        Some(starts_with_cue(word_at(text, tail), info.domain))
                    }
                    _ => None,
                };
                out.push(Candidate {
                    start,
                    end: span_end,
                    skill: target.skill,
                    priority: target.priority,
                    ambiguous: target.ambiguous,
                    domain: info.domain,
                    after_compound_hyphen: left == Left::AfterCompoundHyphen,
                    compound_cue,
                    weak_case,
                });
            }
        }
        out
    }
}

impl Taxonomy {
    /// The [`Extractor`] of this taxonomy, built on first use and cached for the life of the
    /// process in a map keyed by the taxonomy's fingerprint (see the module documentation).
    pub fn extractor(&self) -> &'static Extractor {
        static CACHE: LazyLock<Mutex<HashMap<(u64, usize), &'static Extractor>>> =
            LazyLock::new(|| Mutex::new(HashMap::new()));
        let key = (self.fingerprint(), self.len());
        let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&extractor) = cache.get(&key) {
            return extractor;
        }
        let extractor: &'static Extractor = Box::leak(Box::new(Extractor::new(self)));
        cache.insert(key, extractor);
        extractor
    }
}

/// The matched text has the capitals its label asks for.
fn case_fits(matched: &str, target: &Target) -> bool {
    if target.needs_all_caps {
        return matched.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    }
    if target.needs_exact_case {
        return matched.chars().skip(1).any(char::is_uppercase) && matched.chars().any(char::is_lowercase);
    }
    if target.acronym && !target.needs_capital {
        // `SQL`, `sql` and `Sql` all pass; only glued endings check the case (`APIs`).
        return true;
    }
    matched.chars().any(char::is_uppercase)
}

/// Common short words of English, Finnish and Swedish. An all-capitals label that is one of
/// them in lowercase (`OSS`, `RAD`, `ROS`, `SIP`, `CAD`, `ELK`, `IDE`, `SAP`) only matches in
/// capitals.
static COMMON_SHORT_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    const WORDS: &str = "\
        a an and are as at be but by can do for go has he her his how i if in is it its me my no not of \
        on or our out she so than that the them then they this to up us was we who why will with you \
        your all any ask big bad did end few fit get got had let lot man may new now off old one own put \
        run say see set sit six ten top two use way yes yet age aid aim air art ash bag bat bed bet bit \
        bow box boy bus buy cab cad cam can cap car cat cow cry cub cue cup cut dam day den dew die dig \
        dim doc dog dot dry dub due ear eat egg ego elk end era eve eye fan far fat fax fee fig fin fix \
        flu fly fog fox fun fur gap gas gel gem gig gum gun gut guy gym ham hat hay hen hip hit hog hop \
        hot hub hue hug hum ice icy ill ink inn ion jam jar jaw jet job jog joy key kid kin kit lab lad \
        lap law lay leg lid lie lip log low mad map mat men mid mix mob mod mop mud mug nap net nod nor \
        nut oak oar oat odd ode oil opt orb ore owl pad pal pan pat paw pay pea peg pen pet pie pig pin \
        pit pod pop pot pro pub pun rag ram rat raw ray red rib rid rig rim rip rob rod rot row rub rug \
        sad sap saw sea sew sex shy sin sip sir sit ski sky sly sob son soy spa spy sub sue sum sun tab \
        tag tan tap tar tax tea tee tie tin tip toe ton too toy try tub tug van vat vet vow war wax web \
        wet wig win wit won yak yam yaw zip zoo also back been best both call came come data does done \
        down each even ever face fact fast feel fine form free from full gave give good hand have here \
        high hold home hope idea into just keep kind know last late lead left less life like line list \
        live long look lose lost love made main make many mean meet mind more most move much must name \
        near need next nice once only open over part pass past plan play read real rest rich role room \
        rule safe same save seem self send show side sign site size some soon stay step stop sure take \
        talk team tell term test text than that time tool tour town tree true turn type unit upon used \
        user very view vote wait walk want week well went were what when whom wide wife wish word work \
        year zero \
        ja on ei se ne me te he hän nyt jo vai voi saa käy tee tuo pois eli ns kun jos kuin tai sekä \
        että niin myös vain koko oma uusi iso hyvä työ aika tie maa vesi ilo ala osa asia sana tapa \
        malli kuva alle yli eri mies nais yö päivä ovi uni ero alku loppu juna auto talo koti kala kuu \
        hai ari esa ilta tuki sali tila tulo tuli hinta arvo taso raja \
        och att det som en ett är av för på med till den har de inte om vi du man var sig men så kan \
        hon han jag nu här där då oss dem ni mig dig sin min din vår er ur vid mot ska ha bli när hur \
        vad vem alla rad ros sol dag tid år hem väg bil hus ord del sak gång fel nej tre fem sex sju \
        nio tio bra ny nya stor små god sen tag tar tog ge ger gav får gå går ser såg sa vet vill ner \
        upp ut in hos bak ide dom lag arm ben hav sjö is eld mat lön tjänst bas chef kund kurs lärare";
    WORDS.split_whitespace().collect()
});

/// Is a label of an ambiguous skill itself ambiguous? Plain words are (`Go`, `Java`, `node`,
/// `Finnish`, `suomi`, `SAS`); labels with spaces, punctuation, digits or inner capitals are not
/// (`Node.js`, `Spring Framework`, `suomen kieli`, `ReactJS`, `OpenJDK`), nor words ending in
/// `js` or `lang` (`nodejs`, `golang`, `rustlang`), nor compounds with a competence word
/// (`Excelkunskaper`).
fn plain_word_label(label: &str) -> bool {
    let label = label.trim();
    if !label.chars().all(char::is_alphabetic) {
        return false;
    }
    let all_caps = label.chars().all(char::is_uppercase);
    if !all_caps && label.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    let lower = label.to_lowercase();
    // A compound with a competence word is unmistakable (`Excelkunskaper`, `Scalaosaaminen`).
    let competence_compound = lower
        .char_indices()
        .filter(|&(i, _)| i >= 3)
        .any(|(i, _)| COMPOUND_TAILS.iter().any(|tail| lower[i..].starts_with(tail)));
    !(lower.ends_with("js") || lower.ends_with("lang") || competence_compound)
}

/// Add the patterns of one skill.
fn add_skill_patterns(set: &mut PatternSet, skill: &Skill) {
    let english: HashSet<String> = std::iter::once(&skill.labels.en)
        .chain(skill.aliases.en.iter())
        .map(|label| normalize_label(label))
        .collect();
    for lang in Lang::ALL {
        let preferred = std::iter::once((skill.labels.get(lang), 0u8));
        let aliases = skill.aliases.get(lang).iter().map(|alias| (alias.as_str(), 1u8));
        for (label, priority) in preferred.chain(aliases) {
            let form = normalize_label(label);
            if form.is_empty() {
                continue;
            }
            let native = lang != Lang::En && !english.contains(&form);
            let lowercase_label = !label.chars().any(char::is_uppercase);
            let word_rule = Rule::Word {
                en_plural: lang == Lang::En && lowercase_label,
                sv_basic: lowercase_label || (lang == Lang::Sv && native),
                sv_plural: lang == Lang::Sv && native,
            };
            let trimmed = label.trim();
            let alnum_only = trimmed.chars().all(char::is_alphanumeric);
            let alnum_chars = trimmed.chars().count();
            let has_capital = trimmed.chars().any(char::is_uppercase);
            let acronym = alnum_only
                && alnum_chars >= 2
                && has_capital
                && trimmed.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            let inner_capital = trimmed.chars().skip(1).any(char::is_uppercase);
            let target = Target {
                skill: skill.index,
                rule: word_rule,
                priority,
                needs_capital: alnum_only && alnum_chars <= 2 && has_capital,
                needs_all_caps: acronym && COMMON_SHORT_WORDS.contains(form.as_str()),
                needs_exact_case: alnum_only
                    && !acronym
                    && inner_capital
                    && COMMON_SHORT_WORDS.contains(form.as_str()),
                acronym,
                ambiguous: form.chars().count() == 1 || (skill.ambiguous && plain_word_label(label)),
            };
            set.add(&form, target);
            for variant in punctuation_variants(&form) {
                set.add(&variant, Target { priority: 2, ..target });
            }
            // Tokenised text writes a leading dot as a word of its own (`. NET Core`).
            if let Some(rest) = form.strip_prefix('.')
                && rest.starts_with(is_word_char)
            {
                set.add(&format!(". {rest}"), Target { priority: 2, ..target });
            }
            let stem_target = |rule| Target {
                rule,
                priority: 3,
                needs_capital: false,
                needs_all_caps: false,
                needs_exact_case: false,
                acronym: false,
                ..target
            };
            match lang {
                Lang::Fi if native => {
                    for (pattern, rule) in finnish_forms(&form) {
                        let t = if matches!(rule, Rule::Word { .. }) {
                            Target { rule: word_rule, priority: 2, ..target }
                        } else {
                            stem_target(rule)
                        };
                        set.add(&pattern, t);
                    }
                }
                Lang::Sv if native => {
                    for (pattern, rule) in swedish_forms(&form) {
                        let t = if matches!(rule, Rule::Word { .. }) {
                            Target { rule: word_rule, priority: 2, ..target }
                        } else {
                            stem_target(rule)
                        };
                        set.add(&pattern, t);
                    }
                }
                Lang::En if lowercase_label => {
                    for (pattern, rule) in english_forms(&form) {
                        let t = if matches!(rule, Rule::Word { .. }) {
                            Target { rule: word_rule, priority: 2, ..target }
                        } else {
                            stem_target(rule)
                        };
                        set.add(&pattern, t);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The rule marker used by the `*_forms` helpers for extra whole-word forms.
const WORD: Rule = Rule::Word { en_plural: false, sv_basic: false, sv_plural: false };

fn is_finnish_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö')
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// `s` without its last character.
fn drop_last(s: &str) -> &str {
    s.char_indices().next_back().map_or(s, |(i, _)| &s[..i])
}

/// Extra forms of a Finnish label: singular of a plural, and stems.
fn finnish_forms(form: &str) -> Vec<(String, Rule)> {
    let mut out = Vec::new();
    let mut words = vec![form.to_string()];
    let without_t = form.strip_suffix('t').unwrap_or(form);
    if without_t.len() < form.len()
        && char_count(form) >= 6
        && without_t.chars().next_back().is_some_and(is_finnish_vowel)
    {
        out.push((without_t.to_string(), WORD));
        words.push(without_t.to_string());
    }
    let mut stems: Vec<(String, Rule)> = Vec::new();
    for word in &words {
        let Some(last) = word.chars().next_back() else { continue };
        if last == 'i' {
            // Old words change -i to -e before endings: suomi -> suomea, suomen, suomessa; with
            // consonant gradation in the weak grade: IT-tuki -> IT-tuen, IT-tuessa.
            let base = drop_last(word);
            stems.push((format!("{base}e"), Rule::FiCase));
            for graded in gradations(base).into_iter().chain(single_gradation(base)) {
                stems.push((format!("{graded}e"), Rule::FiCase));
            }
        }
        if is_finnish_vowel(last) {
            let stem = drop_last(word);
            stems.push((stem.to_string(), Rule::FiStem { allow_t: false }));
            for graded in gradations(stem) {
                stems.push((graded, Rule::FiStem { allow_t: false }));
            }
        }
        if let Some(base) = word.strip_suffix("uus").or_else(|| word.strip_suffix("yys")) {
            let vowel = &word[base.len()..base.len() + 1];
            stems.push((format!("{base}{vowel}{vowel}d"), Rule::FiStem { allow_t: false }));
            stems.push((format!("{base}{vowel}{vowel}t"), Rule::FiStem { allow_t: true }));
        } else if ["us", "ys", "os", "ös"].iter().any(|ending| word.ends_with(ending)) {
            stems.push((format!("{}ks", drop_last(word)), Rule::FiStem { allow_t: false }));
        }
        if let Some(base) = word.strip_suffix("nen")
            && char_count(word) >= 7
        {
            stems.push((format!("{base}s"), Rule::FiStem { allow_t: true }));
        }
    }
    out.extend(stems.into_iter().filter(|(stem, _)| char_count(stem) >= MIN_STEM_CHARS));
    out
}

/// Consonant gradation variants of a Finnish stem (`tietokant` <-> `tietokann`).
fn gradations(stem: &str) -> Vec<String> {
    const STRONG_TO_WEAK: &[(&str, &str)] = &[
        ("nt", "nn"),
        ("nk", "ng"),
        ("mp", "mm"),
        ("lt", "ll"),
        ("rt", "rr"),
        ("tt", "t"),
        ("kk", "k"),
        ("pp", "p"),
    ];
    // `d` -> `t`: the strong grade of a weak-grade plural label (vuorovaikutustaidot ->
    // vuorovaikutustaitoja).
    const WEAK_TO_STRONG: &[(&str, &str)] = &[("nn", "nt"), ("ng", "nk"), ("mm", "mp"), ("d", "t")];
    let mut out = Vec::new();
    for (from, to) in STRONG_TO_WEAK.iter().chain(WEAK_TO_STRONG) {
        if let Some(base) = stem.strip_suffix(from) {
            out.push(format!("{base}{to}"));
        }
    }
    out
}

/// The weak grade of a single `k`, `p` or `t` after a vowel (`tuk` -> `tu`, `tup` -> `tuv`,
/// `pöyt` -> `pöyd`), for the `-e` case stem of `-i` words only (`IT-tuki` -> `IT-tuessa`).
fn single_gradation(stem: &str) -> Option<String> {
    let mut chars = stem.chars().rev();
    let consonant = chars.next()?;
    let before = chars.next()?;
    if !is_finnish_vowel(before) {
        return None;
    }
    let base = drop_last(stem);
    match consonant {
        'k' => Some(base.to_string()),
        'p' => Some(format!("{base}v")),
        't' => Some(format!("{base}d")),
        _ => None,
    }
}

/// Extra forms of a Swedish label: singular of an `-er` plural, `-a` nouns' plural stem.
fn swedish_forms(form: &str) -> Vec<(String, Rule)> {
    let mut out = Vec::new();
    let mut words = vec![form.to_string()];
    if let Some(singular) = form.strip_suffix("er")
        && char_count(form) >= 7
    {
        out.push((singular.to_string(), WORD));
        words.push(singular.to_string());
    }
    for word in &words {
        if let Some(stem) = word.strip_suffix('a')
            && char_count(stem) >= MIN_STEM_CHARS
        {
            out.push((stem.to_string(), Rule::Endings(SV_A_ENDINGS)));
        }
    }
    out
}

/// Extra forms of a lowercase English label: singular of a plural, `-y` plural stem.
fn english_forms(form: &str) -> Vec<(String, Rule)> {
    let mut out = Vec::new();
    let mut words = vec![form.to_string()];
    if let Some(singular) = form.strip_suffix('s')
        && char_count(form) >= 6
        // `electronics`, `analytics`: the singular is an adjective (`electronic health records`).
        && !["ss", "is", "us", "ics"].iter().any(|ending| form.ends_with(ending))
    {
        out.push((singular.to_string(), WORD));
        words.push(singular.to_string());
    }
    for word in &words {
        if let Some(stem) = word.strip_suffix('y')
            && char_count(stem) >= 4
            && stem.chars().next_back().is_some_and(|c| c.is_alphabetic() && !"aeiou".contains(c))
        {
            out.push((stem.to_string(), Rule::Endings(EN_Y_ENDINGS)));
        }
    }
    out
}

/// `node.js` -> `nodejs`, `node js`, `node-js`, for labels with separators between words.
fn punctuation_variants(form: &str) -> Vec<String> {
    const SEPARATORS: [char; 4] = ['.', '-', '/', ' '];
    let chars: Vec<char> = form.chars().collect();
    let inner = |i: usize| {
        i > 0
            && i + 1 < chars.len()
            && SEPARATORS.contains(&chars[i])
            && is_word_char(chars[i - 1])
            && is_word_char(chars[i + 1])
    };
    let separator_count = (0..chars.len()).filter(|&i| inner(i)).count();
    if separator_count == 0 || separator_count > 3 || !chars.first().is_some_and(|&c| is_word_char(c)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for replacement in [None, Some(' '), Some('-')] {
        let variant: String = chars
            .iter()
            .enumerate()
            .filter_map(|(i, &c)| if inner(i) { replacement } else { Some(c) })
            .collect();
        if variant != form && char_count(&variant) >= 4 {
            out.push(variant);
        }
    }
    out
}

/// A candidate mention, in positions of the normalized text.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    skill: SkillIndex,
    priority: u8,
    ambiguous: bool,
    domain: Domain,
    /// Right after `word-`: the tail of a compound.
    after_compound_hyphen: bool,
    /// Directly followed by `-tail`: whether the tail is a tech cue (ambiguous skills only).
    compound_cue: Option<bool>,
    /// Written without the capital its short label needs (`go`, `r`): kept only between
    /// technical skills (`python go django`).
    weak_case: bool,
}

/// Non-overlapping candidates: leftmost first, then longest, then best priority.
fn select_leftmost_longest(candidates: &mut [Candidate]) -> Vec<Candidate> {
    candidates.sort_unstable_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.priority.cmp(&b.priority))
            .then(a.skill.cmp(&b.skill))
    });
    let mut selected: Vec<Candidate> = Vec::new();
    let mut covered_until = 0;
    for candidate in candidates.iter() {
        if candidate.start < covered_until && !selected.is_empty() {
            continue;
        }
        // `Python-ohjelmointi`: the tail of a compound whose head is a skill is not a mention.
        if candidate.after_compound_hyphen
            && selected.last().is_some_and(|head| head.end + 1 == candidate.start)
        {
            continue;
        }
        covered_until = candidate.end;
        selected.push(*candidate);
    }
    selected
}

/// Which of the selected candidates to keep: unambiguous ones always, ambiguous ones in context.
fn resolve_ambiguity(text: &str, selected: &[Candidate]) -> Vec<bool> {
    let mut keep: Vec<bool> = selected.iter().map(|c| !c.ambiguous && !c.weak_case).collect();
    if selected.iter().all(|c| !c.ambiguous && !c.weak_case) {
        return keep;
    }
    let mut vetoed = vec![false; selected.len()];
    for (i, _) in selected.iter().enumerate().filter(|(_, c)| c.weak_case) {
        keep[i] = between_technical_skills(text, selected, i);
        vetoed[i] = !keep[i];
    }
    let mut words = Vec::new();
    for (i, candidate) in selected.iter().enumerate().filter(|(_, c)| c.ambiguous && !c.weak_case) {
        if let Some(tail_is_cue) = candidate.compound_cue {
            keep[i] = tail_is_cue;
            vetoed[i] = !tail_is_cue;
            continue;
        }
        keep[i] = cue_nearby(text, candidate, &mut words) || same_domain_skill_nearby(text, selected, i);
    }
    // Lists: `Go, Rust and Kubernetes`.
    let mut chain_start = 0;
    let mut strong = false;
    let mut conjunction = false;
    for i in 0..selected.len() {
        let link = selected.get(i + 1).and_then(|next| {
            text.get(selected[i].end..next.start)
                .and_then(list_link)
                .filter(|_| next.start >= selected[i].end)
        });
        if let Some(is_strong) = link {
            strong |= is_strong;
            let gap = text.get(selected[i].end..selected[i + 1].start).unwrap_or_default();
            conjunction |= gap.chars().any(char::is_alphabetic);
            continue;
        }
        for domain in [Domain::Technical, Domain::Language] {
            // Ambiguous transversal names ride along with technical lists.
            let member = |c: &Candidate| {
                c.domain == domain
                    || (domain == Domain::Technical && c.domain == Domain::Other && c.ambiguous)
            };
            let chain = chain_start..=i;
            let anchored = chain.clone().any(|j| keep[j] && selected[j].domain == domain);
            // A lowercase short name that its neighbours did not confirm is no member.
            let members = chain.clone().filter(|&j| member(&selected[j]) && !vetoed[j]).count();
            // Unanchored lists need a punctuation separator (`Go, Rust`) or a line of their own
            // without conjunctions (`Spring Java`, a line of tags): `Suomessa ja Ruotsissa` is
            // "in Finland and Sweden", and `go and spring` may be prose.
            let own_line = || {
                !conjunction
                    && line_edge_before(text, selected[chain_start].start)
                    && line_edge_after(text, selected[i].end)
            };
            if anchored || (members >= 2 && (strong || own_line())) {
                for j in chain {
                    if selected[j].ambiguous && !vetoed[j] && member(&selected[j]) {
                        keep[j] = true;
                    }
                }
            }
        }
        chain_start = i + 1;
        strong = false;
        conjunction = false;
    }
    keep
}

/// Words after a number that make it a quantity, not a version (`Java 5 years`).
const QUANTITY_WORDS: &[&str] =
    &["year", "years", "yrs", "yr", "month", "months", "vuotta", "vuoden", "v", "kk", "år", "månader"];

/// Where a mention of a technical skill ends when a version number follows it: `Java 8`,
/// `Python 3.11`, `Angular 2+`, `SQL Server 2019`, `PHP v8` take the number into the span (the
/// SkillSpan convention, and what the text says). A number followed by a unit is a quantity
/// (`Java 5 years`, `Python 3+ vuotta`) and a number glued to more text (`Java 8-luku`, `Go 1a`)
/// is something else; both leave the span as it was.
fn version_end(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let after_letter = end == 0 || bytes.get(end - 1).is_some_and(u8::is_ascii_alphabetic);
    if !after_letter || bytes.get(end) != Some(&b' ') {
        return end;
    }
    let mut pos = end + 1;
    if bytes.get(pos) == Some(&b'v') {
        pos += 1;
    }
    let digits_from = pos;
    while pos < bytes.len() && pos - digits_from < 12 {
        let b = bytes[pos];
        let dot_digit = b == b'.' && bytes.get(pos + 1).is_some_and(|n| n.is_ascii_digit() || *n == b'x');
        if b.is_ascii_digit() || dot_digit || (b == b'x' && pos > digits_from && bytes[pos - 1] == b'.') {
            pos += 1;
        } else {
            break;
        }
    }
    if pos == digits_from || !bytes[digits_from].is_ascii_digit() {
        return end;
    }
    if bytes.get(pos) == Some(&b'+') {
        pos += 1;
    }
    if bytes.get(pos).is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'%' | b'+'))
        || text.get(pos..).is_some_and(|rest| rest.starts_with(|c: char| !c.is_ascii() && is_word_char(c)))
    {
        return end;
    }
    let next = text.get(pos..).map(|rest| word_at(rest.trim_start_matches([' ', '+']), 0)).unwrap_or("");
    if QUANTITY_WORDS.contains(&next) {
        return end;
    }
    pos
}

/// English head nouns that make a technical mention the modifier of a noun phrase naming the same
/// thing (`Spring framework`, `Kubernetes environments`, `testing tools`, `microservice
/// architecture`, `cloud technologies`, `Agile principles`): the noun joins the span, as in
/// SkillSpan's annotation and as the text reads. Measured on the SkillSpan train split, each of
/// these ends an annotated span more often than not when it follows a mention; nouns that are
/// as often left out (`environment`, `services`, `platform`, `development`, `design`) or that name
/// something else (`experience`, `skills`, `developer`, `team`) are not listed.
const HEAD_NOUNS: &[&str] = &[
    "framework",
    "frameworks",
    "libraries",
    "architecture",
    "technologies",
    "tools",
    "principles",
    "environments",
    "ecosystem",
    "patterns",
    "systems",
    "methodologies",
    "certification",
];

/// Where a technical mention ending at `end` ends when one of the [`HEAD_NOUNS`] follows it
/// after one space (and nothing word-like is glued to the noun); otherwise `end`.
fn head_noun_end(text: &str, end: usize) -> usize {
    let Some(rest) = text.get(end..).and_then(|rest| rest.strip_prefix(' ')) else { return end };
    let word = word_at(rest, 0);
    if word.is_empty() || !HEAD_NOUNS.contains(&word) {
        return end;
    }
    let after = &rest[word.len()..];
    if after.starts_with(['-', '/', '_', '.', '+', '#']) && after[1..].starts_with(is_word_char) {
        return end;
    }
    end + 1 + word.len()
}

/// A name followed by its synonym in parentheses (`Amazon Web Services (AWS)`, `Continuous
/// Integration (CI)`, `DDD (Domain Driven Design)`) is one mention: the two mentions of the same
/// skill and the parentheses become one span (on SkillSpan train, 6 of 6 such pairs are one gold
/// span). The closing parenthesis joins the span when it follows the second mention directly or
/// after one space.
fn merge_parenthesised_synonyms(text: &str, mentions: Vec<SkillMention>) -> Vec<SkillMention> {
    let mut out: Vec<SkillMention> = Vec::with_capacity(mentions.len());
    for mention in mentions {
        if let Some(last) = out.last_mut()
            && last.skill == mention.skill
            && text.get(last.end..mention.start).is_some_and(|gap| gap.trim() == "(")
        {
            let rest = text.get(mention.end..).unwrap_or("");
            let close = if rest.starts_with(')') {
                1
            } else if rest.starts_with(" )") {
                2
            } else {
                0
            };
            let end = mention.end + close;
            if let Some(merged) = text.get(last.start..end) {
                last.end = end;
                last.text = merged.to_string();
                continue;
            }
        }
        out.push(mention);
    }
    out
}

/// English modifiers that SkillSpan, like the postings, treats as part of a technical phrase
/// (`modern programming languages`, `modern JavaScript`); measured on the train split.
const LEADING_MODIFIERS: &[&str] = &["modern"];

/// Where a technical mention starting at `start` starts when one of the [`LEADING_MODIFIERS`]
/// precedes it after one space (and the modifier starts a word); otherwise `start`.
fn modifier_start(text: &str, start: usize) -> usize {
    let Some(before) = text.get(..start).and_then(|before| before.strip_suffix(' ')) else { return start };
    for modifier in LEADING_MODIFIERS {
        if let Some(head) = before.strip_suffix(modifier)
            && !head.ends_with(is_word_char)
            && !head.ends_with(['-', '/', '_', '.', '+', '#'])
        {
            return head.len();
        }
    }
    start
}

/// A lowercase short name (`go`, `r`) right between unambiguous technical mentions, or right
/// after or before one at the edge of a line: a list of tags such as `python django go docker`.
fn between_technical_skills(text: &str, selected: &[Candidate], i: usize) -> bool {
    let me = &selected[i];
    // An ambiguous neighbour counts too (`react go` ending a line of tags): it is only kept
    // itself when the rest of the line makes it technical.
    let technical = |c: &Candidate| c.domain == Domain::Technical && !c.weak_case;
    let tight = |from: usize, to: usize| {
        to >= from
            && to - from <= 3
            && text
                .get(from..to)
                .is_some_and(|gap| gap.chars().all(|c| matches!(c, ' ' | ',' | '/' | '|' | ';')))
    };
    let before = i > 0 && technical(&selected[i - 1]) && tight(selected[i - 1].end, me.start);
    let after = selected.get(i + 1).is_some_and(|next| technical(next) && tight(me.end, next.start));
    (before && (after || line_edge_after(text, me.end))) || (after && line_edge_before(text, me.start))
}

/// Only separators between the start of the line and `pos`.
fn line_edge_before(text: &str, pos: usize) -> bool {
    for c in text.get(..pos).unwrap_or_default().chars().rev() {
        if c == '\n' {
            return true;
        }
        if is_word_char(c) {
            return false;
        }
    }
    true
}

/// Only separators between `pos` and the end of the line.
fn line_edge_after(text: &str, pos: usize) -> bool {
    for c in text.get(pos..).unwrap_or_default().chars() {
        if c == '\n' {
            return true;
        }
        if is_word_char(c) {
            return false;
        }
    }
    true
}

/// The text between two mentions joins them as list items: `Some(strong)` where strong means a
/// punctuation separator (`,` `/` `;` `|` or a bullet line) rather than only a conjunction.
fn list_link(gap: &str) -> Option<bool> {
    // A version number belongs to the item before it: `Java 11 and Spring`.
    let gap = match version_end(gap, 0) {
        0 => gap,
        end => &gap[end..],
    };
    if gap.len() > 24 {
        return None;
    }
    let mut strong = false;
    let mut newline = false;
    let mut bullet = false;
    let mut conjunctions = 0;
    let mut word_start = None;
    for (i, c) in gap.char_indices().chain(std::iter::once((gap.len(), ' '))) {
        if is_word_char(c) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            if !CONJUNCTIONS.contains(&&gap[start..i]) {
                return None;
            }
            conjunctions += 1;
            if conjunctions > 2 {
                return None;
            }
        }
        match c {
            ' ' => {}
            '\n' => newline = true,
            ',' | '/' | '|' | ';' => strong = true,
            '-' | '*' | '•' | '·' | '–' => bullet = true,
            '(' | ')' | '[' | ']' | '&' | '+' => {}
            _ => return None,
        }
    }
    if newline {
        // Only bullet lists continue over a line break.
        return bullet.then_some(true);
    }
    Some(strong)
}

fn starts_with_cue(word: &str, domain: Domain) -> bool {
    let cues = if domain == Domain::Language { LANGUAGE_CUES } else { TECH_CUES };
    !word.is_empty() && cues.iter().any(|cue| word.starts_with(cue))
}

/// A tech cue word within a few words before or after the mention, in the same sentence.
fn cue_nearby(text: &str, candidate: &Candidate, words: &mut Vec<(usize, usize)>) -> bool {
    words_before(text, candidate.start, CUE_WINDOW_WORDS, words);
    if words.iter().any(|&(s, e)| starts_with_cue(&text[s..e], candidate.domain)) {
        return true;
    }
    words_after(text, candidate.end, CUE_WINDOW_WORDS, words);
    words.iter().any(|&(s, e)| starts_with_cue(&text[s..e], candidate.domain))
}

/// An unambiguous mention of the same domain (technical for transversal names) within a few
/// words, in the same sentence.
fn same_domain_skill_nearby(text: &str, selected: &[Candidate], i: usize) -> bool {
    let me = &selected[i];
    let wanted = if me.domain == Domain::Language { Domain::Language } else { Domain::Technical };
    for other in selected[..i].iter().rev() {
        if !close_in_sentence(text, other.end, me.start) {
            break;
        }
        if other.domain == wanted && !other.ambiguous && !other.weak_case {
            return true;
        }
    }
    for other in &selected[i + 1..] {
        if !close_in_sentence(text, me.end, other.start) {
            break;
        }
        if other.domain == wanted && !other.ambiguous && !other.weak_case {
            return true;
        }
    }
    false
}

/// `text[from..to]` has no sentence boundary and at most [`NEARBY_SKILL_WORDS`] words.
fn close_in_sentence(text: &str, from: usize, to: usize) -> bool {
    if to < from {
        return true;
    }
    if to - from > MAX_CONTEXT_BYTES {
        return false;
    }
    let Some(gap) = text.get(from..to) else { return false };
    let bytes = gap.as_bytes();
    let boundary = bytes.iter().enumerate().any(|(i, &b)| {
        b == b'\n' || (matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|&n| n == b' '))
    });
    if boundary {
        return false;
    }
    let mut count = 0;
    let mut in_word = false;
    for c in gap.chars() {
        let word = is_word_char(c);
        if word && !in_word {
            count += 1;
        }
        in_word = word;
    }
    count <= NEARBY_SKILL_WORDS
}

fn is_sentence_end(c: char, next: Option<char>) -> bool {
    c == '\n' || (matches!(c, '.' | '!' | '?') && next.is_none_or(|n| n == ' ' || n == '\n'))
}

/// Up to `max` words before `pos` (nearest first), stopping at a sentence boundary.
fn words_before(text: &str, pos: usize, max: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut word: Option<(usize, usize)> = None;
    let mut next: Option<char> = None;
    let from = floor_char_boundary(text, pos.saturating_sub(MAX_CONTEXT_BYTES));
    for (i, c) in text[from..pos].char_indices().rev() {
        let i = from + i;
        if is_word_char(c) {
            word = Some((i, word.map_or(i + c.len_utf8(), |(_, end)| end)));
        } else {
            if let Some(found) = word.take() {
                out.push(found);
                if out.len() >= max {
                    return;
                }
            }
            if is_sentence_end(c, next) {
                return;
            }
        }
        next = Some(c);
    }
    if let Some(found) = word
        && from == 0
    {
        out.push(found);
    }
}

/// Up to `max` words after `pos`, stopping at a sentence boundary.
fn words_after(text: &str, pos: usize, max: usize, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let to = floor_char_boundary(text, pos.saturating_add(MAX_CONTEXT_BYTES).min(text.len()));
    let Some(window) = text.get(pos..to) else { return };
    let mut start: Option<usize> = None;
    let mut chars = window.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            start.get_or_insert(pos + i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, pos + i));
            if out.len() >= max {
                return;
            }
        }
        if is_sentence_end(c, chars.peek().map(|&(_, n)| n)) {
            return;
        }
    }
    if let Some(s) = start
        && to == text.len()
    {
        out.push((s, to));
    }
}

/// The mention ending at `end` is followed by a role or team noun (`full stack developer`,
/// `DevOps engineer`, `agile team`, `security experts`): it names who someone is, not what a job
/// needs.
fn names_a_role(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else { return false };
    let trimmed = rest.trim_start_matches([' ', '\t']);
    if trimmed.len() == rest.len() {
        return false;
    }
    let word = word_at(trimmed, 0);
    let singular = word.strip_suffix('s').unwrap_or(word);
    ROLE_NOUNS.contains(&singular)
}

/// The word starting at `pos`.
fn word_at(text: &str, pos: usize) -> &str {
    let Some(rest) = text.get(pos..) else { return "" };
    let end = rest.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Letters, digits and `_` make up words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// What precedes a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Left {
    /// Start of text or a separator.
    Ok,
    /// Right after `word-`: the tail of a compound.
    AfterCompoundHyphen,
    /// Inside a word, or after `x.` / `x&` / `x@`.
    Reject,
}

fn left_context(text: &str, start: usize) -> Left {
    let mut before = text[..start].chars().rev();
    let Some(previous) = before.next() else { return Left::Ok };
    if is_word_char(previous) {
        return Left::Reject;
    }
    let attached = before.next().is_some_and(is_word_char);
    match previous {
        '.' | '&' | '@' if attached => Left::Reject,
        '-' if attached => Left::AfterCompoundHyphen,
        _ => Left::Ok,
    }
}

/// What follows a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Right {
    /// A separator or the end of text: the match ends the word.
    End,
    /// The word goes on to `word_end` (a glued ending).
    Rest { word_end: usize },
    /// `-tail` follows (a compound); `tail` is where the tail word starts.
    Hyphen { tail: usize },
    /// The match is part of another token (`C#` for `C`, `R&D`, `example.com`).
    Reject,
}

fn right_context(text: &str, end: usize, last_is_word: bool) -> Right {
    let rest = &text[end..];
    let mut chars = rest.chars();
    let Some(next) = chars.next() else { return Right::End };
    let attached_word = || chars.clone().next().is_some_and(is_word_char);
    if is_word_char(next) {
        if !last_is_word {
            return Right::End;
        }
        let word_len = rest.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(rest.len(), |(i, _)| i);
        if word_len > MAX_ENDING_BYTES {
            return Right::Reject;
        }
        let word_end = end + word_len;
        return match continuation_rejects(&text[word_end..]) {
            true => Right::Reject,
            false => Right::Rest { word_end },
        };
    }
    if !last_is_word {
        return Right::End;
    }
    match next {
        '#' | '+' => Right::Reject,
        '&' | '@' if attached_word() => Right::Reject,
        '.' if attached_word() => {
            // `Vue.js` still names Vue; `example.net`, `python.org` name something else.
            if word_at(text, end + 1) == "js" { Right::End } else { Right::Reject }
        }
        '-' if attached_word() => Right::Hyphen { tail: end + 1 },
        _ => Right::End,
    }
}

/// After a glued ending: the word must really end there.
fn continuation_rejects(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some('#' | '+') => true,
        Some('&' | '.' | '@') => chars.next().is_some_and(is_word_char),
        _ => false,
    }
}

/// Heads of the second part of a Finnish or Swedish compound that makes the first part a skill
/// mention (`testausosaaminen`, `tietokantajärjestelmät`, `databaskunskaper`, `molnkompetens`,
/// `systemutvecklingsprojekt`): competence, experience, role and system words.
const COMPOUND_TAILS: &[&str] = &[
    // Finnish
    "osaami",
    "osaaja",
    "taido",
    "taito",
    "kokemu",
    "tuntemu",
    "asiantunt",
    "kehittä",
    "kehity",
    "ympärist",
    "ratkaisu",
    "järjestelm",
    "projekt",
    "työkalu",
    "alusta",
    "insinööri",
    "konsult",
    "päällik",
    "vastaav",
    "arkkitehtuur",
    "palvelu",
    // Swedish
    "kunskap",
    "kompetens",
    "erfarenhet",
    "utvecklare",
    "miljö",
    "lösning",
    "system",
    "projekt",
    "plattform",
    "expert",
    "specialist",
    "ingenjör",
    "arkitekt",
    "verktyg",
    "ansvarig",
];

/// `rest` (the letters glued after a label) is the tail of a compound word: a compound head
/// from [`COMPOUND_TAILS`], optionally after the Swedish linking `s`, then letters only.
fn compound_tail(rest: &str) -> bool {
    if char_count(rest) < 4 || !rest.chars().all(char::is_alphabetic) {
        return false;
    }
    let starts = |tail: &str| COMPOUND_TAILS.iter().any(|head| tail.starts_with(head));
    starts(rest) || rest.strip_prefix('s').is_some_and(starts)
}

/// Facts about a pattern and target that limit glued endings.
#[derive(Debug, Clone, Copy)]
struct Ending {
    /// The pattern is shorter than three characters: digits only.
    short: bool,
    /// An all-capitals label: digits or an English plural `s` only.
    acronym: bool,
    /// A one-letter pattern (`C`, `R`): no glued ending at all, since a letter with digits is
    /// nearly always something else (CEFR levels `B2`, `C1`; `R2`, `C4` as names).
    single: bool,
}

/// Where the mention ends if the target's rule accepts what follows the pattern.
fn accept_ending(text: &str, end: usize, right: Right, rule: Rule, limits: Ending) -> Option<usize> {
    match right {
        Right::Reject => None,
        Right::End | Right::Hyphen { .. } => matches!(rule, Rule::Word { .. }).then_some(end),
        Right::Rest { word_end } => {
            let ending = text.get(end..word_end)?;
            let accepted = match rule {
                Rule::Word { en_plural, sv_basic, sv_plural } => {
                    (!limits.single && ending.len() <= 4 && ending.bytes().all(|b| b.is_ascii_digit()))
                        || (!limits.single && limits.acronym && ending == "s")
                        || (!limits.short
                            && !limits.acronym
                            && (FI_ENDINGS.contains(ending)
                                || (sv_basic && SV_BASIC_ENDINGS.contains(&ending))
                                || (sv_plural && SV_PLURAL_ENDINGS.contains(&ending))
                                || (en_plural && EN_PLURAL_ENDINGS.contains(&ending))
                                || (sv_basic && compound_tail(ending))))
                }
                Rule::FiStem { allow_t } => {
                    let mut chars = ending.chars();
                    let first = chars.next();
                    first.is_some_and(|c| is_finnish_vowel(c) || (allow_t && c == 't'))
                        && ending.chars().all(char::is_alphabetic)
                        && (char_count(ending) <= 10 || compound_tail(chars.as_str()))
                }
                Rule::FiCase => FI_ENDINGS.contains(ending),
                Rule::Endings(endings) => endings.contains(&ending),
            };
            accepted.then_some(word_end)
        }
    }
}

/// Lowercase a label the same way extraction lowercases text, trimmed.
fn normalize_label(label: &str) -> String {
    Normalized::new(label).text.trim_matches([' ', '\n']).to_string()
}

/// A lowercased copy of the input and a map from its byte positions back to the input.
///
/// The map is run-length: a *linear* segment is a stretch where every output byte corresponds to
/// the input byte at the same distance from the segment start (ASCII, and letters whose lowercase
/// has the same UTF-8 length); an *atomic* segment is the output of one input character whose
/// length changed (`İ` -> `i̇`, `—` -> `-`, a no-break space -> ` `). Skipped input (collapsed
/// whitespace, soft hyphens) simply starts a new segment. Plain text needs one segment per
/// collapsed whitespace run, so the map costs almost nothing next to the text.
struct Normalized<'a> {
    original: &'a str,
    text: String,
    segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy)]
struct Segment {
    /// Start in the normalized text.
    normalized: usize,
    /// Start in the original text.
    original: usize,
    /// 0 for a linear segment; else the byte length of the one input character it stands for.
    atomic_len: usize,
}

/// Builds a [`Normalized`].
struct NormalizedBuilder {
    text: Vec<u8>,
    segments: Vec<Segment>,
}

impl NormalizedBuilder {
    /// Output bytes that map one-to-one to the input at `original`.
    fn linear(&mut self, original: usize, bytes: &[u8]) {
        let normalized = self.text.len();
        let continues = self.segments.last().is_some_and(|last| {
            last.atomic_len == 0 && original - last.original == normalized - last.normalized
        });
        if !continues {
            self.segments.push(Segment { normalized, original, atomic_len: 0 });
        }
        self.text.extend_from_slice(bytes);
    }

    /// Output of one input character of `len` bytes whose output has another length.
    fn atomic(&mut self, original: usize, len: usize, output: &str) {
        if output.len() == len {
            self.linear(original, output.as_bytes());
            return;
        }
        self.segments.push(Segment { normalized: self.text.len(), original, atomic_len: len });
        self.text.extend_from_slice(output.as_bytes());
        // Whatever follows starts a new segment.
        self.segments.push(Segment { normalized: self.text.len(), original: original + len, atomic_len: 0 });
    }

    /// Whitespace runs become one space, or one newline when the run has a line break.
    fn whitespace(&mut self, original: usize, len: usize, newline: bool) {
        match self.text.last() {
            Some(b' ') => {
                if newline && let Some(last) = self.text.last_mut() {
                    *last = b'\n';
                }
            }
            Some(b'\n') => {}
            _ => self.atomic(original, len, if newline { "\n" } else { " " }),
        }
    }
}

impl<'a> Normalized<'a> {
    fn new(original: &'a str) -> Normalized<'a> {
        let bytes = original.as_bytes();
        let mut builder =
            NormalizedBuilder { text: Vec::with_capacity(original.len() + 16), segments: Vec::new() };
        let mut offset = 0;
        while offset < bytes.len() {
            let byte = bytes[offset];
            if byte.is_ascii() {
                match byte {
                    b' ' | b'\t' => builder.whitespace(offset, 1, false),
                    b'\n' | b'\r' | 0x0b | 0x0c => builder.whitespace(offset, 1, true),
                    _ => builder.linear(offset, &[byte.to_ascii_lowercase()]),
                }
                offset += 1;
                continue;
            }
            let Some(c) = original[offset..].chars().next() else { break };
            let len = c.len_utf8();
            match c {
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {}
                '\u{2010}'..='\u{2015}' | '\u{2212}' => builder.atomic(offset, len, "-"),
                '\u{2018}' | '\u{2019}' | '\u{02bc}' => builder.atomic(offset, len, "'"),
                '\u{85}' | '\u{2028}' | '\u{2029}' => builder.whitespace(offset, len, true),
                c if c.is_whitespace() => builder.whitespace(offset, len, false),
                c => {
                    let mut buffer = [0u8; 16];
                    let mut used = 0;
                    for lower in c.to_lowercase() {
                        used += lower.encode_utf8(&mut buffer[used..]).len();
                    }
                    let output = std::str::from_utf8(&buffer[..used]).unwrap_or("");
                    builder.atomic(offset, len, output);
                }
            }
            offset += len;
        }
        // Only whole UTF-8 characters were written, so this cannot fail; if it did, extraction
        // would see an empty text rather than panic.
        let text = String::from_utf8(builder.text).unwrap_or_default();
        let segments = if text.is_empty() { Vec::new() } else { builder.segments };
        Normalized { original, text, segments }
    }

    /// The segment holding normalized position `position` (< text length).
    fn segment(&self, position: usize) -> Option<&Segment> {
        let index = self.segments.partition_point(|s| s.normalized <= position);
        self.segments.get(index.checked_sub(1)?)
    }

    /// Input offset of a normalized start position.
    fn original_start(&self, start: usize) -> usize {
        match self.segment(start) {
            Some(s) if start < self.text.len() => {
                if s.atomic_len == 0 {
                    s.original + (start - s.normalized)
                } else {
                    s.original
                }
            }
            _ => self.original.len(),
        }
    }

    /// Input offset of a normalized end position: when the position falls inside the output of
    /// one input character (`İ` lowercases to two characters), the whole character counts.
    fn original_end(&self, end: usize) -> usize {
        match self.segment(end) {
            Some(s) if end < self.text.len() => {
                if s.atomic_len == 0 {
                    s.original + (end - s.normalized)
                } else if end == s.normalized {
                    s.original
                } else {
                    s.original + s.atomic_len
                }
            }
            _ => self.original.len(),
        }
    }

    /// The input text of a normalized span.
    fn original(&self, start: usize, end: usize) -> &'a str {
        self.original.get(self.original_start(start)..self.original_end(end)).unwrap_or("")
    }
}

/// Common function words of each language, as a bit mask per word (1 English, 2 Finnish,
/// 4 Swedish), looked up once per word.
static STOP_WORDS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    const ENGLISH: &str = "the and of to with for is are we you our your a an this that will be as at from \
                           or have has in it who can what";
    const FINNISH: &str = "ja että tai sekä kanssa olet olemme ovat meillä meidän sinulla sinun joka jotka \
                           jos kuin myös tämä tässä mutta ei eli hyvä haemme etsimme voit olla lisäksi sinä \
                           kun vain työ työssä osaamista kokemusta vuoden tehtävä tehtävässä ole oma omaa";
    const SWEDISH: &str = "och att är för med som det en ett av på till vi du har eller inte kan om vår våra \
                           din dig den de söker hos samt inom både erfarenhet arbete också vill";
    let mut words = HashMap::new();
    for (list, bit) in [(ENGLISH, 1u8), (FINNISH, 2), (SWEDISH, 4)] {
        for word in list.split_whitespace() {
            *words.entry(word).or_insert(0) |= bit;
        }
    }
    words
});

/// A cheap guess of the language of a text (Finnish, Swedish or English) from common function
/// words, double vowels and the letters å, ä, ö; English when nothing tells. Looks at the first
/// 2 KiB only (some hundreds of words), so it costs microseconds whatever the text length.
pub fn detect_language(text: &str) -> Lang {
    let sample = &text[..floor_char_boundary(text, 2 * 1024)];
    let mut scores = [0u32; 3];
    let mut buffer = [0u8; 64];
    for token in sample.split(|c: char| !c.is_alphabetic()) {
        if token.is_empty() || token.len() > 24 {
            continue;
        }
        let mut len = 0;
        for c in token.chars() {
            if c.is_ascii() {
                buffer[len] = c.to_ascii_lowercase() as u8;
                len += 1;
            } else {
                for lower in c.to_lowercase() {
                    len += lower.encode_utf8(&mut buffer[len..]).len();
                }
            }
            if len + 16 > buffer.len() {
                break;
            }
        }
        let Ok(word) = std::str::from_utf8(&buffer[..len]) else { continue };
        if let Some(&mask) = (len <= 12).then(|| STOP_WORDS.get(word)).flatten() {
            for (lang, score) in scores.iter_mut().enumerate() {
                if mask & (1 << lang) != 0 {
                    *score += 2;
                }
            }
        }
        // Finnish doubles its vowels (haemme, osaaminen, kokemuksii, työhyvinvointiin).
        let bytes = word.as_bytes();
        if bytes
            .windows(2)
            .any(|pair| pair[0] == pair[1] && matches!(pair[0], b'a' | b'i' | b'u' | b'y' | b'e' | b'o'))
        {
            scores[1] += 1;
        }
        if word.is_ascii() {
            continue;
        }
        if word.contains('å') {
            scores[2] += 1;
        } else if word.contains(['ä', 'ö']) {
            // Both Finnish and Swedish use ä and ö; long words with them are mostly Finnish.
            if word.chars().count() >= 7 || word.contains("ää") || word.contains("öö") {
                scores[1] += 1;
            } else {
                scores[2] += 1;
            }
        }
    }
    let best = scores.iter().copied().max().unwrap_or(0);
    if best == 0 || scores[0] == best {
        Lang::En
    } else if scores[1] == best {
        Lang::Fi
    } else {
        Lang::Sv
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn fixture() -> &'static Taxonomy {
        static FIXTURE: LazyLock<Taxonomy> = LazyLock::new(|| {
            Taxonomy::from_toml_str(include_str!("../tests/fixtures/extract.toml")).expect("fixture taxonomy")
        });
        &FIXTURE
    }

    fn extractor() -> &'static Extractor {
        fixture().extractor()
    }

    fn ids(text: &str) -> BTreeSet<String> {
        extractor().extract(fixture(), text, None).into_iter().map(|m| m.skill).collect()
    }

    fn set(expected: &[&str]) -> BTreeSet<String> {
        expected.iter().map(|s| s.to_string()).collect()
    }

    fn check_cases(cases: &[(&str, &[&str])]) {
        let mut failures = Vec::new();
        for (text, expected) in cases {
            let found = ids(text);
            if found != set(expected) {
                failures.push(format!("{text:?}\n   expected {expected:?}\n   found    {found:?}"));
            }
        }
        assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
    }

    fn check_spans(text: &str) {
        for m in extractor().extract(fixture(), text, None) {
            assert!(m.start < m.end, "{m:?}");
            assert_eq!(&text[m.start..m.end], m.text, "span of {m:?} in {text:?}");
        }
    }

    #[test]
    fn english_sentences() {
        check_cases(&[
            ("We are looking for a Python developer with Django experience.", &["python"]),
            ("Strong skills in Java and Spring Boot are required.", &["java", "spring-boot"]),
            ("Experience with JavaScript, TypeScript and React.", &["javascript", "typescript", "react"]),
            ("You know C#, .NET and ASP.NET Core.", &["csharp", "dotnet", "aspnet"]),
            ("C++ and embedded Linux experience", &["cpp", "linux"]),
            ("Our backend runs on Node.js; some services use nodejs workers.", &["nodejs"]),
            ("We deploy with Docker and k8s on AWS.", &["docker", "kubernetes", "aws"]),
            ("Familiarity with CI/CD pipelines and Git is a must.", &["ci-cd", "git"]),
            ("Knowledge of machine learning and data analysis.", &["machine-learning", "data-analysis"]),
            (
                "Good SQL skills and experience with PostgreSQL databases.",
                &["sql", "postgresql", "databases"],
            ),
            ("Frontend: HTML5, CSS3, JS and TS.", &["html", "css", "javascript", "typescript"]),
            ("Mobile apps in React Native.", &["react-native"]),
            ("Experience in Go, Rust and Kubernetes", &["go", "rust", "kubernetes"]),
            (
                "Microservices on Microsoft Azure, provisioned with Terraform.",
                &["microservices", "azure", "terraform"],
            ),
            (
                "Agile methods and teamwork matter to us; English is our working language.",
                &["agile", "teamwork", "english"],
            ),
            (
                "Unit testing and software development with DevOps practices.",
                &["software-testing", "software-development", "devops"],
            ),
            // A broad field naming a role or a team is not asked for; a technology is.
            ("You join a DevOps team as a full stack developer.", &[]),
            ("Senior Java developer wanted.", &["java"]),
            ("We build cloud services for the public sector.", &["cloud-services"]),
            ("Relational databases and continuous integration.", &["sql-databases", "ci-cd"]),
        ]);
    }

    #[test]
    fn finnish_sentences() {
        check_cases(&[
            ("Haemme Java-kehittäjää, jolla on kokemusta Pythonista.", &["java", "python"]),
            ("Osaat Pythonia ja olet työskennellyt Kubernetesin kanssa.", &["python", "kubernetes"]),
            ("Teemme töitä Pythonilla ja Javalla.", &["python", "java"]),
            ("Javan ja Reactin osaaminen on tärkeää.", &["java", "react"]),
            ("Hallitset SQL:n ja C#:n.", &["sql", "csharp"]),
            ("Kehitämme palveluita C#:lla ja .NET:llä.", &["csharp", "dotnet"]),
            ("Kontitamme sovellukset Dockerilla ja ajamme ne AWS:ssä.", &["docker", "aws"]),
            ("React-osaaminen ja Python-ohjelmointi ovat eduksi.", &["react", "python"]),
            (
                "Kubernetes-ympäristö ja .NET-kehittäjä sekä C#-kehittäjä.",
                &["kubernetes", "dotnet", "csharp"],
            ),
            ("SQL-kyselyt ja SQL-tietokannoissa työskentely.", &["sql", "sql-databases"]),
            (
                "Kokemusta ohjelmistokehityksestä ja testauksesta.",
                &["software-development", "software-testing"],
            ),
            ("Tunnet tietokannat ja olet työskennellyt tietokantojen parissa.", &["databases"]),
            ("Osaamista tietokannoissa ja pilvipalveluissa.", &["databases", "cloud-services"]),
            ("Pilvipalvelut ja ketterät menetelmät ovat sinulle tuttuja.", &["cloud-services", "agile"]),
            (
                "Ohjelmistokehitystä, tietoturvaa ja projektinhallintaa.",
                &["software-development", "information-security", "project-management"],
            ),
            (
                "Arvostamme koneoppimisen osaamista ja hyvää suomen kielen taitoa.",
                &["machine-learning", "finnish"],
            ),
            ("Go-kehittäjä, jolla on Rust-osaamista.", &["go", "rust"]),
            ("Ohjelmoinnin perusteet ja sovelluskehitys.", &["programming", "software-development"]),
        ]);
    }

    #[test]
    fn swedish_sentences() {
        check_cases(&[
            ("Vi söker en utvecklare med erfarenhet av Python och Java.", &["python", "java"]),
            ("Du har goda kunskaper i databaser och SQL.", &["databases", "sql"]),
            ("Erfarenhet av molntjänster som AWS eller Azure.", &["cloud-services", "aws", "azure"]),
            (
                "Databasen och molntjänsten driftas i Kubernetes.",
                &["databases", "cloud-services", "kubernetes"],
            ),
            ("Du brinner för systemutveckling och testning.", &["software-development", "software-testing"]),
            ("Systemutvecklingen sker med agila metoder.", &["software-development", "agile"]),
            ("Kunskaper i C#, .NET och React är meriterande.", &["csharp", "dotnet", "react"]),
            ("Go-utvecklare med kunskap i Rust-programmering.", &["go", "rust"]),
            ("Vi använder Docker, k8s och Terraform.", &["docker", "kubernetes", "terraform"]),
            ("Du talar svenska och finska.", &["swedish", "finnish"]),
            ("Maskininlärning och dataanalys i molnet.", &["machine-learning", "data-analysis"]),
            ("Informationssäkerhet och projektledning.", &["information-security", "project-management"]),
            ("Erfarenhet av TypeScript och Node.js är ett plus.", &["typescript", "nodejs"]),
            ("Databaserna och mikrotjänsterna är skrivna i Java.", &["databases", "microservices", "java"]),
            ("Samarbete och lagarbete är viktigt.", &["teamwork"]),
            ("Du har arbetat med SQL-databaser och CI/CD.", &["sql-databases", "ci-cd"]),
        ]);
    }

    #[test]
    fn word_boundaries() {
        check_cases(&[
            ("JavaScript only", &["javascript"]),
            ("Google and Gopher", &[]),
            ("R&D department", &[]),
            ("C-level executives", &[]),
            ("C-level executives who know Python", &["python"]),
            ("Visit python.org or example.net", &[]),
            ("the goal is growth", &[]),
            ("Cobol Rustic Scalable Springfield", &[]),
            ("javascripts are not scripts", &[]),
            ("Vue.js and Django are not in the taxonomy", &[]),
        ]);
    }

    #[test]
    fn ambiguous_names_need_tech_context() {
        check_cases(&[
            ("Let's go to the office in spring", &[]),
            ("Let's Go to the office in Spring", &[]),
            ("Go to our website and apply today.", &[]),
            ("Rust never sleeps.", &[]),
            ("You excel at teamwork.", &["teamwork"]),
            ("In spring we go skiing; in winter we code Python.", &["python"]),
            ("Plan B or plan C", &[]),
            ("Experience in Go, Rust and Kubernetes", &["go", "rust", "kubernetes"]),
            ("Skills: Go, Rust", &["go", "rust"]),
            ("We write microservices in Go.", &["go", "microservices"]),
            ("Java and Spring are our core stack.", &["java", "spring"]),
            ("Statistical programming in R and Python.", &["r", "python"]),
            ("Embedded C programming", &["c"]),
            ("Swift developer for iOS", &["swift"]),
            ("Ruby on Rails developer", &["ruby"]),
            ("Excel-taidot ja Scala-osaaminen", &["excel", "scala"]),
            ("C-ajokortti on eduksi", &[]),
            ("Go-to person for customers", &[]),
            ("Our stack:\n- Kubernetes\n- Go\n- Rust", &["kubernetes", "go", "rust"]),
        ]);
    }

    #[test]
    fn lowercase_short_names_only_between_technical_skills() {
        check_cases(&[
            ("Technologies python docker go kubernetes", &["python", "docker", "go", "kubernetes"]),
            ("docker go python javascript", &["docker", "go", "python", "javascript"]),
            ("python, r, sql", &["python", "r", "sql"]),
            ("stack: docker go", &["docker", "go"]),
            ("let's go to python meetups", &["python"]),
            ("we go and use docker", &["docker"]),
            ("plan c or python", &["python"]),
            ("go python", &["python", "go"]),
            ("go", &[]),
        ]);
    }

    #[test]
    fn a_line_of_skill_names_is_a_list() {
        check_cases(&[
            ("Spring Scala", &["spring", "scala"]),
            ("Swift\nSpring Scala", &["spring", "scala"]),
            ("Rust Go Swift", &["rust", "go", "swift"]),
            ("Swift", &[]),
            ("Spring and Swift", &[]),
            ("In Spring we meet Swift.", &[]),
        ]);
    }

    #[test]
    fn finnish_and_swedish_compounds() {
        check_cases(&[
            ("Testausosaaminen ja tietokantaosaaminen.", &["software-testing", "databases"]),
            ("Tietokantajärjestelmät ja pilvipalveluratkaisut.", &["databases", "cloud-services"]),
            ("Databaskunskaper och molntjänstexpert.", &["databases", "cloud-services"]),
            ("Testningsprojekt pågår.", &["software-testing"]),
            ("Tietokantaa ja tietokantoja, testaajat ja testauskulttuuri.", &["databases"]),
        ]);
        let texts = |text: &str| -> Vec<String> {
            extractor().extract(fixture(), text, None).into_iter().map(|m| m.text).collect()
        };
        assert_eq!(texts("Testausosaaminen on tärkeää."), ["Testausosaaminen"]);
        assert!(compound_tail("osaaminen") && compound_tail("sprojekt") && compound_tail("kunskaper"));
        assert!(!compound_tail("kulttuuri") && !compound_tail("sx") && !compound_tail("osaa"));
    }

    #[test]
    fn version_numbers_join_the_span() {
        let texts = |text: &str| -> Vec<String> {
            extractor().extract(fixture(), text, None).into_iter().map(|m| m.text).collect()
        };
        assert_eq!(texts("Java 8 and Python 3.11"), ["Java 8", "Python 3.11"]);
        assert_eq!(texts("Exposure to Java 11 and Spring"), ["Java 11", "Spring"]);
        assert_eq!(
            texts("Python 3.x, PostgreSQL 14+, Kubernetes v1.29."),
            ["Python 3.x", "PostgreSQL 14+", "Kubernetes v1.29"]
        );
        assert_eq!(texts("Python 5 years, Java 3+ years, Docker 2 vuotta"), ["Python", "Java", "Docker"]);
        assert_eq!(texts("Python 3a and Docker 2-3"), ["Python", "Docker"]);
        assert_eq!(texts("Teamwork 2 and English 3"), ["Teamwork"]);
        assert_eq!(version_end("python 3", 6), 8);
        assert_eq!(version_end("c# 8", 2), 2, "only after a letter");
    }

    #[test]
    fn head_nouns_join_the_span() {
        let texts = |text: &str| -> Vec<String> {
            extractor().extract(fixture(), text, None).into_iter().map(|m| m.text).collect()
        };
        assert_eq!(
            texts("Python libraries and Kubernetes environments"),
            ["Python libraries", "Kubernetes environments"]
        );
        assert_eq!(texts("Docker tools, Java 11 frameworks."), ["Docker tools", "Java 11 frameworks"]);
        assert_eq!(texts("Python experience and Kubernetes environment"), ["Python", "Kubernetes"]);
        assert_eq!(head_noun_end("python tools-based", 6), 6, "a glued word is another word");
        assert_eq!(head_noun_end("python  tools", 6), 6, "one space only");
        assert_eq!(head_noun_end("python toolsets", 6), 6);
        assert_eq!(head_noun_end("python tools", 6), 12);
        assert_eq!(texts("Modern Python and postmodern Docker"), ["Modern Python", "Docker"]);
        assert_eq!(modifier_start("a modern python", 9), 2);
        assert_eq!(modifier_start("ultramodern python", 12), 12);
    }

    #[test]
    fn a_parenthesised_synonym_joins_the_span() {
        let spans = |text: &str| -> Vec<(String, String)> {
            extractor()
                .extract(fixture(), text, None)
                .into_iter()
                .map(|m| (m.skill.to_string(), m.text))
                .collect()
        };
        let pair = |skill: &str, text: &str| (skill.to_string(), text.to_string());
        assert_eq!(
            spans("node.js (NodeJS) and Python"),
            [pair("nodejs", "node.js (NodeJS)"), pair("python", "Python")]
        );
        assert_eq!(spans("node.js ( nodejs ) ."), [pair("nodejs", "node.js ( nodejs )")]);
        assert_eq!(spans("Python (Java)"), [pair("python", "Python"), pair("java", "Java")]);
        assert_eq!(spans("Python, Python"), [pair("python", "Python"), pair("python", "Python")]);
    }

    #[test]
    fn acronyms_and_common_words() {
        check_cases(&[
            ("Vi erbjuder en rad förmåner. Välkommen till oss!", &[]),
            ("Tiimin idea on kertoa asia yhdellä sanalla, sana kerrallaan.", &[]),
            ("SANA ja IDEA isoilla kirjaimilla", &[]),
            ("IDE, SAN and OSS", &["ides", "storage-systems", "open-source"]),
            ("Our APIs and IDEs", &["api-development", "ides"]),
            ("Rakennat API:n ja käytät IDE:tä.", &["api-development", "ides"]),
            ("sql and aws in lowercase still count", &["sql", "aws"]),
            ("apis is a genus of bees", &[]),
            ("HTML5 and CSS3", &["html", "css"]),
        ]);
    }

    #[test]
    fn human_languages_need_language_context() {
        check_cases(&[
            ("You speak English and Finnish.", &["english", "finnish"]),
            ("Fluent English required.", &["english"]),
            ("A Finnish company with an English name.", &[]),
            ("Sujuva suomen kielen taito.", &["finnish"]),
            ("Puhut sujuvaa suomea ja englantia.", &["finnish", "english"]),
            ("Työskentelet Suomessa ja Ruotsissa.", &[]),
            ("Du talar svenska och finska.", &["swedish", "finnish"]),
            ("Svenska Dagbladet skriver om Finland.", &[]),
            ("Languages: Finnish, Swedish, English", &["finnish", "swedish", "english"]),
            ("English-speaking team", &["english"]),
            ("Finnish language skills", &["finnish"]),
        ]);
    }

    #[test]
    fn unmistakable_labels_of_ambiguous_skills_need_no_context() {
        check_cases(&[
            ("Express.js", &["express"]),
            ("ExpressJS.", &["express"]),
            ("Express yourself!", &[]),
            ("golang", &["go"]),
            ("Finnish language", &["finnish"]),
        ]);
    }

    #[test]
    fn offsets_are_byte_offsets_into_the_input() {
        let text = "İİİ Käytämme Pythonia ja Kubernetesiä — ja C#:ia.";
        let mentions = extractor().extract(fixture(), text, Some(Lang::En));
        let found: Vec<&str> = mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(found, ["Pythonia", "Kubernetesiä", "C#"]);
        for m in &mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        let text = "SQL-kyselyt ja Java-kehittäjä";
        let mentions = extractor().extract(fixture(), text, Some(Lang::Fi));
        assert_eq!(mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["SQL", "Java"]);
        assert_eq!((mentions[1].start, mentions[1].end), (15, 19));
    }

    #[test]
    fn dotted_i_expansion_keeps_spans_valid() {
        // 'İ' lowercases to two characters (i + combining dot), three bytes instead of two.
        for text in ["İ", "Pythonİ", "İPython", "R İ", "Python İ Java", "Javaİ", "İ\u{307}Go Rust İ"]
        {
            check_spans(text);
        }
    }

    #[test]
    fn offset_map_is_monotonic_and_on_char_boundaries() {
        let inputs = [
            "Python\u{a0}\u{a0}Java — C#\r\n\r\nİstanbul Py\u{ad}thon’s  \t ΣΑΣ ﬁle",
            "  leading and trailing  ",
            "\u{ad}\u{ad}x\u{ad}",
            "İİ\u{307}İ",
            "a\u{2028}b\u{85}c",
        ];
        for input in inputs {
            let normalized = Normalized::new(input);
            let mut previous = 0;
            for (p, _) in normalized.text.char_indices().chain([(normalized.text.len(), ' ')]) {
                let start = normalized.original_start(p);
                let end = normalized.original_end(p);
                assert!(input.is_char_boundary(start) && input.is_char_boundary(end), "{input:?} at {p}");
                assert!(start >= previous && end >= start, "{input:?} at {p}: {previous} {start} {end}");
                previous = start;
            }
            assert_eq!(
                normalized.original(0, normalized.text.len()).len(),
                input.trim_start_matches('\u{ad}').len()
            );
        }
        let normalized = Normalized::new("Python\u{a0}\u{a0}Java");
        assert_eq!(normalized.text, "python java");
        assert_eq!(normalized.original(7, 11), "Java");
        assert_eq!(normalized.original(0, 6), "Python");
    }

    #[test]
    fn mentions_are_in_order_and_repeat() {
        let mentions = extractor().extract(fixture(), "Python, Java, Python", None);
        let skills: Vec<&str> = mentions.iter().map(|m| m.skill.as_str()).collect();
        assert_eq!(skills, ["python", "java", "python"]);
        assert!(mentions.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn longest_match_wins() {
        let mentions = extractor().extract(fixture(), "Spring Boot, React Native, ASP.NET, Node.js", None);
        let skills: Vec<&str> = mentions.iter().map(|m| m.skill.as_str()).collect();
        assert_eq!(skills, ["spring-boot", "react-native", "aspnet", "nodejs"]);
        let texts: Vec<&str> = mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Spring Boot", "React Native", "ASP.NET", "Node.js"]);
    }

    #[test]
    fn labels_follow_the_requested_or_detected_language() {
        let fi = "Haemme osaajaa, jolla on kokemusta tietokannoista ja ohjelmistokehityksestä.";
        let labels: Vec<String> =
            extractor().extract(fixture(), fi, None).into_iter().map(|m| m.label).collect();
        assert_eq!(labels, ["tietokannat", "ohjelmistokehitys"]);
        let labels: Vec<String> =
            extractor().extract(fixture(), fi, Some(Lang::Sv)).into_iter().map(|m| m.label).collect();
        assert_eq!(labels, ["databaser", "systemutveckling"]);
        let en = "We need databases.";
        let labels: Vec<String> =
            extractor().extract(fixture(), en, None).into_iter().map(|m| m.label).collect();
        assert_eq!(labels, ["databases"]);
    }

    #[test]
    fn variants_of_case_and_punctuation() {
        check_cases(&[
            ("PYTHON, python, Python", &["python"]),
            ("node.js, NodeJS, node js", &["nodejs"]),
            ("ci cd and cicd", &["ci-cd"]),
            ("dotnet and .net core", &["dotnet"]),
            ("C# and . NET Core", &["csharp", "dotnet"]),
            ("machine-learning", &["machine-learning"]),
            ("Python\u{a0}3 and machine\nlearning", &["python"]),
            ("machine  learning", &["machine-learning"]),
            ("js and ts in lowercase are not enough", &[]),
        ]);
    }

    #[test]
    fn language_detection() {
        assert_eq!(detect_language("We are looking for a developer with experience in the cloud."), Lang::En);
        assert_eq!(
            detect_language("Haemme kehittäjää, jolla on kokemusta pilvipalveluista ja tietokannoista."),
            Lang::Fi
        );
        assert_eq!(
            detect_language("Vi söker en utvecklare som har erfarenhet av molntjänster och databaser."),
            Lang::Sv
        );
        assert_eq!(detect_language(""), Lang::En);
        assert_eq!(detect_language("Python, Java, SQL"), Lang::En);
        assert_eq!(detect_language("Työskentelet tiimissä, joka kehittää Helsingin palveluita."), Lang::Fi);
        assert_eq!(
            detect_language("Du kommer att arbeta i ett team på våra kontor i Helsingfors."),
            Lang::Sv
        );
    }

    #[test]
    fn odd_inputs_never_panic() {
        let mut inputs: Vec<String> = [
            "",
            " ",
            "\n\n\n",
            ".",
            "-",
            "#",
            "C",
            "c#",
            "++",
            "...!!!???",
            "😀 Python 😀",
            "Python😀Java",
            "日本語のテキスト Python",
            "Русский текст и Go, Rust",
            "Ελληνικά",
            "\u{0}\u{1}",
            "\u{feff}Python",
            "Py\u{ad}thon",
            "a\u{307}\u{307}\u{307}",
            "İ",
            "ﬃ",
            "ǅ",
            "-Go-",
            "/Go/",
            ":Go:",
            "C#:",
            ".NET.",
            "k8s-",
            "tietokannoissatietokannoissa",
            "SQL:",
            "Go,",
            ",Go",
            "R&",
            "&R",
            "Node.",
            "ASP.",
            "\r\n\r\n",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        inputs.push("Python ".repeat(10_000));
        inputs.push("x".repeat(100_000));
        for text in &inputs {
            check_spans(text);
            detect_language(text);
        }
    }

    #[test]
    fn one_megabyte_of_text() {
        let sentence = "Haemme Python-kehittäjää, jolla on kokemusta Kubernetesistä, Go:sta ja SQL-tietokannoista. \
                        We use React, TypeScript and Node.js. Vi söker utvecklare med kunskaper i Java. ";
        let text = sentence.repeat(1024 * 1024 / sentence.len() + 1);
        let started = std::time::Instant::now();
        let mentions = extractor().extract(fixture(), &text, None);
        let elapsed = started.elapsed();
        assert!(mentions.len() > 30_000, "{}", mentions.len());
        for m in mentions.iter().step_by(997) {
            assert_eq!(&text[m.start..m.end], m.text);
        }
        // Generous even for an unoptimised build on a loaded machine.
        assert!(elapsed.as_secs() < 10, "{elapsed:?}");
    }

    #[test]
    fn extractor_is_cached_per_taxonomy_and_thread_safe() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        let a: *const Extractor = fixture().extractor();
        let b: *const Extractor = fixture().extractor();
        assert_eq!(a, b);
        let other = Taxonomy::from_toml_str(include_str!("../data/sample.toml")).expect("sample");
        let c: *const Extractor = other.extractor();
        assert_ne!(a, c);
    }

    #[test]
    fn another_taxonomy_is_tolerated() {
        let sample = Taxonomy::from_toml_str(include_str!("../data/sample.toml")).expect("sample");
        let mentions = extractor().extract(&sample, "Python and Java and PostgreSQL", None);
        let skills: Vec<&str> = mentions.iter().map(|m| m.skill.as_str()).collect();
        assert_eq!(skills, ["python", "postgresql"], "java is not in the sample taxonomy");
    }

    #[test]
    fn finnish_endings_are_generated() {
        for ending in
            ["n", "a", "ia", "iä", "lla", "illa", "in", "iin", "ssa", "issa", "kin", "illakin", "t", "iden"]
        {
            assert!(FI_ENDINGS.contains(ending), "{ending}");
        }
        assert!(!FI_ENDINGS.contains("script"));
        assert!(!FI_ENDINGS.contains(""));
    }

    #[test]
    fn label_forms() {
        let stems: Vec<String> = finnish_forms("tietokannat").into_iter().map(|(s, _)| s).collect();
        assert!(stems.contains(&"tietokanna".to_string()), "{stems:?}");
        assert!(stems.contains(&"tietokann".to_string()), "{stems:?}");
        assert!(stems.contains(&"tietokant".to_string()), "{stems:?}");
        let stems: Vec<String> = finnish_forms("it-tuki").into_iter().map(|(s, _)| s).collect();
        assert!(stems.contains(&"it-tue".to_string()), "weak grade of -ki: {stems:?}");
        let stems: Vec<String> = finnish_forms("vuorovaikutustaidot").into_iter().map(|(s, _)| s).collect();
        assert!(stems.contains(&"vuorovaikutustait".to_string()), "strong grade of -dot: {stems:?}");
        let stems: Vec<String> = finnish_forms("testaus").into_iter().map(|(s, _)| s).collect();
        assert_eq!(stems, ["testauks"]);
        let stems: Vec<String> = finnish_forms("käytettävyys").into_iter().map(|(s, _)| s).collect();
        assert_eq!(stems, ["käytettävyyd", "käytettävyyt"]);
        assert!(finnish_forms("java").is_empty(), "stems shorter than five letters are not made");
        assert_eq!(punctuation_variants("node.js"), ["nodejs", "node js", "node-js"]);
        assert!(punctuation_variants(".net").is_empty());
        assert!(punctuation_variants("c#").is_empty());
        let forms: Vec<String> = english_forms("technology").into_iter().map(|(s, _)| s).collect();
        assert_eq!(forms, ["technolog"]);
        assert!(english_forms("electronics").is_empty(), "no adjective singular of -ics");
    }
}
