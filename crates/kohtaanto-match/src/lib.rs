//! Scoring and ranking of kohtaanto: pure functions over domain records and the taxonomy.
//!
//! DESIGN.md section 4 defines one score, the *coverage* of a posting's requirements by a
//! profile. This crate computes it three ways that must agree to the last bit:
//! - [`score`]: the direct formula over domain records, used for explanations and as the
//!   reference (brute-force oracle in [`brute_force`]);
//! - [`tables`]: precomputed per-query tables that turn the inner `max` into an array lookup,
//!   used by the store's tantivy collector to score many documents fast;
//! - both feed the same [`score::coverage_of`] summation over requirements in canonical order
//!   (ascending skill index), so the floating-point result is identical.
//!
//! Ranking uses [`score::rank_score`], coverage quantised to millionths, then newer first, then
//! id; [`filters`] holds the hard filters (expiry, region/remote, language, caller filters).
#![warn(missing_docs)]

pub mod brute_force;
pub mod filters;
pub mod gaps;
pub mod score;
pub mod tables;

pub use filters::{Exclusion, exclusions, passes_posting_filters, passes_profile_filters};
pub use score::{
    CompactRequirement, CompactSkill, compact_requirements, compact_skills, coverage, explain, rank_score,
};
pub use tables::{PostingTable, ProfileTable};
