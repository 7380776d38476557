//! The ecosystem check's scorer (`eval/ecosystem.py`) on its tiny labelled fixture: recall,
//! precision, CA accuracy and `--diff` logic. The check itself needs the repositories'
//! snapshots and runs on a developer's machine, not in CI (eval/README.md).

use std::path::PathBuf;
use std::process::Command;

#[test]
fn ecosystem_scorer_self_test() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let out = Command::new(&python)
        .arg(root.join("eval/ecosystem.py"))
        .arg("self-test")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    assert!(
        out.status.success(),
        "eval/ecosystem.py self-test failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
