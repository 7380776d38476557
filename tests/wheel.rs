//! The Python wheel and the pre-commit hooks.
//!
//! The end-to-end test builds the wheel with `scripts/wheel.sh` (a maturin release build:
//! minutes) and runs `scripts/hook-check.sh` on it (fresh venv, `pinscan --version`, the
//! mirror's `language: python` hook installed by pre-commit from the local wheel). It runs
//! only with `PINSCAN_WHEEL_TEST=1`; otherwise it prints that it skipped and passes, since
//! `cargo test` in CI is a debug build and a release wheel is too slow for it:
//!
//!     PINSCAN_WHEEL_TEST=1 cargo test --test wheel -- --nocapture
//!
//! The other tests read the packaging files only and always run.

use std::path::Path;
use std::process::{Command, Stdio};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
}

fn toml_file(rel: &str) -> toml::Table {
    toml::from_str(&read(rel)).unwrap_or_else(|e| panic!("parse {rel}: {e}"))
}

#[test]
fn wheel_installs_and_its_pre_commit_hook_blocks_a_pin() {
    if std::env::var_os("PINSCAN_WHEEL_TEST").is_none_or(|v| v != "1") {
        eprintln!(
            "skipped: set PINSCAN_WHEEL_TEST=1 to build the wheel (scripts/wheel.sh) and \
             check it and its pre-commit hook (scripts/hook-check.sh)"
        );
        return;
    }
    let built = Command::new("bash")
        .arg(root().join("scripts/wheel.sh"))
        .current_dir(root())
        .stderr(Stdio::inherit())
        .output()
        .expect("run scripts/wheel.sh");
    let stdout = String::from_utf8_lossy(&built.stdout);
    eprintln!("{stdout}");
    assert!(built.status.success(), "scripts/wheel.sh failed");
    let wheel = stdout
        .lines()
        .find_map(|l| l.strip_prefix("wheel: "))
        .expect("scripts/wheel.sh prints `wheel: PATH`");
    let checked = Command::new("bash")
        .arg(root().join("scripts/hook-check.sh"))
        .arg(wheel)
        .current_dir(root())
        .status()
        .expect("run scripts/hook-check.sh");
    assert!(checked.success(), "scripts/hook-check.sh failed");
}

#[test]
fn pyproject_builds_a_bin_wheel_versioned_by_cargo() {
    let doc = toml_file("pyproject.toml");
    assert_eq!(
        doc["build-system"]["build-backend"].as_str(),
        Some("maturin")
    );
    let project = doc["project"].as_table().unwrap();
    assert_eq!(project["name"].as_str(), Some("pinscan"));
    assert!(
        !project.contains_key("version"),
        "the version comes from Cargo.toml"
    );
    assert!(
        project["dynamic"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v.as_str() == Some("version"))
    );
    assert_eq!(doc["tool"]["maturin"]["bindings"].as_str(), Some("bin"));
}

#[test]
fn pre_commit_mirror_pins_this_version() {
    let doc = toml_file("pre-commit-mirror/pyproject.toml");
    let project = doc["project"].as_table().unwrap();
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(project["version"].as_str(), Some(version));
    let deps: Vec<&str> = project["dependencies"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(toml::Value::as_str)
        .collect();
    assert_eq!(deps, [format!("pinscan=={version}")]);
}

#[test]
fn every_hook_sets_force_exclude_and_a_minimum_pre_commit_version() {
    for (file, ids) in [
        (
            ".pre-commit-hooks.yaml",
            &["pinscan", "pinscan-src", "pinscan-system"][..],
        ),
        ("pre-commit-mirror/.pre-commit-hooks.yaml", &["pinscan"][..]),
    ] {
        let text = read(file);
        let found: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("- id: "))
            .collect();
        assert_eq!(found, ids, "{file}");
        let count = |key: &str| {
            text.lines()
                .filter(|l| l.trim_start().starts_with(key))
                .count()
        };
        assert_eq!(count("minimum_pre_commit_version: "), ids.len(), "{file}");
        assert_eq!(
            count("entry: pinscan scan --color never --force-exclude"),
            ids.len(),
            "{file}"
        );
    }
}
