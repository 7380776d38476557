//! `--diff REF`: the lines added or changed since a git revision, from
//! `git diff --unified=0 --relative REF`, plus untracked files (all of them counts as new),
//! so a pull request reports only what it introduces.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::anyhow;

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

/// Run git in the current directory, hardened for a repository pinscan may not trust
/// (`git::command_in`); `Err` holds `reason` (git's own words, maybe empty), or why git
/// could not run.
fn git(args: &[&str]) -> Result<String, String> {
    let out = crate::git::command_in(Path::new("."))
        .and_then(|mut cmd| {
            cmd.args(args);
            crate::git::output(cmd, crate::git::TIMEOUT)
        })
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::TimedOut {
                e.to_string()
            } else {
                format!("cannot run git (--diff needs the git command): {e}")
            }
        })?;
    if !out.status.success() {
        return Err(crate::git::reason(&out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Why `reference` does not resolve to a commit, when git (asked with `--quiet`) said
/// nothing: an empty repository, a shallow clone, or no such revision.
fn unresolved(said: String) -> String {
    if !said.is_empty() {
        return said;
    }
    if git(&["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).is_err() {
        return "the repository has no commits yet".to_owned();
    }
    if git(&["rev-parse", "--is-shallow-repository"]).is_ok_and(|s| s.trim() == "true") {
        return "unknown revision, and this is a shallow clone (its history is cut short): \
                fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)"
            .to_owned();
    }
    "unknown revision or not a commit (a branch of a remote needs git fetch first)".to_owned()
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

/// The lines changed since `reference`, from git run in the current directory. An error
/// names the reference and says why git could not use it, in one line.
pub fn changed_lines(reference: &str, paths: &[PathBuf]) -> anyhow::Result<Changed> {
    let shown_ref = crate::escape::terminal(reference);
    let failed = |what: &str, why: String| {
        let why = if why.is_empty() {
            "git gave no reason".to_owned()
        } else {
            why
        };
        anyhow!("--diff {shown_ref}: {what}: {why}")
    };
    git(&["rev-parse", "--is-inside-work-tree"]).map_err(|why| {
        let why = if why.contains("not a git repository") {
            let cwd = std::env::current_dir()
                .map(|d| format!(" ({})", crate::escape::terminal(&d.display().to_string())))
                .unwrap_or_default();
            format!("the current directory{cwd} is not inside a git repository (git: {why})")
        } else if why.contains("dubious ownership") {
            format!(
                "the repository belongs to another user, and pinscan does not mark it safe \
                 (git's safe.directory is the owner's choice to make) (git: {why})"
            )
        } else {
            why
        };
        failed("git could not resolve this revision", why)
    })?;
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{reference}^{{commit}}"),
    ])
    .map_err(|why| {
        failed(
            "git could not resolve this revision to a commit",
            unresolved(why),
        )
    })?;
    let mut args = vec![
        "diff",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--relative",
        reference,
        "--",
    ];
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(shown.iter().map(String::as_str));
    let mut changed = Changed::default();
    let diff = git(&args).map_err(|why| failed("git diff failed", why))?;
    parse(&diff, &mut changed);
    let mut untracked = vec!["ls-files", "--others", "--exclude-standard", "--"];
    untracked.extend(shown.iter().map(String::as_str));
    changed.whole = git(&untracked)
        .map_err(|why| failed("git ls-files failed", why))?
        .lines()
        .map(str::to_owned)
        .collect();
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
