//! The certificate engine: PEM certificate blocks embedded in any text file (also split
//! across string literals), certificate files (`.pem .crt .cer .der .p7b .p7c`, PEM, DER or
//! PKCS#7) and full CA bundles. Every certificate is parsed so that the finding can say
//! what it is. A bundle is judged by its content: mostly public roots (Mozilla's store, see
//! `cert::public`), and many of them, is a copy of the platform store (certifi's
//! `cacert.pem`): a single note, never a pin. A bundle of one vendor's private or service
//! CAs is a chosen set, reported certificate by certificate whatever its size.

use std::time::Instant;

use super::{Engine, EngineOut, FileCtx};
use crate::cert::parse::{self, CertFacts};
use crate::finding::Candidate;
use crate::outcome::{SkipReason, ms};
use crate::rules::{CertScope, RuleSet};

const CERT_LABELS: &[&str] = &[
    "CERTIFICATE",
    "TRUSTED CERTIFICATE",
    "X509 CERTIFICATE",
    "PKCS7",
    "CMS",
];

/// The rules this engine serves, by `scope`, resolved once per scan (the first rule of
/// each scope; a rule set has at most one of each).
#[derive(Debug, Clone, Copy, Default)]
pub struct CertRules {
    /// A PEM certificate inside source or configuration.
    pub embedded: Option<usize>,
    /// A certificate file committed to the tree.
    pub file: Option<usize>,
    /// A bundle of many CA certificates.
    pub bundle: Option<usize>,
}

impl CertRules {
    pub fn new(rules: &RuleSet) -> CertRules {
        let of = |scope: CertScope| {
            rules
                .rules()
                .iter()
                .position(|r| r.cert_scope() == Some(scope))
        };
        CertRules {
            embedded: of(CertScope::Embedded),
            file: of(CertScope::File),
            bundle: of(CertScope::Bundle),
        }
    }

    fn on(idx: Option<usize>, hits: &[bool]) -> Option<usize> {
        idx.filter(|&i| hits.get(i).copied().unwrap_or(false))
    }
}

/// The certificate engine.
#[derive(Debug)]
pub struct CertEngine {
    rules: CertRules,
}

impl CertEngine {
    pub fn new(rules: &RuleSet) -> CertEngine {
        CertEngine {
            rules: CertRules::new(rules),
        }
    }
}

impl Engine for CertEngine {
    fn run(&self, file: &FileCtx<'_>, out: &mut EngineOut) {
        let t = Instant::now();
        if let Err(reason) = run(
            self.rules,
            file.hits,
            file.is_cert_file,
            file.bytes,
            file.text,
            &mut out.candidates,
        ) {
            out.skips.push((SkipReason::MalformedCertificate, reason));
        }
        out.timings.cert_ms += ms(t.elapsed());
    }
}

/// One certificate found in a file: where, and what it is (when it parsed).
struct Located {
    start: usize,
    end: usize,
    facts: Option<CertFacts>,
}

/// End of the line that starts at or after `start`.
fn line_end(text: &str, start: usize) -> usize {
    text.get(start..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |n| start + n)
        .min(text.len())
}

/// Whether base64 DER (`MII...`) follows the BEGIN marker at `start` closely.
fn has_der_body(text: &str, start: usize) -> bool {
    let Some(after) = text.get(start..) else {
        return false;
    };
    // Skip `-----BEGIN CERTIFICATE-----` itself.
    let marker_end = after
        .get(5..)
        .and_then(|rest| rest.find("-----"))
        .map_or(0, |i| i + 10);
    let window: String = after
        .get(marker_end..)
        .unwrap_or("")
        .chars()
        .take(80)
        .collect();
    window.contains("MII")
}

/// Certificates in PEM blocks of `text`, and the first parse error.
fn pem_certs(text: &str) -> (Vec<Located>, Option<String>) {
    let mut found = Vec::new();
    let mut first_err = None;
    for block in parse::pem_blocks(text) {
        if !CERT_LABELS.contains(&block.label.as_str()) {
            continue;
        }
        let start = block.range.start;
        let end = line_end(text, start).min(block.range.end).max(start);
        match block.der {
            Ok(der) if block.label == "PKCS7" || block.label == "CMS" => {
                match parse::parse_bundle(&der) {
                    Ok((certs, _)) => found.extend(certs.into_iter().map(|c| Located {
                        start,
                        end,
                        facts: Some(c),
                    })),
                    Err(e) => {
                        first_err.get_or_insert_with(|| e.to_string());
                        found.push(Located {
                            start,
                            end,
                            facts: None,
                        });
                    }
                }
            }
            Ok(der) => match parse::parse_der(&der) {
                Ok(facts) => found.push(Located {
                    start,
                    end,
                    facts: Some(facts),
                }),
                Err(e) => {
                    first_err.get_or_insert_with(|| e.to_string());
                    found.push(Located {
                        start,
                        end,
                        facts: None,
                    });
                }
            },
            Err(e) => {
                first_err.get_or_insert_with(|| e.to_string());
                found.push(Located {
                    start,
                    end,
                    facts: None,
                });
            }
        }
    }
    (found, first_err)
}

/// Longest DER certificate read from a byte array in source.
const MAX_DER_ARRAY: usize = 16 * 1024;

/// At most this many byte arrays are tried per file.
const MAX_DER_ARRAYS: usize = 64;

/// Certificates written in source as byte arrays (`{0x30, 0x82, 0x03, ...}` in C, C++,
/// Java `(byte) 0x30`, Rust `[0x30, 0x82, ...]`): the bytes are read up to the length the
/// DER header announces and parsed; arrays that are not certificates are skipped.
fn der_arrays(text: &str) -> Vec<Located> {
    static START: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(start) = START
        .get_or_init(|| {
            regex::Regex::new(r"(?i)(?:\(byte\)\s*)?0x30\s*,\s*(?:\(byte\)\s*)?0x82\s*,").ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for m in start.find_iter(text).take(MAX_DER_ARRAYS) {
        let Some(der) = array_bytes(&text[m.start()..]) else {
            continue;
        };
        if let Ok(facts) = parse::parse_der(&der) {
            found.push(Located {
                start: m.start(),
                end: line_end(text, m.start()),
                facts: Some(facts),
            });
        }
    }
    found
}

/// The DER element at the start of a byte-array literal: `0x..` tokens separated by commas,
/// white space, `(byte)` / `(uint8_t)` casts and comments, as many as the DER length says.
fn array_bytes(text: &str) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    let mut want = usize::MAX;
    let mut rest = text;
    while out.len() < want {
        rest = rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        if let Some(after) = rest.strip_prefix('(') {
            // A cast such as `(byte)` or `(uint8_t)`.
            let close = after.find(')').filter(|&n| n <= 16)?;
            rest = &after[close + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("/*") {
            rest = &after[after.find("*/")? + 2..];
            continue;
        }
        if rest.starts_with("//") {
            rest = &rest[rest.find('\n')?..];
            continue;
        }
        let hex = rest
            .strip_prefix("0x")
            .or_else(|| rest.strip_prefix("0X"))?;
        let digits = hex.get(..2)?;
        out.push(u8::from_str_radix(digits, 16).ok()?);
        rest = &hex[2..];
        if out.len() == 4 {
            // 0x30 0x82 HI LO: a SEQUENCE with a two-byte length.
            want = 4 + (usize::from(out[2]) << 8 | usize::from(out[3]));
            if want > MAX_DER_ARRAY {
                return None;
            }
        }
    }
    Some(out)
}

/// Run the engine on a file. Returns `Err(reason)` when a certificate file holds no
/// readable certificate although it looks like one (malformed, truncated).
pub fn run(
    rules: CertRules,
    hits: &[bool],
    is_cert_file: bool,
    bytes: &[u8],
    text: &str,
    out: &mut Vec<Candidate>,
) -> Result<(), String> {
    let (rule, located) = if is_cert_file {
        let Some(rule) = CertRules::on(rules.file, hits) else {
            return Ok(());
        };
        let (pem, err) = pem_certs(text);
        if pem.is_empty() {
            let looks_pem = text.contains("-----BEGIN ");
            match parse::parse_bundle(bytes) {
                Ok((certs, _)) => (
                    rule,
                    certs
                        .into_iter()
                        .map(|c| Located {
                            start: 0,
                            end: 0,
                            facts: Some(c),
                        })
                        .collect(),
                ),
                Err(_) if looks_pem && err.is_none() => return Ok(()), // keys, CSRs, ...: not certificates
                Err(e) => return Err(err.unwrap_or_else(|| e.to_string())),
            }
        } else if pem.iter().all(|l| l.facts.is_none()) {
            return Err(err.unwrap_or_else(|| "no readable certificate".to_owned()));
        } else {
            (rule, pem)
        }
    } else {
        let Some(rule) = CertRules::on(rules.embedded, hits) else {
            return Ok(());
        };
        // In source, a marker without a certificate body (`pem.replace("-----BEGIN ...", "")`,
        // documentation) is not an embedded certificate: keep blocks that parsed, or whose
        // body starts like base64 DER (`MII...`).
        let mut found = pem_certs(text).0;
        found.retain(|l| l.facts.is_some() || has_der_body(text, l.start));
        found.extend(der_arrays(text));
        found.sort_by_key(|l| l.start);
        (rule, found)
    };
    if located.is_empty() {
        return Ok(());
    }
    let parsed = located.iter().filter(|l| l.facts.is_some()).count();
    let public = crate::cert::public::public_count(located.iter().filter_map(|l| l.facts.as_ref()));
    if crate::cert::public::is_store_copy(public, parsed)
        && let Some(bundle) = rules.bundle
    {
        let first = &located[0];
        out.push(Candidate {
            related: Vec::new(),
            rule: bundle,
            start: first.start,
            end: first.end,
            value: None,
            cert: None,
            detail: Some(format!(
                "{parsed} certificates, {public} of them public roots (a copy of the platform store)"
            )),
            pending: None,
            note: None,
        });
        return Ok(());
    }
    for l in located {
        let value = l.facts.as_ref().map(|f| f.sha256_hex.clone());
        out.push(Candidate {
            related: Vec::new(),
            rule,
            start: l.start,
            end: l.end,
            value,
            cert: l.facts.map(Box::new),
            detail: None,
            pending: None,
            note: None,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_arrays_are_read_up_to_the_der_length() {
        // 0x30 0x82 0x00 0x03 announces 3 more bytes; what follows is not read.
        let c = "0x30, 0x82, /* len */ 0x00, 0x03,\n  0x01, // one\n 0x02, 0x03, 0xff, 0xff}";
        assert_eq!(array_bytes(c).unwrap(), [0x30, 0x82, 0x00, 0x03, 1, 2, 3]);
        let java = "(byte) 0x30, (byte) 0x82, (byte) 0x00, (byte) 0x01, (byte) 0x05";
        assert_eq!(array_bytes(java).unwrap(), [0x30, 0x82, 0x00, 0x01, 5]);
        // Too short, or not hex bytes: nothing.
        assert!(array_bytes("0x30, 0x82, 0x00, 0x05, 0x01").is_none());
        assert!(array_bytes("0x30, 0x82, 0x0").is_none());
        // A byte array that is not a certificate is not reported.
        assert!(der_arrays("k = {0x30, 0x82, 0x00, 0x02, 0x05, 0x00};").is_empty());
    }
}
