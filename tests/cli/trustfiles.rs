//! Referenced trust files and the service behind a connection (issue: configuration and
//! the trust files they point to).

use std::path::Path;

use crate::{Tree, json};

fn root_pem(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("rules/ca/roots")
            .join(format!("{name}.pem")),
    )
    .unwrap()
}

#[test]
fn a_postgres_trust_file_is_opened_and_judged_against_the_service() {
    let t = Tree::new();
    t.write(
        "app.py",
        "import psycopg2\n\nconn = psycopg2.connect(\n    host=\"contoso.postgres.database.azure.com\",\n    dbname=\"orders\",\n    sslmode=\"verify-full\",\n    sslrootcert=\"certs/root.crt.pem\",\n)\n",
    );
    t.write("certs/root.crt.pem", root_pem("DigiCert_Global_Root_CA"));
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{doc}");
    let f = &findings[0];
    assert_eq!(f["path"], "app.py");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["ca"]["name"], "DigiCert Global Root CA");
    assert!(
        f["service"]["name"]
            .as_str()
            .unwrap()
            .contains("PostgreSQL")
    );
    assert_eq!(f["trust_file"]["path"], "certs/root.crt.pem");
    assert_eq!(
        f["trust_file"]["missing"],
        serde_json::json!([
            "DigiCert Global Root G2",
            "Microsoft RSA Root Certificate Authority 2017"
        ])
    );
    let msg = f["message"].as_str().unwrap();
    assert!(
        msg.contains("DigiCert Global Root G2")
            && msg.contains("Microsoft RSA Root Certificate Authority 2017"),
        "{msg}"
    );

    // All the roots the service needs: a note.
    let all = [
        "DigiCert_Global_Root_CA",
        "DigiCert_Global_Root_G2",
        "Microsoft_RSA_Root_Certificate_Authority_2017",
    ]
    .map(root_pem)
    .join("\n");
    t.write("certs/root.crt.pem", all);
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{doc}");
    assert_eq!(findings[0]["severity"], "note");
    assert!(findings[0]["trust_file"].get("missing").is_none());

    // Only Baltimore (expired): an error.
    t.write("certs/root.crt.pem", root_pem("Baltimore_CyberTrust_Root"));
    let doc = json(&t.scan_json(&[]));
    assert_eq!(doc["findings"][0]["severity"], "error");
}

#[test]
fn an_absent_trust_file_is_judged_by_its_well_known_name() {
    let t = Tree::new();
    t.write("db.env", "PGHOST=contoso.postgres.database.azure.com\nPGSSLMODE=verify-full\nPGSSLROOTCERT=/etc/ssl/BaltimoreCyberTrustRoot.crt.pem\n");
    let doc = json(&t.scan_json(&[]));
    let f = &doc["findings"][0];
    assert_eq!(f["ca"]["name"], "Baltimore CyberTrust Root", "{doc}");
    assert_eq!(f["severity"], "error");
}

#[test]
fn verify_full_alone_is_not_a_finding() {
    let t = Tree::new();
    t.write(
        "db.env",
        "PGHOST=contoso.postgres.database.azure.com\nPGSSLMODE=verify-full\n",
    );
    t.write(
        "my.cnf",
        "[client]\nhost=contoso.mysql.database.azure.com\nssl-mode=VERIFY_IDENTITY\n",
    );
    let doc = json(&t.scan_json(&[]));
    assert_eq!(doc["findings"].as_array().unwrap().len(), 0, "{doc}");
}

#[test]
fn a_folder_of_many_root_certificates_is_a_ca_store_of_notes() {
    let t = Tree::new();
    let roots = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/ca/roots");
    let mut n = 0;
    for e in std::fs::read_dir(&roots).unwrap() {
        let p = e.unwrap().path();
        t.write(
            &format!(
                "share/ca-certificates/{}",
                p.file_name().unwrap().to_string_lossy()
            ),
            std::fs::read(&p).unwrap(),
        );
        n += 1;
    }
    assert!(n >= 10);
    t.write("app/only-root.pem", root_pem("DigiCert_Global_Root_G2"));
    t.write(
        "app/client.py",
        "import ssl\nCTX = ssl.create_default_context(cafile='/srv/certs/only-root.pem')\n",
    );
    t.write("app/spare-root.pem", root_pem("DigiCert_Global_Root_G2"));
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    let store: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["path"].as_str().unwrap().starts_with("share/"))
        .collect();
    assert_eq!(store.len(), n);
    assert!(store.iter().all(|f| f["severity"] == "note"), "{doc}");
    let lone = findings
        .iter()
        .find(|f| f["path"] == "app/only-root.pem")
        .unwrap();
    assert_eq!(lone["severity"], "warning");
    // The same root that nothing names as a trust file: inventory.
    let spare = findings
        .iter()
        .find(|f| f["path"] == "app/spare-root.pem")
        .unwrap();
    assert_eq!(spare["severity"], "note", "{spare}");
    assert!(
        spare["message"]
            .as_str()
            .unwrap()
            .contains("nothing in the scanned tree names this file as a trust anchor")
    );
}

#[test]
fn fingerprint_comments_inside_a_ca_bundle_are_not_pins() {
    // certifi-style headers (fingerprints and serial) before every certificate of a copy
    // of the public store (the corpus's 28 public roots and 2 private CAs): one bundle note.
    let t = Tree::new();
    let store = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/certs/vendored-cacert.pem"),
    )
    .unwrap();
    let header = "# Issuer: CN=Some Root CA\n# Serial: 083be056904246b1a1756ac95991c74a\n\
                  # SHA1 Fingerprint: df:3c:24:f9:bf:d6:66:76:1b:26:80:73:fe:06:d1:cc:8d:4f:82:a4\n";
    let bundle = store.replace(
        "-----BEGIN CERTIFICATE-----",
        &format!("{header}-----BEGIN CERTIFICATE-----"),
    );
    t.write("certifi/cacert.pem", bundle);
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{doc}");
    assert_eq!(findings[0]["rule_id"], "PIN203");
    assert_eq!(findings[0]["severity"], "note");

    // A handful of chosen roots is not a store copy: each certificate is reported, and
    // the headers still are not pins.
    let t = Tree::new();
    let roots = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/ca/roots");
    let mut small = String::new();
    let mut n = 0;
    for e in std::fs::read_dir(&roots).unwrap() {
        small.push_str(header);
        small.push_str(&std::fs::read_to_string(e.unwrap().path()).unwrap());
        n += 1;
    }
    t.write("vendor/roots.pem", small);
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    assert!(findings.iter().all(|f| f["rule_id"] == "PIN202"), "{doc}");
    assert_eq!(findings.len(), n, "{doc}");
}

/// A program runs from its repository's root: a path in `src/db/app.py` such as
/// `certs/root.crt.pem` names `certs/` at the root, also when the scan starts in a folder
/// above the repository (an organisation's checkouts side by side). Two repositories with a
/// file of that name keep their own.
#[test]
fn a_trust_file_path_is_found_below_a_folder_above_the_referring_file() {
    let t = Tree::new();
    let app = |host: &str| {
        format!(
            "import psycopg2\n\nconn = psycopg2.connect(\n    host=\"{host}\",\n    sslmode=\"verify-full\",\n    sslrootcert=\"certs/root.crt.pem\",\n)\n"
        )
    };
    t.write(
        "org/one/src/db/app.py",
        app("one.postgres.database.azure.com"),
    );
    t.write(
        "org/one/certs/root.crt.pem",
        root_pem("DigiCert_Global_Root_CA"),
    );
    t.write("org/two/lib/app.py", app("two.postgres.database.azure.com"));
    t.write(
        "org/two/certs/root.crt.pem",
        root_pem("DigiCert_Global_Root_G2"),
    );
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    let got: Vec<(&str, &str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap(),
                f["trust_file"]["path"].as_str().unwrap_or("-"),
                f["ca"]["name"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "org/one/src/db/app.py",
                "org/one/certs/root.crt.pem",
                "DigiCert Global Root CA"
            ),
            (
                "org/two/lib/app.py",
                "org/two/certs/root.crt.pem",
                "DigiCert Global Root G2"
            ),
        ],
        "the certificate files are folded into the findings that load them: {doc}"
    );
}
