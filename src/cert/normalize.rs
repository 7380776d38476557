//! Canonical forms for textual certificate facts: turns the many spellings of a thumbprint
//! or SPKI pin (hex with separators, `0x` byte arrays, base64 in either alphabet, `sha256/`
//! prefixes), of a serial number (hex or decimal) and of a distinguished name (RFC 4514 or
//! OpenSSL slash form) into comparable values. Pure functions, no allocation-heavy state,
//! never panics.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_PAD_INDIFFERENT, URL_SAFE_PAD_INDIFFERENT};

/// Longest text `decode_value` and `normalize_serial` look at; longer values are not pins.
const MAX_VALUE_LEN: usize = 4096;

/// Every byte-string a textual value could denote: hex in any case with `:`, `-`, space or `,`
/// separators, `0x` prefixes (also `0xDF, 0x3C, ...` byte-array spelling), base64 standard or
/// URL-safe with or without padding, with `sha256/`, `sha1/`, `pin-sha256=` prefixes and surrounding
/// quotes stripped. Never panics; empty vec when nothing decodes.
#[must_use]
pub fn decode_value(text: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    if text.len() > MAX_VALUE_LEN {
        return out;
    }
    let value = strip_wrapping(text);
    if value.is_empty() {
        return out;
    }
    let mut push = |bytes: Vec<u8>| {
        if !bytes.is_empty() && !out.contains(&bytes) {
            out.push(bytes);
        }
    };
    if let Some(bytes) = decode_byte_list(value) {
        push(bytes);
    }
    if let Some(bytes) = decode_hex_loose(value) {
        push(bytes);
    }
    if is_base64_candidate(value) {
        for engine in [&STANDARD_PAD_INDIFFERENT, &URL_SAFE_PAD_INDIFFERENT] {
            if let Ok(bytes) = engine.decode(value) {
                push(bytes);
            }
        }
    }
    out
}

/// Lowercase hex of `bytes`, no separators.
#[must_use]
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

/// A serial number in any common spelling -> lowercase hex with leading zeros stripped (`"0"` for
/// zero). Hex is recognised by a `0x` prefix, `:`/space/`-` separators, a leading zero or any
/// `a-f` digit; other all-digit text is read as a decimal big integer (Java/.NET `BigInteger`
/// spelling). `None` when the text is not a number.
#[must_use]
pub fn normalize_serial(text: &str) -> Option<String> {
    let (digits, radix) = serial_digits(text)?;
    match radix {
        Radix::Hex => Some(strip_hex_zeros(&digits)),
        Radix::Decimal => decimal_to_hex(&digits),
    }
}

/// Both readings of a serial: `[hex]` when the spelling is clearly hex, `[decimal, hex]` when it is
/// all decimal digits (the catalog decides which one exists).
pub(super) fn serial_candidates(text: &str) -> Vec<String> {
    let Some((digits, radix)) = serial_digits(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if radix == Radix::Decimal
        && let Some(hex) = decimal_to_hex(&digits)
    {
        out.push(hex);
    }
    let hex = strip_hex_zeros(&digits);
    if !out.contains(&hex) {
        out.push(hex);
    }
    out
}

/// The hex digits of a hex-spelled serial exactly as written (lowercase, leading zeros kept),
/// e.g. `020000b9` for openssl's `020000B9`; `None` for decimal or non-numeric text.
pub(super) fn serial_as_written(text: &str) -> Option<String> {
    match serial_digits(text)? {
        (digits, Radix::Hex) => Some(digits),
        (_, Radix::Decimal) => None,
    }
}

/// Case-insensitive, spacing-insensitive comparable form of a distinguished name. Accepts RFC
/// 4514 (`CN=..,O=..,C=..`, also with `, ` or `;` separators), OpenSSL's `/C=US/O=../CN=..` and
/// the forward `C = US, O = .., CN = ..` display form: attributes are compared as a set, so the
/// RDN order does not matter. Attribute names are lowercased and aliases unified (`E`/`emailAddress`,
/// `S`/`ST`); values are unescaped, lowercased and whitespace-collapsed.
#[must_use]
pub fn normalize_dn(text: &str) -> String {
    let mut attrs: Vec<String> = dn_attributes(text)
        .into_iter()
        .map(|(k, v)| format!("{k}={}", v.replace('\\', "\\\\").replace(',', "\\,")))
        .collect();
    attrs.sort();
    attrs.join(",")
}

/// The most specific common name in a DN (either spelling), lowercased and whitespace-collapsed.
pub(super) fn dn_common_name(text: &str) -> Option<String> {
    let attrs = dn_attributes(text);
    // In RFC 4514 order the first CN is the most specific; in slash order the last one.
    let slash = text.trim_start().starts_with('/');
    let mut cns = attrs.into_iter().filter(|(k, _)| k == "cn").map(|(_, v)| v);
    if slash { cns.next_back() } else { cns.next() }
}

/// Lowercase, trim and collapse internal whitespace runs to one space.
pub(super) fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `(type, value)` pairs of a DN, in text order, types canonicalised, values folded.
fn dn_attributes(text: &str) -> Vec<(String, String)> {
    let text = text.trim();
    let slash = text.starts_with('/');
    let parts = if slash {
        split_unescaped(text, &['/', '+'])
    } else {
        split_unescaped(text, &[',', ';', '+'])
    };
    let mut out = Vec::new();
    for part in parts {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let Some((key, value)) = part.split_once('=') else {
            // "O=DigiCert, Inc." written without the escape: glue the piece back to the last value.
            if let Some((_, last)) = out.last_mut() {
                let last: &mut String = last;
                last.push(',');
                last.push_str(&fold(&unescape_dn_value(part)));
            }
            continue;
        };
        let key = canonical_attr(key.trim());
        let value = fold(&unescape_dn_value(value.trim()));
        out.push((key, value));
    }
    // The ", " glue above inserted "," without the space the source had; fold again uniformly.
    for (_, v) in &mut out {
        *v = fold(&v.replace(',', ", ")).replace(" ,", ",");
    }
    out
}

fn canonical_attr(key: &str) -> String {
    let lower = key.to_ascii_lowercase();
    match lower.as_str() {
        "commonname" | "2.5.4.3" => "cn".to_owned(),
        "e" | "email" | "emailaddress" | "1.2.840.113549.1.9.1" => "email".to_owned(),
        "s" | "st" | "stateorprovincename" | "2.5.4.8" => "st".to_owned(),
        "organizationname" | "2.5.4.10" => "o".to_owned(),
        "organizationalunitname" | "2.5.4.11" => "ou".to_owned(),
        "countryname" | "2.5.4.6" => "c".to_owned(),
        "localityname" | "2.5.4.7" => "l".to_owned(),
        "streetaddress" | "2.5.4.9" => "street".to_owned(),
        _ => lower,
    }
}

/// Split on any of `seps` not preceded by a backslash escape and not inside double quotes.
fn split_unescaped<'a>(text: &'a str, seps: &[char]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if !quoted && seps.contains(&c) {
            parts.push(text.get(start..i).unwrap_or_default());
            start = i + c.len_utf8();
        }
    }
    parts.push(text.get(start..).unwrap_or_default());
    parts
}

/// RFC 4514 value unescaping: `\,` -> `,`, `\2C` -> `,`; surrounding double quotes removed.
fn unescape_dn_value(value: &str) -> String {
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(value);
    let mut out: Vec<u8> = Vec::with_capacity(value.len());
    let bytes = value.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'\\' {
            let h = bytes.get(i + 1).copied().and_then(hex_val);
            let l = bytes.get(i + 2).copied().and_then(hex_val);
            if let (Some(h), Some(l)) = (h, l) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
            if let Some(&next) = bytes.get(i + 1) {
                out.push(next);
                i += 2;
                continue;
            }
            i += 1;
            continue;
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Remove quotes, whitespace, trailing `,`/`;` and the pin prefixes around a value.
fn strip_wrapping(text: &str) -> &str {
    const PREFIXES: [&str; 8] = [
        "pin-sha256=",
        "pin-sha1=",
        "sha256/",
        "sha1/",
        "sha256:",
        "sha1:",
        "sha256=",
        "sha1=",
    ];
    let mut s = text;
    loop {
        let before = s.len();
        s = s.trim().trim_end_matches([',', ';']).trim();
        for q in ['"', '\'', '`'] {
            if let Some(inner) = s.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
                s = inner;
            }
        }
        for p in PREFIXES {
            if let Some(head) = s.get(..p.len())
                && head.eq_ignore_ascii_case(p)
            {
                s = s.get(p.len()..).unwrap_or_default();
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// Hex with separators: `DF:3C:..`, `df 3c ..`, `0xDF3C..`, `df-3c-..`. Even digit count, or odd
/// for a single `0x` number (left-padded).
fn decode_hex_loose(value: &str) -> Option<Vec<u8>> {
    let v = value
        .trim_start_matches(['{', '['])
        .trim_end_matches(['}', ']']);
    let single_0x = v.len() > 2 && v.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("0x"));
    let mut digits = String::with_capacity(v.len());
    let bytes = v.as_bytes();
    let mut i = 0;
    // Digits in the current separator-delimited group; separated groups must be whole bytes.
    let mut group = 0usize;
    let mut separated = false;
    while let Some(&b) = bytes.get(i) {
        if group == 0 && b == b'0' && matches!(bytes.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
            continue;
        }
        match b {
            b':' | b'-' | b' ' | b',' | b'\t' => {
                if group % 2 == 1 {
                    return None;
                }
                separated |= group > 0;
                group = 0;
            }
            _ if b.is_ascii_hexdigit() => {
                digits.push(char::from(b));
                group += 1;
            }
            _ => return None,
        }
        i += 1;
    }
    if separated && group % 2 == 1 {
        return None;
    }
    if digits.is_empty() {
        return None;
    }
    if digits.len() % 2 == 1 {
        if !single_0x {
            return None;
        }
        digits.insert(0, '0');
    }
    hex_decode(&digits)
}

/// Byte-array spelling: `0xDF, 0x3C, 0x2, ...` (one or two hex digits per element, optional
/// `(byte)` casts) or signed/unsigned decimal lists `-33, 60, ...` of at least 16 elements.
fn decode_byte_list(value: &str) -> Option<Vec<u8>> {
    let v = value
        .trim_start_matches(['{', '['])
        .trim_end_matches(['}', ']'])
        .replace("(byte)", "");
    let items: Vec<&str> = v
        .split([',', ' ', '\t', '\n'])
        .filter(|s| !s.is_empty())
        .collect();
    if items.len() < 2 {
        return None;
    }
    let all_0x = items
        .iter()
        .all(|s| s.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("0x")));
    let mut out = Vec::with_capacity(items.len());
    if all_0x {
        for item in items {
            let digits = item.get(2..)?;
            if digits.is_empty() || digits.len() > 2 {
                return None;
            }
            out.push(u8::from_str_radix(digits, 16).ok()?);
        }
        return Some(out);
    }
    if items.len() < 16 || !v.contains(',') {
        return None;
    }
    for item in items {
        let n: i16 = item.parse().ok()?;
        let b = if n < 0 {
            u8::try_from(n + 256).ok()?
        } else {
            u8::try_from(n).ok()?
        };
        if n < -128 {
            return None;
        }
        out.push(b);
    }
    Some(out)
}

fn is_base64_candidate(value: &str) -> bool {
    let body = value.trim_end_matches('=');
    value.len() - body.len() <= 2
        && body.len() >= 4
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_'))
}

/// Strict even-length hex decode.
pub(super) fn hex_decode(hex: &str) -> Option<Vec<u8>> {
    let bytes = hex.as_bytes();
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    bytes
        .chunks_exact(2)
        .map(|pair| match pair {
            [h, l] => Some(hex_val(*h)? << 4 | hex_val(*l)?),
            _ => None,
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Radix {
    Hex,
    Decimal,
}

/// Clean digits of a serial spelling and the radix it is written in.
fn serial_digits(text: &str) -> Option<(String, Radix)> {
    if text.len() > MAX_VALUE_LEN {
        return None;
    }
    let s = strip_wrapping(text);
    let (s, prefixed) = match s.get(..2) {
        Some(p) if p.eq_ignore_ascii_case("0x") => (s.get(2..).unwrap_or_default(), true),
        _ => (s, false),
    };
    let mut digits = String::with_capacity(s.len());
    let mut separated = false;
    for c in s.chars() {
        match c {
            ':' | ' ' | '-' => separated = true,
            _ if c.is_ascii_hexdigit() => digits.push(c.to_ascii_lowercase()),
            _ => return None,
        }
    }
    if digits.is_empty() {
        return None;
    }
    let all_decimal = digits.bytes().all(|b| b.is_ascii_digit());
    let radix = if prefixed || separated || !all_decimal || digits.starts_with('0') {
        Radix::Hex
    } else {
        Radix::Decimal
    };
    Some((digits, radix))
}

fn strip_hex_zeros(digits: &str) -> String {
    let t = digits.trim_start_matches('0');
    if t.is_empty() {
        "0".to_owned()
    } else {
        t.to_owned()
    }
}

/// Decimal digit string -> lowercase hex (no leading zeros). `None` for overly long input.
fn decimal_to_hex(digits: &str) -> Option<String> {
    if digits.len() > 200 {
        return None;
    }
    // Big-endian base-256 accumulator.
    let mut acc: Vec<u8> = vec![0];
    for b in digits.bytes() {
        let mut carry = u32::from(b.checked_sub(b'0').filter(|d| *d < 10)?);
        for byte in acc.iter_mut().rev() {
            let v = u32::from(*byte) * 10 + carry;
            *byte = u8::try_from(v & 0xff).ok()?;
            carry = v >> 8;
        }
        while carry > 0 {
            acc.insert(0, u8::try_from(carry & 0xff).ok()?);
            carry >>= 8;
        }
    }
    Some(strip_hex_zeros(&to_hex(&acc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const G2_SHA1: &str = "df3c24f9bfd666761b268073fe06d1cc8d4f82a4";

    fn hexes(text: &str) -> Vec<String> {
        decode_value(text).iter().map(|b| to_hex(b)).collect()
    }

    #[test]
    fn hex_spellings() {
        for t in [
            "DF:3C:24:F9:BF:D6:66:76:1B:26:80:73:FE:06:D1:CC:8D:4F:82:A4",
            "df:3c:24:f9:bf:d6:66:76:1b:26:80:73:fe:06:d1:cc:8d:4f:82:a4",
            "DF 3C 24 F9 BF D6 66 76 1B 26 80 73 FE 06 D1 CC 8D 4F 82 A4",
            "df-3c-24-f9-bf-d6-66-76-1b-26-80-73-fe-06-d1-cc-8d-4f-82-a4",
            "0xDF3C24F9BFD666761B268073FE06D1CC8D4F82A4",
            "\"DF3C24F9BFD666761B268073FE06D1CC8D4F82A4\"",
            "sha1/DF3C24F9BFD666761B268073FE06D1CC8D4F82A4",
            "0xDF, 0x3C, 0x24, 0xF9, 0xBF, 0xD6, 0x66, 0x76, 0x1B, 0x26, 0x80, 0x73, 0xFE, 0x06, 0xD1, 0xCC, 0x8D, 0x4F, 0x82, 0xA4",
            "{ (byte)0xDF, (byte)0x3C, (byte)0x24, (byte)0xF9, (byte)0xBF, (byte)0xD6, (byte)0x66, (byte)0x76, (byte)0x1B, (byte)0x26, (byte)0x80, (byte)0x73, (byte)0xFE, (byte)0x06, (byte)0xD1, (byte)0xCC, (byte)0x8D, (byte)0x4F, (byte)0x82, (byte)0xA4 }",
        ] {
            assert!(
                hexes(t).contains(&G2_SHA1.to_owned()),
                "{t}: {:?}",
                hexes(t)
            );
        }
    }

    #[test]
    fn short_byte_array_elements() {
        assert_eq!(hexes("0x1, 0x2, 0xff"), vec!["0102ff"]);
        let signed = "-33, 60, 36, -7, -65, -42, 102, 118, 27, 38, -128, 115, -2, 6, -47, -52, -115, 79, -126, -92";
        assert!(hexes(signed).contains(&G2_SHA1.to_owned()));
    }

    #[test]
    fn base64_spellings() {
        let want = "8bb593a93be1d0e8a822bb887c547890c3e706aad2dab76254f97fb36b82fc26".to_owned();
        for t in [
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=",
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY",
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl_s2uC_CY=",
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl_s2uC_CY",
            "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=",
            "pin-sha256=\"i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=\"",
            "'SHA256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=';",
        ] {
            assert!(hexes(t).contains(&want), "{t}");
        }
    }

    #[test]
    fn junk_decodes_to_nothing() {
        for t in [
            "",
            "   ",
            "\"\"",
            "hello world!",
            "sha256/",
            "0x",
            "::",
            "\u{1F600}",
        ] {
            assert!(decode_value(t).is_empty(), "{t:?}");
        }
        assert!(decode_value(&"a".repeat(MAX_VALUE_LEN + 1)).is_empty());
    }

    #[test]
    fn hex_helpers() {
        assert_eq!(to_hex(&[0, 0xab, 0x10]), "00ab10");
        assert_eq!(hex_decode("00AB10"), Some(vec![0, 0xab, 0x10]));
        assert_eq!(hex_decode("0"), None);
        assert_eq!(hex_decode("zz"), None);
    }

    #[test]
    fn serials() {
        let g2 = Some("33af1e6a711a9a0bb2864b11d09fae5".to_owned());
        assert_eq!(normalize_serial("033af1e6a711a9a0bb2864b11d09fae5"), g2);
        assert_eq!(normalize_serial("0x33AF1E6A711A9A0BB2864B11D09FAE5"), g2);
        assert_eq!(
            normalize_serial("03:3a:f1:e6:a7:11:a9:a0:bb:28:64:b1:1d:09:fa:e5"),
            g2
        );
        // Decimal (Java BigInteger) spelling of the same serial.
        assert_eq!(
            normalize_serial("4293743540046975378534879503202253541"),
            g2
        );
        assert_eq!(normalize_serial("0x20000b9"), Some("20000b9".to_owned()));
        assert_eq!(normalize_serial("020000B9"), Some("20000b9".to_owned()));
        assert_eq!(normalize_serial("255"), Some("ff".to_owned()));
        assert_eq!(normalize_serial("0"), Some("0".to_owned()));
        assert_eq!(normalize_serial("xyz"), None);
        assert_eq!(normalize_serial(""), None);
        assert_eq!(serial_candidates("12345678"), vec!["bc614e", "12345678"]);
        assert_eq!(serial_candidates("0x12345678"), vec!["12345678"]);
        assert_eq!(
            serial_as_written("02:00:00:B9").as_deref(),
            Some("020000b9")
        );
        assert_eq!(serial_as_written("255"), None);
    }

    #[test]
    fn random_text_never_panics() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let alphabet = "0123456789abcdefABCDEF:xX-_/+=, \\\"'/=+;#%.\u{e9}\u{1F600}CN=O";
        let chars: Vec<char> = alphabet.chars().collect();
        for len in 0..200 {
            let s: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    chars[usize::try_from(state % chars.len() as u64).unwrap()]
                })
                .collect();
            let _ = decode_value(&s);
            let _ = normalize_serial(&s);
            let _ = serial_candidates(&s);
            let _ = normalize_dn(&s);
            let _ = dn_common_name(&s);
        }
    }

    #[test]
    fn dns() {
        let rfc = "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US";
        let want = normalize_dn(rfc);
        for t in [
            "/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert Global Root G2",
            "CN=DigiCert Global Root G2, OU=www.digicert.com, O=DigiCert Inc, C=US",
            "C = US, O = DigiCert Inc, OU = www.digicert.com, CN = DigiCert Global Root G2",
            "cn=digicert  global root g2; ou=WWW.DIGICERT.COM; o=digicert inc; c=us",
        ] {
            assert_eq!(normalize_dn(t), want, "{t}");
        }
        assert_ne!(
            normalize_dn("CN=DigiCert Global Root G3,OU=www.digicert.com,O=DigiCert Inc,C=US"),
            want
        );
        let escaped = "CN=DigiCert TLS ECC P384 Root G5,O=DigiCert\\, Inc.,C=US";
        assert_eq!(
            normalize_dn(escaped),
            normalize_dn("/C=US/O=DigiCert, Inc./CN=DigiCert TLS ECC P384 Root G5")
        );
        assert_eq!(
            normalize_dn(escaped),
            normalize_dn("CN=DigiCert TLS ECC P384 Root G5, O=\"DigiCert, Inc.\", C=US")
        );
        assert_eq!(dn_common_name("/C=US/O=X/CN=Y Z").as_deref(), Some("y z"));
        assert_eq!(
            dn_common_name(rfc).as_deref(),
            Some("digicert global root g2")
        );
        assert_eq!(normalize_dn(""), "");
        let _ = normalize_dn("\\");
        let _ = normalize_dn("=\\2");
    }
}
