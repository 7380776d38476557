//! One module per subcommand. Each gathers its data, calls a renderer of
//! `pinscan::report`, and returns the exit code; `main` maps errors to exit codes.

pub(crate) mod ca;
pub(crate) mod debug;
pub(crate) mod inspect;
pub(crate) mod merge;
pub(crate) mod rules;
pub(crate) mod scan;

use std::io::{self, Write};
use std::path::PathBuf;

use pinscan::cert::Catalog;

/// The built-in catalog plus the user's bundles.
pub(crate) fn catalog_with(bundles: &[PathBuf]) -> anyhow::Result<Catalog> {
    Ok(pinscan::config::catalog_with(Catalog::builtin(), bundles)?)
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
