//! Training programmes in the store: exact round trip, replace and delete, filtered keyset
//! paging, `all_programmes`, persistence across reopen, and independence from the other indexes.

use chrono::NaiveDate;
use kohtaanto_domain::{TaughtSkill, TrainingProgramme};
use kohtaanto_store::{ExplicitOnly, ProgrammeFilter, Store, StoreError, StoreOptions};
use kohtaanto_taxonomy::Taxonomy;
use std::path::Path;
use std::sync::Arc;

fn open(dir: &Path) -> Result<Store, StoreError> {
    Store::open(dir, Arc::new(Taxonomy::embedded().clone()), Arc::new(ExplicitOnly), StoreOptions::default())
}

fn programme(id: &str, region: &str, language: &str, skills: &[(&str, u8)]) -> TrainingProgramme {
    TrainingProgramme {
        id: id.into(),
        name: format!("Ohjelma {id} – ÄÖÅ"),
        provider: "Esimerkkiopisto".into(),
        skills: skills.iter().map(|&(skill, level)| TaughtSkill { skill: skill.into(), level }).collect(),
        region: region.into(),
        language: language.into(),
        duration_weeks: 12,
        start_date: NaiveDate::from_ymd_opt(2027, 1, 11),
        seats: 20,
    }
}

fn catalogue() -> Vec<TrainingProgramme> {
    vec![
        programme("p-1", "Uusimaa", "fi", &[("react", 3), ("sql", 2)]),
        programme("p-2", "", "en", &[("kubernetes", 3), ("docker", 3)]),
        programme("p-3", "Pirkanmaa", "fi", &[("finnish", 3)]),
        programme("p-4", "uusimaa ", "sv", &[("python", 3), ("sql", 3)]),
        programme("p-5", "Pohjanmaa", "sv", &[("python", 2)]),
    ]
}

fn ids(programmes: &[TrainingProgramme]) -> Vec<&str> {
    programmes.iter().map(|p| p.id.as_str()).collect()
}

/// Every programme passing `filter`, `page` at a time, checking the totals.
fn list_all(store: &Store, filter: &ProgrammeFilter, page: usize) -> Vec<TrainingProgramme> {
    let mut all: Vec<TrainingProgramme> = Vec::new();
    let mut expected_total = None;
    loop {
        let after = all.last().map(|p| p.id.clone());
        let (records, total) = store.list_programmes(after.as_deref(), page, filter).expect("list");
        assert!(records.len() <= page);
        assert_eq!(*expected_total.get_or_insert(total), total, "the total is the same on every page");
        let done = records.len() < page;
        all.extend(records);
        if done {
            assert_eq!(total as usize, all.len());
            return all;
        }
    }
}

#[test]
fn round_trip_paging_and_filters() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(dir.path()).expect("open");
    let mut programmes = catalogue();
    programmes.reverse();
    store.upsert_programmes_blocking(programmes).expect("write");
    assert_eq!(store.count_programmes(), 5);
    assert_eq!(store.count_postings() + store.count_profiles(), 0, "programmes have their own index");

    let written = catalogue();
    assert_eq!(store.get_programme("p-4").expect("get"), Some(written[3].clone()));
    assert_eq!(store.get_programme("p-9").expect("get"), None);
    assert_eq!(store.all_programmes().expect("all"), written);
    assert_eq!(list_all(&store, &ProgrammeFilter::default(), 2), written);

    let filter = |region: Option<&str>, include_online: bool, language: Option<&str>, skill: Option<&str>| {
        ProgrammeFilter {
            region: region.map(str::to_string),
            include_online,
            language: language.map(str::to_string),
            skill: skill.map(str::to_string),
        }
    };
    let listed = |f: ProgrammeFilter| ids(&list_all(&store, &f, 1)).join(" ");
    assert_eq!(listed(filter(Some("UUSIMAA"), false, None, None)), "p-1 p-4");
    assert_eq!(listed(filter(Some("Uusimaa"), true, None, None)), "p-1 p-2 p-4");
    assert_eq!(listed(filter(None, false, Some("sv"), None)), "p-4 p-5");
    assert_eq!(listed(filter(None, false, None, Some("sql"))), "p-1 p-4");
    assert_eq!(listed(filter(Some("uusimaa"), false, Some("sv"), Some("sql"))), "p-4");
    assert_eq!(listed(filter(None, true, None, None)), "p-1 p-2 p-3 p-4 p-5", "online alone is no filter");
    assert_eq!(listed(filter(Some("Lappi"), false, None, None)), "");
    assert_eq!(listed(filter(None, false, None, Some("kotlin"))), "");
}

#[test]
fn replace_delete_and_reopen() {
    let dir = tempfile::tempdir().expect("dir");
    let replaced = programme("p-1", "Lappi", "en", &[("kotlin", 2)]);
    {
        let store = open(dir.path()).expect("open");
        store.upsert_programmes_blocking(catalogue()).expect("write");
        store.upsert_programmes_blocking(vec![replaced.clone()]).expect("replace");
        let existed = store
            .delete_programmes(vec!["p-3".into(), "p-3".into(), "nope".into()])
            .expect("delete")
            .wait_blocking()
            .expect("acknowledged");
        assert_eq!(existed, [true, false, false]);
        assert_eq!(store.get_programme("p-1").expect("get"), Some(replaced.clone()));
        let react = ProgrammeFilter { skill: Some("react".into()), ..Default::default() };
        assert!(store.list_programmes(None, 10, &react).expect("list").0.is_empty(), "old terms are gone");
        store.close();
        let closed = store.upsert_programmes_blocking(vec![replaced.clone()]);
        assert!(matches!(closed, Err(StoreError::WriterStopped)), "{closed:?}");
    }
    let store = open(dir.path()).expect("reopen");
    assert_eq!(ids(&store.all_programmes().expect("all")), ["p-1", "p-2", "p-4", "p-5"]);
    assert_eq!(store.get_programme("p-1").expect("get"), Some(replaced));
    let lappi = ProgrammeFilter { region: Some("Lappi".into()), ..Default::default() };
    assert_eq!(store.list_programmes(None, 10, &lappi).expect("list").1, 1);
}

#[test]
fn all_programmes_reads_past_one_page() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(dir.path()).expect("open");
    let many: Vec<TrainingProgramme> =
        (0..2_345).map(|i| programme(&format!("m-{i:05}"), "Uusimaa", "fi", &[("git", 2)])).collect();
    store.upsert_programmes_blocking(many.clone()).expect("write");
    assert_eq!(store.all_programmes().expect("all"), many);
}
