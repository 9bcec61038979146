//! Hard filters: they exclude, they do not score (DESIGN.md section 4).
//!
//! The rules are written once, generic over the key type, so that the store's collector (which
//! compares hashes read from fast fields) and the reference implementation here (which compares
//! strings) apply exactly the same logic.

use chrono::{DateTime, Utc};
use kohtaanto_domain::{Cefr, JobPosting, JobseekerProfile, MatchFilters, WorkMode};

/// Normalised form of a region name used for comparisons: trimmed and lowercased.
pub fn region_key(region: &str) -> String {
    region.trim().to_lowercase()
}

/// Why a built-in hard filter excludes a posting-profile pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exclusion {
    /// The posting has expired.
    Expired,
    /// The posting's region is not one the person accepts (and it is not remote work the person accepts).
    Region,
    /// The person does not have a required language at the required level.
    Language {
        /// ISO 639-1 code.
        language: String,
        /// Level required.
        required: Cefr,
    },
}

impl Exclusion {
    /// Human-readable reason, lowercase, no final period.
    pub fn describe(&self) -> String {
        match self {
            Exclusion::Expired => "the posting has expired".to_string(),
            Exclusion::Region => "the posting is outside the regions the person accepts".to_string(),
            Exclusion::Language { language, required } => {
                format!("language {language} at level {required} is required")
            }
        }
    }
}

/// Region rule: remote work for someone accepting remote, or no region restriction, or the
/// posting's region among the accepted ones.
#[inline]
pub fn region_ok<K: PartialEq>(
    posting_region: &K,
    remote: bool,
    accepted: &[K],
    accepts_remote: bool,
) -> bool {
    (remote && accepts_remote) || accepted.is_empty() || accepted.contains(posting_region)
}

/// Language rule: every required (language, CEFR rank) is held at that rank or higher.
#[inline]
pub fn languages_ok<K: PartialEq>(required: &[(K, u8)], held: &[(K, u8)]) -> bool {
    required.iter().all(|(language, rank)| held.iter().any(|(l, r)| l == language && r >= rank))
}

/// ISCO rule: no prefixes given, or the code starts with one of them.
#[inline]
pub fn isco_ok(isco_code: &str, prefixes: &[String]) -> bool {
    prefixes.is_empty()
        || prefixes.iter().any(|prefix| !isco_code.is_empty() && isco_code.starts_with(prefix.as_str()))
}

fn language_pairs(languages: &[kohtaanto_domain::LanguageLevel]) -> Vec<(&str, u8)> {
    languages.iter().map(|l| (l.language.as_str(), l.level.rank())).collect()
}

fn accepted_keys(profile: &JobseekerProfile) -> Vec<String> {
    profile.accepted_regions.iter().map(|r| region_key(r)).collect()
}

/// Built-in filters that would exclude this pair, in a fixed order (expired, region, languages).
pub fn exclusions(posting: &JobPosting, profile: &JobseekerProfile, now: DateTime<Utc>) -> Vec<Exclusion> {
    let mut out = Vec::new();
    if posting.is_expired(now) {
        out.push(Exclusion::Expired);
    }
    if !region_ok(
        &region_key(&posting.region),
        posting.work_mode == WorkMode::Remote,
        &accepted_keys(profile),
        profile.accepts_remote,
    ) {
        out.push(Exclusion::Region);
    }
    let held = language_pairs(&profile.languages);
    for required in &posting.languages {
        if !languages_ok(&[(required.language.as_str(), required.level.rank())], &held) {
            out.push(Exclusion::Language { language: required.language.clone(), required: required.level });
        }
    }
    out
}

/// MatchJobPostings: does a posting pass the built-in filters for this profile and the caller's
/// filters (min_coverage is applied with the score)?
pub fn passes_posting_filters(
    posting: &JobPosting,
    profile: &JobseekerProfile,
    filters: &MatchFilters,
    now: DateTime<Utc>,
) -> bool {
    let region = region_key(&posting.region);
    if !filters.include_expired && posting.is_expired(now) {
        return false;
    }
    if !region_ok(
        &region,
        posting.work_mode == WorkMode::Remote,
        &accepted_keys(profile),
        profile.accepts_remote,
    ) {
        return false;
    }
    if !languages_ok(&language_pairs(&posting.languages), &language_pairs(&profile.languages)) {
        return false;
    }
    if !filters.regions.is_empty() && !filters.regions.iter().any(|r| region_key(r) == region) {
        return false;
    }
    if !filters.work_modes.is_empty() && !filters.work_modes.contains(&posting.work_mode) {
        return false;
    }
    if filters.posted_after.is_some_and(|after| posting.posted_at < after) {
        return false;
    }
    let isco = posting.occupation.as_ref().map_or("", |o| o.isco_code.as_str());
    isco_ok(isco, &filters.isco_prefixes)
}

/// MatchProfiles: does a profile pass the built-in filters for this posting (region, language)
/// and the caller's filters (regions, coach)?
pub fn passes_profile_filters(
    profile: &JobseekerProfile,
    posting: &JobPosting,
    filters: &MatchFilters,
) -> bool {
    let accepted = accepted_keys(profile);
    if !region_ok(
        &region_key(&posting.region),
        posting.work_mode == WorkMode::Remote,
        &accepted,
        profile.accepts_remote,
    ) {
        return false;
    }
    if !languages_ok(&language_pairs(&posting.languages), &language_pairs(&profile.languages)) {
        return false;
    }
    if !filters.regions.is_empty()
        && !accepted.is_empty()
        && !filters.regions.iter().any(|r| accepted.contains(&region_key(r)))
    {
        return false;
    }
    filters.coach_id.is_empty() || filters.coach_id == profile.coach_id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_rule() {
        let accepted = vec!["uusimaa".to_string()];
        assert!(region_ok(&"uusimaa".to_string(), false, &accepted, false));
        assert!(!region_ok(&"pirkanmaa".to_string(), false, &accepted, false));
        assert!(region_ok(&"pirkanmaa".to_string(), true, &accepted, true));
        assert!(!region_ok(&"pirkanmaa".to_string(), true, &accepted, false));
        assert!(region_ok(&"lappi".to_string(), false, &[], false), "no restriction");
    }

    #[test]
    fn language_rule() {
        assert!(languages_ok(&[("fi", 4)], &[("fi", 6), ("en", 5)]));
        assert!(!languages_ok(&[("fi", 4)], &[("fi", 3)]));
        assert!(!languages_ok(&[("sv", 1)], &[("fi", 6)]));
        assert!(languages_ok::<&str>(&[], &[]));
    }

    #[test]
    fn isco_rule() {
        assert!(isco_ok("2512", &["25".to_string()]));
        assert!(!isco_ok("3512", &["25".to_string()]));
        assert!(!isco_ok("", &["25".to_string()]));
        assert!(isco_ok("", &[]));
    }
}
