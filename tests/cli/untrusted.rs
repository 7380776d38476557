//! Scanning trees pinscan cannot trust (issue 18): git run by `--diff` executes nothing the
//! repository names (one test per vector, each proving first that plain git would run the
//! attacker's program), files named by configuration or flags are regular, bounded and do
//! not leave the tree through a symbolic link, and `--untrusted` ignores the tree's own
//! configuration and `pinscan: ignore` comments.

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::PathBuf;
use std::process::Output;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::{PIN_LINE, Tree, code, finding_lines, json, stderr, stdout};

/// A git repository with one commit of `x.conf`, then a pin added on its line 2 (the
/// changed line `--diff HEAD` reports), and a folder outside it for the attacker's
/// program and the marker file it would create.
struct Repo {
    tree: Tree,
    outside: TempDir,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            tree: Tree::new(),
            outside: TempDir::new().unwrap(),
        };
        repo.git(&["init", "-q"]);
        repo.tree.write("x.conf", "a = 1\n");
        repo.git(&["add", "x.conf"]);
        repo.git(&["commit", "-q", "-m", "init"]);
        repo.tree.write("x.conf", format!("a = 1\n{PIN_LINE}"));
        let script = repo.outside.path().join("evil.sh");
        fs::write(
            &script,
            format!("#!/bin/sh\ntouch '{}'\ncat\n", repo.marker().display()),
        )
        .unwrap();
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
        repo
    }

    /// The attacker's program: creates the marker, copies standard input to output.
    fn evil(&self) -> String {
        self.outside.path().join("evil.sh").display().to_string()
    }

    fn marker(&self) -> PathBuf {
        self.outside.path().join("MARKER")
    }

    /// Plain git, as a user would run it, in the repository.
    fn git(&self, args: &[&str]) -> Output {
        let out = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .current_dir(self.tree.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
        out
    }

    fn config(&self, key: &str, value: &str) {
        self.git(&["config", key, value]);
    }

    /// Plain git `args` runs the attacker's program (the test is armed); then the marker
    /// is removed.
    fn armed(&self, args: &[&str]) {
        let _ = std::process::Command::new("git")
            .args(args)
            .current_dir(self.tree.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            self.marker().exists(),
            "plain git {args:?} did not run the program"
        );
        fs::remove_file(self.marker()).unwrap();
    }

    /// `pinscan scan --diff HEAD`: the pin on the changed line is reported, and the
    /// attacker's program never ran.
    fn scan_runs_nothing(&self) {
        let out = self.tree.scan_json(&["--diff", "HEAD"]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        let doc = json(&out);
        let found = finding_lines(&doc);
        assert_eq!(found, [("x.conf".to_owned(), 2)], "{}", stdout(&out));
        assert!(!self.marker().exists(), "pinscan let git run the program");
    }
}

#[test]
fn diff_does_not_run_textconv_drivers() {
    let r = Repo::new();
    r.config("diff.evil.textconv", &r.evil());
    r.tree.write(".gitattributes", "*.conf diff=evil\n");
    r.armed(&["diff", "HEAD"]);
    r.scan_runs_nothing();
}

#[test]
fn diff_does_not_run_fsmonitor() {
    let r = Repo::new();
    r.config("core.fsmonitor", &r.evil());
    r.armed(&["diff", "HEAD"]);
    r.scan_runs_nothing();
}

#[test]
fn diff_does_not_run_external_diff_programs() {
    let r = Repo::new();
    r.config("diff.external", &r.evil());
    r.armed(&["diff", "HEAD"]);
    r.scan_runs_nothing();
    let r = Repo::new();
    r.config("diff.evil.command", &r.evil());
    r.tree.write(".gitattributes", "*.conf diff=evil\n");
    r.armed(&["diff", "HEAD"]);
    r.scan_runs_nothing();
}

#[test]
fn diff_does_not_run_hooks() {
    let r = Repo::new();
    let hooks = [
        "post-index-change",
        "reference-transaction",
        "post-checkout",
    ];
    for hook in hooks {
        let p = r.tree.join(&format!(".git/hooks/{hook}"));
        fs::write(&p, format!("#!/bin/sh\ntouch '{}'\n", r.marker().display())).unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
    }
    r.armed(&["update-ref", "refs/heads/other", "HEAD"]);
    r.scan_runs_nothing();
    // The same hooks in a folder of the tree named by core.hooksPath.
    fs::rename(r.tree.join(".git/hooks"), r.tree.join("myhooks")).unwrap();
    r.config("core.hooksPath", "myhooks");
    r.armed(&["update-ref", "refs/heads/another", "HEAD"]);
    r.tree.write(".gitignore", "myhooks/\n");
    r.scan_runs_nothing();
}

#[test]
fn diff_does_not_run_filters_named_in_gitattributes() {
    for variable in ["clean", "process"] {
        let r = Repo::new();
        r.config(&format!("filter.evil.{variable}"), &r.evil());
        r.config("filter.evil.required", "true");
        r.tree.write(".gitattributes", "*.conf filter=evil\n");
        r.armed(&["diff", "HEAD"]);
        r.scan_runs_nothing();
    }
}

#[test]
fn diff_does_not_run_filters_named_in_info_attributes() {
    // `.git/info/attributes` is read whatever the attribute source: every driver the
    // configuration defines is neutralised, also one whose name holds `=`.
    for name in ["evil", "a=b"] {
        let r = Repo::new();
        r.config(&format!("filter.{name}.clean"), &r.evil());
        r.config(&format!("diff.{name}.textconv"), &r.evil());
        fs::create_dir_all(r.tree.join(".git/info")).unwrap();
        fs::write(
            r.tree.join(".git/info/attributes"),
            format!("*.conf filter={name} diff={name}\n"),
        )
        .unwrap();
        r.armed(&["diff", "HEAD"]);
        r.scan_runs_nothing();
    }
}

#[test]
fn diff_in_a_repository_of_another_user_says_why() {
    let r = Repo::new();
    let out = r
        .tree
        .cmd()
        .args(["scan", ".", "--diff", "HEAD"])
        .env("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("belongs to another user"), "{err}");
    assert!(err.contains("dubious ownership"), "{err}");
}

#[test]
fn diff_in_a_repository_whose_configuration_includes_a_fifo_gives_up_clearly() {
    let r = Repo::new();
    let fifo = r.outside.path().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Written by hand: git itself would hang reading the FIFO.
    let config = r.tree.join(".git/config");
    let mut text = fs::read_to_string(&config).unwrap();
    text = text + "[include]\n\tpath = " + &fifo.display().to_string() + "\n";
    fs::write(&config, text).unwrap();
    let started = Instant::now();
    let out = r.tree.scan_json(&["--diff", "HEAD"]);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("--diff HEAD")
            && err.contains("could not read the repository's configuration"),
        "{err}"
    );
}

/// How long a run may take when nothing should block (the helper's timeout is 45 s).
const FAST: Duration = Duration::from_secs(20);

/// Run, and check that it finished well before the helper's timeout.
fn timed(cmd: &mut assert_cmd::Command) -> Output {
    let started = Instant::now();
    let out = cmd.output().unwrap();
    assert!(started.elapsed() < FAST, "took {:?}", started.elapsed());
    out
}

/// Neither output holds `secret`.
fn no_leak(out: &Output, secret: &str) {
    assert!(!stdout(out).contains(secret), "{}", stdout(out));
    assert!(!stderr(out).contains(secret), "{}", stderr(out));
}

/// A folder outside the tree with `secret.toml` holding a secret line.
fn secret_outside() -> TempDir {
    let outside = TempDir::new().unwrap();
    fs::write(outside.path().join("secret.toml"), "token = \"hunter2\"\n").unwrap();
    outside
}

#[test]
fn a_configuration_linked_out_of_the_tree_is_refused_without_leaking_it() {
    let outside = secret_outside();
    let t = Tree::new();
    t.pin("a.conf").symlink(
        &outside.path().join("secret.toml").display().to_string(),
        ".pinscan.toml",
    );
    let out = timed(t.cmd().args(["scan", "."]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(".pinscan.toml") && err.contains("leaves the scanned tree"),
        "{err}"
    );
    no_leak(&out, "hunter2");

    let t = Tree::new();
    t.pin("a.conf")
        .symlink("/proc/self/environ", ".pinscan.toml");
    let out = timed(
        t.cmd()
            .args(["scan", "."])
            .env("PINSCAN_TEST_SECRET", "hunter3"),
    );
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("leaves the scanned tree"),
        "{}",
        stderr(&out)
    );
    no_leak(&out, "hunter3");
    // `--config` is the user's own choice: it may point anywhere, to a regular file.
    let named = outside.path().join("named.toml");
    fs::write(&named, "fail-on = \"none\"\n").unwrap();
    let out = timed(t.cmd().args(["scan", "a.conf", "--config"]).arg(&named));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn ca_bundles_of_a_configuration_in_the_tree_stay_in_the_tree() {
    let outside = secret_outside();
    let secret = outside.path().join("secret.toml").display().to_string();
    for bundle in ["/dev/zero", secret.as_str(), "link.pem"] {
        let t = Tree::new();
        t.pin("a.conf")
            .symlink(&secret, "link.pem")
            .write(".pinscan.toml", format!("ca-bundles = [{bundle:?}]\n"));
        let out = timed(t.cmd().args(["scan", "."]));
        assert_eq!(code(&out), 2, "{bundle}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("ca-bundles") && err.contains("leaves the scanned tree"),
            "{err}"
        );
        no_leak(&out, "hunter2");
    }
}

#[test]
fn a_baseline_that_is_not_a_regular_file_is_refused_without_hanging() {
    let t = Tree::new();
    t.pin("a.conf")
        .symlink("/dev/zero", "zero.json")
        .fifo("fifo.json")
        .symlink("/proc/self/environ", "environ.json");
    for (baseline, why) in [
        ("zero.json", "not a regular file"),
        ("fifo.json", "not a regular file"),
        ("environ.json", "not a pinscan baseline"),
    ] {
        let out = timed(
            t.cmd()
                .args(["scan", "a.conf", "--baseline", baseline])
                .env("PINSCAN_TEST_SECRET", "hunter3"),
        );
        assert_eq!(code(&out), 2, "{baseline}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(baseline) && err.contains(why), "{err}");
        no_leak(&out, "hunter3");
    }
}

#[test]
fn trust_files_that_are_special_or_leave_the_tree_are_not_read() {
    let outside = secret_outside();
    let secret = outside.path().join("secret.toml").display().to_string();
    let code_line = "import psycopg2\n\nconn = psycopg2.connect(\n    host=\"contoso.postgres.database.azure.com\",\n    sslmode=\"verify-full\",\n    sslrootcert=\"ca.pem\",\n)\n";
    for (target, refused) in [("/dev/zero", false), (secret.as_str(), true), ("", false)] {
        let t = Tree::new();
        t.write("app.py", code_line);
        if target.is_empty() {
            t.fifo("ca.pem");
        } else {
            t.symlink(target, "ca.pem");
        }
        let out = timed(t.cmd().args(["scan", ".", "--follow", "--format", "json"]));
        no_leak(&out, "hunter2");
        let doc = json(&out);
        let errors: Vec<String> = doc["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| format!("{}: {}", e["path"], e["message"]))
            .collect();
        if refused {
            assert_eq!(code(&out), 2, "{}", stderr(&out));
            assert!(
                errors
                    .iter()
                    .any(|e| e.contains("ca.pem") && e.contains("leaves the scanned tree")),
                "{errors:?}"
            );
        } else {
            assert!(errors.is_empty(), "{target}: {errors:?}");
        }
    }
}

#[test]
fn untrusted_ignores_the_trees_configuration_and_inline_suppressions() {
    let t = Tree::new();
    t.write(".pinscan.toml", "fail-on = \"none\"\nexclude = [\"**\"]\n")
        .write("a.conf", format!("# pinscan: ignore\n{PIN_LINE}"))
        .write("b.conf", format!("# pinscan: ignore\n{PIN_LINE}"));
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(json(&out)["findings"].as_array().unwrap().is_empty());
    // Without the configuration, the comments still silence the pins.
    let out = t.scan_json(&["--no-config"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(json(&out)["findings"].as_array().unwrap().is_empty());

    let out = t.scan_json(&["--untrusted"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        crate::finding_paths(&json(&out)),
        crate::strings(&["a.conf", "b.conf"])
    );
    // An explicit `--config` is the user's own, and applies.
    let own = t.join("own.toml");
    fs::write(&own, "fail-on = \"error\"\n").unwrap();
    let out = t.scan_json(&["--untrusted", "--config", own.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json(&out)["findings"].as_array().unwrap().len(), 2);
}
