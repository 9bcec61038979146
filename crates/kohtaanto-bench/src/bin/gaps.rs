//! SkillGaps benchmark: generate postings and profiles (kohtaanto-gen), load them into a real
//! server (in-process bulk load, skill extraction included), serve gRPC on 127.0.0.1:0 and time
//! MarketGaps for one region, ProfileGaps over many profiles and ProgrammeImpact per programme
//! and for a comparison call, each over gRPC.
//!
//! `cargo run --release -p kohtaanto-bench --bin gaps -- --postings 100000 --profiles 300000`
//!
//! `--sample N` also times every ProgrammeImpact call as an estimate from one jobseeker in N
//! (`sample_one_in`), printed with its 95 % intervals under the exact answer.
//!
//! The first exact call for an inline programme counts its impact view; `--catalogue N` stores
//! the first N courses of the generated catalogue and times the first comparison by id, which
//! waits for the views the server's warming task counts after the upsert. Then the bench times calls
//! answered from the views (`--view-repeats` rounds over every programme), and comparisons of
//! every programme after `--writes` postings and as many profiles (10, then 1000) are replaced over gRPC: right
//! after the write (the call waits for the new gap snapshot and brings every view to it) and
//! after another write once the server's warming task has caught up.

use anyhow::{Context, Result};
use clap::Parser;
use kohtaanto_latency::Latencies;
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::{Server, ServerConfig};
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[derive(Parser, Debug)]
struct Options {
    /// Postings to generate.
    #[arg(long, default_value_t = 100_000)]
    postings: usize,
    /// Profiles to generate.
    #[arg(long, default_value_t = 300_000)]
    profiles: usize,
    /// ProfileGaps calls (distinct profiles).
    #[arg(long, default_value_t = 300)]
    profile_queries: usize,
    /// MarketGaps repetitions.
    #[arg(long, default_value_t = 10)]
    market_repeats: usize,
    /// Programmes assessed (0: skip ProgrammeImpact).
    #[arg(long, default_value_t = 5)]
    programmes: usize,
    /// Programmes of the generated catalogue (realistic courses teaching 2-9 skills), first N,
    /// stored after the popular-skill ones are assessed and then assessed by id.
    #[arg(long, default_value_t = 0)]
    catalogue: usize,
    /// Also estimate each ProgrammeImpact call from one jobseeker in N (0: exact only).
    #[arg(long, default_value_t = 0)]
    sample: u32,
    /// Rounds of calls answered from the impact views (every programme once per round).
    #[arg(long, default_value_t = 5)]
    view_repeats: usize,
    /// Postings and profiles replaced (each) before the comparisons after writes, per round
    /// (comma-separated; empty: skip).
    #[arg(long, value_delimiter = ',', default_values_t = [10, 1000])]
    writes: Vec<usize>,
    /// Seed.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

/// Replace the first `count` postings and profiles with ones generated from `seed` (same ids,
/// other content) over gRPC, in batches of 500.
async fn replace_records(address: std::net::SocketAddr, count: usize, seed: u64) -> Result<()> {
    use kohtaanto_server::convert::{job_posting_to_proto, profile_to_proto};
    let data = kohtaanto_gen::generate(&kohtaanto_gen::GenConfig {
        postings: count,
        profiles: count,
        seed,
        now: chrono::Utc::now(),
    });
    let url = format!("http://{address}");
    let mut postings = pb::job_postings_client::JobPostingsClient::connect(url.clone()).await?;
    let mut profiles = pb::jobseeker_profiles_client::JobseekerProfilesClient::connect(url).await?;
    for batch in data.postings.chunks(500) {
        let job_postings = batch.iter().map(|p| job_posting_to_proto(p.clone(), &[])).collect();
        postings.upsert_job_postings(pb::UpsertJobPostingsRequest { job_postings }).await?;
    }
    for batch in data.profiles.chunks(500) {
        let batch = batch.iter().map(|p| profile_to_proto(p.clone(), &[])).collect();
        profiles.upsert_profiles(pb::UpsertProfilesRequest { profiles: batch }).await?;
    }
    Ok(())
}

/// A reference to an inline programme.
fn inline_ref(programme: pb::InlineProgramme) -> pb::ProgrammeRef {
    pb::ProgrammeRef { programme: Some(pb::programme_ref::Programme::Inline(programme)) }
}

/// One ProgrammeImpact call for `programme` alone: prints its time and answer after `kind`;
/// with `sample` 2 or more also the estimate from one jobseeker in `sample`.
async fn assess(
    client: &mut pb::skill_gaps_client::SkillGapsClient<tonic::transport::Channel>,
    kind: &str,
    programme: &pb::InlineProgramme,
    sample: u32,
) -> Result<()> {
    let skills = programme.skills.iter().map(|s| s.skill.as_str()).collect::<Vec<_>>().join("+");
    let request =
        pb::ProgrammeImpactRequest { programmes: vec![inline_ref(programme.clone())], ..Default::default() };
    let t = Instant::now();
    let answer = client.programme_impact(request.clone()).await?.into_inner();
    let result = answer.results.first().context("ProgrammeImpact answered no result")?;
    println!(
        "ProgrammeImpact {kind}{} ({skills}), first call (counts its view): {:.1} ms, jobseekers gaining {:?}, matches gained {:?}",
        result.name,
        t.elapsed().as_secs_f64() * 1000.0,
        result.jobseekers_gaining,
        result.matches_gained
    );
    if sample >= 2 {
        let t = Instant::now();
        let answer = client
            .programme_impact(pb::ProgrammeImpactRequest { sample_one_in: sample, ..request })
            .await?
            .into_inner();
        let result = answer.results.first().context("ProgrammeImpact answered no result")?;
        let interval = |i: &Option<pb::CountInterval>| i.as_ref().map(|i| format!("[{}, {}]", i.low, i.high));
        println!(
            "  estimate (one in {sample}): {:.1} ms, jobseekers gaining {:?} {:?}, matches gained {:?} {:?}",
            t.elapsed().as_secs_f64() * 1000.0,
            result.jobseekers_gaining,
            interval(&result.jobseekers_gaining_interval),
            result.matches_gained,
            interval(&result.matches_gained_interval)
        );
    }
    Ok(())
}

fn summary(name: &str, times: Vec<Duration>) {
    println!("{name}: {}", Latencies::new(times));
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<()> {
    let options = Options::parse();
    let now = chrono::Utc::now();
    let started = Instant::now();
    let data = kohtaanto_gen::generate(&kohtaanto_gen::GenConfig {
        postings: options.postings,
        profiles: options.profiles,
        seed: options.seed,
        now,
    });
    println!(
        "generated {} postings, {} profiles in {:.1} s",
        data.postings.len(),
        data.profiles.len(),
        started.elapsed().as_secs_f64()
    );
    let mut counts: HashMap<String, usize> = HashMap::new();
    for posting in &data.postings {
        for r in &posting.requirements {
            *counts.entry(r.skill.clone()).or_default() += 1;
        }
    }
    let mut popular: Vec<(String, usize)> = counts.into_iter().collect();
    popular.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let profile_ids: Vec<String> = data
        .profiles
        .iter()
        .step_by((data.profiles.len() / options.profile_queries.max(1)).max(1))
        .take(options.profile_queries)
        .map(|p| p.id.clone())
        .collect();

    let dir = tempfile::tempdir().context("temp dir")?;
    let config = ServerConfig { data_dir: dir.path().to_path_buf(), ..ServerConfig::default() };
    let server = Server::open(config).context("open server")?;
    let loading = Instant::now();
    let (postings, profiles) = (data.postings, data.profiles);
    let server =
        tokio::task::spawn_blocking(move || server.load_if_empty(postings, profiles).map(|_| server))
            .await
            .context("load task")??;
    println!("loaded in {:.1} s (enrichment + durable commits)", loading.elapsed().as_secs_f64());

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(server.serve(listener, async move {
        let _ = stopped.await;
    }));
    let mut client = pb::skill_gaps_client::SkillGapsClient::connect(format!("http://{address}"))
        .await?
        .max_decoding_message_size(64 * 1024 * 1024);

    let market = pb::MarketGapsRequest {
        scope: Some(pb::GapScope { region: "Uusimaa".into(), ..Default::default() }),
        ..Default::default()
    };
    let first = Instant::now();
    let answer = client.market_gaps(market.clone()).await?.into_inner();
    println!(
        "first call (builds the snapshot: decodes every segment): MarketGaps Uusimaa {:.2} s, {} demand postings, {} skills",
        first.elapsed().as_secs_f64(),
        answer.posting_count,
        answer.total_skills
    );
    let mut times = Vec::new();
    for _ in 0..options.market_repeats {
        let t = Instant::now();
        client.market_gaps(market.clone()).await?;
        times.push(t.elapsed());
    }
    summary("MarketGaps region=Uusimaa (12 months)", times);
    let t = Instant::now();
    client.market_gaps(pb::MarketGapsRequest::default()).await?;
    println!("MarketGaps all regions: {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);

    let mut times = Vec::new();
    let mut near = 0_usize;
    for id in &profile_ids {
        let request = pb::ProfileGapsRequest {
            subject: Some(pb::profile_gaps_request::Subject::ProfileId(id.clone())),
            ..Default::default()
        };
        let t = Instant::now();
        let answer = client.profile_gaps(request).await?.into_inner();
        times.push(t.elapsed());
        near += answer.near_miss_count as usize;
    }
    summary("ProfileGaps", times);
    println!("  mean near misses per profile: {:.1}", near as f64 / profile_ids.len().max(1) as f64);

    let programmes: Vec<pb::InlineProgramme> = (0..options.programmes)
        .map(|i| pb::InlineProgramme {
            name: format!("programme {i}"),
            skills: popular
                .iter()
                .skip(i * 2)
                .take(2)
                .map(|(skill, _)| pb::ProgrammeSkillLevel { skill: skill.clone(), level: 4 })
                .collect(),
        })
        .collect();
    for programme in &programmes {
        assess(&mut client, "", programme, options.sample).await?;
    }
    // The catalogue courses are stored, as a planner's would be: the warming task counts their
    // views in the background, and the first call by id waits for those counts.
    let catalogue: Vec<pb::TrainingProgramme> = data
        .programmes
        .iter()
        .take(options.catalogue)
        .cloned()
        .map(kohtaanto_server::programmes::programme_to_proto)
        .collect();
    let stored: Vec<pb::ProgrammeRef> = catalogue
        .iter()
        .map(|p| pb::ProgrammeRef {
            programme: Some(pb::programme_ref::Programme::ProgrammeId(p.id.clone())),
        })
        .collect();
    if !catalogue.is_empty() {
        let mut programmes_client =
            pb::training_programmes_client::TrainingProgrammesClient::connect(format!("http://{address}"))
                .await?;
        let t = Instant::now();
        programmes_client
            .upsert_programmes(pb::UpsertProgrammesRequest { programmes: catalogue.clone() })
            .await?;
        let answer = client
            .programme_impact(pb::ProgrammeImpactRequest { programmes: stored.clone(), ..Default::default() })
            .await?
            .into_inner();
        println!(
            "stored {} catalogue programmes; first comparison by id (waits for the views the warming task counts): {:.2} s after the upsert",
            catalogue.len(),
            t.elapsed().as_secs_f64()
        );
        for result in &answer.results {
            println!(
                "  {} ({}): jobseekers gaining {:?}, matches gained {:?}",
                result.programme_id, result.name, result.jobseekers_gaining, result.matches_gained
            );
        }
    }
    let mut assessed: Vec<pb::ProgrammeRef> = programmes.iter().cloned().map(inline_ref).collect();
    assessed.extend(stored);
    let programmes: Vec<pb::ProgrammeRef> = programmes.into_iter().map(inline_ref).collect();
    if !assessed.is_empty() && options.view_repeats > 0 {
        let mut times = Vec::new();
        for _ in 0..options.view_repeats {
            for programme in &assessed {
                let request =
                    pb::ProgrammeImpactRequest { programmes: vec![programme.clone()], ..Default::default() };
                let t = Instant::now();
                client.programme_impact(request).await?;
                times.push(t.elapsed());
            }
        }
        summary("ProgrammeImpact from its view, one programme, data unchanged", times);
    }
    let request = pb::ProgrammeImpactRequest { programmes: assessed.clone(), ..Default::default() };
    for (round, &writes) in options.writes.iter().enumerate().filter(|(_, w)| **w > 0 && !assessed.is_empty())
    {
        // Right after a write, then after another write once the warming task had 20 s.
        let phases = [
            (Duration::ZERO, "right after replacing", "(new gap snapshot, every view brought up to date)"),
            (
                Duration::from_secs(20),
                "after replacing",
                "again, 20 s later (the warming task has brought the views up to date)",
            ),
        ];
        for (phase, (wait, when, how)) in phases.into_iter().enumerate() {
            replace_records(address, writes, options.seed + 1 + 2 * round as u64 + phase as u64).await?;
            tokio::time::sleep(wait).await;
            let t = Instant::now();
            client.programme_impact(request.clone()).await?;
            println!(
                "ProgrammeImpact comparison of {} {when} {writes} postings and {writes} profiles {how}: {:.1} ms",
                assessed.len(),
                t.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
    if programmes.is_empty() {
        // `--programmes 0` measures MarketGaps and ProfileGaps only (a comparison needs one).
        let _ = stop.send(());
        serving.await.context("server task")??;
        return Ok(());
    }
    let request = pb::ProgrammeImpactRequest { programmes: programmes.clone(), ..Default::default() };
    let t = Instant::now();
    client.programme_impact(request.clone()).await?;
    println!(
        "ProgrammeImpact comparison of {}: {:.1} ms",
        programmes.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    if options.sample >= 2 {
        let t = Instant::now();
        client
            .programme_impact(pb::ProgrammeImpactRequest { sample_one_in: options.sample, ..request })
            .await?;
        println!(
            "  estimated comparison (one in {}): {:.1} ms",
            options.sample,
            t.elapsed().as_secs_f64() * 1000.0
        );
    }
    let request = pb::ProgrammeImpactRequest {
        programmes: programmes.clone(),
        scope: Some(pb::GapScope { region: "Uusimaa".into(), ..Default::default() }),
        ..Default::default()
    };
    let t = Instant::now();
    client.programme_impact(request).await?;
    println!(
        "ProgrammeImpact comparison of {} in Uusimaa: {:.1} ms",
        programmes.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );

    let _ = stop.send(());
    serving.await.context("server task")??;
    Ok(())
}
