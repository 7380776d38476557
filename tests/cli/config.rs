//! Configuration discovery (issue 16): the nearest `.pinscan.toml` or `pyproject.toml`
//! `[tool.pinscan]` above the scanned paths, up to the repository root, whoever names the
//! paths; `--config` and `--no-config`; `exclude` for named files; errors that name the
//! flag or key and never echo the file raw.

use crate::{Tree, code, finding_paths, json, skipped, stderr, strings};

/// Severity of each finding, by path.
fn severities(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// A repository whose root configuration makes PIN101 a note and excludes `vendor/`.
fn repo() -> Tree {
    let t = Tree::new();
    std::fs::create_dir_all(t.join(".git")).unwrap();
    t.write(
        ".pinscan.toml",
        "exclude = [\"vendor/**\"]\n[rules]\nseverity = { PIN101 = \"note\" }\n",
    )
    .pin("src/app/client.conf")
    .pin("vendor/lib/x.conf");
    t
}

#[test]
fn the_root_configuration_applies_to_a_file_named_in_a_subfolder() {
    let t = repo();
    let out = t
        .cmd()
        .args(["scan", "--format", "json", "src/app/client.conf"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        severities(&json(&out)),
        [("src/app/client.conf".to_owned(), "note".to_owned())]
    );
    // Run from inside the subfolder: the walk up goes past the current directory to the
    // repository root.
    let out = crate::pinscan()
        .current_dir(t.join("src"))
        .args(["scan", "--format", "json", "app/client.conf"])
        .output()
        .unwrap();
    assert_eq!(severities(&json(&out))[0].1, "note", "{}", stderr(&out));
    // Without the configuration the pin is a warning.
    let out = t
        .cmd()
        .args([
            "scan",
            "--format",
            "json",
            "--no-config",
            "src/app/client.conf",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(severities(&json(&out))[0].1, "warning");
}

#[test]
fn discovery_stops_at_the_repository_root() {
    let t = Tree::new();
    t.write(
        ".pinscan.toml",
        "[rules]\nseverity = { PIN101 = \"note\" }\n",
    )
    .pin("inner/src/a.conf");
    std::fs::create_dir_all(t.join("inner/.git")).unwrap();
    let out = crate::pinscan()
        .current_dir(t.join("inner"))
        .args(["scan", "--format", "json", "src/a.conf"])
        .output()
        .unwrap();
    assert_eq!(severities(&json(&out))[0].1, "warning", "{}", stderr(&out));
}

#[test]
fn pyproject_tool_pinscan_is_read_and_pinscan_toml_wins() {
    let t = Tree::new();
    std::fs::create_dir_all(t.join(".git")).unwrap();
    t.write(
        "pyproject.toml",
        "[project]\nname = \"x\"\n\n[tool.pinscan]\nexclude = [\"gen/**\"]\n\n[tool.pinscan.rules]\nseverity = { PIN101 = \"note\" }\n",
    )
    .pin("src/a.conf")
    .pin("gen/b.conf");
    let doc = json(&t.scan_json(&[]));
    assert_eq!(
        severities(&doc),
        [("src/a.conf".to_owned(), "note".to_owned())]
    );
    // A pyproject.toml without the table is no configuration.
    t.write("sub/pyproject.toml", "[project]\nname = \"y\"\n")
        .pin("sub/c.conf");
    let out = t
        .cmd()
        .args(["scan", "--format", "json", "sub/c.conf"])
        .output()
        .unwrap();
    assert_eq!(severities(&json(&out))[0].1, "note");
    // .pinscan.toml beside it wins.
    t.write(".pinscan.toml", "fail-on = \"error\"\n");
    let doc = json(&t.scan_json(&[]));
    assert_eq!(
        finding_paths(&doc),
        strings(&["gen/b.conf", "src/a.conf", "sub/c.conf"])
    );
    assert_eq!(severities(&doc)[1].1, "warning");
}

#[test]
fn exclude_applies_to_named_files_unless_no_force_exclude() {
    let t = repo();
    for extra in [&[][..], &["--force-exclude"]] {
        let out = t
            .cmd()
            .args([
                "scan",
                "--format",
                "json",
                "vendor/lib/x.conf",
                "./vendor/lib",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let doc = json(&out);
        assert!(finding_paths(&doc).is_empty());
        assert_eq!(
            skipped(&doc),
            [
                ("vendor/lib".to_owned(), "excluded".to_owned()),
                ("vendor/lib/x.conf".to_owned(), "excluded".to_owned())
            ]
        );
    }
    let out = t
        .cmd()
        .args([
            "scan",
            "--format",
            "json",
            "--no-force-exclude",
            "vendor/lib/x.conf",
        ])
        .output()
        .unwrap();
    assert_eq!(finding_paths(&json(&out)), strings(&["vendor/lib/x.conf"]));
    // The flag's globs apply to named files the same way.
    let out = t
        .cmd()
        .args([
            "scan",
            "--format",
            "json",
            "--no-config",
            "--exclude",
            "src/",
            "src/app/client.conf",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    assert!(finding_paths(&json(&out)).is_empty());
}

#[test]
fn a_nested_configuration_is_reported_as_not_applied_and_never_scanned() {
    let t = repo();
    t.write(
        "svc/.pinscan.toml",
        "[[allow]]\nvalue = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\nreason = \"x\"\n",
    );
    let doc = json(&t.scan_json(&[]));
    assert_eq!(finding_paths(&doc), strings(&["src/app/client.conf"]));
    assert_eq!(
        skipped(&doc),
        [(
            "svc/.pinscan.toml".to_owned(),
            "configuration-not-applied".to_owned()
        )]
    );
}

#[test]
fn config_errors_name_the_flag_or_key_and_do_not_echo_the_file() {
    let t = Tree::new();
    t.pin("a.conf")
        .write("bad.toml", "token = \"hunter2-secret\"\n")
        .write("esc.toml", "\"\u{1b}]0;pwned\u{7}\" = 1\n")
        .write("bundle.toml", "ca-bundles = [\"missing.pem\"]\n")
        .write("glob.toml", "exclude = [\"{a\"]\n");
    let run = |args: &[&str]| {
        let out = t
            .cmd()
            .arg("scan")
            .args(args)
            .arg("a.conf")
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty());
        stderr(&out)
    };
    let err = run(&["--config", "bad.toml"]);
    assert!(
        err.contains("--config bad.toml") && err.contains("token"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
    let err = run(&["--config", "esc.toml"]);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    let err = run(&["--config", "bundle.toml"]);
    assert!(
        err.contains("ca-bundles") && err.contains("missing.pem"),
        "{err}"
    );
    let err = run(&["--config", "glob.toml"]);
    assert!(err.contains("exclude") && err.contains("{a"), "{err}");
    assert!(!err.contains("!{a"), "{err}");
    let err = run(&["--exclude", "{a"]);
    assert!(err.contains("--exclude \"{a\""), "{err}");
    assert!(!err.contains("!{a"), "{err}");
}

#[test]
fn config_files_that_are_not_regular_files_are_refused_without_hanging() {
    let t = Tree::new();
    t.pin("a.conf").fifo("fifo.toml");
    for (config, why) in [
        ("fifo.toml", "not a regular file"),
        ("/dev/zero", "not a regular file"),
    ] {
        let out = t
            .cmd()
            .args(["scan", "--config", config, "a.conf"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 2);
        assert!(stderr(&out).contains(why), "{}", stderr(&out));
    }
    // CA bundles named by a configuration: a device, a FIFO (refused before it is opened).
    t.write("zero.toml", "ca-bundles = [\"/dev/zero\"]\n")
        .fifo("fifo.pem")
        .write("fifo-bundle.toml", "ca-bundles = [\"fifo.pem\"]\n");
    for config in ["zero.toml", "fifo-bundle.toml"] {
        let out = t
            .cmd()
            .args(["scan", "--config", config, "a.conf"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 2);
        assert!(
            stderr(&out).contains("not a regular file"),
            "{}",
            stderr(&out)
        );
    }
}
