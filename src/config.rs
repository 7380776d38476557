//! Project configuration: `.pinscan.toml`, or a `[tool.pinscan]` table in
//! `pyproject.toml`, found like ruff finds its own: the nearest one walking up from the
//! scanned paths (their common folder) to the repository root, so that a tree scan, a
//! pre-commit hook naming `src/app/client.py` and CI read the same file. `--config FILE`
//! names one; `--no-config` ignores them all. Unknown keys are errors that name the key
//! and the file. Command-line flags win over the file.
//!
//! ```toml
//! fail-on = "error"                 # error | warning | note | none
//! exclude = ["vendor/**", "docs/"]  # globs, like --exclude
//! demote-test-paths = true          # findings in test code are notes
//! ca-bundles = ["certs/private-ca.pem"]
//! expiry-window = 60
//!
//! [rules]
//! disable = ["PIN103", "ca-name-compare"]
//! severity = { PIN202 = "note" }
//!
//! [[allow]]
//! value = "sha256/AAAA..."
//! reason = "staging endpoint, pinned on purpose"
//! rule = "PIN101"                   # optional
//! ```
//!
//! A configuration file is read only when it is a regular file (not a FIFO, a device or
//! `/proc` entry) of at most [`MAX_CONFIG_BYTES`]; errors quote at most a short, escaped
//! excerpt of it. A configuration found in the tree (not named by `--config`) must not
//! leave it, and neither may its `ca-bundles`: a symbolic link (or a path) that resolves
//! outside the tree ([`tree_root`]) is refused ([`inside`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cert::Catalog;
use crate::escape::excerpt;
use crate::rules::{RuleSet, Severity};

/// The file name looked for in each folder from the scanned paths up to the repository root.
pub const FILE_NAME: &str = ".pinscan.toml";

/// Also looked for, when it has a `[tool.pinscan]` table (`.pinscan.toml` wins in the same
/// folder).
pub const PYPROJECT: &str = "pyproject.toml";

/// The largest configuration (or CA bundle) file read.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The largest baseline file read (`--baseline`).
pub const MAX_BASELINE_BYTES: u64 = 64 << 20;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawConfig {
    pub fail_on: Option<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    pub demote_test_paths: Option<bool>,
    #[serde(default)]
    pub ca_bundles: Vec<PathBuf>,
    pub expiry_window: Option<u32>,
    #[serde(default)]
    pub rules: RawRules,
    #[serde(default)]
    pub allow: Vec<Allow>,
    /// For a configuration found in the tree (by [`discover`], loaded with
    /// [`load_discovered`]): the tree its `ca-bundles` must stay inside. `None` for a
    /// configuration the user named (`--config`), which may name files anywhere.
    #[serde(skip)]
    pub root: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
}

/// A configuration problem.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Where the configuration for a scan of `paths` lives, if anywhere: the nearest
/// `.pinscan.toml` (or `pyproject.toml` with a `[tool.pinscan]` table) in the common folder
/// of `paths` or above it, up to the repository root (the first folder with a `.git`).
/// Outside a repository, folders above the current directory are not looked at.
pub fn discover(paths: &[PathBuf]) -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let start = common_folder(paths, &cwd)?;
    let mut dir = start.as_path();
    loop {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(relative_to(&candidate, &cwd));
        }
        let pyproject = dir.join(PYPROJECT);
        if pyproject.is_file() && has_pinscan_table(&pyproject) {
            return Some(relative_to(&pyproject, &cwd));
        }
        if dir.join(".git").exists() {
            return None;
        }
        match dir.parent() {
            Some(up) if in_repository(up) || up.starts_with(&cwd) => dir = up,
            _ => return None,
        }
    }
}

/// Whether `dir` or a folder above it is a repository root.
fn in_repository(dir: &Path) -> bool {
    dir.ancestors().any(|d| d.join(".git").exists())
}

/// The deepest folder holding every path of `paths` (a file counts by its folder), made
/// absolute against `cwd` (lexically: symbolic links are not resolved).
fn common_folder(paths: &[PathBuf], cwd: &Path) -> Option<PathBuf> {
    let default = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut common: Option<PathBuf> = None;
    for p in paths {
        let abs = normalise(&cwd.join(p));
        let folder = if abs.is_dir() {
            abs
        } else {
            abs.parent().map(Path::to_path_buf)?
        };
        common = Some(match common {
            None => folder,
            Some(c) => c
                .components()
                .zip(folder.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    common
}

/// `path` without `.` components and with `..` applied (lexically).
fn normalise(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `cwd` when it is below it (shorter in messages), else as is.
fn relative_to(path: &Path, cwd: &Path) -> PathBuf {
    match path.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.to_path_buf(),
        _ => path.to_path_buf(),
    }
}

/// Whether a `pyproject.toml` has a `[tool.pinscan]` table (a malformed one counts, so
/// that `load` reports the problem instead of the file being passed over). One that
/// leaves the tree is not read (and not applied).
fn has_pinscan_table(path: &Path) -> bool {
    inside(path, &tree_root(path)).is_ok()
        && read_bounded(path).is_ok_and(|text| {
            text.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with("[tool.pinscan]") || l.starts_with("[tool.pinscan.")
            })
        })
}

/// The text of a configuration file: a regular file (symbolic links followed) of at most
/// [`MAX_CONFIG_BYTES`], valid UTF-8. A FIFO or device is refused before it is opened.
pub fn read_bounded(path: &Path) -> Result<String, String> {
    let bytes = read_bytes_bounded(path)?;
    String::from_utf8(bytes).map_err(|_| "not valid UTF-8".to_owned())
}

/// The bytes of a file named by a flag or a configuration key (see [`read_bounded`]).
pub fn read_bytes_bounded(path: &Path) -> Result<Vec<u8>, String> {
    read_bytes_capped(path, MAX_CONFIG_BYTES)
}

/// The bytes of a regular file (symbolic links followed) of at most `max` bytes. A FIFO,
/// device, socket or directory is refused before it is opened; the size is checked before
/// reading (a `/proc` entry, which says it is empty, is read no further than `max`), and
/// the file is opened without blocking, then checked again on the open file (it may have
/// been replaced meanwhile).
pub fn read_bytes_capped(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let cannot = |e: std::io::Error| format!("cannot read: {e}");
    let regular = |md: &std::fs::Metadata| -> Result<(), String> {
        if !md.is_file() {
            return Err("not a regular file".to_owned());
        }
        if md.len() > max {
            return Err(format!("larger than {max} bytes"));
        }
        Ok(())
    };
    regular(&std::fs::metadata(path).map_err(cannot)?)?;
    // O_NONBLOCK: a FIFO swapped in after the check does not block the open.
    let file = open_nonblocking(path).map_err(cannot)?;
    regular(&file.metadata().map_err(cannot)?)?;
    let mut bytes = Vec::new();
    file.take(max + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(format!("larger than {max} bytes"));
    }
    Ok(bytes)
}

/// Open for reading; on Unix with `O_NONBLOCK`, so that opening a FIFO does not wait for
/// a writer (a regular file reads as usual).
#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// The tree a configuration file found by [`discover`] belongs to: its repository's root
/// (the nearest folder at or above it with a `.git`), else its own folder.
pub fn tree_root(config: &Path) -> PathBuf {
    let folder = config.parent().unwrap_or(Path::new(""));
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    folder
        .ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(&folder)
        .to_path_buf()
}

/// `Err` (a message for the user) when `path`, with every symbolic link resolved, is not
/// inside `root`: a file the tree names must not lead out of it (`.pinscan.toml` linked to
/// `~/.ssh/config` or `/proc/self/environ`).
pub fn inside(path: &Path, root: &Path) -> Result<(), String> {
    let real = std::fs::canonicalize(path).map_err(|e| format!("cannot read: {e}"))?;
    let root = std::fs::canonicalize(root).map_err(|e| format!("cannot read: {e}"))?;
    if real.starts_with(&root) {
        Ok(())
    } else {
        Err(
            "leaves the scanned tree (a symbolic link or a path to a file outside it): \
             not read"
                .to_owned(),
        )
    }
}

/// A CA catalog file (`--catalog FILE`), validated as the built-in one is: a regular file
/// of at most [`MAX_CONFIG_BYTES`] in the `rules/ca/catalog.toml` format. The error names
/// no more of the file than a short, escaped excerpt.
pub fn load_catalog(path: &Path) -> Result<Catalog, String> {
    let text = read_bounded(path)?;
    Catalog::from_toml(&text).map_err(|e| {
        let message = e.to_string();
        excerpt(message.lines().next().unwrap_or_default(), 300)
    })
}

/// A TOML error as "line N: message", the message escaped and bounded (the `toml` crate's
/// own rendering quotes the offending line of the file).
fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let line = e
        .span()
        .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
    let msg = excerpt(e.message().trim(), 200);
    match line {
        Some(n) => format!("line {n}: {msg}"),
        None => msg,
    }
}

/// [`load`] for a configuration found in the tree by [`discover`]: it must not leave the
/// tree ([`tree_root`]), and `root` is set so that its `ca-bundles` may not either.
pub fn load_discovered(path: &Path, rules: &RuleSet) -> Result<RawConfig, ConfigError> {
    let root = tree_root(path);
    inside(path, &root).map_err(|message| ConfigError::Read {
        path: shown(path),
        message,
    })?;
    let mut cfg = load(path, rules)?;
    cfg.root = Some(root);
    Ok(cfg)
}

/// How a configuration file is named in errors.
fn shown(path: &Path) -> String {
    let is_pyproject = path.file_name().is_some_and(|n| n == PYPROJECT);
    if is_pyproject {
        format!(
            "{} [tool.pinscan]",
            excerpt(&path.display().to_string(), 300)
        )
    } else {
        excerpt(&path.display().to_string(), 300)
    }
}

/// Read and check a configuration file against the rules: `.pinscan.toml`, or the
/// `[tool.pinscan]` table of a `pyproject.toml` (by file name).
pub fn load(path: &Path, rules: &RuleSet) -> Result<RawConfig, ConfigError> {
    let shown = shown(path);
    let is_pyproject = path.file_name().is_some_and(|n| n == PYPROJECT);
    let text = read_bounded(path).map_err(|message| ConfigError::Read {
        path: shown.clone(),
        message,
    })?;
    let invalid = |message: String| ConfigError::Invalid {
        path: shown.clone(),
        message,
    };
    let cfg: RawConfig = if is_pyproject {
        let table: toml::Table =
            toml::from_str(&text).map_err(|e| invalid(toml_error(&text, &e)))?;
        match table.get("tool").and_then(|t| t.get("pinscan")) {
            Some(v) => v
                .clone()
                .try_into()
                .map_err(|e: toml::de::Error| invalid(excerpt(e.message().trim(), 200)))?,
            None => RawConfig::default(),
        }
    } else {
        toml::from_str(&text).map_err(|e| invalid(toml_error(&text, &e)))?
    };
    check(&cfg, rules).map_err(invalid)?;
    Ok(cfg)
}

/// The checks serde cannot make: rule names exist, allow entries have reasons, `fail-on`
/// is a level, `exclude` entries are valid globs. Messages name the key.
fn check(cfg: &RawConfig, rules: &RuleSet) -> Result<(), String> {
    let unknown = |key: &str| format!("unknown rule {:?} (see `pinscan rules`)", excerpt(key, 80));
    for key in &cfg.rules.disable {
        if rules.find(key).is_none() {
            return Err(format!("rules.disable: {}", unknown(key)));
        }
    }
    for key in cfg.rules.severity.keys() {
        if rules.find(key).is_none() {
            return Err(format!("rules.severity: {}", unknown(key)));
        }
    }
    for a in &cfg.allow {
        if let Some(r) = &a.rule
            && rules.find(r).is_none()
        {
            return Err(format!("allow.rule: {}", unknown(r)));
        }
        if a.reason.trim().is_empty() {
            return Err(format!(
                "allow: the entry for {:?} needs a non-empty `reason`",
                excerpt(&a.value, 80)
            ));
        }
    }
    if let Some(f) = &cfg.fail_on
        && !matches!(f.as_str(), "error" | "warning" | "note" | "none")
    {
        return Err(format!(
            "fail-on = {:?}: expected error, warning, note or none",
            excerpt(f, 40)
        ));
    }
    for g in &cfg.exclude {
        if let Err(e) = globset::Glob::new(g.strip_prefix('!').unwrap_or(g)) {
            return Err(format!(
                "exclude: {:?} is not a valid glob: {}",
                excerpt(g, 80),
                excerpt(e.kind().to_string().as_str(), 120)
            ));
        }
    }
    Ok(())
}

/// `base` plus the CA certificates of each bundle file (PEM, DER or PKCS#7), given with
/// `--ca-bundle`.
pub fn catalog_with(base: &Catalog, bundles: &[PathBuf]) -> Result<Catalog, ConfigError> {
    catalog_from(base, bundles, |p| format!("--ca-bundle {}", p.display()))
}

/// `base` plus the CA certificates of each bundle file; `origin` names where a bundle was
/// given (the flag, or `ca-bundles` of a configuration file) for error messages.
pub fn catalog_from(
    base: &Catalog,
    bundles: &[PathBuf],
    origin: impl Fn(&Path) -> String,
) -> Result<Catalog, ConfigError> {
    catalog_within(base, bundles, origin, None)
}

/// [`catalog_from`], each bundle required to be inside `root` when one is given (the
/// `ca-bundles` of a configuration found in the tree).
pub fn catalog_within(
    base: &Catalog,
    bundles: &[PathBuf],
    origin: impl Fn(&Path) -> String,
    root: Option<&Path>,
) -> Result<Catalog, ConfigError> {
    let mut catalog = base.clone();
    for path in bundles {
        let shown = excerpt(&origin(path), 300);
        if let Some(root) = root {
            inside(path, root).map_err(|message| ConfigError::Read {
                path: shown.clone(),
                message,
            })?;
        }
        let bytes = read_bytes_bounded(path).map_err(|message| ConfigError::Read {
            path: shown.clone(),
            message,
        })?;
        catalog = catalog
            .with_bundle(&path.display().to_string(), &bytes)
            .map_err(|e| ConfigError::Invalid {
                path: shown,
                message: excerpt(&e.to_string(), 200),
            })?;
    }
    Ok(catalog)
}

/// An allowlisted value from the configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// The value (any spelling: compared after removing separators, quotes and case).
    pub value: String,
    /// Why it is allowed (required: reviewers read it).
    pub reason: String,
    /// Only for this rule (id or name).
    #[serde(default)]
    pub rule: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_builtin;

    fn write(text: &str) -> tempfile_path::TempPath {
        tempfile_path::TempPath::new(text)
    }

    mod tempfile_path {
        pub(super) struct TempPath(pub(super) std::path::PathBuf);
        impl TempPath {
            pub(super) fn new(text: &str) -> TempPath {
                let p = std::env::temp_dir().join(format!(
                    "pinscan-cfg-{}-{}.toml",
                    std::process::id(),
                    text.len()
                ));
                std::fs::write(&p, text).unwrap();
                TempPath(p)
            }
        }
        impl Drop for TempPath {
            fn drop(&mut self) {
                let _ = std::fs::remove_file(&self.0);
            }
        }
    }

    #[test]
    fn unknown_keys_name_the_key_and_file() {
        let rules = load_builtin().unwrap();
        let f = write("fail-on = \"error\"\nexclud = [\"x\"]\n");
        let err = load(&f.0, &rules).unwrap_err().to_string();
        assert!(err.contains("exclud") && err.contains(".toml"), "{err}");
        let f = write("[rules]\ndisable = [\"PIN999\"]\n");
        let err = load(&f.0, &rules).unwrap_err().to_string();
        assert!(err.contains("PIN999"), "{err}");
    }

    #[test]
    fn a_full_config_loads() {
        let rules = load_builtin().unwrap();
        let f = write(
            "fail-on = \"error\"\nexclude = [\"vendor/**\"]\ndemote-test-paths = false\n[rules]\ndisable = [\"ca-name-compare\"]\nseverity = { PIN202 = \"note\" }\n[[allow]]\nvalue = \"AB:CD\"\nreason = \"test rig\"\nrule = \"PIN102\"\n",
        );
        let cfg = load(&f.0, &rules).unwrap();
        assert_eq!(cfg.fail_on.as_deref(), Some("error"));
        assert_eq!(cfg.rules.severity.get("PIN202"), Some(&Severity::Note));
        assert_eq!(cfg.allow.len(), 1);
    }
}
