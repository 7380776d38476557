//! One answer everywhere (issue 16): the same repository scanned as a tree, as pre-commit
//! calls pinscan (the changed files named, from the repository root) and with `--diff`
//! gives the same findings on the changed files: the root `.pinscan.toml` applies to
//! named files in subfolders, its `exclude` applies to them, and hidden files (a CI
//! workflow, a dotenv file) are scanned in a tree as when named.

use std::process::Command;

use crate::{Tree, code, json, stderr};

fn git(t: &Tree, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(t.path())
        .args([
            "-c",
            "user.name=pinscan",
            "-c",
            "user.email=pinscan@example.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null",
        ])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// `(path, line, rule, severity)` of every finding.
fn findings(doc: &serde_json::Value) -> Vec<(String, u64, String, String)> {
    let mut v: Vec<_> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["start"]["line"].as_u64().unwrap(),
                f["rule_id"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    v.sort();
    v
}

const CLIENT: &str = "import ssl\n\n\
PINNED_SHA1 = \"D4DE20D05E66FC53FE1A50882C78DB2852CAE474\"\n\n\n\
def context():\n    \
return ssl.create_default_context(cafile=\"certs/BaltimoreCyberTrustRoot.crt.pem\")\n";

#[test]
fn tree_scan_named_files_and_diff_agree_on_the_changed_files() {
    let t = Tree::new();
    git(&t, &["init", "-q", "."]);
    t.write("README.md", "# app\n")
        .write("src/old.py", "print('hi')\n");
    git(&t, &["add", "-A"]);
    git(&t, &["commit", "-q", "-m", "base"]);
    let changed = [
        "src/app/client.py",
        ".github/workflows/ci.yml",
        ".env",
        "vendor/lib/pinned.py",
        ".pinscan.toml",
    ];
    t.write(changed[0], CLIENT)
        .write(
            changed[1],
            "on: push\njobs:\n  ping:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl --cacert certs/BaltimoreCyberTrustRoot.crt.pem https://example.azure-devices.net/\n",
        )
        .write(
            changed[2],
            "PGSSLMODE=verify-full\nPGSSLROOTCERT=certs/DigiCertGlobalRootCA.crt.pem\n",
        )
        .write(changed[3], CLIENT)
        .write(
            changed[4],
            "exclude = [\"vendor/**\"]\n[rules]\nseverity = { PIN301 = \"warning\" }\n",
        );
    git(&t, &["add", "-A"]);
    git(&t, &["commit", "-q", "-m", "change"]);

    let run = |args: &[&str]| {
        let out = t
            .cmd()
            .args(["scan", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        findings(&json(&out))
    };
    let tree = run(&["."]);
    let mut hook_args = vec!["--force-exclude"];
    hook_args.extend(changed);
    let hook = run(&hook_args);
    let diff = run(&[".", "--diff", "HEAD~1"]);

    let paths: Vec<&str> = tree.iter().map(|f| f.0.as_str()).collect();
    // Hidden files are scanned in the tree; vendor/ is excluded; the root configuration's
    // severity override applies.
    assert!(
        paths.contains(&".env") && paths.contains(&".github/workflows/ci.yml"),
        "{tree:?}"
    );
    assert!(paths.contains(&"src/app/client.py"), "{tree:?}");
    assert!(!paths.iter().any(|p| p.starts_with("vendor/")), "{tree:?}");
    assert!(
        tree.iter()
            .any(|f| f.2 == "PIN301" && f.3 == "warning" && f.0 == "src/app/client.py"),
        "{tree:?}"
    );
    assert_eq!(
        hook, tree,
        "pre-commit style scan differs from the tree scan"
    );
    assert_eq!(diff, tree, "--diff scan differs from the tree scan");
}
