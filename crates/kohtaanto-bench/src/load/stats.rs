//! What the clients of the load generator observed: per RPC the latency of every answered
//! request and the count of each status code, merged over the clients at the end.

use super::latency::LatencySummary;
use super::mix::Op;
use std::collections::BTreeMap;
use std::time::Duration;
use tonic::Code;

/// Whether a status means the server shed the request (overload), as opposed to a failure.
pub fn is_shed(code: Code) -> bool {
    matches!(code, Code::ResourceExhausted | Code::Unavailable)
}

/// Observations of one RPC.
#[derive(Debug, Default, Clone)]
pub struct OpStats {
    /// Latencies of successful calls.
    pub ok: Vec<Duration>,
    /// Latencies of shed calls (RESOURCE_EXHAUSTED, UNAVAILABLE).
    pub shed: Vec<Duration>,
    /// Count of each status code.
    pub codes: BTreeMap<String, u64>,
    /// First message of each other error code (for the report).
    pub errors: BTreeMap<String, String>,
}

/// Observations of one client (or all, merged).
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Per RPC.
    pub ops: BTreeMap<Op, OpStats>,
}

impl Stats {
    /// Record one call.
    pub fn record(&mut self, op: Op, took: Duration, result: &Result<(), tonic::Status>) {
        let entry = self.ops.entry(op).or_default();
        let code = match result {
            Ok(()) => Code::Ok,
            Err(status) => status.code(),
        };
        *entry.codes.entry(format!("{code:?}")).or_default() += 1;
        match result {
            Ok(()) => entry.ok.push(took),
            Err(status) if is_shed(status.code()) => entry.shed.push(took),
            Err(status) => {
                entry.errors.entry(format!("{code:?}")).or_insert_with(|| status.message().to_string());
            }
        }
    }

    /// Add `other` into this.
    pub fn merge(&mut self, other: Stats) {
        for (op, stats) in other.ops {
            let entry = self.ops.entry(op).or_default();
            entry.ok.extend(stats.ok);
            entry.shed.extend(stats.shed);
            for (code, n) in stats.codes {
                *entry.codes.entry(code).or_default() += n;
            }
            for (code, message) in stats.errors {
                entry.errors.entry(code).or_insert(message);
            }
        }
    }

    /// Calls in total.
    pub fn total(&self) -> u64 {
        self.ops.values().flat_map(|s| s.codes.values()).sum()
    }

    /// Successful calls in total.
    pub fn ok(&self) -> usize {
        self.ops.values().map(|s| s.ok.len()).sum()
    }

    /// Shed calls in total.
    pub fn shed(&self) -> usize {
        self.ops.values().map(|s| s.shed.len()).sum()
    }

    /// Calls that failed otherwise (neither OK nor shed).
    pub fn failed(&self) -> u64 {
        self.total() - (self.ok() + self.shed()) as u64
    }

    /// Markdown table: per RPC ok throughput, latency of successful calls, statuses.
    pub fn table(&self, wall: Duration) -> String {
        let mut out = String::from(
            "| RPC | ok calls | ok/s | p50 ms | p99 ms | max ms | statuses |\n|---|---:|---:|---:|---:|---:|---|\n",
        );
        let row = |name: &str, ok: &[Duration], codes: &BTreeMap<String, u64>| {
            let summary = LatencySummary::new(ok, wall);
            let codes = codes.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>().join(", ");
            format!(
                "| {name} | {} | {:.1} | {:.1} | {:.1} | {:.1} | {codes} |\n",
                summary.count, summary.throughput_per_s, summary.p50_ms, summary.p99_ms, summary.max_ms
            )
        };
        let mut all_ok = Vec::new();
        let mut all_codes: BTreeMap<String, u64> = BTreeMap::new();
        for (op, stats) in &self.ops {
            out.push_str(&row(op.rpc(), &stats.ok, &stats.codes));
            all_ok.extend_from_slice(&stats.ok);
            for (code, n) in &stats.codes {
                *all_codes.entry(code.clone()).or_default() += n;
            }
        }
        out.push_str(&row("all", &all_ok, &all_codes));
        out
    }

    /// Latency of the shed calls (how fast a rejection comes back).
    pub fn shed_latency(&self, wall: Duration) -> LatencySummary {
        let shed: Vec<Duration> = self.ops.values().flat_map(|s| s.shed.iter().copied()).collect();
        LatencySummary::new(&shed, wall)
    }

    /// The first message of each unexpected error code, per RPC.
    pub fn error_samples(&self) -> Vec<String> {
        self.ops
            .iter()
            .flat_map(|(op, s)| {
                s.errors.iter().map(move |(code, message)| format!("{} {code}: {message}", op.rpc()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tonic::Status;

    #[test]
    fn records_and_merges_by_outcome() {
        let mut a = Stats::default();
        a.record(Op::MatchPostings, Duration::from_millis(5), &Ok(()));
        a.record(Op::MatchPostings, Duration::from_millis(1), &Err(Status::resource_exhausted("busy")));
        let mut b = Stats::default();
        b.record(Op::MatchPostings, Duration::from_millis(7), &Ok(()));
        b.record(Op::MarketGaps, Duration::from_millis(9), &Err(Status::internal("boom")));
        a.merge(b);
        assert_eq!((a.total(), a.ok(), a.shed(), a.failed()), (4, 2, 1, 1));
        assert_eq!(a.ops[&Op::MatchPostings].codes["Ok"], 2);
        assert_eq!(a.error_samples(), vec!["MarketGaps Internal: boom".to_string()]);
        let table = a.table(Duration::from_secs(1));
        assert!(
            table.contains("| MatchJobPostings | 2 | 2.0 | 5.0 | 7.0 | 7.0 | Ok 2, ResourceExhausted 1 |"),
            "{table}"
        );
    }
}
