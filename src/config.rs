//! `.pinscan.toml`: project configuration, found at the scan root or given with
//! `--config`. Unknown keys are errors that name the key and the file. Command-line flags
//! win over the file.
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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cert::Catalog;
use crate::rules::{RuleSet, Severity};

/// The file name looked for at the scan root.
pub const FILE_NAME: &str = ".pinscan.toml";

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

/// Where the configuration for a scan of `paths` lives, if anywhere.
pub fn discover(paths: &[PathBuf]) -> Option<PathBuf> {
    let root = match paths.first() {
        Some(p) if p.is_dir() => p.clone(),
        Some(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
        None => PathBuf::from("."),
    };
    let root = if root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root
    };
    let candidate = root.join(FILE_NAME);
    candidate.is_file().then_some(candidate)
}

/// Read and check a configuration file against the rules.
pub fn load(path: &Path, rules: &RuleSet) -> Result<RawConfig, ConfigError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Read {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    let cfg: RawConfig = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    let unknown = |key: &str| ConfigError::Invalid {
        path: shown.clone(),
        message: format!("unknown rule {key:?} (see `pinscan rules`)"),
    };
    for key in cfg.rules.disable.iter().chain(cfg.rules.severity.keys()) {
        if rules.find(key).is_none() {
            return Err(unknown(key));
        }
    }
    for a in &cfg.allow {
        if let Some(r) = &a.rule
            && rules.find(r).is_none()
        {
            return Err(unknown(r));
        }
        if a.reason.trim().is_empty() {
            return Err(ConfigError::Invalid {
                path: shown,
                message: format!("allow entry for {:?} needs a non-empty `reason`", a.value),
            });
        }
    }
    if let Some(f) = &cfg.fail_on
        && !matches!(f.as_str(), "error" | "warning" | "note" | "none")
    {
        return Err(ConfigError::Invalid {
            path: shown,
            message: format!("fail-on = {f:?}: expected error, warning, note or none"),
        });
    }
    Ok(cfg)
}

/// `base` plus the CA certificates of each bundle file (PEM, DER or PKCS#7).
pub fn catalog_with(base: &Catalog, bundles: &[PathBuf]) -> Result<Catalog, ConfigError> {
    let mut catalog = base.clone();
    for path in bundles {
        let shown = format!("--ca-bundle {}", path.display());
        let bytes = std::fs::read(path).map_err(|e| ConfigError::Read {
            path: shown.clone(),
            message: format!("cannot read: {e}"),
        })?;
        catalog = catalog
            .with_bundle(&path.display().to_string(), &bytes)
            .map_err(|e| ConfigError::Invalid {
                path: shown,
                message: e.to_string(),
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
