//! Runs the built `kohtaanto` binary for the commands that need no server: `gen` (files, line
//! counts, determinism) and `skills extract` (mentions with byte offsets). The end-to-end tests
//! against a running server live in the workspace `tests/`.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn kohtaanto(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kohtaanto")).args(args).output().expect("kohtaanto runs")
}

fn kohtaanto_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kohtaanto"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kohtaanto starts");
    if let Err(error) = child.stdin.take().expect("stdin").write_all(stdin.as_bytes()) {
        // A command that exits before reading (a usage error) may close its end first.
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "writes stdin: {error}");
    }
    child.wait_with_output().expect("kohtaanto runs")
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines().map(|line| serde_json::from_str(line).expect("a JSON line")).collect()
}

fn gen_into(dir: &Path, seed: &str) {
    let out = dir.to_str().expect("utf-8 path");
    let output = kohtaanto(&[
        "gen",
        "--postings",
        "120",
        "--profiles",
        "80",
        "--seed",
        seed,
        "--now",
        "2026-11-01",
        "--out",
        out,
    ]);
    assert!(output.status.success(), "gen failed: {}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn gen_writes_deterministic_json_lines() {
    let temp = tempfile::tempdir().expect("tempdir");
    let (first, second, other_seed) =
        (temp.path().join("a"), temp.path().join("b/nested"), temp.path().join("c"));
    gen_into(&first, "7");
    gen_into(&second, "7");
    gen_into(&other_seed, "8");

    let postings = std::fs::read_to_string(first.join("postings.jsonl")).expect("postings.jsonl");
    let profiles = std::fs::read_to_string(first.join("profiles.jsonl")).expect("profiles.jsonl");
    let posting_lines = json_lines(&postings);
    let profile_lines = json_lines(&profiles);
    assert_eq!(posting_lines.len(), 120);
    assert_eq!(profile_lines.len(), 80);
    assert_eq!(posting_lines[0]["id"], "job-000001");
    assert_eq!(profile_lines[79]["id"], "js-0000080");
    assert!(
        posting_lines.iter().all(|posting| posting["title"].is_string() && posting["posted_at"].is_string())
    );
    assert!(profile_lines.iter().all(|profile| profile["updated_at"].is_string()));

    for file in ["postings.jsonl", "profiles.jsonl"] {
        let a = std::fs::read(first.join(file)).expect("read");
        let b = std::fs::read(second.join(file)).expect("read");
        let c = std::fs::read(other_seed.join(file)).expect("read");
        assert!(a == b, "{file}: the same arguments must give the same bytes");
        assert!(a != c, "{file}: another seed must give other data");
    }
}

#[test]
fn gen_rejects_bad_arguments() {
    let output = kohtaanto(&["gen", "--postings", "1"]);
    assert_eq!(output.status.code(), Some(2), "missing --out is a usage error");
    let output = kohtaanto(&["gen", "--out", "x", "--now", "1.11.2026"]);
    assert_eq!(output.status.code(), Some(2), "a bad date is a usage error");
    assert!(String::from_utf8_lossy(&output.stderr).contains("2026-11-01"));
}

#[test]
fn skills_extract_finds_finnish_mentions_with_byte_offsets() {
    let text = "Haemme Java-kehittäjää, jolla on kokemusta Kubernetesista\n";
    let output = kohtaanto_with_stdin(&["skills", "extract"], text);
    assert!(output.status.success(), "extract failed: {}", String::from_utf8_lossy(&output.stderr));
    let mentions = json_lines(&String::from_utf8(output.stdout).expect("utf-8"));
    let skills: Vec<&str> =
        mentions.iter().map(|mention| mention["skill"].as_str().expect("skill")).collect();
    assert_eq!(skills, ["java", "kubernetes"]);

    let span = |mention: &Value| {
        let start = mention["start"].as_u64().expect("start") as usize;
        let end = mention["end"].as_u64().expect("end") as usize;
        (start, end)
    };
    // "Haemme " is 7 bytes; the hyphen compound's head is the mention.
    assert_eq!(span(&mentions[0]), (7, 11));
    assert_eq!(mentions[0]["text"], "Java");
    assert_eq!(mentions[0]["label"], "Java");
    // "ä" takes two bytes in UTF-8: byte offsets, not char offsets.
    let kubernetes = text.find("Kubernetes").expect("in text");
    assert_eq!(kubernetes, 46);
    // The span covers the inflected word (elative -ista), as written in the text.
    assert_eq!(span(&mentions[1]), (kubernetes, kubernetes + "Kubernetesista".len()));
    assert_eq!(mentions[1]["text"], "Kubernetesista");
    assert_eq!(mentions[1]["label"], "Kubernetes");
}

#[test]
fn skills_extract_prints_unmapped_mentions_after_the_mentions() {
    let text =
        "You have experience with Java. Experience with automation, B2B and air conditioning systems.\n";
    let output = kohtaanto_with_stdin(&["skills", "extract", "--lang", "en"], text);
    assert!(output.status.success(), "extract failed: {}", String::from_utf8_lossy(&output.stderr));
    let lines = json_lines(&String::from_utf8(output.stdout).expect("utf-8"));
    let first_unmapped = lines.iter().position(|l| l["unmapped"] == true).expect("an unmapped line");
    assert!(lines[..first_unmapped].iter().all(|l| l["skill"].is_string()), "{lines:?}");
    assert!(lines[first_unmapped..].iter().all(|l| l["unmapped"] == true && l.get("skill").is_none()));
    let automation = &lines[first_unmapped];
    let (start, end) =
        (automation["start"].as_u64().expect("start"), automation["end"].as_u64().expect("end"));
    assert_eq!(text.get(start as usize..end as usize), automation["text"].as_str());
    assert!(automation["text"].as_str().is_some_and(|t| t.starts_with("automation")), "{automation}");
}

#[test]
fn skills_extract_labels_follow_the_language() {
    let output =
        kohtaanto_with_stdin(&["skills", "extract", "--lang", "fi"], "Experience with machine learning");
    assert!(output.status.success(), "extract failed: {}", String::from_utf8_lossy(&output.stderr));
    let mentions = json_lines(&String::from_utf8(output.stdout).expect("utf-8"));
    assert_eq!(mentions.len(), 1, "{mentions:?}");
    assert_eq!(mentions[0]["text"], "machine learning");
    assert_eq!(mentions[0]["label"], "koneoppiminen");

    let output = kohtaanto_with_stdin(&["skills", "extract"], "");
    assert!(output.status.success());
    assert!(output.stdout.is_empty());

    let output = kohtaanto_with_stdin(&["skills", "extract", "--lang", "de"], "Python");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn skills_eval_reports_strict_and_loose_scores() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("tiny.jsonl");
    let sentence = r#"{"doc": 1, "sentences": [{"tokens": ["Experience", "with", "Python", "and", "Kubernetes"], "tags_knowledge": ["O", "O", "B", "O", "B"], "tags_skill": ["O", "O", "O", "O", "O"]}]}"#;
    std::fs::write(&file, format!("{sentence}\n")).expect("write fixture");
    let output = kohtaanto(&["skills", "eval", "--skillspan", file.to_str().expect("utf-8 path")]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = String::from_utf8(output.stdout).expect("utf-8");
    assert!(report.contains("2 gold spans"), "{report}");
    assert!(report.contains("strict (exact span): P 1.000 (2/2)  R 1.000 (2/2)  F1 1.000"), "{report}");
    assert!(report.contains("loose (any overlap)"), "{report}");
    let missing = kohtaanto(&["skills", "eval", "--skillspan", "/nonexistent/file.jsonl"]);
    assert!(!missing.status.success());
}

/// `--details FILE`: one JSON object per posting, its sentences on lines of their own, with the
/// gold spans and the scored predictions as byte ranges of that text.
#[test]
fn skills_eval_writes_details_per_posting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("tiny.jsonl");
    let details = dir.path().join("details.jsonl");
    let posting = r#"{"sentences": [{"tokens": ["Backend", "developer"], "tags_knowledge": ["O", "O"]}, {"tokens": ["Experience", "with", "Python", "and", "Kubernetes"], "tags_knowledge": ["O", "O", "B", "O", "B"]}]}"#;
    std::fs::write(&file, format!("{posting}\n{posting}\n")).expect("write fixture");
    let args = [
        "skills",
        "eval",
        "--skillspan",
        file.to_str().expect("utf-8"),
        "--details",
        details.to_str().expect("utf-8"),
    ];
    let output = kohtaanto(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let lines = json_lines(&std::fs::read_to_string(&details).expect("details written"));
    assert_eq!(lines.len(), 2, "one line per posting");
    let text = lines[0]["text"].as_str().expect("text");
    assert_eq!(text, "Backend developer\nExperience with Python and Kubernetes");
    let span = |value: &serde_json::Value| {
        let (start, end) =
            (value[0].as_u64().expect("start") as usize, value[1].as_u64().expect("end") as usize);
        text[start..end].to_string()
    };
    let gold: Vec<String> = lines[0]["gold"].as_array().expect("gold").iter().map(span).collect();
    assert_eq!(gold, ["Python", "Kubernetes"]);
    let predicted: Vec<(String, String)> = lines[0]["predicted"]
        .as_array()
        .expect("predicted")
        .iter()
        .map(|p| {
            let range = serde_json::json!([p["start"], p["end"]]);
            (span(&range), p["skill"].as_str().expect("skill").to_string())
        })
        .collect();
    assert!(predicted.contains(&("Python".to_string(), "python".to_string())), "{predicted:?}");
    assert!(predicted.contains(&("Kubernetes".to_string(), "kubernetes".to_string())), "{predicted:?}");
    let unwritable = [
        "skills",
        "eval",
        "--skillspan",
        file.to_str().expect("utf-8"),
        "--details",
        "/nonexistent/dir/x.jsonl",
    ];
    assert!(!kohtaanto(&unwritable).status.success());
}

/// `kohtaanto skills eval … | head -3` and the like: a reader that goes away ends the command
/// quietly instead of a panic about a broken pipe.
#[test]
fn reports_to_a_closed_pipe_end_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("tiny.jsonl");
    let sentence = r#"{"doc": 1, "sentences": [{"tokens": ["Experience", "with", "Python"], "tags_knowledge": ["O", "O", "B"], "tags_skill": ["O", "O", "O"]}]}"#;
    std::fs::write(&file, format!("{sentence}\n")).expect("write fixture");
    for args in [
        vec!["skills", "eval", "--skillspan", file.to_str().expect("utf-8 path")],
        vec!["skills", "taxonomy-stats"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kohtaanto"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("kohtaanto starts");
        // Close the read end before the command has loaded its taxonomy and written anything.
        drop(child.stdout.take());
        let output = child.wait_with_output().expect("kohtaanto runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(output.status.success(), "{args:?}: {stderr}");
    }
}
