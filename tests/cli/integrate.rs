//! CI and pre-commit integration: inline suppressions, `.pinscan.toml`, baselines,
//! `--diff`, unused suppressions.

use std::process::Command;

use crate::{Tree, code, finding_lines, json, pinscan, stderr};

const G2_PIN: &str = "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=";
const MS_PIN: &str = "sha256/svcpi1K/LDysTd/nLeTWgqxYlXWVmC8rYjAa9ZfGmcU=";

fn count(doc: &serde_json::Value) -> usize {
    doc["findings"].as_array().unwrap().len()
}

#[test]
fn inline_suppressions_on_the_line_or_the_line_above() {
    let t = Tree::new();
    t.write(
        "a.py",
        format!(
            "A = \"{G2_PIN}\"  # pinscan: ignore[PIN101] accepted\n\
             # pinscan: ignore[spki-sha256-pin] staging pin\n\
             B = \"{G2_PIN}\"\n\
             C = \"{MS_PIN}\"\n\
             D = \"{MS_PIN}\"  // pinscan: ignore[PIN102] wrong rule\n"
        ),
    );
    let doc = json(&t.scan_json(&[]));
    let lines: Vec<u64> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [4, 5], "{doc}");
    assert_eq!(doc["stats"]["suppressed"], 2);
    let doc = json(&t.scan_json(&["--report-unused-suppressions"]));
    let unused = doc["unused_suppressions"].as_array().unwrap();
    assert_eq!(unused.len(), 1);
    assert_eq!(unused[0]["line"], 5);
}

#[test]
fn config_file_disables_overrides_allows_and_rejects_unknown_keys() {
    let t = Tree::new();
    t.write(
        "a.conf",
        format!("pin = \"{G2_PIN}\"\nother = \"{MS_PIN}\"\n"),
    );
    assert_eq!(count(&json(&t.scan_json(&[]))), 2);
    t.write(
        ".pinscan.toml",
        format!("fail-on = \"error\"\n[rules.severity]\nPIN101 = \"note\"\n[[allow]]\nvalue = \"{MS_PIN}\"\nreason = \"lab gateway\"\n"),
    );
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 0, "fail-on error from the config");
    let doc = json(&out);
    assert_eq!(count(&doc), 1);
    assert_eq!(doc["findings"][0]["severity"], "note");
    assert_eq!(
        t.scan_json(&["--fail-on", "note"]).status.code(),
        Some(1),
        "flags win over the file"
    );
    t.write(
        ".pinscan.toml",
        "[rules]\ndisable = [\"spki-sha256-pin\"]\n",
    );
    assert_eq!(count(&json(&t.scan_json(&[]))), 0);
    t.write(".pinscan.toml", "fail-on = \"error\"\nexclde = [\"x\"]\n");
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("exclde") && err.contains(".pinscan.toml"),
        "{err}"
    );
    t.write("other.toml", "[rules]\ndisable = [\"PIN101\"]\n");
    assert_eq!(count(&json(&t.scan_json(&["--config", "other.toml"]))), 0);
}

#[test]
fn baseline_survives_moved_code_and_reports_only_new_pins() {
    let t = Tree::new();
    let body = format!(
        "import ssl\nA = \"{G2_PIN}\"\nctx = ssl.create_default_context(cafile='BaltimoreCyberTrustRoot.crt.pem')\nB = \"{MS_PIN}\"\n"
    );
    t.write("app.py", &body);
    let out = t
        .cmd()
        .args([
            "scan",
            ".",
            "--format",
            "json",
            "--write-baseline",
            "baseline.json",
        ])
        .output()
        .unwrap();
    assert_eq!(count(&json(&out)), 3);
    // Ten blank lines above every finding.
    let moved: String = body
        .lines()
        .map(|l| {
            if l.starts_with("import") {
                format!("{l}\n")
            } else {
                format!("{}{l}\n", "\n".repeat(10))
            }
        })
        .collect();
    t.write("app.py", &moved);
    let out = t.scan_json(&["--baseline", "baseline.json"]);
    assert_eq!(code(&out), 0);
    assert_eq!(count(&json(&out)), 0);
    t.write("app.py", format!("{moved}C = \"{MS_PIN}\"\n"));
    let out = t.scan_json(&["--baseline", "baseline.json"]);
    let doc = json(&out);
    assert_eq!(count(&doc), 1, "{doc}");
    assert_eq!(code(&out), 1);
    let out = t.scan_json(&["--baseline", "missing.json"]);
    assert_eq!(code(&out), 2);
}

fn git(dir: &std::path::Path, args: &[&str]) {
    let ok = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@e",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
        .status
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn diff_reports_only_changed_lines() {
    let t = Tree::new();
    t.write("a.conf", format!("old = \"{G2_PIN}\"\n"));
    git(t.path(), &["init", "-q"]);
    git(t.path(), &["add", "."]);
    git(t.path(), &["commit", "-qm", "base"]);
    t.write(
        "a.conf",
        format!("old = \"{G2_PIN}\"\nnew = \"{MS_PIN}\"\n"),
    );
    t.write("fresh.conf", format!("x = \"{G2_PIN}\"\n"));
    let doc = json(&t.scan_json(&["--diff", "HEAD"]));
    let got = finding_lines(&doc);
    assert_eq!(
        got,
        [("a.conf".to_owned(), 2), ("fresh.conf".to_owned(), 1)]
    );
    let out = t.scan_json(&["--diff", "no-such-ref"]);
    assert_eq!(code(&out), 2);
    let outside = Tree::new();
    outside.pin("a.conf");
    let out = outside.scan_json(&["--diff", "HEAD"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("not inside a git repository"),
        "{}",
        stderr(&out)
    );
}

/// The one line pinscan printed on standard error.
fn one_error_line(out: &std::process::Output) -> String {
    assert_eq!(code(out), 2);
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    err.trim_end().to_owned()
}

#[test]
fn diff_errors_name_the_revision_and_say_why() {
    let t = Tree::new();
    t.pin("a.conf");
    git(t.path(), &["init", "-q"]);
    // No commit yet.
    let err = one_error_line(&t.scan_json(&["--diff", "HEAD"]));
    assert_eq!(
        err,
        "pinscan: error: --diff HEAD: git could not resolve this revision to a commit: the repository has no commits yet"
    );
    git(t.path(), &["add", "."]);
    git(t.path(), &["commit", "-qm", "base"]);
    let err = one_error_line(&t.scan_json(&["--diff", "NO_SUCH_REF"]));
    assert!(
        err.starts_with(
            "pinscan: error: --diff NO_SUCH_REF: git could not resolve this revision to a commit: unknown revision"
        ),
        "{err}"
    );
    // A revision that names no commit (a tree), and one with escape sequences in it.
    let err = one_error_line(&t.scan_json(&["--diff", "HEAD^{tree}"]));
    assert!(
        err.contains("--diff HEAD^{tree}: git could not resolve"),
        "{err}"
    );
    let err = one_error_line(&t.scan_json(&["--diff", "x\x1b]0;pwned\x07\u{202e}"]));
    assert!(
        err.starts_with(
            "pinscan: error: --diff x\\x1b]0;pwned\\x07\\u{202e}: git could not resolve"
        ),
        "{err}"
    );
    // A shallow clone: the history it lacks is the likely cause.
    git(t.path(), &["commit", "-q", "--allow-empty", "-m", "second"]);
    let clone = Tree::new();
    let url = format!("file://{}", t.path().display());
    git(
        clone.path(),
        &["clone", "-q", "--depth", "1", &url, "shallow"],
    );
    let out = pinscan()
        .args(["scan", ".", "--diff", "HEAD~1"])
        .current_dir(clone.join("shallow"))
        .output()
        .unwrap();
    let err = one_error_line(&out);
    assert!(
        err.contains("--diff HEAD~1: git could not resolve this revision to a commit: unknown revision, and this is a shallow clone")
            && err.contains("fetch-depth: 0"),
        "{err}"
    );
}

#[test]
fn diff_outside_a_repository_says_so() {
    let outside = Tree::new();
    outside.pin("a.conf");
    let err = one_error_line(&outside.scan_json(&["--diff", "main"]));
    assert!(
        err.starts_with("pinscan: error: --diff main: git could not resolve this revision: the current directory (")
            && err.contains(") is not inside a git repository (git: not a git repository"),
        "{err}"
    );
}

#[test]
fn hook_and_action_files_are_well_formed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let hooks = std::fs::read_to_string(root.join(".pre-commit-hooks.yaml")).unwrap();
    assert!(
        hooks.contains("- id: pinscan\n")
            && hooks.contains("language: rust")
            && hooks.contains("entry: pinscan scan")
    );
    let action = std::fs::read_to_string(root.join("action.yml")).unwrap();
    assert!(
        action.contains("using: composite") && action.contains("github/codeql-action/upload-sarif")
    );
    // Every `run:` step of a composite action needs a shell.
    assert_eq!(
        action.matches("      run: |").count(),
        action.matches("      shell: bash").count()
    );
}
