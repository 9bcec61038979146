//! Errors over gRPC: INVALID_ARGUMENT naming the field at fault, NOT_FOUND naming the id,
//! RESOURCE_EXHAUSTED for the batch and message size limits. After every failed call the stored
//! data is compared with a snapshot taken before: a failed call changes nothing.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::explain_match_request::{PostingSubject, ProfileSubject};
use pb::match_job_postings_request::Subject as PostingsFor;
use pb::match_profiles_request::Subject as ProfilesFor;
use tonic::Code;

/// Stores a few records to protect: postings `seed-0..3`, profiles `person-0..2`.
async fn seed(clients: &mut Clients) -> Snapshot {
    clients.store_postings((0..3).map(|i| posting(&format!("seed-{i}"))).collect()).await;
    clients.store_profiles((0..2).map(|i| profile(&format!("person-{i}"))).collect()).await;
    let snapshot = clients.snapshot().await;
    assert_eq!((snapshot.postings.len(), snapshot.profiles.len()), (3, 2));
    snapshot
}

fn match_postings(subject: Option<PostingsFor>) -> pb::MatchJobPostingsRequest {
    pb::MatchJobPostingsRequest {
        subject,
        filters: None,
        page_size: 0,
        page_token: String::new(),
        label_language: String::new(),
    }
}

fn for_person() -> pb::MatchJobPostingsRequest {
    match_postings(Some(PostingsFor::ProfileId("person-0".into())))
}

fn match_profiles(subject: Option<ProfilesFor>) -> pb::MatchProfilesRequest {
    pb::MatchProfilesRequest {
        subject,
        filters: None,
        page_size: 0,
        page_token: String::new(),
        label_language: String::new(),
    }
}

fn for_seed() -> pb::MatchProfilesRequest {
    match_profiles(Some(ProfilesFor::JobPostingId("seed-0".into())))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_arguments_name_the_field_and_change_nothing() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    let before = seed(&mut clients).await;
    let c = &mut clients;
    let invalid = Code::InvalidArgument;

    // Ids.
    expect_status(c.get_posting("").await, invalid, &["id"]);
    expect_status(c.get_profile("has space").await, invalid, &["id"]);
    let delete = pb::DeleteJobPostingRequest { id: String::new() };
    expect_status(c.postings.delete_job_posting(delete).await, invalid, &["id"]);
    let delete = pb::DeleteProfileRequest { id: "x".repeat(200) };
    expect_status(c.profiles.delete_profile(delete).await, invalid, &["id"]);

    // Paging.
    let list = pb::ListJobPostingsRequest { page_size: -1, page_token: String::new() };
    expect_status(c.postings.list_job_postings(list).await, invalid, &["page_size"]);
    let list = pb::ListJobPostingsRequest { page_size: 2, page_token: "not-a-token".into() };
    expect_status(c.postings.list_job_postings(list).await, invalid, &["page_token"]);
    let list = pb::ListProfilesRequest { page_size: 0, page_token: "k0".into(), coach_id: String::new() };
    expect_status(c.profiles.list_profiles(list).await, invalid, &["page_token"]);
    let list = pb::ListProfilesRequest { page_size: 0, page_token: String::new(), coach_id: "a b".into() };
    expect_status(c.profiles.list_profiles(list).await, invalid, &["coach_id"]);
    let request = pb::MatchJobPostingsRequest { page_size: -5, ..for_person() };
    expect_status(c.matching.match_job_postings(request).await, invalid, &["page_size"]);
    let request = pb::MatchProfilesRequest { page_token: "garbage".into(), ..for_seed() };
    expect_status(c.matching.match_profiles(request).await, invalid, &["page_token"]);
    // A list token is no match token.
    let list = pb::ListJobPostingsRequest { page_size: 1, page_token: String::new() };
    let list_token = c.postings.list_job_postings(list).await.expect("list").into_inner().next_page_token;
    let request = pb::MatchJobPostingsRequest { page_token: list_token, ..for_person() };
    expect_status(c.matching.match_job_postings(request).await, invalid, &["page_token"]);

    // Missing oneof subjects.
    expect_status(c.matching.match_job_postings(match_postings(None)).await, invalid, &["subject"]);
    expect_status(c.matching.match_profiles(match_profiles(None)).await, invalid, &["subject"]);
    let request = pb::ExplainMatchRequest {
        profile_subject: Some(ProfileSubject::ProfileId("person-0".into())),
        posting_subject: None,
        label_language: String::new(),
    };
    expect_status(c.matching.explain_match(request).await, invalid, &["posting_subject"]);
    let request = pb::ExplainMatchRequest {
        profile_subject: None,
        posting_subject: Some(PostingSubject::JobPostingId("seed-0".into())),
        label_language: String::new(),
    };
    expect_status(c.matching.explain_match(request).await, invalid, &["profile_subject"]);
    let request = match_postings(Some(PostingsFor::ProfileId(String::new())));
    expect_status(c.matching.match_job_postings(request).await, invalid, &["profile_id"]);

    // Inline records are validated like upserted ones; unknown skills and enum values.
    let unknown_skill = profile_with("inline", vec![skill("no-such-skill", 3, None)]);
    let request = match_postings(Some(PostingsFor::Profile(unknown_skill)));
    expect_status(c.matching.match_job_postings(request).await, invalid, &["profile.skills[0].skill"]);
    let mut bad_importance = posting("inline");
    bad_importance.requirements[0].importance = 42;
    let request = match_profiles(Some(ProfilesFor::JobPosting(bad_importance)));
    let status = expect_status(
        c.matching.match_profiles(request).await,
        invalid,
        &["job_posting.requirements[0].importance"],
    );
    assert!(status.message().contains("42"), "{status:?}");
    let filters = pb::MatchFilters { work_modes: vec![99], ..Default::default() };
    let request = pb::MatchJobPostingsRequest { filters: Some(filters), ..for_person() };
    expect_status(c.matching.match_job_postings(request).await, invalid, &["filters.work_modes[0]"]);
    let filters = pb::MatchFilters { min_coverage: 1.5, ..Default::default() };
    let request = pb::MatchProfilesRequest { filters: Some(filters), ..for_seed() };
    expect_status(c.matching.match_profiles(request).await, invalid, &["filters.min_coverage"]);
    let filters = pb::MatchFilters { isco_prefixes: vec!["25x".into()], ..Default::default() };
    let request = pb::MatchJobPostingsRequest { filters: Some(filters), ..for_person() };
    expect_status(c.matching.match_job_postings(request).await, invalid, &["filters.isco_prefixes[0]"]);
    let request = pb::MatchJobPostingsRequest { label_language: "xx".into(), ..for_person() };
    expect_status(c.matching.match_job_postings(request).await, invalid, &["label_language"]);

    // Skills.
    let request = pb::ExtractSkillsRequest { text: "Python".into(), language: "klingon".into() };
    expect_status(c.skills.extract_skills(request).await, invalid, &["language"]);
    let request = pb::SuggestSkillsRequest { query: String::new(), language: String::new(), limit: 0 };
    expect_status(c.skills.suggest_skills(request).await, invalid, &["query"]);
    let request = pb::GetSkillRequest { id: "Not A Slug".into() };
    expect_status(c.skills.get_skill(request).await, invalid, &["id"]);

    assert_eq!(c.snapshot().await, before, "failed calls changed nothing");

    // Upserts report per item; every item here is invalid, so nothing is written, not even
    // the invalid replacement of a stored record.
    let mut items = Vec::new();
    let mut expected_fields = Vec::new();
    let mut add = |posting: pb::JobPosting, field: &str| {
        expected_fields.push(format!("job_postings[{}].{field}", items.len()));
        items.push(posting);
    };
    add(pb::JobPosting { id: String::new(), ..posting("ignored") }, "id");
    add(pb::JobPosting { work_mode: 99, ..posting("bad-work-mode") }, "work_mode");
    add(posting_requiring("bad-skill", vec![required("no-such-skill")]), "requirements[0].skill");
    add(
        posting_requiring("bad-importance", vec![req("python", pb::Importance::Unspecified, None)]),
        "requirements[0].importance",
    );
    add(
        pb::JobPosting {
            languages: vec![pb::LanguageLevel { language: "fi".into(), level: 77 }],
            ..posting("bad-cefr")
        },
        "languages[0].level",
    );
    add(pb::JobPosting { posted_at: None, ..posting("no-posted-at") }, "posted_at");
    add(pb::JobPosting { title: String::new(), ..posting("seed-1") }, "title");
    add(
        posting_requiring("bad-level", vec![req("python", pb::Importance::Required, Some(6))]),
        "requirements[0].min_level",
    );
    add(pb::JobPosting { expires_at: Some(ts(1_000_000_000, 0)), ..posting("bad-expiry") }, "expires_at");
    let mut provenance = posting("bad-provenance");
    provenance.requirements[0].provenance = 9;
    add(provenance, "requirements[0].provenance");
    let response = c.upsert_postings(items).await;
    assert_eq!((response.upserted_count, response.rejected_count), (0, expected_fields.len() as u32));
    let fields: Vec<&str> = response.results.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(fields, expected_fields);
    for result in &response.results {
        assert_eq!(result.code, Code::InvalidArgument as i32, "{result:?}");
        assert!(result.message.starts_with(&result.field), "{result:?}");
    }
    assert_eq!(response.results[6].id, "seed-1");

    let mut items = Vec::new();
    let mut expected_fields = Vec::new();
    let mut add = |profile: pb::JobseekerProfile, field: &str| {
        expected_fields.push(format!("profiles[{}].{field}", items.len()));
        items.push(profile);
    };
    add(profile_with("level-0", vec![skill("python", 0, None)]), "skills[0].level");
    add(profile_with("unknown", vec![skill("python", 2, None), skill("cobolt", 2, None)]), "skills[1].skill");
    add(
        pb::JobseekerProfile { languages: vec![lang("FIN", pb::CefrLevel::B1)], ..profile("bad-language") },
        "languages[0].language",
    );
    let mut provenance = profile("bad-provenance");
    provenance.skills[0].provenance = 9;
    add(provenance, "skills[0].provenance");
    add(pb::JobseekerProfile { updated_at: None, ..profile("person-1") }, "updated_at");
    add(pb::JobseekerProfile { coach_id: "coach one".into(), ..profile("bad-coach") }, "coach_id");
    add(profile_with("twice", vec![skill("python", 2, None), skill("python", 3, None)]), "skills[1].skill");
    let response = c.upsert_profiles(items).await;
    assert_eq!(response.upserted_count, 0);
    let fields: Vec<&str> = response.results.iter().map(|r| r.field.as_str()).collect();
    assert_eq!(fields, expected_fields);

    // The same id twice in one batch: the first is stored, the second rejected.
    let response = c.upsert_postings(vec![posting("dup"), posting("dup")]).await;
    assert_eq!((response.results[0].code, response.results[1].code), (0, Code::InvalidArgument as i32));
    assert_eq!(response.results[1].field, "job_postings[1].id");
    let request = pb::DeleteJobPostingRequest { id: "dup".into() };
    assert!(c.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);

    assert_eq!(c.snapshot().await, before, "rejected items changed nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_ids_are_not_found_and_change_nothing() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    let before = seed(&mut clients).await;
    let c = &mut clients;
    let not_found = Code::NotFound;

    expect_status(c.get_posting("nope-1").await, not_found, &["nope-1"]);
    expect_status(c.get_profile("nope-2").await, not_found, &["nope-2"]);
    let request = match_postings(Some(PostingsFor::ProfileId("nope-3".into())));
    expect_status(c.matching.match_job_postings(request).await, not_found, &["nope-3"]);
    let request = match_profiles(Some(ProfilesFor::JobPostingId("nope-4".into())));
    expect_status(c.matching.match_profiles(request).await, not_found, &["nope-4"]);
    let request = pb::ExplainMatchRequest {
        profile_subject: Some(ProfileSubject::ProfileId("person-0".into())),
        posting_subject: Some(PostingSubject::JobPostingId("nope-5".into())),
        label_language: String::new(),
    };
    expect_status(c.matching.explain_match(request).await, not_found, &["nope-5"]);
    let request = pb::ExplainMatchRequest {
        profile_subject: Some(ProfileSubject::ProfileId("nope-6".into())),
        posting_subject: Some(PostingSubject::JobPostingId("seed-0".into())),
        label_language: String::new(),
    };
    expect_status(c.matching.explain_match(request).await, not_found, &["nope-6"]);
    let request = pb::GetSkillRequest { id: "nope-7".into() };
    expect_status(c.skills.get_skill(request).await, not_found, &["nope-7"]);
    // Deleting what is not there is no error, and says so.
    let request = pb::DeleteJobPostingRequest { id: "nope-8".into() };
    assert!(!c.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);
    let request = pb::DeleteProfileRequest { id: "nope-9".into() };
    assert!(!c.profiles.delete_profile(request).await.expect("delete").into_inner().deleted);

    assert_eq!(c.snapshot().await, before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batches_over_5000_records_are_resource_exhausted() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    let before = seed(&mut clients).await;

    let small_posting = |i: usize| pb::JobPosting {
        occupation: None,
        url: String::new(),
        ..posting(&format!("bulk-{i:04}"))
    };
    let request = pb::UpsertJobPostingsRequest { job_postings: (0..5001).map(small_posting).collect() };
    expect_status(clients.postings.upsert_job_postings(request).await, Code::ResourceExhausted, &["5000"]);
    let request =
        pb::UpsertProfilesRequest { profiles: (0..5001).map(|i| profile(&format!("bulk-{i:04}"))).collect() };
    expect_status(clients.profiles.upsert_profiles(request).await, Code::ResourceExhausted, &["5000"]);
    assert_eq!(clients.snapshot().await, before, "an oversized batch stores nothing");
    expect_status(clients.get_posting("bulk-0000").await, Code::NotFound, &[]);

    // Skill extraction takes at most 1 MiB of text (a limit: RESOURCE_EXHAUSTED, DESIGN.md 6).
    let request = pb::ExtractSkillsRequest { text: "x".repeat(1024 * 1024 + 1), language: "en".into() };
    expect_status(clients.skills.extract_skills(request).await, Code::ResourceExhausted, &["text"]);
    let request = pb::ExtractSkillsRequest { text: "Python ".repeat(149_796), language: "en".into() };
    assert!(request.text.len() <= 1024 * 1024);
    let mentions = clients.skills.extract_skills(request).await.expect("1 MiB of text").into_inner().mentions;
    assert_eq!(mentions.len(), 149_796);

    // Exactly at the limit is fine.
    let response = clients.upsert_postings((0..5000).map(small_posting).collect()).await;
    assert_eq!((response.upserted_count, response.rejected_count), (5000, 0));
    let list = pb::ListJobPostingsRequest { page_size: 1, page_token: String::new() };
    let total = clients.postings.list_job_postings(list).await.expect("list").into_inner().total_size;
    assert_eq!(total, 5003);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_over_the_size_limit_are_resource_exhausted() {
    let dir = TestDir::new();
    let server = dir.start_with_env(&[("KOHTAANTO__MAX_MESSAGE_BYTES", "65536")]);
    let mut clients = server.clients().await;
    let before = seed(&mut clients).await;

    let long =
        |id: &str| pb::JobPosting { description: "Ohjelmistokehitystä. ".repeat(2_000), ..posting(id) };
    assert!(long("x").description.len() > 40_000);
    // Two 40 KB postings: 80 KB, over the 64 KiB limit.
    let request = pb::UpsertJobPostingsRequest { job_postings: vec![long("big-1"), long("big-2")] };
    let status =
        expect_status(clients.postings.upsert_job_postings(request).await, Code::ResourceExhausted, &[]);
    assert!(status.message().contains("message length too large"), "{status:?}");
    let request = pb::ExtractSkillsRequest { text: "Python ".repeat(20_000), language: "en".into() };
    expect_status(clients.skills.extract_skills(request).await, Code::ResourceExhausted, &[]);
    let request =
        pb::UpsertProfilesRequest { profiles: (0..1000).map(|i| profile(&format!("many-{i}"))).collect() };
    expect_status(clients.profiles.upsert_profiles(request).await, Code::ResourceExhausted, &[]);
    assert_eq!(clients.snapshot().await, before, "an oversized message stores nothing");

    // The server keeps serving, and one of them alone fits.
    clients.store_postings(vec![long("big-1")]).await;
    let stored = clients.get_posting("big-1").await.expect("stored");
    assert_eq!(written_posting(stored), long("big-1"));
}
