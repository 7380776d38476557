//! `FileScanner`: the one per-file pipeline. Built once per scan and shared by every
//! worker thread; the walker (`scan`), `scan_text`, the fuzz targets and the tests all go
//! through it. One method per stage:
//!
//! `read` → `prefilter` → `run_engines` → `findings` (per-file passes: dedupe, bundle,
//! data flow, judge) → `suppress`.
//!
//! Per-thread, mutable state (the partial `Outcome`, buffers, the engines' scratch) is a
//! `FileState` that the caller owns.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use crate::Settings;
use crate::engine::{self, Engine, EngineOut, FileCtx};
use crate::finding::{self, Candidate, Finding, LineIndex};
use crate::lang::{Language, comments, snippets, testcode};
use crate::outcome::{Outcome, SkipReason, ms};
use crate::passes;
use crate::prefilter::Prefilter;
use crate::resolve::Resolver;
use crate::rules::{self, CertScope};
use crate::{service, source, trustfiles};

const MARKER: &[u8] = b"pinscan: ignore";

/// The compiled, immutable per-file pipeline.
pub struct FileScanner<'s> {
    settings: &'s Settings,
    /// Shared with the scanners `for_roots` makes (built once: compiled query packs too).
    prefilter: Arc<Prefilter>,
    engines: Arc<Vec<Box<dyn Engine>>>,
    resolver: Resolver<'s>,
    services: Arc<service::Detector>,
    /// The scanned folders as displayed (see `with_roots`).
    roots: Vec<String>,
}

/// A worker's state: what it found so far and the buffers it reuses between files.
#[derive(Debug, Default)]
pub struct FileState {
    /// Findings, skips, errors and counts so far (the engines' stage timings are added by
    /// `take_outcome`).
    pub outcome: Outcome,
    /// Certificate files seen (for trust files that findings name).
    pub files: trustfiles::FileIndex,
    /// Definitions that hold certificates, pins or certificate paths (for identifiers
    /// that findings in other files name).
    pub symbols: crate::dataflow::Symbols,
    buf: Vec<u8>,
    hits: Vec<bool>,
    /// The current file holds one of `dataflow::DEFINES_KEYWORDS` (from the prefilter).
    defines: bool,
    out: EngineOut,
    /// The same for one code block of a document.
    snippet_hits: Vec<bool>,
    snippet_out: EngineOut,
}

/// A file after the prefilter: decoded, with the rules worth running on it.
#[derive(Debug)]
pub struct Prepared<'a> {
    pub display: String,
    pub text: std::borrow::Cow<'a, str>,
    pub lang: Option<Language>,
    pub is_cert_file: bool,
    /// The file has a `pinscan: ignore` comment and unused ones are being collected.
    pub has_marker: bool,
}

impl<'s> FileScanner<'s> {
    /// `large`: many files are expected (a directory is scanned), so the prefilter is
    /// built as a DFA (faster per byte, slower to build).
    pub fn new(settings: &'s Settings, large: bool) -> FileScanner<'s> {
        FileScanner {
            settings,
            prefilter: Arc::new(Prefilter::new(
                &settings.rules,
                &engine::catalog::keywords(&settings.catalog),
                large,
            )),
            engines: Arc::new(engine::build(settings)),
            resolver: Self::resolver(settings),
            services: Arc::new(service::Detector::new(&settings.catalog)),
            roots: Vec::new(),
        }
    }

    /// The scanned folders, so that where a file sits (test code, documentation, an
    /// example) is judged below them (`settings::under_root`).
    #[must_use]
    pub fn with_roots(mut self, roots: &[std::path::PathBuf]) -> FileScanner<'s> {
        self.roots = roots.iter().map(|r| source::display_path(r)).collect();
        self
    }

    /// A scanner of the same settings for other scanned folders, sharing this one's
    /// prefilter and engines (query packs compiled by either serve both): several scans at
    /// once, as a sweep's repositories, pay for each pack once.
    #[must_use]
    pub fn for_roots(&self, roots: &[std::path::PathBuf]) -> FileScanner<'s> {
        FileScanner {
            settings: self.settings,
            prefilter: Arc::clone(&self.prefilter),
            engines: Arc::clone(&self.engines),
            resolver: Self::resolver(self.settings),
            services: Arc::clone(&self.services),
            roots: Vec::new(),
        }
        .with_roots(roots)
    }

    /// The resolver findings are judged with.
    pub fn resolver(settings: &Settings) -> Resolver<'_> {
        Resolver {
            catalog: &settings.catalog,
            today: settings.today,
            expiry_window_days: settings.expiry_window_days,
        }
    }

    pub fn settings(&self) -> &'s Settings {
        self.settings
    }

    /// Scan the file at `path`: read it (bounded by `--max-filesize`), then `scan_bytes`.
    pub fn scan_path(&self, path: &Path, state: &mut FileState) {
        let t0 = Instant::now();
        let Some(buf) = self.read(path, state) else {
            return;
        };
        state.outcome.stats.timings.read_ms += ms(t0.elapsed());
        let compiling =
            |state: &FileState| state.out.timings.compile_ms + state.snippet_out.timings.compile_ms;
        let compiled = compiling(state);
        let before = phases(state);
        self.scan_bytes(path, &buf, state);
        // A query pack compiled while scanning this file is not this file's cost.
        let compiled = compiling(state) - compiled;
        let spent = t0
            .elapsed()
            .saturating_sub(std::time::Duration::from_secs_f64(
                compiled.max(0.0) / 1000.0,
            ));
        let after = phases(state);
        let parsed_bytes = if state.out.parsed {
            state.out.parsed_part.map_or(buf.len(), |p| p) as u64
        } else {
            0
        };
        let detail = || crate::outcome::FileTime {
            bytes: buf.len() as u64,
            parse_ms: after[0] - before[0],
            parsed_bytes,
            query_ms: after[1] - before[1],
            regex_ms: after[2] - before[2],
            resolve_ms: after[3] - before[3],
            ..Default::default()
        };
        state.outcome.stats.timings.file(path, spent, detail);
        state.buf = buf;
    }

    /// Stage 1: read the file into the state's buffer (taken out of the state; give it
    /// back after use). A file over the size limit is skipped, an unreadable one an error.
    pub fn read(&self, path: &Path, state: &mut FileState) -> Option<Vec<u8>> {
        let max = self.settings.max_filesize;
        match source::read(path, max, &mut state.buf) {
            Ok(source::ReadResult::Complete) => Some(std::mem::take(&mut state.buf)),
            Ok(source::ReadResult::TooLarge(n)) => {
                let detail = format!("{n}+ bytes is over the {max}-byte limit (--max-filesize)");
                state.outcome.skip(path, SkipReason::TooLarge, detail);
                None
            }
            Err(e) => {
                state.outcome.error(path, format!("cannot read: {e}"));
                None
            }
        }
    }

    /// Scan one file's bytes as if they were the file `path`; findings (suppressions
    /// applied), skips and errors go to `state.outcome`.
    pub fn scan_bytes(&self, path: &Path, bytes: &[u8], state: &mut FileState) {
        let Some(file) = self.prefilter(path, bytes, state) else {
            return;
        };
        let ctx = FileCtx {
            settings: self.settings,
            path,
            bytes,
            text: &file.text,
            lang: file.lang,
            is_cert_file: file.is_cert_file,
            hits: &state.hits,
        };
        state.out.clear();
        self.run_engines(&ctx, &mut state.out);
        if file.is_cert_file {
            // In a certificate file, text around the certificates (certifi-style `# SHA1
            // Fingerprint:` headers, `Bag Attributes`, `subject=` lines) describes them: it
            // is not a pin of its own. The certificates (and a public key block, which is
            // what a pinned-key file holds) are the findings.
            let rules = &self.settings.rules;
            state.out.candidates.retain(|c| {
                let rule = rules.get(c.rule);
                rule.engine() == rules::Engine::Cert || rule.kind == rules::Kind::PublicKey
            });
        }
        if file.lang.is_some() {
            // A test's description (`it('accepts sslrootcert=/path/to/ca')`) is a sentence.
            let text = &file.text;
            (state.out.candidates).retain(|c| !comments::in_test_title(text, c.start, c.end));
        }
        if snippets::is_document(path) {
            self.scan_snippets(path, &file, state);
        } else if file.lang.is_none()
            && let Some(style) = comments::LineStyle::of_path(path)
        {
            let out = &mut state.out;
            comments::by_lines(
                &file.text,
                0..file.text.len(),
                style,
                &out.candidates,
                &mut out.comments,
            );
        }
        if !state.out.comments.is_empty() {
            self.drop_commented(&file.text, &mut state.out);
        }
        let o = &mut state.outcome;
        o.stats.files_parsed += u64::from(state.out.parsed);
        if state.out.parsed {
            let len = file.text.len() as u64;
            o.stats.bytes_of_parsed_files += len;
            o.stats.bytes_parsed += state.out.parsed_part.map_or(len, |p| p as u64);
            o.stats.files_parsed_in_part += u64::from(state.out.parsed_part.is_some());
        }
        for (reason, detail) in state.out.skips.drain(..) {
            o.skip(path, reason, detail);
        }
        for message in state.out.errors.drain(..) {
            o.error(path, message);
        }
        let rules = &self.settings.rules;
        if state.out.candidates.is_empty() && !file.has_marker {
            let defines = state.defines;
            passes::index_symbols(
                rules,
                &file.display,
                &file.text,
                &[],
                defines,
                &mut state.symbols,
            );
            return;
        }
        let t = Instant::now();
        let mut helpers = Vec::new();
        let mut found = self.findings(&file, &mut state.out.candidates, &mut helpers);
        for (name, index) in helpers {
            state.symbols.add_helper(&name, index);
        }
        if !state.out.comments.is_empty() {
            for f in &mut found {
                if f.severity > rules::Severity::Note
                    && comments::covers(&state.out.comments, f.byte_start, f.byte_end)
                {
                    f.severity = rules::Severity::Note;
                    f.message.push_str(" (in a comment: reported as a note)");
                }
            }
        }
        let cands = &state.out.candidates;
        let defines = state.defines;
        passes::index_symbols(
            rules,
            &file.display,
            &file.text,
            cands,
            defines,
            &mut state.symbols,
        );
        if file.has_marker || file.text.contains("pinscan: ignore") {
            self.suppress(&file, &mut found, &mut state.outcome);
        }
        state.outcome.findings.append(&mut found);
        state.outcome.stats.timings.resolve_ms += ms(t.elapsed());
    }

    /// Stage 2: skip binary files, decode, run the keyword prefilter and keep the rules
    /// that apply to this path and language (`state.hits`). `None`: nothing to look for.
    pub fn prefilter<'a>(
        &self,
        path: &Path,
        bytes: &'a [u8],
        state: &mut FileState,
    ) -> Option<Prepared<'a>> {
        let settings = self.settings;
        let is_cert_file = source::is_cert_file(path);
        if is_cert_file {
            state.files.insert(path);
        }
        let o = &mut state.outcome;
        if source::looks_binary(bytes) && !is_cert_file {
            o.skip(path, SkipReason::Binary, "contains NUL bytes".to_owned());
            return None;
        }
        o.stats.files_scanned += 1;
        o.stats.bytes_scanned += bytes.len() as u64;

        // UTF-16 must be decoded before keywords can be seen; everything else is searched raw.
        let utf16 = source::is_utf16(bytes).then(|| source::decode(bytes));
        let t = Instant::now();
        let raw = utf16.as_deref().map_or(bytes, str::as_bytes);
        let seen = self.prefilter.scan(raw, &mut state.hits);
        let any = seen.any;
        state.defines = seen.defines;
        o.stats.timings.prefilter_ms += ms(t.elapsed());
        let has_marker = settings.report_unused_suppressions && memmem(bytes, MARKER);
        if !any && !is_cert_file && !has_marker {
            self.index_only(path, raw, state);
            return None;
        }
        o.stats.files_matched += u64::from(any);

        let display = source::display_path(path);
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let lang = Language::detect(path, raw);
        for (i, rule) in settings.rules.rules().iter().enumerate() {
            if state.hits[i] && !rule.applies_to(&display, &file_name, lang.map(Language::name)) {
                state.hits[i] = false;
            }
        }
        // A document's code blocks may want rules that the document itself does not.
        if !(state.hits.iter().any(|h| *h) || has_marker || (any && snippets::is_document(path))) {
            self.index_only(path, raw, state);
            return None;
        }
        let text = match utf16 {
            Some(text) => text,
            None => source::decode(bytes),
        };
        Some(Prepared {
            display,
            text,
            lang,
            is_cert_file,
            has_marker,
        })
    }

    /// A file with nothing for the engines may still define what another file uses (a
    /// constants module: `CA_FILE = "certs/root.pem"`, `$sslcert = "ssl/ca.pem"`): it goes
    /// into the scan's symbol index all the same.
    fn index_only(&self, path: &Path, raw: &[u8], state: &mut FileState) {
        if !state.defines {
            return;
        }
        let text = String::from_utf8_lossy(raw);
        let display = source::display_path(path);
        passes::index_symbols(
            &self.settings.rules,
            &display,
            &text,
            &[],
            true,
            &mut state.symbols,
        );
    }

    /// Comments are not code: a candidate inside a comment (commented-out code, doc
    /// prose) that configures or verifies something (a trust store, a pin set, a callback,
    /// verification disabled, a TLS version) is dropped, unless it is an indented example
    /// of a doc comment (`comments::is_example_line`). A value written down in a comment
    /// (a thumbprint, an SPKI hash, a serial, a DN, a key, a certificate) is inventory and
    /// stays, as a note.
    fn drop_commented(&self, text: &str, out: &mut EngineOut) {
        out.comments.sort_by_key(|r| (r.start, r.end));
        out.comments.dedup();
        let rules = &self.settings.rules;
        let comments = &out.comments;
        out.candidates.retain(|c| {
            matches!(
                rules.get(c.rule).kind,
                rules::Kind::EmbeddedCert
                    | rules::Kind::PublicKey
                    | rules::Kind::Thumbprint
                    | rules::Kind::SpkiHash
                    | rules::Kind::Serial
                    | rules::Kind::SubjectDn
            ) || !comments::covers(comments, c.start, c.end)
                || (comments::is_example_line(text, c.start)
                    && !comments::in_markup_comment(text, comments, c.start))
        });
    }

    /// Stage 3 for a document's code blocks (`lang::snippets`): each block that the
    /// prefilter passes runs through the engines as a file of its language, with the rules
    /// that apply to that language and not to the document itself (those already ran over
    /// the whole text); its candidates are mapped back to the document's offsets and join
    /// the document's in `state.out`.
    fn scan_snippets(&self, path: &Path, file: &Prepared<'_>, state: &mut FileState) {
        let rules = self.settings.rules.rules();
        let from_document = state.out.candidates.len();
        let doc_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for snip in snippets::extract(path, &file.text) {
            // Commented-out lines of the block hold no pins (the document's text rules
            // ran over them).
            comments::by_lines(
                &file.text,
                snip.document_range(),
                comments::LineStyle::of_snippet(snip.lang),
                &state.out.candidates[..from_document],
                &mut state.out.comments,
            );
            if !self
                .prefilter
                .scan(snip.text.as_bytes(), &mut state.snippet_hits)
                .any
            {
                continue;
            }
            let ext = snip.lang.extension();
            let name = format!("snippet.{ext}");
            let virtual_path = format!("{}.{ext}", file.display);
            let lang = snip.lang.language();
            for (i, rule) in rules.iter().enumerate() {
                if state.snippet_hits[i]
                    && (!rule.applies_to(&virtual_path, &name, lang.map(Language::name))
                        || rule.applies_to(&file.display, &doc_name, None))
                {
                    state.snippet_hits[i] = false;
                }
            }
            if !state.snippet_hits.iter().any(|h| *h) {
                continue;
            }
            let ctx = FileCtx {
                settings: self.settings,
                path,
                bytes: snip.text.as_bytes(),
                text: &snip.text,
                lang,
                is_cert_file: false,
                hits: &state.snippet_hits,
            };
            let out = &mut state.snippet_out;
            out.clear();
            self.run_engines(&ctx, out);
            state.out.parsed |= out.parsed;
            state.out.skips.append(&mut out.skips);
            state.out.errors.append(&mut out.errors);
            let len = file.text.len();
            for mut c in out.candidates.drain(..) {
                let (Some(start), Some(end)) = (snip.to_document(c.start), snip.to_document(c.end))
                else {
                    continue;
                };
                let end = end.min(len);
                if start >= end
                    || !file.text.is_char_boundary(start)
                    || !file.text.is_char_boundary(end)
                {
                    continue;
                }
                c.start = start;
                c.end = end;
                state.out.candidates.push(c);
            }
        }
    }

    /// Stage 3: every engine, in order, adds its candidates to `out`.
    pub fn run_engines(&self, file: &FileCtx<'_>, out: &mut EngineOut) {
        for engine in self.engines.iter() {
            engine.run(file, out);
        }
    }

    /// Stage 4: the per-file passes (dedupe, bundle, data flow) and the judgement of each
    /// candidate as a finding.
    pub fn findings(
        &self,
        file: &Prepared<'_>,
        cands: &mut Vec<Candidate>,
        helpers: &mut Vec<(String, usize)>,
    ) -> Vec<Finding> {
        crate::dataflow::memo_scope(|| self.findings_in(file, cands, helpers))
    }

    fn findings_in(
        &self,
        file: &Prepared<'_>,
        cands: &mut Vec<Candidate>,
        helpers: &mut Vec<(String, usize)>,
    ) -> Vec<Finding> {
        let rules = &self.settings.rules;
        passes::dedupe(rules, cands);
        passes::bundle_only(rules, cands);
        passes::callbacks(rules, &file.text, cands);
        passes::config_ids(rules, &file.text, cands);
        passes::pin_lists(rules, &file.text, cands);
        *helpers = passes::trust_helpers(rules, &file.text, cands);
        passes::dataflow(rules, &file.text, cands);
        passes::passed_in(rules, &file.text, cands);
        passes::opt_in(rules, &file.text, cands);
        passes::certificate_makers(rules, &file.display, &file.text, cands);
        let lines = LineIndex::new(&file.text);
        let service = self.services.detect(&file.text);
        let mut found: Vec<Finding> = cands
            .iter()
            .map(|cand| {
                let rule = rules.get(cand.rule);
                let mut f = finding::build(rule, cand, &file.display, &file.text, &lines);
                f.service.clone_from(&service);
                self.judge(rule, cand, &mut f);
                f
            })
            .collect();
        self.demote_test_constructs(file, &mut found);
        found
    }

    /// Findings inside test code by construct (`lang::testcode`: a `#[cfg(test)]` module,
    /// a `@Test` method, a `describe(...)` callback), or anywhere in a file whose header
    /// comment calls it test code ("This is a test shim for ..."), in a file of a code
    /// language become notes, like findings under a test path. Documents' code blocks are not looked at.
    fn demote_test_constructs(&self, file: &Prepared<'_>, found: &mut [Finding]) {
        let Some(lang) = file.lang else {
            return;
        };
        if !self.settings.demote_test_paths
            || !found.iter().any(|f| f.severity > rules::Severity::Note)
            || snippets::is_document(Path::new(&file.display))
        {
            return;
        }
        let whole = testcode::declared_test_file(&file.text, lang);
        let regions = if whole {
            Vec::new()
        } else {
            testcode::test_regions(&file.text, lang)
        };
        if !whole && regions.is_empty() {
            return;
        }
        for f in found {
            if f.severity > rules::Severity::Note
                && (whole || testcode::in_regions(&regions, f.byte_start, f.byte_end))
            {
                f.severity = rules::Severity::Note;
                if !f.message.ends_with(crate::settings::TEST_CODE_NOTE) {
                    f.message.push_str(crate::settings::TEST_CODE_NOTE);
                }
            }
        }
    }

    /// Resolve a finding against the catalog and judge it (severity, message, advice);
    /// findings in test code become notes.
    pub fn judge(&self, rule: &rules::Rule, cand: &Candidate, f: &mut Finding) {
        if rule.cert_scope() == Some(CertScope::Bundle) {
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
        f.apply_judgement(j);
        f.ca = ca;
        // A value that resolves to a catalog CA was chosen here, whatever else holds.
        let chosen_here = f.ca.is_some() && cand.note.as_deref().is_some_and(passes::is_passed_in);
        if let Some(why) = &cand.note
            && f.severity > rules::Severity::Note
            && !chosen_here
        {
            f.severity = rules::Severity::Note;
            let _ = write!(f.message, " ({why})");
        }
        if self.settings.demote_test_paths
            && f.severity > rules::Severity::Note
            && let Some(place) =
                crate::settings::demoted_place(crate::settings::under_root(&f.path, &self.roots))
        {
            f.severity = rules::Severity::Note;
            let _ = write!(f.message, " ({place}: reported as a note)");
        }
    }

    /// Stage 5: the file's `pinscan: ignore` comments (none honoured in an untrusted tree,
    /// `Settings::untrusted`).
    pub fn suppress(&self, file: &Prepared<'_>, found: &mut Vec<Finding>, outcome: &mut Outcome) {
        if self.settings.untrusted {
            return;
        }
        let (n, unused) = passes::suppressions(
            &self.settings.rules,
            &file.display,
            &file.text,
            found,
            self.settings.report_unused_suppressions,
        );
        outcome.stats.suppressed += n as u64;
        outcome.unused_suppressions.extend(unused);
    }
}

impl FileState {
    /// Throw away what a file that panicked left half-done.
    pub fn recover(&mut self) {
        self.out.clear();
        self.snippet_out.clear();
    }

    /// What the state has found so far, with the engines' timings folded in; the state
    /// starts again from an empty outcome.
    pub fn take_outcome(&mut self) -> Outcome {
        let mut outcome = std::mem::take(&mut self.outcome);
        outcome
            .stats
            .timings
            .merge(std::mem::take(&mut self.out.timings));
        outcome
            .stats
            .timings
            .merge(std::mem::take(&mut self.snippet_out.timings));
        outcome
    }
}

/// Parse, query, text-rule and resolve time so far (for a file's share of them).
fn phases(state: &FileState) -> [f64; 4] {
    let (a, b, c) = (
        &state.out.timings,
        &state.snippet_out.timings,
        &state.outcome.stats.timings,
    );
    [
        a.parse_ms + b.parse_ms + c.parse_ms,
        a.query_ms + b.query_ms + c.query_ms,
        a.regex_ms + b.regex_ms + c.regex_ms,
        a.resolve_ms + b.resolve_ms + c.resolve_ms,
    ]
}

/// Whether `needle` occurs in `hay`.
fn memmem(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JAVA: &str = include_str!("../corpus/java/OkHttpPinning.java");

    #[test]
    fn one_scanner_serves_many_files_and_counts_every_stage() {
        let settings = Settings::new().unwrap();
        let scanner = FileScanner::new(&settings, false);
        let mut state = FileState::default();
        scanner.scan_bytes(
            Path::new("a/OkHttpPinning.java"),
            JAVA.as_bytes(),
            &mut state,
        );
        let first = state.outcome.findings.len();
        assert!(first > 0);
        scanner.scan_bytes(
            Path::new("b/OkHttpPinning.java"),
            JAVA.as_bytes(),
            &mut state,
        );
        let outcome = state.take_outcome();
        assert_eq!(outcome.findings.len(), 2 * first);
        assert_eq!(outcome.stats.files_parsed, 2);
        let t = &outcome.stats.timings;
        assert!(
            t.parse_ms > 0.0 && t.query_ms > 0.0 && t.regex_ms > 0.0,
            "{t:?}"
        );
        assert!(t.rules.get("PIN110").is_some_and(|r| r.files == 2), "{t:?}");
        // The state starts again empty.
        assert!(state.take_outcome().findings.is_empty());
        // scan_text is the same pipeline.
        let mut again = crate::scan_text(&settings, "a/OkHttpPinning.java", JAVA);
        let mut mine: Vec<Finding> = outcome
            .findings
            .into_iter()
            .filter(|f| f.path.starts_with("a/"))
            .collect();
        let key = |f: &Finding| (f.start, f.rule_id.clone(), f.message.clone());
        again.sort_by_key(key);
        mine.sort_by_key(key);
        assert_eq!(
            again.iter().map(key).collect::<Vec<_>>(),
            mine.iter().map(key).collect::<Vec<_>>()
        );
    }

    #[test]
    fn findings_in_test_code_by_construct_are_notes() {
        let text = "fn client() -> Client {\n    Client::builder().danger_accept_invalid_certs(true).build()\n}\n\n\
                    #[cfg(test)]\nmod tests {\n    #[test]\n    fn local() {\n        \
                    Client::builder().danger_accept_invalid_certs(true).build();\n    }\n}\n";
        let mut settings = Settings::new().unwrap();
        let found = crate::scan_text(&settings, "src/client.rs", text);
        let sev: Vec<(usize, rules::Severity)> =
            found.iter().map(|f| (f.start.line, f.severity)).collect();
        assert_eq!(
            sev,
            vec![(2, rules::Severity::Warning), (9, rules::Severity::Note)],
            "{found:?}"
        );
        assert!(found[1].message.ends_with(crate::settings::TEST_CODE_NOTE));
        assert!(!found[0].message.contains("test code"));
        // Under a test path the suffix is appended once.
        let found = crate::scan_text(&settings, "tests/client.rs", text);
        assert!(
            found
                .iter()
                .all(|f| f.message.matches("in test code").count() == 1)
        );
        // `demote-test-paths = false` turns it off.
        settings.demote_test_paths = false;
        let found = crate::scan_text(&settings, "src/client.rs", text);
        assert!(found.iter().all(|f| f.severity == rules::Severity::Warning));
    }

    #[test]
    fn binary_and_unreadable_input_is_a_skip_not_a_finding() {
        let settings = Settings::new().unwrap();
        let scanner = FileScanner::new(&settings, false);
        let mut state = FileState::default();
        scanner.scan_bytes(Path::new("x.java"), b"sha256/\0\0\0", &mut state);
        scanner.scan_path(Path::new("/nonexistent/pinscan/x.java"), &mut state);
        let o = state.take_outcome();
        assert!(o.findings.is_empty());
        assert_eq!(o.skipped.len(), 1);
        assert_eq!(o.skipped[0].reason, SkipReason::Binary);
        assert_eq!(o.errors.len(), 1);
        assert!(
            o.errors[0].message.starts_with("cannot read"),
            "{:?}",
            o.errors
        );
    }
}
