//! `pinscan ca diff OLD NEW`: what changed between two CA catalogs (a catalog update, or a
//! `--catalog` file against the built-in one). A CA issuance is identified by its name,
//! variant and serial; one present in both with other facts changed is listed field by
//! field. Services are compared by name.

use serde::Serialize;

use super::catalog::{CaEntry, Catalog, Service};

/// One field whose value differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// A CA issuance in both catalogs with different facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaChange {
    pub name: String,
    pub variant: Option<String>,
    pub serial: String,
    pub changes: Vec<FieldChange>,
}

/// A service in both catalogs with different facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceChange {
    pub name: String,
    pub changes: Vec<FieldChange>,
}

/// Everything that differs, each list in the new catalog's order (removed ones in the old
/// catalog's order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CatalogDiff {
    pub old_version: String,
    pub new_version: String,
    pub added: Vec<CaEntry>,
    pub removed: Vec<CaEntry>,
    pub changed: Vec<CaChange>,
    pub services_added: Vec<Service>,
    pub services_removed: Vec<Service>,
    pub services_changed: Vec<ServiceChange>,
}

impl CatalogDiff {
    /// Whether the two catalogs hold the same CAs and services (the version may differ).
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.services_added.is_empty()
            && self.services_removed.is_empty()
            && self.services_changed.is_empty()
    }
}

fn same_issuance(a: &CaEntry, b: &CaEntry) -> bool {
    a.name == b.name
        && a.variant == b.variant
        && a.serial.trim_start_matches('0') == b.serial.trim_start_matches('0')
}

fn opt(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

fn ca_fields(ca: &CaEntry) -> Vec<(&'static str, String)> {
    vec![
        ("role", format!("{:?}", ca.role).to_lowercase()),
        ("subject", ca.subject.clone()),
        ("issuer", ca.issuer.clone()),
        ("sha1", opt(ca.sha1.as_ref())),
        ("sha256", opt(ca.sha256.as_ref())),
        ("spki_sha256_hex", opt(ca.spki_sha256_hex.as_ref())),
        ("not_before", opt(ca.not_before.as_ref())),
        ("not_after", opt(ca.not_after.as_ref())),
        ("key", opt(ca.key.as_ref())),
        ("status", format!("{:?}", ca.status).to_lowercase()),
        ("notes", ca.notes.clone()),
        ("file_names", ca.file_names.join(", ")),
    ]
}

fn service_fields(s: &Service) -> Vec<(&'static str, String)> {
    vec![
        ("trust_roots", s.trust_roots.join(", ")),
        ("hosts", s.hosts.join(", ")),
        ("last_rotation", s.last_rotation.clone()),
        ("notes", s.notes.clone()),
    ]
}

fn changes(old: Vec<(&'static str, String)>, new: Vec<(&'static str, String)>) -> Vec<FieldChange> {
    old.into_iter()
        .zip(new)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, old), (_, new))| FieldChange { field, old, new })
        .collect()
}

/// What changed from `old` to `new`.
pub fn diff(old: &Catalog, new: &Catalog) -> CatalogDiff {
    let mut d = CatalogDiff {
        old_version: old.version().to_owned(),
        new_version: new.version().to_owned(),
        ..CatalogDiff::default()
    };
    for ca in new.cas() {
        match old.cas().iter().find(|o| same_issuance(o, ca)) {
            None => d.added.push(ca.clone()),
            Some(o) => {
                let changes = changes(ca_fields(o), ca_fields(ca));
                if !changes.is_empty() {
                    d.changed.push(CaChange {
                        name: ca.name.clone(),
                        variant: ca.variant.clone(),
                        serial: ca.serial.clone(),
                        changes,
                    });
                }
            }
        }
    }
    d.removed = old
        .cas()
        .iter()
        .filter(|o| !new.cas().iter().any(|ca| same_issuance(o, ca)))
        .cloned()
        .collect();
    for s in new.services() {
        match old.services().iter().find(|o| o.name == s.name) {
            None => d.services_added.push(s.clone()),
            Some(o) => {
                let changes = changes(service_fields(o), service_fields(s));
                if !changes.is_empty() {
                    d.services_changed.push(ServiceChange {
                        name: s.name.clone(),
                        changes,
                    });
                }
            }
        }
    }
    d.services_removed = old
        .services()
        .iter()
        .filter(|o| !new.services().iter().any(|s| s.name == o.name))
        .cloned()
        .collect();
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin_text() -> String {
        include_str!("../../rules/ca/catalog.toml").to_owned()
    }

    #[test]
    fn a_catalog_has_no_difference_with_itself() {
        let cat = Catalog::builtin();
        let d = diff(cat, cat);
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn added_removed_and_changed_cas_and_services_are_found() {
        let text = builtin_text();
        // Baltimore retires; the first intermediate leaves.
        let starts: Vec<usize> = text.match_indices("[[ca]]").map(|(i, _)| i).collect();
        let block = starts
            .iter()
            .zip(starts.iter().skip(1))
            .map(|(&a, &b)| &text[a..b])
            .find(|b| b.contains("role = \"intermediate\""))
            .unwrap();
        let removed_name = block
            .lines()
            .find_map(|l| l.strip_prefix("name = "))
            .unwrap()
            .trim_matches('"')
            .to_owned();
        let count = Catalog::builtin().cas().len();
        let intermediates = Catalog::builtin()
            .cas()
            .iter()
            .filter(|c| c.role == crate::cert::Role::Intermediate)
            .count();
        let mut new = text
            .replace(block, "")
            .replace(
                &format!("ca_count = {count}"),
                &format!("ca_count = {}", count - 1),
            )
            .replace(
                &format!("intermediate_count = {intermediates}"),
                &format!("intermediate_count = {}", intermediates - 1),
            );
        let baltimore = new.find("name = \"Baltimore CyberTrust Root\"").unwrap();
        let status = baltimore + new[baltimore..].find("status = \"").unwrap();
        let end = status + new[status..].find('\n').unwrap();
        new.replace_range(status..end, "status = \"retired\"");
        let new_cat = Catalog::from_toml(&new).unwrap();
        let d = diff(Catalog::builtin(), &new_cat);
        assert!(d.added.is_empty());
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.removed[0].name, removed_name);
        let baltimore: Vec<&CaChange> = d
            .changed
            .iter()
            .filter(|c| c.name == "Baltimore CyberTrust Root")
            .collect();
        assert_eq!(baltimore.len(), 1, "{:?}", d.changed);
        assert_eq!(baltimore[0].changes.len(), 1);
        assert_eq!(baltimore[0].changes[0].field, "status");
        assert_eq!(baltimore[0].changes[0].new, "retired");
        // And back: what was removed is added.
        let back = diff(&new_cat, Catalog::builtin());
        assert_eq!(back.added.len(), 1);
        assert_eq!(back.added[0].name, removed_name);
        assert!(back.removed.is_empty());
    }
}
