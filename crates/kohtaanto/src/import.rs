//! `kohtaanto import`: JSON Lines into the server, in batches, several in flight.
//!
//! # Flow
//! A blocking reader thread reads the file line by line, parses each line into the domain type
//! (serde), validates it ([`Validate`]), converts it to protobuf with the server's converters
//! and packs the records into batches (at most `--batch-size` records and [`MAX_BATCH_BYTES`]).
//! Bad lines become [`Rejection`]s with their line number and the reader goes on. Batches go
//! through a small channel to the async side, which keeps up to `--in-flight` upsert calls
//! running; the per-item results of the server turn into accepted records or more rejections.
//! Upserts create or replace by id, so transient failures (server busy or restarting) are
//! retried, and a whole import can be run again. The first batch that fails for good stops
//! the import: the reader stops when the channel closes.

use crate::cli::{ImportArgs, ImportKind};
use crate::client::{Connection, describe_status, is_transient};
use crate::exit::Outcome;
use anyhow::{Context, Result, anyhow};
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use kohtaanto_domain::{JobPosting, JobseekerProfile, TrainingProgramme, Validate};
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::{job_posting_to_proto, profile_to_proto};
use kohtaanto_server::programmes::programme_to_proto;
use prost::Message;
use serde::Deserialize;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tonic::{Code, Status};

/// Largest encoded size of one batch. The server's default message limit is 16 MiB; a quarter
/// of it leaves room for a server configured lower and keeps the batches quick to send.
const MAX_BATCH_BYTES: usize = 4 * 1024 * 1024;
/// Rejections listed in the summary (the count covers all of them).
const SHOWN_REJECTIONS: usize = 20;
/// Waits before repeating a call that failed transiently; one more try than delays.
const RETRY_DELAYS: [Duration; 4] =
    [Duration::from_millis(250), Duration::from_secs(1), Duration::from_secs(2), Duration::from_secs(4)];

/// A line that was not stored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// 1-based line number in the file.
    pub line: u64,
    /// Id of the record when it could be read; empty otherwise.
    pub id: String,
    /// Field at fault (e.g. `requirements[2].importance`), empty when not known.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}", self.line)?;
        if !self.id.is_empty() {
            write!(f, " (id {})", self.id)?;
        }
        f.write_str(": ")?;
        if !self.field.is_empty() && !self.message.starts_with(&self.field) {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

/// The rejections with the lowest line numbers, and how many there were in all.
#[derive(Debug, Default)]
struct Rejections {
    first: Vec<Rejection>,
    count: u64,
}

impl Rejections {
    fn push(&mut self, rejection: Rejection) {
        self.count += 1;
        self.first.push(rejection);
        if self.first.len() > 10 * SHOWN_REJECTIONS {
            self.trim();
        }
    }

    fn merge(&mut self, other: Rejections) {
        self.count += other.count;
        self.first.extend(other.first);
        self.trim();
    }

    fn trim(&mut self) {
        self.first.sort_by_key(|rejection| rejection.line);
        self.first.truncate(SHOWN_REJECTIONS);
    }
}

/// Records of one kind, converted for the wire.
#[derive(Debug, Clone)]
enum Records {
    Postings(Vec<pb::JobPosting>),
    Profiles(Vec<pb::JobseekerProfile>),
    Programmes(Vec<pb::TrainingProgramme>),
}

/// One parsed and converted record.
#[derive(Debug)]
enum Record {
    Posting(pb::JobPosting),
    Profile(pb::JobseekerProfile),
    Programme(pb::TrainingProgramme),
}

impl Record {
    fn encoded_len(&self) -> usize {
        match self {
            Record::Posting(posting) => posting.encoded_len(),
            Record::Profile(profile) => profile.encoded_len(),
            Record::Programme(programme) => programme.encoded_len(),
        }
    }
}

/// Records to send in one call, with where they came from.
#[derive(Debug)]
struct Batch {
    /// Line number and id of each record, in the order of `records`.
    origins: Vec<(u64, String)>,
    records: Records,
    /// Bytes of the file these records came from (for the progress bar).
    file_bytes: u64,
    /// Encoded size of the records.
    encoded_bytes: usize,
}

impl Batch {
    fn new(kind: ImportKind) -> Batch {
        let records = match kind {
            ImportKind::Postings => Records::Postings(Vec::new()),
            ImportKind::Profiles => Records::Profiles(Vec::new()),
            ImportKind::Programmes => Records::Programmes(Vec::new()),
        };
        Batch { origins: Vec::new(), records, file_bytes: 0, encoded_bytes: 0 }
    }

    fn len(&self) -> usize {
        self.origins.len()
    }

    fn push(&mut self, line: u64, id: String, record: Record, file_bytes: u64, encoded_bytes: usize) {
        match (&mut self.records, record) {
            (Records::Postings(postings), Record::Posting(posting)) => postings.push(posting),
            (Records::Profiles(profiles), Record::Profile(profile)) => profiles.push(profile),
            (Records::Programmes(programmes), Record::Programme(programme)) => programmes.push(programme),
            // parse_line makes records of the batch's kind only.
            (_, record) => debug_assert!(false, "record {record:?} of another kind"),
        }
        self.origins.push((line, id));
        self.file_bytes += file_bytes;
        self.encoded_bytes += encoded_bytes;
    }

    /// Lines of the batch, for messages: `lines 1001-2000`.
    fn line_range(&self) -> String {
        match (self.origins.first(), self.origins.last()) {
            (Some((first, _)), Some((last, _))) if first != last => format!("lines {first}-{last}"),
            (Some((first, _)), _) => format!("line {first}"),
            _ => "no lines".to_string(),
        }
    }
}

/// Only the id of a record, to name a line whose record does not parse.
#[derive(Deserialize)]
struct IdOnly {
    id: String,
}

/// Parses, validates and converts one non-blank line. The error holds what a [`Rejection`]
/// needs except the line number.
fn parse_line(kind: ImportKind, line: &str) -> Result<(String, Record), Rejection> {
    let reject = |id: String, field: String, message: String| Rejection { line: 0, id, field, message };
    match kind {
        ImportKind::Postings => {
            let posting: JobPosting = serde_json::from_str(line).map_err(|error| {
                let (field, message) = describe_json_error(&error);
                reject(id_of(line), field, message)
            })?;
            posting.validate().map_err(|error| reject(posting.id.clone(), error.field, error.message))?;
            let id = posting.id.clone();
            Ok((id, Record::Posting(job_posting_to_proto(posting, &[]))))
        }
        ImportKind::Profiles => {
            let profile: JobseekerProfile = serde_json::from_str(line).map_err(|error| {
                let (field, message) = describe_json_error(&error);
                reject(id_of(line), field, message)
            })?;
            profile.validate().map_err(|error| reject(profile.id.clone(), error.field, error.message))?;
            let id = profile.id.clone();
            Ok((id, Record::Profile(profile_to_proto(profile, &[]))))
        }
        ImportKind::Programmes => {
            let programme: TrainingProgramme = serde_json::from_str(line).map_err(|error| {
                let (field, message) = describe_json_error(&error);
                reject(id_of(line), field, message)
            })?;
            programme.validate().map_err(|error| reject(programme.id.clone(), error.field, error.message))?;
            let id = programme.id.clone();
            Ok((id, Record::Programme(programme_to_proto(programme))))
        }
    }
}

/// The id of a line that did not parse as a record, when it has one.
fn id_of(line: &str) -> String {
    serde_json::from_str::<IdOnly>(line).map(|only| only.id).unwrap_or_default()
}

/// Field (when serde names one) and message of a JSON error, without serde's "at line 1"
/// position (each record is one line; the column is kept).
fn describe_json_error(error: &serde_json::Error) -> (String, String) {
    let text = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let reason = text.strip_suffix(&position).unwrap_or(&text);
    let field = reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
        .map(str::to_string)
        .unwrap_or_default();
    let message = if field.is_empty() {
        let what = if error.is_data() { "invalid record" } else { "invalid JSON" };
        format!("{what}: {reason} (column {})", error.column())
    } else {
        "missing".to_string()
    };
    (field, message)
}

/// What the reader thread did.
#[derive(Debug, Default)]
struct ReadSummary {
    /// Non-blank lines read.
    lines: u64,
    /// Lines rejected while parsing and validating.
    rejections: Rejections,
}

/// Reads `input` line by line into batches sent to `batches`; stops early when the receiver
/// is gone (the import was aborted).
fn read_batches(
    mut input: impl BufRead,
    kind: ImportKind,
    batch_size: usize,
    batches: mpsc::Sender<Batch>,
    progress: ProgressBar,
) -> Result<ReadSummary> {
    let mut summary = ReadSummary::default();
    let mut batch = Batch::new(kind);
    let mut buffer = Vec::with_capacity(64 * 1024);
    let mut line_number = 0u64;
    loop {
        buffer.clear();
        let read = input
            .read_until(b'\n', &mut buffer)
            .with_context(|| format!("cannot read line {}", line_number + 1))?;
        if read == 0 {
            break;
        }
        line_number += 1;
        let file_bytes = read as u64;
        let Ok(text) = std::str::from_utf8(&buffer) else {
            summary.lines += 1;
            summary.rejections.push(Rejection {
                line: line_number,
                id: String::new(),
                field: String::new(),
                message: "not valid UTF-8".to_string(),
            });
            progress.inc(file_bytes);
            continue;
        };
        let text = if line_number == 1 { text.trim_start_matches('\u{feff}') } else { text };
        if text.trim().is_empty() {
            progress.inc(file_bytes);
            continue;
        }
        summary.lines += 1;
        match parse_line(kind, text) {
            Ok((id, record)) => {
                let encoded_bytes = record.encoded_len();
                if batch.len() > 0 && batch.encoded_bytes + encoded_bytes > MAX_BATCH_BYTES {
                    let full = std::mem::replace(&mut batch, Batch::new(kind));
                    if batches.blocking_send(full).is_err() {
                        return Ok(summary);
                    }
                }
                batch.push(line_number, id, record, file_bytes, encoded_bytes);
                if batch.len() >= batch_size {
                    let full = std::mem::replace(&mut batch, Batch::new(kind));
                    if batches.blocking_send(full).is_err() {
                        return Ok(summary);
                    }
                }
            }
            Err(rejection) => {
                summary.rejections.push(Rejection { line: line_number, ..rejection });
                progress.inc(file_bytes);
            }
        }
    }
    if batch.len() > 0 {
        // A closed channel means the import was aborted; the summary says so.
        let _ = batches.blocking_send(batch);
    }
    Ok(summary)
}

/// The outcome of one batch call.
#[derive(Debug)]
struct BatchReport {
    batch: Batch,
    result: Result<Vec<pb::UpsertResult>, Status>,
}

/// Sends one batch, repeating it after transient failures.
async fn send_batch(connection: Connection, batch: Batch) -> BatchReport {
    let mut attempt = 0;
    loop {
        let result = match &batch.records {
            Records::Postings(postings) => connection
                .job_postings()
                .upsert_job_postings(pb::UpsertJobPostingsRequest { job_postings: postings.clone() })
                .await
                .map(|response| response.into_inner().results),
            Records::Profiles(profiles) => connection
                .profiles()
                .upsert_profiles(pb::UpsertProfilesRequest { profiles: profiles.clone() })
                .await
                .map(|response| response.into_inner().results),
            Records::Programmes(programmes) => connection
                .training_programmes()
                .upsert_programmes(pb::UpsertProgrammesRequest { programmes: programmes.clone() })
                .await
                .map(|response| response.into_inner().results),
        };
        match result {
            Err(status) if is_transient(&status) && attempt < RETRY_DELAYS.len() => {
                tokio::time::sleep(RETRY_DELAYS[attempt]).await;
                attempt += 1;
            }
            result => return BatchReport { batch, result },
        }
    }
}

/// Strips the batch position a server puts before a field path (`job_postings[3].title` ->
/// `title`), as the line number already says which record it is.
fn strip_batch_prefix(text: &str) -> &str {
    for prefix in ["job_postings[", "profiles[", "programmes["] {
        if let Some(rest) = text.strip_prefix(prefix)
            && let Some(close) = rest.find(']')
            && rest[..close].bytes().all(|b| b.is_ascii_digit())
        {
            let rest = &rest[close + 1..];
            return rest.strip_prefix('.').unwrap_or(rest);
        }
    }
    text
}

/// The counts and messages of an import, printed at the end.
#[derive(Debug, Default)]
pub struct Summary {
    /// Records the server acknowledged as stored.
    pub accepted: u64,
    /// Non-blank lines read.
    pub lines: u64,
    rejections: Rejections,
    /// Failures that stopped records from being stored (failed batches or items), first few.
    pub failures: Vec<String>,
    /// Records not stored because of a failure.
    pub failed_records: u64,
}

impl Summary {
    /// Number of rejected lines.
    pub fn rejected(&self) -> u64 {
        self.rejections.count
    }

    /// The summary as printed, `what` being "postings", "profiles" or "programmes".
    pub fn render(&self, what: &str, source: &str, elapsed: Duration) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let seconds = elapsed.as_secs_f64();
        let rate = if seconds > 0.0 { self.accepted as f64 / seconds } else { 0.0 };
        let _ = writeln!(
            out,
            "imported {what} from {source}: {} lines in {seconds:.2} s ({rate:.0} records/s)",
            self.lines
        );
        let _ = writeln!(out, "accepted: {}", self.accepted);
        let _ = writeln!(out, "rejected: {}", self.rejections.count);
        for rejection in &self.rejections.first {
            let _ = writeln!(out, "  {rejection}");
        }
        let shown = self.rejections.first.len() as u64;
        if self.rejections.count > shown {
            let _ = writeln!(out, "  ... and {} more", self.rejections.count - shown);
        }
        if !self.failures.is_empty() || self.failed_records > 0 {
            let _ = writeln!(out, "not stored because of errors: {}", self.failed_records);
            for failure in &self.failures {
                let _ = writeln!(out, "  {failure}");
            }
        }
        out
    }

    /// Takes the server's per-item results of a batch.
    fn record_results(&mut self, batch: &Batch, results: &[pb::UpsertResult]) {
        if results.len() != batch.len() {
            self.fail(
                batch.len() as u64,
                format!(
                    "{}: the server answered {} results for {} records",
                    batch.line_range(),
                    results.len(),
                    batch.len()
                ),
            );
            return;
        }
        for ((line, id), result) in batch.origins.iter().zip(results) {
            match Code::from(result.code) {
                Code::Ok => self.accepted += 1,
                Code::InvalidArgument => self.rejections.push(Rejection {
                    line: *line,
                    id: id.clone(),
                    field: strip_batch_prefix(&result.field).to_string(),
                    message: strip_batch_prefix(&result.message).to_string(),
                }),
                code => self.fail(
                    1,
                    format!("line {line} (id {id}): not stored: {}: {}", code.description(), result.message),
                ),
            }
        }
    }

    fn fail(&mut self, records: u64, message: String) {
        self.failed_records += records;
        if self.failures.len() < SHOWN_REJECTIONS {
            self.failures.push(message);
        }
    }
}

/// Runs `kohtaanto import`.
pub async fn run(args: &ImportArgs) -> Result<Outcome> {
    let started = Instant::now();
    let from_stdin = args.file == Path::new("-");
    let (input, total_bytes): (Box<dyn BufRead + Send>, Option<u64>) = if from_stdin {
        (Box::new(BufReader::new(std::io::stdin())), None)
    } else {
        let file = File::open(&args.file).with_context(|| format!("cannot open {}", args.file.display()))?;
        let length = file.metadata().map(|metadata| metadata.len()).ok();
        (Box::new(BufReader::with_capacity(1 << 20, file)), length)
    };
    let connection = Connection::connect(&args.server).await?;

    let progress = progress_bar(total_bytes);
    let (sender, receiver) = mpsc::channel::<Batch>(args.in_flight as usize);
    let kind = args.kind;
    let batch_size = args.batch_size as usize;
    let reader_progress = progress.clone();
    let reader =
        tokio::task::spawn_blocking(move || read_batches(input, kind, batch_size, sender, reader_progress));

    let mut summary = Summary::default();
    let what = match args.kind {
        ImportKind::Postings => ("UpsertJobPostings", "postings"),
        ImportKind::Profiles => ("UpsertProfiles", "profiles"),
        ImportKind::Programmes => ("UpsertProgrammes", "programmes"),
    };
    {
        let batches = futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.recv().await.map(|batch| (batch, receiver))
        });
        let reports = batches
            .map(|batch| send_batch(connection.clone(), batch))
            .buffer_unordered(args.in_flight as usize);
        let mut reports = std::pin::pin!(reports);
        while let Some(report) = reports.next().await {
            progress.inc(report.batch.file_bytes);
            match &report.result {
                Ok(results) => summary.record_results(&report.batch, results),
                Err(status) => {
                    let message = describe_status(connection.url(), what.0, status);
                    summary
                        .fail(report.batch.len() as u64, format!("{}: {message}", report.batch.line_range()));
                    // Stop: dropping the stream closes the channel, which stops the reader.
                    break;
                }
            }
            progress.set_message(format!("{} stored, {} rejected", summary.accepted, summary.rejected()));
        }
    }
    progress.finish_and_clear();

    let read = reader.await.map_err(|error| anyhow!("the reader thread failed: {error}"))?;
    let read_error = match read {
        Ok(read) => {
            summary.lines = read.lines;
            summary.rejections.merge(read.rejections);
            None
        }
        Err(error) => Some(error),
    };
    summary.rejections.trim();

    let source = if from_stdin { "stdin".to_string() } else { args.file.display().to_string() };
    print!("{}", summary.render(what.1, &source, started.elapsed()));

    if let Some(error) = read_error {
        return Err(error.context(format!("import from {source} stopped")));
    }
    if summary.failed_records > 0 {
        return Err(anyhow!("{} records were not stored", summary.failed_records));
    }
    Ok(if summary.rejected() > 0 { Outcome::Partial } else { Outcome::Success })
}

/// A progress bar over the bytes of the file on stderr; hidden when stderr is not a terminal.
fn progress_bar(total_bytes: Option<u64>) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::stderr());
    let template = if total_bytes.is_some() {
        "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} (eta {eta}) {msg}"
    } else {
        "{spinner} [{elapsed_precise}] {bytes} {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    const POSTING: &str = r#"{"id":"job-1","title":"Python-kehittäjä","posted_at":"2026-03-01T12:00:00Z","requirements":[{"skill":"python","importance":"required"}]}"#;
    const PROFILE: &str =
        r#"{"id":"js-1","skills":[{"skill":"python","level":4}],"updated_at":"2026-03-01T12:00:00Z"}"#;

    #[test]
    fn good_lines_are_converted() {
        let (id, record) = parse_line(ImportKind::Postings, POSTING).expect("valid posting");
        assert_eq!(id, "job-1");
        let Record::Posting(posting) = record else { panic!("not a posting") };
        assert_eq!(posting.requirements[0].skill, "python");
        assert_eq!(posting.requirements[0].importance(), pb::Importance::Required);
        let (id, record) = parse_line(ImportKind::Profiles, PROFILE).expect("valid profile");
        assert_eq!(id, "js-1");
        assert!(matches!(record, Record::Profile(profile) if profile.skills[0].level == 4));
    }

    #[test]
    fn programme_lines_are_converted() {
        let line = r#"{"id":"prog-1","name":"Testiautomaatio","skills":[{"skill":"robot-framework","level":3}],"region":"Uusimaa","language":"fi","duration_weeks":10,"start_date":"2027-01-11","seats":20}"#;
        let (id, record) = parse_line(ImportKind::Programmes, line).expect("valid programme");
        assert_eq!(id, "prog-1");
        let Record::Programme(programme) = record else { panic!("not a programme") };
        assert_eq!(programme.skills[0].level, 3);
        assert_eq!(programme.start_date, Some(pb::CalendarDate { year: 2027, month: 1, day: 11 }));
        let no_skills = r#"{"id":"prog-2","name":"Tyhjä"}"#;
        let rejection = parse_line(ImportKind::Programmes, no_skills).expect_err("teaches nothing");
        assert_eq!((rejection.id.as_str(), rejection.field.as_str()), ("prog-2", "skills"));
        assert_eq!(strip_batch_prefix("programmes[3].skills[0].skill"), "skills[0].skill");
    }

    #[test]
    fn bad_lines_say_why() {
        let rejection = parse_line(ImportKind::Postings, "{not json").expect_err("bad json");
        assert!(rejection.message.starts_with("invalid JSON: "), "{rejection:?}");
        assert!(!rejection.message.contains("line 1"), "{rejection:?}");

        let missing = r#"{"id":"job-2","title":"Dev"}"#;
        let rejection = parse_line(ImportKind::Postings, missing).expect_err("no posted_at");
        assert_eq!((rejection.id.as_str(), rejection.field.as_str()), ("job-2", "posted_at"));
        assert_eq!(rejection.to_string(), "line 0 (id job-2): posted_at: missing");

        let bad_level = PROFILE.replace(r#""level":4"#, r#""level":9"#);
        let rejection = parse_line(ImportKind::Profiles, &bad_level).expect_err("level 9");
        assert_eq!(rejection.id, "js-1");
        assert!(rejection.field.starts_with("skills[0]"), "{rejection:?}");

        let wrong_kind = parse_line(ImportKind::Profiles, POSTING).expect_err("a posting is no profile");
        assert_eq!(wrong_kind.id, "job-1");
    }

    #[test]
    fn rejections_render_field_once() {
        let rejection = Rejection {
            line: 7,
            id: "job-7".into(),
            field: "requirements[2].importance".into(),
            message: "requirements[2].importance: must be specified".into(),
        };
        assert_eq!(rejection.to_string(), "line 7 (id job-7): requirements[2].importance: must be specified");
        let rejection =
            Rejection { line: 8, id: String::new(), field: String::new(), message: "not valid UTF-8".into() };
        assert_eq!(rejection.to_string(), "line 8: not valid UTF-8");
        assert_eq!(
            strip_batch_prefix("job_postings[12].title: must not be empty"),
            "title: must not be empty"
        );
        assert_eq!(strip_batch_prefix("profiles[0].skills[1]"), "skills[1]");
        assert_eq!(strip_batch_prefix("skills[1].level"), "skills[1].level");
    }

    #[test]
    fn reader_batches_lines_and_rejects_bad_ones() {
        let mut text = String::new();
        for i in 1..=5 {
            text.push_str(&POSTING.replace("job-1", &format!("job-{i}")));
            text.push('\n');
        }
        text.push_str("\n   \n{broken\n");
        text.push_str(&POSTING.replace("job-1", "job-6"));
        let (sender, mut receiver) = mpsc::channel(16);
        let summary = read_batches(text.as_bytes(), ImportKind::Postings, 2, sender, ProgressBar::hidden())
            .expect("reads");
        assert_eq!(summary.lines, 7);
        assert_eq!(summary.rejections.count, 1);
        assert_eq!(summary.rejections.first[0].line, 8);
        let mut sizes = Vec::new();
        let mut origins = Vec::new();
        while let Ok(batch) = receiver.try_recv() {
            sizes.push(batch.len());
            origins.extend(batch.origins.iter().map(|(line, _)| *line));
        }
        assert_eq!(sizes, [2, 2, 2]);
        assert_eq!(origins, [1, 2, 3, 4, 5, 9]);
    }

    #[test]
    fn server_results_count_per_item() {
        let mut batch = Batch::new(ImportKind::Postings);
        for line in 1..=3 {
            let (id, record) = parse_line(ImportKind::Postings, POSTING).expect("valid");
            batch.push(line, id, record, 10, 10);
        }
        let ok = pb::UpsertResult { id: "job-1".into(), code: 0, ..Default::default() };
        let invalid = pb::UpsertResult {
            id: "job-1".into(),
            code: 3,
            message: "job_postings[1].requirements[0].skill: unknown skill \"pyhton\"".into(),
            field: "job_postings[1].requirements[0].skill".into(),
        };
        let internal = pb::UpsertResult {
            id: "job-1".into(),
            code: 13,
            message: "disk full".into(),
            field: String::new(),
        };
        let mut summary = Summary::default();
        summary.record_results(&batch, &[ok, invalid, internal]);
        assert_eq!(summary.accepted, 1);
        assert_eq!(summary.rejected(), 1);
        assert_eq!(
            summary.rejections.first[0].to_string(),
            "line 2 (id job-1): requirements[0].skill: unknown skill \"pyhton\""
        );
        assert_eq!(summary.failed_records, 1);
        let text = summary.render("postings", "p.jsonl", Duration::from_secs(1));
        assert!(text.contains("accepted: 1\nrejected: 1\n"), "{text}");
        assert!(text.contains("not stored because of errors: 1"), "{text}");

        let mut summary = Summary::default();
        summary.record_results(&batch, &[]);
        assert_eq!(summary.failed_records, 3);
        assert!(summary.failures[0].starts_with("lines 1-3: "), "{:?}", summary.failures);
    }

    #[test]
    fn only_the_first_rejections_are_kept() {
        let mut rejections = Rejections::default();
        for line in (1..=1_000).rev() {
            rejections.push(Rejection { line, id: String::new(), field: String::new(), message: "x".into() });
        }
        rejections.trim();
        assert_eq!(rejections.count, 1_000);
        assert_eq!(rejections.first.len(), SHOWN_REJECTIONS);
        assert_eq!(rejections.first[0].line, 1);
    }
}
