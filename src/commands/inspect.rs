//! `pinscan inspect FILE...`: every certificate of the files with its catalog match, and
//! with `--service` whether they hold every root the service needs.

use pinscan::exit;
use pinscan::report::inspect as render;

use super::{catalog_with, to_stdout};
use crate::cli::{InspectArgs, ListFormat};

/// Exit code 2 when a file cannot be read or holds no certificate, 1 when the service
/// coverage is incomplete.
#[allow(clippy::print_stderr)]
pub(crate) fn run(args: &InspectArgs) -> anyhow::Result<u8> {
    let catalog = catalog_with(args.catalog.as_deref(), &args.ca_bundle)?;
    let service = match &args.service {
        Some(name) => Some(catalog.service(name).ok_or_else(|| {
            let names: Vec<&str> = catalog.services().iter().map(|s| s.name.as_str()).collect();
            anyhow::anyhow!(
                "--service {name:?} matches no service; known services:\n  {}",
                names.join("\n  ")
            )
        })?),
        None => None,
    };
    let mut failed = false;
    let mut results = Vec::new();
    for path in &args.files {
        let shown = path.display().to_string();
        let inspected = std::fs::read(path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|bytes| pinscan::inspect::inspect_bytes(&catalog, &shown, &bytes));
        match inspected {
            Ok(i) => results.push(i),
            Err(reason) => {
                eprintln!(
                    "pinscan: {}: {}",
                    pinscan::escape::terminal(&shown),
                    pinscan::escape::terminal(&reason)
                );
                failed = true;
            }
        }
    }
    let cas: Vec<pinscan::cert::CaMatch> = results
        .iter()
        .flat_map(|r| r.certificates.iter().filter_map(|c| c.ca.clone()))
        .collect();
    let coverage = service.map(|s| pinscan::inspect::coverage(s, &cas));
    to_stdout(|out| match args.format {
        ListFormat::Text => render::write_text(&results, coverage.as_ref(), out),
        ListFormat::Json => render::write_json(catalog.version(), &results, coverage.as_ref(), out),
    })?;
    if failed {
        return Ok(exit::ERROR);
    }
    Ok(if coverage.is_some_and(|c| !c.complete()) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    })
}
