//! Exit codes of the binary (documented in `kohtaanto --help`).

use std::process::ExitCode;

/// How a command that did not fail ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked: exit code 0.
    Success,
    /// The command did its work but some input was rejected (import): exit code 2.
    Partial,
}

/// Exit code of an error (bad configuration, unreachable server, failed request, I/O).
pub const ERROR: u8 = 1;
/// Exit code of [`Outcome::Partial`] (clap also exits with 2 on usage errors).
pub const PARTIAL: u8 = 2;

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        match outcome {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::Partial => ExitCode::from(PARTIAL),
        }
    }
}

/// True when the error comes from writing to a closed pipe (`kohtaanto list postings | head`):
/// the reader has what it wanted, so that is no failure.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    use std::io::ErrorKind;
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|json| json.io_error_kind() == Some(ErrorKind::BrokenPipe))
    })
}
