//! One module per subcommand. Each gathers its data, calls a renderer of
//! `pinscan::report`, and returns the exit code; `main` maps errors to exit codes.

pub(crate) mod ca;
pub(crate) mod debug;
pub(crate) mod inspect;
pub(crate) mod merge;
pub(crate) mod rules;
pub(crate) mod scan;
pub(crate) mod sweep;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use pinscan::cert::Catalog;

/// The catalog of `--catalog FILE`, or the built-in one, plus the user's bundles.
pub(crate) fn catalog_with(catalog: Option<&Path>, bundles: &[PathBuf]) -> anyhow::Result<Catalog> {
    let base = match catalog {
        Some(path) => load_catalog(path)?,
        None => Catalog::builtin().clone(),
    };
    Ok(pinscan::config::catalog_with(&base, bundles)?)
}

/// The catalog file `path` (`--catalog`), or an error naming it and saying why.
pub(crate) fn load_catalog(path: &Path) -> anyhow::Result<Catalog> {
    pinscan::config::load_catalog(path)
        .map_err(|why| anyhow::anyhow!("--catalog {}: {why}", path.display()))
}

/// Say on standard error when `catalog` is more than 180 days older than `today`.
pub(crate) fn warn_if_stale(catalog: &Catalog, today: i64) {
    if let Some(warning) = catalog.age_warning(today) {
        to_stderr(&format!("pinscan: warning: {warning}"));
    }
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

/// Write one line to standard error (a closed or full stderr is not worth failing for).
pub(crate) fn to_stderr(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// `--as-of DATE` as days since the epoch, or an error quoting it.
pub(crate) fn as_of_days(date: &str) -> anyhow::Result<i64> {
    pinscan::date::days_from_date(date)
        .filter(|_| date.len() == 10)
        .ok_or_else(|| anyhow::anyhow!("--as-of {date:?}: expected a date as YYYY-MM-DD"))
}
