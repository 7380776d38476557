//! `pinscan inspect`: the facts of every certificate of the inspected files with their
//! catalog match, and whether they cover the roots a service needs; as text or one JSON
//! document.

use std::io::{self, Write};

use serde::Serialize;

use super::catalog::{role_word, status_word};
use crate::escape;
use crate::inspect::{Coverage, Inspected, InspectedCert};

/// `pinscan inspect --format json`.
#[derive(Debug, Serialize)]
pub struct InspectDoc<'a> {
    pub catalog_version: &'a str,
    pub files: &'a [Inspected],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<&'a Coverage>,
}

/// Every file with `write_file`, then the coverage block when a service was asked for.
pub fn write_text(
    files: &[Inspected],
    coverage: Option<&Coverage>,
    out: &mut dyn Write,
) -> io::Result<()> {
    for f in files {
        write_file(f, out)?;
    }
    if let Some(cov) = coverage {
        write_coverage(cov, out)?;
    }
    Ok(())
}

/// `path: N certificate(s)`, each certificate numbered from 1, then the file's problems.
pub fn write_file(file: &Inspected, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{}: {} certificate(s)",
        escape::terminal(&file.path),
        file.certificates.len()
    )?;
    for (n, c) in file.certificates.iter().enumerate() {
        write_certificate(n + 1, c, out)?;
    }
    for p in &file.problems {
        writeln!(out, "  problem: {}", escape::terminal(p))?;
    }
    Ok(())
}

/// Certificate number `number` of a file: subject, issuer, kind, hashes, catalog match.
pub fn write_certificate(number: usize, c: &InspectedCert, out: &mut dyn Write) -> io::Result<()> {
    let f = &c.facts;
    let kind = if f.is_ca {
        if f.self_signed {
            "root CA"
        } else {
            "intermediate CA"
        }
    } else {
        "leaf"
    };
    writeln!(out, "  [{number}] {}", escape::terminal(&f.subject))?;
    writeln!(out, "      issuer:      {}", escape::terminal(&f.issuer))?;
    writeln!(out, "      kind:        {kind}, {}", f.key)?;
    writeln!(out, "      serial:      {}", f.serial_hex)?;
    writeln!(
        out,
        "      valid:       {} .. {}",
        f.not_before, f.not_after
    )?;
    writeln!(out, "      sha1:        {}", f.sha1_hex)?;
    writeln!(out, "      sha256:      {}", f.sha256_hex)?;
    writeln!(
        out,
        "      spki sha256: {} ({})",
        f.spki_sha256_b64, f.spki_sha256_hex
    )?;
    match &c.ca {
        Some(ca) => writeln!(
            out,
            "      catalog:     {} ({} CA, {}{})",
            escape::terminal(&ca.name),
            role_word(ca.role),
            status_word(ca.status),
            ca.not_after
                .as_deref()
                .map_or(String::new(), |d| format!(", until {d}"))
        ),
        None => writeln!(out, "      catalog:     -"),
    }
}

/// `service: NAME`, the roots it needs, which are present and missing, and other catalog
/// CAs found in the files.
pub fn write_coverage(cov: &Coverage, out: &mut dyn Write) -> io::Result<()> {
    fn list_or_dash(list: &[String]) -> String {
        if list.is_empty() {
            "-".to_owned()
        } else {
            escape::terminal(&list.join(", ")).into_owned()
        }
    }
    writeln!(out, "service: {}", escape::terminal(&cov.service))?;
    writeln!(
        out,
        "  needs:   {}",
        escape::terminal(&cov.required.join(", "))
    )?;
    writeln!(out, "  present: {}", list_or_dash(&cov.present))?;
    writeln!(out, "  missing: {}", list_or_dash(&cov.missing))?;
    if !cov.other_catalog_cas.is_empty() {
        writeln!(
            out,
            "  other catalog CAs in the files: {}",
            list_or_dash(&cov.other_catalog_cas)
        )?;
    }
    Ok(())
}

/// One JSON `InspectDoc`.
pub fn write_json(
    catalog_version: &str,
    files: &[Inspected],
    coverage: Option<&Coverage>,
    out: &mut dyn Write,
) -> io::Result<()> {
    super::write_pretty_json(
        &InspectDoc {
            catalog_version,
            files,
            coverage,
        },
        out,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cert::Catalog;
    use crate::inspect::{coverage, inspect_bytes};

    const G2_PEM: &str = include_str!("../../rules/ca/roots/DigiCert_Global_Root_G2.pem");

    fn render(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
        let mut buf = Vec::new();
        f(&mut buf).expect("writing to a Vec cannot fail");
        String::from_utf8(buf).expect("renderers write UTF-8")
    }

    fn g2() -> Inspected {
        inspect_bytes(Catalog::builtin(), "g2.pem", G2_PEM.as_bytes()).expect("G2 parses")
    }

    #[test]
    fn certificate_with_catalog_match() {
        let file = g2();
        let text = render(|out| write_file(&file, out));
        let facts = &file.certificates[0].facts;
        assert!(
            text.starts_with("g2.pem: 1 certificate(s)\n  [1] "),
            "{text}"
        );
        assert!(text.contains(&format!("\n      kind:        root CA, {}\n", facts.key)));
        assert!(text.contains(&format!(
            "\n      spki sha256: {} ({})\n",
            facts.spki_sha256_b64, facts.spki_sha256_hex
        )));
        assert!(
            text.contains("\n      catalog:     DigiCert Global Root G2 (root CA, "),
            "{text}"
        );
        assert!(!text.contains("problem:"));
    }

    #[test]
    fn certificate_without_match_and_problems() {
        let mut file = g2();
        file.certificates[0].ca = None;
        file.problems.push("block 2: not a certificate".to_owned());
        let text = render(|out| write_file(&file, out));
        assert!(text.contains("\n      catalog:     -\n"), "{text}");
        assert!(
            text.ends_with("\n  problem: block 2: not a certificate\n"),
            "{text}"
        );
    }

    #[test]
    fn coverage_block() {
        let cov = Coverage {
            service: "Svc".to_owned(),
            required: vec!["A".to_owned(), "B".to_owned()],
            present: vec![],
            missing: vec!["A".to_owned(), "B".to_owned()],
            other_catalog_cas: vec![],
        };
        assert_eq!(
            render(|out| write_coverage(&cov, out)),
            "service: Svc\n  needs:   A, B\n  present: -\n  missing: A, B\n"
        );
        let cov = Coverage {
            present: vec!["A".to_owned(), "B".to_owned()],
            missing: vec![],
            other_catalog_cas: vec!["C (intermediate)".to_owned()],
            ..cov
        };
        assert_eq!(
            render(|out| write_coverage(&cov, out)),
            "service: Svc\n  needs:   A, B\n  present: A, B\n  missing: -\n  \
             other catalog CAs in the files: C (intermediate)\n"
        );
    }

    #[test]
    fn text_is_files_then_coverage() {
        let files = [g2(), g2()];
        let service = Catalog::builtin()
            .service("Azure Storage")
            .expect("a known service");
        let cas: Vec<_> = files
            .iter()
            .flat_map(|f| f.certificates.iter().filter_map(|c| c.ca.clone()))
            .collect();
        let cov = coverage(service, &cas);
        let text = render(|out| write_text(&files, Some(&cov), out));
        let one = render(|out| write_file(&files[0], out));
        let block = render(|out| write_coverage(&cov, out));
        assert_eq!(text, format!("{one}{one}{block}"));
        assert_eq!(render(|out| write_text(&files, None, out)), one.repeat(2));
    }

    #[test]
    fn json_document() {
        let files = [g2()];
        let text = render(|out| write_json("v1", &files, None, out));
        assert!(text.ends_with("}\n"));
        let doc: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(doc["catalog_version"], "v1");
        assert_eq!(doc["files"][0]["path"], "g2.pem");
        assert!(doc.get("coverage").is_none());
        let cov = Coverage {
            service: "Svc".to_owned(),
            required: vec![],
            present: vec![],
            missing: vec![],
            other_catalog_cas: vec![],
        };
        let doc: serde_json::Value =
            serde_json::from_str(&render(|out| write_json("v1", &files, Some(&cov), out)))
                .expect("valid JSON");
        assert_eq!(doc["coverage"]["service"], "Svc");
    }
}
