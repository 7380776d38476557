//! The walk: `ignore`'s parallel walker set up from `Settings` (gitignore-aware, hidden
//! files, globs, symlinks), and `classify`, which turns each walker result into a file to
//! scan, a skip with its reason, or an error. Special files (FIFOs, sockets, devices) are
//! never opened; sizes are checked on the opened file (`source::read`), so a huge file is
//! never read.

use std::path::{Path, PathBuf};

use ignore::overrides::{Override, OverrideBuilder};
use ignore::{DirEntry, WalkBuilder, WalkParallel};

use crate::settings::Settings;

pub use crate::outcome::SkipReason;

/// What the walker handed us.
#[derive(Debug)]
pub enum Event {
    /// A regular file to read (its size is checked when it is opened).
    File {
        path: PathBuf,
        explicit: bool,
    },
    Skip {
        path: PathBuf,
        reason: SkipReason,
        detail: String,
    },
    Error {
        path: PathBuf,
        message: String,
    },
    /// A directory or something else with nothing to report.
    Nothing,
}

/// Build the parallel walker over `paths`.
/// `overrides` is [`overrides`]`(settings)`, built once by the caller (which also applies
/// it to the named paths).
pub fn build(
    settings: &Settings,
    paths: &[PathBuf],
    overrides: Option<Override>,
) -> Result<WalkParallel, String> {
    let (first, rest) = paths
        .split_first()
        .ok_or_else(|| "no paths to scan".to_owned())?;
    let mut b = WalkBuilder::new(first);
    for p in rest {
        b.add(p);
    }
    let respect = !settings.no_ignore;
    let all_hidden = settings.hidden;
    // Hidden entries are walked (CI workflows, dotenv files and tool rc files carry TLS
    // settings), except version-control metadata and dependency caches; with `--no-hidden`
    // only the well-known configuration is.
    b.hidden(false)
        .filter_entry(move |e| e.depth() == 0 || hidden_entry_wanted(e.file_name(), all_hidden))
        .ignore(respect)
        .git_ignore(respect)
        .git_exclude(respect)
        .git_global(respect)
        .parents(respect)
        .require_git(false)
        .follow_links(settings.follow)
        .threads(settings.threads);
    if let Some(ov) = overrides {
        b.overrides(ov);
    }
    Ok(b.build_parallel())
}

/// The `--glob` and exclude globs (flags and configuration) as one matcher rooted at the
/// current directory, or `None` without any. A glob that does not compile is an error
/// naming the flag and the glob as written (configuration globs were checked when the
/// file was read).
pub fn overrides(settings: &Settings) -> Result<Option<Override>, String> {
    if settings.globs.is_empty() && settings.excludes.is_empty() {
        return Ok(None);
    }
    let root = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut ob = OverrideBuilder::new(&root);
    let shown = |g: &str| crate::escape::excerpt(g, 80);
    for g in &settings.globs {
        let bare = g.strip_prefix('!').unwrap_or(g);
        globset::Glob::new(bare)
            .map_err(|e| format!("--glob {:?}: not a valid glob: {}", shown(g), e.kind()))?;
        ob.add(g)
            .map_err(|e| format!("--glob {:?}: {}", shown(g), shown(&e.to_string())))?;
    }
    for g in &settings.excludes {
        let bare = g.strip_prefix('!').unwrap_or(g);
        globset::Glob::new(bare)
            .map_err(|e| format!("--exclude {:?}: not a valid glob: {}", shown(g), e.kind()))?;
        ob.add(&format!("!{bare}"))
            .map_err(|e| format!("--exclude {:?}: {}", shown(g), shown(&e.to_string())))?;
    }
    ob.build()
        .map(Some)
        .map_err(|e| format!("invalid glob: {}", shown(&e.to_string())))
}

/// Whether `ov` leaves out a path named on the command line: the path itself, or one of
/// the folders it is in (`vendor/` excludes a named `vendor/lib/x.py`).
pub fn excluded(ov: &Override, path: &Path) -> bool {
    let path = path.strip_prefix(".").unwrap_or(path);
    if path.as_os_str().is_empty() {
        return false;
    }
    if ov.matched(path, path.is_dir()).is_ignore() {
        return true;
    }
    path.ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty() && *a != Path::new("."))
        .any(|a| ov.matched(a, true).is_ignore())
}

/// Version-control metadata: never walked (untrusted and not source).
const VCS_DIRS: &[&str] = &[".git", ".hg", ".svn", ".bzr", ".jj", "_darcs", ".pijul"];

/// Hidden directories walked by default: CI and development-container configuration.
const CONFIG_DIRS: &[&str] = &[
    ".github",
    ".gitlab",
    ".circleci",
    ".devcontainer",
    ".buildkite",
    ".azure-pipelines",
    ".azuredevops",
    ".pipelines",
    ".woodpecker",
    ".drone",
];

/// Hidden files walked by default: dotenv files and the rc files of tools with TLS options.
const CONFIG_FILES: &[&str] = &[
    ".env",
    ".npmrc",
    ".yarnrc",
    ".yarnrc.yml",
    ".curlrc",
    ".wgetrc",
    ".condarc",
    ".gemrc",
    ".pypirc",
    ".my.cnf",
    ".gitlab-ci.yml",
    ".travis.yml",
    ".drone.yml",
    ".woodpecker.yml",
];

/// Hidden folders of dependencies and tool caches: third-party code or generated files,
/// not the project's (walked only when named on the command line).
const CACHE_DIRS: &[&str] = &[
    ".venv",
    ".tox",
    ".nox",
    ".eggs",
    ".cache",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".gradle",
    ".m2",
    ".npm",
    ".pnpm-store",
    ".yarn",
    ".terraform",
    ".next",
    ".nuxt",
    ".parcel-cache",
    ".angular",
    ".svelte-kit",
    ".dart_tool",
    ".stack-work",
];

/// Whether the walk enters (or scans) an entry with this name: anything not hidden; version
/// control metadata never; other hidden entries unless they are dependency caches
/// (`CACHE_DIRS`); with `all_hidden` false (`--no-hidden`) only the well-known
/// configuration (`CONFIG_DIRS`, `CONFIG_FILES`, `.env.*`).
pub fn hidden_entry_wanted(name: &std::ffi::OsStr, all_hidden: bool) -> bool {
    let name = name.to_string_lossy();
    if !name.starts_with('.') {
        return true;
    }
    if VCS_DIRS.contains(&name.as_ref()) {
        return false;
    }
    (all_hidden && !CACHE_DIRS.contains(&name.as_ref()))
        || CONFIG_DIRS.contains(&name.as_ref())
        || CONFIG_FILES.contains(&name.as_ref())
        || name.starts_with(".env.")
}

/// The path an `ignore::Error` is about, and whether it is a symlink loop.
fn error_parts(err: &ignore::Error) -> (Option<PathBuf>, bool) {
    match err {
        ignore::Error::WithPath { path, err } => {
            let (inner, is_loop) = error_parts(err);
            (inner.or_else(|| Some(path.clone())), is_loop)
        }
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_parts(err)
        }
        ignore::Error::Loop { child, .. } => (Some(child.clone()), true),
        ignore::Error::Partial(errs) => errs.first().map_or((None, false), error_parts),
        _ => (None, false),
    }
}

/// Turn a walker result into an event.
pub fn classify(result: Result<DirEntry, ignore::Error>) -> Event {
    let entry = match result {
        Ok(entry) => entry,
        Err(err) => {
            let (path, is_loop) = error_parts(&err);
            let path = path.unwrap_or_default();
            if is_loop {
                return Event::Skip {
                    path,
                    reason: SkipReason::SymlinkLoop,
                    detail: err.to_string(),
                };
            }
            if err
                .io_error()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
                && path.is_symlink()
            {
                return Event::Skip {
                    path,
                    reason: SkipReason::BrokenSymlink,
                    detail: err.to_string(),
                };
            }
            // The path is reported beside the message: keep only the cause here.
            let message = err
                .io_error()
                .map_or_else(|| err.to_string(), |e| format!("cannot read: {e}"));
            return Event::Error { path, message };
        }
    };
    let Some(ft) = entry.file_type() else {
        return Event::Nothing;
    };
    let path = entry.path().to_path_buf();
    if ft.is_dir() {
        return Event::Nothing;
    }
    if ft.is_symlink() {
        // Only seen when links are not followed (or a root link is broken).
        return match std::fs::metadata(&path) {
            Ok(_) => Event::Skip {
                path,
                reason: SkipReason::Symlink,
                detail: "not followed without --follow".to_owned(),
            },
            Err(_) => Event::Skip {
                path,
                reason: SkipReason::BrokenSymlink,
                detail: "target does not exist".to_owned(),
            },
        };
    }
    if !ft.is_file() {
        return Event::Skip {
            path,
            reason: SkipReason::SpecialFile,
            detail: "not a regular file".to_owned(),
        };
    }
    // The size is checked when the file is opened (`source::read`, one `fstat` on the open
    // file): no `stat` per walked file here.
    Event::File {
        path,
        explicit: entry.depth() == 0,
    }
}

#[cfg(test)]
mod tests {
    use super::hidden_entry_wanted;
    use std::ffi::OsStr;

    #[test]
    fn hidden_entries_by_name() {
        let w = |n: &str, all| hidden_entry_wanted(OsStr::new(n), all);
        assert!(w("src", false) && w("main.rs", false));
        assert!(w(".env", false) && w(".env.production", false) && w(".npmrc", false));
        assert!(w(".github", false) && w(".devcontainer", false));
        assert!(!w(".idea", false) && !w(".dot.conf", false) && !w(".environment", false));
        assert!(w(".idea", true) && w(".dot.conf", true) && w(".github", true));
        assert!(!w(".venv", true) && !w(".tox", true) && !w(".venv", false));
        assert!(!w(".git", false) && !w(".git", true) && !w(".hg", true) && !w(".svn", true));
    }
}
