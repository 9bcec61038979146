//! Top-k from the index equals brute force (DESIGN.md section 4: "Top-k is exact").
//!
//! 20,000 postings and 20,000 profiles over the embedded taxonomy, generated to make ranking
//! hard: skewed skill popularity (many overlapping candidates), few distinct timestamps (many
//! ties broken by time and then id), every filter kind, several segments, re-upserted and deleted
//! records. For many random queries and pages, the store's ranked ids and coverages must equal
//! those of scoring every document with the direct formula.

use chrono::{DateTime, Duration, TimeZone, Utc};
use kohtaanto_domain::*;
use kohtaanto_match::brute_force::{top_postings, top_profiles};
use kohtaanto_store::{ExplicitOnly, Store, StoreOptions};
use kohtaanto_taxonomy::Taxonomy;
use rand::prelude::*;
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;
use std::sync::Arc;

const POSTINGS: usize = 20_000;
const PROFILES: usize = 20_000;
const REGIONS: &[&str] = &["Uusimaa", "Pirkanmaa", "Varsinais-Suomi", "Pohjois-Pohjanmaa", "Lappi"];
const LANGUAGES: &[&str] = &["fi", "sv", "en"];
const ISCO: &[&str] = &["2511", "2512", "2513", "2519", "2521", "3512", ""];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).single().expect("valid time")
}

/// Skill popularity is skewed: low indexes (in a shuffled order) are drawn far more often.
fn pick_skill(rng: &mut ChaCha8Rng, skills: &[String]) -> String {
    let u: f64 = rng.random();
    let index = ((u * u * u) * skills.len() as f64) as usize;
    skills[index.min(skills.len() - 1)].clone()
}

fn languages(rng: &mut ChaCha8Rng, max: usize) -> Vec<LanguageLevel> {
    let mut out: Vec<LanguageLevel> = Vec::new();
    for _ in 0..rng.random_range(0..=max) {
        let language = LANGUAGES[rng.random_range(0..LANGUAGES.len())].to_string();
        if out.iter().all(|l| l.language != language) {
            out.push(LanguageLevel { language, level: Cefr::ALL[rng.random_range(0..6)] });
        }
    }
    out
}

fn posting(rng: &mut ChaCha8Rng, id: String, skills: &[String]) -> JobPosting {
    let mut requirements: Vec<Requirement> = Vec::new();
    for _ in 0..rng.random_range(0..10) {
        let skill = pick_skill(rng, skills);
        if requirements.iter().any(|r| r.skill == skill) {
            continue;
        }
        requirements.push(Requirement {
            skill,
            importance: if rng.random_bool(0.7) { Importance::Required } else { Importance::NiceToHave },
            min_level: rng.random_bool(0.6).then(|| rng.random_range(1..=5)),
            provenance: Provenance::Explicit,
        });
    }
    // Few distinct times: many ties on score and time, broken by id.
    let posted_at = now() - Duration::days(rng.random_range(0..40));
    let isco = ISCO[rng.random_range(0..ISCO.len())];
    JobPosting {
        id,
        title: "Developer".into(),
        description: String::new(),
        employer: "Employer".into(),
        municipality_code: String::new(),
        region: REGIONS[rng.random_range(0..REGIONS.len())].into(),
        work_mode: [WorkMode::Onsite, WorkMode::Hybrid, WorkMode::Remote][rng.random_range(0..3)],
        languages: languages(rng, 1),
        requirements,
        occupation: (!isco.is_empty()).then(|| Occupation { isco_code: isco.into(), ..Default::default() }),
        posted_at,
        expires_at: rng.random_bool(0.8).then(|| posted_at + Duration::days(rng.random_range(1..60))),
        source: String::new(),
        url: String::new(),
    }
}

fn profile(rng: &mut ChaCha8Rng, id: String, skills: &[String]) -> JobseekerProfile {
    let mut held: Vec<ProfileSkill> = Vec::new();
    for _ in 0..rng.random_range(0..12) {
        let skill = pick_skill(rng, skills);
        if held.iter().any(|s| s.skill == skill) {
            continue;
        }
        held.push(ProfileSkill {
            skill,
            level: rng.random_range(1..=5),
            last_used_year: rng.random_bool(0.5).then(|| rng.random_range(2008..=2026)),
            provenance: Provenance::Explicit,
        });
    }
    let mut accepted_regions = Vec::new();
    for region in REGIONS {
        if rng.random_bool(0.3) {
            accepted_regions.push(region.to_string());
        }
    }
    JobseekerProfile {
        id,
        coach_id: format!("coach-{}", rng.random_range(0..20)),
        skills: held,
        summary: String::new(),
        languages: languages(rng, 3),
        municipality_code: String::new(),
        accepted_regions,
        accepts_remote: rng.random_bool(0.5),
        desired_occupations: Vec::new(),
        updated_at: now() - Duration::days(rng.random_range(0..30)),
    }
}

fn filters(rng: &mut ChaCha8Rng) -> MatchFilters {
    let mut f = MatchFilters::default();
    if rng.random_bool(0.3) {
        f.regions = vec![REGIONS[rng.random_range(0..REGIONS.len())].to_string()];
    }
    if rng.random_bool(0.2) {
        f.work_modes = vec![[WorkMode::Onsite, WorkMode::Hybrid, WorkMode::Remote][rng.random_range(0..3)]];
    }
    if rng.random_bool(0.2) {
        f.posted_after = Some(now() - Duration::days(rng.random_range(0..40)));
    }
    if rng.random_bool(0.3) {
        f.min_coverage = rng.random_range(0.0..0.9);
    }
    if rng.random_bool(0.2) {
        f.isco_prefixes = vec![["25", "251", "2512", "3"][rng.random_range(0..4)].to_string()];
    }
    if rng.random_bool(0.2) {
        f.coach_id = format!("coach-{}", rng.random_range(0..20));
    }
    f.include_expired = rng.random_bool(0.2);
    f
}

fn window(rng: &mut ChaCha8Rng) -> std::ops::Range<usize> {
    let start = [0, 0, 0, 5, 37][rng.random_range(0..5)];
    start..start + [1, 10, 20, 100][rng.random_range(0..4)]
}

#[test]
fn indexed_top_k_equals_brute_force() {
    let taxonomy = Arc::new(Taxonomy::embedded().clone());
    let mut rng = ChaCha8Rng::seed_from_u64(20261122);
    let mut skills: Vec<String> = taxonomy.skills().iter().map(|s| s.id.clone()).collect();
    skills.shuffle(&mut rng);

    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path(), taxonomy.clone(), Arc::new(ExplicitOnly), StoreOptions::default())
        .expect("open");

    // Written in several batches (several segments); then some re-upserted and some deleted.
    let mut postings: BTreeMap<String, JobPosting> = BTreeMap::new();
    let mut profiles: BTreeMap<String, JobseekerProfile> = BTreeMap::new();
    for batch in 0..4 {
        let ps: Vec<JobPosting> = (0..POSTINGS / 4)
            .map(|i| posting(&mut rng, format!("job-{:06}", batch * POSTINGS / 4 + i), &skills))
            .collect();
        let qs: Vec<JobseekerProfile> = (0..PROFILES / 4)
            .map(|i| profile(&mut rng, format!("js-{:06}", batch * PROFILES / 4 + i), &skills))
            .collect();
        postings.extend(ps.iter().map(|p| (p.id.clone(), p.clone())));
        profiles.extend(qs.iter().map(|p| (p.id.clone(), p.clone())));
        store.upsert_postings_blocking(ps).expect("upsert postings");
        store.upsert_profiles_blocking(qs).expect("upsert profiles");
    }
    let replaced: Vec<JobPosting> =
        (0..500).map(|i| posting(&mut rng, format!("job-{:06}", i * 37), &skills)).collect();
    postings.extend(replaced.iter().map(|p| (p.id.clone(), p.clone())));
    store.upsert_postings_blocking(replaced).expect("re-upsert");
    let deleted: Vec<String> = (0..300).map(|i| format!("job-{:06}", i * 53 + 1)).collect();
    for id in &deleted {
        postings.remove(id);
    }
    store.delete_postings(deleted).expect("delete").wait_blocking().expect("deleted");
    let deleted: Vec<String> = (0..300).map(|i| format!("js-{:06}", i * 41 + 2)).collect();
    for id in &deleted {
        profiles.remove(id);
    }
    store.delete_profiles(deleted).expect("delete").wait_blocking().expect("deleted");
    assert_eq!(store.count_postings(), postings.len() as u64);
    assert_eq!(store.count_profiles(), profiles.len() as u64);

    let all_postings: Vec<(&JobPosting, &[Requirement])> =
        postings.values().map(|p| (p, p.requirements.as_slice())).collect();
    let all_profiles: Vec<(&JobseekerProfile, &[ProfileSkill])> =
        profiles.values().map(|p| (p, p.skills.as_slice())).collect();

    let mut nonempty = 0;
    for query in 0..120 {
        let f = filters(&mut rng);
        let w = window(&mut rng);
        // Postings for a profile: half stored profiles, half new ones.
        let subject = if query % 2 == 0 {
            all_profiles[rng.random_range(0..all_profiles.len())].0.clone()
        } else {
            profile(&mut rng, "query".into(), &skills)
        };
        let (expected, expected_total) =
            top_postings(&taxonomy, &subject, &subject.skills, &all_postings, &f, now(), w.clone());
        let got =
            store.match_postings(&subject, &subject.skills, &f, now(), w.clone()).expect("match postings");
        let got_ids: Vec<(&str, f64)> =
            got.hits.iter().map(|h| (h.record.posting.id.as_str(), h.coverage)).collect();
        let expected_ids: Vec<(&str, f64)> = expected.iter().map(|r| (r.id.as_str(), r.coverage)).collect();
        assert_eq!(got_ids, expected_ids, "postings for profile, query {query}, filters {f:?}, window {w:?}");
        assert_eq!(got.total, expected_total, "total, query {query}");
        nonempty += usize::from(!expected.is_empty());

        // Profiles for a posting.
        let subject = if query % 2 == 0 {
            all_postings[rng.random_range(0..all_postings.len())].0.clone()
        } else {
            posting(&mut rng, "query".into(), &skills)
        };
        let (expected, expected_total) =
            top_profiles(&taxonomy, &subject, &subject.requirements, &all_profiles, &f, now(), w.clone());
        let got = store
            .match_profiles(&subject, &subject.requirements, &f, now(), w.clone())
            .expect("match profiles");
        let got_ids: Vec<(&str, f64)> =
            got.hits.iter().map(|h| (h.record.profile.id.as_str(), h.coverage)).collect();
        let expected_ids: Vec<(&str, f64)> = expected.iter().map(|r| (r.id.as_str(), r.coverage)).collect();
        assert_eq!(got_ids, expected_ids, "profiles for posting, query {query}, filters {f:?}, window {w:?}");
        assert_eq!(got.total, expected_total, "total, query {query}");
        nonempty += usize::from(!expected.is_empty());
    }
    assert!(nonempty > 150, "the queries must mostly have hits to test anything ({nonempty} of 240)");
}
