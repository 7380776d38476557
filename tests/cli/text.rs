//! The text report: a header line per finding, the source line, a `^^^` underline, the
//! advice, then the summary.

use crate::{PIN_LINE, Tree, code, stdout};

const PIN: &str = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

#[test]
fn a_finding_prints_header_source_line_and_underline() {
    let t = Tree::new();
    t.write("conf/app.conf", format!("# settings\n{PIN_LINE}"));
    let out = t.cmd().args(["scan", "."]).output().unwrap();
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("conf/app.conf:2:8: warning[PIN101] spki-sha256-pin: "),
        "{text}"
    );
    assert!(lines[0].contains(PIN), "the message names the pin: {text}");
    assert_eq!(lines[1], "  |");
    assert_eq!(lines[2], format!("2 | {}", PIN_LINE.trim_end()));
    assert_eq!(
        lines[3],
        format!("  | {}{}", " ".repeat(7), "^".repeat(PIN.len()))
    );
    assert!(lines[4].starts_with("  = help: "), "{text}");
    assert_eq!(lines[5], "");
    assert_eq!(
        lines[6],
        format!(
            "1 finding(s): 0 error, 1 warning, 0 note; 1 file(s) scanned, 0 skipped, 0 could not be read; CA catalog {}",
            pinscan::cert::Catalog::builtin().version()
        )
    );
    assert_eq!(lines.len(), 7, "{text}");
}

#[test]
fn underline_lines_up_after_tabs_and_non_ascii_characters() {
    let t = Tree::new();
    t.write(
        "x.conf",
        format!("\tcafé = {{ {} }}\n", PIN_LINE.trim_end()),
    );
    let text = stdout(&t.cmd().args(["scan", "."]).output().unwrap());
    let lines: Vec<&str> = text.lines().collect();
    let source = lines[2];
    let underline = lines[3];
    assert!(
        !source.contains('\t'),
        "tabs are shown as spaces: {source:?}"
    );
    let col = |s: &str, c: char| s.chars().position(|x| x == c).unwrap();
    let pin_at = source.find("sha256/").unwrap();
    let pin_col = source[..pin_at].chars().count();
    assert_eq!(col(underline, '^'), pin_col, "\n{source}\n{underline}");
    assert_eq!(underline.matches('^').count(), PIN.len());
    // The header column counts characters (tab = 1, é = 1).
    assert!(lines[0].starts_with("x.conf:1:18: "), "{}", lines[0]);
}

#[test]
fn summary_counts_skips_by_reason() {
    let t = Tree::new();
    t.pin("a.conf")
        .write("blob.bin", b"\0\0\0")
        .symlink("a.conf", "link.conf");
    let text = stdout(&t.cmd().args(["scan", "."]).output().unwrap());
    assert!(
        text.contains("1 finding(s): 0 error, 1 warning, 0 note; 1 file(s) scanned, 2 skipped, 0 could not be read; CA catalog ")
            && text.contains("\nskipped: 1 binary, 1 symlink\n"),
        "{text}"
    );
}

#[test]
fn findings_are_sorted_by_path_then_line() {
    let t = Tree::new();
    t.write("b.conf", format!("{PIN_LINE}{PIN_LINE}"))
        .pin("a.conf")
        .pin("c/z.conf");
    let text = stdout(&t.cmd().args(["scan", ".", "-j", "4"]).output().unwrap());
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(": warning[PIN101]"))
        .map(|l| l.split(": warning").next().unwrap())
        .collect();
    assert_eq!(
        headers,
        ["a.conf:1:8", "b.conf:1:8", "b.conf:2:8", "c/z.conf:1:8"]
    );
}
