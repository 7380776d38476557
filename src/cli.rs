//! Command-line flags (clap derive). Raw flags only: `main` turns them into `Settings`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use pinscan::report::Format;

#[derive(Debug, Parser)]
#[command(name = "pinscan", version, about = "Find TLS certificate pinning in source code and configuration", long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Scan files and directories for certificate pinning.
    Scan(ScanArgs),
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

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)] // one bool per on/off flag
pub(crate) struct ScanArgs {
    /// Files or directories to scan (default: the current directory). Files named here
    /// are scanned even when .gitignore would ignore them.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// Exit with code 1 when a finding at or above this severity exists.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub(crate) fail_on: FailOn,
    /// Scan hidden files and directories.
    #[arg(long)]
    pub(crate) hidden: bool,
    /// Do not honour .gitignore, .ignore and git exclude files.
    #[arg(long)]
    pub(crate) no_ignore: bool,
    /// Include or exclude files matching GLOB (ripgrep syntax, `!` excludes); repeatable.
    #[arg(short, long, value_name = "GLOB")]
    pub(crate) glob: Vec<String>,
    /// Exclude files and directories matching GLOB; repeatable.
    #[arg(long, value_name = "GLOB")]
    pub(crate) exclude: Vec<String>,
    /// Skip (and list) files larger than SIZE (bytes, or with K/M/G suffix).
    #[arg(long, value_name = "SIZE", default_value = "10M")]
    pub(crate) max_filesize: String,
    /// Number of worker threads (default: number of CPUs).
    #[arg(short = 'j', long, value_name = "N")]
    pub(crate) threads: Option<usize>,
    /// Follow symbolic links (loops are detected and skipped).
    #[arg(short = 'L', long)]
    pub(crate) follow: bool,
    /// Print where the time went (and include timings in JSON).
    #[arg(long)]
    pub(crate) stats: bool,
    /// Do not print per-file errors on standard error.
    #[arg(short, long)]
    pub(crate) quiet: bool,
}
