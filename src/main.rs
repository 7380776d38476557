//! The `pinscan` binary: parse flags, dispatch to the subcommand's module in `commands`,
//! map the outcome to an exit code. A closed pipe on standard output is not an error.

mod cli;
mod commands;
mod progress;

use std::io::{self, Write as _};
use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _};

use cli::{CaCommand, Cli, Command, DebugCommand};
use pinscan::cert::Catalog;
use pinscan::exit;

/// `pinscan 0.1.0 (catalog 2026-11-23, 87 CAs)`.
fn version() -> &'static str {
    let cat = Catalog::builtin();
    let s = format!(
        "{} (catalog {}, {} CAs)",
        env!("CARGO_PKG_VERSION"),
        cat.version(),
        cat.cas().len()
    );
    Box::leak(s.into_boxed_str())
}

fn parse_cli() -> Result<Cli, clap::Error> {
    let matches = Cli::command().version(version()).try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

fn main() -> ExitCode {
    let cli = match parse_cli() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::ERROR
            } else {
                exit::CLEAN
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Scan(args) => commands::scan::run(&args),
        Command::Rules { id, format } => commands::rules::run(id.as_deref(), format),
        Command::Ca(CaCommand::List { format, catalog }) => {
            commands::ca::list(format, catalog.as_deref())
        }
        Command::Ca(CaCommand::Show {
            query,
            format,
            catalog,
        }) => commands::ca::show(&query, format, catalog.as_deref()),
        Command::Ca(CaCommand::Diff { old, new, format }) => commands::ca::diff(&old, &new, format),
        Command::Inspect(args) => commands::inspect::run(&args),
        Command::Sweep(args) => commands::sweep::run(&args),
        Command::Debug(DebugCommand::Tree { file }) => commands::debug::run(&file, false),
        Command::Debug(DebugCommand::Query { file }) => commands::debug::run(&file, true),
        Command::Debug(DebugCommand::Packs { languages, repeat }) => {
            commands::debug::packs(&languages, repeat)
        }
        Command::Merge(args) => commands::merge::run(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // The reader went away (`pinscan ... | head`): a quiet, successful end.
        Err(e) if is_broken_pipe(&e) => ExitCode::from(exit::CLEAN),
        Err(e) => {
            // Messages may quote paths, git's words or the command line: escaped, lines kept.
            let message = format!("{e:#}");
            let _ = writeln!(
                io::stderr(),
                "pinscan: error: {}",
                pinscan::escape::terminal_lines(&message)
            );
            ExitCode::from(exit::ERROR)
        }
    }
}

/// Whether `e` is, or was caused by, a write to a closed pipe.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}
