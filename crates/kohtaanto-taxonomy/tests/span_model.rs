//! The shipped English context model (`data/span_model.tsv`, see `src/spans.rs`): it gives
//! requirement mentions a high confidence and mentions in company prose or titles a low one, it
//! never changes which skills are extracted (matching keeps them all), and Finnish and Swedish
//! text keeps confidence 1.

use kohtaanto_taxonomy::spans::{CONFIDENT, SpanModel};
use kohtaanto_taxonomy::{Lang, Taxonomy};

fn confidences(text: &str) -> Vec<(String, f32)> {
    let taxonomy = Taxonomy::embedded();
    taxonomy
        .extractor()
        .extract(taxonomy, text, Some(Lang::En))
        .into_iter()
        .map(|m| (m.skill, m.confidence))
        .collect()
}

#[test]
fn the_embedded_model_is_loaded() {
    let model = SpanModel::embedded().expect("data/span_model.tsv has weights");
    assert!(model.len() > 1000, "{} features", model.len());
}

#[test]
fn requirements_are_confident() {
    let found = confidences("You have solid experience with Java , Spring Boot and PostgreSQL .");
    println!("{found:?}");
    assert!(found.len() >= 3, "{found:?}");
    for (skill, confidence) in &found {
        assert!(*confidence >= CONFIDENT, "{skill} {confidence} in {found:?}");
    }
}

#[test]
fn company_prose_is_not() {
    let found = confidences("We are a leading provider of financial services to banks across Europe .");
    println!("{found:?}");
    let (_, confidence) =
        found.iter().find(|(skill, _)| skill == "financial-services").expect("financial services found");
    assert!(*confidence < CONFIDENT, "{found:?}");
}

#[test]
fn every_mention_is_kept_whatever_its_confidence() {
    let taxonomy = Taxonomy::embedded();
    let text = "We are a leading provider of financial services . Senior Java Developer\n\
                You know Python , Kubernetes and security practices .";
    let with_model = taxonomy.extractor().extract(taxonomy, text, Some(Lang::En));
    let plain = kohtaanto_taxonomy::extract::Extractor::new(taxonomy).with_span_model(None);
    let without = plain.extract(taxonomy, text, Some(Lang::En));
    let spans = |mentions: &[kohtaanto_domain::SkillMention]| {
        mentions.iter().map(|m| (m.skill.clone(), m.start, m.end)).collect::<Vec<_>>()
    };
    assert_eq!(spans(&with_model), spans(&without));
    assert!(without.iter().all(|m| m.confidence == 1.0));
    assert!(with_model.iter().any(|m| m.confidence < CONFIDENT), "{with_model:?}");
}

#[test]
fn finnish_and_swedish_text_keep_full_confidence() {
    for text in [
        "Olemme johtava rahoituspalveluiden tarjoaja ja haemme Java-kehittäjää, jolla on kokemusta pilvipalveluista.",
        "Vi är ett ledande företag inom finansiella tjänster och söker en utvecklare med erfarenhet av molntjänster.",
    ] {
        let found = confidences(text);
        assert!(!found.is_empty(), "{text}");
        assert!(found.iter().all(|(_, c)| *c == 1.0), "{found:?}");
    }
}
