//! Every git command pinscan runs (`--diff`, `sweep`'s clones) starts here, hardened for
//! trees it cannot trust: nothing the repository's configuration or attributes name is
//! executed (hooks, fsmonitor, pagers, external diff and textconv drivers), system-wide
//! configuration is not read, and git never prompts.

use std::process::{Command, Stdio};

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

/// A `git` command with the hardening above, no pager, no prompts, no system
/// configuration and standard input closed. Add the subcommand and its arguments.
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
