//! Properties of generated data sets: every record is valid, generation is deterministic, and
//! the distributions are those the crate documents.

use chrono::{DateTime, Datelike, TimeDelta, Utc};
use kohtaanto_domain::regions::{REGIONS, region_of_municipality};
use kohtaanto_domain::{Cefr, JobPosting, JobseekerProfile, Validate, WorkMode};
use kohtaanto_gen::{Dataset, GenConfig, POSTINGS_FILE, PROFILES_FILE, generate, write_jsonl};
use std::collections::BTreeMap;

fn now() -> DateTime<Utc> {
    "2026-03-01T12:00:00Z".parse().expect("timestamp")
}

fn config(postings: usize, profiles: usize, seed: u64) -> GenConfig {
    GenConfig { postings, profiles, seed, now: now() }
}

fn to_json(dataset: &Dataset) -> String {
    let mut text = String::new();
    for posting in &dataset.postings {
        text.push_str(&serde_json::to_string(posting).expect("serialise posting"));
        text.push('\n');
    }
    for profile in &dataset.profiles {
        text.push_str(&serde_json::to_string(profile).expect("serialise profile"));
        text.push('\n');
    }
    text
}

fn share(count: usize, total: usize) -> f64 {
    count as f64 / total.max(1) as f64
}

fn assert_within(name: &str, value: f64, range: std::ops::RangeInclusive<f64>) {
    assert!(range.contains(&value), "{name} = {value:.3}, expected within {range:?}");
}

#[test]
fn every_record_is_valid_and_consistent() {
    let dataset = generate(&config(3_000, 3_000, 1));
    assert_eq!(dataset.postings.len(), 3_000);
    assert_eq!(dataset.profiles.len(), 3_000);
    for (i, posting) in dataset.postings.iter().enumerate() {
        posting.validate().unwrap_or_else(|e| panic!("{}: {e}", posting.id));
        assert_eq!(posting.id, format!("job-{:06}", i + 1));
        assert_eq!(posting.url, format!("https://jobs.example.fi/{}", posting.id));
        assert_eq!(posting.source, "demo-portal");
        assert_eq!(region_of_municipality(&posting.municipality_code), Some(posting.region.as_str()));
        assert!(
            posting.requirements.is_empty() || (4..=12).contains(&posting.requirements.len()),
            "{}",
            posting.id
        );
        let occupation = posting.occupation.as_ref().expect("occupation");
        assert_eq!(occupation.isco_code.len(), 4);
        assert!(occupation.esco_uri.starts_with("http://data.europa.eu/esco/occupation/"));
        assert!(posting.posted_at <= now() && posting.posted_at > now() - TimeDelta::days(365));
        let open_for = posting.expires_at.expect("expiry") - posting.posted_at;
        assert!((14..=90).contains(&open_for.num_days()), "{} open for {open_for}", posting.id);
        assert!(!posting.title.trim().is_empty() && posting.description.len() > 200, "{}", posting.id);
    }
    for (i, profile) in dataset.profiles.iter().enumerate() {
        profile.validate().unwrap_or_else(|e| panic!("{}: {e}", profile.id));
        assert_eq!(profile.id, format!("js-{:07}", i + 1));
        assert!(
            (3..=15).contains(&profile.skills.len()),
            "{} has {} skills",
            profile.id,
            profile.skills.len()
        );
        let coach = profile.coach_id.strip_prefix("coach-").expect("coach id");
        assert!(coach.len() == 3 && (1..=300).contains(&coach.parse::<u32>().expect("coach number")));
        assert!(region_of_municipality(&profile.municipality_code).is_some());
        assert!(profile.accepted_regions.iter().all(|r| REGIONS.contains(&r.as_str())));
        assert!(!profile.desired_occupations.is_empty());
        assert!(profile.updated_at <= now() && profile.updated_at > now() - TimeDelta::days(731));
        for skill in &profile.skills {
            if let Some(year) = skill.last_used_year {
                assert!((now().year() - 15..=now().year()).contains(&year), "{}: {year}", profile.id);
            }
        }
        assert!(!profile.summary.is_empty());
    }
}

#[test]
fn same_seed_gives_identical_json_and_another_seed_differs() {
    let first = to_json(&generate(&config(500, 500, 7)));
    let second = to_json(&generate(&config(500, 500, 7)));
    assert!(first == second, "two runs with the same seed differ");
    let other = to_json(&generate(&config(500, 500, 8)));
    assert_ne!(first, other);
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let config = config(300, 300, 5);
    let parallel = generate(&config);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("thread pool");
    let sequential = pool.install(|| generate(&config));
    assert_eq!(parallel, sequential);
}

/// Language of a text by its most frequent function words.
fn language_of(text: &str) -> &'static str {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let count = |markers: &[&str]| words.iter().filter(|w| markers.contains(&w.as_str())).count();
    let scores = [
        ("fi", count(&["ja", "on", "tai", "sekä", "että", "olemme", "sinulta", "tehtävässä", "työ"])),
        ("sv", count(&["och", "att", "du", "vi", "är", "med", "av", "i", "på", "som"])),
        ("en", count(&["and", "the", "you", "we", "with", "of", "to", "in", "our", "is"])),
    ];
    scores.iter().max_by_key(|&&(_, score)| score).map(|&(lang, _)| lang).unwrap_or("?")
}

#[test]
fn distributions_are_plausible() {
    let dataset = generate(&config(20_000, 20_000, 3));
    let postings: &[JobPosting] = &dataset.postings;
    let total = postings.len();

    let mut by_language: BTreeMap<&str, usize> = BTreeMap::new();
    for posting in postings {
        *by_language.entry(language_of(&posting.description)).or_default() += 1;
    }
    assert_within("Finnish postings", share(by_language["fi"], total), 0.48..=0.62);
    assert_within("English postings", share(by_language["en"], total), 0.28..=0.42);
    assert_within("Swedish postings", share(by_language["sv"], total), 0.06..=0.14);

    let expired = postings.iter().filter(|p| p.is_expired(now())).count();
    assert_within("expired postings", share(expired, total), 0.20..=0.45);

    let explicit: Vec<&JobPosting> = postings.iter().filter(|p| !p.requirements.is_empty()).collect();
    assert_within("postings with explicit requirements", share(explicit.len(), total), 0.56..=0.64);
    let requirements: usize = explicit.iter().map(|p| p.requirements.len()).sum();
    assert_within("requirements per posting", share(requirements, explicit.len()), 6.0..=9.0);

    let mode = |m: WorkMode| share(postings.iter().filter(|p| p.work_mode == m).count(), total);
    assert_within("onsite", mode(WorkMode::Onsite), 0.42..=0.48);
    assert_within("hybrid", mode(WorkMode::Hybrid), 0.37..=0.43);
    assert_within("remote", mode(WorkMode::Remote), 0.13..=0.17);

    let uusimaa = postings.iter().filter(|p| p.region == "Uusimaa").count();
    assert_within("postings in Uusimaa", share(uusimaa, total), 0.50..=0.80);

    let profiles: &[JobseekerProfile] = &dataset.profiles;
    let people = profiles.len();
    let immigrants = profiles
        .iter()
        .filter(|p| p.languages.first().is_some_and(|l| l.language != "fi" && l.language != "sv"))
        .count();
    assert_within("immigrants", share(immigrants, people), 0.37..=0.43);
    let immigrant_finnish_below_b2 = profiles
        .iter()
        .filter(|p| p.languages.first().is_some_and(|l| l.language != "fi" && l.language != "sv"))
        .filter(|p| p.languages.iter().all(|l| l.language != "fi" || l.level < Cefr::B2))
        .count();
    assert_within("immigrants without B2 Finnish", share(immigrant_finnish_below_b2, immigrants), 0.85..=1.0);

    let skills: usize = profiles.iter().map(|p| p.skills.len()).sum();
    let stale = profiles
        .iter()
        .flat_map(|p| &p.skills)
        .filter(|s| s.last_used_year.is_some_and(|year| (5..=15).contains(&(now().year() - year))))
        .count();
    assert_within("stale skills", share(stale, skills), 0.22..=0.38);
    assert_within("skills per profile", share(skills, people), 7.0..=12.0);
    let remote = profiles.iter().filter(|p| p.accepts_remote).count();
    assert_within("accepts remote", share(remote, people), 0.57..=0.63);
    let anywhere = profiles.iter().filter(|p| p.accepted_regions.is_empty()).count();
    assert_within("any region", share(anywhere, people), 0.17..=0.23);
}

#[test]
fn jsonl_round_trips() {
    let dataset = generate(&config(40, 60, 9));
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = dir.path().join("nested").join("demo");
    write_jsonl(&out, &dataset).expect("write");
    let postings: Vec<JobPosting> = std::fs::read_to_string(out.join(POSTINGS_FILE))
        .expect("read postings")
        .lines()
        .map(|line| serde_json::from_str(line).expect("posting line"))
        .collect();
    let profiles: Vec<JobseekerProfile> = std::fs::read_to_string(out.join(PROFILES_FILE))
        .expect("read profiles")
        .lines()
        .map(|line| serde_json::from_str(line).expect("profile line"))
        .collect();
    assert_eq!(postings, dataset.postings);
    assert_eq!(profiles, dataset.profiles);
    let first_line = std::fs::read_to_string(out.join(POSTINGS_FILE)).expect("read");
    assert!(first_line.starts_with("{\"id\":\"job-000001\""));
}
