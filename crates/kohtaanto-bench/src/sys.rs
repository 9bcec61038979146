//! Facts about the machine and this process, read from `/proc` (Linux): cores, load average,
//! resident memory, CPU time per thread, and the size of a directory on disk.
//!
//! Everything here degrades to "unknown" (zero, `None`, empty) when `/proc` is not there, so
//! the benchmark still runs elsewhere, only with fewer facts.

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// Clock ticks per second of the CPU times in `/proc/<pid>/stat` (`USER_HZ`). It is 100 on
/// every mainstream Linux architecture; reading it for real needs `sysconf`, i.e. libc.
const USER_HZ: f64 = 100.0;

/// The machine the benchmark ran on.
#[derive(Debug, Clone, Serialize)]
pub struct Machine {
    /// Logical cores available to this process.
    pub cores: usize,
    /// CPU model name, when `/proc/cpuinfo` tells it.
    pub cpu_model: Option<String>,
    /// Total memory in MiB, when `/proc/meminfo` tells it.
    pub memory_total_mib: Option<f64>,
    /// Load average (1, 5, 15 minutes) when the benchmark started.
    pub load_at_start: Option<[f64; 3]>,
    /// Load average when it ended.
    pub load_at_end: Option<[f64; 3]>,
}

impl Machine {
    /// What can be read now; `load_at_end` is filled in later.
    pub fn now() -> Machine {
        Machine {
            cores: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            cpu_model: cpu_model(),
            memory_total_mib: meminfo_kib("MemTotal:").map(|kib| kib / 1024.0),
            load_at_start: load_average(),
            load_at_end: None,
        }
    }
}

/// The 1, 5 and 15 minute load averages.
pub fn load_average() -> Option<[f64; 3]> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    let mut fields = text.split_whitespace().map(|f| f.parse::<f64>().ok());
    Some([fields.next()??, fields.next()??, fields.next()??])
}

fn cpu_model() -> Option<String> {
    let text = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    text.lines()
        .find(|line| line.starts_with("model name"))
        .and_then(|line| line.split_once(':'))
        .map(|(_, model)| model.trim().to_string())
}

fn meminfo_kib(key: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|line| line.starts_with(key))?;
    line[key.len()..].split_whitespace().next()?.parse().ok()
}

/// Resident memory of this process.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Memory {
    /// Current resident set size, MiB (`VmRSS`).
    pub rss_mib: f64,
    /// Peak resident set size so far, MiB (`VmHWM`).
    pub peak_rss_mib: f64,
}

/// `VmRSS` and `VmHWM` of this process (zeros when unknown).
pub fn memory() -> Memory {
    let Ok(text) = std::fs::read_to_string("/proc/self/status") else {
        return Memory::default();
    };
    let field = |key: &str| {
        text.lines()
            .find(|line| line.starts_with(key))
            .and_then(|line| line[key.len()..].split_whitespace().next())
            .and_then(|kib| kib.parse::<f64>().ok())
            .map_or(0.0, |kib| kib / 1024.0)
    };
    Memory { rss_mib: field("VmRSS:"), peak_rss_mib: field("VmHWM:") }
}

/// CPU seconds (user + system) of the whole process, including threads that have ended.
pub fn process_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/stat").ok().and_then(|text| stat_cpu_seconds(&text)).unwrap_or(0.0)
}

/// User + system CPU seconds from the text of a `/proc/.../stat` file. The command name (field
/// 2) is in parentheses and may hold spaces, so fields are counted after the last `)`.
fn stat_cpu_seconds(text: &str) -> Option<f64> {
    let after_name = &text[text.rfind(')')? + 1..];
    let mut fields = after_name.split_whitespace();
    // After the name: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt
    // cmajflt utime(14) stime(15).
    let utime: f64 = fields.nth(11)?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / USER_HZ)
}

/// CPU seconds per live thread of this process: thread id -> (thread name, seconds).
#[derive(Debug, Clone, Default)]
pub struct ThreadCpu {
    threads: BTreeMap<u32, (String, f64)>,
    process_seconds: f64,
}

/// Take a snapshot of the CPU time of every thread (empty when `/proc` is missing).
pub fn thread_cpu() -> ThreadCpu {
    let process_seconds = process_cpu_seconds();
    let main_thread = std::process::id();
    let mut threads = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir("/proc/self/task") else {
        return ThreadCpu { threads, process_seconds };
    };
    for entry in entries.flatten() {
        let Some(tid) = entry.file_name().to_str().and_then(|name| name.parse::<u32>().ok()) else {
            continue;
        };
        let path = entry.path();
        let Some(seconds) =
            std::fs::read_to_string(path.join("stat")).ok().and_then(|t| stat_cpu_seconds(&t))
        else {
            continue;
        };
        let comm = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        let name = if tid == main_thread { "main".to_string() } else { thread_group(comm.trim()) };
        threads.insert(tid, (name, seconds));
    }
    ThreadCpu { threads, process_seconds }
}

/// Name of a group of like threads: digits and trailing separators dropped
/// (`thrd-tantivy-index0` -> `thrd-tantivy-index`). Threads without a name of their own carry
/// the name of the thread that started them (often the process name): `unnamed`.
fn thread_group(comm: &str) -> String {
    let trimmed = comm.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '_');
    if trimmed.starts_with("kohtaanto-benc") {
        "unnamed".to_string()
    } else if trimmed.is_empty() {
        comm.to_string()
    } else {
        trimmed.to_string()
    }
}

/// CPU seconds of the whole process between two snapshots.
pub fn process_cpu_seconds_between(before: &ThreadCpu, after: &ThreadCpu) -> f64 {
    (after.process_seconds - before.process_seconds).max(0.0)
}

/// CPU seconds spent per thread group between two snapshots, largest first, plus the seconds of
/// threads that ended in between (the process total minus what live threads account for).
pub fn cpu_by_group(before: &ThreadCpu, after: &ThreadCpu) -> Vec<(String, f64)> {
    let mut groups: BTreeMap<String, f64> = BTreeMap::new();
    let mut accounted = 0.0;
    for (tid, (name, seconds)) in &after.threads {
        let earlier = before.threads.get(tid).map_or(0.0, |(_, s)| *s);
        let delta = (seconds - earlier).max(0.0);
        accounted += delta;
        *groups.entry(name.clone()).or_default() += delta;
    }
    let ended = (after.process_seconds - before.process_seconds) - accounted;
    if ended > 0.05 {
        groups.insert("(threads that ended)".to_string(), ended);
    }
    let mut groups: Vec<(String, f64)> = groups.into_iter().filter(|(_, s)| *s >= 0.005).collect();
    groups.sort_by(|a, b| b.1.total_cmp(&a.1));
    groups
}

/// Total size in bytes of the files under `dir` (0 for a missing directory).
pub fn dir_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.metadata() {
            Ok(meta) if meta.is_dir() => dir_size(&entry.path()),
            Ok(meta) => meta.len(),
            Err(_) => 0,
        })
        .sum()
}

/// Number of segments in the tantivy index in `index_dir`, from its `meta.json` (`None` when it
/// cannot be read). Every search pays per segment: term dictionary walk, collector set-up and
/// the id look-ups of the segment's top k.
pub fn segment_count(index_dir: &Path) -> Option<usize> {
    let bytes = std::fs::read(index_dir.join("meta.json")).ok()?;
    let meta: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    meta.get("segments")?.as_array().map(Vec::len)
}

/// File system type and mount point holding `path` (`ext4 on /`), from `/proc/mounts`: fsync
/// costs differ a lot between tmpfs, ext4 and network disks, and commits fsync.
pub fn filesystem_of(path: &Path) -> Option<String> {
    let path = path.canonicalize().ok()?;
    let mounts = std::fs::read_to_string("/proc/mounts").ok()?;
    mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let (_device, mount_point, fs_type) = (fields.next()?, fields.next()?, fields.next()?);
            path.starts_with(mount_point).then(|| (mount_point.to_string(), fs_type.to_string()))
        })
        .max_by_key(|(mount_point, _)| mount_point.len())
        .map(|(mount_point, fs_type)| format!("{fs_type} on {mount_point}"))
}

/// Median milliseconds to write 256 KiB to a new file in `dir` and fsync it (file and
/// directory), over `rounds` files: what a commit pays per file it makes durable. The files are
/// removed afterwards. `None` when `dir` cannot be written.
pub fn fsync_probe(dir: &Path, rounds: usize) -> Option<f64> {
    use std::io::Write;
    let block = vec![0x5au8; 256 * 1024];
    let directory = std::fs::File::open(dir).ok()?;
    let mut samples = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let path = dir.join(format!(".fsync-probe-{round}"));
        let started = std::time::Instant::now();
        let mut file = std::fs::File::create(&path).ok()?;
        file.write_all(&block).ok()?;
        file.sync_all().ok()?;
        directory.sync_all().ok()?;
        samples.push(started.elapsed().as_secs_f64() * 1e3);
        drop(file);
        let _ = std::fs::remove_file(&path);
    }
    samples.sort_by(f64::total_cmp);
    samples.get(samples.len() / 2).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_fields_are_counted_after_the_name() {
        let text = "4242 (a (weird) name) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 1 0";
        assert_eq!(stat_cpu_seconds(text), Some(3.0));
    }

    #[test]
    fn fsync_probe_cleans_up() {
        let dir = tempfile::tempdir().expect("temporary directory");
        assert!(fsync_probe(dir.path(), 3).is_some_and(|ms| ms >= 0.0));
        assert_eq!(std::fs::read_dir(dir.path()).expect("readable").count(), 0);
        assert!(fsync_probe(&dir.path().join("missing"), 1).is_none());
    }

    #[test]
    fn segments_are_counted_from_meta_json() {
        let dir = tempfile::tempdir().expect("temporary directory");
        assert_eq!(segment_count(dir.path()), None);
        let meta =
            r#"{"segments":[{"segment_id":"a","max_doc":3},{"segment_id":"b","max_doc":1}],"opstamp":7}"#;
        std::fs::write(dir.path().join("meta.json"), meta).expect("written");
        assert_eq!(segment_count(dir.path()), Some(2));
    }

    #[test]
    fn thread_groups_drop_numbers() {
        assert_eq!(thread_group("thrd-tantivy-index0"), "thrd-tantivy-index");
        assert_eq!(thread_group("merge_thread_12"), "merge_thread");
        assert_eq!(thread_group("kohtaanto-bench"), "unnamed");
        assert_eq!(thread_group("bench-tokio"), "bench-tokio");
    }
}
