//! Root stores filled in loops and branches nested inside the block that creates them.

use rustls::pki_types::CertificateDer;
use rustls::{ClientConfig, RootCertStore};

pub struct Options {
    pub ca_files: Option<Vec<Vec<CertificateDer<'static>>>>,
    pub insecure: bool,
}

/// Only the operator's CA files, when given: the loop sits in an `if let` branch.
pub fn from_options(opts: &Options) -> Option<ClientConfig> {
    if let Some(files) = &opts.ca_files {
        let mut store = RootCertStore::empty(); // pinscan-negative: PIN303
        for file in files {
            for cert in file {
                if !opts.insecure {
                    store.add(cert.clone()).ok()?; // pinscan-expect: PIN303
                }
            }
        }
        return Some(
            ClientConfig::builder()
                .with_root_certificates(store)
                .with_no_client_auth(),
        );
    }
    None
}

/// Filled in a `while let` loop, the result checked in a `let`.
pub fn drain(mut certs: Vec<CertificateDer<'static>>) -> RootCertStore {
    let mut roots = RootCertStore::empty(); // pinscan-negative: PIN303
    let mut sizes = Vec::new();
    while let Some(cert) = certs.pop() {
        sizes.extend([cert.len()]); // pinscan-negative: PIN303
        let added = roots.add(cert); // pinscan-expect: PIN303
        debug_assert!(added.is_ok());
    }
    roots
}

/// The branch that fills the store also loads the platform roots: extending, not narrowing.
pub fn platform_plus(extra: Option<CertificateDer<'static>>) -> RootCertStore {
    let mut roots = RootCertStore::empty(); // pinscan-negative: PIN303
    if let Some(ca) = extra {
        roots.add(ca).ok(); // pinscan-negative: PIN303
    }
    for cert in rustls_native_certs::load_native_certs().certs {
        roots.add(cert).ok(); // pinscan-negative: PIN303
    }
    roots
}

/// A server that accepts client certificates from its own CA: mutual TLS, not a client
/// pinning a server.
pub fn client_auth(
    ca: CertificateDer<'static>,
) -> std::sync::Arc<dyn rustls::server::danger::ClientCertVerifier> {
    let mut client_roots = RootCertStore::empty(); // pinscan-negative: PIN303
    client_roots.add(ca).unwrap(); // pinscan-negative: PIN303
    rustls::server::WebPkiClientVerifier::builder(client_roots.into())
        .build()
        .unwrap()
}
