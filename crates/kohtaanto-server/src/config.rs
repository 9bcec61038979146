//! Server configuration: one validated struct, filled by the binary from defaults, a TOML file,
//! `KOHTAANTO__*` environment variables and command-line flags (in that order).

use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Configuration of the gRPC server.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// Data directory (tantivy indexes, lock file).
    pub data_dir: PathBuf,
    /// Address to listen on.
    pub listen: SocketAddr,
    /// Taxonomy file to use instead of the embedded default.
    pub taxonomy_path: Option<PathBuf>,
    /// Largest accepted gRPC message, in bytes (RESOURCE_EXHAUSTED beyond).
    pub max_message_bytes: usize,
    /// Most records in one upsert call (RESOURCE_EXHAUSTED beyond).
    pub max_batch_records: usize,
    /// Most API requests in progress at once (admission control, [`crate::admission`]);
    /// default 4 per core.
    pub max_concurrent_requests: usize,
    /// Most requests waiting for a slot; beyond, a request gets RESOURCE_EXHAUSTED at once.
    pub max_queued_requests: usize,
    /// Longest wait for a slot, in milliseconds, before RESOURCE_EXHAUSTED.
    pub queue_timeout_ms: u64,
    /// Most concurrent HTTP/2 streams (calls) on one connection.
    pub max_streams_per_connection: u32,
    /// Most client connections open at once; beyond, new connections wait in the listen
    /// backlog until one closes ([`crate::connections`]).
    pub max_connections: usize,
    /// Indexing memory per index writer, in megabytes.
    pub writer_memory_mb: usize,
    /// Gap analysis settings (`[gaps]`): thresholds, k-anonymity, supply.
    pub gaps: crate::gaps::GapsConfig,
    /// Bearer tokens and roles (`[auth]`); none means no authentication, loopback only.
    pub auth: crate::auth::AuthConfig,
    /// TLS (`[tls]`); plain text when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<crate::auth::tls::TlsConfig>,
    /// Audit log of profile access (`[audit]`).
    pub audit: crate::auth::AuditConfig,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            data_dir: PathBuf::from("index"),
            listen: SocketAddr::from(([127, 0, 0, 1], 50051)),
            taxonomy_path: None,
            max_message_bytes: 16 * 1024 * 1024,
            max_batch_records: kohtaanto_domain::limits::MAX_BATCH_RECORDS,
            max_concurrent_requests: 4 * std::thread::available_parallelism().map_or(1, |n| n.get()),
            max_queued_requests: 256,
            queue_timeout_ms: 5_000,
            max_streams_per_connection: 128,
            max_connections: 1024,
            writer_memory_mb: 64,
            gaps: Default::default(),
            auth: Default::default(),
            tls: None,
            audit: Default::default(),
        }
    }
}

impl ServerConfig {
    /// Check ranges; the message names the setting at fault.
    pub fn validate(&self) -> Result<(), String> {
        if self.max_message_bytes < 1024 {
            return Err("max_message_bytes must be at least 1024".into());
        }
        if !(1..=kohtaanto_domain::limits::MAX_BATCH_RECORDS).contains(&self.max_batch_records) {
            return Err(format!(
                "max_batch_records must be within 1..={}",
                kohtaanto_domain::limits::MAX_BATCH_RECORDS
            ));
        }
        if self.max_concurrent_requests == 0 {
            return Err("max_concurrent_requests must be at least 1".into());
        }
        if self.queue_timeout_ms == 0 {
            return Err("queue_timeout_ms must be at least 1".into());
        }
        if self.max_connections == 0 {
            return Err("max_connections must be at least 1".into());
        }
        if self.max_streams_per_connection == 0 {
            return Err("max_streams_per_connection must be at least 1".into());
        }
        if self.writer_memory_mb < 16 {
            return Err("writer_memory_mb must be at least 16".into());
        }
        self.gaps.validate()?;
        crate::auth::validate(self)
    }
}
