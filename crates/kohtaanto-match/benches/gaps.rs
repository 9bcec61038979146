//! Latency of the SkillGaps engine (plain `std::time`, no harness): median, p99 and max of
//! MarketGaps (one region and all), ProfileGaps (many profiles) and ProgrammeImpact (one
//! programme and a comparison of several), on the in-memory [`Snapshot`] alone (no store, no
//! gRPC: `kohtaanto-bench --bin gaps` measures those).
//!
//! ```text
//! cargo bench -p kohtaanto-match --bench gaps                       # 100k postings, 300k profiles
//! GAPS_POSTINGS=10000 GAPS_PROFILES=30000 cargo bench -p kohtaanto-match --bench gaps
//! cargo bench -p kohtaanto-match --bench gaps -- --postings 10000 --profiles 30000 --profile-queries 100
//! ```
//!
//! Other knobs: `--market-repeats N` (5), `--programmes N` (5; 0 skips ProgrammeImpact, the
//! comparison runs when N >= 2), `--catalogue N` (0; the first N programmes of the generated
//! catalogue, realistic courses teaching 2-9 skills, each on its own), `--sample N` (0; from 2,
//! every ProgrammeImpact call is also estimated from one jobseeker in N, timed and printed with
//! its 95 % intervals next to the exact answer), `--view-writes N` (0; from 1, an impact view of
//! each catalogue programme is counted, the first N postings and N profiles are replaced by
//! others, and bringing each view to the new snapshot is timed), also as `GAPS_MARKET_REPEATS`,
//! `GAPS_PROGRAMMES`, `GAPS_CATALOGUE`, `GAPS_SAMPLE`, `GAPS_VIEW_WRITES`.
//!
//! Data: kohtaanto-gen (seed 7), requirements and skills enriched with the embedded taxonomy as
//! the store does (explicit + extracted). Goals (issue 4, point 6) at 100k postings and 300k
//! profiles: MarketGaps for one region under 1 s, ProfileGaps p99 under 50 ms, ProgrammeImpact
//! under 2 s.

use chrono::{DateTime, Duration as Days, Utc};
use kohtaanto_domain::{Importance, MatchFilters};
use kohtaanto_gen::{GenConfig, generate};
use kohtaanto_latency::Latencies;
use kohtaanto_match::gaps::{
    self, GapPosting, GapProfile, MarketQuery, Never, ProfileGapsQuery, Scope, Snapshot, market_gaps,
    profile_gaps, programme_impact,
};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy, enrich};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::hint::black_box;
use std::time::{Duration, Instant};

struct Options {
    postings: usize,
    profiles: usize,
    profile_queries: usize,
    market_repeats: usize,
    programmes: usize,
    catalogue: usize,
    sample: usize,
    view_writes: usize,
}

fn options() -> Options {
    let env =
        |name: &str, default: usize| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let mut o = Options {
        postings: env("GAPS_POSTINGS", 100_000),
        profiles: env("GAPS_PROFILES", 300_000),
        profile_queries: env("GAPS_PROFILE_QUERIES", 300),
        market_repeats: env("GAPS_MARKET_REPEATS", 5),
        programmes: env("GAPS_PROGRAMMES", 5),
        catalogue: env("GAPS_CATALOGUE", 0),
        sample: env("GAPS_SAMPLE", 0),
        view_writes: env("GAPS_VIEW_WRITES", 0),
    };
    // `cargo bench` passes `--bench`; other flags take a number.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).and_then(|v| v.parse::<usize>().ok());
        let slot = match args[i].as_str() {
            "--postings" => Some(&mut o.postings),
            "--profiles" => Some(&mut o.profiles),
            "--profile-queries" => Some(&mut o.profile_queries),
            "--catalogue" => Some(&mut o.catalogue),
            "--market-repeats" => Some(&mut o.market_repeats),
            "--programmes" => Some(&mut o.programmes),
            "--sample" => Some(&mut o.sample),
            "--view-writes" => Some(&mut o.view_writes),
            _ => None,
        };
        match (slot, value) {
            (Some(slot), Some(value)) => {
                *slot = value;
                i += 2;
            }
            _ => i += 1,
        }
    }
    o
}

fn summary(name: &str, times: Vec<Duration>) {
    println!("{name:<44} {}", Latencies::new(times));
}

fn time<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = black_box(f());
    (value, started.elapsed())
}

fn main() {
    let o = options();
    let now: DateTime<Utc> = "2026-03-01T12:00:00Z".parse().expect("time");
    let taxonomy = Taxonomy::embedded();
    let (snapshot, took) = time(|| build(taxonomy, &o, now));
    println!(
        "data: {} postings, {} profiles, {} skills; generated, enriched and indexed in {:.1} s",
        snapshot.postings.len(),
        snapshot.profiles.len(),
        taxonomy.len(),
        took.as_secs_f64()
    );
    describe(taxonomy, &snapshot);

    let market = |region: Option<&str>| MarketQuery {
        scope: Scope { region: region.map(String::from), ..Scope::default() },
        since: now - Days::days(365),
        until: now,
        now,
        supply_min_level: gaps::DEFAULT_SUPPLY_MIN_LEVEL,
        supply_recent_years: gaps::DEFAULT_SUPPLY_RECENT_YEARS,
    };
    for region in [Some("Uusimaa"), Some("Pirkanmaa"), None] {
        let query = market(region);
        let times: Vec<Duration> = (0..o.market_repeats.max(1))
            .map(|_| time(|| market_gaps(taxonomy, &snapshot, &query)).1)
            .collect();
        summary(&format!("MarketGaps region={}", region.unwrap_or("all")), times);
    }

    let filters = MatchFilters::default();
    let programmes =
        kohtaanto_gen::generate(&GenConfig { postings: 0, profiles: 0, seed: 7, now }).programmes;
    let step = (snapshot.profiles.len() / o.profile_queries.max(1)).max(1);
    let times: Vec<Duration> = snapshot
        .profiles
        .iter()
        .step_by(step)
        .take(o.profile_queries)
        .map(|profile| {
            let query = ProfileGapsQuery {
                profile,
                filters: &filters,
                match_threshold: gaps::DEFAULT_MATCH_THRESHOLD,
                near_miss_threshold: gaps::DEFAULT_NEAR_MISS_THRESHOLD,
                now,
                programmes: &programmes,
                max_near_misses: 20,
                max_skills: 20,
                max_programmes: 10,
            };
            time(|| profile_gaps(taxonomy, &snapshot, &query)).1
        })
        .collect();
    summary(&format!("ProfileGaps ({} programmes)", programmes.len()), times);

    // Programmes of two popular required skills each at level 4, as the gRPC bench.
    let mut counts: HashMap<SkillIndex, usize> = HashMap::new();
    for posting in &snapshot.postings {
        for r in posting.requirements.iter() {
            *counts.entry(r.skill).or_default() += 1;
        }
    }
    let mut popular: Vec<(SkillIndex, usize)> = counts.into_iter().collect();
    popular.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let taught: Vec<Vec<(SkillIndex, u8)>> = (0..o.programmes)
        .map(|i| popular.iter().skip(i * 2).take(2).map(|&(s, _)| (s, 4)).collect())
        .collect();
    let sample = (o.sample > 1).then(|| {
        let (sample, took) = time(|| gaps::sample_snapshot(taxonomy, &snapshot, o.sample as u32));
        println!(
            "sample of one in {}: {} profiles, built in {:.1} ms",
            o.sample,
            sample.profiles.len(),
            took.as_secs_f64() * 1000.0
        );
        sample
    });
    let mut estimate_times = Vec::new();
    // One ProgrammeImpact call, printed after `kind` with its skills; its time. With `--sample`
    // also the estimate, whose time goes to `estimate_times`.
    let mut assess = |kind: &str, scope: &Scope, programme: &[(SkillIndex, u8)]| -> Duration {
        let (impact, took) = time(|| {
            programme_impact(
                taxonomy,
                &snapshot,
                scope,
                programme,
                gaps::DEFAULT_MATCH_THRESHOLD,
                now,
                &Never,
            )
            .expect("never stopped")
        });
        let skills: Vec<&str> = programme.iter().map(|&(s, _)| taxonomy.skill(s).id.as_str()).collect();
        println!(
            "  {kind} {:<40} {:>8.1} ms  jobseekers {:>7}  matches {:>9}",
            skills.join("+"),
            took.as_secs_f64() * 1000.0,
            impact.jobseekers_gaining,
            impact.matches_gained
        );
        if let Some(sample) = &sample {
            let (estimate, estimated_in) = time(|| {
                gaps::estimate_impact(
                    taxonomy,
                    &snapshot,
                    sample,
                    scope,
                    programme,
                    gaps::DEFAULT_MATCH_THRESHOLD,
                    now,
                    &Never,
                )
                .expect("never stopped")
            });
            println!(
                "  {:<47} {:>8.1} ms  jobseekers {:.0} [{:.0}, {:.0}]  matches {:.0} [{:.0}, {:.0}]",
                format!("estimate (one in {})", o.sample),
                estimated_in.as_secs_f64() * 1000.0,
                estimate.jobseekers.value,
                estimate.jobseekers.low,
                estimate.jobseekers.high,
                estimate.matches.value,
                estimate.matches.low,
                estimate.matches.high
            );
            estimate_times.push(estimated_in);
        }
        took
    };
    let scopes = if taught.is_empty() {
        Vec::new()
    } else {
        vec![Scope::default(), Scope { region: Some("Uusimaa".into()), ..Scope::default() }]
    };
    for scope in scopes {
        let name = scope.region.clone().unwrap_or_else(|| "all".into());
        let mut times = Vec::new();
        for programme in &taught {
            times.push(assess("impact", &scope, programme));
        }
        summary(&format!("ProgrammeImpact single region={name}"), times);
        if taught.len() < 2 {
            continue;
        }
        let (_, took) = time(|| {
            taught
                .iter()
                .map(|p| {
                    programme_impact(
                        taxonomy,
                        &snapshot,
                        &scope,
                        p,
                        gaps::DEFAULT_MATCH_THRESHOLD,
                        now,
                        &Never,
                    )
                })
                .collect::<Vec<_>>()
        });
        println!(
            "{:<44} {:>9.1} ms",
            format!("ProgrammeImpact comparison of {} region={name}", taught.len()),
            took.as_secs_f64() * 1000.0
        );
    }

    // Realistic courses of the generated catalogue, all jobseekers and postings in scope.
    let mut times = Vec::new();
    for programme in programmes.iter().take(o.catalogue) {
        times.push(assess("catalogue", &Scope::default(), &gaps::taught_skills(taxonomy, programme)));
    }
    if !times.is_empty() {
        summary("ProgrammeImpact catalogue programmes region=all", times);
    }
    if !estimate_times.is_empty() {
        summary(&format!("ProgrammeImpact estimates (one in {})", o.sample), estimate_times);
    }
    if o.view_writes > 0 {
        views(taxonomy, snapshot, &programmes[..o.catalogue.min(programmes.len())], o.view_writes, now);
    }
}

/// Impact views of `programmes`: counted, then brought to a snapshot where the first `writes`
/// postings and profiles are replaced by others (another seed, same ids).
fn views(
    taxonomy: &'static Taxonomy,
    snapshot: Snapshot,
    programmes: &[kohtaanto_domain::TrainingProgramme],
    writes: usize,
    now: DateTime<Utc>,
) {
    use gaps::{ImpactView, ViewKey};
    use std::sync::Arc;
    let old = Arc::new(snapshot);
    let mut views: Vec<ImpactView> = programmes
        .iter()
        .map(|programme| {
            let key =
                ViewKey::new(&gaps::taught_skills(taxonomy, programme), gaps::DEFAULT_MATCH_THRESHOLD, None);
            let (view, took) = time(|| ImpactView::build(taxonomy, old.clone(), key, now, &Never));
            println!("impact view of {}: counted in {:.1} ms", programme.name, took.as_secs_f64() * 1000.0);
            view.expect("never stopped")
        })
        .collect();
    let (postings, profiles) = records(taxonomy, writes, writes, 8, now);
    let mut all_postings = old.postings.clone();
    let mut all_profiles = old.profiles.clone();
    all_postings.splice(..writes.min(all_postings.len()), postings);
    all_profiles.splice(..writes.min(all_profiles.len()), profiles);
    let (new, took) = time(|| Arc::new(Snapshot::new(taxonomy, all_postings, all_profiles)));
    println!(
        "snapshot with {writes} postings and {writes} profiles replaced: {:.1} ms",
        took.as_secs_f64() * 1000.0
    );
    let mut times = Vec::new();
    let memo = gaps::ChangeMemo::default();
    for view in &mut views {
        let (change, took) = time(|| view.update(taxonomy, &new, now, &memo, &Never));
        println!("  {:?} in {:.1} ms", change.expect("never stopped"), took.as_secs_f64() * 1000.0);
        times.push(took);
    }
    summary(&format!("impact view update ({writes} + {writes} replaced)"), times);
    let times = views.iter().map(|view| time(|| view.impact(&Scope::default())).1).collect();
    summary("ProgrammeImpact from a current view", times);
}

/// Generate, enrich (explicit + extracted, as the store) and build the snapshot.
fn build(taxonomy: &'static Taxonomy, o: &Options, now: DateTime<Utc>) -> Snapshot {
    let (postings, profiles) = records(taxonomy, o.postings, o.profiles, 7, now);
    let (snapshot, took) = time(|| Snapshot::new(taxonomy, postings, profiles));
    println!("Snapshot::new {:.1} ms", took.as_secs_f64() * 1000.0);
    snapshot
}

/// Generated records, enriched (explicit + extracted, as the store).
fn records(
    taxonomy: &'static Taxonomy,
    postings: usize,
    profiles: usize,
    seed: u64,
    now: DateTime<Utc>,
) -> (Vec<GapPosting>, Vec<GapProfile>) {
    let data = generate(&GenConfig { postings, profiles, seed, now });
    let extractor = taxonomy.extractor();
    let postings: Vec<GapPosting> = data
        .postings
        .par_iter()
        .map(|p| {
            GapPosting::from_record(taxonomy, p, &enrich::effective_requirements(taxonomy, extractor, p))
        })
        .collect();
    let profiles: Vec<GapProfile> = data
        .profiles
        .par_iter()
        .map(|p| GapProfile::from_record(taxonomy, p, &enrich::effective_skills(taxonomy, extractor, p)))
        .collect();
    (postings, profiles)
}

/// Shape of the data that decides the cost of the pairwise questions.
fn describe(taxonomy: &Taxonomy, snapshot: &Snapshot) {
    let required = |p: &GapPosting| -> Vec<SkillIndex> {
        p.requirements.iter().filter(|r| r.importance == Importance::Required).map(|r| r.skill).collect()
    };
    let sets: HashSet<Vec<SkillIndex>> = snapshot.postings.iter().map(required).collect();
    type Job = (Vec<SkillIndex>, u64, bool, Vec<(u64, u8)>);
    let classes: HashSet<Job> = snapshot
        .postings
        .iter()
        .map(|p| (required(p), p.region_hash, p.remote(), p.languages.to_vec()))
        .collect();
    let mean_required = snapshot.postings.iter().map(|p| required(p).len()).sum::<usize>() as f64
        / snapshot.postings.len().max(1) as f64;
    let mut lists: Vec<usize> =
        (0..taxonomy.len() as SkillIndex).map(|s| snapshot.crediting(s).len()).collect();
    lists.sort_unstable();
    let credited: usize = lists.iter().sum();
    println!(
        "shape: {} distinct required sets, {} with filter class, {:.1} required per posting; \
         crediting lists: {} entries, largest {}, median of non-empty {}",
        sets.len(),
        classes.len(),
        mean_required,
        credited,
        lists.last().copied().unwrap_or(0),
        {
            let non_empty: Vec<usize> = lists.iter().copied().filter(|&l| l > 0).collect();
            non_empty.get(non_empty.len() / 2).copied().unwrap_or(0)
        }
    );
}
