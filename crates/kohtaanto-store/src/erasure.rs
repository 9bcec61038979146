//! The eraser of a personal-data collection: rewrites the segments that hold deleted documents
//! (see the "Erasure" section of [`crate::collection`]) and watches for segment files the index
//! no longer uses until they are gone.
//!
//! # Why a watch for leftover files
//! tantivy deletes the files of unused segments when a commit or a merge *succeeds*. A merge
//! that its own merge policy started fails instead when a commit meanwhile dropped one of its
//! input segments (all of its documents deleted), and that failure skips the garbage collection:
//! the merge's output, which holds the input segments' records, deleted ones included, stays on
//! disk until the next commit or merge. With no further write it stayed for good (a flaky CI
//! run of `many_deletes_and_replacements_under_concurrent_writes_are_all_erased`). So after
//! every commit and erasure merge the eraser compares the segment files in the directory with
//! the segments `meta.json` lists, and collects garbage, with a growing pause, until the extra
//! files are gone (extra files also belong to merges still running, which tantivy protects).
//! At shutdown, once every merge thread ended, a last collection removes what is left (repeated
//! for a moment: a merge thread holds its output's metadata a little past the merge's end).

use crate::collection::Readers;
use std::collections::HashSet;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};
use tantivy::index::{SegmentId, SegmentMeta};
use tantivy::{FutureResult, Index, IndexWriter, TantivyDocument};

/// How often the writer thread checks an erasure merge in flight.
const ERASURE_POLL: Duration = Duration::from_millis(10);
/// Wait before retrying an erasure merge that failed (such as one that raced with a merge
/// tantivy started on the same segment).
const ERASURE_RETRY: Duration = Duration::from_millis(200);
/// First pause between checks for leftover segment files; it doubles up to the maximum while
/// they remain (a long merge of tantivy's still running, or a file that cannot be deleted).
const LEFTOVER_FIRST_PAUSE: Duration = Duration::from_millis(20);
const LEFTOVER_MAX_PAUSE: Duration = Duration::from_secs(2);
/// The smallest writer memory tantivy accepts, for the writer of the last collection.
const SHUTDOWN_WRITER_MEMORY: usize = 15_000_000;
/// How long the last collection at shutdown retries while leftover files remain (the start-up
/// collection of the next run removes what is left after that).
const SHUTDOWN_LEFTOVER_WAIT: Duration = Duration::from_secs(5);

/// Rewrites the segments that hold deleted documents.
pub(crate) struct Eraser {
    name: &'static str,
    enabled: bool,
    dir: PathBuf,
    /// A check for segments with deleted documents is wanted (not before `not_before`).
    due: bool,
    not_before: Option<Instant>,
    in_flight: Option<ErasureMerge>,
    leftovers: Option<LeftoverWatch>,
}

struct ErasureMerge {
    stats: MergeStats,
    result: FutureResult<Option<SegmentMeta>>,
}

/// What an erasure merge works on, for its log line.
struct MergeStats {
    segments: usize,
    deleted_docs: u64,
    started: Instant,
}

/// Segment files the index no longer lists may remain: check at `next_check`.
struct LeftoverWatch {
    next_check: Instant,
    pause: Duration,
}

impl LeftoverWatch {
    fn now() -> LeftoverWatch {
        LeftoverWatch { next_check: Instant::now(), pause: LEFTOVER_FIRST_PAUSE }
    }
}

impl Eraser {
    /// `dir` is the collection's directory; `enabled` is false for collections whose deleted
    /// documents need not leave the files.
    pub(crate) fn new(name: &'static str, enabled: bool, dir: &Path) -> Eraser {
        Eraser {
            name,
            enabled,
            dir: dir.to_path_buf(),
            due: enabled,
            not_before: None,
            in_flight: None,
            leftovers: enabled.then(LeftoverWatch::now),
        }
    }

    /// How long the writer thread may wait for the next request before calling [`Eraser::step`];
    /// `None`: nothing to do until the next commit.
    pub(crate) fn wait_at_most(&self) -> Option<Duration> {
        if self.in_flight.is_some() || self.due {
            return Some(ERASURE_POLL);
        }
        self.leftovers.as_ref().map(|watch| watch.next_check.saturating_duration_since(Instant::now()))
    }

    /// After a commit: deleted or replaced documents may need erasing.
    pub(crate) fn wanted(&mut self) {
        if self.enabled {
            self.due = true;
            self.leftovers = Some(LeftoverWatch::now());
        }
    }

    /// Check the merge in flight, start one when due, or look for leftover files.
    pub(crate) fn step(&mut self, writer: &mut IndexWriter<TantivyDocument>, readers: &Readers) {
        if let Some(mut merge) = self.in_flight.take() {
            let mut context = Context::from_waker(Waker::noop());
            match Pin::new(&mut merge.result).poll(&mut context) {
                Poll::Ready(result) => self.merge_ended(merge.stats, result, readers),
                Poll::Pending => {
                    self.in_flight = Some(merge);
                    return;
                }
            }
        }
        if self.due && self.not_before.is_none_or(|at| Instant::now() >= at) {
            self.due = false;
            self.not_before = None;
            // With nothing to erase, the files of segments the index no longer uses are the
            // leftover watch's, right below.
            if let Err(error) = self.start(writer, readers) {
                tracing::warn!(collection = self.name, %error, "cannot start erasing deleted documents, will retry");
                self.retry_later();
            }
        }
        if self.in_flight.is_none() && !self.due {
            self.watch_leftovers(writer);
        }
    }

    /// Nothing is left to erase in the index: delete the files of segments it no longer uses.
    fn collect_garbage(&self, writer: &IndexWriter<TantivyDocument>) {
        if let Err(error) = writer.garbage_collect_files().wait() {
            tracing::warn!(collection = self.name, %error, "deleting the files of merged segments failed");
        }
    }

    /// When the watch is due: collect garbage while files of unlisted segments remain, with a
    /// growing pause; stop watching once there are none.
    fn watch_leftovers(&mut self, writer: &mut IndexWriter<TantivyDocument>) {
        let Some(watch) = self.leftovers.as_mut() else { return };
        if Instant::now() < watch.next_check {
            return;
        }
        let remaining = match unlisted_segment_files(&self.dir, writer.index()) {
            Ok(0) => {
                self.leftovers = None;
                return;
            }
            Ok(count) => count,
            Err(error) => {
                tracing::warn!(collection = self.name, %error, "cannot list the segment files");
                usize::MAX
            }
        };
        tracing::debug!(collection = self.name, remaining, "collecting leftover segment files");
        self.collect_garbage(writer);
        if unlisted_segment_files(&self.dir, writer.index()).is_ok_and(|count| count == 0) {
            self.leftovers = None;
        } else if let Some(watch) = self.leftovers.as_mut() {
            watch.next_check = Instant::now() + watch.pause;
            watch.pause = (watch.pause * 2).min(LEFTOVER_MAX_PAUSE);
        }
    }

    fn retry_later(&mut self) {
        self.due = true;
        self.not_before = Some(Instant::now() + ERASURE_RETRY);
    }

    /// Start merging every segment with deleted documents; `Ok(false)` when there is none.
    fn start(
        &mut self,
        writer: &mut IndexWriter<TantivyDocument>,
        readers: &Readers,
    ) -> tantivy::Result<bool> {
        readers.own.reload()?;
        let searcher = readers.own.searcher();
        let with_deletes: Vec<(SegmentId, u64)> = searcher
            .segment_readers()
            .iter()
            .filter(|segment| segment.has_deletes())
            .map(|segment| (segment.segment_id(), u64::from(segment.num_deleted_docs())))
            .collect();
        if with_deletes.is_empty() {
            return Ok(false);
        }
        let ids: Vec<SegmentId> = with_deletes.iter().map(|(id, _)| *id).collect();
        let stats = MergeStats {
            segments: ids.len(),
            deleted_docs: with_deletes.iter().map(|(_, deleted)| deleted).sum(),
            started: Instant::now(),
        };
        self.in_flight = Some(ErasureMerge { stats, result: writer.merge(&ids) });
        Ok(true)
    }

    fn merge_ended(
        &mut self,
        stats: MergeStats,
        result: tantivy::Result<Option<SegmentMeta>>,
        readers: &Readers,
    ) {
        self.leftovers = Some(LeftoverWatch::now());
        match result {
            Ok(_) => {
                // Searchers of the old segments would keep their (deleted) files mapped.
                if let Err(error) = readers.reload() {
                    tracing::warn!(collection = self.name, %error, "reader reload after erasure failed");
                }
                tracing::debug!(
                    collection = self.name,
                    segments = stats.segments,
                    deleted_docs = stats.deleted_docs,
                    elapsed_ms = stats.started.elapsed().as_millis() as u64,
                    "erased deleted documents"
                );
                // Deletes committed while the merge ran are erased next.
                self.due = true;
            }
            Err(error) if segments_vanished_during_merge(&error) => {
                // A commit during the merge dropped a merged segment whose documents were all
                // deleted (tantivy removes empty committed segments when it saves its metas), so
                // tantivy discards the merge. Nothing is lost and the emptied segment is gone
                // with its data; erase the remaining deletes at once (the discarded output is a
                // leftover the watch removes).
                tracing::debug!(collection = self.name, %error, "erasure merge raced a commit, retrying");
                self.due = true;
            }
            Err(error) => {
                tracing::warn!(collection = self.name, %error, "erasing deleted documents failed, will retry");
                self.retry_later();
            }
        }
    }

    /// At shutdown: wait for the merge in flight and erase what is still pending.
    pub(crate) fn finish(&mut self, writer: &mut IndexWriter<TantivyDocument>, readers: &Readers) {
        if !self.enabled {
            return;
        }
        for _ in 0..5 {
            if let Some(ErasureMerge { stats, result }) = self.in_flight.take() {
                self.merge_ended(stats, result.wait(), readers);
            }
            match self.start(writer, readers) {
                Ok(true) => {}
                Ok(false) => {
                    self.collect_garbage(writer);
                    return;
                }
                Err(error) => {
                    tracing::warn!(collection = self.name, %error, "erasing at shutdown failed");
                    std::thread::sleep(ERASURE_RETRY);
                }
            }
        }
    }

    /// At shutdown, after the writer is gone and every merge thread ended: remove the files of
    /// segments `meta.json` does not list (those of a merge that failed after
    /// [`Eraser::finish`]), with a writer of its own. A merge thread still holds its output's
    /// metadata (which protects the files) for a moment after tantivy counts the merge as ended,
    /// so the collection is repeated for a short while until no such file is left.
    pub(crate) fn collect_after_merges(&self, index: &Index) {
        let no_leftovers = || unlisted_segment_files(&self.dir, index).is_ok_and(|count| count == 0);
        if !self.enabled || no_leftovers() {
            return;
        }
        let writer = match index.writer_with_num_threads::<TantivyDocument>(1, SHUTDOWN_WRITER_MEMORY) {
            Ok(writer) => writer,
            Err(error) => {
                tracing::warn!(collection = self.name, %error, "cannot open a writer to delete leftover segment files");
                return;
            }
        };
        let started = Instant::now();
        loop {
            if let Err(error) = writer.garbage_collect_files().wait() {
                tracing::warn!(collection = self.name, %error, "deleting leftover segment files at shutdown failed");
                return;
            }
            if no_leftovers() {
                return;
            }
            if started.elapsed() >= SHUTDOWN_LEFTOVER_WAIT {
                tracing::warn!(
                    collection = self.name,
                    "segment files the index does not list remain at shutdown"
                );
                return;
            }
            std::thread::sleep(ERASURE_POLL);
        }
    }
}

/// How many files in `dir` are named after a segment that `meta.json` does not list (tantivy
/// names segment files `<segment uuid>.<extension>`).
fn unlisted_segment_files(dir: &Path, index: &Index) -> tantivy::Result<usize> {
    let listed: HashSet<String> = index.searchable_segment_ids()?.iter().map(|id| id.uuid_string()).collect();
    let entries = std::fs::read_dir(dir).map_err(tantivy::TantivyError::from)?;
    Ok(entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            name.to_str().and_then(|name| name.split('.').next()).is_some_and(|stem| {
                let names_a_segment = stem.len() == 32 && stem.bytes().all(|byte| byte.is_ascii_hexdigit());
                names_a_segment && !listed.contains(stem)
            })
        })
        .count())
}

/// tantivy's error for a merge whose input segments left the segment manager while it ran.
pub(crate) fn segments_vanished_during_merge(error: &tantivy::TantivyError) -> bool {
    matches!(error, tantivy::TantivyError::InvalidArgument(message)
        if message.contains("segments that were merged could not be found"))
}
