//! Page sizes and opaque page tokens (AIP-158).
//!
//! List tokens carry the last id of the previous page (keyset paging: stable while records are
//! added or removed); match tokens carry an offset into the ranking.

use crate::error::{ApiError, ApiResult};
use kohtaanto_domain::ValidationError;
use kohtaanto_domain::limits::{MAX_PAGE_SIZE, MAX_RESULT_WINDOW};
use std::ops::Range;

/// Page size when the request says 0.
pub const DEFAULT_LIST_PAGE_SIZE: usize = 100;
/// Match page size when the request says 0.
pub const DEFAULT_MATCH_PAGE_SIZE: usize = 10;

/// Page size from the request: 0 = default, negative rejected, above the maximum lowered.
pub fn page_size(requested: i32, default: usize) -> ApiResult<usize> {
    match requested {
        0 => Ok(default),
        n if n < 0 => Err(ValidationError::new("page_size", format!("must not be negative, got {n}")).into()),
        n => Ok((n as usize).min(MAX_PAGE_SIZE)),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

fn bad_token() -> ApiError {
    ValidationError::new("page_token", "is not a token from a previous response").into()
}

/// Token for a list page that ended at `last_id`.
pub fn list_token(last_id: &str) -> String {
    format!("k{}", hex(last_id.as_bytes()))
}

/// The id after which a list page starts.
pub fn parse_list_token(token: &str) -> ApiResult<Option<String>> {
    if token.is_empty() {
        return Ok(None);
    }
    let bytes = token.strip_prefix('k').and_then(unhex).ok_or_else(bad_token)?;
    String::from_utf8(bytes).map(Some).map_err(|_| bad_token())
}

/// A list page fetched with one record more than `limit`: the page itself, and the token of the
/// next page when that extra record exists (so the last page never carries a token).
pub fn split_page<T>(mut page: Vec<T>, limit: usize, id_of: impl Fn(&T) -> &str) -> (Vec<T>, String) {
    if page.len() <= limit {
        return (page, String::new());
    }
    page.truncate(limit);
    let token = page.last().map(|last| list_token(id_of(last))).unwrap_or_default();
    (page, token)
}

/// Token for a match page starting at `offset`.
pub fn match_token(offset: usize) -> String {
    format!("o{offset}")
}

/// The window of ranks a match request asks for.
pub fn match_window(token: &str, page_size: usize) -> ApiResult<Range<usize>> {
    let offset = if token.is_empty() {
        0
    } else {
        token.strip_prefix('o').and_then(|n| n.parse::<usize>().ok()).ok_or_else(bad_token)?
    };
    let end = offset.saturating_add(page_size);
    if end > MAX_RESULT_WINDOW {
        return Err(ApiError::ResourceExhausted(format!(
            "results beyond rank {MAX_RESULT_WINDOW} are not available; narrow the filters"
        )));
    }
    Ok(offset..end)
}

/// Next match token, if there are more hits after this page.
pub fn next_match_token(window: &Range<usize>, total: usize) -> String {
    if window.end < total && window.end < MAX_RESULT_WINDOW { match_token(window.end) } else { String::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_reject_garbage() {
        let token = list_token("job-ä/1");
        assert_eq!(parse_list_token(&token).expect("token"), Some("job-ä/1".to_string()));
        assert_eq!(parse_list_token("").expect("empty"), None);
        assert!(parse_list_token("zzz").is_err());
        assert!(parse_list_token("k0").is_err());
        assert_eq!(match_window("o20", 10).expect("window"), 20..30);
        assert!(match_window("o-1", 10).is_err());
        assert!(matches!(match_window("o9995", 10), Err(ApiError::ResourceExhausted(_))));
        assert_eq!(next_match_token(&(0..10), 25), "o10");
        assert_eq!(next_match_token(&(20..30), 25), "");
    }

    #[test]
    fn only_a_page_followed_by_more_has_a_token() {
        let ids = |n: usize| (0..n).map(|i| format!("id-{i}")).collect::<Vec<_>>();
        let (page, token) = split_page(ids(4), 4, |s| s.as_str());
        assert_eq!((page.len(), token.as_str()), (4, ""));
        let (page, token) = split_page(ids(5), 4, |s| s.as_str());
        assert_eq!(page.len(), 4);
        assert_eq!(parse_list_token(&token).expect("token"), Some("id-3".to_string()));
    }

    #[test]
    fn page_sizes() {
        assert_eq!(page_size(0, 100).expect("default"), 100);
        assert_eq!(page_size(5000, 100).expect("clamped"), MAX_PAGE_SIZE);
        assert!(page_size(-1, 100).is_err());
    }
}
