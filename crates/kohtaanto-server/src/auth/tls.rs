//! TLS with rustls (tonic's `tls-ring`): a server certificate chain and key from PEM files, and
//! optionally a client CA, which turns on mutual TLS (clients without a certificate signed by
//! it are refused during the handshake).

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tonic::transport::{Certificate, Identity, ServerTlsConfig};

/// `[tls]` of the configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
    /// Certificate chain of the server (PEM), leaf first.
    pub cert_path: PathBuf,
    /// Private key of the server (PEM: PKCS#8, PKCS#1 or SEC1).
    pub key_path: PathBuf,
    /// CA certificates (PEM) that client certificates must chain to; mutual TLS when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ca_path: Option<PathBuf>,
}

fn read(what: &str, path: &Path) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(path)
        .map_err(|error| format!("tls.{what}: cannot read {}: {error}", path.display()))?;
    if !String::from_utf8_lossy(&bytes).contains("-----BEGIN ") {
        return Err(format!("tls.{what}: {} is not a PEM file", path.display()));
    }
    Ok(bytes)
}

impl TlsConfig {
    /// tonic's server TLS settings, with the files read now (errors name the setting and file).
    pub fn server_tls(&self) -> Result<ServerTlsConfig, String> {
        let cert = read("cert_path", &self.cert_path)?;
        let key = read("key_path", &self.key_path)?;
        let mut tls = ServerTlsConfig::new().identity(Identity::from_pem(cert, key));
        if let Some(path) = &self.client_ca_path {
            tls = tls.client_ca_root(Certificate::from_pem(read("client_ca_path", path)?));
        }
        Ok(tls)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_and_non_pem_files_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let config = TlsConfig {
            cert_path: dir.path().join("missing.pem"),
            key_path: dir.path().join("key.pem"),
            client_ca_path: None,
        };
        let error = config.server_tls().expect_err("missing file");
        assert!(error.starts_with("tls.cert_path: cannot read"), "{error}");
        std::fs::write(dir.path().join("missing.pem"), "not pem").expect("write");
        let error = config.server_tls().expect_err("not PEM");
        assert!(error.contains("is not a PEM file"), "{error}");
    }
}
