//! Certificates and the CA catalog: `parse` extracts and parses certificates (PEM anywhere in
//! text, DER, PKCS#7), `normalize` canonicalises textual pin values (hex, base64, serials,
//! DNs), and `catalog` resolves values and certificates against the Azure CA catalog.

pub mod catalog;
pub mod normalize;
pub mod parse;

pub use catalog::{CaEntry, CaMatch, Catalog, CatalogError, MatchBy, Role, Service, Status};
pub use parse::{CertError, CertFacts, PemBlock};
