//! Store behaviour: exact round trip, paging, deletes, persistence and the directory lock.

use chrono::{TimeZone, Utc};
use kohtaanto_domain::*;
use kohtaanto_store::{ExplicitOnly, Store, StoreError, StoreOptions};
use kohtaanto_taxonomy::Taxonomy;
use std::path::Path;
use std::sync::Arc;

fn open(dir: &Path) -> Result<Store, StoreError> {
    Store::open(dir, Arc::new(Taxonomy::embedded().clone()), Arc::new(ExplicitOnly), StoreOptions::default())
}

fn posting(id: &str) -> JobPosting {
    JobPosting {
        id: id.into(),
        title: "Python-kehittäjä".into(),
        description: "Rakennamme palveluita Pythonilla. 🚀".into(),
        employer: "Oy Esimerkki Ab".into(),
        municipality_code: "091".into(),
        region: "Uusimaa".into(),
        work_mode: WorkMode::Hybrid,
        languages: vec![LanguageLevel { language: "fi".into(), level: Cefr::B2 }],
        requirements: vec![Requirement {
            skill: "python".into(),
            importance: Importance::Required,
            min_level: Some(3),
            provenance: Provenance::Explicit,
        }],
        occupation: Some(Occupation {
            esco_uri: String::new(),
            isco_code: "2512".into(),
            label: "dev".into(),
            provenance: Provenance::Explicit,
        }),
        posted_at: Utc.with_ymd_and_hms(2026, 10, 1, 8, 30, 15).single().expect("time")
            + chrono::Duration::nanoseconds(123_456_789),
        expires_at: None,
        source: "test".into(),
        url: "https://example.fi/1".into(),
    }
}

fn profile(id: &str, coach: &str) -> JobseekerProfile {
    JobseekerProfile {
        id: id.into(),
        coach_id: coach.into(),
        skills: vec![ProfileSkill {
            skill: "python".into(),
            level: 4,
            last_used_year: Some(2019),
            provenance: Provenance::Explicit,
        }],
        summary: String::new(),
        languages: vec![],
        municipality_code: String::new(),
        accepted_regions: vec![],
        accepts_remote: true,
        desired_occupations: vec![],
        updated_at: Utc.with_ymd_and_hms(2026, 9, 1, 0, 0, 0).single().expect("time"),
    }
}

#[test]
fn get_returns_exactly_what_was_written_and_survives_reopen() {
    let dir = tempfile::tempdir().expect("dir");
    let written = posting("p-1");
    {
        let store = open(dir.path()).expect("open");
        store.upsert_postings_blocking(vec![written.clone()]).expect("write");
        let stored = store.get_posting("p-1").expect("get").expect("found");
        assert_eq!(stored.posting, written);
        assert_eq!(stored.effective, written.requirements);
        assert!(store.get_posting("nope").expect("get").is_none());
    }
    let store = open(dir.path()).expect("reopen");
    assert_eq!(store.get_posting("p-1").expect("get").expect("found").posting, written);
}

#[test]
fn second_open_of_the_same_directory_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let _first = open(dir.path()).expect("open");
    match open(dir.path()) {
        Err(StoreError::Locked { .. }) => {}
        Err(other) => panic!("expected Locked, got {other}"),
        Ok(_) => panic!("a second open must fail"),
    }
}

#[test]
fn upsert_replaces_and_delete_reports_existence() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(dir.path()).expect("open");
    store.upsert_postings_blocking(vec![posting("a")]).expect("write");
    let mut changed = posting("a");
    changed.title = "Changed".into();
    store.upsert_postings_blocking(vec![changed.clone()]).expect("write");
    assert_eq!(store.count_postings(), 1);
    assert_eq!(store.get_posting("a").expect("get").expect("found").posting.title, "Changed");
    let existed = store.delete_postings(vec!["a".into(), "a".into(), "zzz".into()]).expect("submit");
    assert_eq!(existed.wait_blocking().expect("delete"), vec![true, false, false]);
    assert_eq!(store.count_postings(), 0);
}

#[test]
fn listing_pages_in_id_order_with_coach_filter() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(dir.path()).expect("open");
    let profiles: Vec<JobseekerProfile> =
        (0..25).map(|i| profile(&format!("js-{i:03}"), if i % 3 == 0 { "c1" } else { "c2" })).collect();
    store.upsert_profiles_blocking(profiles[..10].to_vec()).expect("write");
    store.upsert_profiles_blocking(profiles[10..].to_vec()).expect("write");
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let (page, total) = store.list_profiles(after.as_deref(), 7, None).expect("list");
        assert_eq!(total, 25);
        let Some(last) = page.last() else { break };
        after = Some(last.profile.id.clone());
        seen.extend(page.into_iter().map(|p| p.profile.id));
    }
    let expected: Vec<String> = profiles.iter().map(|p| p.id.clone()).collect();
    assert_eq!(seen, expected);
    let (page, total) = store.list_profiles(None, 100, Some("c1")).expect("list");
    assert_eq!(total, 9);
    assert!(page.iter().all(|p| p.profile.coach_id == "c1"));
    assert_eq!(page.len(), 9);
}
