//! `pinscan ca list`, `pinscan ca show QUERY` and `pinscan ca diff OLD NEW`: the CA
//! catalog (built-in, or `--catalog FILE`).

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io;
use std::path::Path;

use pinscan::cert::{CaEntry, Catalog};
use pinscan::exit;
use pinscan::report::catalog::{self as render, CaHit};

use super::to_stdout;
use crate::cli::ListFormat;

/// `--catalog FILE`, or the built-in catalog.
fn chosen(catalog: Option<&Path>) -> anyhow::Result<Cow<'static, Catalog>> {
    Ok(match catalog {
        Some(path) => Cow::Owned(super::load_catalog(path)?),
        None => Cow::Borrowed(Catalog::builtin()),
    })
}

pub(crate) fn list(format: ListFormat, catalog: Option<&Path>) -> anyhow::Result<u8> {
    let cat = &*chosen(catalog)?;
    to_stdout(|out| match format {
        ListFormat::Text => render::write_list(cat, out),
        ListFormat::Json => render::write_list_json(cat, out),
    })?;
    Ok(exit::CLEAN)
}

/// Exact matches first: a CA name, or any fact `Catalog::lookup` knows (thumbprints, SPKI
/// hashes, serials, DNs, common names, file names). Without one, part of a name: when it
/// is part of several CAs' names the candidates go to standard error and the exit code is
/// 2. Exit code 1 when nothing matches.
pub(crate) fn show(query: &str, format: ListFormat, catalog: Option<&Path>) -> anyhow::Result<u8> {
    let cat = &*chosen(catalog)?;
    let mut hits: Vec<(usize, String)> = cat
        .by_name(query)
        .into_iter()
        .map(|i| (i, "name".to_owned()))
        .collect();
    for m in cat.lookup(query) {
        if !hits.iter().any(|(i, _)| *i == m.index) {
            let by = serde_json::to_value(m.matched_by)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            hits.push((m.index, by));
        }
    }
    if hits.is_empty() {
        let part = cat.by_name_part(query);
        let names: BTreeSet<&str> = part.iter().map(|&i| cat.cas()[i].name.as_str()).collect();
        if names.len() > 1 {
            let candidates: Vec<&CaEntry> = part.iter().map(|&i| &cat.cas()[i]).collect();
            render::write_ambiguous(query, &candidates, &mut io::stderr().lock())?;
            return Ok(exit::ERROR);
        }
        // One CA (perhaps in several issuances).
        hits = part
            .into_iter()
            .map(|i| (i, "name-part".to_owned()))
            .collect();
    }
    hits.sort_by_key(|(i, _)| *i);
    let list: Vec<CaHit<'_>> = hits
        .iter()
        .map(|(i, by)| CaHit {
            matched_by: by,
            ca: &cat.cas()[*i],
        })
        .collect();
    to_stdout(|out| match format {
        ListFormat::Text => render::write_hits(cat.version(), query, &list, out),
        ListFormat::Json => render::write_hits_json(&list, out),
    })?;
    Ok(if hits.is_empty() {
        exit::FINDINGS
    } else {
        exit::CLEAN
    })
}

/// `pinscan ca diff OLD NEW`: exit 0 when the catalogs hold the same CAs and services, 1
/// when they differ. `builtin` names the built-in catalog (`./builtin` a file of that name).
pub(crate) fn diff(old: &Path, new: &Path, format: ListFormat) -> anyhow::Result<u8> {
    let load = |p: &Path| -> anyhow::Result<Cow<'static, Catalog>> {
        if p.as_os_str() == "builtin" {
            Ok(Cow::Borrowed(Catalog::builtin()))
        } else {
            pinscan::config::load_catalog(p)
                .map(Cow::Owned)
                .map_err(|why| anyhow::anyhow!("{}: {why}", p.display()))
        }
    };
    let (old, new) = (load(old)?, load(new)?);
    let d = pinscan::cert::diff::diff(&old, &new);
    to_stdout(|out| match format {
        ListFormat::Text => render::write_diff(&d, out),
        ListFormat::Json => render::write_diff_json(&d, out),
    })?;
    Ok(if d.is_empty() {
        exit::CLEAN
    } else {
        exit::FINDINGS
    })
}
