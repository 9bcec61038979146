//! Admission control: a bounded number of requests in progress, a bounded queue in front of
//! them, and RESOURCE_EXHAUSTED for everything beyond, so that overload costs a quick rejection
//! instead of memory and ever longer queues.
//!
//! [`AdmissionLayer`] is a tower layer in front of every API service (inside authentication, so
//! an unauthenticated caller never takes a slot). A request
//! 1. takes one of `max_concurrent_requests` slots at once when one is free;
//! 2. otherwise joins the queue when fewer than `max_queued_requests` are waiting, and waits up to
//!    `queue_timeout_ms` for a slot;
//! 3. otherwise (queue full, or no slot in time) is answered RESOURCE_EXHAUSTED naming the limit,
//!    before its message is even decoded.
//!
//! An admitted request runs in its own task that holds the slot until the handler has finished,
//! even when the client gives up or cancels: the slot bounds the work really going on, not just
//! the requests someone still waits for. Health checks and reflection bypass admission, so a
//! saturated server still reports itself serving.

use crate::BoxFuture;
use crate::config::ServerConfig;
use crate::error::ApiError;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tonic::Status;

/// gRPC path prefixes that are never queued nor shed.
const EXEMPT_PREFIXES: [&str; 2] = ["/grpc.health.v1.Health/", "/grpc.reflection."];

/// Shortest time between two warnings about shed requests.
const WARN_INTERVAL: Duration = Duration::from_secs(10);

/// The shared admission state: slots, queue length and counters.
#[derive(Debug)]
pub struct Admission {
    slots: Arc<Semaphore>,
    max_concurrent: usize,
    max_queued: usize,
    queue_timeout: Duration,
    queued: AtomicUsize,
    shed: AtomicU64,
    admitted: AtomicU64,
    started: Instant,
    /// Milliseconds after `started` of the last warning about shedding (0: none yet).
    last_warning_ms: AtomicU64,
}

/// Counters of an [`Admission`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdmissionStats {
    /// Requests admitted so far.
    pub admitted: u64,
    /// Requests rejected with RESOURCE_EXHAUSTED so far.
    pub shed: u64,
    /// Requests in progress now.
    pub in_progress: usize,
    /// Requests waiting in the queue now.
    pub queued: usize,
}

/// A slot in the queue; leaving the queue (admitted, rejected or cancelled) gives it back.
struct QueuePlace<'a>(&'a AtomicUsize);

impl Drop for QueuePlace<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl Admission {
    /// Admission with the limits of `config`.
    pub fn new(config: &ServerConfig) -> Admission {
        Admission::with_limits(
            config.max_concurrent_requests,
            config.max_queued_requests,
            Duration::from_millis(config.queue_timeout_ms),
        )
    }

    /// Admission with explicit limits (`max_concurrent` at least 1).
    pub fn with_limits(max_concurrent: usize, max_queued: usize, queue_timeout: Duration) -> Admission {
        let max_concurrent = max_concurrent.max(1);
        Admission {
            slots: Arc::new(Semaphore::new(max_concurrent)),
            max_concurrent,
            max_queued,
            queue_timeout,
            queued: AtomicUsize::new(0),
            shed: AtomicU64::new(0),
            admitted: AtomicU64::new(0),
            started: Instant::now(),
            last_warning_ms: AtomicU64::new(0),
        }
    }

    /// The counters now.
    pub fn stats(&self) -> AdmissionStats {
        AdmissionStats {
            admitted: self.admitted.load(Ordering::Relaxed),
            shed: self.shed.load(Ordering::Relaxed),
            in_progress: self.max_concurrent - self.slots.available_permits(),
            queued: self.queued.load(Ordering::Relaxed),
        }
    }

    /// A slot for one request: at once, after a wait in the queue, or RESOURCE_EXHAUSTED.
    pub async fn admit(&self) -> Result<OwnedSemaphorePermit, ApiError> {
        // Permits go to queued waiters first (the semaphore is fair), so a free permit means an
        // empty queue: taking it does not jump the queue.
        if let Ok(permit) = self.slots.clone().try_acquire_owned() {
            self.admitted.fetch_add(1, Ordering::Relaxed);
            return Ok(permit);
        }
        let waiting = self.queued.fetch_add(1, Ordering::AcqRel);
        let _place = QueuePlace(&self.queued);
        if waiting >= self.max_queued {
            return Err(self.shed(format!(
                "server overloaded: {} requests in progress (max_concurrent_requests) and {} waiting \
                 (max_queued_requests), retry later",
                self.max_concurrent, self.max_queued
            )));
        }
        match tokio::time::timeout(self.queue_timeout, self.slots.clone().acquire_owned()).await {
            Ok(Ok(permit)) => {
                self.admitted.fetch_add(1, Ordering::Relaxed);
                Ok(permit)
            }
            Ok(Err(_)) => Err(ApiError::Internal("admission semaphore closed".into())),
            Err(_) => Err(self.shed(format!(
                "server overloaded: no free slot of {} (max_concurrent_requests) within {} ms \
                 (queue_timeout_ms), retry later",
                self.max_concurrent,
                self.queue_timeout.as_millis()
            ))),
        }
    }

    /// Count a shed request, warn now and then, and give the error.
    fn shed(&self, message: String) -> ApiError {
        let total = self.shed.fetch_add(1, Ordering::Relaxed) + 1;
        let now_ms = (self.started.elapsed().as_millis() as u64).max(1);
        let last = self.last_warning_ms.load(Ordering::Relaxed);
        let due = last == 0 || now_ms.saturating_sub(last) >= WARN_INTERVAL.as_millis() as u64;
        if due
            && self
                .last_warning_ms
                .compare_exchange(last, now_ms, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            tracing::warn!(
                shed_total = total,
                max_concurrent_requests = self.max_concurrent,
                max_queued_requests = self.max_queued,
                "overloaded: shedding requests with RESOURCE_EXHAUSTED"
            );
        }
        ApiError::ResourceExhausted(message)
    }
}

/// Whether `path` bypasses admission (health and reflection).
fn is_exempt(path: &str) -> bool {
    EXEMPT_PREFIXES.iter().any(|prefix| path.starts_with(prefix))
}

/// The tower layer of [`Admission`] (see the module docs).
#[derive(Debug, Clone)]
pub struct AdmissionLayer(Arc<Admission>);

impl AdmissionLayer {
    /// A layer admitting with `admission` (shared by every connection).
    pub fn new(admission: Arc<Admission>) -> AdmissionLayer {
        AdmissionLayer(admission)
    }
}

impl<S> tower::Layer<S> for AdmissionLayer {
    type Service = AdmissionService<S>;
    fn layer(&self, inner: S) -> AdmissionService<S> {
        AdmissionService { inner, admission: self.0.clone() }
    }
}

/// The service of [`AdmissionLayer`].
#[derive(Debug, Clone)]
pub struct AdmissionService<S> {
    inner: S,
    admission: Arc<Admission>,
}

impl<S, B, RB> tower::Service<http::Request<B>> for AdmissionService<S>
where
    S: tower::Service<http::Request<B>, Response = http::Response<RB>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
    B: Send + 'static,
    RB: Default + Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = BoxFuture<Result<S::Response, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        if is_exempt(request.uri().path()) {
            return Box::pin(self.inner.call(request));
        }
        // The clone that was polled ready serves this request; the fresh one is polled next time.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let admission = self.admission.clone();
        Box::pin(async move {
            let permit = match admission.admit().await {
                Ok(permit) => permit,
                Err(error) => return Ok(Status::from(error).into_http::<RB>()),
            };
            let handler = inner.call(request);
            let task = tokio::spawn(async move {
                let response = handler.await;
                drop(permit);
                response
            });
            match task.await {
                Ok(response) => response,
                Err(error) => {
                    tracing::error!(%error, "request handler failed");
                    Ok(Status::internal("request handler failed").into_http::<RB>())
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use tokio::sync::Notify;
    use tonic::Code;

    fn code_of(error: ApiError) -> Code {
        Status::from(error).code()
    }

    #[tokio::test]
    async fn admits_up_to_the_limit_then_queues_then_sheds() {
        let admission = Arc::new(Admission::with_limits(2, 1, Duration::from_secs(30)));
        let first = admission.admit().await.expect("first slot");
        let _second = admission.admit().await.expect("second slot");
        assert_eq!(admission.stats().in_progress, 2);

        // The third waits in the queue.
        let queued = tokio::spawn({
            let admission = admission.clone();
            async move { admission.admit().await.map(|_| ()) }
        });
        while admission.stats().queued < 1 {
            tokio::task::yield_now().await;
        }
        // The fourth finds the queue full: rejected at once, naming both limits.
        let error = admission.admit().await.expect_err("queue full");
        let message = error.to_string();
        assert!(message.contains("max_concurrent_requests"), "{message}");
        assert!(message.contains("max_queued_requests"), "{message}");
        assert_eq!(code_of(error), Code::ResourceExhausted);
        assert_eq!(admission.stats().shed, 1);

        // A finished request lets the queued one in.
        drop(first);
        queued.await.expect("task").expect("admitted from the queue");
        let stats = admission.stats();
        assert_eq!((stats.admitted, stats.shed, stats.queued), (3, 1, 0));
    }

    #[tokio::test]
    async fn queue_timeout_sheds_and_frees_the_queue_place() {
        let admission = Admission::with_limits(1, 4, Duration::from_millis(20));
        let _only = admission.admit().await.expect("slot");
        let error = admission.admit().await.expect_err("timed out");
        assert!(error.to_string().contains("queue_timeout_ms"), "{error}");
        assert_eq!(code_of(error), Code::ResourceExhausted);
        assert_eq!(admission.stats().queued, 0);
    }

    #[tokio::test]
    async fn no_queue_means_immediate_rejection() {
        let admission = Admission::with_limits(1, 0, Duration::from_secs(30));
        let _only = admission.admit().await.expect("slot");
        let started = Instant::now();
        assert!(admission.admit().await.is_err());
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    /// A service that blocks until told to go on, counting calls.
    #[derive(Clone)]
    struct Gate(Arc<Notify>, Arc<AtomicUsize>);

    impl tower::Service<http::Request<()>> for Gate {
        type Response = http::Response<tonic::body::Body>;
        type Error = Infallible;
        type Future = BoxFuture<Result<Self::Response, Infallible>>;
        fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
            Poll::Ready(Ok(()))
        }
        fn call(&mut self, _: http::Request<()>) -> Self::Future {
            let (gate, calls) = (self.0.clone(), self.1.clone());
            Box::pin(async move {
                calls.fetch_add(1, Ordering::SeqCst);
                gate.notified().await;
                Ok(http::Response::new(tonic::body::Body::empty()))
            })
        }
    }

    fn request(path: &str) -> http::Request<()> {
        http::Request::builder().uri(path).body(()).expect("request")
    }

    #[tokio::test]
    async fn layer_sheds_with_a_grpc_status_and_lets_health_through() {
        use tower::{Layer, ServiceExt};
        let admission = Arc::new(Admission::with_limits(1, 0, Duration::from_secs(30)));
        let gate = Gate(Arc::new(Notify::new()), Arc::new(AtomicUsize::new(0)));
        let service = AdmissionLayer::new(admission.clone()).layer(gate.clone());

        let busy = tokio::spawn(service.clone().oneshot(request("/kohtaanto.v1.Matching/MatchJobPostings")));
        while gate.1.load(Ordering::SeqCst) < 1 {
            tokio::task::yield_now().await;
        }
        let rejected =
            service.clone().oneshot(request("/kohtaanto.v1.Matching/MatchProfiles")).await.expect("response");
        assert_eq!(rejected.headers()["grpc-status"], "8");
        assert_eq!(gate.1.load(Ordering::SeqCst), 1, "a shed request never reaches the service");

        // Health is not admitted: it reaches the service although every slot is taken.
        let health = tokio::spawn(service.clone().oneshot(request("/grpc.health.v1.Health/Check")));
        while gate.1.load(Ordering::SeqCst) < 2 {
            tokio::task::yield_now().await;
        }
        gate.0.notify_waiters();
        assert!(busy.await.expect("task").expect("response").headers().get("grpc-status").is_none());
        health.await.expect("task").expect("response");
        let stats = admission.stats();
        assert_eq!((stats.admitted, stats.shed, stats.in_progress), (1, 1, 0));
    }

    #[tokio::test]
    async fn a_cancelled_request_keeps_its_slot_until_the_handler_ends() {
        use tower::{Layer, ServiceExt};
        let admission = Arc::new(Admission::with_limits(1, 0, Duration::from_secs(30)));
        let gate = Gate(Arc::new(Notify::new()), Arc::new(AtomicUsize::new(0)));
        let service = AdmissionLayer::new(admission.clone()).layer(gate.clone());
        let call = tokio::spawn(service.clone().oneshot(request("/kohtaanto.v1.Matching/MatchJobPostings")));
        while gate.1.load(Ordering::SeqCst) < 1 {
            tokio::task::yield_now().await;
        }
        call.abort();
        let _ = call.await;
        assert_eq!(admission.stats().in_progress, 1, "the handler still runs");
        gate.0.notify_waiters();
        while admission.stats().in_progress > 0 {
            tokio::task::yield_now().await;
        }
    }
}
