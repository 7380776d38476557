//! Reporters: turn an `Outcome` into bytes. `text` for people, `json` for machines (a
//! documented, versioned document). Reporters write to any `io::Write`; the binary picks
//! stdout or `--output`.

pub mod json;
pub mod text;

use std::io;

use crate::Outcome;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// What a reporter needs besides the outcome.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions {
    pub color: bool,
    /// Include per-stage timings (`--stats`); off by default so output is reproducible.
    pub timings: bool,
}

/// Write `outcome` in `format`.
pub fn write(
    format: Format,
    outcome: &Outcome,
    opts: ReportOptions,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(outcome, opts, out),
        Format::Json => json::write(outcome, opts, out),
    }
}
