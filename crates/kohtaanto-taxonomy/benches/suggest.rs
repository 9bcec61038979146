//! Latency of SuggestSkills typeahead (plain `std::time`, no harness): median, p99 and max per
//! query on one core, against the embedded taxonomy.
//!
//! `cargo bench -p kohtaanto-taxonomy --bench suggest` replays what a typeahead box sends: every
//! prefix of a few dozen English, Finnish and Swedish skill names as if typed one character at a
//! time (`k`, `ku`, `kub`, ...), plus whole words with typos (`kubernets`, `pyhton`,
//! `javscript`), in all three label languages. Each query is timed on its own, many rounds over
//! the set; the goal (issue 3, item 5) is p99 under 2 ms.

use kohtaanto_latency::Latencies;
use kohtaanto_taxonomy::suggest::Suggester;
use kohtaanto_taxonomy::{Lang, Taxonomy};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Names typed into the box, character by character.
const TYPED: &[&str] = &[
    // English
    "kubernetes",
    "python",
    "javascript",
    "typescript",
    "machine learning",
    "project management",
    "spring boot",
    "postgresql",
    "amazon web services",
    "continuous integration",
    "react native",
    "c#",
    "c++",
    "node.js",
    "ci/cd",
    "data analysis",
    // Finnish
    "ohjelmointi",
    "tietokannat",
    "pilvipalvelut",
    "koneoppiminen",
    "ohjelmistotestaus",
    "tietoturva",
    "projektinhallinta",
    "käyttöliittymäsuunnittelu",
    "ketterät menetelmät",
    "suomen kieli",
    // Swedish
    "programmering",
    "databaser",
    "molntjänster",
    "maskininlärning",
    "systemutveckling",
    "informationssäkerhet",
    "projektledning",
    "svenska",
];

/// Whole queries with typos, or as users spell them.
const TYPOS: &[&str] = &[
    "kubernets",
    "kuberentes",
    "pyhton",
    "pytohn",
    "javscript",
    "javasript",
    "typscript",
    "postgressql",
    "postgre",
    "dockr",
    "terraforn",
    "ansibel",
    "angluar",
    "reactjs",
    "nodejs",
    "tensorflw",
    "elasticsearh",
    "mongdb",
    "ohjelmoniti",
    "tietokanat",
    "pilvipalvlut",
    "koneopiminen",
    "programmerng",
    "databsaer",
    "maskininlarning",
    "molntjanster",
    "Spring Bot",
    "micro services",
    "devops engineer",
    "scrum master",
];

fn queries() -> Vec<String> {
    let mut out = Vec::new();
    for name in TYPED {
        let chars: Vec<char> = name.chars().collect();
        for end in 1..=chars.len() {
            out.push(chars[..end].iter().collect());
        }
    }
    out.extend(TYPOS.iter().map(|q| q.to_string()));
    out
}

fn main() {
    let taxonomy = Taxonomy::embedded();
    let started = Instant::now();
    let suggester = Suggester::new(taxonomy);
    println!("embedded taxonomy: {} skills, suggester built in {:?}", taxonomy.len(), started.elapsed());
    let queries = queries();
    let langs = [Lang::En, Lang::Fi, Lang::Sv];
    // Warm up, and show a few answers.
    for (query, lang) in
        [("kubernets", Lang::En), ("pyhton", Lang::En), ("tietok", Lang::Fi), ("molnt", Lang::Sv)]
    {
        let top: Vec<String> =
            suggester.suggest(taxonomy, query, lang, 3).into_iter().map(|s| s.skill).collect();
        println!("  {query:<10} ({}) -> {top:?}", lang.code());
    }
    let mut times = Vec::new();
    let mut cpu_times = Vec::new();
    let mut best = vec![Duration::MAX; queries.len()];
    let rounds = 30;
    for round in 0..rounds {
        for (i, query) in queries.iter().enumerate() {
            let lang = langs[(i + round) % langs.len()];
            let on_cpu = cpu_time::ThreadTime::now();
            let started = Instant::now();
            black_box(suggester.suggest(taxonomy, black_box(query), lang, 10));
            let elapsed = started.elapsed();
            cpu_times.push(on_cpu.elapsed());
            times.push(elapsed);
            best[i] = best[i].min(elapsed);
        }
    }
    // The best of the rounds per query is the cost without preemption by other processes (the
    // raw percentiles below include it when the machine is busy).
    let mut slowest: Vec<(Duration, &String)> = best.iter().copied().zip(&queries).collect();
    slowest.sort_unstable_by_key(|&(time, _)| std::cmp::Reverse(time));
    let shown: Vec<String> = slowest.iter().take(5).map(|(t, q)| format!("{q:?} {t:?}")).collect();
    println!("slowest queries (best of {rounds} rounds): {}", shown.join(", "));
    let best = Latencies::new(best);
    println!("per query, best of {rounds} rounds: {best}");
    let times = Latencies::new(times);
    println!(
        "{} distinct queries x {rounds} rounds, limit 10: {}  mean {:?}",
        queries.len(),
        times,
        times.mean()
    );
    let p99 = times.p99();
    // Thread CPU time counts only the time this thread ran: a query preempted by another process
    // is not charged for the wait, which is what a dedicated server core would see.
    let cpu_times = Latencies::new(cpu_times);
    let cpu_p99 = cpu_times.p99();
    println!("thread CPU time per query: {cpu_times}");
    let goal = Duration::from_millis(2);
    let verdict = |t: Duration| if t < goal { "met" } else { "NOT met" };
    println!(
        "goal p99 < {goal:?}: {} (all wall timings), {} (thread CPU time), {} (best of rounds per query)",
        verdict(p99),
        verdict(cpu_p99),
        verdict(best.p99())
    );
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        println!("load average {} on {cores} cores (a busy machine inflates the tail)", load.trim());
    }
}
