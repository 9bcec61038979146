//! A portal back-end in another language: `tests/python/portal_client.py` with Python's grpcio,
//! stubs generated from `proto/` at test time by grpcio-tools, against the real server.
//!
//! The virtual environment lives in cargo's per-target temporary directory
//! (`CARGO_TARGET_TMPDIR`) under a name that carries the pinned versions, and is reused while its
//! `installed.txt` lists exactly [`REQUIREMENTS`]. The interpreter is `python3`, or the one named
//! by `KOHTAANTO_E2E_PYTHON`. Without one the test fails, saying so: it must run in CI.

use crate::harness::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Pinned client packages.
const REQUIREMENTS: &[&str] = &["grpcio==1.85.1", "grpcio-tools==1.85.1", "grpcio-health-checking==1.85.1"];
/// How long the script may run (stub generation included).
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(120);
/// How long creating the environment and installing the packages may take.
const INSTALL_TIMEOUT: Duration = Duration::from_secs(600);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `command` to completion within `timeout`, its output to `log`; panics with the log on
/// failure.
fn run_logged(mut command: Command, what: &str, log: &Path, timeout: Duration) {
    let file = std::fs::File::create(log).expect("log file");
    command.stdin(Stdio::null()).stdout(file.try_clone().expect("log file")).stderr(file);
    let mut child = command.spawn().unwrap_or_else(|error| panic!("{what}: cannot start: {error}"));
    let status = wait_with_timeout(&mut child, timeout);
    let output = std::fs::read_to_string(log).unwrap_or_default();
    match status {
        Some(status) if status.success() => {}
        Some(status) => panic!("{what} failed ({status}):\n{output}"),
        None => {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} did not finish within {timeout:?}:\n{output}");
        }
    }
}

/// The Python of a virtual environment with [`REQUIREMENTS`] installed, made when missing.
fn python_with_grpcio() -> PathBuf {
    let interpreter = std::env::var("KOHTAANTO_E2E_PYTHON").unwrap_or_else(|_| "python3".into());
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("python-venv-grpcio-1.85.1");
    let python = venv.join("bin").join("python");
    let marker = venv.join("installed.txt");
    let wanted = REQUIREMENTS.join("\n");
    if python.is_file() && std::fs::read_to_string(&marker).is_ok_and(|installed| installed == wanted) {
        return python;
    }

    let version = Command::new(&interpreter).arg("--version").output().unwrap_or_else(|error| {
        panic!(
            "the Python client test needs {interpreter:?} (Python 3 with venv and pip; \
             set KOHTAANTO_E2E_PYTHON to use another interpreter): {error}"
        )
    });
    assert!(version.status.success(), "{interpreter} --version failed: {version:?}");
    eprintln!(
        "creating {} with {} ({})",
        venv.display(),
        REQUIREMENTS.join(", "),
        String::from_utf8_lossy(&version.stdout).trim()
    );
    let started = Instant::now();
    if venv.exists() {
        std::fs::remove_dir_all(&venv).expect("remove the incomplete environment");
    }
    std::fs::create_dir_all(venv.parent().expect("parent")).expect("target tmp dir");
    let log = venv.with_file_name("python-venv-grpcio-1.85.1.log");
    let mut create = Command::new(&interpreter);
    create.arg("-m").arg("venv").arg(&venv);
    run_logged(create, "python3 -m venv", &log, INSTALL_TIMEOUT);
    let mut install = Command::new(&python);
    install
        .args(["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--quiet"])
        .args(REQUIREMENTS);
    run_logged(install, "pip install", &log, INSTALL_TIMEOUT);
    std::fs::write(&marker, wanted).expect("marker");
    eprintln!("python environment ready in {:?}", started.elapsed());
    python
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_grpcio_portal_client() {
    let python = tokio::task::spawn_blocking(python_with_grpcio).await.expect("python environment");

    let dir = TestDir::new();
    let server = dir.start();
    let root = workspace_root();
    let log = dir.root().join("portal_client.log");
    let stdout_path = dir.root().join("portal_client.out");
    let mut command = Command::new(&python);
    command
        .arg(root.join("tests/python/portal_client.py"))
        .arg("--address")
        .arg(server.addr.to_string())
        .arg("--proto-dir")
        .arg(root.join("proto"))
        .arg("--stubs-dir")
        .arg(dir.root().join("stubs"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).expect("stdout file"))
        .stderr(std::fs::File::create(&log).expect("stderr file"));
    let mut child = command.spawn().expect("the portal client starts");
    let status = tokio::task::spawn_blocking(move || {
        let status = wait_with_timeout(&mut child, SCRIPT_TIMEOUT);
        if status.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        status
    })
    .await
    .expect("wait");
    let stdout = std::fs::read_to_string(&stdout_path).unwrap_or_default();
    let stderr = std::fs::read_to_string(&log).unwrap_or_default();
    let status = status.unwrap_or_else(|| panic!("portal client hung; stdout:\n{stdout}\nstderr:\n{stderr}"));
    assert!(
        status.success(),
        "portal client failed ({status}); stdout:\n{stdout}\nstderr:\n{stderr}\nserver log:\n{}",
        server.logs()
    );

    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.first(), Some(&"health: SERVING"), "{stdout}");
    assert!(lines.contains(&"upserted postings: 3 stored, 1 rejected (job_postings[3].title)"), "{stdout}");
    assert!(lines.contains(&"upserted profile: portal-person-1"), "{stdout}");
    assert!(
        lines.contains(&"skill gaps: backend-development +1 (py-backend), spark +1 (py-data)"),
        "{stdout}"
    );
    assert!(lines.contains(&"market gaps: 3 postings, 7 skills, jobseekers below k"), "{stdout}");
    let summary = lines.last().expect("a summary line");
    assert!(
        summary.starts_with("portal client OK: postings=3 profiles=1 matches=2 best=py-backend"),
        "{stdout}"
    );

    // What the Python client wrote is there for the Rust client too.
    let mut clients = server.clients().await;
    let ids: Vec<String> = clients.all_postings(0).await.into_iter().map(|p| p.id).collect();
    assert_eq!(ids, ["py-backend", "py-data", "py-frontend"]);
    let person = clients.get_profile("portal-person-1").await.expect("profile from Python");
    assert_eq!(person.updated_at, Some(ts(1_780_000_000, 1)));
    assert!(person.effective_skills.iter().any(|s| s.skill == "docker"), "extracted from the summary");
}
