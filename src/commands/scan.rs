//! `pinscan scan PATH...`: settings from the flags and the configuration file, the scan,
//! `--diff` / `--baseline` filtering, `--write-baseline`, the report, the exit code.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use pinscan::report::{self, Format, ReportOptions};
use pinscan::rules::Severity;
use pinscan::{Settings, exit};

use super::catalog_with;
use crate::cli::{ColorChoice, FailOn, ScanArgs};
use crate::{diff, progress};

/// Settings from the flags and the configuration file (flags win); also the `fail-on`
/// threshold.
fn settings_from(args: &ScanArgs) -> anyhow::Result<(Settings, FailOn)> {
    let mut s = Settings::new().context("loading the built-in rules")?;
    let config_path = args
        .config
        .clone()
        .or_else(|| pinscan::config::discover(&args.paths));
    let cfg = match &config_path {
        Some(p) => pinscan::config::load(p, &s.rules)?,
        None => pinscan::config::RawConfig::default(),
    };
    let config_dir = config_path
        .as_deref()
        .and_then(std::path::Path::parent)
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    if !cfg.rules.disable.is_empty() {
        let keep: Vec<pinscan::rules::Rule> = s
            .rules
            .rules()
            .iter()
            .filter(|r| !cfg.rules.disable.iter().any(|d| *d == r.id || *d == r.name))
            .cloned()
            .collect();
        s.rules = pinscan::rules::RuleSet::new(keep)?;
    }
    for (key, sev) in &cfg.rules.severity {
        if let Some(r) = s.rules.find(key) {
            s.severity_overrides.insert(r.id.clone(), *sev);
        }
    }
    s.allow = cfg.allow;
    s.hidden = args.hidden;
    s.no_ignore = args.no_ignore;
    s.follow = args.follow;
    s.demote_test_paths = !args.no_demote_tests && cfg.demote_test_paths.unwrap_or(true);
    s.globs.clone_from(&args.glob);
    s.excludes.clone_from(&args.exclude);
    s.excludes.extend(cfg.exclude);
    s.max_filesize = pinscan::settings::parse_size(&args.max_filesize)
        .map_err(|e| anyhow::anyhow!("--max-filesize: {e}"))?;
    s.max_parse_size = pinscan::settings::parse_size(&args.max_parse_size)
        .map_err(|e| anyhow::anyhow!("--max-parse-size: {e}"))?;
    s.threads = args.threads.unwrap_or(0);
    s.expiry_window_days = i64::from(args.expiry_window.or(cfg.expiry_window).unwrap_or(90));
    s.report_unused_suppressions = args.report_unused_suppressions;
    s.gates = !args.no_gates;
    if let Some(date) = &args.as_of {
        s.today = pinscan::resolve::days_from_date(date)
            .filter(|_| date.len() == 10)
            .ok_or_else(|| anyhow::anyhow!("--as-of {date:?}: expected a date as YYYY-MM-DD"))?;
    }
    let mut bundles: Vec<PathBuf> = cfg.ca_bundles.iter().map(|b| config_dir.join(b)).collect();
    bundles.extend(args.ca_bundle.iter().cloned());
    s.catalog = Arc::new(catalog_with(&bundles)?);
    let fail_on = match (args.fail_on, cfg.fail_on.as_deref()) {
        (Some(f), _) => f,
        (None, Some("error")) => FailOn::Error,
        (None, Some("note")) => FailOn::Note,
        (None, Some("none")) => FailOn::None,
        (None, _) => FailOn::Warning,
    };
    Ok((s, fail_on))
}

#[allow(clippy::print_stderr)]
pub(crate) fn run(args: &ScanArgs) -> anyhow::Result<u8> {
    let (mut settings, fail_on) = settings_from(args)?;
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let counter = Arc::new(std::sync::atomic::AtomicU64::new(0));
        settings.progress = Some(Arc::clone(&counter));
        progress::Progress::start(counter)
    });
    let result = pinscan::scan(&settings, &args.paths);
    drop(progress);
    let mut outcome = result?;
    if let Some(reference) = &args.diff {
        let changed = diff::changed_lines(reference, &args.paths)?;
        outcome
            .findings
            .retain(|f| changed.contains(&f.path, f.start.line));
        outcome.finish();
    }
    if let Some(path) = &args.baseline {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("--baseline {}: cannot read", path.display()))?;
        let baseline: pinscan::suppress::Baseline = serde_json::from_str(&text)
            .with_context(|| format!("--baseline {}: not a pinscan baseline", path.display()))?;
        outcome.stats.suppressed += baseline.filter(&mut outcome.findings) as u64;
        outcome.finish();
    }
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
        for e in &outcome.errors {
            eprintln!("pinscan: {}: {}", e.path, e.message);
        }
    }

    if args.report_unused_suppressions && !args.quiet {
        for u in &outcome.unused_suppressions {
            eprintln!(
                "pinscan: {}:{}: unused suppression `pinscan: ignore{}`",
                u.path,
                u.line,
                if u.rules.is_empty() {
                    String::new()
                } else {
                    format!("[{}]", u.rules.join(","))
                }
            );
        }
    }
    let threshold = match fail_on {
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
