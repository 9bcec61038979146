//! The embedded taxonomy against the ESCO extracts in `../shared/data/esco/` (outside the
//! repository): every ESCO URI of the taxonomy exists in ESCO, and every skill that carries an
//! ESCO label has an ESCO URI.
//!
//! ESCO's labels are available two ways here:
//! - the collection files (`ictSkillsCollection_en.csv`, `languageSkillsCollection_en.csv`,
//!   `transversalSkillsCollection_en.csv`) give the preferred label and the alternative labels of
//!   their concepts separately: compared exactly (case-insensitive);
//! - `skills_uri_text.csv` (all 13,939 skill and knowledge concepts) gives one text per concept in
//!   which the preferred label, the alternative labels and the description are concatenated
//!   without separators, so a label cannot be cut out exactly. A text that begins with the
//!   taxonomy label and a space is taken as a *candidate* preferred label; the candidates that are
//!   homonyms or longer names (`React` / "react to emergencies", `Rust` / "rust proofing") were
//!   reviewed and are listed in [`NOT_THE_SAME_CONCEPT`] with the reason.
//!
//! When the data is absent the tests print a skip note, or fail when
//! `KOHTAANTO_REQUIRE_SHARED=1` is set.

use kohtaanto_taxonomy::Taxonomy;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

const ESCO_SKILL: &str = "http://data.europa.eu/esco/skill/";

/// (skill id, English label or alias, why the ESCO concept whose text starts with it is not the
/// skill's concept).
const NOT_THE_SAME_CONCEPT: &[(&str, &str, &str)] = &[
    ("web-components", "Polymer", "ESCO: polymer chemistry"),
    ("nifi", "Stitch", "ESCO: stitch paper materials"),
    ("switching", "switching", "ESCO: switching devices (electrical)"),
    (
        "healthcare",
        "healthcare",
        "ESCO: healthcare administration / data systems / analytics, not the industry",
    ),
    (
        "manufacturing-industry",
        "manufacturing",
        "ESCO: manufacturing of a given product or process, not the industry",
    ),
    ("manufacturing-industry", "automotive", "ESCO: automotive engineering / diagnostics, not the industry"),
    ("manufacturing-industry", "logistics", "ESCO: logistics of a given trade, not the industry"),
    ("manufacturing-industry", "energy sector", "ESCO: energy sector policies, not the industry"),
    (
        "manufacturing-industry",
        "consumer electronics",
        "ESCO: consumer electronics (products and repair), not the industry",
    ),
    ("healthcare", "health care", "ESCO: health care legislation / ethics / system, not the industry"),
    ("rust", "Rust", "ESCO: rust proofing (of spray gun parts)"),
    ("react", "React", "ESCO: react to emergencies / react calmly (verbs)"),
    ("express", "Express", "ESCO: express yourself (verb)"),
    ("safe", "SAFe", "ESCO: safe use of pesticides and similar"),
    ("spark", "Spark", "ESCO: Spark, the Java micro framework, not Apache Spark"),
    ("oracle-database", "Oracle", "ESCO: Oracle Warehouse Builder, Oracle Data Integrator, Oracle WebLogic"),
    ("qlik", "QlikView", "ESCO: QlikView Expressor, a different product"),
    ("api-development", "web services", "ESCO web services is the SOAP/WSDL concept, linked from skill soap"),
    ("health-technology", "health technology", "ESCO: health technology assessment"),
    (
        "health-technology",
        "medical devices",
        "ESCO: medical devices, narrower than the health technology domain",
    ),
    ("apache-http-server", "Apache", "ESCO: Apache Maven, Apache Tomcat (other Apache products)"),
];

fn esco_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/esco")
}

/// ESCO as far as these tests need it.
struct Esco {
    /// URI -> lowercased concatenated text (skills_uri_text.csv).
    texts: HashMap<String, String>,
    /// lowercased exact label -> URIs (collection files).
    labels: HashMap<String, HashSet<String>>,
}

fn read_csv(name: &str) -> Vec<Vec<String>> {
    let path = esco_dir().join(name);
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_csv(&text)
}

/// RFC 4180 records (quoted fields may hold commas, quotes and newlines); the header is dropped.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records.into_iter().skip(1).collect()
}

/// The ESCO data, or None (after a note) when absent and not required.
fn esco() -> Option<Esco> {
    let dir = esco_dir();
    if !dir.join("skills_uri_text.csv").exists() {
        let required = std::env::var("KOHTAANTO_REQUIRE_SHARED").is_ok_and(|v| v == "1");
        assert!(!required, "KOHTAANTO_REQUIRE_SHARED=1 but {} has no ESCO files", dir.display());
        println!(
            "skipped: ESCO files not found in {} (set KOHTAANTO_REQUIRE_SHARED=1 to fail)",
            dir.display()
        );
        return None;
    }
    let texts = read_csv("skills_uri_text.csv")
        .into_iter()
        .filter(|r| r.len() >= 2)
        .map(|r| (r[0].clone(), r[1].to_lowercase()))
        .collect();
    let mut labels: HashMap<String, HashSet<String>> = HashMap::new();
    for name in [
        "ictSkillsCollection_en.csv",
        "languageSkillsCollection_en.csv",
        "transversalSkillsCollection_en.csv",
    ] {
        // conceptType, conceptUri, skillType, reuseLevel, preferredLabel, altLabels, ...
        for record in read_csv(name).into_iter().filter(|r| r.len() >= 6) {
            let alternatives = record[5].split(['|', '\n']).map(str::trim).filter(|a| !a.is_empty());
            for label in std::iter::once(record[4].trim()).chain(alternatives) {
                labels.entry(label.to_lowercase()).or_default().insert(record[1].clone());
            }
        }
    }
    Some(Esco { texts, labels })
}

#[test]
fn every_esco_uri_of_the_taxonomy_exists_in_esco() {
    let Some(esco) = esco() else { return };
    let known: HashSet<&str> = esco
        .texts
        .keys()
        .map(String::as_str)
        .chain(esco.labels.values().flatten().map(String::as_str))
        .collect();
    let mut linked = 0;
    for skill in Taxonomy::embedded().skills() {
        let Some(uri) = &skill.esco_uri else { continue };
        linked += 1;
        assert!(uri.starts_with(ESCO_SKILL), "{}: {uri} is not an ESCO skill URI", skill.id);
        assert!(known.contains(uri.as_str()), "{}: {uri} is not in the ESCO files", skill.id);
    }
    assert!(linked > 300, "only {linked} skills link to ESCO");
}

#[test]
fn every_skill_with_an_esco_label_has_an_esco_uri() {
    let Some(esco) = esco() else { return };
    let exempt: HashSet<(&str, String)> =
        NOT_THE_SAME_CONCEPT.iter().map(|(id, label, _)| (*id, label.to_lowercase())).collect();
    let mut missing = Vec::new();
    for skill in Taxonomy::embedded().skills().iter().filter(|s| s.esco_uri.is_none()) {
        let names = std::iter::once(&skill.labels.en).chain(&skill.aliases.en);
        for name in names {
            let lower = name.to_lowercase();
            if exempt.contains(&(skill.id.as_str(), lower.clone())) {
                continue;
            }
            let prefix = format!("{lower} ");
            let exact = esco.labels.get(&lower).into_iter().flatten();
            let candidates =
                esco.texts.iter().filter(|(_, text)| text.starts_with(&prefix)).map(|(uri, _)| uri);
            let uris: Vec<&String> = exact.chain(candidates).collect();
            if !uris.is_empty() {
                missing.push(format!("{} ({name}): {uris:?}", skill.id));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "skills whose label or alias is an ESCO label but have no ESCO URI (link them in \
         tools/taxonomy/taxonomy_data.py or add a reviewed exception):\n{}",
        missing.join("\n")
    );
}

#[test]
fn reviewed_exceptions_are_still_needed() {
    let Some(esco) = esco() else { return };
    let taxonomy = Taxonomy::embedded();
    for (id, label, reason) in NOT_THE_SAME_CONCEPT {
        let skill = taxonomy.get(id).unwrap_or_else(|| panic!("exception for unknown skill {id}"));
        assert!(skill.esco_uri.is_none(), "{id} has an ESCO URI now; drop its exception ({reason})");
        let names: Vec<String> =
            std::iter::once(&skill.labels.en).chain(&skill.aliases.en).map(|n| n.to_lowercase()).collect();
        assert!(names.contains(&label.to_lowercase()), "{id} has no English label {label:?} any more");
        let prefix = format!("{} ", label.to_lowercase());
        assert!(
            esco.texts.values().any(|t| t.starts_with(&prefix))
                || esco.labels.contains_key(&label.to_lowercase()),
            "no ESCO concept starts with {label:?} any more; drop the exception"
        );
    }
}
