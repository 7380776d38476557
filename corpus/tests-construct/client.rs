//! A status client with its unit tests in the same file (`#[cfg(test)] mod tests`): the
//! production builder stays a warning, the same call inside the tests is a note.

use std::time::Duration;

/// Talks to the status service (its staging host has a self-signed certificate).
pub fn status_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .danger_accept_invalid_certs(true) // pinscan-expect: PIN501@warning
        .build()
}

/// Mentions `#[test]` and `#[cfg(test)]` in prose only: not test code.
pub fn legacy_client() -> reqwest::Result<reqwest::Client> {
    let marker = "#[test] fn fake() {}";
    let _ = marker;
    reqwest::Client::builder()
        .danger_accept_invalid_certs(true) // pinscan-expect: PIN501@warning
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local_client() -> reqwest::Client {
        // The mock server's certificate is generated per run.
        reqwest::Client::builder()
            .danger_accept_invalid_certs(true) // pinscan-expect: PIN501@note
            .build()
            .unwrap()
    }

    #[test]
    fn builds() {
        assert!(status_client().is_ok());
        let _ = local_client();
    }
}

#[tokio::test]
async fn talks_to_the_mock_server() {
    let c = reqwest::Client::builder()
        .danger_accept_invalid_certs(true) // pinscan-expect: PIN501@note
        .build()
        .unwrap();
    let _ = c.get("https://localhost:8443/status").send().await;
}
