//! `kohtaanto serve`: configuration, logging, the listener, demo data and graceful shutdown
//! around [`kohtaanto_server::Server`].
//!
//! Configuration is layered with figment: [`ServerConfig::default`], then a TOML file
//! (`--config`, or `kohtaanto.toml` in the working directory when present), then environment
//! variables `KOHTAANTO__<KEY>`, then the command-line flags; the result is validated before
//! anything is opened.

use crate::cli::{LogFormat, ServeArgs};
use crate::generate::today_midnight_utc;
use anyhow::{Context, Result, anyhow, bail};
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use kohtaanto_gen::{GenConfig, generate};
use kohtaanto_server::{Server, ServerConfig};
use serde::Serialize;
use std::future::Future;
use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use tokio::net::TcpListener;
use tokio::signal::unix::{SignalKind, signal};
use tracing::info;

/// Configuration file read when `--config` is not given and it exists.
pub const DEFAULT_CONFIG_FILE: &str = "kohtaanto.toml";
/// Prefix of the environment variables that override the configuration.
pub const ENV_PREFIX: &str = "KOHTAANTO__";
/// Size and seed of the `--demo` data set.
pub const DEMO_POSTINGS: usize = 3_000;
/// Number of profiles of the demo data set.
pub const DEMO_PROFILES: usize = 3_000;
/// Seed of the demo data set.
pub const DEMO_SEED: u64 = 42;

/// The flags that override configuration keys; absent flags leave the key alone.
#[derive(Debug, Default, Serialize)]
struct FlagOverrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    listen: Option<SocketAddr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    taxonomy_path: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    auth: Option<AuthOverrides>,
}

/// `[auth]` keys set by flags (merged into the section, the other keys stay).
#[derive(Debug, Default, Serialize)]
struct AuthOverrides {
    allow_unauthenticated_remote: bool,
}

/// The layered configuration: defaults, file, environment, flags. `default_file` is the file
/// read when `--config` is not given (if it exists).
pub fn load_config(args: &ServeArgs, default_file: &Path) -> Result<ServerConfig> {
    let mut figment = Figment::from(Serialized::defaults(ServerConfig::default()));
    match &args.config {
        Some(path) => {
            if !path.is_file() {
                bail!("configuration file {} does not exist", path.display());
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        None if default_file.is_file() => figment = figment.merge(Toml::file_exact(default_file)),
        None => {}
    }
    figment = figment.merge(Env::prefixed(ENV_PREFIX).split("__"));
    let overrides = FlagOverrides {
        data_dir: args.data_dir.clone(),
        listen: args.listen,
        taxonomy_path: args.taxonomy.clone(),
        auth: args
            .allow_unauthenticated_remote
            .then_some(AuthOverrides { allow_unauthenticated_remote: true }),
    };
    figment = figment.merge(Serialized::defaults(overrides));
    let config: ServerConfig =
        figment.extract().map_err(|error| anyhow!("invalid configuration: {}", figment_message(&error)))?;
    config.validate().map_err(|message| anyhow!("invalid configuration: {message}"))?;
    Ok(config)
}

/// A figment error with every cause, on one line.
fn figment_message(error: &figment::Error) -> String {
    error.clone().into_iter().map(|error| error.to_string()).collect::<Vec<_>>().join("; ")
}

/// Logs to stderr (stdout carries the listening line), filtered by `RUST_LOG` (default info).
fn init_logging(format: LogFormat) -> Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new("info"))
        .map_err(|error| anyhow!("invalid RUST_LOG: {error}"))?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    let result = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
    result.map_err(|error| anyhow!("cannot set up logging: {error}"))
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed right away, so a signal that
/// arrives before the server runs is not lost.
fn shutdown_signal() -> Result<impl Future<Output = ()> + Send + 'static> {
    let mut interrupt = signal(SignalKind::interrupt()).context("cannot install the SIGINT handler")?;
    let mut terminate = signal(SignalKind::terminate()).context("cannot install the SIGTERM handler")?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => info!("SIGINT received, shutting down"),
            _ = terminate.recv() => info!("SIGTERM received, shutting down"),
        }
    })
}

/// Runs `kohtaanto serve` until SIGINT or SIGTERM.
pub async fn run(args: &ServeArgs) -> Result<()> {
    init_logging(args.log_format)?;
    let config = load_config(args, Path::new(DEFAULT_CONFIG_FILE))?;
    info!(
        data_dir = %config.data_dir.display(),
        listen = %config.listen,
        taxonomy = %config.taxonomy_path.as_ref().map_or_else(|| "embedded".to_string(), |path| path.display().to_string()),
        "starting kohtaanto {}",
        env!("CARGO_PKG_VERSION")
    );

    // Bind first: a busy port fails fast, before the data directory is opened.
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    // How the server is protected (tokens, TLS, or a warning) is logged when it starts serving.
    let local_addr = listener.local_addr().context("cannot read the listening address")?;

    // Installed before the slow part, so that SIGINT or SIGTERM while loading stops the server
    // as soon as it runs, gracefully.
    let shutdown = shutdown_signal()?;

    // Opening the store and loading the demo data block (tantivy, rayon): off the runtime.
    let data_dir = config.data_dir.clone();
    let demo = args.demo;
    let server = tokio::task::spawn_blocking(move || -> Result<Server> {
        let server = Server::open(config)
            .with_context(|| format!("cannot open the data directory {}", data_dir.display()))?;
        if demo {
            load_demo(&server)?;
        }
        Ok(server)
    })
    .await
    .map_err(|error| anyhow!("opening the server failed: {error}"))??;

    announce(local_addr)?;
    server.serve(listener, shutdown).await.context("the server failed")?;
    info!("server stopped");
    Ok(())
}

/// Prints the one stdout line that tells scripts and tests where the server listens.
fn announce(local_addr: SocketAddr) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{}", listening_line(local_addr))?;
    out.flush()?;
    Ok(())
}

/// `kohtaanto listening on 127.0.0.1:50051`.
pub fn listening_line(local_addr: SocketAddr) -> String {
    format!("kohtaanto listening on {local_addr}")
}

/// Generates the demo data set and stores it when the data directory is empty (the training
/// programmes when there are none yet, so that older data directories get them too).
fn load_demo(server: &Server) -> Result<()> {
    let config = GenConfig {
        postings: DEMO_POSTINGS,
        profiles: DEMO_PROFILES,
        seed: DEMO_SEED,
        now: today_midnight_utc(),
    };
    let dataset = generate(&config);
    let programmes = dataset.programmes.len();
    if server.load_programmes_if_empty(dataset.programmes).context("cannot load the demo programmes")? {
        info!(programmes, "loaded the demo training programmes");
    }
    let loaded =
        server.load_if_empty(dataset.postings, dataset.profiles).context("cannot load the demo data set")?;
    if loaded {
        info!(
            postings = DEMO_POSTINGS,
            profiles = DEMO_PROFILES,
            seed = DEMO_SEED,
            now = %config.now.to_rfc3339(),
            "loaded the demo data set"
        );
    } else {
        info!("the data directory is not empty: demo data set not loaded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn serve_args(args: &[&str]) -> ServeArgs {
        let cli = Cli::try_parse_from(["kohtaanto", "serve"].iter().chain(args)).expect("parses");
        match cli.command {
            Command::Serve(args) => args,
            other => panic!("not serve: {other:?}"),
        }
    }

    #[test]
    fn defaults_without_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = load_config(&serve_args(&[]), &dir.path().join("kohtaanto.toml")).expect("config");
        // KOHTAANTO__* variables of the test environment would win; none are expected.
        if std::env::vars().all(|(key, _)| !key.starts_with(ENV_PREFIX)) {
            assert_eq!(config.data_dir, PathBuf::from("index"));
            assert_eq!(config.listen, "127.0.0.1:50051".parse::<SocketAddr>().expect("addr"));
            assert_eq!(config.taxonomy_path, None);
        }
    }

    #[test]
    fn file_then_flags() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("kohtaanto.toml");
        std::fs::write(
            &file,
            "data_dir = \"/srv/kohtaanto\"\nlisten = \"0.0.0.0:6000\"\nmax_batch_records = 100\n\
             [auth]\nallow_unauthenticated_remote = true\n",
        )
        .expect("write");
        if std::env::vars().any(|(key, _)| key.starts_with(ENV_PREFIX)) {
            return;
        }
        let config = load_config(&serve_args(&[]), &file).expect("default file is read");
        assert_eq!(config.data_dir, PathBuf::from("/srv/kohtaanto"));
        assert_eq!(config.listen, "0.0.0.0:6000".parse::<SocketAddr>().expect("addr"));
        assert_eq!(config.max_batch_records, 100);

        let config = load_config(&serve_args(&["--listen", "127.0.0.1:0", "--taxonomy", "t.toml"]), &file)
            .expect("flags override the file");
        assert_eq!(config.listen, "127.0.0.1:0".parse::<SocketAddr>().expect("addr"));
        assert_eq!(config.data_dir, PathBuf::from("/srv/kohtaanto"));
        assert_eq!(config.taxonomy_path, Some(PathBuf::from("t.toml")));

        let explicit = dir.path().join("other.toml");
        std::fs::write(&explicit, "data_dir = \"d2\"\n").expect("write");
        let path = explicit.to_str().expect("utf-8 path");
        let config =
            load_config(&serve_args(&["--config", path]), &file).expect("--config wins over the default");
        assert_eq!(config.data_dir, PathBuf::from("d2"));
        assert_eq!(config.max_batch_records, ServerConfig::default().max_batch_records);
    }

    #[test]
    fn bad_configuration_is_rejected() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("missing.toml");
        let path = missing.to_str().expect("utf-8 path");
        let error = load_config(&serve_args(&["--config", path]), &missing).expect_err("missing file");
        assert!(error.to_string().contains("does not exist"), "{error}");

        let file = dir.path().join("bad.toml");
        std::fs::write(&file, "max_batch_records = 0\n").expect("write");
        let error = load_config(&serve_args(&[]), &file).expect_err("out of range");
        assert!(error.to_string().contains("max_batch_records"), "{error}");

        std::fs::write(&file, "no_such_key = 1\n").expect("write");
        let error = load_config(&serve_args(&[]), &file).expect_err("unknown key");
        assert!(error.to_string().contains("no_such_key"), "{error}");
    }

    #[test]
    fn allow_unauthenticated_remote_flag_sets_the_auth_key_and_keeps_the_section() {
        if std::env::vars().any(|(key, _)| key.starts_with(ENV_PREFIX)) {
            return;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("kohtaanto.toml");
        std::fs::write(&file, "listen = \"0.0.0.0:6000\"\n").expect("write");
        let error = load_config(&serve_args(&[]), &file).expect_err("remote without tokens");
        assert!(error.to_string().contains("allow_unauthenticated_remote"), "{error}");
        let config =
            load_config(&serve_args(&["--allow-unauthenticated-remote"]), &file).expect("explicitly allowed");
        assert!(config.auth.allow_unauthenticated_remote);
        assert!(config.auth.tokens.is_empty());

        std::fs::write(
            &file,
            "[auth]\ntokens = [{ token = \"portal-token-0123456789\", principal = \"p\", role = \"portal\" }]\n",
        )
        .expect("write");
        let config = load_config(&serve_args(&["--allow-unauthenticated-remote"]), &file).expect("config");
        assert_eq!(config.auth.tokens.len(), 1, "the flag does not replace the [auth] section");
        assert!(config.auth.allow_unauthenticated_remote);
        let config = load_config(&serve_args(&[]), &file).expect("config");
        assert!(!config.auth.allow_unauthenticated_remote);
    }

    #[test]
    fn listening_line_names_the_address() {
        let addr: SocketAddr = "127.0.0.1:43210".parse().expect("addr");
        assert_eq!(listening_line(addr), "kohtaanto listening on 127.0.0.1:43210");
    }
}
