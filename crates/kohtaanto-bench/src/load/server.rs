//! The server under load: a child process (this binary again, in its hidden serve mode, so that
//! its memory is its own) or a server given by URL; and its memory read from `/proc`.

use anyhow::{Context, Result, bail};
use kohtaanto_server::{Server, ServerConfig};
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The line the child prints once listening, followed by the address.
const LISTENING: &str = "kohtaanto-load server listening on ";

/// Serve `config` in this process until stdin closes (the hidden child mode), then shut down
/// gracefully. Prints [`LISTENING`] and the address on stdout.
pub fn serve_child(config: ServerConfig) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.listen).await.context("bind")?;
        let address = listener.local_addr()?;
        let server = tokio::task::spawn_blocking(move || Server::open(config)).await??;
        println!("{LISTENING}{address}");
        let stdin_closed = async {
            let _ = tokio::task::spawn_blocking(|| {
                let mut buffer = [0_u8; 256];
                let mut stdin = std::io::stdin();
                while matches!(stdin.read(&mut buffer), Ok(n) if n > 0) {}
            })
            .await;
        };
        server.serve(listener, stdin_closed).await.context("server failed")
    })
}

/// A server running as a child process.
pub struct ChildServer {
    child: Child,
    /// `http://ADDRESS`.
    pub url: String,
}

impl ChildServer {
    /// Start this binary in serve mode with `config` (as JSON), wait for its listening line.
    pub fn start(config: &ServerConfig) -> Result<ChildServer> {
        let exe = std::env::current_exe().context("path of this binary")?;
        let mut child = Command::new(exe)
            .arg("--serve-child")
            .arg(serde_json::to_string(config)?)
            .env("RUST_LOG", std::env::var("RUST_LOG").unwrap_or_else(|_| "warn".into()))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("cannot start the server process")?;
        let stdout = child.stdout.take().context("server stdout")?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).context("server stdout")?;
        let Some(address) = line.trim().strip_prefix(LISTENING) else {
            let _ = child.kill();
            bail!("the server process did not start (printed {line:?})");
        };
        Ok(ChildServer { url: format!("http://{address}"), child })
    }

    /// Process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Close its stdin (graceful shutdown) and wait up to `timeout`, then kill.
    pub fn stop(mut self, timeout: Duration) -> Result<()> {
        drop(self.child.stdin.take());
        let deadline = std::time::Instant::now() + timeout;
        while std::time::Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                if !status.success() {
                    bail!("the server process exited with {status}");
                }
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.child.kill()?;
        bail!("the server process did not stop within {timeout:?}: killed")
    }
}

impl Drop for ChildServer {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// `VmRSS` and `VmHWM` of process `pid` in MiB, when readable.
pub fn rss_mib(pid: u32) -> Option<(f64, f64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |key: &str| -> Option<f64> {
        let line = text.lines().find(|line| line.starts_with(key))?;
        let kib: f64 = line[key.len()..].split_whitespace().next()?.parse().ok()?;
        Some(kib / 1024.0)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// Reset the peak resident size (`VmHWM`) of `pid` to its current size (Linux `clear_refs` 5),
/// so that a later peak is the peak of what came after. Whether it worked.
pub fn reset_peak(pid: u32) -> bool {
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").is_ok()
}
