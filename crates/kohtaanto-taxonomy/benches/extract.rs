//! Throughput of skill extraction (plain `std::time`, no harness): MB/s on one core.
//!
//! `cargo bench -p kohtaanto-taxonomy --bench extract` runs it against the embedded taxonomy and
//! the test fixture on about 4 MB of mixed Finnish, Swedish and English posting text, plus a
//! text with no skill at all (pure scanning cost).

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
    let mentions = extractor.extract(taxonomy, text, label_lang).len();
    let mut runs = 0u32;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(3) || runs < 3 {
        black_box(extractor.extract(taxonomy, black_box(text), label_lang));
        runs += 1;
    }
    let per_run = started.elapsed().as_secs_f64() / f64::from(runs);
    let mb_per_s = text.len() as f64 / 1e6 / per_run;
    println!(
        "{name:<44} {:>6.2} MB  {mentions:>7} mentions  {:>8.2} ms/run  {mb_per_s:>8.1} MB/s",
        text.len() as f64 / 1e6,
        per_run * 1e3
    );
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
}
