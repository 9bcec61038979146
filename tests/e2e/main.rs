//! End-to-end tests of kohtaanto (DESIGN.md section 2: "real server process, real gRPC
//! clients"). Every test starts the built `kohtaanto serve` binary on port 0 over a temporary
//! data directory and talks to it over gRPC with the generated tonic clients of
//! `kohtaanto_proto::v1` (and, in [`python`], with Python's grpcio).
//!
//! # Layout
//! - [`harness`]: starting, stopping and crashing the server; clients; record builders.
//! - [`api`]: every RPC of JobPostings, JobseekerProfiles, Matching and Skills, plus health and
//!   reflection.
//! - [`auth`]: access control for every RPC and role, coach scoping, k-anonymised aggregates
//!   for planners, the audit log, TLS and mutual TLS, the CLI's `--token` and `--ca-cert`.
//! - [`errors`]: INVALID_ARGUMENT naming the field, NOT_FOUND, RESOURCE_EXHAUSTED for limits;
//!   after each error nothing stored has changed.
//! - [`durability`]: graceful restart, kill -9 after acknowledged writes, the data directory lock,
//!   erasure of a deleted profile from the files.
//! - [`crash`]: concurrent clients, kill -9 at random moments 22 times, every acknowledged write
//!   checked after each restart.
//! - [`storage`]: a read-only or full data directory: clear errors, nothing lost.
//! - [`privacy`]: no personal data in debug logs.
//! - [`gaps`]: SkillGaps over gRPC on hand-made data sets with known answers: ProfileGaps,
//!   MarketGaps, ProgrammeImpact, k-anonymity, field-naming errors and limits.
//! - [`gaps_cli`]: `kohtaanto gaps`, `programmes` and `report` (the HTML file and its charts)
//!   against `serve --demo`.
//! - [`programmes`]: TrainingProgrammes: upsert, list with paging and filters, delete, errors,
//!   kill -9, `gen` + `import programmes`, the demo programmes.
//! - [`occupation`]: occupations inferred from the title, returned by Get, found by the ISCO
//!   filter; explicit ones kept.
//! - [`overload`]: 64 clients flood a server admitting 2 calls (2 queued): RESOURCE_EXHAUSTED
//!   beyond, served calls correct, health answering, normal service and bounded memory after.
//! - [`python`]: a portal back-end in Python (grpcio, stubs generated from `proto/`).
//!
//! Run: `cargo test -p kohtaanto --test e2e`.

mod api;
mod auth;
mod crash;
mod durability;
mod errors;
mod gaps;
mod gaps_cli;
mod harness;
mod occupation;
mod overload;
mod privacy;
mod programmes;
mod python;
mod storage;
