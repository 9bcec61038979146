//! The audit log: one JSON line per read, match or write of profile data, naming the principal,
//! its role, the RPC and the pseudonymous profile ids, never profile contents:
//!
//! ```text
//! {"ts":"2026-11-22T07:01:02.345Z","principal":"coach-1","role":"coach","rpc":"GetProfile","profile_ids":["p-17"]}
//! ```
//!
//! The file (default `<data_dir>/audit.log`) is opened in append mode; each line is written with
//! one `write` call under a lock, so lines never interleave. No rotation: rotate with
//! `logrotate`'s `copytruncate`, or point `audit.path` elsewhere.

use super::Principal;
use chrono::{SecondsFormat, Utc};
use serde::Serialize;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// An append-only audit log file.
#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    file: Mutex<File>,
}

#[derive(Serialize)]
struct Line<'a> {
    ts: String,
    principal: &'a str,
    role: &'a str,
    rpc: &'a str,
    profile_ids: &'a [&'a str],
}

impl AuditLog {
    /// Opens (creating it and its directory) `path` for appending.
    pub fn open(path: &Path) -> std::io::Result<AuditLog> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(AuditLog { path: path.to_path_buf(), file: Mutex::new(file) })
    }

    /// The file written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line; nothing is written for an empty id list.
    pub fn record(&self, principal: &Principal, rpc: &str, profile_ids: &[&str]) -> std::io::Result<()> {
        if profile_ids.is_empty() {
            return Ok(());
        }
        let line = Line {
            ts: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
            principal: &principal.name,
            role: principal.role.as_str(),
            rpc,
            profile_ids,
        };
        let mut bytes = serde_json::to_vec(&line).map_err(std::io::Error::other)?;
        bytes.push(b'\n');
        // A poisoned lock only means another writer panicked mid-call; the file is still usable.
        let mut file = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        file.write_all(&bytes)?;
        file.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Role;

    #[test]
    fn lines_are_appended_as_json() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub").join("audit.log");
        let coach = Principal { name: "coach-1".into(), role: Role::Coach };
        {
            let log = AuditLog::open(&path).expect("opens");
            log.record(&coach, "GetProfile", &["p-1"]).expect("writes");
            log.record(&coach, "ListProfiles", &[]).expect("nothing to write");
        }
        let log = AuditLog::open(&path).expect("reopens for appending");
        log.record(&coach, "MatchProfiles", &["p-1", "p-2"]).expect("writes");
        let text = std::fs::read_to_string(&path).expect("reads");
        let lines: Vec<serde_json::Value> =
            text.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert_eq!(lines[0]["principal"], "coach-1");
        assert_eq!(lines[0]["role"], "coach");
        assert_eq!(lines[0]["rpc"], "GetProfile");
        assert_eq!(lines[0]["profile_ids"], serde_json::json!(["p-1"]));
        assert_eq!(lines[1]["profile_ids"], serde_json::json!(["p-1", "p-2"]));
        assert!(lines[1]["ts"].as_str().expect("ts").ends_with('Z'));
    }
}
