//! Shared set-up of the pinscan fuzz targets.
//!
//! `pinscan::scan_text` builds a fresh scanner per call, which compiles the tree-sitter
//! query packs again each time (a few hundred executions a minute under ASan). So every
//! input runs through `engines`, the engine pipeline of `Local::scan_bytes` (prefilter,
//! regex, catalog and certificate rules, parse + queries, dataflow, `finding::build`,
//! resolve, suppressions) with everything compiled once; and inputs whose length is a
//! multiple of `SCAN_TEXT_EVERY` also go through `scan_text` itself (deterministic per
//! input, so crashes reproduce).

use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use pinscan::Settings;
use pinscan::catalogscan;
use pinscan::certscan::{self, CertRules};
use pinscan::finding::{self, Candidate, LineIndex};
use pinscan::lang::Language;
use pinscan::lang::pack::{self, Pack};
use pinscan::prefilter::Prefilter;
use pinscan::resolve::Resolver;
use pinscan::rules::Engine;
use pinscan::{dataflow, source, suppress};

/// Inputs whose length is a multiple of this also run through `pinscan::scan_text`.
pub const SCAN_TEXT_EVERY: usize = 64;

/// The built-in rules and catalog, built once per process.
pub fn settings() -> &'static Settings {
    static SETTINGS: OnceLock<Settings> = OnceLock::new();
    SETTINGS.get_or_init(|| Settings::new().expect("built-in rules load"))
}

struct Compiled {
    prefilter: Prefilter,
    cert_rules: CertRules,
    /// Query packs by language and rule, compiled on first use (as the scanner does).
    packs: Vec<Vec<OnceLock<Option<Pack>>>>,
    lang_rules: Vec<Vec<usize>>,
    gates: Vec<pinscan::lang::gate::Gates>,
}

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let s = settings();
        Compiled {
            prefilter: Prefilter::new(&s.rules, &catalogscan::keywords(&s.catalog), false),
            cert_rules: CertRules::new(&s.rules),
            packs: Language::ALL
                .iter()
                .map(|_| s.rules.rules().iter().map(|_| OnceLock::new()).collect())
                .collect(),
            lang_rules: Language::ALL
                .iter()
                .map(|&l| pack::rules_with_patterns(l, &s.rules))
                .collect(),
            gates: Language::ALL
                .iter()
                .map(|&l| pinscan::lang::gate::Gates::new(l, &s.rules))
                .collect(),
        }
    })
}

/// The engines of one file, as `Local::scan_bytes` runs them.
pub fn engines(path: &str, bytes: &[u8]) {
    let s = settings();
    let c = compiled();
    let path_ref = Path::new(path);
    let is_cert = source::is_cert_file(path_ref);
    if source::looks_binary(bytes) && !is_cert {
        return;
    }
    let utf16 = source::is_utf16(bytes).then(|| source::decode(bytes));
    let raw = utf16.as_deref().map_or(bytes, str::as_bytes);
    let mut hits = Vec::new();
    let any = c.prefilter.scan(raw, &mut hits);
    if !any && !is_cert {
        return;
    }
    let lang = Language::from_path(path_ref);
    for (i, rule) in s.rules.rules().iter().enumerate() {
        if hits[i] && !rule.applies_to(path, path, lang.map(Language::name)) {
            hits[i] = false;
        }
    }
    let text = match utf16 {
        Some(t) => t,
        None => source::decode(bytes),
    };
    let mut cands: Vec<Candidate> = Vec::new();
    for (i, rule) in s.rules.rules().iter().enumerate() {
        if hits[i] && rule.engine == Engine::Regex {
            pinscan::rules::regex::run(i, rule, &text, true, &mut cands);
        }
        if hits[i] && rule.engine == Engine::Catalog {
            catalogscan::run(i, &s.catalog, &text, &mut cands);
        }
    }
    let _ = certscan::run(c.cert_rules, &hits, is_cert, bytes, &text, &mut cands);
    if let Some(lang) = lang {
        let gates = &c.gates[lang.index()];
        let mut gate_hits = Vec::new();
        gates.hits(text.as_bytes(), &mut gate_hits);
        let wanted: Vec<usize> = c.lang_rules[lang.index()]
            .iter()
            .copied()
            .filter(|&r| hits[r] && (!gates.is_gated(r) || !gate_hits[r].is_empty()))
            .collect();
        if !wanted.is_empty()
            && let Ok(tree) = pinscan::lang::parse::parse(lang, &text, Duration::from_secs(5))
        {
            for rule in wanted {
                let pack = c.packs[lang.index()][rule]
                    .get_or_init(|| pack::build_for(lang, &s.rules, Some(rule)).ok());
                let pack = pack.as_ref().expect("built-in query pack compiles");
                let ranges = if gates.is_gated(rule) {
                    &gate_hits[rule][..]
                } else {
                    &[]
                };
                let _ = pinscan::lang::parse::run(
                    pack,
                    &tree,
                    &text,
                    &hits,
                    ranges,
                    Duration::from_secs(5),
                    &mut cands,
                );
            }
        }
    }
    let resolver = Resolver {
        catalog: &s.catalog,
        today: s.today,
        expiry_window_days: s.expiry_window_days,
    };
    let lines = LineIndex::new(&text);
    let mut findings = Vec::new();
    for cand in &mut cands {
        assert!(cand.start <= cand.end && cand.end <= text.len(), "bad span {cand:?}");
        let rule = s.rules.get(cand.rule);
        if rule.engine == Engine::Query
            && let Some(ident) = cand
                .value
                .as_deref()
                .map(str::trim)
                .filter(|v| dataflow::is_identifier(v))
            && let Some(rhs) = dataflow::resolve(&text, ident, cand.start)
        {
            cand.value = Some(rhs);
        }
        let f = finding::build(rule, cand, path, &text, &lines);
        assert!(f.start <= f.end, "inverted position: {f:?}");
        let ca = match (&cand.cert, &cand.value) {
            (Some(cert), _) => resolver.resolve_cert(cert),
            (None, Some(v)) => resolver.resolve_value(rule.kind, finding::strip_quotes(v)),
            (None, None) => None,
        };
        let _ = resolver.judge(
            rule,
            ca.as_ref(),
            cand.cert.as_deref(),
            cand.value.as_deref().map(finding::strip_quotes),
        );
        findings.push(f);
    }
    if text.contains("pinscan: ignore") {
        let mut sups = suppress::parse(path, &text, &s.rules);
        let _ = suppress::apply(&mut findings, &mut sups);
    }
}

/// Scan `data` as the file `fuzz.<ext>` (read lossily, as the scanner reads files) and
/// check what every finding must satisfy.
pub fn detect(ext: &str, data: &[u8]) {
    let path = format!("fuzz.{ext}");
    engines(&path, data);
    if !data.len().is_multiple_of(SCAN_TEXT_EVERY) {
        return;
    }
    let text = String::from_utf8_lossy(data);
    let findings = pinscan::scan_text(settings(), &path, &text);
    for f in &findings {
        assert!(f.byte_start <= f.byte_end, "inverted span: {f:?}");
        assert!(f.byte_end <= text.len(), "span past the end: {f:?}");
        assert!(f.start <= f.end, "inverted position: {f:?}");
        assert!(f.matched.chars().count() <= 200, "matched not truncated");
        assert_eq!(f.path, path);
    }
}
