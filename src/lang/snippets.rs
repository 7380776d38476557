//! Code in documentation: the fenced code blocks of Markdown and MDX (```` ```js ````,
//! `~~~python`) and the `.. code-block:: lang` / `.. code:: lang` directives of
//! reStructuredText, each with the language its info string names. A snippet is the
//! block's text with its common indentation removed (a block inside a list item, an
//! indented reST body), plus the map from its byte offsets back to the document's, so
//! that findings in a snippet point at the document's own lines and columns.
//!
//! Bounded: at most [`MAX_SNIPPETS`] snippets per document, each read once.

use super::Language;

/// At most this many snippets are taken from one document.
pub const MAX_SNIPPETS: usize = 256;

/// What a snippet's info string names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnippetLang {
    /// A language of the registry (its query packs apply).
    Code(Language),
    /// A configuration format, by the extension a file of it would have (`yaml`, `xml`,
    /// `json`, `toml`, `ini`, `properties`, `conf`, `env`).
    Config(&'static str),
}

impl SnippetLang {
    /// The extension a file of this language would have (for rules' `files` globs).
    pub fn extension(self) -> &'static str {
        match self {
            SnippetLang::Code(l) => l.extensions().first().copied().unwrap_or("txt"),
            SnippetLang::Config(ext) => ext,
        }
    }

    pub fn language(self) -> Option<Language> {
        match self {
            SnippetLang::Code(l) => Some(l),
            SnippetLang::Config(_) => None,
        }
    }
}

/// One code block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub lang: SnippetLang,
    /// The block's code, dedented, with what it needs around it to parse (`wrapping`).
    pub text: String,
    /// Per line of `text`: (offset in `text`, offset in the document).
    lines: Vec<(usize, usize)>,
    /// Where the block's own text ends in `text` (what follows was added).
    body_end: usize,
}

impl Snippet {
    /// The bytes of the document the block's lines span.
    pub fn document_range(&self) -> std::ops::Range<usize> {
        let start = self.lines.first().map_or(0, |l| l.1);
        let end = self.to_document(self.body_end).unwrap_or(start);
        start..end.max(start)
    }

    /// The document offset of `offset` in the snippet, or `None` when it is in text the
    /// snippet added (the `<?php` prefix).
    pub fn to_document(&self, offset: usize) -> Option<usize> {
        if offset > self.body_end {
            return None;
        }
        let i = self.lines.partition_point(|&(s, _)| s <= offset);
        let (s, d) = *self.lines.get(i.checked_sub(1)?)?;
        Some(d + (offset - s))
    }
}

/// Whether a path is a document whose code blocks are scanned: Markdown, MDX,
/// reStructuredText.
pub fn is_document(path: &std::path::Path) -> bool {
    doc_format(path).is_some()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Rst,
}

fn doc_format(path: &std::path::Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "mdx" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
        "rst" => Some(Format::Rst),
        _ => None,
    }
}

/// The language an info string's first word names (`js`, `TypeScript`, `objective-c`,
/// `c#`, `yaml`, ...), `None` for shells, plain text and unknown names.
pub fn language_of_tag(tag: &str) -> Option<SnippetLang> {
    let t = tag
        .trim()
        .trim_start_matches(['{', '.'])
        .trim_end_matches('}')
        .to_ascii_lowercase();
    let name = match t.as_str() {
        "js" | "javascript" | "jsx" | "mjs" | "cjs" | "node" | "nodejs" => "javascript",
        "ts" | "typescript" | "mts" | "cts" => "typescript",
        "tsx" => "tsx",
        "py" | "python" | "python3" | "py3" | "pycon" => "python",
        "go" | "golang" => "go",
        "kotlin" | "kt" | "kts" => "kotlin",
        "java" => "java",
        "swift" => "swift",
        "objc" | "objective-c" | "objectivec" | "obj-c" | "objective_c" | "objectivec++"
        | "objc++" => "objc",
        "c" | "h" => "c",
        "cpp" | "c++" | "cc" | "cxx" | "hpp" | "arduino" | "ino" => "cpp",
        "csharp" | "cs" | "c#" => "csharp",
        "ruby" | "rb" => "ruby",
        "php" => "php",
        "rust" | "rs" => "rust",
        "yaml" | "yml" => return Some(SnippetLang::Config("yaml")),
        "xml" => return Some(SnippetLang::Config("xml")),
        "json" | "jsonc" | "json5" => return Some(SnippetLang::Config("json")),
        "toml" => return Some(SnippetLang::Config("toml")),
        "ini" | "cfg" => return Some(SnippetLang::Config("ini")),
        "properties" | "props" => return Some(SnippetLang::Config("properties")),
        "conf" | "nginx" | "apache" | "apacheconf" => return Some(SnippetLang::Config("conf")),
        "env" | "dotenv" => return Some(SnippetLang::Config("env")),
        _ => return None,
    };
    Language::from_name(name).map(SnippetLang::Code)
}

/// The code blocks of `text` if `path` is a document (Markdown, MDX, reST), in order;
/// blocks whose language is unknown or unnamed are left out.
pub fn extract(path: &std::path::Path, text: &str) -> Vec<Snippet> {
    match doc_format(path) {
        Some(Format::Markdown) => markdown(text),
        Some(Format::Rst) => rst(text),
        None => Vec::new(),
    }
}

/// Lines of `text` with their start offsets (without the line terminator).
fn lines_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = pos;
        pos += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// A snippet from document lines (start offset, line), with their common indentation
/// (of non-blank lines) removed.
fn build(lang: SnippetLang, body: &[(usize, &str)]) -> Snippet {
    let common = body
        .iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(_, l)| indent_of(l))
        .min()
        .unwrap_or(0);
    let (prefix, suffix) = wrapping(
        lang,
        &body.iter().map(|&(_, l)| &l[common.min(indent_of(l))..]),
    );
    let mut text = String::from(prefix);
    let mut lines = Vec::with_capacity(body.len());
    for &(start, line) in body {
        let cut = common.min(indent_of(line));
        lines.push((text.len(), start + cut));
        text.push_str(&line[cut..]);
        text.push('\n');
    }
    let body_end = text.len();
    text.push_str(suffix);
    Snippet {
        lang,
        text,
        lines,
        body_end,
    }
}

/// What a fragment needs around it to parse as a file of its language: a PHP block
/// without `<?php` gets one; Go statements without a `package` clause or declarations
/// get `package main` and a function around them; Rust statements without items get a
/// function. (C, C++, Java, Kotlin, Swift, C#, JavaScript, Python and Ruby parse
/// statements at the top level.)
fn wrapping<'a>(
    lang: SnippetLang,
    lines: &(impl Iterator<Item = &'a str> + Clone),
) -> (&'static str, &'static str) {
    let starts = |words: &[&str]| {
        lines
            .clone()
            .any(|l| words.iter().any(|w| l.starts_with(w)))
    };
    match lang.language().map(Language::name) {
        Some("php") if !lines.clone().any(|l| l.contains("<?php")) => ("<?php\n", ""),
        Some("go") if starts(&["package "]) => ("", ""),
        Some("go") if starts(&["func ", "type "]) => ("package main\n", ""),
        Some("go") => ("package main\nfunc _() {\n", "}\n"),
        Some("rust")
            if !starts(&[
                "fn ",
                "pub ",
                "use ",
                "struct ",
                "impl",
                "mod ",
                "enum ",
                "trait ",
                "#[",
                "const ",
                "static ",
                "async fn",
                "extern ",
                "type ",
                "macro_rules!",
            ]) =>
        {
            ("fn _snippet() {\n", "}\n")
        }
        _ => ("", ""),
    }
}

/// Markdown / MDX fences: a line of three or more backticks or tildes (indented by any
/// amount, as in list items and JSX), an info string whose first word is the language,
/// and the lines up to a closing fence of the same character and at least the same
/// length (or the end of the document).
fn markdown(text: &str) -> Vec<Snippet> {
    let mut out = Vec::new();
    let mut open: Option<(u8, usize, usize, Option<SnippetLang>)> = None; // char, len, indent, lang
    let mut body: Vec<(usize, &str)> = Vec::new();
    for (start, line) in lines_of(text) {
        let ind = indent_of(line);
        let rest = &line[ind..];
        let fence_char = rest.bytes().next().filter(|b| *b == b'`' || *b == b'~');
        let fence_len = fence_char.map_or(0, |c| rest.bytes().take_while(|b| *b == c).count());
        match open {
            None => {
                if let Some(c) = fence_char
                    && fence_len >= 3
                {
                    let info = &rest[fence_len..];
                    if c == b'`' && info.contains('`') {
                        continue; // inline code, not a fence
                    }
                    let tag = info
                        .trim()
                        .split(|ch: char| ch.is_whitespace() || ch == '{' || ch == ',')
                        .find(|w| !w.is_empty())
                        .unwrap_or("");
                    open = Some((c, fence_len, ind, language_of_tag(tag)));
                    body.clear();
                }
            }
            Some((c, len, _, lang)) => {
                let closes = fence_char == Some(c)
                    && fence_len >= len
                    && rest[fence_len..].trim().is_empty();
                if closes {
                    if let Some(lang) = lang
                        && out.len() < MAX_SNIPPETS
                    {
                        out.push(build(lang, &body));
                    }
                    open = None;
                } else {
                    body.push((start, line));
                }
            }
        }
    }
    if let Some((_, _, _, Some(lang))) = open
        && out.len() < MAX_SNIPPETS
    {
        out.push(build(lang, &body));
    }
    out
}

/// reStructuredText: `.. code-block:: lang`, `.. code:: lang`, `.. sourcecode:: lang`;
/// the directive's options (`:linenos:`) are skipped and the body is the following lines
/// indented more than the directive (blank lines inside it included).
fn rst(text: &str) -> Vec<Snippet> {
    let mut out = Vec::new();
    let all: Vec<(usize, &str)> = lines_of(text).collect();
    let mut i = 0;
    while i < all.len() && out.len() < MAX_SNIPPETS {
        let line = all[i].1;
        let ind = indent_of(line);
        let rest = line[ind..].trim_end();
        let tag = ["code-block::", "code::", "sourcecode::"]
            .iter()
            .find_map(|d| rest.strip_prefix(".. ")?.trim_start().strip_prefix(d));
        i += 1;
        let Some(lang) = tag.and_then(language_of_tag) else {
            continue;
        };
        // Options right after the directive.
        while i < all.len() && all[i].1.trim_start().starts_with(':') && indent_of(all[i].1) > ind {
            i += 1;
        }
        while i < all.len() && all[i].1.trim().is_empty() {
            i += 1;
        }
        let from = i;
        let mut to = i;
        while i < all.len() {
            let l = all[i].1;
            if l.trim().is_empty() {
                i += 1;
                continue;
            }
            if indent_of(l) <= ind {
                break;
            }
            i += 1;
            to = i;
        }
        if to > from {
            out.push(build(lang, &all[from..to]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn lang(s: &Snippet) -> &'static str {
        match s.lang {
            SnippetLang::Code(l) => l.name(),
            SnippetLang::Config(e) => e,
        }
    }

    #[test]
    fn markdown_fences_with_languages_and_offsets() {
        let doc = "# Title\n\n```js\nconst a = 1;\n```\n\ntext\n\n~~~~ Python {linenos}\nx = 2\n~~~~\n\n```\nplain\n```\n\n```sh\nls\n```\n";
        let s = extract(Path::new("README.md"), doc);
        assert_eq!(s.len(), 2);
        assert_eq!(lang(&s[0]), "javascript");
        assert_eq!(s[0].text, "const a = 1;\n");
        let off = s[0].to_document(6).unwrap();
        assert_eq!(&doc[off..=off], "a");
        assert_eq!(lang(&s[1]), "python");
        assert_eq!(s[1].text, "x = 2\n");
        let off = s[1].to_document(0).unwrap();
        assert_eq!(&doc[off..off + 5], "x = 2");
    }

    #[test]
    fn indented_fences_are_dedented_and_mapped_back() {
        let doc = "1. Step\n\n   ```python\n   import ssl\n   if x:\n       y = 1\n   ```\n";
        let s = extract(Path::new("docs/a.mdx"), doc);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "import ssl\nif x:\n    y = 1\n");
        let y = s[0].text.find('y').unwrap();
        let off = s[0].to_document(y).unwrap();
        assert_eq!(&doc[off..off + 5], "y = 1");
    }

    #[test]
    fn unclosed_fence_runs_to_the_end_and_longer_fences_nest() {
        let doc = "````md\n```js\nx\n```\n````\n```go\npackage main\n";
        let s = extract(Path::new("a.md"), doc);
        assert_eq!(s.len(), 1);
        assert_eq!(lang(&s[0]), "go");
        assert_eq!(s[0].text, "package main\n");
        // Inline code with three backticks is not a fence.
        assert!(extract(Path::new("a.md"), "```js x ``` y\nz\n").is_empty());
    }

    #[test]
    fn php_without_open_tag_gets_one() {
        let doc = "```php\n$a = 1;\n```\n";
        let s = extract(Path::new("a.md"), doc);
        assert_eq!(s[0].text, "<?php\n$a = 1;\n");
        assert_eq!(s[0].to_document(0), None);
        assert_eq!(s[0].to_document(6), Some(7));
    }

    #[test]
    fn go_and_rust_fragments_are_wrapped() {
        let doc = "```go
pool := x509.NewCertPool()
```
```go
func f() {}
```
```rust
let x = 1;
```
```rust
fn main() {}
```
";
        let s = extract(Path::new("a.md"), doc);
        assert_eq!(
            s[0].text,
            "package main\nfunc _() {\npool := x509.NewCertPool()\n}\n"
        );
        let p = s[0].text.find("pool").unwrap();
        assert_eq!(s[0].to_document(p), Some(6));
        assert_eq!(s[0].to_document(s[0].text.len() - 1), None);
        assert_eq!(s[1].text, "package main\nfunc f() {}\n");
        assert_eq!(s[2].text, "fn _snippet() {\nlet x = 1;\n}\n");
        assert_eq!(s[3].text, "fn main() {}\n");
    }

    #[test]
    fn rst_code_blocks() {
        let doc = "Title\n=====\n\n.. code-block:: python\n   :linenos:\n\n   import ssl\n\n   ctx = 1\n\nAfter.\n\n.. code:: text\n\n   nothing\n";
        let s = extract(Path::new("docs/index.rst"), doc);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "import ssl\n\nctx = 1\n");
        let off = s[0].to_document(s[0].text.find("ctx").unwrap()).unwrap();
        assert_eq!(&doc[off..off + 3], "ctx");
    }

    #[test]
    fn tags_and_documents() {
        for (t, want) in [
            ("JavaScript", "javascript"),
            ("c#", "csharp"),
            ("objective-c", "objc"),
            ("{.python}", "python"),
            ("kt", "kotlin"),
        ] {
            assert_eq!(
                language_of_tag(t)
                    .and_then(SnippetLang::language)
                    .map(Language::name),
                Some(want),
                "{t}"
            );
        }
        assert_eq!(language_of_tag("yml"), Some(SnippetLang::Config("yaml")));
        assert_eq!(language_of_tag("bash"), None);
        assert!(is_document(Path::new("docs/x.MDX")));
        assert!(!is_document(Path::new("x.txt")));
        assert!(extract(Path::new("a.js"), "```js\nx\n```\n").is_empty());
    }

    #[test]
    fn many_blocks_are_bounded() {
        let doc = "```js\nx\n```\n".repeat(MAX_SNIPPETS + 10);
        assert_eq!(extract(Path::new("a.md"), &doc).len(), MAX_SNIPPETS);
    }
}
