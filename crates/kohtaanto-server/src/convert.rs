//! Conversions between the generated `kohtaanto.v1` messages and the domain types.
//!
//! This is the only place where protobuf and the domain meet (DESIGN.md section 2): the domain,
//! store and matching crates never see a generated type.
//!
//! - **proto to domain** (`*_from_proto`) validates. Enum fields arrive as raw `i32`, so an
//!   unknown number (a newer client, or garbage) is an error naming the field, and so is an
//!   `*_UNSPECIFIED` value where the domain has no default (importance, CEFR level). Where the
//!   domain has a default, unspecified means it (work mode onsite, provenance explicit).
//!   Required timestamps that are missing are errors. The record is then checked with the
//!   domain's [`Validate`], whose error is returned as is. Output-only fields
//!   (`effective_requirements`, `effective_skills`) are ignored. Every error is a
//!   [`ValidationError`] whose `field` is a path relative to the converted message, such as
//!   `requirements[2].importance`; the caller prefixes it with [`ValidationError::within`]
//!   (e.g. `job_postings[3]`) and answers INVALID_ARGUMENT.
//! - **domain to proto** (`*_to_proto`) cannot fail. Output-only fields are filled from what
//!   the caller passes (the effective requirements or skills that matching uses), skill labels
//!   come from the taxonomy in the requested language.

use chrono::{DateTime, Utc};
use kohtaanto_domain::limits::{MAX_ID_BYTES, MAX_LIST_ENTRIES, MAX_SHORT_TEXT_BYTES};
use kohtaanto_domain::validate::{check_id, check_text, check_timestamp};
use kohtaanto_domain::{
    Cefr, Importance, JobPosting, JobseekerProfile, LanguageLevel, MAX_SKILL_LEVEL, MIN_SKILL_LEVEL,
    MatchExplanation, MatchFilters, Occupation, Outcome, ProfileSkill, Provenance, Requirement,
    RequirementCredit, SkillMention, Validate, ValidationError, WorkMode,
};
use kohtaanto_proto::v1 as pb;
use kohtaanto_taxonomy::tagger::UnmappedMention;
use kohtaanto_taxonomy::{Lang, Skill, SkillKind, Taxonomy};
use prost_types::Timestamp;

/// Result of a proto-to-domain conversion.
pub type ConvertResult<T> = Result<T, ValidationError>;

// ---------------------------------------------------------------------------------------------
// proto -> domain
// ---------------------------------------------------------------------------------------------

/// Converts and validates a job posting. Ignores the output-only `effective_requirements`.
pub fn job_posting_from_proto(posting: pb::JobPosting) -> ConvertResult<JobPosting> {
    let pb::JobPosting {
        id,
        title,
        description,
        employer,
        municipality_code,
        region,
        work_mode,
        languages,
        requirements,
        occupation,
        posted_at,
        expires_at,
        source,
        url,
        effective_requirements: _,
    } = posting;
    let work_mode = work_mode_from_proto("work_mode", work_mode)?.unwrap_or_default();
    let languages = languages_from_proto("languages", languages)?;
    let requirements = requirements
        .into_iter()
        .enumerate()
        .map(|(i, requirement)| {
            requirement_from_proto(requirement).map_err(|error| error.within(&format!("requirements[{i}]")))
        })
        .collect::<ConvertResult<Vec<_>>>()?;
    let occupation = occupation
        .map(|occupation| -> ConvertResult<Occupation> {
            Ok(Occupation {
                provenance: provenance_from_proto("occupation.provenance", occupation.provenance)?,
                esco_uri: occupation.esco_uri,
                isco_code: occupation.isco_code,
                label: occupation.label,
            })
        })
        .transpose()?;
    let posted_at = required_timestamp("posted_at", posted_at.as_ref())?;
    let expires_at = optional_timestamp("expires_at", expires_at.as_ref())?;
    let posting = JobPosting {
        id,
        title,
        description,
        employer,
        municipality_code,
        region,
        work_mode,
        languages,
        requirements,
        occupation,
        posted_at,
        expires_at,
        source,
        url,
    };
    posting.validate()?;
    Ok(posting)
}

/// Converts one requirement; field paths are relative to the requirement (`importance`).
/// Not validated on its own: [`job_posting_from_proto`] validates the whole posting.
pub fn requirement_from_proto(requirement: pb::Requirement) -> ConvertResult<Requirement> {
    let importance = importance_from_proto("importance", requirement.importance)?;
    let min_level = requirement.min_level.map(|level| level_from_proto("min_level", level)).transpose()?;
    let provenance = provenance_from_proto("provenance", requirement.provenance)?;
    Ok(Requirement { skill: requirement.skill, importance, min_level, provenance })
}

/// Converts and validates a jobseeker profile. Ignores the output-only `effective_skills`.
pub fn profile_from_proto(profile: pb::JobseekerProfile) -> ConvertResult<JobseekerProfile> {
    let pb::JobseekerProfile {
        id,
        coach_id,
        skills,
        summary,
        languages,
        municipality_code,
        accepted_regions,
        accepts_remote,
        desired_occupations,
        updated_at,
        effective_skills: _,
    } = profile;
    let skills = skills
        .into_iter()
        .enumerate()
        .map(|(i, skill)| {
            profile_skill_from_proto(skill).map_err(|error| error.within(&format!("skills[{i}]")))
        })
        .collect::<ConvertResult<Vec<_>>>()?;
    let languages = languages_from_proto("languages", languages)?;
    let updated_at = required_timestamp("updated_at", updated_at.as_ref())?;
    let profile = JobseekerProfile {
        id,
        coach_id,
        skills,
        summary,
        languages,
        municipality_code,
        accepted_regions,
        accepts_remote,
        desired_occupations,
        updated_at,
    };
    profile.validate()?;
    Ok(profile)
}

/// Converts one profile skill; field paths are relative to the skill (`level`).
/// Not validated on its own: [`profile_from_proto`] validates the whole profile.
pub fn profile_skill_from_proto(skill: pb::ProfileSkill) -> ConvertResult<ProfileSkill> {
    let level = level_from_proto("level", skill.level)?;
    let provenance = provenance_from_proto("provenance", skill.provenance)?;
    Ok(ProfileSkill { skill: skill.skill, level, last_used_year: skill.last_used_year, provenance })
}

/// Converts and checks match filters; absent filters are the empty filter. Field paths are
/// relative to the filters (`work_modes[1]`), the caller prefixes `filters`.
pub fn match_filters_from_proto(filters: Option<pb::MatchFilters>) -> ConvertResult<MatchFilters> {
    let Some(filters) = filters else {
        return Ok(MatchFilters::default());
    };
    let pb::MatchFilters {
        regions,
        work_modes,
        posted_after,
        min_coverage,
        isco_prefixes,
        coach_id,
        include_expired,
    } = filters;

    check_count("regions", regions.len(), MAX_LIST_ENTRIES)?;
    for (i, region) in regions.iter().enumerate() {
        check_text(&format!("regions[{i}]"), region, MAX_SHORT_TEXT_BYTES, true)?;
    }

    check_count("work_modes", work_modes.len(), MAX_LIST_ENTRIES)?;
    let work_modes = work_modes
        .into_iter()
        .enumerate()
        .map(|(i, work_mode)| {
            let field = format!("work_modes[{i}]");
            work_mode_from_proto(&field, work_mode)?.ok_or_else(|| {
                ValidationError::new(field, "must be WORK_MODE_ONSITE, WORK_MODE_HYBRID or WORK_MODE_REMOTE")
            })
        })
        .collect::<ConvertResult<Vec<_>>>()?;

    let posted_after = optional_timestamp("posted_after", posted_after.as_ref())?;

    if !(0.0..=1.0).contains(&min_coverage) {
        return Err(ValidationError::new("min_coverage", format!("must be within 0..1, got {min_coverage}")));
    }

    check_count("isco_prefixes", isco_prefixes.len(), MAX_LIST_ENTRIES)?;
    for (i, prefix) in isco_prefixes.iter().enumerate() {
        if prefix.is_empty() || prefix.len() > 4 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValidationError::new(
                format!("isco_prefixes[{i}]"),
                format!("{prefix:?} is not 1 to 4 digits"),
            ));
        }
    }

    if !coach_id.is_empty() {
        check_id("coach_id", &coach_id)?;
    }

    Ok(MatchFilters {
        regions,
        work_modes,
        posted_after,
        min_coverage,
        isco_prefixes,
        coach_id,
        include_expired,
    })
}

/// Parses a language code of a request (`fi`, `sv`, `en`, any case). Empty (or blank) means
/// none was given: `Ok(None)`, and the caller decides (detect, or English).
pub fn lang_from_proto(field: &str, code: &str) -> ConvertResult<Option<Lang>> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    if code.len() > MAX_ID_BYTES {
        return Err(ValidationError::new(field, format!("longer than {MAX_ID_BYTES} bytes")));
    }
    code.parse::<Lang>().map(Some).map_err(|message| ValidationError::new(field, message))
}

/// Converts a timestamp, checking that it is a valid protobuf timestamp and within the years the
/// domain accepts ([`kohtaanto_domain::validate::EARLIEST_YEAR`] to `LATEST_YEAR`).
pub fn timestamp_from_proto(field: &str, timestamp: &Timestamp) -> ConvertResult<DateTime<Utc>> {
    let nanos =
        u32::try_from(timestamp.nanos).ok().filter(|&nanos| nanos < 1_000_000_000).ok_or_else(|| {
            ValidationError::new(field, format!("nanos {} is outside 0..999999999", timestamp.nanos))
        })?;
    let at = DateTime::from_timestamp(timestamp.seconds, nanos).ok_or_else(|| {
        ValidationError::new(field, format!("seconds {} is out of range", timestamp.seconds))
    })?;
    check_timestamp(field, &at)?;
    Ok(at)
}

fn required_timestamp(field: &str, timestamp: Option<&Timestamp>) -> ConvertResult<DateTime<Utc>> {
    match timestamp {
        Some(timestamp) => timestamp_from_proto(field, timestamp),
        None => Err(ValidationError::new(field, "is required")),
    }
}

fn optional_timestamp(field: &str, timestamp: Option<&Timestamp>) -> ConvertResult<Option<DateTime<Utc>>> {
    timestamp.map(|timestamp| timestamp_from_proto(field, timestamp)).transpose()
}

fn languages_from_proto(field: &str, languages: Vec<pb::LanguageLevel>) -> ConvertResult<Vec<LanguageLevel>> {
    languages
        .into_iter()
        .enumerate()
        .map(|(i, language)| {
            let level = cefr_from_proto(&format!("{field}[{i}].level"), language.level)?;
            Ok(LanguageLevel { language: language.language, level })
        })
        .collect()
}

/// A level 1-5 from a `uint32`. Only the conversion to `u8` is checked here; the range is
/// checked by the domain validation, with the same message.
fn level_from_proto(field: &str, level: u32) -> ConvertResult<u8> {
    u8::try_from(level).map_err(|_| {
        ValidationError::new(
            field,
            format!("must be between {MIN_SKILL_LEVEL} and {MAX_SKILL_LEVEL}, got {level}"),
        )
    })
}

fn check_count(field: &str, count: usize, max: usize) -> ConvertResult<()> {
    if count > max {
        return Err(ValidationError::new(field, format!("more than {max} entries ({count})")));
    }
    Ok(())
}

fn unknown_enum_value(field: &str, value: i32) -> ValidationError {
    ValidationError::new(field, format!("unknown enum value {value}"))
}

/// Importance; `IMPORTANCE_UNSPECIFIED` and unknown values are errors.
pub fn importance_from_proto(field: &str, value: i32) -> ConvertResult<Importance> {
    match pb::Importance::try_from(value) {
        Ok(pb::Importance::Required) => Ok(Importance::Required),
        Ok(pb::Importance::NiceToHave) => Ok(Importance::NiceToHave),
        Ok(pb::Importance::Unspecified) => Err(ValidationError::new(
            field,
            "must be specified (IMPORTANCE_REQUIRED or IMPORTANCE_NICE_TO_HAVE)",
        )),
        Err(_) => Err(unknown_enum_value(field, value)),
    }
}

/// Work mode; `WORK_MODE_UNSPECIFIED` is `None` (the caller picks the default), unknown values
/// are errors.
pub fn work_mode_from_proto(field: &str, value: i32) -> ConvertResult<Option<WorkMode>> {
    match pb::WorkMode::try_from(value) {
        Ok(pb::WorkMode::Unspecified) => Ok(None),
        Ok(pb::WorkMode::Onsite) => Ok(Some(WorkMode::Onsite)),
        Ok(pb::WorkMode::Hybrid) => Ok(Some(WorkMode::Hybrid)),
        Ok(pb::WorkMode::Remote) => Ok(Some(WorkMode::Remote)),
        Err(_) => Err(unknown_enum_value(field, value)),
    }
}

/// CEFR level; `CEFR_LEVEL_UNSPECIFIED` and unknown values are errors.
pub fn cefr_from_proto(field: &str, value: i32) -> ConvertResult<Cefr> {
    match pb::CefrLevel::try_from(value) {
        Ok(pb::CefrLevel::A1) => Ok(Cefr::A1),
        Ok(pb::CefrLevel::A2) => Ok(Cefr::A2),
        Ok(pb::CefrLevel::B1) => Ok(Cefr::B1),
        Ok(pb::CefrLevel::B2) => Ok(Cefr::B2),
        Ok(pb::CefrLevel::C1) => Ok(Cefr::C1),
        Ok(pb::CefrLevel::C2) => Ok(Cefr::C2),
        Ok(pb::CefrLevel::Unspecified) => {
            Err(ValidationError::new(field, "must be specified (CEFR_LEVEL_A1 to C2)"))
        }
        Err(_) => Err(unknown_enum_value(field, value)),
    }
}

/// Provenance; `PROVENANCE_UNSPECIFIED` means explicit, unknown values are errors.
pub fn provenance_from_proto(field: &str, value: i32) -> ConvertResult<Provenance> {
    match pb::Provenance::try_from(value) {
        Ok(pb::Provenance::Unspecified | pb::Provenance::Explicit) => Ok(Provenance::Explicit),
        Ok(pb::Provenance::Extracted) => Ok(Provenance::Extracted),
        Err(_) => Err(unknown_enum_value(field, value)),
    }
}

// ---------------------------------------------------------------------------------------------
// domain -> proto
// ---------------------------------------------------------------------------------------------

/// A job posting as returned to callers, with the requirements matching uses (explicit plus
/// extracted) in the output-only `effective_requirements`.
pub fn job_posting_to_proto(posting: JobPosting, effective_requirements: &[Requirement]) -> pb::JobPosting {
    let JobPosting {
        id,
        title,
        description,
        employer,
        municipality_code,
        region,
        work_mode,
        languages,
        requirements,
        occupation,
        posted_at,
        expires_at,
        source,
        url,
    } = posting;
    pb::JobPosting {
        id,
        title,
        description,
        employer,
        municipality_code,
        region,
        work_mode: work_mode_to_proto(work_mode).into(),
        languages: languages.iter().map(language_level_to_proto).collect(),
        requirements: requirements.iter().map(requirement_to_proto).collect(),
        occupation: occupation.map(|occupation| pb::Occupation {
            esco_uri: occupation.esco_uri,
            isco_code: occupation.isco_code,
            label: occupation.label,
            provenance: provenance_to_proto(occupation.provenance).into(),
        }),
        posted_at: Some(timestamp_to_proto(&posted_at)),
        expires_at: expires_at.as_ref().map(timestamp_to_proto),
        source,
        url,
        effective_requirements: effective_requirements.iter().map(requirement_to_proto).collect(),
    }
}

/// One requirement.
pub fn requirement_to_proto(requirement: &Requirement) -> pb::Requirement {
    pb::Requirement {
        skill: requirement.skill.clone(),
        importance: importance_to_proto(requirement.importance).into(),
        min_level: requirement.min_level.map(u32::from),
        provenance: provenance_to_proto(requirement.provenance).into(),
    }
}

/// A jobseeker profile as returned to callers, with the skills matching uses (explicit plus
/// extracted) in the output-only `effective_skills`.
pub fn profile_to_proto(
    profile: JobseekerProfile,
    effective_skills: &[ProfileSkill],
) -> pb::JobseekerProfile {
    let JobseekerProfile {
        id,
        coach_id,
        skills,
        summary,
        languages,
        municipality_code,
        accepted_regions,
        accepts_remote,
        desired_occupations,
        updated_at,
    } = profile;
    pb::JobseekerProfile {
        id,
        coach_id,
        skills: skills.iter().map(profile_skill_to_proto).collect(),
        summary,
        languages: languages.iter().map(language_level_to_proto).collect(),
        municipality_code,
        accepted_regions,
        accepts_remote,
        desired_occupations,
        updated_at: Some(timestamp_to_proto(&updated_at)),
        effective_skills: effective_skills.iter().map(profile_skill_to_proto).collect(),
    }
}

/// One profile skill.
pub fn profile_skill_to_proto(skill: &ProfileSkill) -> pb::ProfileSkill {
    pb::ProfileSkill {
        skill: skill.skill.clone(),
        level: u32::from(skill.level),
        last_used_year: skill.last_used_year,
        provenance: provenance_to_proto(skill.provenance).into(),
    }
}

/// A language with its CEFR level.
pub fn language_level_to_proto(language: &LanguageLevel) -> pb::LanguageLevel {
    pb::LanguageLevel { language: language.language.clone(), level: cefr_to_proto(language.level).into() }
}

/// A timestamp. chrono represents a leap second as nanos above one second; it is clamped to
/// the last nanosecond of the second, as protobuf timestamps have no leap seconds.
pub fn timestamp_to_proto(at: &DateTime<Utc>) -> Timestamp {
    let nanos = at.timestamp_subsec_nanos().min(999_999_999);
    Timestamp { seconds: at.timestamp(), nanos: i32::try_from(nanos).unwrap_or(999_999_999) }
}

/// The explanation of a match, its requirements split into matched, partial and missing (each
/// in the posting's order), with skill labels in `lang` from `taxonomy`.
pub fn explanation_to_proto(
    explanation: &MatchExplanation,
    taxonomy: &Taxonomy,
    lang: Lang,
) -> pb::MatchExplanation {
    let mut proto = pb::MatchExplanation { coverage: explanation.coverage, ..Default::default() };
    for credit in &explanation.requirements {
        let converted = requirement_credit_to_proto(credit, taxonomy, lang);
        match credit.outcome {
            Outcome::Matched => proto.matched.push(converted),
            Outcome::Partial => proto.partial.push(converted),
            Outcome::Missing => proto.missing.push(converted),
        }
    }
    proto
}

/// The credit one requirement received, with labels in `lang`.
pub fn requirement_credit_to_proto(
    credit: &RequirementCredit,
    taxonomy: &Taxonomy,
    lang: Lang,
) -> pb::RequirementCredit {
    pb::RequirementCredit {
        skill: credit.skill.clone(),
        skill_label: skill_label(taxonomy, &credit.skill, lang),
        importance: importance_to_proto(credit.importance).into(),
        min_level: u32::from(credit.min_level),
        weight: credit.weight,
        credit: credit.credit,
        outcome: outcome_to_proto(credit.outcome).into(),
        via_skill: credit.via_skill.clone().unwrap_or_default(),
        via_skill_label: credit
            .via_skill
            .as_deref()
            .map(|skill| skill_label(taxonomy, skill, lang))
            .unwrap_or_default(),
        via_level: u32::from(credit.via_level),
        similarity: credit.similarity,
        level_factor: credit.level_factor,
        recency_factor: credit.recency_factor,
    }
}

/// Preferred label of a skill in `lang` (English when that one is empty); the id itself for a
/// skill the taxonomy does not know (a record stored under an older taxonomy).
pub fn skill_label(taxonomy: &Taxonomy, skill: &str, lang: Lang) -> String {
    taxonomy.get(skill).map_or_else(|| skill.to_string(), |known| known.labels.get(lang).to_string())
}

/// Skill mentions found in `text`, with the Unicode scalar (`char`) offsets computed from the
/// byte offsets. Offsets are `uint32` in the API; the extraction input limit (1 MiB) keeps them
/// far below `u32::MAX`. Mentions in increasing order of position are counted in one pass.
pub fn skill_mentions_to_proto(text: &str, mentions: &[SkillMention]) -> Vec<pb::SkillMention> {
    let mut offsets = CharOffsets::new(text);
    mentions
        .iter()
        .map(|mention| pb::SkillMention {
            skill: mention.skill.clone(),
            label: mention.label.clone(),
            start: offset_to_proto(mention.start),
            end: offset_to_proto(mention.end),
            text: mention.text.clone(),
            char_start: offset_to_proto(offsets.char_offset(mention.start)),
            char_end: offset_to_proto(offsets.char_offset(mention.end)),
            confidence: mention.confidence,
        })
        .collect()
}

/// Unmapped mentions of `text` (byte spans into it) as proto messages, with char offsets too.
pub fn unmapped_mentions_to_proto(text: &str, mentions: &[UnmappedMention]) -> Vec<pb::UnmappedSkillMention> {
    let mut offsets = CharOffsets::new(text);
    mentions
        .iter()
        .map(|mention| pb::UnmappedSkillMention {
            text: mention.text.clone(),
            start: offset_to_proto(mention.start),
            end: offset_to_proto(mention.end),
            char_start: offset_to_proto(offsets.char_offset(mention.start)),
            char_end: offset_to_proto(offsets.char_offset(mention.end)),
            confidence: mention.confidence,
        })
        .collect()
}

fn offset_to_proto(offset: usize) -> u32 {
    debug_assert!(u32::try_from(offset).is_ok(), "offset {offset} beyond u32");
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// Byte offset to `char` offset, remembering the last position so that increasing offsets
/// cost one pass over the text in total.
struct CharOffsets<'a> {
    bytes: &'a [u8],
    byte: usize,
    chars: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets { bytes: text.as_bytes(), byte: 0, chars: 0 }
    }

    /// Number of `char`s that start before byte offset `byte` (clamped to the text length).
    /// For an offset on a `char` boundary that is exactly the `char` offset.
    fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a char.
        self.chars += self.bytes[self.byte..byte].iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        self.byte = byte;
        self.chars
    }
}

/// A skill of the taxonomy, with related skills resolved to ids. `skill` must come from
/// `taxonomy`; indexes that do not resolve are left out rather than panicking.
pub fn skill_to_proto(skill: &Skill, taxonomy: &Taxonomy) -> pb::Skill {
    let id_of = |index: kohtaanto_taxonomy::SkillIndex| {
        usize::try_from(index).ok().and_then(|i| taxonomy.skills().get(i)).map(|other| other.id.clone())
    };
    pb::Skill {
        id: skill.id.clone(),
        esco_uri: skill.esco_uri.clone().unwrap_or_default(),
        kind: skill_kind_to_proto(skill.kind).into(),
        group: skill.group.clone(),
        labels: Some(pb::LocalizedText {
            en: skill.labels.en.clone(),
            fi: skill.labels.fi.clone(),
            sv: skill.labels.sv.clone(),
        }),
        aliases: Some(pb::LocalizedTextList {
            en: skill.aliases.en.clone(),
            fi: skill.aliases.fi.clone(),
            sv: skill.aliases.sv.clone(),
        }),
        broader: skill.broader.and_then(id_of).unwrap_or_default(),
        narrower: skill.narrower.iter().filter_map(|&index| id_of(index)).collect(),
        related: skill
            .related
            .iter()
            .filter_map(|&(index, similarity)| {
                id_of(index).map(|id| pb::RelatedSkill { skill: id, similarity })
            })
            .collect(),
        specificity: skill.specificity,
        ambiguous: skill.ambiguous,
    }
}

/// Importance.
pub fn importance_to_proto(importance: Importance) -> pb::Importance {
    match importance {
        Importance::Required => pb::Importance::Required,
        Importance::NiceToHave => pb::Importance::NiceToHave,
    }
}

/// Work mode.
pub fn work_mode_to_proto(work_mode: WorkMode) -> pb::WorkMode {
    match work_mode {
        WorkMode::Onsite => pb::WorkMode::Onsite,
        WorkMode::Hybrid => pb::WorkMode::Hybrid,
        WorkMode::Remote => pb::WorkMode::Remote,
    }
}

/// CEFR level.
pub fn cefr_to_proto(level: Cefr) -> pb::CefrLevel {
    match level {
        Cefr::A1 => pb::CefrLevel::A1,
        Cefr::A2 => pb::CefrLevel::A2,
        Cefr::B1 => pb::CefrLevel::B1,
        Cefr::B2 => pb::CefrLevel::B2,
        Cefr::C1 => pb::CefrLevel::C1,
        Cefr::C2 => pb::CefrLevel::C2,
    }
}

/// Provenance.
pub fn provenance_to_proto(provenance: Provenance) -> pb::Provenance {
    match provenance {
        Provenance::Explicit => pb::Provenance::Explicit,
        Provenance::Extracted => pb::Provenance::Extracted,
    }
}

/// Outcome of a requirement.
pub fn outcome_to_proto(outcome: Outcome) -> pb::Outcome {
    match outcome {
        Outcome::Matched => pb::Outcome::Matched,
        Outcome::Partial => pb::Outcome::Partial,
        Outcome::Missing => pb::Outcome::Missing,
    }
}

/// Kind of a skill.
pub fn skill_kind_to_proto(kind: SkillKind) -> pb::SkillKind {
    match kind {
        SkillKind::Knowledge => pb::SkillKind::Knowledge,
        SkillKind::Skill => pb::SkillKind::Skill,
        SkillKind::Language => pb::SkillKind::Language,
        SkillKind::Transversal => pb::SkillKind::Transversal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE_TAXONOMY: &str = include_str!("../../kohtaanto-taxonomy/data/sample.toml");

    /// The field an edit of a valid message must make the conversion name, and the edit.
    type EditCase<T> = (&'static str, Box<dyn FnOnce(&mut T)>);

    fn taxonomy() -> Taxonomy {
        Taxonomy::from_toml_str(SAMPLE_TAXONOMY).expect("sample taxonomy loads")
    }

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().expect("timestamp")
    }

    fn posting() -> JobPosting {
        JobPosting {
            id: "posting-1".into(),
            title: "Backend-kehittäjä".into(),
            description: "Python ja PostgreSQL, tiimityö.".into(),
            employer: "Acme Oy".into(),
            municipality_code: "091".into(),
            region: "Uusimaa".into(),
            work_mode: WorkMode::Hybrid,
            languages: vec![
                LanguageLevel { language: "fi".into(), level: Cefr::B2 },
                LanguageLevel { language: "en".into(), level: Cefr::C1 },
            ],
            requirements: vec![
                Requirement {
                    skill: "python".into(),
                    importance: Importance::Required,
                    min_level: Some(3),
                    provenance: Provenance::Explicit,
                },
                Requirement {
                    skill: "postgresql".into(),
                    importance: Importance::NiceToHave,
                    min_level: None,
                    provenance: Provenance::Extracted,
                },
            ],
            occupation: Some(Occupation {
                esco_uri: "http://data.europa.eu/esco/occupation/x".into(),
                isco_code: "2512".into(),
                label: "software developer".into(),
                provenance: Provenance::Explicit,
            }),
            posted_at: at("2026-10-01T08:30:00.123456789Z"),
            expires_at: Some(at("2026-11-01T00:00:00Z")),
            source: "portal".into(),
            url: "https://example.org/jobs/1".into(),
        }
    }

    fn profile() -> JobseekerProfile {
        JobseekerProfile {
            id: "js-1".into(),
            coach_id: "coach-7".into(),
            skills: vec![
                ProfileSkill {
                    skill: "django".into(),
                    level: 4,
                    last_used_year: Some(2019),
                    provenance: Provenance::Explicit,
                },
                ProfileSkill {
                    skill: "mysql".into(),
                    level: 2,
                    last_used_year: None,
                    provenance: Provenance::Extracted,
                },
            ],
            summary: "Kokenut kehittäjä".into(),
            languages: vec![LanguageLevel { language: "sv".into(), level: Cefr::A2 }],
            municipality_code: "853".into(),
            accepted_regions: vec!["Varsinais-Suomi".into(), "Uusimaa".into()],
            accepts_remote: true,
            desired_occupations: vec!["2512".into()],
            updated_at: at("2026-09-15T12:00:00Z"),
        }
    }

    fn posting_error(edit: impl FnOnce(&mut pb::JobPosting)) -> ValidationError {
        let mut proto = job_posting_to_proto(posting(), &[]);
        edit(&mut proto);
        job_posting_from_proto(proto).expect_err("conversion must fail")
    }

    fn profile_error(edit: impl FnOnce(&mut pb::JobseekerProfile)) -> ValidationError {
        let mut proto = profile_to_proto(profile(), &[]);
        edit(&mut proto);
        profile_from_proto(proto).expect_err("conversion must fail")
    }

    #[test]
    fn posting_round_trips() {
        let original = posting();
        let proto = job_posting_to_proto(original.clone(), &[]);
        assert_eq!(proto.work_mode(), pb::WorkMode::Hybrid);
        assert_eq!(proto.requirements[1].provenance(), pb::Provenance::Extracted);
        assert_eq!(proto.requirements[1].min_level, None);
        assert_eq!(proto.posted_at.as_ref().map(|t| t.nanos), Some(123_456_789));
        assert_eq!(job_posting_from_proto(proto), Ok(original));
    }

    #[test]
    fn inferred_occupation_keeps_its_provenance() {
        let mut original = posting();
        if let Some(occupation) = original.occupation.as_mut() {
            occupation.provenance = Provenance::Extracted;
        }
        let proto = job_posting_to_proto(original.clone(), &[]);
        assert_eq!(proto.occupation.as_ref().map(|o| o.provenance()), Some(pb::Provenance::Extracted));
        assert_eq!(job_posting_from_proto(proto.clone()), Ok(original));
        let mut unknown = proto;
        if let Some(occupation) = unknown.occupation.as_mut() {
            occupation.provenance = 99;
        }
        let error = job_posting_from_proto(unknown).expect_err("unknown provenance");
        assert_eq!(error.field, "occupation.provenance");
    }

    #[test]
    fn posting_without_optional_parts_round_trips() {
        let mut original = posting();
        original.occupation = None;
        original.expires_at = None;
        original.languages.clear();
        original.work_mode = WorkMode::Onsite;
        let proto = job_posting_to_proto(original.clone(), &[]);
        assert_eq!(proto.occupation, None);
        assert_eq!(proto.expires_at, None);
        assert_eq!(job_posting_from_proto(proto), Ok(original));
    }

    #[test]
    fn profile_round_trips() {
        let original = profile();
        let proto = profile_to_proto(original.clone(), &[]);
        assert_eq!(proto.skills[0].last_used_year, Some(2019));
        assert_eq!(proto.skills[1].last_used_year, None);
        assert_eq!(proto.languages[0].level(), pb::CefrLevel::A2);
        assert_eq!(profile_from_proto(proto), Ok(original));
    }

    #[test]
    fn effective_fields_are_output_only() {
        let effective = vec![Requirement {
            skill: "teamwork".into(),
            importance: Importance::NiceToHave,
            min_level: None,
            provenance: Provenance::Extracted,
        }];
        let proto = job_posting_to_proto(posting(), &effective);
        assert_eq!(proto.effective_requirements.len(), 1);
        assert_eq!(proto.effective_requirements[0].skill, "teamwork");
        // Ignored on input, even when invalid.
        let mut proto = proto;
        proto.effective_requirements[0].importance = 99;
        assert_eq!(job_posting_from_proto(proto), Ok(posting()));

        let effective_skills = vec![ProfileSkill {
            skill: "python".into(),
            level: 3,
            last_used_year: None,
            provenance: Provenance::Extracted,
        }];
        let mut proto = profile_to_proto(profile(), &effective_skills);
        assert_eq!(proto.effective_skills.len(), 1);
        proto.effective_skills[0].level = 0;
        assert_eq!(profile_from_proto(proto), Ok(profile()));
    }

    #[test]
    fn unspecified_defaults() {
        let mut proto = job_posting_to_proto(posting(), &[]);
        proto.work_mode = pb::WorkMode::Unspecified.into();
        proto.requirements[1].provenance = pb::Provenance::Unspecified.into();
        let converted = job_posting_from_proto(proto).expect("valid");
        assert_eq!(converted.work_mode, WorkMode::Onsite);
        assert_eq!(converted.requirements[1].provenance, Provenance::Explicit);
    }

    #[test]
    fn posting_errors_name_the_field() {
        let cases: Vec<EditCase<pb::JobPosting>> = vec![
            ("posted_at", Box::new(|p| p.posted_at = None)),
            ("requirements[1].importance", Box::new(|p| p.requirements[1].importance = 0)),
            ("requirements[0].importance", Box::new(|p| p.requirements[0].importance = 99)),
            ("requirements[1].provenance", Box::new(|p| p.requirements[1].provenance = 7)),
            ("requirements[0].min_level", Box::new(|p| p.requirements[0].min_level = Some(300))),
            ("requirements[0].min_level", Box::new(|p| p.requirements[0].min_level = Some(9))),
            ("requirements[1].skill", Box::new(|p| p.requirements[1].skill = "Not A Slug".into())),
            ("languages[1].level", Box::new(|p| p.languages[1].level = 0)),
            ("languages[0].level", Box::new(|p| p.languages[0].level = -3)),
            ("languages[0].language", Box::new(|p| p.languages[0].language = "FIN".into())),
            ("work_mode", Box::new(|p| p.work_mode = 42)),
            ("title", Box::new(|p| p.title = "  ".into())),
            ("id", Box::new(|p| p.id = "has space".into())),
            (
                "occupation.isco_code",
                Box::new(|p| p.occupation.as_mut().expect("set").isco_code = "25x".into()),
            ),
            ("expires_at", Box::new(|p| p.expires_at = Some(Timestamp { seconds: 1_000_000_000, nanos: 0 }))),
            // Beyond what chrono can represent.
            ("posted_at", Box::new(|p| p.posted_at = Some(Timestamp { seconds: i64::MAX, nanos: 0 }))),
            // Representable, but outside the accepted years (1969).
            ("posted_at", Box::new(|p| p.posted_at = Some(Timestamp { seconds: -1, nanos: 0 }))),
            ("posted_at", Box::new(|p| p.posted_at = Some(Timestamp { seconds: 1_790_000_000, nanos: -1 }))),
            (
                "expires_at",
                Box::new(|p| p.expires_at = Some(Timestamp { seconds: 1_790_000_000, nanos: 1_000_000_000 })),
            ),
        ];
        for (expected, edit) in cases {
            let error = posting_error(edit);
            assert_eq!(error.field, expected, "{error}");
            assert!(!error.message.is_empty());
        }
    }

    #[test]
    fn error_messages_say_what_is_wrong() {
        let error = posting_error(|p| p.posted_at = None);
        assert_eq!(error.message, "is required");
        let error = posting_error(|p| p.requirements[0].importance = 99);
        assert_eq!(error.to_string(), "requirements[0].importance: unknown enum value 99");
        let error = posting_error(|p| p.requirements[0].importance = 0);
        assert!(error.message.starts_with("must be specified"), "{error}");
        let error = posting_error(|p| p.posted_at = Some(Timestamp { seconds: -1, nanos: 0 }));
        assert!(error.message.contains("1969"), "{error}");
    }

    #[test]
    fn profile_errors_name_the_field() {
        let cases: Vec<EditCase<pb::JobseekerProfile>> = vec![
            ("updated_at", Box::new(|p| p.updated_at = None)),
            ("skills[1].level", Box::new(|p| p.skills[1].level = 0)),
            ("skills[0].level", Box::new(|p| p.skills[0].level = 1_000)),
            ("skills[0].provenance", Box::new(|p| p.skills[0].provenance = 99)),
            ("skills[1].last_used_year", Box::new(|p| p.skills[1].last_used_year = Some(1800))),
            ("skills[1].skill", Box::new(|p| p.skills[1].skill = "django".into())),
            ("languages[0].level", Box::new(|p| p.languages[0].level = 0)),
            ("languages[0].level", Box::new(|p| p.languages[0].level = 99)),
            ("accepted_regions[1]", Box::new(|p| p.accepted_regions[1] = String::new())),
            ("coach_id", Box::new(|p| p.coach_id = "a b".into())),
            ("id", Box::new(|p| p.id = String::new())),
            ("updated_at", Box::new(|p| p.updated_at = Some(Timestamp { seconds: i64::MIN, nanos: 0 }))),
        ];
        for (expected, edit) in cases {
            let error = profile_error(edit);
            assert_eq!(error.field, expected, "{error}");
        }
        assert_eq!(profile_error(|p| p.updated_at = None).message, "is required");
    }

    #[test]
    fn filters_convert_and_check() {
        assert_eq!(match_filters_from_proto(None), Ok(MatchFilters::default()));
        let proto = pb::MatchFilters {
            regions: vec!["Uusimaa".into()],
            work_modes: vec![pb::WorkMode::Remote.into(), pb::WorkMode::Hybrid.into()],
            posted_after: Some(timestamp_to_proto(&at("2026-01-01T00:00:00Z"))),
            min_coverage: 0.5,
            isco_prefixes: vec!["25".into(), "2512".into()],
            coach_id: "coach-7".into(),
            include_expired: true,
        };
        let filters = match_filters_from_proto(Some(proto.clone())).expect("valid");
        assert_eq!(
            filters,
            MatchFilters {
                regions: vec!["Uusimaa".into()],
                work_modes: vec![WorkMode::Remote, WorkMode::Hybrid],
                posted_after: Some(at("2026-01-01T00:00:00Z")),
                min_coverage: 0.5,
                isco_prefixes: vec!["25".into(), "2512".into()],
                coach_id: "coach-7".into(),
                include_expired: true,
            }
        );

        let cases: Vec<EditCase<pb::MatchFilters>> = vec![
            ("work_modes[1]", Box::new(|f| f.work_modes[1] = 0)),
            ("work_modes[0]", Box::new(|f| f.work_modes[0] = 99)),
            ("min_coverage", Box::new(|f| f.min_coverage = 1.5)),
            ("min_coverage", Box::new(|f| f.min_coverage = -0.1)),
            ("min_coverage", Box::new(|f| f.min_coverage = f64::NAN)),
            ("isco_prefixes[1]", Box::new(|f| f.isco_prefixes[1] = "25123".into())),
            ("isco_prefixes[0]", Box::new(|f| f.isco_prefixes[0] = String::new())),
            ("regions[0]", Box::new(|f| f.regions[0] = " ".into())),
            ("regions", Box::new(|f| f.regions = vec!["x".into(); MAX_LIST_ENTRIES + 1])),
            ("coach_id", Box::new(|f| f.coach_id = "a\tb".into())),
            ("posted_after", Box::new(|f| f.posted_after = Some(Timestamp { seconds: 0, nanos: -5 }))),
        ];
        for (expected, edit) in cases {
            let mut edited = proto.clone();
            edit(&mut edited);
            let error = match_filters_from_proto(Some(edited)).expect_err("must fail");
            assert_eq!(error.field, expected, "{error}");
        }
    }

    #[test]
    fn languages_parse() {
        assert_eq!(lang_from_proto("language", ""), Ok(None));
        assert_eq!(lang_from_proto("language", " "), Ok(None));
        assert_eq!(lang_from_proto("language", "fi"), Ok(Some(Lang::Fi)));
        assert_eq!(lang_from_proto("language", "SV"), Ok(Some(Lang::Sv)));
        assert_eq!(lang_from_proto("language", "en"), Ok(Some(Lang::En)));
        let error = lang_from_proto("label_language", "de").expect_err("unsupported");
        assert_eq!(error.field, "label_language");
        assert!(error.message.contains("de"), "{error}");
    }

    #[test]
    fn timestamps_round_trip() {
        for text in
            ["1970-01-01T00:00:00Z", "2026-10-01T08:30:00.000000001Z", "2200-12-31T23:59:59.999999999Z"]
        {
            let original = at(text);
            assert_eq!(timestamp_from_proto("t", &timestamp_to_proto(&original)), Ok(original));
        }
    }

    fn credit(skill: &str, outcome: Outcome, via: Option<&str>, credit: f64) -> RequirementCredit {
        RequirementCredit {
            skill: skill.into(),
            importance: Importance::Required,
            min_level: 2,
            weight: 0.8,
            credit,
            outcome,
            via_skill: via.map(Into::into),
            via_level: if via.is_some() { 3 } else { 0 },
            similarity: if via.is_some() { 0.9 } else { 0.0 },
            level_factor: 1.0,
            recency_factor: 1.0,
        }
    }

    #[test]
    fn explanation_splits_by_outcome_with_labels() {
        let taxonomy = taxonomy();
        let explanation = MatchExplanation {
            coverage: 0.6,
            requirements: vec![
                credit("teamwork", Outcome::Matched, Some("teamwork"), 1.0),
                credit("sql-databases", Outcome::Partial, Some("postgresql"), 0.9),
                credit("go", Outcome::Missing, None, 0.0),
                credit("python", Outcome::Matched, Some("python"), 1.0),
                credit("retired-skill", Outcome::Missing, None, 0.0),
            ],
        };
        let proto = explanation_to_proto(&explanation, &taxonomy, Lang::Fi);
        assert_eq!(proto.coverage, 0.6);
        let ids = |list: &[pb::RequirementCredit]| list.iter().map(|c| c.skill.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&proto.matched), ["teamwork", "python"]);
        assert_eq!(ids(&proto.partial), ["sql-databases"]);
        assert_eq!(ids(&proto.missing), ["go", "retired-skill"]);

        assert_eq!(proto.matched[0].skill_label, "tiimityö");
        let partial = &proto.partial[0];
        assert_eq!(partial.skill_label, "SQL-tietokannat");
        assert_eq!(partial.via_skill, "postgresql");
        assert_eq!(partial.via_skill_label, "PostgreSQL");
        assert_eq!(partial.via_level, 3);
        assert_eq!(partial.similarity, 0.9);
        assert_eq!(partial.outcome(), pb::Outcome::Partial);
        assert_eq!(partial.importance(), pb::Importance::Required);
        assert_eq!(partial.min_level, 2);
        assert_eq!(partial.weight, 0.8);
        assert_eq!(proto.missing[0].via_skill, "");
        assert_eq!(proto.missing[0].via_skill_label, "");
        // Unknown to the taxonomy: the id stands in for the label.
        assert_eq!(proto.missing[1].skill_label, "retired-skill");

        let swedish = explanation_to_proto(&explanation, &taxonomy, Lang::Sv);
        assert_eq!(swedish.matched[0].skill_label, "lagarbete");
    }

    fn mention(text: &str, needle: &str, skill: &str) -> SkillMention {
        let start = text.find(needle).expect("needle in text");
        SkillMention {
            skill: skill.into(),
            label: needle.into(),
            start,
            end: start + needle.len(),
            text: needle.into(),
            confidence: 1.0,
        }
    }

    #[test]
    fn mentions_get_char_offsets() {
        let text = "Hyvä tiimityö ja Python-osaaminen; kokemusta ääkkösistä ja PostgreSQL:stä 🚀 sekä Go:sta";
        let mentions = vec![
            mention(text, "tiimityö", "teamwork"),
            mention(text, "Python", "python"),
            mention(text, "PostgreSQL", "postgresql"),
            mention(text, "Go", "go"),
        ];
        let char_offset = |byte: usize| text[..byte].chars().count();
        let check = |converted: &[pb::SkillMention]| {
            assert_eq!(converted.len(), mentions.len());
            for (proto, mention) in converted.iter().zip(&mentions) {
                assert_eq!(proto.start as usize, mention.start);
                assert_eq!(proto.end as usize, mention.end);
                assert_eq!(proto.char_start as usize, char_offset(mention.start));
                assert_eq!(proto.char_end as usize, char_offset(mention.end));
                let chars: String = text
                    .chars()
                    .skip(proto.char_start as usize)
                    .take((proto.char_end - proto.char_start) as usize)
                    .collect();
                assert_eq!(chars, proto.text);
            }
        };
        let converted = skill_mentions_to_proto(text, &mentions);
        assert_eq!(converted[0].char_start, 5);
        assert_eq!(converted[0].char_end, 13);
        assert_ne!(converted[3].start, converted[3].char_start, "multi-byte chars before Go");
        check(&converted);

        // Out of order mentions give the same offsets.
        let mut reversed = mentions.clone();
        reversed.reverse();
        let mut converted = skill_mentions_to_proto(text, &reversed);
        converted.reverse();
        check(&converted);

        // Offsets past the end are clamped, not a panic.
        let past_end = SkillMention { start: text.len() + 5, end: text.len() + 9, ..mentions[0].clone() };
        let converted = skill_mentions_to_proto(text, &[past_end]);
        assert_eq!(converted[0].char_start as usize, text.chars().count());
    }

    #[test]
    fn taxonomy_skill_converts() {
        let taxonomy = taxonomy();
        let postgresql = taxonomy.get("postgresql").expect("in sample");
        let proto = skill_to_proto(postgresql, &taxonomy);
        assert_eq!(proto.id, "postgresql");
        assert_eq!(proto.kind(), pb::SkillKind::Knowledge);
        assert_eq!(proto.group, "databases");
        assert_eq!(proto.broader, "sql-databases");
        assert_eq!(proto.related, vec![pb::RelatedSkill { skill: "mysql".into(), similarity: 0.7 }]);
        assert_eq!(proto.specificity, 0.85);
        assert_eq!(proto.labels.as_ref().map(|l| l.en.as_str()), Some("PostgreSQL"));
        assert_eq!(
            proto.aliases.as_ref().map(|a| a.en.clone()),
            Some(vec!["postgres".into(), "psql".into()])
        );
        assert_eq!(proto.esco_uri, "");

        let sql = skill_to_proto(taxonomy.get("sql-databases").expect("in sample"), &taxonomy);
        assert_eq!(sql.broader, "");
        assert!(sql.narrower.contains(&"postgresql".to_string()), "{:?}", sql.narrower);
        assert!(sql.narrower.contains(&"mysql".to_string()), "{:?}", sql.narrower);
        assert_eq!(sql.labels.as_ref().map(|l| l.fi.as_str()), Some("SQL-tietokannat"));

        let go = skill_to_proto(taxonomy.get("go").expect("in sample"), &taxonomy);
        assert!(go.ambiguous);
        let programming = skill_to_proto(taxonomy.get("programming").expect("in sample"), &taxonomy);
        assert!(programming.esco_uri.starts_with("http://data.europa.eu/esco/skill/"));
        assert_eq!(programming.kind(), pb::SkillKind::Skill);
        let teamwork = skill_to_proto(taxonomy.get("teamwork").expect("in sample"), &taxonomy);
        assert_eq!(teamwork.kind(), pb::SkillKind::Transversal);
    }

    #[test]
    fn enums_map_both_ways() {
        for importance in [Importance::Required, Importance::NiceToHave] {
            assert_eq!(importance_from_proto("f", importance_to_proto(importance).into()), Ok(importance));
        }
        for work_mode in [WorkMode::Onsite, WorkMode::Hybrid, WorkMode::Remote] {
            assert_eq!(work_mode_from_proto("f", work_mode_to_proto(work_mode).into()), Ok(Some(work_mode)));
        }
        for level in Cefr::ALL {
            assert_eq!(cefr_from_proto("f", cefr_to_proto(level).into()), Ok(level));
        }
        for provenance in [Provenance::Explicit, Provenance::Extracted] {
            assert_eq!(provenance_from_proto("f", provenance_to_proto(provenance).into()), Ok(provenance));
        }
        assert_eq!(outcome_to_proto(Outcome::Missing), pb::Outcome::Missing);
    }
}
