//! Certificate extraction and parsing: finds PEM blocks in any text (plain files, comments,
//! and PEM spread over string literals in source code), decodes DER certificates, PKCS#7
//! (`.p7b`/`.p7c`) bundles and bare base64, and computes the facts pinscan compares with the CA
//! catalog (names, serial, validity, key, SHA-1/SHA-256 thumbprints, SPKI pin). Every input is
//! untrusted: lengths are checked, nothing panics, failures are `CertError`s that say what broke.

use std::ops::Range;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_PAD_INDIFFERENT, URL_SAFE_PAD_INDIFFERENT};
use sha1::{Digest as _, Sha1};
use sha2::Sha256;
use x509_parser::asn1_rs::Tag;
use x509_parser::certificate::X509Certificate;
use x509_parser::public_key::PublicKey;
use x509_parser::x509::{AttributeTypeAndValue, SubjectPublicKeyInfo, X509Name};

use super::normalize::{normalize_dn, to_hex};

/// Facts about one certificate, in the spellings `catalog.toml` uses.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CertFacts {
    /// RFC 4514, most specific RDN first (`CN=..,O=..,C=..`).
    pub subject: String,
    pub issuer: String,
    /// The most specific CN of the subject.
    pub common_name: Option<String>,
    /// Lowercase hex, no colons, even length, sign byte dropped (as openssl prints it).
    pub serial_hex: String,
    /// `YYYY-MM-DD` (UTC).
    pub not_before: String,
    pub not_after: String,
    pub not_after_unix: i64,
    /// basicConstraints cA.
    pub is_ca: bool,
    /// Subject equals issuer.
    pub self_signed: bool,
    /// `RSA 2048`, `ECC P-256`, `ECC P-384`, `Ed25519`, ...
    pub key: String,
    pub sha1_hex: String,
    pub sha256_hex: String,
    pub spki_sha256_hex: String,
    pub spki_sha256_b64: String,
}

/// One `-----BEGIN X-----` ... `-----END X-----` block found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemBlock {
    /// Byte range from the first `-` of BEGIN to the last `-` of END (for an unterminated block:
    /// to the end of the BEGIN line).
    pub range: Range<usize>,
    /// The label between `BEGIN ` and `-----`, e.g. `CERTIFICATE`.
    pub label: String,
    /// The decoded body (DER for certificates, PKCS#7 and `PUBLIC KEY`; PKCS#1 for
    /// `RSA PUBLIC KEY`), or why it could not be decoded.
    pub der: Result<Vec<u8>, CertError>,
}

/// Why certificate text or bytes could not be read.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertError {
    #[error("invalid base64 in PEM block at byte {offset}")]
    InvalidBase64 { offset: usize },
    #[error(
        "truncated base64 in PEM block at byte {offset} (length is not a whole number of bytes)"
    )]
    Base64Length { offset: usize },
    #[error("empty PEM block at byte {offset}")]
    EmptyPem { offset: usize },
    #[error("PEM block `{label}` at byte {offset} has no END line")]
    Unterminated { label: String, offset: usize },
    #[error("PEM block at byte {offset} begins as `{begin}` but ends as `{end}`")]
    LabelMismatch {
        begin: String,
        end: String,
        offset: usize,
    },
    #[error("PEM block at byte {offset} is a `{label}`, not a certificate")]
    NotCertificateBlock { label: String, offset: usize },
    #[error("DER certificate truncated")]
    Truncated,
    #[error("invalid DER certificate: {0}")]
    InvalidDer(String),
    #[error("not a certificate ({0})")]
    NotCertificate(String),
    #[error("invalid PKCS#7: {0}")]
    Pkcs7(String),
    #[error("no certificate found: {0}")]
    NoCertificate(String),
}

/// PEM labels `pem_blocks` reports; others (private keys, CSRs, CRLs, ...) are skipped.
const LABELS: [&str; 7] = [
    "CERTIFICATE",
    "TRUSTED CERTIFICATE",
    "X509 CERTIFICATE",
    "PKCS7",
    "CMS",
    "PUBLIC KEY",
    "RSA PUBLIC KEY",
];
const BEGIN: &[u8] = b"-----BEGIN ";
const END: &[u8] = b"-----END ";
const DASHES: &[u8] = b"-----";
/// DER content of OID 1.2.840.113549.1.7.2 (PKCS#7 signedData).
const OID_SIGNED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

/// Parse one DER certificate (trailing bytes after it are ignored).
///
/// # Errors
/// `Truncated` when the DER is shorter than its declared length, `NotCertificate` for a
/// PKCS#7 structure, `InvalidDer` for anything else that is not an X.509 certificate.
pub fn parse_der(der: &[u8]) -> Result<CertFacts, CertError> {
    if der.is_empty() {
        return Err(CertError::InvalidDer("empty input".to_owned()));
    }
    let (tlv, _) = read_tlv(der).map_err(|e| match e {
        TlvError::Truncated => CertError::Truncated,
        TlvError::Invalid(why) => CertError::InvalidDer(why.to_owned()),
    })?;
    if tlv.tag != 0x30 {
        return Err(CertError::InvalidDer(
            "does not start with a SEQUENCE".to_owned(),
        ));
    }
    if let Ok((first, _)) = read_tlv(tlv.content)
        && first.tag == 0x06
    {
        return Err(CertError::NotCertificate(
            "a PKCS#7/CMS structure, not a single certificate".to_owned(),
        ));
    }
    let (_, cert) = x509_parser::parse_x509_certificate(tlv.whole).map_err(|e| match e {
        x509_parser::nom::Err::Incomplete(_) => CertError::Truncated,
        x509_parser::nom::Err::Error(e) | x509_parser::nom::Err::Failure(e) => {
            CertError::InvalidDer(e.to_string())
        }
    })?;
    Ok(facts_of(&cert, tlv.whole))
}

/// Every `-----BEGIN X-----`...`-----END X-----` block in text: CRLF, indentation, surrounding
/// text, comment prefixes (`// `, `# `, ` * `), and PEM embedded in source code as string
/// literals — per-line quoted pieces with `\n` escapes joined by `+`, `..`, `.` or implicit
/// concatenation, e.g. `"-----BEGIN CERTIFICATE-----\n" + "MIIB...\n" + ...` in
/// Java/JS/Python/Go/C#/Rust, or one JSON string with `\n` escapes.
/// Labels: CERTIFICATE, TRUSTED CERTIFICATE, X509 CERTIFICATE, PKCS7, CMS, PUBLIC KEY, RSA PUBLIC
/// KEY (`der` = decoded bytes); blocks with other labels (private keys, ...) are not returned.
#[must_use]
pub fn pem_blocks(text: &str) -> Vec<PemBlock> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(start) = find(bytes, BEGIN, pos) {
        let label_start = start + BEGIN.len();
        let Some(lab_end) = label_end(bytes, label_start) else {
            pos = label_start;
            continue;
        };
        let label = text.get(label_start..lab_end).unwrap_or_default();
        let body_start = lab_end + DASHES.len();
        if !LABELS.contains(&label) {
            pos = body_start;
            continue;
        }
        // Search for END only up to the next BEGIN, so many unterminated blocks stay linear.
        let next_begin = find(bytes, BEGIN, body_start).unwrap_or(bytes.len());
        let end = find(bytes.get(..next_begin).unwrap_or(bytes), END, body_start);
        let end_label = end.and_then(|e| {
            let el_start = e + END.len();
            label_end(bytes, el_start).map(|el_end| (e, el_start, el_end))
        });
        if let Some((body_end, el_start, el_end)) = end_label {
            let end_text = text.get(el_start..el_end).unwrap_or_default();
            let der = if end_text == label {
                decode_body(bytes, start, body_start, body_end)
            } else {
                Err(CertError::LabelMismatch {
                    begin: label.to_owned(),
                    end: end_text.to_owned(),
                    offset: start,
                })
            };
            let range = start..el_end + DASHES.len();
            pos = range.end;
            out.push(PemBlock {
                range,
                label: label.to_owned(),
                der,
            });
        } else {
            let line_end = find(bytes.get(..next_begin).unwrap_or(bytes), b"\n", body_start)
                .unwrap_or(next_begin);
            out.push(PemBlock {
                range: start..line_end.max(body_start),
                label: label.to_owned(),
                der: Err(CertError::Unterminated {
                    label: label.to_owned(),
                    offset: start,
                }),
            });
            pos = body_start;
        }
    }
    out
}

/// A whole certificate file: PEM with any number of blocks, DER certificate (or several
/// concatenated), PKCS#7 (`.p7b`/`.p7c`, DER or PEM `PKCS7`) bundle, or bare base64 of any of
/// these. Returns every certificate; `Err` when nothing parseable is found (with the reason);
/// per-block failures next to good certificates are returned in the second vector.
///
/// # Errors
/// Empty input, input that is neither PEM, DER nor base64, or when no certificate in it could
/// be read (the first failure, e.g. `DER certificate truncated`, `not a certificate (PKCS#7
/// without certificates)`, or a PEM block's base64 error).
pub fn parse_bundle(bytes: &[u8]) -> Result<(Vec<CertFacts>, Vec<CertError>), CertError> {
    if bytes.is_empty() {
        return Err(CertError::NoCertificate("empty input".to_owned()));
    }
    let has_pem = find(bytes, BEGIN, 0).is_some();
    if bytes.first() == Some(&0x30) {
        let der = der_bundle(bytes);
        if der.is_ok() || !has_pem {
            return der;
        }
    }
    if has_pem {
        let text = String::from_utf8_lossy(bytes);
        return pem_bundle(&text);
    }
    if let Some(der) = bare_base64(bytes) {
        return der_bundle(&der);
    }
    Err(CertError::NoCertificate(
        "neither PEM, DER, PKCS#7 nor base64".to_owned(),
    ))
}

/// SPKI SHA-256 of a `PUBLIC KEY` DER (`SubjectPublicKeyInfo`), the HPKP/`OkHttp` pin value.
#[must_use]
pub fn spki_sha256(spki_der: &[u8]) -> [u8; 32] {
    Sha256::digest(spki_der).into()
}

/// Wrap a PKCS#1 `RSA PUBLIC KEY` DER into a `SubjectPublicKeyInfo`, so `spki_sha256` gives its pin.
#[must_use]
pub fn spki_from_rsa_public_key(pkcs1_der: &[u8]) -> Vec<u8> {
    // AlgorithmIdentifier { rsaEncryption, NULL }
    const ALG: [u8; 15] = [
        0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    ];
    let mut bit_string = vec![0x03];
    bit_string.extend(der_length(pkcs1_der.len() + 1));
    bit_string.push(0x00);
    bit_string.extend_from_slice(pkcs1_der);
    let mut out = vec![0x30];
    out.extend(der_length(ALG.len() + bit_string.len()));
    out.extend_from_slice(&ALG);
    out.extend(bit_string);
    out
}

// ---------------------------------------------------------------------------------------------
// Bundles

fn pem_bundle(text: &str) -> Result<(Vec<CertFacts>, Vec<CertError>), CertError> {
    let mut certs = Vec::new();
    let mut errors = Vec::new();
    let blocks = pem_blocks(text);
    for block in blocks {
        let der = match block.der {
            Ok(der) => der,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match block.label.as_str() {
            "PKCS7" | "CMS" => match pkcs7_certificates(&der) {
                Ok(list) => push_parsed(&list, &mut certs, &mut errors),
                Err(e) => errors.push(e),
            },
            "PUBLIC KEY" | "RSA PUBLIC KEY" => errors.push(CertError::NotCertificateBlock {
                label: block.label,
                offset: block.range.start,
            }),
            _ => match parse_der(&der) {
                Ok(facts) => certs.push(facts),
                Err(e) => errors.push(e),
            },
        }
    }
    finish(certs, errors, "no PEM certificate block")
}

/// DER input: one certificate, several concatenated, or a PKCS#7 `ContentInfo`.
fn der_bundle(bytes: &[u8]) -> Result<(Vec<CertFacts>, Vec<CertError>), CertError> {
    let (outer, _) = read_tlv(bytes).map_err(|e| match e {
        TlvError::Truncated => CertError::Truncated,
        TlvError::Invalid(why) => CertError::InvalidDer(why.to_owned()),
    })?;
    if let Ok((first, _)) = read_tlv(outer.content)
        && first.tag == 0x06
    {
        let list = pkcs7_certificates(bytes)?;
        let mut certs = Vec::new();
        let mut errors = Vec::new();
        push_parsed(&list, &mut certs, &mut errors);
        return finish(certs, errors, "PKCS#7 without certificates");
    }
    let first = parse_der(bytes)?;
    let mut certs = vec![first];
    let mut errors = Vec::new();
    let mut rest = bytes.get(outer.whole.len()..).unwrap_or_default();
    while rest.first() == Some(&0x30) {
        let Ok((tlv, next)) = read_tlv(rest) else {
            errors.push(CertError::Truncated);
            break;
        };
        match parse_der(tlv.whole) {
            Ok(facts) => certs.push(facts),
            Err(e) => errors.push(e),
        }
        rest = next;
    }
    Ok((certs, errors))
}

fn push_parsed(list: &[&[u8]], certs: &mut Vec<CertFacts>, errors: &mut Vec<CertError>) {
    for der in list {
        match parse_der(der) {
            Ok(facts) => certs.push(facts),
            Err(e) => errors.push(e),
        }
    }
}

fn finish(
    certs: Vec<CertFacts>,
    mut errors: Vec<CertError>,
    nothing: &str,
) -> Result<(Vec<CertFacts>, Vec<CertError>), CertError> {
    if certs.is_empty() {
        return Err(if errors.is_empty() {
            CertError::NoCertificate(nothing.to_owned())
        } else {
            errors.swap_remove(0)
        });
    }
    Ok((certs, errors))
}

/// The DER certificates inside a PKCS#7 `SignedData` `ContentInfo` (RFC 2315 / RFC 5652).
fn pkcs7_certificates(der: &[u8]) -> Result<Vec<&[u8]>, CertError> {
    let p7 = |what: &str, e: TlvError| {
        CertError::Pkcs7(match e {
            TlvError::Truncated => format!("{what} truncated"),
            TlvError::Invalid(why) => format!("{what}: {why}"),
        })
    };
    let (ci, _) = read_tlv(der).map_err(|e| p7("ContentInfo", e))?;
    let (oid, rest) = read_tlv(ci.content).map_err(|e| p7("content type", e))?;
    if ci.tag != 0x30 || oid.tag != 0x06 {
        return Err(CertError::Pkcs7("not a ContentInfo".to_owned()));
    }
    if oid.content != OID_SIGNED_DATA {
        return Err(CertError::NotCertificate(
            "PKCS#7 content is not SignedData".to_owned(),
        ));
    }
    let (explicit, _) = read_tlv(rest).map_err(|e| p7("SignedData", e))?;
    let (sd, _) = read_tlv(explicit.content).map_err(|e| p7("SignedData", e))?;
    if explicit.tag != 0xa0 || sd.tag != 0x30 {
        return Err(CertError::Pkcs7("malformed SignedData".to_owned()));
    }
    // version, digestAlgorithms, encapContentInfo
    let mut rest = sd.content;
    for (what, tag) in [
        ("version", 0x02),
        ("digestAlgorithms", 0x31),
        ("contentInfo", 0x30),
    ] {
        let (tlv, next) = read_tlv(rest).map_err(|e| p7(what, e))?;
        if tlv.tag != tag {
            return Err(CertError::Pkcs7(format!("unexpected tag in {what}")));
        }
        rest = next;
    }
    let mut out = Vec::new();
    if let Ok((certs, _)) = read_tlv(rest)
        && certs.tag == 0xa0
    {
        let mut inner = certs.content;
        while !inner.is_empty() {
            let (tlv, next) = read_tlv(inner).map_err(|e| p7("certificates", e))?;
            // Skip non-X.509 choices (attribute certificates, other formats).
            if tlv.tag == 0x30 {
                out.push(tlv.whole);
            }
            inner = next;
        }
    }
    if out.is_empty() {
        return Err(CertError::NotCertificate(
            "PKCS#7 without certificates".to_owned(),
        ));
    }
    Ok(out)
}

/// A file that is only base64 (a `.cer` without PEM armour) and decodes to DER.
fn bare_base64(bytes: &[u8]) -> Option<Vec<u8>> {
    let compact: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if compact.len() < 64 {
        return None;
    }
    let der = STANDARD_PAD_INDIFFERENT
        .decode(&compact)
        .or_else(|_| URL_SAFE_PAD_INDIFFERENT.decode(&compact))
        .ok()?;
    (der.first() == Some(&0x30)).then_some(der)
}

// ---------------------------------------------------------------------------------------------
// PEM text

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// End of a PEM label starting at `start`: the position of the `-----` closing it.
fn label_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        if b == b'-' {
            return (i > start && bytes.get(i..i + DASHES.len()) == Some(DASHES)).then_some(i);
        }
        if !(b.is_ascii_uppercase() || b.is_ascii_digit() || b == b' ') || i - start > 40 {
            return None;
        }
        i += 1;
    }
    None
}

/// Decode the body between BEGIN (ending at `body_start`) and END (at `body_end`).
fn decode_body(
    bytes: &[u8],
    begin_at: usize,
    body_start: usize,
    body_end: usize,
) -> Result<Vec<u8>, CertError> {
    let literal = matches!(bytes.get(body_start), Some(b'"' | b'\'' | b'`' | b'\\'));
    let chars = if literal {
        literal_chars(bytes, body_start, body_end)
    } else {
        plain_chars(bytes, begin_at, body_start, body_end)
    };
    let mut data = Vec::with_capacity(chars.len());
    let mut positions = Vec::with_capacity(chars.len());
    let mut url_safe = false;
    for (b, at) in chars {
        match b {
            b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c => {}
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'=' => {
                data.push(b);
                positions.push(at);
            }
            b'-' | b'_' => {
                url_safe = true;
                data.push(b);
                positions.push(at);
            }
            _ => return Err(CertError::InvalidBase64 { offset: at }),
        }
    }
    if data.is_empty() {
        return Err(CertError::EmptyPem { offset: begin_at });
    }
    let engine = if url_safe {
        &URL_SAFE_PAD_INDIFFERENT
    } else {
        &STANDARD_PAD_INDIFFERENT
    };
    engine.decode(&data).map_err(|e| {
        let at = |i: usize| positions.get(i).copied().unwrap_or(begin_at);
        match e {
            base64::DecodeError::InvalidByte(i, _) => CertError::InvalidBase64 { offset: at(i) },
            base64::DecodeError::InvalidLastSymbol { offset, .. } => {
                CertError::InvalidBase64 { offset: at(offset) }
            }
            base64::DecodeError::InvalidPadding => CertError::InvalidBase64 {
                offset: data.iter().position(|b| *b == b'=').map_or(begin_at, at),
            },
            base64::DecodeError::InvalidLength(_) => CertError::Base64Length { offset: begin_at },
        }
    })
}

/// Body characters of a plain PEM block, with a comment prefix of the BEGIN line (`// `, `# `,
/// ` * `) removed from each body line and RFC 1421 header lines (`Proc-Type: ...`) skipped.
fn plain_chars(
    bytes: &[u8],
    begin_at: usize,
    body_start: usize,
    body_end: usize,
) -> Vec<(u8, usize)> {
    let line_start = bytes
        .get(..begin_at)
        .and_then(|head| head.iter().rposition(|b| *b == b'\n'))
        .map_or(0, |p| p + 1);
    let prefix = bytes
        .get(line_start..begin_at)
        .unwrap_or_default()
        .trim_ascii();
    // Only comment-like prefixes (no letters or digits) are stripped from body lines.
    let prefix = if prefix.iter().any(u8::is_ascii_alphanumeric) {
        &[][..]
    } else {
        prefix
    };
    let mut out = Vec::new();
    let mut i = body_start;
    while i < body_end {
        let line_end = find(bytes, b"\n", i).map_or(body_end, |e| e.min(body_end));
        let line = bytes.get(i..line_end).unwrap_or_default();
        let lead = line.iter().take_while(|b| b.is_ascii_whitespace()).count();
        let mut start = i + lead;
        let rest = line.get(lead..).unwrap_or_default();
        if !prefix.is_empty() && rest.starts_with(prefix) {
            start += prefix.len();
        }
        let content = bytes.get(start..line_end).unwrap_or_default();
        if !content.contains(&b':') {
            out.extend(content.iter().enumerate().map(|(k, b)| (*b, start + k)));
        }
        i = line_end + 1;
    }
    out
}

/// Body characters of PEM spread over string literals: inside quotes, escapes are decoded
/// (`\n` `\r` `\t` are whitespace, `\/`, `\uXXXX`, `\xXX`, line continuations); outside quotes,
/// concatenation operators, whitespace and `//`, `/* */`, `#` comments are skipped.
fn literal_chars(bytes: &[u8], body_start: usize, body_end: usize) -> Vec<(u8, usize)> {
    let body = bytes.get(..body_end).unwrap_or(bytes);
    let mut out = Vec::new();
    let mut in_str = true;
    let mut i = body_start;
    while i < body_end {
        let Some(&b) = bytes.get(i) else { break };
        let next = bytes.get(i + 1).copied();
        if in_str {
            match b {
                b'`' if matches!(next, Some(b'n' | b'r' | b't')) => i += 1,
                b'"' | b'\'' | b'`' => in_str = false,
                b'\\' => {
                    let mut j = i;
                    while bytes.get(j) == Some(&b'\\') {
                        j += 1;
                    }
                    match bytes.get(j) {
                        Some(b'n' | b'r' | b't' | b'\n' | b'\r') | None => i = j,
                        Some(b'u') => {
                            if let Some(v) = hex_escape(bytes, j + 1, 4) {
                                out.push((v, i));
                                i = j + 4;
                            } else {
                                out.push((b'\\', i));
                                i = j - 1;
                            }
                        }
                        Some(b'x') => {
                            if let Some(v) = hex_escape(bytes, j + 1, 2) {
                                out.push((v, i));
                                i = j + 2;
                            } else {
                                out.push((b'\\', i));
                                i = j - 1;
                            }
                        }
                        Some(&c) => {
                            out.push((c, j));
                            i = j;
                        }
                    }
                }
                _ => out.push((b, i)),
            }
        } else {
            match b {
                b'"' | b'\'' | b'`' => in_str = true,
                b'/' if next == Some(b'/') => i = find(body, b"\n", i).unwrap_or(body_end),
                b'#' => i = find(body, b"\n", i).unwrap_or(body_end),
                b'/' if next == Some(b'*') => {
                    i = find(body, b"*/", i + 2).map_or(body_end, |e| e + 1);
                }
                _ => {}
            }
        }
        i += 1;
    }
    out
}

/// An escaped ASCII character given as `digits` hex digits at `at` (`\u002B`, `\x2b`).
fn hex_escape(bytes: &[u8], at: usize, digits: usize) -> Option<u8> {
    let hex = std::str::from_utf8(bytes.get(at..at + digits)?).ok()?;
    let v = u32::from_str_radix(hex, 16).ok()?;
    u8::try_from(v).ok().filter(u8::is_ascii)
}

// ---------------------------------------------------------------------------------------------
// DER

#[derive(Debug, Clone, Copy)]
struct Tlv<'a> {
    tag: u8,
    content: &'a [u8],
    whole: &'a [u8],
}

#[derive(Debug, Clone, Copy)]
enum TlvError {
    Truncated,
    Invalid(&'static str),
}

/// One DER tag-length-value (single-byte tags, definite lengths up to 4 length bytes).
fn read_tlv(input: &[u8]) -> Result<(Tlv<'_>, &[u8]), TlvError> {
    let (&tag, after_tag) = input.split_first().ok_or(TlvError::Truncated)?;
    if tag & 0x1f == 0x1f {
        return Err(TlvError::Invalid("multi-byte tag"));
    }
    let (&len0, after_len0) = after_tag.split_first().ok_or(TlvError::Truncated)?;
    let (len, header) = match len0 {
        0..=0x7f => (usize::from(len0), 2),
        0x80 => {
            return Err(TlvError::Invalid(
                "indefinite length (BER) is not supported",
            ));
        }
        0x81..=0x84 => {
            let n = usize::from(len0 & 0x7f);
            let len_bytes = after_len0.get(..n).ok_or(TlvError::Truncated)?;
            let len = len_bytes
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
            (len, 2 + n)
        }
        _ => return Err(TlvError::Invalid("length too large")),
    };
    let total = header
        .checked_add(len)
        .ok_or(TlvError::Invalid("length too large"))?;
    let whole = input.get(..total).ok_or(TlvError::Truncated)?;
    let content = whole.get(header..).ok_or(TlvError::Truncated)?;
    let rest = input.get(total..).unwrap_or_default();
    Ok((
        Tlv {
            tag,
            content,
            whole,
        },
        rest,
    ))
}

fn der_length(len: usize) -> Vec<u8> {
    if len < 0x80 {
        return vec![u8::try_from(len).unwrap_or(0)];
    }
    let be = len.to_be_bytes();
    let skip = be.iter().take_while(|b| **b == 0).count();
    let digits = be.get(skip..).unwrap_or_default();
    let mut out = vec![0x80 | u8::try_from(digits.len()).unwrap_or(0)];
    out.extend_from_slice(digits);
    out
}

// ---------------------------------------------------------------------------------------------
// Facts

fn facts_of(cert: &X509Certificate<'_>, der: &[u8]) -> CertFacts {
    let subject = format_name(cert.subject());
    let issuer = format_name(cert.issuer());
    let self_signed = cert.subject().as_raw() == cert.issuer().as_raw()
        || normalize_dn(&subject) == normalize_dn(&issuer);
    let common_name = cert
        .subject()
        .iter_rdn()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .flat_map(x509_parser::x509::RelativeDistinguishedName::iter)
        .find(|attr| attr.attr_type().to_id_string() == "2.5.4.3")
        .map(attr_value_string);
    let raw_serial = cert.raw_serial();
    let lead = raw_serial
        .iter()
        .take_while(|b| **b == 0)
        .count()
        .min(raw_serial.len().saturating_sub(1));
    let serial_hex = to_hex(raw_serial.get(lead..).unwrap_or_default());
    let not_before = crate::date::date_from_unix(cert.validity().not_before.timestamp());
    let not_after_unix = cert.validity().not_after.timestamp();
    let is_ca = cert
        .basic_constraints()
        .ok()
        .flatten()
        .is_some_and(|bc| bc.value.ca);
    let spki = cert.public_key();
    let spki_hash = spki_sha256(spki.raw);
    CertFacts {
        subject,
        issuer,
        common_name,
        serial_hex,
        not_before,
        not_after: crate::date::date_from_unix(not_after_unix),
        not_after_unix,
        is_ca,
        self_signed,
        key: key_description(spki),
        sha1_hex: to_hex(&Sha1::digest(der)),
        sha256_hex: to_hex(&Sha256::digest(der)),
        spki_sha256_hex: to_hex(&spki_hash),
        spki_sha256_b64: STANDARD_PAD_INDIFFERENT.encode(spki_hash),
    }
}

/// RFC 4514 string: RDNs most specific first, `+` between attributes of one RDN.
fn format_name(name: &X509Name<'_>) -> String {
    let rdns: Vec<String> = name
        .iter_rdn()
        .map(|rdn| {
            rdn.iter()
                .map(|attr| {
                    format!(
                        "{}={}",
                        attr_short_name(attr),
                        escape_rfc4514(&attr_value_string(attr))
                    )
                })
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect();
    rdns.into_iter().rev().collect::<Vec<_>>().join(",")
}

fn attr_short_name(attr: &AttributeTypeAndValue<'_>) -> String {
    let oid = attr.attr_type().to_id_string();
    let short = match oid.as_str() {
        "2.5.4.3" => "CN",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "STREET",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.5" => "serialNumber",
        "2.5.4.97" => "organizationIdentifier",
        "0.9.2342.19200300.100.1.25" => "DC",
        "0.9.2342.19200300.100.1.1" => "UID",
        "1.2.840.113549.1.9.1" => "emailAddress",
        _ => return oid,
    };
    short.to_owned()
}

fn attr_value_string(attr: &AttributeTypeAndValue<'_>) -> String {
    if let Ok(s) = attr.as_str() {
        return s.to_owned();
    }
    let value = attr.attr_value();
    let data = value.data;
    match value.tag() {
        Tag::BmpString => {
            let units = data.chunks_exact(2).map(|p| {
                u16::from_be_bytes([
                    p.first().copied().unwrap_or(0),
                    p.get(1).copied().unwrap_or(0),
                ])
            });
            char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect()
        }
        Tag::UniversalString => data
            .chunks_exact(4)
            .map(|p| {
                let mut buf = [0u8; 4];
                buf.copy_from_slice(p);
                char::from_u32(u32::from_be_bytes(buf)).unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect(),
        Tag::T61String | Tag::VisibleString | Tag::GeneralString | Tag::GraphicString => {
            data.iter().map(|b| char::from(*b)).collect()
        }
        _ => format!("#{}", to_hex(data)),
    }
}

fn escape_rfc4514(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            '\0' => out.push_str("\\00"),
            _ => out.push(c),
        }
    }
    out
}

fn key_description(spki: &SubjectPublicKeyInfo<'_>) -> String {
    // DER contents of the named-curve OIDs.
    const P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
    const P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
    const P521: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x23];
    let alg = spki.algorithm.algorithm.to_id_string();
    match alg.as_str() {
        "1.2.840.113549.1.1.1" | "1.2.840.113549.1.1.10" => match spki.parsed() {
            Ok(PublicKey::RSA(rsa)) => format!("RSA {}", modulus_bits(rsa.modulus)),
            _ => "RSA".to_owned(),
        },
        "1.2.840.10045.2.1" => {
            let curve = spki.algorithm.parameters.as_ref().map(|p| p.data);
            match curve {
                Some(P256) => "ECC P-256".to_owned(),
                Some(P384) => "ECC P-384".to_owned(),
                Some(P521) => "ECC P-521".to_owned(),
                _ => "ECC".to_owned(),
            }
        }
        "1.3.101.112" => "Ed25519".to_owned(),
        "1.3.101.113" => "Ed448".to_owned(),
        "1.2.840.10040.4.1" => "DSA".to_owned(),
        _ => format!("unknown ({alg})"),
    }
}

fn modulus_bits(modulus: &[u8]) -> usize {
    let zeros = modulus.iter().take_while(|b| **b == 0).count();
    let m = modulus.get(zeros..).unwrap_or_default();
    match m.first() {
        Some(first) => m.len() * 8 - first.leading_zeros() as usize,
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    const G2_PEM: &str = include_str!("../../rules/ca/roots/DigiCert_Global_Root_G2.pem");
    const MS_RSA_PEM: &str =
        include_str!("../../rules/ca/roots/Microsoft_RSA_Root_Certificate_Authority_2017.pem");
    const MS_ECC_PEM: &str =
        include_str!("../../rules/ca/roots/Microsoft_ECC_Root_Certificate_Authority_2017.pem");
    const TWO_ROOTS_P7B: &[u8] = include_bytes!("../../tests/data/two-roots.p7b");
    const TWO_ROOTS_P7B_PEM: &str = include_str!("../../tests/data/two-roots.p7b.pem");
    /// `openssl crl2pkcs7 -nocrl -outform DER` with no certificate.
    const EMPTY_P7B: &[u8] = &[
        0x30, 0x23, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x16,
        0x30, 0x14, 0x02, 0x01, 0x01, 0x31, 0x00, 0x30, 0x0b, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
        0xf7, 0x0d, 0x01, 0x07, 0x01, 0x31, 0x00,
    ];
    const G2_SHA256: &str = "cb3ccbb76031e5e0138f8dd39a23f9de47ffc35e43c1144cea27d46a5ab1cb5f";
    const MS_RSA_SHA256: &str = "c741f70f4b2a8d88bf2e71c14122ef53ef10eba0cfa5e64cfa20f418853073e0";

    fn g2_der() -> Vec<u8> {
        let blocks = pem_blocks(G2_PEM);
        assert_eq!(blocks.len(), 1);
        blocks.into_iter().next().unwrap().der.unwrap()
    }

    /// Base64 lines of a PEM (without BEGIN/END).
    fn body_lines(pem: &str) -> Vec<&str> {
        pem.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("-----"))
            .collect()
    }

    fn prefixed(text: &str, prefix: &str) -> String {
        text.lines().fold(String::new(), |mut acc, l| {
            writeln!(acc, "{prefix}{l}").unwrap();
            acc
        })
    }

    fn only_sha256(text: &str) -> Vec<String> {
        pem_blocks(text)
            .into_iter()
            .map(|b| parse_der(&b.der.unwrap()).unwrap().sha256_hex)
            .collect()
    }

    #[test]
    fn facts_of_digicert_global_root_g2() {
        let f = parse_der(&g2_der()).unwrap();
        assert_eq!(
            f.subject,
            "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US"
        );
        assert_eq!(f.issuer, f.subject);
        assert_eq!(f.common_name.as_deref(), Some("DigiCert Global Root G2"));
        assert_eq!(f.serial_hex, "033af1e6a711a9a0bb2864b11d09fae5");
        assert_eq!(f.not_before, "2013-08-01");
        assert_eq!(f.not_after, "2038-01-15");
        assert_eq!(f.not_after_unix, 2_147_169_600);
        assert!(f.is_ca && f.self_signed);
        assert_eq!(f.key, "RSA 2048");
        assert_eq!(f.sha1_hex, "df3c24f9bfd666761b268073fe06d1cc8d4f82a4");
        assert_eq!(f.sha256_hex, G2_SHA256);
        assert_eq!(
            f.spki_sha256_b64,
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="
        );
        assert_eq!(
            f.spki_sha256_hex,
            "8bb593a93be1d0e8a822bb887c547890c3e706aad2dab76254f97fb36b82fc26"
        );
    }

    #[test]
    fn ecc_key_and_escaped_dn() {
        let der = pem_blocks(MS_ECC_PEM).remove(0).der.unwrap();
        let f = parse_der(&der).unwrap();
        assert_eq!(f.key, "ECC P-384");
        let g5 = include_str!("../../rules/ca/roots/DigiCert_TLS_ECC_P384_Root_G5.pem");
        let f = parse_der(&pem_blocks(g5).remove(0).der.unwrap()).unwrap();
        assert_eq!(
            f.subject,
            "CN=DigiCert TLS ECC P384 Root G5,O=DigiCert\\, Inc.,C=US"
        );
    }

    #[test]
    fn pem_crlf_indented_surrounded_multiple() {
        let crlf = G2_PEM.replace('\n', "\r\n");
        assert_eq!(only_sha256(&crlf), vec![G2_SHA256]);
        let indented = prefixed(G2_PEM, "        ");
        let yaml = format!("tls:\n  ca: |\n{indented}  verify: true\n");
        assert_eq!(only_sha256(&yaml), vec![G2_SHA256]);
        let text = format!("Some notes.\n{G2_PEM}and then\n\n{MS_RSA_PEM}\nthe end");
        let blocks = pem_blocks(&text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(only_sha256(&text), vec![G2_SHA256, MS_RSA_SHA256]);
        // Ranges cover exactly BEGIN..END.
        let first = &text[blocks[0].range.clone()];
        assert!(first.starts_with("-----BEGIN CERTIFICATE-----"));
        assert!(first.ends_with("-----END CERTIFICATE-----"));
        assert_eq!(blocks[0].label, "CERTIFICATE");
        // Comment-prefixed lines.
        let commented = prefixed(G2_PEM, "  // ");
        assert_eq!(only_sha256(&commented), vec![G2_SHA256]);
        let hashed = prefixed(G2_PEM, "# ");
        assert_eq!(only_sha256(&hashed), vec![G2_SHA256]);
    }

    #[test]
    fn pem_in_string_literals() {
        let lines = body_lines(G2_PEM);
        let begin = "-----BEGIN CERTIFICATE-----";
        let end = "-----END CERTIFICATE-----";
        let mut java = format!("String PEM = \"{begin}\\n\" +\n");
        for l in &lines {
            writeln!(java, "        \"{l}\\n\" +").unwrap();
        }
        writeln!(java, "        \"{end}\";").unwrap();
        let mut python = format!("CERT = (\n    '{begin}\\n'\n");
        for l in &lines {
            writeln!(python, "    '{l}\\n'  # line").unwrap();
        }
        writeln!(python, "    '{end}\\n'\n)").unwrap();
        let mut js = format!("const pem = '{begin}\\n' +\n");
        for l in &lines {
            writeln!(js, "  '{l}\\n' + // part").unwrap();
        }
        writeln!(js, "  '{end}';").unwrap();
        let mut go = format!("var pem = \"{begin}\\n\" +\n");
        for l in &lines {
            writeln!(go, "\t\"{l}\\n\" +").unwrap();
        }
        writeln!(go, "\t\"{end}\\n\"").unwrap();
        let mut lua = format!("local pem = \"{begin}\\n\" ..\n");
        for l in &lines {
            writeln!(lua, "  \"{l}\\n\" ..").unwrap();
        }
        writeln!(lua, "  \"{end}\"").unwrap();
        let mut rust = format!("const PEM: &str = \"{begin}\\n\\\n");
        for l in &lines {
            writeln!(rust, "    {l}\\n\\").unwrap();
        }
        writeln!(rust, "    {end}\";").unwrap();
        let json = format!(
            "{{\"ca\": \"{begin}\\n{}\\n{end}\\n\"}}",
            lines
                .join("\\n")
                .replace('/', "\\/")
                .replace('+', "\\u002B")
        );
        let csharp = format!("var pem = @\"{G2_PEM}\";");
        for (lang, src) in [
            ("java", &java),
            ("python", &python),
            ("js", &js),
            ("go", &go),
            ("lua", &lua),
            ("rust", &rust),
            ("json", &json),
            ("csharp", &csharp),
        ] {
            let blocks = pem_blocks(src);
            assert_eq!(blocks.len(), 1, "{lang}");
            let der = blocks[0]
                .der
                .clone()
                .unwrap_or_else(|e| panic!("{lang}: {e}\n{src}"));
            assert_eq!(parse_der(&der).unwrap().sha256_hex, G2_SHA256, "{lang}");
            assert!(src[blocks[0].range.clone()].ends_with(end), "{lang}");
        }
    }

    #[test]
    fn other_labels() {
        let key = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n-----END PUBLIC KEY-----\n";
        let blocks = pem_blocks(key);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].label, "PUBLIC KEY");
        let der = blocks[0].der.clone().unwrap();
        assert_eq!(der.len(), 91);
        assert_eq!(to_hex(&spki_sha256(&der)).len(), 64);
        let private = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        assert!(pem_blocks(private).is_empty());
        let err = parse_bundle(key.as_bytes()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "PEM block at byte 0 is a `PUBLIC KEY`, not a certificate"
        );
        // PKCS#1 wrapping yields a well-formed SPKI.
        let spki = spki_from_rsa_public_key(&[0x30, 0x03, 0x02, 0x01, 0x03]);
        assert_eq!(spki[0], 0x30);
        assert_eq!(usize::from(spki[1]), spki.len() - 2);
    }

    #[test]
    fn pem_errors() {
        let bad = G2_PEM.replacen("MIID", "MI.D", 1);
        let blocks = pem_blocks(&bad);
        let offset = bad.find("MI.D").unwrap() + 2;
        assert_eq!(
            blocks[0].der.clone().unwrap_err().to_string(),
            format!("invalid base64 in PEM block at byte {offset}")
        );
        let unterminated = "x -----BEGIN CERTIFICATE-----\nMIIB\n";
        let blocks = pem_blocks(unterminated);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].range, 2..29);
        assert!(matches!(
            blocks[0].der,
            Err(CertError::Unterminated { offset: 2, .. })
        ));
        let mismatch = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END PKCS7-----\n";
        assert!(matches!(
            pem_blocks(mismatch)[0].der,
            Err(CertError::LabelMismatch { .. })
        ));
        let empty = "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n";
        assert!(matches!(
            pem_blocks(empty)[0].der,
            Err(CertError::EmptyPem { offset: 0 })
        ));
        let short = "-----BEGIN CERTIFICATE-----\nMIIBB\n-----END CERTIFICATE-----\n";
        assert!(matches!(
            pem_blocks(short)[0].der,
            Err(CertError::Base64Length { .. })
        ));
        assert!(parse_bundle(bad.as_bytes()).is_err());
        assert!(pem_blocks("-----BEGIN ").is_empty());
        assert!(pem_blocks("-----BEGIN CERTIFICATE----").is_empty());
        assert!(pem_blocks("-----BEGIN CERTIFICATE-----\"\\").len() == 1);
    }

    #[test]
    fn bundle_pem_with_one_bad_block() {
        let bad = "-----BEGIN CERTIFICATE-----\nMIIBAAAA\n-----END CERTIFICATE-----\n";
        let text = format!("{G2_PEM}{bad}{MS_RSA_PEM}");
        let (certs, errors) = parse_bundle(text.as_bytes()).unwrap();
        assert_eq!(certs.len(), 2);
        assert_eq!(errors.len(), 1);
        assert!(parse_bundle(bad.as_bytes()).is_err());
    }

    #[test]
    fn der_and_concatenated_der() {
        let der = g2_der();
        let (certs, errors) = parse_bundle(&der).unwrap();
        assert_eq!((certs.len(), errors.len()), (1, 0));
        let mut two = der.clone();
        two.extend(pem_blocks(MS_RSA_PEM).remove(0).der.unwrap());
        let (certs, _) = parse_bundle(&two).unwrap();
        assert_eq!(certs[1].sha256_hex, MS_RSA_SHA256);
        // Bare base64 without armour.
        let b64 = body_lines(G2_PEM).join("\n");
        assert_eq!(
            parse_bundle(b64.as_bytes()).unwrap().0[0].sha256_hex,
            G2_SHA256
        );
    }

    #[test]
    fn pkcs7_bundles() {
        for input in [TWO_ROOTS_P7B, TWO_ROOTS_P7B_PEM.as_bytes()] {
            let (certs, errors) = parse_bundle(input).unwrap();
            assert!(errors.is_empty());
            let mut got: Vec<_> = certs.iter().map(|c| c.sha256_hex.as_str()).collect();
            got.sort_unstable();
            assert_eq!(got, vec![MS_RSA_SHA256, G2_SHA256]);
        }
        assert_eq!(pem_blocks(TWO_ROOTS_P7B_PEM)[0].label, "PKCS7");
        let err = parse_bundle(EMPTY_P7B).unwrap_err();
        assert_eq!(
            err.to_string(),
            "not a certificate (PKCS#7 without certificates)"
        );
        assert!(matches!(
            parse_der(TWO_ROOTS_P7B),
            Err(CertError::NotCertificate(_))
        ));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let der = g2_der();
        assert_eq!(parse_der(&der[..der.len() - 1]), Err(CertError::Truncated));
        assert_eq!(
            parse_bundle(&der[..100]).unwrap_err().to_string(),
            "DER certificate truncated"
        );
        assert!(parse_der(&[]).is_err());
        assert!(parse_bundle(&[]).is_err());
        assert!(parse_bundle(b"hello world").is_err());
        assert!(parse_bundle(&[0xff; 300]).is_err());
        assert!(parse_bundle(&TWO_ROOTS_P7B[..TWO_ROOTS_P7B.len() / 2]).is_err());
        assert!(parse_der(&[0x30, 0x80, 0x00, 0x00]).is_err());
        assert!(parse_der(&[0x30, 0x85, 1, 2, 3, 4, 5]).is_err());
        assert!(parse_der(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_err());
    }

    /// Tiny deterministic PRNG (xorshift) for the fuzz-style loops.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn mutations_never_panic() {
        let der = g2_der();
        for n in 0..der.len() {
            let _ = parse_der(&der[..n]);
            let _ = parse_bundle(&der[..n]);
            let _ = parse_bundle(&der[n..]);
        }
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..2000 {
            let mut m = der.clone();
            for _ in 0..=xorshift(&mut state) % 4 {
                let i = usize::try_from(xorshift(&mut state) % m.len() as u64).unwrap();
                m[i] ^= 1 << (xorshift(&mut state) % 8);
            }
            let _ = parse_der(&m);
            let _ = parse_bundle(&m);
        }
        for n in 0..TWO_ROOTS_P7B.len() {
            let _ = parse_bundle(&TWO_ROOTS_P7B[..n]);
        }
        for len in [0usize, 1, 2, 7, 64, 500] {
            let random: Vec<u8> = (0..len)
                .map(|_| xorshift(&mut state).to_le_bytes()[0])
                .collect();
            let _ = parse_bundle(&random);
            let _ = parse_der(&random);
        }
        // PEM text truncated at every char boundary.
        let text = format!("x = \"{}\"", G2_PEM.replace('\n', "\\n"));
        for (i, _) in text.char_indices() {
            let _ = pem_blocks(&text[..i]);
            let _ = parse_bundle(&text.as_bytes()[..i]);
        }
    }

    #[test]
    fn code_that_handles_pem_is_not_a_certificate() {
        let java = r#"String b64 = pem.replace("-----BEGIN CERTIFICATE-----", "")
            .replace("-----END CERTIFICATE-----", "");"#;
        let blocks = pem_blocks(java);
        assert_eq!(blocks.len(), 1);
        assert!(matches!(blocks[0].der, Err(CertError::EmptyPem { .. })));
        let go = "s := \"-----BEGIN CERTIFICATE-----\\n\" + b64 + \"\\n-----END CERTIFICATE-----\"";
        assert!(matches!(
            pem_blocks(go)[0].der,
            Err(CertError::EmptyPem { .. })
        ));
        // A private key between two certificates is skipped, not reported.
        let key = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n";
        let text = format!("{G2_PEM}{key}{MS_RSA_PEM}");
        assert_eq!(only_sha256(&text), vec![G2_SHA256, MS_RSA_SHA256]);
    }

    #[test]
    fn many_unterminated_blocks_stay_fast() {
        let text = "-----BEGIN CERTIFICATE-----\nMIIB /* x\n".repeat(20_000);
        let start = std::time::Instant::now();
        let blocks = pem_blocks(&text);
        assert_eq!(blocks.len(), 20_000);
        assert!(start.elapsed().as_secs() < 5);
        let literal = "\"-----BEGIN CERTIFICATE-----\" /* /* /* ".repeat(20_000)
            + "-----END CERTIFICATE-----";
        assert_eq!(pem_blocks(&literal).len(), 20_000);
    }

    #[test]
    fn dates_and_escapes() {
        assert_eq!(escape_rfc4514(" a,b+c "), "\\ a\\,b\\+c\\ ");
        assert_eq!(modulus_bits(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(der_length(0x7f), vec![0x7f]);
        assert_eq!(der_length(0x100), vec![0x82, 0x01, 0x00]);
    }
}
