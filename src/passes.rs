//! Post-processing: everything that happens to the engines' candidates until the report,
//! as one ordered list of small passes.
//!
//! Per file (`FileScanner::findings`, in this order):
//! 1. `dedupe`: one candidate per rule and span; of two same-kind candidates with
//!    overlapping spans, the structural (query) one, else the more confident.
//! 2. `bundle_only`: inside a CA bundle only the bundle finding is kept.
//! 3. `callbacks` and `dataflow`: a callback defined in the file must do what its rule's
//!    `callback_body` says; a query value that is an identifier is replaced by what it was
//!    assigned, or gets the embedded certificate it names.
//! 4. judge (`FileScanner::judge`): build the `Finding`, resolve it against the catalog,
//!    set severity and advice, demote test code.
//! 5. `suppressions`: `pinscan: ignore` comments.
//!
//! Per scan (`after_scan`, in this order): 6a. `cross_file` (identifiers defined in another
//! file, through the symbol index `index_symbols` fills), 6. `ca_store_folders`, 7. `trust_files`,
//! 8. `allowlist`, 9. `severity_overrides`, 10. `diff`, 11. `baseline`, 12. `finish` (the
//! documented order and the severity counts).

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::Settings;
use crate::finding::{Candidate, Finding};
use crate::gitdiff::Changed;
use crate::outcome::Outcome;
use crate::resolve::Resolver;
use crate::rules::{CertScope, Engine, Kind, RuleSet, Severity};
use crate::suppress::{self, Baseline};
use crate::trustfiles;

/// A candidate's value when it is an identifier (`CA_FILE`, `self.ca_path`).
fn identifier_value(c: &Candidate) -> Option<&str> {
    c.value
        .as_deref()
        .map(str::trim)
        .filter(|v| crate::dataflow::is_identifier(v))
}

/// Pass 1: Sort candidates by span, drop exact duplicates, and of two candidates of the same
/// kind with overlapping spans (a libpq string seen by a text rule and by a query, two
/// patterns of a rule matching nested nodes) keep the structural one (query engine), else
/// the more confident, else the first.
pub fn dedupe(rules: &RuleSet, cands: &mut Vec<Candidate>) {
    cands.sort_by_key(|c| (c.start, c.end, c.rule));
    cands.dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.end == b.end);
    if cands.len() < 2 {
        return;
    }
    let rank = |c: &Candidate| {
        let r = rules.get(c.rule);
        (r.engine() == Engine::Query, r.confidence)
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

/// Pass 2: A CA bundle (certifi's `cacert.pem` and the like) is one finding: the fingerprints,
/// serials and names in its comment lines are not pins.
pub fn bundle_only(rules: &RuleSet, cands: &mut Vec<Candidate>) {
    let is_bundle = |c: &Candidate| rules.get(c.rule).cert_scope() == Some(CertScope::Bundle);
    if cands.iter().any(is_bundle) {
        cands.retain(is_bundle);
    }
}

/// Whether findings of this kind name what is trusted or pinned (a value that can be a
/// default, a pass-through or defined in another file).
fn names_trust(kind: Kind) -> bool {
    !matches!(
        kind,
        Kind::VerificationDisabled | Kind::DeprecatedTls | Kind::CustomVerify
    )
}

/// Pass 3: A query that reports an identifier names what it was assigned in this file: the
/// value becomes the assigned expression and the detail says so. Assignments in comments
/// do not count. Defaults are not pins: a trust-store value that is a parameter of the
/// enclosing function with a null default (`def wrap(cafile=None)`), a CA file or folder
/// parameter forwarded without default (a library wrapper's `cafile`, `capath`), or a
/// value assigned only `None`/`null`/`nil` is a pass-through and not reported; a
/// parameter with a literal default names it.
pub fn dataflow(rules: &RuleSet, text: &str, cands: &mut Vec<Candidate>) {
    let mut assigned = crate::dataflow::Cache::default();
    link_embedded_certificates(rules, text, cands);
    let mut keep = vec![true; cands.len()];
    for (k, cand) in cands.iter_mut().enumerate() {
        let rule = rules.get(cand.rule);
        if rule.engine() != Engine::Query {
            continue;
        }
        let Some(mut ident) = identifier_value(cand).map(str::to_owned) else {
            continue;
        };
        let store = rule.kind == Kind::NarrowTrustStore && cand.cert.is_none();
        if store {
            match crate::dataflow::parameter(text, &ident, cand.start) {
                Some(crate::dataflow::Param::NoDefault) => {
                    // A CA file or folder option forwarded from the caller (a wrapper's
                    // `cafile`, `ca_cert_file_path`): the caller decides. Certificates
                    // handed in (`cadata=pem`, an `X509 *root`) still make the store.
                    if crate::dataflow::is_location_option(&ident) {
                        keep[k] = false;
                    }
                    continue;
                }
                Some(crate::dataflow::Param::Default(d)) => {
                    if crate::dataflow::is_null_like(&d) {
                        keep[k] = false;
                        continue;
                    }
                    let detail = format!("{ident} defaults to {d}");
                    cand.detail = Some(
                        cand.detail
                            .take()
                            .map_or(detail.clone(), |old| format!("{old}; {detail}")),
                    );
                    cand.value = Some(d.clone());
                    if !crate::dataflow::is_identifier(&d) {
                        continue;
                    }
                    ident = d; // a named default: what that name is assigned
                }
                None => {}
            }
        }
        let ident = ident.as_str();
        if let Some(rhs) = assigned.resolve(text, ident, cand.start) {
            if store && crate::dataflow::is_null_like(&rhs) {
                keep[k] = false;
                continue;
            }
            let detail = format!("{ident} = {}", rhs.chars().take(120).collect::<String>());
            cand.detail = Some(
                cand.detail
                    .take()
                    .map_or(detail.clone(), |d| format!("{d}; {detail}")),
            );
            cand.value = Some(rhs);
        }
    }
    let mut k = keep.into_iter();
    cands.retain(|_| k.next().unwrap_or(true));
}

/// Part of pass 3, for the scan-wide symbol index: the file's definitions that hold an
/// embedded certificate (found by the certificate engine), a certificate path or a pin;
/// and, when a finding still names an identifier (defined in another file, perhaps), the
/// file's import words.
pub fn index_symbols(
    rules: &RuleSet,
    path: &str,
    text: &str,
    cands: &[Candidate],
    symbols: &mut crate::dataflow::Symbols,
) {
    let certs: Vec<(usize, &crate::cert::CertFacts)> = cands
        .iter()
        .filter(|c| rules.get(c.rule).cert_scope() == Some(CertScope::Embedded))
        .filter_map(|c| c.cert.as_deref().map(|cert| (c.start, cert)))
        .collect();
    symbols.index_file(path, text, &certs);
    let pending = cands.iter().any(|c| {
        let rule = rules.get(c.rule);
        rule.engine() == Engine::Query
            && names_trust(rule.kind)
            && c.cert.is_none()
            && identifier_value(c).is_some()
    });
    if pending {
        symbols.note_imports(path, text);
    }
}

/// Part of pass 3: a query that names an identifier declared as an array holding a
/// certificate the certificate engine found (`ca_der[] = {0x30, 0x82, ...}`, a PEM split
/// across string literals) gets that certificate, so it resolves to the CA it trusts.
fn link_embedded_certificates(rules: &RuleSet, text: &str, cands: &mut [Candidate]) {
    let certs: Vec<(usize, Box<crate::cert::CertFacts>)> = cands
        .iter()
        .filter(|c| rules.get(c.rule).cert_scope() == Some(CertScope::Embedded))
        .filter_map(|c| c.cert.clone().map(|cert| (c.start, cert)))
        .collect();
    if certs.is_empty() {
        return;
    }
    for cand in cands.iter_mut() {
        if rules.get(cand.rule).engine() != Engine::Query || cand.cert.is_some() {
            continue;
        }
        let Some(ident) = identifier_value(cand) else {
            continue;
        };
        let Some(decl) = crate::dataflow::declaration(text, ident) else {
            continue;
        };
        // The first certificate after the declaration, within the same statement.
        if let Some((_, cert)) = certs
            .iter()
            .filter(|(start, _)| *start > decl)
            .min_by_key(|(start, _)| *start)
            .filter(|(start, _)| !text[decl..*start].contains(';'))
        {
            let detail = format!("{ident} holds {}", cert.subject);
            cand.detail = Some(
                cand.detail
                    .take()
                    .map_or(detail.clone(), |d| format!("{d}; {detail}")),
            );
            cand.cert = Some(cert.clone());
        }
    }
}

/// Part of pass 3: a query rule with a `callback_body` that reports an identifier naming a
/// function defined in this file (`SSL_CTX_set_verify(ctx, mode, verify_cb)` with
/// `static int verify_cb(...) { ... }`) keeps the finding only if the function's body
/// matches: a callback that only logs or checks the host name is not a pin. A callback
/// defined elsewhere is kept.
pub fn callbacks(rules: &RuleSet, text: &str, cands: &mut Vec<Candidate>) {
    cands.retain(|c| {
        let Some(body_re) = rules
            .get(c.rule)
            .query()
            .and_then(|q| q.callback_body.as_ref())
            .and_then(|r| r.get().ok())
        else {
            return true;
        };
        let Some(name) = identifier_value(c).filter(|v| !v.contains('.')) else {
            return true;
        };
        crate::dataflow::function_body(text, name).is_none_or(|body| body_re.is_match(body))
    });
}

/// Pass 6a: A finding whose value is still an identifier (`certificates`, `certs.CA_FILE`,
/// `Pins.ROOT`) that the scan's symbol index finds defined in another file of the tree
/// (`certs/certs.c` defines `certificates`, `config.py` sets `CA_FILE = "..."`, a Go
/// `//go:embed` variable): the finding names the definition, and its certificates or
/// value decide the CA and the severity as for a value written in place.
pub fn cross_file(
    settings: &Settings,
    resolver: &Resolver<'_>,
    findings: &mut [Finding],
    symbols: &crate::dataflow::Symbols,
) {
    use crate::dataflow::DefValue;
    if symbols.is_empty() {
        return;
    }
    for f in findings.iter_mut() {
        if !names_trust(f.kind) || f.ca.is_some() || f.certificate.is_some() {
            continue;
        }
        let Some(ident) = f
            .value
            .as_deref()
            .map(str::trim)
            .filter(|v| crate::dataflow::is_identifier(v))
            .map(str::to_owned)
        else {
            continue;
        };
        let Some(def) = symbols.lookup(&f.path, &ident) else {
            continue;
        };
        let Some(rule) = settings.rules.find(&f.rule_id) else {
            continue;
        };
        let at = format!("{}:{}", def.path, def.line);
        match &def.value {
            DefValue::Literal(lit) => {
                let value = crate::finding::strip_quotes(lit);
                let ca = resolver.resolve_value(f.kind, value);
                let j = resolver.judge(rule, ca.as_ref(), None, Some(value));
                f.severity = j.severity;
                f.confidence = j.confidence;
                let _ = write!(f.message, "; {ident} = {lit} ({at})");
                if let Some(detail) = j.detail {
                    f.message.push_str("; ");
                    f.message.push_str(&detail);
                }
                if let Some(advice) = j.advice {
                    f.advice = advice;
                }
                f.ca = ca;
                f.value = Some(lit.clone());
            }
            DefValue::Certs { certs, total } => {
                let cas: Vec<crate::cert::CaMatch> = certs
                    .iter()
                    .filter_map(|c| resolver.resolve_cert(c))
                    .collect();
                if let [one] = certs.as_slice()
                    && *total == 1
                {
                    // One certificate: judged like a certificate written in place.
                    let ca = cas.first().cloned();
                    let j = resolver.judge(rule, ca.as_ref(), Some(one), None);
                    f.severity = j.severity;
                    f.confidence = j.confidence;
                    let _ = write!(f.message, "; {ident} is the certificate defined in {at}");
                    if let Some(detail) = j.detail {
                        f.message.push_str("; ");
                        f.message.push_str(&detail);
                    }
                    if let Some(advice) = j.advice {
                        f.advice = advice;
                    }
                    f.ca = ca;
                    f.certificate = Some(one.clone());
                } else {
                    let mut names: Vec<String> = cas.iter().map(|c| c.name.clone()).collect();
                    names.dedup();
                    let others = certs
                        .iter()
                        .filter(|c| resolver.resolve_cert(c).is_none())
                        .map(|c| c.common_name.clone().unwrap_or_else(|| c.subject.clone()));
                    let mut shown: Vec<String> = names.clone();
                    shown.extend(others);
                    let _ = write!(
                        f.message,
                        "; {ident} is defined in {at} ({total} certificates)"
                    );
                    f.confidence = crate::rules::Confidence::High;
                    let tf = crate::finding::TrustFile {
                        path: def.path.clone(),
                        certificates: *total,
                        cas: names,
                        missing: Vec::new(),
                    };
                    trustfiles::describe(f, tf, &cas, &shown);
                }
            }
        }
        if settings.demote_test_paths
            && f.severity > Severity::Note
            && crate::settings::is_test_path(&f.path)
        {
            f.severity = Severity::Note;
            f.message.push_str(" (in test code: reported as a note)");
        }
    }
}

/// Pass 5: Apply the file's `pinscan: ignore` comments to its findings; returns how many were
/// silenced, and the comments that silenced nothing (when `report_unused`).
pub fn suppressions(
    rules: &RuleSet,
    path: &str,
    text: &str,
    findings: &mut Vec<Finding>,
    report_unused: bool,
) -> (usize, Vec<suppress::Suppression>) {
    let mut sups = suppress::parse(path, text, rules);
    let n = suppress::apply(findings, &mut sups);
    let unused = if report_unused {
        sups.into_iter().filter(|s| !s.used).collect()
    } else {
        Vec::new()
    };
    (n, unused)
}

/// Pass 6: Certificate-file findings in a folder of many root certificates (a CA store) are notes.
pub fn ca_store_folders(rules: &RuleSet, findings: &mut [Finding]) {
    for r in rules.rules() {
        if r.cert_scope() == Some(CertScope::File) {
            trustfiles::demote_ca_store_folders(findings, &r.id);
        }
    }
}

/// Pass 7: Trust files named by findings are parsed and the findings re-judged; the
/// certificate-file findings of a file that a finding now describes are folded into it.
pub fn trust_files(
    settings: &Settings,
    resolver: &Resolver<'_>,
    findings: &mut Vec<Finding>,
    files: &mut trustfiles::FileIndex,
    roots: &[PathBuf],
) {
    let file_rules: Vec<&str> = settings
        .rules
        .rules()
        .iter()
        .filter(|r| r.cert_scope().is_some_and(CertScope::is_file))
        .map(|r| r.id.as_str())
        .collect();
    trustfiles::apply(
        findings,
        files,
        roots,
        resolver,
        settings.max_filesize,
        &file_rules,
    );
}

/// Pass 8: Drop allowlisted values (`.pinscan.toml` `[[allow]]`); returns how many.
pub fn allowlist(settings: &Settings, findings: &mut Vec<Finding>) -> usize {
    suppress::apply_allowlist(findings, &settings.allow, &settings.rules)
}

/// Pass 9: Final severities set by the configuration, by rule id.
pub fn severity_overrides(
    overrides: &std::collections::BTreeMap<String, Severity>,
    findings: &mut [Finding],
) {
    if overrides.is_empty() {
        return;
    }
    for f in findings {
        if let Some(sev) = overrides.get(&f.rule_id) {
            f.severity = *sev;
        }
    }
}

/// Pass 10: With `--diff`: only findings on lines added or changed since the revision.
pub fn diff(changed: Option<&Changed>, findings: &mut Vec<Finding>) {
    if let Some(changed) = changed {
        findings.retain(|f| changed.contains(&f.path, f.start.line));
    }
}

/// Pass 11: With `--baseline`: only findings the baseline does not accept; returns how many
/// were dropped.
pub fn baseline(baseline: Option<&Baseline>, findings: &mut Vec<Finding>) -> usize {
    baseline.map_or(0, |b| b.filter(findings))
}

/// Passes 6 to 12 over the merged outcome of a scan (6a: `cross_file`, through the scan's
/// symbol index).
pub fn after_scan(
    settings: &Settings,
    resolver: &Resolver<'_>,
    outcome: &mut Outcome,
    files: &mut trustfiles::FileIndex,
    symbols: &crate::dataflow::Symbols,
    roots: &[PathBuf],
) {
    cross_file(settings, resolver, &mut outcome.findings, symbols);
    ca_store_folders(&settings.rules, &mut outcome.findings);
    trust_files(settings, resolver, &mut outcome.findings, files, roots);
    outcome.stats.suppressed += allowlist(settings, &mut outcome.findings) as u64;
    severity_overrides(&settings.severity_overrides, &mut outcome.findings);
    diff(settings.diff.as_ref(), &mut outcome.findings);
    outcome.stats.suppressed += baseline(settings.baseline.as_ref(), &mut outcome.findings) as u64;
    outcome.finish();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_builtin;

    fn cand(rules: &RuleSet, id: &str, start: usize, end: usize) -> Candidate {
        Candidate::new(rules.index_of(id).unwrap(), start, end, None)
    }

    fn ids(rules: &RuleSet, cands: &[Candidate]) -> Vec<String> {
        cands.iter().map(|c| rules.get(c.rule).id.clone()).collect()
    }

    #[test]
    fn dedupe_keeps_one_per_span_and_prefers_queries() {
        let rules = load_builtin().unwrap();
        // PIN306 (query) and PIN320 (regex) are both narrow trust stores.
        let (q, r) = ("PIN306", "PIN320");
        assert_eq!(rules.find(q).unwrap().kind, rules.find(r).unwrap().kind);
        let mut c = vec![
            cand(&rules, r, 10, 30),
            cand(&rules, q, 12, 20),
            cand(&rules, r, 10, 30),
            cand(&rules, "PIN101", 40, 50),
        ];
        dedupe(&rules, &mut c);
        assert_eq!(ids(&rules, &c), ["PIN306", "PIN101"]);
    }

    #[test]
    fn bundle_only_keeps_the_bundle() {
        let rules = load_builtin().unwrap();
        let bundle = rules
            .rules()
            .iter()
            .find(|r| r.cert_scope() == Some(CertScope::Bundle))
            .unwrap()
            .id
            .clone();
        let mut c = vec![cand(&rules, "PIN101", 0, 5), cand(&rules, &bundle, 6, 9)];
        bundle_only(&rules, &mut c);
        assert_eq!(ids(&rules, &c), [bundle]);
        let mut c = vec![cand(&rules, "PIN101", 0, 5)];
        bundle_only(&rules, &mut c);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn dataflow_names_the_assignment() {
        let rules = load_builtin().unwrap();
        let text = "CA = \"certs/root.pem\"\nctx.load_verify_locations(CA)\n";
        let at = text.rfind("CA").unwrap();
        let mut c = vec![Candidate::new(
            rules.index_of("PIN306").unwrap(),
            at,
            at + 2,
            Some("CA".to_owned()),
        )];
        dataflow(&rules, text, &mut c);
        assert_eq!(c[0].value.as_deref(), Some("\"certs/root.pem\""));
        assert!(c[0].detail.as_deref().unwrap().starts_with("CA = "));
        // Regex candidates keep their value.
        let mut r = vec![Candidate::new(
            rules.index_of("PIN101").unwrap(),
            at,
            at + 2,
            Some("CA".to_owned()),
        )];
        dataflow(&rules, text, &mut r);
        assert_eq!(r[0].value.as_deref(), Some("CA"));
    }

    fn finding(rule: &str, path: &str, line: usize, value: &str) -> Finding {
        let rules = load_builtin().unwrap();
        let r = rules.find(rule).unwrap();
        let text = format!("{}{value}\n", "\n".repeat(line - 1));
        let start = text.len() - value.len() - 1;
        let lines = crate::finding::LineIndex::new(&text);
        let c = Candidate::new(0, start, start + value.len(), Some(value.to_owned()));
        crate::finding::build(r, &c, path, &text, &lines)
    }

    #[test]
    fn severity_overrides_set_the_final_severity() {
        let mut f = vec![
            finding("PIN101", "a.py", 1, "x"),
            finding("PIN102", "a.py", 2, "y"),
        ];
        let mut o = std::collections::BTreeMap::new();
        o.insert("PIN102".to_owned(), Severity::Error);
        severity_overrides(&o, &mut f);
        assert_eq!(f[1].severity, Severity::Error);
        assert_eq!(
            f[0].severity,
            load_builtin().unwrap().find("PIN101").unwrap().severity
        );
    }

    #[test]
    fn diff_keeps_changed_lines_only() {
        let mut f = vec![
            finding("PIN101", "a.py", 1, "x"),
            finding("PIN101", "a.py", 3, "y"),
        ];
        diff(None, &mut f);
        assert_eq!(f.len(), 2);
        let changed = Changed::from_ranges(&[("a.py", 3, 4)]);
        diff(Some(&changed), &mut f);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].start.line, 3);
    }

    #[test]
    fn baseline_drops_accepted_findings() {
        let old = vec![finding("PIN101", "a.py", 1, "x")];
        let b = Baseline::from_findings(&old);
        let mut now = vec![
            finding("PIN101", "a.py", 7, "x"),
            finding("PIN101", "a.py", 8, "z"),
        ];
        assert_eq!(baseline(Some(&b), &mut now), 1);
        assert_eq!(now.len(), 1);
        assert_eq!(now[0].value.as_deref(), Some("z"));
        assert_eq!(baseline(None, &mut now), 0);
    }

    #[test]
    fn allowlist_drops_allowed_values() {
        let mut s = Settings::new().unwrap();
        s.allow.push(crate::config::Allow {
            value: "X".to_owned(),
            reason: "test".to_owned(),
            rule: None,
        });
        let mut f = vec![
            finding("PIN101", "a.py", 1, "x"),
            finding("PIN101", "a.py", 2, "y"),
        ];
        assert_eq!(allowlist(&s, &mut f), 1);
        assert_eq!(f[0].value.as_deref(), Some("y"));
    }
}
