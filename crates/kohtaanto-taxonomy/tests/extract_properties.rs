//! Property tests of skill extraction and suggestion: any input, no panic, valid byte spans.

use kohtaanto_taxonomy::extract::Extractor;
use kohtaanto_taxonomy::suggest::Suggester;
use kohtaanto_taxonomy::{Lang, Taxonomy};
use proptest::prelude::*;
use std::sync::LazyLock;

static FIXTURE: LazyLock<Taxonomy> = LazyLock::new(|| {
    Taxonomy::from_toml_str(include_str!("fixtures/extract.toml")).expect("fixture taxonomy")
});
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&FIXTURE));
static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| Suggester::new(&FIXTURE));

/// Fragments that exercise the matcher: labels, endings, separators, odd Unicode.
const FRAGMENTS: &[&str] = &[
    "Python",
    "pythonilla",
    "Java",
    "JavaScript",
    "C#",
    "C++",
    ".NET",
    "ASP.NET",
    "Node.js",
    "k8s",
    "Go",
    "Rust",
    "R",
    "C",
    "SQL",
    ":n",
    ":llä",
    "-kehittäjä",
    "-",
    "/",
    ",",
    " ",
    "\n",
    "\n- ",
    ".",
    "&",
    "#",
    "+",
    "İ",
    "ß",
    "ﬁ",
    "\u{307}",
    "\u{ad}",
    "😀",
    "日本",
    "tietokannoissa",
    "databaserna",
    "ja",
    "and",
    "och",
    "experience",
    "Spring",
    "Boot",
    "\u{a0}",
    "—",
    "’",
    "A",
    "ä",
    "Ö",
    "Σ",
    "\u{0}",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|parts| parts.concat())
}

fn check(text: &str, lang: Option<Lang>) -> Result<(), TestCaseError> {
    let mentions = EXTRACTOR.extract(&FIXTURE, text, lang);
    let mut previous_end = 0;
    for m in &mentions {
        prop_assert!(m.start < m.end, "empty span {:?}", m);
        prop_assert!(m.start >= previous_end, "overlap or disorder at {:?}", m);
        prop_assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        prop_assert!(FIXTURE.get(&m.skill).is_some());
        prop_assert!(!m.label.is_empty());
        previous_end = m.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_valid_spans(text in any::<String>()) {
        check(&text, None)?;
    }

    #[test]
    fn skill_like_fragments_give_valid_spans(text in fragment_text(), lang in prop::sample::select(&Lang::ALL[..])) {
        check(&text, Some(lang))?;
        check(&text.to_uppercase(), None)?;
    }

    #[test]
    fn suggestions_are_bounded_and_unique(query in fragment_text(), limit in 0usize..8) {
        let results = SUGGESTER.suggest(&FIXTURE, &query, Lang::Fi, limit);
        prop_assert!(results.len() <= limit);
        let mut skills: Vec<&str> = results.iter().map(|s| s.skill.as_str()).collect();
        skills.sort_unstable();
        let count = skills.len();
        skills.dedup();
        prop_assert_eq!(count, skills.len());
        prop_assert!(results.iter().all(|s| (0.0..=1.0).contains(&s.score)));
    }
}
