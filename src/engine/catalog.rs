//! The catalog engine: literal values that ARE an Azure CA's SHA-1/SHA-256 thumbprint or
//! SPKI hash, or the SPKI hash of a public root in Mozilla's store, in any spelling (hex
//! with or without separators, byte arrays, base64), are reported wherever they appear,
//! context or not. The prefilter learns the first bytes of
//! every catalog digest in each spelling, so a file without one is never searched.

use std::sync::OnceLock;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};
use regex::Regex;

use super::{Engine, EngineOut, FileCtx};
use crate::Settings;
use crate::cert::Catalog;
use crate::cert::normalize::decode_value;
use crate::finding::Candidate;
use crate::rules::Engine as EngineKind;

/// Runs the catalog rules. A literal that an earlier engine already reports is not
/// reported twice.
#[derive(Debug)]
pub struct CatalogEngine {
    rules: Vec<usize>,
}

impl CatalogEngine {
    pub fn new(settings: &Settings) -> CatalogEngine {
        CatalogEngine {
            rules: settings
                .rules
                .rules()
                .iter()
                .enumerate()
                .filter(|(_, r)| r.engine() == EngineKind::Catalog)
                .map(|(i, _)| i)
                .collect(),
        }
    }
}

impl Engine for CatalogEngine {
    fn run(&self, file: &FileCtx<'_>, out: &mut EngineOut) {
        for &i in &self.rules {
            if !file.hits[i] {
                continue;
            }
            let t = std::time::Instant::now();
            let before = out.candidates.len();
            run(i, &file.settings.catalog, file.text, &mut out.candidates);
            let (others, mine) = out.candidates.split_at(before);
            let keep: Vec<Candidate> = mine
                .iter()
                .filter(|c| !others.iter().any(|o| o.start < c.end && c.start < o.end))
                .cloned()
                .collect();
            out.candidates.truncate(before);
            out.candidates.extend(keep);
            out.timings
                .rule(&file.settings.rules.get(i).id, t.elapsed());
        }
    }
}

/// Prefilter keywords: the first four bytes of every catalog digest (SHA-1, SHA-256, SPKI)
/// as plain, `:`, space and `-` separated hex and as a `0x..` byte list, and the first ten
/// characters of its base64 (standard and URL-safe).
pub fn keywords(catalog: &Catalog) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |bytes: &[u8]| {
        let head: Vec<String> = bytes.iter().take(4).map(|b| format!("{b:02x}")).collect();
        out.push(head.concat());
        for sep in [":", " ", "-"] {
            out.push(head.join(sep));
        }
        out.push(format!("0x{}, 0x{}", head[0], head[1]));
        out.push(format!("0x{},0x{}", head[0], head[1]));
        for b64 in [STANDARD.encode(bytes), URL_SAFE.encode(bytes)] {
            out.push(b64.chars().take(10).collect());
        }
    };
    for ca in catalog.cas() {
        for hex in [&ca.sha1, &ca.sha256, &ca.spki_sha256_hex]
            .into_iter()
            .flatten()
        {
            if let Some(bytes) = decode_hex(hex) {
                add(&bytes);
            }
        }
    }
    // The SPKI hashes of the public roots: a pin on a public root needs no keyword.
    for digest in crate::cert::public::spki_digests() {
        add(digest);
    }
    out.sort();
    out.dedup();
    out
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) || hex.len() < 8 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Literal tokens that could spell a 20- or 32-byte digest.
fn token_regex() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?ix)
              (?:\(byte\)\s*)?0x[0-9a-f]{2}(?:\s*,\s*(?:\(byte\)\s*)?0x[0-9a-f]{2}){19,31}
            | \b[0-9a-f]{2}(?:[:\ -][0-9a-f]{2}){19,31}\b
            | \b(?:0x)?[0-9a-f]{40,64}\b
            | [a-z0-9+/_-]{27,43}={0,2}",
        )
        .ok()
    })
    .as_ref()
}

/// Append a candidate for `rule` for every literal in `text` that resolves to a catalog CA.
pub fn run(rule: usize, catalog: &Catalog, text: &str, out: &mut Vec<Candidate>) {
    let Some(re) = token_regex() else { return };
    for m in re.find_iter(text) {
        let token = m.as_str();
        let hit = decode_value(token)
            .iter()
            .filter(|b| b.len() == 20 || b.len() == 32)
            .any(|b| {
                !catalog.lookup_digest(b).is_empty() || crate::cert::public::is_public_spki(b)
            });
        if hit {
            out.push(Candidate::new(
                rule,
                m.start(),
                m.end(),
                Some(token.to_owned()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_cover_every_spelling_of_g2() {
        let kw = keywords(Catalog::builtin());
        for k in [
            "df3c24f9",
            "df:3c:24:f9",
            "df 3c 24 f9",
            "0xdf, 0x3c",
            "i7WTqTvh0O",
        ] {
            assert!(kw.iter().any(|x| x == k), "{k}");
        }
    }

    #[test]
    fn finds_catalog_values_in_any_spelling_and_nothing_else() {
        let cat = Catalog::builtin();
        let text = "a = {0xDF, 0x3C, 0x24, 0xF9, 0xBF, 0xD6, 0x66, 0x76, 0x1B, 0x26, 0x80, 0x73, 0xFE, 0x06, 0xD1, 0xCC, 0x8D, 0x4F, 0x82, 0xA4};\n\
                    b = \"CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F\"\n\
                    c = 'i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl_s2uC_CY'\n\
                    d = 'df3c24f9bfd666761b268073fe06d1cc8d4f82a5'\n";
        let mut out = Vec::new();
        run(0, cat, text, &mut out);
        let values: Vec<&str> = out.iter().filter_map(|c| c.value.as_deref()).collect();
        assert_eq!(values.len(), 3, "{values:?}");
        assert!(values[0].starts_with("0xDF"));
        assert!(values[1].starts_with("CB3C"));
        assert!(values[2].starts_with("i7WT"));
    }
}
