//! Every RPC of the `kohtaanto.v1` services over gRPC against the real server, plus the standard
//! health and reflection services.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::match_job_postings_request::Subject as PostingsFor;
use pb::match_profiles_request::Subject as ProfilesFor;
use std::collections::BTreeSet;
use tonic::Code;

// ---------------------------------------------------------------------------------------------
// JobPostings
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postings_upsert_get_delete_round_trip() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    let first = posting("rt-1");
    let mut invalid = posting("rt-2");
    invalid.title = "   ".into();
    let mut third = posting_requiring(
        "rt-3",
        vec![
            req("kubernetes", pb::Importance::NiceToHave, Some(3)),
            req("postgresql", pb::Importance::Required, Some(5)),
        ],
    );
    third.work_mode = pb::WorkMode::Hybrid.into();
    third.languages = vec![lang("fi", pb::CefrLevel::B2), lang("en", pb::CefrLevel::C1)];
    third.expires_at = None;
    third.occupation = None;

    let response = clients.upsert_postings(vec![first.clone(), invalid, third.clone()]).await;
    assert_eq!((response.upserted_count, response.rejected_count), (2, 1), "{response:?}");
    assert_eq!(response.results.len(), 3);
    assert_eq!(
        response.results[0],
        pb::UpsertResult { id: "rt-1".into(), code: 0, message: String::new(), field: String::new() }
    );
    let rejected = &response.results[1];
    assert_eq!(rejected.id, "rt-2");
    assert_eq!(rejected.code, Code::InvalidArgument as i32);
    assert_eq!(rejected.field, "job_postings[1].title");
    assert!(rejected.message.starts_with("job_postings[1].title"), "{rejected:?}");
    assert_eq!(response.results[2].code, 0);

    // Get returns exactly what was written (timestamps with nanos), and the requirements
    // matching uses: here the explicit ones, as the texts mention no skill.
    for written in [&first, &third] {
        let stored = clients.get_posting(&written.id).await.expect("stored posting");
        assert_eq!(stored.effective_requirements, written.requirements, "{}", written.id);
        assert_eq!(written_posting(stored), *written);
    }
    let stored = clients.get_posting("rt-1").await.expect("stored");
    assert_eq!(stored.posted_at, Some(ts(1_780_300_800, 123_456_789)));
    assert_eq!(stored.expires_at, Some(ts(4_102_444_800, 1)));
    expect_status(clients.get_posting("rt-2").await, Code::NotFound, &["rt-2"]);

    // Upsert replaces.
    let mut replaced = first.clone();
    replaced.title = "Tehtävä, päivitetty".into();
    replaced.requirements = vec![required("docker"), req("python", pb::Importance::NiceToHave, Some(2))];
    replaced.posted_at = Some(ts(1_780_400_000, 5));
    clients.store_postings(vec![replaced.clone()]).await;
    let stored = clients.get_posting("rt-1").await.expect("replaced");
    assert_eq!(written_posting(stored), replaced);
    assert_eq!(clients.all_postings(0).await.len(), 2, "a replacement adds no record");

    // Delete: true, then false; then NOT_FOUND and gone from the list.
    let delete = |id: &str| pb::DeleteJobPostingRequest { id: id.into() };
    let deleted = clients.postings.delete_job_posting(delete("rt-1")).await.expect("delete").into_inner();
    assert!(deleted.deleted);
    let again = clients.postings.delete_job_posting(delete("rt-1")).await.expect("delete").into_inner();
    assert!(!again.deleted, "second delete finds nothing");
    expect_status(clients.get_posting("rt-1").await, Code::NotFound, &["rt-1"]);
    let listed: Vec<String> = clients.all_postings(0).await.into_iter().map(|p| p.id).collect();
    assert_eq!(listed, ["rt-3"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn effective_requirements_and_skills_include_extracted_ones() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    // Python is explicit (nice to have, level 4) and mentioned; Kubernetes is only mentioned.
    let mut written = posting_requiring("fi-1", vec![req("python", pb::Importance::NiceToHave, Some(4))]);
    written.description = "Kokemus Kubernetesista ja Pythonilla".into();
    clients.store_postings(vec![written.clone()]).await;
    let stored = clients.get_posting("fi-1").await.expect("stored");
    let effective = stored.effective_requirements.clone();
    assert_eq!(written_posting(stored), written, "the record itself is what was written");
    assert_eq!(effective.len(), 2, "{effective:?}");
    assert_eq!(effective[0], written.requirements[0], "explicit wins: importance and level kept");
    let kubernetes = &effective[1];
    assert_eq!(kubernetes.skill, "kubernetes");
    assert_eq!(kubernetes.provenance(), pb::Provenance::Extracted);
    assert_eq!(kubernetes.importance(), pb::Importance::Required);
    assert_eq!(kubernetes.min_level, None);

    // Without explicit requirements both come from the text.
    let mut text_only = posting_requiring("fi-2", Vec::new());
    text_only.description = "Kokemus Kubernetesista ja Pythonilla".into();
    clients.store_postings(vec![text_only]).await;
    let stored = clients.get_posting("fi-2").await.expect("stored");
    let skills: BTreeSet<&str> = stored.effective_requirements.iter().map(|r| r.skill.as_str()).collect();
    assert_eq!(skills, BTreeSet::from(["kubernetes", "python"]));
    assert!(stored.effective_requirements.iter().all(|r| r.provenance() == pb::Provenance::Extracted));
    assert!(stored.requirements.is_empty());

    // Profiles: skills from the summary are added; explicit ones keep their level.
    let mut written = profile_with("sum-1", vec![skill("postgresql", 2, Some(2019))]);
    written.summary = "Olen käyttänyt Dockeria ja PostgreSQL:ää tuotannossa.".into();
    clients.store_profiles(vec![written.clone()]).await;
    let stored = clients.get_profile("sum-1").await.expect("stored");
    let effective = stored.effective_skills.clone();
    assert_eq!(written_profile(stored), written);
    assert_eq!(effective[0], written.skills[0], "explicit wins");
    let docker = effective.iter().find(|s| s.skill == "docker").expect("docker extracted from the summary");
    assert_eq!(docker.provenance(), pb::Provenance::Extracted);
    assert!((1..=5).contains(&docker.level));
    assert_eq!(effective.iter().filter(|s| s.skill == "postgresql").count(), 1);

    // Industries: ExtractSkills shows them (group "industries"), but they become neither
    // extracted requirements nor profile skills.
    let text = "We build software for the public sector and for healthcare. You know Python.";
    let response = clients.extract_skills(text, "").await;
    let found: Vec<&str> = response.mentions.iter().map(|m| m.skill.as_str()).collect();
    assert_eq!(found, ["public-sector", "healthcare", "python"]);
    let industry = clients
        .skills
        .get_skill(pb::GetSkillRequest { id: "public-sector".into() })
        .await
        .expect("get skill")
        .into_inner();
    assert_eq!(industry.group, "industries");
    let mut sector = posting_requiring("industry-1", Vec::new());
    sector.description = text.into();
    clients.store_postings(vec![sector]).await;
    let stored = clients.get_posting("industry-1").await.expect("stored");
    let skills: Vec<&str> = stored.effective_requirements.iter().map(|r| r.skill.as_str()).collect();
    assert_eq!(skills, ["python"]);
    let mut worker = profile_with("industry-2", Vec::new());
    worker.summary = text.into();
    clients.store_profiles(vec![worker]).await;
    let stored = clients.get_profile("industry-2").await.expect("stored");
    let skills: Vec<&str> = stored.effective_skills.iter().map(|s| s.skill.as_str()).collect();
    assert_eq!(skills, ["python"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_postings_pages_through_every_record() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    let written: Vec<pb::JobPosting> = (0..23).map(|i| posting(&format!("list-{i:02}"))).collect();
    clients.store_postings(written.clone()).await;
    // Ids are bytes to the API: non-ASCII and URL-ish ids round-trip through Get and paging.
    let odd_ids = ["työpaikka-ä/1", "job%20x?y=1", "🚀-rocket"];
    clients.store_postings(odd_ids.iter().map(|id| posting(id)).collect()).await;
    for id in odd_ids {
        assert_eq!(written_posting(clients.get_posting(id).await.expect("odd id")), posting(id));
    }
    let listed: Vec<String> = clients.all_postings(2).await.into_iter().map(|p| p.id).collect();
    let mut expected: Vec<String> =
        written.iter().map(|p| p.id.clone()).chain(odd_ids.iter().map(|id| id.to_string())).collect();
    expected.sort();
    assert_eq!(listed, expected, "in byte order of the ids");
    for id in odd_ids {
        let request = pb::DeleteJobPostingRequest { id: id.into() };
        assert!(clients.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);
    }

    // Pages of 5: 5 + 5 + 5 + 5 + 3, every record once, total_size 23 on every page.
    let paged = clients.all_postings(5).await;
    let ids: Vec<&str> = paged.iter().map(|p| p.id.as_str()).collect();
    let expected: Vec<&str> = written.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, expected, "every record once, in id order");
    for (got, want) in paged.iter().zip(&written) {
        assert_eq!(written_posting(got.clone()), *want);
    }
    let first = clients
        .postings
        .list_job_postings(pb::ListJobPostingsRequest { page_size: 5, page_token: String::new() })
        .await
        .expect("list")
        .into_inner();
    assert_eq!((first.job_postings.len(), first.total_size), (5, 23));
    assert!(!first.next_page_token.is_empty());

    // An empty batch is no error.
    let empty = clients.upsert_postings(Vec::new()).await;
    assert!(empty.results.is_empty() && empty.upserted_count == 0 && empty.rejected_count == 0);

    // Default page size holds them all; a page size above the maximum is lowered, not refused.
    assert_eq!(clients.all_postings(0).await.len(), 23);
    assert_eq!(clients.all_postings(100_000).await.len(), 23);

    // Keyset paging stays consistent while records are deleted between pages.
    let page = |token: String| pb::ListJobPostingsRequest { page_size: 10, page_token: token };
    let one = clients.postings.list_job_postings(page(String::new())).await.expect("page 1").into_inner();
    for id in ["list-03", "list-15"] {
        let request = pb::DeleteJobPostingRequest { id: id.into() };
        assert!(clients.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);
    }
    let mut seen: Vec<String> = one.job_postings.into_iter().map(|p| p.id).collect();
    let mut token = one.next_page_token;
    while !token.is_empty() {
        let next = clients.postings.list_job_postings(page(token)).await.expect("next page").into_inner();
        assert_eq!(next.total_size, 21, "total_size counts what is stored now");
        seen.extend(next.job_postings.into_iter().map(|p| p.id));
        token = next.next_page_token;
    }
    let expected: Vec<String> =
        (0..23).map(|i| format!("list-{i:02}")).filter(|id| id != "list-15").collect();
    assert_eq!(seen, expected, "page 1 had list-03; list-15 was deleted before its page");
}

// ---------------------------------------------------------------------------------------------
// JobseekerProfiles
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profiles_round_trip_list_by_coach_and_delete() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    let written: Vec<pb::JobseekerProfile> = (0..12)
        .map(|i| {
            let mut p = profile(&format!("seeker-{i:02}"));
            p.coach_id = if i % 2 == 0 { "coach-a".into() } else { "coach-b".into() };
            p.skills =
                vec![skill("python", 1 + (i % 5), Some(2020 + i as i32)), skill("sql-databases", 3, None)];
            p.accepted_regions = vec!["Uusimaa".into(), "Pirkanmaa".into()];
            p.accepts_remote = i % 3 == 0;
            p.updated_at = Some(ts(1_780_000_000 + i64::from(i), 100 + i as i32));
            p
        })
        .collect();

    // A mixed batch: one invalid item in the middle, the others stored.
    let mut batch = written.clone();
    let mut invalid = profile("seeker-bad");
    invalid.skills[0].level = 9;
    batch.insert(3, invalid);
    let response = clients.upsert_profiles(batch).await;
    assert_eq!((response.upserted_count, response.rejected_count), (12, 1));
    let rejected = &response.results[3];
    assert_eq!((rejected.id.as_str(), rejected.code), ("seeker-bad", Code::InvalidArgument as i32));
    assert_eq!(rejected.field, "profiles[3].skills[0].level");
    assert!(response.results.iter().enumerate().all(|(i, r)| i == 3 || r.code == 0));
    expect_status(clients.get_profile("seeker-bad").await, Code::NotFound, &["seeker-bad"]);

    for want in &written {
        let stored = clients.get_profile(&want.id).await.expect("stored profile");
        assert_eq!(stored.effective_skills, want.skills, "no summary: effective = explicit");
        assert_eq!(written_profile(stored), *want);
    }

    // All of them, in pages of 5.
    let all = clients.all_profiles(5, "").await;
    assert_eq!(all.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), {
        written.iter().map(|p| p.id.as_str()).collect::<Vec<_>>()
    });
    // Coach filter, in pages of 4: only that coach's profiles, total_size counts them.
    let coach_a = clients.all_profiles(4, "coach-a").await;
    let expected: Vec<&str> =
        written.iter().filter(|p| p.coach_id == "coach-a").map(|p| p.id.as_str()).collect();
    assert_eq!(coach_a.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), expected);
    let request =
        pb::ListProfilesRequest { page_size: 4, page_token: String::new(), coach_id: "coach-b".into() };
    let page = clients.profiles.list_profiles(request).await.expect("list").into_inner();
    assert_eq!((page.profiles.len(), page.total_size), (4, 6));
    assert!(page.profiles.iter().all(|p| p.coach_id == "coach-b"));
    assert!(clients.all_profiles(0, "nobody").await.is_empty());

    // Delete: true, then false, then NOT_FOUND; listing and the coach filter forget it.
    let delete = |id: &str| pb::DeleteProfileRequest { id: id.into() };
    assert!(clients.profiles.delete_profile(delete("seeker-04")).await.expect("delete").into_inner().deleted);
    assert!(
        !clients.profiles.delete_profile(delete("seeker-04")).await.expect("delete").into_inner().deleted
    );
    expect_status(clients.get_profile("seeker-04").await, Code::NotFound, &["seeker-04"]);
    assert_eq!(clients.all_profiles(0, "").await.len(), 11);
    let coach_a = clients.all_profiles(2, "coach-a").await;
    assert_eq!(coach_a.len(), 5);
    assert!(coach_a.iter().all(|p| p.id != "seeker-04"));
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/// Checks the invariants of an explanation: coverage in [0, 1] and equal to the weighted mean
/// of the credits; each list holds what its name says.
#[track_caller]
fn check_explanation(explanation: &pb::MatchExplanation, coverage: f64) {
    assert!((0.0..=1.0).contains(&coverage), "coverage {coverage}");
    assert_eq!(explanation.coverage, coverage);
    let all: Vec<&pb::RequirementCredit> =
        explanation.matched.iter().chain(&explanation.partial).chain(&explanation.missing).collect();
    assert!(!all.is_empty(), "every requirement is explained");
    let total_weight: f64 = all.iter().map(|c| c.weight).sum();
    let weighted: f64 = all.iter().map(|c| c.weight * c.credit).sum();
    assert!((weighted / total_weight - coverage).abs() < 1e-9, "coverage {coverage} vs {explanation:?}");
    for credit in &explanation.matched {
        assert_eq!(credit.outcome(), pb::Outcome::Matched);
        assert_eq!(credit.credit, 1.0);
        assert!(!credit.via_skill.is_empty() && !credit.skill_label.is_empty());
    }
    for credit in &explanation.partial {
        assert_eq!(credit.outcome(), pb::Outcome::Partial);
        assert!(credit.credit > 0.0 && credit.credit < 1.0, "{credit:?}");
        assert!(!credit.via_skill.is_empty() && !credit.via_skill_label.is_empty(), "{credit:?}");
        let product = credit.similarity * credit.level_factor * credit.recency_factor;
        assert!((product - credit.credit).abs() < 1e-9, "{credit:?}");
    }
    for credit in &explanation.missing {
        assert_eq!(credit.outcome(), pb::Outcome::Missing);
        assert_eq!(credit.credit, 0.0);
        assert_eq!((credit.via_skill.as_str(), credit.via_level), ("", 0));
    }
}

fn ids(list: &[pb::RequirementCredit]) -> Vec<&str> {
    list.iter().map(|c| c.skill.as_str()).collect()
}

/// The jobseeker of the matching tests: Python 4, PostgreSQL 3, Docker 3 (all recent), Java 3
/// last used in 1990; Finnish B2, English C1; accepts Uusimaa and remote work.
fn seeker() -> pb::JobseekerProfile {
    let mut seeker = profile_with(
        "seeker",
        vec![
            skill("python", 4, Some(2025)),
            skill("postgresql", 3, Some(2026)),
            skill("docker", 3, None),
            skill("java", 3, Some(1990)),
        ],
    );
    seeker.languages = vec![lang("fi", pb::CefrLevel::B2), lang("en", pb::CefrLevel::C1)];
    seeker
}

/// Postings for [`seeker`], each published a minute after the previous one.
fn postings_for_seeker() -> Vec<pb::JobPosting> {
    let make = |id: &str, requirements: Vec<pb::Requirement>| posting_requiring(id, requirements);
    let mut postings = vec![
        make("m-full", vec![required("python"), required("docker")]),
        make("m-sql", vec![required("python"), required("sql-databases")]),
        make("m-stale", vec![required("python"), required("java")]),
        make("m-missing", vec![required("python"), required("rust")]),
        make("m-level", vec![req("python", pb::Importance::Required, Some(5))]),
        make("m-remote", vec![required("python")]),
        make("m-far", vec![required("python")]),
        make("m-expired", vec![required("python")]),
        make("m-swedish", vec![required("python")]),
        make("m-finnish", vec![required("python")]),
    ];
    for (i, posting) in postings.iter_mut().enumerate() {
        posting.posted_at = Some(ts(1_780_300_800 + 60 * i as i64, 0));
        match posting.id.as_str() {
            "m-remote" => {
                posting.region = "Lappi".into();
                posting.municipality_code = "698".into();
                posting.work_mode = pb::WorkMode::Remote.into();
            }
            "m-far" => {
                posting.region = "Lappi".into();
                posting.municipality_code = "698".into();
                posting.work_mode = pb::WorkMode::Hybrid.into();
            }
            "m-expired" => {
                posting.posted_at = Some(ts(1_577_836_800, 0));
                posting.expires_at = Some(ts(1_609_459_200, 0));
            }
            "m-swedish" => posting.languages = vec![lang("sv", pb::CefrLevel::B1)],
            "m-finnish" => posting.languages = vec![lang("fi", pb::CefrLevel::C2)],
            _ => {}
        }
    }
    postings
}

fn by_profile_id(id: &str, page_size: i32, page_token: &str) -> pb::MatchJobPostingsRequest {
    pb::MatchJobPostingsRequest {
        subject: Some(PostingsFor::ProfileId(id.into())),
        filters: None,
        page_size,
        page_token: page_token.into(),
        label_language: String::new(),
    }
}

fn posting_ids(response: &pb::MatchJobPostingsResponse) -> Vec<&str> {
    response.matches.iter().map(|m| m.job_posting.as_ref().expect("posting").id.as_str()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn match_job_postings_ranks_explains_filters_and_pages() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    let postings = postings_for_seeker();
    clients.store_postings(postings.clone()).await;
    clients.store_profiles(vec![seeker()]).await;

    let response = clients
        .matching
        .match_job_postings(by_profile_id("seeker", 0, ""))
        .await
        .expect("match")
        .into_inner();
    // Remote in Lappi and full match: both 1.0, the newer one first. Excluded: hybrid in Lappi
    // (region), expired, Swedish required, Finnish C2 required.
    assert_eq!(posting_ids(&response), ["m-remote", "m-full", "m-sql", "m-level", "m-stale", "m-missing"]);
    assert_eq!(response.total_size, 6);
    assert!(response.next_page_token.is_empty());
    for window in response.matches.windows(2) {
        assert!(window[0].coverage >= window[1].coverage, "ranked by coverage");
    }
    for hit in &response.matches {
        check_explanation(hit.explanation.as_ref().expect("explanation"), hit.coverage);
        let stored = postings.iter().find(|p| Some(&p.id) == hit.job_posting.as_ref().map(|h| &h.id));
        let returned = written_posting(hit.job_posting.clone().expect("posting"));
        assert_eq!(Some(&returned), stored, "the match carries the stored posting");
    }
    let explanation = |id: &str| {
        let hit = response.matches.iter().find(|m| m.job_posting.as_ref().expect("posting").id == id);
        hit.expect("hit").explanation.clone().expect("explanation")
    };
    assert_eq!(response.matches[0].coverage, 1.0);
    assert_eq!(response.matches[1].coverage, 1.0);
    let full = explanation("m-full");
    assert_eq!(ids(&full.matched), ["python", "docker"]);
    assert!(full.partial.is_empty() && full.missing.is_empty());

    // A narrower skill (PostgreSQL for SQL databases) gives partial credit, and says so.
    let sql = explanation("m-sql");
    assert_eq!((ids(&sql.matched), ids(&sql.partial)), (vec!["python"], vec!["sql-databases"]));
    let partial = &sql.partial[0];
    assert_eq!((partial.via_skill.as_str(), partial.via_skill_label.as_str()), ("postgresql", "PostgreSQL"));
    assert_eq!(partial.via_level, 3);
    assert!(partial.similarity > 0.0 && partial.similarity < 1.0);
    assert_eq!(partial.skill_label, "SQL databases");

    // Stale skill: same skill, recency factor 0.5.
    let stale = explanation("m-stale");
    assert_eq!(ids(&stale.partial), ["java"]);
    assert_eq!((stale.partial[0].via_skill.as_str(), stale.partial[0].recency_factor), ("java", 0.5));
    assert_eq!(stale.partial[0].similarity, 1.0);

    // Level 4 of 5.
    let level = explanation("m-level");
    assert_eq!(ids(&level.partial), ["python"]);
    let credit = &level.partial[0];
    assert_eq!((credit.min_level, credit.via_level, credit.level_factor), (5, 4, 0.8));

    let missing = explanation("m-missing");
    assert_eq!((ids(&missing.matched), ids(&missing.missing)), (vec!["python"], vec!["rust"]));

    // Same ranking for the profile given inline (not stored).
    let mut inline = seeker();
    inline.id = "inline-seeker".into();
    let request = pb::MatchJobPostingsRequest {
        subject: Some(PostingsFor::Profile(inline)),
        ..by_profile_id("unused", 0, "")
    };
    let inline_response = clients.matching.match_job_postings(request).await.expect("inline").into_inner();
    assert_eq!(inline_response, response, "inline profile ranks like the stored one");
    expect_status(clients.get_profile("inline-seeker").await, Code::NotFound, &["inline-seeker"]);

    // Paging: page 2 continues page 1, total_size stays.
    let mut paged = Vec::new();
    let mut token = String::new();
    for page_number in 0.. {
        let page = clients
            .matching
            .match_job_postings(by_profile_id("seeker", 4, &token))
            .await
            .expect("page")
            .into_inner();
        assert_eq!(page.total_size, 6);
        assert!(page.matches.len() <= 4);
        paged.extend(page.matches);
        token = page.next_page_token;
        if token.is_empty() {
            assert_eq!(page_number, 1, "6 hits in pages of 4");
            break;
        }
    }
    assert_eq!(paged, response.matches, "pages put together are the whole ranking");
    let past_the_end = clients
        .matching
        .match_job_postings(by_profile_id("seeker", 4, "o8"))
        .await
        .expect("past the end")
        .into_inner();
    assert!(past_the_end.matches.is_empty() && past_the_end.next_page_token.is_empty());
    assert_eq!(past_the_end.total_size, 6);

    // Caller filters.
    let filtered = |filters: pb::MatchFilters| pb::MatchJobPostingsRequest {
        filters: Some(filters),
        ..by_profile_id("seeker", 0, "")
    };
    let lappi = pb::MatchFilters { regions: vec!["lappi".into()], ..Default::default() };
    let only_lappi =
        clients.matching.match_job_postings(filtered(lappi)).await.expect("regions").into_inner();
    assert_eq!((posting_ids(&only_lappi), only_lappi.total_size), (vec!["m-remote"], 1));
    let good = pb::MatchFilters { min_coverage: 0.9, ..Default::default() };
    let good = clients.matching.match_job_postings(filtered(good)).await.expect("coverage").into_inner();
    assert_eq!(posting_ids(&good), ["m-remote", "m-full", "m-sql"]);
    assert!(good.matches.iter().all(|m| m.coverage >= 0.9));
    assert_eq!(good.total_size, 3);
    let perfect = pb::MatchFilters { min_coverage: 1.0, ..Default::default() };
    let perfect = clients.matching.match_job_postings(filtered(perfect)).await.expect("1.0").into_inner();
    assert_eq!(posting_ids(&perfect), ["m-remote", "m-full"]);
    let remote = pb::MatchFilters { work_modes: vec![pb::WorkMode::Remote.into()], ..Default::default() };
    let remote = clients.matching.match_job_postings(filtered(remote)).await.expect("work mode").into_inner();
    assert_eq!(posting_ids(&remote), ["m-remote"]);
    let expired = pb::MatchFilters { include_expired: true, ..Default::default() };
    let expired = clients.matching.match_job_postings(filtered(expired)).await.expect("expired").into_inner();
    assert_eq!(expired.total_size, 7);
    assert!(posting_ids(&expired).contains(&"m-expired"));
    let later = pb::MatchFilters { posted_after: Some(ts(1_780_300_800 + 60 * 4, 0)), ..Default::default() };
    let later =
        clients.matching.match_job_postings(filtered(later)).await.expect("posted_after").into_inner();
    assert_eq!(posting_ids(&later), ["m-remote", "m-level"]);

    // Labels in Finnish.
    let finnish =
        pb::MatchJobPostingsRequest { label_language: "fi".into(), ..by_profile_id("seeker", 0, "") };
    let finnish = clients.matching.match_job_postings(finnish).await.expect("fi labels").into_inner();
    let sql = finnish.matches[2].explanation.as_ref().expect("explanation");
    assert_eq!(sql.partial[0].skill_label, "SQL-tietokannat");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn match_profiles_ranks_explains_filters_and_pages() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    let mut job = posting_requiring(
        "job",
        vec![
            req("python", pb::Importance::Required, Some(3)),
            required("postgresql"),
            req("kubernetes", pb::Importance::NiceToHave, None),
        ],
    );
    job.languages = vec![lang("fi", pb::CefrLevel::B1)];
    clients.store_postings(vec![job.clone()]).await;

    let with = |id: &str, coach: &str, skills: Vec<pb::ProfileSkill>| {
        let mut p = profile_with(id, skills);
        p.coach_id = coach.into();
        p
    };
    let mut two = with("pr-two", "coach-b", vec![skill("python", 4, None), skill("postgresql", 3, None)]);
    two.accepted_regions = vec!["Uusimaa".into(), "Lappi".into()];
    let mut tampere =
        with("pr-tampere", "coach-a", vec![skill("python", 5, None), skill("postgresql", 5, None)]);
    tampere.accepted_regions = vec!["Pirkanmaa".into()];
    let mut english =
        with("pr-english", "coach-a", vec![skill("python", 5, None), skill("postgresql", 5, None)]);
    english.languages = vec![lang("en", pb::CefrLevel::C2)];
    let profiles = vec![
        with(
            "pr-all",
            "coach-a",
            vec![skill("python", 4, None), skill("postgresql", 3, None), skill("kubernetes", 2, None)],
        ),
        two,
        with("pr-mysql", "coach-a", vec![skill("python", 3, None), skill("mysql", 3, None)]),
        with("pr-one", "coach-b", vec![skill("python", 2, None)]),
        tampere,
        english,
        with("pr-none", "coach-b", vec![skill("figma", 5, None)]),
    ];
    clients.store_profiles(profiles).await;

    let by_id =
        |page_size: i32, page_token: &str, filters: Option<pb::MatchFilters>| pb::MatchProfilesRequest {
            subject: Some(ProfilesFor::JobPostingId("job".into())),
            filters,
            page_size,
            page_token: page_token.into(),
            label_language: String::new(),
        };
    let profile_ids = |response: &pb::MatchProfilesResponse| {
        response.matches.iter().map(|m| m.profile_id.clone()).collect::<Vec<_>>()
    };

    let response = clients.matching.match_profiles(by_id(0, "", None)).await.expect("match").into_inner();
    assert_eq!(profile_ids(&response), ["pr-all", "pr-two", "pr-mysql", "pr-one"]);
    assert_eq!(response.total_size, 4);
    assert_eq!(response.matches[0].coverage, 1.0);
    for hit in &response.matches {
        check_explanation(hit.explanation.as_ref().expect("explanation"), hit.coverage);
    }
    let coaches: Vec<&str> = response.matches.iter().map(|m| m.coach_id.as_str()).collect();
    assert_eq!(coaches, ["coach-a", "coach-b", "coach-a", "coach-b"]);
    let explanation = |i: usize| response.matches[i].explanation.clone().expect("explanation");
    assert_eq!(ids(&explanation(1).missing), ["kubernetes"]);
    assert_eq!(explanation(1).missing[0].importance(), pb::Importance::NiceToHave);
    let mysql = explanation(2);
    assert_eq!(ids(&mysql.partial), ["postgresql"]);
    assert_eq!(mysql.partial[0].via_skill, "mysql");
    let one = explanation(3);
    assert_eq!(ids(&one.partial), ["python"]);
    assert!((one.partial[0].level_factor - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(ids(&one.missing), ["postgresql", "kubernetes"]);

    // Inline posting: same ranking.
    let mut inline = job.clone();
    inline.id = "inline-job".into();
    let request =
        pb::MatchProfilesRequest { subject: Some(ProfilesFor::JobPosting(inline)), ..by_id(0, "", None) };
    let inline_response = clients.matching.match_profiles(request).await.expect("inline").into_inner();
    assert_eq!(inline_response, response);

    // Pages of one.
    let mut paged = Vec::new();
    let mut token = String::new();
    loop {
        let page = clients.matching.match_profiles(by_id(1, &token, None)).await.expect("page").into_inner();
        assert_eq!((page.matches.len(), page.total_size), (1, 4));
        paged.extend(page.matches);
        token = page.next_page_token;
        if token.is_empty() {
            break;
        }
    }
    assert_eq!(paged, response.matches);

    // Filters: coach, region, coverage.
    let coach = pb::MatchFilters { coach_id: "coach-a".into(), ..Default::default() };
    let coach = clients.matching.match_profiles(by_id(0, "", Some(coach))).await.expect("coach").into_inner();
    assert_eq!((profile_ids(&coach), coach.total_size), (vec!["pr-all".to_string(), "pr-mysql".into()], 2));
    let lappi = pb::MatchFilters { regions: vec!["Lappi".into()], ..Default::default() };
    let lappi =
        clients.matching.match_profiles(by_id(0, "", Some(lappi))).await.expect("region").into_inner();
    assert_eq!(profile_ids(&lappi), ["pr-two"]);
    let coverage = pb::MatchFilters { min_coverage: 0.5, ..Default::default() };
    let coverage =
        clients.matching.match_profiles(by_id(0, "", Some(coverage))).await.expect("coverage").into_inner();
    assert_eq!(profile_ids(&coverage), ["pr-all", "pr-two", "pr-mysql"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn explain_match_names_the_exclusions() {
    use pb::explain_match_request::{PostingSubject, ProfileSubject};
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    let mut person = profile_with("ex-seeker", vec![skill("python", 3, None), skill("docker", 2, None)]);
    person.accepts_remote = false;
    person.languages = vec![lang("fi", pb::CefrLevel::B1)];
    clients.store_profiles(vec![person.clone()]).await;

    let base = posting_requiring(
        "ex-ok",
        vec![required("python"), req("docker", pb::Importance::Required, Some(4))],
    );
    let expired = pb::JobPosting {
        id: "ex-expired".into(),
        posted_at: Some(ts(1_577_836_800, 0)),
        expires_at: Some(ts(1_609_459_200, 0)),
        ..base.clone()
    };
    let far = pb::JobPosting { id: "ex-region".into(), region: "Lappi".into(), ..base.clone() };
    let remote_far = pb::JobPosting {
        id: "ex-remote".into(),
        region: "Lappi".into(),
        work_mode: pb::WorkMode::Remote.into(),
        ..base.clone()
    };
    let swedish = pb::JobPosting {
        id: "ex-language".into(),
        languages: vec![lang("sv", pb::CefrLevel::B2)],
        ..base.clone()
    };
    let everything = pb::JobPosting {
        id: "ex-all".into(),
        region: "Lappi".into(),
        languages: vec![lang("fi", pb::CefrLevel::C1)],
        ..expired.clone()
    };
    clients.store_postings(vec![base.clone(), expired, far, remote_far, swedish, everything.clone()]).await;

    let explain = |posting: &str| pb::ExplainMatchRequest {
        profile_subject: Some(ProfileSubject::ProfileId("ex-seeker".into())),
        posting_subject: Some(PostingSubject::JobPostingId(posting.into())),
        label_language: String::new(),
    };
    for (posting, reasons) in [
        ("ex-ok", vec![]),
        ("ex-expired", vec!["expired"]),
        ("ex-region", vec!["region"]),
        ("ex-remote", vec!["region"]),
        ("ex-language", vec!["language"]),
        ("ex-all", vec!["expired", "region", "language"]),
    ] {
        let response = clients.matching.explain_match(explain(posting)).await.expect("explain").into_inner();
        assert_eq!(response.exclusion_reasons, reasons, "{posting}");
        assert_eq!(response.excluded, !reasons.is_empty(), "{posting}");
        let explanation = response.explanation.expect("explanation even when excluded");
        // Python matched, Docker 2 of 4: (0.85 + 0.85 x 0.5) / 1.7 with Docker's specificity.
        assert_eq!(ids(&explanation.matched), ["python"], "{posting}");
        assert_eq!(ids(&explanation.partial), ["docker"], "{posting}");
        assert_eq!(explanation.partial[0].level_factor, 0.5);
        check_explanation(&explanation, explanation.coverage);
    }

    // Both sides inline, labels in Swedish.
    let mut inline_person = person.clone();
    inline_person.id = "someone-else".into();
    inline_person.accepts_remote = true;
    let request = pb::ExplainMatchRequest {
        profile_subject: Some(ProfileSubject::Profile(inline_person)),
        posting_subject: Some(PostingSubject::JobPosting(pb::JobPosting {
            work_mode: pb::WorkMode::Remote.into(),
            ..everything
        })),
        label_language: "sv".into(),
    };
    let response = clients.matching.explain_match(request).await.expect("inline").into_inner();
    assert_eq!(response.exclusion_reasons, ["expired", "language"], "remote work is accepted now");
    assert!(response.excluded);

    // A stored profile with an inline posting: matched skill labels in Swedish.
    let request = pb::ExplainMatchRequest {
        profile_subject: Some(ProfileSubject::ProfileId("ex-seeker".into())),
        posting_subject: Some(PostingSubject::JobPosting(posting_requiring(
            "inline",
            vec![required("teamwork")],
        ))),
        label_language: "sv".into(),
    };
    let mut person_with_teamwork = person;
    person_with_teamwork.skills.push(skill("teamwork", 3, None));
    clients.store_profiles(vec![person_with_teamwork]).await;
    let response = clients.matching.explain_match(request).await.expect("mixed").into_inner();
    assert!(!response.excluded && response.exclusion_reasons.is_empty());
    let explanation = response.explanation.expect("explanation");
    assert_eq!(explanation.coverage, 1.0);
    assert_eq!(explanation.matched[0].skill_label, "lagarbete");
}

// ---------------------------------------------------------------------------------------------
// Skills
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn skills_extract_suggest_and_get() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;

    // Extraction: byte offsets and char offsets, multi-byte characters before the mentions.
    let text = "Etsimme kehittäjää 🚀: vahva Python-osaaminen, kokemusta Kubernetesista ja PostgreSQL:stä. \
                Tiimityö on tärkeää.";
    let response = clients.extract_skills(text, "").await;
    assert_eq!(response.language, "fi", "detected");
    let found: Vec<&str> = response.mentions.iter().map(|m| m.skill.as_str()).collect();
    for skill in ["python", "kubernetes", "postgresql", "teamwork"] {
        assert!(found.contains(&skill), "{skill} in {found:?}");
    }
    let chars: Vec<char> = text.chars().collect();
    let rocket = text.find('🚀').expect("rocket");
    let mut previous_start = 0;
    for mention in &response.mentions {
        let (start, end) = (mention.start as usize, mention.end as usize);
        assert_eq!(text.get(start..end), Some(mention.text.as_str()), "byte span of {mention:?}");
        let by_chars: String = chars[mention.char_start as usize..mention.char_end as usize].iter().collect();
        assert_eq!(by_chars, mention.text, "char span of {mention:?}");
        assert_eq!(text[..start].chars().count(), mention.char_start as usize);
        if start > rocket {
            assert!(mention.char_start < mention.start, "multi-byte text before {mention:?}");
        }
        assert!(start >= previous_start, "in text order");
        previous_start = start;
        assert!(!mention.label.is_empty());
    }
    let teamwork = response.mentions.iter().find(|m| m.skill == "teamwork").expect("teamwork");
    assert_eq!(teamwork.label, "tiimityö", "label in the text's language");
    assert_eq!(teamwork.text, "Tiimityö");

    // A requested language is used as is.
    let english = clients.extract_skills("We use Kubernetes and k8s", "en").await;
    assert_eq!(english.language, "en");
    let spans: Vec<(&str, u32, u32)> =
        english.mentions.iter().map(|m| (m.skill.as_str(), m.start, m.end)).collect();
    assert_eq!(spans, [("kubernetes", 7, 17), ("kubernetes", 22, 25)]);
    assert!(response.unmapped.is_empty(), "no unmapped mentions in Finnish text: {:?}", response.unmapped);

    // Unmapped mentions: English spans the tagger proposes where no taxonomy mention is.
    let text = "Ünsere Stelle: you have experience with Java. Experience with automation, B2B and air conditioning systems.";
    let english = clients.extract_skills(text, "en").await;
    assert!(!english.unmapped.is_empty(), "{english:?}");
    let chars: Vec<char> = text.chars().collect();
    for unmapped in &english.unmapped {
        let (start, end) = (unmapped.start as usize, unmapped.end as usize);
        assert_eq!(text.get(start..end), Some(unmapped.text.as_str()), "byte span of {unmapped:?}");
        let by_chars: String =
            chars[unmapped.char_start as usize..unmapped.char_end as usize].iter().collect();
        assert_eq!(by_chars, unmapped.text, "char span of {unmapped:?}");
        assert!(unmapped.char_start < unmapped.start, "multi-byte text before {unmapped:?}");
        assert!((0.0..=1.0).contains(&unmapped.confidence));
        assert!(
            english.mentions.iter().all(|m| m.end as usize <= start || end <= m.start as usize),
            "{unmapped:?} overlaps a taxonomy mention"
        );
    }
    assert!(english.unmapped.iter().any(|u| u.text == "automation"), "{english:?}");

    // Typeahead with typos, in any language.
    let suggest = |query: &str, language: &str, limit: u32| pb::SuggestSkillsRequest {
        query: query.into(),
        language: language.into(),
        limit,
    };
    for (query, expected) in [("kubernets", "kubernetes"), ("pyhton", "python"), ("postgre", "postgresql")] {
        let response =
            clients.skills.suggest_skills(suggest(query, "", 0)).await.expect("suggest").into_inner();
        assert_eq!(
            response.suggestions.first().map(|s| s.skill.as_str()),
            Some(expected),
            "{query}: {response:?}"
        );
        assert!(response.suggestions.len() <= 10, "default limit");
        for pair in response.suggestions.windows(2) {
            assert!(pair[0].score >= pair[1].score, "best first");
        }
    }
    let finnish = clients.skills.suggest_skills(suggest("teamwork", "fi", 3)).await.expect("fi").into_inner();
    let first = finnish.suggestions.first().expect("a suggestion");
    assert_eq!((first.skill.as_str(), first.label.as_str()), ("teamwork", "tiimityö"));
    assert!(finnish.suggestions.len() <= 3);
    let swedish_query =
        clients.skills.suggest_skills(suggest("lagarb", "en", 5)).await.expect("sv").into_inner();
    let first = swedish_query.suggestions.first().expect("a suggestion");
    assert_eq!((first.skill.as_str(), first.label.as_str()), ("teamwork", "teamwork"));
    assert!(first.matched_label.to_lowercase().starts_with("lagarb"), "{first:?}");

    // GetSkill.
    let skill = |id: &str| pb::GetSkillRequest { id: id.into() };
    let postgresql = clients.skills.get_skill(skill("postgresql")).await.expect("get").into_inner();
    assert_eq!(postgresql.id, "postgresql");
    assert_eq!(postgresql.kind(), pb::SkillKind::Knowledge);
    assert_eq!(postgresql.broader, "sql-databases");
    assert_eq!(postgresql.group, "databases");
    assert_eq!(postgresql.labels.as_ref().map(|l| l.en.as_str()), Some("PostgreSQL"));
    assert!(postgresql.esco_uri.starts_with("http://data.europa.eu/esco/skill/"));
    assert!(postgresql.related.iter().any(|r| r.skill == "mysql" && r.similarity == 0.7), "{postgresql:?}");
    assert!(postgresql.specificity > 0.0 && postgresql.specificity <= 1.0);
    let sql = clients.skills.get_skill(skill("sql-databases")).await.expect("get").into_inner();
    assert!(sql.narrower.contains(&"postgresql".to_string()));
    assert_eq!(sql.labels.as_ref().map(|l| l.fi.as_str()), Some("SQL-tietokannat"));
    let rust = clients.skills.get_skill(skill("rust")).await.expect("get").into_inner();
    assert!(rust.ambiguous);
    expect_status(clients.skills.get_skill(skill("no-such-skill")).await, Code::NotFound, &["no-such-skill"]);
}

// ---------------------------------------------------------------------------------------------
// Health and reflection
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_serving_and_reflection_lists_the_services() {
    use tonic_health::pb::HealthCheckRequest;
    use tonic_health::pb::health_check_response::ServingStatus;
    use tonic_health::pb::health_client::HealthClient;
    use tonic_reflection::pb::v1::ServerReflectionRequest;
    use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
    use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
    use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;

    let dir = TestDir::new();
    let server = dir.start();
    let channel = server.channel().await;

    let mut health = HealthClient::new(channel.clone());
    for service in [
        "",
        "kohtaanto.v1.JobPostings",
        "kohtaanto.v1.JobseekerProfiles",
        "kohtaanto.v1.Matching",
        "kohtaanto.v1.Skills",
    ] {
        let response = health
            .check(HealthCheckRequest { service: service.into() })
            .await
            .expect("health check")
            .into_inner();
        assert_eq!(response.status(), ServingStatus::Serving, "service {service:?}");
    }
    expect_status(
        health.check(HealthCheckRequest { service: "no.such.Service".into() }).await,
        Code::NotFound,
        &[],
    );

    let mut reflection = ServerReflectionClient::new(channel);
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut stream = reflection
        .server_reflection_info(tokio_stream::iter(vec![request]))
        .await
        .expect("reflection")
        .into_inner();
    let response = stream.message().await.expect("reflection message").expect("one response");
    let Some(MessageResponse::ListServicesResponse(list)) = response.message_response else {
        panic!("unexpected reflection response {response:?}");
    };
    let services: BTreeSet<String> = list.service.into_iter().map(|s| s.name).collect();
    for expected in [
        "kohtaanto.v1.JobPostings",
        "kohtaanto.v1.JobseekerProfiles",
        "kohtaanto.v1.Matching",
        "kohtaanto.v1.Skills",
        "grpc.health.v1.Health",
    ] {
        assert!(services.contains(expected), "{expected} in {services:?}");
    }

    // The descriptor of a service resolves, as grpcurl needs.
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::FileContainingSymbol("kohtaanto.v1.Matching".into())),
    };
    let mut stream = reflection
        .server_reflection_info(tokio_stream::iter(vec![request]))
        .await
        .expect("reflection")
        .into_inner();
    let response = stream.message().await.expect("reflection message").expect("one response");
    let Some(MessageResponse::FileDescriptorResponse(files)) = response.message_response else {
        panic!("unexpected reflection response {response:?}");
    };
    assert!(!files.file_descriptor_proto.is_empty());
}

/// AIP-158: "if the end of the collection has been reached, the next_page_token field must be
/// empty". Fails today: a list page that happens to end exactly at the last record carries a
/// token that leads to an empty page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_list_page_has_no_next_page_token() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    clients.store_postings((0..4).map(|i| posting(&format!("end-{i}"))).collect()).await;
    let page = clients
        .postings
        .list_job_postings(pb::ListJobPostingsRequest { page_size: 4, page_token: String::new() })
        .await
        .expect("list")
        .into_inner();
    assert_eq!(page.job_postings.len(), 4);
    assert_eq!(page.next_page_token, "", "nothing follows the fourth of four records");
}
