//! Certificates and the CA catalog: `parse` extracts and parses certificates (PEM anywhere in
//! text, DER, PKCS#7), `normalize` canonicalises textual pin values (hex, base64, serials,
//! DNs), `catalog` resolves values and certificates against the Azure CA catalog, and
//! `public` knows the public roots (Mozilla's store) that tell a store copy from a chosen set.

pub mod catalog;
pub mod diff;
pub mod normalize;
pub mod parse;
pub mod public;

pub use catalog::{CaEntry, CaMatch, Catalog, CatalogError, MatchBy, Role, Service, Status};
pub use parse::{CertError, CertFacts, PemBlock};
