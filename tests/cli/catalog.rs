//! The CA catalog from the command line: `ca list`, `ca show`, `inspect` (with
//! `--service`), `--ca-bundle`, `--expiry-window` and `--as-of`, and the severities the
//! resolver gives catalog pins.

use std::path::Path;

use serde_json::Value;

use crate::{Tree, code, json, pinscan, stderr, stdout};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn roots_pem(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| {
            std::fs::read_to_string(root().join("rules/ca/roots").join(format!("{n}.pem"))).unwrap()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn ca_list_json_has_every_catalog_ca_with_its_thumbprints() {
    let out = pinscan()
        .args(["ca", "list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    let doc = json(&out);
    let cas = doc["cas"].as_array().unwrap();
    let file: toml::Value =
        toml::from_str(&std::fs::read_to_string(root().join("rules/ca/catalog.toml")).unwrap())
            .unwrap();
    let want = file["ca"].as_array().unwrap();
    assert_eq!(cas.len(), 87);
    assert_eq!(cas.len(), want.len());
    for (got, want) in cas.iter().zip(want) {
        assert_eq!(got["name"].as_str(), want["name"].as_str());
        assert_eq!(
            got["sha1"].as_str(),
            want.get("sha1").and_then(toml::Value::as_str)
        );
        assert_eq!(
            got["sha256"].as_str(),
            want.get("sha256").and_then(toml::Value::as_str)
        );
    }
    assert_eq!(doc["catalog_version"].as_str(), Some("2026-11-23"));
    // When the shared reference catalog is present, the thumbprints agree with it too.
    let shared = root().join("../shared/azure-ca/catalog.toml");
    if let Ok(text) = std::fs::read_to_string(shared) {
        let reference: toml::Value = toml::from_str(&text).unwrap();
        let reference = reference["ca"].as_array().unwrap();
        assert_eq!(reference.len(), cas.len());
        for r in reference {
            let sha1 = r["sha1"].as_str().unwrap();
            assert!(
                cas.iter().any(|c| c["sha1"].as_str() == Some(sha1)
                    && c["name"] == r["name"].as_str().unwrap()),
                "{sha1}"
            );
        }
    }
}

#[test]
fn ca_show_finds_g2_from_any_spelling() {
    for query in [
        "df:3c:24:f9:bf:d6:66:76:1b:26:80:73:fe:06:d1:cc:8d:4f:82:a4",
        "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=",
        "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl_s2uC_CY",
        "033af1e6a711a9a0bb2864b11d09fae5",
        "0x33AF1E6A711A9A0BB2864B11D09FAE5",
        "CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F",
        "DigiCertGlobalRootG2.crt.pem",
        "/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert Global Root G2",
    ] {
        let out = pinscan().args(["ca", "show", query]).output().unwrap();
        assert_eq!(code(&out), 0, "{query}");
        let text = stdout(&out);
        assert!(
            text.starts_with("DigiCert Global Root G2\n"),
            "{query}: {text}"
        );
        assert!(
            text.contains("cb3ccbb76031e5e0138f8dd39a23f9de47ffc35e43c1144cea27d46a5ab1cb5f"),
            "{query}"
        );
    }
    let out = pinscan()
        .args([
            "ca",
            "show",
            "--format",
            "json",
            "df3c24f9bfd666761b268073fe06d1cc8d4f82a4",
        ])
        .output()
        .unwrap();
    let doc = json(&out);
    assert_eq!(doc[0]["name"], "DigiCert Global Root G2");
    assert_eq!(doc[0]["matched_by"], "sha1");
}

#[test]
fn ca_show_a_near_miss_finds_nothing() {
    // One hex digit off DigiCert Global Root G2's SHA-1.
    let out = pinscan()
        .args(["ca", "show", "df3c24f9bfd666761b268073fe06d1cc8d4f82a5"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).contains("no CA in catalog"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn ca_show_takes_an_unambiguous_part_of_a_name() {
    for query in [
        "baltimore",
        "BALTIMORE",
        "cybertrust",
        "Baltimore-CyberTrust",
    ] {
        let out = pinscan().args(["ca", "show", query]).output().unwrap();
        assert_eq!(code(&out), 0, "{query}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.starts_with("Baltimore CyberTrust Root\n"),
            "{query}: {text}"
        );
        assert!(text.contains("matched by:   name-part"), "{query}: {text}");
        assert_eq!(stderr(&out), "");
    }
    // Part of one CA's name that has two issuances: both are shown.
    let out = pinscan()
        .args(["ca", "show", "--format", "json", "azure tls issuing ca 05"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = json(&out);
    let hits = doc.as_array().unwrap();
    assert_eq!(hits.len(), 2, "{doc}");
    for h in hits {
        assert_eq!(h["name"], "Microsoft Azure TLS Issuing CA 05");
        assert_eq!(h["matched_by"], "name-part");
    }
}

#[test]
fn ca_show_tries_exact_matches_before_parts_of_names() {
    // No CA's name is part of another's in the built-in catalog, so the order shows in
    // `matched_by`: an exact name, or a fact such as a file name, is not a part.
    for (query, by, count) in [
        ("DigiCert Global Root CA", "name", 1),
        ("microsoft azure tls issuing ca 01", "name", 2),
        ("DigiCertGlobalRootG2.crt.pem", "file-name", 1),
    ] {
        let out = pinscan()
            .args(["ca", "show", "--format", "json", query])
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{query}: {}", stderr(&out));
        let doc = json(&out);
        let hits = doc.as_array().unwrap();
        assert_eq!(hits.len(), count, "{query}: {doc}");
        assert!(hits.iter().all(|h| h["matched_by"] == by), "{query}: {doc}");
    }
}

#[test]
fn ca_show_lists_the_candidates_when_a_part_is_ambiguous() {
    for format in ["text", "json"] {
        let out = pinscan()
            .args(["ca", "show", "azure", "--format", format])
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{format}");
        assert_eq!(stdout(&out), "", "{format}");
        let err = stderr(&out);
        let mut lines = err.lines();
        let first = lines.next().unwrap();
        assert!(
            first.starts_with("pinscan: error: \"azure\" is part of the names of ")
                && first.contains("name one by more of its name or by its SHA-1"),
            "{err}"
        );
        let candidates: Vec<&str> = lines.collect();
        assert!(candidates.len() > 10, "{err}");
        assert!(
            candidates.contains(
                &"  2f2877c5d778c31e0f29c7e371df5471bd673173  Microsoft Azure TLS Issuing CA 01 [xsign]"
            ),
            "{err}"
        );
        for c in &candidates {
            let (sha1, name) = c.trim_start().split_once("  ").unwrap();
            assert_eq!(sha1.len(), 40, "{c}");
            assert!(name.to_lowercase().contains("azure"), "{c}");
            // The id of each candidate shows that CA alone.
            if c.contains("ECC TLS Issuing CA 01") {
                let one = pinscan().args(["ca", "show", sha1]).output().unwrap();
                assert_eq!(code(&one), 0);
                assert!(stdout(&one).starts_with(name), "{}", stdout(&one));
            }
        }
    }
}

#[test]
fn ca_show_nothing_matches_points_to_ca_list() {
    let out = pinscan()
        .args(["ca", "show", "no such authority"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(
        text.contains("no CA in catalog") && text.contains("`pinscan ca list` lists every CA"),
        "{text}"
    );
    // A query with nothing to compare is not part of every name.
    let out = pinscan().args(["ca", "show", " - "]).output().unwrap();
    assert_eq!(code(&out), 1, "{}", stdout(&out));
}

#[test]
fn inspect_marks_the_azure_roots_in_a_real_bundle() {
    let t = Tree::new();
    let mut bundle = roots_pem(&["DigiCert_Global_Root_G2", "Baltimore_CyberTrust_Root"]);
    // The system bundle of this machine, when there is one.
    if let Ok(system) = std::fs::read_to_string("/etc/ssl/certs/ca-certificates.crt") {
        bundle.push_str(&system);
    }
    t.write("bundle.pem", &bundle);
    let out = pinscan()
        .args(["inspect", "--format", "json"])
        .arg(t.join("bundle.pem"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = json(&out);
    let certs = doc["files"][0]["certificates"].as_array().unwrap();
    assert_eq!(
        certs.len(),
        bundle.matches("-----BEGIN CERTIFICATE-----").count()
    );
    assert!(doc["files"][0]["problems"].as_array().unwrap().is_empty());
    let names: Vec<&str> = certs
        .iter()
        .filter_map(|c| c["ca"]["name"].as_str())
        .collect();
    assert!(names.contains(&"DigiCert Global Root G2"));
    assert!(names.contains(&"Baltimore CyberTrust Root"));
    let text = stdout(
        &pinscan()
            .arg("inspect")
            .arg(t.join("bundle.pem"))
            .output()
            .unwrap(),
    );
    assert!(
        text.contains("catalog:     Baltimore CyberTrust Root (root CA, expired"),
        "{text}"
    );
}

#[test]
fn inspect_rejects_truncated_and_random_files_clearly() {
    let t = Tree::new();
    let pem = roots_pem(&["DigiCert_Global_Root_G2"]);
    t.write("truncated.pem", &pem[..pem.len() / 2]);
    let random: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13).to_le_bytes()[0])
        .collect();
    t.write("random.der", &random);
    for name in ["truncated.pem", "random.der"] {
        let out = pinscan().arg("inspect").arg(t.join(name)).output().unwrap();
        assert_eq!(code(&out), 2, "{name}");
        let err = stderr(&out);
        assert!(err.contains(name), "{name}: {err}");
    }
}

#[test]
fn inspect_service_coverage() {
    let t = Tree::new();
    t.write("old.pem", roots_pem(&["DigiCert_Global_Root_CA"]));
    t.write(
        "combined.pem",
        roots_pem(&[
            "DigiCert_Global_Root_CA",
            "DigiCert_Global_Root_G2",
            "Microsoft_RSA_Root_Certificate_Authority_2017",
        ]),
    );
    let out = pinscan()
        .args([
            "inspect",
            "--service",
            "x.mysql.database.azure.com",
            "--format",
            "json",
        ])
        .arg(t.join("old.pem"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(
        doc["coverage"]["service"],
        "Azure Database for MySQL - Flexible Server"
    );
    assert_eq!(
        doc["coverage"]["present"],
        serde_json::json!(["DigiCert Global Root CA"])
    );
    assert_eq!(
        doc["coverage"]["missing"],
        serde_json::json!([
            "DigiCert Global Root G2",
            "Microsoft RSA Root Certificate Authority 2017"
        ])
    );
    let out = pinscan()
        .args(["inspect", "--service", "MySQL"])
        .arg(t.join("combined.pem"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("missing: -"), "{}", stdout(&out));
    let out = pinscan()
        .args(["inspect", "--service", "no such service"])
        .arg(t.join("old.pem"))
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("known services"), "{}", stderr(&out));
}

fn finding<'a>(doc: &'a Value, path: &str) -> &'a Value {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("no finding in {path}: {doc}"))
}

#[test]
fn catalog_pins_get_severity_from_what_they_depend_on() {
    let t = Tree::new();
    t.write(
        "g2.conf",
        "pin = \"sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=\"\n",
    );
    t.write(
        "baltimore.py",
        "import ssl\nctx = ssl.create_default_context(cafile='BaltimoreCyberTrustRoot.crt.pem')\n",
    );
    // Microsoft Azure TLS Issuing CA 01 (an intermediate), by thumbprint.
    t.write(
        "intermediate.conf",
        "thumbprint = \"b9ed88eb05c15c79639493016200fdab08137af3\"\n",
    );
    t.write(
        "unknown.conf",
        "pin = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\n",
    );
    let doc = json(&t.scan_json(&[]));
    let g2 = finding(&doc, "g2.conf");
    assert_eq!(g2["severity"], "warning");
    assert_eq!(g2["confidence"], "high");
    assert_eq!(g2["ca"]["name"], "DigiCert Global Root G2");
    assert_eq!(g2["ca"]["role"], "root");
    assert_eq!(g2["ca"]["matched_by"], "spki");
    let b = finding(&doc, "baltimore.py");
    assert_eq!(b["severity"], "error");
    assert_eq!(b["ca"]["name"], "Baltimore CyberTrust Root");
    assert!(
        b["advice"]
            .as_str()
            .unwrap()
            .contains("DigiCert Global Root G2"),
        "{b}"
    );
    let i = finding(&doc, "intermediate.conf");
    assert_eq!(i["severity"], "error");
    assert_eq!(i["ca"]["role"], "intermediate");
    assert!(
        i["message"]
            .as_str()
            .unwrap()
            .contains("Microsoft Azure TLS Issuing CA 01"),
        "{i}"
    );
    let u = finding(&doc, "unknown.conf");
    assert_eq!(u["severity"], "warning");
    assert!(u.get("ca").is_none());
}

#[test]
fn ca_bundle_adds_private_cas_that_pins_resolve_to() {
    let t = Tree::new();
    let corpus_ca = root().join("corpus/certs/contoso-private-root-ca.pem");
    let facts = json(
        &pinscan()
            .args(["inspect", "--format", "json"])
            .arg(&corpus_ca)
            .output()
            .unwrap(),
    );
    let spki = facts["files"][0]["certificates"][0]["spki_sha256_b64"]
        .as_str()
        .unwrap()
        .to_owned();
    t.write("app.conf", format!("pin = \"sha256/{spki}\"\n"));
    let doc = json(&t.scan_json(&[]));
    assert!(finding(&doc, "app.conf").get("ca").is_none());
    let out = t
        .cmd()
        .args(["scan", ".", "--format", "json", "--ca-bundle"])
        .arg(&corpus_ca)
        .output()
        .unwrap();
    let doc = json(&out);
    let f = finding(&doc, "app.conf");
    assert_eq!(f["ca"]["name"], "Contoso Private Root CA");
    let out = t
        .cmd()
        .args(["scan", ".", "--ca-bundle", "missing.pem"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("missing.pem"), "{}", stderr(&out));
}

#[test]
fn expiry_window_and_as_of_judge_embedded_certificates() {
    let t = Tree::new();
    let ca =
        std::fs::read_to_string(root().join("corpus/certs/contoso-private-root-ca.pem")).unwrap();
    t.write("trust/ca.pem", &ca);
    // Named as a trust file (by file name, as deployed): judged by its dates.
    t.write(
        "client.py",
        "import ssl\nCTX = ssl.create_default_context(cafile='/etc/contoso/ca.pem')\n",
    );
    let sev = |args: &[&str]| -> String {
        let mut all = vec!["scan", ".", "--format", "json"];
        all.extend_from_slice(args);
        let doc = json(&t.cmd().args(&all).output().unwrap());
        finding(&doc, "trust/ca.pem")["severity"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    // The corpus CA is valid until 2036-11-20.
    assert_eq!(sev(&["--as-of", "2030-01-01"]), "warning");
    assert_eq!(sev(&["--as-of", "2036-10-01"]), "error");
    assert_eq!(
        sev(&["--as-of", "2036-10-01", "--expiry-window", "30"]),
        "warning"
    );
    assert_eq!(
        sev(&["--as-of", "2037-01-01", "--expiry-window", "0"]),
        "error"
    );
    let out = t
        .cmd()
        .args(["scan", ".", "--as-of", "2030-02-30x"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--as-of"), "{}", stderr(&out));
}

#[test]
fn json_and_text_reports_name_the_catalog_version() {
    let t = Tree::new();
    t.pin("a.conf");
    let doc = json(&t.scan_json(&[]));
    assert_eq!(doc["tool"]["catalog"], "2026-11-23");
    let text = stdout(&t.cmd().args(["scan", "."]).output().unwrap());
    assert!(text.contains("CA catalog 2026-11-23"), "{text}");
}

/// The built-in catalog's text with `edit` applied (and a later snapshot date).
fn edited_catalog(edit: impl Fn(String) -> String) -> String {
    let text = std::fs::read_to_string(root().join("rules/ca/catalog.toml")).unwrap();
    let version = text
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .unwrap()
        .to_owned();
    edit(text.replacen(
        &format!("version = {version}"),
        "version = \"2027-03-01\"",
        1,
    ))
}

/// The catalog with `DigiCert Global Root CA` marked retired.
fn retire_global_root_ca(mut text: String) -> String {
    let at = text.find("name = \"DigiCert Global Root CA\"").unwrap();
    let status = at + text[at..].find("status = \"retiring\"").unwrap();
    text.replace_range(
        status..status + "status = \"retiring\"".len(),
        "status = \"retired\"",
    );
    text
}

#[test]
fn ca_diff_lists_what_changed_between_catalogs() {
    let t = Tree::new();
    t.write("new.toml", edited_catalog(retire_global_root_ca));
    let out = t
        .cmd()
        .args(["ca", "diff", "builtin", "new.toml", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "they differ: {}", stderr(&out));
    let d = json(&out);
    assert_eq!(d["new_version"], "2027-03-01");
    assert_eq!(d["added"].as_array().unwrap().len(), 0);
    assert_eq!(d["removed"].as_array().unwrap().len(), 0);
    let changed = d["changed"].as_array().unwrap();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0]["name"], "DigiCert Global Root CA");
    assert_eq!(
        changed[0]["changes"],
        serde_json::json!([{"field": "status", "old": "retiring", "new": "retired"}])
    );
    let text = t
        .cmd()
        .args(["ca", "diff", "new.toml", "builtin"])
        .output()
        .unwrap();
    assert_eq!(code(&text), 1);
    assert!(
        stdout(&text).contains("~ DigiCert Global Root CA (serial 083be056904246b1a1756ac95991c74a)\n    status: retired -> retiring\n"),
        "{}",
        stdout(&text)
    );
    let same = t
        .cmd()
        .args(["ca", "diff", "builtin", "builtin"])
        .output()
        .unwrap();
    assert_eq!(code(&same), 0);
    assert!(
        stdout(&same).contains("0 added, 0 removed, 0 changed"),
        "{}",
        stdout(&same)
    );
}

#[test]
fn a_catalog_file_replaces_the_built_in_one() {
    let t = Tree::new();
    t.write("new.toml", edited_catalog(retire_global_root_ca));
    t.write(
        "app.conf",
        "thumbprint = \"A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436\"\n",
    );
    let status = |extra: &[&str]| {
        let out = t.scan_json(&[&["--fail-on", "none", "-q"], extra].concat());
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let doc = json(&out);
        let f = &doc["findings"][0];
        (
            doc["tool"]["catalog"].as_str().unwrap().to_owned(),
            f["ca"]["status"].as_str().unwrap().to_owned(),
            f["severity"].as_str().unwrap().to_owned(),
        )
    };
    let (version, ca_status, severity) = status(&[]);
    assert_ne!(version, "2027-03-01");
    assert_eq!(
        (ca_status.as_str(), severity.as_str()),
        ("retiring", "warning")
    );
    let (version, ca_status, severity) = status(&["--catalog", "new.toml"]);
    assert_eq!(version, "2027-03-01");
    assert_eq!(
        (ca_status.as_str(), severity.as_str()),
        ("retired", "error")
    );
    // ca list and ca show read it too.
    let out = t
        .cmd()
        .args([
            "ca",
            "show",
            "DigiCert Global Root CA",
            "--catalog",
            "new.toml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("\"status\": \"retired\""),
        "{}",
        stdout(&out)
    );
}

#[test]
fn invalid_catalog_files_are_refused_clearly() {
    let t = Tree::new();
    t.pin("a.conf").fifo("fifo.toml");
    t.write(
        "date.toml",
        edited_catalog(|s| s.replacen("version = \"2027-03-01\"", "version = \"soon\"", 1)),
    );
    t.write(
        "field.toml",
        edited_catalog(|s| s.replacen("sha1 = \"a8985d3a", "sha1 = \"zz985d3a", 1)),
    );
    t.write(
        "count.toml",
        edited_catalog(|s| s.replacen("ca_count = ", "ca_count = 1", 1)),
    );
    t.write(
        "hostile.toml",
        "secret = \"hunter2\x1b]0;pwned\x07\"\n[meta\n",
    );
    for (file, why) in [
        ("fifo.toml", "not a regular file"),
        ("/dev/zero", "not a regular file"),
        ("date.toml", "expected the snapshot date as YYYY-MM-DD"),
        (
            "field.toml",
            "CA `DigiCert Global Root CA`, field `sha1`: expected 40 hex digits",
        ),
        ("count.toml", "[meta] ca_count"),
        ("hostile.toml", "TOML parse error"),
        ("missing.toml", "cannot read"),
    ] {
        let out = t
            .cmd()
            .args(["scan", "a.conf", "--catalog", file])
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{file}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("--catalog {file}: ")) && err.contains(why),
            "{file}: {err}"
        );
        assert!(
            !err.contains("hunter2") && !err.contains('\x1b'),
            "{file}: {err:?}"
        );
        assert_eq!(err.lines().count(), 1, "{file}: {err}");
    }
}

#[test]
fn a_catalog_older_than_180_days_is_warned_about() {
    let t = Tree::new();
    t.pin("a.conf");
    t.write("new.toml", edited_catalog(|s| s));
    let version = pinscan()
        .args(["ca", "list", "--format", "json"])
        .output()
        .unwrap();
    let made = json(&version)["catalog_version"]
        .as_str()
        .unwrap()
        .to_owned();
    let day = |offset: i64| {
        let out = std::process::Command::new("date")
            .args(["-u", "-d", &format!("{made} + {offset} days"), "+%F"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let warned = |args: &[&str]| {
        let out = t
            .cmd()
            .args(["scan", "a.conf", "--fail-on", "none"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stderr(&out)
    };
    assert_eq!(warned(&["--as-of", &day(180)]), "");
    let err = warned(&["--as-of", &day(181)]);
    assert!(
        err.contains(&format!(
            "pinscan: warning: the CA catalog is dated {made}, 181 days before {}",
            day(181)
        )) && err.contains("--catalog FILE"),
        "{err}"
    );
    assert_eq!(warned(&["--as-of", &day(181), "-q"]), "");
    // A newer catalog file is judged by its own date.
    assert_eq!(warned(&["--as-of", &day(181), "--catalog", "new.toml"]), "");
}
