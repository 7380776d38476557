use std::fs;

fn narrow_reqwest() -> reqwest::Result<reqwest::Client> {
    let pem = fs::read("certs/DigiCertGlobalRootG2.crt.pem").expect("root");
    let cert = reqwest::Certificate::from_pem(&pem)?;
    reqwest::Client::builder()
        .tls_built_in_root_certs(false) // pinscan-expect: PIN304
        .add_root_certificate(cert)
        .build()
}

fn narrow_native_tls() -> native_tls::TlsConnector {
    native_tls::TlsConnector::builder()
        .disable_built_in_roots(true) // pinscan-expect: PIN304
        .build()
        .unwrap()
}

// Keeping the built-in roots (or saying so explicitly) is fine.
fn default_roots() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder().tls_built_in_root_certs(true).build() // pinscan-negative: PIN304
}

fn native_default() -> native_tls::TlsConnector {
    native_tls::TlsConnector::builder().disable_built_in_roots(false).build().unwrap() // pinscan-negative: PIN304
}
