//! Stopping a long computation whose answer nobody waits for any more.
//!
//! ProgrammeImpact over a large snapshot runs for seconds on every core. When its gRPC call is
//! cancelled or its deadline passes, finishing it would only delay the calls still waiting, so
//! the computation asks a [`Stop`] now and then and gives up with [`Stopped`].

/// Tells a computation that its answer is no longer wanted.
pub trait Stop: Sync {
    /// True once the computation should stop; stays true from then on.
    fn stopped(&self) -> bool;
}

/// Never stops: for callers that always want the answer (tests, benchmarks, the CLI).
#[derive(Debug, Clone, Copy, Default)]
pub struct Never;

impl Stop for Never {
    fn stopped(&self) -> bool {
        false
    }
}

/// A computation gave up because [`Stop::stopped`] said so; there is no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("stopped before it finished: nobody waits for the answer")]
pub struct Stopped;
