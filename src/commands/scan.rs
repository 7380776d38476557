//! `pinscan scan PATH...`: settings from the configuration file and the flags, the scan
//! (which applies `--diff` and `--baseline`), `--write-baseline`, the report, the exit code.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use anyhow::Context as _;
use pinscan::Settings;
use pinscan::report::{self, Format, ReportOptions};

use crate::cli::{ColorChoice, ScanArgs};
use crate::progress;

/// Settings from the configuration file, then the flags (flags win). The merging rules
/// are the library's (`Settings::apply_config`), so library users get the same results.
fn settings_from(args: &ScanArgs) -> anyhow::Result<Settings> {
    let mut s = Settings::new().context("loading the built-in rules")?;
    if let Some(path) = &args.catalog {
        s.catalog = Arc::new(super::load_catalog(path)?);
    }
    // An untrusted tree's own configuration is not read; `--config FILE` is the user's.
    let config_path = if args.no_config {
        None
    } else if args.config.is_some() || args.untrusted {
        args.config.clone()
    } else {
        pinscan::config::discover(&args.paths)
    };
    if let Some(path) = &config_path {
        let cfg = if args.config.is_some() {
            pinscan::config::load(path, &s.rules).map_err(|e| anyhow::anyhow!("--config {e}"))?
        } else {
            pinscan::config::load_discovered(path, &s.rules)?
        };
        s.apply_config(cfg, path)?;
        s.config_file = Some(path.clone());
    }
    s.hidden = !args.no_hidden;
    s.force_exclude = !args.no_force_exclude;
    s.no_ignore = args.no_ignore;
    s.follow = args.follow;
    if args.no_demote_tests {
        s.demote_test_paths = false;
    }
    s.globs.clone_from(&args.glob);
    let from_config = std::mem::take(&mut s.excludes);
    s.excludes.clone_from(&args.exclude);
    s.excludes.extend(from_config);
    s.max_filesize = pinscan::settings::parse_size(&args.max_filesize)
        .map_err(|e| anyhow::anyhow!("--max-filesize: {e}"))?;
    s.max_parse_size = pinscan::settings::parse_size(&args.max_parse_size)
        .map_err(|e| anyhow::anyhow!("--max-parse-size: {e}"))?;
    s.threads = args.threads.unwrap_or(0);
    if let Some(days) = args.expiry_window {
        s.expiry_window_days = i64::from(days);
    }
    s.report_unused_suppressions = args.report_unused_suppressions;
    s.untrusted = args.untrusted;
    s.gates = !args.no_gates;
    if args.no_gates || args.no_partial_parse {
        s.partial_parse = None;
    }
    if let Some(date) = &args.as_of {
        s.today = super::as_of_days(date)?;
    }
    if !args.ca_bundle.is_empty() {
        s.catalog = Arc::new(pinscan::config::catalog_with(&s.catalog, &args.ca_bundle)?);
    }
    if let Some(f) = args.fail_on {
        s.fail_on = f.into();
    }
    if let Some(reference) = &args.diff {
        s.diff = Some(pinscan::gitdiff::changed_lines(reference, &args.paths)?);
    }
    if let Some(path) = &args.baseline {
        let shown = pinscan::escape::excerpt(&path.display().to_string(), 300);
        let bytes = pinscan::config::read_bytes_capped(path, pinscan::config::MAX_BASELINE_BYTES)
            .map_err(|why| anyhow::anyhow!("--baseline {shown}: {why}"))?;
        s.baseline = Some(serde_json::from_slice(&bytes).map_err(|e| {
            anyhow::anyhow!(
                "--baseline {shown}: not a pinscan baseline: {}",
                pinscan::escape::excerpt(&e.to_string(), 200)
            )
        })?);
    }
    Ok(s)
}

#[allow(clippy::print_stderr)]
pub(crate) fn run(args: &ScanArgs) -> anyhow::Result<u8> {
    let mut settings = settings_from(args)?;
    if !args.quiet {
        super::warn_if_stale(&settings.catalog, settings.today);
    }
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let counter = Arc::new(std::sync::atomic::AtomicU64::new(0));
        settings.progress = Some(Arc::clone(&counter));
        progress::Progress::start(counter)
    });
    let result = pinscan::scan(&settings, &args.paths);
    drop(progress);
    let outcome = result?;
    if let Some(path) = &args.write_baseline {
        let baseline = pinscan::suppress::Baseline::from_findings(&outcome.findings);
        let text = serde_json::to_string_pretty(&baseline)?;
        std::fs::write(path, text + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
    }

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
        rules: &settings.rules,
        sarif_category: &args.sarif_category,
    };
    let report_started = std::time::Instant::now();
    if let Some(path) = &args.output {
        let mut f = io::BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        );
        report::write(args.format, &outcome, &opts, &mut f)
            .and_then(|()| f.flush())
            .with_context(|| format!("cannot write {}", path.display()))?;
    } else {
        let mut lock = io::BufWriter::new(io::stdout().lock());
        report::write(args.format, &outcome, &opts, &mut lock)?;
        lock.flush()?;
    }
    if args.stats && !args.quiet {
        // The report cannot contain its own writing time: it goes to stderr.
        eprintln!(
            "pinscan: report written in {:.1} ms",
            report_started.elapsed().as_secs_f64() * 1000.0
        );
    }
    if !args.quiet {
        let mut err = io::stderr().lock();
        report::write_diagnostics(&outcome, args.report_unused_suppressions, &mut err)?;
    }
    Ok(outcome.exit_code(settings.fail_on))
}
