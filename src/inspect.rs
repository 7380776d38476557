//! `pinscan inspect` and `pinscan ca`: the facts of every certificate in PEM/DER/PKCS#7
//! files with their catalog match, and whether a trust bundle covers every root an Azure
//! service needs (also used for trust files that findings point to).

use serde::Serialize;

use crate::cert::parse::{self, CertFacts};
use crate::cert::{CaMatch, Catalog, Role, Service};

/// One certificate of an inspected file.
#[derive(Debug, Clone, Serialize)]
pub struct InspectedCert {
    #[serde(flatten)]
    pub facts: CertFacts,
    /// The catalog CA this certificate is (or shares its key with).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca: Option<CaMatch>,
}

/// Every certificate of one file.
#[derive(Debug, Clone, Serialize)]
pub struct Inspected {
    pub path: String,
    pub certificates: Vec<InspectedCert>,
    /// Blocks that could not be read next to good ones.
    pub problems: Vec<String>,
}

/// Parse a certificate file's bytes; `Err` with a clear reason when it holds none.
pub fn inspect_bytes(catalog: &Catalog, path: &str, bytes: &[u8]) -> Result<Inspected, String> {
    let (certs, errs) = parse::parse_bundle(bytes).map_err(|e| e.to_string())?;
    let certificates = certs
        .into_iter()
        .map(|facts| {
            let ca = catalog.lookup_cert(&facts).into_iter().next();
            InspectedCert { facts, ca }
        })
        .collect();
    Ok(Inspected {
        path: path.to_owned(),
        certificates,
        problems: errs.iter().map(ToString::to_string).collect(),
    })
}

/// Which of a service's required roots a set of certificates holds.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub service: String,
    pub required: Vec<String>,
    pub present: Vec<String>,
    pub missing: Vec<String>,
    /// Catalog CAs in the bundle that the service does not list (e.g. retired roots).
    pub other_catalog_cas: Vec<String>,
}

impl Coverage {
    pub fn complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// Compare the catalog CAs found in `cas` with the roots `service` needs.
pub fn coverage(service: &Service, cas: &[CaMatch]) -> Coverage {
    let mut present = Vec::new();
    let mut missing = Vec::new();
    for root in &service.trust_roots {
        if cas.iter().any(|c| c.name.eq_ignore_ascii_case(root)) {
            present.push(root.clone());
        } else {
            missing.push(root.clone());
        }
    }
    let mut other: Vec<String> = cas
        .iter()
        .filter(|c| {
            !service
                .trust_roots
                .iter()
                .any(|r| r.eq_ignore_ascii_case(&c.name))
        })
        .map(|c| match c.role {
            Role::Root => c.name.clone(),
            Role::Intermediate => format!("{} (intermediate)", c.name),
        })
        .collect();
    other.sort();
    other.dedup();
    Coverage {
        service: service.name.clone(),
        required: service.trust_roots.clone(),
        present,
        missing,
        other_catalog_cas: other,
    }
}
