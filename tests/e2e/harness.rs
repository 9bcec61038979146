//! The harness of the end-to-end tests: starts the real `kohtaanto serve` binary on an ephemeral
//! port over a temporary data directory, connects the generated tonic clients, and builds valid
//! records.
//!
//! - [`TestDir`] owns a temporary directory: `data/` is the data directory (kept across restarts
//!   of the server), the server logs (stderr) go next to it.
//! - [`ServerProcess`] is one running server. It reads the `kohtaanto listening on ADDR` line
//!   (with a timeout), and kills the process when dropped. [`ServerProcess::terminate`] stops it
//!   gracefully (SIGTERM), [`ServerProcess::kill9`] crashes it (SIGKILL).
//! - [`Clients`] bundles the four `kohtaanto.v1` clients over one channel.
//! - [`posting`], [`profile`] and friends build records that pass validation, with every field
//!   set (timestamps with nanoseconds) so that round trips compare whole messages.

use kohtaanto_proto::v1 as pb;
use pb::job_postings_client::JobPostingsClient;
use pb::jobseeker_profiles_client::JobseekerProfilesClient;
use pb::matching_client::MatchingClient;
use pb::skills_client::SkillsClient;
use prost_types::Timestamp;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};
use tonic::transport::{Channel, Endpoint};
use tonic::{Code, Status};

/// How long a server may take from spawn to its listening line.
pub const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a server may take to exit after SIGTERM, or a refused server to exit at all.
pub const EXIT_TIMEOUT: Duration = Duration::from_secs(30);
/// Largest message the test clients decode (the server's encoding limit is 64 MiB).
const CLIENT_MAX_MESSAGE: usize = 64 * 1024 * 1024;

/// The `kohtaanto` binary built by cargo for this test.
pub fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_kohtaanto")
}

/// A temporary directory holding a data directory and the server logs.
pub struct TestDir {
    root: tempfile::TempDir,
    logs: AtomicUsize,
}

impl TestDir {
    /// A new, empty directory.
    pub fn new() -> TestDir {
        let root = tempfile::Builder::new().prefix("kohtaanto-e2e-").tempdir().expect("temporary directory");
        TestDir { root, logs: AtomicUsize::new(0) }
    }

    /// The data directory (created by the server).
    pub fn data_dir(&self) -> PathBuf {
        self.root.path().join("data")
    }

    /// The root (working directory of the servers: no stray `kohtaanto.toml` is read).
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// A fresh log file path for the next server started here.
    fn next_log(&self) -> PathBuf {
        let n = self.logs.fetch_add(1, Ordering::SeqCst);
        self.root.path().join(format!("server-{n}.log"))
    }

    /// Start a server on this directory's data directory.
    pub fn start(&self) -> ServerProcess {
        self.start_with_env(&[])
    }

    /// Start a server with extra environment variables (such as `KOHTAANTO__MAX_MESSAGE_BYTES`).
    pub fn start_with_env(&self, env: &[(&str, &str)]) -> ServerProcess {
        ServerProcess::start(self, env)
    }

    /// Start a server with extra `serve` arguments (such as `--config FILE`) and environment
    /// variables.
    pub fn start_with_args(&self, args: &[&str], env: &[(&str, &str)]) -> ServerProcess {
        let log = self.next_log();
        let mut command = self.serve_command(env, &log);
        command.args(args);
        ServerProcess::start_command(command, log)
    }

    /// Start a server whose `serve` command is first passed through `wrap` with the path of its
    /// log (`wrap` may replace the command, such as by a shell that lowers a resource limit and
    /// then runs it; stdout must stay piped and stderr go to the log).
    pub fn start_wrapped(
        &self,
        env: &[(&str, &str)],
        wrap: impl FnOnce(Command, &Path) -> Command,
    ) -> ServerProcess {
        let log = self.next_log();
        ServerProcess::start_command(wrap(self.serve_command(env, &log), &log), log)
    }

    /// A `kohtaanto serve` command on this directory, not yet spawned; stderr to `log`.
    pub fn serve_command(&self, env: &[(&str, &str)], log: &Path) -> Command {
        let mut command = Command::new(binary());
        command
            .arg("serve")
            .arg("--data-dir")
            .arg(self.data_dir())
            .arg("--listen")
            .arg("127.0.0.1:0")
            .current_dir(self.root())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(File::create(log).expect("server log file"));
        // Settings of the environment the tests run in must not leak into the server.
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("KOHTAANTO__") {
                command.env_remove(key);
            }
        }
        command.env("RUST_LOG", "info");
        for (key, value) in env {
            command.env(key, value);
        }
        command
    }

    /// A log path for a process started by hand with [`TestDir::serve_command`].
    pub fn log_path(&self) -> PathBuf {
        self.next_log()
    }
}

/// A running `kohtaanto serve` process.
pub struct ServerProcess {
    child: Option<Child>,
    /// Address from the listening line.
    pub addr: SocketAddr,
    log: PathBuf,
    stdout: Arc<Mutex<String>>,
}

impl ServerProcess {
    fn start(dir: &TestDir, env: &[(&str, &str)]) -> ServerProcess {
        let log = dir.next_log();
        ServerProcess::start_command(dir.serve_command(env, &log), log)
    }

    /// Spawn `command` (a serve command, possibly wrapped) and wait for its listening line.
    fn start_command(mut command: Command, log: PathBuf) -> ServerProcess {
        let mut child = command.spawn().expect("kohtaanto serve starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (sender, receiver) = mpsc::channel();
        let rest = Arc::new(Mutex::new(String::new()));
        let rest_writer = rest.clone();
        // Reads the first line, hands it over, then keeps draining stdout (into `rest`) so that
        // the server never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            if let Some(Ok(line)) = lines.next() {
                let _ = sender.send(line);
            }
            for line in lines.map_while(Result::ok) {
                let mut rest = rest_writer.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                rest.push_str(&line);
                rest.push('\n');
            }
        });
        let line = match receiver.recv_timeout(START_TIMEOUT) {
            Ok(line) => line,
            Err(error) => {
                let _ = child.kill();
                let status = child.wait().ok();
                panic!(
                    "kohtaanto serve printed no listening line ({error:?}, exit status {status:?}); log:\n{}",
                    read_log(&log)
                );
            }
        };
        let addr = line
            .strip_prefix("kohtaanto listening on ")
            .and_then(|addr| addr.trim().parse::<SocketAddr>().ok())
            .unwrap_or_else(|| panic!("unexpected first stdout line {line:?}; log:\n{}", read_log(&log)));
        assert!(addr.ip().is_loopback(), "listening on {addr}, expected loopback");
        assert_ne!(addr.port(), 0, "the listening line must name the bound port");
        ServerProcess { child: Some(child), addr, log, stdout: rest }
    }

    /// Process id of the server.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// What the server wrote to stderr so far.
    pub fn logs(&self) -> String {
        read_log(&self.log)
    }

    /// What the server wrote to stdout after its listening line so far.
    pub fn stdout(&self) -> String {
        self.stdout.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// A channel to the server.
    pub async fn channel(&self) -> Channel {
        Endpoint::from_shared(format!("http://{}", self.addr))
            .expect("endpoint")
            .connect_timeout(Duration::from_secs(10))
            .connect()
            .await
            .unwrap_or_else(|error| panic!("cannot connect to {}: {error}; log:\n{}", self.addr, self.logs()))
    }

    /// The four API clients over one channel.
    pub async fn clients(&self) -> Clients {
        Clients::new(self.channel().await)
    }

    /// Graceful stop: SIGTERM, then wait for the exit (at most [`EXIT_TIMEOUT`]).
    pub fn terminate(self) -> ExitStatus {
        self.stop_with("TERM")
    }

    /// Graceful stop with SIGINT (Ctrl-C), then wait for the exit.
    pub fn interrupt(self) -> ExitStatus {
        self.stop_with("INT")
    }

    fn stop_with(mut self, signal: &str) -> ExitStatus {
        let mut child = self.child.take().expect("running");
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(child.id().to_string())
            .status()
            .expect("the kill command runs");
        assert!(status.success(), "kill -{signal} failed");
        match wait_with_timeout(&mut child, EXIT_TIMEOUT) {
            Some(status) => status,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("server did not stop within {EXIT_TIMEOUT:?} of SIG{signal}; log:\n{}", self.logs());
            }
        }
    }

    /// Crash: SIGKILL, no chance to flush or close anything.
    pub fn kill9(mut self) {
        let mut child = self.child.take().expect("running");
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Waits for a child to exit, polling; `None` when it is still running after `timeout`.
pub fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn read_log(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| format!("(no log: {error})"))
}

/// The `kohtaanto.v1` clients.
#[derive(Clone)]
pub struct Clients {
    /// JobPostings.
    pub postings: JobPostingsClient<Channel>,
    /// JobseekerProfiles.
    pub profiles: JobseekerProfilesClient<Channel>,
    /// Matching.
    pub matching: MatchingClient<Channel>,
    /// Skills.
    pub skills: SkillsClient<Channel>,
}

impl Clients {
    /// All four clients over `channel`.
    pub fn new(channel: Channel) -> Clients {
        Clients {
            postings: JobPostingsClient::new(channel.clone()).max_decoding_message_size(CLIENT_MAX_MESSAGE),
            profiles: JobseekerProfilesClient::new(channel.clone())
                .max_decoding_message_size(CLIENT_MAX_MESSAGE),
            matching: MatchingClient::new(channel.clone()).max_decoding_message_size(CLIENT_MAX_MESSAGE),
            skills: SkillsClient::new(channel).max_decoding_message_size(CLIENT_MAX_MESSAGE),
        }
    }

    /// Upsert postings; the call itself must succeed.
    pub async fn upsert_postings(&mut self, postings: Vec<pb::JobPosting>) -> pb::UpsertJobPostingsResponse {
        self.postings
            .upsert_job_postings(pb::UpsertJobPostingsRequest { job_postings: postings })
            .await
            .expect("UpsertJobPostings")
            .into_inner()
    }

    /// Upsert postings that must all be stored.
    pub async fn store_postings(&mut self, postings: Vec<pb::JobPosting>) {
        let count = postings.len();
        let response = self.upsert_postings(postings).await;
        assert_eq!(response.upserted_count as usize, count, "every posting stored: {:?}", response.results);
        assert!(response.results.iter().all(|r| r.code == 0), "{:?}", response.results);
    }

    /// Upsert profiles; the call itself must succeed.
    pub async fn upsert_profiles(
        &mut self,
        profiles: Vec<pb::JobseekerProfile>,
    ) -> pb::UpsertProfilesResponse {
        self.profiles
            .upsert_profiles(pb::UpsertProfilesRequest { profiles })
            .await
            .expect("UpsertProfiles")
            .into_inner()
    }

    /// Upsert profiles that must all be stored.
    pub async fn store_profiles(&mut self, profiles: Vec<pb::JobseekerProfile>) {
        let count = profiles.len();
        let response = self.upsert_profiles(profiles).await;
        assert_eq!(response.upserted_count as usize, count, "every profile stored: {:?}", response.results);
        assert!(response.results.iter().all(|r| r.code == 0), "{:?}", response.results);
    }

    /// A stored posting.
    pub async fn get_posting(&mut self, id: &str) -> Result<pb::JobPosting, Status> {
        self.postings
            .get_job_posting(pb::GetJobPostingRequest { id: id.into() })
            .await
            .map(tonic::Response::into_inner)
    }

    /// The skills ExtractSkills finds in `text` (`language` empty: detected).
    pub async fn extract_skills(&mut self, text: &str, language: &str) -> pb::ExtractSkillsResponse {
        self.skills
            .extract_skills(pb::ExtractSkillsRequest { text: text.into(), language: language.into() })
            .await
            .expect("extract skills")
            .into_inner()
    }

    /// A stored profile.
    pub async fn get_profile(&mut self, id: &str) -> Result<pb::JobseekerProfile, Status> {
        self.profiles
            .get_profile(pb::GetProfileRequest { id: id.into() })
            .await
            .map(tonic::Response::into_inner)
    }

    /// Every stored posting, paging with `page_size`; checks `total_size` on every page.
    pub async fn all_postings(&mut self, page_size: i32) -> Vec<pb::JobPosting> {
        let mut all = Vec::new();
        let mut page_token = String::new();
        let mut total = None;
        for _ in 0..10_000 {
            let page = self
                .postings
                .list_job_postings(pb::ListJobPostingsRequest { page_size, page_token })
                .await
                .expect("ListJobPostings")
                .into_inner();
            let expected_total = *total.get_or_insert(page.total_size);
            assert_eq!(page.total_size, expected_total, "total_size is the same on every page");
            assert!(
                page_size <= 0 || page.job_postings.len() <= page_size as usize,
                "page larger than asked"
            );
            all.extend(page.job_postings);
            if page.next_page_token.is_empty() {
                assert_eq!(all.len(), expected_total as usize, "pages add up to total_size");
                return all;
            }
            page_token = page.next_page_token;
        }
        panic!("ListJobPostings never ended");
    }

    /// Every stored profile (of `coach_id` when not empty), paging with `page_size`.
    pub async fn all_profiles(&mut self, page_size: i32, coach_id: &str) -> Vec<pb::JobseekerProfile> {
        let mut all = Vec::new();
        let mut page_token = String::new();
        let mut total = None;
        for _ in 0..10_000 {
            let page = self
                .profiles
                .list_profiles(pb::ListProfilesRequest { page_size, page_token, coach_id: coach_id.into() })
                .await
                .expect("ListProfiles")
                .into_inner();
            let expected_total = *total.get_or_insert(page.total_size);
            assert_eq!(page.total_size, expected_total, "total_size is the same on every page");
            assert!(page_size <= 0 || page.profiles.len() <= page_size as usize, "page larger than asked");
            all.extend(page.profiles);
            if page.next_page_token.is_empty() {
                assert_eq!(all.len(), expected_total as usize, "pages add up to total_size");
                return all;
            }
            page_token = page.next_page_token;
        }
        panic!("ListProfiles never ended");
    }

    /// Everything stored, to compare before and after a failed call.
    pub async fn snapshot(&mut self) -> Snapshot {
        Snapshot { postings: self.all_postings(0).await, profiles: self.all_profiles(0, "").await }
    }
}

/// Every stored record.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Postings in list order.
    pub postings: Vec<pb::JobPosting>,
    /// Profiles in list order.
    pub profiles: Vec<pb::JobseekerProfile>,
}

/// Asserts that `result` failed with `code` and that the message contains every one of
/// `needles` (field paths, ids); returns the status.
#[track_caller]
pub fn expect_status<T: std::fmt::Debug>(result: Result<T, Status>, code: Code, needles: &[&str]) -> Status {
    let status = match result {
        Ok(value) => panic!("expected {code:?}, got a response: {value:?}"),
        Err(status) => status,
    };
    assert_eq!(status.code(), code, "status {status:?}");
    for needle in needles {
        assert!(status.message().contains(needle), "message {:?} should name {needle:?}", status.message());
    }
    status
}

/// A protobuf timestamp.
pub fn ts(seconds: i64, nanos: i32) -> Timestamp {
    Timestamp { seconds, nanos }
}

/// 2026-06-01T08:00:00.123456789Z: a publication time with nanoseconds.
pub fn posted_at() -> Timestamp {
    ts(1_780_300_800, 123_456_789)
}

/// 2100-01-01T00:00:00.000000001Z: an expiry far ahead.
pub fn far_future() -> Timestamp {
    ts(4_102_444_800, 1)
}

/// A requirement with explicit provenance.
pub fn req(skill: &str, importance: pb::Importance, min_level: Option<u32>) -> pb::Requirement {
    pb::Requirement {
        skill: skill.into(),
        importance: importance.into(),
        min_level,
        provenance: pb::Provenance::Explicit.into(),
    }
}

/// A required skill, no minimum level.
pub fn required(skill: &str) -> pb::Requirement {
    req(skill, pb::Importance::Required, None)
}

/// A language at a CEFR level.
pub fn lang(language: &str, level: pb::CefrLevel) -> pb::LanguageLevel {
    pb::LanguageLevel { language: language.into(), level: level.into() }
}

/// A valid posting with every field set: onsite in Helsinki (Uusimaa), no language
/// requirement, requiring Python, open until 2100. The title and description mention no skill
/// (the id is not in the title: ids such as `m-sql` would be recognised as skills),
/// so the effective requirements are the explicit ones.
pub fn posting(id: &str) -> pb::JobPosting {
    pb::JobPosting {
        id: id.into(),
        title: "Avoin tehtävä".into(),
        description: String::new(),
        employer: "Esimerkki Oy".into(),
        municipality_code: "091".into(),
        region: "Uusimaa".into(),
        work_mode: pb::WorkMode::Onsite.into(),
        languages: Vec::new(),
        requirements: vec![required("python")],
        occupation: Some(pb::Occupation {
            esco_uri: "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1".into(),
            isco_code: "2512".into(),
            label: "software developer".into(),
            provenance: pb::Provenance::Explicit.into(),
        }),
        posted_at: Some(posted_at()),
        expires_at: Some(far_future()),
        source: "e2e".into(),
        url: format!("https://jobs.example/{id}"),
        effective_requirements: Vec::new(),
    }
}

/// A posting with the given explicit requirements.
pub fn posting_requiring(id: &str, requirements: Vec<pb::Requirement>) -> pb::JobPosting {
    pb::JobPosting { requirements, ..posting(id) }
}

/// A profile skill with explicit provenance.
pub fn skill(skill: &str, level: u32, last_used_year: Option<i32>) -> pb::ProfileSkill {
    pb::ProfileSkill {
        skill: skill.into(),
        level,
        last_used_year,
        provenance: pb::Provenance::Explicit.into(),
    }
}

/// A valid profile with every field set: in Helsinki, accepting Uusimaa and remote work,
/// Finnish C2 and English C1, knowing Python at level 4.
pub fn profile(id: &str) -> pb::JobseekerProfile {
    pb::JobseekerProfile {
        id: id.into(),
        coach_id: "coach-1".into(),
        skills: vec![skill("python", 4, Some(2025))],
        summary: String::new(),
        languages: vec![lang("fi", pb::CefrLevel::C2), lang("en", pb::CefrLevel::C1)],
        municipality_code: "091".into(),
        accepted_regions: vec!["Uusimaa".into()],
        accepts_remote: true,
        desired_occupations: vec!["ohjelmistokehittäjä".into()],
        updated_at: Some(ts(1_780_000_000, 987_654_321)),
        effective_skills: Vec::new(),
    }
}

/// A profile with the given explicit skills.
pub fn profile_with(id: &str, skills: Vec<pb::ProfileSkill>) -> pb::JobseekerProfile {
    pb::JobseekerProfile { skills, ..profile(id) }
}

/// The record without its output-only field, to compare with what was written.
pub fn written_posting(mut posting: pb::JobPosting) -> pb::JobPosting {
    posting.effective_requirements.clear();
    posting
}

/// The record without its output-only field, to compare with what was written.
pub fn written_profile(mut profile: pb::JobseekerProfile) -> pb::JobseekerProfile {
    profile.effective_skills.clear();
    profile
}
