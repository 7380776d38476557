//! pinscan finds TLS certificate pinning in source code and configuration.
//!
//! `scan` walks the given paths, runs the prefilter, regex rules and tree-sitter query
//! packs over every file, and returns an `Outcome` (findings in a deterministic order,
//! per-file errors, skips and statistics). The library never prints; reporters in
//! `report` turn an `Outcome` into text or JSON.

pub mod catalogscan;
pub mod cert;
pub mod certscan;
pub mod config;
pub mod date;
pub mod dataflow;
pub mod exit;
pub mod finding;
pub mod inspect;
pub mod lang;
pub mod prefilter;
pub mod report;
pub mod resolve;
pub mod rules;
pub mod service;
pub mod settings;
pub mod source;
pub mod suppress;
pub mod trustfiles;
pub mod walk;

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::certscan::CertRules;
use crate::finding::{Candidate, Finding, LineIndex};
use crate::lang::Language;
use crate::lang::pack::{self, Pack};
use crate::prefilter::Prefilter;
use crate::resolve::Resolver;
use crate::rules::Engine;
pub use crate::settings::Settings;
use crate::walk::{Event, SkipReason};

/// Version of the JSON report layout.
pub const JSON_SCHEMA_VERSION: u32 = 1;

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

/// One file's total scan time.
#[derive(Debug, Clone, Serialize)]
pub struct FileTime {
    pub path: String,
    pub ms: f64,
}

/// How many of the slowest files `--stats` lists.
const SLOWEST: usize = 10;

impl Timings {
    fn rule(&mut self, id: &str, d: Duration) {
        // Called per file and rule: allocate the key only the first time.
        if !self.rules.contains_key(id) {
            self.rules.insert(id.to_owned(), RuleTime::default());
        }
        if let Some(e) = self.rules.get_mut(id) {
            e.ms += ms(d);
            e.files += 1;
        }
    }

    fn file(&mut self, path: &Path, d: Duration) {
        let ms = ms(d);
        if self.slowest.len() >= SLOWEST && self.slowest.last().is_some_and(|l| l.ms >= ms) {
            return;
        }
        self.slowest.push(FileTime {
            path: source::display_path(path),
            ms,
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
    pub unused_suppressions: Vec<suppress::Suppression>,
}

/// Shared, immutable scan state: settings, prefilter and lazily built query packs.
struct Scanner<'s> {
    settings: &'s Settings,
    prefilter: Prefilter,
    cert_rules: CertRules,
    resolver: Resolver<'s>,
    services: service::Detector,
    /// Query packs by language and rule, compiled on first use.
    packs: Vec<Vec<OnceLock<Result<Pack, String>>>>,
    /// The rules with patterns, per language.
    lang_rules: Vec<Vec<usize>>,
    /// Per-language gates of query rules.
    gates: Vec<lang::gate::Gates>,
}

impl<'s> Scanner<'s> {
    /// `large`: many files are expected (a directory is scanned), so the prefilter is
    /// built as a DFA (~2x faster per byte, ~7 ms more to build).
    fn new(settings: &'s Settings, large: bool) -> Scanner<'s> {
        Scanner {
            settings,
            prefilter: Prefilter::new(
                &settings.rules,
                &catalogscan::keywords(&settings.catalog),
                large,
            ),
            cert_rules: CertRules::new(&settings.rules),
            resolver: Resolver {
                catalog: &settings.catalog,
                today: settings.today,
                expiry_window_days: settings.expiry_window_days,
            },
            packs: Language::ALL
                .iter()
                .map(|_| {
                    settings
                        .rules
                        .rules()
                        .iter()
                        .map(|_| OnceLock::new())
                        .collect()
                })
                .collect(),
            lang_rules: Language::ALL
                .iter()
                .map(|&l| pack::rules_with_patterns(l, &settings.rules))
                .collect(),
            services: service::Detector::new(&settings.catalog),
            gates: Language::ALL
                .iter()
                .map(|&l| {
                    if settings.gates {
                        lang::gate::Gates::new(l, &settings.rules)
                    } else {
                        lang::gate::Gates::default()
                    }
                })
                .collect(),
        }
    }

    /// Resolve a finding against the catalog and judge it (severity, message, advice).
    fn resolve(&self, rule: &rules::Rule, cand: &Candidate, f: &mut Finding) {
        if Some(cand.rule) == self.cert_rules.bundle {
            return; // a bundle is judged as a whole, not per CA
        }
        let ca = match (&cand.cert, &cand.value) {
            (Some(cert), _) => self.resolver.resolve_cert(cert),
            (None, Some(v)) => self
                .resolver
                .resolve_value(rule.kind, finding::strip_quotes(v)),
            (None, None) => None,
        };
        let j = self.resolver.judge(
            rule,
            ca.as_ref(),
            cand.cert.as_deref(),
            cand.value.as_deref().map(finding::strip_quotes),
        );
        f.severity = j.severity;
        f.confidence = j.confidence;
        if let Some(detail) = j.detail {
            f.message.push_str("; ");
            f.message.push_str(&detail);
        }
        if let Some(advice) = j.advice {
            f.advice = advice;
        }
        f.ca = ca;
        if self.settings.demote_test_paths
            && f.severity > rules::Severity::Note
            && settings::is_test_path(&f.path)
        {
            f.severity = rules::Severity::Note;
            f.message.push_str(" (in test code: reported as a note)");
        }
    }

    fn pack(&self, lang: Language, rule: usize) -> &Result<Pack, String> {
        self.packs[lang.index()][rule].get_or_init(|| {
            pack::build_for(lang, &self.settings.rules, Some(rule)).map_err(|e| e.to_string())
        })
    }
}

/// Per-thread results, merged when the worker is dropped.
#[derive(Default)]
struct Local {
    outcome: Outcome,
    /// Certificate files seen by this thread (for referenced trust files).
    files: trustfiles::FileIndex,
    buf: Vec<u8>,
    hits: Vec<bool>,
    /// Gate word occurrences per rule (query rules of the current file's language).
    gate_hits: Vec<Vec<std::ops::Range<usize>>>,
    candidates: Vec<Candidate>,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl Local {
    fn skip(&mut self, path: &Path, reason: SkipReason, detail: String) {
        *self
            .outcome
            .stats
            .skipped
            .entry(reason.as_str())
            .or_default() += 1;
        self.outcome.skipped.push(Skipped {
            path: source::display_path(path),
            reason,
            detail,
        });
    }

    fn error(&mut self, path: &Path, message: String) {
        self.outcome.stats.errors += 1;
        self.outcome.errors.push(FileError {
            path: source::display_path(path),
            message,
        });
    }

    fn scan_file(&mut self, scanner: &Scanner<'_>, path: &Path) {
        let settings = scanner.settings;
        let t0 = Instant::now();
        match source::read(path, settings.max_filesize, &mut self.buf) {
            Ok(source::ReadResult::Complete) => {}
            Ok(source::ReadResult::TooLarge(n)) => {
                let detail = format!(
                    "{n}+ bytes is over the {}-byte limit (--max-filesize)",
                    settings.max_filesize
                );
                self.skip(path, SkipReason::TooLarge, detail);
                return;
            }
            Err(e) => {
                self.error(path, format!("cannot read: {e}"));
                return;
            }
        }
        let buf = std::mem::take(&mut self.buf);
        self.outcome.stats.timings.read_ms += ms(t0.elapsed());
        self.scan_bytes(scanner, path, &buf);
        self.buf = buf;
        self.outcome.stats.timings.file(path, t0.elapsed());
    }

    fn scan_bytes(&mut self, scanner: &Scanner<'_>, path: &Path, bytes: &[u8]) {
        let settings = scanner.settings;
        let is_cert = source::is_cert_file(path);
        if is_cert {
            self.files.insert(path);
        }
        if source::looks_binary(bytes) && !is_cert {
            self.skip(path, SkipReason::Binary, "contains NUL bytes".to_owned());
            return;
        }
        self.outcome.stats.files_scanned += 1;
        self.outcome.stats.bytes_scanned += bytes.len() as u64;

        // UTF-16 must be decoded before keywords can be seen; everything else is searched raw.
        let utf16 = source::is_utf16(bytes).then(|| source::decode(bytes));
        let t = Instant::now();
        let raw = utf16.as_deref().map_or(bytes, str::as_bytes);
        let any = scanner.prefilter.scan(raw, &mut self.hits);
        self.outcome.stats.timings.prefilter_ms += ms(t.elapsed());
        let has_marker = settings.report_unused_suppressions && memmem(bytes, b"pinscan: ignore");
        if !any && !is_cert && !has_marker {
            return;
        }
        self.outcome.stats.files_matched += u64::from(any);

        let display = source::display_path(path);
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let lang = Language::from_path(path);
        for (i, rule) in settings.rules.rules().iter().enumerate() {
            if self.hits[i] && !rule.applies_to(&display, &file_name, lang.map(Language::name)) {
                self.hits[i] = false;
            }
        }
        if !self.hits.iter().any(|h| *h) && !has_marker {
            return;
        }
        let text = match utf16 {
            Some(text) => text,
            None => source::decode(bytes),
        };
        self.candidates.clear();

        let t = Instant::now();
        for (i, rule) in settings.rules.rules().iter().enumerate() {
            if self.hits[i] && rule.engine == Engine::Regex {
                let t = Instant::now();
                rules::regex::run(i, rule, &text, settings.gates, &mut self.candidates);
                self.outcome.stats.timings.rule(&rule.id, t.elapsed());
            }
        }
        self.outcome.stats.timings.regex_ms += ms(t.elapsed());

        for (i, rule) in settings.rules.rules().iter().enumerate() {
            if self.hits[i] && rule.engine == Engine::Catalog {
                let t = Instant::now();
                let before = self.candidates.len();
                catalogscan::run(i, &settings.catalog, &text, &mut self.candidates);
                // A literal another rule already reports is not reported twice.
                let (others, mine) = self.candidates.split_at(before);
                let keep: Vec<Candidate> = mine
                    .iter()
                    .filter(|c| !others.iter().any(|o| o.start < c.end && c.start < o.end))
                    .cloned()
                    .collect();
                self.candidates.truncate(before);
                self.candidates.extend(keep);
                self.outcome.stats.timings.rule(&rule.id, t.elapsed());
            }
        }

        let t = Instant::now();
        if let Err(reason) = certscan::run(
            scanner.cert_rules,
            &self.hits,
            is_cert,
            bytes,
            &text,
            &mut self.candidates,
        ) {
            self.skip(path, SkipReason::MalformedCertificate, reason);
        }
        self.outcome.stats.timings.cert_ms += ms(t.elapsed());

        if let Some(lang) = lang {
            let gates = &scanner.gates[lang.index()];
            let mut wanted: Vec<usize> = scanner.lang_rules[lang.index()]
                .iter()
                .copied()
                .filter(|&r| self.hits[r])
                .collect();
            if wanted.iter().any(|&r| gates.is_gated(r)) {
                gates.hits(text.as_bytes(), &mut self.gate_hits);
                wanted.retain(|&r| !gates.is_gated(r) || !self.gate_hits[r].is_empty());
            }
            // Minified code is dense: its tree takes ~150x the file's size (a 0.95 MB
            // bundle: 137 MB), against ~25x for ordinary code, so such files get an eighth
            // of the parse limit.
            let dense_limit = settings.max_parse_size / 8;
            if !wanted.is_empty()
                && text.len() as u64 > dense_limit
                && source::is_minified(&text, rules::regex::MAX_LINE)
            {
                let detail = format!(
                    "{} bytes of mostly lines over {} bytes (minified or generated code) is over the {dense_limit}-byte parse limit for such code (--max-parse-size / 8); only text rules were applied",
                    text.len(),
                    rules::regex::MAX_LINE,
                );
                self.skip(path, SkipReason::Minified, detail);
                wanted.clear();
            }
            if !wanted.is_empty() && text.len() as u64 > settings.max_parse_size {
                let detail = format!(
                    "{} bytes is over the {}-byte parse limit (--max-parse-size); only text rules were applied",
                    text.len(),
                    settings.max_parse_size
                );
                self.skip(path, SkipReason::TooLargeToParse, detail);
                wanted.clear();
            }
            if !wanted.is_empty() {
                let t = Instant::now();
                self.outcome.stats.files_parsed += 1;
                let parsed = lang::parse::parse(lang, &text, settings.parse_deadline);
                self.outcome.stats.timings.parse_ms += ms(t.elapsed());
                let t = Instant::now();
                match parsed {
                    Ok(tree) => {
                        for rule in wanted {
                            let t = Instant::now();
                            match scanner.pack(lang, rule) {
                                Ok(pack) => {
                                    let ranges = if gates.is_gated(rule) {
                                        &self.gate_hits[rule][..]
                                    } else {
                                        &[]
                                    };
                                    if let Err(e) = lang::parse::run(
                                        pack,
                                        &tree,
                                        &text,
                                        &self.hits,
                                        ranges,
                                        settings.parse_deadline,
                                        &mut self.candidates,
                                    ) {
                                        self.skip(
                                            path,
                                            SkipReason::ParseDeadline,
                                            format!("{}: {e}", settings.rules.get(rule).id),
                                        );
                                    }
                                }
                                Err(e) => self.error(
                                    path,
                                    format!("internal error: query pack for {}: {e}", lang.name()),
                                ),
                            }
                            let id = &settings.rules.get(rule).id;
                            self.outcome.stats.timings.rule(id, t.elapsed());
                        }
                    }
                    Err(e) => self.skip(path, SkipReason::ParseDeadline, e.to_string()),
                }
                self.outcome.stats.timings.query_ms += ms(t.elapsed());
            }
        }
        if self.candidates.is_empty() && !has_marker {
            return;
        }

        let t = Instant::now();
        self.candidates.sort_by_key(|c| (c.start, c.end, c.rule));
        self.candidates
            .dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.end == b.end);
        dedupe_same_kind(&settings.rules, &mut self.candidates);
        // A CA bundle (certifi's cacert.pem and the like) is one note: the fingerprints,
        // serials and names in its comment lines are not pins.
        if let Some(bundle) = scanner.cert_rules.bundle
            && self.candidates.iter().any(|c| c.rule == bundle)
        {
            self.candidates.retain(|c| c.rule == bundle);
        }
        let lines = LineIndex::new(&text);
        let service = scanner.services.detect(&text);
        let mut assigned = dataflow::Cache::default();
        for cand in &mut self.candidates {
            let rule = settings.rules.get(cand.rule);
            // A query that reports an identifier names what it was assigned in this file.
            if rule.engine == Engine::Query
                && let Some(ident) = cand
                    .value
                    .as_deref()
                    .map(str::trim)
                    .filter(|v| dataflow::is_identifier(v))
                && let Some(rhs) = assigned.resolve(&text, ident, cand.start)
            {
                let detail = format!("{ident} = {}", rhs.chars().take(120).collect::<String>());
                cand.detail = Some(
                    cand.detail
                        .take()
                        .map_or(detail.clone(), |d| format!("{d}; {detail}")),
                );
                cand.value = Some(rhs);
            }
            let mut f = finding::build(rule, cand, &display, &text, &lines);
            f.service.clone_from(&service);
            scanner.resolve(rule, cand, &mut f);
            self.outcome.findings.push(f);
        }
        let first = self.outcome.findings.len() - self.candidates.len();
        if has_marker || text.contains("pinscan: ignore") {
            let mut sups = suppress::parse(&display, &text, &settings.rules);
            let mut mine = self.outcome.findings.split_off(first);
            self.outcome.stats.suppressed += suppress::apply(&mut mine, &mut sups) as u64;
            self.outcome.findings.append(&mut mine);
            if settings.report_unused_suppressions {
                self.outcome
                    .unused_suppressions
                    .extend(sups.into_iter().filter(|s| !s.used));
            }
        }
        self.outcome.stats.timings.resolve_ms += ms(t.elapsed());
    }

    fn handle(&mut self, scanner: &Scanner<'_>, event: Event) {
        match event {
            Event::Nothing => {}
            Event::Skip {
                path,
                reason,
                detail,
            } => {
                self.outcome.stats.files_seen += 1;
                self.skip(&path, reason, detail);
            }
            Event::Error { path, message } => self.error(&path, message),
            Event::File { path, .. } => {
                self.outcome.stats.files_seen += 1;
                if let Some(counter) = &scanner.settings.progress {
                    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                let res = catch_unwind(AssertUnwindSafe(|| self.scan_file(scanner, &path)));
                if res.is_err() {
                    self.candidates.clear();
                    self.error(
                        &path,
                        "internal error: pinscan panicked on this file; please report it"
                            .to_owned(),
                    );
                }
            }
        }
    }
}

impl Outcome {
    fn merge(&mut self, other: Outcome) {
        self.findings.extend(other.findings);
        self.errors.extend(other.errors);
        self.skipped.extend(other.skipped);
        self.unused_suppressions.extend(other.unused_suppressions);
        let (s, o) = (&mut self.stats, other.stats);
        s.files_seen += o.files_seen;
        s.files_scanned += o.files_scanned;
        s.files_matched += o.files_matched;
        s.files_parsed += o.files_parsed;
        s.bytes_scanned += o.bytes_scanned;
        s.errors += o.errors;
        s.suppressed += o.suppressed;
        for (k, v) in o.skipped {
            *s.skipped.entry(k).or_default() += v;
        }
        let (t, ot) = (&mut s.timings, o.timings);
        t.walk_ms += ot.walk_ms;
        t.read_ms += ot.read_ms;
        t.prefilter_ms += ot.prefilter_ms;
        t.regex_ms += ot.regex_ms;
        t.parse_ms += ot.parse_ms;
        t.query_ms += ot.query_ms;
        t.cert_ms += ot.cert_ms;
        t.resolve_ms += ot.resolve_ms;
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

    /// The highest severity among the findings.
    pub fn max_severity(&self) -> Option<rules::Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Whether `needle` occurs in `hay`.
fn memmem(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Two findings of the same kind with overlapping spans describe one thing (a libpq string
/// seen by a text rule and by a query, two patterns of a rule matching nested nodes): keep
/// the structural one (query engine), else the more confident, else the first.
fn dedupe_same_kind(rules: &rules::RuleSet, cands: &mut Vec<Candidate>) {
    if cands.len() < 2 {
        return;
    }
    let rank = |c: &Candidate| {
        let r = rules.get(c.rule);
        (r.engine == Engine::Query, r.confidence)
    };
    let mut keep = vec![true; cands.len()];
    for i in 0..cands.len() {
        for j in (i + 1)..cands.len() {
            if cands[j].start >= cands[i].end {
                break; // sorted by start: no later candidate overlaps i
            }
            if !keep[i] || !keep[j] {
                continue;
            }
            if rules.get(cands[i].rule).kind != rules.get(cands[j].rule).kind {
                continue;
            }
            if rank(&cands[j]) > rank(&cands[i]) {
                keep[i] = false;
            } else {
                keep[j] = false;
            }
        }
    }
    let mut k = keep.into_iter();
    cands.retain(|_| k.next().unwrap_or(true));
}

/// A walker thread's state; its results join the total when the thread finishes.
struct Worker<'a, 's> {
    local: Local,
    scanner: &'a Scanner<'s>,
    total: &'a Mutex<(Outcome, trustfiles::FileIndex)>,
}
impl Drop for Worker<'_, '_> {
    fn drop(&mut self) {
        let local = std::mem::take(&mut self.local.outcome);
        let files = std::mem::take(&mut self.local.files);
        if let Ok(mut t) = self.total.lock() {
            t.0.merge(local);
            t.1.merge(files);
        }
    }
}

/// Scan `paths` (files or directories). Paths that do not exist are a fatal error;
/// problems with single files are collected in `Outcome::errors` and `Outcome::skipped`.
pub fn scan(settings: &Settings, paths: &[PathBuf]) -> Result<Outcome, ScanError> {
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
    let paths = &unique[..];
    for p in paths {
        if std::fs::symlink_metadata(p).is_err() {
            return Err(ScanError::NotFound(p.display().to_string()));
        }
    }
    let walker = walk::build(settings, paths).map_err(ScanError::Walk)?;
    let large = paths.iter().any(|p| p.is_dir());
    let scanner = Scanner::new(settings, large);
    let total = Mutex::new((Outcome::default(), trustfiles::FileIndex::default()));

    let max = settings.max_filesize;
    walker.run(|| {
        let mut worker = Worker {
            local: Local::default(),
            scanner: &scanner,
            total: &total,
        };
        let mut idle = Instant::now();
        Box::new(move |result| {
            let event = walk::classify(result, max);
            worker.local.outcome.stats.timings.walk_ms += ms(idle.elapsed());
            worker.local.handle(worker.scanner, event);
            idle = Instant::now();
            ignore::WalkState::Continue
        })
    });

    let (mut outcome, mut files) = total
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let roots: Vec<PathBuf> = paths.iter().filter(|p| p.is_dir()).cloned().collect();
    let file_rules: Vec<&str> = [scanner.cert_rules.file, scanner.cert_rules.bundle]
        .into_iter()
        .flatten()
        .map(|i| settings.rules.get(i).id.as_str())
        .collect();
    if let Some(rule) = scanner.cert_rules.file {
        trustfiles::demote_ca_store_folders(&mut outcome.findings, &settings.rules.get(rule).id);
    }
    trustfiles::apply(
        &mut outcome.findings,
        &mut files,
        &roots,
        &scanner.resolver,
        settings.max_filesize,
        &file_rules,
    );
    outcome.stats.suppressed +=
        suppress::apply_allowlist(&mut outcome.findings, &settings.allow, &settings.rules) as u64;
    for f in &mut outcome.findings {
        if let Some(sev) = settings.severity_overrides.get(&f.rule_id) {
            f.severity = *sev;
        }
    }
    outcome.finish();
    settings
        .catalog
        .version()
        .clone_into(&mut outcome.catalog_version);
    outcome.stats.timings.elapsed_ms = ms(started.elapsed());
    Ok(outcome)
}

/// Scan one in-memory text as if it were the file `path` (for tests and rule snippets).
pub fn scan_text(settings: &Settings, path: &str, text: &str) -> Vec<Finding> {
    let scanner = Scanner::new(settings, false);
    let mut local = Local::default();
    local.scan_bytes(&scanner, Path::new(path), text.as_bytes());
    let mut outcome = local.outcome;
    outcome.finish();
    outcome.findings
}
