//! The benchmark's results: one serialisable [`Report`] (written with `--json`) and its
//! rendering as readable tables.

use crate::commit_log::CommitStats;
use crate::latency::LatencySummary;
use crate::sys::{Machine, Memory};
use serde::Serialize;

/// Goal of the issue: postings ingested per second, extraction included.
pub const GOAL_INGEST_PER_S: f64 = 5_000.0;
/// Goal of the issue: median match latency over gRPC.
pub const GOAL_P50_MS: f64 = 5.0;
/// Goal of the issue: 99th percentile match latency over gRPC.
pub const GOAL_P99_MS: f64 = 20.0;

/// Everything measured in one run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The command line.
    pub command: String,
    /// How the server ran.
    pub server: String,
    /// Data directory and its file system.
    pub data_dir: String,
    /// File system of the data directory.
    pub data_dir_filesystem: Option<String>,
    /// Median time to write 256 KiB and fsync it in the data directory, ms.
    pub data_dir_fsync_ms: Option<f64>,
    /// The machine.
    pub machine: Machine,
    /// The parameters.
    pub config: RunConfig,
    /// Data generation (not part of ingest).
    pub generate: GenerateReport,
    /// Ingest over gRPC.
    pub ingest: IngestReport,
    /// Match latency over gRPC.
    pub queries: QueryReport,
    /// The by-id queries again, against the same Matching service served with TCP_NODELAY.
    pub nodelay: Option<NodelayCheck>,
    /// Resident memory at the end of each phase.
    pub memory: Vec<MemoryPoint>,
    /// Peak resident memory of the whole run, MiB.
    pub peak_rss_mib: f64,
    /// Index size on disk.
    pub index: IndexReport,
    /// Where the time goes, measured in-process without gRPC.
    pub breakdown: Option<Breakdown>,
    /// The issue's goals, met or not.
    pub goals: Vec<Goal>,
}

/// Parameters of the run.
#[derive(Debug, Clone, Serialize)]
pub struct RunConfig {
    /// Postings generated and ingested.
    pub postings: usize,
    /// Profiles generated and ingested.
    pub profiles: usize,
    /// Measured queries per kind.
    pub queries: usize,
    /// Inline queries per kind.
    pub inline_queries: usize,
    /// Warm-up queries per kind.
    pub warmup: usize,
    /// Clients sending queries at once.
    pub concurrency: usize,
    /// Records per upsert request.
    pub batch_size: usize,
    /// Upsert requests in flight.
    pub in_flight: usize,
    /// Matches asked for per query.
    pub page_size: i32,
    /// Generator seed.
    pub seed: u64,
    /// The generator's "now" (RFC 3339).
    pub generated_at: String,
}

/// Data generation.
#[derive(Debug, Clone, Serialize)]
pub struct GenerateReport {
    /// Wall time of `kohtaanto_gen::generate`, seconds.
    pub generate_s: f64,
    /// Wall time of building the protobuf upsert requests from it, seconds.
    pub build_requests_s: f64,
    /// Resident memory the generated records added, MiB (RSS difference; rough).
    pub records_rss_mib: f64,
    /// Encoded size of the posting upsert requests, MiB.
    pub postings_wire_mib: f64,
    /// Encoded size of the profile upsert requests, MiB.
    pub profiles_wire_mib: f64,
}

/// Ingest of both kinds.
#[derive(Debug, Clone, Serialize)]
pub struct IngestReport {
    /// Postings.
    pub postings: IngestRun,
    /// Profiles.
    pub profiles: IngestRun,
}

/// Ingest of one kind over gRPC.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestRun {
    /// Records sent.
    pub records: usize,
    /// Records stored (per the responses).
    pub upserted: u64,
    /// Records rejected (per the responses).
    pub rejected: u64,
    /// The first rejection, if any.
    pub first_rejection: Option<String>,
    /// Upsert requests sent.
    pub requests: usize,
    /// Wall time from the first send to the last acknowledgement, seconds.
    pub wall_s: f64,
    /// Records acknowledged (durable and visible) per second.
    pub records_per_s: f64,
    /// Request payload per second, MiB/s.
    pub wire_mib_per_s: f64,
    /// Latency of one upsert request (send to durable acknowledgement).
    pub request_latency: LatencySummary,
    /// Group commits observed in the store.
    pub commits: CommitStats,
    /// CPU seconds of the process during the run.
    pub cpu_s: f64,
    /// CPU seconds per thread group during the run, largest first.
    pub cpu_by_thread: Vec<(String, f64)>,
    /// Count reported by the List RPC afterwards.
    pub listed_total: i64,
}

/// Match latency of every kind of query.
#[derive(Debug, Clone, Serialize)]
pub struct QueryReport {
    /// MatchJobPostings by stored profile id.
    pub match_job_postings: QueryRun,
    /// MatchProfiles by stored posting id.
    pub match_profiles: QueryRun,
    /// MatchJobPostings with an inline profile (extraction at query time).
    pub match_job_postings_inline: QueryRun,
    /// MatchProfiles with an inline posting (extraction at query time).
    pub match_profiles_inline: QueryRun,
}

/// Latency of one kind of query over gRPC.
#[derive(Debug, Clone, Default, Serialize)]
pub struct QueryRun {
    /// Per-request latency, client side.
    pub latency: LatencySummary,
    /// Mean number of matches returned.
    pub mean_returned: f64,
    /// Mean `total_size`: hits passing all filters, over all pages.
    pub mean_total: f64,
    /// Failed requests.
    pub errors: usize,
    /// The first failure, if any.
    pub first_error: Option<String>,
    /// CPU seconds of the process during the run.
    pub cpu_s: f64,
    /// CPU seconds per thread group, largest first.
    pub cpu_by_thread: Vec<(String, f64)>,
}

/// The by-id queries against the same state and Matching service, served by a plain tonic
/// server whose accepted sockets have TCP_NODELAY (a diagnosis, not the product's figures).
#[derive(Debug, Clone, Serialize)]
pub struct NodelayCheck {
    /// Where it listened.
    pub address: String,
    /// MatchJobPostings by id.
    pub match_job_postings: QueryRun,
    /// MatchProfiles by id.
    pub match_profiles: QueryRun,
}

/// Resident memory at a point of the run.
#[derive(Debug, Clone, Serialize)]
pub struct MemoryPoint {
    /// Phase just finished.
    pub phase: String,
    /// Memory then.
    pub memory: Memory,
}

/// Index size on disk.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexReport {
    /// Postings index right after ingest, MiB.
    pub postings_after_ingest_mib: f64,
    /// Profiles index right after ingest, MiB.
    pub profiles_after_ingest_mib: f64,
    /// The whole data directory after the server closed (merges finished), MiB.
    pub total_at_close_mib: f64,
    /// Segments of the postings index after ingest.
    pub postings_segments_after_ingest: Option<usize>,
    /// Segments of the profiles index after ingest.
    pub profiles_segments_after_ingest: Option<usize>,
    /// Segments of the postings index after the queries.
    pub postings_segments_after_queries: Option<usize>,
    /// Segments of the profiles index after the queries.
    pub profiles_segments_after_queries: Option<usize>,
    /// Segments of the postings index after the server closed.
    pub postings_segments_at_close: Option<usize>,
    /// Segments of the profiles index after the server closed.
    pub profiles_segments_at_close: Option<usize>,
}

/// Where the time goes, measured in-process (no gRPC) on samples of the same data.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Breakdown {
    /// Records in each sample.
    pub sample: usize,
    /// Skill extraction of one posting (effective requirements), one thread, microseconds.
    pub posting_extract_us: f64,
    /// Extraction plus building the tantivy document of one posting, one thread, microseconds.
    pub posting_prepare_us: f64,
    /// Skill extraction of one profile, one thread, microseconds.
    pub profile_extract_us: f64,
    /// Extraction plus document of one profile, one thread, microseconds.
    pub profile_prepare_us: f64,
    /// Resolve a stored profile by id (term lookup, stored-field read, JSON decode).
    pub get_profile: LatencySummary,
    /// Store search of postings for a resolved profile (candidates, filters, exact top-k, page read).
    pub search_postings: LatencySummary,
    /// The same plus explanations (what the RPC runs before converting to protobuf).
    pub match_postings_api: LatencySummary,
    /// Resolve a stored posting by id.
    pub get_posting: LatencySummary,
    /// Store search of profiles for a resolved posting.
    pub search_profiles: LatencySummary,
    /// The same plus explanations.
    pub match_profiles_api: LatencySummary,
}

/// One goal of the issue.
#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    /// What is measured.
    pub name: String,
    /// The goal, as text.
    pub target: String,
    /// The measured value.
    pub measured: f64,
    /// Whether the goal is met.
    pub met: bool,
}

impl Report {
    /// Check the issue's goals against the measured figures.
    pub fn goals(ingest: &IngestReport, queries: &QueryReport) -> Vec<Goal> {
        let at_least = |name: &str, measured: f64, goal: f64, unit: &str| Goal {
            name: name.to_string(),
            target: format!(">= {goal} {unit}"),
            measured,
            met: measured >= goal,
        };
        let under = |name: &str, measured: f64, goal: f64| Goal {
            name: name.to_string(),
            target: format!("< {goal} ms"),
            measured,
            met: measured < goal && measured > 0.0,
        };
        vec![
            at_least("ingest postings/s", ingest.postings.records_per_s, GOAL_INGEST_PER_S, "records/s"),
            at_least("ingest profiles/s", ingest.profiles.records_per_s, GOAL_INGEST_PER_S, "records/s"),
            under("MatchJobPostings p50", queries.match_job_postings.latency.p50_ms, GOAL_P50_MS),
            under("MatchJobPostings p99", queries.match_job_postings.latency.p99_ms, GOAL_P99_MS),
            under("MatchProfiles p50", queries.match_profiles.latency.p50_ms, GOAL_P50_MS),
            under("MatchProfiles p99", queries.match_profiles.latency.p99_ms, GOAL_P99_MS),
        ]
    }

    /// The report as readable tables.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        let load = |load: Option<[f64; 3]>| {
            load.map_or("unknown".to_string(), |[a, b, c]| format!("{a:.2} {b:.2} {c:.2}"))
        };
        let m = &self.machine;
        line("== kohtaanto benchmark ==".into());
        line(format!("command     {}", self.command));
        line(format!("server      {}", self.server));
        line(format!(
            "data dir    {} ({}; write 256 KiB + fsync: {} ms median)",
            self.data_dir,
            self.data_dir_filesystem.as_deref().unwrap_or("file system unknown"),
            self.data_dir_fsync_ms.map_or("?".to_string(), |ms| format!("{ms:.1}"))
        ));
        line(format!(
            "machine     {} cores, {}, {} MiB RAM",
            m.cores,
            m.cpu_model.as_deref().unwrap_or("cpu unknown"),
            m.memory_total_mib.map_or("?".to_string(), |mib| format!("{mib:.0}"))
        ));
        line(format!(
            "load avg    at start {} / at end {} (1/5/15 min)",
            load(m.load_at_start),
            load(m.load_at_end)
        ));
        let c = &self.config;
        line(format!(
            "data        {} postings, {} profiles, seed {}, now {}",
            c.postings, c.profiles, c.seed, c.generated_at
        ));
        let g = &self.generate;
        line(format!(
            "generate    {:.2} s (not part of ingest); requests built in {:.2} s; \
             wire size {:.1} MiB postings, {:.1} MiB profiles; records ~{:.0} MiB RSS",
            g.generate_s, g.build_requests_s, g.postings_wire_mib, g.profiles_wire_mib, g.records_rss_mib
        ));
        line(String::new());
        line(format!(
            "-- ingest over gRPC (batches of {}, {} requests in flight; acked = durable and visible) --",
            c.batch_size, c.in_flight
        ));
        line(format!(
            "{:<10} {:>8} {:>8} {:>9} {:>11} {:>8} {:>10} {:>10} {:>8} {:>12} {:>7}",
            "kind",
            "records",
            "rejected",
            "wall s",
            "records/s",
            "MiB/s",
            "req p50 ms",
            "req max ms",
            "commits",
            "writer busy s",
            "cpu s"
        ));
        for (kind, run) in [("postings", &self.ingest.postings), ("profiles", &self.ingest.profiles)] {
            line(format!(
                "{:<10} {:>8} {:>8} {:>9.2} {:>11.0} {:>8.1} {:>10.1} {:>10.1} {:>8} {:>12.2} {:>7.2}",
                kind,
                run.upserted,
                run.rejected,
                run.wall_s,
                run.records_per_s,
                run.wire_mib_per_s,
                run.request_latency.p50_ms,
                run.request_latency.max_ms,
                run.commits.commits,
                run.commits.writer_busy_s,
                run.cpu_s
            ));
            if let Some(first) = &run.first_rejection {
                line(format!("           first rejection: {first}"));
            }
            line(format!("           cpu by thread: {}", cpu_groups(&run.cpu_by_thread)));
        }
        line(String::new());
        line(format!(
            "-- match latency over gRPC (client side, page_size {}, default filters, concurrency {}, \
             after {} warm-up queries per kind) --",
            c.page_size, c.concurrency, c.warmup
        ));
        line(format!(
            "{:<28} {:>6} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>6}",
            "query", "n", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms", "qps", "mean hits", "errors"
        ));
        let q = &self.queries;
        for (name, run) in [
            ("MatchJobPostings by id", &q.match_job_postings),
            ("MatchProfiles by id", &q.match_profiles),
            ("MatchJobPostings inline", &q.match_job_postings_inline),
            ("MatchProfiles inline", &q.match_profiles_inline),
        ] {
            let l = &run.latency;
            line(format!(
                "{:<28} {:>6} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.0} {:>9.0} {:>6}",
                name,
                l.count,
                l.p50_ms,
                l.p90_ms,
                l.p99_ms,
                l.max_ms,
                l.mean_ms,
                l.throughput_per_s,
                run.mean_total,
                run.errors
            ));
            if let Some(first) = &run.first_error {
                line(format!("           first error: {first}"));
            }
        }
        for (name, run) in [("MatchJobPostings", &q.match_job_postings), ("MatchProfiles", &q.match_profiles)]
        {
            line(format!("cpu by thread, {name} by id: {}", cpu_groups(&run.cpu_by_thread)));
        }
        line("(mean hits = total_size: matches passing all filters over all pages)".into());
        if let Some(check) = &self.nodelay {
            line(String::new());
            line(
                "-- control: the same by-id queries, same state and Matching service, on a plain tonic \
                 server with TCP_NODELAY on accepted sockets (a gap to the table above is transport cost) --"
                    .into(),
            );
            for (name, run) in [
                ("MatchJobPostings by id", &check.match_job_postings),
                ("MatchProfiles by id", &check.match_profiles),
            ] {
                let l = &run.latency;
                line(format!(
                    "{:<28} {:>6} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.0} {:>9.0} {:>6}",
                    name,
                    l.count,
                    l.p50_ms,
                    l.p90_ms,
                    l.p99_ms,
                    l.max_ms,
                    l.mean_ms,
                    l.throughput_per_s,
                    run.mean_total,
                    run.errors
                ));
            }
        }
        line(String::new());
        line("-- memory (VmRSS / VmHWM; server, client and generated data share the process) --".into());
        for point in &self.memory {
            line(format!(
                "{:<34} rss {:>8.1} MiB   peak {:>8.1} MiB",
                point.phase, point.memory.rss_mib, point.memory.peak_rss_mib
            ));
        }
        line(format!("peak RSS of the run: {:.1} MiB", self.peak_rss_mib));
        let i = &self.index;
        line(format!(
            "index on disk: postings {:.1} MiB + profiles {:.1} MiB after ingest; data dir {:.1} MiB at close",
            i.postings_after_ingest_mib, i.profiles_after_ingest_mib, i.total_at_close_mib
        ));
        let count = |n: Option<usize>| n.map_or("?".to_string(), |n| n.to_string());
        line(format!(
            "segments (postings/profiles): after ingest {}/{}, after queries {}/{}, at close {}/{}",
            count(i.postings_segments_after_ingest),
            count(i.profiles_segments_after_ingest),
            count(i.postings_segments_after_queries),
            count(i.profiles_segments_after_queries),
            count(i.postings_segments_at_close),
            count(i.profiles_segments_at_close)
        ));
        if let Some(b) = &self.breakdown {
            line(String::new());
            line(format!("-- breakdown in-process, no gRPC (sample of {} per kind) --", b.sample));
            line(format!(
                "extraction per posting {:.0} us (with document {:.0} us) -> one core: {:.0} postings/s",
                b.posting_extract_us,
                b.posting_prepare_us,
                per_second(b.posting_prepare_us)
            ));
            line(format!(
                "extraction per profile {:.0} us (with document {:.0} us) -> one core: {:.0} profiles/s",
                b.profile_extract_us,
                b.profile_prepare_us,
                per_second(b.profile_prepare_us)
            ));
            line(format!("{:<34} {:>8} {:>8} {:>8} {:>8}", "step", "p50 ms", "p90 ms", "p99 ms", "mean ms"));
            for (name, l) in [
                ("get profile by id", &b.get_profile),
                ("store search postings", &b.search_postings),
                ("api match_postings (+explain)", &b.match_postings_api),
                ("get posting by id", &b.get_posting),
                ("store search profiles", &b.search_profiles),
                ("api match_profiles (+explain)", &b.match_profiles_api),
            ] {
                line(format!(
                    "{:<34} {:>8.3} {:>8.3} {:>8.3} {:>8.3}",
                    name, l.p50_ms, l.p90_ms, l.p99_ms, l.mean_ms
                ));
            }
        }
        line(String::new());
        line("-- goals --".into());
        for goal in &self.goals {
            line(format!(
                "{:<24} {:>12} measured {:>10.2}  {}",
                goal.name,
                goal.target,
                goal.measured,
                if goal.met { "met" } else { "MISSED" }
            ));
        }
        out
    }
}

fn per_second(micros: f64) -> f64 {
    if micros > 0.0 { 1e6 / micros } else { 0.0 }
}

fn cpu_groups(groups: &[(String, f64)]) -> String {
    if groups.is_empty() {
        return "unknown".to_string();
    }
    groups
        .iter()
        .take(8)
        .map(|(name, seconds)| format!("{name} {seconds:.2}s"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_compare_against_the_issue() {
        let mut ingest = IngestReport { postings: IngestRun::default(), profiles: IngestRun::default() };
        ingest.postings.records_per_s = 6_000.0;
        ingest.profiles.records_per_s = 4_000.0;
        let run = |p50_ms, p99_ms| QueryRun {
            latency: LatencySummary { p50_ms, p99_ms, count: 1, ..LatencySummary::default() },
            ..QueryRun::default()
        };
        let queries = QueryReport {
            match_job_postings: run(4.0, 19.0),
            match_profiles: run(6.0, 25.0),
            match_job_postings_inline: run(0.0, 0.0),
            match_profiles_inline: run(0.0, 0.0),
        };
        let met: Vec<bool> = Report::goals(&ingest, &queries).iter().map(|g| g.met).collect();
        assert_eq!(met, vec![true, false, true, true, false, false]);
    }

    #[test]
    fn cpu_groups_are_listed_largest_first_as_given() {
        let groups = vec![("rayon".to_string(), 2.5), ("bench-tokio".to_string(), 0.25)];
        assert_eq!(cpu_groups(&groups), "rayon 2.50s, bench-tokio 0.25s");
        assert_eq!(cpu_groups(&[]), "unknown");
    }
}
