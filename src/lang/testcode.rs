//! Test code by construct: the byte ranges of a source file that are tests by the
//! language's own idiom, wherever the file lives (a `#[cfg(test)] mod tests` in
//! `src/lib.rs`, a `JUnit` `@Test` method, a Go function taking `*testing.T`, a
//! `describe('...', () => {...})` call). The scanner reports findings there as notes, like
//! findings under a test path.
//!
//! Text-based (findings come from the regex engines too, and a file is not always
//! parsed): an idiom is found by a regular expression at the start of a line (after
//! indentation) that is code, not inside a string or a comment; its block is found by one
//! linear lexing pass that skips string literals and comments and pairs braces and
//! parentheses (brace languages), or by indentation (Python, Ruby). Annotations and
//! attributes may be followed by others, and by comments, before the item: the region is
//! that item's block (the first `{` outside the annotations' parentheses). Idioms that are
//! only names (`def test_x`, `func testX()`, `function testX`) count only in a file that
//! uses a test framework (imports `pytest`/`unittest`, `XCTest`, mentions `PHPUnit`,
//! `Minitest`...): a production `test_connection()` stays production code.
//!
//! Bounded: linear in the file, no panics on any input (every slice is checked).

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lang::Language;

/// How far (bytes) from an annotation its item's `{` may be.
const MAX_HEADER: usize = 4096;

/// The sorted, non-overlapping byte ranges of `text` that are test code by construct in
/// `lang` (see the module docs).
pub fn test_regions(text: &str, lang: Language) -> Vec<Range<usize>> {
    let Some(family) = Family::of(lang) else {
        return Vec::new();
    };
    let idioms = idioms(family);
    if !idioms.iter().any(|i| i.re.is_match(text)) {
        return Vec::new();
    }
    let framework = framework(family).is_some_and(|re| re.is_match(text));
    let lex = Lexed::new(text, family);
    let mut found: Vec<Hit<'_>> = Vec::new();
    for idiom in idioms {
        if idiom.guarded && !framework {
            continue;
        }
        for caps in idiom.re.captures_iter(text) {
            let Some(m) = caps.get(0) else { continue };
            let lead = m.as_str().len() - m.as_str().trim_start().len();
            let start = m.start() + lead;
            if lex.is_code(start) && idiom.check.is_none_or(|check| check(&caps)) {
                found.push(Hit {
                    start,
                    end: m.end(),
                    idiom,
                });
            }
        }
    }
    found.sort_by_key(|h| h.start);
    found.dedup_by_key(|h| h.start);
    let mut regions = match family {
        Family::Python | Family::Ruby => indent_regions(text, &lex, &found, family),
        Family::Script => call_regions(text, &lex, &found),
        _ => brace_regions(text, &lex, &found, family),
    };
    if family == Family::ObjC {
        regions.extend(objc_implementations(text, &lex));
    }
    merge(regions)
}

/// How much of a file's start is read for its header comment.
const MAX_FILE_HEADER: usize = 8192;

/// Whether the file's header (the comments, and a Python module docstring, before its
/// first declaration; `package`, `import`, `use`, `using` lines and Rust inner attributes
/// may come between) says the file is test code: "This is a test shim for ...", "Test
/// helpers", "used only in tests", "for testing purposes only", "fuzz target". A file
/// saying so of itself is a harness wherever it lives (a conformance-test shim in a
/// library's workspace). A comment further down, or one only mentioning tests ("tested
/// in `tests/`"), does not count.
pub fn declared_test_file(text: &str, lang: Language) -> bool {
    let Some(family) = Family::of(lang) else {
        return false;
    };
    let header = file_header(text, family);
    !header.is_empty() && declares_test(&header)
}

/// Whether a header comment's text calls its file test code.
fn declares_test(header: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)\b(?:test|testing)[ \t-]+(?:shim|harness|helpers?|utilit(?:y|ies)|fixtures?|doubles?|stubs?|mocks?|support)\b",
            r"|\b(?:used|intended|meant|only)[ \t]+(?:for|in|by)[ \t]+(?:the[ \t]+)?(?:unit[ \t]+|integration[ \t]+|end-to-end[ \t]+|e2e[ \t]+)?(?:tests?|testing)\b",
            r"|\bfor[ \t]+testing[ \t]+(?:purposes|only)\b",
            r"|\bfuzz(?:ing)?[ \t-]+(?:target|harness|driver)\b",
        ))
        .expect("valid header pattern")
    })
    .is_match(header)
}

/// The comment text of a file's header (see [`declared_test_file`]), lines joined by
/// spaces (a phrase may wrap); empty when the file starts with code.
fn file_header(text: &str, family: Family) -> String {
    let hash = matches!(family, Family::Python | Family::Ruby | Family::Php);
    let slashes = !matches!(family, Family::Python | Family::Ruby);
    let mut head = &text[..crate::finding::floor_char_boundary(text, MAX_FILE_HEADER)];
    head = head.strip_prefix('\u{feff}').unwrap_or(head);
    let mut out = String::new();
    // The closing delimiter of a block comment or docstring being read.
    let mut open: Option<&str> = None;
    // Bracket depth of a Rust inner attribute spanning lines.
    let mut attribute = 0i32;
    for (n, raw) in head.lines().enumerate() {
        let line = raw.trim();
        if let Some(close) = open {
            if let Some(at) = line.find(close) {
                out.push_str(&line[..at]);
                open = None;
            } else {
                out.push_str(line);
            }
            out.push(' ');
            continue;
        }
        if attribute > 0 {
            attribute += bracket_depth(line);
            continue;
        }
        if line.is_empty()
            || (n == 0 && line.starts_with("#!") && !line.starts_with("#!["))
            || line.starts_with("<?php")
        {
            continue;
        }
        let comment = if slashes && line.starts_with("//") {
            Some((&line[2..], None))
        } else if hash && line.starts_with('#') && !line.starts_with("#[") {
            Some((&line[1..], None))
        } else if slashes && line.starts_with("/*") {
            Some((&line[2..], Some("*/")))
        } else if family == Family::Python
            && (line.starts_with("\"\"\"") || line.starts_with("'''"))
        {
            Some((&line[3..], Some(&line[..3])))
        } else if family == Family::Ruby && line.starts_with("=begin") {
            Some((&line[6..], Some("=end")))
        } else {
            None
        };
        if let Some((body, close)) = comment {
            match close.map(|c| (c, body.find(c))) {
                Some((_, Some(at))) => out.push_str(&body[..at]),
                Some((c, None)) => {
                    out.push_str(body);
                    open = Some(c);
                }
                None => out.push_str(body),
            }
            out.push(' ');
            continue;
        }
        if family == Family::Rust && line.starts_with("#![") {
            attribute = bracket_depth(line);
            continue;
        }
        let word = line.split([' ', '\t']).next().unwrap_or("");
        if matches!(
            word,
            "package" | "import" | "use" | "using" | "from" | "require" | "extern"
        ) {
            continue;
        }
        break;
    }
    out
}

/// `[`/`(` opened minus closed on one line.
fn bracket_depth(line: &str) -> i32 {
    line.bytes().fold(0, |d, b| match b {
        b'[' | b'(' => d + 1,
        b']' | b')' => d - 1,
        _ => d,
    })
}

/// Whether `start..end` lies inside one of `regions` (sorted, non-overlapping).
pub fn in_regions(regions: &[Range<usize>], start: usize, end: usize) -> bool {
    let i = regions.partition_point(|r| r.start <= start);
    i > 0 && regions.get(i - 1).is_some_and(|r| end <= r.end)
}

/// Languages that share idioms and lexical syntax.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Family {
    C,
    CSharp,
    Go,
    Java,
    Kotlin,
    ObjC,
    Php,
    Python,
    Ruby,
    Rust,
    /// JavaScript, TypeScript, TSX.
    Script,
    Swift,
}

const FAMILIES: usize = 12;

impl Family {
    pub(super) fn of(lang: Language) -> Option<Family> {
        Some(match lang.name() {
            "c" | "cpp" => Family::C,
            "csharp" => Family::CSharp,
            "go" => Family::Go,
            "java" => Family::Java,
            "kotlin" => Family::Kotlin,
            "objc" => Family::ObjC,
            "php" => Family::Php,
            "python" => Family::Python,
            "ruby" => Family::Ruby,
            "rust" => Family::Rust,
            "javascript" | "typescript" | "tsx" => Family::Script,
            "swift" => Family::Swift,
            _ => return None,
        })
    }
}

/// What the block of an idiom is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Block {
    /// The first `{` outside parentheses and brackets after the idiom, to its `}`.
    Brace,
    /// The first `{` after the idiom at any depth (Kotest's `class X : FunSpec({`).
    AnyBrace,
    /// The whole file (Rust's `#![cfg(test)]`).
    File,
    /// Lines indented deeper than the idiom's (Python, Ruby; a Ruby block's `end` too).
    Indent,
    /// The call's parentheses, when an argument is a function (JavaScript's
    /// `describe('...', () => {...})`).
    Call,
}

/// An idiom found in the file: where it starts (after indentation) and ends.
struct Hit<'a> {
    start: usize,
    end: usize,
    idiom: &'a Idiom,
}

struct Idiom {
    re: Regex,
    block: Block,
    /// Counts only in a file that uses a test framework (`framework`).
    guarded: bool,
    check: Option<fn(&regex::Captures<'_>) -> bool>,
}

fn idiom(re: &str, block: Block) -> Idiom {
    Idiom {
        re: Regex::new(re).expect("valid test idiom"),
        block,
        guarded: false,
        check: None,
    }
}

fn guarded(re: &str, block: Block) -> Idiom {
    Idiom {
        guarded: true,
        ..idiom(re, block)
    }
}

fn checked(re: &str, block: Block, check: fn(&regex::Captures<'_>) -> bool) -> Idiom {
    Idiom {
        check: Some(check),
        ..idiom(re, block)
    }
}

/// `JUnit`'s and `TestNG`'s set-up and tear-down annotations; a bare `@Before`/`@After` with
/// arguments is an `AspectJ` advice (production code), not a test's.
const JVM_ANNOTATION: &str = r"(?m)^[ \t]*@(?:[A-Za-z_][\w.]*\.)?(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|BeforeEach|AfterEach|BeforeAll|AfterAll|BeforeClass|AfterClass|BeforeMethod|AfterMethod|BeforeSuite|AfterSuite|BeforeTest|AfterTest|BeforeGroups|AfterGroups|Before|After)\b([ \t]*\(?)";

fn jvm_annotation(c: &regex::Captures<'_>) -> bool {
    let name = c.get(1).map_or("", |m| m.as_str());
    let paren = c.get(2).is_some_and(|m| m.as_str().ends_with('('));
    !(matches!(name, "Before" | "After") && paren)
}

/// Go: a function or method with a `testing` parameter, an `Example` function, a method
/// `TestX` of a testify suite.
const GO_FUNC: &str =
    r"(?m)^func[ \t]*(\([^)\n]*\))?[ \t]*(\w+)[ \t]*(?:\[[^\]\n]*\])?[ \t]*\(([^)]{0,400})\)";

fn go_test_func(c: &regex::Captures<'_>) -> bool {
    static TESTING: OnceLock<Regex> = OnceLock::new();
    let testing = TESTING.get_or_init(|| {
        Regex::new(r"\btesting\.(?:T|B|F|M|TB)\b").expect("valid testing parameter")
    });
    let receiver = c.get(1).map_or("", |m| m.as_str());
    let name = c.get(2).map_or("", |m| m.as_str());
    let params = c.get(3).map_or("", |m| m.as_str());
    let exported_after = |prefix: &str| {
        name.strip_prefix(prefix)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    testing.is_match(params)
        || (receiver.is_empty() && exported_after("Example") && params.trim().is_empty())
        || (receiver.contains("Suite") && exported_after("Test") && params.trim().is_empty())
}

fn idioms(family: Family) -> &'static [Idiom] {
    // Per family, compiled on first use: a scan of a few files compiles only its languages'.
    static IDIOMS: [OnceLock<Vec<Idiom>>; FAMILIES] = [const { OnceLock::new() }; FAMILIES];
    IDIOMS[family as usize].get_or_init(|| build_idioms(family))
}

fn build_idioms(family: Family) -> Vec<Idiom> {
    use Block::{AnyBrace, Brace, Call, File, Indent};
    match family {
        Family::C => vec![idiom(
            r"(?m)^[ \t]*(?:TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P|TEST_CASE|TEST_CASE_METHOD|TEMPLATE_TEST_CASE|SCENARIO|BOOST_AUTO_TEST_CASE|BOOST_FIXTURE_TEST_CASE|BOOST_DATA_TEST_CASE)[ \t]*\(",
            Brace,
        )],
        Family::CSharp => vec![idiom(
            r"(?m)^[ \t]*\[[ \t]*(?:[A-Za-z_][\w.]*\.)?(?:Test|TestMethod|DataTestMethod|Fact|Theory|TestCase|TestCaseSource|SetUp|TearDown|OneTimeSetUp|OneTimeTearDown|TestInitialize|TestCleanup|ClassInitialize|ClassCleanup|TestClass|TestFixture)(?:Attribute)?[ \t]*[\](,]",
            Brace,
        )],
        Family::Go => vec![checked(GO_FUNC, Brace, go_test_func)],
        Family::Java => vec![
            checked(JVM_ANNOTATION, Brace, jvm_annotation),
            idiom(
                r"(?m)^[ \t]*(?:(?:public|abstract|final)[ \t]+)*class[ \t]+\w+[ \t]+extends[ \t]+(?:junit\.framework\.)?TestCase\b",
                Brace,
            ),
        ],
        Family::Kotlin => vec![
            checked(JVM_ANNOTATION, Brace, jvm_annotation),
            idiom(
                r"(?m)^[ \t]*(?:\w+[ \t]+)*class[ \t]+\w+[ \t]*(?:\([^)]*\))?[ \t]*:[ \t]*(?:String|Fun|Should|Describe|Behavior|Word|Free|Feature|Expect)Spec\b",
                AnyBrace,
            ),
        ],
        Family::ObjC => vec![guarded(
            r"(?m)^[ \t]*-[ \t]*\([ \t]*void[ \t]*\)[ \t]*test\w*",
            Brace,
        )],
        Family::Php => vec![
            idiom(
                r"(?m)^[ \t]*(?:(?:abstract|final)[ \t]+)*class[ \t]+\w+[ \t]+extends[ \t]+\\?(?:[\w\\]*\\)?\w*TestCase\b",
                Brace,
            ),
            idiom(
                r"(?m)^[ \t]*#\[[ \t]*\\?(?:PHPUnit\\Framework\\Attributes\\)?(?:Test|DataProvider|Before|After|BeforeClass|AfterClass)\b",
                Brace,
            ),
            guarded(
                r"(?m)^[ \t]*(?:(?:public|protected|private|static|final)[ \t]+)*function[ \t]+test\w*[ \t]*\(",
                Brace,
            ),
        ],
        Family::Python => vec![
            idiom(
                r"(?m)^[ \t]*class[ \t]+\w+[ \t]*\([^)]*TestCase\b[^)]*\)",
                Indent,
            ),
            guarded(
                r"(?m)^[ \t]*(?:async[ \t]+)?def[ \t]+test(?:_|[A-Z0-9])\w*[ \t]*\(",
                Indent,
            ),
            // pytest's classes: no base (`class TestResult(Base)` is anything).
            guarded(
                r"(?m)^[ \t]*class[ \t]+Test\w*[ \t]*(?:\([ \t]*(?:object)?[ \t]*\))?[ \t]*:",
                Indent,
            ),
        ],
        Family::Ruby => vec![
            idiom(
                r"(?m)^[ \t]*class[ \t]+[\w:]+[ \t]*<[ \t]*(?:Minitest::Test|Minitest::Spec|Test::Unit::TestCase|ActionDispatch::IntegrationTest|[\w:]*TestCase)\b",
                Indent,
            ),
            idiom(
                r"(?m)^[ \t]*(?:RSpec\.)?(?:describe|context|it|specify|shared_examples|shared_context)\b[^\n]*\bdo[ \t]*(?:\|[^|\n]*\|)?[ \t\r]*$",
                Indent,
            ),
            guarded(r"(?m)^[ \t]*def[ \t]+test_\w*", Indent),
            guarded(r#"(?m)^[ \t]*test[ \t]+["'][^\n]*\bdo[ \t\r]*$"#, Indent),
        ],
        Family::Rust => vec![
            idiom(
                r"(?m)^[ \t]*#\[[ \t]*(?:test|bench|rstest|test_case|wasm_bindgen_test|(?:[A-Za-z_]\w*::)+test)\b",
                Brace,
            ),
            idiom(
                r"(?m)^[ \t]*#\[[ \t]*cfg[ \t]*\([ \t]*(?:test[ \t]*\)|all[ \t]*\([ \t]*test[ \t]*[,)])",
                Brace,
            ),
            idiom(
                r"(?m)^[ \t]*#!\[[ \t]*cfg[ \t]*\([ \t]*test[ \t]*\)[ \t]*\]",
                File,
            ),
        ],
        Family::Script => vec![
            // A case or a group: a title first (a local `test(() => probe())` is not one).
            idiom(
                r#"(?m)^[ \t]*(?:describe|it|test|fit|xit|fdescribe|xdescribe|suite)(?:\.(?:only|skip|todo|concurrent|failing|serial))*[ \t]*\([ \t]*["'`]"#,
                Call,
            ),
            // A hook: a function first.
            idiom(
                r"(?m)^[ \t]*(?:beforeEach|afterEach|beforeAll|afterAll)[ \t]*\([ \t]*(?:async[ \t]+)?(?:function\b|\([^()]*\)[ \t]*=>|\w+[ \t]*=>)",
                Call,
            ),
        ],
        Family::Swift => vec![
            idiom(
                r"(?m)^[ \t]*(?:@\w+[ \t]+)*(?:(?:public|open|final|internal|private|fileprivate)[ \t]+)*class[ \t]+\w+[ \t]*:[ \t]*(?:XCTest\.)?(?:\w*TestCase|QuickSpec|AsyncSpec)\b",
                Brace,
            ),
            idiom(r"(?m)^[ \t]*@(?:Test|Suite)\b", Brace),
            guarded(
                r"(?m)^[ \t]*(?:(?:override|public|open|final|internal|private|fileprivate|@\w+)[ \t]+)*func[ \t]+test\w*[ \t]*\(\)",
                Brace,
            ),
        ],
    }
}

/// Evidence that a file uses a test framework, for the idioms that are only names.
fn framework(family: Family) -> Option<&'static Regex> {
    static RES: OnceLock<[Option<Regex>; FAMILIES]> = OnceLock::new();
    RES.get_or_init(|| {
        let mut all: [Option<Regex>; FAMILIES] = Default::default();
        let re = |s: &str| Some(Regex::new(s).expect("valid framework pattern"));
        all[Family::ObjC as usize] = re(r"\bXCTest");
        all[Family::Php as usize] = re(r"\bPHPUnit\b|\bTestCase\b");
        all[Family::Python as usize] =
            re(r"(?m)^[ \t]*(?:import|from)[ \t]+(?:pytest|unittest|nose2?|hypothesis)\b");
        all[Family::Ruby as usize] = re(r"\bMinitest\b|\bTest::Unit\b|\bTestCase\b|test_helper");
        all[Family::Swift as usize] =
            re(r"(?m)^[ \t]*(?:@testable[ \t]+)?import[ \t]+(?:XCTest|Testing|Quick)\b");
        all
    })
    .get(family as usize)
    .and_then(Option::as_ref)
}

/// A file lexed once: where strings and comments are, and which brace and parenthesis
/// closes which (code only).
pub(super) struct Lexed {
    /// Strings and comments, sorted.
    pub(super) skips: Vec<Range<usize>>,
    /// Comments alone, sorted.
    pub(super) comments: Vec<Range<usize>>,
    /// `(open, close)` of each balanced `{}` pair, sorted by `open`.
    pub(super) braces: Vec<(usize, usize)>,
    /// The same for `()`.
    pub(super) parens: Vec<(usize, usize)>,
}

impl Lexed {
    #[allow(clippy::too_many_lines)]
    pub(super) fn new(text: &str, family: Family) -> Lexed {
        use Family as F;
        let b = text.as_bytes();
        let n = b.len();
        let slash = !matches!(family, F::Python | F::Ruby);
        let hash = matches!(family, F::Python | F::Ruby | F::Php);
        let triple = matches!(
            family,
            F::Python | F::Java | F::Kotlin | F::Swift | F::CSharp | F::Rust
        );
        // `"..."` may span lines (Rust, PHP, Ruby); elsewhere it ends at the line.
        let multiline = matches!(family, F::Rust | F::Php | F::Ruby);
        let mut out = Lexed {
            skips: Vec::new(),
            comments: Vec::new(),
            braces: Vec::new(),
            parens: Vec::new(),
        };
        let mut brace_stack: Vec<usize> = Vec::new();
        let mut paren_stack: Vec<usize> = Vec::new();
        // The last byte of code that is not white space (for JavaScript's regex literals).
        let mut last_sig: u8 = b'\n';
        let mut last_sig_at = 0usize;
        let mut i = 0usize;
        while i < n {
            let c = b[i];
            let next = b.get(i + 1).copied();
            let start = i;
            // Comments.
            if (slash && c == b'/' && next == Some(b'/'))
                || (hash && c == b'#' && !(family == F::Php && next == Some(b'[')))
            {
                i = find_byte(b, i, b'\n');
                out.skips.push(start..i);
                out.comments.push(start..i);
                continue;
            }
            if slash && c == b'/' && next == Some(b'*') {
                i = find_seq(b, i + 2, b"*/").map_or(n, |e| e + 2);
                out.skips.push(start..i);
                out.comments.push(start..i);
                continue;
            }
            if family == F::Ruby
                && c == b'='
                && at_line_start(b, i)
                && b[i..].starts_with(b"=begin")
            {
                i = find_seq(b, i, b"\n=end").map_or(n, |e| find_byte(b, e + 1, b'\n'));
                out.skips.push(start..i);
                out.comments.push(start..i);
                continue;
            }
            // Strings.
            if triple
                && (b[i..].starts_with(b"\"\"\"")
                    || (family == F::Python && b[i..].starts_with(b"'''")))
            {
                let delim = &b[i..i + 3];
                i = find_unescaped(b, i + 3, delim).map_or(n, |e| e + 3);
                out.skips.push(start..i);
                last_sig = b'"';
                continue;
            }
            if family == F::Rust
                && (c == b'r' || c == b'b')
                && !prev_is_word(b, i)
                && let Some(end) = rust_raw_string(b, i)
            {
                out.skips.push(start..end);
                i = end;
                last_sig = b'"';
                continue;
            }
            match c {
                b'"' => {
                    let verbatim = family == F::CSharp
                        && (i >= 1 && b[i - 1] == b'@'
                            || i >= 2 && b[i - 1] == b'$' && b[i - 2] == b'@');
                    i = if verbatim {
                        verbatim_end(b, i + 1)
                    } else {
                        string_end(b, i + 1, b'"', multiline)
                    };
                    out.skips.push(start..i);
                    last_sig = b'"';
                    continue;
                }
                b'\'' => {
                    let end = match family {
                        F::Rust => rust_char_end(b, i),
                        F::Swift => None,
                        _ => Some(string_end(b, i + 1, b'\'', multiline)),
                    };
                    if let Some(end) = end {
                        out.skips.push(start..end);
                        i = end;
                        last_sig = b'"';
                        continue;
                    }
                }
                b'`' => {
                    // Go's raw strings and JavaScript's templates span lines; Kotlin's and
                    // Swift's quoted names do not.
                    let spans = matches!(family, F::Go | F::Script);
                    let escapes = family != F::Go;
                    i = if escapes {
                        string_end(b, i + 1, b'`', spans)
                    } else {
                        find_byte(b, i + 1, b'`').saturating_add(1).min(n)
                    };
                    out.skips.push(start..i);
                    last_sig = b'"';
                    continue;
                }
                b'/' if family == F::Script && regex_may_start(b, last_sig, last_sig_at) => {
                    if let Some(end) = js_regex_end(b, i + 1) {
                        out.skips.push(start..end);
                        i = end;
                        last_sig = b'"';
                        continue;
                    }
                }
                b'{' => brace_stack.push(i),
                b'}' => {
                    if let Some(open) = brace_stack.pop() {
                        out.braces.push((open, i));
                    }
                }
                b'(' => paren_stack.push(i),
                b')' => {
                    if let Some(open) = paren_stack.pop() {
                        out.parens.push((open, i));
                    }
                }
                _ => {}
            }
            if !c.is_ascii_whitespace() {
                last_sig = c;
                last_sig_at = i;
            }
            i += 1;
        }
        out.braces.sort_unstable();
        out.parens.sort_unstable();
        out
    }

    /// Whether `at` is code (not inside a string or a comment).
    pub(super) fn is_code(&self, at: usize) -> bool {
        let i = self.skips.partition_point(|r| r.start <= at);
        i == 0 || self.skips.get(i - 1).is_none_or(|r| at >= r.end)
    }

    /// The first skip range that ends after `at` (index into `skips`).
    fn skip_from(&self, at: usize) -> usize {
        self.skips.partition_point(|r| r.end <= at)
    }

    fn close_of(pairs: &[(usize, usize)], open: usize) -> Option<usize> {
        pairs
            .binary_search_by_key(&open, |p| p.0)
            .ok()
            .and_then(|i| pairs.get(i))
            .map(|p| p.1)
    }
}

/// The comments of `text` in `lang` (sorted byte ranges), found by the same lexer as test
/// regions; `None` for a language it does not know.
pub(super) fn comments(text: &str, lang: Language) -> Option<Vec<Range<usize>>> {
    Family::of(lang).map(|f| Lexed::new(text, f).comments)
}

/// Code bytes of `b` from `from` (strings and comments jumped over), with their offsets.
fn code_bytes<'a>(
    b: &'a [u8],
    lex: &'a Lexed,
    from: usize,
) -> impl Iterator<Item = (usize, u8)> + 'a {
    let mut k = lex.skip_from(from);
    let mut i = from;
    std::iter::from_fn(move || {
        loop {
            let skip = lex.skips.get(k);
            if let Some(r) = skip
                && i >= r.start
            {
                i = i.max(r.end);
                k += 1;
                continue;
            }
            let c = *b.get(i)?;
            i += 1;
            return Some((i - 1, c));
        }
    })
}

fn find_byte(b: &[u8], from: usize, c: u8) -> usize {
    b.get(from..)
        .and_then(|t| t.iter().position(|&x| x == c))
        .map_or(b.len(), |p| from + p)
}

fn find_seq(b: &[u8], from: usize, seq: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(seq.len())
        .position(|w| w == seq)
        .map(|p| from + p)
}

/// Start of `delim` after `from`, skipping backslash escapes.
fn find_unescaped(b: &[u8], from: usize, delim: &[u8]) -> Option<usize> {
    let mut i = from;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
        } else if b[i..].starts_with(delim) {
            return Some(i);
        } else {
            i += 1;
        }
    }
    None
}

/// End (exclusive) of a string whose body starts at `from`: after the closing `quote`, at
/// the line's end when it may not span lines, or at the end of the text.
fn string_end(b: &[u8], from: usize, quote: u8, spans: bool) -> usize {
    let mut i = from;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' if !spans => return i,
            c if c == quote => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// C#'s `@"..."`: no escapes, `""` is a quote.
fn verbatim_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() {
        if b[i] == b'"' {
            if b.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    b.len()
}

fn prev_is_word(b: &[u8], i: usize) -> bool {
    i > 0
        && b.get(i - 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

fn at_line_start(b: &[u8], i: usize) -> bool {
    i == 0 || b.get(i - 1) == Some(&b'\n')
}

/// Rust's `r"..."`, `r#"..."#`, `br"..."`: the end (exclusive), if one starts at `i`.
fn rust_raw_string(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    if b.get(j) == Some(&b'b') {
        j += 1;
    }
    if b.get(j) != Some(&b'r') {
        return None;
    }
    j += 1;
    let hashes = b.get(j..)?.iter().take_while(|&&c| c == b'#').count();
    j += hashes;
    if b.get(j) != Some(&b'"') {
        return None;
    }
    let mut close = vec![b'"'];
    close.extend(std::iter::repeat_n(b'#', hashes));
    Some(find_seq(b, j + 1, &close).map_or(b.len(), |e| e + close.len()))
}

/// Rust's `'x'`, `'\n'`, `'\u{..}'`: the end (exclusive); none for a lifetime (`'a`).
fn rust_char_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i + 1) == Some(&b'\\') {
        let close = b.get(i + 3..)?.iter().take(10).position(|&c| c == b'\'')?;
        return Some(i + 3 + close + 1);
    }
    // One character (up to four UTF-8 bytes), then the quote.
    let width = match b.get(i + 1)? {
        c if *c < 0x80 => 1,
        c if *c >= 0xF0 => 4,
        c if *c >= 0xE0 => 3,
        _ => 2,
    };
    (b.get(i + 1 + width) == Some(&b'\'')).then_some(i + 2 + width)
}

/// A `/` where JavaScript expects an operand starts a regex literal.
fn regex_may_start(b: &[u8], last_sig: u8, last_sig_at: usize) -> bool {
    if matches!(
        last_sig,
        b'\n'
            | b'('
            | b','
            | b'='
            | b':'
            | b'['
            | b'!'
            | b'&'
            | b'|'
            | b'?'
            | b'{'
            | b'}'
            | b';'
            | b'+'
            | b'-'
            | b'*'
            | b'%'
            | b'<'
            | b'>'
            | b'~'
            | b'^'
    ) {
        return true;
    }
    last_sig_at >= 5 && b.get(last_sig_at - 5..=last_sig_at) == Some(b"return")
}

/// End (exclusive) of a regex literal whose body starts at `from`; none when the line ends
/// first (then it was a division).
fn js_regex_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    let mut class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            b'[' => {
                class = true;
                i += 1;
            }
            b']' => {
                class = false;
                i += 1;
            }
            b'/' if !class => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Brace languages: each idiom's item block. Idioms are visited last to first: a scan
/// from an annotation that reaches the next idiom (another annotation of the same item)
/// takes that one's answer, so each byte is scanned once.
fn brace_regions(text: &str, lex: &Lexed, found: &[Hit<'_>], family: Family) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let rust = family == Family::Rust;
    let mut opens: Vec<Option<usize>> = vec![None; found.len()];
    for j in (0..found.len()).rev() {
        let Hit { start, idiom, .. } = found[j];
        if idiom.block == Block::File {
            continue;
        }
        let next = found.get(j + 1).map(|h| h.start);
        let any_depth = idiom.block == Block::AnyBrace;
        let limit = start.saturating_add(MAX_HEADER);
        let mut depth = 0i32;
        // Rust: after an attribute, the next word must begin an item (`#[cfg(test)]` also
        // marks statements, fields and match arms, whose next `{` is someone else's).
        let mut attribute = false;
        let mut expect_item = false;
        for (i, c) in code_bytes(b, lex, start) {
            if i >= limit {
                break;
            }
            if depth == 0 && next == Some(i) && i > start {
                opens[j] = opens[j + 1];
                break;
            }
            if expect_item && !c.is_ascii_whitespace() {
                expect_item = false;
                if c != b'#' && !starts_rust_item(b, i) {
                    break;
                }
            }
            if rust && c == b'#' && depth == 0 {
                attribute = true;
            } else if attribute && c == b']' && depth == 1 {
                attribute = false;
                expect_item = true;
            }
            match c {
                b'{' if depth == 0 || any_depth => {
                    opens[j] = Some(i);
                    break;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth -= 1;
                    if depth < 0 {
                        break;
                    }
                }
                b';' if depth == 0 => break,
                _ => {}
            }
        }
    }
    let mut regions = Vec::new();
    for (j, hit) in found.iter().enumerate() {
        if hit.idiom.block == Block::File {
            regions.push(0..text.len());
        } else if let Some(open) = opens[j]
            && let Some(close) = Lexed::close_of(&lex.braces, open)
        {
            regions.push(hit.start..close + 1);
        }
    }
    regions
}

/// Whether the word at `at` begins a Rust item (`fn`, `pub(crate) fn`, `mod`, `impl`...).
fn starts_rust_item(b: &[u8], at: usize) -> bool {
    let word: &[u8] = b.get(at..).map_or(&[], |t| {
        let n = t
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        &t[..n]
    });
    matches!(
        word,
        b"pub"
            | b"fn"
            | b"mod"
            | b"impl"
            | b"async"
            | b"unsafe"
            | b"const"
            | b"struct"
            | b"enum"
            | b"trait"
            | b"static"
            | b"extern"
            | b"type"
            | b"union"
            | b"macro_rules"
    )
}

/// JavaScript and TypeScript: a test call's parentheses, when one of its arguments is a
/// function (`() => {`, `function () {`). Calls inside a call already looked at are not
/// looked at again.
fn call_regions(text: &str, lex: &Lexed, found: &[Hit<'_>]) -> Vec<Range<usize>> {
    static FUNCTION: OnceLock<Regex> = OnceLock::new();
    let function = FUNCTION.get_or_init(|| Regex::new(r"\bfunction\b").expect("valid pattern"));
    let b = text.as_bytes();
    let mut regions = Vec::new();
    let mut seen_to = 0usize;
    for hit in found {
        let start = hit.start;
        if start < seen_to {
            continue;
        }
        let Some(open) = text
            .get(start..hit.end)
            .and_then(|t| t.find('('))
            .map(|p| start + p)
        else {
            continue;
        };
        let Some(close) = Lexed::close_of(&lex.parens, open) else {
            continue;
        };
        seen_to = close;
        let mut depth = 0i32;
        let mut word_from = None;
        let mut is_fn = false;
        let mut prev = 0u8;
        for (i, c) in code_bytes(b, lex, open + 1) {
            if i >= close {
                break;
            }
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'>' if prev == b'=' && depth == 0 => {
                    is_fn = true;
                    break;
                }
                _ => {}
            }
            if c.is_ascii_alphabetic() {
                word_from.get_or_insert(i);
            } else if let Some(from) = word_from.take()
                && depth == 0
                && text.get(from..i).is_some_and(|w| function.is_match(w))
            {
                is_fn = true;
                break;
            }
            prev = c;
        }
        if is_fn {
            regions.push(start..close + 1);
        }
    }
    regions
}

fn line_start(b: &[u8], at: usize) -> usize {
    b.get(..at)
        .and_then(|t| t.iter().rposition(|&c| c == b'\n'))
        .map_or(0, |p| p + 1)
}

/// Python and Ruby: from the idiom's line to the first later line of code that is not
/// inside parentheses and is indented no deeper (a Ruby block's `end` at the idiom's
/// indentation is included). Blank and comment-only lines do not end a block.
fn indent_regions(text: &str, lex: &Lexed, found: &[Hit<'_>], family: Family) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut regions = Vec::new();
    let mut seen_to = 0usize;
    for hit in found {
        let start = hit.start;
        if start < seen_to {
            continue;
        }
        let indent = start - line_start(b, start);
        let mut depth = 0i32;
        let mut end = text.len();
        let mut k = lex.skip_from(start);
        let mut i = start;
        while i < b.len() {
            if let Some(r) = lex.skips.get(k)
                && i >= r.start
            {
                i = i.max(r.end);
                k += 1;
                continue;
            }
            let c = b[i];
            match c {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = (depth - 1).max(0),
                b'\n' if depth == 0 => {
                    let line = i + 1;
                    let ws = b.get(line..).map_or(0, |t| {
                        t.iter().take_while(|&&c| c == b' ' || c == b'\t').count()
                    });
                    let first = b.get(line + ws).copied();
                    let blank = matches!(first, None | Some(b'\n' | b'\r' | b'#'));
                    if !blank && ws <= indent && lex.is_code(line + ws) {
                        end = line;
                        if family == Family::Ruby
                            && ws == indent
                            && b.get(line + ws..).is_some_and(|t| {
                                t.starts_with(b"end")
                                    && !t
                                        .get(3)
                                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
                            })
                        {
                            end = find_byte(b, line, b'\n');
                        }
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        seen_to = end;
        regions.push(start..end);
    }
    regions
}

/// Objective-C: `@implementation X` to its `@end`, for each `@interface X : XCTestCase`
/// of the file.
fn objc_implementations(text: &str, lex: &Lexed) -> Vec<Range<usize>> {
    static INTERFACE: OnceLock<Regex> = OnceLock::new();
    static IMPLEMENTATION: OnceLock<Regex> = OnceLock::new();
    let interface = INTERFACE.get_or_init(|| {
        Regex::new(r"(?m)^[ \t]*@interface[ \t]+(\w+)[ \t]*:[ \t]*XCTestCase\b")
            .expect("valid pattern")
    });
    let implementation = IMPLEMENTATION.get_or_init(|| {
        Regex::new(r"(?m)^[ \t]*@implementation[ \t]+(\w+)|^[ \t]*@end\b").expect("valid pattern")
    });
    let names: Vec<&str> = interface
        .captures_iter(text)
        .filter(|c| {
            c.get(0)
                .is_some_and(|m| lex.is_code(m.start() + m.as_str().find('@').unwrap_or(0)))
        })
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    let mut regions = Vec::new();
    let mut open: Option<usize> = None;
    for c in implementation.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let at = m.start() + m.as_str().find('@').unwrap_or(0);
        if !lex.is_code(at) {
            continue;
        }
        match c.get(1) {
            Some(name) => open = names.contains(&name.as_str()).then_some(at),
            None => {
                if let Some(from) = open.take() {
                    regions.push(from..m.end());
                }
            }
        }
    }
    regions
}

/// Sorted, with nested and overlapping ranges merged.
fn merge(mut regions: Vec<Range<usize>>) -> Vec<Range<usize>> {
    regions.retain(|r| r.start < r.end);
    regions.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(regions.len());
    for r in regions {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(name: &str) -> Language {
        Language::from_name(name).unwrap()
    }

    /// Whether the first occurrence of `needle` in `text` is test code.
    fn covered(text: &str, language: &str, needle: &str) -> bool {
        let at = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in text"));
        let regions = test_regions(text, lang(language));
        in_regions(&regions, at, at + needle.len())
    }

    fn none(text: &str, language: &str) {
        assert!(test_regions(text, lang(language)).is_empty(), "{text}");
    }

    #[test]
    fn a_header_calling_the_file_test_code() {
        let yes = [
            (
                "// Copyright 2026 Example.\n\n// This is a test shim for the conformance\n// suite.\nuse std::io;\nfn main() {}\n",
                "rust",
            ),
            (
                "#![allow(\n  clippy::all,\n)]\n//! Test helpers: servers with throwaway CAs.\nfn f() {}\n",
                "rust",
            ),
            (
                "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n\"\"\"Stub server used only in\nintegration tests.\"\"\"\nimport ssl\n",
                "python",
            ),
            (
                "/*\n * Licensed under MIT.\n */\npackage x;\n\nimport a.B;\n\n/**\n * Test utilities for TLS.\n */\npublic class Tls {}\n",
                "java",
            ),
            (
                "// Fuzz target for the certificate parser.\npackage fuzz\n",
                "go",
            ),
            (
                "/* For testing purposes only. */\nconst x = 1;\n",
                "javascript",
            ),
            (
                "=begin\nTest support for the client.\n=end\nrequire 'x'\n",
                "ruby",
            ),
        ];
        for (text, language) in yes {
            assert!(declared_test_file(text, lang(language)), "{text}");
        }
        let no = [
            // Mentions of tests that do not say the file is one.
            (
                "// Pins the service's CA. Tested in tests/pin_test.rs.\nfn f() {}\n",
                "rust",
            ),
            (
                "// Client for the service; see the integration tests for usage.\nfn f() {}\n",
                "rust",
            ),
            // The phrase is below the first declaration.
            (
                "package x\n\nfunc F() {}\n\n// Test helpers follow.\n",
                "go",
            ),
            ("fn main() {}\n// This is a test shim.\n", "rust"),
            // `#` is not a comment in C-like languages, nor `//` in Python.
            ("#include <x.h>\n// test harness\n", "c"),
            ("x = 1\n# Test helpers\n", "python"),
            ("", "python"),
        ];
        for (text, language) in no {
            assert!(!declared_test_file(text, lang(language)), "{text}");
        }
    }

    #[test]
    fn rust_tests_and_test_modules() {
        let text = r##"
fn client() -> Client {
    builder().danger_accept_invalid_certs(true).build()
}

/// Not a test: `#[test]` in a doc comment.
const DOC: &str = "
#[test]
fn fake() { in_string(); }
";

#[cfg(test)]
mod tests {
    use super::*;
    const RAW: &str = r#"}"#;
    fn helper<'a>(s: &'a str) -> char { let _ = '}'; 'x' }

    #[test]
    fn accepts() { in_module(); }
}

#[tokio::test(flavor = "multi_thread")]
#[should_panic(expected = "x")]
/// A doc line between attributes.
async fn async_test() {
    let m = "{";
    in_async();
}

#[rstest]
#[case(1)]
fn table(#[case] n: u8) { in_rstest(); }

#[cfg(not(test))]
fn production() { in_production(); }

fn config() -> Config {
    Config {
        #[cfg(test)]
        fake: true,
        verifier: Verifier { in_field() },
    }
}

#[test]
fn returns_array() -> [u8; 2] { in_array_test(); [0, 1] }
"##;
        for needle in [
            "in_module",
            "in_async",
            "in_rstest",
            "helper<'a>",
            "in_array_test",
        ] {
            assert!(covered(text, "rust", needle), "{needle}");
        }
        for needle in ["danger_accept", "in_string", "in_production", "in_field"] {
            assert!(!covered(text, "rust", needle), "{needle}");
        }
        // An external module and a use have no block of their own.
        none("#[cfg(test)]\nmod tests;\nfn f() { x(); }\n", "rust");
        let whole = "#![cfg(test)]\nfn a() {}\n";
        assert_eq!(test_regions(whole, lang("rust")), vec![0..whole.len()]);
        none("// #[test]\nfn f() {}\n/* #[test]\nfn g() {} */\n", "rust");
    }

    #[test]
    fn java_and_kotlin_annotations() {
        let java = r#"
class TlsClient {
    SSLContext production() { return trustAll(); }

    /* @Test
       void commented() { inComment(); } */
    String s = "@Test void inString() { }";

    @Test
    @DisplayName("accepts {braces} in strings")
    // a comment
    void accepts() throws Exception { inTest(); }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b"})
    void table(String s) { inTable(); }

    @BeforeEach
    void setUp() { inSetUp(); }

    @Before("execution(* *(..))")
    public void advice() { inAdvice(); }

    String block = """
        @Test
        void inTextBlock() { }
        """;
}
"#;
        for needle in ["inTest", "inTable", "inSetUp"] {
            assert!(covered(java, "java", needle), "{needle}");
        }
        for needle in [
            "trustAll",
            "inComment",
            "inString",
            "inAdvice",
            "inTextBlock",
        ] {
            assert!(!covered(java, "java", needle), "{needle}");
        }
        let kotlin = r#"
class TlsClient {
    fun production() = trustAll()

    @Test
    fun `accepts all certificates`() = runBlocking { inTest() }

    @org.junit.jupiter.api.AfterAll
    fun tearDown() { inTearDown() }
}

class Spec : FunSpec({
    test("x") { inKotest() }
})
"#;
        for needle in ["inTest", "inTearDown", "inKotest"] {
            assert!(covered(kotlin, "kotlin", needle), "{needle}");
        }
        assert!(!covered(kotlin, "kotlin", "trustAll"));
        none("// @Test\nclass A { void f() {} }\n", "java");
        none("/** Run with {@code @Test}. */\nclass A {}\n", "kotlin");
    }

    #[test]
    fn csharp_attributes() {
        let text = r#"
public class Client {
    public HttpClient Production() { return Make(); }
}

[TestClass]
public class ClientTests {
    [TestMethod]
    public void Accepts() { InClass(); }
}

public class Mixed {
    [Test, Category("tls")]
    public void Nunit() { InNunit(); }

    [TestCase(new[] { 1, 2 })]
    public void Cases(int[] x) { InCases(); }

    [Fact(Skip = "later")]
    public async Task Xunit() { var s = @"}"; InXunit(); }

    public void Helper() { NotATest(); }
}
"#;
        for needle in ["InClass", "InNunit", "InCases", "InXunit"] {
            assert!(covered(text, "csharp", needle), "{needle}");
        }
        for needle in ["Make", "NotATest"] {
            assert!(!covered(text, "csharp", needle), "{needle}");
        }
        none(
            "// [Test]\nclass A { void F() {} }\nvar s = \"[Fact]\";\n",
            "csharp",
        );
    }

    #[test]
    fn go_testing_functions() {
        let text = "package client

func Dial() *tls.Config {
	return &tls.Config{InsecureSkipVerify: true}
}

func TestDial(t *testing.T) {
	s := `}`
	inTest()
}

func BenchmarkDial(b *testing.B) { inBench() }

func helper(tb testing.TB, cfg *tls.Config) { inHelper() }

func ExampleDial() { inExample() }

func (s *ClientSuite) TestPinned() { inSuite() }

func TestConnection(host string) error { return production() }

func (c *Client) TestPing() error { return ping() }
";
        for needle in ["inTest", "inBench", "inHelper", "inExample", "inSuite"] {
            assert!(covered(text, "go", needle), "{needle}");
        }
        for needle in ["InsecureSkipVerify", "production()", "ping()"] {
            assert!(!covered(text, "go", needle), "{needle}");
        }
        none(
            "package x\n// func TestX(t *testing.T) {\nvar s = `\nfunc TestY(t *testing.T) {}\n`\n",
            "go",
        );
    }

    #[test]
    fn python_indentation_blocks() {
        let text = r#"import unittest

def production(url):
    return requests.get(url, verify=False)

DOC = """
def test_in_string():
    pass
"""

# def test_commented():

class TestClient:
    def helper(self):
        return in_class()

def test_accepts(
    tmp_path,
):
    """A docstring
at column zero."""
    in_test()
    # a comment at column zero follows
# here
    still_in_test()

def after():
    return production_again()

class ClientTests(unittest.TestCase):
    def setUp(self):
        in_case()
"#;
        for needle in ["in_class", "in_test", "still_in_test", "in_case"] {
            assert!(covered(text, "python", needle), "{needle}");
        }
        for needle in ["verify=False", "def test_in_string", "production_again"] {
            assert!(!covered(text, "python", needle), "{needle}");
        }
        // Without a test framework, a function named test_* is production code; a class
        // named Test* with a base is anything.
        none(
            "def test_connection(url):\n    return get(url, verify=False)\n",
            "python",
        );
        none(
            "import unittest\nclass TestResult(Base):\n    x = 1\ndef testing():\n    pass\n",
            "python",
        );
    }

    #[test]
    fn ruby_minitest_and_rspec() {
        let text = r#"require "test_helper"

def production
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
end

class ClientTest < Minitest::Test
  def test_accepts
    in_minitest
  end
end

def after
  production_again
end

RSpec.describe Client do
  it "accepts" do
    in_spec
  end
end

=begin
describe X do
  in_doc
end
=end
"#;
        for needle in ["in_minitest", "in_spec"] {
            assert!(covered(text, "ruby", needle), "{needle}");
        }
        for needle in ["VERIFY_NONE", "production_again", "in_doc"] {
            assert!(!covered(text, "ruby", needle), "{needle}");
        }
        // The block ends with its `end`, which is covered.
        let end = text.find("end\n\ndef after").unwrap();
        assert!(in_regions(&test_regions(text, lang("ruby")), end, end + 3));
        none("def test_connection\n  get\nend\n", "ruby");
    }

    #[test]
    fn swift_objc_php() {
        let swift = r#"import XCTest

final class Pinning {
    func testConnection() { production() }
}

final class PinningTests: XCTestCase {
    func testAccepts() { inCase() }
}

@Test("accepts") func accepts() async throws { inSwiftTesting() }
"#;
        // With XCTest imported, `func test...()` anywhere is a test method.
        for needle in ["inCase", "inSwiftTesting", "production()"] {
            assert!(covered(swift, "swift", needle), "{needle}");
        }
        let no_xctest = swift.replace("import XCTest", "import Foundation");
        assert!(!covered(&no_xctest, "swift", "production()"));
        assert!(covered(&no_xctest, "swift", "inCase"));

        let objc = r"#import <XCTest/XCTest.h>
@interface PinningTests : XCTestCase
@end

@implementation Pinner
- (void)production { trustAll(); }
@end

@implementation PinningTests
- (void)helper { inImplementation(); }
@end

@implementation Other
- (void)testLike { inTestMethod(); }
@end
";
        for needle in ["inImplementation", "inTestMethod"] {
            assert!(covered(objc, "objc", needle), "{needle}");
        }
        assert!(!covered(objc, "objc", "trustAll"));

        let php = r"<?php
class Client {
    public function production() { return curl_setopt($c, CURLOPT_SSL_VERIFYPEER, false); }
}
# class Fake extends TestCase {
final class ClientTest extends \PHPUnit\Framework\TestCase {
    public function testAccepts(): void { $s = '}'; inTest(); }
}
class Other {
    #[Test]
    public function accepts(): void { inAttribute(); }
}
";
        for needle in ["inTest", "inAttribute"] {
            assert!(covered(php, "php", needle), "{needle}");
        }
        assert!(!covered(php, "php", "curl_setopt"));
    }

    #[test]
    fn c_and_cpp_test_macros() {
        let text = r#"
static int production(void) { return verify(SSL_VERIFY_NONE); }
/* TEST(Fake, Commented) { in_comment(); } */
TEST(Client, Accepts) { const char *s = "}"; char c = '}'; in_gtest(); }
TEST_F(Fixture, Pins) {
  in_fixture();
}
TEST_CASE("pins", "[tls]") { in_catch(); }
"#;
        for needle in ["in_gtest", "in_fixture", "in_catch"] {
            assert!(covered(text, "cpp", needle), "{needle}");
        }
        for needle in ["SSL_VERIFY_NONE", "in_comment"] {
            assert!(!covered(text, "cpp", needle), "{needle}");
        }
        assert!(covered(text, "c", "in_gtest"));
    }

    #[test]
    fn javascript_test_callbacks() {
        let text = r#"
const agent = new https.Agent({ rejectUnauthorized: false });
const re = /[{(]/;

describe('client', () => {
  it('accepts {', async function () {
    inTest({ rejectUnauthorized: false });
  });
});

test(`template ${x}`, done => { inArrow(); done(); });

test(value);
test(() => probe({ rejectUnauthorized: false }));
it('no callback', fixture);
beforeAll(
  fn: () => void,
): void;
beforeEach(async () => { inHook(); });
// describe('x', () => { inComment(); });
const s = "describe('x', () => {";
"#;
        for needle in ["inTest", "inArrow", "inHook"] {
            assert!(covered(text, "javascript", needle), "{needle}");
            assert!(covered(text, "typescript", needle), "{needle}");
        }
        for needle in [
            "rejectUnauthorized",
            "test(value)",
            "probe",
            "fixture",
            "fn: ",
            "inComment",
        ] {
            assert!(!covered(text, "javascript", needle), "{needle}");
        }
    }

    #[test]
    fn malformed_input_does_not_panic() {
        let nasty = [
            "",
            "#[test]",
            "#[test]\nfn f() {",
            "#[test]\nfn f() }}}}",
            "@Test\n",
            "@Test void f() { \"unterminated",
            "[Test] ( [ {",
            "func TestX(t *testing.T) {",
            "describe('x', () => {",
            "describe(",
            "it('é', () => { 'ü",
            "def test_x(\n",
            "import pytest\ndef test_x(\n  \"\"\"",
            "class A < Minitest::Test\n  def test_x\n",
            "TEST(a, b) { /* ",
            "r#\"",
            "br##\"é",
            "'\\",
            "'é",
            "@\"",
            "`",
            "/",
            "/*",
            "=begin",
            "@interface T : XCTestCase\n@implementation T\n",
            "@implementation T\n@end\n@end",
            "- (void)test",
            "éü€𝄞 #[test] fn x() { 'ß' }",
        ];
        for text in nasty {
            for l in Language::ALL {
                let regions = test_regions(text, l);
                for r in &regions {
                    assert!(r.start < r.end && r.end <= text.len(), "{l:?} {text:?}");
                    assert!(text.get(r.clone()).is_some(), "{l:?} {text:?}");
                }
                assert!(regions.windows(2).all(|w| w[0].end <= w[1].start));
                let _ = in_regions(&regions, text.len(), text.len() + 5);
            }
        }
        // Deep nesting and long idiom chains stay fast.
        let deep = format!(
            "#[test]\nfn f() {}{}",
            "{".repeat(100_000),
            "}".repeat(100_000)
        );
        assert_eq!(test_regions(&deep, lang("rust")).len(), 1);
        let chain = "@Test\n".repeat(50_000);
        assert!(test_regions(&chain, lang("java")).is_empty());
        let calls = "describe('x', () => {\n".repeat(20_000);
        assert!(test_regions(&calls, lang("javascript")).is_empty());
    }

    #[test]
    fn in_regions_is_containment() {
        let r = vec![2..5, 10..20];
        assert!(in_regions(&r, 2, 5));
        assert!(in_regions(&r, 12, 13));
        assert!(!in_regions(&r, 4, 6));
        assert!(!in_regions(&r, 0, 1));
        assert!(!in_regions(&r, 20, 21));
        assert!(!in_regions(&[], 0, 0));
    }
}
