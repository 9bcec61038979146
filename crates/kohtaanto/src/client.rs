//! Connecting to a kohtaanto server and turning gRPC failures into messages a user can act on.

use anyhow::{Result, anyhow};
use kohtaanto_proto::v1::job_postings_client::JobPostingsClient;
use kohtaanto_proto::v1::jobseeker_profiles_client::JobseekerProfilesClient;
use kohtaanto_proto::v1::matching_client::MatchingClient;
use kohtaanto_proto::v1::skill_gaps_client::SkillGapsClient;
use kohtaanto_proto::v1::training_programmes_client::TrainingProgrammesClient;
use std::time::Duration;
use tonic::transport::{Channel, Endpoint};
use tonic::{Code, Status};

/// Largest response accepted, in bytes. A page of 1,000 postings with long descriptions is a
/// few megabytes; tonic's default of 4 MiB is too tight for it.
const MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
/// Largest request sent, in bytes (import batches are kept far below it).
const MAX_REQUEST_BYTES: usize = 64 * 1024 * 1024;
/// How long to wait for the TCP (and HTTP/2) connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// An open connection to a server, with the URL for messages.
#[derive(Debug, Clone)]
pub struct Connection {
    channel: Channel,
    url: String,
}

impl Connection {
    /// Connects to `url` (e.g. `http://127.0.0.1:50051`), failing with a hint when nothing
    /// answers there.
    pub async fn open(url: &str) -> Result<Connection> {
        let endpoint = Endpoint::from_shared(url.to_string())
            .map_err(|error| anyhow!("invalid server URL {url:?}: {error}"))?
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true);
        let channel = endpoint.connect().await.map_err(|error| {
            let cause = error_chain(&error);
            anyhow!("cannot connect to {url}: is `kohtaanto serve` running? ({cause})")
        })?;
        Ok(Connection { channel, url: url.to_string() })
    }

    /// The server URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Client of the JobPostings service.
    pub fn job_postings(&self) -> JobPostingsClient<Channel> {
        JobPostingsClient::new(self.channel.clone())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the JobseekerProfiles service.
    pub fn profiles(&self) -> JobseekerProfilesClient<Channel> {
        JobseekerProfilesClient::new(self.channel.clone())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the Matching service.
    pub fn matching(&self) -> MatchingClient<Channel> {
        MatchingClient::new(self.channel.clone())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the SkillGaps service.
    pub fn skill_gaps(&self) -> SkillGapsClient<Channel> {
        SkillGapsClient::new(self.channel.clone())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the TrainingProgrammes service.
    pub fn training_programmes(&self) -> TrainingProgrammesClient<Channel> {
        TrainingProgrammesClient::new(self.channel.clone())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// An error for a failed call `what` (e.g. "ListJobPostings").
    pub fn call_error(&self, what: &str, status: &Status) -> anyhow::Error {
        anyhow!("{}", describe_status(&self.url, what, status))
    }
}

/// A failed call described for a user: the code in words and the server's message.
pub fn describe_status(url: &str, what: &str, status: &Status) -> String {
    let message = status.message();
    match status.code() {
        Code::Unavailable => {
            format!(
                "{what} failed: the server at {url} is unavailable: is `kohtaanto serve` running? ({message})"
            )
        }
        Code::NotFound => format!("{what} failed: not found: {message}"),
        Code::InvalidArgument => format!("{what} failed: invalid argument: {message}"),
        Code::ResourceExhausted => format!("{what} failed: server limit reached: {message}"),
        Code::Unauthenticated | Code::PermissionDenied => {
            format!("{what} failed: not allowed ({}): {message}", status.code().description())
        }
        Code::Unimplemented => {
            format!("{what} failed: the server at {url} does not implement it (another version?): {message}")
        }
        code => format!("{what} failed: {}: {message}", code.description()),
    }
}

/// Whether a failed call may succeed when simply repeated (the server was briefly overloaded or
/// restarting). Upserts are idempotent, so repeating them is safe.
pub fn is_transient(status: &Status) -> bool {
    matches!(status.code(), Code::Unavailable | Code::ResourceExhausted | Code::Aborted)
}

/// An error and its causes on one line.
fn error_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_described_with_a_hint() {
        let url = "http://127.0.0.1:1";
        let text = describe_status(url, "MatchJobPostings", &Status::not_found("profile js-9 not found"));
        assert_eq!(text, "MatchJobPostings failed: not found: profile js-9 not found");
        let text = describe_status(url, "ListProfiles", &Status::unavailable("connection refused"));
        assert!(text.contains("is `kohtaanto serve` running?"), "{text}");
        assert!(is_transient(&Status::resource_exhausted("busy")));
        assert!(!is_transient(&Status::invalid_argument("bad")));
    }

    #[tokio::test]
    async fn connecting_to_nothing_says_so() {
        // A port that was free a moment ago: nothing listens there.
        let port =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
        let url = format!("http://127.0.0.1:{port}");
        let error = Connection::open(&url).await.expect_err("nothing listens");
        let text = error.to_string();
        assert!(
            text.starts_with(&format!("cannot connect to {url}: is `kohtaanto serve` running?")),
            "{text}"
        );
        assert!(Connection::open("not a url").await.is_err());
    }
}
