//! Access control, TLS and the audit log (DESIGN.md section 8) against the real binary.
//!
//! - [`every_rpc_answers_each_role_as_the_policy_says`]: for every RPC and each caller (no
//!   token, a wrong token, portal, coach, planner, admin) the expected status code.
//! - Coach scoping: another coach's profile reads as NOT_FOUND, listings and MatchProfiles show
//!   only the coach's own jobseekers, upserts and deletes cannot touch another coach's profiles.
//! - Health and reflection stay open with authentication on.
//! - The audit log names principal, role, RPC and profile ids, and no profile contents.
//! - TLS: a client trusting the server's self-signed certificate works, plain text fails.
//! - Without tokens, a non-loopback listen address is refused at start.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use std::path::Path;
use std::process::Stdio;
use tonic::metadata::MetadataValue;
use tonic::{Code, Request};

const PORTAL: &str = "portal-token-e2e-000001";
const COACH_1: &str = "coach1-token-e2e-000001";
const COACH_2: &str = "coach2-token-e2e-000001";
/// Configured as its SHA-256 digest only.
const PLANNER: &str = "planner-token-e2e-000001";
const PLANNER_SHA256: &str = "1465d6cd218e481cd2af6deb92a2a8eabd507c91f375aa146e3645b7d0aeb4de";
const ADMIN: &str = "admin-token-e2e-0000001";

/// The `[auth]` section used by these tests.
fn auth_section() -> String {
    format!(
        r#"
[auth]
tokens = [
  {{ token = "{PORTAL}", principal = "jobs-portal", role = "portal" }},
  {{ token = "{COACH_1}", principal = "coach-1", role = "coach" }},
  {{ token = "{COACH_2}", principal = "coach-2", role = "coach" }},
  {{ token_sha256 = "{PLANNER_SHA256}", principal = "planning-unit", role = "planner" }},
  {{ token = "{ADMIN}", principal = "operator", role = "admin" }},
]
"#
    )
}

/// Starts a server with `config` as its configuration file.
fn start_with_config(dir: &TestDir, config: &str) -> ServerProcess {
    let path = dir.root().join("kohtaanto-test.toml");
    std::fs::write(&path, config).expect("config file");
    let path = path.to_str().expect("utf-8 path").to_string();
    dir.start_with_args(&["--config", path.as_str()], &[])
}

/// `message` with `authorization: Bearer <token>` when a token is given.
fn authed<T>(message: T, token: Option<&str>) -> Request<T> {
    let mut request = Request::new(message);
    if let Some(token) = token {
        let value: MetadataValue<_> = format!("Bearer {token}").parse().expect("metadata value");
        request.metadata_mut().insert("authorization", value);
    }
    request
}

fn code_of<T>(result: Result<tonic::Response<T>, tonic::Status>) -> Code {
    match result {
        Ok(_) => Code::Ok,
        Err(status) => status.code(),
    }
}

/// Stores postings `j-1`, and profiles `p-c1` (coach-1), `p-c1b` (coach-1), `p-c2` (coach-2),
/// all matching `j-1`.
async fn seed(clients: &mut Clients) {
    let request = authed(pb::UpsertJobPostingsRequest { job_postings: vec![posting("j-1")] }, Some(PORTAL));
    let response = clients.postings.upsert_job_postings(request).await.expect("seed postings").into_inner();
    assert_eq!(response.upserted_count, 1);
    let profiles = vec![
        pb::JobseekerProfile { coach_id: "coach-1".into(), ..profile("p-c1") },
        pb::JobseekerProfile { coach_id: "coach-1".into(), ..profile("p-c1b") },
        pb::JobseekerProfile { coach_id: "coach-2".into(), ..profile("p-c2") },
    ];
    let response = clients
        .profiles
        .upsert_profiles(authed(pb::UpsertProfilesRequest { profiles }, Some(PORTAL)))
        .await
        .expect("seed profiles")
        .into_inner();
    assert_eq!(response.upserted_count, 3, "{:?}", response.results);
}

/// Every RPC of the API, each called with harmless arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rpc {
    UpsertJobPostings,
    GetJobPosting,
    DeleteJobPosting,
    ListJobPostings,
    UpsertProfiles,
    GetProfile,
    DeleteProfile,
    ListProfiles,
    MatchJobPostings,
    MatchProfiles,
    ExplainMatch,
    ExtractSkills,
    SuggestSkills,
    GetSkill,
}

async fn call(clients: &mut Clients, rpc: Rpc, token: Option<&str>) -> Code {
    match rpc {
        Rpc::UpsertJobPostings => code_of(
            clients
                .postings
                .upsert_job_postings(authed(
                    pb::UpsertJobPostingsRequest { job_postings: vec![posting("j-extra")] },
                    token,
                ))
                .await,
        ),
        Rpc::GetJobPosting => code_of(
            clients.postings.get_job_posting(authed(pb::GetJobPostingRequest { id: "j-1".into() }, token)).await,
        ),
        Rpc::DeleteJobPosting => code_of(
            clients
                .postings
                .delete_job_posting(authed(pb::DeleteJobPostingRequest { id: "j-missing".into() }, token))
                .await,
        ),
        Rpc::ListJobPostings => code_of(
            clients.postings.list_job_postings(authed(pb::ListJobPostingsRequest::default(), token)).await,
        ),
        Rpc::UpsertProfiles => code_of(
            clients
                .profiles
                .upsert_profiles(authed(
                    pb::UpsertProfilesRequest {
                        profiles: vec![pb::JobseekerProfile { coach_id: "coach-1".into(), ..profile("p-new") }],
                    },
                    token,
                ))
                .await,
        ),
        Rpc::GetProfile => {
            code_of(clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c1".into() }, token)).await)
        }
        Rpc::DeleteProfile => code_of(
            clients
                .profiles
                .delete_profile(authed(pb::DeleteProfileRequest { id: "p-missing".into() }, token))
                .await,
        ),
        Rpc::ListProfiles => {
            code_of(clients.profiles.list_profiles(authed(pb::ListProfilesRequest::default(), token)).await)
        }
        Rpc::MatchJobPostings => code_of(
            clients
                .matching
                .match_job_postings(authed(
                    pb::MatchJobPostingsRequest {
                        subject: Some(pb::match_job_postings_request::Subject::ProfileId("p-c1".into())),
                        ..Default::default()
                    },
                    token,
                ))
                .await,
        ),
        Rpc::MatchProfiles => code_of(clients.matching.match_profiles(authed(match_j1(""), token)).await),
        Rpc::ExplainMatch => code_of(clients.matching.explain_match(authed(explain("p-c1"), token)).await),
        Rpc::ExtractSkills => code_of(
            clients
                .skills
                .extract_skills(authed(
                    pb::ExtractSkillsRequest { text: "Python ja Kubernetes".into(), ..Default::default() },
                    token,
                ))
                .await,
        ),
        Rpc::SuggestSkills => code_of(
            clients
                .skills
                .suggest_skills(authed(
                    pb::SuggestSkillsRequest { query: "pyth".into(), ..Default::default() },
                    token,
                ))
                .await,
        ),
        Rpc::GetSkill => {
            code_of(clients.skills.get_skill(authed(pb::GetSkillRequest { id: "python".into() }, token)).await)
        }
    }
}

fn match_j1(coach_id: &str) -> pb::MatchProfilesRequest {
    pb::MatchProfilesRequest {
        subject: Some(pb::match_profiles_request::Subject::JobPostingId("j-1".into())),
        filters: Some(pb::MatchFilters { coach_id: coach_id.into(), ..Default::default() }),
        ..Default::default()
    }
}

fn explain(profile_id: &str) -> pb::ExplainMatchRequest {
    pb::ExplainMatchRequest {
        profile_subject: Some(pb::explain_match_request::ProfileSubject::ProfileId(profile_id.into())),
        posting_subject: Some(pb::explain_match_request::PostingSubject::JobPostingId("j-1".into())),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_rpc_answers_each_role_as_the_policy_says() {
    use Code::{Ok as OK, PermissionDenied as DENIED};
    let dir = TestDir::new();
    let server = start_with_config(&dir, &auth_section());
    let mut clients = server.clients().await;
    seed(&mut clients).await;

    // (rpc, coach, planner); no token and a wrong token are UNAUTHENTICATED, portal and admin OK.
    let table = [
        (Rpc::UpsertJobPostings, DENIED, DENIED),
        (Rpc::GetJobPosting, OK, OK),
        (Rpc::DeleteJobPosting, DENIED, DENIED),
        (Rpc::ListJobPostings, OK, OK),
        (Rpc::UpsertProfiles, OK, DENIED),
        (Rpc::GetProfile, OK, DENIED),
        (Rpc::DeleteProfile, OK, DENIED),
        (Rpc::ListProfiles, OK, DENIED),
        (Rpc::MatchJobPostings, OK, DENIED),
        (Rpc::MatchProfiles, OK, DENIED),
        (Rpc::ExplainMatch, OK, DENIED),
        (Rpc::ExtractSkills, OK, OK),
        (Rpc::SuggestSkills, OK, OK),
        (Rpc::GetSkill, OK, OK),
    ];
    let mut failures = Vec::new();
    for (rpc, coach, planner) in table {
        for (who, token, expected) in [
            ("no token", None, Code::Unauthenticated),
            ("wrong token", Some("not-a-configured-token-000"), Code::Unauthenticated),
            ("portal", Some(PORTAL), OK),
            ("coach", Some(COACH_1), coach),
            ("planner", Some(PLANNER), planner),
            ("admin", Some(ADMIN), OK),
        ] {
            let got = call(&mut clients, rpc, token).await;
            if got != expected {
                failures.push(format!("{rpc:?} as {who}: expected {expected:?}, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // The denial names the role and the RPC.
    let status = clients
        .matching
        .match_profiles(authed(match_j1(""), Some(PLANNER)))
        .await
        .expect_err("planner may not match people");
    assert!(status.message().contains("planner"), "{}", status.message());
    assert!(status.message().contains("kohtaanto.v1.Matching/MatchProfiles"), "{}", status.message());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coach_sees_and_matches_only_their_own_jobseekers() {
    let dir = TestDir::new();
    let server = start_with_config(&dir, &auth_section());
    let mut clients = server.clients().await;
    seed(&mut clients).await;

    // Reads: another coach's profile is NOT_FOUND, with the message of a missing id.
    let other = clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c2".into() }, Some(COACH_1))).await;
    let other = expect_status(other, Code::NotFound, &["p-c2"]);
    let missing =
        clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-nobody".into() }, Some(COACH_1))).await;
    let missing = expect_status(missing, Code::NotFound, &["p-nobody"]);
    assert_eq!(other.message().replace("p-c2", "ID"), missing.message().replace("p-nobody", "ID"));

    // ListProfiles: only their own, whatever they ask; another coach's list is denied.
    let list = clients
        .profiles
        .list_profiles(authed(pb::ListProfilesRequest::default(), Some(COACH_1)))
        .await
        .expect("own list")
        .into_inner();
    let ids: Vec<&str> = list.profiles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p-c1", "p-c1b"]);
    assert_eq!(list.total_size, 2);
    let denied = clients
        .profiles
        .list_profiles(authed(pb::ListProfilesRequest { coach_id: "coach-2".into(), ..Default::default() }, Some(COACH_1)))
        .await;
    expect_status(denied, Code::PermissionDenied, &["coach_id"]);

    // MatchProfiles: the portal sees everyone, the coach only their own.
    let everyone = clients.matching.match_profiles(authed(match_j1(""), Some(PORTAL))).await.expect("portal");
    let mut everyone: Vec<String> = everyone.into_inner().matches.into_iter().map(|m| m.profile_id).collect();
    everyone.sort();
    assert_eq!(everyone, ["p-c1", "p-c1b", "p-c2"]);
    for token in [COACH_1, COACH_2] {
        let own = clients.matching.match_profiles(authed(match_j1(""), Some(token))).await.expect("coach");
        let own = own.into_inner();
        let expected_coach = if token == COACH_1 { "coach-1" } else { "coach-2" };
        assert!(!own.matches.is_empty());
        assert!(own.matches.iter().all(|m| m.coach_id == expected_coach), "{:?}", own.matches);
        assert_eq!(own.total_size as usize, own.matches.len());
    }
    let denied = clients.matching.match_profiles(authed(match_j1("coach-2"), Some(COACH_1))).await;
    expect_status(denied, Code::PermissionDenied, &["filters.coach_id"]);

    // MatchJobPostings and ExplainMatch by id: another coach's profile is NOT_FOUND; an inline
    // profile is fine.
    let by_id = |id: &str| pb::MatchJobPostingsRequest {
        subject: Some(pb::match_job_postings_request::Subject::ProfileId(id.into())),
        ..Default::default()
    };
    let response = clients.matching.match_job_postings(authed(by_id("p-c1"), Some(COACH_1))).await.expect("own");
    assert_eq!(response.into_inner().matches.len(), 1);
    expect_status(clients.matching.match_job_postings(authed(by_id("p-c2"), Some(COACH_1))).await, Code::NotFound, &["p-c2"]);
    let inline = pb::MatchJobPostingsRequest {
        subject: Some(pb::match_job_postings_request::Subject::Profile(profile("p-inline"))),
        ..Default::default()
    };
    clients.matching.match_job_postings(authed(inline, Some(COACH_2))).await.expect("inline profile");
    expect_status(clients.matching.explain_match(authed(explain("p-c2"), Some(COACH_1))).await, Code::NotFound, &["p-c2"]);
    clients.matching.explain_match(authed(explain("p-c2"), Some(COACH_2))).await.expect("own profile");

    // Writes: only with their own coach id, never over another coach's profile.
    let upsert = |profile: pb::JobseekerProfile| pb::UpsertProfilesRequest { profiles: vec![profile] };
    let foreign = pb::JobseekerProfile { coach_id: "coach-2".into(), ..profile("p-c1-new") };
    let denied = clients.profiles.upsert_profiles(authed(upsert(foreign), Some(COACH_1))).await;
    expect_status(denied, Code::PermissionDenied, &["profiles[0].coach_id"]);
    let takeover = pb::JobseekerProfile { coach_id: "coach-1".into(), ..profile("p-c2") };
    let denied = clients.profiles.upsert_profiles(authed(upsert(takeover), Some(COACH_1))).await;
    expect_status(denied, Code::PermissionDenied, &["profiles[0].id"]);
    let own = pb::JobseekerProfile { coach_id: "coach-1".into(), summary: "päivitetty".into(), ..profile("p-c1") };
    let response = clients.profiles.upsert_profiles(authed(upsert(own), Some(COACH_1))).await.expect("own");
    assert_eq!(response.into_inner().upserted_count, 1);

    // Delete: another coach's profile answers as a missing one and stays.
    let delete = |id: &str| pb::DeleteProfileRequest { id: id.into() };
    let response = clients.profiles.delete_profile(authed(delete("p-c2"), Some(COACH_1))).await.expect("answered");
    assert!(!response.into_inner().deleted);
    let still = clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c2".into() }, Some(PORTAL))).await;
    assert_eq!(still.expect("still stored").into_inner().coach_id, "coach-2");
    let response = clients.profiles.delete_profile(authed(delete("p-c1b"), Some(COACH_1))).await.expect("own");
    assert!(response.into_inner().deleted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_reflection_stay_open_and_the_audit_log_names_who_read_what() {
    use tonic_health::pb::HealthCheckRequest;
    use tonic_health::pb::health_client::HealthClient;

    let dir = TestDir::new();
    let server = start_with_config(&dir, &auth_section());
    let channel = server.channel().await;
    let mut health = HealthClient::new(channel.clone());
    health.check(HealthCheckRequest { service: String::new() }).await.expect("health without a token");
    let mut clients = Clients::new(channel);
    seed(&mut clients).await;

    clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c1".into() }, Some(COACH_1))).await.expect("own");
    clients.matching.match_profiles(authed(match_j1(""), Some(COACH_1))).await.expect("coach match");
    clients.matching.match_profiles(authed(match_j1(""), Some(ADMIN))).await.expect("admin match");
    let _ = clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c2".into() }, Some(COACH_1))).await;
    // Not profile data: no audit line.
    clients.skills.get_skill(authed(pb::GetSkillRequest { id: "python".into() }, Some(PLANNER))).await.expect("skill");

    let text = std::fs::read_to_string(dir.data_dir().join("audit.log")).expect("audit log");
    let lines: Vec<serde_json::Value> =
        text.lines().map(|line| serde_json::from_str(line).expect("one JSON object per line")).collect();
    let summary: Vec<(String, String, String, Vec<String>)> = lines
        .iter()
        .map(|line| {
            let field = |name: &str| line[name].as_str().expect(name).to_string();
            let mut ids: Vec<String> = line["profile_ids"]
                .as_array()
                .expect("profile_ids")
                .iter()
                .map(|id| id.as_str().expect("id").to_string())
                .collect();
            ids.sort();
            assert!(line["ts"].as_str().is_some_and(|ts| ts.ends_with('Z')), "{line}");
            (field("principal"), field("role"), field("rpc"), ids)
        })
        .collect();
    let entry = |principal: &str, role: &str, rpc: &str, ids: &[&str]| {
        (principal.to_string(), role.to_string(), rpc.to_string(), ids.iter().map(|id| id.to_string()).collect())
    };
    assert_eq!(
        summary,
        vec![
            entry("jobs-portal", "portal", "UpsertProfiles", &["p-c1", "p-c1b", "p-c2"]),
            entry("coach-1", "coach", "GetProfile", &["p-c1"]),
            entry("coach-1", "coach", "MatchProfiles", &["p-c1", "p-c1b"]),
            entry("operator", "admin", "MatchProfiles", &["p-c1", "p-c1b", "p-c2"]),
        ],
        "audit log:\n{text}"
    );
    // Ids only: no profile contents, no tokens.
    for secret in ["python", "Uusimaa", "ohjelmistokehittäjä", PORTAL, COACH_1] {
        assert!(!text.contains(secret), "the audit log must not contain {secret:?}:\n{text}");
    }
}

/// A self-signed certificate for `localhost` and 127.0.0.1: (certificate PEM, key PEM).
fn self_signed() -> (String, String) {
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .expect("self-signed certificate");
    (certified.cert.pem(), certified.signing_key.serialize_pem())
}

fn write(path: &Path, text: &str) -> String {
    std::fs::write(path, text).expect("write");
    path.to_str().expect("utf-8 path").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_connections_work_and_plain_text_fails() {
    use tonic::transport::{Certificate, ClientTlsConfig, Endpoint};
    let dir = TestDir::new();
    let (cert, key) = self_signed();
    let cert_path = write(&dir.root().join("server.pem"), &cert);
    let key_path = write(&dir.root().join("server.key"), &key);
    let config = format!("{}\n[tls]\ncert_path = \"{cert_path}\"\nkey_path = \"{key_path}\"\n", auth_section());
    let server = start_with_config(&dir, &config);

    let tls = ClientTlsConfig::new().ca_certificate(Certificate::from_pem(&cert)).domain_name("localhost");
    let channel = Endpoint::from_shared(format!("https://localhost:{}", server.addr.port()))
        .expect("endpoint")
        .tls_config(tls)
        .expect("client TLS")
        .connect()
        .await
        .unwrap_or_else(|error| panic!("TLS connection: {error:?}; log:\n{}", server.logs()));
    let mut clients = Clients::new(channel);
    let skill = clients
        .skills
        .get_skill(authed(pb::GetSkillRequest { id: "python".into() }, Some(PLANNER)))
        .await
        .expect("a call over TLS");
    assert_eq!(skill.into_inner().id, "python");
    let status = clients.skills.get_skill(authed(pb::GetSkillRequest { id: "python".into() }, None)).await;
    expect_status(status, Code::Unauthenticated, &["bearer token"]);

    // Plain text to the TLS port: the connection or the call fails, never a response.
    let plain = async {
        let channel = Endpoint::from_shared(format!("http://{}", server.addr))
            .expect("endpoint")
            .connect_timeout(std::time::Duration::from_secs(5))
            .timeout(std::time::Duration::from_secs(5))
            .connect()
            .await
            .map_err(|error| error.to_string())?;
        let mut skills = pb::skills_client::SkillsClient::new(channel);
        skills
            .get_skill(authed(pb::GetSkillRequest { id: "python".into() }, Some(PLANNER)))
            .await
            .map_err(|status| status.to_string())
    };
    assert!(plain.await.is_err(), "a plain-text call to the TLS port must fail");
}

#[test]
fn a_non_loopback_address_without_tokens_is_refused_at_start() {
    let dir = TestDir::new();
    let log = dir.log_path();
    let mut command = std::process::Command::new(binary());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("KOHTAANTO__") {
            command.env_remove(key);
        }
    }
    let mut child = command
        .args(["serve", "--listen", "0.0.0.0:0", "--data-dir"])
        .arg(dir.data_dir())
        .current_dir(dir.root())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("kohtaanto serve runs");
    let status = wait_with_timeout(&mut child, EXIT_TIMEOUT).unwrap_or_else(|| {
        let _ = child.kill();
        panic!("the server did not refuse to start");
    });
    let stderr = std::fs::read_to_string(&log).expect("log");
    assert!(!status.success(), "{stderr}");
    assert!(stderr.contains("0.0.0.0:0 is not a loopback address"), "{stderr}");
    assert!(stderr.contains("allow_unauthenticated_remote"), "{stderr}");
    assert!(!dir.data_dir().exists(), "nothing was opened");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_tokens_the_server_warns_and_everyone_is_anonymous() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    clients.store_profiles(vec![profile("p-1")]).await;
    clients.get_profile("p-1").await.expect("no token needed on loopback");
    let logs = server.logs();
    assert!(logs.contains("authentication is off"), "{logs}");
    let audit = std::fs::read_to_string(dir.data_dir().join("audit.log")).expect("audit log");
    assert!(audit.lines().all(|line| line.contains("\"principal\":\"anonymous\"")), "{audit}");
    assert_eq!(audit.lines().count(), 2, "{audit}");
}
