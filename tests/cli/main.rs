//! CLI tests: run the `pinscan` binary on temporary trees and check its output and exit
//! codes. Topic modules: `flags` (every flag of `pinscan scan`), `explicit` (paths named on
//! the command line), `badinput` (one test per class of awkward file), `acceptance` (the
//! issue's acceptance checks and the corpus through the binary), `text` (the text report),
//! `output` (closed pipes, escaping of what scanned files hold).

#![allow(clippy::unwrap_used)]

mod acceptance;
mod badinput;
mod catalog;
mod config;
mod explicit;
mod flags;
mod hostile;
mod integrate;
mod merge;
mod output;
mod sarif;
mod sweep;
mod text;
mod threeways;
mod trustfiles;
mod untrusted;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The line that gives exactly one `warning` finding of rule PIN101.
pub(crate) const PIN_LINE: &str = "pin = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\n";

/// Path of the binary under test.
pub(crate) fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_pinscan"))
}

/// A `pinscan` command with a timeout (nothing may hang) and no `NO_COLOR` from the
/// environment.
pub(crate) fn pinscan() -> Command {
    let mut cmd = Command::new(bin());
    cmd.timeout(Duration::from_secs(45)).env_remove("NO_COLOR");
    cmd
}

/// A temporary directory tree to scan.
pub(crate) struct Tree {
    dir: TempDir,
}

impl Tree {
    pub(crate) fn new() -> Tree {
        Tree {
            dir: TempDir::new().unwrap(),
        }
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Write `rel` (creating parent directories).
    pub(crate) fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> &Tree {
        let p = self.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, contents).unwrap();
        self
    }

    /// Write `rel` holding one PIN101 pin.
    pub(crate) fn pin(&self, rel: &str) -> &Tree {
        self.write(rel, PIN_LINE)
    }

    /// Create the symbolic link `rel` pointing to `target` (taken as is).
    pub(crate) fn symlink(&self, target: &str, rel: &str) -> &Tree {
        let p = self.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, p).unwrap();
        self
    }

    /// Create a FIFO at `rel` with the `mkfifo` command.
    pub(crate) fn fifo(&self, rel: &str) -> &Tree {
        let status = std::process::Command::new("mkfifo")
            .arg(self.join(rel))
            .status()
            .unwrap();
        assert!(status.success(), "mkfifo failed");
        self
    }

    /// `pinscan` run from the root of the tree (so reported paths are relative).
    pub(crate) fn cmd(&self) -> Command {
        let mut cmd = pinscan();
        cmd.current_dir(self.path());
        cmd
    }

    /// `pinscan scan . --format json <args>` from the root of the tree.
    pub(crate) fn scan_json(&self, args: &[&str]) -> Output {
        self.cmd()
            .args(["scan", ".", "--format", "json"])
            .args(args)
            .output()
            .unwrap()
    }
}

/// The JSON document on standard output.
pub(crate) fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// The exit code (panics when killed by a signal).
pub(crate) fn code(out: &Output) -> i32 {
    out.status.code().unwrap()
}

pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Sorted paths of the findings.
pub(crate) fn finding_paths(doc: &Value) -> Vec<String> {
    let mut v: Vec<String> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_owned())
        .collect();
    v.sort();
    v
}

/// Sorted `(path, line)` of the findings.
pub(crate) fn finding_lines(doc: &Value) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Sorted `(path, reason)` pairs of the `skipped` array.
pub(crate) fn skipped(doc: &Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = doc["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_owned(),
                s["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Sorted paths of the `errors` array.
pub(crate) fn error_paths(doc: &Value) -> Vec<String> {
    let mut v: Vec<String> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap().to_owned())
        .collect();
    v.sort();
    v
}

pub(crate) fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

pub(crate) fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

/// Runs the binary as an unprivileged user (uid/gid 65534) so that mode-000 files are
/// really unreadable even though the tests run as root.
pub(crate) struct Unprivileged {
    bin: &'static Path,
}

impl Unprivileged {
    /// `None` (after saying why) when `setpriv` is missing or cannot run the binary as
    /// user 65534.
    #[allow(clippy::print_stderr)]
    pub(crate) fn get() -> Option<Unprivileged> {
        let probe = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin())
            .arg("--version")
            .timeout(Duration::from_secs(20))
            .output();
        match probe {
            Ok(out) if out.status.success() => Some(Unprivileged { bin: bin() }),
            Ok(out) => {
                eprintln!(
                    "skipping: setpriv cannot run pinscan as uid 65534: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("skipping: setpriv is not available: {e}");
                None
            }
        }
    }

    /// `setpriv ... pinscan <args>` run from `dir`.
    pub(crate) fn run(&self, dir: &Path, args: &[&str]) -> Output {
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(self.bin)
            .args(args)
            .current_dir(dir)
            .env_remove("NO_COLOR")
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap()
    }
}

/// Make `tree` readable by everyone (directories 0755, files 0644), then make each of
/// `locked` mode 000.
pub(crate) fn open_up(tree: &Tree, locked: &[&str]) {
    use std::os::unix::fs::PermissionsExt as _;
    fn walk(p: &Path) {
        let md = fs::symlink_metadata(p).unwrap();
        if md.is_dir() {
            fs::set_permissions(p, fs::Permissions::from_mode(0o755)).unwrap();
            for e in fs::read_dir(p).unwrap() {
                walk(&e.unwrap().path());
            }
        } else if md.is_file() {
            fs::set_permissions(p, fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    walk(tree.path());
    for rel in locked {
        fs::set_permissions(tree.join(rel), fs::Permissions::from_mode(0o000)).unwrap();
    }
}
