//! The `pinscan` binary: parse flags, run the library, print, map the outcome to an exit
//! code. A closed pipe on standard output is not an error.

mod cli;

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser as _;

use cli::{Cli, ColorChoice, Command, FailOn, ScanArgs};
use pinscan::report::{self, Format, ReportOptions};
use pinscan::rules::Severity;
use pinscan::{Settings, exit};

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
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
        Command::Scan(args) => run_scan(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(exit::CLEAN);
            }
            eprintln!("pinscan: error: {e:#}");
            ExitCode::from(exit::ERROR)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn settings_from(args: &ScanArgs) -> anyhow::Result<Settings> {
    let mut s = Settings::new().context("loading the built-in rules")?;
    s.hidden = args.hidden;
    s.no_ignore = args.no_ignore;
    s.follow = args.follow;
    s.globs.clone_from(&args.glob);
    s.excludes.clone_from(&args.exclude);
    s.max_filesize = pinscan::settings::parse_size(&args.max_filesize)
        .map_err(|e| anyhow::anyhow!("--max-filesize: {e}"))?;
    s.threads = args.threads.unwrap_or(0);
    Ok(s)
}

#[allow(clippy::print_stderr)]
fn run_scan(args: &ScanArgs) -> anyhow::Result<u8> {
    let settings = settings_from(args)?;
    let outcome = pinscan::scan(&settings, &args.paths)?;

    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output.is_none()
                && args.format == Format::Text
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let opts = ReportOptions {
        color,
        timings: args.stats,
    };
    if let Some(path) = &args.output {
        let mut f = io::BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        );
        report::write(args.format, &outcome, opts, &mut f)
            .and_then(|()| f.flush())
            .with_context(|| format!("cannot write {}", path.display()))?;
    } else {
        let mut lock = io::BufWriter::new(io::stdout().lock());
        report::write(args.format, &outcome, opts, &mut lock)?;
        lock.flush()?;
    }
    if !args.quiet {
        for e in &outcome.errors {
            eprintln!("pinscan: {}: {}", e.path, e.message);
        }
    }

    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Note => Some(Severity::Note),
        FailOn::None => None,
    };
    if !outcome.errors.is_empty() {
        return Ok(exit::ERROR);
    }
    let failed = threshold.is_some_and(|t| outcome.max_severity().is_some_and(|m| m >= t));
    Ok(if failed { exit::FINDINGS } else { exit::CLEAN })
}
