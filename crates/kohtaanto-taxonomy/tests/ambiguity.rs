//! Names that are skills only in context (Go, Rust, Swift, Spring, R, C, Dart, Julia, Ruby,
//! Scala, Excel, Office, Java...) against the embedded taxonomy: found in technical contexts
//! (cue words, other skills, lists, hyphen compounds such as `Go-kehittäjä`, lines of tags), never
//! in ordinary prose. Both sides in English, Finnish and Swedish.

use kohtaanto_taxonomy::Taxonomy;
use std::collections::BTreeSet;

fn found(text: &str) -> BTreeSet<String> {
    let taxonomy = Taxonomy::embedded();
    taxonomy.extractor().extract(taxonomy, text, None).into_iter().map(|m| m.skill).collect()
}

/// Check every sentence: `must` lists ids that must be found (positives) or must not be found
/// (negatives).
fn check(cases: &[(&str, &[&str])], positive: bool) {
    let taxonomy = Taxonomy::embedded();
    let mut failures = Vec::new();
    for (text, ids) in cases {
        let skills = found(text);
        for id in *ids {
            let skill = taxonomy.get(id).unwrap_or_else(|| panic!("test names unknown skill {id}"));
            if positive != skills.contains(*id) {
                let verb = if positive { "missing" } else { "unwanted" };
                failures.push(format!(
                    "{text:?}: {verb} {id} (ambiguous: {}), found {skills:?}",
                    skill.ambiguous
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn ambiguous_names_are_skills_in_technical_contexts() {
    let cases: &[(&str, &[&str])] = &[
        // English
        ("We write our backend services in Go and deploy them on Kubernetes.", &["go"]),
        ("Experience with Rust or C++ for embedded systems.", &["rust"]),
        ("iOS developer with strong Swift skills.", &["swift"]),
        ("Java and Spring are our core stack.", &["java", "spring"]),
        ("Statistical programming in R.", &["r"]),
        ("Embedded C programming on ARM microcontrollers.", &["c"]),
        ("Flutter and Dart for cross-platform mobile apps.", &["dart"]),
        ("Numerical computing in Julia or Python.", &["julia"]),
        ("Backend in Ruby and PostgreSQL.", &["ruby"]),
        ("Functional programming in Scala.", &["scala"]),
        ("Advanced Excel skills are required.", &["excel"]),
        ("Good command of Office applications and Excel.", &["microsoft-office", "excel"]),
        ("Senior Java developer wanted.", &["java"]),
        ("Technologies python docker go kubernetes", &["go"]),
        ("Exposure to Java 8 concepts such as lambdas and streams.", &["java"]),
        ("We run AWS Lambda functions in Python.", &["aws-lambda"]),
        ("SAFe and Scrum at team level.", &["safe"]),
        // A cue five words away, `version` as a cue, an ambiguous neighbour in a line of tags.
        ("Experience with latest versions of Java", &["java"]),
        ("React or other modern web frameworks", &["react"]),
        ("typescript javascript node.js react go", &["go", "react"]),
        // Finnish
        ("Go-kehittäjä, jolla on Rust-osaamista.", &["go", "rust"]),
        ("Kokemus Swift-ohjelmoinnista on eduksi.", &["swift"]),
        ("Hallitset Javan ja Spring Frameworkin.", &["java", "spring"]),
        ("R-ohjelmointi ja tilastotiede ovat vahvuuksiasi.", &["r"]),
        ("Excel-taidot ja Scala-osaaminen.", &["excel", "scala"]),
        ("Hallitset Office-ohjelmat.", &["microsoft-office"]),
        ("Osaat ohjelmoida C-kielellä.", &["c"]),
        ("Kehität sovelluksia Dartilla ja Flutterilla.", &["dart"]),
        // Swedish
        ("Go-utvecklare med kunskap i Rust-programmering.", &["go", "rust"]),
        ("Du har erfarenhet av Ruby och Ruby on Rails.", &["ruby"]),
        ("Kunskaper i Java och Spring krävs.", &["java", "spring"]),
        ("Du programmerar i Julia och Python.", &["julia"]),
        ("Excelkunskaper är ett krav.", &["excel"]),
        ("Swift-utvecklare till vårt iOS-team.", &["swift"]),
    ];
    assert!(cases.len() >= 15);
    check(cases, true);
}

#[test]
fn ambiguous_names_are_not_skills_in_ordinary_prose() {
    let cases: &[(&str, &[&str])] = &[
        // English
        ("Let's go to the office in spring.", &["go", "spring", "microsoft-office"]),
        ("Go to our website and apply today.", &["go"]),
        ("Rust never sleeps.", &["rust"]),
        ("You excel at customer meetings.", &["excel"]),
        ("A swift response to every customer request.", &["swift"]),
        ("The island of Java is famous for its coffee.", &["java"]),
        ("Julia and Scala are the names of our office dogs.", &["julia", "scala", "microsoft-office"]),
        ("Plan B or plan C.", &["c"]),
        ("R&D department and C-level executives.", &["r", "c"]),
        ("She wore a ruby necklace and threw a dart.", &["ruby", "dart"]),
        ("Spring is the best season in Helsinki.", &["spring"]),
        ("Our office is in the city centre, next to the railway station.", &["microsoft-office"]),
        ("We keep our employees safe.", &["safe"]),
        ("We digitise electronic health records.", &["electronics"]),
        ("Let's go and have lunch with the team.", &["go"]),
        ("A new version of the island map of Java is out.", &["java"]),
        ("They react, go home and rest.", &["react", "go"]),
        // CEFR levels next to technical skills are not the C or R language.
        ("Python and Java developer, English C1 and Finnish (C2) required.", &["c"]),
        // Finnish
        ("Lähdetään kesällä Javalle lomalle.", &["java"]),
        ("Go-to-market-strategia on valmis.", &["go"]),
        ("C-ajokortti on eduksi.", &["c"]),
        ("Julia ja Rust ovat koiriemme nimet.", &["julia", "rust"]),
        ("Scala on kuuluisa oopperatalo Milanossa.", &["scala"]),
        ("Java-kehittäjä: suomi (C2), englanti (C1), ruotsi B2.", &["c"]),
        // Swedish
        ("I våras reste vi till Java på semester.", &["java"]),
        ("Rost på bilen och en ruby-ring i fönstret.", &["ruby"]),
        ("Swift leverans till alla kunder.", &["swift"]),
        ("Julia och Dart spelade dart i går.", &["julia", "dart"]),
        ("Kontoret ligger nära stationen; välkommen på fika i vår!", &["microsoft-office", "spring"]),
    ];
    assert!(cases.len() >= 15);
    check(cases, false);
}
