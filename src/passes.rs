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
                    if matches!(d.as_str(), "True" | "False" | "true" | "false") {
                        // `verify=True`: a switch, not a file; the caller passes the file.
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
        let guarded = store && used_only_when_set(text, ident, cand.start);
        if let Some(rhs) = assigned.resolve(text, ident, cand.start) {
            if guarded
                && !rhs.contains(['"', '\'', '`'])
                && crate::resolve::file_names(&rhs).next().is_none()
            {
                // An option forwarded when it is set (`if settings.ca_file:`): `passed_in`
                // reports it as a note, whatever the option's default.
                continue;
            }
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

/// Part of pass 3, after [`dataflow`]: a trust store built from a value this code does not
/// choose is a pass-through, reported as a note that says where the value comes from: a
/// parameter of the enclosing named function (a library's `ca` argument), the caller's or
/// the object's options (`options.ca`, `self.ca_certs`, `cfg.ca_certs`, `info->certificate`
/// of a parameter), or the environment (`os.environ["SSL_CERT_FILE"]`, `process.env.CA`,
/// `$KAFKA_SSL_TRUSTSTORE_FILENAME`). A certificate, a literal path or a constant stays as
/// judged; so does a parameter of an anonymous callback (`fs.readFile('ca.pem', (e, ca) =>`),
/// whose value the enclosing call chose.
pub fn passed_in(rules: &RuleSet, text: &str, cands: &mut [Candidate]) {
    for cand in cands.iter_mut() {
        let rule = rules.get(cand.rule);
        if rule.kind != Kind::NarrowTrustStore || cand.cert.is_some() || cand.pending.is_some() {
            continue;
        }
        let Some(value) = cand.value.as_deref() else {
            continue;
        };
        cand.note =
            value_source(text, crate::finding::strip_quotes(value), cand.start).map(|from| {
                format!(
                    "the trusted value comes from {from}, not from this code: reported as a note; \
                 pinscan judges the certificates where they are chosen"
                )
            });
    }
}

/// Part of pass 3: verification switched off only behind an option that asks for it
/// (`if (skipSslValidation)`, `else` of `if verified:`, `Security::Insecure =>`), or inside
/// a type or function named as verifying nothing (`InsecureTrustManagerFactory`), is a note:
/// a library's `verify=False` and a tool's `--insecure` are options; the places that choose
/// them are what to fix (`guard::opt_in`).
pub fn opt_in(rules: &RuleSet, text: &str, cands: &mut [Candidate]) {
    for cand in cands.iter_mut() {
        if cand.note.is_some() {
            continue;
        }
        match rules.get(cand.rule).kind {
            Kind::VerificationDisabled => {
                cand.note = crate::guard::opt_in(text, cand.start).map(|g| g.describe());
            }
            Kind::CustomVerify => cand.note = given_values(text, cand),
            // A leaf, not a CA: a CA certificate next to a key is still a trust anchor.
            Kind::EmbeddedCert if cand.cert.as_ref().is_some_and(|c| !c.is_ca) => {
                cand.note = with_private_key(text, cand);
            }
            _ => {}
        }
    }
}

/// An embedded leaf certificate written with its private key (a `PRIVATE KEY` block within
/// a few lines of it): this side's own identity, key material for a server or a client
/// certificate, not a certificate it trusts.
fn with_private_key(text: &str, cand: &Candidate) -> Option<String> {
    const NEAR: usize = 4096;
    let end = cand.end.min(text.len());
    let lo = crate::finding::floor_char_boundary(text, cand.start.min(end).saturating_sub(NEAR));
    let hi = crate::finding::floor_char_boundary(text, (end + NEAR + 2048).min(text.len()));
    let around = &text[lo..hi];
    let key = [
        "-----BEGIN PRIVATE KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----",
        "-----BEGIN EC PRIVATE KEY-----",
    ]
    .iter()
    .any(|m| around.contains(m));
    key.then(|| {
        "written with its private key: this side's own certificate (key material), not a \
         trust anchor: reported as a note"
            .to_owned()
    })
}

/// A verifier that compares the peer's certificate with values it is given, one by one
/// (`for (byte[] allowed : fingerprints)`, `self.fingerprints.iter().any(|f| ...)`) from a
/// field or a parameter, not a list written here: a library's pinning facility. Its pins
/// are where it is constructed.
fn given_values(text: &str, cand: &Candidate) -> Option<String> {
    let end = cand.end.min(text.len());
    let start = cand.start.min(end);
    let matched = text.get(start..end)?;
    for ident in crate::dataflow::expression_identifiers(matched) {
        let Some(src) = crate::dataflow::loop_source(text, ident, end) else {
            continue;
        };
        let src = src.trim_start_matches('.');
        let head = src.split('.').next().unwrap_or_default();
        let last = src.rsplit('.').next().unwrap_or_default();
        let constant = last
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        let field = matches!(head, "self" | "this") || src == last;
        if constant || !field || last.is_empty() {
            continue;
        }
        // A list written in this file (`pins = ["sha256/..."]`) is a pin list, not a
        // value given.
        if crate::dataflow::resolve(text, last, start).is_some_and(|v| v.contains(['"', '\''])) {
            continue;
        }
        return Some(format!(
            "compares with the values the verifier is given (`{src}`): reported as a note; \
             the pins are where it is made"
        ));
    }
    None
}

/// Part of pass 3: in a file that makes certificates (`guard::makes_certificates`), a
/// script's findings and the made certificate's own fields in code (subjects, serials,
/// thumbprints) are notes: they describe what the file makes, not what a client trusts.
pub fn certificate_makers(rules: &RuleSet, path: &str, text: &str, cands: &mut [Candidate]) {
    if cands.is_empty() {
        return;
    }
    let script = crate::guard::is_script(path);
    if script {
        // A script's message (`echo "... -Dssl.trustStore.location=/tmp/trust.jks"`) is
        // text for a person, not configuration.
        for cand in cands.iter_mut().filter(|c| c.note.is_none()) {
            if crate::guard::in_message(text, cand.start) {
                cand.note = Some(
                    "in a message the script prints, not configuration: reported as a note"
                        .to_owned(),
                );
            }
        }
    }
    let Some(maker) = crate::guard::makes_certificates(path, text) else {
        return;
    };
    for cand in cands.iter_mut().filter(|c| c.note.is_none()) {
        let kind = rules.get(cand.rule).kind;
        let field = matches!(
            kind,
            Kind::Serial | Kind::SubjectDn | Kind::Thumbprint | Kind::EmbeddedCert
        );
        if maker == crate::guard::Maker::Script || field {
            cand.note = Some(
                "in a file that makes certificates: what it names is what it makes, \
                 reported as a note"
                    .to_owned(),
            );
        }
    }
}

/// The words that start a [`passed_in`] note.
const PASSED_IN: &str = "the trusted value comes from";

/// Whether a candidate's note says its value is passed in (see [`passed_in`]).
pub fn is_passed_in(note: &str) -> bool {
    note.starts_with(PASSED_IN)
}

/// Where a trust-store value comes from, when this code does not choose it (see
/// [`passed_in`]).
fn value_source(text: &str, value: &str, pos: usize) -> Option<String> {
    static ENV: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let env = ENV
        .get_or_init(|| {
            regex::Regex::new(
                r"\b(?:os\.environ|os\.getenv|getenv|process\.env|System\.getenv|env::var(?:_os)?|Environment\.GetEnvironmentVariable|ENV\[)|^\$\{?[A-Z_][A-Z0-9_]*\}?[^/]*$|/\$\{?[A-Z_][A-Z0-9_]*\}?[^/]*$",
            )
            .ok()
        })
        .as_ref()?;
    let value = value.trim();
    if value.is_empty() || value.len() > 512 {
        return None;
    }
    if used_only_when_set(text, value, pos) {
        return Some(format!(
            "an option, used only when it is set (`{}`)",
            short(value)
        ));
    }
    if env.is_match(value) && !value.contains("-----BEGIN") {
        return Some("the environment or a variable".to_owned());
    }
    if matches!(value, "True" | "False" | "true" | "false") {
        // `verify = True` reaching `cafile=verify`: a switch of the caller's, not a file.
        return Some("a switch of the caller's (`verify = True`-style)".to_owned());
    }
    // Alternatives (`options.ca ?? getExtraCACertificates()`, `useDefault ? undefined :
    // normalizeCertValue(ca)`, `a || b`): passed in when every one that is not null is.
    for sep in [" ?? ", " || "] {
        if let Some((a, b)) = value.split_once(sep) {
            let alternatives = [a, b];
            return alternatives
                .iter()
                .filter(|v| !crate::dataflow::is_null_like(v.trim()))
                .map(|v| value_source(text, v.trim(), pos))
                .collect::<Option<Vec<_>>>()
                .and_then(|v| v.into_iter().next());
        }
    }
    if let Some((_, branches)) = value.split_once(" ? ")
        && let Some((a, b)) = branches.split_once(" : ")
    {
        return [a, b]
            .iter()
            .filter(|v| !crate::dataflow::is_null_like(v.trim()))
            .map(|v| value_source(text, v.trim(), pos))
            .collect::<Option<Vec<_>>>()
            .and_then(|v| v.into_iter().next());
    }
    // The root of the expression: `options` of `options.ca ?? x`, `info` of
    // `info->certificate`, after a cast or an address-of.
    let body = value.trim_start_matches("await ");
    // A cast: `(X509Certificate) certificate`, `(const char*)certs`.
    let body = match body.strip_prefix('(').and_then(|b| b.split_once(')')) {
        Some((ty, after)) if !ty.contains(['(', ',', '.']) && !after.trim().is_empty() => {
            after.trim_start()
        }
        _ => body,
    };
    let body = body.trim_start_matches(['&', '*']);
    let root_len = body
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(body.len());
    let root = &body[..root_len];
    if root.is_empty() || root.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = &body[root_len..];
    let member = rest.starts_with('.') || rest.starts_with("->") || rest.starts_with("?.");
    // Nothing pinscan could tie to a certificate: no string, no file name, no constant
    // (`certificateStore.load()`, `trusted[i]`, `info->certificates`, `cert` of a loop or
    // a callback). The certificates are chosen at run time, elsewhere.
    let store_file = {
        let lower = value.to_ascii_lowercase();
        [
            ".jks",
            ".p12",
            ".pfx",
            ".bks",
            ".jceks",
            ".keystore",
            ".truststore",
            ".pem",
            ".crt",
            ".cer",
            ".der",
            ".p7b",
            ".p7c",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
    };
    let opaque = !value.contains(['"', '\'', '`', '/'])
        && !store_file
        && crate::resolve::file_names(value).next().is_none()
        && !value.contains("-----BEGIN");
    let constant = |name: &str| {
        name.len() > 1
            && name
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    if rest.contains('(') || rest.contains('[') || rest.starts_with("::") {
        // An index (`trusted[i]`) or a call that fetches trust material
        // (`getExtraCACertificates()`, `IoTHubClient_Auth_Get_TrustBundle(h)`): chosen at
        // run time. A store's constructor (`x509.NewCertPool()`, `RootCertStore::empty()`)
        // is the narrow store itself, and stays.
        static FETCH: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
        let fetch = FETCH
            .get_or_init(|| {
                regex::Regex::new(
                    r"(?i)(?:^|[.>_])(?:get|fetch|read|load|normalize|resolve)\w*(?:trust|ca\b|cas\b|ca_|ca(?:path|file|dir|location)|cert|bundle)\w*\s*\(",
                )
                .ok()
            })
            .as_ref()?;
        let computed = fetch.is_match(body) || (rest.starts_with('[') && !rest.contains('('));
        if opaque && computed && !value.contains("::") {
            return Some(format!("a value computed at run time (`{}`)", short(value)));
        }
        // A method of the object or the options applied to what the caller passed
        // (`self._fallback(ca_path, self.ca_path)`): every argument is passed in.
        if opaque
            && matches!(root, "self" | "this")
            && let Some(open) = body.find('(')
            && body.ends_with(')')
            && !body[open + 1..body.len() - 1].contains(['(', ')'])
        {
            let args = &body[open + 1..body.len() - 1];
            let params = crate::dataflow::enclosing_function(text, pos).map(|(_, p)| p);
            let param = |a: &str| {
                params.as_ref().is_some_and(|ps| {
                    ps.iter()
                        .any(|p| crate::dataflow::word_occurrences(p, a).next().is_some())
                })
            };
            let all_passed = !args.trim().is_empty()
                && args.split(',').map(str::trim).all(|a| {
                    (crate::dataflow::is_identifier(a) && param(a))
                        || value_source(text, a, pos).is_some()
                });
            if all_passed {
                return Some(format!("what the caller passed (`{}`)", short(value)));
            }
        }
        return None;
    }
    if member {
        let last = body.rsplit(['.', '>']).next().unwrap_or_default();
        if opaque && !constant(last) && !constant(root) {
            return Some(format!("a field of a run-time value (`{}`)", short(value)));
        }
    }
    if member
        && matches!(
            root,
            "self"
                | "this"
                | "options"
                | "opts"
                | "option"
                | "cfg"
                | "config"
                | "conf"
                | "configuration"
                | "settings"
                | "args"
                | "params"
                | "props"
        )
    {
        return Some(format!("the options ({root})"));
    }
    if !(member || rest.is_empty() || rest.starts_with('[')) {
        return None;
    }
    if rest.is_empty() && opaque && !constant(root) {
        // A loop variable, or a parameter of an anonymous callback
        // (`readFile(options.ca, (err, contents) =>`, `getTrustBundle((err, ca) =>`).
        if crate::dataflow::loop_source(text, root, pos).is_some() {
            return Some(format!("a loop over run-time values (`{root}`)"));
        }
        if crate::dataflow::enclosing_function(text, pos).is_none()
            && let Some((params, _)) = crate::dataflow::enclosing_params(text, pos)
            && crate::dataflow::word_occurrences(&params, root)
                .next()
                .is_some()
        {
            return Some(format!("a callback's parameter (`{root}`)"));
        }
    }
    // A parameter of the enclosing named function (not of an anonymous callback).
    let (_, params) = crate::dataflow::enclosing_function(text, pos)?;
    let is_param = params
        .iter()
        .any(|p| crate::dataflow::word_occurrences(p, root).next().is_some());
    if !is_param {
        return None;
    }
    match crate::dataflow::parameter(text, root, pos) {
        Some(crate::dataflow::Param::NoDefault) => Some(format!("a parameter ({root})")),
        Some(crate::dataflow::Param::Default(d))
            if crate::dataflow::is_null_like(&d)
                || matches!(d.as_str(), "True" | "False" | "true" | "false") =>
        {
            Some(format!("a parameter ({root})"))
        }
        _ => None,
    }
}

/// Whether `value` (an identifier or a member chain, at `pos`) is used only when it is set:
/// `net.ca_file = ssl_ca_file if ssl_ca_file` (Ruby), `if (opts.ca) agent.ca = opts.ca;`, or
/// a condition on it just before (`if cafile:`, `if (options.ca != null) {`,
/// `if ($caPath !== null) {`, `unless ca_path.nil?`). Code that forwards an option the caller
/// may leave unset, not code that chooses the certificates.
fn used_only_when_set(text: &str, value: &str, pos: usize) -> bool {
    if value.len() > 100
        || !value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '$' | '@' | '-' | '>'))
        || value.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // A constant (`CA_FILE`, `Settings.ROOT_CA`) is chosen by code, whatever guards it; it
    // may be defined in another file, where `cross_file` judges it.
    let last = value.rsplit(['.', '>']).next().unwrap_or(value);
    if last.len() > 1
        && last
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    {
        return false;
    }
    let Some(pos) = (0..=pos.min(text.len()))
        .rev()
        .find(|&p| text.is_char_boundary(p))
    else {
        return false;
    };
    let v = regex::escape(value);
    let set = format!(
        r"(?:!!)?\(?\s*{v}\s*(?:!==?\s*(?:null|nil|None|undefined)|\.present\?|\s+is\s+not\s+None)?\s*\)?"
    );
    let line_start = text[..pos].rfind('\n').map_or(0, |n| n + 1);
    let line_end = text[pos..].find('\n').map_or(text.len(), |n| pos + n);
    // On the line: a Ruby modifier after the use, or a one-line `if (v) ...` before it.
    let after = format!(
        r"\b(?:if\s+{set}|unless\s+\(?\s*{v}\s*(?:\.nil\?|==\s*nil)\s*\)?)\s*(?:$|#|;|&&|\band\b)"
    );
    let before = format!(r"^\s*(?:\}}\s*else\s+)?if\s*{set}\s*\{{?\s*$");
    let before_one_line = format!(r"^\s*if\s*\(\s*{set}\s*\)\s*$");
    // Regexes are compiled only for lines that hold a condition and the value.
    let ok = |re: &str, hay: &str| {
        (hay.contains("if") || hay.contains("unless"))
            && hay.contains(value)
            && regex::Regex::new(re).is_ok_and(|r| r.is_match(hay))
    };
    if ok(&after, &text[pos..line_end]) || ok(&before_one_line, &text[line_start..pos]) {
        return true;
    }
    // The condition just before: the nearest non-blank, non-comment line above, indented
    // less than this one.
    let indent = |l: &str| l.len() - l.trim_start().len();
    let this = &text[line_start..line_end];
    let mut end = line_start;
    for _ in 0..3 {
        if end == 0 {
            break;
        }
        let start = text[..end - 1].rfind('\n').map_or(0, |n| n + 1);
        let line = &text[start..end - 1];
        end = start;
        let t = line.trim();
        if t.is_empty() || t.starts_with("//") || t.starts_with('#') {
            continue;
        }
        if indent(line) >= indent(this) {
            return false;
        }
        let cond =
            format!(r"^\s*(?:\}}\s*else\s+)?(?:if|elif|elsif)\s*{set}\s*(?:\{{|:|then)?\s*$");
        return ok(&cond, line) || ok(&before, line);
    }
    false
}

/// A value cut for a message: its first line, at most 60 characters.
fn short(value: &str) -> String {
    let line = value.lines().next().unwrap_or_default();
    let mut out: String = line.chars().take(60).collect();
    if out.len() < value.len() {
        out.push('…');
    }
    out
}

/// Part of pass 3: a configuration list of trusted certificates that names an id
/// (`trusted_certs = ["est-server-ca"]`) defined in the same file as a certificate file
/// (`[preloaded_certs]` `est-server-ca = "file:///var/secrets/est-ca.pem"`): the defining
/// line is reported too, with the file as the value, since that file is the trust anchor.
pub fn config_ids(rules: &RuleSet, text: &str, cands: &mut Vec<Candidate>) {
    // Bounded: a pattern is compiled per listed id.
    const MAX_IDS: usize = 16;
    let mut extra = Vec::new();
    let mut ids = 0;
    for c in cands.iter() {
        let rule = rules.get(c.rule);
        if rule.kind != Kind::NarrowTrustStore || rule.engine() != Engine::Regex {
            continue;
        }
        let Some(id) = c.value.as_deref().map(crate::finding::strip_quotes) else {
            continue;
        };
        if id.is_empty()
            || id.len() > 64
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        {
            continue;
        }
        ids += 1;
        if ids > MAX_IDS {
            break;
        }
        let Ok(re) = regex::Regex::new(&format!(
            r#"(?m)^[ \t]*["']?{}["']?[ \t]*[=:][ \t]*["']?((?:file://)?[^\s"',\]]*\.(?:pem|crt|cer|der|p7b))["']?[ \t]*(?:#.*)?$"#,
            regex::escape(id)
        )) else {
            continue;
        };
        for m in re
            .captures_iter(text)
            .filter_map(|caps| caps.get(1))
            .take(4)
        {
            if crate::dataflow::in_comment(text, m.start()) {
                continue;
            }
            let mut cand = Candidate::new(c.rule, m.start(), m.end(), Some(m.as_str().to_owned()));
            cand.detail = Some(format!("the file of the trusted certificate `{id}`"));
            extra.push(cand);
        }
    }
    cands.extend(extra);
}

/// Part of pass 3: a list of pins continues past the context window its name opens. After
/// a text-rule SPKI or thumbprint candidate, each following line that holds only another
/// digest of the same shape (a list element: quoted, optional `sha256/` prefix, comma or
/// comment after it) is a pin of the same rule, up to the first line that is not.
pub fn pin_lists(rules: &RuleSet, text: &str, cands: &mut Vec<Candidate>) {
    const MAX_ELEMENTS: usize = 256;
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(re) = RE
        .get_or_init(|| {
            regex::Regex::new(
                r#"^[ \t]*(?:@?["'])?(?:sha256/)?([A-Za-z0-9+/]{43}=|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40})["']?[ \t]*,?[ \t]*(?:(?://|#)[^\n]*)?\r?$"#,
            )
            .ok()
        })
        .as_ref()
    else {
        return;
    };
    let mut extra: Vec<Candidate> = Vec::new();
    let mut covered_until = 0;
    for c in cands.iter() {
        let rule = rules.get(c.rule);
        if rule.engine() != Engine::Regex || !matches!(rule.kind, Kind::SpkiHash | Kind::Thumbprint)
        {
            continue;
        }
        let Some(value) = c.value.as_deref() else {
            continue;
        };
        let shape = |v: &str| (v.len(), v.ends_with('='));
        let mut at = text[c.end.min(text.len())..]
            .find('\n')
            .map_or(text.len(), |n| c.end + n + 1);
        if at <= covered_until {
            continue;
        }
        for _ in 0..MAX_ELEMENTS {
            if at >= text.len() {
                break;
            }
            let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
            let Some(m) = re.captures(&text[at..end]).and_then(|caps| caps.get(1)) else {
                break;
            };
            if shape(m.as_str()) != shape(value) {
                break;
            }
            let (s, e) = (at + m.start(), at + m.end());
            if !cands
                .iter()
                .chain(&extra)
                .any(|o| o.start <= s && s < o.end)
            {
                extra.push(Candidate::new(c.rule, s, e, Some(m.as_str().to_owned())));
            }
            covered_until = end;
            at = end + 1;
        }
    }
    cands.extend(extra);
}

/// The rule of a call that hands a certificate to a trust-store helper.
const HELPER_CALL_RULE: &str = "PIN381";

/// Part of pass 3: trust-store helpers. A narrow trust store filled from a parameter of the
/// enclosing function (`void trust(Collection<Certificate> certs) { for (c : certs)
/// ks.setCertificateEntry(.., c); tmf.init(ks); }`, also through an assignment or a loop)
/// makes that function a helper for that parameter; so does a function that passes its own
/// parameter on to a helper in the same file. Returns the helpers (name, parameter index)
/// for the scan's symbol index. Each call in this file that passes a certificate defined in
/// this file (`trust(DIGICERT_G2_PEM)`) becomes a pending `PIN381` candidate: kept by
/// `helper_calls` when some file of the scan defines the callee as a helper for that
/// argument.
pub fn trust_helpers(
    rules: &RuleSet,
    text: &str,
    cands: &mut Vec<Candidate>,
) -> Vec<(String, usize)> {
    const MAX_HELPERS: usize = 32;
    let mut helpers: Vec<(String, usize)> = Vec::new();
    let cache = &mut crate::dataflow::Cache::default();
    for c in cands.iter() {
        let rule = rules.get(c.rule);
        if rule.kind != Kind::NarrowTrustStore || rule.engine() != Engine::Query || c.cert.is_some()
        {
            continue;
        }
        let Some(ident) = identifier_value(c) else {
            continue;
        };
        if let Some(h) = crate::dataflow::parameter_source(text, ident, c.start, cache)
            && !helpers.contains(&h)
        {
            helpers.push(h);
        }
    }
    // Functions of this file that pass their parameter on to a helper.
    let mut frontier = helpers.clone();
    for _ in 0..4 {
        let mut next: Vec<(String, usize)> = Vec::new();
        for (name, index) in &frontier {
            for (_, args) in crate::dataflow::calls(text, name) {
                let Some(&(at, arg)) = args.get(*index) else {
                    continue;
                };
                for word in crate::dataflow::expression_identifiers(arg) {
                    if let Some(h) = crate::dataflow::parameter_source(text, word, at, cache)
                        && !helpers.contains(&h)
                        && !next.contains(&h)
                    {
                        next.push(h);
                    }
                }
            }
        }
        if next.is_empty() || helpers.len() >= MAX_HELPERS {
            break;
        }
        helpers.extend(next.iter().cloned());
        frontier = next;
    }
    helpers.truncate(MAX_HELPERS);
    let Some(rule) = rules.index_of(HELPER_CALL_RULE) else {
        return helpers;
    };
    // Calls that pass a certificate defined in this file.
    let certs: Vec<(usize, &crate::cert::CertFacts)> = cands
        .iter()
        .filter(|c| rules.get(c.rule).cert_scope() == Some(CertScope::Embedded))
        .filter_map(|c| c.cert.as_deref().map(|cert| (c.start, cert)))
        .collect();
    let starts: Vec<usize> = certs.iter().map(|(s, _)| *s).collect();
    let mut extra = Vec::new();
    for (name, def_pos, k) in crate::dataflow::cert_definitions(text, &starts) {
        for pos in crate::dataflow::word_occurrences(text, &name) {
            if crate::dataflow::in_comment(text, pos)
                || !crate::dataflow::definition_reaches(text, &name, def_pos, pos, cache)
            {
                continue;
            }
            let Some((callee, callee_at, index)) = enclosing_call(text, pos) else {
                continue;
            };
            let mut cand = Candidate::new(rule, callee_at, pos + name.len(), Some(name.clone()));
            cand.cert = Some(Box::new(certs[k].1.clone()));
            cand.detail = Some(format!(
                "{name} holds {} and is handed to `{callee}`, which puts it into a trust store",
                certs[k].1.subject
            ));
            cand.pending = Some((callee, index));
            extra.push(cand);
            if extra.len() >= 64 {
                break;
            }
        }
    }
    cands.extend(extra);
    helpers
}

/// The call whose argument list holds `pos` (within the statement, 512 bytes back): the
/// callee's name, where it starts, and the argument's index.
fn enclosing_call(text: &str, pos: usize) -> Option<(String, usize, usize)> {
    let floor = pos.saturating_sub(512);
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    let mut commas = 0usize;
    let mut i = pos;
    while i > floor {
        i -= 1;
        match bytes[i] {
            b')' | b']' => depth += 1,
            b'(' | b'[' if depth > 0 => depth -= 1,
            b'(' => {
                let head = text[..i].trim_end();
                let name_len = head
                    .bytes()
                    .rev()
                    .take_while(|&b| crate::dataflow::is_ident_byte(b))
                    .count();
                let name = &head[head.len() - name_len..];
                if name.is_empty()
                    || name.as_bytes()[0].is_ascii_digit()
                    || matches!(
                        name,
                        "if" | "for"
                            | "while"
                            | "switch"
                            | "return"
                            | "catch"
                            | "assert"
                            | "print"
                            | "println"
                    )
                {
                    return None;
                }
                return Some((name.to_owned(), head.len() - name_len, commas));
            }
            b',' if depth == 0 => commas += 1,
            b';' | b'{' | b'}' | b'[' => return None,
            _ => {}
        }
    }
    None
}

/// Part of pass 3, for the scan-wide symbol index: the file's definitions that hold an
/// embedded certificate (found by the certificate engine), a certificate path or a pin;
/// and, when a finding still names an identifier (defined in another file, perhaps), the
/// file's import words.
/// `defines`: the file holds one of `dataflow::DEFINES_KEYWORDS` (the prefilter says).
pub fn index_symbols(
    rules: &RuleSet,
    path: &str,
    text: &str,
    cands: &[Candidate],
    defines: bool,
    symbols: &mut crate::dataflow::Symbols,
) {
    let certs: Vec<(usize, &crate::cert::CertFacts)> = cands
        .iter()
        .filter(|c| rules.get(c.rule).cert_scope() == Some(CertScope::Embedded))
        .filter_map(|c| c.cert.as_deref().map(|cert| (c.start, cert)))
        .collect();
    symbols.index_file(path, text, &certs, defines);
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
/// `static int verify_cb(...) { ... }`) keeps the finding only if the function's body, or
/// a helper it calls (same file, two levels), matches: a callback that only logs or checks
/// the host name is not a pin. A callback defined elsewhere is kept. Then custom
/// verification findings are moved to the comparison that decides trust (`verify_sites`).
pub fn callbacks(rules: &RuleSet, text: &str, cands: &mut Vec<Candidate>) {
    cands.retain(|c| {
        if HELPER_RULES.contains(&rules.get(c.rule).id.as_str()) {
            return true; // decided by `verify_sites`
        }
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
        let Some(body) = crate::dataflow::function_body(text, name) else {
            return true;
        };
        body_re.is_match(body)
            || helper_bodies(text, offset_in(text, body), name)
                .iter()
                .any(|&(s, e, _)| body_re.is_match(&text[s..e]))
    });
    verify_sites(rules, text, cands);
    accept_sites(rules, text, cands);
}

/// A callback written over several lines that accepts everything by an expression body
/// (`(sender, cert, chain, errors)\n    => true`, `=> called = true`) is reported where it
/// accepts: at that expression, with the callback's head as a related location.
fn accept_sites(rules: &RuleSet, text: &str, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        let rule = rules.get(c.rule);
        if rule.kind != Kind::VerificationDisabled || rule.engine() != Engine::Query {
            continue;
        }
        let Some(span) = text.get(c.start..c.end) else {
            continue;
        };
        let body = span.trim_end().trim_end_matches([';', ',']).trim_end();
        if !body.ends_with("true") {
            continue;
        }
        // The expression after the last arrow: `true`, or `called = true`.
        let Some(arrow) = body.rfind("=>").or_else(|| body.rfind("->")) else {
            continue;
        };
        let expr = body[arrow + 2..].trim_start();
        let accepts = expr == "true"
            || expr
                .strip_suffix("true")
                .map(str::trim_end)
                .and_then(|h| h.strip_suffix('='))
                .is_some_and(|h| crate::dataflow::is_identifier(h.trim_end()));
        if !accepts || !body[..arrow].contains('\n') && !body[arrow..].contains('\n') {
            continue;
        }
        let at = c.start + body.len() - expr.len();
        let head_end = text[c.start..]
            .find('\n')
            .map_or(at, |n| c.start + n)
            .min(at);
        c.related.push(crate::finding::RelatedSpan {
            start: c.start,
            end: head_end,
            message: "the callback that accepts every certificate".to_owned(),
        });
        c.end = c.start + body.len();
        c.start = at;
    }
}

// ---------------- Custom verification: findings where the pin is ----------------

/// Rules that report a verification callback (or its registration) whatever its body, and
/// keep it only when the callback or a helper it calls (same file) compares a certificate
/// property with a fixed value.
const HELPER_RULES: &[&str] = &["PIN380"];

/// The longest callback or helper body searched (bytes).
const MAX_BODY: usize = 64 * 1024;
/// Comparisons reported per callback (a callback may pin a certificate and a key).
const MAX_SITES: usize = 4;
/// Helper functions looked up per candidate.
const MAX_HELPERS: usize = 24;

fn re(
    cell: &'static std::sync::OnceLock<Option<regex::Regex>>,
    pat: &str,
) -> Option<&'static regex::Regex> {
    cell.get_or_init(|| regex::Regex::new(pat).ok()).as_ref()
}

/// A comparison: `==`/`!=`, an equality, membership or byte-compare call.
fn compare_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r"[=!]=|\b(?:equals|equalsIgnoreCase|contentEquals|Equals|contains|Contains|containsKey|ContainsKey|includes|has|indexOf|isEqual|isEqualToData|isEqualToString|SequenceEqual|StartsWith|startsWith|EndsWith|endsWith|memcmp|CRYPTO_memcmp|strcmp|strncmp|strcasecmp|strstr|strcasestr|strncasecmp|Equal|ConstantTimeCompare|timingSafeEqual|compare_digest|hash_equals|in_array|FixedTimeEquals|elementsEqual|X509_cmp|X509_NAME_cmp|EVP_PKEY_cmp|containsObject|secure_compare|casecmp|IsMatch|CompareOrdinal|compareTo|matches|mbedtls_x509_crt_cmp)\s*[(:]|\b(?:eql|include|equal|start_with|end_with)\?|\bnot\s+in\b|!in\b|\bin\s+[A-Za-z_]",
    )
}

/// Comparisons that decide nothing about the certificate: with null, a number, a boolean,
/// an error code.
fn trivial_compare_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r"(?:[=!]==?)\s*(?:null|nil|None|NULL|nullptr|undefined|true|false|YES|NO|0x[0-9a-fA-F]+|\d+|SslPolicyErrors\.\w+|errSec\w+|kSec\w+|X509_V_\w+)\b|\b(?:null|nil|None|NULL|nullptr|undefined|\d+)\s*[=!]==?|\berr\s*[=!]=",
    )
}

/// A certificate property, a digest or a pin.
fn property_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r"(?i)thumbprint|fingerprint|cert_?hash|getcerthash|digest|sha-?(?:1|224|256|384|512)|sum(?:256|224|384|512)|spki|subjectpublickeyinfo|public_?key|pubkey|getencoded|\.encoded\b|\.raw\b|rawdata|getrawcertdata|seccertificatecopy\w*|sectrustcopy\w*key|seckeycopyexternalrepresentation|serial|subject|issuer|commonname|\bcn\b|x500|getnameinfo|simplename|dnsnames?\b|subjectaltname|\bsans?\b|\bpins?\b|pinned|pinset|\bhash(?:es)?\b|\bder\b|(?:trusted|expected|pinned|known|allowed)_?(?:root|cert|certificate|ca|key|issuer)s?\b",
    )
}

/// A certificate property used as a subscript key: `cert['subject']`, `info["serialNumber"]`.
fn property_key_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r#"\[\s*['"][^'"\]]*(?i:subject|issuer|serial|commonname|fingerprint|digest|pubkey)[^'"\]]*['"]\s*\]"#,
    )
}

/// Certificate properties that identify the key or the certificate (not its names).
fn strong_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r"(?i)thumbprint|fingerprint|cert_?hash|getcerthash|digest|sha-?(?:1|224|256|384|512)|sum(?:256|224|384|512)|spki|subjectpublickeyinfo|public_?key|pubkey|getencoded|\.encoded\b|\.raw\b|rawdata|getrawcertdata|serial|\bpins?\b|pinned|pinset|\bhash(?:es)?\b|\bder\b|(?:trusted|expected|pinned|known|allowed)_?(?:root|cert|certificate|ca|key|issuer)s?\b",
    )
}

/// The host being connected to: comparing a name with it is host-name verification.
fn host_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r"(?i)\b(?:\w*_)?host(?:_?name)?s?\b|\w*host(?:name)?\b|servername|server_name|\bsni\b|\bdomain\b|\bauthority\b|\bpeer_?name\b|\burl\b|\buri\b|\btarget\b",
    )
}

/// Assignments whose right side reads a certificate property (`pin = pin(cert)`,
/// `sum := sha256.Sum256(cert.Raw)`): the assigned names count as properties.
fn assigned_name_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    re(
        &RE,
        r"([A-Za-z_]\w*)\s*(?::\s*[\w.<>\[\]?]+\s*)?(?::=|=)[^=]",
    )
}

/// What a line of verification code does with a certificate property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Site {
    /// Compares a property with something else (a fixed value, a pin set).
    Pin,
    /// Compares a name with the host being connected to (host-name verification).
    Host,
}

/// The verdict on one line: a comparison of a certificate property (or of a name assigned
/// from one, `tracked`), and with what.
fn classify_line(line: &str, tracked: &[String]) -> Option<Site> {
    let t = line.trim();
    if t.is_empty()
        || t.len() > 600
        || [
            "//",
            "#",
            "*",
            "/*",
            "--",
            "for ",
            "for(",
            "} for",
            "///",
            "assert",
            "expect(",
            "XCTAssert",
            "Assert.",
            "require.",
            "t.Error",
            "t.Fatal",
            ".isEqualTo",
            ".isNotEqualTo",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    {
        return None;
    }
    let (compare, trivial, property, strong, host) = (
        compare_re()?,
        trivial_compare_re()?,
        property_re()?,
        strong_re()?,
        host_re()?,
    );
    let code = strip_strings(t);
    let stripped = trivial.replace_all(&code, " ");
    if !compare.is_match(&stripped) {
        return None;
    }
    let has_tracked = tracked.iter().any(|name| has_word(&stripped, name));
    // Properties in code, not in messages (`"Pin verification failed"`), except as a
    // subscript key (`cert['subject']`, `$info['serialNumber']`).
    let keyed = property_key_re().is_some_and(|r| r.is_match(t));
    if !property.is_match(&stripped) && !keyed && !has_tracked {
        return None;
    }
    if host.is_match(&stripped) && !strong.is_match(&stripped) {
        return Some(Site::Host);
    }
    Some(Site::Pin)
}

/// `line` with the contents of its string literals removed (`"no issuer in chain"` is not a
/// membership test), quotes kept.
fn strip_strings(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for ch in line.chars() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == q {
                quote = None;
                out.push(ch);
            }
        } else {
            if matches!(ch, '"' | '`')
                || (ch == '\'' && !out.ends_with(|c: char| c.is_alphanumeric()))
            {
                quote = Some(ch);
            }
            out.push(ch);
        }
    }
    out
}

fn has_word(hay: &str, word: &str) -> bool {
    let b = hay.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    hay.match_indices(word).any(|(i, _)| {
        (i == 0 || !ident(b[i - 1])) && b.get(i + word.len()).is_none_or(|&c| !ident(c))
    })
}

/// Comparisons of a certificate property with a fixed value in `text[start..end]` (trimmed
/// line spans, at most `MAX_SITES`, in order), and whether a host-name comparison was seen.
fn find_site(text: &str, start: usize, end: usize) -> (Vec<(usize, usize)>, bool) {
    let mut sites = Vec::new();
    let end = end.min(text.len()).min(start.saturating_add(MAX_BODY));
    let Some(region) = text.get(start..end) else {
        return (sites, false);
    };
    let mut tracked: Vec<String> = Vec::new();
    let mut saw_host = false;
    let (Some(property), Some(assigned)) = (property_re(), assigned_name_re()) else {
        return (sites, false);
    };
    let mut offset = start;
    let (mut prev_site_open, mut last_site_line) = (false, usize::MAX - 1);
    for (line_no, line) in region.split_inclusive('\n').enumerate() {
        let here = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        match classify_line(body, &tracked) {
            Some(Site::Pin) => {
                let lead = body.len() - body.trim_start().len();
                let trimmed = body.trim();
                // The comparison without a trailing comment or an opening brace.
                let code = trimmed
                    .find(" //")
                    .or_else(|| trimmed.find(" #"))
                    .map_or(trimmed, |i| trimmed[..i].trim_end())
                    .trim_end_matches(['{', ' ']);
                // A continuation of the previous site's expression is the same comparison.
                let continues = prev_site_open
                    || ["&&", "||", ".", "?", ":"]
                        .iter()
                        .any(|p| code.starts_with(p));
                prev_site_open = ["&&", "||", ",", "(", " and", " or"]
                    .iter()
                    .any(|p| code.ends_with(p));
                if continues && last_site_line + 1 == line_no {
                    last_site_line = line_no;
                    continue;
                }
                last_site_line = line_no;
                sites.push((here + lead, here + lead + code.len().max(1)));
                if sites.len() >= MAX_SITES {
                    break;
                }
            }
            Some(Site::Host) => saw_host = true,
            None => {}
        }
        if tracked.len() < 16
            && property.is_match(body)
            && let Some(m) = assigned.captures(body).and_then(|c| c.get(1))
            && !matches!(
                m.as_str(),
                "if" | "return" | "var" | "let" | "val" | "const"
            )
        {
            tracked.push(m.as_str().to_owned());
        }
    }
    (sites, saw_host)
}

fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// End (exclusive) of the brace-balanced block that opens at `open` (a `{`), skipping
/// string literals and comments; none when unbalanced within `MAX_BODY`.
fn block_end(text: &str, open: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    let limit = b.len().min(open.saturating_add(MAX_BODY));
    while i < limit {
        match b[i] {
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b'"' | b'`' => {
                let q = b[i];
                i += 1;
                while i < limit && b[i] != q && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < limit && b[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The extent of the callback a candidate reports: its own span when it covers several
/// lines (a lambda, a method), else from its start to the end of the block that opens
/// within the next few hundred bytes before any `;` (a method name, a callback key).
fn callback_extent(text: &str, c: &Candidate) -> (usize, usize) {
    let (start, end) = (c.start.min(text.len()), c.end.min(text.len()));
    if text.get(start..end).is_some_and(|s| s.contains('\n')) {
        return (start, end);
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let window = &text.as_bytes()[end..text.len().min(end + 512)];
    let mut depth = 0usize;
    for (i, &ch) in window.iter().enumerate() {
        match ch {
            b'(' | b'[' => depth += 1,
            b')' | b']' if depth > 0 => depth -= 1,
            b')' | b']' | b';' | b'}' => break,
            b',' if depth == 0 => break,
            b'{' => {
                if let Some(e) = block_end(text, end + i) {
                    return (start, e);
                }
                break;
            }
            _ => {}
        }
    }
    (start, line_end)
}

/// Names called in `text[start..end]` (`validatePin(cert)`, `self.check(x)`), first seen
/// first, without keywords and constructors.
fn called_names(text: &str, start: usize, end: usize) -> Vec<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(call) = re(&RE, r"(\bnew\s+)?\b([A-Za-z_][A-Za-z0-9_]*)\s*\(") else {
        return Vec::new();
    };
    let Some(region) = text.get(start..end.min(text.len())) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for caps in call.captures_iter(region) {
        if caps.get(1).is_some() {
            continue;
        }
        let Some(m) = caps.get(2) else {
            continue;
        };
        let name = m.as_str();
        if !own_receiver(&region[..m.start()]) {
            continue; // a method of another object (`platform.checkServerTrusted(...)`)
        }
        if matches!(
            name,
            "if" | "for"
                | "while"
                | "switch"
                | "catch"
                | "return"
                | "func"
                | "function"
                | "fun"
                | "sizeof"
                | "typeof"
                | "await"
                | "try"
                | "match"
                | "elif"
                | "when"
                | "guard"
                | "let"
                | "var"
                | "using"
                | "lock"
                | "foreach"
                | "throw"
                | "super"
                | "this"
                | "self"
                | "init"
                | "defer"
                | "go"
                | "make"
                | "len"
                | "append"
                | "print"
                | "println"
                | "printf"
                | "Println"
                | "Printf"
                | "Errorf"
                | "New"
        ) || out.iter().any(|n| n == name)
        {
            continue;
        }
        out.push(name.to_owned());
        if out.len() >= MAX_HELPERS {
            break;
        }
    }
    out
}

/// Whether a call whose text before the name is `before` calls a function of this file: no
/// receiver, or `this.` / `self.` / `Self::` / a type name (`Pins.check(...)`).
fn own_receiver(before: &str) -> bool {
    let b = before.trim_end();
    let rest = if let Some(r) = b.strip_suffix("?.") {
        r
    } else if let Some(r) = b.strip_suffix('.').or_else(|| b.strip_suffix("::")) {
        r
    } else if let Some(r) = b.strip_suffix("->") {
        r
    } else {
        return true;
    };
    let receiver: String = rest
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    matches!(receiver.as_str(), "this" | "self" | "Self" | "$this")
        || receiver.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The body of a helper named `name` in `text`: a function or method (`name(...) {`), or a
/// function value (`name = (a, b) => {`, `const name = function (...) {`).
fn helper_body(text: &str, name: &str) -> Option<(usize, usize)> {
    if let Some(body) = crate::dataflow::function_body(text, name) {
        let s = offset_in(text, body);
        return Some((s, s + body.len()));
    }
    let pat = format!(
        r"\b{}\s*(?::[^=\n]*)?=\s*(?:async\s+)?(?:function\b[^{{;]*|\([^()]*\)\s*(?::[^=]*)?=>\s*|[A-Za-z_]\w*\s*=>\s*)\{{",
        regex::escape(name)
    );
    if let Some(m) = ascii_regex(&pat)?.find(text.as_bytes()) {
        let open = m.end() - 1;
        return Some((open, block_end(text, open)?));
    }
    // An expression body: `static bool IsPinned(X509Certificate2 c) => c.Thumbprint == X;`,
    // Kotlin `fun isPinned(c: X509Certificate) = ...`, to the end of the statement.
    let pat = format!(
        r"\b{}\s*\([^()]*\)\s*(?::\s*[\w.<>?\[\], ]+)?\s*(?:=>|=[^=>])",
        regex::escape(name)
    );
    let m = ascii_regex(&pat)?.find(text.as_bytes())?;
    // The last byte matched may start a multi-byte character (`[^=>]` over bytes): the body
    // starts after the whole character, as with a Unicode regex.
    let mut start = m.end();
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut stop = text.len().min(start + 512);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = &text[start..stop];
    let end = rest.find([';', '\n']).unwrap_or(rest.len());
    Some((start, start + end))
}

/// A regex built for one name and used once: ASCII classes (`\w`, `\s`, `\b`) over bytes
/// compile several times faster than the Unicode ones, and the names and code it looks for
/// are ASCII (a non-ASCII name still matches itself).
fn ascii_regex(pattern: &str) -> Option<regex::bytes::Regex> {
    regex::bytes::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .ok()
}

/// Helper bodies reachable from `text[start..]`'s callback (called names, two levels, at
/// most `MAX_HELPERS` lookups), each with the name it was found by; `skip` is the callback's
/// own name.
fn helper_bodies(text: &str, start: usize, skip: &str) -> Vec<(usize, usize, String)> {
    let end =
        crate::dataflow::function_body(text, skip).map_or(start, |b| offset_in(text, b) + b.len());
    helpers_of(text, start, end.max(start), &[skip.to_owned()])
}

fn helpers_of(
    text: &str,
    start: usize,
    end: usize,
    seen: &[String],
) -> Vec<(usize, usize, String)> {
    let mut seen: Vec<String> = seen.to_vec();
    let mut out = Vec::new();
    let mut queue: Vec<(usize, usize, usize)> = vec![(start, end, 0)];
    let mut lookups = 0;
    while let Some((s, e, depth)) = queue.pop() {
        for name in called_names(text, s, e) {
            if seen.contains(&name) || lookups >= MAX_HELPERS {
                continue;
            }
            lookups += 1;
            seen.push(name.clone());
            let Some((bs, be)) = helper_body(text, &name) else {
                continue;
            };
            if bs >= start && be <= end {
                continue; // defined inside the callback: already searched
            }
            out.push((bs, be, name));
            if depth < 1 {
                queue.push((bs, be, depth + 1));
            }
        }
    }
    out
}

/// The end of a callback's head, for its related location: through the first line (at most
/// four from `start`) that opens the body (`{`, `=>`, `->`, `:` ending a Python header), so a
/// registration written over two lines (`Callback =` then `(s, c, ch, e) => Check(...)`)
/// is one location; never past `end`.
fn callback_head_end(text: &str, start: usize, end: usize) -> usize {
    let end = end.min(text.len()).max(start);
    let mut line_start = start;
    for _ in 0..4 {
        let line_end = text[line_start..end]
            .find('\n')
            .map_or(end, |n| line_start + n);
        let line = &text[line_start..line_end];
        if line.contains('{')
            || line.contains("=>")
            || line.contains("->")
            || line.trim_end().ends_with(':')
            || line_end >= end
        {
            return line_end;
        }
        line_start = line_end + 1;
    }
    text[start..end].find('\n').map_or(end, |n| start + n)
}

/// Custom verification findings point at the comparison that decides trust (the
/// thumbprint, key, serial, subject or SAN check inside the callback, or inside a helper the
/// callback calls, in the same file), with the callback as a related location. A callback
/// whose only name comparisons are with the host being connected to is host-name
/// verification, not a pin, and is dropped; so is a `HELPER_RULES` candidate in which no
/// comparison is found. A candidate that is already a one-line comparison stays.
pub fn verify_sites(rules: &RuleSet, text: &str, cands: &mut Vec<Candidate>) {
    let mut keep = vec![true; cands.len()];
    let mut extra: Vec<Candidate> = Vec::new();
    for (i, c) in cands.iter_mut().enumerate() {
        let rule = rules.get(c.rule);
        if rule.kind != Kind::CustomVerify || rule.engine() != Engine::Query {
            continue;
        }
        let helper_rule = HELPER_RULES.contains(&rule.id.as_str());
        let Some(span) = text.get(c.start..c.end) else {
            continue;
        };
        if !span.contains('\n') && classify_line(span, &[]) == Some(Site::Pin) {
            continue; // already at the comparison
        }
        // A callback named by the candidate's value and defined in this file (C
        // registrations), else the callback the candidate covers or opens.
        let named = identifier_value(c)
            .map(|v| v.rsplit('.').next().unwrap_or(v).to_owned())
            .filter(|v| !v.is_empty());
        let named_body = named.as_deref().and_then(|n| helper_body(text, n));
        let (own_start, own_end) = callback_extent(text, c);
        let mut regions: Vec<(usize, usize, Option<String>)> = Vec::new();
        if let (Some((bs, be)), Some(n)) = (named_body, named.as_ref())
            && !(bs >= own_start && be <= own_end)
        {
            regions.push((bs, be, Some(n.clone())));
        }
        regions.push((own_start, own_end, None));
        let mut found = None;
        let mut saw_host = false;
        for (s, e, via) in &regions {
            let (sites, host) = find_site(text, *s, *e);
            saw_host |= host;
            if !sites.is_empty() {
                found = Some((sites, via.clone()));
                break;
            }
        }
        if found.is_none() {
            // The callback's own name (a method header) and the named callback are not
            // helpers.
            let own_name: String = text[c.start..]
                .chars()
                .take_while(|ch| ch.is_alphanumeric() || *ch == '_' || *ch == '$')
                .collect();
            let seen: Vec<String> = named.iter().cloned().chain([own_name]).collect();
            let mut helpers = helpers_of(text, own_start, own_end, &seen);
            if let Some((bs, be)) = named_body {
                helpers.extend(helpers_of(text, bs, be, &seen));
            }
            for (s, e, name) in helpers {
                let (sites, host) = find_site(text, s, e);
                saw_host |= host;
                if !sites.is_empty() {
                    found = Some((sites, Some(name)));
                    break;
                }
            }
        }
        let region_text = regions
            .iter()
            .filter_map(|(s, e, _)| text.get(*s..*e))
            .collect::<Vec<_>>();
        let strong = strong_re().is_some_and(|r| region_text.iter().any(|t| r.is_match(t)));
        match found {
            Some((sites, via)) => {
                let (s, e) = sites[0];
                let head_end = callback_head_end(text, c.start, c.end);
                let message = match &via {
                    Some(name) if named.as_deref() == Some(name.as_str()) => {
                        format!("the verification callback `{name}` is registered here")
                    }
                    Some(name) => format!(
                        "the verification callback, which calls `{name}` where the certificate is compared"
                    ),
                    None => "the verification callback that holds this comparison".to_owned(),
                };
                c.related.push(crate::finding::RelatedSpan {
                    start: c.start,
                    end: head_end,
                    message,
                });
                // The message names the comparison, unless the value is the callback's own
                // text (which may hold the literal pin the catalog resolves).
                if helper_rule || c.value.is_none() || identifier_value(c).is_some() {
                    c.value = text.get(s..e).map(str::to_owned);
                }
                c.start = s;
                c.end = e;
                // Further comparisons in the same body are further pins.
                for &(s2, e2) in &sites[1..] {
                    let mut more = c.clone();
                    more.start = s2;
                    more.end = e2;
                    if more.value.as_deref() == text.get(s..e) {
                        more.value = text.get(s2..e2).map(str::to_owned);
                    }
                    extra.push(more);
                }
            }
            None if helper_rule => keep[i] = false,
            None if saw_host && !strong => keep[i] = false,
            None => {}
        }
    }
    let mut k = keep.into_iter();
    cands.retain(|_| k.next().unwrap_or(true));
    cands.extend(extra);
    // Two callbacks (or a callback and its registration) that lead to one comparison are
    // one finding: a specific rule's before a `HELPER_RULES` one, else the more confident.
    cands.sort_by_key(|c| (c.start, c.end, c.rule));
    let mut seen: Vec<(usize, usize)> = Vec::new();
    let mut drop = vec![false; cands.len()];
    for i in 0..cands.len() {
        let r = rules.get(cands[i].rule);
        if r.kind != Kind::CustomVerify {
            continue;
        }
        // One comparison line, one finding (a specific rule and a helper rule can both
        // land on it, at different columns).
        let line_start = text[..cands[i].start.min(text.len())]
            .rfind('\n')
            .map_or(0, |n| n + 1);
        let key = (line_start, cands[i].end);
        if let Some(&(_, j)) = seen.iter().find(|(k, _)| *k == key.0) {
            let (a, b) = (rules.get(cands[j].rule), r);
            let rank =
                |x: &crate::rules::Rule| (!HELPER_RULES.contains(&x.id.as_str()), x.confidence);
            let (winner, loser) = if rank(b) > rank(a) { (i, j) } else { (j, i) };
            drop[loser] = true;
            let moved: Vec<_> = std::mem::take(&mut cands[loser].related);
            for r in moved {
                if !cands[winner].related.contains(&r) {
                    cands[winner].related.push(r);
                }
            }
            seen.retain(|(k, _)| *k != key.0);
            seen.push((key.0, winner));
        } else {
            seen.push((key.0, i));
        }
    }
    let mut d = drop.into_iter();
    cands.retain(|_| !d.next().unwrap_or(false));
}

/// Pass 5b: a pending call that hands a certificate to a function (`trust_helpers`) stays
/// only if some file of the scan defines that function as a trust-store helper for that
/// argument.
pub fn helper_calls(findings: &mut Vec<Finding>, symbols: &crate::dataflow::Symbols) {
    findings.retain(|f| {
        f.pending
            .as_ref()
            .is_none_or(|(name, index)| symbols.is_helper(name, *index))
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
    roots: &[String],
) {
    use crate::dataflow::DefValue;
    if symbols.is_empty() {
        return;
    }
    for f in findings.iter_mut() {
        if !names_trust(f.kind) || f.ca.is_some() || f.certificate.is_some() || f.passed_in {
            continue;
        }
        // Demoted in the file (test code by construct): stays a note when judged again.
        let in_test_code = f.message.contains(crate::settings::TEST_CODE_NOTE);
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
                let _ = write!(f.message, "; {ident} = {lit} ({at})");
                f.apply_judgement(j);
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
                    let _ = write!(f.message, "; {ident} is the certificate defined in {at}");
                    f.apply_judgement(j);
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
        if settings.demote_test_paths && f.severity > Severity::Note {
            if in_test_code {
                f.severity = Severity::Note;
            } else if let Some(place) =
                crate::settings::demoted_place(crate::settings::under_root(&f.path, roots))
            {
                f.severity = Severity::Note;
                let _ = write!(f.message, " ({place}: reported as a note)");
            }
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
/// certificate-file findings of a file that a finding now describes are folded into it;
/// a certificate file that no finding names is inventory, a note (`demote_unused`).
/// Returns the trust files refused (a FIFO or device, a symbolic link out of the tree), with
/// why.
pub fn trust_files(
    settings: &Settings,
    resolver: &Resolver<'_>,
    findings: &mut Vec<Finding>,
    files: &mut trustfiles::FileIndex,
    roots: &[PathBuf],
) -> Vec<(PathBuf, String)> {
    let file_rules: Vec<&str> = settings
        .rules
        .rules()
        .iter()
        .filter(|r| r.cert_scope().is_some_and(CertScope::is_file))
        .map(|r| r.id.as_str())
        .collect();
    let (used, refused) = trustfiles::apply(
        findings,
        files,
        roots,
        resolver,
        settings.max_filesize,
        &file_rules,
    );
    let embedded_rules: Vec<&str> = settings
        .rules
        .rules()
        .iter()
        .filter(|r| r.cert_scope() == Some(CertScope::Embedded))
        .map(|r| r.id.as_str())
        .collect();
    trustfiles::demote_unused(findings, &file_rules, &embedded_rules, &used);
    refused
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
    helper_calls(&mut outcome.findings, symbols);
    let shown: Vec<String> = roots
        .iter()
        .map(|r| crate::source::display_path(r))
        .collect();
    cross_file(settings, resolver, &mut outcome.findings, symbols, &shown);
    ca_store_folders(&settings.rules, &mut outcome.findings);
    for (path, why) in trust_files(settings, resolver, &mut outcome.findings, files, roots) {
        outcome.error(&path, why);
    }
    outcome.stats.suppressed += allowlist(settings, &mut outcome.findings) as u64;
    severity_overrides(&settings.severity_overrides, &mut outcome.findings);
    diff(settings.diff.as_ref(), &mut outcome.findings);
    outcome.stats.suppressed += baseline(settings.baseline.as_ref(), &mut outcome.findings) as u64;
    outcome.finish();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helper_bodies_end_on_character_boundaries() {
        // An expression body right after `=` that starts with a multi-byte character, and
        // 512 bytes on that end inside one.
        let text = format!(
            "fun isPinned(c: X509Certificate) =\u{e9}{}\n",
            "\u{fc}".repeat(400)
        );
        let (s, e) = helper_body(&text, "isPinned").unwrap();
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{s} {e}"
        );
        assert!(text[s..e].starts_with('\u{fc}'));
        let js = "const isPinned = (c) => {\n  return c.fingerprint256 === PIN;\n};\n";
        let (s, e) = helper_body(js, "isPinned").unwrap();
        assert!(js[s..e].contains("fingerprint256"));
    }
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

    #[test]
    fn comparison_lines_are_told_from_host_checks() {
        assert_eq!(
            classify_line("if (cert.fingerprint256 !== PIN) {", &[]),
            Some(Site::Pin)
        );
        assert_eq!(
            classify_line(
                "if cs.PeerCertificates[0].Subject.CommonName != cs.ServerName {",
                &[]
            ),
            Some(Site::Host)
        );
        assert_eq!(
            classify_line("if (cert.subject.CN !== 'api.contoso.example') {", &[]),
            Some(Site::Pin)
        );
        // Null checks, messages and assertions are not comparisons of a property.
        assert_eq!(
            classify_line("if (cert.getSubjectDN() == null) {", &[]),
            None
        );
        assert_eq!(
            classify_line("throw new Error('no issuer in chain');", &[]),
            None
        );
        assert_eq!(
            classify_line("assertThat(handshake.peerCertificates).isEqualTo(x)", &[]),
            None
        );
        // A name assigned from a property counts as one.
        assert_eq!(
            classify_line("if (denylist.contains(p)) {", &["p".to_owned()]),
            Some(Site::Pin)
        );
    }

    fn custom_verify(rules: &RuleSet, id: &str, text: &str, at: &str) -> Candidate {
        let start = text.find(at).unwrap();
        Candidate::new(rules.index_of(id).unwrap(), start, start + at.len(), None)
    }

    #[test]
    fn custom_verification_points_at_the_comparison() {
        let rules = load_builtin().unwrap();
        let text = "class T {\n  public void checkServerTrusted(X509Certificate[] c, String a) {\n    String fp = sha256(c[0]);\n    if (!PINS.contains(fp)) throw new CertificateException();\n  }\n}\n";
        let mut c = vec![custom_verify(&rules, "PIN111", text, "checkServerTrusted")];
        callbacks(&rules, text, &mut c);
        assert_eq!(c.len(), 1);
        assert!(text[c[0].start..c[0].end].starts_with("if (!PINS.contains(fp))"));
        assert_eq!(c[0].related.len(), 1);
        assert!(text[c[0].related[0].start..].starts_with("checkServerTrusted"));
    }

    #[test]
    fn custom_verification_follows_helpers_and_drops_the_rest() {
        let rules = load_builtin().unwrap();
        let text = "static bool IsPinned(X509Certificate2 c) {\n  return c.Thumbprint == Expected;\n}\nstatic bool Log(SslPolicyErrors e) {\n  Console.WriteLine(e);\n  return e == SslPolicyErrors.None;\n}\nvar a = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => IsPinned(c) };\nvar b = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => Log(e) };\n";
        let mut c = vec![
            custom_verify(
                &rules,
                "PIN380",
                text,
                "ServerCertificateCustomValidationCallback = (m, c, ch, e) => IsPinned(c)",
            ),
            custom_verify(
                &rules,
                "PIN380",
                text,
                "ServerCertificateCustomValidationCallback = (m, c, ch, e) => Log(e)",
            ),
        ];
        callbacks(&rules, text, &mut c);
        assert_eq!(c.len(), 1);
        assert_eq!(
            &text[c[0].start..c[0].end],
            "return c.Thumbprint == Expected;"
        );
        assert!(c[0].related[0].message.contains("IsPinned"));
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
