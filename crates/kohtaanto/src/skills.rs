//! `kohtaanto skills extract`: local skill extraction over stdin with the embedded (or a given)
//! taxonomy, one JSON line per mention and per unmapped mention; `skills eval` (SkillSpan scores) and
//! `skills taxonomy-stats` (size and ESCO share of the taxonomy), `skills train-spans` and
//! `skills train-tagger` (the learned English models).

use crate::cli::{EvalArgs, ExtractArgs, TaxonomyStatsArgs, TrainModelArgs};
use anyhow::{Context, Result};
use kohtaanto_domain::SkillMention;
use kohtaanto_taxonomy::{Lang, Taxonomy};
use serde::Serialize;
use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::PathBuf;

/// One output line: a mention with its UTF-8 byte span in the input.
#[derive(Debug, Serialize)]
struct MentionLine<'a> {
    skill: &'a str,
    label: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    confidence: f32,
}

/// One output line for an unmapped mention (a span no taxonomy skill covers).
#[derive(Debug, Serialize)]
struct UnmappedLine<'a> {
    unmapped: bool,
    start: usize,
    end: usize,
    text: &'a str,
    confidence: f32,
}

fn taxonomy(path: Option<&PathBuf>) -> Result<Cow<'static, Taxonomy>> {
    Ok(match path {
        Some(path) => Cow::Owned(
            Taxonomy::load(path).with_context(|| format!("cannot load the taxonomy {}", path.display()))?,
        ),
        None => Cow::Borrowed(Taxonomy::embedded()),
    })
}

/// Runs `kohtaanto skills eval`: the SkillSpan report on stdout.
pub fn evaluate(args: &EvalArgs) -> Result<()> {
    let taxonomy = taxonomy(args.taxonomy.as_ref())?;
    let report = kohtaanto_taxonomy::eval::evaluate_skillspan(&taxonomy, &args.skillspan)
        .with_context(|| format!("cannot evaluate on {}", args.skillspan.display()))?;
    if let Some(path) = &args.details {
        write_details(path, &report.details).with_context(|| format!("cannot write {}", path.display()))?;
    }
    write_report(&report)
}

/// One JSON line per posting of an evaluation.
fn write_details(path: &std::path::Path, details: &[kohtaanto_taxonomy::eval::PostingDetails]) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for posting in details {
        serde_json::to_writer(&mut out, posting)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// A whole report to stdout; a reader that went away (`| head`) is an error `main` ends
/// quietly on, where `println!` would panic.
fn write_report(report: &dyn std::fmt::Display) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{report}")?;
    out.flush()?;
    Ok(())
}

/// Runs `kohtaanto skills train-spans`: cross-validation table on stdout, the model to `--out`.
pub fn train_spans(args: &TrainModelArgs) -> Result<()> {
    let taxonomy = taxonomy(args.taxonomy.as_ref())?;
    let outcome = kohtaanto_taxonomy::spans::train_on_file(&taxonomy, &args.skillspan, args.folds as usize)
        .with_context(|| format!("cannot train on {}", args.skillspan.display()))?;
    println!(
        "{} mentions as examples, {} overlapping a gold Knowledge span",
        outcome.examples.0, outcome.examples.1
    );
    println!(
        "{}-fold cross-validation on {} (strict F1, loose F1); without a model: {:.3} {:.3}",
        args.folds,
        args.skillspan.display(),
        outcome.baseline.0,
        outcome.baseline.1
    );
    for result in &outcome.cv {
        println!("  {:.3} {:.3}  {}", result.strict_f1, result.loose_f1, result.settings);
    }
    println!("chosen: {}", outcome.chosen);
    std::fs::write(&args.out, &outcome.model_text)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    println!("wrote {} ({} bytes)", args.out.display(), outcome.model_text.len());
    Ok(())
}

/// Runs `kohtaanto skills train-tagger`: cross-validation table on stdout, the model to `--out`.
pub fn train_tagger(args: &TrainModelArgs) -> Result<()> {
    let taxonomy = taxonomy(args.taxonomy.as_ref())?;
    let name = args.skillspan.display().to_string();
    let postings = kohtaanto_taxonomy::eval::read_postings(&args.skillspan)
        .with_context(|| format!("cannot train on {name}"))?;
    let outcome = kohtaanto_taxonomy::tagger::train(
        &taxonomy,
        &name,
        &postings,
        args.folds as usize,
        kohtaanto_taxonomy::spans::SHIPPED_SETTINGS,
    );
    println!(
        "{}-fold cross-validation on {name} (strict F1, loose F1); taxonomy mentions alone: {:.3} {:.3}",
        args.folds, outcome.baseline.0, outcome.baseline.1
    );
    for result in &outcome.cv {
        println!(
            "  {:.3} {:.3}  epochs {} threshold {} prune {}",
            result.f1.0, result.f1.1, result.epochs, result.threshold, result.prune
        );
    }
    println!("chosen: epochs {} threshold {} prune {}", outcome.chosen.0, outcome.chosen.1, outcome.chosen.2);
    std::fs::write(&args.out, &outcome.model_text)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    println!("wrote {} ({} bytes)", args.out.display(), outcome.model_text.len());
    Ok(())
}

/// Runs `kohtaanto skills taxonomy-stats`: skills, groups and the ESCO share per kind on stdout.
/// Works offline: the ESCO URIs are part of the (embedded) taxonomy data.
pub fn taxonomy_stats(args: &TaxonomyStatsArgs) -> Result<()> {
    let taxonomy = taxonomy(args.taxonomy.as_ref())?;
    write_report(&kohtaanto_taxonomy::eval::taxonomy_stats(&taxonomy))
}

/// Runs `kohtaanto skills extract`, reading stdin and writing stdout.
pub fn run(args: &ExtractArgs) -> Result<()> {
    let taxonomy = taxonomy(args.taxonomy.as_ref())?;
    let mut input = Vec::new();
    std::io::stdin().lock().read_to_end(&mut input).context("cannot read stdin")?;
    let text = String::from_utf8(input).context("stdin is not valid UTF-8")?;
    let mentions = extract(&taxonomy, &text, args.lang.map(Lang::from));
    let unmapped = taxonomy.extractor().unmapped(&taxonomy, &text, &mentions);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_mentions(&mut out, &mentions)?;
    for mention in &unmapped {
        let line = UnmappedLine {
            unmapped: true,
            start: mention.start,
            end: mention.end,
            text: &mention.text,
            confidence: mention.confidence,
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// The mentions of `text`, labels in `lang` (detected when None).
pub fn extract(taxonomy: &Taxonomy, text: &str, lang: Option<Lang>) -> Vec<SkillMention> {
    taxonomy.extractor().extract(taxonomy, text, lang)
}

/// Writes one JSON object per mention.
fn write_mentions(out: &mut impl Write, mentions: &[SkillMention]) -> Result<()> {
    for mention in mentions {
        let line = MentionLine {
            skill: &mention.skill,
            label: &mention.label,
            start: mention.start,
            end: mention.end,
            text: &mention.text,
            confidence: mention.confidence,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_json_lines_with_byte_offsets() {
        let text = "Osaamme Pythonia ja Dockeria.";
        let mentions = extract(Taxonomy::embedded(), text, Some(Lang::En));
        let mut out = Vec::new();
        write_mentions(&mut out, &mentions).expect("writes");
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .expect("utf-8")
            .lines()
            .map(|line| serde_json::from_str(line).expect("json"))
            .collect();
        let skills: Vec<&str> = lines.iter().filter_map(|line| line["skill"].as_str()).collect();
        assert_eq!(skills, ["python", "docker"]);
        for line in &lines {
            let start = usize::try_from(line["start"].as_u64().expect("start")).expect("usize");
            let end = usize::try_from(line["end"].as_u64().expect("end")).expect("usize");
            assert_eq!(&text[start..end], line["text"].as_str().expect("text"));
            // Finnish text: the English context model does not apply.
            assert_eq!(line["confidence"].as_f64(), Some(1.0));
            assert!(line["label"].is_string());
        }
    }
}
