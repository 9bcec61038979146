//! The kohtaanto gRPC server: tonic services for the `kohtaanto.v1` API (DESIGN.md section 6)
//! over the domain, store, matching and taxonomy crates.
//!
//! # Layout
//! - [`convert`]: conversions between the generated protobuf messages and the domain types, with
//!   validation. Protobuf types stop here: nothing behind the edge depends on them.
#![warn(missing_docs)]

pub mod convert;
