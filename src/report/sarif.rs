//! SARIF 2.1.0 for GitHub code scanning, built with `serde-sarif`: one run, every rule in
//! `tool.driver.rules` (descriptions, markdown help, tags, precision, security-severity,
//! default level), results with repository-relative locations (`%SRCROOT%`), full regions
//! in Unicode code points, our own line-independent fingerprint in `partialFingerprints`
//! (GitHub's `primaryLocationLineHash` is left for upload-sarif to compute), the resolved
//! CA in `properties`, and one `toolExecutionNotifications` entry per file not scanned.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io;

use serde_json::{Value, json};
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Run, RunAutomationDetails, Sarif, Tool, ToolComponent,
};

use super::ReportOptions;
use crate::Outcome;
use crate::finding::{Finding, Position};
use crate::rules::{Confidence, Rule, RuleSet, Severity};

/// Where users read about pinscan.
pub const INFORMATION_URI: &str = "https://github.com/pinscan/pinscan";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn result_level(s: Severity) -> ResultLevel {
    match s {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Note => ResultLevel::Note,
    }
}

fn precision(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "7.5",
        Severity::Warning => "5.0",
        Severity::Note => "2.0",
    }
}

/// The first paragraph of a rule's "What it flags" section, as plain text.
fn full_description(rule: &Rule) -> String {
    let body = rule
        .help
        .split("## What it flags")
        .nth(1)
        .unwrap_or(&rule.help);
    let para = body
        .trim()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .replace('\n', " ");
    let text = if para.is_empty() {
        rule.title.clone()
    } else {
        para
    };
    text.chars().take(1000).collect()
}

fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let mut extra = BTreeMap::new();
    extra.insert("precision".to_owned(), json!(precision(rule.confidence)));
    extra.insert(
        "security-severity".to_owned(),
        json!(security_severity(rule.severity)),
    );
    extra.insert("kind".to_owned(), json!(rule.kind.as_str()));
    let tags = vec![
        "security".to_owned(),
        "tls".to_owned(),
        "certificate-pinning".to_owned(),
        rule.kind.as_str().to_owned(),
    ];
    let example = match (rule.positive.first(), rule.negative.first()) {
        (Some(p), Some(n)) => {
            format!("\n\n## Example\nFlagged:\n\n```\n{p}\n```\n\nNot flagged:\n\n```\n{n}\n```\n")
        }
        (Some(p), None) => format!("\n\n## Example\nFlagged:\n\n```\n{p}\n```\n"),
        _ => String::new(),
    };
    let markdown = format!(
        "{}\n\n**Advice:** {}{example}",
        rule.help.trim(),
        rule.advice
    );
    let text = format!(
        "{}\n\nAdvice: {}",
        rule.help.trim().replace("## ", ""),
        rule.advice
    );
    ReportingDescriptor::builder()
        .id(rule.id.clone())
        .name(rule.name.clone())
        .short_description(
            MultiformatMessageString::builder()
                .text(rule.title.chars().take(1000).collect::<String>())
                .build(),
        )
        .full_description(
            MultiformatMessageString::builder()
                .text(full_description(rule))
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(text)
                .markdown(markdown)
                .build(),
        )
        .help_uri(format!("{INFORMATION_URI}#rules"))
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(level(rule.severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(tags)
                .additional_properties(extra)
                .build(),
        )
        .build()
}

/// `%SRCROOT%`-relative URI for a reported path (absolute paths under the working
/// directory are made relative; others stay absolute `file://` URIs).
fn artifact(path: &str) -> ArtifactLocation {
    let rel = if std::path::Path::new(path).is_absolute() {
        std::env::current_dir().ok().and_then(|cwd| {
            std::path::Path::new(path)
                .strip_prefix(&cwd)
                .ok()
                .map(crate::source::display_path)
        })
    } else {
        Some(path.to_owned())
    };
    match rel {
        Some(rel) => ArtifactLocation::builder()
            .uri(encode_uri(&rel))
            .uri_base_id("%SRCROOT%")
            .build(),
        None => ArtifactLocation::builder()
            .uri(format!("file://{}", encode_uri(path)))
            .build(),
    }
}

fn encode_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A region from 1-based start and end positions (`endColumn` exclusive, never before the
/// start on a one-line region).
fn region(start: Position, end: Position) -> Region {
    Region::builder()
        .start_line(i64::try_from(start.line).unwrap_or(i64::MAX))
        .start_column(i64::try_from(start.column).unwrap_or(i64::MAX))
        .end_line(i64::try_from(end.line).unwrap_or(i64::MAX))
        .end_column(
            i64::try_from(
                end.column
                    .max(start.column + usize::from(end.line == start.line)),
            )
            .unwrap_or(i64::MAX),
        )
        .build()
}

/// The finding's related locations (the verification callback that holds a comparison, a
/// registration), numbered from 1.
fn related_locations(f: &Finding) -> Vec<Location> {
    f.related
        .iter()
        .zip(1i64..)
        .map(|(r, id)| {
            Location::builder()
                .id(id)
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(artifact(&f.path))
                        .region(region(r.start, r.end))
                        .build(),
                )
                .message(Message::builder().text(ensure_period(&r.message)).build())
                .build()
        })
        .collect()
}

fn result(f: &Finding, rule_index: Option<usize>) -> SarifResult {
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(artifact(&f.path))
                .region(region(f.start, f.end))
                .build(),
        )
        .build();
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert("pinscanFingerprint/v1".to_owned(), f.fingerprint.clone());
    let mut props = BTreeMap::new();
    props.insert("kind".to_owned(), json!(f.kind));
    props.insert("confidence".to_owned(), json!(f.confidence));
    if let Some(v) = &f.value {
        props.insert(
            "value".to_owned(),
            json!(v.chars().take(200).collect::<String>()),
        );
    }
    for (key, value) in [
        (
            "ca",
            f.ca.as_ref().and_then(|c| serde_json::to_value(c).ok()),
        ),
        (
            "certificate",
            f.certificate
                .as_ref()
                .and_then(|c| serde_json::to_value(c).ok()),
        ),
        (
            "service",
            f.service
                .as_ref()
                .and_then(|c| serde_json::to_value(c).ok()),
        ),
        (
            "trustFile",
            f.trust_file
                .as_ref()
                .and_then(|c| serde_json::to_value(c).ok()),
        ),
    ] {
        if let Some(value) = value {
            props.insert(key.to_owned(), value);
        }
    }
    props.insert("advice".to_owned(), json!(f.advice));
    let builder = SarifResult::builder()
        .rule_id(f.rule_id.clone())
        .level(result_level(f.severity))
        .message(
            Message::builder()
                .text(format!("{} {}", ensure_period(&f.message), f.advice))
                .build(),
        )
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(PropertyBag::builder().additional_properties(props).build());
    let mut out = match rule_index.and_then(|i| i64::try_from(i).ok()) {
        Some(i) => builder.rule_index(i).build(),
        None => builder.build(),
    };
    let related = related_locations(f);
    if !related.is_empty() {
        out.related_locations = Some(related);
    }
    out
}

fn ensure_period(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with('.') {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

fn notification(path: &str, text: String, level_word: &str) -> Notification {
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(artifact(path))
                .build(),
        )
        .build();
    Notification::builder()
        .message(Message::builder().text(text).build())
        .level(json!(level_word))
        .locations(vec![location])
        .build()
}

/// Build the SARIF log.
pub fn build(outcome: &Outcome, rules: &RuleSet, opts: &ReportOptions<'_>) -> Sarif {
    let descriptors: Vec<ReportingDescriptor> = rules.rules().iter().map(descriptor).collect();
    let driver = ToolComponent::builder()
        .name("pinscan")
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .version(format!(
            "{} (catalog {})",
            env!("CARGO_PKG_VERSION"),
            outcome.catalog_version
        ))
        .information_uri(INFORMATION_URI)
        .rules(descriptors)
        .build();
    let results: Vec<SarifResult> = outcome
        .findings
        .iter()
        .map(|f| result(f, rules.index_of(&f.rule_id)))
        .collect();
    let mut notes: Vec<Notification> = outcome
        .errors
        .iter()
        .map(|e| {
            notification(
                &e.path,
                format!("{}: could not be scanned: {}", e.path, e.message),
                "error",
            )
        })
        .collect();
    notes.extend(outcome.skipped.iter().map(|s| {
        notification(
            &s.path,
            format!("{}: skipped ({}): {}", s.path, s.reason.as_str(), s.detail),
            "note",
        )
    }));
    let invocation = Invocation::builder()
        .execution_successful(outcome.errors.is_empty())
        .tool_execution_notifications(notes)
        .build();
    let mut run_props = BTreeMap::new();
    run_props.insert(
        "catalogVersion".to_owned(),
        Value::from(outcome.catalog_version.clone()),
    );
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .invocations(vec![invocation])
        .column_kind(json!("unicodeCodePoints"))
        .automation_details(
            RunAutomationDetails::builder()
                .id(opts.sarif_category.to_owned())
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .additional_properties(run_props)
                .build(),
        )
        .build();
    Sarif::builder()
        .schema(serde_sarif::sarif::SCHEMA_URL)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

pub fn write(
    outcome: &Outcome,
    rules: &RuleSet,
    opts: &ReportOptions<'_>,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let log = build(outcome, rules, opts);
    super::write_pretty_json(&log, out)
}
