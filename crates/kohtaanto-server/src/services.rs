//! The tonic services: thin adapters that validate and convert the request, call [`crate::api`]
//! and convert the answer. Logs carry RPC names, counts and timings, never ids or text
//! (profiles are personal data).

use crate::api::{self, ItemOutcome, blocking};
use crate::auth::Caller;
use crate::convert::*;
use crate::error::{ApiError, ApiResult};
use crate::paging::*;
use crate::state::AppState;
use chrono::Utc;
use kohtaanto_domain::ValidationError;
use kohtaanto_domain::limits::{MAX_EXTRACT_TEXT_BYTES, MAX_SHORT_TEXT_BYTES};
use kohtaanto_domain::validate::check_id;
use kohtaanto_proto::v1 as pb;
use kohtaanto_taxonomy::Lang;
use kohtaanto_taxonomy::extract::detect_language;
use std::sync::Arc;
use std::time::Instant;
use tonic::{Request, Response, Status};

type RpcResult<T> = Result<Response<T>, Status>;

fn done<T>(rpc: &'static str, started: Instant, result: ApiResult<T>) -> RpcResult<T> {
    let elapsed_us = started.elapsed().as_micros() as u64;
    match result {
        Ok(value) => {
            tracing::debug!(rpc, elapsed_us, "ok");
            Ok(Response::new(value))
        }
        Err(error) => {
            let status = Status::from(error);
            tracing::info!(rpc, elapsed_us, code = ?status.code(), "failed");
            Err(status)
        }
    }
}

fn checked_id(field: &str, id: &str) -> ApiResult<String> {
    check_id(field, id)?;
    Ok(id.to_string())
}

fn label_lang(code: &str) -> ApiResult<Lang> {
    Ok(lang_from_proto("label_language", code)?.unwrap_or_default())
}

fn upsert_results(outcomes: Vec<ItemOutcome>, prefix: &str) -> (Vec<pb::UpsertResult>, u32, u32) {
    let mut rejected = 0;
    let results: Vec<pb::UpsertResult> = outcomes
        .into_iter()
        .enumerate()
        .map(|(i, outcome)| match outcome.error {
            None => {
                pb::UpsertResult { id: outcome.id, code: 0, message: String::new(), field: String::new() }
            }
            Some(error) => {
                rejected += 1;
                let error = error.within(&format!("{prefix}[{i}]"));
                pb::UpsertResult {
                    id: outcome.id,
                    code: tonic::Code::InvalidArgument as i32,
                    message: error.to_string(),
                    field: error.field,
                }
            }
        })
        .collect();
    let upserted = results.len() as u32 - rejected;
    (results, upserted, rejected)
}

/// `kohtaanto.v1.JobPostings`.
pub struct JobPostingsService(pub Arc<AppState>);

#[tonic::async_trait]
impl pb::job_postings_server::JobPostings for JobPostingsService {
    async fn upsert_job_postings(
        &self,
        request: Request<pb::UpsertJobPostingsRequest>,
    ) -> RpcResult<pb::UpsertJobPostingsResponse> {
        let started = Instant::now();
        let result = async {
            let items = request
                .into_inner()
                .job_postings
                .into_iter()
                .map(|p| (p.id.clone(), job_posting_from_proto(p)))
                .collect();
            let (results, upserted_count, rejected_count) =
                upsert_results(api::upsert_postings(&self.0, items).await?, "job_postings");
            tracing::info!(rpc = "UpsertJobPostings", upserted_count, rejected_count, "batch stored");
            Ok(pb::UpsertJobPostingsResponse { results, upserted_count, rejected_count })
        }
        .await;
        done("UpsertJobPostings", started, result)
    }

    async fn get_job_posting(&self, request: Request<pb::GetJobPostingRequest>) -> RpcResult<pb::JobPosting> {
        let started = Instant::now();
        let result = async {
            let id = checked_id("id", &request.into_inner().id)?;
            let stored = blocking(&self.0, move |state| api::posting_by_id(state, &id)).await?;
            Ok(job_posting_to_proto(stored.posting, &stored.effective))
        }
        .await;
        done("GetJobPosting", started, result)
    }

    async fn delete_job_posting(
        &self,
        request: Request<pb::DeleteJobPostingRequest>,
    ) -> RpcResult<pb::DeleteJobPostingResponse> {
        let started = Instant::now();
        let result = async {
            let id = checked_id("id", &request.into_inner().id)?;
            let existed = self.0.store.delete_postings(vec![id])?.wait().await?;
            Ok(pb::DeleteJobPostingResponse { deleted: existed.first().copied().unwrap_or(false) })
        }
        .await;
        done("DeleteJobPosting", started, result)
    }

    async fn list_job_postings(
        &self,
        request: Request<pb::ListJobPostingsRequest>,
    ) -> RpcResult<pb::ListJobPostingsResponse> {
        let started = Instant::now();
        let result = async {
            let request = request.into_inner();
            let limit = page_size(request.page_size, DEFAULT_LIST_PAGE_SIZE)?;
            let after = parse_list_token(&request.page_token)?;
            let (page, total) =
                blocking(&self.0, move |state| Ok(state.store.list_postings(after.as_deref(), limit + 1)?))
                    .await?;
            let (page, next_page_token) = split_page(page, limit, |p| &p.posting.id);
            Ok(pb::ListJobPostingsResponse {
                job_postings: page
                    .into_iter()
                    .map(|p| job_posting_to_proto(p.posting, &p.effective))
                    .collect(),
                next_page_token,
                total_size: i32::try_from(total).unwrap_or(i32::MAX),
            })
        }
        .await;
        done("ListJobPostings", started, result)
    }
}

/// `kohtaanto.v1.JobseekerProfiles`.
pub struct JobseekerProfilesService(pub Arc<AppState>);

#[tonic::async_trait]
impl pb::jobseeker_profiles_server::JobseekerProfiles for JobseekerProfilesService {
    async fn upsert_profiles(
        &self,
        request: Request<pb::UpsertProfilesRequest>,
    ) -> RpcResult<pb::UpsertProfilesResponse> {
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let items: Vec<_> = request
                .into_inner()
                .profiles
                .into_iter()
                .map(|p| (p.id.clone(), profile_from_proto(p)))
                .collect();
            caller.check_profile_writes(&self.0, &items).await?;
            let (results, upserted_count, rejected_count) =
                upsert_results(api::upsert_profiles(&self.0, items).await?, "profiles");
            caller.audit(results.iter().filter(|r| r.code == 0).map(|r| r.id.as_str()))?;
            tracing::info!(rpc = "UpsertProfiles", upserted_count, rejected_count, "batch stored");
            Ok(pb::UpsertProfilesResponse { results, upserted_count, rejected_count })
        }
        .await;
        done("UpsertProfiles", started, result)
    }

    async fn get_profile(&self, request: Request<pb::GetProfileRequest>) -> RpcResult<pb::JobseekerProfile> {
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let id = checked_id("id", &request.into_inner().id)?;
            let stored = blocking(&self.0, move |state| caller.read_profile(state, &id)).await?;
            Ok(profile_to_proto(stored.profile, &stored.effective))
        }
        .await;
        done("GetProfile", started, result)
    }

    async fn delete_profile(
        &self,
        request: Request<pb::DeleteProfileRequest>,
    ) -> RpcResult<pb::DeleteProfileResponse> {
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let id = checked_id("id", &request.into_inner().id)?;
            if !caller.may_delete_profile(&self.0, &id).await? {
                // Another coach's profile: answered as for a missing id.
                return Ok(pb::DeleteProfileResponse { deleted: false });
            }
            caller.audit([id.as_str()])?;
            let existed = self.0.store.delete_profiles(vec![id])?.wait().await?;
            Ok(pb::DeleteProfileResponse { deleted: existed.first().copied().unwrap_or(false) })
        }
        .await;
        done("DeleteProfile", started, result)
    }

    async fn list_profiles(
        &self,
        request: Request<pb::ListProfilesRequest>,
    ) -> RpcResult<pb::ListProfilesResponse> {
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let request = request.into_inner();
            let limit = page_size(request.page_size, DEFAULT_LIST_PAGE_SIZE)?;
            let after = parse_list_token(&request.page_token)?;
            let coach_id = caller.coach_filter("coach_id", &request.coach_id)?;
            let coach = if coach_id.is_empty() { None } else { Some(checked_id("coach_id", &coach_id)?) };
            let (page, total) = blocking(&self.0, move |state| {
                Ok(state.store.list_profiles(after.as_deref(), limit + 1, coach.as_deref())?)
            })
            .await?;
            let (page, next_page_token) = split_page(page, limit, |p| &p.profile.id);
            caller.audit(page.iter().map(|p| p.profile.id.as_str()))?;
            Ok(pb::ListProfilesResponse {
                profiles: page.into_iter().map(|p| profile_to_proto(p.profile, &p.effective)).collect(),
                next_page_token,
                total_size: i32::try_from(total).unwrap_or(i32::MAX),
            })
        }
        .await;
        done("ListProfiles", started, result)
    }
}

/// `kohtaanto.v1.Matching`.
pub struct MatchingService(pub Arc<AppState>);

enum Subject<T> {
    Id(String),
    Inline(T),
}

fn profile_subject(
    id: Option<String>,
    inline: Option<pb::JobseekerProfile>,
    field: &str,
) -> ApiResult<Subject<kohtaanto_domain::JobseekerProfile>> {
    match (id, inline) {
        (Some(id), None) => Ok(Subject::Id(checked_id("profile_id", &id)?)),
        (None, Some(profile)) => {
            Ok(Subject::Inline(profile_from_proto(profile).map_err(|e| e.within("profile"))?))
        }
        _ => Err(ValidationError::new(field, "give a profile_id or an inline profile").into()),
    }
}

fn posting_subject(
    id: Option<String>,
    inline: Option<pb::JobPosting>,
    field: &str,
) -> ApiResult<Subject<kohtaanto_domain::JobPosting>> {
    match (id, inline) {
        (Some(id), None) => Ok(Subject::Id(checked_id("job_posting_id", &id)?)),
        (None, Some(posting)) => {
            Ok(Subject::Inline(job_posting_from_proto(posting).map_err(|e| e.within("job_posting"))?))
        }
        _ => Err(ValidationError::new(field, "give a job_posting_id or an inline job_posting").into()),
    }
}

/// A stored profile is checked against the caller's scope and audited.
fn resolve_profile(
    state: &AppState,
    subject: Subject<kohtaanto_domain::JobseekerProfile>,
    caller: &Caller,
) -> ApiResult<kohtaanto_store::StoredProfile> {
    match subject {
        Subject::Id(id) => caller.read_profile(state, &id),
        Subject::Inline(profile) => api::inline_profile(state, profile),
    }
}

fn resolve_posting(
    state: &AppState,
    subject: Subject<kohtaanto_domain::JobPosting>,
) -> ApiResult<kohtaanto_store::StoredPosting> {
    match subject {
        Subject::Id(id) => api::posting_by_id(state, &id),
        Subject::Inline(posting) => api::inline_posting(state, posting),
    }
}

#[tonic::async_trait]
impl pb::matching_server::Matching for MatchingService {
    async fn match_job_postings(
        &self,
        request: Request<pb::MatchJobPostingsRequest>,
    ) -> RpcResult<pb::MatchJobPostingsResponse> {
        use pb::match_job_postings_request::Subject as S;
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let request = request.into_inner();
            let subject = match request.subject {
                Some(S::ProfileId(id)) => profile_subject(Some(id), None, "subject")?,
                Some(S::Profile(profile)) => profile_subject(None, Some(profile), "subject")?,
                None => profile_subject(None, None, "subject")?,
            };
            let filters = match_filters_from_proto(request.filters).map_err(|e| e.within("filters"))?;
            let window =
                match_window(&request.page_token, page_size(request.page_size, DEFAULT_MATCH_PAGE_SIZE)?)?;
            let lang = label_lang(&request.label_language)?;
            let window_for_query = window.clone();
            let (page, explanations) = blocking(&self.0, move |state| {
                let profile = resolve_profile(state, subject, &caller)?;
                api::match_postings(state, &profile, &filters, Utc::now(), window_for_query)
            })
            .await?;
            tracing::info!(rpc = "MatchJobPostings", hits = page.total, page = page.hits.len(), "matched");
            Ok(pb::MatchJobPostingsResponse {
                next_page_token: next_match_token(&window, page.total),
                total_size: i32::try_from(page.total).unwrap_or(i32::MAX),
                matches: page
                    .hits
                    .into_iter()
                    .zip(explanations)
                    .map(|(hit, explanation)| pb::JobPostingMatch {
                        coverage: hit.coverage,
                        explanation: Some(explanation_to_proto(&explanation, &self.0.taxonomy, lang)),
                        job_posting: Some(job_posting_to_proto(hit.record.posting, &hit.record.effective)),
                    })
                    .collect(),
            })
        }
        .await;
        done("MatchJobPostings", started, result)
    }

    async fn match_profiles(
        &self,
        request: Request<pb::MatchProfilesRequest>,
    ) -> RpcResult<pb::MatchProfilesResponse> {
        use pb::match_profiles_request::Subject as S;
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let request = request.into_inner();
            let subject = match request.subject {
                Some(S::JobPostingId(id)) => posting_subject(Some(id), None, "subject")?,
                Some(S::JobPosting(posting)) => posting_subject(None, Some(posting), "subject")?,
                None => posting_subject(None, None, "subject")?,
            };
            let mut filters = match_filters_from_proto(request.filters).map_err(|e| e.within("filters"))?;
            filters.coach_id = caller.coach_filter("filters.coach_id", &filters.coach_id)?;
            let window =
                match_window(&request.page_token, page_size(request.page_size, DEFAULT_MATCH_PAGE_SIZE)?)?;
            let lang = label_lang(&request.label_language)?;
            let window_for_query = window.clone();
            let (page, explanations) = blocking(&self.0, move |state| {
                let posting = resolve_posting(state, subject)?;
                api::match_profiles(state, &posting, &filters, Utc::now(), window_for_query)
            })
            .await?;
            tracing::info!(rpc = "MatchProfiles", hits = page.total, page = page.hits.len(), "matched");
            // The store filters by coach through a hash; the exact id is checked here too.
            let hits: Vec<_> = page
                .hits
                .into_iter()
                .zip(explanations)
                .filter(|(hit, _)| caller.may_see(&hit.record.profile))
                .collect();
            caller.audit(hits.iter().map(|(hit, _)| hit.record.profile.id.as_str()))?;
            Ok(pb::MatchProfilesResponse {
                next_page_token: next_match_token(&window, page.total),
                total_size: i32::try_from(page.total).unwrap_or(i32::MAX),
                matches: hits
                    .into_iter()
                    .map(|(hit, explanation)| pb::ProfileMatch {
                        profile_id: hit.record.profile.id,
                        coach_id: hit.record.profile.coach_id,
                        coverage: hit.coverage,
                        explanation: Some(explanation_to_proto(&explanation, &self.0.taxonomy, lang)),
                    })
                    .collect(),
            })
        }
        .await;
        done("MatchProfiles", started, result)
    }

    async fn explain_match(
        &self,
        request: Request<pb::ExplainMatchRequest>,
    ) -> RpcResult<pb::ExplainMatchResponse> {
        use pb::explain_match_request::{PostingSubject as Po, ProfileSubject as Pr};
        let started = Instant::now();
        let caller = Caller::of(&request);
        let result = async {
            let request = request.into_inner();
            let profile = match request.profile_subject {
                Some(Pr::ProfileId(id)) => profile_subject(Some(id), None, "profile_subject")?,
                Some(Pr::Profile(profile)) => profile_subject(None, Some(profile), "profile_subject")?,
                None => profile_subject(None, None, "profile_subject")?,
            };
            let posting = match request.posting_subject {
                Some(Po::JobPostingId(id)) => posting_subject(Some(id), None, "posting_subject")?,
                Some(Po::JobPosting(posting)) => posting_subject(None, Some(posting), "posting_subject")?,
                None => posting_subject(None, None, "posting_subject")?,
            };
            let lang = label_lang(&request.label_language)?;
            let (explanation, exclusions) = blocking(&self.0, move |state| {
                let profile = resolve_profile(state, profile, &caller)?;
                let posting = resolve_posting(state, posting)?;
                let now = Utc::now();
                let explanation =
                    api::explain_pair(&state.taxonomy, &posting.effective, &profile.effective, now);
                Ok((explanation, kohtaanto_match::exclusions(&posting.posting, &profile.profile, now)))
            })
            .await?;
            let exclusion_reasons: Vec<String> = exclusions
                .iter()
                .map(|e| match e {
                    kohtaanto_match::Exclusion::Expired => "expired".to_string(),
                    kohtaanto_match::Exclusion::Region => "region".to_string(),
                    kohtaanto_match::Exclusion::Language { .. } => "language".to_string(),
                })
                .collect();
            Ok(pb::ExplainMatchResponse {
                explanation: Some(explanation_to_proto(&explanation, &self.0.taxonomy, lang)),
                excluded: !exclusion_reasons.is_empty(),
                exclusion_reasons,
            })
        }
        .await;
        done("ExplainMatch", started, result)
    }
}

/// `kohtaanto.v1.Skills`.
pub struct SkillsService(pub Arc<AppState>);

/// Most suggestions returned.
const MAX_SUGGESTIONS: u32 = 50;

#[tonic::async_trait]
impl pb::skills_server::Skills for SkillsService {
    async fn extract_skills(
        &self,
        request: Request<pb::ExtractSkillsRequest>,
    ) -> RpcResult<pb::ExtractSkillsResponse> {
        let started = Instant::now();
        let result = async {
            let request = request.into_inner();
            if request.text.len() > MAX_EXTRACT_TEXT_BYTES {
                return Err(ApiError::ResourceExhausted(format!(
                    "text: longer than {MAX_EXTRACT_TEXT_BYTES} bytes"
                )));
            }
            let lang = lang_from_proto("language", &request.language)?;
            blocking(&self.0, move |state| {
                let lang = lang.unwrap_or_else(|| detect_language(&request.text));
                let extractor = state.taxonomy.extractor();
                let mentions = extractor.extract(&state.taxonomy, &request.text, Some(lang));
                let unmapped = extractor.unmapped(&state.taxonomy, &request.text, &mentions);
                Ok(pb::ExtractSkillsResponse {
                    mentions: skill_mentions_to_proto(&request.text, &mentions),
                    language: lang.code().to_string(),
                    unmapped: unmapped_mentions_to_proto(&request.text, &unmapped),
                })
            })
            .await
        }
        .await;
        done("ExtractSkills", started, result)
    }

    async fn suggest_skills(
        &self,
        request: Request<pb::SuggestSkillsRequest>,
    ) -> RpcResult<pb::SuggestSkillsResponse> {
        let started = Instant::now();
        let result = (|| {
            let request = request.into_inner();
            kohtaanto_domain::validate::check_text("query", &request.query, MAX_SHORT_TEXT_BYTES, true)?;
            if request.limit > MAX_SUGGESTIONS {
                return Err(
                    ValidationError::new("limit", format!("must be at most {MAX_SUGGESTIONS}")).into()
                );
            }
            let limit = if request.limit == 0 { 10 } else { request.limit as usize };
            let lang = lang_from_proto("language", &request.language)?.unwrap_or_default();
            let suggestions = self
                .0
                .suggester
                .suggest(&self.0.taxonomy, &request.query, lang, limit)
                .into_iter()
                .map(|s| pb::SkillSuggestion {
                    skill: s.skill,
                    label: s.label,
                    matched_label: s.matched_label,
                    score: s.score,
                })
                .collect();
            Ok(pb::SuggestSkillsResponse { suggestions })
        })();
        done("SuggestSkills", started, result)
    }

    async fn get_skill(&self, request: Request<pb::GetSkillRequest>) -> RpcResult<pb::Skill> {
        let started = Instant::now();
        let result = (|| {
            let id = request.into_inner().id;
            kohtaanto_domain::validate::check_skill_id("id", &id)?;
            let skill =
                self.0.taxonomy.get(&id).ok_or(ApiError::NotFound { kind: "skill", id: id.clone() })?;
            Ok(skill_to_proto(skill, &self.0.taxonomy))
        })();
        done("GetSkill", started, result)
    }
}
