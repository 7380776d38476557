//! The GitHub Action (`action.yml`), the workflows (`.github/workflows/*.yml`) and the
//! pre-commit hook file, checked as a user's runner would meet them:
//! - parsed with a real YAML parser, and their structure checked (composite action, every
//!   `inputs.X` declared, no unquoted `$INPUT_` expansion, SARIF uploaded only when the file
//!   exists, the category passed one way, release targets = the targets the action downloads);
//! - the action's shell steps run with bash against a fake release (`file://` URLs) and a fake
//!   `pinscan`: checksum verification, fallbacks, arguments passed without splitting or
//!   globbing, and the exit-code policy;
//! - actionlint (and shellcheck, on the action's scripts) when installed: see
//!   `scripts/ci-tools.sh`. Missing tools skip that check, unless `PINSCAN_REQUIRE_ACTIONLINT=1`;
//! - the organisation-sweep recipes (`docs/recipes/`): the GitHub Actions matrix and the
//!   Kubernetes Indexed Job split the list into the same number of shards and merge what
//!   the shards wrote; actionlint and kubernetes-validate (strict, the schemas it bundles)
//!   accept them.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::{env, fs};

use yaml_rust2::{Yaml, YamlLoader};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
}

/// The single YAML document of `text`, or a panic that names the file and the parse error.
fn parse(rel: &str, text: &str) -> Yaml {
    let docs =
        YamlLoader::load_from_str(text).unwrap_or_else(|e| panic!("{rel}: invalid YAML: {e}"));
    assert_eq!(docs.len(), 1, "{rel}: expected one YAML document");
    docs.into_iter().next().unwrap()
}

fn load(rel: &str) -> Yaml {
    parse(rel, &read(rel))
}

fn workflow_files() -> Vec<String> {
    let mut out: Vec<String> = fs::read_dir(root().join(".github/workflows"))
        .expect(".github/workflows exists")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            Path::new(n)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("yml") || e.eq_ignore_ascii_case("yaml"))
        })
        .map(|n| format!(".github/workflows/{n}"))
        .collect();
    out.sort();
    out
}

fn hash_keys(y: &Yaml) -> Vec<&str> {
    y.as_hash()
        .map(|h| h.keys().filter_map(Yaml::as_str).collect())
        .unwrap_or_default()
}

fn steps(action: &Yaml) -> &[Yaml] {
    action["runs"]["steps"]
        .as_vec()
        .expect("runs.steps is a list")
}

fn step<'a>(action: &'a Yaml, id: &str) -> &'a Yaml {
    steps(action)
        .iter()
        .find(|s| s["id"].as_str() == Some(id))
        .unwrap_or_else(|| panic!("action.yml has no step with id `{id}`"))
}

fn run_script<'a>(action: &'a Yaml, id: &str) -> &'a str {
    step(action, id)["run"]
        .as_str()
        .unwrap_or_else(|| panic!("step `{id}` has no run script"))
}

/// Every `<prefix><name>` in `text`, `name` made of `[A-Za-z0-9_-]`.
fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find(prefix) {
        rest = &rest[i + prefix.len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    out
}

/// The `$INPUT_X` / `${INPUT_X...}` expansions of a bash script that are not inside double
/// quotes (inside `$(...)` the quoting starts afresh). Single quotes, `$'...'`, backslash
/// escapes and comments are skipped.
fn unquoted_input_expansions(script: &str) -> Vec<String> {
    #[derive(Clone, Copy)]
    enum Ctx {
        Plain { parens: usize },
        Double,
    }
    let b = script.as_bytes();
    let mut stack = vec![Ctx::Plain { parens: 0 }];
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        match *stack.last().unwrap() {
            Ctx::Double => match c {
                b'\\' => i += 1,
                b'"' => {
                    stack.pop();
                }
                b'$' if next == Some(b'(') => {
                    stack.push(Ctx::Plain { parens: 0 });
                    i += 1;
                }
                _ => {}
            },
            Ctx::Plain { parens } => match c {
                b'\\' => i += 1,
                b'\'' => {
                    i += 1;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                }
                b'$' if next == Some(b'\'') => {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        if b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                }
                b'"' => stack.push(Ctx::Double),
                b'#' if i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b';' | b'(') => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'$' if next == Some(b'(') => {
                    stack.push(Ctx::Plain { parens: 0 });
                    i += 1;
                }
                b'$' if script[i + 1..].starts_with("INPUT_")
                    || script[i + 1..].starts_with("{INPUT_") =>
                {
                    let line = script[..i].matches('\n').count() + 1;
                    let end = script[i..]
                        .find(['\n', ' ', '"', ';'])
                        .map_or(b.len(), |e| i + e);
                    found.push(format!("line {line}: {}", &script[i..end]));
                }
                b'(' => {
                    *stack.last_mut().unwrap() = Ctx::Plain { parens: parens + 1 };
                }
                b')' if parens > 0 => {
                    *stack.last_mut().unwrap() = Ctx::Plain { parens: parens - 1 };
                }
                b')' if stack.len() > 1 => {
                    stack.pop();
                }
                _ => {}
            },
        }
        i += 1;
    }
    found
}

#[test]
fn the_quote_checker_finds_unquoted_expansions() {
    let bad = "a=1\necho $INPUT_PATHS\nx=\"$(ls ${INPUT_ARGS})\"\n";
    assert_eq!(
        unquoted_input_expansions(bad),
        ["line 2: $INPUT_PATHS", "line 3: ${INPUT_ARGS})"]
    );
    let good = "# $INPUT_X in a comment\necho \"$INPUT_X\" '$INPUT_Y' \\$INPUT_Z\n\
                case \"$INPUT_A\" in a) x=\"${INPUT_B%/}\" ;; esac\ny=\"$(f \"$INPUT_C\")\"\n\
                z=\"${l%$'\\r'}\" \"$INPUT_D\"\n";
    assert_eq!(unquoted_input_expansions(good), Vec::<String>::new());
}

#[test]
fn action_metadata_is_well_formed() {
    let text = read("action.yml");
    let action = parse("action.yml", &text);
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    for key in ["name", "description"] {
        assert!(
            action[key].as_str().is_some_and(|s| !s.is_empty()),
            "action.yml: {key}"
        );
    }

    // Inputs: every `inputs.X` is declared, every declared input is used, each has a
    // description; outputs as documented.
    let declared: BTreeSet<String> = hash_keys(&action["inputs"])
        .into_iter()
        .map(str::to_owned)
        .collect();
    let used = names_after(&text, "inputs.");
    assert_eq!(
        used, declared,
        "inputs used (left) vs declared (right) in action.yml"
    );
    for name in &declared {
        let input = &action["inputs"][name.as_str()];
        assert!(
            input["description"].as_str().is_some(),
            "input {name} has no description"
        );
    }
    assert_eq!(hash_keys(&action["outputs"]), ["sarif-file", "exit-code"]);
    assert_eq!(
        action["inputs"]["version"]["default"].as_str(),
        Some(format!("v{}", env!("CARGO_PKG_VERSION")).as_str()),
        "the action's default version is the crate's version"
    );

    for (n, s) in steps(&action).iter().enumerate() {
        let name = s["name"].as_str().unwrap_or("?");
        if let Some(script) = s["run"].as_str() {
            // A composite `run` step needs a shell; inputs reach scripts only through env.
            assert_eq!(
                s["shell"].as_str(),
                Some("bash"),
                "step {n} ({name}): shell"
            );
            assert!(
                !script.contains("${{"),
                "step {n} ({name}): expression in a run script (script injection)"
            );
            let bad = unquoted_input_expansions(script);
            assert!(
                bad.is_empty(),
                "step {n} ({name}): unquoted expansions: {bad:?}"
            );
            let env_names: BTreeSet<&str> = hash_keys(&s["env"]).into_iter().collect();
            for var in names_after(script, "$INPUT_")
                .into_iter()
                .chain(names_after(script, "${INPUT_"))
            {
                let var = format!("INPUT_{var}");
                assert!(
                    env_names.contains(var.as_str()),
                    "step {n} ({name}) uses ${var} without setting it in env"
                );
            }
        } else {
            let target = s["uses"]
                .as_str()
                .unwrap_or_else(|| panic!("step {n} ({name}): neither run nor uses"));
            assert_pinned(&format!("action.yml step {n}"), target);
        }
    }

    // The SARIF upload runs only when the scan wrote the file: `sarif-file` is set after a
    // `[ -f ... ]` test, so an exit code 2 with no report shows pinscan's error, not an
    // upload error. The category goes one way only: pinscan's --sarif-category.
    let upload = steps(&action)
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif@"))
        })
        .expect("action.yml uploads with github/codeql-action/upload-sarif");
    let cond = upload["if"].as_str().expect("the upload step has an `if:`");
    assert!(
        cond.contains("inputs.upload == 'true'"),
        "upload-sarif runs only when asked: {cond}"
    );
    // Every step that reads the report (upload-sarif, upload-artifact) waits for it.
    let readers: Vec<&Yaml> = steps(&action)
        .iter()
        .filter(|s| {
            s["with"].as_hash().is_some_and(|w| {
                w.values()
                    .any(|v| v.as_str() == Some("${{ steps.scan.outputs.sarif-file }}"))
            })
        })
        .collect();
    assert_eq!(
        readers.len(),
        2,
        "upload-sarif and upload-artifact read the report"
    );
    for s in readers {
        let cond = s["if"].as_str().unwrap_or_default();
        assert!(
            cond.contains("steps.scan.outputs.sarif-file != ''"),
            "step `{}` must check that the SARIF file exists: {cond}",
            s["name"].as_str().unwrap_or("?")
        );
    }
    let scan = run_script(&action, "scan");
    let set_at = scan
        .find("sarif-file=")
        .expect("the scan step sets sarif-file");
    let test_at = scan[..set_at]
        .rfind("[ -f \"$sarif\" ]")
        .expect("sarif-file is set after `[ -f \"$sarif\" ]`");
    assert!(
        scan[test_at..set_at].lines().count() <= 2,
        "the -f test guards the sarif-file output"
    );
    assert_eq!(
        upload["with"]["sarif_file"].as_str(),
        Some("${{ steps.scan.outputs.sarif-file }}")
    );
    assert!(
        upload["with"]["category"].is_badvalue(),
        "the category is passed to pinscan only (see action.yml)"
    );
    assert!(scan.contains("--sarif-category \"$category/\""));
    assert!(run_script(&action, "result").contains("exit 2"));
}

fn assert_pinned(what: &str, uses: &str) {
    if uses.starts_with("./") {
        return;
    }
    let (_, version) = uses
        .split_once('@')
        .unwrap_or_else(|| panic!("{what}: `{uses}` has no version"));
    let major = version.strip_prefix("release/").unwrap_or(version);
    assert!(
        major.starts_with('v') && major[1..].starts_with(|c: char| c.is_ascii_digit()),
        "{what}: `{uses}` is not pinned to a version"
    );
}

/// The targets that the action maps runners to: `target=<triple>` in the install script.
fn action_targets(action: &Yaml) -> BTreeSet<String> {
    names_after(run_script(action, "install"), " target=")
}

#[test]
fn release_builds_what_the_action_downloads() {
    let action = load("action.yml");
    let release = load(".github/workflows/release.yml");
    let expected: BTreeSet<String> = [
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    assert_eq!(action_targets(&action), expected, "targets in action.yml");
    let built: BTreeSet<String> = release["jobs"]["binaries"]["strategy"]["matrix"]["include"]
        .as_vec()
        .expect("release.yml: jobs.binaries.strategy.matrix.include")
        .iter()
        .map(|e| {
            e["target"]
                .as_str()
                .expect("each entry has a target")
                .to_owned()
        })
        .collect();
    assert_eq!(built, expected, "targets built by release.yml");
    let tags = release["on"]["push"]["tags"]
        .as_vec()
        .expect("release.yml runs on tags");
    assert_eq!(tags, &[Yaml::String("v*".into())]);

    // Asset names and the checksum file, as both sides spell them.
    let install = run_script(&action, "install");
    assert!(
        install.contains("name=\"pinscan-$target.$archive\"")
            && install.contains("\"$base/$name.sha256\"")
    );
    let text = read(".github/workflows/release.yml");
    for needle in [
        "\"dist/pinscan-$TARGET.tar.gz\"",
        "\"../dist/pinscan-$TARGET.zip\"",
        "sha256sum \"$f\" >\"$f.sha256\"",
    ] {
        assert!(text.contains(needle), "release.yml lacks {needle}");
    }
}

#[test]
fn workflows_and_hooks_are_well_formed() {
    let files = workflow_files();
    assert!(
        files.iter().any(|f| f.ends_with("/pinscan.yml"))
            && files.iter().any(|f| f.ends_with("/release.yml"))
    );
    for rel in &files {
        let text = read(rel);
        let wf = parse(rel, &text);
        assert!(!wf["on"].is_badvalue(), "{rel}: no `on`");
        assert!(
            !wf["permissions"].is_badvalue(),
            "{rel}: set the default token permissions"
        );
        let jobs = wf["jobs"]
            .as_hash()
            .unwrap_or_else(|| panic!("{rel}: no jobs"));
        for (name, job) in jobs {
            let name = name.as_str().unwrap_or("?");
            assert!(
                !job["runs-on"].is_badvalue(),
                "{rel}: job {name} has no runs-on"
            );
            let job_steps = job["steps"]
                .as_vec()
                .unwrap_or_else(|| panic!("{rel}: job {name} has no steps"));
            let mut full_history = false;
            for s in job_steps {
                if let Some(uses) = s["uses"].as_str() {
                    assert_pinned(&format!("{rel} job {name}"), uses);
                    if uses.starts_with("actions/checkout@") {
                        full_history = s["with"]["fetch-depth"].as_i64() == Some(0);
                    }
                    // `--diff` needs the history of the base branch.
                    if s["with"]["args"]
                        .as_str()
                        .is_some_and(|a| a.contains("--diff"))
                    {
                        assert!(
                            full_history,
                            "{rel} job {name}: --diff after a checkout without fetch-depth: 0"
                        );
                    }
                }
                if let Some(script) = s["run"].as_str() {
                    let bad = unquoted_input_expansions(script);
                    assert!(bad.is_empty(), "{rel} job {name}: {bad:?}");
                }
            }
        }
    }
    // The example workflow runs this repository's action.
    assert!(read(".github/workflows/pinscan.yml").contains("uses: ./\n"));

    let hooks = load(".pre-commit-hooks.yaml");
    let hooks = hooks.as_vec().expect(".pre-commit-hooks.yaml is a list");
    assert!(hooks.iter().any(|h| h["id"].as_str() == Some("pinscan")));
    for h in hooks {
        for key in ["id", "name", "entry", "language"] {
            assert!(
                h[key].as_str().is_some(),
                ".pre-commit-hooks.yaml: a hook without {key}"
            );
        }
    }
}

/// The workflows in docs/github-action.md: its YAML code blocks that have `jobs`.
fn doc_workflows() -> Vec<(String, String)> {
    let doc = read("docs/github-action.md");
    doc.split("```yaml\n")
        .skip(1)
        .filter_map(|b| b.split_once("```").map(|(code, _)| code.to_owned()))
        .filter(|code| code.contains("\njobs:"))
        .enumerate()
        .map(|(n, code)| (format!("docs/github-action.md workflow {}", n + 1), code))
        .collect()
}

#[test]
fn the_documentation_agrees_with_the_action() {
    let action = load("action.yml");
    let inputs: BTreeSet<&str> = hash_keys(&action["inputs"]).into_iter().collect();
    let doc = read("docs/github-action.md");
    // The inputs and outputs tables: rows that start with a `name`.
    let rows = |heading: &str| -> BTreeSet<String> {
        let section = doc.split(heading).nth(1).expect(heading);
        let section = section.split("\n## ").next().unwrap();
        section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split_once('`').map(|(name, _)| name.to_owned()))
            .collect()
    };
    let documented = rows("## Inputs");
    assert_eq!(
        documented
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        inputs,
        "docs: inputs table"
    );
    assert_eq!(
        rows("## Outputs"),
        hash_keys(&action["outputs"])
            .into_iter()
            .map(str::to_owned)
            .collect(),
        "docs: outputs table"
    );
    let version = format!("v{}", env!("CARGO_PKG_VERSION"));
    assert!(
        doc.contains(&format!("| `version` | `{version}` |")),
        "docs: version default"
    );

    let workflows = doc_workflows();
    assert!(workflows.len() >= 2);
    for (what, code) in &workflows {
        let wf = parse(what, code);
        let jobs = wf["jobs"].as_hash().expect("jobs");
        for job in jobs.values() {
            for s in job["steps"].as_vec().expect("steps") {
                let Some(uses) = s["uses"].as_str() else {
                    continue;
                };
                if let Some(reference) = uses.strip_prefix("OWNER/pinscan@") {
                    assert_eq!(reference, version, "{what}: pin the crate's version");
                    for key in hash_keys(&s["with"]) {
                        assert!(
                            inputs.contains(key),
                            "{what}: action.yml has no input `{key}`"
                        );
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// External linters

/// `$VAR`, then PATH, then `target/ci-tools/bin` (where `scripts/ci-tools.sh` installs).
fn find_tool(name: &str, var: Option<&str>) -> Option<PathBuf> {
    if let Some(p) = var.and_then(env::var_os).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let dirs = env::var_os("PATH")
        .map(|p| env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    dirs.into_iter()
        .chain([root().join("target/ci-tools/bin")])
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file() || p.with_extension("exe").is_file()
    }
}

fn tool_or_skip(name: &str, var: &str) -> Option<PathBuf> {
    let found = find_tool(name, Some(var));
    if found.is_none() {
        let how = format!("run scripts/ci-tools.sh, or set {var}");
        assert!(
            env::var("PINSCAN_REQUIRE_ACTIONLINT").as_deref() != Ok("1"),
            "{name} not installed ({how}), and PINSCAN_REQUIRE_ACTIONLINT=1 requires it"
        );
        // Straight to stderr: the test harness captures eprintln! of passing tests.
        let _ = writeln!(io::stderr().lock(), "{name} not installed: skipped ({how})");
    }
    found
}

#[test]
fn actionlint_passes() {
    let Some(actionlint) = tool_or_skip("actionlint", "ACTIONLINT") else {
        return;
    };
    let shellcheck = tool_or_skip("shellcheck", "SHELLCHECK");
    let mut cmd = Command::new(&actionlint);
    cmd.current_dir(root()).args(["-no-color", "-oneline"]);
    // actionlint checks `run:` scripts with shellcheck only when it finds one.
    let sc = shellcheck
        .as_ref()
        .map_or_else(String::new, |p| p.display().to_string());
    cmd.arg(format!("-shellcheck={sc}"));
    cmd.args(workflow_files());
    cmd.arg(SWEEP_WORKFLOW);
    // The workflows of docs/github-action.md too, as a user would paste them.
    let docs = tempfile::tempdir().unwrap();
    for (n, (_, code)) in doc_workflows().iter().enumerate() {
        let file = docs
            .path()
            .join(format!("docs-github-action-{}.yml", n + 1));
        fs::write(&file, code).unwrap();
        cmd.arg(file);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", actionlint.display()));
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && report.trim().is_empty(),
        "actionlint:\n{report}"
    );
}

#[test]
fn shellcheck_passes_on_the_action_scripts() {
    let Some(shellcheck) = tool_or_skip("shellcheck", "SHELLCHECK") else {
        return;
    };
    // actionlint lints workflows; the composite action's scripts are checked here. The
    // runner runs them as `bash --noprofile --norc -eo pipefail`.
    let action = load("action.yml");
    let mut scripts: Vec<(String, String)> = steps(&action)
        .iter()
        .filter_map(|s| {
            Some((
                format!("action.yml step {}", s["name"].as_str()?),
                s["run"].as_str()?.to_owned(),
            ))
        })
        .collect();
    scripts.push((
        "scripts/ci-tools.sh".to_owned(),
        read("scripts/ci-tools.sh"),
    ));
    for (what, script) in scripts {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("step.sh");
        fs::write(&file, &script).unwrap();
        let out = Command::new(&shellcheck)
            .args(["--shell=bash", "--color=never"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "shellcheck on {what}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

// ---------------------------------------------------------------------------------------
// The action's scripts, run by bash as the runner runs them

#[cfg(unix)]
mod scripts {
    use std::collections::BTreeMap;
    use std::fmt::Write as _;
    use std::fs;
    use std::io::{self, Write as _};
    use std::os::unix::fs::PermissionsExt as _;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use sha2::{Digest as _, Sha256};
    use tempfile::TempDir;

    use super::{find_tool, load, run_script};

    /// A fake `pinscan`: logs each argument as `<arg>` to `$FAKE_LOG`, writes `{}` to the
    /// `--output` file unless `$FAKE_NO_SARIF` is set, and exits with `$FAKE_RC`.
    const FAKE_PINSCAN: &str = r#"#!/bin/bash
if [ "$1" = --version ]; then echo "pinscan 9.9.9 (fake)"; exit 0; fi
printf '<%s>\n' "$@" >"$FAKE_LOG"
out=
while [ $# -gt 0 ]; do if [ "$1" = --output ]; then out=$2; fi; shift; done
if [ -n "$out" ] && [ -z "${FAKE_NO_SARIF:-}" ]; then echo '{}' >"$out"; fi
exit "${FAKE_RC:-0}"
"#;

    /// A fake `cargo install --locked --path P --root R`: puts the fake pinscan in R/bin.
    const FAKE_CARGO: &str = r#"#!/bin/bash
root=
while [ $# -gt 0 ]; do if [ "$1" = --root ]; then root=$2; fi; shift; done
mkdir -p "$root/bin" && cp "$(dirname "$0")/../fake/pinscan" "$root/bin/pinscan"
"#;

    struct Runner {
        dir: TempDir,
        /// Holds links to the system tools the scripts need, and nothing else (no pinscan).
        tools: PathBuf,
    }

    struct Run {
        code: i32,
        stdout: String,
        outputs: BTreeMap<String, String>,
        path_added: String,
    }

    fn executable(path: &Path, text: &str) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
    }

    fn sha256_hex(data: &[u8]) -> String {
        Sha256::digest(data)
            .iter()
            .fold(String::new(), |mut hex, b| {
                let _ = write!(hex, "{b:02x}");
                hex
            })
    }

    impl Runner {
        /// None (and a note on stderr) when a tool the scripts need is missing.
        fn new() -> Option<Runner> {
            let dir = tempfile::tempdir().unwrap();
            let tools = dir.path().join("tools");
            fs::create_dir_all(&tools).unwrap();
            let needed = [
                "bash", "curl", "tar", "gzip", "awk", "mkdir", "rm", "chmod", "cp", "dirname",
                "cat",
            ];
            for name in needed.iter().chain(["sha256sum", "shasum"].iter()) {
                match find_tool(name, None) {
                    Some(p) => std::os::unix::fs::symlink(p, tools.join(name)).unwrap(),
                    None if needed.contains(name) => {
                        let _ = writeln!(
                            io::stderr().lock(),
                            "{name} not found: the action script test is skipped"
                        );
                        return None;
                    }
                    None => {}
                }
            }
            if !tools.join("sha256sum").exists() && !tools.join("shasum").exists() {
                let _ = writeln!(
                    io::stderr().lock(),
                    "neither sha256sum nor shasum found: the action script test is skipped"
                );
                return None;
            }
            let r = Runner { dir, tools };
            executable(&r.path("fake/pinscan"), FAKE_PINSCAN);
            executable(&r.path("cargo-bin/cargo"), FAKE_CARGO);
            Some(r)
        }

        fn path(&self, rel: &str) -> PathBuf {
            self.dir.path().join(rel)
        }

        /// Publish release `version` of `o/r` for `x86_64` Linux; `sha` overrides the checksum.
        fn release(&self, version: &str, sha: Option<&str>) {
            let rel = self.path(&format!("srv/o/r/releases/download/{version}"));
            fs::create_dir_all(&rel).unwrap();
            let name = "pinscan-x86_64-unknown-linux-musl.tar.gz";
            let status = Command::new(self.tools.join("tar"))
                .env("PATH", &self.tools)
                .arg("-C")
                .arg(self.path("fake"))
                .arg("-czf")
                .arg(rel.join(name))
                .arg("pinscan")
                .status()
                .unwrap();
            assert!(status.success());
            let sum = sha.map_or_else(
                || sha256_hex(&fs::read(rel.join(name)).unwrap()),
                str::to_owned,
            );
            fs::write(
                rel.join(format!("{name}.sha256")),
                format!("{sum}  {name}\n"),
            )
            .unwrap();
        }

        /// Run the script of step `id` with the runner's variables, `env` and extra PATH
        /// directories in front of the tools.
        fn run(&self, id: &str, env: &[(&str, &str)], extra_path: &[PathBuf]) -> Run {
            let action = load("action.yml");
            let script = self.path("step.sh");
            fs::write(&script, run_script(&action, id)).unwrap();
            let (output, path_file, temp, work) = (
                self.path("github_output"),
                self.path("github_path"),
                self.path("runner_temp"),
                self.path("work"),
            );
            for f in [&output, &path_file] {
                fs::write(f, "").unwrap();
            }
            for d in [&temp, &work] {
                fs::create_dir_all(d).unwrap();
            }
            let path = std::env::join_paths(extra_path.iter().cloned().chain([self.tools.clone()]))
                .unwrap();
            let mut cmd = Command::new(self.tools.join("bash"));
            cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
                .arg(&script)
                .current_dir(&work)
                .env_clear()
                .env("PATH", path)
                .env("RUNNER_OS", "Linux")
                .env("RUNNER_ARCH", "X64")
                .env("RUNNER_TEMP", &temp)
                .env("GITHUB_OUTPUT", &output)
                .env("GITHUB_PATH", &path_file)
                .env(
                    "GITHUB_SERVER_URL",
                    format!("file://{}", self.path("srv").display()),
                )
                .env("GITHUB_ACTION_PATH", self.path("_actions/o/r/v9.9.9"))
                .env("GITHUB_REPOSITORY", "someone/else")
                .env("FAKE_LOG", self.path("log"));
            for (k, v) in env {
                cmd.env(k, v);
            }
            let out = cmd.output().unwrap();
            let outputs = fs::read_to_string(&output)
                .unwrap()
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            Run {
                code: out.status.code().unwrap_or(-1),
                stdout: format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                ),
                outputs,
                path_added: fs::read_to_string(&path_file).unwrap(),
            }
        }

        fn install(&self, version: &str, build_from_source: &str, extra_path: &[PathBuf]) -> Run {
            let env = [
                ("INPUT_VERSION", version),
                ("INPUT_BUILD_FROM_SOURCE", build_from_source),
                ("INPUT_REPOSITORY", ""),
                ("INPUT_UPLOAD", "true"),
                ("INPUT_FAIL_ON_FINDINGS", "true"),
                ("INPUT_CATEGORY", "pinscan"),
                ("INPUT_SARIF_FILE", "pinscan.sarif"),
                ("ACTION_REPOSITORY", ""),
            ];
            self.run("install", &env, extra_path)
        }
    }

    #[test]
    fn install_downloads_verifies_and_falls_back_only_when_asked() {
        let Some(r) = Runner::new() else { return };
        r.release("v9.9.9", None);
        r.release("v9.9.8", Some(&"0".repeat(64)));

        // The release binary of the runner's target, from the repository the action came
        // from (github.action_repository is empty: taken from the action's path).
        let ok = r.install("9.9.9", "false", &[]);
        assert_eq!(ok.code, 0, "{}", ok.stdout);
        let dir = r.path("runner_temp/pinscan-v9.9.9-x86_64-unknown-linux-musl/bin");
        assert_eq!(ok.outputs["bin"], dir.join("pinscan").display().to_string());
        assert_eq!(ok.path_added, format!("{}\n", dir.display()));
        assert!(
            ok.stdout.contains("SHA-256") && ok.stdout.contains("verified"),
            "{}",
            ok.stdout
        );

        // A bad checksum or a missing release fails, and says how to build instead.
        for (version, says) in [
            ("v9.9.8", "SHA-256 mismatch"),
            ("v0.0.1", "Could not download"),
        ] {
            let bad = r.install(version, "false", &[]);
            assert_eq!(bad.code, 1, "{version}: {}", bad.stdout);
            assert!(
                bad.stdout.contains(says) && bad.stdout.contains("build-from-source"),
                "{}",
                bad.stdout
            );
            assert!(!bad.outputs.contains_key("bin"));
        }
        // With build-from-source, the same failure builds with cargo (here a fake one).
        let built = r.install("v9.9.8", "true", &[r.path("cargo-bin")]);
        assert_eq!(built.code, 0, "{}", built.stdout);
        assert!(built.stdout.contains("::warning"), "{}", built.stdout);
        assert_eq!(
            built.outputs["bin"],
            r.path("runner_temp/pinscan-source/bin/pinscan")
                .display()
                .to_string()
        );

        // version "path": the pinscan on PATH, or a clear failure.
        let on_path = r.install("path", "false", &[r.path("fake")]);
        assert_eq!(on_path.code, 0, "{}", on_path.stdout);
        assert_eq!(
            on_path.outputs["bin"],
            r.path("fake/pinscan").display().to_string()
        );
        let missing = r.install("path", "false", &[]);
        assert_eq!(missing.code, 1);
        assert!(missing.stdout.contains("not on PATH"), "{}", missing.stdout);

        // Inputs are checked before anything is downloaded.
        let bad = r.install("v9.9.9", "yes", &[]);
        assert_eq!(bad.code, 1);
        assert!(
            bad.stdout.contains("build-from-source must be"),
            "{}",
            bad.stdout
        );
        let bad = r.install("v9.9.9;rm -rf /", "false", &[]);
        assert_eq!(bad.code, 1);
        assert!(
            bad.stdout.contains("is not a release tag"),
            "{}",
            bad.stdout
        );
    }

    #[test]
    fn scan_passes_each_line_as_one_argument() {
        let Some(r) = Runner::new() else { return };
        let fake = r.path("fake/pinscan").display().to_string();
        for f in ["x.rs", "y.rs", "a b"] {
            fs::create_dir_all(r.path("work")).unwrap();
            fs::write(r.path("work").join(f), "").unwrap();
        }
        let env = |rc: &'static str| {
            vec![
                ("PINSCAN", fake.clone()),
                (
                    "INPUT_PATHS",
                    "a b\n*.rs\r\n\n   \n$(touch pwned)".to_owned(),
                ),
                (
                    "INPUT_ARGS",
                    "--diff=origin/main\n--exclude\nx y\n".to_owned(),
                ),
                ("INPUT_SARIF_FILE", "out dir.sarif".to_owned()),
                ("INPUT_CATEGORY", "team/pinscan/".to_owned()),
                ("FAKE_RC", rc.to_owned()),
            ]
        };
        let env1 = env("1");
        let pairs: Vec<(&str, &str)> = env1.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let run = r.run("scan", &pairs, &[]);
        assert_eq!(run.code, 0, "{}", run.stdout);
        let log = fs::read_to_string(r.path("log")).unwrap();
        let expected = [
            "scan",
            "a b",
            "*.rs",
            "$(touch pwned)",
            "--diff=origin/main",
            "--exclude",
            "x y",
            "--format",
            "sarif",
            "--sarif-category",
            "team/pinscan/",
            "--output",
            "out dir.sarif",
        ]
        .map(|a| format!("<{a}>\n"))
        .concat();
        assert_eq!(log, expected);
        assert!(!r.path("work/pwned").exists());
        assert_eq!(run.outputs["exit-code"], "1");
        assert_eq!(run.outputs["sarif-file"], "out dir.sarif");

        // Exit 2 without a report: no sarif-file output, so nothing is uploaded.
        let mut env2 = env("2");
        env2.push(("FAKE_NO_SARIF", "1".to_owned()));
        let pairs: Vec<(&str, &str)> = env2.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let run = r.run("scan", &pairs, &[]);
        assert_eq!(run.code, 0, "{}", run.stdout);
        assert_eq!(run.outputs["exit-code"], "2");
        assert!(!run.outputs.contains_key("sarif-file"));
        assert!(
            !r.path("work/out dir.sarif").exists(),
            "a stale report is removed"
        );

        // No paths: the current directory.
        let run = r.run(
            "scan",
            &[
                ("PINSCAN", &fake),
                ("INPUT_PATHS", ""),
                ("INPUT_ARGS", ""),
                ("INPUT_SARIF_FILE", "p.sarif"),
                ("INPUT_CATEGORY", "pinscan"),
            ],
            &[],
        );
        assert_eq!(run.code, 0, "{}", run.stdout);
        assert!(
            fs::read_to_string(r.path("log"))
                .unwrap()
                .starts_with("<scan>\n<.>\n<--format>\n")
        );
    }

    #[test]
    fn result_fails_on_errors_always_and_on_findings_when_asked() {
        let Some(r) = Runner::new() else { return };
        for (rc, fail_on_findings, code) in [
            ("0", "true", 0),
            ("1", "true", 1),
            ("1", "false", 0),
            ("2", "false", 2),
            ("2", "true", 2),
            ("101", "false", 2),
            ("", "false", 2),
        ] {
            let run = r.run(
                "result",
                &[("RC", rc), ("INPUT_FAIL_ON_FINDINGS", fail_on_findings)],
                &[],
            );
            assert_eq!(
                run.code, code,
                "exit {rc:?}, fail-on-findings {fail_on_findings}: {}",
                run.stdout
            );
        }
    }
}

// Organisation-sweep recipes

const SWEEP_WORKFLOW: &str = "docs/recipes/sweep-github-actions.yml";
const SWEEP_JOB: &str = "docs/recipes/sweep-kubernetes.yaml";
const MERGE_JOB: &str = "docs/recipes/sweep-kubernetes-merge.yaml";

/// Every YAML document of `rel`.
fn load_all(rel: &str) -> Vec<Yaml> {
    YamlLoader::load_from_str(&read(rel)).unwrap_or_else(|e| panic!("{rel}: invalid YAML: {e}"))
}

/// The value after `--flag` in a shell script (quotes removed).
fn flag_value<'a>(script: &'a str, flag: &str) -> &'a str {
    let rest = script
        .split(&format!("{flag} "))
        .nth(1)
        .unwrap_or_else(|| panic!("no {flag} in {script}"));
    match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next().unwrap(),
        None => rest.split_whitespace().next().unwrap(),
    }
}

#[test]
fn sweep_workflow_runs_every_shard_and_merges_them() {
    let wf = load(SWEEP_WORKFLOW);
    let shards: usize = wf["env"]["SHARDS"].as_i64().unwrap().try_into().unwrap();
    let sweep = &wf["jobs"]["sweep"];
    let matrix: Vec<i64> = sweep["strategy"]["matrix"]["shard"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(
        matrix,
        (1..=i64::try_from(shards).unwrap()).collect::<Vec<_>>()
    );
    assert_eq!(sweep["strategy"]["fail-fast"].as_bool(), Some(false));
    let steps = sweep["steps"].as_vec().unwrap();
    let script = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("pinscan sweep"))
        .unwrap();
    assert_eq!(flag_value(script, "--shard"), "$SHARD/$SHARDS");
    let output = flag_value(script, "--output");
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-artifact"))
        })
        .unwrap();
    assert_eq!(
        upload["with"]["path"]
            .as_str()
            .unwrap()
            .trim_end_matches('/'),
        output
    );
    assert_eq!(
        upload["if"].as_str(),
        Some("always()"),
        "failed shards keep their results"
    );
    assert_eq!(
        upload["with"]["name"].as_str(),
        Some("results-${{ matrix.shard }}")
    );
    let merge = &wf["jobs"]["merge"];
    assert_eq!(merge["needs"].as_str(), Some("sweep"));
    let merge_steps = merge["steps"].as_vec().unwrap();
    let download = merge_steps
        .iter()
        .find(|s| s["with"]["pattern"].as_str() == Some("results-*"))
        .expect("the merge downloads every shard's results");
    let folder = download["with"]["path"].as_str().unwrap();
    let merged = merge_steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("pinscan merge"))
        .unwrap();
    for format in ["json", "csv", "html"] {
        assert!(
            merged.contains(&format!("pinscan merge {folder} --format {format}")),
            "{merged}"
        );
    }
}

#[test]
fn kubernetes_job_takes_its_shard_from_the_completion_index() {
    let docs = load_all(SWEEP_JOB);
    let job = docs
        .iter()
        .find(|d| d["kind"].as_str() == Some("Job"))
        .unwrap();
    assert_eq!(job["spec"]["completionMode"].as_str(), Some("Indexed"));
    let completions = job["spec"]["completions"].as_i64().unwrap();
    let container = &job["spec"]["template"]["spec"]["containers"][0];
    let shards = container["env"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str() == Some("SHARDS"))
        .and_then(|e| e["value"].as_str())
        .unwrap();
    assert_eq!(shards, completions.to_string());
    let script = container["args"][0].as_str().unwrap();
    assert_eq!(
        flag_value(script, "--shard"),
        "$((JOB_COMPLETION_INDEX + 1))/$SHARDS"
    );
    assert!(
        script.contains("--resume"),
        "a restarted pod resumes: {script}"
    );
    let output = flag_value(script, "--output");
    let merge = load_all(MERGE_JOB);
    let merge_script = merge[0]["spec"]["template"]["spec"]["containers"][0]["args"][0]
        .as_str()
        .unwrap();
    for format in ["json", "csv", "html"] {
        assert!(
            merge_script.contains(&format!("pinscan merge {output} --format {format}")),
            "the merge reads what the shards wrote: {merge_script}"
        );
    }
    // The merge writes outside the folder it reads, so a second merge does not read its
    // own inventory back.
    assert!(!flag_value(merge_script, "--output").starts_with(&format!("{output}/")));
}

#[test]
fn kubernetes_recipes_validate() {
    let Some(validate) = tool_or_skip("kubernetes-validate", "KUBERNETES_VALIDATE") else {
        return;
    };
    let out = Command::new(&validate)
        .current_dir(root())
        .args(["--strict", "--no-warn", SWEEP_JOB, MERGE_JOB])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", validate.display()));
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "kubernetes-validate:\n{report}");
    // One "passed" line per resource: ConfigMap, claim, sweep Job, merge Job.
    assert_eq!(report.matches(" passed ").count(), 4, "{report}");
}
