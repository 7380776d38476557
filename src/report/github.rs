//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per
//! finding, with file, line, column and title, and the message escaped as GitHub requires
//! (and for the terminal: the Actions log interprets escape sequences).

use std::io;

use crate::Outcome;
use crate::escape;
use crate::rules::Severity;

/// GitHub's escaping of a message (`%`, CR and LF as `%25`, `%0D`, `%0A`); other control
/// characters, which the Actions log would interpret, and bidirectional controls are
/// escaped for the terminal (`escape::push`).
fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => escape::push(&mut out, c),
        }
    }
    out
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(outcome: &Outcome, out: &mut dyn io::Write) -> io::Result<()> {
    for f in &outcome.findings {
        let cmd = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        writeln!(
            out,
            "::{cmd} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&f.path),
            f.start.line,
            f.start.column,
            f.end.line,
            f.end.column,
            escape_property(&format!("{} {}", f.rule_id, f.rule_name)),
            escape_data(&format!("{} {}", f.message, f.advice)),
        )?;
    }
    for e in &outcome.errors {
        writeln!(
            out,
            "::error file={},title=pinscan::{}",
            escape_property(&e.path),
            escape_data(&format!("could not be scanned: {}", e.message))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(escape_data("a%b\nc\r"), "a%25b%0Ac%0D");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(escape_data("a\x1b[2J\u{202e}b"), "a\\x1b[2J\\u{202e}b");
    }
}
