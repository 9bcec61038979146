//! ProgrammeImpact estimated from a fixed sample of jobseekers, with 95 % intervals.
//!
//! The exact answer proves every gained (jobseeker, posting) pair, tens of millions for a
//! realistic course at national scale, and takes tens of seconds ([`super::programme`]). A
//! planner comparing a catalogue needs the ranking and the order of magnitude first: an
//! estimate from one jobseeker in `one_in` costs about `1 / one_in` of the exact work.
//!
//! # Sample
//! A jobseeker is in the sample when a hash of the profile id falls in one of `one_in` buckets
//! ([`in_sample`]): the same jobseekers every call, in every process and snapshot, so repeated
//! calls and comparisons agree, and a profile joins or leaves it only with its own upsert or
//! delete. [`sample_snapshot`] builds a [`Snapshot`] of all postings and the sampled profiles;
//! the exact engine runs on it unchanged, so every pair it counts is a real gain.
//!
//! # Estimates
//! With `N` jobseekers in scope, `n` of them sampled and `x` of those gaining, the jobseekers
//! gaining are estimated as `N x / n` with a Wilson score interval for the share `x / n`
//! (finite-population corrected), and the matches gained as `N` times the sample mean of the
//! gains per jobseeker, with a normal interval from the sample variance. Both are clamped to what
//! is known for sure: at least what the sample itself gained, at most `N` less the sampled
//! jobseekers that gained nothing. Regions of the postings are estimated the same way. With
//! `one_in` 1 the sample is everyone and every interval is the exact count.

use super::programme::{Gains, ProgrammeImpact, gained_pairs, scope_profile_count};
use super::snapshot::{Scope, Snapshot, text_hash};
use super::stop::{Stop, Stopped};
use chrono::{DateTime, Utc};
use kohtaanto_taxonomy::{SkillIndex, Taxonomy};

/// Largest `one_in` a caller may ask for (a sample of 1 / 256 of the jobseekers).
pub const MAX_SAMPLE_ONE_IN: u32 = 256;

/// Normal quantile of a two-sided 95 % interval.
const Z95: f64 = 1.959_963_984_540_054;

/// Is the jobseeker with this profile id in the sample of one in `one_in`? Always true for
/// `one_in` 0 or 1.
pub fn in_sample(profile_id: &str, one_in: u32) -> bool {
    if one_in <= 1 {
        return true;
    }
    // The id hash is FNV-like; a splitmix64 finaliser spreads every input bit over the bucket.
    let mut z = text_hash(profile_id).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    z.is_multiple_of(u64::from(one_in))
}

/// All postings of `snapshot` and its profiles in the sample of one in `one_in`.
pub fn sample_snapshot(taxonomy: &Taxonomy, snapshot: &Snapshot, one_in: u32) -> Snapshot {
    let profiles = snapshot.profiles.iter().filter(|p| in_sample(&p.id, one_in)).cloned().collect();
    Snapshot::new(taxonomy, snapshot.postings.clone(), profiles)
}

/// An estimated count and its 95 % interval (`low <= value <= high`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// Point estimate.
    pub value: f64,
    /// Lower end of the 95 % interval.
    pub low: f64,
    /// Upper end of the 95 % interval.
    pub high: f64,
}

impl Estimate {
    /// A count known exactly.
    fn exact(count: f64) -> Estimate {
        Estimate { value: count, low: count, high: count }
    }

    /// Does the interval contain `count`?
    pub fn contains(&self, count: f64) -> bool {
        self.low <= count && count <= self.high
    }
}

/// Estimated gains in one region of the postings.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionEstimate {
    /// Region as written in the postings.
    pub region: String,
    /// Jobseekers gaining at least one match there.
    pub jobseekers: Estimate,
    /// Matches gained there.
    pub matches: Estimate,
}

/// Estimated impact of one programme.
#[derive(Debug, Clone, PartialEq)]
pub struct ImpactEstimate {
    /// Jobseekers in scope (all of them, not only the sample).
    pub population: u32,
    /// Jobseekers in scope in the sample.
    pub sampled: u32,
    /// What the sample itself gained, exact (k-anonymity is decided on these counts).
    pub in_sample: ProgrammeImpact,
    /// Jobseekers gaining at least one match.
    pub jobseekers: Estimate,
    /// Matches gained in total.
    pub matches: Estimate,
    /// Per region of the postings, ascending region name, regions the sample gained nothing in
    /// omitted (as in [`ProgrammeImpact::regions`]).
    pub regions: Vec<RegionEstimate>,
}

/// Estimate the impact of a programme teaching `taught` for the jobseekers and postings in
/// `scope` of `full`, from `sample` (built by [`sample_snapshot`] from `full`).
#[allow(clippy::too_many_arguments)]
pub fn estimate_impact(
    taxonomy: &Taxonomy,
    full: &Snapshot,
    sample: &Snapshot,
    scope: &Scope,
    taught: &[(SkillIndex, u8)],
    t: f64,
    now: DateTime<Utc>,
    stop: &dyn Stop,
) -> Result<ImpactEstimate, Stopped> {
    let population = scope_profile_count(full, scope) as u32;
    let sampled = scope_profile_count(sample, scope) as u32;
    let gains = Gains::of(sample, gained_pairs(taxonomy, sample, scope, taught, t, now, stop)?);
    let (n, big) = (u64::from(sampled), u64::from(population));
    Ok(ImpactEstimate {
        population,
        sampled,
        in_sample: gains.impact(),
        jobseekers: share_estimate(gains.overall.len() as u64, n, big),
        matches: total_estimate(&gains.overall, n, big),
        regions: gains
            .regions
            .iter()
            .map(|(region, gains)| RegionEstimate {
                region: region.clone(),
                jobseekers: share_estimate(gains.len() as u64, n, big),
                matches: total_estimate(gains, n, big),
            })
            .collect(),
    })
}

/// `n` sampled (without replacement) from `population`: the sample size that gives the same
/// variance with replacement, `None` when the sample is everyone (no sampling error).
fn effective_size(n: u64, population: u64) -> Option<f64> {
    if n >= population {
        return None;
    }
    let (n, big) = (n as f64, population as f64);
    // Variance of a mean shrinks by (N - n) / (N - 1) without replacement.
    Some(n * (big - 1.0).max(1.0) / (big - n))
}

/// How many of `population` have a property that `x` of `n` sampled ones have: Wilson score
/// interval for the share.
fn share_estimate(x: u64, n: u64, population: u64) -> Estimate {
    let big = population as f64;
    let Some(m) = effective_size(n, population) else { return Estimate::exact(x as f64) };
    if n == 0 {
        return Estimate { value: 0.0, low: 0.0, high: big };
    }
    let p = x as f64 / n as f64;
    let z2 = Z95 * Z95;
    let centre = (p + z2 / (2.0 * m)) / (1.0 + z2 / m);
    let half = Z95 / (1.0 + z2 / m) * (p * (1.0 - p) / m + z2 / (4.0 * m * m)).sqrt();
    // Known for sure: the x sampled ones have it, the n - x others do not.
    let (floor, ceiling) = (x as f64, big - (n - x) as f64);
    Estimate {
        value: big * p,
        low: (big * (centre - half)).clamp(floor, ceiling),
        high: (big * (centre + half)).clamp(floor, ceiling),
    }
}

/// Total over `population` of a count that the sampled ones with a nonzero count have as
/// `counts` (the other sampled ones, up to `n`, have 0): normal interval for the mean.
fn total_estimate(counts: &[u64], n: u64, population: u64) -> Estimate {
    let observed: f64 = counts.iter().map(|&c| c as f64).sum();
    let big = population as f64;
    let Some(m) = effective_size(n, population) else { return Estimate::exact(observed) };
    if n == 0 {
        return Estimate { value: 0.0, low: 0.0, high: f64::INFINITY };
    }
    let size = n as f64;
    let mean = observed / size;
    let squares: f64 = counts.iter().map(|&c| (c as f64) * (c as f64)).sum();
    let variance = if n > 1 { ((squares - size * mean * mean) / (size - 1.0)).max(0.0) } else { 0.0 };
    let half = Z95 * big * (variance / m).sqrt();
    let value = big * mean;
    Estimate { value, low: (value - half).max(observed), high: (value + half).max(observed) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_is_stable_and_about_the_asked_share() {
        let ids: Vec<String> = (0..20_000).map(|i| format!("js-{i:07}")).collect();
        for one_in in [2_u32, 16, 100] {
            let first: Vec<bool> = ids.iter().map(|id| in_sample(id, one_in)).collect();
            let again: Vec<bool> = ids.iter().map(|id| in_sample(id, one_in)).collect();
            assert_eq!(first, again);
            let share = first.iter().filter(|&&b| b).count() as f64 / ids.len() as f64;
            let expected = 1.0 / f64::from(one_in);
            // Binomial sd at 20,000 draws is at most 0.0036; five of them.
            assert!((share - expected).abs() < 0.018, "1/{one_in}: share {share}");
        }
        assert!(ids.iter().all(|id| in_sample(id, 1) && in_sample(id, 0)));
    }

    #[test]
    fn everyone_sampled_gives_the_exact_count() {
        assert_eq!(share_estimate(7, 100, 100), Estimate::exact(7.0));
        assert_eq!(total_estimate(&[3, 4], 100, 100), Estimate::exact(7.0));
    }

    #[test]
    fn share_interval_matches_the_wilson_formula_and_known_bounds() {
        // 30 of 100 sampled from a huge population: Wilson 95 % interval of 0.30 is
        // [0.2189, 0.3958] (textbook value).
        let e = share_estimate(30, 100, 1_000_000_000);
        assert!((e.value / 1e9 - 0.30).abs() < 1e-12);
        assert!((e.low / 1e9 - 0.2189).abs() < 5e-4, "{e:?}");
        assert!((e.high / 1e9 - 0.3958).abs() < 5e-4, "{e:?}");
        // Nobody of 50 sampled from 100: between none and the 50 not sampled.
        let e = share_estimate(0, 50, 100);
        assert_eq!((e.value, e.low), (0.0, 0.0));
        assert!(e.high > 0.0 && e.high <= 50.0, "{e:?}");
        // Everyone of 50 sampled from 100: at least the 50 seen.
        let e = share_estimate(50, 50, 100);
        assert_eq!((e.value, e.high), (100.0, 100.0));
        assert!(e.low >= 50.0 && e.low < 100.0, "{e:?}");
    }

    #[test]
    fn total_interval_is_the_normal_one_and_never_below_what_was_seen() {
        // Counts 2 and 4 among 4 sampled of a huge population: mean 1.5, sample variance
        // (4 + 16 - 4 * 2.25) / 3 = 11 / 3.
        let e = total_estimate(&[2, 4], 4, 1_000_000_000);
        let half = Z95 * (11.0_f64 / 3.0 / 4.0).sqrt();
        assert!((e.value / 1e9 - 1.5).abs() < 1e-12);
        assert!((e.high / 1e9 - (1.5 + half)).abs() < 1e-6, "{e:?}");
        // The lower end cannot go below the 6 gains the sample itself has.
        assert_eq!(e.low, 6.0);
    }
}
