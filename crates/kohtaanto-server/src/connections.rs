//! Accepting connections: Nagle's algorithm off and at most `max_connections` open at once.
//!
//! Every HTTP/2 connection costs buffers and a task even when idle, so a client opening
//! thousands of them could exhaust memory although each carries few calls. When the cap is
//! reached the server stops accepting; new connections wait in the kernel's listen backlog
//! until one closes (clients see a slow connect rather than a reset), and calls on the open
//! connections go on normally.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tonic::transport::server::{Connected, TcpConnectInfo};

/// An accepted connection holding one of the `max_connections` slots until it is dropped.
#[derive(Debug)]
pub struct CountedConnection {
    stream: TcpStream,
    _slot: OwnedSemaphorePermit,
}

impl Connected for CountedConnection {
    type ConnectInfo = TcpConnectInfo;

    fn connect_info(&self) -> Self::ConnectInfo {
        self.stream.connect_info()
    }
}

impl AsyncRead for CountedConnection {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for CountedConnection {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }
}

/// The connections of `listener`, at most `max_connections` open at once, with Nagle's
/// algorithm off: tonic's own `tcp_nodelay` setting does not apply to a listener we bind
/// ourselves, and with Nagle on, small responses wait for the client's delayed ACK (about 40 ms
/// per call on Linux).
pub fn incoming(
    listener: TcpListener,
    max_connections: usize,
) -> impl tokio_stream::Stream<Item = io::Result<CountedConnection>> {
    let slots = Arc::new(Semaphore::new(max_connections));
    futures::stream::unfold((listener, slots), |(listener, slots)| async move {
        // The semaphore is never closed, so this waits for a slot rather than failing.
        let slot = slots.clone().acquire_owned().await.ok()?;
        let accepted = listener.accept().await.map(|(stream, _)| {
            if let Err(error) = stream.set_nodelay(true) {
                tracing::warn!(%error, "cannot disable Nagle's algorithm on a connection");
            }
            CountedConnection { stream, _slot: slot }
        });
        Some((accepted, (listener, slots)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use tokio::io::AsyncWriteExt;
    use tokio_stream::StreamExt;

    #[tokio::test]
    async fn a_connection_beyond_the_cap_waits_until_one_closes() {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("address");
        let mut accepted = Box::pin(incoming(listener, 2));
        let mut clients = Vec::new();
        for _ in 0..3 {
            clients.push(TcpStream::connect(address).await.expect("connect"));
        }
        let first = accepted.next().await.expect("stream").expect("first");
        assert!(first.stream.nodelay().expect("nodelay"));
        let second = accepted.next().await.expect("stream").expect("second");
        // The third client is connected at the TCP level (backlog) but not accepted.
        let third = tokio::time::timeout(Duration::from_millis(300), accepted.next()).await;
        assert!(third.is_err(), "a third connection was accepted beyond the cap of 2");
        drop(first);
        let third = tokio::time::timeout(Duration::from_secs(5), accepted.next())
            .await
            .expect("accepted after a slot was freed")
            .expect("stream")
            .expect("third");
        // The accepted connections are usable.
        clients[0].write_all(b"x").await.ok();
        drop((second, third));
    }
}
