//! `Settings`: everything a scan needs, compiled and immutable (shared by all threads).
//! Built from flags by the CLI, or directly by library users and tests.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::cert::Catalog;
use crate::rules::{RuleError, RuleSet, load_builtin};

/// Default cap on file size: 10 MiB.
pub const DEFAULT_MAX_FILESIZE: u64 = 10 * 1024 * 1024;

/// The lowest severity that makes a scan fail (exit code 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    Error,
    #[default]
    Warning,
    Note,
    /// Never fail on findings.
    None,
}

impl FailOn {
    /// `error`, `warning`, `note` or `none` (as in `.pinscan.toml`).
    pub fn from_name(name: &str) -> Option<FailOn> {
        match name {
            "error" => Some(FailOn::Error),
            "warning" => Some(FailOn::Warning),
            "note" => Some(FailOn::Note),
            "none" => Some(FailOn::None),
            _ => None,
        }
    }

    /// The severity at or above which findings fail the scan.
    pub fn threshold(self) -> Option<crate::rules::Severity> {
        use crate::rules::Severity;
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Note => Some(Severity::Note),
            FailOn::None => None,
        }
    }
}

/// Options for one scan.
#[derive(Debug, Clone)]
#[allow(clippy::struct_excessive_bools)] // one bool per on/off option
pub struct Settings {
    /// Scan hidden files and directories (the default; version-control metadata and
    /// dependency caches such as `.venv` never). Without it: only dotenv files, CI
    /// workflows and tool rc files (`--no-hidden`).
    pub hidden: bool,
    /// `excludes` and `globs` apply to files named as scan paths too (the default, so that
    /// a pre-commit hook naming `vendor/x.py` and a tree scan agree).
    pub force_exclude: bool,
    /// The configuration file applied, if any (other `.pinscan.toml` files met in the walk
    /// are reported as not applied).
    pub config_file: Option<PathBuf>,
    /// Do not honour `.gitignore`, `.ignore` and git excludes.
    pub no_ignore: bool,
    /// Follow symbolic links (loops are detected and skipped).
    pub follow: bool,
    /// Include/exclude globs in ripgrep's `--glob` syntax (`!` excludes).
    pub globs: Vec<String>,
    /// Exclude globs.
    pub excludes: Vec<String>,
    /// Files larger than this are skipped and listed.
    pub max_filesize: u64,
    /// Files larger than this are not parsed with tree-sitter (text rules only).
    pub max_parse_size: u64,
    /// Worker threads; 0 picks the number of CPUs.
    pub threads: usize,
    /// Longest time tree-sitter may spend on one file before text rules alone are used.
    pub parse_deadline: Duration,
    /// The active rules.
    pub rules: RuleSet,
    /// The CA catalog pins resolve against (built-in Azure catalog plus `--ca-bundle`s).
    pub catalog: Arc<Catalog>,
    /// "Today" in days since 1970-01-01 (for expiry judgements).
    pub today: i64,
    /// Certificates expiring within this many days are errors (`--expiry-window`).
    pub expiry_window_days: i64,
    /// Findings in test code (`tests/`, `fixtures/`, `*_test.*`, ...) are notes.
    pub demote_test_paths: bool,
    /// Final severities by rule id (from `.pinscan.toml`).
    pub severity_overrides: std::collections::BTreeMap<String, crate::rules::Severity>,
    /// Allowlisted values (from `.pinscan.toml`).
    pub allow: Vec<crate::config::Allow>,
    /// Collect `pinscan: ignore` comments that suppress nothing.
    pub report_unused_suppressions: bool,
    /// The scanned tree is not trusted: its inline `pinscan: ignore` suppressions are not
    /// honoured (`--untrusted`, which also leaves the tree's configuration unread).
    pub untrusted: bool,
    /// Run gated query rules only where their words occur (`src/lang/gate.rs`) and regex
    /// rules with a `near` context only around its matches. Off only to show that this
    /// loses nothing (`--no-gates`, `tests/corpus.rs`).
    pub gates: bool,
    /// Parse only the items around the gate words of a large file whose wanted query
    /// rules are all gated, within these limits (`lang::focus`). `None` with
    /// `--no-partial-parse` and `--no-gates`.
    pub partial_parse: Option<crate::lang::focus::Limits>,
    /// The lowest severity that fails the scan (`--fail-on`, `fail-on`).
    pub fail_on: FailOn,
    /// With `--diff`: only findings on these changed lines are reported.
    pub diff: Option<crate::gitdiff::Changed>,
    /// With `--baseline`: findings it accepts are not reported.
    pub baseline: Option<crate::suppress::Baseline>,
    /// Incremented once per file walked (for a progress display).
    pub progress: Option<Arc<std::sync::atomic::AtomicU64>>,
}

/// Whether a path is test code or test data, by every ecosystem's layout:
///
/// - a directory named `test`, `tests`, `testdata`, `test-data`, `test_data`, `testing`,
///   `__tests__`, `__test__`, `__fixtures__`, `__mocks__`, `fixtures`, `mocks`, `spec`,
///   `specs`, `e2e`, `unittest(s)`; or named like a test source set or target: `androidTest`,
///   `jvmTest`, `commonTest`, `integrationTest` (`*Test`), `testDebug`, `testFixtures`
///   (`test` + a capital), Xcode's `AppTests`/`AppUITests` (`*Tests`), .NET's `App.Tests`,
///   `integration-tests`, `unit_tests`, `test-utils`, `test_certs`;
/// - a file named `*_test.*`, `*_tests.*`, `*.test.*`, `*.spec.*`, `*_spec.*` (Go, Python,
///   Rust, JavaScript/TypeScript, Ruby), `test_*.py`/`.c`/`.cc`/`.cpp`/`.rb`, `conftest.py`,
///   or `*Test`/`*Tests`/`*IT`/`*Spec` in Java, Kotlin, C#, Swift, Objective-C, Scala, Groovy,
///   PHP, C++.
pub fn is_test_path(path: &str) -> bool {
    let mut parts = path.split('/').rev();
    let file = parts.next().unwrap_or_default();
    if parts.any(is_test_dir) {
        return true;
    }
    let (stem, ext) = file.rsplit_once('.').unwrap_or((file, ""));
    let lower = stem.to_ascii_lowercase();
    let ext = ext.to_ascii_lowercase();
    ["_test", "_tests", ".test", ".spec", "_spec"]
        .iter()
        .any(|s| lower.ends_with(s))
        || (lower.starts_with("test_") && ["py", "c", "cc", "cpp", "rb"].contains(&ext.as_str()))
        || file == "conftest.py"
        // A Rust, Go or Python module of tests beside the code (`src/tests.rs`, `tests.py`).
        || (matches!(lower.as_str(), "test" | "tests") && ["rs", "py", "go"].contains(&ext.as_str()))
        // `TestRestTemplate.java`, `TestHelpers.cs`: test support by name (JVM and .NET,
        // where a class is its file; not Swift's `TestFlight...`).
        || (stem
            .strip_prefix("Test")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
            && ["java", "kt", "kts", "cs", "scala", "groovy"].contains(&ext.as_str()))
        || (["Test", "Tests", "IT", "Spec"]
            .iter()
            .any(|s| camel_suffix(stem, s))
            && [
                "java", "kt", "kts", "cs", "swift", "m", "mm", "scala", "groovy", "php", "cpp",
                "cc",
            ]
            .contains(&ext.as_str()))
}

/// `name` ends with `suffix` (a capitalised word, case-sensitive) or is `suffix` itself:
/// `PinningTests`, `AppUITests`, `androidTest`, not `Contest` or `Latest`. Before `IT`
/// (all capitals) a lower-case letter or digit is required (`ClientIT`, not `EDIT`).
fn camel_suffix(name: &str, suffix: &str) -> bool {
    name.strip_suffix(suffix).is_some_and(|head| {
        let last = head.chars().next_back();
        match last {
            None => true,
            Some(c) if suffix == "IT" => c.is_ascii_lowercase() || c.is_ascii_digit(),
            Some(c) => c.is_ascii_alphanumeric(),
        }
    })
}

/// Appended to the message of a finding in test code (by path or by construct) that became
/// a note.
pub const TEST_CODE_NOTE: &str = " (in test code: reported as a note)";

/// A directory of tests (see [`is_test_path`]).
fn is_test_dir(dir: &str) -> bool {
    let lower = dir.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "test"
            | "tests"
            | "testdata"
            | "test-data"
            | "test_data"
            | "testing"
            | "__tests__"
            | "__test__"
            | "__fixtures__"
            | "__mocks__"
            | "fixtures"
            | "mocks"
            | "spec"
            | "specs"
            | "e2e"
            | "unittest"
            | "unittests"
            // Benchmarks, fuzzers and conformance suites: harnesses around the code, with
            // throw-away certificates and verification switched off on purpose.
            | "bench"
            | "benches"
            | "benchmark"
            | "benchmarks"
            | "microbench"
            | "jmh"
            | "fuzz"
            | "fuzzing"
            | "testsuite"
            // CI and development-container configuration: test databases and brokers.
            | ".devcontainer"
            | ".circleci"
            | ".buildkite"
            | ".github"
            | ".gitlab"
    ) {
        return true;
    }
    // Source sets and targets: androidTest, jvmTest, testDebug, testFixtures, AppTests,
    // App.Tests, integration-tests, unit_tests, test-utils, test_certs.
    camel_suffix(dir, "Test")
        || camel_suffix(dir, "Tests")
        || dir
            .strip_prefix("test")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
        || [".tests", ".test", "-tests", "_tests", "-test", "_test"]
            .iter()
            .any(|s| lower.ends_with(s))
        || lower.starts_with("test-")
        || lower.starts_with("test_")
        || lower.starts_with("testsuite")
        // A harness named by one of its words: `rustls-fuzzing-provider`, `ci-bench`.
        || lower.split(['-', '_', '.']).any(|w| {
            matches!(
                w,
                "bench" | "benches" | "benchmark" | "benchmarks" | "microbench" | "fuzz"
                    | "fuzzing" | "testsuite"
            )
        })
}

/// A path inside an examples folder (`examples/`, `example/`, `samples/`, `sample/`,
/// `demo/`, `demos/`): code written to show an API, reported as notes like documentation.
pub fn is_example_path(path: &str) -> bool {
    let mut parts = path.split('/').rev();
    parts.next();
    parts.any(|d| {
        matches!(
            d.to_ascii_lowercase().as_str(),
            "example" | "examples" | "_examples" | "sample" | "samples" | "demo" | "demos"
        )
    })
}

/// Whether a path is documentation: Markdown, MDX, reStructuredText, `AsciiDoc` anywhere,
/// and every file under a documentation folder (`docs/`, `doc/`, `documentation/`,
/// `_docs/`, `javadoc/`): HTML manuals, example configuration and code written for a manual.
/// Code blocks and examples there are reported as notes.
pub fn is_doc_path(path: &str) -> bool {
    let mut parts = path.split('/').rev();
    let file = parts.next().unwrap_or_default();
    if parts.any(|d| {
        matches!(
            d.to_ascii_lowercase().as_str(),
            "doc" | "docs" | "_docs" | "documentation" | "javadoc" | "apidocs"
        )
    }) {
        return true;
    }
    let Some((_, ext)) = file.rsplit_once('.') else {
        return false;
    };
    matches!(
        ext.to_ascii_lowercase().as_str(),
        "md" | "mdx" | "markdown" | "mdown" | "mkd" | "rst" | "adoc" | "asciidoc"
    )
}

/// Whether a path is a type declaration file (Python stubs `.pyi`, TypeScript `.d.ts`,
/// `.d.mts`, `.d.cts`): it describes an API (`PROTOCOL_SSLv3: int`, `rejectUnauthorized?:
/// boolean`), it configures nothing.
pub fn is_declaration_path(path: &str) -> bool {
    let file = path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    [".pyi", ".d.ts", ".d.mts", ".d.cts"]
        .iter()
        .any(|s| file.ends_with(s))
}

/// Whether a path is third-party code copied into the tree (`vendor/`, `_vendor/`,
/// `vendored/`, `third_party/`, `third-party/`, `node_modules/`): what it does is its
/// project's to fix, and the tree's own uses of it are reported where they are.
pub fn is_vendored_path(path: &str) -> bool {
    let mut parts = path.split('/').rev();
    parts.next();
    parts.any(|d| {
        matches!(
            d.to_ascii_lowercase().as_str(),
            "vendor"
                | "_vendor"
                | "vendored"
                | "third_party"
                | "third-party"
                | "thirdparty"
                | "node_modules"
        )
    })
}

/// The part of a finding's path below the scan root it was found under (`src/a.rs` of
/// `bench/repos/x/src/a.rs` scanned as `bench/repos`): where a file sits is judged inside
/// the scanned tree, not by the folders above it (`~/samples/app`, `/srv/tests/checkout`).
/// `roots` are the scanned folders as displayed (`source::display_path`).
pub fn under_root<'a>(path: &'a str, roots: &[String]) -> &'a str {
    roots
        .iter()
        .filter(|r| !r.is_empty() && r.as_str() != ".")
        .filter_map(|r| {
            path.strip_prefix(r.trim_end_matches('/'))
                .and_then(|rest| rest.strip_prefix('/'))
        })
        .min_by_key(|rest| rest.len())
        .unwrap_or(path)
}

/// Why findings at `path` are notes, if they are: test code, documentation, an example, a
/// type declaration, vendored code (the words appended to the message).
pub fn demoted_place(path: &str) -> Option<&'static str> {
    if is_test_path(path) {
        Some("in test code")
    } else if is_doc_path(path) {
        Some("in documentation")
    } else if is_example_path(path) {
        Some("in an example")
    } else if is_declaration_path(path) {
        Some("in a type declaration")
    } else if is_vendored_path(path) {
        Some("in vendored third-party code")
    } else {
        None
    }
}

impl Settings {
    /// Apply a configuration file's choices (rules disabled, severity overrides,
    /// allow-list, excludes, test-path demotion, expiry window, extra CA bundles relative
    /// to the folder of `config_path`, `fail-on`). Call it before applying command-line
    /// flags, so flags win; the CLI does exactly this, so library users get the CLI's
    /// results.
    pub fn apply_config(
        &mut self,
        cfg: crate::config::RawConfig,
        config_path: &Path,
    ) -> Result<(), crate::config::ConfigError> {
        let settings = self;
        let config_dir = config_path.parent().unwrap_or(Path::new(""));
        if !cfg.rules.disable.is_empty() {
            let keep: Vec<crate::rules::Rule> = settings
                .rules
                .rules()
                .iter()
                .filter(|r| !cfg.rules.disable.iter().any(|d| *d == r.id || *d == r.name))
                .cloned()
                .collect();
            settings.rules = crate::rules::RuleSet::new(keep).map_err(|e| {
                crate::config::ConfigError::Invalid {
                    path: config_path.display().to_string(),
                    message: format!("rules.disable: {e}"),
                }
            })?;
        }
        for (key, sev) in &cfg.rules.severity {
            if let Some(r) = settings.rules.find(key) {
                settings.severity_overrides.insert(r.id.clone(), *sev);
            }
        }
        settings.allow = cfg.allow;
        settings.excludes.extend(cfg.exclude);
        if let Some(demote) = cfg.demote_test_paths {
            settings.demote_test_paths = demote;
        }
        if let Some(days) = cfg.expiry_window {
            settings.expiry_window_days = i64::from(days);
        }
        if let Some(f) = cfg.fail_on.as_deref().and_then(FailOn::from_name) {
            settings.fail_on = f;
        }
        if !cfg.ca_bundles.is_empty() {
            let bundles: Vec<std::path::PathBuf> =
                cfg.ca_bundles.iter().map(|b| config_dir.join(b)).collect();
            settings.catalog = Arc::new(crate::config::catalog_within(
                &settings.catalog,
                &bundles,
                |b| {
                    format!(
                        "{}: ca-bundles: {}",
                        config_path.display(),
                        b.strip_prefix(config_dir).unwrap_or(b).display()
                    )
                },
                cfg.root.as_deref(),
            )?);
        }
        Ok(())
    }

    /// Defaults with the built-in rules.
    pub fn new() -> Result<Settings, RuleError> {
        Ok(Settings {
            hidden: true,
            force_exclude: true,
            config_file: None,
            no_ignore: false,
            follow: false,
            globs: Vec::new(),
            excludes: Vec::new(),
            max_filesize: DEFAULT_MAX_FILESIZE,
            threads: 0,
            max_parse_size: DEFAULT_MAX_PARSE_SIZE,
            parse_deadline: Duration::from_secs(5),
            rules: load_builtin()?,
            catalog: Arc::new(Catalog::builtin().clone()),
            today: crate::date::today(),
            expiry_window_days: 90,
            demote_test_paths: true,
            severity_overrides: std::collections::BTreeMap::new(),
            allow: Vec::new(),
            report_unused_suppressions: false,
            gates: true,
            partial_parse: Some(crate::lang::focus::Limits::DEFAULT),
            fail_on: FailOn::Warning,
            diff: None,
            baseline: None,
            untrusted: false,
            progress: None,
        })
    }
}

/// Default `--max-parse-size`: 2 MiB. A tree-sitter tree takes many times its file's size
/// in memory (figures in `bench/README.md`), so this bounds a worker's memory.
pub const DEFAULT_MAX_PARSE_SIZE: u64 = 2 << 20;

/// Parse a size such as `10M`, `512K`, `10MiB`, `1G` or a plain number of bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(digits_end);
    let n: u64 = num.parse().map_err(|_| {
        format!("invalid size {text:?}: expected a number with an optional K, M or G suffix")
    })?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "invalid size {text:?}: unknown unit {unit:?} (use K, M or G)"
            ));
        }
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("size {text:?} is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_merges_the_file_into_settings() {
        let mut s = Settings::new().unwrap();
        let before = s.rules.len();
        let cfg: crate::config::RawConfig = toml::from_str(
            "fail-on = \"error\"\nexclude = [\"vendor/**\"]\ndemote-test-paths = false\nexpiry-window = 30\n[rules]\ndisable = [\"PIN103\", \"spki-sha256-pin\"]\nseverity = { PIN202 = \"note\" }\n",
        )
        .unwrap();
        s.apply_config(cfg, Path::new(".pinscan.toml")).unwrap();
        assert_eq!(s.rules.len(), before - 2);
        assert!(s.rules.find("PIN103").is_none() && s.rules.find("PIN101").is_none());
        assert_eq!(
            s.severity_overrides.get("PIN202"),
            Some(&crate::rules::Severity::Note)
        );
        assert_eq!(s.fail_on, FailOn::Error);
        assert!(!s.demote_test_paths);
        assert_eq!(s.expiry_window_days, 30);
        assert_eq!(s.excludes, ["vendor/**"]);
        let missing: crate::config::RawConfig =
            toml::from_str("ca-bundles = [\"nope.pem\"]").unwrap();
        let err = s
            .apply_config(missing, Path::new("cfgdir/.pinscan.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("cfgdir/.pinscan.toml: ca-bundles: nope.pem: cannot read: "),
            "{err}"
        );
    }

    #[test]
    fn test_paths() {
        for p in [
            "tests/a.rs",
            "src/test/java/A.java",
            "pkg/testdata/x.pem",
            "a/fixtures/c.crt",
            "x_test.go",
            "app.test.js",
            "a.spec.ts",
            "test_client.py",
            "src/FooTest.java",
            "spec/x.rb",
            // Gradle and Kotlin Multiplatform source sets.
            "app/src/androidTest/java/a/PinTest.kt",
            "app/src/testDebug/kotlin/a/B.kt",
            "lib/src/jvmTest/kotlin/C.kt",
            "lib/src/commonTest/kotlin/C.kt",
            "lib/src/integrationTest/java/D.java",
            "lib/src/testFixtures/java/E.java",
            // JavaScript / TypeScript.
            "src/__tests__/pin.js",
            "src/__mocks__/tls.js",
            "src/client.test.ts",
            "src/client.test.mts",
            "src/client.spec.tsx",
            "lib/client.test.js",
            // Go, Python, Ruby, Rust.
            "pkg/tls/pool_test.go",
            "tests_unit/test_pinning.py",
            // Benchmarks, fuzzers, conformance suites.
            "netty/microbench/src/main/java/Bench.java",
            "rustls/ci-bench/src/main.rs",
            "rustls/rustls-bench/src/main.rs",
            "crates/fuzz/fuzz_targets/a.rs",
            "netty/testsuite-jpms/src/main/java/A.java",
            "benches/handshake.rs",
            "rustls/rustls-fuzzing-provider/src/lib.rs",
            "src/main/java/org/example/TestRestTemplate.java",
            "pkg/pinning_test.py",
            "conftest.py",
            "spec/models/pin_spec.rb",
            "src/pin_tests.rs",
            "quinn/src/tests.rs",
            "app/tests.py",
            // Swift, Objective-C, .NET.
            "Tests/PinningTests/PinnerTests.swift",
            "TrustKitTests/TSKPinningValidatorTests.m",
            "Sources/App/PinnerTests.swift",
            "PinningUITests/Flow.swift",
            "src/Contoso.Api.Tests/Client.cs",
            "src/Client/ClientIT.java",
            "src/PinnerSpec.kt",
            // C and shared layouts.
            "iothub_client/tests/x509_e2e/main.c",
            "tests/unit_tests/a.c",
            "e2e/certs.c",
            "test-utils/ca.pem",
            "test_certs/server.crt",
            "pkg/testing/server.go",
            "fixtures/ca.pem",
            "src/test_tls.c",
            // CI and development containers.
            ".github/workflows/ci.yml",
            ".devcontainer/docker-compose.yml",
            ".circleci/config.yml",
        ] {
            assert!(is_test_path(p), "{p}");
        }
        for p in [
            "src/main.rs",
            "contest/a.py",
            "latest/x.pem",
            "testing.md",
            "attest.py",
            "src/Tester.java",
            "src/Contest/App.kt",
            "src/Latest.swift",
            "docs/attestation.md",
            "src/main/java/Protest.java",
            "Sources/Pinning/Pinner.swift",
            "app/src/main/res/xml/network_security_config.xml",
            "src/testimony.py",
            "lib/latest_tls.go",
            "contests/entry.js",
            "src/testament/a.rs",
            "src/Digest.swift",
            "src/contests.rs",
            "src/benchmarking.rs",
            "src/main/java/Testament.java",
            "src/Tester.kt",
            "App/TestFlightBanner.swift",
            "src/fuzzy/match.rs",
            "crates/workbench/src/lib.rs",
        ] {
            assert!(!is_test_path(p), "{p}");
        }
    }

    #[test]
    fn example_paths() {
        for p in [
            "examples/client.rs",
            "docs/core/examples/server.pem",
            "demo/app.py",
            "a/_examples/b.go",
            "samples/client.c",
            "iothub_client/samples/pnp/common/pnp_dps_ll.c",
        ] {
            assert!(is_example_path(p), "{p}");
        }
        for p in [
            "examples.md",
            "src/example.rs",
            "src/exemplary/a.rs",
            "src/samplers/a.rs",
        ] {
            assert!(!is_example_path(p), "{p}");
        }
    }

    #[test]
    fn places_are_judged_below_the_scan_root() {
        let roots = vec!["bench/repos".to_owned(), "/srv/tests/checkout/".to_owned()];
        assert_eq!(under_root("bench/repos/x/src/a.rs", &roots), "x/src/a.rs");
        assert_eq!(
            under_root("/srv/tests/checkout/lib/tls.py", &roots),
            "lib/tls.py"
        );
        assert_eq!(under_root("other/tests/a.rs", &roots), "other/tests/a.rs");
        assert_eq!(
            demoted_place(under_root("bench/repos/x/src/a.rs", &roots)),
            None
        );
        assert_eq!(
            under_root("bench/repository/a.rs", &roots),
            "bench/repository/a.rs"
        );
    }

    #[test]
    fn doc_and_declaration_paths() {
        for p in [
            "README.md",
            "docs/security.html",
            "kafka/docs/streams/developer-guide/security.html",
            "webapps/docs/ssl-howto.xml",
            "documentation/jetty-documentation/src/main/java/JMXDocs.java",
        ] {
            assert!(is_doc_path(p), "{p}");
            assert_eq!(demoted_place(p), Some("in documentation"), "{p}");
        }
        for p in [
            "src/docker/app.conf",
            "src/doctor.py",
            "docs.py",
            "config/nginx.conf",
        ] {
            assert!(!is_doc_path(p), "{p}");
        }
        for p in [
            "typeshed/stdlib/ssl.pyi",
            "types/node/tls.d.ts",
            "lib/x.d.mts",
        ] {
            assert_eq!(demoted_place(p), Some("in a type declaration"), "{p}");
        }
        for p in [
            "src/ssl.py",
            "src/tls.ts",
            "src/d.ts.rs",
            "src/vendors/api.py",
        ] {
            assert_eq!(demoted_place(p), None, "{p}");
        }
        for p in [
            "src/pip/_vendor/urllib3/util/ssl_.py",
            "vendor/github.com/x/tls.go",
        ] {
            assert_eq!(
                demoted_place(p),
                Some("in vendored third-party code"),
                "{p}"
            );
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("10M").unwrap(), 10 << 20);
        assert_eq!(parse_size("10MiB").unwrap(), 10 << 20);
        assert_eq!(parse_size("512k").unwrap(), 512 << 10);
        assert_eq!(parse_size("123").unwrap(), 123);
        assert!(parse_size("ten").is_err());
        assert!(parse_size("1T").is_err());
    }
}
