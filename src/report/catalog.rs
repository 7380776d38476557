//! `pinscan ca list`, `pinscan ca show` and `pinscan ca diff`: the CA catalog as a table,
//! one CA's facts, what changed between two catalogs, and each as a JSON document.

use std::io::{self, Write};

use serde::Serialize;

use crate::cert::{CaEntry, Catalog, Role, Service, Status};
use crate::escape;

/// `root` or `intermediate`.
pub fn role_word(role: Role) -> &'static str {
    match role {
        Role::Root => "root",
        Role::Intermediate => "intermediate",
    }
}

/// `active`, `retiring`, `retired` or `expired`.
pub(crate) fn status_word(status: Status) -> String {
    format!("{status:?}").to_lowercase()
}

/// ` [variant]`, or nothing.
fn variant_suffix(ca: &CaEntry) -> String {
    ca.variant
        .as_deref()
        .map_or(String::new(), |v| format!(" [{v}]"))
}

/// `pinscan ca diff`: a line per added, removed and changed CA and service, changed ones
/// with each field's old and new value.
pub fn write_diff(d: &crate::cert::diff::CatalogDiff, out: &mut dyn Write) -> io::Result<()> {
    let e = |s: &str| escape::terminal(s).into_owned();
    writeln!(
        out,
        "CA catalog {} -> {}: {} added, {} removed, {} changed; services: {} added, {} removed, {} changed",
        e(&d.old_version),
        e(&d.new_version),
        d.added.len(),
        d.removed.len(),
        d.changed.len(),
        d.services_added.len(),
        d.services_removed.len(),
        d.services_changed.len()
    )?;
    for (sign, list) in [("+", &d.added), ("-", &d.removed)] {
        for ca in list {
            writeln!(
                out,
                "{sign} {}{} ({}, {}, serial {}, until {})",
                e(&ca.name),
                e(&variant_suffix(ca)),
                role_word(ca.role),
                status_word(ca.status),
                e(&ca.serial),
                e(ca.not_after.as_deref().unwrap_or("?"))
            )?;
        }
    }
    for c in &d.changed {
        let variant = c
            .variant
            .as_deref()
            .map_or(String::new(), |v| format!(" [{v}]"));
        writeln!(
            out,
            "~ {}{} (serial {})",
            e(&c.name),
            e(&variant),
            e(&c.serial)
        )?;
        for f in &c.changes {
            writeln!(out, "    {}: {} -> {}", f.field, e(&f.old), e(&f.new))?;
        }
    }
    for (sign, list) in [("+", &d.services_added), ("-", &d.services_removed)] {
        for s in list {
            writeln!(
                out,
                "{sign} service {} (trusts {})",
                e(&s.name),
                e(&s.trust_roots.join(", "))
            )?;
        }
    }
    for c in &d.services_changed {
        writeln!(out, "~ service {}", e(&c.name))?;
        for f in &c.changes {
            writeln!(out, "    {}: {} -> {}", f.field, e(&f.old), e(&f.new))?;
        }
    }
    Ok(())
}

/// `pinscan ca diff --format json`: the [`CatalogDiff`](crate::cert::diff::CatalogDiff) as is.
pub fn write_diff_json(d: &crate::cert::diff::CatalogDiff, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, d)?;
    writeln!(out)
}

/// The whole catalog as `pinscan ca list --format json` prints it.
#[derive(Debug, Serialize)]
pub struct CatalogDoc<'a> {
    pub catalog_version: &'a str,
    pub cas: &'a [CaEntry],
    pub services: &'a [Service],
}

impl<'a> CatalogDoc<'a> {
    pub fn new(catalog: &'a Catalog) -> CatalogDoc<'a> {
        CatalogDoc {
            catalog_version: catalog.version(),
            cas: catalog.cas(),
            services: catalog.services(),
        }
    }
}

/// A header line, then one line per CA: role, status, expiry, SHA-1, name and variant.
pub fn write_list(catalog: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "Azure CA catalog {} ({} CAs)",
        catalog.version(),
        catalog.cas().len()
    )?;
    for ca in catalog.cas() {
        writeln!(
            out,
            "{:<13} {:<8} {:<11} {}  {}{}",
            role_word(ca.role),
            status_word(ca.status),
            ca.not_after.as_deref().unwrap_or("-"),
            ca.sha1.as_deref().unwrap_or("-"),
            ca.name,
            variant_suffix(ca),
        )?;
    }
    Ok(())
}

/// The whole catalog (CAs and services) as one JSON `CatalogDoc`.
pub fn write_list_json(catalog: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    super::write_pretty_json(&CatalogDoc::new(catalog), out)
}

/// Every fact of one CA, one per line, then a blank line; `matched_by` says which fact a
/// query matched.
pub fn write_ca(ca: &CaEntry, matched_by: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}{}", ca.name, variant_suffix(ca))?;
    if let Some(m) = matched_by {
        writeln!(out, "  matched by:   {m}")?;
    }
    writeln!(out, "  role:         {}", role_word(ca.role))?;
    writeln!(out, "  status:       {}", status_word(ca.status))?;
    writeln!(out, "  subject:      {}", ca.subject)?;
    writeln!(out, "  issuer:       {}", ca.issuer)?;
    writeln!(out, "  serial:       {}", ca.serial)?;
    writeln!(
        out,
        "  valid:        {} .. {}",
        ca.not_before.as_deref().unwrap_or("?"),
        ca.not_after.as_deref().unwrap_or("?")
    )?;
    writeln!(out, "  key:          {}", ca.key.as_deref().unwrap_or("?"))?;
    writeln!(out, "  sha1:         {}", ca.sha1.as_deref().unwrap_or("?"))?;
    writeln!(
        out,
        "  sha256:       {}",
        ca.sha256.as_deref().unwrap_or("?")
    )?;
    writeln!(
        out,
        "  spki sha256:  {}",
        ca.spki_sha256_b64.as_deref().unwrap_or("?")
    )?;
    if !ca.file_names.is_empty() {
        writeln!(out, "  file names:   {}", ca.file_names.join(", "))?;
    }
    if !ca.notes.is_empty() {
        writeln!(out, "  notes:        {}", ca.notes)?;
    }
    writeln!(out)
}

/// A CA that `pinscan ca show` found, and which of its facts the query matched (`name`,
/// `sha1`, `spki`, ...).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CaHit<'a> {
    pub matched_by: &'a str,
    #[serde(flatten)]
    pub ca: &'a CaEntry,
}

/// `pinscan ca show` as text: every hit with `write_ca`, or one line saying that nothing
/// in catalog `catalog_version` matches `query` and where the names are.
pub fn write_hits(
    catalog_version: &str,
    query: &str,
    hits: &[CaHit<'_>],
    out: &mut dyn Write,
) -> io::Result<()> {
    if hits.is_empty() {
        writeln!(
            out,
            "no CA in catalog {catalog_version} matches \"{}\"; `pinscan ca list` lists every CA",
            escape::terminal(query)
        )?;
    }
    for hit in hits {
        write_ca(hit.ca, Some(hit.matched_by), out)?;
    }
    Ok(())
}

/// `pinscan ca show QUERY` when QUERY is part of several CAs' names: says so, then one
/// line per candidate, its SHA-1 (which `ca show` takes) and its name, as `ca list` does.
pub fn write_ambiguous(
    query: &str,
    candidates: &[&CaEntry],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "pinscan: error: \"{}\" is part of the names of {} CAs; name one by more of its name or by its SHA-1:",
        escape::terminal(query),
        candidates.len()
    )?;
    for ca in candidates {
        writeln!(
            out,
            "  {}  {}{}",
            ca.sha1.as_deref().unwrap_or("-"),
            ca.name,
            variant_suffix(ca)
        )?;
    }
    Ok(())
}

/// `pinscan ca show --format json`: a JSON array of the hits (each CA's fields plus
/// `matched_by`).
pub fn write_hits_json(hits: &[CaHit<'_>], out: &mut dyn Write) -> io::Result<()> {
    super::write_pretty_json(&hits, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
        let mut buf = Vec::new();
        f(&mut buf).expect("writing to a Vec cannot fail");
        String::from_utf8(buf).expect("renderers write UTF-8")
    }

    fn g2(cat: &Catalog) -> &CaEntry {
        let i = cat.by_name("DigiCert Global Root G2");
        &cat.cas()[*i.first().expect("G2 is in the built-in catalog")]
    }

    #[test]
    fn words() {
        assert_eq!(role_word(Role::Root), "root");
        assert_eq!(role_word(Role::Intermediate), "intermediate");
        assert_eq!(status_word(Status::Active), "active");
        assert_eq!(status_word(Status::Retiring), "retiring");
    }

    #[test]
    fn list_has_a_header_and_one_line_per_ca() {
        let cat = Catalog::builtin();
        let text = render(|out| write_list(cat, out));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            format!(
                "Azure CA catalog {} ({} CAs)",
                cat.version(),
                cat.cas().len()
            )
        );
        assert_eq!(lines.len(), cat.cas().len() + 1);
        for (line, ca) in lines[1..].iter().zip(cat.cas()) {
            assert!(line.starts_with(role_word(ca.role)), "{line}");
            assert!(line.contains(&format!("  {}", ca.name)), "{line}");
            // Role, status and expiry are padded columns.
            assert_eq!(&line[13..14], " ", "{line}");
        }
    }

    #[test]
    fn list_json_has_version_cas_and_services() {
        let cat = Catalog::builtin();
        let doc: serde_json::Value =
            serde_json::from_str(&render(|out| write_list_json(cat, out))).expect("valid JSON");
        assert_eq!(doc["catalog_version"], cat.version());
        assert_eq!(doc["cas"].as_array().map(Vec::len), Some(cat.cas().len()));
        assert_eq!(
            doc["services"].as_array().map(Vec::len),
            Some(cat.services().len())
        );
    }

    #[test]
    fn one_ca_with_and_without_matched_by() {
        let cat = Catalog::builtin();
        let ca = g2(cat);
        let plain = render(|out| write_ca(ca, None, out));
        assert!(plain.starts_with(&format!("{}\n  role:         root\n", ca.name)));
        assert!(plain.contains(&format!("\n  subject:      {}\n", ca.subject)));
        assert!(plain.contains(&format!(
            "\n  sha1:         {}\n",
            ca.sha1.as_deref().expect("G2 has a SHA-1")
        )));
        assert!(plain.ends_with("\n\n"), "{plain}");
        let matched = render(|out| write_ca(ca, Some("sha1"), out));
        assert!(matched.starts_with(&format!("{}\n  matched by:   sha1\n  role:", ca.name)));
    }

    #[test]
    fn hits_text_and_json() {
        let cat = Catalog::builtin();
        let ca = g2(cat);
        let hits = [CaHit {
            matched_by: "name",
            ca,
        }];
        let text = render(|out| write_hits(cat.version(), "G2", &hits, out));
        assert_eq!(text, render(|out| write_ca(ca, Some("name"), out)));
        let none = render(|out| write_hits("2026-01-01", "nope", &[], out));
        assert_eq!(
            none,
            "no CA in catalog 2026-01-01 matches \"nope\"; `pinscan ca list` lists every CA\n"
        );
        let hostile = render(|out| write_hits("2026-01-01", "x\x1b[2J\u{202e}", &[], out));
        assert!(hostile.contains("\"x\\x1b[2J\\u{202e}\""), "{hostile}");

        let mut candidates: Vec<&CaEntry> = Vec::new();
        for i in cat.by_name("Microsoft Azure TLS Issuing CA 01") {
            candidates.push(&cat.cas()[i]);
        }
        let text = render(|out| write_ambiguous("issuing\x07", &candidates, out));
        assert_eq!(
            text,
            "pinscan: error: \"issuing\\x07\" is part of the names of 2 CAs; name one by more of its name or by its SHA-1:\n\
             \x20 2f2877c5d778c31e0f29c7e371df5471bd673173  Microsoft Azure TLS Issuing CA 01 [xsign]\n\
             \x20 b9ed88eb05c15c79639493016200fdab08137af3  Microsoft Azure TLS Issuing CA 01 [microsoft-root]\n"
        );

        let doc: serde_json::Value =
            serde_json::from_str(&render(|out| write_hits_json(&hits, out))).expect("valid JSON");
        assert_eq!(doc[0]["matched_by"], "name");
        assert_eq!(doc[0]["name"], ca.name.as_str());
        assert_eq!(render(|out| write_hits_json(&[], out)), "[]\n");
    }
}
