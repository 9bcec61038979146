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
    #[error("data directory {path}: {source}")]
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
    #[error("write failed and was rolled back: {message}")]
    WriteFailed {
        /// Cause.
        message: String,
    },
    /// The writer thread has stopped (after a fatal error or at shutdown).
    #[error("the index writer has stopped")]
    WriterStopped,
}

/// Result type of the store.
pub type Result<T> = std::result::Result<T, StoreError>;
