//! Snapshot tests of what users see: the text, JSON and SARIF reports of `pinscan scan` on a
//! representative set of corpus files, and the rule help of `pinscan rules`. Where
//! `tests/corpus.rs` checks *which* findings there are, these snapshots show *how* they read:
//! a change of a message, advice, column, CA name or severity shows up as a diff of a
//! `tests/snapshots/*.snap` file in review.
//!
//! Every case runs the real binary from the repository root on relative paths with
//! `--color never --fail-on none --as-of 2026-12-01` (expiry judged on a fixed date), so the
//! reports do not depend on the machine or the day (`--stats`, the only output with timings,
//! is off). The SARIF snapshots list the rule descriptors of `tool.driver.rules` by index, id
//! and name only (they are the same in every report); one descriptor is snapshotted in full
//! (`rules-sarif-PIN101`).
//!
//! When a change to the output is intended, update the snapshots and review the diff:
//! with `cargo-insta` installed, `cargo test --test snapshots` (a mismatch writes
//! `<name>.snap.new` beside the snapshot) then `cargo insta review` to accept or reject each
//! change; without it, `INSTA_UPDATE=always cargo test --test snapshots` rewrites the `.snap`
//! files, and `git diff tests/snapshots` shows what changed before you commit. A new case needs
//! no `.snap` file up front: its first run writes `<name>.snap.new` and fails until accepted.
//! Unless `INSTA_UPDATE` is `always` (or `force`), a mismatch fails the test; in CI
//! (`CI` set, or `INSTA_UPDATE=no`) nothing is written.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use assert_cmd::Command;

/// The date expiry is judged against (`--as-of`): fixed, so severities do not change with
/// the calendar.
const AS_OF: &str = "2026-12-01";

/// Runs `pinscan` with `args` from the repository root; the command must succeed. Returns
/// standard output and standard error.
fn run(args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pinscan"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .timeout(Duration::from_secs(30))
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "pinscan {}: {:?}\n{stderr}",
        args.join(" "),
        out.status
    );
    (stdout, stderr)
}

/// What a user sees: standard output, then standard error (if any) after a `--- stderr ---`
/// line.
fn shown(stdout: &str, stderr: &str) -> String {
    if stderr.is_empty() {
        stdout.to_owned()
    } else {
        format!("{stdout}--- stderr ---\n{stderr}")
    }
}

/// Asserts `value` against `tests/snapshots/<name>.snap`, with the command line that made it
/// as the snapshot's description.
fn snapshot(name: &str, args: &[&str], value: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(format!("pinscan {}", args.join(" ")));
    settings.bind(|| insta::assert_snapshot!(name, value));
}

/// The `"rules": [` block of a pretty-printed SARIF report: (index of its first line, index
/// of its closing line, indentation of its elements).
fn sarif_rules_block(lines: &[&str]) -> (usize, usize, String) {
    let start = lines
        .iter()
        .position(|l| l.trim_start() == "\"rules\": [")
        .expect("SARIF report without tool.driver.rules");
    let indent = &lines[start][..lines[start].len() - lines[start].trim_start().len()];
    let end = start
        + lines[start..]
            .iter()
            .position(|l| l.strip_prefix(indent).is_some_and(|r| r.starts_with(']')))
            .unwrap();
    (start, end, format!("{indent}  "))
}

/// The SARIF report with each rule descriptor of `tool.driver.rules` replaced by one line
/// `"<index>: <id> <name>"` (so `ruleIndex` of a result can still be checked); every other
/// line is left exactly as printed.
fn shorten_sarif_rules(sarif: &str) -> String {
    let doc: serde_json::Value = serde_json::from_str(sarif).unwrap();
    let rules = doc["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let lines: Vec<&str> = sarif.lines().collect();
    let (start, end, indent) = sarif_rules_block(&lines);
    let mut out: Vec<String> = lines[..=start].iter().map(|l| (*l).to_owned()).collect();
    for (i, rule) in rules.iter().enumerate() {
        let comma = if i + 1 < rules.len() { "," } else { "" };
        out.push(format!(
            "{indent}\"{i}: {} {}\"{comma}",
            rule["id"].as_str().unwrap(),
            rule["name"].as_str().unwrap()
        ));
    }
    out.extend(lines[end..].iter().map(|l| (*l).to_owned()));
    out.join("\n") + "\n"
}

/// Scans `paths` (relative to the repository root) with `extra` flags in the text, JSON and
/// SARIF formats and checks each report against the snapshot `<case>-<format>`.
fn check(case: &str, paths: &[&str], extra: &[&str]) {
    for format in ["text", "json", "sarif"] {
        let mut args = vec!["scan"];
        args.extend_from_slice(paths);
        args.extend_from_slice(&[
            "--format",
            format,
            "--color",
            "never",
            "--fail-on",
            "none",
            "--as-of",
            AS_OF,
        ]);
        args.extend_from_slice(extra);
        let (mut stdout, stderr) = run(&args);
        if format == "sarif" {
            stdout = shorten_sarif_rules(&stdout);
        }
        let report = shown(&stdout, &stderr);
        assert!(
            report.contains(paths[0]),
            "{case}: no finding in {}:\n{report}",
            paths[0]
        );
        snapshot(&format!("{case}-{format}"), &args, &report);
    }
}

/// Connection settings in a `.env` file (regex rules PIN320/321/504/505, the Azure service
/// behind each host) and the trust-file linkage: the file named by `MYSQL_ATTR_SSL_CA` is
/// found in the scanned tree, opened and judged against the roots the service needs. The
/// trust file itself is a committed certificate file resolved to a catalog CA (PIN202).
#[test]
fn env_connection_settings_and_trust_file() {
    check(
        "env-trust-file",
        &[
            "corpus/connections/deploy.env",
            "corpus/catalog/DigiCertGlobalRootCA.crt.pem",
        ],
        &[],
    );
}

/// Java query rule (`OkHttp` `CertificatePinner`, PIN110) with SPKI pins (PIN101) resolved to
/// catalog roots, and the Azure service (Storage) behind the pinned host.
#[test]
fn java_okhttp_certificate_pinner() {
    check("java-okhttp", &["corpus/java/OkHttpPinning.java"], &[]);
}

/// Kotlin query rule: an `OkHttp` pinner built in Kotlin, one pin resolved to a catalog root.
#[test]
fn kotlin_pinned_api_client() {
    check("kotlin-pinner", &["corpus/kotlin/PinnedApiClient.kt"], &[]);
}

/// Python query rule (PIN301 `ssl.create_default_context(cafile=...)`): an expired root
/// (Baltimore, error), an active root and a CA file that is not in the catalog.
#[test]
fn python_ssl_context_cafile() {
    check("python-ssl-context", &["corpus/python/tls_context.py"], &[]);
}

/// TypeScript query rules: `ca:` of a TLS client (PIN302), peer-certificate comparisons
/// (PIN111) and a CA name compare (PIN107).
#[test]
fn typescript_broker_client() {
    check(
        "typescript-broker",
        &["corpus/typescript/src/brokerClient.ts"],
        &[],
    );
}

/// C# query rule: `X509ChainPolicy` custom trust (PIN309), one anchor the expired Baltimore
/// root.
#[test]
fn csharp_chain_policy() {
    check(
        "csharp-chain-policy",
        &["corpus/csharp/RelayChainPolicy.cs"],
        &[],
    );
}

/// Go query rule: a private `x509.CertPool` as `RootCAs` (PIN308).
#[test]
fn go_ca_pool() {
    check("go-ca-pool", &["corpus/go/ca_pool.go"], &[]);
}

/// Rust: a root's SHA-1 thumbprint written as a byte array (PIN401), resolved to a catalog
/// root.
#[test]
fn rust_pinned_root_bytes() {
    check("rust-pinned-roots", &["corpus/rust/pinned_roots.rs"], &[]);
}

/// An embedded PEM certificate in a YAML block scalar (PIN201) that is the expired
/// Baltimore root: an error.
#[test]
fn yaml_embedded_expired_root() {
    check(
        "yaml-embedded-pem",
        &["corpus/catalog/iot_edge_gateway.yaml"],
        &[],
    );
}

/// Committed certificate files outside the catalog: an expired private root (PIN202, error,
/// with the certificate's own name and date) and a vendored CA bundle (PIN203, a note).
#[test]
fn certificate_file_and_ca_bundle() {
    check(
        "certificate-files",
        &[
            "corpus/certs/fabrikam-legacy-root.pem",
            "corpus/certs/vendored-cacert.pem",
        ],
        &[],
    );
}

/// A pin in test code (`src/test/java/...`): reported as notes, with the reason in the
/// message.
#[test]
fn test_path_demotion() {
    check(
        "test-path-demotion",
        &["corpus/java/src/test/java/com/example/PinningClientTest.java"],
        &[],
    );
}

/// `pinscan: ignore[...]` comments (by id on the line above, by rule name at the end of the
/// line) hide two findings; a third is reported; an unused suppression is listed with
/// `--report-unused-suppressions` (standard error, and `unused_suppressions` in JSON).
#[test]
fn suppressions() {
    check(
        "suppressions",
        &["corpus/python/suppressed_pins.py"],
        &["--report-unused-suppressions"],
    );
}

/// `pinscan rules`: the table of every rule, one rule's help (text and JSON).
#[test]
fn rules_help() {
    for (name, args) in [
        ("rules-table", &["rules"][..]),
        ("rules-PIN101-text", &["rules", "PIN101"][..]),
        (
            "rules-PIN101-json",
            &["rules", "PIN101", "--format", "json"][..],
        ),
    ] {
        let (stdout, stderr) = run(args);
        snapshot(name, args, &shown(&stdout, &stderr));
    }
}

/// One SARIF rule descriptor in full (what GitHub code scanning shows as the rule's help).
#[test]
fn sarif_rule_descriptor() {
    let args = [
        "scan",
        "corpus/certs/vendored-cacert.pem",
        "--format",
        "sarif",
        "--fail-on",
        "none",
        "--as-of",
        AS_OF,
    ];
    let (sarif, stderr) = run(&args);
    assert!(stderr.is_empty(), "{stderr}");
    let lines: Vec<&str> = sarif.lines().collect();
    let (start, _, indent) = sarif_rules_block(&lines);
    // The first descriptor: from `{` to the first `}` at the element indentation.
    let first = &lines[start + 1..];
    let end = first
        .iter()
        .position(|l| {
            l.strip_prefix(indent.as_str())
                .is_some_and(|r| r.starts_with('}'))
        })
        .unwrap();
    let descriptor: Vec<&str> = first[..=end]
        .iter()
        .map(|l| l.strip_prefix(indent.as_str()).unwrap())
        .collect();
    let descriptor = descriptor.join("\n");
    let descriptor = descriptor.strip_suffix(',').unwrap_or(&descriptor);
    assert!(descriptor.contains("\"id\": \"PIN101\""), "{descriptor}");
    snapshot("rules-sarif-PIN101", &args, &format!("{descriptor}\n"));
}
