//! `kohtaanto-load`: a load generator for the kohtaanto gRPC server.
//!
//! ```text
//! cargo build --release -p kohtaanto-bench --bin kohtaanto-load
//! target/release/kohtaanto-load --clients 64 --duration 60          # normal load
//! target/release/kohtaanto-load --overload                          # 512 clients, no think time
//! target/release/kohtaanto-load --server http://127.0.0.1:50051     # a running server
//! ```
//!
//! 1. Starts the server as a child process (this binary in a hidden serve mode, on a temporary
//!    data directory, `127.0.0.1:0`), or uses `--server URL`.
//! 2. Preloads generated data over gRPC (`kohtaanto-gen`, default 5,000 postings and 10,000
//!    profiles) and warms the gap snapshot with one MarketGaps call.
//! 3. Runs `--clients` concurrent clients for `--duration` seconds, each sending one request at a
//!    time drawn from the `--mix` (matches, upserts, deletes, gap queries, typeahead), spread
//!    over `--connections` HTTP/2 connections. Every request carries a deadline (`--timeout`).
//!    A health prober and a memory sampler run alongside.
//! 4. Checks recovery: after the run, health, a match and an upsert must succeed.
//! 5. Reports per RPC the successful calls per second, p50/p99/max latency and the count of each
//!    status code; shed calls (RESOURCE_EXHAUSTED, UNAVAILABLE) and how fast they came back;
//!    the server's resident memory before, during (sampled) and its peak (`VmHWM`, reset after
//!    the preload so that it is the peak under load).
//!
//! `--overload` changes the defaults to 512 clients for 30 s without think time: far more
//! than the server admits (`max_concurrent_requests` + `max_queued_requests`), so it must shed.
//! The run fails (exit 1) when a call fails with anything but OK or a shed status, or when
//! recovery fails.

#[path = "../load/mod.rs"]
mod load;

use anyhow::{Context, Result, bail};
use clap::Parser;
use futures::StreamExt;
use kohtaanto_gen::{GenConfig, Generator};
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::ServerConfig;
use load::latency::LatencySummary;
use load::mix::{ClientState, Clients, DEFAULT_MIX, Mix, Op, Workload};
use load::server::{ChildServer, reset_peak, rss_mib};
use load::stats::Stats;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tonic::transport::{Channel, Endpoint};

/// Largest gRPC message the clients send or accept.
const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;
/// Interval of the health prober and the memory sampler.
const PROBE_INTERVAL: Duration = Duration::from_millis(200);

/// Load generator for the kohtaanto gRPC server.
#[derive(Debug, Parser)]
#[command(name = "kohtaanto-load", version)]
struct Options {
    /// Use this running server instead of starting one (its memory is reported with
    /// --server-pid).
    #[arg(long)]
    server: Option<String>,
    /// Process id of the --server, for its memory.
    #[arg(long, requires = "server")]
    server_pid: Option<u32>,
    /// Overload: far more clients than the server admits, no think time (defaults: 512 clients,
    /// 30 s).
    #[arg(long)]
    overload: bool,
    /// Concurrent clients, each one request at a time (default 64, with --overload 512).
    #[arg(long)]
    clients: Option<usize>,
    /// Seconds of load (default 60, with --overload 30).
    #[arg(long)]
    duration: Option<u64>,
    /// HTTP/2 connections the clients share (default: one per 8 clients, at most 64).
    #[arg(long)]
    connections: Option<usize>,
    /// Pause of each client between its requests, in milliseconds.
    #[arg(long, default_value_t = 0)]
    think_ms: u64,
    /// Pause of a client after a shed request, in milliseconds (0: retry at once).
    #[arg(long, default_value_t = 0)]
    shed_backoff_ms: u64,
    /// Deadline of each request, in seconds.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Traffic mix, `kind=weight,...` with kinds match_postings, match_profiles,
    /// upsert_postings, upsert_profiles, delete_profile, profile_gaps, market_gaps,
    /// suggest_skills.
    #[arg(long, default_value = DEFAULT_MIX)]
    mix: String,
    /// Postings preloaded.
    #[arg(long, default_value_t = 5_000)]
    postings: usize,
    /// Profiles preloaded.
    #[arg(long, default_value_t = 10_000)]
    profiles: usize,
    /// Records per upsert request under load.
    #[arg(long, default_value_t = 10)]
    batch: usize,
    /// Matches asked for per match request.
    #[arg(long, default_value_t = 10)]
    page_size: i32,
    /// Seed of the generator and the clients.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Server setting max_concurrent_requests of the started server (default: its own).
    #[arg(long)]
    max_concurrent_requests: Option<usize>,
    /// Server setting max_queued_requests of the started server.
    #[arg(long)]
    max_queued_requests: Option<usize>,
    /// Server setting queue_timeout_ms of the started server.
    #[arg(long)]
    queue_timeout_ms: Option<u64>,
    /// Internal: run as the server child with this configuration (JSON).
    #[arg(long, hide = true)]
    serve_child: Option<String>,
}

fn main() -> Result<()> {
    let options = Options::parse();
    if let Some(json) = &options.serve_child {
        init_tracing();
        let config: ServerConfig = serde_json::from_str(json).context("server configuration")?;
        return load::server::serve_child(config);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(run(options))
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

/// The load run as configured (defaults resolved).
struct Plan {
    clients: usize,
    duration: Duration,
    connections: usize,
    mix: Mix,
}

impl Plan {
    fn of(options: &Options) -> Result<Plan> {
        let clients = options.clients.unwrap_or(if options.overload { 512 } else { 64 });
        if clients == 0 {
            bail!("--clients must be at least 1");
        }
        let duration =
            Duration::from_secs(options.duration.unwrap_or(if options.overload { 30 } else { 60 }));
        let connections = options.connections.unwrap_or(clients.div_ceil(8).min(64)).clamp(1, clients);
        Ok(Plan { clients, duration, connections, mix: Mix::parse(&options.mix)? })
    }
}

async fn connect(url: &str) -> Result<Channel> {
    Endpoint::from_shared(url.to_string())?
        .tcp_nodelay(true)
        .connect()
        .await
        .with_context(|| format!("cannot connect to {url}"))
}

async fn run(options: Options) -> Result<()> {
    let plan = Plan::of(&options)?;
    let load_at_start = load_average();

    // The server.
    let data_dir = tempfile::Builder::new().prefix("kohtaanto-load-").tempdir()?;
    let mut config = ServerConfig {
        data_dir: data_dir.path().join("data"),
        listen: "127.0.0.1:0".parse()?,
        ..ServerConfig::default()
    };
    if let Some(n) = options.max_concurrent_requests {
        config.max_concurrent_requests = n;
    }
    if let Some(n) = options.max_queued_requests {
        config.max_queued_requests = n;
    }
    if let Some(ms) = options.queue_timeout_ms {
        config.queue_timeout_ms = ms;
    }
    let (child, url, pid) = match &options.server {
        Some(url) => (None, url.clone(), options.server_pid),
        None => {
            let child = tokio::task::spawn_blocking({
                let config = config.clone();
                move || ChildServer::start(&config)
            })
            .await??;
            let (url, pid) = (child.url.clone(), child.pid());
            (Some(child), url, Some(pid))
        }
    };
    println!("# kohtaanto-load");
    println!();
    match &child {
        Some(_) => println!(
            "server: child process {} on {url}, max_concurrent_requests {}, max_queued_requests {}, \
             queue_timeout_ms {}, max_streams_per_connection {}",
            pid.unwrap_or_default(),
            config.max_concurrent_requests,
            config.max_queued_requests,
            config.queue_timeout_ms,
            config.max_streams_per_connection
        ),
        None => println!("server: {url} (pid {pid:?})"),
    }
    println!(
        "load: {} clients over {} connections for {} s, think {} ms, mix: {}",
        plan.clients,
        plan.connections,
        plan.duration.as_secs(),
        options.think_ms,
        plan.mix.describe()
    );
    println!(
        "machine: {} cores, load average at start {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        load_at_start
    );

    // Preload.
    let channels = futures::future::try_join_all((0..plan.connections).map(|_| connect(&url))).await?;
    let generator_config = GenConfig {
        postings: options.postings,
        profiles: options.profiles,
        seed: options.seed,
        now: chrono::Utc::now().date_naive().and_hms_opt(0, 0, 0).context("midnight")?.and_utc(),
    };
    let started = Instant::now();
    let dataset = tokio::task::spawn_blocking({
        let config = generator_config.clone();
        move || kohtaanto_gen::generate(&config)
    })
    .await?;
    let generated = started.elapsed();
    let postings: Vec<pb::JobPosting> = dataset
        .postings
        .into_iter()
        .map(|p| kohtaanto_server::convert::job_posting_to_proto(p, &[]))
        .collect();
    let profiles: Vec<pb::JobseekerProfile> =
        dataset.profiles.into_iter().map(|p| kohtaanto_server::convert::profile_to_proto(p, &[])).collect();
    let started = Instant::now();
    let preload_clients = Clients::new(channels[0].clone(), MAX_MESSAGE_BYTES);
    futures::stream::iter(postings.chunks(1_000).map(|chunk| {
        let mut clients = preload_clients.clone();
        let chunk = chunk.to_vec();
        async move { clients.upsert_postings(chunk).await }
    }))
    .buffer_unordered(3)
    .collect::<Vec<_>>()
    .await
    .into_iter()
    .collect::<Result<Vec<()>>>()
    .context("preloading postings")?;
    futures::stream::iter(profiles.chunks(1_000).map(|chunk| {
        let mut clients = preload_clients.clone();
        let chunk = chunk.to_vec();
        async move { clients.upsert_profiles(chunk).await }
    }))
    .buffer_unordered(3)
    .collect::<Vec<_>>()
    .await
    .into_iter()
    .collect::<Result<Vec<()>>>()
    .context("preloading profiles")?;
    let preloaded = started.elapsed();
    println!(
        "preload: {} postings + {} profiles generated in {:.1} s, stored over gRPC in {:.1} s ({:.0} records/s)",
        postings.len(),
        profiles.len(),
        generated.as_secs_f64(),
        preloaded.as_secs_f64(),
        (postings.len() + profiles.len()) as f64 / preloaded.as_secs_f64().max(1e-9)
    );
    let started = Instant::now();
    preload_clients.clone().market_gaps_all().await.context("warm-up MarketGaps")?;
    println!(
        "warm-up: first MarketGaps (all regions, builds the gap snapshot) {:.0} ms",
        ms(started.elapsed())
    );

    let workload = Arc::new(Workload {
        posting_ids: postings.iter().map(|p| p.id.clone()).collect(),
        profile_ids: profiles.iter().map(|p| p.id.clone()).collect(),
        postings,
        generator: Generator::new(&generator_config),
        new_profile_base: options.profiles,
        batch: options.batch.max(1),
        page_size: options.page_size,
        timeout: Duration::from_secs(options.timeout),
    });
    drop(profiles);

    // Memory before the run; the peak is reset so that VmHWM afterwards is the peak under load.
    let before = pid.and_then(rss_mib);
    let peak_reset = pid.is_some_and(reset_peak);

    // The run.
    let running = Arc::new(AtomicBool::new(true));
    let sampler = pid.map(|pid| tokio::spawn(sample_memory(pid, running.clone())));
    let prober = tokio::spawn(probe_health(connect(&url).await?, running.clone()));
    let started = Instant::now();
    let deadline = started + plan.duration;
    let pacing = Pacing {
        mix: plan.mix.clone(),
        deadline,
        think: Duration::from_millis(options.think_ms),
        backoff: Duration::from_millis(options.shed_backoff_ms),
    };
    let tasks: Vec<_> = (0..plan.clients)
        .map(|client| {
            let clients = Clients::new(channels[client % channels.len()].clone(), MAX_MESSAGE_BYTES);
            let workload = workload.clone();
            let pacing = pacing.clone();
            let seed = options.seed ^ ((client as u64 + 1) << 20);
            tokio::spawn(async move { run_client(client, clients, workload, pacing, seed).await })
        })
        .collect();
    let mut stats = Stats::default();
    for task in tasks {
        stats.merge(task.await?);
    }
    let wall = started.elapsed();
    running.store(false, Ordering::SeqCst);
    let samples = match sampler {
        Some(task) => task.await?,
        None => Vec::new(),
    };
    let health = prober.await?;
    let after = pid.and_then(rss_mib);

    // Recovery: the server answers normally once the burst is over.
    let recovery = check_recovery(&channels[0], &workload).await;

    println!();
    println!(
        "wall time of the run {:.1} s; calls {}, ok {}, shed {}, failed {}",
        wall.as_secs_f64(),
        stats.total(),
        stats.ok(),
        stats.shed(),
        stats.failed()
    );
    println!();
    print!("{}", stats.table(wall));
    println!();
    let shed = stats.shed_latency(wall);
    if shed.count > 0 {
        println!(
            "shed (RESOURCE_EXHAUSTED or UNAVAILABLE): {} of {} calls ({:.1} %), answered in p50 {:.2} ms, p99 {:.2} ms",
            shed.count,
            stats.total(),
            shed.count as f64 * 100.0 / stats.total().max(1) as f64,
            shed.p50_ms,
            shed.p99_ms
        );
    } else {
        println!("shed: none");
    }
    let health_ok = health.iter().filter(|(_, ok)| *ok).count();
    let health_times: Vec<Duration> = health.iter().map(|(t, _)| *t).collect();
    let summary = LatencySummary::new(&health_times, wall);
    println!(
        "health checks during the run (own connection, every {} ms): {health_ok} of {} SERVING, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        PROBE_INTERVAL.as_millis(),
        health.len(),
        summary.p50_ms,
        summary.p99_ms,
        summary.max_ms
    );
    if let (Some((rss_before, hwm_before)), Some((rss_after, hwm_after))) = (before, after) {
        let sampled_max = samples.iter().copied().fold(rss_before, f64::max);
        let last_quarter = &samples[samples.len() * 3 / 4..];
        let late_max = last_quarter.iter().copied().fold(0.0, f64::max);
        println!(
            "server memory (MiB): RSS before the run {rss_before:.0} (peak during preload {hwm_before:.0}); \
             sampled during the run max {sampled_max:.0}, max in the last quarter {late_max:.0}; after {rss_after:.0}; \
             VmHWM {hwm_after:.0}{}",
            if peak_reset {
                " (reset before the run: the peak under load)"
            } else {
                " (peak of the whole life)"
            }
        );
    }
    for sample in stats.error_samples() {
        println!("unexpected error: {sample}");
    }
    let recovered = match &recovery {
        Ok(line) => {
            println!("recovery: {line}");
            true
        }
        Err(error) => {
            println!("recovery FAILED: {error:#}");
            false
        }
    };
    println!("machine load average at end {}", load_average());
    if let Some(child) = child {
        tokio::task::spawn_blocking(move || child.stop(Duration::from_secs(60))).await??;
    }
    if stats.failed() > 0 || !recovered {
        bail!(
            "{} calls failed with an unexpected status, recovery {}",
            stats.failed(),
            if recovered { "ok" } else { "failed" }
        );
    }
    Ok(())
}

/// What every client does the same: the mix, when to stop, the pauses.
#[derive(Clone)]
struct Pacing {
    mix: Mix,
    deadline: Instant,
    think: Duration,
    backoff: Duration,
}

async fn run_client(
    client: usize,
    mut clients: Clients,
    workload: Arc<Workload>,
    pacing: Pacing,
    seed: u64,
) -> Stats {
    let Pacing { mix, deadline, think, backoff } = pacing;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut state = ClientState { client, own_profiles: VecDeque::new(), created: 0 };
    let mut stats = Stats::default();
    while Instant::now() < deadline {
        let op = mix.pick(&mut rng);
        let started = Instant::now();
        let result = workload.execute(op, &mut clients, &mut state, &mut rng).await;
        stats.record(op, started.elapsed(), &result);
        let shed = matches!(&result, Err(status) if load::stats::is_shed(status.code()));
        if shed && !backoff.is_zero() {
            tokio::time::sleep(backoff).await;
        }
        if !think.is_zero() {
            tokio::time::sleep(think).await;
        }
    }
    stats
}

/// Health checks on their own connection until `running` is false: (latency, SERVING).
async fn probe_health(channel: Channel, running: Arc<AtomicBool>) -> Vec<(Duration, bool)> {
    let mut health = tonic_health::pb::health_client::HealthClient::new(channel);
    let mut results = Vec::new();
    while running.load(Ordering::SeqCst) {
        let mut request = tonic::Request::new(tonic_health::pb::HealthCheckRequest::default());
        request.set_timeout(Duration::from_secs(5));
        let started = Instant::now();
        let serving = matches!(
            health.check(request).await,
            Ok(response) if response.get_ref().status == tonic_health::pb::health_check_response::ServingStatus::Serving as i32
        );
        results.push((started.elapsed(), serving));
        tokio::time::sleep(PROBE_INTERVAL).await;
    }
    results
}

/// Resident memory of `pid` (MiB) every [`PROBE_INTERVAL`] until `running` is false.
async fn sample_memory(pid: u32, running: Arc<AtomicBool>) -> Vec<f64> {
    let mut samples = Vec::new();
    while running.load(Ordering::SeqCst) {
        if let Some((rss, _)) = rss_mib(pid) {
            samples.push(rss);
        }
        tokio::time::sleep(PROBE_INTERVAL).await;
    }
    samples
}

/// After the run: health SERVING, a match and an upsert succeed at once (no retry).
async fn check_recovery(channel: &Channel, workload: &Workload) -> Result<String> {
    let mut health = tonic_health::pb::health_client::HealthClient::new(channel.clone());
    let started = Instant::now();
    let status = health.check(tonic_health::pb::HealthCheckRequest::default()).await?.into_inner().status;
    if status != tonic_health::pb::health_check_response::ServingStatus::Serving as i32 {
        bail!("health status {status}");
    }
    let health_ms = ms(started.elapsed());
    let mut clients = Clients::new(channel.clone(), MAX_MESSAGE_BYTES);
    // A client index no load client has, so its new profile ids are its own.
    let mut state = ClientState { client: 999_999, own_profiles: VecDeque::new(), created: 0 };
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut parts = vec![format!("health SERVING in {health_ms:.1} ms")];
    for op in [Op::MatchPostings, Op::UpsertProfiles, Op::MarketGaps] {
        let started = Instant::now();
        workload
            .execute(op, &mut clients, &mut state, &mut rng)
            .await
            .with_context(|| format!("{} after the run", op.rpc()))?;
        parts.push(format!("{} OK in {:.1} ms", op.rpc(), ms(started.elapsed())));
    }
    Ok(parts.join(", "))
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| text.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}
