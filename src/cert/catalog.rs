//! The CA catalog: the built-in Azure root/intermediate CA list (`rules/ca/catalog.toml`,
//! embedded at compile time and parsed once), user bundles added on top, and one set of
//! lookup tables over it (thumbprints, SPKI pins, serials, DNs, common names, file names) that
//! resolve any textual pin value or parsed certificate to the catalog entries it denotes.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::normalize::{
    decode_value, dn_common_name, fold, hex_decode, normalize_dn, serial_as_written,
    serial_candidates,
};
use super::parse::{CertError, CertFacts, parse_bundle};

const BUILTIN_TOML: &str = include_str!("../../rules/ca/catalog.toml");

/// A catalog older than this (in days, against the scan date) gets a warning.
pub const MAX_CATALOG_AGE_DAYS: i64 = 180;
/// Serial lookups need this many significant hex digits, so `1` or `2020` never match a CA.
const MIN_SERIAL_DIGITS: usize = 8;

/// Place of a CA in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Root,
    Intermediate,
}

/// Lifecycle state of a CA as of the catalog version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In Microsoft's current list.
    Active,
    /// Listed but being replaced.
    Retiring,
    /// Removed from Microsoft's list, not yet expired.
    Retired,
    /// Past `not_after`.
    Expired,
}

/// Which fact of a catalog entry a value matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchBy {
    Sha1,
    Sha256,
    Spki,
    Serial,
    SubjectDn,
    CommonName,
    FileName,
    /// A parsed certificate identical to the catalog's (same SHA-256 or SHA-1 of the DER).
    Certificate,
}

/// One CA certificate issuance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaEntry {
    pub name: String,
    pub role: Role,
    /// RFC 4514, most specific RDN first.
    pub subject: String,
    pub issuer: String,
    /// Lowercase hex as openssl prints it.
    pub serial: String,
    #[serde(default)]
    pub sha1: Option<String>,
    #[serde(default)]
    pub sha256: Option<String>,
    #[serde(default)]
    pub spki_sha256_hex: Option<String>,
    #[serde(default)]
    pub spki_sha256_b64: Option<String>,
    #[serde(default)]
    pub not_before: Option<String>,
    #[serde(default)]
    pub not_after: Option<String>,
    /// `RSA 2048`, `ECC P-384`, ...; `None` when no certificate was available.
    #[serde(default)]
    pub key: Option<String>,
    pub status: Status,
    /// `xsign` (cross-signed by `DigiCert`) or `microsoft-root` (Microsoft-root issuance).
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub file_names: Vec<String>,
    /// `azure` for the built-in catalog, the bundle name for user bundles.
    #[serde(default = "default_source")]
    pub source: String,
}

fn default_source() -> String {
    "azure".to_owned()
}

/// An Azure service and the roots its clients must trust.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub name: String,
    /// `CaEntry::name`s.
    pub trust_roots: Vec<String>,
    /// Host-name suffixes such as `.mysql.database.azure.com`.
    #[serde(default)]
    pub hosts: Vec<String>,
    pub last_rotation: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub source: String,
}

/// A catalog entry a value or certificate resolved to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaMatch {
    pub name: String,
    pub role: Role,
    pub status: Status,
    pub not_after: Option<String>,
    pub issuer: String,
    pub matched_by: MatchBy,
    /// Index into `Catalog::cas()`.
    pub index: usize,
}

/// Why a catalog file was rejected.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("invalid CA catalog: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("invalid CA catalog: CA `{ca}`, field `{field}`: {reason}")]
    Field {
        ca: String,
        field: &'static str,
        reason: String,
    },
    #[error("invalid CA catalog: service `{service}` trusts unknown CA `{root}`")]
    UnknownRoot { service: String, root: String },
    #[error("invalid CA catalog: [meta] version {0:?}: expected the snapshot date as YYYY-MM-DD")]
    Version(String),
    #[error("invalid CA catalog: [meta] {field} = {stated} but the file has {actual}")]
    Count {
        field: &'static str,
        stated: usize,
        actual: usize,
    },
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    version: String,
    #[serde(default)]
    ca_count: Option<usize>,
    #[serde(default)]
    root_count: Option<usize>,
    #[serde(default)]
    intermediate_count: Option<usize>,
    #[serde(default)]
    service_count: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    meta: Meta,
    #[serde(default)]
    ca: Vec<CaEntry>,
    #[serde(default)]
    service: Vec<Service>,
}

/// Lookup tables over `cas`, keyed by canonical forms; values are indexes in catalog order.
#[derive(Debug, Clone, Default)]
struct Index {
    sha1: HashMap<Vec<u8>, Vec<usize>>,
    sha256: HashMap<Vec<u8>, Vec<usize>>,
    spki: HashMap<Vec<u8>, Vec<usize>>,
    serial: HashMap<String, Vec<usize>>,
    /// Serials as stored (leading zeros kept), for short serials written in full.
    serial_full: HashMap<String, Vec<usize>>,
    dn: HashMap<String, Vec<usize>>,
    /// Folded common names and CA names.
    cn: HashMap<String, Vec<usize>>,
    /// Lowercased file names.
    file: HashMap<String, Vec<usize>>,
}

impl Index {
    fn build(cas: &[CaEntry]) -> Index {
        fn add<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Vec<usize>>, key: K, i: usize) {
            let list = map.entry(key).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
        let mut ix = Index::default();
        for (i, ca) in cas.iter().enumerate() {
            let hex = |v: &Option<String>| v.as_deref().and_then(hex_decode_lower);
            if let Some(b) = hex(&ca.sha1) {
                add(&mut ix.sha1, b, i);
            }
            if let Some(b) = hex(&ca.sha256) {
                add(&mut ix.sha256, b, i);
            }
            if let Some(b) = hex(&ca.spki_sha256_hex) {
                add(&mut ix.spki, b, i);
            } else if let Some(b) = ca
                .spki_sha256_b64
                .as_deref()
                .and_then(|v| STANDARD.decode(v).ok())
            {
                add(&mut ix.spki, b, i);
            }
            add(&mut ix.serial, strip_serial(&ca.serial), i);
            add(&mut ix.serial_full, ca.serial.to_ascii_lowercase(), i);
            add(&mut ix.dn, normalize_dn(&ca.subject), i);
            if let Some(cn) = dn_common_name(&ca.subject) {
                add(&mut ix.cn, cn, i);
            }
            add(&mut ix.cn, fold(&ca.name), i);
            for f in &ca.file_names {
                add(&mut ix.file, f.to_lowercase(), i);
            }
        }
        ix
    }
}

fn hex_decode_lower(v: &str) -> Option<Vec<u8>> {
    hex_decode(&v.to_ascii_lowercase())
}

fn strip_serial(serial: &str) -> String {
    let t = serial.trim().trim_start_matches('0').to_ascii_lowercase();
    if t.is_empty() { "0".to_owned() } else { t }
}

/// The CA catalog with its lookup tables. Immutable once built; share it by reference.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    version: String,
    cas: Vec<CaEntry>,
    services: Vec<Service>,
    index: Index,
}

impl Catalog {
    /// The built-in Azure catalog, parsed on first use. (A unit test proves the embedded file
    /// parses; should it ever not, this is an empty catalog rather than a panic.)
    pub fn builtin() -> &'static Catalog {
        static BUILTIN: OnceLock<Catalog> = OnceLock::new();
        BUILTIN.get_or_init(|| Catalog::from_toml(BUILTIN_TOML).unwrap_or_default())
    }

    /// Parse and validate a catalog in the `rules/ca/catalog.toml` format.
    ///
    /// # Errors
    /// TOML syntax errors and unknown or mistyped fields (with line and field name), malformed
    /// digests/serials/dates (naming the CA and field), services trusting unknown CAs, and
    /// `[meta]` counts that disagree with the file.
    pub fn from_toml(text: &str) -> Result<Catalog, CatalogError> {
        let raw: RawCatalog = toml::from_str(text)?;
        if raw.meta.version.len() != 10 || crate::date::days_from_date(&raw.meta.version).is_none()
        {
            return Err(CatalogError::Version(raw.meta.version));
        }
        for ca in &raw.ca {
            validate(ca)?;
        }
        for service in &raw.service {
            if let Some(root) = service
                .trust_roots
                .iter()
                .find(|r| !raw.ca.iter().any(|ca| &ca.name == *r))
            {
                return Err(CatalogError::UnknownRoot {
                    service: service.name.clone(),
                    root: root.clone(),
                });
            }
        }
        let roots = raw.ca.iter().filter(|c| c.role == Role::Root).count();
        for (field, stated, actual) in [
            ("ca_count", raw.meta.ca_count, raw.ca.len()),
            ("root_count", raw.meta.root_count, roots),
            (
                "intermediate_count",
                raw.meta.intermediate_count,
                raw.ca.len() - roots,
            ),
            ("service_count", raw.meta.service_count, raw.service.len()),
        ] {
            if let Some(stated) = stated
                && stated != actual
            {
                return Err(CatalogError::Count {
                    field,
                    stated,
                    actual,
                });
            }
        }
        let index = Index::build(&raw.ca);
        Ok(Catalog {
            version: raw.meta.version,
            cas: raw.ca,
            services: raw.service,
            index,
        })
    }

    /// A warning when this catalog's snapshot is more than [`MAX_CATALOG_AGE_DAYS`] older
    /// than `today` (days since the epoch; `--as-of` moves it): CAs rotated since are
    /// unknown to it.
    pub fn age_warning(&self, today: i64) -> Option<String> {
        let made = crate::date::days_from_date(&self.version)?;
        let age = today - made;
        (age > MAX_CATALOG_AGE_DAYS).then(|| {
            format!(
                "the CA catalog is dated {}, {age} days before {}: CA changes since then are \
                 unknown to it; update pinscan, or pass a newer catalog with --catalog FILE",
                self.version,
                crate::date::date_from_days(today)
            )
        })
    }

    /// Snapshot date of the catalog (`YYYY-MM-DD`).
    #[must_use]
    pub fn version(&self) -> &str {
        &self.version
    }

    #[must_use]
    pub fn cas(&self) -> &[CaEntry] {
        &self.cas
    }

    #[must_use]
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// A copy of this catalog plus every certificate in a user's PEM/DER/PKCS#7 bundle, with
    /// `source = name`. Role: root when self-signed, else intermediate; status: expired when
    /// past `not_after`, else active. Certificates already in the catalog (same SHA-256) are
    /// not added twice.
    ///
    /// # Errors
    /// When the bundle holds no readable certificate, or any block in it is unreadable (the
    /// first problem is returned, so a user's bundle is never silently half-loaded).
    pub fn with_bundle(&self, name: &str, pem_or_der: &[u8]) -> Result<Catalog, CertError> {
        let (certs, errors) = parse_bundle(pem_or_der)?;
        if let Some(e) = errors.into_iter().next() {
            return Err(e);
        }
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        let mut cas = self.cas.clone();
        for facts in certs {
            let known = cas
                .iter()
                .any(|ca| ca.sha256.as_deref() == Some(facts.sha256_hex.as_str()));
            if known {
                continue;
            }
            cas.push(CaEntry {
                name: facts
                    .common_name
                    .clone()
                    .unwrap_or_else(|| facts.subject.clone()),
                role: if facts.self_signed {
                    Role::Root
                } else {
                    Role::Intermediate
                },
                status: if facts.not_after_unix < now {
                    Status::Expired
                } else {
                    Status::Active
                },
                subject: facts.subject,
                issuer: facts.issuer,
                serial: facts.serial_hex,
                sha1: Some(facts.sha1_hex),
                sha256: Some(facts.sha256_hex),
                spki_sha256_hex: Some(facts.spki_sha256_hex),
                spki_sha256_b64: Some(facts.spki_sha256_b64),
                not_before: Some(facts.not_before),
                not_after: Some(facts.not_after),
                key: Some(facts.key),
                variant: None,
                notes: String::new(),
                file_names: Vec::new(),
                source: name.to_owned(),
            });
        }
        let index = Index::build(&cas);
        Ok(Catalog {
            version: self.version.clone(),
            cas,
            services: self.services.clone(),
            index,
        })
    }

    /// Resolve any textual form: thumbprint (SHA-1/SHA-256) in hex or base64, SPKI pin in hex,
    /// base64 or `sha256/...`, serial (numeric compare, leading zeros ignored, decimal ok),
    /// subject DN (RFC 4514 or OpenSSL spelling), common name or CA name (case-insensitive),
    /// or file name (base name, case-insensitive). One match per CA, in catalog order; the
    /// strongest kind of match is reported when several apply.
    #[must_use]
    pub fn lookup(&self, text: &str) -> Vec<CaMatch> {
        let text = text.trim();
        if text.is_empty() || text.len() > 4096 {
            return Vec::new();
        }
        let mut found: Vec<CaMatch> = Vec::new();
        for bytes in decode_value(text) {
            found.extend(self.lookup_digest(&bytes));
        }
        found.extend(self.lookup_serial(text));
        found.extend(self.lookup_dn(text));
        found.extend(self.lookup_file_name(text));
        dedupe(found)
    }

    /// A raw digest: 20 bytes -> SHA-1 thumbprint; 32 bytes -> SHA-256 thumbprint or SPKI pin.
    #[must_use]
    pub fn lookup_digest(&self, bytes: &[u8]) -> Vec<CaMatch> {
        let mut found = Vec::new();
        match bytes.len() {
            20 => self.collect(self.index.sha1.get(bytes), MatchBy::Sha1, &mut found),
            32 => {
                self.collect(self.index.sha256.get(bytes), MatchBy::Sha256, &mut found);
                self.collect(self.index.spki.get(bytes), MatchBy::Spki, &mut found);
            }
            _ => {}
        }
        dedupe(found)
    }

    /// A serial number in hex (any case, `0x`, colons) or decimal, compared numerically. At
    /// least 8 significant hex digits are required, except that a shorter serial matches when
    /// written in full with at least 8 digits as openssl prints it (Baltimore's `020000B9`).
    #[must_use]
    pub fn lookup_serial(&self, text: &str) -> Vec<CaMatch> {
        let mut found = Vec::new();
        for serial in serial_candidates(text) {
            if serial.len() >= MIN_SERIAL_DIGITS {
                self.collect(self.index.serial.get(&serial), MatchBy::Serial, &mut found);
            }
        }
        if found.is_empty()
            && let Some(written) = serial_as_written(text)
            && written.len() >= MIN_SERIAL_DIGITS
        {
            self.collect(
                self.index.serial_full.get(&written),
                MatchBy::Serial,
                &mut found,
            );
        }
        dedupe(found)
    }

    /// A full subject DN (either spelling) or a bare common name / CA name.
    #[must_use]
    pub fn lookup_dn(&self, text: &str) -> Vec<CaMatch> {
        let text = text.trim();
        let text = strip_quotes(text);
        if text.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        if text.contains('=') {
            self.collect(
                self.index.dn.get(&normalize_dn(text)),
                MatchBy::SubjectDn,
                &mut found,
            );
            // A DN that is only `CN=...`.
            let dn = normalize_dn(text);
            if found.is_empty()
                && dn.starts_with("cn=")
                && !dn.contains(',')
                && let Some(cn) = dn_common_name(text)
            {
                self.collect(self.index.cn.get(&cn), MatchBy::CommonName, &mut found);
            }
        } else {
            self.collect(
                self.index.cn.get(&fold(text)),
                MatchBy::CommonName,
                &mut found,
            );
        }
        dedupe(found)
    }

    /// A file name or path (`/`, `\`, URL); the base name is compared case-insensitively, with
    /// `%20` decoded.
    #[must_use]
    pub fn lookup_file_name(&self, path: &str) -> Vec<CaMatch> {
        let path = strip_quotes(path.trim());
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let base = path.rsplit(['/', '\\']).next().unwrap_or_default();
        if base.is_empty() || !base.contains('.') {
            return Vec::new();
        }
        let key = base.replace("%20", " ").to_lowercase();
        let mut found = Vec::new();
        self.collect(self.index.file.get(&key), MatchBy::FileName, &mut found);
        found
    }

    /// A parsed certificate: the identical certificate (`MatchBy::Certificate`, by SHA-256 or
    /// SHA-1) if catalogued, else every issuance with the same key (`MatchBy::Spki`).
    #[must_use]
    pub fn lookup_cert(&self, facts: &CertFacts) -> Vec<CaMatch> {
        let mut found = Vec::new();
        if let Some(b) = hex_decode_lower(&facts.sha256_hex) {
            self.collect(self.index.sha256.get(&b), MatchBy::Certificate, &mut found);
        }
        if found.is_empty()
            && let Some(b) = hex_decode_lower(&facts.sha1_hex)
        {
            self.collect(self.index.sha1.get(&b), MatchBy::Certificate, &mut found);
        }
        if found.is_empty()
            && let Some(b) = hex_decode_lower(&facts.spki_sha256_hex)
        {
            self.collect(self.index.spki.get(&b), MatchBy::Spki, &mut found);
        }
        dedupe(found)
    }

    /// A service by host name (longest matching `hosts` suffix; scheme, port and path are
    /// ignored) or by a case-insensitive substring of its name (first in catalog order).
    #[must_use]
    pub fn service(&self, name_or_host: &str) -> Option<&Service> {
        let text = strip_quotes(name_or_host.trim());
        if text.is_empty() {
            return None;
        }
        if let Some(host) = host_of(text) {
            let best = self
                .services
                .iter()
                .filter_map(|s| {
                    s.hosts
                        .iter()
                        .filter(|suffix| host_matches(&host, suffix))
                        .map(String::len)
                        .max()
                        .map(|len| (len, s))
                })
                .max_by_key(|(len, _)| *len);
            if let Some((_, s)) = best {
                return Some(s);
            }
        }
        let needle = fold(text);
        self.services
            .iter()
            .find(|s| fold(&s.name).contains(&needle))
    }

    /// Indexes of the entries with this CA name (case-insensitive); several when a CA has
    /// more than one issuance.
    #[must_use]
    pub fn by_name(&self, name: &str) -> Vec<usize> {
        let name = fold(name);
        self.cas
            .iter()
            .enumerate()
            .filter(|(_, ca)| fold(&ca.name) == name)
            .map(|(i, _)| i)
            .collect()
    }

    /// Indexes of the entries whose name contains `part`, compared on letters and digits
    /// only, case-insensitively (`baltimore`, `issuing ca 01`, `RSA-Root-G2`); nothing for
    /// a part without a letter or digit.
    #[must_use]
    pub fn by_name_part(&self, part: &str) -> Vec<usize> {
        fn squash(s: &str) -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        }
        let part = squash(part);
        if part.is_empty() {
            return Vec::new();
        }
        self.cas
            .iter()
            .enumerate()
            .filter(|(_, ca)| squash(&ca.name).contains(&part))
            .map(|(i, _)| i)
            .collect()
    }

    fn collect(&self, hits: Option<&Vec<usize>>, by: MatchBy, out: &mut Vec<CaMatch>) {
        for &i in hits.into_iter().flatten() {
            if let Some(ca) = self.cas.get(i) {
                out.push(CaMatch {
                    name: ca.name.clone(),
                    role: ca.role,
                    status: ca.status,
                    not_after: ca.not_after.clone(),
                    issuer: ca.issuer.clone(),
                    matched_by: by,
                    index: i,
                });
            }
        }
    }
}

/// One match per index (the first found, i.e. the strongest kind), sorted by catalog order.
fn dedupe(found: Vec<CaMatch>) -> Vec<CaMatch> {
    let mut out: Vec<CaMatch> = Vec::with_capacity(found.len());
    for m in found {
        if !out.iter().any(|o| o.index == m.index) {
            out.push(m);
        }
    }
    out.sort_by_key(|m| m.index);
    out
}

fn strip_quotes(text: &str) -> &str {
    for q in ['"', '\'', '`'] {
        if let Some(inner) = text.strip_prefix(q).and_then(|t| t.strip_suffix(q)) {
            return inner.trim();
        }
    }
    text
}

/// The lowercased host of `text` if it looks like a host name or URL.
fn host_of(text: &str) -> Option<String> {
    let rest = text.split_once("://").map_or(text, |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or_default();
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let plausible = host.contains('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'*' | b'_'));
    plausible.then_some(host)
}

fn host_matches(host: &str, suffix: &str) -> bool {
    let suffix = suffix.to_ascii_lowercase();
    let bare = suffix.trim_start_matches('.');
    host == bare || host.ends_with(&format!(".{bare}"))
}

fn validate(ca: &CaEntry) -> Result<(), CatalogError> {
    let err = |field: &'static str, reason: &str| CatalogError::Field {
        ca: ca.name.clone(),
        field,
        reason: reason.to_owned(),
    };
    let is_hex = |v: &str, len: usize| v.len() == len && v.bytes().all(|b| b.is_ascii_hexdigit());
    if ca.name.trim().is_empty() {
        return Err(err("name", "empty"));
    }
    if ca.serial.is_empty() || !ca.serial.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(err("serial", "expected hex digits"));
    }
    if ca.sha1.as_deref().is_some_and(|v| !is_hex(v, 40)) {
        return Err(err("sha1", "expected 40 hex digits"));
    }
    for (field, v) in [
        ("sha256", &ca.sha256),
        ("spki_sha256_hex", &ca.spki_sha256_hex),
    ] {
        if v.as_deref().is_some_and(|v| !is_hex(v, 64)) {
            return Err(err(field, "expected 64 hex digits"));
        }
    }
    if let Some(b64) = &ca.spki_sha256_b64 {
        let bytes = STANDARD
            .decode(b64)
            .map_err(|_| err("spki_sha256_b64", "invalid base64"))?;
        if bytes.len() != 32 {
            return Err(err("spki_sha256_b64", "expected 32 bytes"));
        }
        if let Some(hex) = &ca.spki_sha256_hex
            && hex_decode_lower(hex).as_deref() != Some(bytes.as_slice())
        {
            return Err(err("spki_sha256_b64", "does not match spki_sha256_hex"));
        }
    }
    for (field, v) in [("not_before", &ca.not_before), ("not_after", &ca.not_after)] {
        let ok = v.as_deref().is_none_or(|d| {
            d.len() == 10
                && d.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
        });
        if !ok {
            return Err(err(field, "expected YYYY-MM-DD"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::normalize::to_hex;
    use super::super::parse::{parse_bundle, parse_der, pem_blocks};
    use super::*;

    const G2: &str = "DigiCert Global Root G2";

    fn names(matches: &[CaMatch]) -> Vec<&str> {
        matches.iter().map(|m| m.name.as_str()).collect()
    }

    fn only_g2(text: &str, by: MatchBy) {
        let m = Catalog::builtin().lookup(text);
        assert_eq!(names(&m), vec![G2], "{text}");
        assert_eq!(m[0].matched_by, by, "{text}");
        assert_eq!(m[0].role, Role::Root);
        assert_eq!(m[0].status, Status::Active);
    }

    #[test]
    fn builtin_catalog_loads() {
        let cat = Catalog::builtin();
        assert_eq!(cat.cas().len(), 87);
        assert_eq!(cat.services().len(), 8);
        assert_eq!(cat.version(), "2026-11-23");
        assert_eq!(
            cat.cas().iter().filter(|c| c.role == Role::Root).count(),
            11
        );
        assert!(cat.cas().iter().all(|c| c.source == "azure"));
        // The embedded text itself parses (builtin() would fall back to empty otherwise).
        assert!(Catalog::from_toml(BUILTIN_TOML).is_ok());
    }

    #[test]
    fn g2_in_every_spelling() {
        only_g2(
            "DF:3C:24:F9:BF:D6:66:76:1B:26:80:73:FE:06:D1:CC:8D:4F:82:A4",
            MatchBy::Sha1,
        );
        only_g2(
            &"DF:3C:24:F9:BF:D6:66:76:1B:26:80:73:FE:06:D1:CC:8D:4F:82:A4".to_lowercase(),
            MatchBy::Sha1,
        );
        only_g2("df3c24f9bfd666761b268073fe06d1cc8d4f82a4", MatchBy::Sha1);
        only_g2(
            "CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F",
            MatchBy::Sha256,
        );
        for pin in [
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=",
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl_s2uC_CY=",
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY",
            "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl_s2uC_CY",
            "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=",
            "8bb593a93be1d0e8a822bb887c547890c3e706aad2dab76254f97fb36b82fc26",
        ] {
            only_g2(pin, MatchBy::Spki);
        }
        only_g2("033af1e6a711a9a0bb2864b11d09fae5", MatchBy::Serial);
        only_g2("0x33AF1E6A711A9A0BB2864B11D09FAE5", MatchBy::Serial);
        only_g2("4293743540046975378534879503202253541", MatchBy::Serial);
        only_g2(
            "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
            MatchBy::SubjectDn,
        );
        only_g2(
            "/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert Global Root G2",
            MatchBy::SubjectDn,
        );
        only_g2("DigiCert Global Root G2", MatchBy::CommonName);
        only_g2("digicert global root g2", MatchBy::CommonName);
        only_g2("CN=DigiCert Global Root G2", MatchBy::CommonName);
        only_g2("DigiCertGlobalRootG2.crt.pem", MatchBy::FileName);
        only_g2(
            "/etc/ssl/certs/DigiCert_Global_Root_G2.pem",
            MatchBy::FileName,
        );
        only_g2(
            "https://cacerts.digicert.com/DigiCertGlobalRootG2.crt",
            MatchBy::FileName,
        );
    }

    #[test]
    fn by_name_part_matches_letters_and_digits_case_insensitively() {
        let cat = Catalog::builtin();
        let names = |part: &str| -> Vec<&str> {
            cat.by_name_part(part)
                .into_iter()
                .map(|i| cat.cas()[i].name.as_str())
                .collect()
        };
        assert_eq!(names("baltimore"), ["Baltimore CyberTrust Root"]);
        assert_eq!(names("BALTIMORE-cybertrust"), ["Baltimore CyberTrust Root"]);
        assert_eq!(names("Azure TLS Issuing CA 01").len(), 2, "two issuances");
        assert!(names("azure").len() > 10);
        assert!(names("").is_empty() && names(" - ").is_empty());
        assert!(names("no such ca").is_empty());
    }

    #[test]
    fn near_misses_do_not_resolve() {
        let cat = Catalog::builtin();
        // One digit off (last digit of the SHA-1 thumbprint).
        assert!(
            cat.lookup("df3c24f9bfd666761b268073fe06d1cc8d4f82a5")
                .is_empty()
        );
        assert!(cat.lookup("033af1e6a711a9a0bb2864b11d09fae6").is_empty());
        // Random 44-char base64 (32 bytes).
        assert!(
            cat.lookup("q3JmT0l4c1VYeEJ6bm9Pd1NlR2ZqS1B0YVdMZ0hGdEU=")
                .is_empty()
        );
        assert!(
            cat.lookup("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .is_empty()
        );
        // Short serials and trivial values.
        for t in [
            "", " ", "1", "03", "0x20", "2020", "true", "sha256/", "CN=", "=", ".pem",
        ] {
            assert!(cat.lookup(t).is_empty(), "{t:?}");
        }
        assert!(cat.lookup_serial("fae5").is_empty());
    }

    #[test]
    fn xsign_issuances_share_spki() {
        let cat = Catalog::builtin();
        let rsa03 = cat.by_name("Microsoft Azure RSA TLS Issuing CA 03");
        assert_eq!(rsa03.len(), 2);
        let spki = cat.cas()[rsa03[0]].spki_sha256_b64.clone().unwrap();
        let m = cat.lookup(&spki);
        assert_eq!(m.iter().map(|m| m.index).collect::<Vec<_>>(), rsa03);
        assert!(m.iter().all(|m| m.matched_by == MatchBy::Spki));
        // A thumbprint covers only one of them.
        let sha1 = cat.cas()[rsa03[1]].sha1.clone().unwrap();
        assert_eq!(cat.lookup(&sha1).len(), 1);
        // Name lookups return both issuances, in catalog order.
        let by_cn = cat.lookup("Microsoft Azure RSA TLS Issuing CA 03");
        assert_eq!(by_cn.iter().map(|m| m.index).collect::<Vec<_>>(), rsa03);
        assert_eq!(by_cn[0].role, Role::Intermediate);
    }

    #[test]
    fn baltimore_is_expired_and_found_by_microsoft_serial() {
        let cat = Catalog::builtin();
        let m = cat.lookup("0x20000b9");
        assert!(
            m.is_empty(),
            "7 significant digits is below the serial threshold"
        );
        let m = cat.lookup("02:00:00:B9");
        assert_eq!(names(&m), vec!["Baltimore CyberTrust Root"]);
        assert_eq!(m[0].matched_by, MatchBy::Serial);
        let m = cat.lookup("BaltimoreCyberTrustRoot.crt.pem");
        assert_eq!(names(&m), vec!["Baltimore CyberTrust Root"]);
        assert_eq!(m[0].status, Status::Expired);
        assert_eq!(m[0].not_after.as_deref(), Some("2025-05-12"));
        let d = cat.lookup("d4de20d05e66fc53fe1a50882c78db2852cae474");
        assert_eq!(d[0].index, m[0].index);
    }

    #[test]
    fn required_file_names() {
        let cat = Catalog::builtin();
        for (file, name) in [
            (
                "BaltimoreCyberTrustRoot.crt.pem",
                "Baltimore CyberTrust Root",
            ),
            ("BaltimoreCyberTrustRoot.crt", "Baltimore CyberTrust Root"),
            ("DigiCertGlobalRootCA.crt.pem", "DigiCert Global Root CA"),
            ("DigiCertGlobalRootCA.crt", "DigiCert Global Root CA"),
            ("DigiCertGlobalRootG2.crt.pem", G2),
            ("DigiCertGlobalRootG2.crt", G2),
            ("DigiCertGlobalRootG3.crt", "DigiCert Global Root G3"),
            (
                "MicrosoftRSARootCertificateAuthority2017.crt",
                "Microsoft RSA Root Certificate Authority 2017",
            ),
            (
                "MicrosoftECCRootCertificateAuthority2017.crt",
                "Microsoft ECC Root Certificate Authority 2017",
            ),
            ("DigiCert_Global_Root_G2.crt", G2),
            ("C:\\certs\\digicert_global_root_g2.PEM", G2),
            (
                "https://www.microsoft.com/pkiops/certs/Microsoft%20RSA%20Root%20Certificate%20Authority%202017.crt",
                "Microsoft RSA Root Certificate Authority 2017",
            ),
        ] {
            let m = cat.lookup_file_name(file);
            assert_eq!(names(&m), vec![name], "{file}");
            assert_eq!(m[0].matched_by, MatchBy::FileName);
        }
        assert!(cat.lookup_file_name("cert.pem").is_empty());
    }

    #[test]
    fn services() {
        let cat = Catalog::builtin();
        let name = |q: &str| cat.service(q).map(|s| s.name.as_str());
        assert_eq!(
            name("myserver.mysql.database.azure.com"),
            Some("Azure Database for MySQL - Flexible Server")
        );
        assert_eq!(
            name("postgresql://u@db1.postgres.database.azure.com:5432/app"),
            Some("Azure Database for PostgreSQL - Flexible Server (global regions)")
        );
        assert!(name("x.postgres.database.chinacloudapi.cn").is_some_and(|n| n.contains("China")));
        assert_eq!(name("acct.blob.core.windows.net"), Some("Azure Storage"));
        assert_eq!(name("acct.queue.core.windows.net"), Some("Azure Storage"));
        assert!(name("hub1.azure-devices.net").is_some_and(|n| n.contains("IoT Hub")));
        assert!(name("cache.redis.cache.windows.net").is_some_and(|n| n.contains("Redis")));
        assert!(name("mariadb").is_some_and(|n| n.contains("MariaDB")));
        assert!(name("postgresql").is_some_and(|n| n.contains("global")));
        assert_eq!(name("example.com"), None);
        assert_eq!(name(""), None);
        let mysql = cat.service("mysql").unwrap();
        assert_eq!(mysql.trust_roots.len(), 3);
        for root in &mysql.trust_roots {
            assert_eq!(cat.by_name(root).len(), 1, "{root}");
        }
    }

    /// Every bundled root PEM matches the catalog facts of the CA of that name, and every
    /// catalogued root with a SHA-256 (except Microsoft TLS RSA Root G2) has a bundled PEM.
    #[test]
    fn bundled_roots_match_catalog() {
        let cat = Catalog::builtin();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/ca/roots");
        let mut seen = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let name = stem.replace('_', " ");
            let bytes = std::fs::read(&path).unwrap();
            let (certs, errors) = parse_bundle(&bytes).unwrap();
            assert!(errors.is_empty());
            assert_eq!(certs.len(), 1, "{stem}");
            let f = &certs[0];
            let idx = cat.by_name(&name);
            assert_eq!(idx.len(), 1, "{name}");
            let ca = &cat.cas()[idx[0]];
            assert_eq!(ca.role, Role::Root);
            assert_eq!(ca.sha1.as_deref(), Some(f.sha1_hex.as_str()), "{name}");
            assert_eq!(ca.sha256.as_deref(), Some(f.sha256_hex.as_str()), "{name}");
            assert_eq!(ca.serial, f.serial_hex, "{name}");
            assert_eq!(
                ca.spki_sha256_hex.as_deref(),
                Some(f.spki_sha256_hex.as_str())
            );
            assert_eq!(
                ca.spki_sha256_b64.as_deref(),
                Some(f.spki_sha256_b64.as_str())
            );
            assert_eq!(ca.subject, f.subject, "{name}");
            assert_eq!(ca.issuer, f.issuer, "{name}");
            assert_eq!(
                ca.not_before.as_deref(),
                Some(f.not_before.as_str()),
                "{name}"
            );
            assert_eq!(
                ca.not_after.as_deref(),
                Some(f.not_after.as_str()),
                "{name}"
            );
            assert_eq!(ca.key.as_deref(), Some(f.key.as_str()), "{name}");
            assert!(f.self_signed && f.is_ca);
            let m = cat.lookup_cert(f);
            assert_eq!(m.len(), 1);
            assert_eq!(
                (m[0].index, m[0].matched_by),
                (idx[0], MatchBy::Certificate)
            );
            seen.push(name);
        }
        for ca in cat.cas() {
            if ca.role == Role::Root
                && ca.sha256.is_some()
                && ca.name != "Microsoft TLS RSA Root G2"
            {
                assert!(seen.contains(&ca.name), "no bundled PEM for {}", ca.name);
            }
        }
        assert_eq!(seen.len(), 10);
    }

    #[test]
    fn lookup_cert_falls_back_to_spki() {
        let cat = Catalog::builtin();
        let pem = include_str!("../../rules/ca/roots/DigiCert_Global_Root_G2.pem");
        let mut f = parse_der(&pem_blocks(pem).remove(0).der.unwrap()).unwrap();
        f.sha256_hex = "00".repeat(32);
        f.sha1_hex = "00".repeat(20);
        let m = cat.lookup_cert(&f);
        assert_eq!(names(&m), vec![G2]);
        assert_eq!(m[0].matched_by, MatchBy::Spki);
        f.spki_sha256_hex = "11".repeat(32);
        assert!(cat.lookup_cert(&f).is_empty());
    }

    #[test]
    fn user_bundle() {
        let base = Catalog::builtin();
        let p7b = include_bytes!("../../tests/data/two-roots.p7b");
        // Both certificates are already catalogued: nothing added.
        let same = base.with_bundle("two-roots.p7b", p7b).unwrap();
        assert_eq!(same.cas().len(), 87);
        // A catalog without them gets both, as active roots with the bundle as source.
        let small = Catalog::from_toml("[meta]\nversion = \"2026-01-01\"\n").unwrap();
        let cat = small.with_bundle("corp-roots.pem", p7b).unwrap();
        assert_eq!(cat.cas().len(), 2);
        assert!(cat.cas().iter().all(|c| c.source == "corp-roots.pem"
            && c.role == Role::Root
            && c.status == Status::Active));
        let m = cat.lookup("i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=");
        assert_eq!(names(&m), vec![G2]);
        assert!(small.with_bundle("junk", b"not a cert").is_err());
        assert_eq!(small.cas().len(), 0);
    }

    #[test]
    fn catalog_errors_name_the_field() {
        let good = "[meta]\nversion = \"2026-01-01\"\n[[ca]]\nname = \"X\"\nrole = \"root\"\nsubject = \"CN=X\"\nissuer = \"CN=X\"\nserial = \"01020304\"\nstatus = \"active\"\n";
        let cat = Catalog::from_toml(good).unwrap();
        assert_eq!(cat.cas()[0].source, "azure");
        assert!(cat.lookup("0x1020304").is_empty(), "below 8 digits");
        assert_eq!(cat.lookup("01020304").len(), 1, "written in full");
        let unknown = format!("{good}colour = \"red\"\n");
        let e = Catalog::from_toml(&unknown).unwrap_err().to_string();
        assert!(e.contains("unknown field `colour`"), "{e}");
        let bad_role = good.replace("\"root\"", "\"leaf\"");
        let e = Catalog::from_toml(&bad_role).unwrap_err().to_string();
        assert!(e.contains("leaf"), "{e}");
        let bad_sha = format!("{good}sha1 = \"abc\"\n");
        let e = Catalog::from_toml(&bad_sha).unwrap_err().to_string();
        assert!(e.contains("`sha1`") && e.contains("`X`"), "{e}");
        let bad_count = good.replace(
            "version = \"2026-01-01\"",
            "version = \"2026-01-01\"\nca_count = 2",
        );
        let e = Catalog::from_toml(&bad_count).unwrap_err().to_string();
        assert!(e.contains("ca_count"), "{e}");
        let bad_service = format!(
            "{good}[[service]]\nname = \"S\"\ntrust_roots = [\"Y\"]\nlast_rotation = \"2020\"\n"
        );
        let e = Catalog::from_toml(&bad_service).unwrap_err().to_string();
        assert!(e.contains("unknown CA `Y`"), "{e}");
        assert!(Catalog::from_toml("").is_err());
    }

    #[test]
    fn random_lookups_never_panic() {
        let cat = Catalog::builtin();
        let mut state = 0x1234_5678_9abc_def1_u64;
        let alphabet = "0123456789abcdef:/=+-_ .\\%CN,O\"'\u{e9}";
        let chars: Vec<char> = alphabet.chars().collect();
        for len in 0..300 {
            let s: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    chars[usize::try_from(state % chars.len() as u64).unwrap()]
                })
                .collect();
            let _ = cat.lookup(&s);
            let _ = cat.service(&s);
            let _ = cat.lookup_file_name(&s);
        }
        assert!(cat.lookup(&"a".repeat(100_000)).is_empty());
    }

    #[test]
    fn lookup_digest_lengths() {
        let cat = Catalog::builtin();
        let sha1 = hex_decode("df3c24f9bfd666761b268073fe06d1cc8d4f82a4").unwrap();
        assert_eq!(names(&cat.lookup_digest(&sha1)), vec![G2]);
        assert!(cat.lookup_digest(&sha1[..19]).is_empty());
        assert!(cat.lookup_digest(&[]).is_empty());
        assert_eq!(to_hex(&sha1).len(), 40);
    }

    #[test]
    fn every_catalog_fact_resolves_to_its_entry() {
        let cat = Catalog::builtin();
        for (i, ca) in cat.cas().iter().enumerate() {
            for v in [&ca.sha1, &ca.sha256, &ca.spki_sha256_b64]
                .into_iter()
                .flatten()
            {
                assert!(
                    cat.lookup(v).iter().any(|m| m.index == i),
                    "{} {v}",
                    ca.name
                );
            }
            if ca.serial.len() >= MIN_SERIAL_DIGITS {
                assert!(
                    cat.lookup(&ca.serial).iter().any(|m| m.index == i),
                    "{}",
                    ca.name
                );
            }
            assert!(
                cat.lookup(&ca.subject).iter().any(|m| m.index == i),
                "{}",
                ca.name
            );
            for f in &ca.file_names {
                assert!(cat.lookup(f).iter().any(|m| m.index == i), "{f}");
            }
        }
    }
}
