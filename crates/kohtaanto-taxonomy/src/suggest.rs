//! Typeahead over all skill labels and aliases, in English, Finnish and Swedish at once.
//!
//! A [`Suggester`] keeps every label and alias of every skill in two *folded* forms: lowercase
//! without diacritics (`molntjänster` -> `molntjanster`, whitespace collapsed) and *compact*
//! (letters, digits, `#` and `+` only: `Node.js` -> `nodejs`, `CI/CD` -> `cicd`). A query is
//! folded the same way and compared with a linear scan: a taxonomy has a few thousand labels, and
//! the scan is a few microseconds, so no index is needed.
//!
//! A label matches in one of four tiers, best first:
//! 1. exact (`c#`, `java`, `nodejs` for `Node.js`);
//! 2. prefix of the label (`kube`, `tietok`);
//! 3. prefix of a later word of the label (`boot` -> `Spring Boot`, `tietokan` -> `SQL-tietokannat`);
//! 4. typo: optimal string alignment distance (a swap of two neighbours counts once) to the
//!    label or to one of its prefixes, at most 1 for queries of 4-7 characters and 2 from 8
//!    characters on (`pyhton`, `kubernets`, `javscript`); shorter queries get no typo tolerance.
//!
//! Within a tier shorter labels (relative to the query) rank first, then more specific skills,
//! then preferred labels in the requested language over aliases. Each skill appears once, with
//! its best-matching label; `score` is in [0, 1] and only meaningful for ordering.

use crate::model::{Lang, SkillIndex, Taxonomy};

/// Longest query considered, in characters (longer queries are cut).
const MAX_QUERY_CHARS: usize = 64;

/// Base score of each tier.
const EXACT: f64 = 0.9;
const PREFIX: f64 = 0.7;
const WORD_PREFIX: f64 = 0.55;
const TYPO: f64 = 0.4;
/// Score lost per edit in the typo tier.
const PER_EDIT: f64 = 0.1;

/// One typeahead suggestion.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// Skill id.
    pub skill: String,
    /// Preferred label in the requested language (English when that one is missing).
    pub label: String,
    /// The label or alias that matched the query, as written in the taxonomy.
    pub matched_label: String,
    /// Relevance in [0, 1]; higher is better. Exact matches score above prefix matches, prefix
    /// matches above typo matches.
    pub score: f64,
}

/// One label or alias of a skill.
#[derive(Debug, Clone)]
struct Entry {
    skill: SkillIndex,
    /// As written in the taxonomy.
    text: String,
    /// Folded: lowercase, no diacritics.
    folded: Vec<char>,
    /// Compact: folded letters, digits, `#` and `+`.
    compact: Vec<char>,
    /// Where later words of `folded` start.
    word_starts: Vec<usize>,
    /// The preferred label in each of en, fi, sv (index of [`Lang::ALL`]).
    preferred_in: [bool; 3],
}

/// Typeahead over the labels of one taxonomy. Build once and share (it is `Send + Sync`).
#[derive(Debug, Clone)]
pub struct Suggester {
    entries: Vec<Entry>,
    ids: Vec<String>,
    specificity: Vec<f64>,
    fingerprint: u64,
}

impl Suggester {
    /// Build the suggester of a taxonomy.
    pub fn new(taxonomy: &Taxonomy) -> Suggester {
        let mut entries: Vec<Entry> = Vec::new();
        for skill in taxonomy.skills() {
            let first = entries.len();
            for (lang_index, lang) in Lang::ALL.into_iter().enumerate() {
                let preferred = std::iter::once((skill.labels.get(lang), true));
                let aliases = skill.aliases.get(lang).iter().map(|alias| (alias.as_str(), false));
                for (text, is_preferred) in preferred.chain(aliases) {
                    let folded: Vec<char> = fold(text).chars().collect();
                    if folded.is_empty() {
                        continue;
                    }
                    // One entry per distinct folded form of a skill.
                    if let Some(existing) = entries[first..].iter_mut().find(|e| e.folded == folded) {
                        existing.preferred_in[lang_index] |= is_preferred;
                        continue;
                    }
                    let mut preferred_in = [false; 3];
                    preferred_in[lang_index] = is_preferred;
                    entries.push(Entry {
                        skill: skill.index,
                        text: text.trim().to_string(),
                        compact: compact(&folded),
                        word_starts: word_starts(&folded),
                        folded,
                        preferred_in,
                    });
                }
            }
        }
        Suggester {
            entries,
            ids: taxonomy.skills().iter().map(|s| s.id.clone()).collect(),
            specificity: taxonomy.skills().iter().map(|s| s.specificity).collect(),
            fingerprint: taxonomy.fingerprint(),
        }
    }

    /// Typeahead: skills whose en/fi/sv label or alias starts with `query` (case and diacritics
    /// insensitive), or is within a small edit distance of it, best first, one entry per skill,
    /// at most `limit`. `label` is the preferred label in `lang`. An empty query gives nothing.
    pub fn suggest(&self, taxonomy: &Taxonomy, query: &str, lang: Lang, limit: usize) -> Vec<Suggestion> {
        let query: Vec<char> = fold(query).chars().take(MAX_QUERY_CHARS).collect();
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let query_compact = compact(&query);
        let max_edits = match query.len() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        let lang_index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        let mut scratch = Vec::new();
        // Best (score, entry) per skill.
        let mut best: Vec<Option<(f64, usize)>> = vec![None; self.ids.len()];
        for (entry_index, entry) in self.entries.iter().enumerate() {
            let Some(tier) = match_tier(entry, &query, &query_compact, max_edits, &mut scratch) else {
                continue;
            };
            let length_penalty =
                0.06 * (1.0 - query.len() as f64 / entry.folded.len().max(1) as f64).max(0.0);
            let specificity = self.specificity.get(entry.skill as usize).copied().unwrap_or(0.0);
            let preferred_bonus = if entry.preferred_in[lang_index] { 0.01 } else { 0.0 };
            let score = (tier - length_penalty + 0.02 * specificity + preferred_bonus).clamp(0.0, 1.0);
            let Some(slot) = best.get_mut(entry.skill as usize) else { continue };
            let better = match *slot {
                None => true,
                Some((old, old_index)) => {
                    score > old || (score == old && entry.folded.len() < self.entries[old_index].folded.len())
                }
            };
            if better {
                *slot = Some((score, entry_index));
            }
        }
        let mut ranked: Vec<(f64, usize)> = best.into_iter().flatten().collect();
        ranked.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(self.entries[a.1].folded.len().cmp(&self.entries[b.1].folded.len()))
                .then(self.entries[a.1].skill.cmp(&self.entries[b.1].skill))
        });
        ranked
            .into_iter()
            .filter_map(|(score, entry_index)| {
                let entry = &self.entries[entry_index];
                let skill = if taxonomy.fingerprint() == self.fingerprint {
                    taxonomy.skills().get(entry.skill as usize)
                } else {
                    taxonomy.get(self.ids.get(entry.skill as usize)?)
                }?;
                Some(Suggestion {
                    skill: skill.id.clone(),
                    label: skill.labels.get(lang).to_string(),
                    matched_label: entry.text.clone(),
                    score,
                })
            })
            .take(limit)
            .collect()
    }
}

/// The tier score of an entry for a query, if it matches at all.
fn match_tier(
    entry: &Entry,
    query: &[char],
    query_compact: &[char],
    max_edits: usize,
    scratch: &mut Vec<usize>,
) -> Option<f64> {
    let compact_usable = !query_compact.is_empty();
    if entry.folded == query || (compact_usable && entry.compact == query_compact) {
        return Some(EXACT);
    }
    if entry.folded.starts_with(query) || (compact_usable && entry.compact.starts_with(query_compact)) {
        return Some(PREFIX);
    }
    if entry.word_starts.iter().any(|&start| entry.folded[start..].starts_with(query)) {
        return Some(WORD_PREFIX);
    }
    if max_edits == 0 {
        return None;
    }
    let edits = prefix_edit_distance(query, &entry.folded, max_edits, scratch)?;
    Some(TYPO - PER_EDIT * edits.saturating_sub(1) as f64)
}

/// Smallest optimal-string-alignment distance between `query` and `label` or a prefix of it,
/// if at most `max_edits`. Only the band of cells within `max_edits` of the diagonal is computed
/// (cells outside it cannot lead to a result within the bound).
fn prefix_edit_distance(
    query: &[char],
    label: &[char],
    max_edits: usize,
    d: &mut Vec<usize>,
) -> Option<usize> {
    let rows = query.len();
    if label.len() + max_edits < rows {
        return None;
    }
    let cols = label.len().min(rows + max_edits);
    let width = cols + 1;
    let too_far = max_edits + 1;
    d.clear();
    d.resize((rows + 1) * width, too_far);
    for (j, cell) in d.iter_mut().take(width.min(max_edits + 1)).enumerate() {
        *cell = j;
    }
    for i in 1..=rows {
        if i <= max_edits {
            d[i * width] = i;
        }
        let mut row_min = if i <= max_edits { i } else { too_far };
        for j in i.saturating_sub(max_edits).max(1)..=(i + max_edits).min(cols) {
            let cost = usize::from(query[i - 1] != label[j - 1]);
            let mut value = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && query[i - 1] == label[j - 2] && query[i - 2] == label[j - 1] {
                value = value.min(d[(i - 2) * width + j - 2] + 1);
            }
            let value = value.min(too_far);
            d[i * width + j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max_edits {
            return None;
        }
    }
    let first = rows.saturating_sub(max_edits);
    (first..=cols).map(|j| d[rows * width + j]).min().filter(|&best| best <= max_edits)
}

/// Lowercase, without diacritics, typographic dashes as `-`, whitespace collapsed, trimmed.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        for lower in c.to_lowercase() {
            if let Some(plain) = strip_diacritic(lower) {
                out.push(plain);
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The base letter of a lowercase letter with a diacritic; `None` for combining marks.
fn strip_diacritic(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'š' | 'ś' => 's',
        'ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ž' | 'ź' | 'ż' => 'z',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{300}'..='\u{36f}' | '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{feff}' => return None,
        other => other,
    })
}

/// Letters, digits, `#` and `+` of a folded label.
fn compact(folded: &[char]) -> Vec<char> {
    folded.iter().copied().filter(|&c| c.is_alphanumeric() || c == '#' || c == '+').collect()
}

/// Positions where a word starts after a separator (not position 0).
fn word_starts(folded: &[char]) -> Vec<usize> {
    (1..folded.len()).filter(|&i| !folded[i - 1].is_alphanumeric() && folded[i].is_alphanumeric()).collect()
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

    fn suggester() -> &'static Suggester {
        static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| Suggester::new(fixture()));
        &SUGGESTER
    }

    fn top(query: &str, lang: Lang, limit: usize) -> Vec<String> {
        suggester().suggest(fixture(), query, lang, limit).into_iter().map(|s| s.skill).collect()
    }

    fn first(query: &str) -> Option<String> {
        top(query, Lang::En, 1).into_iter().next()
    }

    #[test]
    fn prefixes_in_every_language() {
        assert_eq!(first("kube").as_deref(), Some("kubernetes"));
        assert_eq!(first("pyt").as_deref(), Some("python"));
        assert_eq!(first("tietokan").as_deref(), Some("databases"));
        assert_eq!(first("molntj").as_deref(), Some("cloud-services"));
        assert_eq!(first("MOLNTJÄ").as_deref(), Some("cloud-services"));
        assert_eq!(first("molntja").as_deref(), Some("cloud-services"), "diacritics are ignored");
        assert_eq!(first("ohjelmistok").as_deref(), Some("software-development"));
        assert_eq!(first("systemutv").as_deref(), Some("software-development"));
        assert_eq!(first("k8").as_deref(), Some("kubernetes"));
    }

    #[test]
    fn exact_beats_prefix_and_shorter_labels_come_first() {
        assert_eq!(top("java", Lang::En, 2), ["java", "javascript"]);
        assert_eq!(top("react", Lang::En, 2), ["react", "react-native"]);
        assert_eq!(top("c", Lang::En, 1), ["c"]);
        assert_eq!(first("c#").as_deref(), Some("csharp"));
        assert_eq!(first("c++").as_deref(), Some("cpp"));
        assert_eq!(first("spring").as_deref(), Some("spring"));
        let results = suggester().suggest(fixture(), "java", Lang::En, 10);
        assert!(results[0].score > results[1].score);
        assert!(results.windows(2).all(|w| w[0].score >= w[1].score));
    }

    #[test]
    fn punctuation_insensitive() {
        assert_eq!(first("nodejs").as_deref(), Some("nodejs"));
        assert_eq!(first("Node.js").as_deref(), Some("nodejs"));
        assert_eq!(first("cicd").as_deref(), Some("ci-cd"));
        assert_eq!(first("ci/cd").as_deref(), Some("ci-cd"));
        assert_eq!(first(".net").as_deref(), Some("dotnet"));
        assert_eq!(first("net").as_deref(), Some("dotnet"));
    }

    #[test]
    fn later_words_match_too() {
        assert!(top("boot", Lang::En, 5).contains(&"spring-boot".to_string()));
        assert!(top("learning", Lang::En, 5).contains(&"machine-learning".to_string()));
    }

    #[test]
    fn typos_are_tolerated() {
        assert_eq!(first("kubernets").as_deref(), Some("kubernetes"));
        assert_eq!(first("pyhton").as_deref(), Some("python"));
        assert_eq!(first("javscript").as_deref(), Some("javascript"));
        assert_eq!(first("typscript").as_deref(), Some("typescript"));
        assert_eq!(first("dokcer").as_deref(), Some("docker"));
        assert_eq!(first("tietokanat").as_deref(), Some("databases"));
        assert_eq!(first("kuberentes").as_deref(), Some("kubernetes"));
        // Two edits only from 8 characters on; none under 4.
        assert_eq!(first("pythno3x"), Some("python".to_string()));
        assert!(top("pyhon", Lang::En, 5).contains(&"python".to_string()));
        assert!(top("jvaa", Lang::En, 5).contains(&"java".to_string()));
        assert!(top("jva", Lang::En, 5).is_empty(), "no typo tolerance under four characters");
        assert!(top("pxthxn", Lang::En, 5).is_empty(), "two edits are too many for six characters");
    }

    #[test]
    fn exact_over_prefix_over_typo() {
        let results = suggester().suggest(fixture(), "rust", Lang::En, 10);
        assert_eq!(results[0].skill, "rust");
        let exact = results[0].score;
        let prefix = suggester().suggest(fixture(), "rus", Lang::En, 1)[0].score;
        let typo = suggester().suggest(fixture(), "rsut", Lang::En, 1)[0].score;
        assert!(exact > prefix && prefix > typo, "{exact} {prefix} {typo}");
    }

    #[test]
    fn one_entry_per_skill_with_label_in_requested_language() {
        let results = suggester().suggest(fixture(), "data", Lang::Fi, 20);
        let mut skills: Vec<&str> = results.iter().map(|s| s.skill.as_str()).collect();
        let before = skills.len();
        skills.sort_unstable();
        skills.dedup();
        assert_eq!(before, skills.len(), "{results:?}");
        let databases = results.iter().find(|s| s.skill == "databases").expect("databases");
        assert_eq!(databases.label, "tietokannat");
        assert_eq!(databases.matched_label, "databas");
        let sv = suggester().suggest(fixture(), "pilvip", Lang::Sv, 1);
        assert_eq!(sv[0].label, "molntjänster");
        assert_eq!(sv[0].matched_label, "pilvipalvelut");
        let en = suggester().suggest(fixture(), "Maskininlärning", Lang::En, 1);
        assert_eq!(
            (en[0].label.as_str(), en[0].matched_label.as_str()),
            ("machine learning", "maskininlärning")
        );
    }

    #[test]
    fn limits_and_odd_queries() {
        assert!(top("", Lang::En, 10).is_empty());
        assert!(top("   ", Lang::En, 10).is_empty());
        assert!(top("python", Lang::En, 0).is_empty());
        assert_eq!(top("a", Lang::En, 3).len(), 3);
        for query in
            ["😀", "\u{307}", "İ", "#", "+", "-", "x".repeat(10_000).as_str(), "ｐｙｔｈｏｎ", "\u{0}"]
        {
            for lang in Lang::ALL {
                let results = suggester().suggest(fixture(), query, lang, 5);
                assert!(results.len() <= 5);
                assert!(results.iter().all(|s| (0.0..=1.0).contains(&s.score)));
            }
        }
    }

    #[test]
    fn suggester_is_thread_safe() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Suggester>();
    }

    #[test]
    fn edit_distance() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        let mut scratch = Vec::new();
        let mut distance = |q: &str, l: &str, k| prefix_edit_distance(&chars(q), &chars(l), k, &mut scratch);
        assert_eq!(distance("pyhton", "python", 1), Some(1));
        assert_eq!(distance("kubernets", "kubernetes", 2), Some(1));
        assert_eq!(distance("kubre", "kubernetes", 1), Some(1), "prefix with a swap");
        assert_eq!(distance("abc", "abc", 0), Some(0));
        assert_eq!(distance("abcd", "xyzw", 2), None);
        assert_eq!(distance("abcdefgh", "ab", 2), None);
        assert_eq!(distance("abcdefgh", "abcdefgh", 2), Some(0));
        assert_eq!(distance("abxdefgh", "abcdefgh", 2), Some(1));
        assert_eq!(distance("axcdefgy", "abcdefgh", 2), Some(2));
        assert_eq!(distance("axcdxfgy", "abcdefgh", 2), None);
        assert_eq!(distance("bacdefgh", "abcdefghijk", 2), Some(1), "swap at the start, prefix");
        assert_eq!(fold("  Molntjänster\tOCH  Ärlig "), "molntjanster och arlig");
    }
}
