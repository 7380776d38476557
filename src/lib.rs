//! pinscan finds TLS certificate pinning in source code and configuration.
//!
//! `scan` walks the given paths and runs one `FileScanner` (prefilter, the engines in
//! `engine`, the per-file passes) over every file, then the scan-wide passes in `passes`,
//! and returns an `Outcome` (findings in a deterministic order, per-file errors, skips
//! and statistics). The library never prints; reporters in `report` turn an `Outcome`
//! into text, JSON, SARIF or GitHub annotations. `docs/ARCHITECTURE.md` is the map.

pub mod cert;
pub mod config;
pub mod dataflow;
pub mod date;
pub mod engine;
pub mod exit;
pub mod finding;
pub mod gitdiff;
pub mod inspect;
pub mod lang;
pub mod outcome;
pub mod passes;
pub mod prefilter;
pub mod report;
pub mod resolve;
pub mod rules;
mod scan;
pub mod scanner;
pub mod service;
pub mod settings;
pub mod source;
pub mod suppress;
pub mod trustfiles;
pub mod walk;

pub use crate::outcome::{
    FileError, FileTime, Outcome, RuleTime, ScanError, Skipped, Stats, Timings,
};
pub use crate::scan::{scan, scan_text};
pub use crate::scanner::{FileScanner, FileState};
pub use crate::settings::Settings;

/// Version of the JSON report layout.
pub const JSON_SCHEMA_VERSION: u32 = 1;
