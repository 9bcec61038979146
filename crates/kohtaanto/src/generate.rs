//! `kohtaanto gen`: writes a deterministic synthetic data set (kohtaanto-gen) as JSON Lines.

use crate::cli::GenArgs;
use anyhow::{Context, Result};
use chrono::{DateTime, NaiveTime, Utc};
use kohtaanto_gen::{GenConfig, POSTINGS_FILE, PROFILES_FILE, generate, write_jsonl};

/// Today at 00:00 UTC: the default `now` of generated data, so that a data set generated twice
/// on the same day is the same.
pub fn today_midnight_utc() -> DateTime<Utc> {
    Utc::now().date_naive().and_time(NaiveTime::MIN).and_utc()
}

/// Runs `kohtaanto gen`.
pub fn run(args: &GenArgs) -> Result<()> {
    let config = GenConfig {
        postings: args.postings,
        profiles: args.profiles,
        seed: args.seed,
        now: args.now.unwrap_or_else(today_midnight_utc),
    };
    let dataset = generate(&config);
    write_jsonl(&args.out, &dataset)
        .with_context(|| format!("cannot write the data set to {}", args.out.display()))?;
    eprintln!(
        "wrote {} postings to {} and {} profiles to {} (seed {}, now {})",
        dataset.postings.len(),
        args.out.join(POSTINGS_FILE).display(),
        dataset.profiles.len(),
        args.out.join(PROFILES_FILE).display(),
        config.seed,
        config.now.to_rfc3339(),
    );
    Ok(())
}
