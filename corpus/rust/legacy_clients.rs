//! HTTP and raw TLS clients for the legacy warehouse systems.

use native_tls::{Protocol, TlsConnector};
use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode, SslVersion};
use reqwest::tls::Version;

/// The warehouse scanners only speak TLS 1.0.
pub fn scanner_connector() -> native_tls::Result<TlsConnector> {
    TlsConnector::builder()
        .min_protocol_version(Some(Protocol::Tlsv10)) // pinscan-expect: PIN502
        .max_protocol_version(Some(native_tls::Protocol::Tlsv11)) // pinscan-expect: PIN502
        .build()
}

pub fn label_printer() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls())?;
    builder.set_min_proto_version(Some(SslVersion::TLS1))?; // pinscan-expect: PIN502
    builder.set_verify(SslVerifyMode::NONE); // pinscan-expect: PIN501
    Ok(builder.build())
}

pub fn inventory_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .max_tls_version(Version::TLS_1_1) // pinscan-expect: PIN502
        .danger_accept_invalid_certs(true) // pinscan-expect: PIN501
        .build()
}

pub fn staging_client(skip_hostname_check: bool) -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::Client::builder()
        .danger_accept_invalid_hostnames(true) // pinscan-expect: PIN501
        .danger_accept_invalid_certs(skip_hostname_check) // pinscan-negative: PIN501
        .build()
}

pub fn modern_native() -> native_tls::Result<TlsConnector> {
    TlsConnector::builder()
        .min_protocol_version(Some(Protocol::Tlsv12)) // pinscan-negative: PIN502
        .danger_accept_invalid_certs(false) // pinscan-negative: PIN501
        .build()
}

pub fn modern_openssl() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls_client())?;
    builder.set_min_proto_version(Some(SslVersion::TLS1_2))?; // pinscan-negative: PIN502
    builder.set_verify(SslVerifyMode::PEER); // pinscan-negative: PIN501
    Ok(builder.build())
}

pub fn modern_reqwest() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .min_tls_version(Version::TLS_1_2) // pinscan-negative: PIN502
        .build()
}
