//! The certificate engine: PEM certificate blocks embedded in any text file (also split
//! across string literals), certificate files (`.pem .crt .cer .der .p7b .p7c`, PEM, DER or
//! PKCS#7) and full CA bundles. Every certificate is parsed so that the finding can say
//! what it is; a bundle of many roots (a system store such as certifi's `cacert.pem`) is a
//! single note, never a pin.

use std::time::Instant;

use super::{Engine, EngineOut, FileCtx};
use crate::cert::parse::{self, CertFacts};
use crate::finding::Candidate;
use crate::outcome::{SkipReason, ms};
use crate::rules::{CertScope, RuleSet};

/// A file with at least this many certificates is a CA bundle, not a pin.
pub const BUNDLE_MIN: usize = 10;

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
        (rule, found)
    };
    if located.is_empty() {
        return Ok(());
    }
    let parsed = located.iter().filter(|l| l.facts.is_some()).count();
    if parsed >= BUNDLE_MIN
        && let Some(bundle) = rules.bundle
    {
        let first = &located[0];
        out.push(Candidate {
            rule: bundle,
            start: first.start,
            end: first.end,
            value: None,
            cert: None,
            detail: Some(format!("{parsed} certificates")),
        });
        return Ok(());
    }
    for l in located {
        let value = l.facts.as_ref().map(|f| f.sha256_hex.clone());
        out.push(Candidate {
            rule,
            start: l.start,
            end: l.end,
            value,
            cert: l.facts.map(Box::new),
            detail: None,
        });
    }
    Ok(())
}
