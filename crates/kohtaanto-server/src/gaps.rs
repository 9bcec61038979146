//! `kohtaanto.v1.SkillGaps`: ProfileGaps, MarketGaps and ProgrammeImpact over the exact engine
//! of [`kohtaanto_match::gaps`] and the store's gap snapshot.
//!
//! The adapter validates (errors name the field), resolves the thresholds and k from the
//! configuration, runs the engine on the blocking pool, and k-anonymises every count derived
//! from jobseekers before it leaves the server (see `proto/kohtaanto/v1/skill_gaps.proto`).
//! ProgrammeImpact estimates (`sample_one_in`) run on a sampled snapshot kept per gap snapshot
//! ([`SampleCache`]) and are k-anonymised on the sampled jobseekers behind each count.

use crate::api::{self, blocking, blocking_for};
use crate::convert::{importance_to_proto, outcome_to_proto};
use crate::convert::{
    lang_from_proto, match_filters_from_proto, profile_from_proto, skill_label, timestamp_from_proto,
    timestamp_to_proto,
};
use crate::error::{ApiError, ApiResult};
use crate::impact_views::ImpactViews;
use crate::state::AppState;
use chrono::{DateTime, Duration, Utc};
use kohtaanto_domain::limits::MAX_SHORT_TEXT_BYTES;
use kohtaanto_domain::validate::{check_id, check_text};
use kohtaanto_domain::{Outcome, TaughtSkill, TrainingProgramme, ValidationError};
use kohtaanto_match::gaps::{self, Scope, Snapshot, kanon, publish};
use kohtaanto_proto::v1 as pb;
use kohtaanto_store::GapSnapshotCache;
use kohtaanto_taxonomy::{Lang, SkillIndex, Taxonomy};
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Instant;
use tonic::{Request, Response, Status};

/// Settings of the gap analysis (`[gaps]` in the configuration file).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct GapsConfig {
    /// Coverage at or above which a posting is a match (requests may override).
    pub match_threshold: f64,
    /// Coverage at or above which a non-matching posting is a near miss (requests may override).
    pub near_miss_threshold: f64,
    /// k of k-anonymity: jobseeker counts below it are never returned.
    pub k_anonymity: u32,
    /// Lowest level of a held skill that counts as supply.
    pub supply_min_level: u8,
    /// Years since last use within which a held skill counts as supply.
    pub supply_recent_years: i32,
    /// Most ProgrammeImpact views kept up to date (see `impact_views`); 0 counts every request
    /// from scratch.
    pub impact_views: usize,
    /// Count the ProgrammeImpact views of the stored programmes (at `match_threshold`, all
    /// occupations) in the background, while there is room among `impact_views`.
    pub warm_programme_views: bool,
}

impl Default for GapsConfig {
    fn default() -> Self {
        GapsConfig {
            match_threshold: gaps::DEFAULT_MATCH_THRESHOLD,
            near_miss_threshold: gaps::DEFAULT_NEAR_MISS_THRESHOLD,
            k_anonymity: gaps::DEFAULT_K_ANONYMITY,
            supply_min_level: gaps::DEFAULT_SUPPLY_MIN_LEVEL,
            supply_recent_years: gaps::DEFAULT_SUPPLY_RECENT_YEARS,
            impact_views: DEFAULT_IMPACT_VIEWS,
            warm_programme_views: true,
        }
    }
}

impl GapsConfig {
    /// Check ranges; the message names the setting.
    pub fn validate(&self) -> Result<(), String> {
        if !(self.match_threshold > 0.0 && self.match_threshold <= 1.0) {
            return Err("gaps.match_threshold must be within (0, 1]".into());
        }
        if !(self.near_miss_threshold > 0.0 && self.near_miss_threshold < self.match_threshold) {
            return Err("gaps.near_miss_threshold must be within (0, gaps.match_threshold)".into());
        }
        if self.k_anonymity < 1 {
            return Err("gaps.k_anonymity must be at least 1".into());
        }
        if !(1..=5).contains(&self.supply_min_level) {
            return Err("gaps.supply_min_level must be within 1..=5".into());
        }
        if self.supply_recent_years < 0 {
            return Err("gaps.supply_recent_years must not be negative".into());
        }
        if self.impact_views > MAX_IMPACT_VIEWS {
            return Err(format!("gaps.impact_views must be at most {MAX_IMPACT_VIEWS}"));
        }
        Ok(())
    }
}

/// Default number of ProgrammeImpact views kept (each holds a few counts per jobseeker: about
/// 10 MB at 300,000 profiles).
pub const DEFAULT_IMPACT_VIEWS: usize = 16;
/// Most ProgrammeImpact views the configuration may ask for.
pub const MAX_IMPACT_VIEWS: usize = 256;

/// Most programmes in one ProgrammeImpact call.
pub const MAX_IMPACT_PROGRAMMES: usize = 20;
/// Longest MarketGaps period, in days.
pub const MAX_PERIOD_DAYS: i64 = 10 * 366;

/// `kohtaanto.v1.SkillGaps`.
pub struct SkillGapsService {
    state: Arc<AppState>,
    cache: Arc<GapSnapshotCache>,
    samples: Arc<SampleCache>,
    views: Arc<ImpactViews>,
}

impl SkillGapsService {
    /// The service over the shared state (it keeps its own snapshot caches).
    pub fn new(state: Arc<AppState>) -> SkillGapsService {
        let views = Arc::new(ImpactViews::new(state.config.gaps.impact_views));
        SkillGapsService { state, cache: Arc::default(), samples: Arc::default(), views }
    }
}

/// The sampled snapshot of the last (gap snapshot, one in N) an estimate asked for: built by the
/// first estimate after the gap snapshot changes (a fraction of a second at national scale),
/// shared by the estimates after it. It holds the gap snapshot weakly, so an old one is freed.
#[derive(Default)]
struct SampleCache(Mutex<Option<Sampled>>);

/// A sampled snapshot: of which gap snapshot, one in how many.
type Sampled = (Weak<Snapshot>, u32, Arc<Snapshot>);

impl SampleCache {
    fn get(&self, taxonomy: &Taxonomy, full: &Arc<Snapshot>, one_in: u32) -> Arc<Snapshot> {
        // Concurrent estimates wait for one build instead of each making its own.
        let mut last = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((of, n, sample)) = last.as_ref()
            && *n == one_in
            && Weak::ptr_eq(of, &Arc::downgrade(full))
        {
            return sample.clone();
        }
        let sample = Arc::new(gaps::sample_snapshot(taxonomy, full, one_in));
        *last = Some((Arc::downgrade(full), one_in, sample.clone()));
        sample
    }
}

/// How often the warming task looks for a new reader generation.
const WARM_INTERVAL: std::time::Duration = std::time::Duration::from_millis(500);

impl SkillGapsService {
    /// Keep the gap snapshot built: when the server starts and whenever a commit changes a
    /// reader generation, build it on the blocking pool so that requests find it ready instead
    /// of decoding every stored record themselves (minutes for a few hundred thousand records),
    /// and bring the impact views to it. The task holds weak references and ends with the
    /// service (or with the runtime).
    fn spawn_warmer(&self) {
        let Ok(runtime) = tokio::runtime::Handle::try_current() else { return };
        let state = Arc::downgrade(&self.state);
        let cache = Arc::downgrade(&self.cache);
        let views = Arc::downgrade(&self.views);
        runtime.spawn(async move {
            // Programmes generation whose views were last warmed.
            let mut programmes_warmed: Option<u64> = None;
            let mut interval = tokio::time::interval(WARM_INTERVAL);
            interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                interval.tick().await;
                let (Some(state), Some(cache), Some(views)) =
                    (state.upgrade(), cache.upgrade(), views.upgrade())
                else {
                    return;
                };
                let warm = state.config.gaps.warm_programme_views;
                let programmes = state.store.programmes_generation();
                let programmes_stale = warm && programmes_warmed != Some(programmes);
                if state.store.gap_snapshot_is_fresh(&cache) && !programmes_stale {
                    continue;
                }
                let started = Instant::now();
                let built = tokio::task::spawn_blocking(move || {
                    let snapshot = state.store.gap_snapshot(&cache)?;
                    let now = Utc::now();
                    views.refresh(&state.taxonomy, &snapshot, now);
                    // The stored programmes are read again only when they changed, not after
                    // every write of postings or profiles.
                    if programmes_stale {
                        let stored: Vec<(String, Vec<(SkillIndex, u8)>)> = state
                            .store
                            .all_programmes()?
                            .iter()
                            .map(|p| (p.id.clone(), gaps::taught_skills(&state.taxonomy, p)))
                            .filter(|(_, taught)| !taught.is_empty())
                            .collect();
                        let t = state.config.gaps.match_threshold;
                        views.warm(&state.taxonomy, &snapshot, &stored, t, now);
                    }
                    Ok::<_, kohtaanto_store::StoreError>(())
                })
                .await;
                let elapsed_ms = started.elapsed().as_millis() as u64;
                match built {
                    Ok(Ok(())) => {
                        programmes_warmed = Some(programmes);
                        tracing::debug!(elapsed_ms, "gap snapshot warmed")
                    }
                    Ok(Err(error)) => tracing::warn!(%error, "gap snapshot warming failed"),
                    Err(_) => return,
                }
            }
        });
    }
}

/// The tonic server of the service, with the message size limits of the others. Starts the
/// snapshot warming task ([`SkillGapsService::spawn_warmer`]).
pub fn server(
    state: Arc<AppState>,
    limit: usize,
) -> pb::skill_gaps_server::SkillGapsServer<SkillGapsService> {
    let service = SkillGapsService::new(state);
    service.spawn_warmer();
    pb::skill_gaps_server::SkillGapsServer::new(service)
        .max_decoding_message_size(limit)
        .max_encoding_message_size(limit.max(64 * 1024 * 1024))
}

fn done<T>(rpc: &'static str, started: Instant, result: ApiResult<T>) -> Result<Response<T>, Status> {
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

fn invalid(field: &str, message: impl Into<String>) -> ApiError {
    ApiError::Invalid(ValidationError::new(field, message.into()))
}

fn limit(field: &str, value: i32, default: usize, max: usize) -> ApiResult<usize> {
    match value {
        0 => Ok(default),
        v if v < 0 => Err(invalid(field, "must not be negative")),
        v if v as usize > max => Err(ApiError::ResourceExhausted(format!("{field}: at most {max}"))),
        v => Ok(v as usize),
    }
}

/// (match threshold, near-miss threshold) from the request or the configuration.
fn thresholds(config: &GapsConfig, given: Option<&pb::GapThresholds>) -> ApiResult<(f64, f64)> {
    let (t, near) = given.map_or((0.0, 0.0), |g| (g.match_threshold, g.near_miss_threshold));
    let t = if t == 0.0 { config.match_threshold } else { t };
    if !(t > 0.0 && t <= 1.0) {
        return Err(invalid("thresholds.match_threshold", "must be within (0, 1]"));
    }
    // Unset: the configured near-miss threshold, or half the match threshold when a lower match
    // threshold leaves no room for it (the configured one is below the configured match one).
    let near = match near {
        0.0 if config.near_miss_threshold < t => config.near_miss_threshold,
        0.0 => t / 2.0,
        near => near,
    };
    if !(near > 0.0 && near < t) {
        return Err(invalid("thresholds.near_miss_threshold", "must be within (0, match_threshold)"));
    }
    Ok((t, near))
}

fn scope_from_proto(scope: Option<pb::GapScope>) -> ApiResult<Scope> {
    let scope = scope.unwrap_or_default();
    let nonempty = |s: String| {
        let trimmed = s.trim().to_string();
        (!trimmed.is_empty()).then_some(trimmed)
    };
    let isco = nonempty(scope.isco_prefix);
    if let Some(prefix) = &isco
        && (prefix.len() > 4 || !prefix.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(invalid("scope.isco_prefix", "must be 1 to 4 digits"));
    }
    let region = nonempty(scope.region);
    if region.as_ref().is_some_and(|r| r.len() > 200) {
        return Err(invalid("scope.region", "must be at most 200 bytes"));
    }
    if let Some(region) = &region {
        check_text("scope.region", region, 200, false)?;
    }
    let coach = nonempty(scope.coach_id);
    if let Some(coach) = &coach {
        check_id("scope.coach_id", coach)?;
    }
    Ok(Scope { region, isco_prefix: isco, coach_id: coach })
}

fn label(state: &AppState, skill: SkillIndex, lang: Lang) -> (String, String) {
    let id = state.taxonomy.skill(skill).id.clone();
    let label = skill_label(&state.taxonomy, &id, lang);
    (id, label)
}

fn clamp_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[tonic::async_trait]
impl pb::skill_gaps_server::SkillGaps for SkillGapsService {
    async fn profile_gaps(
        &self,
        request: Request<pb::ProfileGapsRequest>,
    ) -> Result<Response<pb::ProfileGapsResponse>, Status> {
        use pb::profile_gaps_request::Subject;
        let started = Instant::now();
        let caller = crate::auth::Caller::of(&request);
        let result = async {
            let request = request.into_inner();
            let config = self.state.config.gaps.clone();
            let subject = match request.subject {
                Some(Subject::ProfileId(id)) => {
                    check_id("profile_id", &id)?;
                    Ok(id)
                }
                Some(Subject::Profile(profile)) => {
                    Err(profile_from_proto(profile).map_err(|e| e.within("profile"))?)
                }
                None => return Err(invalid("subject", "give a profile_id or an inline profile")),
            };
            let filters = match_filters_from_proto(request.filters).map_err(|e| e.within("filters"))?;
            let (t, near) = thresholds(&config, request.thresholds.as_ref())?;
            let max_near_misses = limit("max_near_misses", request.max_near_misses, 20, 200)?;
            let max_skills = limit("max_skills", request.max_skills, 20, 200)?;
            let max_programmes = limit("max_programmes", request.max_programmes, 10, 100)?;
            let lang = lang_from_proto("label_language", &request.label_language)?.unwrap_or_default();
            let cache = self.cache.clone();
            blocking(&self.state, move |state| {
                let stored = match subject {
                    // Coach scoping and the audit line, as for GetProfile.
                    Ok(id) => caller.read_profile(state, &id)?,
                    Err(profile) => api::inline_profile(state, profile)?,
                };
                let snapshot = state.store.gap_snapshot(&cache)?;
                let programmes = state.store.all_programmes()?;
                let profile =
                    gaps::GapProfile::from_record(&state.taxonomy, &stored.profile, &stored.effective);
                let query = gaps::ProfileGapsQuery {
                    profile: &profile,
                    filters: &filters,
                    match_threshold: t,
                    near_miss_threshold: near,
                    now: Utc::now(),
                    programmes: &programmes,
                    max_near_misses,
                    max_skills,
                    max_programmes,
                };
                let answer = gaps::profile_gaps(&state.taxonomy, &snapshot, &query);
                let mut near_misses = Vec::with_capacity(answer.near_misses.len());
                for near_miss in &answer.near_misses {
                    let id = &snapshot.postings[near_miss.posting].id;
                    let (title, employer) = match state.store.get_posting(id)? {
                        Some(stored) => (stored.posting.title, stored.posting.employer),
                        None => (String::new(), String::new()),
                    };
                    near_misses.push(pb::NearMissPosting {
                        job_posting_id: id.clone(),
                        title,
                        employer,
                        region: snapshot.postings[near_miss.posting].region.clone(),
                        coverage: near_miss.coverage,
                        gaps: near_miss
                            .gaps
                            .iter()
                            .map(|g| {
                                let (skill, skill_label) = label(state, g.requirement.skill, lang);
                                let outcome =
                                    if g.credit > 0.0 { Outcome::Partial } else { Outcome::Missing };
                                pb::GapRequirement {
                                    skill,
                                    skill_label,
                                    importance: importance_to_proto(g.requirement.importance) as i32,
                                    min_level: u32::from(g.requirement.min_level),
                                    credit: g.credit,
                                    outcome: outcome_to_proto(outcome) as i32,
                                    coverage_if_learned: g.coverage_if_learned,
                                }
                            })
                            .collect(),
                    });
                }
                let skill_gaps = answer
                    .skill_gaps
                    .iter()
                    .map(|g| {
                        let (skill, skill_label) = label(state, g.skill, lang);
                        pb::SkillGap {
                            skill,
                            skill_label,
                            matches_gained: g.matches_gained,
                            level_needed: u32::from(g.level_needed),
                            job_posting_ids: g
                                .postings
                                .iter()
                                .map(|&p| snapshot.postings[p].id.clone())
                                .collect(),
                        }
                    })
                    .collect();
                let programmes = answer
                    .programmes
                    .iter()
                    .map(|p| {
                        let programme = &programmes[p.programme];
                        pb::ProgrammeSuggestion {
                            programme_id: programme.id.clone(),
                            name: programme.name.clone(),
                            provider: programme.provider.clone(),
                            region: programme.region.clone(),
                            matches_gained: p.matches_gained,
                            teaches_gaps: p
                                .teaches
                                .iter()
                                .map(|&s| state.taxonomy.skill(s).id.clone())
                                .collect(),
                        }
                    })
                    .collect();
                Ok(pb::ProfileGapsResponse {
                    match_threshold: t,
                    near_miss_threshold: near,
                    match_count: answer.match_count,
                    near_miss_count: answer.near_miss_count,
                    near_misses,
                    skill_gaps,
                    programmes,
                })
            })
            .await
        }
        .await;
        done("ProfileGaps", started, result)
    }

    async fn market_gaps(
        &self,
        request: Request<pb::MarketGapsRequest>,
    ) -> Result<Response<pb::MarketGapsResponse>, Status> {
        let started = Instant::now();
        let result = async {
            let request = request.into_inner();
            let config = self.state.config.gaps.clone();
            let scope = scope_from_proto(request.scope)?;
            let now = Utc::now();
            let until = match &request.until {
                Some(t) => timestamp_from_proto("until", t)?,
                None => now,
            };
            let since = match &request.since {
                Some(t) => timestamp_from_proto("since", t)?,
                None => until - Duration::days(365),
            };
            if since > until {
                return Err(invalid("since", "must not be after until"));
            }
            if (until - since).num_days() > MAX_PERIOD_DAYS {
                return Err(ApiError::ResourceExhausted(format!(
                    "since: the period may span at most {MAX_PERIOD_DAYS} days"
                )));
            }
            let max_skills = limit("max_skills", request.max_skills, 50, 1000)?;
            let lang = lang_from_proto("label_language", &request.label_language)?.unwrap_or_default();
            let cache = self.cache.clone();
            blocking(&self.state, move |state| {
                let snapshot = state.store.gap_snapshot(&cache)?;
                let query = gaps::MarketQuery {
                    scope,
                    since,
                    until,
                    now,
                    supply_min_level: config.supply_min_level,
                    supply_recent_years: config.supply_recent_years,
                };
                let raw = gaps::market_gaps(&state.taxonomy, &snapshot, &query);
                Ok(market_to_proto(state, &raw, since, until, config.k_anonymity, max_skills, lang))
            })
            .await
        }
        .await;
        done("MarketGaps", started, result)
    }

    async fn programme_impact(
        &self,
        request: Request<pb::ProgrammeImpactRequest>,
    ) -> Result<Response<pb::ProgrammeImpactResponse>, Status> {
        let started = Instant::now();
        let result = async {
            let request = request.into_inner();
            let config = self.state.config.gaps.clone();
            if request.programmes.is_empty() {
                return Err(invalid("programmes", "give at least one programme"));
            }
            if request.programmes.len() > MAX_IMPACT_PROGRAMMES {
                return Err(ApiError::ResourceExhausted(format!(
                    "programmes: at most {MAX_IMPACT_PROGRAMMES} in one call"
                )));
            }
            let scope = scope_from_proto(request.scope)?;
            let (t, _) = thresholds(&config, request.thresholds.as_ref())?;
            let one_in = request.sample_one_in;
            if one_in > gaps::sample::MAX_SAMPLE_ONE_IN {
                return Err(invalid(
                    "sample_one_in",
                    format!(
                        "must be 0 or 1 (exact) or within 2..={} (estimate)",
                        gaps::sample::MAX_SAMPLE_ONE_IN
                    ),
                ));
            }
            let estimate = one_in >= 2;
            let refs = request
                .programmes
                .into_iter()
                .enumerate()
                .map(|(i, r)| programme_ref(&self.state, i, r))
                .collect::<ApiResult<Vec<_>>>()?;
            let cache = self.cache.clone();
            let samples = self.samples.clone();
            let views = self.views.clone();
            blocking_for(&self.state, move |state, caller| {
                let programmes = refs
                    .into_iter()
                    .map(|r| match r {
                        Ok(id) => state
                            .store
                            .get_programme(&id)?
                            .ok_or(ApiError::NotFound { kind: "training programme", id }),
                        Err(inline) => Ok(inline),
                    })
                    .collect::<ApiResult<Vec<TrainingProgramme>>>()?;
                let snapshot = state.store.gap_snapshot(&cache)?;
                let now = Utc::now();
                let k = config.k_anonymity;
                let jobseekers = gaps::programme::scope_profile_count(&snapshot, &scope);
                let postings = gaps::programme::impact_postings(&snapshot, &scope, now).len();
                let sample = estimate.then(|| samples.get(&state.taxonomy, &snapshot, one_in));
                let sampled = sample.as_ref().map(|s| gaps::programme::scope_profile_count(s, &scope));
                let mut results: Vec<(usize, pb::ProgrammeImpactResult, Option<(u32, u32)>)> = programmes
                    .iter()
                    .enumerate()
                    .map(|(i, programme)| {
                        let taught = gaps::taught_skills(&state.taxonomy, programme);
                        let (result, key) = match &sample {
                            None => {
                                let impact = views.impact(
                                    &state.taxonomy,
                                    &snapshot,
                                    &taught,
                                    t,
                                    &scope,
                                    now,
                                    caller,
                                )?;
                                impact_to_proto(programme, &impact, k)
                            }
                            Some(sample) => {
                                let estimate = gaps::estimate_impact(
                                    &state.taxonomy,
                                    &snapshot,
                                    sample,
                                    &scope,
                                    &taught,
                                    t,
                                    now,
                                    caller,
                                )?;
                                estimate_to_proto(programme, &estimate, k)
                            }
                        };
                        Ok((i, result, key))
                    })
                    .collect::<ApiResult<_>>()?;
                results.sort_by(|a, b| match (a.2, b.2) {
                    (Some(x), Some(y)) => y.cmp(&x).then(a.0.cmp(&b.0)),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => a.0.cmp(&b.0),
                });
                let jobseeker_count = publish(clamp_u32(jobseekers), k);
                Ok(pb::ProgrammeImpactResponse {
                    results: results
                        .into_iter()
                        .enumerate()
                        .map(|(rank, (_, mut result, _))| {
                            result.rank = rank as u32 + 1;
                            result
                        })
                        .collect(),
                    match_threshold: t,
                    jobseeker_count,
                    jobseeker_count_suppressed: jobseeker_count.is_none(),
                    posting_count: clamp_u32(postings),
                    k_anonymity: k,
                    sample_one_in: if estimate { one_in } else { 0 },
                    sampled_jobseekers: sampled.and_then(|n| publish(clamp_u32(n), k)),
                })
            })
            .await
        }
        .await;
        done("ProgrammeImpact", started, result)
    }
}

/// A programme reference: `Ok(id)` of a stored one, or `Err(inline programme)`.
fn programme_ref(
    state: &AppState,
    index: usize,
    reference: pb::ProgrammeRef,
) -> ApiResult<Result<String, TrainingProgramme>> {
    use pb::programme_ref::Programme;
    let field = format!("programmes[{index}]");
    match reference.programme {
        Some(Programme::ProgrammeId(id)) => {
            check_id(&format!("{field}.programme_id"), &id)?;
            Ok(Ok(id))
        }
        Some(Programme::Inline(inline)) => {
            check_text(&format!("{field}.inline.name"), &inline.name, MAX_SHORT_TEXT_BYTES, false)?;
            if inline.skills.is_empty() {
                return Err(invalid(&format!("{field}.inline.skills"), "give at least one skill"));
            }
            if inline.skills.len() > 100 {
                return Err(ApiError::ResourceExhausted(format!("{field}.inline.skills: at most 100")));
            }
            let mut skills = Vec::with_capacity(inline.skills.len());
            for (i, skill) in inline.skills.into_iter().enumerate() {
                let at = format!("{field}.inline.skills[{i}]");
                if state.taxonomy.index_of(&skill.skill).is_none() {
                    return Err(invalid(&format!("{at}.skill"), format!("unknown skill {:?}", skill.skill)));
                }
                if !(1..=5).contains(&skill.level) {
                    return Err(invalid(&format!("{at}.level"), "must be within 1..=5"));
                }
                skills.push(TaughtSkill { skill: skill.skill, level: skill.level as u8 });
            }
            Ok(Err(TrainingProgramme {
                id: String::new(),
                name: inline.name,
                provider: String::new(),
                skills,
                region: String::new(),
                language: String::new(),
                duration_weeks: 0,
                start_date: None,
                seats: 0,
            }))
        }
        None => Err(invalid(&field, "give a programme_id or an inline programme")),
    }
}

/// The k-anonymised result of one programme and its ranking key (None when suppressed).
fn impact_to_proto(
    programme: &TrainingProgramme,
    impact: &gaps::ProgrammeImpact,
    k: u32,
) -> (pb::ProgrammeImpactResult, Option<(u32, u32)>) {
    let regions = impact
        .regions
        .iter()
        .map(|r| (r.region.clone(), Published::exact(r.jobseekers, r.matches)))
        .collect();
    impact_result(programme, Published::exact(impact.jobseekers_gaining, impact.matches_gained), regions, k)
}

/// As [`impact_to_proto`] for an estimate: counts and intervals shown only when the sampled
/// jobseekers behind them are at least k (an estimate scales a count of real people up).
fn estimate_to_proto(
    programme: &TrainingProgramme,
    estimate: &gaps::ImpactEstimate,
    k: u32,
) -> (pb::ProgrammeImpactResult, Option<(u32, u32)>) {
    // `regions` and `in_sample.regions` list the same regions in the same order.
    let regions = estimate
        .regions
        .iter()
        .zip(&estimate.in_sample.regions)
        .map(|(r, sampled)| {
            (r.region.clone(), Published::estimated(&r.jobseekers, &r.matches, sampled.jobseekers))
        })
        .collect();
    let total =
        Published::estimated(&estimate.jobseekers, &estimate.matches, estimate.in_sample.jobseekers_gaining);
    impact_result(programme, total, regions, k)
}

/// The counts of a ProgrammeImpact result (of the programme or of one region), before
/// k-anonymity.
struct Published {
    jobseekers: u32,
    matches: u32,
    /// The jobseekers behind the counts, on which k-anonymity is decided (for an estimate the
    /// sampled ones).
    people: u32,
    /// Matches before rounding: the order of the regions.
    order: f64,
    /// The 95 % intervals of the two counts of an estimate.
    intervals: Option<(pb::CountInterval, pb::CountInterval)>,
}

impl Published {
    fn exact(jobseekers: u32, matches: u32) -> Published {
        Published { jobseekers, matches, people: jobseekers, order: f64::from(matches), intervals: None }
    }

    fn estimated(jobseekers: &gaps::Estimate, matches: &gaps::Estimate, people: u32) -> Published {
        Published {
            jobseekers: rounded(jobseekers.value),
            matches: rounded(matches.value),
            people,
            order: matches.value,
            intervals: Some((interval(jobseekers), interval(matches))),
        }
    }
}

/// The result of a programme from its counts and its regions' counts: regions by matches, then
/// name; every count k-anonymised (complementary suppression in the breakdown); the ranking key
/// (None when suppressed).
fn impact_result(
    programme: &TrainingProgramme,
    total: Published,
    mut regions: Vec<(String, Published)>,
    k: u32,
) -> (pb::ProgrammeImpactResult, Option<(u32, u32)>) {
    let shown = publish(total.people, k).is_some();
    regions.sort_by(|a, b| b.1.order.total_cmp(&a.1.order).then_with(|| a.0.cmp(&b.0)));
    let cells: Vec<u32> = regions.iter().map(|(_, r)| r.people).collect();
    let hidden = kanon::suppress_breakdown(&cells, k, shown);
    let regions = regions
        .into_iter()
        .zip(hidden)
        .map(|((region, r), suppressed)| {
            let (jobseekers_interval, matches_interval) = shown_intervals(r.intervals, !suppressed);
            pb::RegionImpact {
                region,
                jobseekers_gaining: (!suppressed).then_some(r.jobseekers),
                matches_gained: (!suppressed).then_some(r.matches),
                suppressed,
                jobseekers_gaining_interval: jobseekers_interval,
                matches_gained_interval: matches_interval,
            }
        })
        .collect();
    let estimated = total.intervals.is_some();
    let (jobseekers_interval, matches_interval) = shown_intervals(total.intervals, shown);
    let result = pb::ProgrammeImpactResult {
        programme_id: programme.id.clone(),
        name: programme.name.clone(),
        rank: 0,
        jobseekers_gaining: shown.then_some(total.jobseekers),
        matches_gained: shown.then_some(total.matches),
        suppressed: !shown,
        regions,
        estimated,
        jobseekers_gaining_interval: jobseekers_interval,
        matches_gained_interval: matches_interval,
    };
    (result, shown.then_some((total.jobseekers, total.matches)))
}

/// The intervals of shown counts (none for suppressed or exact ones).
fn shown_intervals(
    intervals: Option<(pb::CountInterval, pb::CountInterval)>,
    shown: bool,
) -> (Option<pb::CountInterval>, Option<pb::CountInterval>) {
    match intervals {
        Some((jobseekers, matches)) if shown => (Some(jobseekers), Some(matches)),
        _ => (None, None),
    }
}

/// An estimated count, rounded, as a `u32`.
fn rounded(count: f64) -> u32 {
    count.round().clamp(0.0, f64::from(u32::MAX)) as u32
}

/// The 95 % interval of an estimate, widened to whole numbers.
fn interval(estimate: &gaps::Estimate) -> pb::CountInterval {
    let whole = |x: f64| x.clamp(0.0, f64::from(u32::MAX)) as u32;
    pb::CountInterval { low: whole(estimate.low.floor()), high: whole(estimate.high.ceil()) }
}

fn market_to_proto(
    state: &AppState,
    raw: &gaps::MarketGaps,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    k: u32,
    max_skills: usize,
    lang: Lang,
) -> pb::MarketGapsResponse {
    let months: Vec<String> = raw.months.iter().map(|(y, m)| format!("{y:04}-{m:02}")).collect();
    let mut skills: Vec<pb::MarketSkillGap> = raw
        .skills
        .iter()
        .map(|s| {
            let (skill, skill_label) = label(state, s.skill, lang);
            let supply = publish(s.supply, k);
            let only_missing = publish(s.only_missing, k);
            pb::MarketSkillGap {
                skill,
                skill_label,
                demand: s.demand,
                demand_required: s.demand_required,
                demand_nice_to_have: s.demand_nice_to_have,
                supply,
                supply_suppressed: supply.is_none(),
                ratio: supply.map(|supply| f64::from(s.demand) / f64::from(supply)),
                gap: i64::from(s.demand) - i64::from(supply.unwrap_or(0)),
                trend: months
                    .iter()
                    .zip(&s.trend)
                    .map(|(month, &postings)| pb::MonthlyDemand { month: month.clone(), postings })
                    .collect(),
                only_missing,
                only_missing_suppressed: only_missing.is_none(),
            }
        })
        .collect();
    skills
        .sort_by(|a, b| b.gap.cmp(&a.gap).then(b.demand.cmp(&a.demand)).then_with(|| a.skill.cmp(&b.skill)));
    let total_skills = clamp_u32(skills.len());
    skills.truncate(max_skills);
    let jobseeker_count = publish(raw.jobseeker_count, k);
    pb::MarketGapsResponse {
        since: Some(timestamp_to_proto(&since)),
        until: Some(timestamp_to_proto(&until)),
        posting_count: raw.posting_count,
        jobseeker_count,
        jobseeker_count_suppressed: jobseeker_count.is_none(),
        skills,
        total_skills,
        k_anonymity: k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_thresholds_are_the_configured_ones() {
        let config = GapsConfig::default();
        let given = |t, near| pb::GapThresholds { match_threshold: t, near_miss_threshold: near };
        assert_eq!(thresholds(&config, None).ok(), Some((0.8, 0.5)));
        assert_eq!(thresholds(&config, Some(&given(0.0, 0.0))).ok(), Some((0.8, 0.5)));
        assert_eq!(thresholds(&config, Some(&given(0.9, 0.0))).ok(), Some((0.9, 0.5)));
        assert_eq!(thresholds(&config, Some(&given(0.0, 0.3))).ok(), Some((0.8, 0.3)));
        // A match threshold at or below the configured near-miss one: half of it.
        assert_eq!(thresholds(&config, Some(&given(0.5, 0.0))).ok(), Some((0.5, 0.25)));
        assert_eq!(thresholds(&config, Some(&given(0.3, 0.0))).ok(), Some((0.3, 0.15)));
        assert!(thresholds(&config, Some(&given(0.8, 0.8))).is_err());
        assert!(thresholds(&config, Some(&given(f64::NAN, 0.0))).is_err());
    }

    #[test]
    fn a_sampled_snapshot_is_built_once_per_snapshot_and_sample() {
        let taxonomy = Taxonomy::embedded();
        let profile = |id: &str| gaps::GapProfile {
            id: id.into(),
            skills: Box::new([]),
            accepted_regions: Box::new([]),
            accepts_remote: true,
            languages: Box::new([]),
            coach_hash: 0,
        };
        let profiles: Vec<gaps::GapProfile> = (0..64).map(|i| profile(&format!("js-{i}"))).collect();
        let full = Arc::new(Snapshot::new(taxonomy, Vec::new(), profiles.clone()));
        let cache = SampleCache::default();
        let half = cache.get(taxonomy, &full, 2);
        assert!(Arc::ptr_eq(&half, &cache.get(taxonomy, &full, 2)), "reused");
        assert!(half.profiles.len() < 64 && half.profiles.iter().all(|p| gaps::sample::in_sample(&p.id, 2)));
        let quarter = cache.get(taxonomy, &full, 4);
        assert!(!Arc::ptr_eq(&half, &quarter), "another sample size builds anew");
        let newer = Arc::new(Snapshot::new(taxonomy, Vec::new(), profiles));
        assert!(!Arc::ptr_eq(&quarter, &cache.get(taxonomy, &newer, 4)), "a new snapshot builds anew");
    }
}
