//! The kohtaanto gRPC server: tonic services for the `kohtaanto.v1` API (DESIGN.md section 6)
//! over the domain, store, matching and taxonomy crates.
//!
//! # Layout
//! - [`config`]: the validated server configuration.
//! - [`auth`]: bearer tokens, roles and the access policy, TLS, the audit log.
//! - [`convert`]: conversions between the generated protobuf messages and the domain types, with
//!   validation. Protobuf types stop here: nothing behind the edge depends on them.
//! - [`services`]: the tonic service adapters; [`api`]: the operations behind them.
//! - [`programmes`]: the TrainingProgrammes service with its conversions.
//! - [`error`]: errors and their one mapping to gRPC statuses; [`paging`]: page tokens.
//! - [`state`]: taxonomy, store and typeahead shared by the services.
//! - [`admission`]: admission control, a bounded number of requests in progress and a bounded
//!   queue; RESOURCE_EXHAUSTED beyond.
//!
//! [`Server::serve`] takes a bound listener and a shutdown future (tests bind port 0), serves
//! health and reflection next to the API, and on shutdown finishes in-flight requests and closes
//! the store so that every acknowledged write is on disk.
#![warn(missing_docs)]

pub mod admission;
pub mod api;
pub mod auth;
pub mod config;
pub mod connections;
pub mod convert;
pub mod error;
pub mod gaps;
mod impact_views;
pub mod paging;
pub mod programmes;
pub mod services;
pub mod state;

/// The boxed future our tower middleware (auth, admission) returns: each layer either answers
/// at once or defers to the inner service, so the two branches need one nameable type.
pub(crate) type BoxFuture<T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'static>>;

pub use config::ServerConfig;
pub use error::{ApiError, ServerError};

use kohtaanto_domain::{JobPosting, JobseekerProfile};
use kohtaanto_proto::v1 as pb;
use kohtaanto_store::{Store, StoreOptions};
use kohtaanto_taxonomy::Taxonomy;
use state::{AppState, TaxonomyEnricher};
use std::future::Future;
use std::sync::Arc;
use tokio::net::TcpListener;

/// An opened server: taxonomy and store ready, not yet listening.
pub struct Server {
    state: Arc<AppState>,
}

/// tonic rejects an oversized message with OUT_OF_RANGE; gRPC convention (and our API contract)
/// is RESOURCE_EXHAUSTED for a limit, so the trailers-only response is rewritten.
fn oversized_is_resource_exhausted<B>(mut response: http::Response<B>) -> http::Response<B> {
    let headers = response.headers_mut();
    let is_out_of_range = headers.get("grpc-status").is_some_and(|v| v.as_bytes() == b"11");
    let is_too_large = headers
        .get("grpc-message")
        .is_some_and(|v| String::from_utf8_lossy(v.as_bytes()).contains("message%20length%20too%20large"));
    if is_out_of_range && is_too_large {
        headers.insert("grpc-status", http::HeaderValue::from_static("8"));
    }
    response
}

/// tonic answers a request body that does not decode as the RPC's protobuf message with INTERNAL
/// (gRPC's convention for parse errors); the bytes came from the client, so the API answers
/// INVALID_ARGUMENT, which also tells clients not to retry. prost's message is kept.
fn undecodable_is_invalid_argument<B>(mut response: http::Response<B>) -> http::Response<B> {
    let headers = response.headers_mut();
    let is_internal = headers.get("grpc-status").is_some_and(|v| v.as_bytes() == b"13");
    let is_decode_error = headers.get("grpc-message").is_some_and(|v| {
        String::from_utf8_lossy(v.as_bytes()).starts_with("failed%20to%20decode%20Protobuf%20message")
    });
    if is_internal && is_decode_error {
        headers.insert("grpc-status", http::HeaderValue::from_static("3"));
    }
    response
}

impl Server {
    /// Load the taxonomy and open the store (fails if another process holds the data directory).
    pub fn open(config: ServerConfig) -> Result<Server, ServerError> {
        config.validate().map_err(ServerError::Config)?;
        let taxonomy = Arc::new(match &config.taxonomy_path {
            Some(path) => Taxonomy::load(path)?,
            None => Taxonomy::embedded().clone(),
        });
        let enricher = Arc::new(TaxonomyEnricher::new(taxonomy.clone()));
        let options = StoreOptions { writer_memory_bytes: config.writer_memory_mb * 1024 * 1024 };
        let store = Arc::new(Store::open(&config.data_dir, taxonomy.clone(), enricher, options)?);
        tracing::info!(
            data_dir = %config.data_dir.display(),
            postings = store.count_postings(),
            profiles = store.count_profiles(),
            taxonomy_skills = taxonomy.len(),
            "store opened"
        );
        Ok(Server { state: Arc::new(AppState::new(taxonomy, store, config)) })
    }

    /// The shared state (for tools and tests).
    pub fn state(&self) -> &Arc<AppState> {
        &self.state
    }

    /// Load records (the demo data set) when the store has no postings and no profiles.
    /// Returns whether anything was loaded. Skill extraction runs in parallel.
    pub fn load_if_empty(
        &self,
        postings: Vec<JobPosting>,
        profiles: Vec<JobseekerProfile>,
    ) -> Result<bool, ServerError> {
        use rayon::prelude::*;
        let store = &self.state.store;
        if store.count_postings() + store.count_profiles() > 0 {
            return Ok(false);
        }
        for chunk in postings.chunks(5_000) {
            let prepared =
                chunk.par_iter().map(|p| store.prepare_posting(p.clone())).collect::<Result<Vec<_>, _>>()?;
            store.submit_postings(prepared)?.wait_blocking()?;
        }
        for chunk in profiles.chunks(5_000) {
            let prepared =
                chunk.par_iter().map(|p| store.prepare_profile(p.clone())).collect::<Result<Vec<_>, _>>()?;
            store.submit_profiles(prepared)?.wait_blocking()?;
        }
        Ok(true)
    }

    /// Serve on `listener` until `shutdown` resolves; then stop accepting, finish in-flight
    /// requests and close the store.
    pub async fn serve(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let state = self.state;
        let limit = state.config.max_message_bytes;
        let (health_reporter, health_service) = tonic_health::server::health_reporter();
        health_reporter
            .set_serving::<pb::job_postings_server::JobPostingsServer<services::JobPostingsService>>()
            .await;
        health_reporter
            .set_serving::<pb::jobseeker_profiles_server::JobseekerProfilesServer<services::JobseekerProfilesService>>()
            .await;
        health_reporter.set_serving::<pb::matching_server::MatchingServer<services::MatchingService>>().await;
        health_reporter.set_serving::<pb::skills_server::SkillsServer<services::SkillsService>>().await;
        let reflection = tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(kohtaanto_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .build_v1()?;
        let reflection_alpha = tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(kohtaanto_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .build_v1alpha()?;

        let postings =
            pb::job_postings_server::JobPostingsServer::new(services::JobPostingsService(state.clone()))
                .max_decoding_message_size(limit)
                .max_encoding_message_size(limit.max(64 * 1024 * 1024));
        let profiles = pb::jobseeker_profiles_server::JobseekerProfilesServer::new(
            services::JobseekerProfilesService(state.clone()),
        )
        .max_decoding_message_size(limit)
        .max_encoding_message_size(limit.max(64 * 1024 * 1024));
        let matching = pb::matching_server::MatchingServer::new(services::MatchingService(state.clone()))
            .max_decoding_message_size(limit)
            .max_encoding_message_size(limit.max(64 * 1024 * 1024));
        let programmes = pb::training_programmes_server::TrainingProgrammesServer::new(
            programmes::TrainingProgrammesService(state.clone()),
        )
        .max_decoding_message_size(limit)
        .max_encoding_message_size(limit.max(64 * 1024 * 1024));
        health_reporter
            .set_serving::<pb::training_programmes_server::TrainingProgrammesServer<programmes::TrainingProgrammesService>>()
            .await;
        let skills = pb::skills_server::SkillsServer::new(services::SkillsService(state.clone()))
            .max_decoding_message_size(limit)
            .max_encoding_message_size(limit.max(64 * 1024 * 1024));

        let local = listener.local_addr().ok();
        tracing::info!(address = ?local, "serving gRPC");
        let (builder, auth_layer) = auth::transport(&state.config)?;
        let admission = Arc::new(admission::Admission::new(&state.config));
        let result = builder
            .max_concurrent_streams(state.config.max_streams_per_connection)
            .layer(tower::util::MapResponseLayer::new(oversized_is_resource_exhausted::<tonic::body::Body>))
            .layer(tower::util::MapResponseLayer::new(undecodable_is_invalid_argument::<tonic::body::Body>))
            .layer(auth_layer)
            .layer(admission::AdmissionLayer::new(admission))
            .add_service(health_service)
            .add_service(reflection)
            .add_service(reflection_alpha)
            .add_service(postings)
            .add_service(profiles)
            .add_service(matching)
            .add_service(skills)
            .add_service(gaps::server(state.clone(), limit))
            .add_service(programmes)
            .serve_with_incoming_shutdown(
                connections::incoming(listener, state.config.max_connections),
                shutdown,
            )
            .await;
        tracing::info!("shutting down: closing the store");
        let store = state.store.clone();
        let _ = tokio::task::spawn_blocking(move || store.close()).await;
        result?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversized_message_status_is_rewritten() {
        let response = http::Response::builder()
            .header("grpc-status", "11")
            .header("grpc-message", "Error,%20decoded%20message%20length%20too%20large:%20found%201")
            .body(())
            .expect("response");
        let response = oversized_is_resource_exhausted(response);
        assert_eq!(response.headers()["grpc-status"], "8");
        let other = http::Response::builder().header("grpc-status", "11").body(()).expect("response");
        assert_eq!(oversized_is_resource_exhausted(other).headers()["grpc-status"], "11");
    }

    #[test]
    fn undecodable_message_status_is_rewritten() {
        let response = http::Response::builder()
            .header("grpc-status", "13")
            .header("grpc-message", "failed%20to%20decode%20Protobuf%20message:%20invalid%20varint")
            .body(())
            .expect("response");
        let response = undecodable_is_invalid_argument(response);
        assert_eq!(response.headers()["grpc-status"], "3");
        assert_eq!(
            response.headers()["grpc-message"],
            "failed%20to%20decode%20Protobuf%20message:%20invalid%20varint"
        );
        // Our own INTERNAL errors stay INTERNAL.
        let other = http::Response::builder()
            .header("grpc-status", "13")
            .header("grpc-message", "cannot%20write%20the%20audit%20log")
            .body(())
            .expect("response");
        assert_eq!(undecodable_is_invalid_argument(other).headers()["grpc-status"], "13");
    }
}
