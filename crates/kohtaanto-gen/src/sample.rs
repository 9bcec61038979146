//! Random draws used everywhere: one ChaCha8 stream per record (so that records can be made in
//! any order, in parallel, and still come out the same), weighted choice, percent chances.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Stream of the employer pool.
pub(crate) const EMPLOYER_STREAM: u64 = 1 << 62;
/// Streams of postings: this plus the record index.
pub(crate) const POSTING_STREAM: u64 = 1 << 60;
/// Streams of profiles: this plus the record index.
pub(crate) const PROFILE_STREAM: u64 = 1 << 61;

/// The random stream of one record: the seed picks the key, `stream` the ChaCha stream.
pub(crate) fn record_rng(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    rng
}

/// True with `percent` percent probability.
pub(crate) fn chance(rng: &mut impl Rng, percent: u32) -> bool {
    rng.random_range(0..100) < percent
}

/// A uniformly chosen element. The tables are never empty (unit tests check them).
pub(crate) fn pick<'a, T>(rng: &mut impl Rng, items: &'a [T]) -> &'a T {
    debug_assert!(!items.is_empty(), "pick from an empty table");
    &items[rng.random_range(0..items.len())]
}

/// A uniformly chosen text from a table of texts.
pub(crate) fn pick_text(rng: &mut impl Rng, texts: &[&'static str]) -> &'static str {
    debug_assert!(!texts.is_empty(), "pick from an empty table");
    texts[rng.random_range(0..texts.len())]
}

/// Weighted choice among `n` items by cumulative weights (binary search).
#[derive(Debug, Clone)]
pub(crate) struct Weighted {
    cumulative: Vec<u64>,
}

impl Weighted {
    /// From weights; items of weight 0 are never chosen. At least one weight must be positive.
    pub(crate) fn new(weights: impl IntoIterator<Item = u64>) -> Weighted {
        let mut total = 0;
        let cumulative = weights
            .into_iter()
            .map(|weight| {
                total += weight;
                total
            })
            .collect::<Vec<_>>();
        debug_assert!(total > 0, "weighted choice needs a positive weight");
        Weighted { cumulative }
    }

    /// Index of the chosen item.
    pub(crate) fn sample(&self, rng: &mut impl Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0).max(1);
        let target = rng.random_range(0..total);
        self.cumulative.partition_point(|&bound| bound <= target)
    }
}

/// A weighted choice among the items of a small table by a weight function (linear scan).
pub(crate) fn pick_weighted<'a, T>(rng: &mut impl Rng, items: &'a [T], weight: impl Fn(&T) -> u32) -> &'a T {
    let total: u32 = items.iter().map(&weight).sum();
    let mut target = rng.random_range(0..total.max(1));
    for item in items {
        let w = weight(item);
        if target < w {
            return item;
        }
        target -= w;
    }
    pick(rng, items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_choice_follows_weights() {
        let weighted = Weighted::new([1, 0, 3]);
        let mut rng = record_rng(7, 0);
        let mut counts = [0u32; 3];
        for _ in 0..40_000 {
            counts[weighted.sample(&mut rng)] += 1;
        }
        assert_eq!(counts[1], 0);
        let share = f64::from(counts[2]) / 40_000.0;
        assert!((0.73..0.77).contains(&share), "share of the weight-3 item {share}");
    }

    #[test]
    fn streams_differ_and_repeat() {
        let a: u64 = record_rng(1, 5).random();
        let b: u64 = record_rng(1, 6).random();
        let c: u64 = record_rng(2, 5).random();
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_eq!(a, record_rng(1, 5).random::<u64>());
    }
}
