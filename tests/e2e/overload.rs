//! Overload: a server admitting 2 requests at a time with 2 more queued is flooded by 64
//! concurrent clients. Calls beyond the limits must come back RESOURCE_EXHAUSTED naming the
//! limit, nothing else may fail, every answered call must equal the answer of a quiet server,
//! health must stay answerable during the flood, and afterwards the server answers normally
//! with its memory bounded.

use crate::harness::TestDir;
use kohtaanto_proto::v1 as pb;
use prost_types::Timestamp;
use std::collections::BTreeMap;
use std::time::Duration;
use tonic::Code;
use tonic::transport::Channel;
use tonic_health::pb::health_check_response::ServingStatus;

/// Concurrent clients of the flood.
const CLIENTS: usize = 64;
/// Requests each client sends, one at a time.
const ROUNDS: usize = 6;
/// Clients per HTTP/2 connection.
const CLIENTS_PER_CONNECTION: usize = 8;

/// A request of the flood and the answer of the quiet server.
#[derive(Clone)]
enum Call {
    Match(Box<(pb::MatchJobPostingsRequest, pb::MatchJobPostingsResponse)>),
    Market(Box<(pb::MarketGapsRequest, pb::MarketGapsResponse)>),
}

impl Call {
    /// Send it; Ok(true) when the answer equals the quiet one.
    async fn send(&self, channel: &Channel) -> Result<bool, tonic::Status> {
        match self {
            Call::Match(call) => {
                let (request, expected) = &**call;
                let mut client = pb::matching_client::MatchingClient::new(channel.clone());
                let answer = client.match_job_postings(request.clone()).await?.into_inner();
                Ok(answer == *expected)
            }
            Call::Market(call) => {
                let (request, expected) = &**call;
                let mut client = pb::skill_gaps_client::SkillGapsClient::new(channel.clone());
                let answer = client.market_gaps(request.clone()).await?.into_inner();
                Ok(answer == *expected)
            }
        }
    }
}

fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    line["VmRSS:".len()..].split_whitespace().next()?.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn overload_sheds_with_resource_exhausted_and_recovers() {
    let dir = TestDir::new();
    let server = dir.start_with_env(&[
        ("KOHTAANTO__MAX_CONCURRENT_REQUESTS", "2"),
        ("KOHTAANTO__MAX_QUEUED_REQUESTS", "2"),
        ("KOHTAANTO__QUEUE_TIMEOUT_MS", "30000"),
    ]);
    let mut clients = server.clients().await;

    // Generated data: enough that a match or a market query takes some work.
    let now = chrono::Utc::now().date_naive().and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    let config = kohtaanto_gen::GenConfig { postings: 2_000, profiles: 2_000, seed: 11, now };
    let data = kohtaanto_gen::generate(&config);
    for chunk in data.postings.chunks(500) {
        let postings =
            chunk.iter().map(|p| kohtaanto_server::convert::job_posting_to_proto(p.clone(), &[])).collect();
        clients.store_postings(postings).await;
    }
    for chunk in data.profiles.chunks(500) {
        let profiles =
            chunk.iter().map(|p| kohtaanto_server::convert::profile_to_proto(p.clone(), &[])).collect();
        clients.store_profiles(profiles).await;
    }

    // The quiet answers, one call at a time.
    let channel = server.channel().await;
    let until = Timestamp { seconds: now.timestamp(), nanos: 0 };
    let since = Timestamp { seconds: now.timestamp() - 365 * 86_400, nanos: 0 };
    let mut calls = Vec::new();
    for profile in data.profiles.iter().step_by(100).take(12) {
        let request = pb::MatchJobPostingsRequest {
            subject: Some(pb::match_job_postings_request::Subject::ProfileId(profile.id.clone())),
            page_size: 20,
            ..Default::default()
        };
        let mut matching = pb::matching_client::MatchingClient::new(channel.clone());
        let answer = matching.match_job_postings(request.clone()).await.expect("quiet match").into_inner();
        assert!(!answer.matches.is_empty(), "profile {} has matches", profile.id);
        calls.push(Call::Match(Box::new((request, answer))));
    }
    for region in ["", "Uusimaa", "Pirkanmaa", "Varsinais-Suomi"] {
        let request = pb::MarketGapsRequest {
            scope: Some(pb::GapScope { region: region.into(), ..Default::default() }),
            since: Some(since),
            until: Some(until),
            ..Default::default()
        };
        let mut gaps = pb::skill_gaps_client::SkillGapsClient::new(channel.clone());
        let answer = gaps.market_gaps(request.clone()).await.expect("quiet market gaps").into_inner();
        assert!(answer.posting_count > 0, "region {region:?} has postings");
        calls.push(Call::Market(Box::new((request, answer))));
    }
    let pid = server.pid();
    let rss_before = rss_kib(pid).expect("VmRSS of the server");

    // The flood: 64 clients, 6 calls each, no pause, over 8 connections.
    let mut channels = Vec::new();
    for _ in 0..CLIENTS.div_ceil(CLIENTS_PER_CONNECTION) {
        channels.push(server.channel().await);
    }
    let health_channel = server.channel().await;
    let health = tokio::spawn(async move {
        let mut health = tonic_health::pb::health_client::HealthClient::new(health_channel);
        let mut serving = 0;
        for _ in 0..10 {
            let answer = health.check(tonic_health::pb::HealthCheckRequest::default()).await;
            if answer.is_ok_and(|a| a.into_inner().status == ServingStatus::Serving as i32) {
                serving += 1;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        serving
    });
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let channel = channels[client / CLIENTS_PER_CONNECTION].clone();
            let calls = calls.clone();
            tokio::spawn(async move {
                let mut outcomes = Vec::new();
                for round in 0..ROUNDS {
                    let call = &calls[(client * ROUNDS + round) % calls.len()];
                    outcomes.push(call.send(&channel).await);
                }
                outcomes
            })
        })
        .collect();
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    let mut wrong = 0;
    for task in tasks {
        for outcome in task.await.expect("client task") {
            match outcome {
                Ok(equal) => {
                    *codes.entry("Ok".into()).or_default() += 1;
                    if !equal {
                        wrong += 1;
                    }
                }
                Err(status) => {
                    if status.code() == Code::ResourceExhausted {
                        assert!(
                            status.message().contains("max_concurrent_requests")
                                && status.message().contains("retry later"),
                            "the shed status names the limit: {status:?}"
                        );
                    }
                    *codes.entry(format!("{:?}: {}", status.code(), status.message())).or_default() += 1;
                }
            }
        }
    }
    let serving = health.await.expect("health task");
    let shed: usize = codes.iter().filter(|(c, _)| c.starts_with("ResourceExhausted")).map(|(_, n)| n).sum();
    let ok = codes.get("Ok").copied().unwrap_or(0);
    assert_eq!(ok + shed, CLIENTS * ROUNDS, "only OK and RESOURCE_EXHAUSTED: {codes:#?}");
    assert!(shed > 0, "64 clients against 2 slots and a queue of 2 must be shed: {codes:#?}");
    assert!(ok > 0, "some calls are served during the flood: {codes:#?}");
    assert_eq!(wrong, 0, "every served call equals the quiet answer");
    assert_eq!(serving, 10, "health stays SERVING during the flood");

    // Afterwards: every call answered normally, equal to the quiet answers; memory bounded.
    for call in &calls {
        assert!(call.send(&channel).await.expect("call after the flood"), "same answer after the flood");
    }
    let rss_after = rss_kib(pid).expect("VmRSS of the server");
    assert!(
        rss_after < rss_before + 256 * 1024 && rss_after < 1024 * 1024,
        "server RSS {rss_before} KiB before the flood, {rss_after} KiB after"
    );
    assert!(server.logs().contains("overloaded: shedding requests"), "the server warns when it sheds");
    let status = server.terminate();
    assert!(status.success(), "graceful stop after the flood: {status:?}");
}
