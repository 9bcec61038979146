//! The data directory on a read-only or full disk: clear errors, no corruption, nothing
//! acknowledged lost, reads keep working, and writes resume once space is back.
//!
//! - Read-only: the data directory's permissions deny writing. As root permissions do not stop
//!   writes, so there the server runs as `nobody` (uid 65534) over a directory owned by root;
//!   otherwise the directory is made read-only with `chmod`.
//! - Full disk: the server runs under a shell that lowers the file size limit (`ulimit -f`,
//!   RLIMIT_FSIZE) and ignores SIGXFSZ, so that a write growing a file past the limit fails with
//!   EFBIG as on a full disk (an unprivileged test cannot mount a small file system). Small
//!   commits still fit; a large batch does not.

use crate::harness::*;
use kohtaanto_proto::v1 as pb;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use tonic::Code;

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Sets the permission bits of `path` and everything under it: `dir_mode` on directories,
/// `file_mode` on files.
fn chmod_tree(path: &Path, dir_mode: u32, file_mode: u32) {
    let is_dir = path.is_dir();
    if is_dir {
        for entry in std::fs::read_dir(path).expect("read dir") {
            chmod_tree(&entry.expect("entry").path(), dir_mode, file_mode);
        }
    }
    let mode = if is_dir { dir_mode } else { file_mode };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

fn postings(prefix: &str, count: usize, description_bytes: usize) -> Vec<pb::JobPosting> {
    let mut state = 0x2545_F491_4F6C_DD1D_u64 ^ prefix.len() as u64;
    (0..count)
        .map(|i| {
            let mut p = posting(&format!("{prefix}-{i:05}"));
            // Hexadecimal noise: the doc store cannot compress it away.
            let mut text = String::with_capacity(description_bytes);
            while text.len() < description_bytes {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(&format!("{state:016x} "));
            }
            p.description = text;
            p
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_data_directory_is_refused_with_a_clear_error_and_left_intact() {
    let dir = TestDir::new();
    let server = dir.start();
    let mut clients = server.clients().await;
    clients.store_postings(postings("ro", 3, 100)).await;
    clients.store_profiles(vec![profile("ro-person")]).await;
    let before = clients.snapshot().await;
    drop(clients);
    assert!(server.terminate().success());

    let root = is_root();
    if root {
        // Root writes through permissions: run the server as nobody over root's directory.
        std::fs::set_permissions(dir.root(), std::fs::Permissions::from_mode(0o755)).expect("chmod root");
        chmod_tree(&dir.data_dir(), 0o755, 0o644);
    } else {
        chmod_tree(&dir.data_dir(), 0o555, 0o444);
    }
    let log = dir.log_path();
    let mut command = dir.serve_command(&[], &log);
    if root {
        command.uid(65_534).gid(65_534);
    }
    let mut refused = command.spawn().expect("server starts");
    let status = wait_with_timeout(&mut refused, EXIT_TIMEOUT);
    let Some(status) = status else {
        let _ = refused.kill();
        let _ = refused.wait();
        panic!("the server kept running on a read-only data directory");
    };
    let stderr = std::fs::read_to_string(&log).expect("log");
    assert!(!status.success(), "exits non-zero; stderr:\n{stderr}");
    assert!(stderr.contains("not writable"), "says the directory is not writable: {stderr}");
    assert!(stderr.contains("Permission denied"), "gives the cause: {stderr}");
    assert!(stderr.contains(&dir.data_dir().display().to_string()), "names the directory: {stderr}");
    eprintln!("read-only data directory ({}): {}", if root { "as nobody" } else { "chmod" }, stderr.trim());

    // Writable again: everything is there and the server writes.
    chmod_tree(&dir.data_dir(), 0o755, 0o644);
    let server = dir.start();
    let mut clients = server.clients().await;
    assert_eq!(clients.snapshot().await, before);
    clients.store_postings(postings("ro-after", 2, 100)).await;
}

/// Runs the serve command under `sh` with the file size limit at `blocks` (of 512 bytes in
/// dash, 1024 in bash) and SIGXFSZ ignored, so that growing a file past it fails with EFBIG.
fn with_file_size_limit(blocks: u32) -> impl FnOnce(Command, &Path) -> Command {
    move |serve: Command, log: &Path| {
        let mut shell = Command::new("sh");
        shell
            .arg("-c")
            .arg(format!("trap '' XFSZ; ulimit -f {blocks} && exec \"$0\" \"$@\""))
            .arg(serve.get_program())
            .args(serve.get_args())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::options().append(true).open(log).expect("log"));
        if let Some(cwd) = serve.get_current_dir() {
            shell.current_dir(cwd);
        }
        for (key, value) in serve.get_envs() {
            match value {
                Some(value) => shell.env(key, value),
                None => shell.env_remove(key),
            };
        }
        shell
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_fails_writes_clearly_keeps_reads_and_loses_nothing_acknowledged() {
    let dir = TestDir::new();
    let server = dir.start_wrapped(&[], with_file_size_limit(1024));
    let mut clients = server.clients().await;
    clients.store_postings(postings("small", 20, 200)).await;
    clients.store_profiles(vec![profile("disk-person")]).await;
    let acknowledged = clients.snapshot().await;

    // About 3 MB of postings: their segment cannot be written.
    let request = pb::UpsertJobPostingsRequest { job_postings: postings("big", 3_000, 1_000) };
    let status = clients.postings.upsert_job_postings(request).await.expect_err("the disk is full");
    assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
    assert!(status.message().contains("out of space"), "clear message: {:?}", status.message());
    assert!(status.message().contains("nothing of it was stored"), "{:?}", status.message());
    eprintln!("full disk: {:?}: {}", status.code(), status.message());

    // Reads go on, nothing of the failed batch is visible, small writes still fit.
    assert_eq!(clients.snapshot().await, acknowledged);
    let request = pb::MatchProfilesRequest {
        subject: Some(pb::match_profiles_request::Subject::JobPostingId("small-00000".into())),
        ..Default::default()
    };
    let response = clients.matching.match_profiles(request).await.expect("match").into_inner();
    assert_eq!(response.matches.len(), 1);
    clients.store_postings(postings("after", 2, 200)).await;
    let acknowledged = clients.snapshot().await;
    drop(clients);
    server.kill9();

    // Space is back: the index opens with everything acknowledged, and large writes succeed.
    let server = dir.start();
    let mut clients = server.clients().await;
    assert_eq!(clients.snapshot().await, acknowledged);
    clients.store_postings(postings("big", 3_000, 1_000)).await;
    assert_eq!(clients.snapshot().await.postings.len(), acknowledged.postings.len() + 3_000);
}
