//! One tantivy index of records (postings or profiles): opening, the writer thread with group
//! commit, erasure of deleted documents, and reads by id and in id order.
//!
//! # Durability
//! All writes go through one writer thread. It takes every request waiting in its queue,
//! applies them, commits once (tantivy fsyncs the new segment files and `meta.json` before the
//! commit returns), reloads the reader, and only then acknowledges each request. So an
//! acknowledged write survives kill -9 and is visible to the next query, and concurrent writers
//! share commits. A failed commit (full disk, read-only file system) is rolled back and reported
//! to every request of the group, the files it left are garbage-collected, and the writer goes
//! on with the next group: nothing acknowledged is touched, reads are unaffected.
//!
//! # Erasure (personal data)
//! A tantivy delete only marks the document in the segment's alive bitset: the stored record
//! stays in the segment files until a merge rewrites the segment. A collection opened with
//! [`CollectionOptions::erase_deleted`] therefore rewrites, after every commit, each segment
//! that holds deleted documents (deleted ones and older versions replaced by an upsert) with
//! `IndexWriter::merge`, which writes only the live documents; the end of the merge saves
//! `meta.json` and garbage-collects the old segment files, and the writer thread then reloads
//! the readers so that no searcher keeps the old files mapped. The merge runs on tantivy's merge
//! thread while the writer thread goes on committing; one erasure merge is in flight at a time,
//! and deletes committed meanwhile are erased by the next one. At start-up the writer
//! garbage-collects leftovers of an interrupted commit or merge and erases what a crash left
//! pending; at shutdown it finishes the pending erasure before exiting. The eraser itself lives
//! in [`crate::erasure`]; it also removes segment files that a merge tantivy started and that
//! failed left behind (they hold deleted records too).
//!
//! [`CollectionOptions::uncompressed_records`] stores the records without compression (for new
//! indexes), so that a byte scan of the files for a record's text proves its absence.

use crate::erasure::Eraser;
use crate::error::{Result, StoreError, tantivy_io_kind};
use std::collections::HashMap;
use std::ops::Bound;
use std::path::Path;
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Instant;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::directory::error::OpenDirectoryError;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, Value};
use tantivy::store::Compressor;
use tantivy::{
    DocAddress, Index, IndexReader, IndexSettings, IndexWriter, Order, ReloadPolicy, Searcher,
    TantivyDocument, Term,
};
use tokio::sync::oneshot;

/// Most operations applied in one group commit.
const MAX_OPS_PER_COMMIT: usize = 100_000;

/// How a collection stores and forgets its documents.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CollectionOptions {
    /// Rewrite the segments holding deleted or replaced documents after each commit, so that
    /// their bytes leave the data directory (see the module documentation).
    pub erase_deleted: bool,
    /// Store records without compression (applies when the index is created).
    pub uncompressed_records: bool,
}

impl CollectionOptions {
    /// For personal data (profiles): erase deleted documents, uncompressed records.
    pub fn personal_data() -> CollectionOptions {
        CollectionOptions { erase_deleted: true, uncompressed_records: true }
    }
}

/// One write operation.
pub(crate) enum WriteOp {
    /// Replace (or create) the document with this id.
    Upsert { id: String, document: TantivyDocument },
    /// Remove the document with this id.
    Delete { id: String },
}

struct WriteRequest {
    ops: Vec<WriteOp>,
    reply: oneshot::Sender<Result<Vec<bool>>>,
}

/// An acknowledgement to wait for: per operation, whether the id existed before (deletes) or
/// `true` (upserts).
pub struct WriteTicket(oneshot::Receiver<Result<Vec<bool>>>);

impl WriteTicket {
    /// Wait asynchronously until the write is durable and visible.
    pub async fn wait(self) -> Result<Vec<bool>> {
        self.0.await.map_err(|_| StoreError::WriterStopped)?
    }

    /// Wait, blocking the thread (not for use on an async runtime thread).
    pub fn wait_blocking(self) -> Result<Vec<bool>> {
        self.0.blocking_recv().map_err(|_| StoreError::WriterStopped)?
    }
}

/// Fields every collection has.
#[derive(Clone, Copy)]
pub(crate) struct CommonFields {
    pub id: Field,
    pub record: Field,
    pub effective: Field,
}

pub(crate) struct Collection {
    pub reader: IndexReader,
    pub fields: CommonFields,
    sender: Mutex<Option<mpsc::Sender<WriteRequest>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io { path: path.display().to_string(), source }
}

impl Collection {
    /// Open or create the index in `dir` with `schema` and start its writer thread.
    pub fn open(name: &'static str, dir: &Path, schema: Schema, writer_memory: usize) -> Result<Collection> {
        Collection::open_with(name, dir, schema, writer_memory, CollectionOptions::default())
    }

    /// [`Collection::open`] with options.
    pub fn open_with(
        name: &'static str,
        dir: &Path,
        schema: Schema,
        writer_memory: usize,
        options: CollectionOptions,
    ) -> Result<Collection> {
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let directory = MmapDirectory::open(dir).map_err(|error| {
            let source = match error {
                OpenDirectoryError::IoError { io_error, .. } => {
                    std::io::Error::new(io_error.kind(), io_error.to_string())
                }
                other => std::io::Error::other(other.to_string()),
            };
            io_error(dir, source)
        })?;
        let mut settings = IndexSettings::default();
        if options.uncompressed_records {
            settings.docstore_compression = Compressor::None;
        }
        let index = Index::builder().schema(schema.clone()).settings(settings).open_or_create(directory)?;
        let field = |n: &str| index.schema().get_field(n);
        let fields =
            CommonFields { id: field("id")?, record: field("record")?, effective: field("effective")? };
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, writer_memory)?;
        let (sender, receiver) = mpsc::channel::<WriteRequest>();
        let thread_reader: IndexReader =
            index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let main_reader = reader.clone();
        let id_field = fields.id;
        let thread_dir = dir.to_path_buf();
        let thread = std::thread::Builder::new()
            .name(format!("kohtaanto-writer-{name}"))
            .spawn(move || {
                let readers = Readers { own: thread_reader, shared: main_reader };
                writer_loop(name, writer, readers, id_field, options.erase_deleted, &thread_dir, receiver)
            })
            .map_err(|e| io_error(dir, e))?;
        Ok(Collection { reader, fields, sender: Mutex::new(Some(sender)), thread: Mutex::new(Some(thread)) })
    }

    /// Queue operations; the ticket resolves once they are committed and visible.
    pub fn submit(&self, ops: Vec<WriteOp>) -> Result<WriteTicket> {
        let (reply, receiver) = oneshot::channel();
        let guard = self.sender.lock().map_err(|_| StoreError::WriterStopped)?;
        let sender = guard.as_ref().ok_or(StoreError::WriterStopped)?;
        sender.send(WriteRequest { ops, reply }).map_err(|_| StoreError::WriterStopped)?;
        Ok(WriteTicket(receiver))
    }

    /// Stop accepting writes, let queued writes finish, and wait for the writer thread.
    pub fn close(&self) {
        if let Ok(mut sender) = self.sender.lock() {
            sender.take();
        }
        if let Ok(mut thread) = self.thread.lock()
            && let Some(handle) = thread.take()
        {
            let _ = handle.join();
        }
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    pub fn id_term(&self, id: &str) -> Term {
        Term::from_field_text(self.fields.id, id)
    }

    /// Address of the live document with this id.
    pub fn find(&self, searcher: &Searcher, id: &str) -> Result<Option<DocAddress>> {
        let query = TermQuery::new(self.id_term(id), IndexRecordOption::Basic);
        Ok(searcher.search(&query, &DocSetCollector)?.into_iter().next())
    }

    /// The stored record and effective-skills JSON of a document.
    pub fn stored_json(&self, searcher: &Searcher, address: DocAddress) -> Result<(Vec<u8>, Vec<u8>)> {
        let document: TantivyDocument = searcher.doc(address)?;
        let bytes = |field: Field| {
            document
                .get_first(field)
                .and_then(|value| value.as_bytes())
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        };
        Ok((bytes(self.fields.record), bytes(self.fields.effective)))
    }

    /// Addresses of up to `limit` live documents with id greater than `after` (and containing
    /// `filter`, when given), in id order, and the number of all documents matching `filter`.
    pub fn page_after(
        &self,
        searcher: &Searcher,
        after: Option<&str>,
        limit: usize,
        filter: Option<Term>,
    ) -> Result<(Vec<DocAddress>, u64)> {
        let filter_query = filter.map(|term| TermQuery::new(term, IndexRecordOption::Basic));
        let total = match &filter_query {
            Some(query) => searcher.search(query, &Count)? as u64,
            None => searcher.num_docs(),
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(id) = after {
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(Bound::Excluded(self.id_term(id)), Bound::Unbounded)),
            ));
        }
        if let Some(query) = filter_query {
            clauses.push((Occur::Must, Box::new(query)));
        }
        let query: Box<dyn Query> =
            if clauses.is_empty() { Box::new(AllQuery) } else { Box::new(BooleanQuery::new(clauses)) };
        let collector = TopDocs::with_limit(limit.max(1)).order_by_string_fast_field("id", Order::Asc);
        let hits = searcher.search(query.as_ref(), &collector)?;
        Ok((hits.into_iter().take(limit).map(|(_, address)| address).collect(), total))
    }
}

impl Drop for Collection {
    fn drop(&mut self) {
        self.close();
    }
}

/// The writer thread's reader (for existence checks) and the reader queries use.
pub(crate) struct Readers {
    pub(crate) own: IndexReader,
    pub(crate) shared: IndexReader,
}

impl Readers {
    pub(crate) fn reload(&self) -> tantivy::Result<()> {
        self.own.reload()?;
        self.shared.reload()
    }
}

fn writer_loop(
    name: &'static str,
    mut writer: IndexWriter<TantivyDocument>,
    readers: Readers,
    id_field: Field,
    erase_deleted: bool,
    dir: &Path,
    receiver: mpsc::Receiver<WriteRequest>,
) {
    // Leftovers of a commit or merge interrupted by a crash; then erase what the crash left.
    if let Err(error) = writer.garbage_collect_files().wait() {
        tracing::warn!(collection = name, %error, "garbage collection at start-up failed");
    }
    let mut eraser = Eraser::new(name, erase_deleted, dir);
    loop {
        let first = match eraser.wait_at_most() {
            Some(wait) => match receiver.recv_timeout(wait) {
                Ok(request) => Some(request),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            },
            None => match receiver.recv() {
                Ok(request) => Some(request),
                Err(_) => break,
            },
        };
        if let Some(first) = first {
            commit_group(name, &mut writer, &readers, id_field, first, &receiver);
            eraser.wanted();
        }
        eraser.step(&mut writer, &readers);
    }
    eraser.finish(&mut writer, &readers);
    let index = writer.index().clone();
    if let Err(error) = writer.wait_merging_threads() {
        tracing::warn!(collection = name, %error, "merge threads ended with an error");
    }
    eraser.collect_after_merges(&index);
}

/// Takes `first` and every request waiting behind it, applies them in one commit, and answers
/// each request.
fn commit_group(
    name: &'static str,
    writer: &mut IndexWriter<TantivyDocument>,
    readers: &Readers,
    id_field: Field,
    first: WriteRequest,
    receiver: &mpsc::Receiver<WriteRequest>,
) {
    let mut group = vec![first];
    let mut op_count = group[0].ops.len();
    while op_count < MAX_OPS_PER_COMMIT {
        match receiver.try_recv() {
            Ok(request) => {
                op_count += request.ops.len();
                group.push(request);
            }
            Err(_) => break,
        }
    }
    let started = Instant::now();
    let mut replies = Vec::with_capacity(group.len());
    let mut all_ops = Vec::with_capacity(group.len());
    for request in group {
        replies.push(request.reply);
        all_ops.push(request.ops);
    }
    match apply_group(writer, &readers.own, id_field, all_ops) {
        Ok(results) => {
            // The shared reader must see the commit before anyone is acknowledged.
            match readers.shared.reload() {
                Ok(()) => {
                    tracing::debug!(
                        collection = name,
                        ops = op_count,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "group commit"
                    );
                    for (reply, result) in replies.into_iter().zip(results) {
                        let _ = reply.send(Ok(result));
                    }
                }
                Err(error) => {
                    let message = format!("committed but reader reload failed: {error}");
                    tracing::error!(collection = name, %message);
                    let kind = tantivy_io_kind(&error);
                    for reply in replies {
                        let _ = reply.send(Err(StoreError::WriteFailed { message: message.clone(), kind }));
                    }
                }
            }
        }
        Err(error) => {
            let message = error.to_string();
            let kind = error.io_kind();
            tracing::error!(collection = name, error = %message, "group commit failed, rolling back");
            if let Err(rollback_error) = writer.rollback() {
                tracing::error!(collection = name, error = %rollback_error, "rollback failed");
            }
            // Remove the files the failed commit left (frees the space a full disk needs back).
            drop(writer.garbage_collect_files());
            for reply in replies {
                let _ = reply.send(Err(StoreError::WriteFailed { message: message.clone(), kind }));
            }
        }
    }
}

fn apply_group(
    writer: &mut IndexWriter<TantivyDocument>,
    reader: &IndexReader,
    id_field: Field,
    groups: Vec<Vec<WriteOp>>,
) -> Result<Vec<Vec<bool>>> {
    let searcher = reader.searcher();
    // Ids touched earlier in this group, and whether they exist after that operation.
    let mut overlay: HashMap<String, bool> = HashMap::new();
    let mut results = Vec::with_capacity(groups.len());
    for ops in groups {
        let mut result = Vec::with_capacity(ops.len());
        for op in ops {
            match op {
                WriteOp::Upsert { id, document } => {
                    writer.delete_term(Term::from_field_text(id_field, &id));
                    writer.add_document(document)?;
                    overlay.insert(id, true);
                    result.push(true);
                }
                WriteOp::Delete { id } => {
                    let existed = match overlay.get(&id) {
                        Some(&exists) => exists,
                        None => {
                            let query = TermQuery::new(
                                Term::from_field_text(id_field, &id),
                                IndexRecordOption::Basic,
                            );
                            !searcher.search(&query, &DocSetCollector)?.is_empty()
                        }
                    };
                    writer.delete_term(Term::from_field_text(id_field, &id));
                    overlay.insert(id, false);
                    result.push(existed);
                }
            }
        }
        results.push(result);
    }
    writer.commit()?;
    reader.reload()?;
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::erasure::segments_vanished_during_merge;
    use std::time::Duration;
    use tantivy::schema::{STORED, STRING, Schema};
    use tantivy::{Index, Term, doc};

    /// Does any file under `dir` contain `needle`?
    fn any_file_contains(dir: &Path, needle: &str) -> bool {
        std::fs::read_dir(dir).expect("list").filter_map(|entry| entry.ok()).any(|entry| {
            std::fs::read(entry.path())
                .is_ok_and(|bytes| bytes.windows(needle.len()).any(|window| window == needle.as_bytes()))
        })
    }

    /// A personal-data collection in `dir` with the common fields, and a maker of documents.
    fn personal_data_collection(dir: &Path) -> (Collection, impl Fn(&str, &str) -> TantivyDocument) {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let record = builder.add_bytes_field("record", STORED);
        builder.add_bytes_field("effective", STORED);
        let collection = Collection::open_with(
            "test",
            dir,
            builder.build(),
            15_000_000,
            CollectionOptions::personal_data(),
        )
        .expect("open");
        (collection, move |key: &str, text: &str| doc!(id => key, record => text.as_bytes().to_vec()))
    }

    /// Waits until no file under `dir` contains `marker`, at most 10 seconds.
    fn wait_until_erased(dir: &Path, marker: &str, what: &str) {
        let started = Instant::now();
        while any_file_contains(dir, marker) {
            assert!(started.elapsed() < Duration::from_secs(10), "not erased {what}");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// A query running on the old segment while the erasure merge ends neither delays the
    /// erasure nor breaks: the deleted record leaves the files at once (tantivy unlinks the old
    /// segment files; the query's mapping keeps the unlinked data readable to it alone), and the
    /// query still reads the snapshot it started with.
    #[test]
    fn a_query_on_the_old_segment_neither_delays_the_erasure_nor_breaks() {
        let dir = tempfile::tempdir().expect("dir");
        let (collection, document) = personal_data_collection(dir.path());
        let marker = "ERASE-ME-HELD-SEGMENT-Q9";
        let upserts = vec![
            WriteOp::Upsert { id: "keep".into(), document: document("keep", "kept text") },
            WriteOp::Upsert { id: "gone".into(), document: document("gone", marker) },
        ];
        collection.submit(upserts).expect("submit").wait_blocking().expect("upsert");
        assert!(any_file_contains(dir.path(), marker), "the scan sees a live record");
        let query = collection.searcher();
        let address = collection.find(&query, "gone").expect("find").expect("stored");
        collection
            .submit(vec![WriteOp::Delete { id: "gone".into() }])
            .expect("submit")
            .wait_blocking()
            .expect("delete");
        wait_until_erased(dir.path(), marker, "while a query holds the segment");
        let (stored, _) =
            collection.stored_json(&query, address).expect("the query still reads its snapshot");
        assert_eq!(stored, marker.as_bytes());
        drop(query);
        assert_eq!(collection.searcher().num_docs(), 1);
        assert!(collection.find(&collection.searcher(), "gone").expect("find").is_none());
    }

    /// A merge that tantivy's merge policy started and that a commit emptying one of its input
    /// segments makes fail skips tantivy's garbage collection; its output, holding the deleted
    /// records, must still leave the files (the eraser's watch for leftover segment files).
    /// Seven one-record segments and a bigger one make the merge policy merge all eight; the
    /// seven records are deleted while it runs. Checked while the collection stays open and when
    /// it is closed right after the delete. (Before the watch, attempt 0 failed every time.)
    #[test]
    fn the_output_of_a_failed_policy_merge_leaves_the_files() {
        for attempt in 0..4 {
            let dir = tempfile::tempdir().expect("dir");
            let (collection, document) = personal_data_collection(dir.path());
            let write =
                |ops: Vec<WriteOp>| collection.submit(ops).expect("submit").wait_blocking().expect("write");
            let marker = format!("ERASE-ME-POLICY-MERGE-{attempt}-K3");
            for k in 0..7 {
                let key = format!("doomed-{k}");
                write(vec![WriteOp::Upsert { id: key.clone(), document: document(&key, &marker) }]);
            }
            let filler = "x".repeat(2_000);
            write(
                (0..9_000)
                    .map(|n| {
                        let key = format!("filler-{n:05}");
                        WriteOp::Upsert { document: document(&key, &filler), id: key }
                    })
                    .collect(),
            );
            write((0..7).map(|k| WriteOp::Delete { id: format!("doomed-{k}") }).collect());
            assert_eq!(collection.searcher().num_docs(), 9_000);
            if attempt % 2 == 1 {
                // Closed at once: the merge may end (and fail) while the writer shuts down.
                collection.close();
                assert!(!any_file_contains(dir.path(), &marker), "not erased at close in attempt {attempt}");
                continue;
            }
            wait_until_erased(dir.path(), &marker, &format!("in attempt {attempt}"));
        }
    }

    /// Reproduces the race the eraser tolerates: all documents of one merged segment are deleted
    /// and committed while the merge runs, so tantivy drops that (now empty) segment at commit
    /// and the merge cannot end.
    #[test]
    fn a_merge_raced_by_a_commit_emptying_its_segment_is_recognised() {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter<TantivyDocument> =
            index.writer_with_num_threads(1, 50_000_000).expect("writer");
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        for attempt in 0..10 {
            let doomed = format!("doomed-{attempt}");
            writer.add_document(doc!(id => doomed.as_str())).expect("add");
            writer.commit().expect("commit");
            // A big segment so that the merge outlives the next commit.
            for n in 0..200_000 {
                writer.add_document(doc!(id => format!("big-{attempt}-{n}"))).expect("add");
            }
            writer.commit().expect("commit");
            let segments = index.searchable_segment_ids().expect("segments");
            writer.delete_term(Term::from_field_text(id, &doomed));
            let merge = writer.merge(&segments);
            writer.commit().expect("commit");
            match merge.wait() {
                Ok(_) => continue,
                Err(error) => {
                    assert!(segments_vanished_during_merge(&error), "unexpected merge error: {error}");
                    return;
                }
            }
        }
        panic!("the race never happened in 10 attempts");
    }
}
