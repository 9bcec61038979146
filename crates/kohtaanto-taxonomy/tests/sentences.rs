//! Hand-written sentences in English, Finnish and Swedish (`tests/fixtures/sentences_{en,fi,sv}.tsv`)
//! with the skills a reader expects, against the embedded taxonomy. Per language, precision and
//! recall are counted over the skill sets of the sentences (a skill found twice in a sentence
//! counts once) and must both be at least [`MIN_SCORE`].
//!
//! The Finnish and Swedish files cover inflected forms (`Pythonilla`, `Javan`, `tietokannoista`,
//! `IT-tuessa`, `databaserna`), compounds (`ohjelmointikieli`, `tietokantaosaaminen`,
//! `Databaskunskaper`, `systemutvecklingsprojekt`) and generic skills (`ohjelmistokehitys`,
//! `testaus`, `tietoturva`, `projektinhallinta`, `systemutveckling`). Every file also holds
//! sentences without any skill.
//!
//! `cargo test -p kohtaanto-taxonomy --test sentences -- --nocapture` prints the figures.

use kohtaanto_taxonomy::Taxonomy;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Least precision and recall per language.
const MIN_SCORE: f64 = 0.9;
/// Least number of sentences per language.
const MIN_SENTENCES: usize = 40;

struct Score {
    sentences: usize,
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
    failures: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.true_positives as f64 / (self.true_positives + self.false_positives).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.true_positives as f64 / (self.true_positives + self.false_negatives).max(1) as f64
    }
}

fn score(lang: &str) -> Score {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/sentences_{lang}.tsv"));
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let taxonomy = Taxonomy::embedded();
    let mut score = Score {
        sentences: 0,
        true_positives: 0,
        false_positives: 0,
        false_negatives: 0,
        failures: Vec::new(),
    };
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (sentence, ids) = line.split_once('\t').unwrap_or_else(|| {
            panic!("{}:{}: no TAB between sentence and skills", path.display(), number + 1)
        });
        let expected: BTreeSet<&str> = ids.split(',').map(str::trim).filter(|id| !id.is_empty()).collect();
        for id in &expected {
            assert!(taxonomy.get(id).is_some(), "{}:{}: unknown skill id {id}", path.display(), number + 1);
        }
        let found: BTreeSet<String> =
            taxonomy.extractor().extract(taxonomy, sentence, None).into_iter().map(|m| m.skill).collect();
        let found: BTreeSet<&str> = found.iter().map(String::as_str).collect();
        let hits = found.intersection(&expected).count();
        score.sentences += 1;
        score.true_positives += hits;
        score.false_positives += found.len() - hits;
        score.false_negatives += expected.len() - hits;
        if found != expected {
            score.failures.push(format!(
                "{sentence:?}: missing {:?}, unexpected {:?}",
                expected.difference(&found).collect::<Vec<_>>(),
                found.difference(&expected).collect::<Vec<_>>()
            ));
        }
    }
    score
}

fn check(lang: &str) {
    let score = score(lang);
    println!(
        "{lang}: {} sentences, precision {:.3}, recall {:.3} ({} found right, {} wrong, {} missed)",
        score.sentences,
        score.precision(),
        score.recall(),
        score.true_positives,
        score.false_positives,
        score.false_negatives
    );
    for failure in &score.failures {
        println!("  {failure}");
    }
    assert!(score.sentences >= MIN_SENTENCES, "{lang}: only {} sentences", score.sentences);
    assert!(
        score.precision() >= MIN_SCORE && score.recall() >= MIN_SCORE,
        "{lang}: precision {:.3} or recall {:.3} below {MIN_SCORE}:\n{}",
        score.precision(),
        score.recall(),
        score.failures.join("\n")
    );
}

#[test]
fn finnish_sentences() {
    check("fi");
}

#[test]
fn swedish_sentences() {
    check("sv");
}

#[test]
fn english_sentences() {
    check("en");
}
