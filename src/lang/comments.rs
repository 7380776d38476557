//! Comments are not code. Which candidates sit inside a comment: for a tree-sitter
//! language, the comment nodes of the syntax tree (and Python docstrings); for other
//! files (configuration, scripts), whole-line comments by format (`#`, `;`, `//`, `--`,
//! `<!-- -->`). Commented-out code and doc prose configure nothing: the scanner drops
//! trust-store, pin-set, callback and verification candidates there; values written down
//! in a comment (thumbprints, SPKI hashes, serials, DNs, keys, certificates) stay as notes.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::finding::Candidate;

/// The comment (or docstring) around each candidate of `cands` in `tree`, appended to
/// `out` (sorted, without duplicates).
pub fn in_tree(tree: &tree_sitter::Tree, cands: &[Candidate], out: &mut Vec<Range<usize>>) {
    let root = tree.root_node();
    for c in cands {
        let Some(mut node) = root.descendant_for_byte_range(c.start, c.start) else {
            continue;
        };
        loop {
            if is_comment(&node) {
                out.push(node.byte_range());
                break;
            }
            match node.parent() {
                Some(p) => node = p,
                None => break,
            }
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    out.dedup();
}

/// A comment node of any grammar, or a docstring: a string that is a statement of its own
/// (Python's `"""..."""` under a function or module).
fn is_comment(node: &tree_sitter::Node<'_>) -> bool {
    let kind = node.kind();
    if kind.contains("comment") {
        return true;
    }
    kind == "string"
        && node
            .parent()
            .is_some_and(|p| p.kind() == "expression_statement" && p.named_child_count() == 1)
}

/// Whole-line comment markers of a file format, by extension or file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStyle {
    /// `#` (YAML, TOML, shell, properties, env, conf, Dockerfile) and `;` (INI).
    Hash,
    /// `//`, `/*`, `*` (Bicep, JSON with comments, Gradle, and C-like code blocks).
    Slash,
    /// `--` and `#` (SQL).
    Sql,
    /// `<!-- ... -->` (XML, plist, HTML), possibly over several lines.
    Xml,
    /// `#` lines and `<# ... #>` blocks (PowerShell's comment-based help).
    PowerShell,
}

impl LineStyle {
    /// The style of a file without a grammar, from its extension or name.
    pub fn of_path(path: &std::path::Path) -> Option<LineStyle> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        Some(match ext {
            "yaml" | "yml" | "toml" | "ini" | "cfg" | "conf" | "cnf" | "properties" | "env"
            | "sh" | "bash" | "zsh" | "tf" | "hcl" | "rego" | "r" | "pl" | "gitignore" => {
                LineStyle::Hash
            }
            "ps1" | "psm1" | "psd1" => LineStyle::PowerShell,
            "bicep" | "jsonc" | "json5" | "gradle" | "groovy" | "scala" | "dart" | "proto" => {
                LineStyle::Slash
            }
            "sql" => LineStyle::Sql,
            "xml" | "plist" | "config" | "csproj" | "props" | "targets" | "html" | "htm"
            | "xaml" | "jsp" | "vue" | "svelte" => LineStyle::Xml,
            _ if name == "dockerfile"
                || name.starts_with(".env")
                || name.starts_with("dockerfile.") =>
            {
                LineStyle::Hash
            }
            _ => return None,
        })
    }

    /// The style of a code block's language (for code in documentation).
    pub fn of_snippet(lang: crate::lang::snippets::SnippetLang) -> LineStyle {
        use crate::lang::snippets::SnippetLang;
        match lang {
            SnippetLang::Code(l) => match l.name() {
                "python" | "ruby" => LineStyle::Hash,
                _ => LineStyle::Slash,
            },
            SnippetLang::Config("xml") => LineStyle::Xml,
            SnippetLang::Config(_) => LineStyle::Hash,
        }
    }
}

/// The comments of `text` (in `within`, a byte range of it) that hold a candidate, by
/// whole-line markers of `style`, appended to `out`.
pub fn by_lines(
    text: &str,
    within: Range<usize>,
    style: LineStyle,
    cands: &[Candidate],
    out: &mut Vec<Range<usize>>,
) {
    for c in cands {
        if !within.contains(&c.start) {
            continue;
        }
        let block = match style {
            LineStyle::Xml => Some(("<!--", "-->")),
            LineStyle::PowerShell => Some(("<#", "#>")),
            _ => None,
        };
        if let Some((open_mark, close_mark)) = block {
            // The last opening mark before the candidate, not closed before it.
            let before = &text[within.start..c.start];
            if let Some(open) = before.rfind(open_mark)
                && !before[open..].contains(close_mark)
            {
                let from = within.start + open;
                let to = text[c.start..]
                    .find(close_mark)
                    .map_or(text.len(), |e| c.start + e + close_mark.len());
                out.push(from..to);
                continue;
            }
            if style == LineStyle::Xml {
                continue;
            }
        }
        let line_start = text[..c.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[c.start..]
            .find('\n')
            .map_or(text.len(), |i| c.start + i);
        let line = text[line_start..line_end].trim_start();
        let commented = match style {
            LineStyle::Hash => line.starts_with('#') || line.starts_with(';'),
            LineStyle::PowerShell => line.starts_with('#'),
            LineStyle::Slash => {
                line.starts_with("//") || line.starts_with("/*") || line.starts_with("* ")
            }
            LineStyle::Sql => line.starts_with("--") || line.starts_with('#'),
            LineStyle::Xml => false,
        };
        if commented {
            out.push(line_start..line_end);
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    out.dedup();
}

/// Whether the comment line holding `offset` is an example rather than commented-out
/// code or prose: documentation marks code examples by indenting them (Go doc comments
/// indent with a tab, Markdown in doc comments by four spaces, Javadoc `<pre>` blocks
/// follow the same habit) or by a `>>>` prompt (Python doctests). After the comment
/// marker (`//`, `///`, `#`, `*`, `--`, `;`, or none inside a block comment) and one
/// space, the line starts with a tab, three or more spaces, or `>>>`. Examples are notes, commented-out
/// code is dropped.
pub fn is_example_line(text: &str, offset: usize) -> bool {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..offset];
    let body = line.trim_start_matches([' ', '\t']);
    let rest = ["///", "//!", "//", "/**", "/*", "#", "*", "--", ";"]
        .iter()
        .find_map(|m| body.strip_prefix(m))
        .map_or(line, |r| r.strip_prefix(' ').unwrap_or(r));
    rest.starts_with('\t') || rest.starts_with("   ") || rest.trim_start().starts_with(">>>")
}

/// Whether the comment holding `offset` is a markup comment (`<!-- -->`): indentation there
/// is the document's, not an example's.
pub fn in_markup_comment(text: &str, comments: &[Range<usize>], offset: usize) -> bool {
    let i = comments.partition_point(|r| r.start <= offset);
    comments[..i]
        .iter()
        .rev()
        .find(|r| offset < r.end)
        .is_some_and(|r| text.get(r.start..).is_some_and(|t| t.starts_with("<!--")))
}

/// A test's description: the first string argument of a test-framework call that names a
/// case or a group (`it('...')`, `test("...")`, `describe`, `context`, `specify`, `scenario`,
/// `RSpec` `it "..." do`, Go `t.Run("...")`, also `it.only(` / `test.each([...])(`) that opens the line.
static TEST_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^[ \t]*(?:(?:it|test|describe|context|specify|scenario|feature|suite|xit|fit|xdescribe|fdescribe)(?:\.(?:only|skip|todo|concurrent))?(?:\.each[ \t]*\(.*?\))?|t\.Run|s\.Run)[ \t]*\(?[ \t]*(["'`])"#,
    )
    .expect("test title pattern")
});

/// Whether `start..end` lies inside a test's description string (see [`TEST_TITLE`]): a
/// sentence about the case, such as `it('reads sslrootcert=/path/to/ca')`, not configuration.
pub fn in_test_title(text: &str, start: usize, end: usize) -> bool {
    let start = start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    let Some(m) = TEST_TITLE.captures(line).and_then(|c| c.get(1)) else {
        return false;
    };
    let quote = line.as_bytes()[m.start()];
    let open = line_start + m.end();
    if start < open {
        return false;
    }
    // The title ends at the first unescaped closing quote on the line.
    let bytes = text.as_bytes();
    let mut i = open;
    while i < line_end {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return end <= i,
            _ => i += 1,
        }
    }
    false
}

/// Whether `start..end` lies inside one of `comments` (sorted).
pub fn covers(comments: &[Range<usize>], start: usize, end: usize) -> bool {
    let i = comments.partition_point(|r| r.start <= start);
    i > 0 && comments[..i].iter().rev().any(|r| end <= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    fn cands(text: &str, needles: &[&str]) -> Vec<Candidate> {
        needles
            .iter()
            .map(|n| {
                let s = text.find(n).unwrap();
                Candidate::new(0, s, s + n.len(), None)
            })
            .collect()
    }

    fn tree(lang: &str, text: &str) -> tree_sitter::Tree {
        let mut p = tree_sitter::Parser::new();
        p.set_language(&Language::from_name(lang).unwrap().grammar())
            .unwrap();
        p.parse(text, None).unwrap()
    }

    #[test]
    fn comment_nodes_hold_commented_out_code_and_doc_prose() {
        let java = "/** Use {@code <pin-set>} in XML. */\nclass A {\n  // String PIN = \"sha256/AAA=\";\n  String LIVE = \"sha256/BBB=\";\n}\n";
        let cs = cands(java, &["<pin-set>", "sha256/AAA=", "sha256/BBB="]);
        let mut out = Vec::new();
        in_tree(&tree("java", java), &cs, &mut out);
        assert_eq!(out.len(), 2);
        assert!(covers(&out, cs[0].start, cs[0].end));
        assert!(covers(&out, cs[1].start, cs[1].end));
        assert!(!covers(&out, cs[2].start, cs[2].end));

        let py = "def f():\n    \"\"\"Call with verify=False only in tests.\"\"\"\n    return get(url, verify=False)\n";
        let cs = cands(py, &["verify=False only", "verify=False)"]);
        let mut out = Vec::new();
        in_tree(&tree("python", py), &cs, &mut out);
        assert!(covers(&out, cs[0].start, cs[0].end));
        assert!(!covers(&out, cs[1].start, cs[1].end));
    }

    #[test]
    fn examples_in_doc_comments() {
        let go = "/*\nConnect securely:\n\n\thost=db sslrootcert=/x/root.crt\n\nor sslmode=verify-full.\n*/\n// \tcfg.RootCAs = pool\n// cfg.RootCAs = pool\n";
        let at = |n: &str, nth: usize| go.match_indices(n).nth(nth).unwrap().0;
        assert!(is_example_line(go, at("sslrootcert", 0)));
        assert!(!is_example_line(go, at("sslmode", 0)));
        assert!(is_example_line(go, at("RootCAs", 0)));
        assert!(!is_example_line(go, at("RootCAs", 1)));
        let java = "  /**\n   * <pre>\n   *     .add(host, PIN)\n   * </pre>\n   */\n    // .add(old, PIN)\n";
        assert!(is_example_line(java, java.find(".add(host").unwrap()));
        assert!(!is_example_line(java, java.find(".add(old").unwrap()));
        let py = "    \"\"\"\n    >>> get(url, verify=False)\n    \"\"\"\n    # get(url, verify=False)\n";
        assert!(is_example_line(py, py.find("verify").unwrap()));
        assert!(!is_example_line(py, py.rfind("verify").unwrap()));
    }

    #[test]
    fn line_comments_by_format() {
        let conf = "# cafile /etc/old-ca.pem\ncafile /etc/ca.pem\n  ; ca = x.pem\n";
        let cs = cands(conf, &["old-ca.pem", "/etc/ca.pem", "x.pem"]);
        let mut out = Vec::new();
        by_lines(conf, 0..conf.len(), LineStyle::Hash, &cs, &mut out);
        assert!(covers(&out, cs[0].start, cs[0].end));
        assert!(!covers(&out, cs[1].start, cs[1].end));
        assert!(covers(&out, cs[2].start, cs[2].end));

        let xml = "<a>\n<!--\n  <pin-set>\n-->\n<pin-set>\n</a>\n";
        let first = xml.find("<pin-set>").unwrap();
        let second = xml.rfind("<pin-set>").unwrap();
        let cs = vec![
            Candidate::new(0, first, first + 9, None),
            Candidate::new(0, second, second + 9, None),
        ];
        let mut out = Vec::new();
        by_lines(xml, 0..xml.len(), LineStyle::Xml, &cs, &mut out);
        assert!(covers(&out, first, first + 9));
        assert!(!covers(&out, second, second + 9));

        assert_eq!(
            LineStyle::of_path(std::path::Path::new("a/mosquitto.conf")),
            Some(LineStyle::Hash)
        );
        assert_eq!(
            LineStyle::of_path(std::path::Path::new("Dockerfile")),
            Some(LineStyle::Hash)
        );
        assert_eq!(LineStyle::of_path(std::path::Path::new("a.json")), None);
    }

    #[test]
    fn test_titles_are_descriptions() {
        let js = "  it('configuration parameter sslrootcert=/path/to/ca', function () {\n    const s = 'pg:///?sslrootcert=/etc/ca.pem'\n";
        let at = js.find("sslrootcert=/path").unwrap();
        assert!(in_test_title(js, at, at + 20));
        let at = js.find("sslrootcert=/etc").unwrap();
        assert!(!in_test_title(js, at, at + 20));
        let rb = "    it \"pins sha256/AAAA\" do\n";
        let at = rb.find("sha256").unwrap();
        assert!(in_test_title(rb, at, at + 11));
        let go = "\tt.Run(\"root\", func(t *testing.T) { cfg.RootCAs = pool })\n";
        let at = go.find("RootCAs").unwrap();
        assert!(!in_test_title(go, at, at + 7));
        let each =
            "  test.each([['a'], ['b']])('sslmode=%s with sslrootcert=/path/to/ca', (m) => {\n";
        let at = each.find("sslrootcert").unwrap();
        assert!(in_test_title(each, at, at + 11));
        let call = "  test_connection('sslrootcert=/etc/ca.pem')\n";
        let at = call.find("sslrootcert").unwrap();
        assert!(!in_test_title(call, at, at + 11));
    }
}
