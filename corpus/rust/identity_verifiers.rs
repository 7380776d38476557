// rustls ServerVerifier (newer API) and reqwest tls_danger_* builder switches.
use std::sync::Arc;

use rustls::client::danger::{ServerIdentity, ServerVerifier};
use rustls::{Error, VerifiedIdentity};

#[derive(Debug)]
struct TrustEverything;

impl ServerVerifier for TrustEverything {
    fn verify_identity<'a>(
        &self,
        peer: &ServerIdentity<'a, '_>,
    ) -> Result<VerifiedIdentity<'a>, Error> {
        Ok(VerifiedIdentity::assertion(peer.identity.clone())) // pinscan-expect: PIN501
    }
}

#[derive(Debug)]
struct Delegating {
    inner: Arc<dyn ServerVerifier>,
}

impl ServerVerifier for Delegating {
    fn verify_identity<'a>(
        &self,
        peer: &ServerIdentity<'a, '_>,
    ) -> Result<VerifiedIdentity<'a>, Error> {
        self.inner.verify_identity(peer)
    }
}

#[derive(Debug)]
struct KeyChecking {
    expected: Vec<u8>,
}

impl ServerVerifier for KeyChecking {
    fn verify_identity<'a>(
        &self,
        peer: &ServerIdentity<'a, '_>,
    ) -> Result<VerifiedIdentity<'a>, Error> {
        if peer.end_entity_key() != self.expected.as_slice() {
            return Err(Error::General("unexpected key".into()));
        }
        Ok(VerifiedIdentity::assertion(peer.identity.clone()))
    }
}

// Server side: accepting any client identity is client authentication, not server trust.
impl ClientVerifier for AnyClient {
    fn verify_identity<'a>(
        &self,
        peer: &ClientIdentity<'a, '_>,
    ) -> Result<VerifiedIdentity<'a>, Error> {
        Ok(VerifiedIdentity::assertion(peer.identity.clone()))
    }
}

async fn self_signed_test() -> reqwest::Result<()> {
    let client = reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(true) // pinscan-expect: PIN501
        .tls_danger_accept_invalid_hostnames(true) // pinscan-expect: PIN501
        .build()?;
    let strict = reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(false)
        .build()?;
    let _ = (client, strict);
    Ok(())
}
