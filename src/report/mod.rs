//! Reporters: turn an `Outcome` into bytes. `text` for people, `json` for machines (a
//! documented, versioned document). Reporters write to any `io::Write`; the binary picks
//! stdout or `--output`. `rules`, `catalog` and `inspect` render the other subcommands'
//! output (`pinscan rules`, `pinscan ca`, `pinscan inspect`).

pub mod catalog;
pub mod github;
pub mod inspect;
pub mod json;
pub mod rules;
pub mod sarif;
pub mod text;

use std::io;

use crate::Outcome;
use crate::rules::RuleSet;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions annotations (`::error file=...`).
    Github,
}

/// What a reporter needs besides the outcome.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions<'a> {
    pub color: bool,
    /// Include per-stage timings (`--stats`); off by default so output is reproducible.
    pub timings: bool,
    /// The rules (SARIF lists every rule in `tool.driver.rules`).
    pub rules: &'a RuleSet,
    /// SARIF `automationDetails.id` (`category/run-id`).
    pub sarif_category: &'a str,
}

/// Write `outcome` in `format`.
pub fn write(
    format: Format,
    outcome: &Outcome,
    opts: &ReportOptions<'_>,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(outcome, opts, out),
        Format::Json => json::write(outcome, opts, out),
        Format::Sarif => sarif::write(outcome, opts.rules, opts, out),
        Format::Github => github::write(outcome, out),
    }
}

/// The lines a scan prints on standard error besides the report: one per file that could
/// not be scanned and, with `show_unused`, one per `pinscan: ignore` that suppressed
/// nothing.
pub fn write_diagnostics(
    outcome: &Outcome,
    show_unused: bool,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    for e in &outcome.errors {
        writeln!(out, "pinscan: {}: {}", e.path, e.message)?;
    }
    if show_unused {
        for u in &outcome.unused_suppressions {
            let rules = if u.rules.is_empty() {
                String::new()
            } else {
                format!("[{}]", u.rules.join(","))
            };
            writeln!(
                out,
                "pinscan: {}:{}: unused suppression `pinscan: ignore{rules}`",
                u.path, u.line
            )?;
        }
    }
    Ok(())
}

/// `value` as pretty-printed JSON and a newline. An I/O error (a closed pipe) stays an
/// `io::Error` of its kind.
pub(crate) fn write_pretty_json<T: serde::Serialize + ?Sized>(
    value: &T,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
