//! The shipped English models (`data/span_model.tsv`, `data/tagger_model.tsv`) are exactly what
//! their documented training commands write for the current taxonomy and extraction, so a change
//! to either (a new concept, a new alias rule) cannot leave them stale unnoticed.
//!
//! The settings cross-validation chose are fixed here (`spans::SHIPPED_SETTINGS`,
//! `tagger::SHIPPED_SETTINGS`, also in the files' headers); the test fits them on the SkillSpan
//! train split (`../shared`, absent: skipped with a note, or a failure when
//! `KOHTAANTO_REQUIRE_SHARED=1`) and compares the text byte for byte. On a failure, retrain in
//! this order (the tagger learns on top of the context model):
//!
//! ```sh
//! kohtaanto skills train-spans --skillspan ../shared/data/skillspan/tech_train.jsonl --out crates/kohtaanto-taxonomy/data/span_model.tsv
//! cargo build --release -p kohtaanto
//! kohtaanto skills train-tagger --skillspan ../shared/data/skillspan/tech_train.jsonl --out crates/kohtaanto-taxonomy/data/tagger_model.tsv
//! ```

use kohtaanto_taxonomy::eval::{SkillspanPosting, read_postings};
use kohtaanto_taxonomy::{Taxonomy, spans, tagger};
use std::path::PathBuf;

/// Folds of the documented commands (they only go into the headers here).
const FOLDS: usize = 5;

fn train_split() -> Option<(String, Vec<SkillspanPosting>)> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/skillspan/tech_train.jsonl");
    if !path.exists() {
        let required = std::env::var("KOHTAANTO_REQUIRE_SHARED").is_ok_and(|v| v == "1");
        assert!(!required, "KOHTAANTO_REQUIRE_SHARED=1 but {} does not exist", path.display());
        println!("skipped: {} is absent (set KOHTAANTO_REQUIRE_SHARED=1 to fail)", path.display());
        return None;
    }
    let postings = read_postings(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Some((path.display().to_string(), postings))
}

/// The first line where two model texts differ, for the failure message.
fn first_difference(shipped: &str, fitted: &str) -> String {
    let line = shipped.lines().zip(fitted.lines()).position(|(a, b)| a != b);
    match line {
        Some(i) => format!(
            "line {}: shipped {:?}, fitted {:?}",
            i + 1,
            shipped.lines().nth(i).unwrap_or(""),
            fitted.lines().nth(i).unwrap_or("")
        ),
        None => format!("shipped has {} lines, fitted {}", shipped.lines().count(), fitted.lines().count()),
    }
}

#[test]
fn the_shipped_context_model_is_what_training_writes() {
    let Some((name, postings)) = train_split() else { return };
    let shipped = include_str!("../data/span_model.tsv");
    let fitted = spans::fit_settings(Taxonomy::embedded(), &name, &postings, FOLDS, spans::SHIPPED_SETTINGS);
    assert!(
        fitted == shipped,
        "data/span_model.tsv is stale ({}): retrain (see this test's documentation)",
        first_difference(shipped, &fitted)
    );
}

#[test]
fn the_shipped_tagger_is_what_training_writes() {
    let Some((name, postings)) = train_split() else { return };
    let shipped = include_str!("../data/tagger_model.tsv");
    let fitted =
        tagger::fit_settings(Taxonomy::embedded(), &name, &postings, FOLDS, tagger::SHIPPED_SETTINGS);
    assert!(
        fitted == shipped,
        "data/tagger_model.tsv is stale ({}): retrain (see this test's documentation)",
        first_difference(shipped, &fitted)
    );
}
