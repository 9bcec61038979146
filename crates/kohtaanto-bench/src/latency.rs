//! Latency statistics: every request's duration is kept (a few thousand numbers), so the
//! percentiles are exact rather than bucketed (nearest rank, [`kohtaanto_latency`]).

use kohtaanto_latency::{Latencies, millis};
use serde::Serialize;
use std::time::Duration;

/// Summary of the latencies of one kind of request, in milliseconds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LatencySummary {
    /// Number of requests measured.
    pub count: usize,
    /// Median.
    pub p50_ms: f64,
    /// 90th percentile.
    pub p90_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Slowest request.
    pub max_ms: f64,
    /// Mean.
    pub mean_ms: f64,
    /// Requests per second over the wall time of the whole run (all concurrent clients).
    pub throughput_per_s: f64,
}

impl LatencySummary {
    /// Summarise `samples`, measured over `wall` of wall-clock time.
    pub fn new(samples: &[Duration], wall: Duration) -> LatencySummary {
        if samples.is_empty() {
            return LatencySummary::default();
        }
        let latencies = Latencies::new(samples.to_vec());
        let wall_s = wall.as_secs_f64();
        LatencySummary {
            count: latencies.count(),
            p50_ms: millis(latencies.median()),
            p90_ms: millis(latencies.p90()),
            p99_ms: millis(latencies.p99()),
            max_ms: millis(latencies.max()),
            mean_ms: millis(latencies.mean()),
            throughput_per_s: if wall_s > 0.0 { latencies.count() as f64 / wall_s } else { 0.0 },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_of_known_samples() {
        let samples: Vec<Duration> = (1..=10).map(Duration::from_millis).collect();
        let summary = LatencySummary::new(&samples, Duration::from_secs(2));
        assert_eq!(summary.count, 10);
        assert!((summary.p50_ms - 5.0).abs() < 1e-9);
        assert!((summary.max_ms - 10.0).abs() < 1e-9);
        assert!((summary.mean_ms - 5.5).abs() < 1e-9);
        assert!((summary.throughput_per_s - 5.0).abs() < 1e-9);
        assert_eq!(LatencySummary::new(&[], Duration::ZERO).count, 0);
    }
}
