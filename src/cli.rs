//! Command-line flags (clap derive). Raw flags only: `commands::scan` turns them into
//! `Settings`.

use std::path::PathBuf;

use clap::builder::{EnumValueParser, TypedValueParser as _};
use clap::{Args, Parser, Subcommand, ValueEnum};

use pinscan::report::Format;

#[derive(Debug, Parser)]
#[command(name = "pinscan", about = "Find TLS certificate pinning in source code and configuration", long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Scan files and directories for certificate pinning.
    Scan(Box<ScanArgs>),
    /// List every rule, or explain one (by id such as PIN101 or name such as spki-sha256-pin).
    Rules {
        #[arg(value_name = "ID")]
        id: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show the built-in CA catalog (Azure root and intermediate CAs).
    #[command(subcommand)]
    Ca(CaCommand),
    /// Print every certificate of PEM, DER or PKCS#7 files with its catalog match.
    Inspect(InspectArgs),
    /// Sweep many repositories (local folders or git URLs): one result file each in
    /// --output, for `pinscan merge`. Repositories' own configuration, baselines and
    /// `pinscan: ignore` comments are never honoured.
    Sweep(SweepArgs),
    /// For rule authors: show a file's syntax tree or the query captures in it.
    #[command(subcommand)]
    Debug(DebugCommand),
    /// Merge sweep result files and scan reports (files, or folders of `*.json`) into one
    /// inventory: JSON, CSV or a self-contained HTML page.
    Merge(MergeArgs),
}

/// The values of `merge --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MergeFormat {
    Json,
    Csv,
    /// One self-contained page (no network requests).
    Html,
}

#[derive(Debug, Args)]
pub(crate) struct MergeArgs {
    /// Result files (`pinscan sweep` results or `pinscan scan --format json` reports) and
    /// folders (every `*.json` below them).
    #[arg(value_name = "INPUT", required = true)]
    pub(crate) inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MergeFormat::Json)]
    pub(crate) format: MergeFormat,
    /// Write the inventory to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum DebugCommand {
    /// Print the tree-sitter syntax tree of FILE (language from its extension).
    Tree {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print every query-pack match in FILE: rule, pattern, captures and their text.
    Query {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Compile every built-in query pack (of LANGUAGE..., default all) and print how long
    /// each takes, slowest first: best of --repeat compiles.
    Packs {
        #[arg(value_name = "LANGUAGE")]
        languages: Vec<String>,
        /// Compiles per pack; the fastest counts.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
        repeat: u32,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum CaCommand {
    /// List every CA of the catalog.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Use this catalog file instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        catalog: Option<PathBuf>,
    },
    /// What changed from catalog OLD to catalog NEW: added, removed and changed CAs and
    /// services (`builtin` names the built-in catalog). Exit 1 when they differ.
    Diff {
        #[arg(value_name = "OLD")]
        old: PathBuf,
        #[arg(value_name = "NEW")]
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show the CAs matching QUERY: a name, common name, subject DN, file name, any
    /// spelling of a SHA-1/SHA-256 thumbprint, SPKI hash or serial number, or else part of
    /// one CA's name (case-insensitive: `baltimore`); a part of several names lists them.
    Show {
        #[arg(value_name = "QUERY")]
        query: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Use this catalog file instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        catalog: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct InspectArgs {
    /// Certificate files (PEM with any number of blocks, DER, PKCS#7 `.p7b`).
    #[arg(value_name = "FILE", required = true)]
    pub(crate) files: Vec<PathBuf>,
    /// Say whether the files hold every root this Azure service needs: part of its name
    /// (`PostgreSQL`, `MySQL`, `IoT Hub`) or a host name (`x.mysql.database.azure.com`).
    #[arg(long, value_name = "NAME")]
    pub(crate) service: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub(crate) format: ListFormat,
    /// Add your own CA bundle (PEM/DER) to the catalog; repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) ca_bundle: Vec<PathBuf>,
    /// Use this CA catalog file (the `rules/ca/catalog.toml` format, validated as the
    /// built-in one is) instead of the built-in catalog.
    #[arg(long, value_name = "FILE")]
    pub(crate) catalog: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct SweepArgs {
    /// Repositories: local folders, or git URLs (cloned with `--depth 1` into a temporary
    /// folder that is removed afterwards).
    #[arg(value_name = "REPO")]
    pub(crate) repos: Vec<String>,
    /// Read more repositories from FILE, one per line (`#` starts a comment; `-` reads
    /// standard input).
    #[arg(short, long, value_name = "FILE")]
    pub(crate) list: Option<PathBuf>,
    /// Folder for the result files, one `<name>-<hash>.json` per repository (created if
    /// missing; each file is written whole or not at all).
    #[arg(short, long, value_name = "DIR")]
    pub(crate) output: PathBuf,
    /// Sweep only the K-th of N shares of the list (1-based, dealt round-robin in list
    /// order), so that N machines split a sweep with no coordinator.
    #[arg(long, value_name = "K/N")]
    pub(crate) shard: Option<String>,
    /// Skip repositories whose result in --output says they were scanned (a failed one is
    /// tried again).
    #[arg(long)]
    pub(crate) resume: bool,
    /// Also write `<name>-<hash>.sarif` per repository.
    #[arg(long)]
    pub(crate) sarif: bool,
    /// The sweeper's own configuration file (repositories' own are never read).
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Add your own CA bundle (PEM/DER) to the catalog; repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) ca_bundle: Vec<PathBuf>,
    /// Use this CA catalog file instead of the built-in catalog.
    #[arg(long, value_name = "FILE")]
    pub(crate) catalog: Option<PathBuf>,
    /// Judge expiry as of DATE (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub(crate) as_of: Option<String>,
    /// Give up on a clone after SECONDS.
    #[arg(long, value_name = "SECONDS", default_value_t = 600)]
    pub(crate) clone_timeout: u64,
    /// Skip (and list) files larger than SIZE (bytes, or with K/M/G suffix).
    #[arg(long, value_name = "SIZE", default_value = "10M")]
    pub(crate) max_filesize: String,
    /// Number of worker threads per scan (default: number of CPUs).
    #[arg(short = 'j', long, value_name = "N")]
    pub(crate) threads: Option<usize>,
    /// No progress bar and no per-repository messages.
    #[arg(short, long)]
    pub(crate) quiet: bool,
}

/// The values of `scan --format`: clap's side of `report::Format` (the library does not
/// depend on clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ScanFormat {
    Text,
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions annotations (`::error file=...`).
    Github,
}

impl From<ScanFormat> for Format {
    fn from(f: ScanFormat) -> Format {
        match f {
            ScanFormat::Text => Format::Text,
            ScanFormat::Json => Format::Json,
            ScanFormat::Sarif => Format::Sarif,
            ScanFormat::Github => Format::Github,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    Error,
    Warning,
    Note,
    None,
}

impl From<FailOn> for pinscan::settings::FailOn {
    fn from(f: FailOn) -> Self {
        match f {
            FailOn::Error => Self::Error,
            FailOn::Warning => Self::Warning,
            FailOn::Note => Self::Note,
            FailOn::None => Self::None,
        }
    }
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // one bool per on/off flag
pub(crate) struct ScanArgs {
    /// Files or directories to scan (default: the current directory). Files named here
    /// are scanned even when .gitignore would ignore them (but not when `exclude` does).
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Output format.
    #[arg(
        long,
        value_parser = EnumValueParser::<ScanFormat>::new().map(Format::from),
        default_value = "text"
    )]
    pub(crate) format: Format,
    /// SARIF `automationDetails.id` (GitHub code scanning category, `category/run-id`).
    #[arg(long, value_name = "ID", default_value = "pinscan/")]
    pub(crate) sarif_category: String,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// Exit with code 1 when a finding at or above this severity exists [default: warning,
    /// or `fail-on` from .pinscan.toml].
    #[arg(long, value_enum)]
    pub(crate) fail_on: Option<FailOn>,
    /// Read configuration from FILE (a `.pinscan.toml`, or a `pyproject.toml` with a
    /// `[tool.pinscan]` table) instead of the nearest one above the scanned paths.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore every configuration file (`.pinscan.toml`, `[tool.pinscan]`).
    #[arg(long)]
    pub(crate) no_config: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,
    /// Write every current finding to FILE as the new baseline (the report is still printed).
    #[arg(long, value_name = "FILE")]
    pub(crate) write_baseline: Option<PathBuf>,
    /// Report only findings on lines added or changed since the git revision REF.
    #[arg(long, value_name = "REF")]
    pub(crate) diff: Option<String>,
    /// List `pinscan: ignore` comments that suppress nothing.
    #[arg(long)]
    pub(crate) report_unused_suppressions: bool,
    /// The tree is not trusted: ignore its configuration (`.pinscan.toml`, `[tool.pinscan]`
    /// found above the paths; `--config FILE` still applies) and its `pinscan: ignore`
    /// comments.
    #[arg(long)]
    pub(crate) untrusted: bool,
    /// Scan hidden files and directories: the default (`.git` and other version-control
    /// metadata, and dependency caches such as `.venv`, never are).
    #[arg(long, overrides_with = "no_hidden")]
    pub(crate) hidden: bool,
    /// Leave hidden files and directories out, except dotenv files, CI workflows
    /// (`.github/`, `.gitlab-ci.yml`, ...) and tool rc files (`.npmrc`, `.curlrc`, ...).
    #[arg(long, overrides_with = "hidden")]
    pub(crate) no_hidden: bool,
    /// Report findings in test code (tests/, fixtures/, *_test.*, ...; #[test], @Test,
    /// describe(...) blocks in other files) at their full severity instead of as notes.
    #[arg(long)]
    pub(crate) no_demote_tests: bool,
    /// Do not honour .gitignore, .ignore and git exclude files.
    #[arg(long)]
    pub(crate) no_ignore: bool,
    /// Run every structural rule over the whole syntax tree and every text rule over the
    /// whole file, ignoring gates and `near` windows (slower; for checking that they lose
    /// nothing).
    #[arg(long)]
    pub(crate) no_gates: bool,
    /// Parse every file that a structural rule wants whole, instead of only the items
    /// around its gate words in a large file (slower; for checking that this loses
    /// nothing).
    #[arg(long)]
    pub(crate) no_partial_parse: bool,
    /// Include or exclude files matching GLOB (ripgrep syntax, `!` excludes); repeatable.
    #[arg(short, long, value_name = "GLOB")]
    pub(crate) glob: Vec<String>,
    /// Exclude files and directories matching GLOB; repeatable.
    #[arg(long, value_name = "GLOB")]
    pub(crate) exclude: Vec<String>,
    /// Apply `exclude` and `--glob` to paths named on the command line too: the default
    /// (pre-commit names `vendor/x.py`; it is left out as a tree scan leaves it out).
    #[arg(long, overrides_with = "no_force_exclude")]
    pub(crate) force_exclude: bool,
    /// Scan paths named on the command line even when `exclude` or `--glob` leaves them out.
    #[arg(long, overrides_with = "force_exclude")]
    pub(crate) no_force_exclude: bool,
    /// Skip (and list) files larger than SIZE (bytes, or with K/M/G suffix).
    #[arg(long, value_name = "SIZE", default_value = "10M")]
    pub(crate) max_filesize: String,
    /// Parse files up to SIZE with tree-sitter; larger ones get only the text rules (a
    /// syntax tree takes ~25x the file's size in memory).
    #[arg(long, value_name = "SIZE", default_value = "2M")]
    pub(crate) max_parse_size: String,
    /// Number of worker threads (default: number of CPUs).
    #[arg(short = 'j', long, value_name = "N")]
    pub(crate) threads: Option<usize>,
    /// Follow symbolic links (loops are detected and skipped).
    #[arg(short = 'L', long)]
    pub(crate) follow: bool,
    /// Print where the time went (and include timings in JSON).
    #[arg(long)]
    pub(crate) stats: bool,
    /// Add your own CA bundle (PEM/DER: another cloud, a private CA) to the catalog that
    /// pins resolve against; repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) ca_bundle: Vec<PathBuf>,
    /// Use this CA catalog file (a newer `rules/ca/catalog.toml`, validated as the built-in
    /// one is) instead of the built-in catalog.
    #[arg(long, value_name = "FILE")]
    pub(crate) catalog: Option<PathBuf>,
    /// Embedded certificates that expire within DAYS days are errors [default: 90].
    #[arg(long, value_name = "DAYS")]
    pub(crate) expiry_window: Option<u32>,
    /// Judge expiry as of DATE (YYYY-MM-DD) instead of today: "what breaks by then?".
    #[arg(long, value_name = "DATE")]
    pub(crate) as_of: Option<String>,
    /// No progress bar; do not print per-file errors on standard error.
    #[arg(short, long)]
    pub(crate) quiet: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    use super::*;

    #[test]
    fn flags_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_scan_format_value_maps_to_its_report_format() {
        let names: Vec<String> = ScanFormat::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
            .collect();
        assert_eq!(names, ["text", "json", "sarif", "github"]);
        let formats: Vec<Format> = ScanFormat::value_variants()
            .iter()
            .map(|v| Format::from(*v))
            .collect();
        assert_eq!(
            formats,
            [Format::Text, Format::Json, Format::Sarif, Format::Github]
        );
    }
}
