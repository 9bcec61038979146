//! Extraction, suggestion and enrichment against the embedded default taxonomy
//! (`data/taxonomy.toml`). Each case names skills that must be found and skills that must not,
//! so that adding skills to the taxonomy does not break the tests.

use chrono::{TimeZone, Utc};
use kohtaanto_domain::{Importance, JobPosting, Provenance, Requirement, WorkMode};
use kohtaanto_taxonomy::enrich::effective_requirements;
use kohtaanto_taxonomy::suggest::Suggester;
use kohtaanto_taxonomy::{Lang, Taxonomy};
use std::collections::BTreeSet;

fn found(text: &str) -> BTreeSet<String> {
    let taxonomy = Taxonomy::embedded();
    taxonomy.extractor().extract(taxonomy, text, None).into_iter().map(|m| m.skill).collect()
}

/// (text, must be found, must not be found); an empty "must be found" with `None` as the
/// forbidden list means nothing at all may be found.
type Case<'a> = (&'a str, &'a [&'a str], Option<&'a [&'a str]>);

fn check(cases: &[Case<'_>]) {
    let taxonomy = Taxonomy::embedded();
    assert!(taxonomy.len() > 300, "the embedded taxonomy is the full one");
    let mut failures = Vec::new();
    for (text, required, forbidden) in cases {
        let skills = found(text);
        for id in *required {
            assert!(taxonomy.get(id).is_some(), "test names unknown skill {id}");
        }
        let missing: Vec<&&str> = required.iter().filter(|id| !skills.contains(**id)).collect();
        let unwanted: Vec<&String> = match forbidden {
            Some(list) => skills.iter().filter(|id| list.contains(&id.as_str())).collect(),
            None if required.is_empty() => skills.iter().collect(),
            None => Vec::new(),
        };
        if !missing.is_empty() || !unwanted.is_empty() {
            failures.push(format!("{text:?}: missing {missing:?}, unwanted {unwanted:?}, found {skills:?}"));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn english_postings() {
    check(&[
        ("We are looking for a Python developer with Django experience.", &["python", "django"], Some(&[])),
        ("Strong skills in Java and Spring Boot are required.", &["java", "spring-boot"], Some(&["spring"])),
        (
            "Experience with JavaScript, TypeScript and React.",
            &["javascript", "typescript", "react"],
            Some(&["java"]),
        ),
        ("You know C#, .NET and ASP.NET Core.", &["csharp", "dotnet"], Some(&["c"])),
        ("Our backend runs on Node.js; some services use nodejs workers.", &["nodejs"], None),
        ("We deploy with Docker and k8s on AWS.", &["docker", "kubernetes", "aws"], None),
        ("Familiarity with CI/CD pipelines and Git is a must.", &["ci-cd", "git"], None),
        ("Knowledge of machine learning and data analysis.", &["machine-learning"], None),
        ("Experience in Go, Rust and Kubernetes", &["go", "rust", "kubernetes"], None),
        ("You speak English and Finnish, and you know Python.", &["english", "finnish", "python"], None),
        (
            "Data Scientist: statistics, R and Python; Spark or Snowflake is a plus.",
            &["r", "python", "spark", "snowflake"],
            None,
        ),
        (
            "Written in TypeScript with React, Node.js and GraphQL, deployed on Kubernetes.",
            &["typescript", "react", "nodejs", "kubernetes"],
            None,
        ),
    ]);
}

#[test]
fn finnish_postings() {
    check(&[
        ("Haemme Java-kehittäjää, jolla on kokemusta Pythonista.", &["java", "python"], None),
        ("Osaat Pythonia ja olet työskennellyt Kubernetesin kanssa.", &["python", "kubernetes"], None),
        ("Javan ja Reactin osaaminen on tärkeää.", &["java", "react"], None),
        ("Kehitämme palveluita C#:lla ja .NET:llä.", &["csharp", "dotnet"], Some(&["c"])),
        ("Kontitamme sovellukset Dockerilla ja ajamme ne AWS:ssä.", &["docker", "aws"], None),
        (
            "Kokemusta ohjelmistokehityksestä ja testauksesta.",
            &["software-development", "software-testing"],
            None,
        ),
        ("Osaamista tietokannoissa ja pilvipalveluissa.", &["databases", "cloud-computing"], None),
        ("Hyvä suomen kielen taito ja sujuva englanti.", &["finnish", "english"], None),
        (
            "Puhun sujuvaa suomea ja englantia, ruotsia tyydyttävästi.",
            &["finnish", "english", "swedish"],
            None,
        ),
        ("SQL-kyselyt ja Python-ohjelmointi ovat arkeasi.", &["sql", "python"], None),
    ]);
}

#[test]
fn swedish_postings() {
    check(&[
        ("Vi söker en utvecklare med erfarenhet av Python och Java.", &["python", "java"], None),
        ("Du har goda kunskaper i databaser och SQL.", &["databases", "sql"], None),
        ("Erfarenhet av molntjänster som AWS eller Azure.", &["cloud-computing", "aws", "azure"], None),
        ("Du talar svenska och finska flytande.", &["swedish", "finnish"], None),
        ("Du hjälper användare med Microsoft 365 och Windows-datorer.", &["microsoft-365"], None),
    ]);
}

#[test]
fn prose_without_skills() {
    check(&[
        ("Let's go to the office in spring", &[], None),
        ("We offer a gym, lunch benefits and a nice team. Express your interest by applying now!", &[], None),
        ("Windows open to the sea, react quickly, and keep your node count low.", &[], None),
        ("Välkommen till oss! Hos oss får du en rad förmåner och ros för bra arbete.", &[], None),
        ("Työskentelet Suomessa ja Ruotsissa, ja tiimimme idea on sana kerrallaan.", &[], None),
        (
            "Our office is next to the railway station; we offer flexible hours and a sip of coffee.",
            &[],
            None,
        ),
        ("R&D department, C-level executives, Google and JavaScripts.", &[], Some(&["r", "c", "go", "java"])),
    ]);
}

#[test]
fn spans_are_valid_on_a_long_mixed_text() {
    let taxonomy = Taxonomy::embedded();
    let text = "Haemme Python-kehittäjää (SQL:n ja Kubernetesin osaaminen). İstanbul — we use C#, .NET & \
                React.\nVi söker utvecklare: Go, Rust, Node.js. "
        .repeat(500);
    let mentions = taxonomy.extractor().extract(taxonomy, &text, None);
    assert!(mentions.len() >= 500 * 8, "{}", mentions.len());
    let mut previous_end = 0;
    for m in &mentions {
        assert!(m.start >= previous_end);
        assert_eq!(&text[m.start..m.end], m.text);
        previous_end = m.end;
    }
}

#[test]
fn suggestions_from_the_embedded_taxonomy() {
    let taxonomy = Taxonomy::embedded();
    let suggester = Suggester::new(taxonomy);
    let first =
        |query: &str| suggester.suggest(taxonomy, query, Lang::En, 1).into_iter().next().map(|s| s.skill);
    assert_eq!(first("kubernets").as_deref(), Some("kubernetes"));
    assert_eq!(first("pyhton").as_deref(), Some("python"));
    assert_eq!(first("javscript").as_deref(), Some("javascript"));
    assert_eq!(first("python").as_deref(), Some("python"));
    assert_eq!(first("tietokann").as_deref(), Some("databases"));
    assert_eq!(first("c#").as_deref(), Some("csharp"));
    let fi = suggester.suggest(taxonomy, "machine learn", Lang::Fi, 3);
    assert_eq!(fi[0].skill, "machine-learning");
    assert_eq!(fi[0].label, "koneoppiminen");
    assert!(suggester.suggest(taxonomy, "a", Lang::Sv, 10).len() == 10);
}

#[test]
fn effective_requirements_of_a_finnish_posting() {
    let taxonomy = Taxonomy::embedded();
    let posting = JobPosting {
        id: "hel-1".into(),
        title: "Python-kehittäjä".into(),
        description:
            "Haemme kehittäjää, joka osaa Pythonia ja SQL:ää.\nEduksi katsotaan:\n- Kubernetes\n- Azure\n\
                      Hyvä suomen kielen taito."
                .into(),
        employer: "Helsingin kaupunki".into(),
        municipality_code: "091".into(),
        region: "Uusimaa".into(),
        work_mode: WorkMode::Hybrid,
        languages: Vec::new(),
        requirements: vec![Requirement {
            skill: "sql".into(),
            importance: Importance::NiceToHave,
            min_level: Some(2),
            provenance: Provenance::Explicit,
        }],
        occupation: None,
        posted_at: Utc.with_ymd_and_hms(2025, 3, 1, 8, 0, 0).single().expect("date"),
        expires_at: None,
        source: "test".into(),
        url: String::new(),
    };
    let requirements = effective_requirements(taxonomy, taxonomy.extractor(), &posting);
    let summary: Vec<(&str, Importance, Provenance)> =
        requirements.iter().map(|r| (r.skill.as_str(), r.importance, r.provenance)).collect();
    assert_eq!(
        summary,
        [
            ("sql", Importance::NiceToHave, Provenance::Explicit),
            ("python", Importance::Required, Provenance::Extracted),
            ("kubernetes", Importance::NiceToHave, Provenance::Extracted),
            ("azure", Importance::NiceToHave, Provenance::Extracted),
            ("finnish", Importance::NiceToHave, Provenance::Extracted),
        ]
    );
}
