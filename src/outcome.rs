//! What a scan returns: `Outcome` (findings, per-file errors and skips, statistics and
//! timings) and the types it is made of. Workers fill partial outcomes that `merge` joins;
//! `finish` puts everything in the documented order.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde::Serialize;

use crate::finding::Finding;
use crate::rules;

/// A problem that stops the scan before it starts.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("{0}: no such file or directory")]
    NotFound(String),
    #[error("{0}")]
    Walk(String),
}

/// A file that was skipped or could not be scanned.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct FileError {
    pub path: String,
    pub message: String,
}

/// A file that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: SkipReason,
    pub detail: String,
}

/// Time spent per stage, summed over threads (only reported with `--stats`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timings {
    pub elapsed_ms: f64,
    /// Time in the walker between files: reading directories, ignore rules, metadata.
    pub walk_ms: f64,
    pub read_ms: f64,
    pub prefilter_ms: f64,
    pub regex_ms: f64,
    pub parse_ms: f64,
    pub query_ms: f64,
    pub cert_ms: f64,
    pub resolve_ms: f64,
    /// Compiling query packs on first use (and waiting for another thread's compile):
    /// not counted in `query_ms`, a rule's time or a file's time.
    pub compile_ms: f64,
    /// The scan-wide passes after the walk (cross-file resolution, trust files, allow-list,
    /// baseline): one thread, wall time.
    pub passes_ms: f64,
    /// Each query pack compiled (`language/rule`) and its compile time.
    pub compiled: BTreeMap<String, f64>,
    /// Time and files per rule (regex, catalog and query rules).
    pub rules: BTreeMap<String, RuleTime>,
    /// The files that took longest, slowest first.
    pub slowest: Vec<FileTime>,
}

/// Time one rule took, summed over files and threads.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RuleTime {
    pub ms: f64,
    pub files: u64,
}

/// One file's total scan time, and where it went (the reason a file is slow).
#[derive(Debug, Clone, Default, Serialize)]
pub struct FileTime {
    pub path: String,
    pub ms: f64,
    /// The file's size.
    pub bytes: u64,
    /// Parsing, and the bytes parsed (0: not parsed; less than `bytes`: in part).
    pub parse_ms: f64,
    pub parsed_bytes: u64,
    /// Query rules, text (regex and catalog) rules, and the per-file passes.
    pub query_ms: f64,
    pub regex_ms: f64,
    pub resolve_ms: f64,
}

/// How many of the slowest files `--stats` lists.
const SLOWEST: usize = 10;

impl Timings {
    /// Add another thread's or stage's timings to these.
    pub fn merge(&mut self, ot: Timings) {
        let t = self;
        t.walk_ms += ot.walk_ms;
        t.read_ms += ot.read_ms;
        t.prefilter_ms += ot.prefilter_ms;
        t.regex_ms += ot.regex_ms;
        t.parse_ms += ot.parse_ms;
        t.query_ms += ot.query_ms;
        t.cert_ms += ot.cert_ms;
        t.resolve_ms += ot.resolve_ms;
        t.compile_ms += ot.compile_ms;
        t.passes_ms += ot.passes_ms;
        t.compiled.extend(ot.compiled);
        for (k, v) in ot.rules {
            let e = t.rules.entry(k).or_default();
            e.ms += v.ms;
            e.files += v.files;
        }
        for f in ot.slowest {
            t.slowest.push(f);
        }
        t.slowest
            .sort_by(|a, b| b.ms.total_cmp(&a.ms).then(a.path.cmp(&b.path)));
        t.slowest.truncate(SLOWEST);
    }

    /// Add `d` to rule `id`'s time and count one file.
    pub fn rule(&mut self, id: &str, d: Duration) {
        // Called per file and rule: allocate the key only the first time.
        if !self.rules.contains_key(id) {
            self.rules.insert(id.to_owned(), RuleTime::default());
        }
        if let Some(e) = self.rules.get_mut(id) {
            e.ms += ms(d);
            e.files += 1;
        }
    }

    /// Note one file's total time (kept when among the slowest).
    /// Count a file's time; `detail` fills the rest of its `FileTime` if it is among the
    /// slowest (called only then).
    pub fn file(&mut self, path: &Path, d: Duration, detail: impl FnOnce() -> FileTime) {
        let ms = ms(d);
        if self.slowest.len() >= SLOWEST && self.slowest.last().is_some_and(|l| l.ms >= ms) {
            return;
        }
        self.slowest.push(FileTime {
            path: crate::source::display_path(path),
            ms,
            ..detail()
        });
        self.slowest
            .sort_by(|a, b| b.ms.total_cmp(&a.ms).then(a.path.cmp(&b.path)));
        self.slowest.truncate(SLOWEST);
    }
}

/// Counts for the report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Stats {
    /// Every file the walk yielded (regular, special, links).
    pub files_seen: u64,
    /// Files read and run through the prefilter.
    pub files_scanned: u64,
    /// Files in which the prefilter found a keyword.
    pub files_matched: u64,
    /// Files parsed with tree-sitter.
    pub files_parsed: u64,
    /// Their bytes, and the bytes of them that were parsed: files that are large and
    /// whose rules look at few places are parsed only around those (`lang::focus`).
    pub bytes_of_parsed_files: u64,
    pub bytes_parsed: u64,
    /// Files parsed only in part.
    pub files_parsed_in_part: u64,
    pub bytes_scanned: u64,
    /// Skipped files by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    pub errors: u64,
    /// Findings silenced by `pinscan: ignore` comments, the allowlist or a baseline.
    pub suppressed: u64,
    /// Findings by severity.
    pub findings: BTreeMap<&'static str, u64>,
    #[serde(skip)]
    pub timings: Timings,
}

/// The result of a scan.
#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub errors: Vec<FileError>,
    pub skipped: Vec<Skipped>,
    pub stats: Stats,
    /// Version (date) of the CA catalog the findings were resolved against.
    pub catalog_version: String,
    /// `pinscan: ignore` comments that suppress nothing (with `--report-unused-suppressions`).
    pub unused_suppressions: Vec<crate::suppress::Suppression>,
}

impl Outcome {
    /// Record a file that was skipped, and why.
    pub fn skip(&mut self, path: &Path, reason: SkipReason, detail: String) {
        *self.stats.skipped.entry(reason.as_str()).or_default() += 1;
        self.skipped.push(Skipped {
            path: crate::source::display_path(path),
            reason,
            detail,
        });
    }

    /// Record a file that could not be scanned.
    pub fn error(&mut self, path: &Path, message: String) {
        self.stats.errors += 1;
        self.errors.push(FileError {
            path: crate::source::display_path(path),
            message,
        });
    }

    /// Add another partial outcome (a worker thread's) to this one.
    pub fn merge(&mut self, other: Outcome) {
        self.findings.extend(other.findings);
        self.errors.extend(other.errors);
        self.skipped.extend(other.skipped);
        self.unused_suppressions.extend(other.unused_suppressions);
        let (s, o) = (&mut self.stats, other.stats);
        s.files_seen += o.files_seen;
        s.files_scanned += o.files_scanned;
        s.files_matched += o.files_matched;
        s.files_parsed += o.files_parsed;
        s.bytes_of_parsed_files += o.bytes_of_parsed_files;
        s.bytes_parsed += o.bytes_parsed;
        s.files_parsed_in_part += o.files_parsed_in_part;
        s.bytes_scanned += o.bytes_scanned;
        s.errors += o.errors;
        s.suppressed += o.suppressed;
        for (k, v) in o.skipped {
            *s.skipped.entry(k).or_default() += v;
        }
        s.timings.merge(o.timings);
    }

    /// Sort everything into the documented order and fill the severity counts.
    pub fn finish(&mut self) {
        self.unused_suppressions.sort();
        self.findings
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.errors.sort();
        self.errors.dedup();
        self.skipped.sort();
        self.skipped
            .dedup_by(|a, b| a.path == b.path && a.reason == b.reason);
        self.stats.findings.clear();
        for f in &self.findings {
            *self.stats.findings.entry(f.severity.as_str()).or_default() += 1;
        }
    }

    /// The exit code for this outcome: `exit::ERROR` when a file could not be scanned,
    /// `exit::FINDINGS` when a finding is at or above `fail_on`, else `exit::CLEAN`.
    pub fn exit_code(&self, fail_on: crate::settings::FailOn) -> u8 {
        if !self.errors.is_empty() {
            return crate::exit::ERROR;
        }
        let failed = fail_on
            .threshold()
            .is_some_and(|t| self.max_severity().is_some_and(|m| m >= t));
        if failed {
            crate::exit::FINDINGS
        } else {
            crate::exit::CLEAN
        }
    }

    /// The highest severity among the findings.
    pub fn max_severity(&self) -> Option<rules::Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Milliseconds of a duration, as the timings count them.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Why a path was not scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// Larger than `--max-filesize`.
    TooLarge,
    /// Contains NUL bytes and is not a certificate file.
    Binary,
    /// A FIFO, socket or device.
    SpecialFile,
    /// A symbolic link, not followed without `--follow`.
    Symlink,
    /// A symbolic link that points to one of its own ancestors (with `--follow`).
    SymlinkLoop,
    /// A symbolic link whose target does not exist.
    BrokenSymlink,
    /// A certificate file (by extension or content) that holds no readable certificate.
    MalformedCertificate,
    /// Parsing took longer than the deadline; only text rules ran on the file.
    ParseDeadline,
    /// Larger than `--max-parse-size`; only text rules ran on the file.
    TooLargeToParse,
    /// Mostly lines over 4 KiB (minified); only text rules ran on the file.
    Minified,
    /// Named on the command line but left out by `exclude` or `--glob` (see
    /// `--no-force-exclude`).
    Excluded,
    /// A pinscan configuration file met in the walk that this scan does not apply (one
    /// configuration per scan); configuration files are never scanned.
    ConfigurationNotApplied,
}

impl SkipReason {
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::TooLarge => "too-large",
            SkipReason::Binary => "binary",
            SkipReason::SpecialFile => "special-file",
            SkipReason::Symlink => "symlink",
            SkipReason::SymlinkLoop => "symlink-loop",
            SkipReason::BrokenSymlink => "broken-symlink",
            SkipReason::MalformedCertificate => "malformed-certificate",
            SkipReason::ParseDeadline => "parse-deadline",
            SkipReason::TooLargeToParse => "too-large-to-parse",
            SkipReason::Minified => "minified",
            SkipReason::Excluded => "excluded",
            SkipReason::ConfigurationNotApplied => "configuration-not-applied",
        }
    }
}
