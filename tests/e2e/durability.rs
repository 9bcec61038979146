//! Durability (DESIGN.md section 7): data survives a graceful restart; an acknowledged upsert or
//! delete survives kill -9; one process owns a data directory.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::match_job_postings_request::Subject as PostingsFor;
use std::time::Instant;
use tonic::Code;

/// The postings of round `round`: three new ones, each with its own content.
fn round_postings(round: usize) -> Vec<pb::JobPosting> {
    (0..3)
        .map(|i| {
            let mut p = posting(&format!("r{round}-p{i}"));
            p.description = format!("Kierros {round}: kokemus Kubernetesista ja Dockerista. Versio {i}.");
            p.posted_at = Some(ts(1_780_300_800 + (round * 10 + i) as i64, 1_000 * i as i32 + 7));
            p.requirements = vec![req("python", pb::Importance::Required, Some(1 + i as u32))];
            p
        })
        .collect()
}

fn round_profile(round: usize) -> pb::JobseekerProfile {
    let mut p = profile_with(
        &format!("r{round}-person"),
        vec![skill("python", 3, Some(2024)), skill("docker", 2, None)],
    );
    p.summary = format!("Kierros {round}: Kubernetes tuttu.");
    p.updated_at = Some(ts(1_780_000_000 + round as i64, 999_999_999));
    p
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn data_survives_a_graceful_restart() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    clients.store_postings(round_postings(0)).await;
    clients.store_profiles(vec![round_profile(0), profile("other")]).await;
    let request = pb::DeleteJobPostingRequest { id: "r0-p1".into() };
    assert!(clients.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);
    let request = pb::DeleteProfileRequest { id: "other".into() };
    assert!(clients.profiles.delete_profile(request).await.expect("delete").into_inner().deleted);
    let before = clients.snapshot().await;
    let matches_before = clients
        .matching
        .match_job_postings(pb::MatchJobPostingsRequest {
            subject: Some(PostingsFor::ProfileId("r0-person".into())),
            ..Default::default()
        })
        .await
        .expect("match")
        .into_inner();
    assert_eq!(matches_before.total_size, 2);
    drop(clients);

    let stopping = Instant::now();
    let logs_before_stop = server.logs();
    let status = server.terminate();
    assert!(
        status.success(),
        "graceful shutdown exits 0, got {status:?}; log before stop:\n{logs_before_stop}"
    );
    eprintln!("graceful stop took {:?}", stopping.elapsed());

    let server = dir.start();
    let mut clients = server.clients().await;
    assert_eq!(clients.snapshot().await, before, "everything back, byte for byte");
    let matches_after = clients
        .matching
        .match_job_postings(pb::MatchJobPostingsRequest {
            subject: Some(PostingsFor::ProfileId("r0-person".into())),
            ..Default::default()
        })
        .await
        .expect("match")
        .into_inner();
    assert_eq!(matches_after, matches_before, "the indexes answer as before");

    // And the restarted server writes as usual; SIGINT (Ctrl-C) stops it gracefully too.
    clients.store_postings(round_postings(1)).await;
    let after_writes = clients.snapshot().await;
    assert_eq!(after_writes.postings.len(), 5);
    drop(clients);
    let status = server.interrupt();
    assert!(status.success(), "SIGINT: graceful shutdown exits 0, got {status:?}");
    let server = dir.start();
    assert_eq!(server.clients().await.snapshot().await, after_writes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_upserts_survive_kill_9() {
    let dir = TestDir::new();
    let mut expected_postings: Vec<pb::JobPosting> = Vec::new();
    let mut expected_profiles: Vec<pb::JobseekerProfile> = Vec::new();
    for round in 0..3 {
        let server = dir.start();
        let mut clients = server.clients().await;
        // What the previous crash left is exactly what was acknowledged.
        let stored: Vec<pb::JobPosting> =
            clients.all_postings(0).await.into_iter().map(written_posting).collect();
        assert_eq!(stored, expected_postings, "round {round}: postings after kill -9");
        let stored: Vec<pb::JobseekerProfile> =
            clients.all_profiles(0, "").await.into_iter().map(written_profile).collect();
        assert_eq!(stored, expected_profiles, "round {round}: profiles after kill -9");

        // Replace one posting of the previous round, add new ones; kill right after the ack.
        let mut postings = round_postings(round);
        if let Some(previous) = expected_postings.first_mut() {
            previous.title = format!("Korvattu kierroksella {round}");
            previous.requirements = vec![required("kubernetes")];
            postings.push(previous.clone());
        }
        expected_postings.extend(round_postings(round));
        expected_postings.sort_by(|a, b| a.id.cmp(&b.id));
        expected_profiles.push(round_profile(round));
        clients.store_profiles(vec![round_profile(round)]).await;
        clients.store_postings(postings).await;
        server.kill9();
    }

    let server = dir.start();
    let mut clients = server.clients().await;
    let stored: Vec<pb::JobPosting> =
        clients.all_postings(0).await.into_iter().map(written_posting).collect();
    assert_eq!(stored, expected_postings);
    // The effective requirements were rebuilt or kept: extracted skills are there.
    let stored = clients.get_posting("r2-p0").await.expect("last round");
    let skills: Vec<&str> = stored.effective_requirements.iter().map(|r| r.skill.as_str()).collect();
    assert_eq!(skills, ["python", "kubernetes", "docker"]);
    let stored = clients.get_profile("r2-person").await.expect("last profile");
    assert_eq!(written_profile(stored.clone()), round_profile(2));
    assert!(stored.effective_skills.iter().any(|s| s.skill == "kubernetes"), "{stored:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_deletes_survive_kill_9() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    clients.store_postings(round_postings(0)).await;
    clients.store_profiles(vec![round_profile(0), round_profile(1)]).await;
    assert!(server.terminate().success());

    let server = dir.start();
    let mut clients = server.clients().await;
    let request = pb::DeleteJobPostingRequest { id: "r0-p0".into() };
    assert!(clients.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);
    let request = pb::DeleteProfileRequest { id: "r0-person".into() };
    assert!(clients.profiles.delete_profile(request).await.expect("delete").into_inner().deleted);
    // Deleted and written again: the last acknowledged write wins.
    let request = pb::DeleteJobPostingRequest { id: "r0-p2".into() };
    assert!(clients.postings.delete_job_posting(request).await.expect("delete").into_inner().deleted);
    let mut reborn = round_postings(0)[2].clone();
    reborn.title = "Uudelleen julkaistu".into();
    clients.store_postings(vec![reborn.clone()]).await;
    server.kill9();

    let server = dir.start();
    let mut clients = server.clients().await;
    expect_status(clients.get_posting("r0-p0").await, Code::NotFound, &["r0-p0"]);
    expect_status(clients.get_profile("r0-person").await, Code::NotFound, &["r0-person"]);
    let postings: Vec<pb::JobPosting> =
        clients.all_postings(0).await.into_iter().map(written_posting).collect();
    assert_eq!(postings, [round_postings(0)[1].clone(), reborn]);
    let profiles: Vec<pb::JobseekerProfile> =
        clients.all_profiles(0, "").await.into_iter().map(written_profile).collect();
    assert_eq!(profiles, [round_profile(1)]);
    // A deleted profile is gone from matching too.
    let request = pb::MatchProfilesRequest {
        subject: Some(pb::match_profiles_request::Subject::JobPostingId("r0-p1".into())),
        ..Default::default()
    };
    let response = clients.matching.match_profiles(request).await.expect("match").into_inner();
    let ids: Vec<&str> = response.matches.iter().map(|m| m.profile_id.as_str()).collect();
    assert_eq!(ids, ["r1-person"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_server_on_the_same_data_directory_is_refused() {
    let dir = TestDir::new();
    let first = dir.start();
    let mut clients = first.clients().await;
    clients.store_postings(round_postings(0)).await;
    let before = clients.snapshot().await;

    let log = dir.log_path();
    let mut second = dir.serve_command(&[], &log).spawn().expect("second server starts");
    let status = wait_with_timeout(&mut second, EXIT_TIMEOUT);
    let Some(status) = status else {
        let _ = second.kill();
        let _ = second.wait();
        panic!("the second server kept running on a data directory in use");
    };
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut second.stdout.take().expect("stdout"), &mut stdout).expect("stdout");
    let stderr = std::fs::read_to_string(&log).expect("log");
    assert!(!status.success(), "refused server exits non-zero; stderr:\n{stderr}");
    assert!(!stdout.contains("listening"), "it never listened: {stdout:?}");
    let message = stderr.to_lowercase();
    assert!(message.contains("in use") && message.contains("lock"), "clear message: {stderr}");
    assert!(stderr.contains(&dir.data_dir().display().to_string()), "names the directory: {stderr}");

    // The first one is unaffected.
    assert_eq!(clients.snapshot().await, before);
    clients.store_profiles(vec![round_profile(0)]).await;
    assert!(first.terminate().success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_acknowledged_writes_survive_kill_9() {
    const WRITERS: usize = 8;
    const BATCHES: usize = 15;
    let dir = TestDir::new();
    let server = dir.start();
    let clients = server.clients().await;

    // Concurrent writers share group commits; each checks that it reads its own writes.
    let writers: Vec<_> = (0..WRITERS)
        .map(|writer| {
            let mut clients = clients.clone();
            tokio::spawn(async move {
                let mut written = Vec::new();
                for batch in 0..BATCHES {
                    let postings: Vec<pb::JobPosting> = (0..4)
                        .map(|i| {
                            let mut p = posting(&format!("w{writer}-b{batch:02}-{i}"));
                            p.posted_at = Some(ts(1_780_300_800 + (writer * 100 + batch) as i64, i));
                            p
                        })
                        .collect();
                    clients.store_postings(postings.clone()).await;
                    let first = clients.get_posting(&postings[0].id).await.expect("read after write");
                    assert_eq!(written_posting(first), postings[0]);
                    if batch % 5 == 4 {
                        // Delete one of the previous batch.
                        let id = format!("w{writer}-b{:02}-3", batch - 1);
                        let request = pb::DeleteJobPostingRequest { id: id.clone() };
                        let deleted = clients.postings.delete_job_posting(request).await.expect("delete");
                        assert!(deleted.into_inner().deleted);
                        written.retain(|p: &pb::JobPosting| p.id != id);
                    }
                    written.extend(postings);
                }
                written
            })
        })
        .collect();
    let mut expected = Vec::new();
    for writer in writers {
        expected.extend(writer.await.expect("writer"));
    }
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    server.kill9();

    let server = dir.start();
    let mut clients = server.clients().await;
    let stored: Vec<pb::JobPosting> =
        clients.all_postings(250).await.into_iter().map(written_posting).collect();
    assert_eq!(stored.len(), WRITERS * BATCHES * 4 - WRITERS * (BATCHES / 5));
    assert_eq!(stored, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_an_unacknowledged_write_keeps_the_acknowledged_ones() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    clients.store_postings(round_postings(0)).await;
    clients.store_profiles(vec![round_profile(0)]).await;
    let acknowledged = clients.snapshot().await;

    // A large batch in flight when the process dies: it may or may not be stored, but the store
    // must open again with every acknowledged record intact.
    let bulk: Vec<pb::JobPosting> = (0..3000)
        .map(|i| {
            let mut p = posting(&format!("inflight-{i:04}"));
            p.description = "Kokemus Kubernetesista, Dockerista ja PostgreSQL:stä.".into();
            p
        })
        .collect();
    let mut writer = clients.clone();
    let in_flight = tokio::spawn(async move {
        writer.postings.upsert_job_postings(pb::UpsertJobPostingsRequest { job_postings: bulk }).await
    });
    tokio::task::yield_now().await;
    server.kill9();
    let outcome = in_flight.await.expect("request task");

    let server = dir.start();
    let mut clients = server.clients().await;
    let after = clients.snapshot().await;
    let inflight = after.postings.iter().filter(|p| p.id.starts_with("inflight-")).count();
    let kept: Vec<pb::JobPosting> =
        after.postings.iter().filter(|p| !p.id.starts_with("inflight-")).cloned().collect();
    assert_eq!(kept, acknowledged.postings);
    assert_eq!(after.profiles, acknowledged.profiles);
    if outcome.is_ok() {
        assert_eq!(inflight, 3000, "an acknowledged batch is stored whole");
    }
    // The restarted store takes writes.
    clients.store_postings(round_postings(1)).await;
}

/// DESIGN.md section 8: "DeleteProfile erases it from the index for good". tantivy deletes are
/// tombstones, so the server rewrites the segment after the delete (README "Durability and
/// privacy"): within the documented bound the profile's text and id are in no file of the data
/// directory, while the server runs and after it stops. Profiles are stored uncompressed, and the
/// scan first finds the live profile, so a miss is not an artefact of compression.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_profile_leaves_no_trace_in_the_data_directory() {
    const MARKER: &str = "PERSONAL-DATA-MARKER-7Q2X";
    const ID: &str = "erase-me-7Q2X";
    const BOUND: std::time::Duration = std::time::Duration::from_secs(10);
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    let mut secret = profile(ID);
    secret.summary = format!("Henkilötietoja: {MARKER}. Python.");
    // Stored in one batch, so that they share a segment and the delete is a tombstone.
    let others: Vec<pb::JobseekerProfile> = (0..200).map(|i| profile(&format!("keep-me-{i:03}"))).collect();
    clients.store_profiles([vec![secret], others.clone()].concat()).await;
    let traces = |needles: &[&str]| {
        let mut found = Vec::new();
        let mut pending = vec![dir.data_dir()];
        while let Some(path) = pending.pop() {
            for entry in std::fs::read_dir(&path).expect("read dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    pending.push(path);
                    continue;
                }
                // The audit log records profile access by id, by design (DESIGN.md section 8).
                if path.file_name().is_some_and(|name| name == "audit.log") {
                    continue;
                }
                // A file may vanish between listing and reading (garbage collection).
                let Ok(bytes) = std::fs::read(&path) else { continue };
                for needle in needles {
                    if bytes.windows(needle.len()).any(|window| window == needle.as_bytes()) {
                        found.push(format!("{needle} in {}", path.display()));
                    }
                }
            }
        }
        found
    };
    assert!(!traces(&[MARKER]).is_empty(), "the scan finds the stored profile's text");

    let request = pb::DeleteProfileRequest { id: ID.into() };
    assert!(clients.profiles.delete_profile(request).await.expect("delete").into_inner().deleted);
    let acknowledged = Instant::now();
    loop {
        let found = traces(&[MARKER, ID]);
        if found.is_empty() {
            break;
        }
        assert!(acknowledged.elapsed() < BOUND, "still on disk {BOUND:?} after the delete: {found:?}");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    eprintln!(
        "the deleted profile left the data directory {:?} after the acknowledgement",
        acknowledged.elapsed()
    );
    let stored: Vec<pb::JobseekerProfile> =
        clients.all_profiles(0, "").await.into_iter().map(written_profile).collect();
    assert_eq!(stored, others, "the others are intact");
    drop(clients);
    assert!(server.terminate().success());
    let found = traces(&[MARKER, ID]);
    assert!(found.is_empty(), "the deleted profile is on disk after shutdown: {found:?}");
}
