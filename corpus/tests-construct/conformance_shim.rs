// Copyright 2026 The Example Authors.
//
// This is a test shim for an external TLS conformance suite: the suite starts it with
// flags naming its own throwaway certificates. Its header says so, so every finding in
// the file is a note, wherever the file lives.

use std::sync::Arc;

use rustls::ClientConfig;

pub fn shim_config(opts: &Options) -> ClientConfig {
    ClientConfig::builder()
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(DummyServerAuth::new(&opts.trusted_cert_file))) // pinscan-expect: PIN501@note
        .with_no_client_auth()
}

pub fn insecure_client() -> reqwest::Client {
    reqwest::Client::builder()
        .danger_accept_invalid_certs(true) // pinscan-expect: PIN501@note
        .build()
        .unwrap()
}
