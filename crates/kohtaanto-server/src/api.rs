//! The operations behind the RPCs, on domain types (no protobuf here): batch upserts with
//! per-item results, lookups, matching with explanations. Blocking work (extraction, tantivy)
//! runs on the blocking pool; acknowledgements wait for the group commit.

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use chrono::{DateTime, Datelike, Utc};
use kohtaanto_domain::{
    JobPosting, JobseekerProfile, MatchExplanation, MatchFilters, ProfileSkill, Requirement, ValidationError,
};
use kohtaanto_match::{compact_requirements, compact_skills, explain, gaps};
use kohtaanto_store::{MatchPage, Store, StoreResult, StoredPosting, StoredProfile, WriteTicket};
use kohtaanto_taxonomy::Taxonomy;
use rayon::prelude::*;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::{Arc, Weak};

/// The outcome of one item of a batch upsert.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemOutcome {
    /// Id as given.
    pub id: String,
    /// `None` when stored; the validation error otherwise.
    pub error: Option<ValidationError>,
}

fn unknown_skill(taxonomy: &Taxonomy, field: &str, index: usize, skill: &str) -> Option<ValidationError> {
    taxonomy
        .index_of(skill)
        .is_none()
        .then(|| ValidationError::new(format!("{field}[{index}].skill"), format!("unknown skill {skill:?}")))
}

/// Every explicit requirement names a taxonomy skill.
pub fn check_posting_skills(taxonomy: &Taxonomy, posting: &JobPosting) -> Result<(), ValidationError> {
    match posting
        .requirements
        .iter()
        .enumerate()
        .find_map(|(i, r)| unknown_skill(taxonomy, "requirements", i, &r.skill))
    {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// Every explicit profile skill names a taxonomy skill.
pub fn check_profile_skills(taxonomy: &Taxonomy, profile: &JobseekerProfile) -> Result<(), ValidationError> {
    match profile.skills.iter().enumerate().find_map(|(i, s)| unknown_skill(taxonomy, "skills", i, &s.skill))
    {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// Shared shape of posting, profile and programme upserts.
pub(crate) async fn upsert<R, P>(
    state: &Arc<AppState>,
    items: Vec<(String, Result<R, ValidationError>)>,
    check: fn(&Taxonomy, &R) -> Result<(), ValidationError>,
    id_of: fn(&R) -> &str,
    prepare: fn(&Store, R) -> StoreResult<P>,
    submit: fn(&Store, Vec<P>) -> StoreResult<WriteTicket>,
) -> ApiResult<Vec<ItemOutcome>>
where
    R: Send + 'static,
    P: Send + 'static,
{
    if items.len() > state.config.max_batch_records {
        return Err(ApiError::ResourceExhausted(format!(
            "batch of {} records exceeds the limit of {}",
            items.len(),
            state.config.max_batch_records
        )));
    }
    let mut outcomes = Vec::with_capacity(items.len());
    let mut accepted = Vec::with_capacity(items.len());
    let mut seen = HashSet::new();
    for (id, item) in items {
        let checked = item.and_then(|record| {
            check(&state.taxonomy, &record)?;
            if !seen.insert(id_of(&record).to_string()) {
                return Err(ValidationError::new("id", "given more than once in this batch"));
            }
            Ok(record)
        });
        match checked {
            Ok(record) => {
                outcomes.push(ItemOutcome { id, error: None });
                accepted.push(record);
            }
            Err(error) => outcomes.push(ItemOutcome { id, error: Some(error) }),
        }
    }
    if accepted.is_empty() {
        return Ok(outcomes);
    }
    let worker = state.clone();
    let ticket = tokio::task::spawn_blocking(move || {
        let store = &worker.store;
        let prepared =
            accepted.into_par_iter().map(|record| prepare(store, record)).collect::<StoreResult<Vec<P>>>()?;
        submit(store, prepared)
    })
    .await??;
    ticket.wait().await?;
    Ok(outcomes)
}

/// Create or replace postings; invalid items are reported, valid ones are stored durably.
pub async fn upsert_postings(
    state: &Arc<AppState>,
    items: Vec<(String, Result<JobPosting, ValidationError>)>,
) -> ApiResult<Vec<ItemOutcome>> {
    upsert(state, items, check_posting_skills, |p| &p.id, Store::prepare_posting, Store::submit_postings)
        .await
}

/// Create or replace profiles.
pub async fn upsert_profiles(
    state: &Arc<AppState>,
    items: Vec<(String, Result<JobseekerProfile, ValidationError>)>,
) -> ApiResult<Vec<ItemOutcome>> {
    upsert(state, items, check_profile_skills, |p| &p.id, Store::prepare_profile, Store::submit_profiles)
        .await
}

/// Run blocking store work off the async runtime.
///
/// Work that is still queued for a blocking thread when its call is dropped (the client
/// cancelled or its deadline passed) is skipped: under load the queue holds the calls most
/// likely to have timed out, and running them would only delay the living ones.
pub async fn blocking<T, F>(state: &Arc<AppState>, work: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&AppState) -> ApiResult<T> + Send + 'static,
{
    blocking_for(state, |state, _| work(state)).await
}

/// Whether the caller of [`blocking_for`] still waits for the answer: long work asks it now and
/// then and stops once the call is gone ([`gaps::Stop`]).
pub struct Caller(Weak<()>);

impl Caller {
    /// The call was dropped: the client cancelled or its deadline passed.
    pub fn gone(&self) -> bool {
        self.0.strong_count() == 0
    }
}

impl gaps::Stop for Caller {
    fn stopped(&self) -> bool {
        self.gone()
    }
}

/// [`blocking`] for work that runs long enough to check, while running, whether its caller is
/// still there.
pub async fn blocking_for<T, F>(state: &Arc<AppState>, work: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce(&AppState, &Caller) -> ApiResult<T> + Send + 'static,
{
    let worker = state.clone();
    // Lives as long as this future; the blocking task sees it gone when the call was dropped.
    let caller_waiting = Arc::new(());
    let caller = Caller(Arc::downgrade(&caller_waiting));
    let outcome = tokio::task::spawn_blocking(move || {
        if caller.gone() {
            return Err(ApiError::Cancelled);
        }
        work(&worker, &caller)
    })
    .await?;
    drop(caller_waiting);
    outcome
}

/// A stored posting by id, or NOT_FOUND.
pub fn posting_by_id(state: &AppState, id: &str) -> ApiResult<StoredPosting> {
    state.store.get_posting(id)?.ok_or_else(|| ApiError::NotFound { kind: "job posting", id: id.to_string() })
}

/// A stored profile by id, or NOT_FOUND.
pub fn profile_by_id(state: &AppState, id: &str) -> ApiResult<StoredProfile> {
    state.store.get_profile(id)?.ok_or_else(|| ApiError::NotFound { kind: "profile", id: id.to_string() })
}

/// An inline posting as matching sees it (effective requirements extracted now).
pub fn inline_posting(state: &AppState, posting: JobPosting) -> ApiResult<StoredPosting> {
    check_posting_skills(&state.taxonomy, &posting).map_err(|e| e.within("job_posting"))?;
    let effective = state.store.enricher().posting_requirements(&posting);
    Ok(StoredPosting { posting, effective })
}

/// An inline profile as matching sees it.
pub fn inline_profile(state: &AppState, profile: JobseekerProfile) -> ApiResult<StoredProfile> {
    check_profile_skills(&state.taxonomy, &profile).map_err(|e| e.within("profile"))?;
    let effective = state.store.enricher().profile_skills(&profile);
    Ok(StoredProfile { profile, effective })
}

/// Explanation of a posting-profile pair.
pub fn explain_pair(
    taxonomy: &Taxonomy,
    requirements: &[Requirement],
    skills: &[ProfileSkill],
    now: DateTime<Utc>,
) -> MatchExplanation {
    explain(
        taxonomy,
        &compact_requirements(taxonomy, requirements),
        &compact_skills(taxonomy, skills),
        now.year(),
    )
}

/// Postings for a profile, each with its explanation.
pub fn match_postings(
    state: &AppState,
    profile: &StoredProfile,
    filters: &MatchFilters,
    now: DateTime<Utc>,
    window: Range<usize>,
) -> ApiResult<(MatchPage<StoredPosting>, Vec<MatchExplanation>)> {
    let page = state.store.match_postings(&profile.profile, &profile.effective, filters, now, window)?;
    let explanations = page
        .hits
        .iter()
        .map(|hit| explain_pair(&state.taxonomy, &hit.record.effective, &profile.effective, now))
        .collect();
    Ok((page, explanations))
}

/// Profiles for a posting, each with its explanation.
pub fn match_profiles(
    state: &AppState,
    posting: &StoredPosting,
    filters: &MatchFilters,
    now: DateTime<Utc>,
    window: Range<usize>,
) -> ApiResult<(MatchPage<StoredProfile>, Vec<MatchExplanation>)> {
    let page = state.store.match_profiles(&posting.posting, &posting.effective, filters, now, window)?;
    let explanations = page
        .hits
        .iter()
        .map(|hit| explain_pair(&state.taxonomy, &posting.effective, &hit.record.effective, now))
        .collect();
    Ok((page, explanations))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ServerConfig;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    /// A server on a temporary data directory (both must live as long as the test).
    fn server() -> (tempfile::TempDir, crate::Server) {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = ServerConfig { data_dir: dir.path().to_path_buf(), ..ServerConfig::default() };
        let server = crate::Server::open(config).expect("open");
        (dir, server)
    }

    #[test]
    fn work_of_a_dropped_call_is_skipped_but_a_waiting_call_runs() {
        let (_dir, server) = server();
        let state = server.state().clone();
        // One blocking thread, so a second piece of work queues behind the first.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .max_blocking_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let (release, held) = std::sync::mpsc::channel::<()>();
            let occupying = tokio::spawn({
                let state = state.clone();
                async move {
                    blocking(&state, move |_| {
                        held.recv_timeout(Duration::from_secs(30)).ok();
                        Ok(())
                    })
                    .await
                }
            });
            tokio::time::sleep(Duration::from_millis(50)).await;
            let dropped_ran = Arc::new(AtomicBool::new(false));
            let ran = dropped_ran.clone();
            let dropped = tokio::spawn({
                let state = state.clone();
                async move {
                    blocking(&state, move |_| {
                        ran.store(true, Ordering::SeqCst);
                        Ok(())
                    })
                    .await
                }
            });
            tokio::time::sleep(Duration::from_millis(50)).await;
            dropped.abort();
            assert!(dropped.await.expect_err("aborted").is_cancelled());
            let waited = tokio::spawn({
                let state = state.clone();
                async move { blocking(&state, |_| Ok(7)).await }
            });
            release.send(()).expect("release");
            occupying.await.expect("join").expect("occupying work");
            assert_eq!(waited.await.expect("join").expect("waiting call"), 7);
            assert!(!dropped_ran.load(Ordering::SeqCst), "work of a dropped call ran");
        });
    }

    #[test]
    fn running_work_sees_its_caller_go() {
        let (_dir, server) = server();
        let state = server.state().clone();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let (started, running) = std::sync::mpsc::channel::<()>();
            let (saw, seen) = std::sync::mpsc::channel::<bool>();
            let call = tokio::spawn({
                let state = state.clone();
                async move {
                    blocking_for(&state, move |_, caller| {
                        started.send(()).ok();
                        // Long work: runs until its caller is gone (or gives up after 30 s).
                        let deadline = std::time::Instant::now() + Duration::from_secs(30);
                        while !caller.gone() && std::time::Instant::now() < deadline {
                            std::thread::sleep(Duration::from_millis(5));
                        }
                        saw.send(caller.gone()).ok();
                        Err::<(), _>(ApiError::Stopped(gaps::Stopped))
                    })
                    .await
                }
            });
            tokio::task::spawn_blocking(move || running.recv_timeout(Duration::from_secs(30)))
                .await
                .expect("join")
                .expect("work started");
            // The caller is still there while the work runs.
            tokio::time::sleep(Duration::from_millis(50)).await;
            assert!(!call.is_finished(), "work stopped while its caller waited");
            call.abort();
            assert!(call.await.expect_err("aborted").is_cancelled());
            let gone = tokio::task::spawn_blocking(move || seen.recv_timeout(Duration::from_secs(30)))
                .await
                .expect("join")
                .expect("work reported");
            assert!(gone, "running work did not see its caller go");
        });
    }
}
