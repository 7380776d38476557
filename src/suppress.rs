//! Suppressions: inline `pinscan: ignore[PIN101] reason` comments (any comment syntax, on
//! the finding's line or the line above; an id or a rule name; several separated by
//! commas; a bare `pinscan: ignore` silences every rule on that line), allowlisted values
//! from `.pinscan.toml`, and baselines (fingerprints of accepted findings, line-independent,
//! so moved code does not resurface).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::config::Allow;
use crate::finding::{Finding, normalise_value};
use crate::rules::RuleSet;

const MARKER: &str = "pinscan: ignore";

/// One `pinscan: ignore` comment.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Suppression {
    pub path: String,
    pub line: usize,
    /// Rule ids it names (empty: every rule).
    pub rules: Vec<String>,
    /// A comment on a line of its own also covers the next line; a trailing comment only
    /// its own line.
    #[serde(skip)]
    pub standalone: bool,
    #[serde(skip)]
    pub used: bool,
}

/// Every suppression comment in `text`, rule names turned into ids.
pub fn parse(path: &str, text: &str, rules: &RuleSet) -> Vec<Suppression> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(pos) = line.find(MARKER) else {
            continue;
        };
        let before = line[..pos].trim();
        let standalone =
            before.chars().all(|c| !c.is_alphanumeric()) || before.eq_ignore_ascii_case("rem");
        let rest = &line[pos + MARKER.len()..];
        let mut ids = Vec::new();
        if let Some(list) = rest
            .strip_prefix('[')
            .and_then(|r| r.split_once(']'))
            .map(|(l, _)| l)
        {
            for key in list.split(',').map(str::trim).filter(|k| !k.is_empty()) {
                ids.push(
                    rules
                        .find(key)
                        .map_or_else(|| key.to_owned(), |r| r.id.clone()),
                );
            }
        }
        out.push(Suppression {
            path: path.to_owned(),
            line: i + 1,
            rules: ids,
            standalone,
            used: false,
        });
    }
    out
}

/// Drop findings covered by a suppression on their line or the line above; mark those used.
/// Returns how many were dropped.
pub fn apply(findings: &mut Vec<Finding>, sups: &mut [Suppression]) -> usize {
    let before = findings.len();
    findings.retain(|f| {
        let hit = sups.iter_mut().find(|s| {
            (s.line == f.start.line || (s.standalone && s.line + 1 == f.start.line))
                && (s.rules.is_empty() || s.rules.contains(&f.rule_id))
        });
        match hit {
            Some(s) => {
                s.used = true;
                false
            }
            None => true,
        }
    });
    before - findings.len()
}

/// A baseline file: accepted findings by fingerprint (with counts, so a second copy of
/// the same value in the same file is still new).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub tool: String,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule_id: String,
    pub path: String,
    pub count: usize,
}

impl Baseline {
    pub fn from_findings(findings: &[Finding]) -> Baseline {
        let mut map: BTreeMap<(String, String, String), usize> = BTreeMap::new();
        for f in findings {
            *map.entry((f.path.clone(), f.rule_id.clone(), f.fingerprint.clone()))
                .or_default() += 1;
        }
        Baseline {
            version: 1,
            tool: format!("pinscan {}", env!("CARGO_PKG_VERSION")),
            findings: map
                .into_iter()
                .map(|((path, rule_id, fingerprint), count)| BaselineEntry {
                    fingerprint,
                    rule_id,
                    path,
                    count,
                })
                .collect(),
        }
    }

    /// Remove findings the baseline accepts; returns how many.
    pub fn filter(&self, findings: &mut Vec<Finding>) -> usize {
        let mut left: BTreeMap<&str, usize> = BTreeMap::new();
        for e in &self.findings {
            *left.entry(e.fingerprint.as_str()).or_default() += e.count;
        }
        let before = findings.len();
        findings.retain(|f| match left.get_mut(f.fingerprint.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        before - findings.len()
    }
}

/// Drop findings whose value is allowlisted.
pub fn apply_allowlist(findings: &mut Vec<Finding>, allow: &[Allow], rules: &RuleSet) -> usize {
    if allow.is_empty() {
        return 0;
    }
    let wanted: Vec<(String, Option<String>)> = allow
        .iter()
        .map(|a| {
            (
                normalise_value(&a.value),
                a.rule
                    .as_deref()
                    .map(|r| rules.find(r).map_or_else(|| r.to_owned(), |x| x.id.clone())),
            )
        })
        .collect();
    let before = findings.len();
    findings.retain(|f| {
        let v = normalise_value(f.value.as_deref().unwrap_or(&f.matched));
        !wanted.iter().any(|(w, rule)| {
            (v == *w || v.ends_with(w.as_str())) && rule.as_ref().is_none_or(|r| *r == f.rule_id)
        })
    });
    before - findings.len()
}
