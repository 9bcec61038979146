//! Errors of the store.

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the data directory.
    #[error("data directory {path} is in use by another kohtaanto process (lock file {path}/LOCK)")]
    Locked {
        /// Data directory.
        path: String,
    },
    /// File system trouble (permissions, disk full, read-only file system).
    #[error("data directory {path}: {source}{}", io_hint(Some(.source.kind())))]
    Io {
        /// Path involved.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// tantivy reported an error (including I/O errors during commit).
    #[error("index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A stored record could not be decoded (corruption or incompatible version).
    #[error("stored record {id} cannot be decoded: {message}")]
    Corrupt {
        /// Record id.
        id: String,
        /// Details.
        message: String,
    },
    /// A group commit failed (disk full, read-only file system...); nothing of it was applied.
    #[error("write failed and was rolled back, nothing of it was stored: {message}{}", io_hint(*.kind))]
    WriteFailed {
        /// Cause.
        message: String,
        /// The kind of the underlying I/O error, when the failure was one.
        kind: Option<std::io::ErrorKind>,
    },
    /// The writer thread has stopped (after a fatal error or at shutdown).
    #[error("the index writer has stopped")]
    WriterStopped,
}

impl StoreError {
    /// The kind of the underlying I/O error, if this error comes from the file system: tells a
    /// full disk ([`std::io::ErrorKind::StorageFull`], [`std::io::ErrorKind::FileTooLarge`],
    /// [`std::io::ErrorKind::QuotaExceeded`]) from a read-only one
    /// ([`std::io::ErrorKind::ReadOnlyFilesystem`], [`std::io::ErrorKind::PermissionDenied`]).
    pub fn io_kind(&self) -> Option<std::io::ErrorKind> {
        match self {
            StoreError::Io { source, .. } => Some(source.kind()),
            StoreError::Index(error) => tantivy_io_kind(error),
            StoreError::WriteFailed { kind, .. } => *kind,
            StoreError::Locked { .. } | StoreError::Corrupt { .. } | StoreError::WriterStopped => None,
        }
    }

    /// The disk (or the file size limit) is full: writes fail until space is freed.
    pub fn is_disk_full(&self) -> bool {
        self.io_kind().is_some_and(is_disk_full)
    }

    /// The data directory cannot be written (read-only file system or permissions).
    pub fn is_read_only(&self) -> bool {
        self.io_kind().is_some_and(is_read_only)
    }
}

fn is_disk_full(kind: std::io::ErrorKind) -> bool {
    use std::io::ErrorKind::*;
    matches!(kind, StorageFull | FileTooLarge | QuotaExceeded)
}

fn is_read_only(kind: std::io::ErrorKind) -> bool {
    use std::io::ErrorKind::*;
    matches!(kind, ReadOnlyFilesystem | PermissionDenied)
}

/// A hint appended to I/O error messages, telling the operator what to do.
fn io_hint(kind: Option<std::io::ErrorKind>) -> &'static str {
    match kind {
        Some(kind) if is_disk_full(kind) => {
            " (the data directory is out of space: free space and retry; acknowledged data is intact)"
        }
        Some(kind) if is_read_only(kind) => {
            " (the data directory is not writable by this process: check its permissions and mount)"
        }
        _ => "",
    }
}

/// The I/O error kind inside a tantivy error, where tantivy keeps one.
pub(crate) fn tantivy_io_kind(error: &tantivy::TantivyError) -> Option<std::io::ErrorKind> {
    use tantivy::TantivyError as E;
    use tantivy::directory::error::{LockError, OpenDirectoryError, OpenReadError, OpenWriteError};
    match error {
        E::IoError(error) => Some(error.kind()),
        E::OpenWriteError(OpenWriteError::IoError { io_error, .. })
        | E::OpenReadError(OpenReadError::IoError { io_error, .. })
        | E::OpenDirectoryError(OpenDirectoryError::IoError { io_error, .. })
        | E::LockFailure(LockError::IoError(io_error), _) => Some(io_error.kind()),
        // Some paths (segment serialisation) keep only the message: "... (os error 27)".
        other => {
            let message = other.to_string();
            let code = message.rsplit("(os error ").next().filter(|_| message.contains("(os error "))?;
            let code: i32 = code.split(')').next()?.parse().ok()?;
            Some(std::io::Error::from_raw_os_error(code).kind())
        }
    }
}

/// Result type of the store.
pub type Result<T> = std::result::Result<T, StoreError>;
