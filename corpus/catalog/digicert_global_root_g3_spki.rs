//! Key pinning on top of rustls' normal WebPKI verification for the ECC endpoints of the
//! ingestion API: after the chain verifies, one of its keys must be in `PINNED_SPKI`.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rustls::pki_types::CertificateDer;
use sha2::{Digest, Sha256};
use x509_parser::prelude::*;

/// SubjectPublicKeyInfo hashes we accept, in OkHttp's `sha256/<base64>` spelling so the
/// Android and desktop clients can share the list.
const PINNED_SPKI: &[&str] = &[
    "sha256/uUwZgwDOxcBXrQcntwu+kYFpkiVkOaezL0WYEZ3anJc=", // pinscan-expect: PIN101[DigiCert Global Root G3]
];

fn spki_pin(cert: &CertificateDer<'_>) -> Option<String> {
    let (_, parsed) = X509Certificate::from_der(cert.as_ref()).ok()?;
    let digest = Sha256::digest(parsed.tbs_certificate.subject_pki.raw);
    Some(format!("sha256/{}", STANDARD.encode(digest)))
}

/// True when any certificate of the verified chain carries a pinned key.
pub fn chain_is_pinned(end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>]) -> bool {
    std::iter::once(end_entity)
        .chain(intermediates.iter())
        .filter_map(spki_pin)
        .any(|pin| PINNED_SPKI.contains(&pin.as_str()))
}
