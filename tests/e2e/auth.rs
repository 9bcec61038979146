//! Access control, TLS and the audit log (DESIGN.md section 8) against the real binary.
//!
//! - [`every_rpc_answers_each_role_as_the_policy_says`]: for every RPC of every service (checked
//!   against the descriptor set, so that a new RPC cannot be forgotten) and each caller (no
//!   token, a wrong token, portal, coach, planner, admin) the expected status code.
//! - Coach scoping: another coach's profile reads as NOT_FOUND (GetProfile, MatchJobPostings,
//!   ExplainMatch, ProfileGaps), ListProfiles and MatchProfiles show only the coach's own
//!   jobseekers, upserts and deletes cannot touch another coach's profiles.
//! - Planners get k-anonymised aggregates only: counts below k are withheld, no profile id in
//!   any answer.
//! - Health and reflection stay open with authentication on.
//! - The audit log names principal, role, RPC and profile ids, and no profile contents.
//! - TLS: a client trusting the server's self-signed certificate works, plain text fails;
//!   mutual TLS accepts a client certificate signed by the configured CA and refuses a
//!   connection without one or with one from another CA.
//! - The CLI sends `--token` / `KOHTAANTO_TOKEN` as a bearer token, and reaches a TLS server
//!   with `--ca-cert` (and `--client-cert`/`--client-key`).
//! - Without tokens, a non-loopback listen address is refused at start, unless
//!   `--allow-unauthenticated-remote` is given (then the server starts and warns).
//!
//! Run: `cargo test -p kohtaanto --test e2e auth`.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use pb::skill_gaps_client::SkillGapsClient;
use pb::training_programmes_client::TrainingProgrammesClient;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use tonic::metadata::MetadataValue;
use tonic::transport::Channel;
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

/// The clients of every `kohtaanto.v1` service.
struct Api {
    base: Clients,
    programmes: TrainingProgrammesClient<Channel>,
    gaps: SkillGapsClient<Channel>,
}

impl Api {
    fn new(channel: Channel) -> Api {
        Api {
            base: Clients::new(channel.clone()),
            programmes: TrainingProgrammesClient::new(channel.clone()),
            gaps: SkillGapsClient::new(channel),
        }
    }
}

/// A programme teaching Kubernetes, in Uusimaa.
fn programme(id: &str) -> pb::TrainingProgramme {
    pb::TrainingProgramme {
        id: id.into(),
        name: "Pilvipalvelut".into(),
        provider: "Esimerkkiopisto".into(),
        skills: vec![pb::TaughtSkill { skill: "kubernetes".into(), level: 3 }],
        region: "Uusimaa".into(),
        language: "fi".into(),
        duration_weeks: 8,
        start_date: Some(pb::CalendarDate { year: 2027, month: 3, day: 1 }),
        seats: 20,
    }
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

/// Stores postings `j-1`, profiles `p-c1` (coach-1), `p-c1b` (coach-1), `p-c2` (coach-2), all
/// matching `j-1`, and the programme `prog-1`.
async fn seed_all(api: &mut Api) {
    seed(&mut api.base).await;
    let request = authed(pb::UpsertProgrammesRequest { programmes: vec![programme("prog-1")] }, Some(PORTAL));
    let response = api.programmes.upsert_programmes(request).await.expect("seed programmes").into_inner();
    assert_eq!(response.upserted_count, 1, "{:?}", response.results);
}

/// Postings and profiles of [`seed_all`], without the programme.
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
    UpsertProgrammes,
    GetProgramme,
    DeleteProgramme,
    ListProgrammes,
    ProfileGaps,
    MarketGaps,
    ProgrammeImpact,
}

impl Rpc {
    /// The gRPC service of the call.
    fn service(self) -> &'static str {
        use Rpc::*;
        match self {
            UpsertJobPostings | GetJobPosting | DeleteJobPosting | ListJobPostings => {
                "kohtaanto.v1.JobPostings"
            }
            UpsertProfiles | GetProfile | DeleteProfile | ListProfiles => "kohtaanto.v1.JobseekerProfiles",
            MatchJobPostings | MatchProfiles | ExplainMatch => "kohtaanto.v1.Matching",
            ExtractSkills | SuggestSkills | GetSkill => "kohtaanto.v1.Skills",
            UpsertProgrammes | GetProgramme | DeleteProgramme | ListProgrammes => {
                "kohtaanto.v1.TrainingProgrammes"
            }
            ProfileGaps | MarketGaps | ProgrammeImpact => "kohtaanto.v1.SkillGaps",
        }
    }
}

/// Every (service, method) of package `kohtaanto.v1`, from the descriptor set the server
/// serves by reflection.
fn api_methods() -> Vec<(String, String)> {
    use prost::Message;
    let set =
        prost_types::FileDescriptorSet::decode(kohtaanto_proto::FILE_DESCRIPTOR_SET).expect("descriptor set");
    let mut methods = Vec::new();
    for file in set.file.iter().filter(|file| file.package() == "kohtaanto.v1") {
        for service in &file.service {
            for method in &service.method {
                methods.push((format!("kohtaanto.v1.{}", service.name()), method.name().to_string()));
            }
        }
    }
    methods.sort();
    methods
}

async fn call(api: &mut Api, rpc: Rpc, token: Option<&str>) -> Code {
    let clients = &mut api.base;
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
            clients
                .postings
                .get_job_posting(authed(pb::GetJobPostingRequest { id: "j-1".into() }, token))
                .await,
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
                        profiles: vec![pb::JobseekerProfile {
                            coach_id: "coach-1".into(),
                            ..profile("p-new")
                        }],
                    },
                    token,
                ))
                .await,
        ),
        Rpc::GetProfile => code_of(
            clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c1".into() }, token)).await,
        ),
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
        Rpc::GetSkill => code_of(
            clients.skills.get_skill(authed(pb::GetSkillRequest { id: "python".into() }, token)).await,
        ),
        Rpc::UpsertProgrammes => code_of(
            api.programmes
                .upsert_programmes(authed(
                    pb::UpsertProgrammesRequest { programmes: vec![programme("prog-extra")] },
                    token,
                ))
                .await,
        ),
        Rpc::GetProgramme => code_of(
            api.programmes
                .get_programme(authed(pb::GetProgrammeRequest { id: "prog-1".into() }, token))
                .await,
        ),
        Rpc::DeleteProgramme => code_of(
            api.programmes
                .delete_programme(authed(pb::DeleteProgrammeRequest { id: "prog-missing".into() }, token))
                .await,
        ),
        Rpc::ListProgrammes => {
            code_of(api.programmes.list_programmes(authed(pb::ListProgrammesRequest::default(), token)).await)
        }
        Rpc::ProfileGaps => code_of(api.gaps.profile_gaps(authed(profile_gaps("p-c1"), token)).await),
        Rpc::MarketGaps => {
            code_of(api.gaps.market_gaps(authed(pb::MarketGapsRequest::default(), token)).await)
        }
        Rpc::ProgrammeImpact => code_of(api.gaps.programme_impact(authed(impact("prog-1"), token)).await),
    }
}

fn profile_gaps(profile_id: &str) -> pb::ProfileGapsRequest {
    pb::ProfileGapsRequest {
        subject: Some(pb::profile_gaps_request::Subject::ProfileId(profile_id.into())),
        ..Default::default()
    }
}

fn impact(programme_id: &str) -> pb::ProgrammeImpactRequest {
    pb::ProgrammeImpactRequest {
        programmes: vec![pb::ProgrammeRef {
            programme: Some(pb::programme_ref::Programme::ProgrammeId(programme_id.into())),
        }],
        ..Default::default()
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
    let mut api = Api::new(server.channel().await);
    seed_all(&mut api).await;

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
        (Rpc::UpsertProgrammes, DENIED, DENIED),
        (Rpc::GetProgramme, OK, OK),
        (Rpc::DeleteProgramme, DENIED, DENIED),
        (Rpc::ListProgrammes, OK, OK),
        (Rpc::ProfileGaps, OK, DENIED),
        (Rpc::MarketGaps, OK, OK),
        (Rpc::ProgrammeImpact, OK, OK),
    ];
    // The table covers every RPC of the API, each once.
    let mut covered: Vec<(String, String)> =
        table.iter().map(|(rpc, _, _)| (rpc.service().to_string(), format!("{rpc:?}"))).collect();
    covered.sort();
    assert_eq!(covered, api_methods(), "the table must list every RPC of kohtaanto.v1 exactly once");

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
            let got = call(&mut api, rpc, token).await;
            if got != expected {
                failures.push(format!("{rpc:?} as {who}: expected {expected:?}, got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // The denial names the role and the RPC; the refusals name what is missing.
    let status = api
        .base
        .matching
        .match_profiles(authed(match_j1(""), Some(PLANNER)))
        .await
        .expect_err("planner may not match people");
    assert!(status.message().contains("planner"), "{}", status.message());
    assert!(status.message().contains("kohtaanto.v1.Matching/MatchProfiles"), "{}", status.message());
    let status = api.gaps.market_gaps(authed(pb::MarketGapsRequest::default(), None)).await;
    expect_status(status, Code::Unauthenticated, &["bearer token"]);
    let status =
        api.gaps.market_gaps(authed(pb::MarketGapsRequest::default(), Some("x-wrong-token-123456"))).await;
    expect_status(status, Code::Unauthenticated, &["invalid bearer token"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coach_sees_and_matches_only_their_own_jobseekers() {
    let dir = TestDir::new();
    let server = start_with_config(&dir, &auth_section());
    let mut clients = server.clients().await;
    seed(&mut clients).await;

    // Reads: another coach's profile is NOT_FOUND, with the message of a missing id.
    let other = clients
        .profiles
        .get_profile(authed(pb::GetProfileRequest { id: "p-c2".into() }, Some(COACH_1)))
        .await;
    let other = expect_status(other, Code::NotFound, &["p-c2"]);
    let missing = clients
        .profiles
        .get_profile(authed(pb::GetProfileRequest { id: "p-nobody".into() }, Some(COACH_1)))
        .await;
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
        .list_profiles(authed(
            pb::ListProfilesRequest { coach_id: "coach-2".into(), ..Default::default() },
            Some(COACH_1),
        ))
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
    let response =
        clients.matching.match_job_postings(authed(by_id("p-c1"), Some(COACH_1))).await.expect("own");
    assert_eq!(response.into_inner().matches.len(), 1);
    expect_status(
        clients.matching.match_job_postings(authed(by_id("p-c2"), Some(COACH_1))).await,
        Code::NotFound,
        &["p-c2"],
    );
    let inline = pb::MatchJobPostingsRequest {
        subject: Some(pb::match_job_postings_request::Subject::Profile(profile("p-inline"))),
        ..Default::default()
    };
    clients.matching.match_job_postings(authed(inline, Some(COACH_2))).await.expect("inline profile");
    expect_status(
        clients.matching.explain_match(authed(explain("p-c2"), Some(COACH_1))).await,
        Code::NotFound,
        &["p-c2"],
    );
    clients.matching.explain_match(authed(explain("p-c2"), Some(COACH_2))).await.expect("own profile");

    // MatchProfiles with an inline posting: still only the coach's own jobseekers.
    let inline_posting = pb::MatchProfilesRequest {
        subject: Some(pb::match_profiles_request::Subject::JobPosting(posting("j-inline"))),
        ..Default::default()
    };
    let own = clients.matching.match_profiles(authed(inline_posting, Some(COACH_2))).await.expect("inline");
    let ids: Vec<String> = own.into_inner().matches.into_iter().map(|m| m.profile_id).collect();
    assert_eq!(ids, ["p-c2"]);

    // ProfileGaps by id: another coach's profile is NOT_FOUND; their own and an inline one work.
    let mut gaps = SkillGapsClient::new(server.channel().await);
    let other = gaps.profile_gaps(authed(profile_gaps("p-c2"), Some(COACH_1))).await;
    expect_status(other, Code::NotFound, &["p-c2"]);
    gaps.profile_gaps(authed(profile_gaps("p-c1"), Some(COACH_1))).await.expect("own profile");
    let inline = pb::ProfileGapsRequest {
        subject: Some(pb::profile_gaps_request::Subject::Profile(profile("p-inline"))),
        ..Default::default()
    };
    gaps.profile_gaps(authed(inline, Some(COACH_2))).await.expect("inline profile");

    // Writes: only with their own coach id, never over another coach's profile.
    let upsert = |profile: pb::JobseekerProfile| pb::UpsertProfilesRequest { profiles: vec![profile] };
    let foreign = pb::JobseekerProfile { coach_id: "coach-2".into(), ..profile("p-c1-new") };
    let denied = clients.profiles.upsert_profiles(authed(upsert(foreign), Some(COACH_1))).await;
    expect_status(denied, Code::PermissionDenied, &["profiles[0].coach_id"]);
    let takeover = pb::JobseekerProfile { coach_id: "coach-1".into(), ..profile("p-c2") };
    let denied = clients.profiles.upsert_profiles(authed(upsert(takeover), Some(COACH_1))).await;
    expect_status(denied, Code::PermissionDenied, &["profiles[0].id"]);
    let own =
        pb::JobseekerProfile { coach_id: "coach-1".into(), summary: "päivitetty".into(), ..profile("p-c1") };
    let response = clients.profiles.upsert_profiles(authed(upsert(own), Some(COACH_1))).await.expect("own");
    assert_eq!(response.into_inner().upserted_count, 1);

    // Delete: another coach's profile answers as a missing one and stays.
    let delete = |id: &str| pb::DeleteProfileRequest { id: id.into() };
    let response =
        clients.profiles.delete_profile(authed(delete("p-c2"), Some(COACH_1))).await.expect("answered");
    assert!(!response.into_inner().deleted);
    let still =
        clients.profiles.get_profile(authed(pb::GetProfileRequest { id: "p-c2".into() }, Some(PORTAL))).await;
    assert_eq!(still.expect("still stored").into_inner().coach_id, "coach-2");
    let response =
        clients.profiles.delete_profile(authed(delete("p-c1b"), Some(COACH_1))).await.expect("own");
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

    clients
        .profiles
        .get_profile(authed(pb::GetProfileRequest { id: "p-c1".into() }, Some(COACH_1)))
        .await
        .expect("own");
    clients.matching.match_profiles(authed(match_j1(""), Some(COACH_1))).await.expect("coach match");
    clients.matching.match_profiles(authed(match_j1(""), Some(ADMIN))).await.expect("admin match");
    let _ = clients
        .profiles
        .get_profile(authed(pb::GetProfileRequest { id: "p-c2".into() }, Some(COACH_1)))
        .await;
    // Not profile data: no audit line.
    clients
        .skills
        .get_skill(authed(pb::GetSkillRequest { id: "python".into() }, Some(PLANNER)))
        .await
        .expect("skill");

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
        (
            principal.to_string(),
            role.to_string(),
            rpc.to_string(),
            ids.iter().map(|id| id.to_string()).collect(),
        )
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
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
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
    let config =
        format!("{}\n[tls]\ncert_path = \"{cert_path}\"\nkey_path = \"{key_path}\"\n", auth_section());
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_planner_gets_k_anonymised_aggregates_only() {
    let dir = TestDir::new();
    let config = format!("{}\n[gaps]\nk_anonymity = 3\n", auth_section());
    let server = start_with_config(&dir, &config);
    let mut api = Api::new(server.channel().await);
    seed_all(&mut api).await;

    // Three jobseekers in all: published (k = 3).
    let market = |coach_id: &str| pb::MarketGapsRequest {
        scope: Some(pb::GapScope { coach_id: coach_id.into(), ..Default::default() }),
        ..Default::default()
    };
    let all =
        api.gaps.market_gaps(authed(market(""), Some(PLANNER))).await.expect("market gaps").into_inner();
    assert_eq!(all.k_anonymity, 3);
    assert_eq!((all.jobseeker_count, all.jobseeker_count_suppressed), (Some(3), false));
    let python = all.skills.iter().find(|s| s.skill == "python").expect("python is in demand");
    assert_eq!((python.supply, python.supply_suppressed), (Some(3), false), "{python:?}");

    // Two of them (coach-1's) or one (coach-2's): below k, withheld.
    for coach in ["coach-1", "coach-2"] {
        let few =
            api.gaps.market_gaps(authed(market(coach), Some(PLANNER))).await.expect("market").into_inner();
        assert_eq!((few.jobseeker_count, few.jobseeker_count_suppressed), (None, true), "{coach}");
        for skill in &few.skills {
            assert!(skill.supply.is_none_or(|n| n >= 3) && skill.supply_suppressed == skill.supply.is_none());
            assert!(skill.only_missing.is_none_or(|n| n >= 3), "{skill:?}");
        }
    }

    // ProgrammeImpact: every published count is at least k.
    let response = api.gaps.programme_impact(authed(impact("prog-1"), Some(PLANNER))).await.expect("impact");
    let response = response.into_inner();
    for result in &response.results {
        assert_eq!(result.suppressed, result.jobseekers_gaining.is_none(), "{result:?}");
        assert!(result.jobseekers_gaining.is_none_or(|n| n >= 3), "{result:?}");
        for region in &result.regions {
            assert!(region.suppressed || region.jobseekers_gaining.is_some_and(|n| n >= 3), "{region:?}");
        }
    }

    // No answer to a planner names a jobseeker; every individual view is denied.
    let text = format!("{all:?}{response:?}");
    for id in ["p-c1", "p-c1b", "p-c2", "coach-1", "coach-2"] {
        assert!(!text.contains(id), "a planner's answer names {id}");
    }
    for rpc in
        [Rpc::GetProfile, Rpc::ListProfiles, Rpc::MatchProfiles, Rpc::MatchJobPostings, Rpc::ProfileGaps]
    {
        assert_eq!(call(&mut api, rpc, Some(PLANNER)).await, Code::PermissionDenied, "{rpc:?}");
    }
}

/// A CA, and certificates it signs.
struct Ca {
    cert_pem: String,
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
}

impl Ca {
    fn new(name: &str) -> Ca {
        let key = rcgen::KeyPair::generate().expect("CA key");
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
        params.distinguished_name.push(rcgen::DnType::CommonName, name);
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.key_usages = vec![rcgen::KeyUsagePurpose::KeyCertSign, rcgen::KeyUsagePurpose::CrlSign];
        let cert = params.self_signed(&key).expect("CA certificate");
        Ca { cert_pem: cert.pem(), issuer: rcgen::Issuer::new(params, key) }
    }

    /// (certificate PEM, key PEM) for `names`, signed by this CA.
    fn sign(&self, names: &[&str]) -> (String, String) {
        let key = rcgen::KeyPair::generate().expect("key");
        let names: Vec<String> = names.iter().map(|name| name.to_string()).collect();
        let params = rcgen::CertificateParams::new(names).expect("params");
        let cert = params.signed_by(&key, &self.issuer).expect("signed certificate");
        (cert.pem(), key.serialize_pem())
    }
}

/// A TLS channel to `server` trusting `ca_pem`, with a client identity when given.
async fn tls_channel(
    server: &ServerProcess,
    ca_pem: &str,
    identity: Option<(&str, &str)>,
) -> Result<Channel, String> {
    use tonic::transport::{Certificate, ClientTlsConfig, Endpoint, Identity};
    let mut tls =
        ClientTlsConfig::new().ca_certificate(Certificate::from_pem(ca_pem)).domain_name("localhost");
    if let Some((cert, key)) = identity {
        tls = tls.identity(Identity::from_pem(cert, key));
    }
    Endpoint::from_shared(format!("https://localhost:{}", server.addr.port()))
        .expect("endpoint")
        .connect_timeout(std::time::Duration::from_secs(10))
        .timeout(std::time::Duration::from_secs(10))
        .tls_config(tls)
        .expect("client TLS")
        .connect()
        .await
        .map_err(|error| format!("{error:?}"))
}

/// A GetSkill call over `channel`: Ok, or the failure as text.
async fn get_skill(channel: Channel) -> Result<(), String> {
    let mut skills = pb::skills_client::SkillsClient::new(channel);
    skills
        .get_skill(authed(pb::GetSkillRequest { id: "python".into() }, Some(PLANNER)))
        .await
        .map(|_| ())
        .map_err(|status| status.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_accepts_only_clients_with_a_certificate_from_the_ca() {
    let dir = TestDir::new();
    let server_ca = Ca::new("kohtaanto e2e server CA");
    let client_ca = Ca::new("kohtaanto e2e client CA");
    let stranger_ca = Ca::new("someone else's CA");
    let (server_cert, server_key) = server_ca.sign(&["localhost", "127.0.0.1"]);
    let config = format!(
        "{}\n[tls]\ncert_path = \"{}\"\nkey_path = \"{}\"\nclient_ca_path = \"{}\"\n",
        auth_section(),
        write(&dir.root().join("server.pem"), &server_cert),
        write(&dir.root().join("server.key"), &server_key),
        write(&dir.root().join("client-ca.pem"), &client_ca.cert_pem),
    );
    let server = start_with_config(&dir, &config);

    // A client certificate from the configured CA: served (the bearer token is still needed).
    let (client_cert, client_key) = client_ca.sign(&["portal-backend"]);
    let channel = tls_channel(&server, &server_ca.cert_pem, Some((&client_cert, &client_key)))
        .await
        .unwrap_or_else(|error| panic!("mutual TLS connection: {error}; log:\n{}", server.logs()));
    get_skill(channel.clone()).await.expect("a call with a client certificate");
    let mut skills = pb::skills_client::SkillsClient::new(channel);
    let status = skills.get_skill(authed(pb::GetSkillRequest { id: "python".into() }, None)).await;
    expect_status(status, Code::Unauthenticated, &["bearer token"]);

    // No client certificate, or one from another CA: the handshake (or the first call) fails.
    let (stranger_cert, stranger_key) = stranger_ca.sign(&["intruder"]);
    for (what, identity) in
        [("no client certificate", None), ("another CA", Some((&*stranger_cert, &*stranger_key)))]
    {
        let outcome = match tls_channel(&server, &server_ca.cert_pem, identity).await {
            Ok(channel) => get_skill(channel).await,
            Err(error) => Err(error),
        };
        assert!(outcome.is_err(), "{what}: the server must refuse the connection");
    }
    // And the server keeps serving good clients.
    let channel =
        tls_channel(&server, &server_ca.cert_pem, Some((&client_cert, &client_key))).await.expect("again");
    get_skill(channel).await.expect("still serving");
}

/// Runs the CLI with `args`, no inherited `KOHTAANTO_*` settings, and `env`.
fn cli(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(binary());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("KOHTAANTO") {
            command.env_remove(key);
        }
    }
    command.args(args).envs(env.iter().copied()).output().expect("kohtaanto runs")
}

#[track_caller]
fn stdout_of(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "exit {:?}; stderr:\n{stderr}", output.status);
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[track_caller]
fn failure_of(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1), "stdout: {}", String::from_utf8_lossy(&output.stdout));
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_sends_its_token_and_reaches_a_tls_server() {
    let dir = TestDir::new();
    let (cert, key) = self_signed();
    let plain = start_with_config(&dir, &auth_section());
    let mut clients = plain.clients().await;
    seed(&mut clients).await;
    let url = format!("http://{}", plain.addr);

    // --token, and KOHTAANTO_TOKEN.
    let output = cli(&["list", "profiles", "--count", "--server", &url, "--token", PORTAL], &[]);
    assert_eq!(stdout_of(&output).trim(), "3");
    let output = cli(&["list", "profiles", "--count", "--server", &url], &[("KOHTAANTO_TOKEN", COACH_2)]);
    assert_eq!(stdout_of(&output).trim(), "1", "a coach counts only their own jobseekers");
    let output = cli(&["match", "--posting", "j-1", "--json", "--server", &url, "--token", COACH_1], &[]);
    let text = stdout_of(&output);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("p-c1") && !text.contains("p-c2"), "{text}");

    // No token, a wrong one, a role that may not: exit 1 with the reason.
    let stderr = failure_of(&cli(&["list", "postings", "--server", &url], &[]));
    assert!(stderr.contains("not allowed") && stderr.contains("missing bearer token"), "{stderr}");
    let stderr =
        failure_of(&cli(&["list", "postings", "--server", &url, "--token", "wrong-token-0000000000"], &[]));
    assert!(stderr.contains("invalid bearer token"), "{stderr}");
    let stderr = failure_of(&cli(&["list", "profiles", "--server", &url], &[("KOHTAANTO_TOKEN", PLANNER)]));
    assert!(
        stderr.contains("role planner may not call kohtaanto.v1.JobseekerProfiles/ListProfiles"),
        "{stderr}"
    );
    let stderr = failure_of(&cli(&["list", "postings", "--server", &url, "--token", "has space"], &[]));
    assert!(stderr.contains("--token"), "{stderr}");
    drop(plain);

    // TLS: --ca-cert with an https:// URL.
    let tls_dir = TestDir::new();
    let cert_path = write(&tls_dir.root().join("server.pem"), &cert);
    let key_path = write(&tls_dir.root().join("server.key"), &key);
    let config =
        format!("{}\n[tls]\ncert_path = \"{cert_path}\"\nkey_path = \"{key_path}\"\n", auth_section());
    let server = start_with_config(&tls_dir, &config);
    let https = format!("https://localhost:{}", server.addr.port());
    let output = cli(
        &["list", "postings", "--count", "--server", &https, "--ca-cert", &cert_path, "--token", ADMIN],
        &[],
    );
    assert_eq!(stdout_of(&output).trim(), "0");
    let output = cli(
        &["list", "postings", "--count", "--server", &https],
        &[("KOHTAANTO_CA_CERT", &cert_path), ("KOHTAANTO_TOKEN", ADMIN)],
    );
    assert_eq!(stdout_of(&output).trim(), "0");
    let stderr = failure_of(&cli(&["list", "postings", "--server", &https, "--token", ADMIN], &[]));
    assert!(stderr.contains("--ca-cert"), "{stderr}");
    // Trusting another certificate: the handshake fails.
    let (other_cert, _) = self_signed();
    let other = write(&tls_dir.root().join("other.pem"), &other_cert);
    let stderr = failure_of(&cli(
        &["list", "postings", "--server", &https, "--ca-cert", &other, "--token", ADMIN],
        &[],
    ));
    assert!(stderr.contains("cannot connect"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_presents_a_client_certificate_for_mutual_tls() {
    let dir = TestDir::new();
    let server_ca = Ca::new("kohtaanto e2e server CA");
    let client_ca = Ca::new("kohtaanto e2e client CA");
    let (server_cert, server_key) = server_ca.sign(&["localhost"]);
    let (client_cert, client_key) = client_ca.sign(&["cli"]);
    let ca_path = write(&dir.root().join("server-ca.pem"), &server_ca.cert_pem);
    let client_cert_path = write(&dir.root().join("client.pem"), &client_cert);
    let client_key_path = write(&dir.root().join("client.key"), &client_key);
    let config = format!(
        "{}\n[tls]\ncert_path = \"{}\"\nkey_path = \"{}\"\nclient_ca_path = \"{}\"\n",
        auth_section(),
        write(&dir.root().join("server.pem"), &server_cert),
        write(&dir.root().join("server.key"), &server_key),
        write(&dir.root().join("client-ca.pem"), &client_ca.cert_pem),
    );
    let server = start_with_config(&dir, &config);
    let https = format!("https://localhost:{}", server.addr.port());
    let base = ["list", "postings", "--count", "--server", &https, "--ca-cert", &ca_path, "--token", PORTAL];
    let with_cert =
        [&base[..], &["--client-cert", &client_cert_path, "--client-key", &client_key_path]].concat();
    assert_eq!(stdout_of(&cli(&with_cert, &[])).trim(), "0");
    failure_of(&cli(&base, &[]));
    // --client-cert without --client-key is a usage error.
    let output = cli(&[&base[..], &["--client-cert", &client_cert_path]].concat(), &[]);
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
}

/// Spawns `kohtaanto serve ARGS` (no inherited settings) and returns it with its first stdout
/// line.
fn spawn_serve(dir: &TestDir, args: &[&str]) -> (Child, String, std::path::PathBuf) {
    let log = dir.log_path();
    let mut command = Command::new(binary());
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("KOHTAANTO__") {
            command.env_remove(key);
        }
    }
    let mut child = command
        .arg("serve")
        .args(args)
        .arg("--data-dir")
        .arg(dir.data_dir())
        .current_dir(dir.root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("kohtaanto serve runs");
    let stdout = child.stdout.take().expect("stdout");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        let _ = sender.send(lines.next().and_then(Result::ok).unwrap_or_default());
        for _ in lines {}
    });
    let line = receiver.recv_timeout(START_TIMEOUT).unwrap_or_default();
    (child, line, log)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_loopback_address_without_tokens_starts_only_when_explicitly_allowed() {
    let dir = TestDir::new();
    let (mut child, line, log) =
        spawn_serve(&dir, &["--listen", "0.0.0.0:0", "--allow-unauthenticated-remote"]);
    let addr: std::net::SocketAddr = line
        .strip_prefix("kohtaanto listening on ")
        .and_then(|addr| addr.parse().ok())
        .unwrap_or_else(|| {
            let _ = child.kill();
            panic!(
                "no listening line ({line:?}); log:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            )
        });
    assert!(addr.ip().is_unspecified(), "{addr}");
    let channel = tonic::transport::Endpoint::from_shared(format!("http://127.0.0.1:{}", addr.port()))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let mut skills = pb::skills_client::SkillsClient::new(channel);
    skills.get_skill(pb::GetSkillRequest { id: "python".into() }).await.expect("no token needed");
    let _ = child.kill();
    let _ = child.wait();
    let stderr = std::fs::read_to_string(&log).expect("log");
    assert!(stderr.contains("authentication is off on a non-loopback address"), "{stderr}");

    // With tokens, a non-loopback address needs no flag (and no warning about authentication).
    let dir = TestDir::new();
    let config = dir.root().join("auth.toml");
    std::fs::write(&config, auth_section()).expect("config");
    let config = config.to_str().expect("utf-8").to_string();
    let (mut child, line, log) = spawn_serve(&dir, &["--listen", "0.0.0.0:0", "--config", &config]);
    let port = line.strip_prefix("kohtaanto listening on 0.0.0.0:").and_then(|port| port.parse::<u16>().ok());
    let Some(port) = port else {
        let _ = child.kill();
        panic!("no listening line ({line:?}); log:\n{}", std::fs::read_to_string(&log).unwrap_or_default());
    };
    // Serving (the protection is logged when serving starts): a health check needs no token.
    let channel = tonic::transport::Endpoint::from_shared(format!("http://127.0.0.1:{port}"))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let mut health = tonic_health::pb::health_client::HealthClient::new(channel);
    health.check(tonic_health::pb::HealthCheckRequest { service: String::new() }).await.expect("health");
    let _ = child.kill();
    let _ = child.wait();
    let stderr = std::fs::read_to_string(&log).expect("log");
    assert!(stderr.contains("authentication on"), "{stderr}");
    assert!(!stderr.contains("authentication is off"), "{stderr}");
}
