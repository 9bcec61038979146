//! Extraction with the embedded taxonomy measured on the SkillSpan tech postings
//! (`../shared/data/skillspan/`, outside the repository). The taxonomy and extraction were tuned on
//! the train split (only printed here); the dev split is asserted.
//!
//! Issue 3 asks for loose F1 at least 0.75 and strict F1 at least 0.60 on dev. These are NOT
//! reached: dev gives loose F1 0.647 (P 0.576, R 0.737) and strict F1 0.519 (P 0.458, R 0.599);
//! train (tuned on) loose 0.731 (P 0.664, R 0.813), strict 0.578 (P 0.517, R 0.655). Earlier
//! figures: dev loose 0.638, strict 0.495, train loose 0.690, strict 0.523 before the span rules
//! of `extract` (head nouns, a leading `modern`, a synonym in parentheses) and the education group
//! and ~50 concepts added from train misses; dev loose 0.627, strict 0.448 before the token-level
//! scoring of `eval` and the role-noun rule. Most of the train gain came from concepts seen once in
//! train, so dev moved less; the span rules and the degrees carried over. The asserted floors are
//! the dev figures minus a small margin, so that a regression fails.
//!
//! What limits the figures, measured on train: the first sentence of a posting (usually its title)
//! gives most of the false positives of some skills, since titles are mostly left unannotated, and
//! a skill naming a role (`Java Developer`, `SRE engineer`) is never annotated (1 of 50 before
//! `developer`/`engineer` on train) but kept on purpose (a Java developer posting needs Java; broad
//! fields naming a role or team are dropped); the first item after `Technologies` in the tag line
//! is left untagged while the rest are tagged; broad words are tagged in some sentences and not in
//! others (information security mentions: 18 overlap a gold span, 30 do not; `agile`, `testing`,
//! `analytics` alike) and broad domains in company descriptions (`financial services`) are mostly
//! untagged; gold spans often include neighbouring words or punctuation tokens (`AWS )` after a
//! sentence split, coordinations such as `unit and e2e tests`, `Jest Cypress` as one span: merging
//! coordinated or adjacent mentions loses more exact matches than it wins); and the misses are a
//! long tail of one-off phrases (`design`, `automation`, `engineering`, `application data`, most
//! seen once). Counting only skills of kind knowledge (dropping kind skill: `programming`,
//! `frontend development`) lowers train F1 (loose 0.731 -> 0.688, strict 0.575 -> 0.560, measured
//! before the parenthesis rule), since SkillSpan tags many of them as Knowledge: so `eval` scores
//! every kind but transversal. Matching those conventions would mean copying the annotation, not
//! recognising skills.
//!
//! When the data is absent the tests print a skip note, or fail when
//! `KOHTAANTO_REQUIRE_SHARED=1` is set (CI machines that have the shared data).
//! `cargo test -p kohtaanto-taxonomy --test skillspan_dev -- --nocapture` shows the reports.

use kohtaanto_taxonomy::Taxonomy;
use kohtaanto_taxonomy::eval::{EvalReport, evaluate_skillspan};
use std::path::PathBuf;

/// Floors on the dev split: the reached figures (loose 0.647, strict 0.519) minus a margin.
const MIN_LOOSE_F1: f64 = 0.63;
const MIN_STRICT_F1: f64 = 0.50;

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
