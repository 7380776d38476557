//! The text report: `path:line:col: severity[RULE] name: message`, the source line with
//! the span underlined, the advice, then a summary. Colour only when asked for. Every value
//! that comes from a scanned file (path, source line, message, advice) goes through
//! `escape::terminal`: the only escape sequences in this report are pinscan's colours.

use std::io::{self, Write};

use super::ReportOptions;
use crate::Outcome;
use crate::escape;
use crate::finding::Finding;
use crate::rules::Severity;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const BLUE: &str = "\x1b[34m";

fn sev_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Note => "\x1b[1;36m",
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn p<'a>(&self, code: &'a str) -> &'a str {
        if self.on { code } else { "" }
    }
}

/// At most this many characters of a source line are shown (an escape may end past it).
const MAX_SHOWN: usize = 240;

/// A source line as shown under a finding: a trailing `\r` (of a CRLF line end) dropped,
/// tabs as spaces, unsafe characters escaped (`escape::push`), cut after `MAX_SHOWN`
/// characters; and where each source column (0-based) starts in it, one more entry for
/// the end of what is shown.
fn shown_line(text: &str) -> (String, Vec<usize>) {
    let text = text.strip_suffix('\r').unwrap_or(text);
    let mut shown = String::new();
    let mut starts = Vec::new();
    let mut width = 0;
    for c in text.chars() {
        if width >= MAX_SHOWN {
            break;
        }
        starts.push(width);
        if c == '\t' {
            shown.push(' ');
            width += 1;
        } else if escape::is_unsafe(c) {
            let before = shown.len();
            escape::push(&mut shown, c);
            width += shown.len() - before;
        } else {
            shown.push(c);
            width += 1;
        }
    }
    starts.push(width);
    (shown, starts)
}

fn write_finding(f: &Finding, paint: &Paint, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{b}{}:{}:{}{r}: {c}{}[{}]{r} {b}{}{r}: {}",
        escape::terminal(&f.path),
        f.start.line,
        f.start.column,
        f.severity,
        escape::terminal(&f.rule_id),
        escape::terminal(&f.rule_name),
        escape::terminal(&f.message),
        b = paint.p(BOLD),
        r = paint.p(RESET),
        c = paint.p(sev_color(f.severity)),
    )?;
    let line_no = f.start.line.to_string();
    let pad = " ".repeat(line_no.len());
    let (shown, starts) = shown_line(&f.line_text);
    let shown_width = *starts.last().unwrap_or(&0);
    // Columns past what is shown keep their distance from its end.
    let at = |column: usize| {
        let col = column.saturating_sub(1);
        starts
            .get(col)
            .copied()
            .unwrap_or(shown_width + col - (starts.len() - 1))
    };
    let start = at(f.start.column);
    let end = if f.end.line == f.start.line {
        at(f.end.column)
    } else {
        shown_width
    };
    let width = end
        .saturating_sub(start)
        .max(1)
        .min(shown_width.saturating_sub(start).max(1));
    writeln!(out, "{pad} {d}|{r}", d = paint.p(BLUE), r = paint.p(RESET))?;
    writeln!(
        out,
        "{d}{line_no} |{r} {shown}",
        d = paint.p(BLUE),
        r = paint.p(RESET)
    )?;
    writeln!(
        out,
        "{pad} {d}|{r} {}{c}{}{r}",
        " ".repeat(start),
        "^".repeat(width),
        d = paint.p(BLUE),
        r = paint.p(RESET),
        c = paint.p(sev_color(f.severity)),
    )?;
    for rel in &f.related {
        writeln!(
            out,
            "{pad} {d}= note:{r} {}:{}: {}",
            escape::terminal(&f.path),
            rel.start.line,
            escape::terminal(&rel.message),
            d = paint.p(DIM),
            r = paint.p(RESET)
        )?;
    }
    if !f.advice.is_empty() {
        writeln!(
            out,
            "{pad} {d}= help:{r} {}",
            escape::terminal(&f.advice),
            d = paint.p(DIM),
            r = paint.p(RESET)
        )?;
    }
    writeln!(out)
}

pub fn write(outcome: &Outcome, opts: &ReportOptions<'_>, out: &mut dyn Write) -> io::Result<()> {
    let paint = Paint { on: opts.color };
    for f in &outcome.findings {
        write_finding(f, &paint, out)?;
    }
    let s = &outcome.stats;
    let count = |k: &str| s.findings.get(k).copied().unwrap_or(0);
    let skipped: u64 = s.skipped.values().sum();
    writeln!(
        out,
        "{b}{} finding(s){r}: {} error, {} warning, {} note; {} file(s) scanned, {} skipped, {} could not be read; CA catalog {}",
        outcome.findings.len(),
        count("error"),
        count("warning"),
        count("note"),
        s.files_scanned,
        skipped,
        s.errors,
        outcome.catalog_version,
        b = paint.p(BOLD),
        r = paint.p(RESET),
    )?;
    if skipped > 0 {
        let parts: Vec<String> = s.skipped.iter().map(|(k, v)| format!("{v} {k}")).collect();
        writeln!(out, "skipped: {}", parts.join(", "))?;
    }
    if opts.timings {
        let t = &s.timings;
        writeln!(
            out,
            "time: {:.1} ms wall; summed over threads: walk {:.1} ms, read {:.1} ms, prefilter {:.1} ms, regex {:.1} ms, parse {:.1} ms, queries {:.1} ms, query-pack compiles {:.1} ms, resolve {:.1} ms; scan-wide passes {:.1} ms; {} bytes; {} files parsed, {} of their {} bytes ({} files only around what rules look for)",
            t.elapsed_ms,
            t.walk_ms,
            t.read_ms,
            t.prefilter_ms,
            t.regex_ms,
            t.parse_ms,
            t.query_ms,
            t.compile_ms,
            t.resolve_ms,
            t.passes_ms,
            s.bytes_scanned,
            s.files_parsed,
            s.bytes_parsed,
            s.bytes_of_parsed_files,
            s.files_parsed_in_part
        )?;
        let mut rules: Vec<_> = t.rules.iter().collect();
        rules.sort_by(|a, b| b.1.ms.total_cmp(&a.1.ms).then(a.0.cmp(b.0)));
        let parts: Vec<String> = rules
            .iter()
            .take(10)
            .map(|(id, r)| format!("{id} {:.1} ms/{} files", r.ms, r.files))
            .collect();
        if !parts.is_empty() {
            writeln!(out, "slowest rules: {}", parts.join(", "))?;
        }
        let mut packs: Vec<_> = t.compiled.iter().collect();
        packs.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
        let parts: Vec<String> = packs
            .iter()
            .take(10)
            .map(|(pack, ms)| format!("{pack} {ms:.1} ms"))
            .collect();
        if !parts.is_empty() {
            writeln!(
                out,
                "slowest query-pack compiles ({} packs, once per run, not counted in file times): {}",
                packs.len(),
                parts.join(", ")
            )?;
        }
        for f in &t.slowest {
            writeln!(
                out,
                "slow file: {:.1} ms {} ({})",
                f.ms,
                escape::terminal(&f.path),
                slow_reason(f)
            )?;
        }
    }
    Ok(())
}

/// Where a slow file's time went: its size, how much of it was parsed, and the phases.
pub(crate) fn slow_reason(f: &crate::outcome::FileTime) -> String {
    let parsed = match f.parsed_bytes {
        0 => "not parsed".to_owned(),
        n if n < f.bytes => format!("parse {:.1} ms over {n} of its bytes", f.parse_ms),
        _ => format!("parse {:.1} ms", f.parse_ms),
    };
    format!(
        "{} bytes; {parsed}, queries {:.1} ms, text rules {:.1} ms, passes {:.1} ms",
        f.bytes, f.query_ms, f.regex_ms, f.resolve_ms
    )
}

#[cfg(test)]
mod tests {
    use super::slow_reason;
    use crate::outcome::FileTime;

    #[test]
    fn a_slow_file_says_where_its_time_went() {
        let f = FileTime {
            bytes: 1000,
            parse_ms: 12.0,
            parsed_bytes: 400,
            query_ms: 3.0,
            ..FileTime::default()
        };
        let why = slow_reason(&f);
        assert!(
            why.starts_with("1000 bytes; parse 12.0 ms over 400 of its bytes, queries 3.0 ms"),
            "{why}"
        );
        let whole = FileTime {
            parsed_bytes: 1000,
            ..f.clone()
        };
        assert!(slow_reason(&whole).contains("; parse 12.0 ms, queries"));
        let text_only = FileTime {
            parsed_bytes: 0,
            ..f
        };
        assert!(slow_reason(&text_only).contains("; not parsed, queries"));
    }
}
