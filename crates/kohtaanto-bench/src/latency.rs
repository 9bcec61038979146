//! Latency statistics: every request's duration is kept (a few thousand numbers), so the
//! percentiles are exact rather than bucketed.

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
        let mut millis: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        millis.sort_by(f64::total_cmp);
        let mean_ms = millis.iter().sum::<f64>() / millis.len() as f64;
        let wall_s = wall.as_secs_f64();
        LatencySummary {
            count: millis.len(),
            p50_ms: percentile(&millis, 50.0),
            p90_ms: percentile(&millis, 90.0),
            p99_ms: percentile(&millis, 99.0),
            max_ms: millis[millis.len() - 1],
            mean_ms,
            throughput_per_s: if wall_s > 0.0 { millis.len() as f64 / wall_s } else { 0.0 },
        }
    }
}

/// Nearest-rank percentile of ascending `sorted` (non-empty): the smallest value with at least
/// `p` percent of the values at or below it.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    debug_assert!(!sorted.is_empty());
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let values: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&values, 50.0), 50.0);
        assert_eq!(percentile(&values, 99.0), 99.0);
        assert_eq!(percentile(&values, 100.0), 100.0);
        assert_eq!(percentile(&[7.0], 99.0), 7.0);
    }

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
