//! TLS setup for the ingestion agent's outbound connections.

use std::fs::File;
use std::io::BufReader;
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::{ClientConfig, RootCertStore};

/// Trusts only the CA shipped next to the binary.
pub fn bundled_ca_config(path: &str) -> std::io::Result<Arc<ClientConfig>> {
    let mut roots = RootCertStore::empty(); // pinscan-negative: PIN303
    let mut reader = BufReader::new(File::open(path)?);
    for cert in rustls_pemfile::certs(&mut reader) {
        roots.add(cert?).map_err(|e| std::io::Error::other(e.to_string()))?; // pinscan-expect: PIN303
    }
    let config = ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// Same thing, spelled with the struct literal and a DER blob compiled in.
pub fn embedded_root(der: &'static [u8]) -> ClientConfig {
    let mut store = rustls::RootCertStore { roots: vec![] }; // pinscan-negative: PIN303
    store.add_parsable_certificates([CertificateDer::from(der)]); // pinscan-expect: PIN303
    rustls::ClientConfig::builder()
        .with_root_certificates(store)
        .with_no_client_auth()
}

pub struct Connector {
    config: Arc<ClientConfig>,
}

impl Connector {
    pub fn with_private_ca(ca: CertificateDer<'static>) -> Self {
        let mut root_store = rustls::RootCertStore::empty(); // pinscan-negative: PIN303
        root_store.add(ca).expect("private CA"); // pinscan-expect: PIN303
        let config = ClientConfig::builder()
            .with_root_certificates(root_store)
            .with_no_client_auth();
        Connector { config: Arc::new(config) }
    }
}

/// Mozilla roots plus the private CA: extending, not narrowing.
pub fn webpki_plus_private(ca: CertificateDer<'static>) -> ClientConfig {
    let mut roots = RootCertStore::empty(); // pinscan-negative: PIN303
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    roots.add(ca).expect("private CA");
    ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// Operating-system roots.
pub fn platform_roots() -> ClientConfig {
    let mut roots = rustls::RootCertStore::empty(); // pinscan-negative: PIN303
    let native = rustls_native_certs::load_native_certs();
    let (added, ignored) = roots.add_parsable_certificates(native.certs);
    log::debug!("loaded {added} system roots, ignored {ignored}");
    ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// Built straight from the webpki list.
pub fn mozilla_only() -> ClientConfig {
    let roots = RootCertStore { // pinscan-negative: PIN303
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth()
}

/// The store filled in a chained call, one method per line.
pub fn chained(ca: CertificateDer<'static>, backup: CertificateDer<'static>) -> ClientConfig {
    let mut anchors = RootCertStore::empty(); // pinscan-negative: PIN303
    anchors
        .add(ca) // pinscan-expect: PIN303
        .unwrap();
    anchors.add(backup).unwrap(); // pinscan-expect: PIN303
    let mut seen = Vec::new();
    seen.extend([1u8]); // pinscan-negative: PIN303
    ClientConfig::builder()
        .with_root_certificates(anchors)
        .with_no_client_auth()
}

/// Filled in a helper: the creation is reported.
pub fn filled_elsewhere(certs: &[CertificateDer<'static>]) -> RootCertStore {
    let mut store = RootCertStore::empty(); // pinscan-expect: PIN303
    fill(&mut store, certs);
    store
}

pub enum Anchor {
    Private(CertificateDer<'static>),
    Public,
}

/// The store built in one arm of a `match`: that arm trusts only its CA.
pub fn by_anchor(anchor: Anchor) -> ClientConfig {
    let roots = match anchor {
        Anchor::Private(ca) => {
            let mut store = RootCertStore::empty();
            store
                .add(ca) // pinscan-expect: PIN303
                .unwrap();
            store
        }
        Anchor::Public => {
            let mut store = RootCertStore::empty(); // pinscan-negative: PIN303
            store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()); // pinscan-negative: PIN303
            store
        }
    };
    ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth()
}
