//! Latency statistics shared by every benchmark (engine benches, gRPC bench binaries), so that
//! "median" and "p99" mean the same thing in every figure of the README.
//!
//! Every sample is kept (benchmarks take thousands at most), so percentiles are exact: the
//! nearest-rank definition, the smallest sample with at least `p` of the samples at or below it.
//! This crate sits below all others so the engine crates can use it from their benches
//! without a dependency cycle through the gRPC benchmark crate.

use std::fmt;
use std::time::Duration;

/// Nearest-rank percentile of ascending `sorted`, `p` in `0.0..=1.0`; zero when empty.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = (p.clamp(0.0, 1.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Sorted latency samples of one kind of operation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Latencies {
    sorted: Vec<Duration>,
}

impl Latencies {
    /// Take the samples (any order).
    pub fn new(mut samples: Vec<Duration>) -> Latencies {
        samples.sort_unstable();
        Latencies { sorted: samples }
    }

    /// Number of samples.
    pub fn count(&self) -> usize {
        self.sorted.len()
    }

    /// Nearest-rank percentile, `p` in `0.0..=1.0`.
    pub fn percentile(&self, p: f64) -> Duration {
        percentile(&self.sorted, p)
    }

    /// Median (nearest rank).
    pub fn median(&self) -> Duration {
        self.percentile(0.5)
    }

    /// 90th percentile.
    pub fn p90(&self) -> Duration {
        self.percentile(0.9)
    }

    /// 99th percentile.
    pub fn p99(&self) -> Duration {
        self.percentile(0.99)
    }

    /// Slowest sample; zero when empty.
    pub fn max(&self) -> Duration {
        self.sorted.last().copied().unwrap_or_default()
    }

    /// Mean; zero when empty.
    pub fn mean(&self) -> Duration {
        if self.sorted.is_empty() {
            return Duration::ZERO;
        }
        Duration::from_secs_f64(
            self.sorted.iter().map(Duration::as_secs_f64).sum::<f64>() / self.count() as f64,
        )
    }
}

/// Milliseconds of a duration, for printing and JSON reports.
pub fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

/// `n=… median … p90 … p99 … max … ms`, the one line format of the benchmark reports.
impl fmt::Display for Latencies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Sub-millisecond operations (typeahead) need more digits than gap queries.
        let digits = if self.median() < Duration::from_millis(1) { 3 } else { 1 };
        write!(
            f,
            "n={} median {:.digits$} ms  p90 {:.digits$} ms  p99 {:.digits$} ms  max {:.digits$} ms",
            self.count(),
            millis(self.median()),
            millis(self.p90()),
            millis(self.p99()),
            millis(self.max()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[test]
    fn nearest_rank_percentiles_of_known_samples() {
        let latencies = Latencies::new(ms(&[5, 1, 4, 2, 3, 10, 9, 8, 7, 6]));
        assert_eq!(latencies.count(), 10);
        assert_eq!(latencies.median(), Duration::from_millis(5));
        assert_eq!(latencies.p90(), Duration::from_millis(9));
        assert_eq!(latencies.p99(), Duration::from_millis(10));
        assert_eq!(latencies.max(), Duration::from_millis(10));
        assert_eq!(latencies.percentile(0.0), Duration::from_millis(1));
        assert_eq!(latencies.mean(), Duration::from_micros(5_500));
        // 100 samples 1..=100: p99 is the 99th value, not the maximum.
        let hundred = Latencies::new((1..=100).map(Duration::from_millis).collect());
        assert_eq!(hundred.p99(), Duration::from_millis(99));
        assert_eq!(hundred.median(), Duration::from_millis(50));
    }

    #[test]
    fn empty_samples_give_zeros() {
        let none = Latencies::new(Vec::new());
        assert_eq!(
            (none.median(), none.p99(), none.max(), none.mean()),
            (Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO)
        );
        assert_eq!(none.to_string(), "n=0 median 0.000 ms  p90 0.000 ms  p99 0.000 ms  max 0.000 ms");
    }

    #[test]
    fn display_line() {
        let latencies = Latencies::new(ms(&[10, 20, 30]));
        assert_eq!(latencies.to_string(), "n=3 median 20.0 ms  p90 30.0 ms  p99 30.0 ms  max 30.0 ms");
    }
}
