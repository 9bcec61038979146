//! Errors of the server, and the one place where they become gRPC statuses.

use kohtaanto_domain::ValidationError;
use kohtaanto_store::StoreError;
use tonic::{Code, Status};

/// Errors of starting or running the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// A configuration value is invalid.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The taxonomy file could not be loaded.
    #[error(transparent)]
    Taxonomy(#[from] kohtaanto_taxonomy::TaxonomyError),
    /// The store could not be opened or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The gRPC transport failed.
    #[error("grpc transport: {0}")]
    Transport(#[from] tonic::transport::Error),
    /// Reflection could not be set up.
    #[error("grpc reflection: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
}

/// Errors of one API call.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A request field is invalid (the error names it).
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// The record asked for does not exist.
    #[error("{kind} {id:?} not found")]
    NotFound {
        /// Record kind (`job posting`, `profile`, `skill`).
        kind: &'static str,
        /// Id asked for.
        id: String,
    },
    /// The caller's role or scope does not allow this (see [`crate::auth`]).
    #[error("{0}")]
    PermissionDenied(String),
    /// A limit was exceeded (batch size, text size, result window, server busy).
    #[error("{0}")]
    ResourceExhausted(String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The caller went away (cancelled, deadline passed) before the work started.
    #[error("the call was cancelled before its work started")]
    Cancelled,
    /// The caller went away while long work ran, and the work stopped.
    #[error("the call was cancelled and its work stopped")]
    Stopped(#[from] kohtaanto_match::gaps::Stopped),
    /// A bug or a lost worker.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Result of an API call.
pub type ApiResult<T> = Result<T, ApiError>;

impl From<ApiError> for Status {
    fn from(error: ApiError) -> Status {
        let message = error.to_string();
        let code = match &error {
            ApiError::Invalid(_) => Code::InvalidArgument,
            ApiError::NotFound { .. } => Code::NotFound,
            ApiError::PermissionDenied(_) => Code::PermissionDenied,
            ApiError::ResourceExhausted(_) => Code::ResourceExhausted,
            ApiError::Cancelled | ApiError::Stopped(_) => Code::Cancelled,
            ApiError::Internal(_) => Code::Internal,
            // A full disk is a resource running out (the message says so); a read-only one is
            // UNAVAILABLE below (Io, WriteFailed), as the directory may become writable again.
            ApiError::Store(store) if store.is_disk_full() => Code::ResourceExhausted,
            ApiError::Store(store) => match store {
                StoreError::Locked { .. } => Code::Unavailable,
                StoreError::Io { .. } => Code::Unavailable,
                StoreError::WriteFailed { .. } => Code::Unavailable,
                StoreError::WriterStopped => Code::Unavailable,
                StoreError::Index(_) => Code::Internal,
                StoreError::Corrupt { .. } => Code::DataLoss,
            },
        };
        Status::new(code, message)
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(error: tokio::task::JoinError) -> ApiError {
        ApiError::Internal(format!("worker task failed: {error}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_name_the_field_and_use_the_right_code() {
        let status: Status =
            ApiError::from(ValidationError::new("job_postings[2].title", "must not be empty")).into();
        assert_eq!(status.code(), Code::InvalidArgument);
        assert_eq!(status.message(), "job_postings[2].title: must not be empty");
        let status: Status = ApiError::NotFound { kind: "profile", id: "x".into() }.into();
        assert_eq!(status.code(), Code::NotFound);
        let status: Status = ApiError::ResourceExhausted("too many".into()).into();
        assert_eq!(status.code(), Code::ResourceExhausted);
        let status: Status = ApiError::Store(StoreError::WriterStopped).into();
        assert_eq!(status.code(), Code::Unavailable);
        let full = StoreError::WriteFailed {
            message: "No space left on device (os error 28)".into(),
            kind: Some(std::io::ErrorKind::StorageFull),
        };
        let status: Status = ApiError::Store(full).into();
        assert_eq!(status.code(), Code::ResourceExhausted);
        assert!(status.message().contains("out of space"), "{}", status.message());
        let read_only = StoreError::WriteFailed {
            message: "Read-only file system (os error 30)".into(),
            kind: Some(std::io::ErrorKind::ReadOnlyFilesystem),
        };
        let status: Status = ApiError::Store(read_only).into();
        assert_eq!(status.code(), Code::Unavailable);
        assert!(status.message().contains("not writable"), "{}", status.message());
    }
}
