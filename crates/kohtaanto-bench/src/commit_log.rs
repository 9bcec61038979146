//! Counts the store's group commits by listening to its `group commit` debug events (collection,
//! ops, elapsed_ms): how many commits an ingest took, how many records each carried, and how
//! long the writer thread was busy applying and committing them. The server is in-process, so
//! its tracing events reach this layer.

use serde::Serialize;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

/// Running totals for one collection.
#[derive(Debug, Default)]
struct Totals {
    commits: AtomicU64,
    ops: AtomicU64,
    elapsed_ms: AtomicU64,
}

/// Running totals for postings and profiles, shared with the layer.
#[derive(Debug, Default)]
pub struct CommitCounters {
    postings: Totals,
    profiles: Totals,
}

/// Group commits of one collection between two snapshots.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct CommitStats {
    /// Number of group commits.
    pub commits: u64,
    /// Records written by them.
    pub ops: u64,
    /// Time the writer thread spent applying and committing (add documents, commit with fsync,
    /// reader reload), seconds.
    pub writer_busy_s: f64,
}

impl CommitCounters {
    /// Current totals of the `postings` or `profiles` collection.
    pub fn snapshot(&self, collection: &str) -> CommitStats {
        let totals = if collection == "postings" { &self.postings } else { &self.profiles };
        CommitStats {
            commits: totals.commits.load(Ordering::Relaxed),
            ops: totals.ops.load(Ordering::Relaxed),
            writer_busy_s: totals.elapsed_ms.load(Ordering::Relaxed) as f64 / 1e3,
        }
    }
}

impl CommitStats {
    /// What happened between `earlier` and `self`.
    pub fn since(&self, earlier: &CommitStats) -> CommitStats {
        CommitStats {
            commits: self.commits - earlier.commits,
            ops: self.ops - earlier.ops,
            writer_busy_s: self.writer_busy_s - earlier.writer_busy_s,
        }
    }
}

/// The tracing layer; filter it to the `kohtaanto_store` target at DEBUG.
pub struct CommitLayer(pub Arc<CommitCounters>);

#[derive(Default)]
struct CommitEvent {
    collection: Option<String>,
    ops: Option<u64>,
    elapsed_ms: Option<u64>,
}

impl Visit for CommitEvent {
    fn record_u64(&mut self, field: &Field, value: u64) {
        match field.name() {
            "ops" => self.ops = Some(value),
            "elapsed_ms" => self.elapsed_ms = Some(value),
            _ => {}
        }
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        if let Ok(value) = u64::try_from(value) {
            self.record_u64(field, value);
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "collection" {
            self.collection = Some(value.to_string());
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "collection" {
            self.collection = Some(format!("{value:?}").trim_matches('"').to_string());
        }
    }
}

impl<S: Subscriber> Layer<S> for CommitLayer {
    fn on_event(&self, event: &Event<'_>, _context: Context<'_, S>) {
        let mut fields = CommitEvent::default();
        event.record(&mut fields);
        let (Some(collection), Some(ops), Some(elapsed_ms)) =
            (fields.collection, fields.ops, fields.elapsed_ms)
        else {
            return;
        };
        let totals = match collection.as_str() {
            "postings" => &self.0.postings,
            "profiles" => &self.0.profiles,
            _ => return,
        };
        totals.commits.fetch_add(1, Ordering::Relaxed);
        totals.ops.fetch_add(ops, Ordering::Relaxed);
        totals.elapsed_ms.fetch_add(elapsed_ms, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracing_subscriber::layer::SubscriberExt;

    #[test]
    fn counts_group_commit_events() {
        let counters = Arc::new(CommitCounters::default());
        let subscriber = tracing_subscriber::registry().with(CommitLayer(counters.clone()));
        tracing::subscriber::with_default(subscriber, || {
            let name: &'static str = "postings";
            let op_count: usize = 1000;
            tracing::debug!(collection = name, ops = op_count, elapsed_ms = 250u64, "group commit");
            tracing::debug!(collection = name, ops = op_count, elapsed_ms = 150u64, "group commit");
            tracing::debug!(collection = "profiles", ops = 5usize, elapsed_ms = 1u64, "group commit");
            tracing::debug!(unrelated = 1, "something else");
        });
        let postings = counters.snapshot("postings");
        assert_eq!((postings.commits, postings.ops), (2, 2000));
        assert!((postings.writer_busy_s - 0.4).abs() < 1e-9);
        assert_eq!(counters.snapshot("profiles").commits, 1);
        assert_eq!(postings.since(&postings).commits, 0);
    }
}
