//! `pinscan sweep`: scan every repository of a list (local folders, or git URLs cloned
//! shallowly with hardened git into a temporary folder removed afterwards), several at
//! once on this process's threads, and write one result file per repository into the
//! output folder (`pinscan::sweep` has the file format and the atomic write). Repositories are
//! untrusted: their own configuration, baselines and `pinscan: ignore` comments never
//! count; only the sweeper's flags (and its `--config`) do.

use std::io::{self, IsTerminal as _};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Context as _, bail};
use pinscan::report::{self, Format, ReportOptions};
use pinscan::sweep::{self, Repo, RepoInfo, Shard, SweepResult};
use pinscan::{FileScanner, Settings};

use crate::cli::SweepArgs;

/// Settings for every repository: the sweeper's configuration file and flags only.
fn settings_from(args: &SweepArgs) -> anyhow::Result<Settings> {
    let mut s = Settings::new().context("loading the built-in rules")?;
    if let Some(path) = &args.catalog {
        s.catalog = std::sync::Arc::new(super::load_catalog(path)?);
    }
    if let Some(path) = &args.config {
        let cfg =
            pinscan::config::load(path, &s.rules).map_err(|e| anyhow::anyhow!("--config {e}"))?;
        s.apply_config(cfg, path)?;
        s.config_file = Some(path.clone());
    }
    s.untrusted = true;
    s.threads = args.threads.unwrap_or(0);
    s.max_filesize = pinscan::settings::parse_size(&args.max_filesize)
        .map_err(|e| anyhow::anyhow!("--max-filesize: {e}"))?;
    if let Some(date) = &args.as_of {
        s.today = super::as_of_days(date)?;
    }
    if !args.ca_bundle.is_empty() {
        s.catalog =
            std::sync::Arc::new(pinscan::config::catalog_with(&s.catalog, &args.ca_bundle)?);
    }
    Ok(s)
}

/// The repositories named on the command line and in `--list`, in that order.
fn repositories(args: &SweepArgs) -> anyhow::Result<Vec<Repo>> {
    let mut text = args.repos.join("\n");
    if let Some(list) = &args.list {
        let listed = if list.as_os_str() == "-" {
            let mut s = String::new();
            io::Read::read_to_string(
                &mut io::Read::take(io::stdin().lock(), sweep::MAX_LIST_BYTES),
                &mut s,
            )
            .context("--list -: cannot read standard input")?;
            s
        } else {
            let bytes = pinscan::config::read_bytes_capped(list, sweep::MAX_LIST_BYTES)
                .map_err(|why| anyhow::anyhow!("--list {}: {why}", list.display()))?;
            String::from_utf8(bytes)
                .map_err(|_| anyhow::anyhow!("--list {}: not valid UTF-8", list.display()))?
        };
        text.push('\n');
        text.push_str(&listed);
    }
    let repos = sweep::parse_list(&text);
    if repos.is_empty() {
        bail!("no repositories to sweep: name folders or git URLs, or give --list FILE");
    }
    Ok(repos)
}

pub(crate) fn run(args: &SweepArgs) -> anyhow::Result<u8> {
    let mut settings = settings_from(args)?;
    if !args.quiet {
        super::warn_if_stale(&settings.catalog, settings.today);
    }
    let mut repos = repositories(args)?;
    if let Some(shard) = &args.shard {
        let shard = Shard::parse(shard).map_err(|e| anyhow::anyhow!("--shard {e}"))?;
        repos.retain(|r| shard.contains(r));
    }
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("cannot create {}", args.output.display()))?;
    let out_dir = std::path::absolute(&args.output)?;
    let cwd = std::env::current_dir().context("the current directory is unreadable")?;
    let bar = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(repos.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:30} {pos}/{len} repositories, {elapsed} (ETA {eta}) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let todo: Vec<&Repo> = repos
        .iter()
        .filter(|r| !(args.resume && sweep::finished(&out_dir, r)))
        .collect();
    let skipped = repos.len() - todo.len();
    if let Some(bar) = &bar {
        bar.inc(skipped as u64);
    }
    // Several repositories at once (as many as threads), each scan with all threads: when
    // one repository's scan is down to its last file, the other's threads keep the cores
    // busy (one repository with one thread each left a core idle at the end of the
    // biggest ones). The scanners share their engines, so each query pack compiles once.
    let threads = args
        .threads
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let workers = if todo.len() >= 2 {
        threads.min(todo.len())
    } else {
        1
    };
    settings.threads = threads;
    let scanner = FileScanner::new(&settings, true);
    let next = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    // Results are serialised and written (fsync, rename) by another thread while the next
    // repository is scanned. A sweep killed meanwhile loses those results, as it loses the
    // repositories it is scanning; --resume does them again.
    let (to_writer, results) =
        std::sync::mpsc::sync_channel::<(std::path::PathBuf, SweepResult)>(2 * workers);
    let writer = std::thread::spawn(move || -> anyhow::Result<()> {
        for (path, result) in results {
            let bytes = serde_json::to_vec_pretty(&result)?;
            sweep::write_atomic(&path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    });
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let to_writer = to_writer.clone();
            let (todo, next, failed, done, bar) = (&todo, &next, &failed, &done, &bar);
            let (settings, scanner, cwd, out_dir) = (&settings, &scanner, &cwd, &out_dir);
            scope.spawn(move || {
                while let Some(repo) = todo.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Some(bar) = bar {
                        bar.set_message(pinscan::escape::terminal(&repo.name()).into_owned());
                    }
                    let result = sweep_one(args, settings, scanner, repo, cwd, out_dir);
                    pinscan::source::set_display_base(None);
                    if let Some(error) = &result.error {
                        failed.fetch_add(1, Ordering::Relaxed);
                        if !args.quiet {
                            let line = format!(
                                "pinscan: sweep: {}: {}",
                                pinscan::escape::terminal(&repo.source),
                                pinscan::escape::terminal(error)
                            );
                            match bar {
                                Some(bar) => bar.println(line),
                                None => crate::commands::to_stderr(&line),
                            }
                        }
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                    if to_writer
                        .send((sweep::result_path(out_dir, repo), result))
                        .is_err()
                    {
                        // The writer stopped on an error: reported below.
                        break;
                    }
                    if let Some(bar) = bar {
                        bar.inc(1);
                    }
                }
            });
        }
    });
    drop(to_writer);
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("the result writer panicked"))??;
    let (done, failed) = (done.into_inner(), failed.into_inner());
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !args.quiet {
        crate::commands::to_stderr(&format!(
            "pinscan: swept {done} of {} repositories into {}{}{}",
            repos.len(),
            pinscan::escape::terminal(&args.output.display().to_string()),
            if skipped > 0 {
                format!(", {skipped} already finished")
            } else {
                String::new()
            },
            if failed > 0 {
                format!(", {failed} failed")
            } else {
                String::new()
            },
        ));
    }
    // 1, not 2: the sweep itself worked and recorded what failed (a wrapper can retry
    // with --resume); 2 is for a sweep that could not run.
    Ok(if failed > 0 {
        pinscan::exit::FINDINGS
    } else {
        pinscan::exit::CLEAN
    })
}

/// Clone (when remote) and scan one repository; a failure is recorded in the result.
fn sweep_one(
    args: &SweepArgs,
    settings: &Settings,
    scanner: &FileScanner<'_>,
    repo: &Repo,
    cwd: &Path,
    out_dir: &Path,
) -> SweepResult {
    let mut info = RepoInfo {
        name: repo.name(),
        source: repo.source.clone(),
        url: None,
        commit: None,
    };
    let failed = |info: RepoInfo, error: String| SweepResult {
        pinscan_sweep_result: sweep::RESULT_VERSION,
        repository: info,
        status: "failed".to_owned(),
        error: Some(error),
        report: None,
    };
    // The clone lives in `_tmp` until this function returns; dropping it removes it.
    let (_tmp, folder) = if repo.is_remote() {
        info.url = sweep::github_url(&repo.source);
        let tmp = match tempfile::Builder::new().prefix("pinscan-sweep-").tempdir() {
            Ok(t) => t,
            Err(e) => return failed(info, format!("cannot make a temporary folder: {e}")),
        };
        let dest = tmp.path().join("repo");
        if let Err(e) = clone(&repo.source, &dest, Duration::from_secs(args.clone_timeout)) {
            return failed(info, e);
        }
        (Some(tmp), dest)
    } else {
        (None, cwd.join(&repo.source))
    };
    if !folder.is_dir() {
        return failed(info, "not a folder".to_owned());
    }
    if folder.join(".git").exists() {
        info.commit = git_in(
            &folder,
            &["rev-parse", "--verify", "--quiet", "HEAD^{commit}"],
        )
        .filter(|c| c.len() == 40 && c.bytes().all(|b| b.is_ascii_hexdigit()));
        if info.url.is_none() {
            info.url = git_in(&folder, &["config", "--get", "remote.origin.url"])
                .and_then(|u| sweep::github_url(&u));
        }
    }
    // Paths are reported relative to the repository, on this thread and the scan's.
    pinscan::source::set_display_base(Some(folder.clone()));
    let outcome = match pinscan::scan_with(scanner, std::slice::from_ref(&folder)) {
        Ok(o) => o,
        Err(e) => return failed(info, e.to_string()),
    };
    let opts = ReportOptions {
        color: false,
        timings: false,
        rules: &settings.rules,
        sarif_category: "pinscan/",
    };
    let mut json = Vec::new();
    if let Err(e) = report::write(Format::Json, &outcome, &opts, &mut json) {
        return failed(info, format!("cannot render the report: {e}"));
    }
    let report: serde_json::Value = match serde_json::from_slice(&json) {
        Ok(v) => v,
        Err(e) => return failed(info, format!("cannot render the report: {e}")),
    };
    if args.sarif {
        let mut sarif = Vec::new();
        let path = out_dir.join(format!("{}.sarif", repo.key()));
        let written = report::write(Format::Sarif, &outcome, &opts, &mut sarif)
            .and_then(|()| sweep::write_atomic(&path, &sarif));
        if let Err(e) = written {
            return failed(info, format!("cannot write {}: {e}", path.display()));
        }
    }
    SweepResult {
        pinscan_sweep_result: sweep::RESULT_VERSION,
        repository: info,
        status: "ok".to_owned(),
        error: None,
        report: Some(report),
    }
}

/// `git clone --depth 1` of `url` into `dest` with the hardened git, killed after
/// `timeout`. The error is git's own first words, escaped.
fn clone(url: &str, dest: &Path, timeout: Duration) -> Result<(), String> {
    let mut cmd = pinscan::git::command();
    cmd.args([
        "-c",
        "http.lowSpeedLimit=1000",
        "-c",
        "http.lowSpeedTime=60",
        "clone",
        "--depth",
        "1",
        "--single-branch",
        "--no-tags",
        "--quiet",
        "--",
        url,
    ])
    .arg(dest);
    match pinscan::git::output(cmd, timeout) {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => {
            let why = pinscan::git::reason(&out.stderr);
            Err(format!(
                "git clone failed: {}",
                if why.is_empty() {
                    "git gave no reason"
                } else {
                    &why
                }
            ))
        }
        Err(e) if e.kind() == io::ErrorKind::TimedOut => Err(format!(
            "git clone did not finish in {} s (--clone-timeout)",
            timeout.as_secs()
        )),
        Err(e) => Err(format!("cannot run git to clone: {e}")),
    }
}

/// The first line git prints for `args` run in `repo`, or `None` when it fails or takes
/// longer than `git::PROBE_TIMEOUT` (a configuration that includes a FIFO).
fn git_in(repo: &Path, args: &[&str]) -> Option<String> {
    let mut cmd = pinscan::git::command();
    cmd.arg("-C").arg(repo).args(args);
    let out = pinscan::git::output(cmd, pinscan::git::PROBE_TIMEOUT).ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .next()
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
}
