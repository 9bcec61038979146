//! Fuzz target `convert_requests`: arbitrary bytes decoded with prost as one of the request
//! messages (the first byte picks which) and taken through everything the server does with a
//! request before it reaches the store: record conversion and validation, match filters, page
//! sizes and tokens, language codes, timestamps.
//!
//! Nothing may panic; rejections name a field; what is accepted is within the limits, and the
//! values that have an inverse (timestamps, list tokens, records) round-trip.
#![no_main]

use kohtaanto_domain::Validate;
use kohtaanto_domain::limits::{MAX_LIST_ENTRIES, MAX_PAGE_SIZE, MAX_RESULT_WINDOW};
use kohtaanto_domain::validate::{check_id, check_text};
use kohtaanto_proto::v1 as pb;
use kohtaanto_server::convert::*;
use kohtaanto_server::paging::{list_token, match_window, page_size, parse_list_token};
use libfuzzer_sys::fuzz_target;
use prost::Message;

fn named<T>(result: Result<T, kohtaanto_domain::ValidationError>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(error) => {
            assert!(!error.field.is_empty(), "a rejection must name the field: {error}");
            None
        }
    }
}

fn posting(proto: pb::JobPosting) {
    if let Some(posting) = named(job_posting_from_proto(proto)) {
        assert_eq!(posting.validate(), Ok(()));
        let again = job_posting_from_proto(job_posting_to_proto(posting.clone(), &[]));
        assert_eq!(again, Ok(posting));
    }
}

fn profile(proto: pb::JobseekerProfile) {
    if let Some(profile) = named(profile_from_proto(proto)) {
        assert_eq!(profile.validate(), Ok(()));
        let again = profile_from_proto(profile_to_proto(profile.clone(), &[]));
        assert_eq!(again, Ok(profile));
    }
}

fn filters(proto: Option<pb::MatchFilters>) {
    if let Some(filters) = named(match_filters_from_proto(proto)) {
        assert!((0.0..=1.0).contains(&filters.min_coverage));
        assert!(filters.regions.len() <= MAX_LIST_ENTRIES);
        assert!(filters.work_modes.len() <= MAX_LIST_ENTRIES);
        assert!(filters.isco_prefixes.len() <= MAX_LIST_ENTRIES);
    }
}

fn match_paging(size: i32, token: &str, label_language: &str) {
    if let Ok(size) = page_size(size, 10) {
        assert!(size <= MAX_PAGE_SIZE);
        if let Ok(window) = match_window(token, size) {
            assert!(window.start <= window.end && window.end <= MAX_RESULT_WINDOW);
        }
    }
    let _ = named(lang_from_proto("label_language", label_language));
}

fn list_paging(size: i32, token: &str) {
    if let Ok(size) = page_size(size, 100) {
        assert!(size <= MAX_PAGE_SIZE);
    }
    if let Ok(Some(after)) = parse_list_token(token) {
        assert_eq!(parse_list_token(&list_token(&after)).ok(), Some(Some(after)));
    }
}

fn timestamp(proto: &prost_types::Timestamp) {
    if let Some(at) = named(timestamp_from_proto("t", proto)) {
        assert_eq!(&timestamp_to_proto(&at), proto);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((selector, bytes)) = data.split_first() else {
        return;
    };
    match selector % 10 {
        0 => {
            if let Ok(request) = pb::UpsertJobPostingsRequest::decode(bytes) {
                request.job_postings.into_iter().for_each(posting);
            }
        }
        1 => {
            if let Ok(request) = pb::UpsertProfilesRequest::decode(bytes) {
                request.profiles.into_iter().for_each(profile);
            }
        }
        2 => {
            if let Ok(request) = pb::MatchJobPostingsRequest::decode(bytes) {
                use pb::match_job_postings_request::Subject;
                match request.subject {
                    Some(Subject::ProfileId(id)) => drop(named(check_id("profile_id", &id))),
                    Some(Subject::Profile(proto)) => profile(proto),
                    None => {}
                }
                filters(request.filters);
                match_paging(request.page_size, &request.page_token, &request.label_language);
            }
        }
        3 => {
            if let Ok(request) = pb::MatchProfilesRequest::decode(bytes) {
                use pb::match_profiles_request::Subject;
                match request.subject {
                    Some(Subject::JobPostingId(id)) => drop(named(check_id("job_posting_id", &id))),
                    Some(Subject::JobPosting(proto)) => posting(proto),
                    None => {}
                }
                filters(request.filters);
                match_paging(request.page_size, &request.page_token, &request.label_language);
            }
        }
        4 => {
            if let Ok(request) = pb::ExplainMatchRequest::decode(bytes) {
                use pb::explain_match_request::{PostingSubject, ProfileSubject};
                if let Some(ProfileSubject::Profile(proto)) = request.profile_subject {
                    profile(proto);
                }
                if let Some(PostingSubject::JobPosting(proto)) = request.posting_subject {
                    posting(proto);
                }
                let _ = named(lang_from_proto("label_language", &request.label_language));
            }
        }
        5 => {
            if let Ok(request) = pb::ListJobPostingsRequest::decode(bytes) {
                list_paging(request.page_size, &request.page_token);
            }
        }
        6 => {
            if let Ok(request) = pb::ListProfilesRequest::decode(bytes) {
                list_paging(request.page_size, &request.page_token);
                if !request.coach_id.is_empty() {
                    let _ = named(check_id("coach_id", &request.coach_id));
                }
            }
        }
        7 => {
            if let Ok(request) = pb::SuggestSkillsRequest::decode(bytes) {
                let _ = named(check_text("query", &request.query, 512, true));
                let _ = named(lang_from_proto("language", &request.language));
            }
        }
        8 => {
            if let Ok(request) = pb::ExtractSkillsRequest::decode(bytes) {
                let _ = named(lang_from_proto("language", &request.language));
            }
        }
        _ => {
            if let Ok(proto) = prost_types::Timestamp::decode(bytes) {
                timestamp(&proto);
            }
        }
    }
});
