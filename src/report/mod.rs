//! Reporters: turn an `Outcome` into bytes. `text` for people, `json` for machines (a
//! documented, versioned document). Reporters write to any `io::Write`; the binary picks
//! stdout or `--output`. `rules`, `catalog` and `inspect` render the other subcommands'
//! output (`pinscan rules`, `pinscan ca`, `pinscan inspect`).

pub mod catalog;
pub mod github;
pub mod inspect;
pub mod json;
pub mod rules;
pub mod sarif;
pub mod text;

use std::io;

use crate::Outcome;
use crate::escape;
use crate::rules::RuleSet;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions annotations (`::error file=...`).
    Github,
}

/// What a reporter needs besides the outcome.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions<'a> {
    pub color: bool,
    /// Include per-stage timings (`--stats`); off by default so output is reproducible.
    pub timings: bool,
    /// The rules (SARIF lists every rule in `tool.driver.rules`).
    pub rules: &'a RuleSet,
    /// SARIF `automationDetails.id` (`category/run-id`).
    pub sarif_category: &'a str,
}

/// Write `outcome` in `format`.
pub fn write(
    format: Format,
    outcome: &Outcome,
    opts: &ReportOptions<'_>,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(outcome, opts, out),
        Format::Json => json::write(outcome, opts, out),
        Format::Sarif => sarif::write(outcome, opts.rules, opts, out),
        Format::Github => github::write(outcome, out),
    }
}

/// The lines a scan prints on standard error besides the report: one per file that could
/// not be scanned and, with `show_unused`, one per `pinscan: ignore` that suppressed
/// nothing. Paths and messages are escaped for the terminal (`escape::terminal`).
pub fn write_diagnostics(
    outcome: &Outcome,
    show_unused: bool,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    for e in &outcome.errors {
        writeln!(
            out,
            "pinscan: {}: {}",
            escape::terminal(&e.path),
            escape::terminal(&e.message)
        )?;
    }
    if show_unused {
        for u in &outcome.unused_suppressions {
            let rules = if u.rules.is_empty() {
                String::new()
            } else {
                format!("[{}]", escape::terminal(&u.rules.join(",")))
            };
            writeln!(
                out,
                "pinscan: {}:{}: unused suppression `pinscan: ignore{rules}`",
                escape::terminal(&u.path),
                u.line
            )?;
        }
    }
    Ok(())
}

/// `value` as pretty-printed JSON and a newline, with the characters `escape` keeps from
/// a terminal written as `\uXXXX` escapes (serde escapes C0 controls; this adds DEL, C1
/// controls and the bidirectional controls), so a JSON report shown on a terminal is as
/// safe as the text one. An I/O error (a closed pipe) stays an `io::Error` of its kind.
pub(crate) fn write_pretty_json<T: serde::Serialize + ?Sized>(
    value: &T,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(&mut *out, SafeJson::default());
    value.serialize(&mut ser)?;
    writeln!(out)
}

/// serde's pretty formatter, with `escape::is_unsafe` characters escaped in strings.
#[derive(Default)]
struct SafeJson {
    pretty: serde_json::ser::PrettyFormatter<'static>,
}

impl serde_json::ser::Formatter for SafeJson {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((i, c)) = rest.char_indices().find(|&(_, c)| escape::is_unsafe(c)) {
            writer.write_all(&rest.as_bytes()[..i])?;
            // Every unsafe character is in the Basic Multilingual Plane: one `\u` escape.
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[i + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_array(w)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array(w)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.pretty.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array_value(w)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object(w)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object(w)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.pretty.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_serde_pretty_json_with_unsafe_characters_escaped() {
        let value = serde_json::json!({
            "plain": ["a", 1, {"b": [], "c": {}}, null, 2.5, true],
            "hostile": "x\u{1b}[2J\u{7f}\u{9b}\u{202e}\u{2066}y\tz \u{e9}",
        });
        let mut buf = Vec::new();
        write_pretty_json(&value, &mut buf).expect("writing to a Vec");
        let text = String::from_utf8(buf).expect("UTF-8");
        let mut plain = serde_json::to_string_pretty(&value["plain"]).expect("JSON");
        plain.push('\n');
        let mut only_plain = Vec::new();
        write_pretty_json(&value["plain"], &mut only_plain).expect("writing to a Vec");
        assert_eq!(String::from_utf8(only_plain).expect("UTF-8"), plain);
        assert!(
            text.contains(r#""x\u001b[2J\u007f\u009b\u202e\u2066y\tz é""#),
            "{text}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, value);
    }
}
