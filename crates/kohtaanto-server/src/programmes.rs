//! `kohtaanto.v1.TrainingProgrammes`: the service adapter, its protobuf conversions and the
//! loading of demo programmes.
//!
//! Programmes are validated like postings and profiles: the domain's [`Validate`] (field paths
//! such as `skills[2].level`, limits from [`kohtaanto_domain::limits`]) and then every taught
//! skill against the taxonomy; the batch as a whole is limited by `max_batch_records`
//! (RESOURCE_EXHAUSTED). Writes are acknowledged after the group commit of the store, so an
//! acknowledged programme survives kill -9 like any other record. Programmes are not personal
//! data: logs may carry counts, as for the other services.

use crate::api::{self, blocking};
use crate::convert::ConvertResult;
use crate::error::{ApiError, ApiResult};
use crate::paging::{DEFAULT_LIST_PAGE_SIZE, page_size, parse_list_token, split_page};
use crate::state::AppState;
use crate::{Server, ServerError};
use chrono::{Datelike, NaiveDate};
use kohtaanto_domain::limits::MAX_SHORT_TEXT_BYTES;
use kohtaanto_domain::validate::{check_id, check_language_code, check_skill_id, check_text};
use kohtaanto_domain::{TaughtSkill, TrainingProgramme, Validate, ValidationError};
use kohtaanto_proto::v1 as pb;
use kohtaanto_store::{ProgrammeFilter, Store};
use kohtaanto_taxonomy::Taxonomy;
use std::sync::Arc;
use std::time::Instant;
use tonic::{Request, Response, Status};

// ---------------------------------------------------------------------------------------------
// conversions
// ---------------------------------------------------------------------------------------------

/// Converts and validates a training programme (field paths relative to the programme).
pub fn programme_from_proto(programme: pb::TrainingProgramme) -> ConvertResult<TrainingProgramme> {
    let pb::TrainingProgramme {
        id,
        name,
        provider,
        skills,
        region,
        language,
        duration_weeks,
        start_date,
        seats,
    } = programme;
    let skills = skills
        .into_iter()
        .enumerate()
        .map(|(i, taught)| {
            let level = u8::try_from(taught.level).map_err(|_| {
                ValidationError::new(
                    format!("skills[{i}].level"),
                    format!("must be between 1 and 5, got {}", taught.level),
                )
            })?;
            Ok(TaughtSkill { skill: taught.skill, level })
        })
        .collect::<ConvertResult<Vec<_>>>()?;
    let start_date = start_date.map(|date| date_from_proto("start_date", &date)).transpose()?;
    let programme =
        TrainingProgramme { id, name, provider, skills, region, language, duration_weeks, start_date, seats };
    programme.validate()?;
    Ok(programme)
}

/// A calendar date, or an error naming `field` when it is not a real date.
pub fn date_from_proto(field: &str, date: &pb::CalendarDate) -> ConvertResult<NaiveDate> {
    let month = u32::try_from(date.month).ok();
    let day = u32::try_from(date.day).ok();
    month.zip(day).and_then(|(month, day)| NaiveDate::from_ymd_opt(date.year, month, day)).ok_or_else(|| {
        ValidationError::new(
            field,
            format!("{:04}-{:02}-{:02} is not a calendar date", date.year, date.month, date.day),
        )
    })
}

/// The protobuf form of a programme.
pub fn programme_to_proto(programme: TrainingProgramme) -> pb::TrainingProgramme {
    pb::TrainingProgramme {
        id: programme.id,
        name: programme.name,
        provider: programme.provider,
        skills: programme
            .skills
            .into_iter()
            .map(|taught| pb::TaughtSkill { skill: taught.skill, level: u32::from(taught.level) })
            .collect(),
        region: programme.region,
        language: programme.language,
        duration_weeks: programme.duration_weeks,
        start_date: programme.start_date.map(|date| date_to_proto(&date)),
        seats: programme.seats,
    }
}

/// The protobuf form of a date.
pub fn date_to_proto(date: &NaiveDate) -> pb::CalendarDate {
    pb::CalendarDate { year: date.year(), month: date.month() as i32, day: date.day() as i32 }
}

/// Every taught skill names a taxonomy skill.
pub fn check_programme_skills(
    taxonomy: &Taxonomy,
    programme: &TrainingProgramme,
) -> Result<(), ValidationError> {
    for (i, taught) in programme.skills.iter().enumerate() {
        if taxonomy.index_of(&taught.skill).is_none() {
            return Err(ValidationError::new(
                format!("skills[{i}].skill"),
                format!("unknown skill {:?}", taught.skill),
            ));
        }
    }
    Ok(())
}

/// The filters of a list request, validated.
fn list_filter(taxonomy: &Taxonomy, request: &pb::ListProgrammesRequest) -> ApiResult<ProgrammeFilter> {
    let region = if request.region.trim().is_empty() {
        None
    } else {
        check_text("region", &request.region, MAX_SHORT_TEXT_BYTES, true)?;
        Some(request.region.clone())
    };
    let language = if request.language.is_empty() {
        None
    } else {
        check_language_code("language", &request.language)?;
        Some(request.language.clone())
    };
    let skill = if request.skill.is_empty() {
        None
    } else {
        check_skill_id("skill", &request.skill)?;
        if taxonomy.index_of(&request.skill).is_none() {
            return Err(ValidationError::new("skill", format!("unknown skill {:?}", request.skill)).into());
        }
        Some(request.skill.clone())
    };
    Ok(ProgrammeFilter { region, include_online: request.include_online, language, skill })
}

// ---------------------------------------------------------------------------------------------
// operations
// ---------------------------------------------------------------------------------------------

/// Create or replace programmes; invalid items are reported, valid ones are stored durably.
pub async fn upsert_programmes(
    state: &Arc<AppState>,
    items: Vec<(String, Result<TrainingProgramme, ValidationError>)>,
) -> ApiResult<Vec<api::ItemOutcome>> {
    api::upsert(
        state,
        items,
        check_programme_skills,
        |p| &p.id,
        Store::prepare_programme,
        Store::submit_programmes,
    )
    .await
}

/// A programme by id, or NOT_FOUND.
pub fn programme_by_id(state: &AppState, id: &str) -> ApiResult<TrainingProgramme> {
    state.store.get_programme(id)?.ok_or_else(|| ApiError::NotFound { kind: "programme", id: id.to_string() })
}

// ---------------------------------------------------------------------------------------------
// the service
// ---------------------------------------------------------------------------------------------

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

/// `kohtaanto.v1.TrainingProgrammes`.
pub struct TrainingProgrammesService(pub Arc<AppState>);

#[tonic::async_trait]
impl pb::training_programmes_server::TrainingProgrammes for TrainingProgrammesService {
    async fn upsert_programmes(
        &self,
        request: Request<pb::UpsertProgrammesRequest>,
    ) -> RpcResult<pb::UpsertProgrammesResponse> {
        let started = Instant::now();
        let result = async {
            let items = request
                .into_inner()
                .programmes
                .into_iter()
                .map(|p| (p.id.clone(), programme_from_proto(p)))
                .collect();
            let outcomes = upsert_programmes(&self.0, items).await?;
            let mut rejected_count = 0;
            let results: Vec<pb::UpsertResult> = outcomes
                .into_iter()
                .enumerate()
                .map(|(i, outcome)| match outcome.error {
                    None => pb::UpsertResult { id: outcome.id, ..Default::default() },
                    Some(error) => {
                        rejected_count += 1;
                        let error = error.within(&format!("programmes[{i}]"));
                        pb::UpsertResult {
                            id: outcome.id,
                            code: tonic::Code::InvalidArgument as i32,
                            message: error.to_string(),
                            field: error.field,
                        }
                    }
                })
                .collect();
            let upserted_count = results.len() as u32 - rejected_count;
            tracing::info!(rpc = "UpsertProgrammes", upserted_count, rejected_count, "batch stored");
            Ok(pb::UpsertProgrammesResponse { results, upserted_count, rejected_count })
        }
        .await;
        done("UpsertProgrammes", started, result)
    }

    async fn get_programme(
        &self,
        request: Request<pb::GetProgrammeRequest>,
    ) -> RpcResult<pb::TrainingProgramme> {
        let started = Instant::now();
        let result = async {
            let id = request.into_inner().id;
            check_id("id", &id)?;
            let programme = blocking(&self.0, move |state| programme_by_id(state, &id)).await?;
            Ok(programme_to_proto(programme))
        }
        .await;
        done("GetProgramme", started, result)
    }

    async fn delete_programme(
        &self,
        request: Request<pb::DeleteProgrammeRequest>,
    ) -> RpcResult<pb::DeleteProgrammeResponse> {
        let started = Instant::now();
        let result = async {
            let id = request.into_inner().id;
            check_id("id", &id)?;
            let existed = self.0.store.delete_programmes(vec![id])?.wait().await?;
            Ok(pb::DeleteProgrammeResponse { deleted: existed.first().copied().unwrap_or(false) })
        }
        .await;
        done("DeleteProgramme", started, result)
    }

    async fn list_programmes(
        &self,
        request: Request<pb::ListProgrammesRequest>,
    ) -> RpcResult<pb::ListProgrammesResponse> {
        let started = Instant::now();
        let result = async {
            let request = request.into_inner();
            let limit = page_size(request.page_size, DEFAULT_LIST_PAGE_SIZE)?;
            let after = parse_list_token(&request.page_token)?;
            let filter = list_filter(&self.0.taxonomy, &request)?;
            let (page, total) = blocking(&self.0, move |state| {
                Ok(state.store.list_programmes(after.as_deref(), limit + 1, &filter)?)
            })
            .await?;
            let (page, next_page_token) = split_page(page, limit, |p| &p.id);
            Ok(pb::ListProgrammesResponse {
                programmes: page.into_iter().map(programme_to_proto).collect(),
                next_page_token,
                total_size: i32::try_from(total).unwrap_or(i32::MAX),
            })
        }
        .await;
        done("ListProgrammes", started, result)
    }
}

impl Server {
    /// Store programmes (the demo catalogue) when the store has none. Returns whether they were
    /// loaded. Unknown skills are an error: the demo data must fit the taxonomy in use.
    pub fn load_programmes_if_empty(&self, programmes: Vec<TrainingProgramme>) -> Result<bool, ServerError> {
        let store = &self.state.store;
        if store.count_programmes() > 0 || programmes.is_empty() {
            return Ok(false);
        }
        for programme in &programmes {
            check_programme_skills(&self.state.taxonomy, programme)
                .map_err(|error| ServerError::Config(format!("programme {}: {error}", programme.id)))?;
        }
        store.upsert_programmes_blocking(programmes)?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message() -> pb::TrainingProgramme {
        pb::TrainingProgramme {
            id: "prog-1".into(),
            name: "Pilvipalvelut ja DevOps".into(),
            provider: "Example University of Applied Sciences".into(),
            skills: vec![
                pb::TaughtSkill { skill: "docker".into(), level: 3 },
                pb::TaughtSkill { skill: "kubernetes".into(), level: 2 },
            ],
            region: "Pirkanmaa".into(),
            language: "fi".into(),
            duration_weeks: 16,
            start_date: Some(pb::CalendarDate { year: 2027, month: 1, day: 11 }),
            seats: 20,
        }
    }

    #[test]
    fn round_trip_is_exact() {
        let programme = programme_from_proto(message()).expect("valid");
        assert_eq!(programme.start_date, NaiveDate::from_ymd_opt(2027, 1, 11));
        assert_eq!(programme.skills[1], TaughtSkill { skill: "kubernetes".into(), level: 2 });
        assert_eq!(programme_to_proto(programme), message());
        let no_date = pb::TrainingProgramme { start_date: None, ..message() };
        assert_eq!(programme_to_proto(programme_from_proto(no_date.clone()).expect("valid")), no_date);
    }

    #[test]
    fn errors_name_the_field() {
        let field = |change: fn(&mut pb::TrainingProgramme)| {
            let mut m = message();
            change(&mut m);
            programme_from_proto(m).expect_err("invalid").field
        };
        assert_eq!(field(|m| m.skills[1].level = 300), "skills[1].level");
        assert_eq!(field(|m| m.skills[1].level = 6), "skills[1].level");
        assert_eq!(
            field(|m| m.start_date = Some(pb::CalendarDate { year: 2027, month: 2, day: 30 })),
            "start_date"
        );
        assert_eq!(
            field(|m| m.start_date = Some(pb::CalendarDate { year: 2027, month: -1, day: 1 })),
            "start_date"
        );
        assert_eq!(field(|m| m.start_date = Some(pb::CalendarDate::default())), "start_date");
        assert_eq!(field(|m| m.id.clear()), "id");
        assert_eq!(field(|m| m.language = "FI".into()), "language");
        assert_eq!(field(|m| m.seats = 1_000_000), "seats");
    }

    #[test]
    fn unknown_skills_are_named() {
        let taxonomy = Taxonomy::embedded();
        let mut programme = programme_from_proto(message()).expect("valid");
        assert_eq!(check_programme_skills(taxonomy, &programme), Ok(()));
        programme.skills[1].skill = "kubernetez".into();
        let error = check_programme_skills(taxonomy, &programme).expect_err("unknown");
        assert_eq!(error.field, "skills[1].skill");
    }

    #[test]
    fn list_filters_are_checked() {
        let taxonomy = Taxonomy::embedded();
        let request = |region: &str, language: &str, skill: &str| pb::ListProgrammesRequest {
            region: region.into(),
            language: language.into(),
            skill: skill.into(),
            ..Default::default()
        };
        assert_eq!(list_filter(taxonomy, &request("", "", "")).expect("empty"), ProgrammeFilter::default());
        let filter = list_filter(taxonomy, &request("Uusimaa", "sv", "python")).expect("valid");
        assert_eq!(filter.region.as_deref(), Some("Uusimaa"));
        let field = |r: pb::ListProgrammesRequest| match list_filter(taxonomy, &r) {
            Err(ApiError::Invalid(error)) => error.field,
            other => panic!("not invalid: {other:?}"),
        };
        assert_eq!(field(request("", "swe", "")), "language");
        assert_eq!(field(request("", "", "no-such-skill")), "skill");
        assert_eq!(field(request("", "", "Python")), "skill");
        assert_eq!(field(request(&"x".repeat(MAX_SHORT_TEXT_BYTES + 1), "", "")), "region");
    }
}
