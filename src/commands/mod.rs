//! One module per subcommand. Each gathers its data, calls a renderer of
//! `pinscan::report`, and returns the exit code; `main` maps errors to exit codes.

pub(crate) mod ca;
pub(crate) mod debug;
pub(crate) mod inspect;
pub(crate) mod rules;
pub(crate) mod scan;

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Context as _;
use pinscan::cert::Catalog;

/// The built-in catalog plus the user's bundles.
pub(crate) fn catalog_with(bundles: &[PathBuf]) -> anyhow::Result<Catalog> {
    let mut catalog = Catalog::builtin().clone();
    for path in bundles {
        let bytes = std::fs::read(path)
            .with_context(|| format!("--ca-bundle {}: cannot read", path.display()))?;
        catalog = catalog
            .with_bundle(&path.display().to_string(), &bytes)
            .map_err(|e| anyhow::anyhow!("--ca-bundle {}: {e}", path.display()))?;
    }
    Ok(catalog)
}

/// Run `render` on buffered standard output and flush it.
pub(crate) fn to_stdout(
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    render(&mut out)?;
    out.flush()?;
    Ok(())
}
