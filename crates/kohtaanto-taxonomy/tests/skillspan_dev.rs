//! Extraction with the embedded taxonomy measured on the SkillSpan tech postings
//! (`../shared/data/skillspan/`, outside the repository). The taxonomy and extraction were tuned
//! on the train split (only printed here); the dev split is asserted.
//!
//! Issue 3 asks for loose F1 at least 0.75 and strict F1 at least 0.60 on dev. These are NOT
//! reached: dev gives loose F1 0.627 (P 0.555, R 0.721) and strict F1 0.448 (P 0.387, R 0.533).
//! The asserted floors are those figures minus a small margin, so that a regression fails. Of the
//! 495 dev false positives about 40 are in posting titles (the first sentence, never annotated
//! in either split) and about 80 are skills naming a role (`Java Developer`, `Backend Engineer`,
//! `Full Stack Developer`), which SkillSpan does not tag but the product keeps on purpose (a Java
//! Developer posting requires Java); on train, many of the rest are technology names that the
//! annotators left untagged in one sentence and tagged in another. Strict matching also loses on
//! gold spans with punctuation tokens (`AWS )`) and long phrases (`modern programming
//! languages`).
//!
//! When the data is absent the tests print a skip note, or fail when
//! `KOHTAANTO_REQUIRE_SHARED=1` is set (CI machines that have the shared data).
//! `cargo test -p kohtaanto-taxonomy --test skillspan_dev -- --nocapture` shows the reports.

use kohtaanto_taxonomy::Taxonomy;
use kohtaanto_taxonomy::eval::{EvalReport, evaluate_skillspan};
use std::path::PathBuf;

/// Floors on the dev split: the reached figures (loose 0.627, strict 0.448) minus a margin.
const MIN_LOOSE_F1: f64 = 0.60;
const MIN_STRICT_F1: f64 = 0.42;

fn skillspan_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/skillspan").join(name)
}

/// The report on `name`, or None (after a note) when the file is absent and not required.
fn report_on(name: &str) -> Option<EvalReport> {
    let path = skillspan_file(name);
    if !path.exists() {
        let required = std::env::var("KOHTAANTO_REQUIRE_SHARED").is_ok_and(|v| v == "1");
        assert!(
            !required,
            "KOHTAANTO_REQUIRE_SHARED=1 but the SkillSpan file {} does not exist",
            path.display()
        );
        println!(
            "skipped: SkillSpan file {} is absent (set KOHTAANTO_REQUIRE_SHARED=1 to fail)",
            path.display()
        );
        return None;
    }
    let report = evaluate_skillspan(Taxonomy::embedded(), &path)
        .unwrap_or_else(|e| panic!("cannot evaluate on {}: {e}", path.display()));
    println!("{report}");
    Some(report)
}

#[test]
fn dev_split_scores_stay_above_their_floors() {
    let Some(report) = report_on("tech_dev.jsonl") else { return };
    assert!(report.strict.gold > 500, "the dev split has about 800 Knowledge spans");
    assert!(
        report.loose.f1() >= MIN_LOOSE_F1,
        "loose F1 {:.3} below {MIN_LOOSE_F1}\n{report}",
        report.loose.f1()
    );
    assert!(
        report.strict.f1() >= MIN_STRICT_F1,
        "strict F1 {:.3} below {MIN_STRICT_F1}\n{report}",
        report.strict.f1()
    );
}

#[test]
fn train_split_report() {
    let Some(report) = report_on("tech_train.jsonl") else { return };
    assert!(report.strict.gold > 1500, "the train split has about 2200 Knowledge spans");
}
