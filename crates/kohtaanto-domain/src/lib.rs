//! Domain types of kohtaanto, shared by every other crate.
//!
//! These are the records the service stores and matches: job postings, jobseeker profiles and
//! training programmes, plus the small value types they are built from (importance, CEFR level,
//! work mode) and the result types of matching. Nothing here knows about tantivy or protobuf:
//! the store and the gRPC edge convert to and from these types, so the rules of the domain
//! (what a valid record is, see [`validate`]) live in one place.
//!
//! The serde form of these types is the JSON Lines import format of the CLI (`kohtaanto import`).
#![warn(missing_docs)]

pub mod limits;
pub mod matching;
pub mod records;
pub mod regions;
pub mod validate;
pub mod values;

pub use matching::*;
pub use records::*;
pub use validate::{Validate, ValidationError};
pub use values::*;
