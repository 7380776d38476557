//! The `pinscan` binary: parse flags, run the library, print, map the outcome to an exit
//! code. A closed pipe on standard output is not an error.

mod cli;
mod progress;

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use clap::{CommandFactory as _, FromArgMatches as _};

use cli::{
    CaCommand, Cli, ColorChoice, Command, DebugCommand, FailOn, InspectArgs, ListFormat, ScanArgs,
};
use pinscan::cert::{CaEntry, Catalog, Role};
use pinscan::report::{self, Format, ReportOptions};
use pinscan::rules::Severity;
use pinscan::{Settings, exit};

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

#[allow(clippy::print_stderr)]
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
        Command::Scan(args) => run_scan(&args),
        Command::Rules { id, format } => run_rules(id.as_deref(), format),
        Command::Ca(CaCommand::List { format }) => run_ca_list(format),
        Command::Ca(CaCommand::Show { query, format }) => run_ca_show(&query, format),
        Command::Inspect(args) => run_inspect(&args),
        Command::Debug(DebugCommand::Tree { file }) => run_debug(&file, false),
        Command::Debug(DebugCommand::Query { file }) => run_debug(&file, true),
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
        s.today = pinscan::date::days_from_date(date)
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

/// The built-in catalog plus the user's bundles.
fn catalog_with(bundles: &[PathBuf]) -> anyhow::Result<Catalog> {
    let mut catalog = Catalog::builtin().clone();
    for path in bundles {
        let bytes = std::fs::read(path)
            .with_context(|| format!("--ca-bundle {}: cannot read", path.display()))?;
        catalog = catalog
            .with_bundle(&path.display().to_string(), &bytes)
            .map_err(|e| anyhow::anyhow!("--ca-bundle {}: {e}", path.display()))?;
    }
    Ok(catalog)
}

fn run_debug(file: &std::path::Path, query: bool) -> anyhow::Result<u8> {
    let lang = pinscan::lang::Language::from_path(file).ok_or_else(|| {
        anyhow::anyhow!(
            "{}: no tree-sitter language for this extension",
            file.display()
        )
    })?;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let text = pinscan::source::decode(&bytes);
    let rules = pinscan::rules::load_builtin()?;
    let out = pinscan::lang::parse::debug(lang, &rules, &text, query)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let mut stdout = io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    Ok(exit::CLEAN)
}

#[derive(serde::Serialize)]
struct RuleDoc<'a> {
    id: &'a str,
    name: &'a str,
    title: &'a str,
    kind: pinscan::rules::Kind,
    severity: Severity,
    confidence: pinscan::rules::Confidence,
    engine: pinscan::rules::Engine,
    languages: Vec<&'a str>,
    advice: &'a str,
    help: &'a str,
    positive: &'a [String],
    negative: &'a [String],
}

fn rule_doc(r: &pinscan::rules::Rule) -> RuleDoc<'_> {
    let languages = if r.languages.is_empty() {
        vec!["*"]
    } else {
        r.languages.iter().map(String::as_str).collect()
    };
    RuleDoc {
        id: &r.id,
        name: &r.name,
        title: &r.title,
        kind: r.kind,
        severity: r.severity,
        confidence: r.confidence,
        engine: r.engine(),
        languages,
        advice: &r.advice,
        help: r.help.trim(),
        positive: &r.positive,
        negative: &r.negative,
    }
}

fn run_rules(id: Option<&str>, format: ListFormat) -> anyhow::Result<u8> {
    let rules = pinscan::rules::load_builtin()?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    match id {
        None if format == ListFormat::Json => {
            let docs: Vec<RuleDoc<'_>> = rules.rules().iter().map(rule_doc).collect();
            drop(out);
            write_json(&docs)?;
            return Ok(exit::CLEAN);
        }
        None => {
            for r in rules.rules() {
                let langs = if r.languages.is_empty() {
                    "*".to_owned()
                } else {
                    r.languages.join(",")
                };
                writeln!(
                    out,
                    "{}  {:<34} {:<22} {:<8} {:<40} {}",
                    r.id,
                    r.name,
                    r.kind.as_str(),
                    r.severity,
                    langs,
                    r.title
                )?;
            }
        }
        Some(key) => {
            let r = rules
                .find(key)
                .ok_or_else(|| anyhow::anyhow!("no rule {key:?}; `pinscan rules` lists them"))?;
            if format == ListFormat::Json {
                drop(out);
                write_json(&rule_doc(r))?;
                return Ok(exit::CLEAN);
            }
            let d = rule_doc(r);
            writeln!(out, "{} {}: {}", d.id, d.name, d.title)?;
            writeln!(
                out,
                "kind {}, default severity {}, engine {:?}, languages {}",
                r.kind.as_str(),
                r.severity,
                r.engine(),
                d.languages.join(", ")
            )?;
            writeln!(out, "\n{}\n", d.help)?;
            writeln!(out, "## Advice\n{}", d.advice)?;
            for (label, list) in [("Flagged", d.positive), ("Not flagged", d.negative)] {
                if !list.is_empty() {
                    writeln!(out, "\n## {label}")?;
                    for ex in list {
                        writeln!(out, "    {ex}")?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(exit::CLEAN)
}

fn role_word(role: Role) -> &'static str {
    match role {
        Role::Root => "root",
        Role::Intermediate => "intermediate",
    }
}

fn write_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

#[derive(serde::Serialize)]
struct CatalogDoc<'a> {
    catalog_version: &'a str,
    cas: &'a [CaEntry],
    services: &'a [pinscan::cert::Service],
}

fn run_ca_list(format: ListFormat) -> anyhow::Result<u8> {
    let cat = Catalog::builtin();
    if format == ListFormat::Json {
        write_json(&CatalogDoc {
            catalog_version: cat.version(),
            cas: cat.cas(),
            services: cat.services(),
        })?;
        return Ok(exit::CLEAN);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    writeln!(
        out,
        "Azure CA catalog {} ({} CAs)",
        cat.version(),
        cat.cas().len()
    )?;
    for ca in cat.cas() {
        writeln!(
            out,
            "{:<13} {:<8} {:<11} {}  {}{}",
            role_word(ca.role),
            format!("{:?}", ca.status).to_lowercase(),
            ca.not_after.as_deref().unwrap_or("-"),
            ca.sha1.as_deref().unwrap_or("-"),
            ca.name,
            ca.variant
                .as_deref()
                .map_or(String::new(), |v| format!(" [{v}]")),
        )?;
    }
    out.flush()?;
    Ok(exit::CLEAN)
}

fn write_ca(out: &mut dyn Write, ca: &CaEntry, matched_by: Option<&str>) -> io::Result<()> {
    writeln!(
        out,
        "{}{}",
        ca.name,
        ca.variant
            .as_deref()
            .map_or(String::new(), |v| format!(" [{v}]"))
    )?;
    if let Some(m) = matched_by {
        writeln!(out, "  matched by:   {m}")?;
    }
    writeln!(out, "  role:         {}", role_word(ca.role))?;
    writeln!(
        out,
        "  status:       {}",
        format!("{:?}", ca.status).to_lowercase()
    )?;
    writeln!(out, "  subject:      {}", ca.subject)?;
    writeln!(out, "  issuer:       {}", ca.issuer)?;
    writeln!(out, "  serial:       {}", ca.serial)?;
    writeln!(
        out,
        "  valid:        {} .. {}",
        ca.not_before.as_deref().unwrap_or("?"),
        ca.not_after.as_deref().unwrap_or("?")
    )?;
    writeln!(out, "  key:          {}", ca.key.as_deref().unwrap_or("?"))?;
    writeln!(out, "  sha1:         {}", ca.sha1.as_deref().unwrap_or("?"))?;
    writeln!(
        out,
        "  sha256:       {}",
        ca.sha256.as_deref().unwrap_or("?")
    )?;
    writeln!(
        out,
        "  spki sha256:  {}",
        ca.spki_sha256_b64.as_deref().unwrap_or("?")
    )?;
    if !ca.file_names.is_empty() {
        writeln!(out, "  file names:   {}", ca.file_names.join(", "))?;
    }
    if !ca.notes.is_empty() {
        writeln!(out, "  notes:        {}", ca.notes)?;
    }
    writeln!(out)
}

fn run_ca_show(query: &str, format: ListFormat) -> anyhow::Result<u8> {
    let cat = Catalog::builtin();
    let mut hits: Vec<(usize, String)> = cat
        .by_name(query)
        .into_iter()
        .map(|i| (i, "name".to_owned()))
        .collect();
    for m in cat.lookup(query) {
        if !hits.iter().any(|(i, _)| *i == m.index) {
            let by = serde_json::to_value(m.matched_by)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            hits.push((m.index, by));
        }
    }
    hits.sort_by_key(|(i, _)| *i);
    if format == ListFormat::Json {
        #[derive(serde::Serialize)]
        struct Hit<'a> {
            matched_by: &'a str,
            #[serde(flatten)]
            ca: &'a CaEntry,
        }
        let list: Vec<Hit<'_>> = hits
            .iter()
            .map(|(i, by)| Hit {
                matched_by: by,
                ca: &cat.cas()[*i],
            })
            .collect();
        write_json(&list)?;
    } else {
        let mut out = io::BufWriter::new(io::stdout().lock());
        if hits.is_empty() {
            writeln!(out, "no CA in catalog {} matches {query:?}", cat.version())?;
        }
        for (i, by) in &hits {
            write_ca(&mut out, &cat.cas()[*i], Some(by))?;
        }
        out.flush()?;
    }
    Ok(if hits.is_empty() {
        exit::FINDINGS
    } else {
        exit::CLEAN
    })
}

#[allow(clippy::print_stderr)]
fn run_inspect(args: &InspectArgs) -> anyhow::Result<u8> {
    let catalog = catalog_with(&args.ca_bundle)?;
    let service = match &args.service {
        Some(name) => Some(catalog.service(name).ok_or_else(|| {
            let names: Vec<&str> = catalog.services().iter().map(|s| s.name.as_str()).collect();
            anyhow::anyhow!(
                "--service {name:?} matches no service; known services:\n  {}",
                names.join("\n  ")
            )
        })?),
        None => None,
    };
    let mut failed = false;
    let mut results = Vec::new();
    for path in &args.files {
        let shown = path.display().to_string();
        let inspected = std::fs::read(path)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|bytes| pinscan::inspect::inspect_bytes(&catalog, &shown, &bytes));
        match inspected {
            Ok(i) => results.push(i),
            Err(reason) => {
                eprintln!("pinscan: {shown}: {reason}");
                failed = true;
            }
        }
    }
    let cas: Vec<pinscan::cert::CaMatch> = results
        .iter()
        .flat_map(|r| r.certificates.iter().filter_map(|c| c.ca.clone()))
        .collect();
    let coverage = service.map(|s| pinscan::inspect::coverage(s, &cas));
    if args.format == ListFormat::Json {
        #[derive(serde::Serialize)]
        struct Doc<'a> {
            catalog_version: &'a str,
            files: &'a [pinscan::inspect::Inspected],
            #[serde(skip_serializing_if = "Option::is_none")]
            coverage: Option<&'a pinscan::inspect::Coverage>,
        }
        write_json(&Doc {
            catalog_version: catalog.version(),
            files: &results,
            coverage: coverage.as_ref(),
        })?;
    } else {
        let mut out = io::BufWriter::new(io::stdout().lock());
        for r in &results {
            writeln!(out, "{}: {} certificate(s)", r.path, r.certificates.len())?;
            for (n, c) in r.certificates.iter().enumerate() {
                let f = &c.facts;
                let kind = if f.is_ca {
                    if f.self_signed {
                        "root CA"
                    } else {
                        "intermediate CA"
                    }
                } else {
                    "leaf"
                };
                writeln!(out, "  [{}] {}", n + 1, f.subject)?;
                writeln!(out, "      issuer:      {}", f.issuer)?;
                writeln!(out, "      kind:        {kind}, {}", f.key)?;
                writeln!(out, "      serial:      {}", f.serial_hex)?;
                writeln!(
                    out,
                    "      valid:       {} .. {}",
                    f.not_before, f.not_after
                )?;
                writeln!(out, "      sha1:        {}", f.sha1_hex)?;
                writeln!(out, "      sha256:      {}", f.sha256_hex)?;
                writeln!(
                    out,
                    "      spki sha256: {} ({})",
                    f.spki_sha256_b64, f.spki_sha256_hex
                )?;
                match &c.ca {
                    Some(ca) => writeln!(
                        out,
                        "      catalog:     {} ({} CA, {}{})",
                        ca.name,
                        role_word(ca.role),
                        format!("{:?}", ca.status).to_lowercase(),
                        ca.not_after
                            .as_deref()
                            .map_or(String::new(), |d| format!(", until {d}"))
                    )?,
                    None => writeln!(out, "      catalog:     -")?,
                }
            }
            for p in &r.problems {
                writeln!(out, "  problem: {p}")?;
            }
        }
        if let Some(cov) = &coverage {
            writeln!(out, "service: {}", cov.service)?;
            writeln!(out, "  needs:   {}", cov.required.join(", "))?;
            writeln!(
                out,
                "  present: {}",
                if cov.present.is_empty() {
                    "-".to_owned()
                } else {
                    cov.present.join(", ")
                }
            )?;
            writeln!(
                out,
                "  missing: {}",
                if cov.missing.is_empty() {
                    "-".to_owned()
                } else {
                    cov.missing.join(", ")
                }
            )?;
            if !cov.other_catalog_cas.is_empty() {
                writeln!(
                    out,
                    "  other catalog CAs in the files: {}",
                    cov.other_catalog_cas.join(", ")
                )?;
            }
        }
        out.flush()?;
    }
    if failed {
        return Ok(exit::ERROR);
    }
    Ok(if coverage.is_some_and(|c| !c.complete()) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    })
}

#[allow(clippy::print_stderr)]
fn run_scan(args: &ScanArgs) -> anyhow::Result<u8> {
    let (mut settings, fail_on) = settings_from(args)?;
    if let Some(reference) = &args.diff {
        settings.diff = Some(pinscan::gitdiff::changed_lines(reference, &args.paths)?);
    }
    if let Some(path) = &args.baseline {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("--baseline {}: cannot read", path.display()))?;
        settings.baseline =
            Some(serde_json::from_str(&text).with_context(|| {
                format!("--baseline {}: not a pinscan baseline", path.display())
            })?);
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
