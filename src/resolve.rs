//! Resolution and judgement: every candidate's value or certificate is looked up in the CA
//! catalog, and the finding's severity, confidence, message and advice follow from what it
//! depends on (the severity model in `docs/ARCHITECTURE.md`): a retired or expired CA, an
//! intermediate or a leaf is an error; a single current root a warning; an unknown value
//! keeps its rule's defaults.

use crate::cert::{CaEntry, CaMatch, Catalog, CertFacts, Role, Status};
use crate::date::days_from_date;
use crate::rules::{Confidence, Kind, Rule, Severity};

/// The roots Azure's own guidance tells clients to trust today.
const CURRENT_ROOTS: &str =
    "DigiCert Global Root G2 and Microsoft RSA Root Certificate Authority 2017";
const CURRENT_ROOT_NAMES: [&str; 2] = [
    "DigiCert Global Root G2",
    "Microsoft RSA Root Certificate Authority 2017",
];

/// What the resolver concluded for one finding.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub severity: Severity,
    pub confidence: Confidence,
    /// Appended to the rule's message.
    pub detail: Option<String>,
    /// Replaces the rule's advice.
    pub advice: Option<String>,
}

/// Looks values up and judges findings. Cheap to copy; shared by all threads.
#[derive(Debug, Clone, Copy)]
pub struct Resolver<'c> {
    pub catalog: &'c Catalog,
    /// "Today", in days since 1970-01-01.
    pub today: i64,
    /// Certificates expiring within this many days count as expiring.
    pub expiry_window_days: i64,
}

/// Certificate file names inside a value such as `fs.readFileSync('certs/root.crt.pem')`.
pub fn file_names(value: &str) -> impl Iterator<Item = &str> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(?i)[\w./\\ %-]*\.(?:pem|crt|cer|der|p7b|p7c)\b").ok())
        .as_ref()
        .into_iter()
        .flat_map(move |re| re.find_iter(value).map(|m| m.as_str().trim()))
}

/// The file an Apple bundle lookup names, from the text of its arguments:
/// `forResource: "root", ofType: "cer"` (Swift), `pathForResource:@"root" ofType:@"cer"`
/// (Objective-C), `url(forResource: "root.der", withExtension: nil)`. Only the file name:
/// a bundle's resources are found by name wherever they sit in the project.
pub fn bundle_resource(value: &str) -> Option<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let caps = RE
        .get_or_init(|| {
            regex::Regex::new(
                r#"(?:forResource|ForResource)\s*:\s*@?"(?P<name>[^"\\]+)"\s*,?\s*(?:(?:ofType|withExtension)\s*:\s*(?:@?"(?P<ext>[\w.]+)"|nil\b))?"#,
            )
            .ok()
        })
        .as_ref()?
        .captures(value)?;
    let name = caps.name("name")?.as_str().trim();
    let file = name.rsplit('/').next().unwrap_or(name);
    let file = match caps.name("ext").map(|e| e.as_str().trim_start_matches('.')) {
        Some(ext)
            if !file
                .to_ascii_lowercase()
                .ends_with(&format!(".{}", ext.to_ascii_lowercase())) =>
        {
            format!("{file}.{ext}")
        }
        _ => file.to_owned(),
    };
    let is_certificate = file_names(&file).next().is_some();
    is_certificate.then_some(file)
}

/// SPKI hashes and certificate digests inside a pin-set value: `sha256//<base64>` (curl),
/// bare base64 SHA-256 values, 40 or 64 hex digits (with or without colons).
fn digests(value: &str) -> impl Iterator<Item = &str> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)[A-Za-z0-9+/]{43}=|\b(?:[0-9a-f]{2}:){31}[0-9a-f]{2}\b|\b(?:[0-9a-f]{2}:){19}[0-9a-f]{2}\b|\b[0-9a-f]{64}\b|\b[0-9a-f]{40}\b",
        )
        .ok()
    })
    .as_ref()
    .into_iter()
    .flat_map(move |re| re.find_iter(value).map(|m| m.as_str()))
}

impl Resolver<'_> {
    /// The catalog entry a finding's value depends on, if any. Values of trust-store and
    /// configuration findings resolve by file name; pins by any textual form.
    pub fn resolve_value(&self, kind: Kind, value: &str) -> Option<CaMatch> {
        if value.len() > 4096 {
            return None;
        }
        let found = match kind {
            Kind::NarrowTrustStore | Kind::PinConfig | Kind::CustomVerify | Kind::EmbeddedCert => {
                let bundled = bundle_resource(value);
                let by_file: Vec<CaMatch> = file_names(value)
                    .chain(bundled.as_deref())
                    .flat_map(|f| self.catalog.lookup_file_name(f))
                    .collect();
                if by_file.is_empty() && kind == Kind::PinConfig {
                    // A pin set given as digests (curl `sha256//<base64>;...`, PHP
                    // `peer_fingerprint`, TrustKit `kTSKPublicKeyHashes` entries): each
                    // digest like a pin.
                    digests(value)
                        .flat_map(crate::cert::normalize::decode_value)
                        .flat_map(|bytes| self.catalog.lookup_digest(&bytes))
                        .collect()
                } else {
                    by_file
                }
            }
            Kind::VerificationDisabled | Kind::DeprecatedTls => Vec::new(),
            Kind::SubjectDn => {
                // Undo source-string escapes: `\\,` is an escaped comma, `\n` separates RDNs.
                let dn = value.replace("\\\\", "\\").replace("\\n", ",");
                self.catalog.lookup(&dn)
            }
            Kind::PublicKey if value.contains("-----BEGIN") => {
                crate::cert::parse::pem_blocks(value)
                    .into_iter()
                    .filter_map(|b| {
                        let der = b.der.ok()?;
                        let spki = if b.label == "RSA PUBLIC KEY" {
                            crate::cert::parse::spki_from_rsa_public_key(&der)
                        } else {
                            der
                        };
                        Some(
                            self.catalog
                                .lookup_digest(&crate::cert::parse::spki_sha256(&spki)),
                        )
                    })
                    .flatten()
                    .collect()
            }
            Kind::Thumbprint | Kind::SpkiHash | Kind::PublicKey | Kind::Serial => {
                let mut found = self.catalog.lookup(value);
                // curl spells SPKI pins `sha256//<base64>`.
                if found.is_empty()
                    && let Some(rest) = value.strip_prefix("sha256//")
                {
                    found = self.catalog.lookup(rest);
                }
                found
            }
        };
        found.into_iter().next()
    }

    /// The catalog entry an embedded certificate is (or shares its key with).
    pub fn resolve_cert(&self, facts: &CertFacts) -> Option<CaMatch> {
        self.catalog.lookup_cert(facts).into_iter().next()
    }

    fn entry(&self, ca: &CaMatch) -> Option<&CaEntry> {
        self.catalog.cas().get(ca.index)
    }

    /// The status of a catalog CA today (an "active" entry past its `not_after` is expired).
    fn status_today(&self, ca: &CaMatch) -> Status {
        let expired = ca
            .not_after
            .as_deref()
            .and_then(days_from_date)
            .is_some_and(|d| d < self.today);
        if expired { Status::Expired } else { ca.status }
    }

    /// Judge a finding of `rule` that depends on `ca` and/or is the certificate `cert`.
    pub fn judge(
        &self,
        rule: &Rule,
        ca: Option<&CaMatch>,
        cert: Option<&CertFacts>,
        value: Option<&str>,
    ) -> Judgement {
        let mut j = Judgement {
            severity: rule.severity,
            confidence: rule.confidence,
            detail: None,
            advice: None,
        };
        if let Some(ca) = ca {
            j.confidence = Confidence::High;
            let status = self.status_today(ca);
            let role_word = match ca.role {
                Role::Root => "root",
                Role::Intermediate => "intermediate",
            };
            let until = ca.not_after.as_deref().map_or(String::new(), |d| {
                if status == Status::Expired {
                    format!(", expired {d}")
                } else {
                    format!(", valid until {d}")
                }
            });
            let status_word = match status {
                Status::Active => "active",
                Status::Retiring => "retiring",
                Status::Retired => "retired",
                Status::Expired => "expired",
            };
            let source = self.entry(ca).map_or("azure", |e| e.source.as_str());
            let origin = if source == "azure" {
                String::new()
            } else {
                format!(" from {source}")
            };
            j.detail = Some(format!(
                "depends on {} ({role_word} CA{origin}, {status_word}{until})",
                ca.name
            ));
            match (status, ca.role) {
                (Status::Expired | Status::Retired, _) => {
                    j.severity = Severity::Error;
                    j.advice = Some(format!(
                        "{} is {status_word}: Azure endpoints no longer chain to it, so this client fails now or at the next handshake. Trust the roots in use today ({CURRENT_ROOTS}) or the platform store, and drop this pin.",
                        ca.name
                    ));
                }
                (_, Role::Intermediate) => {
                    j.severity = Severity::Error;
                    j.advice = Some(format!(
                        "{} is an intermediate CA; Azure rotates intermediates without notice. Trust root CAs only ({CURRENT_ROOTS}) or the platform store.",
                        ca.name
                    ));
                }
                (Status::Retiring, Role::Root) => {
                    j.severity = j.severity.max(Severity::Warning);
                    j.advice = Some(format!(
                        "{} is being retired: add {CURRENT_ROOTS} beside it now, and remove it once the service has moved.",
                        ca.name
                    ));
                }
                (Status::Active, Role::Root) => {
                    // Never below the rule's own default (a leaf-pin rule stays an error).
                    j.severity = rule.severity.max(Severity::Warning);
                    let others: Vec<&str> = CURRENT_ROOT_NAMES
                        .iter()
                        .copied()
                        .filter(|n| *n != ca.name)
                        .collect();
                    j.advice = Some(format!(
                        "This trusts a single root ({}). Keep the other roots the service may move to beside it ({}), or use the platform store.",
                        ca.name,
                        others.join(" and ")
                    ));
                }
            }
            return j;
        }
        if rule.kind == Kind::PinConfig
            && let Some(value) = value
            && let Some(day) = days_from_date(value.trim())
        {
            // A declarative pin set's expiration date (Android `<pin-set expiration=...>`).
            if day < self.today {
                j.severity = Severity::Note;
                j.detail = Some(format!(
                    "the pin set expired on {}: it is no longer enforced, remove it",
                    value.trim()
                ));
                j.advice = Some("Delete the expired pin set (an app update that extends the date would enforce stale pins again), or replace it with trust in the platform store.".to_owned());
            } else {
                j.detail = Some(format!("enforced until {}", value.trim()));
            }
            return j;
        }
        if let Some(cert) = cert {
            let name = cert
                .common_name
                .clone()
                .unwrap_or_else(|| cert.subject.clone());
            let expires = cert.not_after_unix.div_euclid(86_400);
            let kind = if cert.is_ca {
                if cert.self_signed {
                    "root CA"
                } else {
                    "intermediate CA"
                }
            } else {
                "leaf"
            };
            j.detail = Some(format!(
                "certificate \"{name}\" ({kind}, issued by {}, valid until {})",
                cert.issuer, cert.not_after
            ));
            if expires < self.today {
                j.severity = Severity::Error;
                j.detail = Some(format!(
                    "certificate \"{name}\" ({kind}) expired on {}",
                    cert.not_after
                ));
                j.advice = Some("This certificate has expired: anything that trusts or compares only it fails already. Replace it with the service's current root CAs or the platform store.".to_owned());
            } else if expires - self.today <= self.expiry_window_days {
                j.severity = Severity::Error;
                j.detail = Some(format!(
                    "certificate \"{name}\" ({kind}) expires on {}, within {} days",
                    cert.not_after, self.expiry_window_days
                ));
                j.advice = Some("This certificate expires soon: trust the issuing root CA (and its successor) instead of this certificate.".to_owned());
            } else if !cert.is_ca {
                j.severity = Severity::Error;
                j.advice = Some("A leaf certificate is replaced at every renewal: trust the root CA that issues it instead (and keep its successor beside it).".to_owned());
            } else if !cert.self_signed {
                j.severity = Severity::Error;
                j.advice = Some(
                    "An intermediate CA is rotated by its issuer: trust the root CA instead."
                        .to_owned(),
                );
            }
        }
        j
    }
}

/// A base64 SHA-256 (44 characters ending in `=`).
#[cfg(test)]
mod tests {
    #[test]
    fn bundle_lookups_name_their_certificate_file() {
        for (value, want) in [
            (
                r#"(forResource: "GlobalSign", ofType: "cer")"#,
                Some("GlobalSign.cer"),
            ),
            (
                r#"(forResource: "certs/root", withExtension: "DER")"#,
                Some("root.DER"),
            ),
            (
                r#"(forResource: "root.pem", withExtension: nil)"#,
                Some("root.pem"),
            ),
            (r#"(forResource: "root.crt")"#, Some("root.crt")),
            (
                r#"[b pathForResource:@"Amazon Root CA 1" ofType:@"cer"]"#,
                Some("Amazon Root CA 1.cer"),
            ),
            (
                r#"[b pathForResource:@"root.cer" ofType:@"cer"]"#,
                Some("root.cer"),
            ),
            (r#"[b pathForResource:@"client" ofType:@"p12"]"#, None),
            (r#"(forResource: "Settings", ofType: "plist")"#, None),
            (r#"(forResource: name, ofType: "cer")"#, None),
        ] {
            assert_eq!(bundle_resource(value).as_deref(), want, "{value}");
        }
    }

    use super::*;

    #[test]
    fn file_names_in_expressions() {
        let names: Vec<&str> =
            file_names("fs.readFileSync('certs/BaltimoreCyberTrustRoot.crt.pem')").collect();
        assert_eq!(names, ["certs/BaltimoreCyberTrustRoot.crt.pem"]);
        assert_eq!(file_names("CA_FILE").count(), 0);
        let cat = Catalog::builtin();
        let r = Resolver {
            catalog: cat,
            today: 20_000,
            expiry_window_days: 90,
        };
        let ca = r
            .resolve_value(
                Kind::NarrowTrustStore,
                "path.join(__dirname, \"DigiCertGlobalRootG2.crt.pem\")",
            )
            .unwrap();
        assert_eq!(ca.name, "DigiCert Global Root G2");
        assert!(
            r.resolve_value(Kind::NarrowTrustStore, "my-ca.pem")
                .is_none()
        );
        // A pin set given as curl SPKI pins resolves like a pin; a bare digest in a
        // trust-store value does not.
        let pins = "'sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=;sha256//i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY='";
        let ca = r.resolve_value(Kind::PinConfig, pins).unwrap();
        assert_eq!(ca.name, "DigiCert Global Root G2");
        assert!(r.resolve_value(Kind::NarrowTrustStore, pins).is_none());
    }
}
