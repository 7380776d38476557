//! `pinscan rules`: the rule table, one rule's page, and both as JSON documents.

use std::io::{self, Write};

use serde::Serialize;

use crate::rules::{Confidence, Engine, Kind, Rule, Severity};

/// One rule as `pinscan rules --format json` prints it.
#[derive(Debug, Serialize)]
pub struct RuleDoc<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub title: &'a str,
    pub kind: Kind,
    pub severity: Severity,
    pub confidence: Confidence,
    pub engine: Engine,
    /// `["*"]` for a rule that applies to every file.
    pub languages: Vec<&'a str>,
    pub advice: &'a str,
    /// The long markdown help, trimmed.
    pub help: &'a str,
    pub positive: &'a [String],
    pub negative: &'a [String],
}

impl<'a> RuleDoc<'a> {
    pub fn new(r: &'a Rule) -> RuleDoc<'a> {
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
}

/// One line per rule: id, name, kind, default severity, languages, title.
pub fn write_table(rules: &[Rule], out: &mut dyn Write) -> io::Result<()> {
    for r in rules {
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
    Ok(())
}

/// Every rule as a JSON array of `RuleDoc`s.
pub fn write_table_json(rules: &[Rule], out: &mut dyn Write) -> io::Result<()> {
    let docs: Vec<RuleDoc<'_>> = rules.iter().map(RuleDoc::new).collect();
    super::write_pretty_json(&docs, out)
}

/// One rule's page: header, help, advice and the flagged / not flagged examples.
pub fn write_rule(r: &Rule, out: &mut dyn Write) -> io::Result<()> {
    let d = RuleDoc::new(r);
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
    Ok(())
}

/// One rule as a JSON `RuleDoc`.
pub fn write_rule_json(r: &Rule, out: &mut dyn Write) -> io::Result<()> {
    super::write_pretty_json(&RuleDoc::new(r), out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RuleSet, load_builtin};

    fn builtin() -> RuleSet {
        load_builtin().expect("built-in rules load")
    }

    fn render(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
        let mut buf = Vec::new();
        f(&mut buf).expect("writing to a Vec cannot fail");
        String::from_utf8(buf).expect("renderers write UTF-8")
    }

    #[test]
    fn table_has_one_aligned_line_per_rule() {
        let rules = builtin();
        let text = render(|out| write_table(rules.rules(), out));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), rules.rules().len());
        for (line, r) in lines.iter().zip(rules.rules()) {
            assert!(line.starts_with(&format!("{}  {}", r.id, r.name)), "{line}");
            assert!(line.ends_with(&r.title), "{line}");
            // The name column is padded to 34 characters.
            let name_end = r.id.len() + 2 + r.name.len().max(34);
            assert_eq!(line.as_bytes()[name_end], b' ', "{line}");
        }
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn rule_page_has_header_help_advice_and_examples() {
        let rules = builtin();
        let r = rules.find("PIN101").expect("PIN101 exists");
        let text = render(|out| write_rule(r, out));
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some(format!("{} {}: {}", r.id, r.name, r.title).as_str())
        );
        let second = lines.next().expect("a second line");
        assert!(
            second.starts_with(&format!(
                "kind {}, default severity {}",
                r.kind.as_str(),
                r.severity
            )),
            "{second}"
        );
        assert!(text.contains(&format!(
            "\n\n{}\n\n## Advice\n{}\n",
            r.help.trim(),
            r.advice
        )));
        if !r.positive.is_empty() {
            assert!(text.contains(&format!("\n## Flagged\n    {}\n", r.positive[0])));
        }
        if !r.negative.is_empty() {
            assert!(text.contains(&format!("\n## Not flagged\n    {}\n", r.negative[0])));
        }
    }

    #[test]
    fn json_documents_round_trip() {
        let rules = builtin();
        let all: serde_json::Value =
            serde_json::from_str(&render(|out| write_table_json(rules.rules(), out)))
                .expect("valid JSON");
        let all = all.as_array().expect("an array");
        assert_eq!(all.len(), rules.rules().len());
        let r = rules.find("PIN305").expect("PIN305 exists");
        let text = render(|out| write_rule_json(r, out));
        assert!(text.ends_with("}\n"), "{text}");
        let one: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(one["id"], "PIN305");
        assert_eq!(one["help"], r.help.trim());
        assert!(all.contains(&one));
    }

    #[test]
    fn rule_without_languages_shows_a_star() {
        let rules = builtin();
        let Some(r) = rules.rules().iter().find(|r| r.languages.is_empty()) else {
            return;
        };
        assert_eq!(RuleDoc::new(r).languages, vec!["*"]);
        let text = render(|out| write_rule(r, out));
        assert!(
            text.lines()
                .nth(1)
                .is_some_and(|l| l.ends_with("languages *"))
        );
    }
}
