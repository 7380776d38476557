//! `pinscan sweep`: one scan per repository of a list, for an organisation-wide inventory.
//! This module holds what does not touch the terminal: reading the list, the shard a
//! repository belongs to, its name and result-file name, its web address, the result
//! document, and writing it atomically. `commands::sweep` (the binary) runs the scans.
//!
//! A result file (`<key>.json`) is the contract with `pinscan merge`:
//! `{"pinscan_sweep_result": 1, "repository": {name, source, url, commit}, "status": "ok" |
//! "failed", "error": null | "...", "report": <the JSON report of pinscan scan> | null}`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// The `pinscan_sweep_result` version written into every result file.
pub const RESULT_VERSION: u32 = 1;

/// Longest list file read (bytes): a list of 100,000 URLs is far below it.
pub const MAX_LIST_BYTES: u64 = 16 * 1024 * 1024;

/// One repository of the list: a local folder or a git URL, as written there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
    /// The line of the list (trimmed).
    pub source: String,
    /// Its place in the list (0-based, counting repositories only), which decides the shard.
    pub index: usize,
}

impl Repo {
    /// Whether the source is a git URL to clone (`https://`, `ssh://`, `git://`, `file://`,
    /// `user@host:path`) rather than a local folder.
    pub fn is_remote(&self) -> bool {
        is_url(&self.source)
    }

    /// A short name for reports: `owner/name` for a URL (without `.git`), else the
    /// folder's last two components (`org/repo`), or its only one.
    pub fn name(&self) -> String {
        let s = self.source.trim_end_matches('/');
        let s = s.strip_suffix(".git").unwrap_or(s);
        let s = if self.is_remote() {
            // `git@github.com:owner/name`: the part after the host.
            match s.split_once("://") {
                Some((_, rest)) => rest.split_once('/').map_or(rest, |(_, p)| p),
                None => s.split_once(':').map_or(s, |(_, p)| p),
            }
        } else {
            s
        };
        let parts: Vec<&str> = s
            .split(['/', '\\'])
            .filter(|p| !p.is_empty() && *p != "." && *p != "..")
            .collect();
        match parts.as_slice() {
            [] => "repository".to_owned(),
            [one] => (*one).to_owned(),
            [.., a, b] if self.is_remote() => format!("{a}/{b}"),
            [.., b] => (*b).to_owned(),
        }
    }

    /// The result file's name: the name made safe for any file system (`owner__name`)
    /// and a short hash of the source, so that two sources with one name do not collide.
    pub fn key(&self) -> String {
        let safe: String = self
            .name()
            .chars()
            .map(|c| match c {
                '/' => '_',
                c if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') => c,
                _ => '-',
            })
            .take(80)
            .collect();
        let safe = safe.trim_start_matches('.');
        let hash = Sha256::digest(self.source.as_bytes());
        let [a, b, c, d, ..] = hash.as_slice() else {
            return safe.to_owned();
        };
        format!("{safe}-{a:02x}{b:02x}{c:02x}{d:02x}")
    }
}

/// Whether `s` is a git URL rather than a path.
pub fn is_url(s: &str) -> bool {
    if let Some((scheme, _)) = s.split_once("://") {
        return !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+');
    }
    // scp-like `user@host:path` (a colon before any slash, and an `@` before it).
    match (s.find(':'), s.find('/')) {
        (Some(colon), slash) => slash.is_none_or(|sl| colon < sl) && s[..colon].contains('@'),
        _ => false,
    }
}

/// Parse a repository list: one local folder or git URL per line; blank lines and lines
/// starting with `#` are left out, and a repeated source counts once.
pub fn parse_list(text: &str) -> Vec<Repo> {
    let mut seen = std::collections::BTreeSet::new();
    let mut repos = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || !seen.insert(line.to_owned()) {
            continue;
        }
        repos.push(Repo {
            source: line.to_owned(),
            index: repos.len(),
        });
    }
    repos
}

/// `--shard K/N`: the K-th of N shares (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: usize,
    pub n: usize,
}

impl Shard {
    /// Parse `K/N` with 1 ≤ K ≤ N.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("{s:?}: expected K/N, such as 2/8"))?;
        let (k, n): (usize, usize) = (
            k.trim()
                .parse()
                .map_err(|_| format!("{s:?}: K is not a number"))?,
            n.trim()
                .parse()
                .map_err(|_| format!("{s:?}: N is not a number"))?,
        );
        if n == 0 || k == 0 || k > n {
            return Err(format!("{s:?}: expected 1 <= K <= N"));
        }
        Ok(Shard { k, n })
    }

    /// Whether `repo` is in this shard: repositories are dealt round-robin in list order,
    /// so the N shards differ in size by at most one and need no coordinator.
    pub fn contains(&self, repo: &Repo) -> bool {
        repo.index % self.n == self.k - 1
    }
}

/// What is known of a repository, as written into its result file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct RepoInfo {
    pub name: String,
    pub source: String,
    /// Its web address on GitHub (`https://github.com/owner/name`), when known.
    pub url: Option<String>,
    /// The commit scanned, when the repository is a git checkout.
    pub commit: Option<String>,
}

/// One result file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SweepResult {
    pub pinscan_sweep_result: u32,
    pub repository: RepoInfo,
    /// `ok` or `failed`.
    pub status: String,
    pub error: Option<String>,
    pub report: Option<serde_json::Value>,
}

/// The `https://github.com/owner/name` address of a clone URL (`https://`, `ssh://`,
/// `git@github.com:`), or `None` for other hosts and shapes.
pub fn github_url(remote: &str) -> Option<String> {
    let r = remote.trim();
    let r = r.strip_suffix(".git").unwrap_or(r).trim_end_matches('/');
    let path = r
        .strip_prefix("https://github.com/")
        .or_else(|| r.strip_prefix("http://github.com/"))
        .or_else(|| r.strip_prefix("ssh://git@github.com/"))
        .or_else(|| r.strip_prefix("git@github.com:"))
        .or_else(|| r.strip_prefix("git://github.com/"))?;
    let mut parts = path.split('/');
    let (owner, name) = (parts.next()?, parts.next()?);
    let ok = |p: &str| {
        !p.is_empty()
            && p != "."
            && p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    (parts.next().is_none() && ok(owner) && ok(name))
        .then(|| format!("https://github.com/{owner}/{name}"))
}

/// Whether `dir` already holds a finished result for `repo` (`--resume`): a result file
/// that parses and whose scan succeeded. A failed repository is tried again.
pub fn finished(dir: &Path, repo: &Repo) -> bool {
    let path = result_path(dir, repo);
    crate::config::read_bytes_capped(&path, MAX_RESULT_BYTES)
        .ok()
        .and_then(|b| serde_json::from_slice::<SweepResult>(&b).ok())
        .is_some_and(|r| r.status == "ok" && r.repository.source == repo.source)
}

/// Largest result file `--resume` reads back.
pub const MAX_RESULT_BYTES: u64 = 1024 * 1024 * 1024;

/// Where `repo`'s result goes in `dir`.
pub fn result_path(dir: &Path, repo: &Repo) -> PathBuf {
    dir.join(format!("{}.json", repo.key()))
}

/// Write `bytes` to `path` atomically: into a temporary file beside it (a dot name that
/// does not end in `.json`, so neither `merge` nor `--resume` reads a half-written one),
/// flushed to disk, then renamed over `path`. A sweep killed at any moment leaves
/// either the old file or the new one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.partial", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(s: &str) -> Repo {
        Repo {
            source: s.to_owned(),
            index: 0,
        }
    }

    #[test]
    fn names_of_urls_and_folders() {
        assert_eq!(
            repo("https://github.com/Azure/iotedge.git").name(),
            "Azure/iotedge"
        );
        assert_eq!(
            repo("git@github.com:rustls/rustls.git").name(),
            "rustls/rustls"
        );
        assert_eq!(repo("ssh://git@host:22/a/b/c").name(), "b/c");
        assert_eq!(repo("/src/repos/tokio/").name(), "tokio");
        assert_eq!(repo("./tokio").name(), "tokio");
        assert_eq!(repo("..").name(), "repository");
        assert!(repo("https://x/y").is_remote());
        assert!(repo("git@github.com:a/b").is_remote());
        assert!(!repo("/srv/a:b/c").is_remote());
        assert!(!repo("./a@b:c").is_remote());
        assert!(!repo("C:/src/a").is_remote());
    }

    #[test]
    fn keys_are_safe_file_names_and_differ_by_source() {
        let a = repo("https://github.com/o/n").key();
        let b = repo("/srv/o/n").key();
        assert!(a.starts_with("o_n-"), "{a}");
        assert!(b.starts_with("n-"), "{b}");
        let evil = repo("../../..\u{1b}[2J/.hidden").key();
        assert!(
            evil.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')),
            "{evil}"
        );
        assert!(!evil.starts_with('.'), "{evil}");
        assert_ne!(repo("a/x").key(), repo("b/x").key());
    }

    #[test]
    fn shards_partition_the_list() {
        let list: String =
            (0..103).fold(String::new(), |acc, i| acc + &format!("repo{i}\n# c\n\n"));
        let repos = parse_list(&(list.clone() + "repo5\n"));
        assert_eq!(repos.len(), 103);
        for n in [1, 2, 4, 7] {
            let mut seen = vec![0; repos.len()];
            for k in 1..=n {
                let shard = Shard::parse(&format!("{k}/{n}")).unwrap();
                let size = repos.iter().filter(|r| shard.contains(r)).count();
                assert!(size.abs_diff(103 / n) <= 1, "{k}/{n}: {size}");
                for r in repos.iter().filter(|r| shard.contains(r)) {
                    seen[r.index] += 1;
                }
            }
            assert!(seen.iter().all(|&s| s == 1), "{n}: {seen:?}");
        }
        for bad in ["0/4", "5/4", "1/0", "x/2", "3"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn github_urls_only_for_github() {
        for remote in [
            "https://github.com/o/n.git",
            "git@github.com:o/n.git",
            "ssh://git@github.com/o/n",
            "https://github.com/o/n/",
        ] {
            assert_eq!(
                github_url(remote).as_deref(),
                Some("https://github.com/o/n")
            );
        }
        for remote in [
            "https://gitlab.com/o/n",
            "https://github.com/o",
            "https://github.com/o/n/x",
            "https://github.com/o/\"><script>",
            "javascript:alert(1)",
        ] {
            assert_eq!(github_url(remote), None, "{remote}");
        }
    }

    #[test]
    fn atomic_writes_leave_no_partial_file() {
        let dir = std::env::temp_dir().join(format!("pinscan-sweep-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.json");
        write_atomic(&path, b"{}").unwrap();
        write_atomic(&path, b"{\"a\":1}").unwrap();
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["x.json"]);
        assert_eq!(std::fs::read(&path).unwrap(), b"{\"a\":1}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
