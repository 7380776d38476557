//! The inventory as CSV: a header, then one row per finding. Cells are quoted per RFC 4180
//! (a cell with a comma, quote, CR or LF is quoted, quotes doubled; lines end in CRLF), and
//! a cell that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`,
//! tab or CR) gets a leading `'`: the values come from untrusted trees.

use std::io;

use super::Inventory;

pub const HEADER: [&str; 15] = [
    "repository",
    "path",
    "line",
    "column",
    "rule_id",
    "rule_name",
    "kind",
    "severity",
    "confidence",
    "ca",
    "ca_status",
    "ca_not_after",
    "value",
    "message",
    "link",
];

/// One cell: neutralised, then quoted when needed.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if neutral.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn write_row<'a>(
    out: &mut dyn io::Write,
    cells: impl IntoIterator<Item = &'a str>,
) -> io::Result<()> {
    let mut first = true;
    for c in cells {
        if !first {
            out.write_all(b",")?;
        }
        first = false;
        out.write_all(cell(c).as_bytes())?;
    }
    out.write_all(b"\r\n")
}

pub fn write(inv: &Inventory, out: &mut dyn io::Write) -> io::Result<()> {
    write_row(out, HEADER)?;
    for f in &inv.findings {
        let line = f.line.to_string();
        let column = f.column.to_string();
        let ca = inv.ca(f);
        let rule = inv.rule(f);
        let details = Inventory::details(f);
        let href = inv.link(f);
        write_row(
            out,
            [
                inv.repo(f).name.as_str(),
                &f.path,
                &line,
                &column,
                &rule.rule_id,
                &rule.rule_name,
                &rule.kind,
                f.severity.as_str(),
                &rule.confidence,
                ca.map_or("", |c| c.name.as_str()),
                ca.and_then(|c| c.status.as_deref()).unwrap_or_default(),
                ca.and_then(|c| c.not_after.as_deref()).unwrap_or_default(),
                details.value.as_deref().unwrap_or_default(),
                &details.message,
                href.as_deref().unwrap_or_default(),
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_neutralised() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(cell("a\nb"), "\"a\nb\"");
    }
}
