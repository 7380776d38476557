//! `--diff REF`: the lines added or changed since a git revision, from
//! `git diff --unified=0 --relative REF`, plus untracked files (all of them counts as new),
//! so a pull request reports only what it introduces.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context as _, bail};

/// Changed line ranges per path (paths as pinscan reports them, relative to the working
/// directory).
#[derive(Debug, Clone, Default)]
pub struct Changed {
    ranges: BTreeMap<String, Vec<(usize, usize)>>,
    whole: Vec<String>,
}

impl Changed {
    /// Changed lines given as `(path, first line, last line)` (1-based, inclusive).
    pub fn from_ranges(ranges: &[(&str, usize, usize)]) -> Changed {
        let mut c = Changed::default();
        for &(path, a, b) in ranges {
            c.ranges.entry(path.to_owned()).or_default().push((a, b));
        }
        c
    }

    pub fn contains(&self, path: &str, line: usize) -> bool {
        let path = path.strip_prefix("./").unwrap_or(path);
        self.whole.iter().any(|w| w == path)
            || self
                .ranges
                .get(path)
                .is_some_and(|r| r.iter().any(|&(a, b)| line >= a && line <= b))
    }
}

fn git(args: &[&str]) -> anyhow::Result<String> {
    let out = Command::new("git")
        .args(args)
        .output()
        .context("--diff needs the git command")?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("not a git repository") {
            bail!("--diff: the current directory is not inside a git repository");
        }
        bail!("--diff: git {} failed: {}", args.join(" "), err.trim());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Parse `git diff --unified=0` output into added line ranges.
fn parse(diff: &str, changed: &mut Changed) {
    let mut current: Option<String> = None;
    for line in diff.lines() {
        if let Some(path) = line.strip_prefix("+++ ") {
            current = path
                .strip_prefix("b/")
                .map(str::to_owned)
                .filter(|_| path != "/dev/null");
        } else if let (Some(path), Some(hunk)) = (&current, line.strip_prefix("@@ ")) {
            // @@ -a,b +c,d @@
            let Some(plus) = hunk.split(' ').find(|p| p.starts_with('+')) else {
                continue;
            };
            let mut parts = plus[1..].split(',');
            let start: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let count: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            if count > 0 {
                changed
                    .ranges
                    .entry(path.clone())
                    .or_default()
                    .push((start, start + count - 1));
            }
        }
    }
}

pub fn changed_lines(reference: &str, paths: &[PathBuf]) -> anyhow::Result<Changed> {
    git(&["rev-parse", "--is-inside-work-tree"])?;
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{reference}^{{commit}}"),
    ])
    .with_context(|| format!("--diff {reference}: not a commit in this repository"))?;
    let mut args = vec![
        "diff",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--relative",
        reference,
        "--",
    ];
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(shown.iter().map(String::as_str));
    let mut changed = Changed::default();
    parse(&git(&args)?, &mut changed);
    let mut untracked = vec!["ls-files", "--others", "--exclude-standard", "--"];
    untracked.extend(shown.iter().map(String::as_str));
    changed.whole = git(&untracked)?.lines().map(str::to_owned).collect();
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hunks() {
        let diff = "diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -3,0 +4,2 @@\n+a\n+b\n@@ -10 +12 @@\n-c\n+d\n@@ -20,3 +22,0 @@\n";
        let mut c = Changed::default();
        parse(diff, &mut c);
        assert!(c.contains("x.py", 4) && c.contains("x.py", 5) && c.contains("x.py", 12));
        assert!(!c.contains("x.py", 6) && !c.contains("x.py", 22) && !c.contains("y.py", 4));
    }
}
