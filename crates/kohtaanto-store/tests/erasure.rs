//! Erasure of personal data (DESIGN.md section 8): after a profile is deleted or replaced, its
//! bytes leave every file of the data directory within a bounded time, also when the store is
//! closed right after the delete. Checked by scanning all files for the profile's unique text;
//! profiles are stored uncompressed, so the scan would see the text if any file held it (each
//! test first checks that the scan does find the text of a live profile).

use chrono::{TimeZone, Utc};
use kohtaanto_domain::*;
use kohtaanto_store::{ExplicitOnly, Store, StoreError, StoreOptions};
use kohtaanto_taxonomy::Taxonomy;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The documented bound (README "Durability and privacy"), with a margin for slow CI machines.
const ERASE_BOUND: Duration = Duration::from_secs(10);

fn open(dir: &Path) -> Result<Store, StoreError> {
    Store::open(dir, Arc::new(Taxonomy::embedded().clone()), Arc::new(ExplicitOnly), StoreOptions::default())
}

fn profile(id: &str, summary: &str) -> JobseekerProfile {
    JobseekerProfile {
        id: id.into(),
        coach_id: "coach-1".into(),
        skills: vec![ProfileSkill {
            skill: "python".into(),
            level: 4,
            last_used_year: Some(2024),
            provenance: Provenance::Explicit,
        }],
        summary: summary.into(),
        languages: vec![],
        municipality_code: "091".into(),
        accepted_regions: vec!["Uusimaa".into()],
        accepts_remote: true,
        desired_occupations: vec![],
        updated_at: Utc.with_ymd_and_hms(2026, 9, 1, 0, 0, 0).single().expect("time"),
    }
}

/// `count` profiles with distinct summaries, plus nothing else.
fn crowd(count: usize) -> Vec<JobseekerProfile> {
    (0..count)
        .map(|i| profile(&format!("crowd-{i:05}"), &format!("Henkilö {i}: kokemusta Pythonista ja SQL:stä.")))
        .collect()
}

/// Files under `dir` containing `needle`.
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(path) = pending.pop() {
        for entry in std::fs::read_dir(&path).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(bytes) = std::fs::read(&path)
                && bytes.windows(needle.len()).any(|window| window == needle.as_bytes())
            {
                found.push(path);
            }
        }
    }
    found
}

/// The `meta.json` files under `dir` with the segment ids they list (to tell, when a test
/// fails, a segment the index still uses from a file left behind).
fn segments_in_use(dir: &Path) -> String {
    let mut described = Vec::new();
    for collection in std::fs::read_dir(dir).expect("read dir").flatten() {
        let Ok(meta) = std::fs::read_to_string(collection.path().join("meta.json")) else { continue };
        let ids: Vec<String> = serde_json::from_str::<serde_json::Value>(&meta)
            .ok()
            .and_then(|meta| meta.get("segments").and_then(|s| s.as_array()).cloned())
            .unwrap_or_default()
            .iter()
            .map(|segment| segment.to_string())
            .collect();
        described.push(format!("{:?}: {}", collection.file_name(), ids.join(", ")));
    }
    described.join("; ")
}

/// Waits until no file holds any of `needles`; returns how long that took.
fn wait_until_erased(dir: &Path, needles: &[&str]) -> Duration {
    let started = Instant::now();
    loop {
        let found: Vec<String> = needles
            .iter()
            .flat_map(|needle| {
                files_containing(dir, needle).into_iter().map(move |f| format!("{needle} in {f:?}"))
            })
            .collect();
        if found.is_empty() {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < ERASE_BOUND,
            "not erased within {ERASE_BOUND:?}: {found:?}; segments in use: {}",
            segments_in_use(dir)
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_deleted_profile_leaves_the_files_within_the_bound() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(dir.path()).expect("open");
    let marker = "ERASE-MARKER-DELETED-5KQ9";
    let mut batch = crowd(2_000);
    batch.insert(1_000, profile("erase-5KQ9", &format!("Henkilötietoja: {marker}")));
    // One batch: the profile shares its segment with 2 000 others, so the delete is a tombstone.
    store.upsert_profiles_blocking(batch).expect("write");
    assert!(!files_containing(dir.path(), marker).is_empty(), "the scan finds a live profile");

    let deleted = store.delete_profiles(vec!["erase-5KQ9".into()]).expect("submit").wait_blocking();
    assert_eq!(deleted.expect("delete"), [true]);
    let took = wait_until_erased(dir.path(), &[marker, "erase-5KQ9"]);
    eprintln!("erased from a segment of 2 001 profiles {took:?} after the acknowledgement");

    // The others are intact and still found.
    assert!(store.get_profile("erase-5KQ9").expect("get").is_none());
    assert_eq!(store.count_profiles(), 2_000);
    let kept = store.get_profile("crowd-01999").expect("get").expect("kept");
    assert_eq!(kept.profile, crowd(2_000)[1_999]);
    drop(store);
    let store = open(dir.path()).expect("reopen");
    assert_eq!(store.count_profiles(), 2_000);
    assert!(files_containing(dir.path(), marker).is_empty());
}

#[test]
fn the_old_version_of_a_replaced_profile_leaves_the_files() {
    let dir = tempfile::tempdir().expect("dir");
    let store = open(dir.path()).expect("open");
    let old = "ERASE-MARKER-OLD-VERSION-3HW1";
    let new = "ERASE-MARKER-NEW-VERSION-3HW1";
    let mut batch = crowd(50);
    batch.push(profile("person-3HW1", old));
    store.upsert_profiles_blocking(batch).expect("write");
    assert!(!files_containing(dir.path(), old).is_empty());

    let replacement = profile("person-3HW1", new);
    store.upsert_profiles_blocking(vec![replacement.clone()]).expect("replace");
    wait_until_erased(dir.path(), &[old]);
    assert!(!files_containing(dir.path(), new).is_empty(), "the new version is stored");
    assert_eq!(store.get_profile("person-3HW1").expect("get").expect("found").profile, replacement);
    assert_eq!(store.count_profiles(), 51);
}

#[test]
fn closing_right_after_a_delete_finishes_the_erasure() {
    let dir = tempfile::tempdir().expect("dir");
    let marker = "ERASE-MARKER-AT-CLOSE-8PZ4";
    {
        let store = open(dir.path()).expect("open");
        let mut batch = crowd(300);
        batch.push(profile("close-8PZ4", marker));
        store.upsert_profiles_blocking(batch).expect("write");
        store.delete_profiles(vec!["close-8PZ4".into()]).expect("submit").wait_blocking().expect("delete");
        store.close();
        assert!(files_containing(dir.path(), marker).is_empty(), "erased before close returns");
    }
    let store = open(dir.path()).expect("reopen");
    assert_eq!(store.count_profiles(), 300);
}

#[test]
fn many_deletes_and_replacements_under_concurrent_writes_are_all_erased() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Arc::new(open(dir.path()).expect("open"));
    store.upsert_profiles_blocking(crowd(500)).expect("write");
    let markers: Vec<String> = (0..40).map(|i| format!("ERASE-MARKER-MANY-{i:02}-Z7")).collect();
    // Writers on four threads: each stores its profiles, then deletes or replaces them, in
    // separate commits that overlap with the others' commits and with the erasure merges.
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let store = store.clone();
            let markers = markers.clone();
            std::thread::spawn(move || {
                for i in (t..markers.len()).step_by(4) {
                    let id = format!("many-{i:02}");
                    store.upsert_profiles_blocking(vec![profile(&id, &markers[i])]).expect("write");
                    if i % 2 == 0 {
                        store.delete_profiles(vec![id]).expect("submit").wait_blocking().expect("delete");
                    } else {
                        store.upsert_profiles_blocking(vec![profile(&id, "Uusi versio.")]).expect("replace");
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().expect("writer");
    }
    let needles: Vec<&str> = markers.iter().map(String::as_str).collect();
    let took = wait_until_erased(dir.path(), &needles);
    eprintln!("40 deleted or replaced profiles erased {took:?} after the last acknowledgement");
    assert_eq!(store.count_profiles(), 520);
}
