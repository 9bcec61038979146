//! Modules of the `kohtaanto-load` binary.
//!
//! - [`mix`]: the RPC kinds, their weights and how each request is made.
//! - [`stats`]: latencies and status counts per RPC, and the report table.
//! - [`server`]: the server under load as a child process, and its memory from `/proc`.
//! - [`latency`]: exact percentiles (shared with the main benchmark).

#[path = "../latency.rs"]
pub mod latency;
pub mod mix;
pub mod server;
pub mod stats;
