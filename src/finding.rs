//! What the engines produce (`Candidate`: a rule, a byte span, the value) and what the
//! reporters print (`Finding`, the finding model in `docs/ARCHITECTURE.md`), plus the line
//! index that turns byte offsets into 1-based lines and code-point columns, and the stable
//! fingerprint.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::cert::{CaMatch, CertFacts};
use crate::rules::{Confidence, Kind, Rule, Severity};

/// Another place in the same file that explains a candidate (the callback a comparison
/// sits in, the registration of a helper), as a byte span and a short message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedSpan {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

/// A raw hit from an engine, before classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Other places that explain this one (SARIF `relatedLocations`).
    pub related: Vec<RelatedSpan>,
    /// Index into the scan's `RuleSet`.
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    /// The value that makes this a pin (thumbprint, file name, ...), when there is one.
    pub value: Option<String>,
    /// The certificate at this place, for certificate findings.
    pub cert: Option<Box<CertFacts>>,
    /// Extra words for the message (e.g. how many certificates a bundle holds).
    pub detail: Option<String>,
    /// A call that hands a certificate to the function `.0` as argument `.1`: kept only if
    /// the scan finds that function putting that parameter into a trust store
    /// (`passes::helper_calls`).
    pub pending: Option<(String, usize)>,
    /// Why this finding is a note whatever its value (`passes::passed_in`: the trusted value
    /// comes from a parameter, the caller's options or the environment; `passes::opt_in`:
    /// verification is off only behind an option); the words go into the message.
    pub note: Option<String>,
}

impl Candidate {
    /// A candidate with just a span and a value.
    pub fn new(rule: usize, start: usize, end: usize, value: Option<String>) -> Candidate {
        Candidate {
            related: Vec::new(),
            rule,
            start,
            end,
            value,
            cert: None,
            detail: None,
            pending: None,
            note: None,
        }
    }
}

/// A 1-based line and column (columns count Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// A related location of a finding (same file): where the callback that holds a
/// comparison is defined or registered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    pub start: Position,
    pub end: Position,
    pub message: String,
}

/// One reported finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule_id: String,
    pub rule_name: String,
    pub kind: Kind,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Relative to the scan root, `/` separators.
    pub path: String,
    pub start: Position,
    pub end: Position,
    /// Byte offsets of the span in the file (in the UTF-8 transcoding for UTF-16 files).
    pub byte_start: usize,
    pub byte_end: usize,
    /// The flagged text (truncated to 200 characters).
    pub matched: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub message: String,
    pub advice: String,
    /// The catalog CA this finding depends on, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca: Option<CaMatch>,
    /// The embedded certificate, parsed (subject, issuer, serial, validity, fingerprints).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertFacts>,
    /// The Azure service the file connects to (from host names in it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<crate::service::ServiceRef>,
    /// The trust file the finding names, when it is in the scanned tree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_file: Option<TrustFile>,
    /// Other places in the file that explain the finding (the verification callback or its
    /// registration when the finding points at the comparison inside it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Stable across unrelated edits: rule id, path and normalised value, not the line.
    pub fingerprint: String,
    /// The source line the finding starts on (for the text reporter's code frame).
    #[serde(skip)]
    pub line_text: String,
    /// See `Candidate::pending`.
    #[serde(skip)]
    pub pending: Option<(String, usize)>,
    /// See `Candidate::passed_in`: such a finding is not resolved across files.
    #[serde(skip)]
    pub passed_in: bool,
}

/// What a referenced trust file holds.
#[derive(Debug, Clone, Serialize)]
pub struct TrustFile {
    /// Path as walked (relative to the scan root, `/` separators).
    pub path: String,
    /// Number of certificates in it.
    pub certificates: usize,
    /// Catalog CAs among them.
    pub cas: Vec<String>,
    /// Roots the finding's service needs that the file lacks (with a service only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
}

impl Finding {
    /// Take the resolver's judgement: severity, confidence, the detail appended to the
    /// message and the advice that replaces the rule's.
    pub fn apply_judgement(&mut self, j: crate::resolve::Judgement) {
        self.severity = j.severity;
        self.confidence = j.confidence;
        if let Some(detail) = j.detail {
            self.message.push_str("; ");
            self.message.push_str(&detail);
        }
        if let Some(advice) = j.advice {
            self.advice = advice;
        }
    }

    /// Sort key giving the documented deterministic order.
    pub fn sort_key(&self) -> (&str, usize, usize, &str, usize) {
        (
            &self.path,
            self.start.line,
            self.start.column,
            &self.rule_id,
            self.byte_end,
        )
    }
}

/// Line starts of a text, built only for files that have candidates.
#[derive(Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// Position of byte `offset` (clamped to the text).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let line_start = self.starts[line];
        let mut column = text[line_start..offset].chars().count() + 1;
        if line == 0 && offset > 0 && text.starts_with('\u{FEFF}') {
            column -= 1; // a byte-order mark is not a column
        }
        Position {
            line: line + 1,
            column,
        }
    }

    /// The text of 1-based line `line`, without its line terminator.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self
            .starts
            .get(line)
            .map_or(text.len(), |&e| e.saturating_sub(1));
        text.get(start..end.max(start))
            .unwrap_or("")
            .trim_end_matches('\r')
    }
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A string literal's contents: surrounding quotes (and Python/Rust/C# prefixes such as
/// `r`, `b`, `f`, `@`) removed; other text unchanged.
pub fn strip_quotes(value: &str) -> &str {
    let v = value.trim();
    let body = v.trim_start_matches(['r', 'b', 'f', 'u', 'R', 'B', 'F', 'U', '@', '$']);
    for q in ["\"\"\"", "'''", "\"", "'", "`"] {
        if body.len() >= 2 * q.len() && body.starts_with(q) && body.ends_with(q) {
            return &body[q.len()..body.len() - q.len()];
        }
    }
    v
}

/// Canonical spelling of a value for fingerprints: hex/base64 separators, quotes and case
/// removed so that `AB:CD` and `abcd` agree.
pub fn normalise_value(value: &str) -> String {
    value
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-' | '"' | '\'' | '\n' | '\r' | '\t' | ','))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The fingerprint of a finding: 16 hex digits of SHA-256 over rule id, path and value.
pub fn fingerprint(rule_id: &str, path: &str, value: &str) -> String {
    let mut h = Sha256::new();
    for part in [rule_id, path, value] {
        h.update(part.as_bytes());
        h.update([0u8]);
    }
    let digest = h.finalize();
    digest
        .iter()
        .take(8)
        .fold(String::with_capacity(16), |mut s, b| {
            use std::fmt::Write as _;
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Build the finding for a candidate in a file.
pub fn build(rule: &Rule, cand: &Candidate, path: &str, text: &str, lines: &LineIndex) -> Finding {
    let start = lines.position(text, cand.start);
    let end = lines.position(text, cand.end);
    let lo = floor_char_boundary(text, cand.start.min(text.len()));
    let hi = floor_char_boundary(text, cand.end.min(text.len())).max(lo);
    let matched_full = &text[lo..hi];
    let matched: String = matched_full.chars().take(200).collect();
    let value = cand.value.as_deref().map(|v| strip_quotes(v).to_owned());
    let shown = value.as_deref().unwrap_or(&matched);
    let one_line = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown_short: String = one_line.chars().take(80).collect();
    let mut message = rule.message.replace("{value}", &shown_short);
    if let Some(detail) = &cand.detail {
        message.push_str("; ");
        message.push_str(detail);
    }
    let fp_value = normalise_value(value.as_deref().unwrap_or(matched_full));
    Finding {
        rule_id: rule.id.clone(),
        rule_name: rule.name.clone(),
        kind: rule.kind,
        severity: rule.severity,
        confidence: rule.confidence,
        path: path.to_owned(),
        start,
        end,
        byte_start: cand.start,
        byte_end: cand.end,
        matched,
        value,
        message,
        advice: rule.advice.clone(),
        ca: None,
        certificate: cand.cert.as_deref().cloned(),
        service: None,
        trust_file: None,
        related: cand
            .related
            .iter()
            .map(|r| Related {
                start: lines.position(text, r.start),
                end: lines.position(text, r.end),
                message: r.message.clone(),
            })
            .collect(),
        fingerprint: fingerprint(&rule.id, path, &fp_value),
        line_text: lines.line_text(text, start.line).to_owned(),
        pending: cand.pending.clone(),
        passed_in: cand.note.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_code_points() {
        let text = "ab\nçd X\n";
        let idx = LineIndex::new(text);
        let off = text.find('X').unwrap();
        assert_eq!(idx.position(text, off), Position { line: 2, column: 4 });
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.line_text(text, 2), "çd X");
        assert_eq!(idx.line_text(text, 9), "");
    }

    #[test]
    fn quotes_are_stripped() {
        assert_eq!(strip_quotes("\"a.pem\""), "a.pem");
        assert_eq!(strip_quotes("r'a.pem'"), "a.pem");
        assert_eq!(strip_quotes("`x`"), "x");
        assert_eq!(strip_quotes("CA_FILE"), "CA_FILE");
        assert_eq!(strip_quotes("\""), "\"");
        assert_eq!(strip_quotes("\"\"\"doc\"\"\""), "doc");
    }

    #[test]
    fn fingerprint_ignores_spelling() {
        assert_eq!(normalise_value("AB:CD"), normalise_value("abcd"));
        assert_ne!(
            fingerprint("PIN101", "a", "x"),
            fingerprint("PIN101", "b", "x")
        );
    }
}
