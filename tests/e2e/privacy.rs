//! No personal data in logs (DESIGN.md section 8): with debug logging on, upserts, reads,
//! matches, skill extraction, deletes and failing requests carrying distinctive personal text
//! leave none of it in the server's stderr or stdout. (The erasure of deleted profiles from the
//! data directory is tested in `durability` and, under kill -9, in `crash`.)

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::match_job_postings_request::Subject as PostingsFor;
use pb::match_profiles_request::Subject as ProfilesFor;

/// Personal text: a summary, a desired occupation, a municipality-like free text.
const SECRETS: &[&str] = &["Salainen Sukunimi 4Y7T", "sairausloma 4Y7T", "toive-4Y7T", "070-4Y7T-hetu"];

fn personal_profile(id: &str) -> pb::JobseekerProfile {
    let mut p = profile(id);
    p.summary = format!("{} ja {}: Python, Docker, Kubernetes. Hetu {}.", SECRETS[0], SECRETS[1], SECRETS[3]);
    p.desired_occupations = vec![SECRETS[2].into()];
    p
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn debug_logs_carry_no_personal_data() {
    let dir = TestDir::new();
    let server = dir.start_with_env(&[("RUST_LOG", "debug")]);
    let mut clients = server.clients().await;

    clients.store_profiles(vec![personal_profile("priv-1"), personal_profile("priv-2")]).await;
    let mut p = posting("priv-job");
    p.description = format!("Yhteyshenkilö {}", SECRETS[0]);
    clients.store_postings(vec![p]).await;
    clients.get_profile("priv-1").await.expect("get");
    clients.all_profiles(1, "").await;
    let request = pb::MatchJobPostingsRequest {
        subject: Some(PostingsFor::Profile(personal_profile("inline"))),
        ..Default::default()
    };
    clients.matching.match_job_postings(request).await.expect("match inline");
    let request = pb::MatchJobPostingsRequest {
        subject: Some(PostingsFor::ProfileId("priv-1".into())),
        ..Default::default()
    };
    clients.matching.match_job_postings(request).await.expect("match by id");
    let request = pb::MatchProfilesRequest {
        subject: Some(ProfilesFor::JobPostingId("priv-job".into())),
        ..Default::default()
    };
    clients.matching.match_profiles(request).await.expect("match profiles");
    let request = pb::ExtractSkillsRequest { text: personal_profile("x").summary, ..Default::default() };
    clients.skills.extract_skills(request).await.expect("extract");

    // Failing requests: an invalid profile (bad skill level), an invalid inline profile, a
    // missing one, an oversized batch item.
    let mut invalid = personal_profile("priv-invalid");
    invalid.skills[0].level = 99;
    let response = clients.upsert_profiles(vec![invalid.clone()]).await;
    assert_eq!(response.upserted_count, 0);
    let request =
        pb::MatchJobPostingsRequest { subject: Some(PostingsFor::Profile(invalid)), ..Default::default() };
    assert!(clients.matching.match_job_postings(request).await.is_err());
    assert!(clients.get_profile("missing-4Y7T").await.is_err());
    let mut huge = personal_profile("priv-huge");
    huge.summary = format!("{} {}", SECRETS[0], "x".repeat(2 << 20));
    let _ = clients.profiles.upsert_profiles(pb::UpsertProfilesRequest { profiles: vec![huge] }).await;

    let request = pb::DeleteProfileRequest { id: "priv-2".into() };
    clients.profiles.delete_profile(request).await.expect("delete");
    drop(clients);
    let stdout = server.stdout();
    assert!(server.terminate().success());
    // The first server of a test directory logs to server-0.log (read after its shutdown).
    let logs = std::fs::read_to_string(dir.root().join("server-0.log")).expect("log");

    assert!(logs.contains("DEBUG"), "debug logging was on:\n{logs}");
    for secret in SECRETS {
        for (name, output) in [("stderr", &logs), ("stdout", &stdout)] {
            let line = output.lines().find(|line| line.contains(secret));
            assert!(line.is_none(), "personal text {secret:?} in the server's {name}: {line:?}");
        }
    }
    eprintln!("{} lines of debug log, none with personal text", logs.lines().count());
}
