//! Pin checks of the telemetry uploader (rustls `ServerCertVerifier` wrapper).

use sha2::{Digest, Sha256};

/// SPKI pin of the intermediate, as hex of SHA-256(SubjectPublicKeyInfo).
const INTERMEDIATE_SPKI_SHA256: &str = "6897cb822aa4d9188c4e27ed0ee2b563663af2e607e9d69fb5feceeabe1c724b"; // pinscan-expect: PIN102[Microsoft RSA TLS CA 01]

/// Issuer allow-list for the ECC front ends.
///
/// Thumbprint (SHA-256 of the DER certificate) of the ECC issuing CA:
const ECC_ISSUER_THUMBPRINT: &str = "bbd27139c5302c63d903f570f173ad4dc06c974b9ebe292c90ffccab5d6fa54e"; // pinscan-expect: PIN102[Microsoft Azure ECC TLS Issuing CA 03]

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `spki_der` is the certificate's SubjectPublicKeyInfo, `cert_der` the whole certificate.
pub fn issuer_is_pinned(spki_der: &[u8], cert_der: &[u8]) -> bool {
    hex(&Sha256::digest(spki_der)) == INTERMEDIATE_SPKI_SHA256
        || hex(&Sha256::digest(cert_der)) == ECC_ISSUER_THUMBPRINT
}
