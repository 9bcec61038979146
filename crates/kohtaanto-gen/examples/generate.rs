//! Generate a synthetic data set, time it, and optionally write it as JSON Lines.
//!
//! ```text
//! cargo run --release -p kohtaanto-gen --example generate -- \
//!     --postings 100000 --profiles 300000 --seed 42 --now 2026-03-01T12:00:00Z --out /tmp/demo
//! ```
//!
//! Defaults: 100 000 postings, 300 000 profiles (the Finnish labour market, DESIGN.md section
//! 10), seed 42, `now` = the current time, no output directory (timing only).

use chrono::{DateTime, Utc};
use kohtaanto_gen::{GenConfig, generate, write_jsonl};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut config = GenConfig { postings: 100_000, profiles: 300_000, seed: 42, now: Utc::now() };
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--postings" => config.postings = value()?.parse()?,
            "--profiles" => config.profiles = value()?.parse()?,
            "--seed" => config.seed = value()?.parse()?,
            "--now" => config.now = value()?.parse::<DateTime<Utc>>()?,
            "--out" => out = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }

    let started = Instant::now();
    let dataset = generate(&config);
    let generated = started.elapsed();
    println!(
        "generated {} postings + {} profiles in {:.2} s ({} threads)",
        dataset.postings.len(),
        dataset.profiles.len(),
        generated.as_secs_f64(),
        rayon::current_num_threads(),
    );
    if let Some(dir) = out {
        let started = Instant::now();
        write_jsonl(&dir, &dataset)?;
        println!("wrote {} in {:.2} s", dir.display(), started.elapsed().as_secs_f64());
    }
    Ok(())
}
