//! Access control, TLS and the audit log (DESIGN.md section 8).
//!
//! # Authentication
//! Callers send `authorization: Bearer <token>` metadata. The tokens come from the `[auth]`
//! section of the configuration, each mapped to a principal and a [`Role`]; a token may be given
//! in clear (`token`) or as its SHA-256 digest in hex (`token_sha256`), so that the file need not
//! hold secrets. Only digests are kept in memory, and a presented token is compared with every
//! digest in constant time. A missing, malformed or unknown token is UNAUTHENTICATED.
//!
//! # Authorisation
//! [`AuthLayer`] is a tower layer in front of every service. It maps the gRPC path to a
//! [`policy::Rule`]; a role the rule denies gets PERMISSION_DENIED naming the role and the RPC,
//! and an RPC without a rule is denied (fail closed). Health and reflection stay open. An
//! allowed call carries a [`Caller`] in its request extensions; services read it with
//! [`Caller::of`] and use it to restrict a coach to their own jobseekers:
//! - a profile of another coach reads as NOT_FOUND (Get, Match by id, Explain), so that a coach
//!   cannot even learn that it exists; deleting one answers `deleted: false`, as for a missing id;
//! - listings and MatchProfiles are filtered to the coach's own profiles (asking for another
//!   coach's is PERMISSION_DENIED);
//! - upserts must carry the coach's own coach id and may not overwrite another coach's profile
//!   (PERMISSION_DENIED for the whole batch).
//!
//! # Without tokens
//! With no tokens configured authentication is off: every call acts as the principal
//! `anonymous` with the admin role (no restriction at all). To keep that safe by default,
//! [`validate`] refuses a non-loopback listen address unless
//! `auth.allow_unauthenticated_remote = true`, and the server logs a warning at start.
//!
//! # Audit
//! Every read, match or write of profile data appends `{ts, principal, role, rpc, profile_ids}`
//! to the [`audit::AuditLog`] (see [`Caller::audit`]). Processes that embed the services
//! without the layer (benchmarks) act as `anonymous` admin and write no audit lines.

pub mod audit;
pub mod policy;
pub mod tls;

use crate::BoxFuture;
use crate::api::{self, blocking};
use crate::config::ServerConfig;
use crate::error::{ApiError, ApiResult, ServerError};
use crate::state::AppState;
use audit::AuditLog;
use kohtaanto_domain::{JobseekerProfile, ValidationError};
use policy::Access;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::task::{Context, Poll};
use tonic::Status;

/// Shortest accepted clear-text token, in bytes: shorter ones are guessable.
pub const MIN_TOKEN_BYTES: usize = 16;

/// What a principal may do (DESIGN.md section 8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A job-portal back-end: reads and writes everything.
    Portal,
    /// An employment coach: only profiles whose coach id is the principal.
    Coach,
    /// A training planner: aggregates only, never individual profiles.
    Planner,
    /// An operator: everything.
    Admin,
}

impl Role {
    /// The name used in the configuration and the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Portal => "portal",
            Role::Coach => "coach",
            Role::Planner => "planner",
            Role::Admin => "admin",
        }
    }
}

/// Who is calling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// Name from the configuration; for a coach, their coach id.
    pub name: String,
    /// Role.
    pub role: Role,
}

/// One `[[auth.tokens]]` entry: exactly one of `token` and `token_sha256`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    /// The token in clear (at least [`MIN_TOKEN_BYTES`] bytes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// SHA-256 of the token, 64 hex digits (`printf %s TOKEN | sha256sum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_sha256: Option<String>,
    /// Principal name (a coach's is their coach id).
    pub principal: String,
    /// Role.
    pub role: Role,
}

impl fmt::Debug for TokenConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never print a secret.
        f.debug_struct("TokenConfig")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("token_sha256", &self.token_sha256.as_ref().map(|_| "<redacted>"))
            .field("principal", &self.principal)
            .field("role", &self.role)
            .finish()
    }
}

/// `[auth]` of the configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// Bearer tokens; none means authentication is off.
    pub tokens: Vec<TokenConfig>,
    /// Allow a non-loopback listen address with authentication off.
    pub allow_unauthenticated_remote: bool,
}

impl AuthConfig {
    /// Whether any token is configured.
    pub fn is_enabled(&self) -> bool {
        !self.tokens.is_empty()
    }
}

/// `[audit]` of the configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditConfig {
    /// Write the audit log.
    pub enabled: bool,
    /// Audit log file; default `<data_dir>/audit.log`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<PathBuf>,
}

impl Default for AuditConfig {
    fn default() -> Self {
        AuditConfig { enabled: true, path: None }
    }
}

fn parse_hex_digest(hex: &str) -> Option<[u8; 32]> {
    let bytes = hex.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut digest = [0u8; 32];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        let high = char::from(pair[0]).to_digit(16)?;
        let low = char::from(pair[1]).to_digit(16)?;
        digest[i] = (high * 16 + low) as u8;
    }
    Some(digest)
}

fn sha256(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Equality of two digests in time independent of where they differ.
fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(difference) == 0
}

/// The digest of one configured token; the message names the entry at fault.
fn token_digest(index: usize, entry: &TokenConfig) -> Result<[u8; 32], String> {
    let at = format!("auth.tokens[{index}]");
    if entry.principal.trim().is_empty() {
        return Err(format!("{at}.principal must not be empty"));
    }
    if entry.role == Role::Coach {
        kohtaanto_domain::validate::check_id(&format!("{at}.principal"), &entry.principal)
            .map_err(|error| format!("{error} (a coach's principal is their coach id)"))?;
    }
    match (&entry.token, &entry.token_sha256) {
        (Some(token), None) if token.len() < MIN_TOKEN_BYTES => {
            Err(format!("{at}.token must be at least {MIN_TOKEN_BYTES} bytes long"))
        }
        (Some(token), None) if token.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Err(format!("{at}.token must not contain whitespace or control characters"))
        }
        (Some(token), None) => Ok(sha256(token)),
        (None, Some(hex)) => parse_hex_digest(hex)
            .ok_or_else(|| format!("{at}.token_sha256 must be 64 hexadecimal digits (a SHA-256 digest)")),
        _ => Err(format!("{at}: give exactly one of token and token_sha256")),
    }
}

/// Checks `[auth]`, `[tls]` and `[audit]` against the listen address; the message names the
/// setting at fault.
pub fn validate(config: &ServerConfig) -> Result<(), String> {
    let mut digests = Vec::with_capacity(config.auth.tokens.len());
    for (index, entry) in config.auth.tokens.iter().enumerate() {
        let digest = token_digest(index, entry)?;
        if digests.contains(&digest) {
            return Err(format!("auth.tokens[{index}]: the same token is configured twice"));
        }
        digests.push(digest);
    }
    if !config.auth.is_enabled()
        && !config.listen.ip().is_loopback()
        && !config.auth.allow_unauthenticated_remote
    {
        return Err(format!(
            "listen address {} is not a loopback address and no auth.tokens are configured: anyone who \
             can reach it could read and change all data, including personal profiles. Configure \
             [auth] tokens, or set auth.allow_unauthenticated_remote = true \
             (--allow-unauthenticated-remote) to accept that",
            config.listen
        ));
    }
    if config.audit.path.as_ref().is_some_and(|path| path.as_os_str().is_empty()) {
        return Err("audit.path must not be empty".into());
    }
    Ok(())
}

/// The authenticated caller of one RPC, put into the request extensions by [`AuthLayer`].
#[derive(Debug, Clone)]
pub struct Caller {
    principal: Arc<Principal>,
    rpc: Arc<str>,
    access: Access,
    audit: Option<Arc<AuditLog>>,
}

impl Caller {
    /// The caller of `request`; without the auth layer (services embedded in a tool), the
    /// unrestricted `anonymous` admin, without auditing.
    pub fn of<T>(request: &tonic::Request<T>) -> Caller {
        request.extensions().get::<Caller>().cloned().unwrap_or_else(|| Caller {
            principal: Arc::new(anonymous()),
            rpc: Arc::from(""),
            access: Access::Allowed,
            audit: None,
        })
    }

    /// Who is calling.
    pub fn principal(&self) -> &Principal {
        &self.principal
    }

    /// The method called (`GetProfile`).
    pub fn rpc(&self) -> &str {
        &self.rpc
    }

    /// The coach id the call is restricted to, if any.
    pub fn own_coach(&self) -> Option<&str> {
        (self.access == Access::OwnProfiles).then_some(self.principal.name.as_str())
    }

    /// Whether the caller may see `profile`.
    pub fn may_see(&self, profile: &JobseekerProfile) -> bool {
        self.own_coach().is_none_or(|coach| profile.coach_id == coach)
    }

    /// NOT_FOUND (exactly as for a missing id) when the caller may not see `profile`.
    pub fn check_visible(&self, profile: &JobseekerProfile) -> ApiResult<()> {
        if self.may_see(profile) {
            Ok(())
        } else {
            Err(ApiError::NotFound { kind: "profile", id: profile.id.clone() })
        }
    }

    /// The coach filter to apply, given the one requested in `field`: a coach gets their own
    /// (asking for another coach's is PERMISSION_DENIED), others get what they asked for.
    pub fn coach_filter(&self, field: &str, requested: &str) -> ApiResult<String> {
        match self.own_coach() {
            None => Ok(requested.to_string()),
            Some(own) if requested.is_empty() || requested == own => Ok(own.to_string()),
            Some(own) => Err(ApiError::PermissionDenied(format!(
                "{field}: a coach sees only their own jobseekers (coach id {own:?})"
            ))),
        }
    }

    /// For a coach: every valid profile of the batch carries their coach id and none replaces a
    /// stored profile of another coach; PERMISSION_DENIED for the whole batch otherwise.
    pub async fn check_profile_writes(
        &self,
        state: &Arc<AppState>,
        items: &[(String, Result<JobseekerProfile, ValidationError>)],
    ) -> ApiResult<()> {
        let Some(own) = self.own_coach().map(str::to_string) else { return Ok(()) };
        let mut ids = Vec::new();
        for (index, (_, item)) in items.iter().enumerate() {
            if let Ok(profile) = item {
                if profile.coach_id != own {
                    return Err(ApiError::PermissionDenied(format!(
                        "profiles[{index}].coach_id: a coach may only store profiles with their own coach \
                         id {own:?}"
                    )));
                }
                ids.push((index, profile.id.clone()));
            }
        }
        blocking(state, move |state| {
            for (index, id) in ids {
                if let Some(stored) = state.store.get_profile(&id)?
                    && stored.profile.coach_id != own
                {
                    return Err(ApiError::PermissionDenied(format!(
                        "profiles[{index}].id: the profile belongs to another coach"
                    )));
                }
            }
            Ok(())
        })
        .await
    }

    /// Whether the caller may delete profile `id`: false for a coach when it is another
    /// coach's (the service then answers as for a missing id).
    pub async fn may_delete_profile(&self, state: &Arc<AppState>, id: &str) -> ApiResult<bool> {
        if self.own_coach().is_none() {
            return Ok(true);
        }
        let caller = self.clone();
        let id = id.to_string();
        blocking(state, move |state| {
            Ok(state.store.get_profile(&id)?.is_none_or(|stored| caller.may_see(&stored.profile)))
        })
        .await
    }

    /// A stored profile by id, NOT_FOUND when missing or not visible to the caller; audited.
    pub fn read_profile(&self, state: &AppState, id: &str) -> ApiResult<kohtaanto_store::StoredProfile> {
        let stored = api::profile_by_id(state, id)?;
        self.check_visible(&stored.profile)?;
        self.audit([id])?;
        Ok(stored)
    }

    /// Records in the audit log that the caller read, matched or wrote the profiles `ids`.
    /// Fails (INTERNAL) when the log cannot be written: personal data is not handed out
    /// unaudited.
    pub fn audit<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> ApiResult<()> {
        let Some(log) = &self.audit else { return Ok(()) };
        let ids: Vec<&str> = ids.into_iter().collect();
        log.record(&self.principal, &self.rpc, &ids).map_err(|error| {
            tracing::error!(path = %log.path().display(), %error, "cannot write the audit log");
            ApiError::Internal("cannot write the audit log".into())
        })
    }
}

/// The principal of every call when authentication is off.
pub fn anonymous() -> Principal {
    Principal { name: "anonymous".into(), role: Role::Admin }
}

/// Decides every call: the configured token digests and the audit log.
#[derive(Debug)]
pub struct Authenticator {
    tokens: Vec<([u8; 32], Arc<Principal>)>,
    anonymous: Arc<Principal>,
    audit: Option<Arc<AuditLog>>,
}

/// Why a bearer token was not accepted.
fn unauthenticated(message: &str) -> Status {
    Status::unauthenticated(message)
}

impl Authenticator {
    /// From a validated configuration; opens the audit log.
    pub fn new(config: &ServerConfig) -> Result<Authenticator, String> {
        let tokens = config
            .auth
            .tokens
            .iter()
            .enumerate()
            .map(|(index, entry)| {
                let principal = Principal { name: entry.principal.clone(), role: entry.role };
                Ok((token_digest(index, entry)?, Arc::new(principal)))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let audit = if config.audit.enabled {
            let path = config.audit.path.clone().unwrap_or_else(|| config.data_dir.join("audit.log"));
            let log = AuditLog::open(&path)
                .map_err(|error| format!("audit.path: cannot open {}: {error}", path.display()))?;
            Some(Arc::new(log))
        } else {
            None
        };
        Ok(Authenticator { tokens, anonymous: Arc::new(anonymous()), audit })
    }

    /// Whether tokens are required.
    pub fn is_enabled(&self) -> bool {
        !self.tokens.is_empty()
    }

    /// The principal of a bearer token, comparing with every configured digest.
    fn principal_of(&self, headers: &http::HeaderMap) -> Result<Arc<Principal>, Status> {
        let Some(value) = headers.get(http::header::AUTHORIZATION) else {
            return Err(unauthenticated(
                "missing bearer token: send the metadata `authorization: Bearer <token>`",
            ));
        };
        let malformed = || unauthenticated("malformed authorization metadata: expected `Bearer <token>`");
        let value = value.to_str().map_err(|_| malformed())?;
        let (scheme, token) = value.split_once(' ').ok_or_else(malformed)?;
        let token = token.trim();
        if !scheme.eq_ignore_ascii_case("bearer") || token.is_empty() {
            return Err(malformed());
        }
        let presented = sha256(token);
        let mut found = None;
        for (digest, principal) in &self.tokens {
            // No early exit: every digest is compared.
            if constant_time_eq(digest, &presented) {
                found = Some(principal.clone());
            }
        }
        found.ok_or_else(|| unauthenticated("invalid bearer token"))
    }

    /// The caller of `path`, `None` for open services, or the status that refuses the call.
    pub fn authorize(&self, path: &str, headers: &http::HeaderMap) -> Result<Option<Caller>, Status> {
        let Some((service, method)) = policy::split_path(path) else {
            return Err(Status::unimplemented(format!("not a gRPC method path: {path:?}")));
        };
        if policy::is_open(service) {
            return Ok(None);
        }
        let caller = |principal: Arc<Principal>, access| Caller {
            principal,
            rpc: Arc::from(method),
            access,
            audit: self.audit.clone(),
        };
        if !self.is_enabled() {
            return Ok(Some(caller(self.anonymous.clone(), Access::Allowed)));
        }
        let principal = self.principal_of(headers)?;
        let Some(rule) = policy::rule(service, method) else {
            tracing::warn!(service, method, "denied: the RPC has no access policy");
            return Err(Status::permission_denied(format!(
                "{service}/{method} has no access policy: denied"
            )));
        };
        match rule.for_role(principal.role) {
            Access::Denied => {
                tracing::info!(role = principal.role.as_str(), rpc = method, "permission denied");
                Err(Status::permission_denied(format!(
                    "role {} may not call {service}/{method}",
                    principal.role.as_str()
                )))
            }
            access => Ok(Some(caller(principal, access))),
        }
    }
}

/// The tower layer that authenticates and authorises every call (see the module docs).
#[derive(Debug, Clone)]
pub struct AuthLayer(Arc<Authenticator>);

impl AuthLayer {
    /// A layer deciding with `authenticator`.
    pub fn new(authenticator: Authenticator) -> AuthLayer {
        AuthLayer(Arc::new(authenticator))
    }
}

impl<S> tower::Layer<S> for AuthLayer {
    type Service = AuthService<S>;
    fn layer(&self, inner: S) -> AuthService<S> {
        AuthService { inner, auth: self.0.clone() }
    }
}

/// The service of [`AuthLayer`].
#[derive(Debug, Clone)]
pub struct AuthService<S> {
    inner: S,
    auth: Arc<Authenticator>,
}

impl<S, B, RB> tower::Service<http::Request<B>> for AuthService<S>
where
    S: tower::Service<http::Request<B>, Response = http::Response<RB>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    RB: Default + Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = BoxFuture<Result<S::Response, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: http::Request<B>) -> Self::Future {
        match self.auth.authorize(request.uri().path(), request.headers()) {
            Ok(caller) => {
                if let Some(caller) = caller {
                    request.extensions_mut().insert(caller);
                }
                Box::pin(self.inner.call(request))
            }
            Err(status) => {
                let response = status.into_http::<RB>();
                Box::pin(async move { Ok(response) })
            }
        }
    }
}

/// The tonic server builder (with TLS when configured) and the auth layer for `config`;
/// logs how the server is protected.
pub fn transport(config: &ServerConfig) -> Result<(tonic::transport::Server, AuthLayer), ServerError> {
    let authenticator = Authenticator::new(config).map_err(ServerError::Config)?;
    let mut builder = tonic::transport::Server::builder();
    if let Some(tls) = &config.tls {
        builder = builder.tls_config(tls.server_tls().map_err(ServerError::Config)?)?;
    }
    if authenticator.is_enabled() {
        tracing::info!(tokens = config.auth.tokens.len(), "authentication on: bearer tokens required");
        if config.tls.is_none() && !config.listen.ip().is_loopback() {
            tracing::warn!("bearer tokens travel in clear text: configure [tls] for a non-loopback address");
        }
    } else if config.listen.ip().is_loopback() {
        tracing::warn!(
            "authentication is off (no auth.tokens): every caller has full access; listening on loopback only"
        );
    } else {
        tracing::warn!(
            listen = %config.listen,
            "authentication is off on a non-loopback address (auth.allow_unauthenticated_remote): anyone \
             who can reach it can read and change all data"
        );
    }
    match &authenticator.audit {
        Some(log) => tracing::info!(path = %log.path().display(), "audit log of profile access"),
        None => tracing::warn!("audit log disabled (audit.enabled = false)"),
    }
    Ok((builder, AuthLayer::new(authenticator)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PORTAL: &str = "portal-token-0123456789";
    const COACH: &str = "coach-token-0123456789";

    fn entry(token: &str, principal: &str, role: Role) -> TokenConfig {
        TokenConfig { token: Some(token.into()), token_sha256: None, principal: principal.into(), role }
    }

    fn config_with(tokens: Vec<TokenConfig>) -> ServerConfig {
        let dir = std::env::temp_dir();
        ServerConfig {
            auth: AuthConfig { tokens, allow_unauthenticated_remote: false },
            audit: AuditConfig { enabled: false, path: None },
            data_dir: dir,
            ..ServerConfig::default()
        }
    }

    fn hex(digest: [u8; 32]) -> String {
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn bearer(token: &str) -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::AUTHORIZATION, format!("Bearer {token}").parse().expect("header"));
        headers
    }

    fn authenticator() -> Authenticator {
        let hashed = TokenConfig {
            token: None,
            token_sha256: Some(hex(sha256("planner-token-0123456789")).to_uppercase()),
            principal: "planning-unit".into(),
            role: Role::Planner,
        };
        let config = config_with(vec![
            entry(PORTAL, "jobs-portal", Role::Portal),
            entry(COACH, "coach-1", Role::Coach),
            hashed,
        ]);
        validate(&config).expect("valid");
        Authenticator::new(&config).expect("authenticator")
    }

    #[test]
    fn tokens_in_clear_and_as_sha256_authenticate() {
        let auth = authenticator();
        let caller = auth
            .authorize("/kohtaanto.v1.JobseekerProfiles/GetProfile", &bearer(PORTAL))
            .expect("portal allowed")
            .expect("a caller");
        assert_eq!(caller.principal(), &Principal { name: "jobs-portal".into(), role: Role::Portal });
        assert_eq!(caller.rpc(), "GetProfile");
        assert_eq!(caller.own_coach(), None);
        let caller = auth
            .authorize("/kohtaanto.v1.SkillGaps/MarketGaps", &bearer("planner-token-0123456789"))
            .expect("planner allowed")
            .expect("a caller");
        assert_eq!(caller.principal().role, Role::Planner);
        let caller = auth
            .authorize("/kohtaanto.v1.Matching/MatchProfiles", &bearer(COACH))
            .expect("coach allowed")
            .expect("a caller");
        assert_eq!(caller.own_coach(), Some("coach-1"));
    }

    #[test]
    fn missing_malformed_and_unknown_tokens_are_unauthenticated() {
        let auth = authenticator();
        let path = "/kohtaanto.v1.Skills/GetSkill";
        let code = |headers: &http::HeaderMap| auth.authorize(path, headers).expect_err("refused").code();
        assert_eq!(code(&http::HeaderMap::new()), tonic::Code::Unauthenticated);
        assert_eq!(code(&bearer("not-a-configured-token")), tonic::Code::Unauthenticated);
        for value in ["Basic abc", "Bearer", "Bearer ", PORTAL, "Token x"] {
            let mut headers = http::HeaderMap::new();
            headers.insert(http::header::AUTHORIZATION, value.parse().expect("header"));
            assert_eq!(code(&headers), tonic::Code::Unauthenticated, "{value:?}");
        }
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::AUTHORIZATION, format!("bearer {PORTAL}").parse().expect("header"));
        assert!(auth.authorize(path, &headers).is_ok(), "the scheme is case-insensitive");
    }

    #[test]
    fn wrong_role_is_permission_denied_naming_role_and_rpc() {
        let auth = authenticator();
        let status = auth
            .authorize("/kohtaanto.v1.Matching/MatchProfiles", &bearer("planner-token-0123456789"))
            .expect_err("planner denied");
        assert_eq!(status.code(), tonic::Code::PermissionDenied);
        assert!(status.message().contains("planner"), "{}", status.message());
        assert!(status.message().contains("kohtaanto.v1.Matching/MatchProfiles"), "{}", status.message());
        let status = auth
            .authorize("/kohtaanto.v1.JobPostings/DeleteJobPosting", &bearer(COACH))
            .expect_err("coach denied");
        assert_eq!(status.code(), tonic::Code::PermissionDenied);
    }

    #[test]
    fn rpcs_without_policy_are_denied_and_health_is_open() {
        let auth = authenticator();
        let status = auth.authorize("/kohtaanto.v1.Secret/Dump", &bearer(PORTAL)).expect_err("no policy");
        assert_eq!(status.code(), tonic::Code::PermissionDenied);
        let status =
            auth.authorize("/kohtaanto.v1.Secret/Dump", &http::HeaderMap::new()).expect_err("no token");
        assert_eq!(status.code(), tonic::Code::Unauthenticated);
        let open = auth.authorize("/grpc.health.v1.Health/Check", &http::HeaderMap::new()).expect("open");
        assert!(open.is_none());
    }

    #[test]
    fn without_tokens_everyone_is_the_anonymous_admin() {
        let auth = Authenticator::new(&config_with(Vec::new())).expect("authenticator");
        assert!(!auth.is_enabled());
        let caller = auth
            .authorize("/kohtaanto.v1.JobseekerProfiles/ListProfiles", &http::HeaderMap::new())
            .expect("allowed")
            .expect("a caller");
        assert_eq!(caller.principal(), &anonymous());
        assert_eq!(caller.own_coach(), None);
    }

    #[test]
    fn bad_token_entries_are_rejected_with_their_index() {
        let reject = |tokens: Vec<TokenConfig>| validate(&config_with(tokens)).expect_err("invalid");
        let error = reject(vec![entry("short", "x", Role::Portal)]);
        assert!(error.contains("auth.tokens[0].token must be at least 16"), "{error}");
        let error = reject(vec![entry(PORTAL, "a", Role::Portal), entry(PORTAL, "b", Role::Admin)]);
        assert!(error.contains("auth.tokens[1]: the same token is configured twice"), "{error}");
        let mut both = entry(PORTAL, "a", Role::Portal);
        both.token_sha256 = Some(hex(sha256(PORTAL)));
        assert!(reject(vec![both]).contains("exactly one of token and token_sha256"));
        let mut neither = entry(PORTAL, "a", Role::Portal);
        neither.token = None;
        assert!(reject(vec![neither]).contains("exactly one of token and token_sha256"));
        let mut bad_hex = entry(PORTAL, "a", Role::Portal);
        bad_hex.token = None;
        bad_hex.token_sha256 = Some("zz".repeat(32));
        assert!(reject(vec![bad_hex]).contains("token_sha256 must be 64 hexadecimal digits"));
        assert!(reject(vec![entry(PORTAL, " ", Role::Portal)]).contains("principal must not be empty"));
        let error = reject(vec![entry(PORTAL, "coach with spaces", Role::Coach)]);
        assert!(error.contains("auth.tokens[0].principal"), "{error}");
        assert!(reject(vec![entry("sixteen bytes ok", "a", Role::Portal)]).contains("whitespace"));
    }

    #[test]
    fn non_loopback_without_tokens_is_refused_unless_allowed() {
        let mut config = config_with(Vec::new());
        config.listen = "0.0.0.0:50051".parse().expect("addr");
        let error = validate(&config).expect_err("refused");
        assert!(error.contains("allow_unauthenticated_remote"), "{error}");
        config.auth.allow_unauthenticated_remote = true;
        validate(&config).expect("explicitly allowed");
        config.auth.allow_unauthenticated_remote = false;
        config.auth.tokens = vec![entry(PORTAL, "p", Role::Portal)];
        validate(&config).expect("authenticated");
        config.listen = "[::1]:50051".parse().expect("addr");
        config.auth.tokens.clear();
        validate(&config).expect("IPv6 loopback");
    }

    #[test]
    fn token_secrets_are_not_printed() {
        let printed = format!("{:?}", entry(PORTAL, "p", Role::Portal));
        assert!(!printed.contains(PORTAL), "{printed}");
    }

    #[test]
    fn coach_scoping_helpers() {
        let caller = Caller {
            principal: Arc::new(Principal { name: "coach-1".into(), role: Role::Coach }),
            rpc: Arc::from("ListProfiles"),
            access: Access::OwnProfiles,
            audit: None,
        };
        assert_eq!(caller.coach_filter("coach_id", "").expect("own"), "coach-1");
        assert_eq!(caller.coach_filter("coach_id", "coach-1").expect("own"), "coach-1");
        let error = caller.coach_filter("coach_id", "coach-2").expect_err("other coach");
        assert_eq!(Status::from(error).code(), tonic::Code::PermissionDenied);
        let profile = |id: &str, coach_id: &str| JobseekerProfile {
            id: id.into(),
            coach_id: coach_id.into(),
            skills: Vec::new(),
            summary: String::new(),
            languages: Vec::new(),
            municipality_code: String::new(),
            accepted_regions: Vec::new(),
            accepts_remote: false,
            desired_occupations: Vec::new(),
            updated_at: chrono::Utc::now(),
        };
        let (own, other) = (profile("p1", "coach-1"), profile("p2", "coach-2"));
        assert!(caller.check_visible(&own).is_ok());
        let status = Status::from(caller.check_visible(&other).expect_err("hidden"));
        assert_eq!(status.code(), tonic::Code::NotFound);
        assert_eq!(
            status.message(),
            Status::from(ApiError::NotFound { kind: "profile", id: "p2".into() }).message()
        );
        let portal = Caller { access: Access::Allowed, ..caller };
        assert!(portal.may_see(&other));
        assert_eq!(portal.coach_filter("coach_id", "coach-2").expect("any"), "coach-2");
    }
}
