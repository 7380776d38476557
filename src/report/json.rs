//! The JSON report: one document, `version` (layout version), `tool`, `findings`,
//! `errors` (files that could not be scanned), `skipped` (files skipped and why) and
//! `stats`. Field names are `snake_case`; timings appear only with `--stats`.

use std::io;

use serde::Serialize;

use super::ReportOptions;
use crate::finding::Finding;
use crate::{FileError, JSON_SCHEMA_VERSION, Outcome, Skipped, Stats, Timings};

#[derive(Serialize)]
struct Tool<'a> {
    name: &'static str,
    version: &'static str,
    catalog: &'a str,
}

#[derive(Serialize)]
struct StatsOut<'a> {
    #[serde(flatten)]
    stats: &'a Stats,
    #[serde(skip_serializing_if = "Option::is_none")]
    timings: Option<&'a Timings>,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    tool: Tool<'a>,
    findings: &'a [Finding],
    errors: &'a [FileError],
    skipped: &'a [Skipped],
    unused_suppressions: &'a [crate::suppress::Suppression],
    stats: StatsOut<'a>,
}

pub fn write(
    outcome: &Outcome,
    opts: &ReportOptions<'_>,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let doc = Document {
        version: JSON_SCHEMA_VERSION,
        tool: Tool {
            name: "pinscan",
            version: env!("CARGO_PKG_VERSION"),
            catalog: &outcome.catalog_version,
        },
        findings: &outcome.findings,
        errors: &outcome.errors,
        skipped: &outcome.skipped,
        unused_suppressions: &outcome.unused_suppressions,
        stats: StatsOut {
            stats: &outcome.stats,
            timings: opts.timings.then_some(&outcome.stats.timings),
        },
    };
    super::write_pretty_json(&doc, out)
}
