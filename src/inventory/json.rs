//! The inventory as one JSON document: `version`, `tool`, `catalog`, `repositories`,
//! `totals`, `findings` (each the scan's finding with `repository` and `link` first, then
//! the scan's fields in the scan's order, then any other field by name; nested objects
//! by key), `errors` (inputs that could not be merged) and `notes`.

use std::io;

use serde::ser::{Error as _, SerializeMap as _, SerializeSeq as _};
use serde::{Serialize, Serializer};
use serde_json::Value;

use super::{INVENTORY_VERSION, InputError, Inventory, Repository, Totals};

/// The scan's finding fields, in the order `pinscan scan --format json` writes them.
const FIELD_ORDER: &[&str] = &[
    "rule_id",
    "rule_name",
    "kind",
    "severity",
    "confidence",
    "path",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "matched",
    "value",
    "message",
    "advice",
    "ca",
    "certificate",
    "service",
    "trust_file",
    "related",
    "fingerprint",
];

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool,
    catalog: &'a str,
    repositories: &'a [Repository],
    totals: Totals,
    findings: Findings<'a>,
    errors: &'a [InputError],
    notes: &'a [String],
}

/// The findings, each parsed from its scan JSON only while it is written.
struct Findings<'a>(&'a Inventory);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let inv = self.0;
        let mut seq = s.serialize_seq(Some(inv.findings.len()))?;
        for f in &inv.findings {
            let Value::Object(fields) =
                serde_json::from_str::<Value>(&f.raw).map_err(S::Error::custom)?
            else {
                return Err(S::Error::custom("a finding is not an object"));
            };
            let mut rest: Vec<(&String, &Value)> = fields
                .iter()
                .filter(|(k, _)| {
                    !FIELD_ORDER.contains(&k.as_str())
                        && k.as_str() != "repository"
                        && k.as_str() != "link"
                })
                .collect();
            rest.sort_by(|a, b| a.0.cmp(b.0));
            seq.serialize_element(&FindingOut {
                repository: &inv.repo(f).name,
                link: inv.link(f),
                known: FIELD_ORDER
                    .iter()
                    .filter_map(|k| fields.get(*k).map(|v| (*k, v)))
                    .collect(),
                rest,
            })?;
        }
        seq.end()
    }
}

struct FindingOut<'a> {
    repository: &'a str,
    link: Option<String>,
    known: Vec<(&'static str, &'a Value)>,
    rest: Vec<(&'a String, &'a Value)>,
}

impl Serialize for FindingOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2 + self.known.len() + self.rest.len()))?;
        map.serialize_entry("repository", self.repository)?;
        map.serialize_entry("link", &self.link)?;
        for (k, v) in &self.known {
            map.serialize_entry(k, &Sorted(v))?;
        }
        for (k, v) in &self.rest {
            map.serialize_entry(k, &Sorted(v))?;
        }
        map.end()
    }
}

/// A JSON value with every object's keys in order, whatever `serde_json::Map` keeps.
struct Sorted<'a>(&'a Value);

impl Serialize for Sorted<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(m) => {
                let mut keys: Vec<(&String, &Value)> = m.iter().collect();
                keys.sort_by(|a, b| a.0.cmp(b.0));
                let mut map = s.serialize_map(Some(keys.len()))?;
                for (k, v) in keys {
                    map.serialize_entry(k, &Sorted(v))?;
                }
                map.end()
            }
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(&Sorted(v))?;
                }
                seq.end()
            }
            v => v.serialize(s),
        }
    }
}

/// Write the inventory as pretty JSON (unsafe characters escaped as in every pinscan JSON).
pub fn write(inv: &Inventory, out: &mut dyn io::Write) -> io::Result<()> {
    let doc = Document {
        version: INVENTORY_VERSION,
        tool: Tool {
            name: "pinscan",
            version: env!("CARGO_PKG_VERSION"),
        },
        catalog: &inv.catalog_version,
        repositories: &inv.repositories,
        totals: inv.totals(),
        findings: Findings(inv),
        errors: &inv.errors,
        notes: &inv.notes,
    };
    crate::report::write_pretty_json(&doc, out)
}
