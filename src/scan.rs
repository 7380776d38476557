//! The walk: `scan` runs the `FileScanner` over every file of the given paths on the
//! walker's threads, merges the workers' partial outcomes (findings, the certificate files
//! seen, the symbol index of definitions that hold certificates) and runs the scan-wide
//! passes.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use crate::finding::Finding;
use crate::outcome::{Outcome, ScanError, ms};
use crate::scanner::{FileScanner, FileState};
use crate::walk::{self, Event};
use crate::{Settings, dataflow, passes, trustfiles};

/// A walker thread's state; its results join the total when the thread finishes.
struct Worker<'a, 's> {
    state: FileState,
    scanner: &'a FileScanner<'s>,
    total: &'a Mutex<(Outcome, trustfiles::FileIndex, dataflow::Symbols)>,
}

impl Worker<'_, '_> {
    fn handle(&mut self, event: Event) {
        let o = &mut self.state.outcome;
        match event {
            Event::Nothing => {}
            Event::Skip {
                path,
                reason,
                detail,
            } => {
                o.stats.files_seen += 1;
                o.skip(&path, reason, detail);
            }
            Event::Error { path, message } => o.error(&path, message),
            Event::File { path, .. }
                if path
                    .file_name()
                    .is_some_and(|n| n == crate::config::FILE_NAME) =>
            {
                // pinscan's own configuration is never scanned (its allow-list holds pins
                // on purpose); one that this scan does not apply is reported.
                let settings = self.scanner.settings();
                let applied = settings
                    .config_file
                    .as_ref()
                    .is_some_and(|c| same_file(c, &path));
                if !applied {
                    o.stats.files_seen += 1;
                    let used = settings.config_file.as_ref().map_or_else(
                        || "none (--no-config, or none above the scanned paths)".to_owned(),
                        |c| c.display().to_string(),
                    );
                    o.skip(
                        &path,
                        walk::SkipReason::ConfigurationNotApplied,
                        format!("not applied: one configuration per scan, this one uses {used}"),
                    );
                }
            }
            Event::File { path, .. } => {
                o.stats.files_seen += 1;
                if let Some(counter) = &self.scanner.settings().progress {
                    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                let (scanner, state) = (self.scanner, &mut self.state);
                let res = catch_unwind(AssertUnwindSafe(|| scanner.scan_path(&path, state)));
                if res.is_err() {
                    self.state.recover();
                    self.state.outcome.error(
                        &path,
                        "internal error: pinscan panicked on this file; please report it"
                            .to_owned(),
                    );
                }
            }
        }
    }
}

impl Drop for Worker<'_, '_> {
    fn drop(&mut self) {
        let local = self.state.take_outcome();
        let files = std::mem::take(&mut self.state.files);
        let symbols = std::mem::take(&mut self.state.symbols);
        if let Ok(mut t) = self.total.lock() {
            t.0.merge(local);
            t.1.merge(files);
            t.2.merge(symbols);
        }
    }
}

/// Scan `paths` (files or directories). Paths that do not exist are a fatal error;
/// problems with single files are collected in `Outcome::errors` and `Outcome::skipped`.
pub fn scan(settings: &Settings, paths: &[PathBuf]) -> Result<Outcome, ScanError> {
    let large = paths.is_empty() || paths.iter().any(|p| p.is_dir());
    let scanner = FileScanner::new(settings, large);
    scan_with(&scanner, paths)
}

/// [`scan`] with a scanner built once and kept: several scans (a sweep's repositories,
/// one after another or at once on several threads) then compile each query pack and
/// build each gate only once. The scanner's settings are the scan's; the scan's roots are
/// `paths`' folders. Paths are reported relative to the calling thread's display base
/// (`source::set_display_base`), on every thread of the scan.
pub fn scan_with(scanner: &FileScanner<'_>, paths: &[PathBuf]) -> Result<Outcome, ScanError> {
    let settings = scanner.settings();
    let started = Instant::now();
    let default = [PathBuf::from(".")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut unique: Vec<PathBuf> = Vec::with_capacity(paths.len());
    for p in paths {
        if !unique.contains(p) {
            unique.push(p.clone());
        }
    }
    for p in &unique {
        if std::fs::symlink_metadata(p).is_err() {
            return Err(ScanError::NotFound(p.display().to_string()));
        }
    }
    // Named paths that `exclude`/`--glob` leave out are skipped too, so that a hook naming
    // `vendor/x.py` and a tree scan agree.
    let mut named_excluded = Vec::new();
    let overrides = walk::overrides(settings).map_err(ScanError::Walk)?;
    if settings.force_exclude
        && let Some(ov) = &overrides
    {
        unique.retain(|p| {
            let out = walk::excluded(ov, p);
            if out {
                named_excluded.push(p.clone());
            }
            !out
        });
    }
    let paths = &unique[..];
    if paths.is_empty() {
        let mut outcome = Outcome::default();
        for p in &named_excluded {
            outcome.stats.files_seen += 1;
            outcome.skip(
                p,
                walk::SkipReason::Excluded,
                "excluded by exclude or --glob".to_owned(),
            );
        }
        settings
            .catalog
            .version()
            .clone_into(&mut outcome.catalog_version);
        outcome.finish();
        outcome.stats.timings.elapsed_ms = ms(started.elapsed());
        return Ok(outcome);
    }
    let walker = walk::build(settings, paths, overrides).map_err(ScanError::Walk)?;
    let roots: Vec<PathBuf> = paths.iter().filter(|p| p.is_dir()).cloned().collect();
    let scanner = &scanner.for_roots(&roots);
    let base = crate::source::display_base();
    let total = Mutex::new((
        Outcome::default(),
        trustfiles::FileIndex::default(),
        dataflow::Symbols::default(),
    ));

    walker.run(|| {
        let mut worker = Worker {
            state: FileState::default(),
            scanner,
            total: &total,
        };
        let mut idle = Instant::now();
        // The walker's threads show paths as the caller's thread does.
        let mut pending_base = base.clone();
        Box::new(move |result| {
            if let Some(b) = pending_base.take() {
                crate::source::set_display_base(Some(b));
            }
            let event = walk::classify(result);
            worker.state.outcome.stats.timings.walk_ms += ms(idle.elapsed());
            worker.handle(event);
            idle = Instant::now();
            ignore::WalkState::Continue
        })
    });

    let (mut outcome, mut files, symbols) = total
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for p in &named_excluded {
        outcome.stats.files_seen += 1;
        outcome.skip(
            p,
            walk::SkipReason::Excluded,
            "excluded by exclude or --glob".to_owned(),
        );
    }
    let passes_started = Instant::now();
    let resolver = FileScanner::resolver(settings);
    passes::after_scan(
        settings,
        &resolver,
        &mut outcome,
        &mut files,
        &symbols,
        &roots,
    );
    settings
        .catalog
        .version()
        .clone_into(&mut outcome.catalog_version);
    outcome.stats.timings.passes_ms = ms(passes_started.elapsed());
    outcome.stats.timings.elapsed_ms = ms(started.elapsed());
    Ok(outcome)
}

/// Whether `a` and `b` name the same file (after resolving links; by name when either
/// cannot be resolved).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// Scan one in-memory text as if it were the file `path` (for tests and rule snippets).
/// Builds a `FileScanner`; to scan many texts, build one and call `scan_bytes`.
pub fn scan_text(settings: &Settings, path: &str, text: &str) -> Vec<Finding> {
    let scanner = FileScanner::new(settings, false);
    let mut state = FileState::default();
    scanner.scan_bytes(Path::new(path), text.as_bytes(), &mut state);
    let symbols = std::mem::take(&mut state.symbols);
    let mut outcome = state.take_outcome();
    passes::helper_calls(&mut outcome.findings, &symbols);
    outcome.finish();
    outcome.findings
}
