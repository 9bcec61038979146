//! Connecting to a kohtaanto server and turning gRPC failures into messages a user can act on.
//!
//! [`Connection::connect`] takes the `--server`, `--token`, `--ca-cert` and `--client-cert` /
//! `--client-key` options: the token is sent as `authorization: Bearer <token>` with every call
//! (by a tonic interceptor, [`Bearer`]), and an `https://` URL is reached over TLS trusting the
//! given CA certificate, with a client certificate when the server requires mutual TLS.

use crate::cli::ServerArgs;
use anyhow::{Context, Result, anyhow, bail};
use kohtaanto_proto::v1::job_postings_client::JobPostingsClient;
use kohtaanto_proto::v1::jobseeker_profiles_client::JobseekerProfilesClient;
use kohtaanto_proto::v1::matching_client::MatchingClient;
use kohtaanto_proto::v1::skill_gaps_client::SkillGapsClient;
use kohtaanto_proto::v1::training_programmes_client::TrainingProgrammesClient;
use std::time::Duration;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::service::Interceptor;
use tonic::service::interceptor::InterceptedService;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Endpoint, Identity};
use tonic::{Code, Request, Status};

/// Largest response accepted, in bytes. A page of 1,000 postings with long descriptions is a
/// few megabytes; tonic's default of 4 MiB is too tight for it.
const MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;
/// Largest request sent, in bytes (import batches are kept far below it).
const MAX_REQUEST_BYTES: usize = 64 * 1024 * 1024;
/// How long to wait for the TCP (and HTTP/2) connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Adds `authorization: Bearer <token>` to every call when a token is set.
#[derive(Debug, Clone, Default)]
pub struct Bearer(Option<MetadataValue<Ascii>>);

impl Bearer {
    /// The interceptor for `token` (none: calls go without authorization); the token must be
    /// printable ASCII without spaces.
    pub fn new(token: Option<&str>) -> Result<Bearer> {
        let Some(token) = token else { return Ok(Bearer(None)) };
        if token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()) {
            bail!("--token (KOHTAANTO_TOKEN) must be printable ASCII without spaces");
        }
        let value = format!("Bearer {token}")
            .parse()
            .map_err(|_| anyhow!("--token (KOHTAANTO_TOKEN) is not a valid header value"))?;
        Ok(Bearer(Some(value)))
    }
}

impl Interceptor for Bearer {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        if let Some(value) = &self.0 {
            request.metadata_mut().insert("authorization", value.clone());
        }
        Ok(request)
    }
}

/// The channel every client uses: the connection with the bearer token added.
pub type AuthChannel = InterceptedService<Channel, Bearer>;

/// An open connection to a server, with the URL for messages.
#[derive(Debug, Clone)]
pub struct Connection {
    channel: Channel,
    bearer: Bearer,
    url: String,
}

/// The TLS settings for `url` from the options: `None` for `http://`.
fn tls_config(url: &str, args: &ServerArgs) -> Result<Option<ClientTlsConfig>> {
    let https = url.starts_with("https://");
    let Some(ca_path) = &args.ca_cert else {
        if https {
            bail!(
                "an https:// server needs --ca-cert FILE (KOHTAANTO_CA_CERT): the CA certificate (PEM) to trust"
            );
        }
        if args.client_cert.is_some() {
            bail!("--client-cert needs an https:// server URL and --ca-cert");
        }
        return Ok(None);
    };
    if !https {
        bail!("--ca-cert needs an https:// server URL, got {url:?}");
    }
    let read = |what: &str, path: &std::path::Path| {
        std::fs::read(path).with_context(|| format!("cannot read {what} {}", path.display()))
    };
    let mut tls = ClientTlsConfig::new().ca_certificate(Certificate::from_pem(read("--ca-cert", ca_path)?));
    if let (Some(cert), Some(key)) = (&args.client_cert, &args.client_key) {
        tls = tls.identity(Identity::from_pem(read("--client-cert", cert)?, read("--client-key", key)?));
    }
    Ok(Some(tls))
}

impl Connection {
    /// Connects to the server of the command-line options (`--server`, e.g.
    /// `http://127.0.0.1:50051`, `--token`, `--ca-cert`, `--client-cert` and `--client-key`),
    /// failing with a hint when nothing answers there.
    pub async fn connect(args: &ServerArgs) -> Result<Connection> {
        let bearer = Bearer::new(args.token.as_deref())?;
        let tls = tls_config(&args.server, args)?;
        Connection::open_with(&args.server, tls, bearer).await
    }

    async fn open_with(url: &str, tls: Option<ClientTlsConfig>, bearer: Bearer) -> Result<Connection> {
        let mut endpoint = Endpoint::from_shared(url.to_string())
            .map_err(|error| anyhow!("invalid server URL {url:?}: {error}"))?
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true);
        if let Some(tls) = tls {
            endpoint =
                endpoint.tls_config(tls).map_err(|error| anyhow!("TLS settings: {}", error_chain(&error)))?;
        }
        let channel = endpoint.connect().await.map_err(|error| {
            let cause = error_chain(&error);
            anyhow!("cannot connect to {url}: is `kohtaanto serve` running? ({cause})")
        })?;
        Ok(Connection { channel, bearer, url: url.to_string() })
    }

    fn authed(&self) -> AuthChannel {
        InterceptedService::new(self.channel.clone(), self.bearer.clone())
    }

    /// The server URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Client of the JobPostings service.
    pub fn job_postings(&self) -> JobPostingsClient<AuthChannel> {
        JobPostingsClient::new(self.authed())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the JobseekerProfiles service.
    pub fn profiles(&self) -> JobseekerProfilesClient<AuthChannel> {
        JobseekerProfilesClient::new(self.authed())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the Matching service.
    pub fn matching(&self) -> MatchingClient<AuthChannel> {
        MatchingClient::new(self.authed())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the SkillGaps service.
    pub fn skill_gaps(&self) -> SkillGapsClient<AuthChannel> {
        SkillGapsClient::new(self.authed())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_REQUEST_BYTES)
    }

    /// Client of the TrainingProgrammes service.
    pub fn training_programmes(&self) -> TrainingProgrammesClient<AuthChannel> {
        TrainingProgrammesClient::new(self.authed())
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
        let error = Connection::connect(&server(&url)).await.expect_err("nothing listens");
        let text = error.to_string();
        assert!(
            text.starts_with(&format!("cannot connect to {url}: is `kohtaanto serve` running?")),
            "{text}"
        );
        assert!(Connection::connect(&server("not a url")).await.is_err());
    }

    fn server(url: &str) -> ServerArgs {
        ServerArgs { server: url.into(), token: None, ca_cert: None, client_cert: None, client_key: None }
    }

    #[test]
    fn the_token_is_sent_as_a_bearer_header() {
        let mut bearer = Bearer::new(Some("secret-token-0123456789")).expect("valid token");
        let request = bearer.call(Request::new(())).expect("intercepted");
        assert_eq!(
            request.metadata().get("authorization").expect("header"),
            "Bearer secret-token-0123456789"
        );
        let request = Bearer::new(None).expect("no token").call(Request::new(())).expect("intercepted");
        assert!(request.metadata().get("authorization").is_none());
        for bad in ["", "has space", "tab\there", "ä-not-ascii"] {
            let error = Bearer::new(Some(bad)).expect_err("refused");
            assert!(error.to_string().contains("--token"), "{error}");
        }
    }

    #[test]
    fn tls_options_need_an_https_url_and_the_reverse() {
        let mut args = server("https://localhost:1");
        let error = tls_config(&args.server, &args).expect_err("https without a CA");
        assert!(error.to_string().contains("--ca-cert"), "{error}");
        args.server = "http://localhost:1".into();
        assert!(tls_config(&args.server, &args).expect("plain").is_none());
        args.ca_cert = Some("/nonexistent/ca.pem".into());
        let error = tls_config(&args.server, &args).expect_err("CA with http");
        assert!(error.to_string().contains("needs an https:// server URL"), "{error}");
        args.server = "https://localhost:1".into();
        let error = tls_config(&args.server, &args).expect_err("missing file");
        assert!(error.to_string().contains("cannot read --ca-cert /nonexistent/ca.pem"), "{error}");
    }
}
