//! Every flag of `pinscan scan`, plus `--version`, `--help` and usage errors.

use crate::{
    PIN_LINE, Tree, Unprivileged, code, finding_paths, json, open_up, pairs, pinscan, skipped,
    stderr, stdout, strings,
};

/// A tree with one pin in `a.conf` and a clean Rust file.
fn one_pin() -> Tree {
    let t = Tree::new();
    t.pin("a.conf").write("src/main.rs", "fn main() {}\n");
    t
}

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        pinscan().arg(flag).assert().code(0).stdout(format!(
            "pinscan {} (catalog {}, {} CAs)\n",
            env!("CARGO_PKG_VERSION"),
            pinscan::cert::Catalog::builtin().version(),
            pinscan::cert::Catalog::builtin().cas().len()
        ));
    }
}

#[test]
fn help_lists_the_scan_command_and_every_flag() {
    let out = pinscan().arg("--help").output().unwrap();
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("scan"), "{}", stdout(&out));

    let out = pinscan().args(["scan", "--help"]).output().unwrap();
    assert_eq!(code(&out), 0);
    let help = stdout(&out);
    for flag in [
        "--format",
        "--output",
        "--color",
        "--fail-on",
        "--hidden",
        "--no-hidden",
        "--no-config",
        "--force-exclude",
        "--no-force-exclude",
        "--no-ignore",
        "--glob",
        "--exclude",
        "--max-filesize",
        "--threads",
        "--follow",
        "--stats",
        "--quiet",
    ] {
        assert!(help.contains(flag), "`scan --help` lacks {flag}:\n{help}");
    }
    pinscan().args(["help", "scan"]).assert().code(0);
}

#[test]
fn usage_errors_exit_2() {
    let t = one_pin();
    for args in [
        &["scan", ".", "--bogus"][..],
        &["--bogus"],
        &[],
        &["frobnicate"],
        &["scan", ".", "--format", "xml"],
        &["scan", ".", "--color", "sometimes"],
        &["scan", ".", "--fail-on", "critical"],
        &["scan", ".", "-j", "many"],
    ] {
        let out = t.cmd().args(args).output().unwrap();
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        assert!(!out.stderr.is_empty(), "{args:?}: nothing on stderr");
    }
    let out = t.cmd().args(["scan", ".", "--bogus"]).output().unwrap();
    assert!(stderr(&out).contains("--bogus"), "{}", stderr(&out));
}

#[test]
fn format_json_has_the_documented_layout() {
    let out = one_pin().scan_json(&[]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["tool"]["name"], "pinscan");
    assert_eq!(doc["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert!(doc["errors"].as_array().unwrap().is_empty());
    assert!(doc["skipped"].as_array().unwrap().is_empty());
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!(f["rule_id"], "PIN101");
    assert_eq!(f["rule_name"], "spki-sha256-pin");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["path"], "a.conf");
    assert_eq!(f["start"]["line"], 1);
    assert_eq!(f["start"]["column"], 8);
    let stats = &doc["stats"];
    assert_eq!(stats["files_scanned"], 2);
    assert_eq!(stats["errors"], 0);
    assert_eq!(stats["findings"]["warning"], 1);
    assert!(stats.get("timings").is_none(), "timings without --stats");
}

#[test]
fn format_text_is_the_default() {
    let t = one_pin();
    let default = t.cmd().args(["scan", "."]).output().unwrap();
    let text = t
        .cmd()
        .args(["scan", ".", "--format", "text"])
        .output()
        .unwrap();
    assert_eq!(code(&default), 1);
    assert_eq!(default.stdout, text.stdout);
    assert!(stdout(&text).starts_with("a.conf:1:8: warning[PIN101]"));
    assert!(serde_json::from_slice::<serde_json::Value>(&text.stdout).is_err());
}

#[test]
fn output_writes_the_report_to_a_file() {
    let t = one_pin();
    let dest = tempfile::TempDir::new().unwrap();
    let report = dest.path().join("report.json");
    let out = t
        .cmd()
        .args(["scan", ".", "--format", "json", "--output"])
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(&out));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(finding_paths(&doc), strings(&["a.conf"]));

    // -o, text: the same bytes as standard output would get.
    let report = dest.path().join("report.txt");
    let out = t
        .cmd()
        .args(["scan", ".", "-o"])
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(out.stdout.is_empty());
    let piped = t.cmd().args(["scan", "."]).output().unwrap();
    assert_eq!(std::fs::read(&report).unwrap(), piped.stdout);
}

#[test]
fn output_to_an_impossible_path_is_a_fatal_error() {
    let t = one_pin();
    let out = t
        .cmd()
        .args(["scan", ".", "--output", "no/such/dir/report.txt"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no/such/dir/report.txt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn color_always_never_and_auto_when_piped() {
    let t = one_pin();
    let run = |args: &[&str]| {
        let out = t.cmd().args(["scan", "."]).args(args).output().unwrap();
        assert_eq!(code(&out), 1);
        stdout(&out)
    };
    let always = run(&["--color", "always"]);
    assert!(always.contains("\x1b["), "no ANSI escapes:\n{always}");
    let never = run(&["--color", "never"]);
    assert!(!never.contains('\x1b'), "{never:?}");
    let auto = run(&[]);
    assert!(!auto.contains('\x1b'), "colour on a pipe: {auto:?}");
    assert_eq!(auto, run(&["--color", "auto"]));
    assert_eq!(auto, never);
    // Stripping the escapes from the coloured report gives the plain one.
    let stripped = strip_ansi(&always);
    assert_eq!(stripped, never);
}

/// Remove `ESC [ ... m` sequences.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn fail_on_thresholds_against_a_warning() {
    let t = one_pin();
    for (level, want) in [
        (None, 1),
        (Some("error"), 0),
        (Some("warning"), 1),
        (Some("note"), 1),
        (Some("none"), 0),
    ] {
        let mut cmd = t.cmd();
        cmd.args(["scan", "."]);
        if let Some(level) = level {
            cmd.args(["--fail-on", level]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(code(&out), want, "--fail-on {level:?}");
        // The report is the same whatever the threshold.
        assert!(stdout(&out).contains("warning[PIN101]"));
    }
}

#[test]
fn clean_tree_exits_0_at_every_threshold() {
    let t = Tree::new();
    t.write("main.rs", "fn main() {}\n");
    for level in ["error", "warning", "note", "none"] {
        t.cmd()
            .args(["scan", ".", "--fail-on", level])
            .assert()
            .code(0);
    }
}

#[test]
fn hidden_files_are_scanned_unless_no_hidden() {
    let t = Tree::new();
    t.pin(".hidden/h.conf")
        .pin(".dot.conf")
        .write("main.rs", "fn main() {}\n");
    for args in [&[][..], &["--hidden"], &["--no-hidden", "--hidden"]] {
        let out = t.scan_json(args);
        assert_eq!(code(&out), 1, "{args:?}");
        assert_eq!(
            finding_paths(&json(&out)),
            strings(&[".dot.conf", ".hidden/h.conf"])
        );
    }
    let out = t.scan_json(&["--no-hidden"]);
    assert_eq!(code(&out), 0);
    assert!(finding_paths(&json(&out)).is_empty());
}

#[test]
fn dotenv_and_ci_config_are_scanned_always_and_vcs_metadata_and_caches_never() {
    let t = Tree::new();
    t.pin(".env")
        .pin(".env.production")
        .pin(".github/workflows/ci.yml")
        .pin(".idea/h.conf")
        .pin(".venv/lib/site.conf")
        .pin(".tox/py311/x.conf")
        .pin(".git/config")
        .pin(".hg/hgrc");
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        finding_paths(&json(&out)),
        strings(&[
            ".env",
            ".env.production",
            ".github/workflows/ci.yml",
            ".idea/h.conf"
        ])
    );
    let out = t.scan_json(&["--no-hidden"]);
    assert_eq!(
        finding_paths(&json(&out)),
        strings(&[".env", ".env.production", ".github/workflows/ci.yml"])
    );
}

#[test]
fn gitignored_files_are_scanned_only_with_no_ignore() {
    // The temporary directory is not a git repository: .gitignore applies anyway.
    let t = Tree::new();
    t.write(".gitignore", "ign.conf\nbuild/\n")
        .write(".ignore", "other.conf\n")
        .pin("ign.conf")
        .pin("build/out.conf")
        .pin("other.conf")
        .write("main.rs", "fn main() {}\n");
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 0);
    assert!(finding_paths(&json(&out)).is_empty());

    let out = t.scan_json(&["--no-ignore"]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        finding_paths(&json(&out)),
        strings(&["build/out.conf", "ign.conf", "other.conf"])
    );
}

fn glob_tree() -> Tree {
    let t = Tree::new();
    t.pin("a.conf")
        .pin("b.txt")
        .pin("sub/c.conf")
        .pin("sub/d.txt");
    t
}

#[test]
fn glob_includes_and_bang_excludes() {
    let t = glob_tree();
    let paths = |args: &[&str]| finding_paths(&json(&t.scan_json(args)));
    assert_eq!(paths(&["-g", "*.conf"]), strings(&["a.conf", "sub/c.conf"]));
    assert_eq!(
        paths(&["--glob", "*.txt"]),
        strings(&["b.txt", "sub/d.txt"])
    );
    assert_eq!(paths(&["-g", "!*.conf"]), strings(&["b.txt", "sub/d.txt"]));
    assert_eq!(
        paths(&["-g", "sub/**"]),
        strings(&["sub/c.conf", "sub/d.txt"])
    );
    assert_eq!(
        paths(&["-g", "*.conf", "-g", "!sub/**"]),
        strings(&["a.conf"])
    );
    assert_eq!(paths(&["-g", "*.none"]), Vec::<String>::new());
}

#[test]
fn invalid_glob_is_a_usage_error() {
    let out = glob_tree().scan_json(&["-g", "["]);
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("--glob"), "{}", stderr(&out));
}

#[test]
fn exclude_removes_files_and_directories() {
    let t = glob_tree();
    let paths = |args: &[&str]| finding_paths(&json(&t.scan_json(args)));
    assert_eq!(paths(&["--exclude", "sub"]), strings(&["a.conf", "b.txt"]));
    assert_eq!(
        paths(&["--exclude", "*.txt"]),
        strings(&["a.conf", "sub/c.conf"])
    );
    assert_eq!(
        paths(&["--exclude", "*.txt", "--exclude", "a.conf"]),
        strings(&["sub/c.conf"])
    );
    // A leading `!` means the same thing.
    assert_eq!(paths(&["--exclude", "!sub"]), strings(&["a.conf", "b.txt"]));
}

#[test]
fn max_filesize_with_suffixes() {
    let t = Tree::new();
    let mut big = PIN_LINE.to_owned();
    big.push_str(&"# padding\n".repeat(300)); // about 3 KB
    let mut exact = PIN_LINE.to_owned();
    exact.push_str(&"#".repeat(2048 - PIN_LINE.len()));
    assert_eq!(exact.len(), 2048);
    t.write("big.conf", &big)
        .write("exact.conf", &exact)
        .pin("small.conf");

    let out = t.scan_json(&["--max-filesize", "2K"]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(
        finding_paths(&doc),
        strings(&["exact.conf", "small.conf"]),
        "a file of exactly the limit is scanned"
    );
    assert_eq!(skipped(&doc), pairs(&[("big.conf", "too-large")]));
    assert_eq!(doc["stats"]["skipped"]["too-large"], 1);

    for size in ["4K", "4k", "4KiB", "1M", "10M", "4096"] {
        let doc = json(&t.scan_json(&["--max-filesize", size]));
        assert_eq!(finding_paths(&doc).len(), 3, "--max-filesize {size}");
        assert!(skipped(&doc).is_empty(), "--max-filesize {size}");
    }
    // The default (10M) scans all three.
    assert_eq!(finding_paths(&json(&t.scan_json(&[]))).len(), 3);
}

#[test]
fn max_filesize_invalid_value_is_a_clear_usage_error() {
    let t = one_pin();
    for bad in ["abc", "1T", "", "-5", "1.5M", "99999999999999G"] {
        let arg = format!("--max-filesize={bad}");
        let out = t.scan_json(&[&arg]);
        assert_eq!(code(&out), 2, "--max-filesize {bad:?}");
        assert!(out.stdout.is_empty(), "--max-filesize {bad:?}");
        let err = stderr(&out);
        assert!(
            err.contains("--max-filesize") || err.contains("max-filesize"),
            "--max-filesize {bad:?}: {err}"
        );
    }
    let err = stderr(&t.scan_json(&["--max-filesize", "abc"]));
    assert!(err.contains("invalid size \"abc\""), "{err}");
    let err = stderr(&t.scan_json(&["--max-filesize", "1T"]));
    assert!(err.contains("unknown unit"), "{err}");
}

#[test]
fn threads_do_not_change_the_output() {
    let t = glob_tree();
    t.write("main.rs", "fn main() {}\n");
    let base = t.scan_json(&["-j", "1"]);
    assert_eq!(code(&base), 1);
    assert_eq!(finding_paths(&json(&base)).len(), 4);
    for args in [
        &["-j", "2"][..],
        &["--threads", "8"],
        &["-j", "0"],
        &["-j4"],
    ] {
        let out = t.scan_json(args);
        assert_eq!(code(&out), 1, "{args:?}");
        assert_eq!(out.stdout, base.stdout, "{args:?}");
    }
}

#[test]
fn follow_scans_a_symlinked_file_only_with_follow() {
    // The target lives outside the scanned directory, so it is reached only via the link.
    let t = Tree::new();
    t.pin("outside/real.conf")
        .symlink("../outside/real.conf", "root/link.conf")
        .write("root/main.rs", "fn main() {}\n");
    let root = t.join("root");
    let run = |args: &[&str]| {
        let out = pinscan()
            .current_dir(&root)
            .args(["scan", ".", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        (code(&out), json(&out))
    };
    let (rc, doc) = run(&[]);
    assert_eq!(rc, 0);
    assert!(finding_paths(&doc).is_empty());
    assert_eq!(skipped(&doc), pairs(&[("link.conf", "symlink")]));

    for flag in ["-L", "--follow"] {
        let (rc, doc) = run(&[flag]);
        assert_eq!(rc, 1, "{flag}");
        assert_eq!(finding_paths(&doc), strings(&["link.conf"]), "{flag}");
        assert!(skipped(&doc).is_empty(), "{flag}");
    }
}

#[test]
fn follow_reaches_a_symlinked_directory() {
    let t = Tree::new();
    t.pin("outside/deep/real.conf")
        .symlink("../outside", "root/linkdir");
    let root = t.join("root");
    let out = pinscan()
        .current_dir(&root)
        .args(["scan", ".", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    assert_eq!(skipped(&json(&out)), pairs(&[("linkdir", "symlink")]));
    let out = pinscan()
        .current_dir(&root)
        .args(["scan", ".", "--format", "json", "-L"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(
        finding_paths(&json(&out)),
        strings(&["linkdir/deep/real.conf"])
    );
}

#[test]
fn stats_adds_timings() {
    let t = one_pin();
    let doc = json(&t.scan_json(&[]));
    assert!(doc["stats"].get("timings").is_none());
    let doc = json(&t.scan_json(&["--stats"]));
    let timings = &doc["stats"]["timings"];
    for key in [
        "elapsed_ms",
        "walk_ms",
        "read_ms",
        "prefilter_ms",
        "regex_ms",
        "parse_ms",
        "query_ms",
        "resolve_ms",
    ] {
        assert!(timings[key].is_number(), "stats.timings.{key}: {timings}");
    }

    let plain = stdout(&t.cmd().args(["scan", "."]).output().unwrap());
    assert!(!plain.lines().any(|l| l.starts_with("time:")), "{plain}");
    let with_out = t.cmd().args(["scan", ".", "--stats"]).output().unwrap();
    assert!(
        stderr(&with_out).contains("pinscan: report written in "),
        "{}",
        stderr(&with_out)
    );
    let with = stdout(&with_out);
    assert!(
        with.lines()
            .any(|l| l.starts_with("time:") && l.contains(" ms wall")),
        "{with}"
    );
}

#[test]
fn stats_list_query_pack_compiles_apart_from_file_times() {
    let t = Tree::new();
    t.write(
        "Client.java",
        "class Client {\n  void f() throws Exception {\n    javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(\"X509\");\n    java.security.KeyStore ks = java.security.KeyStore.getInstance(\"JKS\");\n    ks.setCertificateEntry(\"azure\", cert);\n    tmf.init(ks);\n  }\n}\n",
    );
    let doc = json(&t.scan_json(&["--stats"]));
    let timings = &doc["stats"]["timings"];
    assert!(timings["compile_ms"].as_f64().unwrap() > 0.0, "{timings}");
    let compiled = timings["compiled"].as_object().unwrap();
    assert!(
        !compiled.is_empty() && compiled.keys().all(|k| k.starts_with("java/PIN")),
        "{timings}"
    );
    let text = stdout(&t.cmd().args(["scan", ".", "--stats"]).output().unwrap());
    assert!(
        text.lines()
            .any(|l| l.starts_with("slowest query-pack compiles") && l.contains("java/PIN")),
        "{text}"
    );
}

#[test]
fn quiet_keeps_the_report_and_exit_code() {
    let t = one_pin();
    let loud = t.cmd().args(["scan", "."]).output().unwrap();
    for flag in ["-q", "--quiet"] {
        let out = t.cmd().args(["scan", ".", flag]).output().unwrap();
        assert_eq!(code(&out), 1, "{flag}");
        assert!(out.stderr.is_empty(), "{flag}: {}", stderr(&out));
        assert!(
            stdout(&out).contains("a.conf:1:8: warning[PIN101]"),
            "{flag}"
        );
        assert_eq!(out.stdout, loud.stdout, "{flag}");
    }
}

#[test]
fn quiet_silences_per_file_errors_on_stderr() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = one_pin();
    t.pin("secret.conf");
    open_up(&t, &["secret.conf"]);

    let loud = user.run(t.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&loud), 2);
    assert!(stderr(&loud).contains("secret.conf"), "{}", stderr(&loud));

    let quiet = user.run(t.path(), &["scan", ".", "--format", "json", "-q"]);
    assert_eq!(code(&quiet), 2, "-q does not change the exit code");
    assert!(quiet.stderr.is_empty(), "{}", stderr(&quiet));
    assert_eq!(quiet.stdout, loud.stdout, "-q does not change the report");
}

#[test]
fn no_path_scans_the_current_directory() {
    let t = one_pin();
    let out = t.cmd().args(["scan", "--format", "json"]).output().unwrap();
    assert_eq!(code(&out), 1);
    // Paths are reported as walked from `.`, without a `./` prefix.
    assert_eq!(finding_paths(&json(&out)), strings(&["a.conf"]));
    let dot = t.scan_json(&[]);
    assert_eq!(out.stdout, dot.stdout);
}

#[test]
fn several_paths_are_all_scanned() {
    let t = glob_tree();
    let out = t
        .cmd()
        .args(["scan", "a.conf", "sub", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(
        finding_paths(&json(&out)),
        strings(&["a.conf", "sub/c.conf", "sub/d.txt"])
    );
}

#[test]
fn max_parse_size_limits_structural_rules_only() {
    let t = Tree::new();
    // A structural finding (PIN501) and a text one (PIN101) in a file padded to ~40 KB.
    let mut js = String::from(
        "const agent = new https.Agent({ rejectUnauthorized: false });\n\
         const PIN = \"sha256/r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=\"; // pinned key\n",
    );
    while js.len() < 40_000 {
        js.push_str("function pad(a, b) { return a + b; }\n");
    }
    t.write("big.js", &js);
    let full = json(&t.scan_json(&[]));
    assert_eq!(rule_ids(&full), strings(&["PIN501", "PIN101"]), "{full}");
    assert!(skipped(&full).is_empty(), "{full}");

    let capped = json(&t.scan_json(&["--max-parse-size", "10K"]));
    assert_eq!(rule_ids(&capped), strings(&["PIN101"]), "{capped}");
    assert_eq!(
        skipped(&capped),
        pairs(&[("big.js", "too-large-to-parse")]),
        "{capped}"
    );
    let bad = t
        .cmd()
        .args(["scan", ".", "--max-parse-size", "lots"])
        .output()
        .unwrap();
    assert_eq!(code(&bad), 2);
    assert!(
        stderr(&bad).contains("--max-parse-size"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn minified_files_get_an_eighth_of_the_parse_limit() {
    let t = Tree::new();
    // One short line with a structural finding, then 30 KB of one-line "minified" code.
    let js = format!(
        "const agent = new https.Agent({{ rejectUnauthorized: false }});\n{}\n",
        "var a=1;".repeat(4000)
    );
    t.write("app.js", &js);
    // 33 KB is under 512K / 8: parsed, and the short line's finding is reported.
    let doc = json(&t.scan_json(&["--max-parse-size", "512K"]));
    assert_eq!(rule_ids(&doc), strings(&["PIN501"]), "{doc}");
    assert!(skipped(&doc).is_empty(), "{doc}");
    // 33 KB is over 128K / 8 = 16K: minified code is not parsed at that size.
    let doc = json(&t.scan_json(&["--max-parse-size", "128K"]));
    assert!(rule_ids(&doc).is_empty(), "{doc}");
    assert_eq!(skipped(&doc), pairs(&[("app.js", "minified")]), "{doc}");
}

#[test]
fn no_gates_gives_the_same_report() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let run = |extra: &[&str]| {
        pinscan()
            .current_dir(&corpus)
            .args(["scan", "javascript", "python", "go", "--format", "json"])
            .args(extra)
            .output()
            .unwrap()
    };
    let gated = run(&[]);
    let open = run(&["--no-gates"]);
    assert_eq!(code(&gated), 1);
    assert!(!json(&gated)["findings"].as_array().unwrap().is_empty());
    assert_eq!(stdout(&gated), stdout(&open));
}

/// The rule ids of a JSON report's findings, in report order.
fn rule_ids(doc: &serde_json::Value) -> Vec<String> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn debug_packs_times_every_pack_of_the_languages_asked() {
    let out = pinscan()
        .args(["debug", "packs", "go", "--repeat", "1"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let packs: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/queries/go"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".scm").map(|r| format!("go/{r} (")))
        .collect();
    assert!(!packs.is_empty());
    for p in &packs {
        assert!(text.contains(p.as_str()), "{p} missing in\n{text}");
    }
    assert!(!text.contains("c/PIN"), "only the languages asked:\n{text}");
    let last = text.lines().last().unwrap_or("");
    assert!(
        last.ends_with(&format!("total, {} packs", packs.len())),
        "{last}"
    );
    // Slowest first.
    let ms: Vec<f64> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect();
    assert!(
        ms[..ms.len() - 1].windows(2).all(|w| w[0] >= w[1]),
        "{text}"
    );

    let out = pinscan()
        .args(["debug", "packs", "cobol"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("unknown language \"cobol\""));
}
