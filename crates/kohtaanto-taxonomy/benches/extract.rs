//! Throughput of skill extraction (plain `std::time`, no harness): MB/s on one core.
//!
//! `cargo bench -p kohtaanto-taxonomy --bench extract` runs it against the embedded taxonomy and
//! the test fixture on about 4 MB of mixed Finnish, Swedish and English posting text, plus a
//! text with no skill at all (pure scanning cost), and, when `../shared/data/skillspan/` is
//! present, on the real English SkillSpan tech postings. Each run is what ExtractSkills does:
//! the taxonomy mentions, then the unmapped mentions of the tagger (English text only).

use kohtaanto_taxonomy::{Lang, Taxonomy};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SENTENCES: &[&str] = &[
    "Haemme kokenutta Java-kehittäjää, jolla on vahvaa osaamista Pythonista ja Kubernetesistä. ",
    "Työskentelet tiimissä, joka rakentaa pilvipalveluita AWS:ssä ja Azuressa; SQL-tietokannat ovat sinulle tuttuja. ",
    "Eduksi katsotaan kokemus Go:sta, Rustista ja ketteristä menetelmistä. ",
    "We are looking for a senior developer with experience in TypeScript, React and Node.js. ",
    "You will design microservices, CI/CD pipelines and infrastructure as code with Terraform. ",
    "Knowledge of machine learning and data analysis is a plus; Finnish or Swedish is an advantage. ",
    "Vi söker en utvecklare med erfarenhet av C#, .NET och molntjänster. ",
    "Du har goda kunskaper i databaser, systemutveckling och agila metoder; Docker är meriterande. ",
    "Our office is next to the central railway station and we offer flexible working hours, lunch benefits and a gym. ",
    "Työpaikka sijaitsee Helsingin keskustassa ja tarjoamme joustavat työajat sekä kattavan työterveyshuollon. ",
];

fn corpus(target_bytes: usize) -> String {
    let mut text = String::with_capacity(target_bytes + 256);
    let mut i = 0;
    while text.len() < target_bytes {
        text.push_str(SENTENCES[i % SENTENCES.len()]);
        if i % 7 == 6 {
            text.push('\n');
        }
        i += 1;
    }
    text
}

fn measure(name: &str, taxonomy: &Taxonomy, text: &str, label_lang: Option<Lang>) {
    let extractor = taxonomy.extractor();
    // Warm up.
    let run = |text: &str| {
        let mentions = extractor.extract(taxonomy, text, label_lang);
        let unmapped = extractor.unmapped(taxonomy, text, &mentions);
        (mentions, unmapped)
    };
    let (found, unmapped) = run(text);
    let (mentions, unmapped) = (found.len(), unmapped.len());
    let mut runs = 0u32;
    let cpu_started = cpu_seconds();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(3) || runs < 3 {
        black_box(run(black_box(text)));
        runs += 1;
    }
    let per_run = started.elapsed().as_secs_f64() / f64::from(runs);
    let mb_per_s = text.len() as f64 / 1e6 / per_run;
    // Throughput per second of CPU time of this (single-threaded) process: what one core does
    // when other processes compete for it.
    let cpu = match (cpu_started, cpu_seconds()) {
        (Some(before), Some(after)) if after > before => {
            format!("{:>8.1} MB/cpu-s", text.len() as f64 / 1e6 * f64::from(runs) / (after - before))
        }
        _ => String::new(),
    };
    println!(
        "{name:<44} {:>6.2} MB  {mentions:>7} mentions {unmapped:>5} unmapped  {:>8.2} ms/run  {mb_per_s:>8.1} MB/s {cpu}",
        text.len() as f64 / 1e6,
        per_run * 1e3
    );
}

/// User plus system CPU time of this process so far, from `/proc/self/stat` (Linux; in the
/// kernel's USER_HZ = 100 ticks per second), or None elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let fixture =
        Taxonomy::from_toml_str(include_str!("../tests/fixtures/extract.toml")).expect("fixture taxonomy");
    let embedded = Taxonomy::embedded();
    let started = Instant::now();
    let patterns = embedded.extractor().pattern_count();
    println!(
        "embedded taxonomy: {} skills, {patterns} patterns, extractor built in {:?}",
        embedded.len(),
        started.elapsed()
    );
    let text = corpus(4 * 1024 * 1024);
    let plain =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ".repeat(50_000);
    measure("embedded taxonomy, mixed postings", embedded, &text, None);
    measure("embedded taxonomy, mixed postings, lang=en", embedded, &text, Some(Lang::En));
    measure("fixture taxonomy, mixed postings", &fixture, &text, None);
    measure("embedded taxonomy, no skills (lorem ipsum)", embedded, &plain, Some(Lang::En));
    let posting = corpus(4 * 1024);
    measure("embedded taxonomy, one 4 KB posting", embedded, &posting, None);
    match skillspan_corpus() {
        Some(text) => measure("embedded taxonomy, SkillSpan postings (en)", embedded, &text, Some(Lang::En)),
        None => println!("(SkillSpan files in ../shared/data/skillspan absent: real-posting run skipped)"),
    }
}

/// The English SkillSpan tech postings (train and dev), each sentence's tokens joined with spaces,
/// one sentence a line, when `../shared/data/skillspan/` is present.
fn skillspan_corpus() -> Option<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/skillspan");
    let mut text = String::new();
    for name in ["tech_train.jsonl", "tech_dev.jsonl"] {
        let data = std::fs::read_to_string(dir.join(name)).ok()?;
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let posting: serde_json::Value = serde_json::from_str(line).ok()?;
            for sentence in posting["sentences"].as_array()? {
                let tokens: Vec<&str> =
                    sentence["tokens"].as_array()?.iter().filter_map(serde_json::Value::as_str).collect();
                text.push_str(&tokens.join(" "));
                text.push('\n');
            }
        }
    }
    Some(text)
}
