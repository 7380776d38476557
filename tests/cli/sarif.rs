//! SARIF output: valid against the official SARIF 2.1.0 JSON schema, and carrying what
//! GitHub code scanning reads (rules with help, levels, locations, fingerprints).

use std::path::Path;

use crate::{Tree, code, json, pinscan, stdout};

fn validator() -> jsonschema::Validator {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/data/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn corpus_sarif_is_valid_against_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = pinscan()
        .current_dir(root)
        .args(["scan", "corpus", "--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    let v = validator();
    let errors: Vec<String> = v
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .take(20)
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert_eq!(doc["version"], "2.1.0");
    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for r in rules {
        assert!(!r["shortDescription"]["text"].as_str().unwrap().is_empty());
        assert!(!r["fullDescription"]["text"].as_str().unwrap().is_empty());
        assert!(
            r["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("## What to do instead"),
            "{}",
            r["id"]
        );
        let sev: f64 = r["properties"]["security-severity"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(sev > 0.0 && sev <= 10.0);
    }
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for res in results {
        let idx = usize::try_from(res["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(ids[idx], res["ruleId"].as_str().unwrap());
        let loc = &res["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with("corpus/")
        );
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(res["partialFingerprints"]["pinscanFingerprint/v1"].is_string());
        assert!(
            res.get("partialFingerprints")
                .unwrap()
                .get("primaryLocationLineHash")
                .is_none()
        );
    }
    assert!(
        results
            .iter()
            .any(|r| r["properties"]["ca"]["name"] == "DigiCert Global Root G2")
    );
    assert_eq!(run["automationDetails"]["id"], "pinscan/");
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn sarif_lists_files_that_could_not_be_scanned() {
    let t = Tree::new();
    t.pin("a.conf").write("blob.bin", b"\0\0\0");
    let doc = json(
        &t.cmd()
            .args(["scan", ".", "--format", "sarif"])
            .output()
            .unwrap(),
    );
    let notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("blob.bin")
    );
    assert!(validator().is_valid(&doc));
}

#[test]
fn github_annotations() {
    let t = Tree::new();
    t.pin("conf/app.conf");
    let out = t
        .cmd()
        .args(["scan", ".", "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    assert!(
        text.starts_with("::warning file=conf/app.conf,line=1,col=8,"),
        "{text}"
    );
    assert!(text.contains("title=PIN101 spki-sha256-pin::"), "{text}");
    assert_eq!(text.lines().count(), 1);
}
