//! Every git command pinscan runs (`--diff`, `sweep`'s clones) starts here, hardened for
//! trees it cannot trust: nothing the repository's configuration or attributes name is
//! executed, system-wide configuration is not read, and git never prompts.
//!
//! The policy, vector by vector:
//!
//! - **hooks**: `core.hooksPath=/dev/null` (neither `.git/hooks/*` nor a `core.hooksPath`
//!   of the repository's configuration runs);
//! - **fsmonitor**: `core.fsmonitor=false`;
//! - **external diff**: `diff.external=` (and `GIT_EXTERNAL_DIFF` removed); `git diff`
//!   callers also pass `--no-ext-diff`, which covers `diff.<driver>.command`;
//! - **textconv**: `git diff` callers pass `--no-textconv`;
//! - **filters** (`filter.<driver>.clean`/`.smudge`/`.process`: `git diff` runs clean
//!   filters on working-tree files): [`command_in`] reads attributes from the empty tree
//!   (`--attr-source`, git 2.40 or newer) instead of the working tree's `.gitattributes`,
//!   with `core.attributesFile=/dev/null` and `GIT_ATTR_NOSYSTEM=1`; and since
//!   `.git/info/attributes` still applies, it lists the configuration's keys (`git config
//!   --list --name-only`, which executes nothing) and neutralises every driver found:
//!   `filter.<name>.clean=`, `.smudge=`, `.process=`, `.required=false`,
//!   `diff.<name>.textconv=`, `diff.<name>.command=`. An empty value disables a driver
//!   (git 2.47); `required=false` keeps a required filter from failing the command;
//! - **pager, prompts, system configuration**: `--no-pager`, `core.pager=cat`,
//!   `GIT_TERMINAL_PROMPT=0`, `GIT_ASKPASS=true`, `GIT_CONFIG_NOSYSTEM=1`, standard input
//!   closed;
//! - **transport**: `protocol.ext.allow=never`, `uploadpack.packObjectsHook=`, no LFS smudge
//!   (valid for `git clone` as well: [`command`] needs no repository).
//!
//! pinscan never sets `safe.directory`: a repository owned by another user is refused by
//! git's own check ("detected dubious ownership"), and `--diff` says so.

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long one git command may take before it is killed: a repository's configuration
/// can make git wait forever (an `include.path` naming a FIFO).
pub const TIMEOUT: Duration = Duration::from_secs(120);

/// How long the short probes of [`command_in`] (object format, configuration keys) may
/// take; they read only the configuration, which takes milliseconds.
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(10);

/// Run `cmd` to its end and collect its output, killing it after `timeout` (then the
/// error's kind is `TimedOut`). Standard output and error are read as it runs, so a
/// chatty command cannot block on a full pipe.
pub fn output(mut cmd: Command, timeout: Duration) -> std::io::Result<Output> {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("git did not finish in {} s", timeout.as_secs()),
            ));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// `-c` settings given before every git subcommand. Command-line settings win over the
/// repository's own `.git/config`.
pub const HARDENING: &[&str] = &[
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "diff.external=",
    "protocol.ext.allow=never",
    "uploadpack.packObjectsHook=",
];

/// The empty tree of a SHA-1 repository (attributes are read from it: there are none).
pub const EMPTY_TREE_SHA1: &str = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

/// The empty tree of a SHA-256 repository.
pub const EMPTY_TREE_SHA256: &str =
    "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321";

/// The settings that neutralise a driver named in a `filter.<name>.*` key.
const FILTER_OFF: &[&str] = &["clean=", "smudge=", "process=", "required=false"];

/// The settings that neutralise a driver named in a `diff.<name>.*` key.
const DIFF_OFF: &[&str] = &["textconv=", "command="];

/// A `git` command with the hardening above, no pager, no prompts, no system
/// configuration and standard input closed. Add the subcommand and its arguments. Valid
/// outside a repository (`git clone`); for a command run inside one, use [`command_in`].
pub fn command() -> Command {
    let mut cmd = Command::new("git");
    cmd.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .env("GIT_ASKPASS", "true")
        .env("GIT_LFS_SKIP_SMUDGE", "1")
        .env_remove("GIT_EXTERNAL_DIFF")
        .env_remove("GIT_CONFIG_PARAMETERS")
        .env_remove("GIT_CONFIG_COUNT")
        .stdin(Stdio::null())
        .arg("--no-pager");
    for setting in HARDENING {
        cmd.arg("-c").arg(setting);
    }
    cmd
}

/// A hardened `git` command (see [`command`]) run in `repo`, a folder of a repository
/// pinscan may not trust: attributes come from the empty tree (git 2.40 or newer) and
/// from no file, and every filter and diff driver its configuration defines is
/// neutralised. Costs two short git runs (object format, configuration keys); an error
/// (kind `TimedOut`) when they do not finish in [`PROBE_TIMEOUT`], as when the
/// configuration includes a FIFO: every git command there would hang.
pub fn command_in(repo: &Path) -> std::io::Result<Command> {
    let mut cmd = command();
    cmd.current_dir(repo)
        .env("GIT_ATTR_NOSYSTEM", "1")
        .arg("-c")
        .arg("core.attributesFile=/dev/null");
    if supports_attr_source() {
        let mut probe = command();
        probe
            .current_dir(repo)
            .args(["rev-parse", "--show-object-format"]);
        let format = output(probe, PROBE_TIMEOUT).map_err(unreadable_config)?;
        let tree = match format {
            out if out.status.success() => {
                if String::from_utf8_lossy(&out.stdout).trim() == "sha256" {
                    Some(EMPTY_TREE_SHA256)
                } else {
                    Some(EMPTY_TREE_SHA1)
                }
            }
            // Not a repository: the command itself will say so.
            _ => None,
        };
        if let Some(tree) = tree {
            cmd.arg(format!("--attr-source={tree}"));
        }
    }
    let mut list = command();
    list.current_dir(repo)
        .args(["config", "--list", "--name-only", "-z"]);
    let keys = output(list, PROBE_TIMEOUT)
        .map_err(unreadable_config)?
        .stdout;
    let mut odd = Vec::new();
    for setting in neutralisers(&String::from_utf8_lossy(&keys)) {
        let (key, value) = setting.rsplit_once('=').unwrap_or((&setting, ""));
        if key.contains('=') {
            // `-c` splits at the first `=`: a driver name holding one goes through the
            // environment's configuration instead.
            odd.push((key.to_owned(), value.to_owned()));
        } else {
            cmd.arg("-c").arg(&setting);
        }
    }
    if !odd.is_empty() {
        cmd.env("GIT_CONFIG_COUNT", odd.len().to_string());
        for (i, (key, value)) in odd.iter().enumerate() {
            cmd.env(format!("GIT_CONFIG_KEY_{i}"), key)
                .env(format!("GIT_CONFIG_VALUE_{i}"), value);
        }
    }
    Ok(cmd)
}

/// A probe that timed out: the repository's configuration cannot be read.
fn unreadable_config(e: std::io::Error) -> std::io::Error {
    if e.kind() == std::io::ErrorKind::TimedOut {
        std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            format!(
                "git could not read the repository's configuration in {} s (does it include a \
                 FIFO or a device?)",
                PROBE_TIMEOUT.as_secs()
            ),
        )
    } else {
        e
    }
}

/// The `-c` settings (`section.name.variable=value`) that neutralise every filter and diff
/// driver named in `keys`, the NUL-separated output of `git config --list --name-only -z`.
pub fn neutralisers(keys: &str) -> Vec<String> {
    let mut names: Vec<(&str, &str)> = Vec::new();
    for key in keys.split(['\0', '\n']) {
        let Some((section, rest)) = key.split_once('.') else {
            continue;
        };
        let section = if section.eq_ignore_ascii_case("filter") {
            "filter"
        } else if section.eq_ignore_ascii_case("diff") {
            "diff"
        } else {
            continue;
        };
        if let Some((name, _variable)) = rest.rsplit_once('.')
            && !names.contains(&(section, name))
        {
            names.push((section, name));
        }
    }
    let mut settings = Vec::new();
    for (section, name) in names {
        let off = if section == "filter" {
            FILTER_OFF
        } else {
            DIFF_OFF
        };
        settings.extend(off.iter().map(|v| format!("{section}.{name}.{v}")));
    }
    settings
}

/// What git said when it failed: its first `fatal:`/`error:` line (else its first line),
/// without the prefix, escaped for the terminal and cut to `REASON_MAX` characters; empty
/// when git said nothing.
pub fn reason(stderr: &[u8]) -> String {
    const REASON_MAX: usize = 160;
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let line = lines
        .iter()
        .find_map(|l| {
            l.strip_prefix("fatal:")
                .or_else(|| l.strip_prefix("error:"))
        })
        .or_else(|| lines.first().copied())
        .unwrap_or_default()
        .trim();
    let mut short: String = line.chars().take(REASON_MAX).collect();
    if short.len() < line.len() {
        short.push_str("...");
    }
    crate::escape::terminal(&short).into_owned()
}

/// Whether the installed git knows `--attr-source` (2.40 or newer), asked once.
fn supports_attr_source() -> bool {
    static SUPPORTED: OnceLock<bool> = OnceLock::new();
    *SUPPORTED.get_or_init(|| {
        let mut ask = command();
        ask.arg("--version");
        output(ask, TIMEOUT)
            .ok()
            .and_then(|out| version(&String::from_utf8_lossy(&out.stdout)))
            .is_some_and(|v| v >= (2, 40))
    })
}

/// `(major, minor)` of `git version 2.47.3` (and vendor spellings such as `2.39.3 (Apple
/// Git-146)`).
fn version(said: &str) -> Option<(u32, u32)> {
    let number = said.trim().strip_prefix("git version ")?;
    let mut parts = number.split(|c: char| !c.is_ascii_digit());
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse() {
        assert_eq!(version("git version 2.47.3\n"), Some((2, 47)));
        assert_eq!(version("git version 2.39.3 (Apple Git-146)"), Some((2, 39)));
        assert_eq!(version("git version 2.45.1.windows.1"), Some((2, 45)));
        assert_eq!(version("hub version 2"), None);
    }

    #[test]
    fn every_driver_is_neutralised_once() {
        let keys = "core.bare\0filter.lfs.clean\0filter.lfs.smudge\0filter.a.b.process\0\
                    diff.evil.textconv\0diff.evil.command\0diff.external\0user.name\0";
        let got = neutralisers(keys);
        assert_eq!(
            got,
            [
                "filter.lfs.clean=",
                "filter.lfs.smudge=",
                "filter.lfs.process=",
                "filter.lfs.required=false",
                "filter.a.b.clean=",
                "filter.a.b.smudge=",
                "filter.a.b.process=",
                "filter.a.b.required=false",
                "diff.evil.textconv=",
                "diff.evil.command=",
            ]
        );
    }
}
