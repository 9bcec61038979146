//! One tantivy index of records (postings or profiles): opening, the writer thread with group
//! commit, and reads by id and in id order.
//!
//! # Durability
//! All writes go through one writer thread. It takes every request waiting in its queue,
//! applies them, commits once (tantivy fsyncs the new segment files and `meta.json` before the
//! commit returns), reloads the reader, and only then acknowledges each request. So an
//! acknowledged write survives kill -9 and is visible to the next query, and concurrent writers
//! share commits. A failed commit is rolled back and reported to every request of the group.

use crate::error::{Result, StoreError};
use std::collections::HashMap;
use std::ops::Bound;
use std::path::Path;
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread::JoinHandle;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, Value};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument, Term,
};
use tokio::sync::oneshot;

/// Most operations applied in one group commit.
const MAX_OPS_PER_COMMIT: usize = 100_000;

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
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
        let directory = MmapDirectory::open(dir).map_err(|e| StoreError::Io {
            path: dir.display().to_string(),
            source: std::io::Error::other(e.to_string()),
        })?;
        let index = Index::open_or_create(directory, schema.clone())?;
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
        let thread = std::thread::Builder::new()
            .name(format!("kohtaanto-writer-{name}"))
            .spawn(move || writer_loop(name, writer, thread_reader, main_reader, id_field, receiver))
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

fn writer_loop(
    name: &'static str,
    mut writer: IndexWriter<TantivyDocument>,
    own_reader: IndexReader,
    shared_reader: IndexReader,
    id_field: Field,
    receiver: mpsc::Receiver<WriteRequest>,
) {
    while let Ok(first) = receiver.recv() {
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
        let started = std::time::Instant::now();
        let mut replies = Vec::with_capacity(group.len());
        let mut all_ops = Vec::with_capacity(group.len());
        for request in group {
            replies.push(request.reply);
            all_ops.push(request.ops);
        }
        match apply_group(&mut writer, &own_reader, id_field, all_ops) {
            Ok(results) => {
                // The shared reader must see the commit before anyone is acknowledged.
                let reloaded = shared_reader.reload();
                match reloaded {
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
                        for reply in replies {
                            let _ = reply.send(Err(StoreError::WriteFailed { message: message.clone() }));
                        }
                    }
                }
            }
            Err(error) => {
                let message = error.to_string();
                tracing::error!(collection = name, error = %message, "group commit failed, rolling back");
                if let Err(rollback_error) = writer.rollback() {
                    tracing::error!(collection = name, error = %rollback_error, "rollback failed");
                }
                for reply in replies {
                    let _ = reply.send(Err(StoreError::WriteFailed { message: message.clone() }));
                }
            }
        }
    }
    if let Err(error) = writer.wait_merging_threads() {
        tracing::warn!(collection = name, %error, "merge threads ended with an error");
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
