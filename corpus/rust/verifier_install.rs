use std::sync::Arc;

use rustls::ClientConfig;
use rustls::client::WebPkiServerVerifier;

mod danger;
mod pinning;

/// `--insecure`: a verifier that checks nothing replaces certificate verification.
pub fn insecure_config(mut config: ClientConfig, insecure: bool) -> ClientConfig {
    if insecure {
        config
            .dangerous()
            .set_certificate_verifier(Arc::new(danger::NoCertificateVerification::new())); // pinscan-expect: PIN501
    }
    config
}

/// A test shim's stand-in verifier, installed by the builder.
pub fn shim_config() -> ClientConfig {
    ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(DummyServerAuth::new())) // pinscan-expect: PIN501
        .with_no_client_auth()
}

/// The platform verifier built from roots, and a pinning verifier: not "verification off".
pub fn verified_config(roots: Arc<rustls::RootCertStore>) -> ClientConfig {
    let webpki = WebPkiServerVerifier::builder(roots).build().unwrap();
    let mut config = ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(webpki) // pinscan-negative: PIN501
        .with_no_client_auth();
    config
        .dangerous()
        .set_certificate_verifier(Arc::new(pinning::PinnedKeyVerifier::new())); // pinscan-negative: PIN501
    config
}
