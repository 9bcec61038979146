//! `kohtaanto-bench`: the end-to-end benchmark of kohtaanto on generated data.
//!
//! ```text
//! cargo run --release -p kohtaanto-bench -- --postings 100000 --profiles 100000 --queries 2000
//! ```
//!
//! What it measures (DESIGN.md section 10):
//! 1. Generates postings and profiles with `kohtaanto-gen` (timed on its own, not ingest).
//! 2. Starts the real server in this process: `Server::open` on a fresh data directory and
//!    `Server::serve` on `127.0.0.1:0`, reached by a real tonic client over TCP.
//! 3. Ingest over gRPC: `UpsertJobPostings` then `UpsertProfiles` in batches (default 1,000
//!    records, 3 requests in flight, so the store's group commit can join them). The rate is
//!    records over the wall time from the first send to the last acknowledgement; an
//!    acknowledged write is durable and visible, and the server extracts skills on ingest, so
//!    extraction, indexing and commits are all inside it.
//! 4. Latency over gRPC: warm-up, then `MatchJobPostings` by random stored profile id and
//!    `MatchProfiles` by random stored posting id (page size 10, default filters), one request
//!    at a time per client (`--concurrency` clients), each request timed on the client; then a
//!    smaller run with inline records (skill extraction at query time), reported apart.
//! 5. Memory (`VmRSS` and `VmHWM` after each phase: server, client and generated data share the
//!    process) and the index size on disk.
//! 6. A breakdown in-process without gRPC: extraction per record, and get / search / explain
//!    per query, plus CPU time per thread group and the store's group commits during each
//!    phase, so a missed goal can be traced to where the time goes.
//! 7. A control: the by-id queries again against the same state and Matching service on a
//!    plain tonic server with TCP_NODELAY, so transport stalls in `Server::serve` show up as a
//!    gap (`--serve nodelay` runs the whole benchmark that way, as a what-if).
//!
//! # Layout
//! - [`sys`]: machine and process facts from `/proc`.
//! - [`latency`]: exact percentiles over kept samples.
//! - [`commit_log`]: counts the store's group commits from its tracing events.
//! - [`report`]: the report, its tables and JSON.

mod commit_log;
mod latency;
mod report;
mod sys;

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use clap::Parser;
use commit_log::{CommitCounters, CommitLayer};
use futures::StreamExt;
use kohtaanto_domain::{JobPosting, JobseekerProfile, MatchFilters};
use kohtaanto_gen::{GenConfig, generate};
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::{job_posting_to_proto, profile_to_proto};
use kohtaanto_server::services::{JobPostingsService, JobseekerProfilesService, MatchingService};
use kohtaanto_server::state::AppState;
use kohtaanto_server::{Server, ServerConfig, api};
use latency::LatencySummary;
use pb::job_postings_client::JobPostingsClient;
use pb::jobseeker_profiles_client::JobseekerProfilesClient;
use pb::matching_client::MatchingClient;
use prost::Message;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use report::{
    Breakdown, GenerateReport, IndexReport, IngestReport, IngestRun, MemoryPoint, NodelayCheck, QueryReport,
    QueryRun, Report, RunConfig,
};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tonic::transport::Endpoint;
use tracing_subscriber::Layer;
use tracing_subscriber::filter::{EnvFilter, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Largest gRPC message the client sends or accepts.
const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;
/// Records per kind kept for inline queries and the in-process breakdown.
const SAMPLE_RECORDS: usize = 2_000;
/// Queries per kind in the in-process breakdown.
const BREAKDOWN_QUERIES: usize = 500;

/// End-to-end benchmark of kohtaanto: ingest rate, match latency over gRPC, memory, index size.
#[derive(Debug, Parser)]
#[command(name = "kohtaanto-bench", version)]
struct Options {
    /// Job postings to generate and ingest.
    #[arg(long, default_value_t = 100_000)]
    postings: usize,
    /// Jobseeker profiles to generate and ingest.
    #[arg(long, default_value_t = 100_000)]
    profiles: usize,
    /// Measured queries per kind (MatchJobPostings and MatchProfiles, by id).
    #[arg(long, default_value_t = 2_000)]
    queries: usize,
    /// Inline queries per kind (default: a tenth of --queries).
    #[arg(long)]
    inline_queries: Option<usize>,
    /// Warm-up queries per kind, not measured.
    #[arg(long, default_value_t = 100)]
    warmup: usize,
    /// Clients sending queries at the same time, each one request at a time.
    #[arg(long, default_value_t = 1)]
    concurrency: usize,
    /// Seed of the generator and of the query choice.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// The generator's "now" (RFC 3339); default: today at 00:00 UTC, so that the share of
    /// expired postings is the one the generator intends.
    #[arg(long)]
    now: Option<DateTime<Utc>>,
    /// Records per upsert request.
    #[arg(long, default_value_t = 1_000)]
    batch_size: usize,
    /// Upsert requests in flight.
    #[arg(long, default_value_t = 3)]
    in_flight: usize,
    /// Matches asked for per query.
    #[arg(long, default_value_t = 10)]
    page_size: i32,
    /// Data directory, which must be missing or empty (kept afterwards); default: a temporary
    /// directory, removed afterwards.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Also write the report as JSON to this file.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Skip the in-process breakdown.
    #[arg(long)]
    no_breakdown: bool,
    /// Skip the second latency run against the Matching service served with TCP_NODELAY.
    #[arg(long)]
    no_nodelay_check: bool,
    /// How the server is served: `real` is `Server::serve`; `nodelay` is a what-if run with the
    /// server's own services on a plain tonic server that sets TCP_NODELAY on accepted sockets.
    #[arg(long, value_enum, default_value_t = ServeMode::Real)]
    serve: ServeMode,
}

/// How the in-process server is served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ServeMode {
    /// `Server::serve(listener, shutdown)`, as the product does.
    Real,
    /// The server's services on a tonic server with TCP_NODELAY (a what-if, not the product).
    Nodelay,
}

/// A running server task; it yields when the server has stopped and the store is closed.
type Serving = tokio::task::JoinHandle<Result<()>>;

/// Serve `server` on `127.0.0.1:0` until the returned sender fires (or is dropped).
async fn start_server(
    server: Server,
    mode: ServeMode,
) -> Result<(std::net::SocketAddr, tokio::sync::oneshot::Sender<()>, Serving)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.context("cannot bind 127.0.0.1:0")?;
    let address = listener.local_addr().context("no local address")?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let shutdown = async move {
        let _ = stopped.await;
    };
    let serving = match mode {
        ServeMode::Real => {
            tokio::spawn(async move { server.serve(listener, shutdown).await.context("server failed") })
        }
        ServeMode::Nodelay => {
            let state = server.state().clone();
            let limit = state.config.max_message_bytes;
            let incoming = tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true));
            let postings = pb::job_postings_server::JobPostingsServer::new(JobPostingsService(state.clone()))
                .max_decoding_message_size(limit)
                .max_encoding_message_size(MAX_MESSAGE_BYTES);
            let profiles = pb::jobseeker_profiles_server::JobseekerProfilesServer::new(
                JobseekerProfilesService(state.clone()),
            )
            .max_decoding_message_size(limit)
            .max_encoding_message_size(MAX_MESSAGE_BYTES);
            let matching = pb::matching_server::MatchingServer::new(MatchingService(state.clone()))
                .max_decoding_message_size(limit)
                .max_encoding_message_size(MAX_MESSAGE_BYTES);
            tokio::spawn(async move {
                let served = tonic::transport::Server::builder()
                    .add_service(postings)
                    .add_service(profiles)
                    .add_service(matching)
                    .serve_with_incoming_shutdown(incoming, shutdown)
                    .await;
                let store = state.store.clone();
                tokio::task::spawn_blocking(move || store.close()).await.context("store close panicked")?;
                served.context("what-if server failed")
            })
        }
    };
    Ok((address, stop, serving))
}

fn main() -> Result<()> {
    let options = Options::parse();
    if options.batch_size == 0 || options.in_flight == 0 || options.concurrency == 0 {
        bail!("--batch-size, --in-flight and --concurrency must be at least 1");
    }
    if options.postings == 0 || options.profiles == 0 {
        bail!("--postings and --profiles must be at least 1");
    }
    if options.page_size < 1 {
        bail!("--page-size must be at least 1");
    }
    let counters = Arc::new(CommitCounters::default());
    let log_filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    tracing_subscriber::registry()
        .with(
            CommitLayer(counters.clone())
                .with_filter(Targets::new().with_target("kohtaanto_store", tracing::Level::DEBUG)),
        )
        .with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_filter(log_filter))
        .init();
    // Named pool threads, so that CPU time per thread can be attributed.
    rayon::ThreadPoolBuilder::new()
        .thread_name(|index| format!("rayon-{index}"))
        .build_global()
        .context("cannot start the rayon pool")?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("bench-tokio")
        .build()
        .context("cannot start the tokio runtime")?;
    let report = runtime.block_on(run(&options, counters))?;
    println!("{}", report.render());
    if let Some(path) = &options.json {
        let file =
            std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
        serde_json::to_writer_pretty(std::io::BufWriter::new(file), &report)
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!("report written to {}", path.display());
    }
    Ok(())
}

/// The data directory: the caller's (must be missing or empty) or a temporary one.
enum DataDir {
    Kept(PathBuf),
    Temporary(tempfile::TempDir),
}

impl DataDir {
    fn new(requested: Option<&Path>) -> Result<DataDir> {
        let Some(dir) = requested else {
            let temporary = tempfile::Builder::new()
                .prefix("kohtaanto-bench-")
                .tempdir()
                .context("cannot create a temporary data directory")?;
            return Ok(DataDir::Temporary(temporary));
        };
        if dir.exists() {
            let mut entries = std::fs::read_dir(dir)
                .with_context(|| format!("cannot read --data-dir {}", dir.display()))?;
            if entries.next().is_some() {
                bail!(
                    "--data-dir {} is not empty; the benchmark needs a fresh data directory",
                    dir.display()
                );
            }
        }
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create --data-dir {}", dir.display()))?;
        Ok(DataDir::Kept(dir.to_path_buf()))
    }

    fn path(&self) -> &Path {
        match self {
            DataDir::Kept(path) => path,
            DataDir::Temporary(temporary) => temporary.path(),
        }
    }
}

/// Requests built from the generated data, plus what the later phases need of it.
struct Workload {
    posting_batches: Vec<pb::UpsertJobPostingsRequest>,
    profile_batches: Vec<pb::UpsertProfilesRequest>,
    posting_ids: Vec<String>,
    profile_ids: Vec<String>,
    posting_sample: Vec<JobPosting>,
    profile_sample: Vec<JobseekerProfile>,
    postings_wire_bytes: usize,
    profiles_wire_bytes: usize,
}

/// Every `step`-th record, at most `SAMPLE_RECORDS` of them, spread over the whole data set.
fn sample_step(len: usize) -> usize {
    len.div_ceil(SAMPLE_RECORDS).max(1)
}

fn build_workload(dataset: kohtaanto_gen::Dataset, batch_size: usize) -> Workload {
    let step = sample_step(dataset.postings.len());
    let mut posting_ids = Vec::with_capacity(dataset.postings.len());
    let mut posting_sample = Vec::new();
    let mut posting_batches = Vec::new();
    let mut batch = Vec::with_capacity(batch_size);
    for (index, posting) in dataset.postings.into_iter().enumerate() {
        posting_ids.push(posting.id.clone());
        if index % step == 0 {
            posting_sample.push(posting.clone());
        }
        batch.push(job_posting_to_proto(posting, &[]));
        if batch.len() == batch_size {
            posting_batches.push(pb::UpsertJobPostingsRequest { job_postings: std::mem::take(&mut batch) });
        }
    }
    if !batch.is_empty() {
        posting_batches.push(pb::UpsertJobPostingsRequest { job_postings: batch });
    }
    let step = sample_step(dataset.profiles.len());
    let mut profile_ids = Vec::with_capacity(dataset.profiles.len());
    let mut profile_sample = Vec::new();
    let mut profile_batches = Vec::new();
    let mut batch = Vec::with_capacity(batch_size);
    for (index, profile) in dataset.profiles.into_iter().enumerate() {
        profile_ids.push(profile.id.clone());
        if index % step == 0 {
            profile_sample.push(profile.clone());
        }
        batch.push(profile_to_proto(profile, &[]));
        if batch.len() == batch_size {
            profile_batches.push(pb::UpsertProfilesRequest { profiles: std::mem::take(&mut batch) });
        }
    }
    if !batch.is_empty() {
        profile_batches.push(pb::UpsertProfilesRequest { profiles: batch });
    }
    let postings_wire_bytes = posting_batches.iter().map(Message::encoded_len).sum();
    let profiles_wire_bytes = profile_batches.iter().map(Message::encoded_len).sum();
    Workload {
        posting_batches,
        profile_batches,
        posting_ids,
        profile_ids,
        posting_sample,
        profile_sample,
        postings_wire_bytes,
        profiles_wire_bytes,
    }
}

const MIB: f64 = 1024.0 * 1024.0;

async fn run(options: &Options, counters: Arc<CommitCounters>) -> Result<Report> {
    let mut machine = sys::Machine::now();
    let mut memory = Vec::new();
    let mut remember = |phase: &str| {
        memory.push(MemoryPoint { phase: phase.to_string(), memory: sys::memory() });
    };
    remember("start");
    let rss_before_data = sys::memory().rss_mib;

    // 1. Generate.
    let now = options.now.unwrap_or_else(|| {
        let today = Utc::now().date_naive().and_hms_opt(0, 0, 0).unwrap_or_default();
        DateTime::from_naive_utc_and_offset(today, Utc)
    });
    let gen_config =
        GenConfig { postings: options.postings, profiles: options.profiles, seed: options.seed, now };
    eprintln!("generating {} postings and {} profiles ...", options.postings, options.profiles);
    let started = Instant::now();
    let dataset = tokio::task::block_in_place(|| generate(&gen_config));
    let generate_s = started.elapsed().as_secs_f64();
    let records_rss_mib = sys::memory().rss_mib - rss_before_data;
    remember("generated");
    let started = Instant::now();
    let workload = tokio::task::block_in_place(|| build_workload(dataset, options.batch_size));
    let build_requests_s = started.elapsed().as_secs_f64();
    remember("requests built (records dropped)");
    let generate_report = GenerateReport {
        generate_s,
        build_requests_s,
        records_rss_mib,
        postings_wire_mib: workload.postings_wire_bytes as f64 / MIB,
        profiles_wire_mib: workload.profiles_wire_bytes as f64 / MIB,
    };

    // 2. Start the server in this process.
    let data_dir = DataDir::new(options.data_dir.as_deref())?;
    let data_dir_fsync_ms = sys::fsync_probe(data_dir.path(), 20);
    let config = ServerConfig { data_dir: data_dir.path().to_path_buf(), ..ServerConfig::default() };
    let server = tokio::task::block_in_place(|| Server::open(config)).context("cannot open the server")?;
    let state = server.state().clone();
    let (address, stop, serving) = start_server(server, options.serve).await?;
    let channel = Endpoint::from_shared(format!("http://{address}"))
        .context("invalid server address")?
        .tcp_nodelay(true)
        .connect()
        .await
        .context("cannot connect to the in-process server")?;
    remember("server open");

    // 3. Ingest.
    let Workload {
        posting_batches,
        profile_batches,
        posting_ids,
        profile_ids,
        posting_sample,
        profile_sample,
        postings_wire_bytes,
        profiles_wire_bytes,
    } = workload;
    eprintln!("ingesting postings ...");
    let postings_client = JobPostingsClient::new(channel.clone())
        .max_decoding_message_size(MAX_MESSAGE_BYTES)
        .max_encoding_message_size(MAX_MESSAGE_BYTES);
    let posting_records = posting_ids.len();
    let mut postings_run = {
        let client = postings_client.clone();
        ingest(posting_records, posting_batches, options.in_flight, &counters, "postings", move |batch| {
            let mut client = client.clone();
            async move {
                let response = client.upsert_job_postings(batch).await?.into_inner();
                Ok(acknowledgement(response.upserted_count, response.rejected_count, &response.results))
            }
        })
        .await?
    };
    postings_run.wire_mib_per_s = postings_wire_bytes as f64 / MIB / postings_run.wall_s.max(1e-9);
    postings_run.listed_total = i64::from(
        postings_client
            .clone()
            .list_job_postings(pb::ListJobPostingsRequest { page_size: 1, page_token: String::new() })
            .await
            .context("ListJobPostings failed")?
            .into_inner()
            .total_size,
    );
    remember("postings ingested");
    eprintln!("ingesting profiles ...");
    let profiles_client = JobseekerProfilesClient::new(channel.clone())
        .max_decoding_message_size(MAX_MESSAGE_BYTES)
        .max_encoding_message_size(MAX_MESSAGE_BYTES);
    let profile_records = profile_ids.len();
    let mut profiles_run = {
        let client = profiles_client.clone();
        ingest(profile_records, profile_batches, options.in_flight, &counters, "profiles", move |batch| {
            let mut client = client.clone();
            async move {
                let response = client.upsert_profiles(batch).await?.into_inner();
                Ok(acknowledgement(response.upserted_count, response.rejected_count, &response.results))
            }
        })
        .await?
    };
    profiles_run.wire_mib_per_s = profiles_wire_bytes as f64 / MIB / profiles_run.wall_s.max(1e-9);
    profiles_run.listed_total = i64::from(
        profiles_client
            .clone()
            .list_profiles(pb::ListProfilesRequest { page_size: 1, ..Default::default() })
            .await
            .context("ListProfiles failed")?
            .into_inner()
            .total_size,
    );
    remember("profiles ingested");
    let postings_dir = data_dir.path().join("postings");
    let profiles_dir = data_dir.path().join("profiles");
    let mut index = IndexReport {
        postings_after_ingest_mib: sys::dir_size(&postings_dir) as f64 / MIB,
        profiles_after_ingest_mib: sys::dir_size(&profiles_dir) as f64 / MIB,
        postings_segments_after_ingest: sys::segment_count(&postings_dir),
        profiles_segments_after_ingest: sys::segment_count(&profiles_dir),
        ..IndexReport::default()
    };
    let ingest_report = IngestReport { postings: postings_run, profiles: profiles_run };

    // 4. Latency.
    let matching = MatchingClient::new(channel.clone())
        .max_decoding_message_size(MAX_MESSAGE_BYTES)
        .max_encoding_message_size(MAX_MESSAGE_BYTES);
    let mut rng = ChaCha8Rng::seed_from_u64(options.seed ^ 0x6b6f_6874_6161_6e74);
    let mut pick = |ids: &[String], count: usize| -> Vec<String> {
        (0..count).map(|_| ids[rng.random_range(0..ids.len())].clone()).collect()
    };
    let job_queries = |ids: Vec<String>| -> Vec<pb::MatchJobPostingsRequest> {
        ids.into_iter()
            .map(|id| pb::MatchJobPostingsRequest {
                subject: Some(pb::match_job_postings_request::Subject::ProfileId(id)),
                page_size: options.page_size,
                ..Default::default()
            })
            .collect()
    };
    let profile_queries = |ids: Vec<String>| -> Vec<pb::MatchProfilesRequest> {
        ids.into_iter()
            .map(|id| pb::MatchProfilesRequest {
                subject: Some(pb::match_profiles_request::Subject::JobPostingId(id)),
                page_size: options.page_size,
                ..Default::default()
            })
            .collect()
    };
    let call_jobs = {
        let client = matching.clone();
        move |request: pb::MatchJobPostingsRequest| {
            let mut client = client.clone();
            async move {
                let response = client.match_job_postings(request).await?.into_inner();
                Ok((response.matches.len(), i64::from(response.total_size)))
            }
        }
    };
    let call_profiles = {
        let client = matching.clone();
        move |request: pb::MatchProfilesRequest| {
            let mut client = client.clone();
            async move {
                let response = client.match_profiles(request).await?.into_inner();
                Ok((response.matches.len(), i64::from(response.total_size)))
            }
        }
    };
    eprintln!("warming up ...");
    let warmup_jobs = job_queries(pick(&profile_ids, options.warmup));
    let warmup_profiles = profile_queries(pick(&posting_ids, options.warmup));
    measure(warmup_jobs, 1, call_jobs.clone()).await;
    measure(warmup_profiles, 1, call_profiles.clone()).await;
    eprintln!("measuring {} queries per kind ...", options.queries);
    let jobs_by_id = job_queries(pick(&profile_ids, options.queries));
    let profiles_by_id = profile_queries(pick(&posting_ids, options.queries));
    let match_job_postings = measure(jobs_by_id, options.concurrency, call_jobs.clone()).await;
    let match_profiles = measure(profiles_by_id, options.concurrency, call_profiles.clone()).await;
    let inline_count = options.inline_queries.unwrap_or(options.queries / 10);
    let inline_jobs: Vec<pb::MatchJobPostingsRequest> = (0..inline_count)
        .map(|i| pb::MatchJobPostingsRequest {
            subject: Some(pb::match_job_postings_request::Subject::Profile(profile_to_proto(
                profile_sample[i % profile_sample.len()].clone(),
                &[],
            ))),
            page_size: options.page_size,
            ..Default::default()
        })
        .collect();
    let inline_profiles: Vec<pb::MatchProfilesRequest> = (0..inline_count)
        .map(|i| pb::MatchProfilesRequest {
            subject: Some(pb::match_profiles_request::Subject::JobPosting(job_posting_to_proto(
                posting_sample[i % posting_sample.len()].clone(),
                &[],
            ))),
            page_size: options.page_size,
            ..Default::default()
        })
        .collect();
    let match_job_postings_inline = measure(inline_jobs, options.concurrency, call_jobs).await;
    let match_profiles_inline = measure(inline_profiles, options.concurrency, call_profiles).await;
    remember("queries done");
    index.postings_segments_after_queries = sys::segment_count(&postings_dir);
    index.profiles_segments_after_queries = sys::segment_count(&profiles_dir);
    let query_report =
        QueryReport { match_job_postings, match_profiles, match_job_postings_inline, match_profiles_inline };

    // 5b. Control: the same by-id queries against the same Matching service on a plain tonic
    // server with TCP_NODELAY on the accepted sockets. A gap to the main figures is the cost of
    // how `Server::serve` serves (it showed the 40 ms Nagle / delayed-ACK stall before 6d595b8).
    let nodelay = if options.no_nodelay_check || options.serve == ServeMode::Nodelay {
        None
    } else {
        eprintln!("control: measuring again on a plain tonic server with TCP_NODELAY ...");
        let queries = options.queries;
        Some(
            nodelay_check(
                state.clone(),
                job_queries(pick(&profile_ids, queries)),
                profile_queries(pick(&posting_ids, queries)),
                options,
            )
            .await?,
        )
    };

    // 6. Breakdown, in-process.
    let breakdown = if options.no_breakdown {
        None
    } else {
        eprintln!("breakdown in-process ...");
        let queries = BREAKDOWN_QUERIES.min(options.queries.max(1));
        let profile_choice = pick(&profile_ids, queries);
        let posting_choice = pick(&posting_ids, queries);
        let state = state.clone();
        Some(
            tokio::task::spawn_blocking(move || {
                breakdown(&state, &posting_sample, &profile_sample, &profile_choice, &posting_choice)
            })
            .await
            .context("breakdown panicked")??,
        )
    };
    remember("breakdown done");

    // Shut the server down (the store closes, merges finish).
    drop((matching, postings_client, profiles_client, channel));
    drop(state);
    let _ = stop.send(());
    serving.await.context("server task panicked")??;
    index.total_at_close_mib = sys::dir_size(data_dir.path()) as f64 / MIB;
    index.postings_segments_at_close = sys::segment_count(&postings_dir);
    index.profiles_segments_at_close = sys::segment_count(&profiles_dir);
    remember("server closed");
    machine.load_at_end = sys::load_average();
    let goals = Report::goals(&ingest_report, &query_report);
    let peak_rss_mib = sys::memory().peak_rss_mib;
    Ok(Report {
        command: std::env::args().collect::<Vec<_>>().join(" "),
        server: match options.serve {
            ServeMode::Real => format!(
                "in-process: Server::open + Server::serve on {address}, real tonic client over TCP \
                 (no per-request log output)"
            ),
            ServeMode::Nodelay => format!(
                "in-process, WHAT-IF: Server::open, then the server's JobPostings, JobseekerProfiles and \
                 Matching services on a plain tonic server with TCP_NODELAY on {address} (not Server::serve)"
            ),
        },
        data_dir: match &data_dir {
            DataDir::Kept(path) => path.display().to_string(),
            DataDir::Temporary(temporary) => format!("{} (temporary)", temporary.path().display()),
        },
        data_dir_filesystem: sys::filesystem_of(data_dir.path()),
        data_dir_fsync_ms,
        machine,
        config: RunConfig {
            postings: options.postings,
            profiles: options.profiles,
            queries: options.queries,
            inline_queries: inline_count,
            warmup: options.warmup,
            concurrency: options.concurrency,
            batch_size: options.batch_size,
            in_flight: options.in_flight,
            page_size: options.page_size,
            seed: options.seed,
            generated_at: now.to_rfc3339(),
        },
        generate: generate_report,
        ingest: ingest_report,
        queries: query_report,
        nodelay,
        memory,
        peak_rss_mib,
        index,
        breakdown,
        goals,
    })
}

/// Serve the Matching service over the same state on another port, on a plain tonic server with
/// TCP_NODELAY on the accepted sockets, and measure the by-id queries against it: a control for
/// the transport of `Server::serve` (Nagle's algorithm with the client's delayed ACKs costs
/// about 40 ms a call when an accepted socket keeps it on).
async fn nodelay_check(
    state: Arc<AppState>,
    jobs: Vec<pb::MatchJobPostingsRequest>,
    profiles: Vec<pb::MatchProfilesRequest>,
    options: &Options,
) -> Result<NodelayCheck> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.context("cannot bind 127.0.0.1:0")?;
    let address = listener.local_addr().context("no local address")?;
    let incoming = tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true));
    let service = pb::matching_server::MatchingServer::new(MatchingService(state))
        .max_encoding_message_size(MAX_MESSAGE_BYTES);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving =
        tokio::spawn(tonic::transport::Server::builder().add_service(service).serve_with_incoming_shutdown(
            incoming,
            async move {
                let _ = stopped.await;
            },
        ));
    let channel = Endpoint::from_shared(format!("http://{address}"))
        .context("invalid server address")?
        .tcp_nodelay(true)
        .connect()
        .await
        .context("cannot connect to the TCP_NODELAY server")?;
    let client = MatchingClient::new(channel).max_decoding_message_size(MAX_MESSAGE_BYTES);
    let call_jobs = {
        let client = client.clone();
        move |request: pb::MatchJobPostingsRequest| {
            let mut client = client.clone();
            async move {
                let response = client.match_job_postings(request).await?.into_inner();
                Ok((response.matches.len(), i64::from(response.total_size)))
            }
        }
    };
    let call_profiles = {
        let client = client.clone();
        move |request: pb::MatchProfilesRequest| {
            let mut client = client.clone();
            async move {
                let response = client.match_profiles(request).await?.into_inner();
                Ok((response.matches.len(), i64::from(response.total_size)))
            }
        }
    };
    let warmup = options.warmup.min(jobs.len());
    measure(jobs[..warmup].to_vec(), 1, call_jobs.clone()).await;
    measure(profiles[..warmup.min(profiles.len())].to_vec(), 1, call_profiles.clone()).await;
    let match_job_postings = measure(jobs, options.concurrency, call_jobs).await;
    let match_profiles = measure(profiles, options.concurrency, call_profiles).await;
    drop(client);
    let _ = stop.send(());
    serving.await.context("TCP_NODELAY server task panicked")?.context("TCP_NODELAY server failed")?;
    Ok(NodelayCheck { address: address.to_string(), match_job_postings, match_profiles })
}

/// What one upsert response says: stored, rejected, the first rejection.
struct Acknowledgement {
    upserted: u32,
    rejected: u32,
    first_rejection: Option<String>,
}

fn acknowledgement(upserted: u32, rejected: u32, results: &[pb::UpsertResult]) -> Acknowledgement {
    let first_rejection = results
        .iter()
        .find(|result| result.code != 0)
        .map(|result| format!("{}: {}", result.id, result.message));
    Acknowledgement { upserted, rejected, first_rejection }
}

/// Send `batches` with `in_flight` requests outstanding; wall time from the first send to the
/// last acknowledgement.
async fn ingest<R, F, Fut>(
    records: usize,
    batches: Vec<R>,
    in_flight: usize,
    counters: &CommitCounters,
    collection: &str,
    send: F,
) -> Result<IngestRun>
where
    F: Fn(R) -> Fut,
    Fut: Future<Output = std::result::Result<Acknowledgement, tonic::Status>>,
{
    let requests = batches.len();
    let commits_before = counters.snapshot(collection);
    let cpu_before = sys::thread_cpu();
    let started = Instant::now();
    let mut responses = futures::stream::iter(batches.into_iter().map(|batch| {
        let call = send(batch);
        async move {
            let sent = Instant::now();
            let result = call.await;
            (sent.elapsed(), result)
        }
    }))
    .buffer_unordered(in_flight);
    let mut run = IngestRun { records, requests, ..IngestRun::default() };
    let mut latencies = Vec::with_capacity(requests);
    while let Some((latency, result)) = responses.next().await {
        let acknowledgement = result.with_context(|| format!("upsert of {collection} failed"))?;
        latencies.push(latency);
        run.upserted += u64::from(acknowledgement.upserted);
        run.rejected += u64::from(acknowledgement.rejected);
        if run.first_rejection.is_none() {
            run.first_rejection = acknowledgement.first_rejection;
        }
    }
    let wall = started.elapsed();
    let cpu_after = sys::thread_cpu();
    run.wall_s = wall.as_secs_f64();
    run.records_per_s = run.upserted as f64 / run.wall_s.max(1e-9);
    run.request_latency = LatencySummary::new(&latencies, wall);
    run.commits = counters.snapshot(collection).since(&commits_before);
    run.cpu_s = sys::process_cpu_seconds_between(&cpu_before, &cpu_after);
    run.cpu_by_thread = sys::cpu_by_group(&cpu_before, &cpu_after);
    Ok(run)
}

/// Send `requests` from `concurrency` clients, each one request at a time, and time every
/// request on the client. A call returns (matches returned, total_size).
async fn measure<R, F, Fut>(requests: Vec<R>, concurrency: usize, call: F) -> QueryRun
where
    R: Send + 'static,
    F: Fn(R) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = std::result::Result<(usize, i64), tonic::Status>> + Send,
{
    if requests.is_empty() {
        return QueryRun::default();
    }
    let mut lanes: Vec<Vec<R>> = (0..concurrency).map(|_| Vec::new()).collect();
    for (index, request) in requests.into_iter().enumerate() {
        lanes[index % concurrency].push(request);
    }
    let cpu_before = sys::thread_cpu();
    let started = Instant::now();
    let tasks: Vec<_> = lanes
        .into_iter()
        .map(|lane| {
            let call = call.clone();
            tokio::spawn(async move {
                let mut samples = Vec::with_capacity(lane.len());
                let (mut returned, mut total, mut errors, mut first_error) = (0usize, 0i64, 0usize, None);
                for request in lane {
                    let sent = Instant::now();
                    match call(request).await {
                        Ok((hits, all)) => {
                            samples.push(sent.elapsed());
                            returned += hits;
                            total += all;
                        }
                        Err(status) => {
                            errors += 1;
                            first_error
                                .get_or_insert_with(|| format!("{:?}: {}", status.code(), status.message()));
                        }
                    }
                }
                (samples, returned, total, errors, first_error)
            })
        })
        .collect();
    let mut samples: Vec<Duration> = Vec::new();
    let mut run = QueryRun::default();
    let (mut returned, mut total) = (0usize, 0i64);
    for task in tasks {
        match task.await {
            Ok((lane_samples, lane_returned, lane_total, lane_errors, lane_error)) => {
                samples.extend(lane_samples);
                returned += lane_returned;
                total += lane_total;
                run.errors += lane_errors;
                if run.first_error.is_none() {
                    run.first_error = lane_error;
                }
            }
            Err(error) => {
                run.errors += 1;
                run.first_error.get_or_insert_with(|| format!("client task failed: {error}"));
            }
        }
    }
    let wall = started.elapsed();
    let cpu_after = sys::thread_cpu();
    run.latency = LatencySummary::new(&samples, wall);
    if !samples.is_empty() {
        run.mean_returned = returned as f64 / samples.len() as f64;
        run.mean_total = total as f64 / samples.len() as f64;
    }
    run.cpu_s = sys::process_cpu_seconds_between(&cpu_before, &cpu_after);
    run.cpu_by_thread = sys::cpu_by_group(&cpu_before, &cpu_after);
    run
}

/// Time `work` once per item, returning the summary.
fn time_each<T>(items: &[T], mut work: impl FnMut(&T) -> Result<()>) -> Result<LatencySummary> {
    let mut samples = Vec::with_capacity(items.len());
    let started = Instant::now();
    for item in items {
        let begun = Instant::now();
        work(item)?;
        samples.push(begun.elapsed());
    }
    Ok(LatencySummary::new(&samples, started.elapsed()))
}

/// Mean microseconds of `work` over `items`, on this thread.
fn mean_micros<T>(items: &[T], mut work: impl FnMut(&T) -> Result<()>) -> Result<f64> {
    if items.is_empty() {
        return Ok(0.0);
    }
    let started = Instant::now();
    for item in items {
        work(item)?;
    }
    Ok(started.elapsed().as_secs_f64() * 1e6 / items.len() as f64)
}

/// Where the time of ingest and matching goes, measured directly on the server's state.
fn breakdown(
    state: &AppState,
    posting_sample: &[JobPosting],
    profile_sample: &[JobseekerProfile],
    profile_ids: &[String],
    posting_ids: &[String],
) -> Result<Breakdown> {
    let store = &state.store;
    let enricher = store.enricher();
    let posting_extract_us = mean_micros(posting_sample, |posting| {
        std::hint::black_box(enricher.posting_requirements(posting));
        Ok(())
    })?;
    let posting_prepare_us = mean_micros(posting_sample, |posting| {
        std::hint::black_box(store.prepare_posting(posting.clone())?);
        Ok(())
    })?;
    let profile_extract_us = mean_micros(profile_sample, |profile| {
        std::hint::black_box(enricher.profile_skills(profile));
        Ok(())
    })?;
    let profile_prepare_us = mean_micros(profile_sample, |profile| {
        std::hint::black_box(store.prepare_profile(profile.clone())?);
        Ok(())
    })?;
    let filters = MatchFilters::default();
    let now = Utc::now();
    let window = 0..10;
    let get_profile = time_each(profile_ids, |id| {
        std::hint::black_box(api::profile_by_id(state, id)?);
        Ok(())
    })?;
    let profiles =
        profile_ids.iter().map(|id| api::profile_by_id(state, id)).collect::<Result<Vec<_>, _>>()?;
    let search_postings = time_each(&profiles, |profile| {
        std::hint::black_box(store.match_postings(
            &profile.profile,
            &profile.effective,
            &filters,
            now,
            window.clone(),
        )?);
        Ok(())
    })?;
    let match_postings_api = time_each(&profiles, |profile| {
        std::hint::black_box(api::match_postings(state, profile, &filters, now, window.clone())?);
        Ok(())
    })?;
    let get_posting = time_each(posting_ids, |id| {
        std::hint::black_box(api::posting_by_id(state, id)?);
        Ok(())
    })?;
    let postings =
        posting_ids.iter().map(|id| api::posting_by_id(state, id)).collect::<Result<Vec<_>, _>>()?;
    let search_profiles = time_each(&postings, |posting| {
        std::hint::black_box(store.match_profiles(
            &posting.posting,
            &posting.effective,
            &filters,
            now,
            window.clone(),
        )?);
        Ok(())
    })?;
    let match_profiles_api = time_each(&postings, |posting| {
        std::hint::black_box(api::match_profiles(state, posting, &filters, now, window.clone())?);
        Ok(())
    })?;
    Ok(Breakdown {
        sample: posting_sample.len().min(profile_sample.len()),
        posting_extract_us,
        posting_prepare_us,
        profile_extract_us,
        profile_prepare_us,
        get_profile,
        search_postings,
        match_postings_api,
        get_posting,
        search_profiles,
        match_profiles_api,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_with_defaults() {
        let options = Options::try_parse_from(["kohtaanto-bench", "--postings", "10", "--json", "out.json"])
            .expect("parses");
        assert_eq!(options.postings, 10);
        assert_eq!(options.profiles, 100_000);
        assert_eq!(options.queries, 2_000);
        assert_eq!(options.concurrency, 1);
        assert_eq!(options.seed, 7);
        assert_eq!(options.json.as_deref(), Some(Path::new("out.json")));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_tiny_run_ingests_everything_and_answers_every_query() {
        let options = Options::try_parse_from([
            "kohtaanto-bench",
            "--postings",
            "120",
            "--profiles",
            "80",
            "--queries",
            "20",
            "--warmup",
            "2",
            "--batch-size",
            "50",
            "--concurrency",
            "2",
            "--now",
            "2026-03-01T00:00:00Z",
        ])
        .expect("parses");
        let report = run(&options, Arc::new(CommitCounters::default())).await.expect("benchmark runs");
        assert_eq!(report.ingest.postings.upserted, 120);
        assert_eq!(report.ingest.postings.listed_total, 120);
        assert_eq!(report.ingest.profiles.upserted, 80);
        assert_eq!(report.ingest.postings.requests, 3);
        let queries = &report.queries;
        assert_eq!(queries.match_job_postings.latency.count, 20);
        assert_eq!(queries.match_profiles.latency.count, 20);
        assert_eq!(queries.match_job_postings_inline.latency.count, 2);
        assert_eq!(queries.match_job_postings.errors + queries.match_profiles.errors, 0);
        let nodelay = report.nodelay.as_ref().expect("diagnosis ran");
        assert_eq!(nodelay.match_profiles.latency.count, 20);
        assert!(report.index.total_at_close_mib > 0.0);
        assert!(report.breakdown.is_some());
        assert!(report.render().contains("MatchProfiles by id"));
    }

    #[test]
    fn samples_are_spread_and_bounded() {
        assert_eq!(sample_step(100_000), 50);
        assert_eq!(sample_step(10), 1);
        assert_eq!(sample_step(0), 1);
    }

    #[test]
    fn workload_batches_and_samples() {
        let config = GenConfig {
            postings: 25,
            profiles: 12,
            seed: 1,
            now: "2026-03-01T00:00:00Z".parse().expect("time"),
        };
        let workload = build_workload(generate(&config), 10);
        let sizes: Vec<usize> = workload.posting_batches.iter().map(|b| b.job_postings.len()).collect();
        assert_eq!(sizes, vec![10, 10, 5]);
        let sizes: Vec<usize> = workload.profile_batches.iter().map(|b| b.profiles.len()).collect();
        assert_eq!(sizes, vec![10, 2]);
        assert_eq!(workload.posting_ids.len(), 25);
        assert_eq!(workload.posting_sample.len(), 25);
        assert_eq!(workload.posting_batches[0].job_postings[0].id, workload.posting_ids[0]);
        assert!(workload.postings_wire_bytes > 0);
    }
}
