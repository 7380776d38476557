//! Partial parsing: the syntax items around the places a file's rules can match.
//!
//! A gated rule's query only starts matches at syntax nodes that overlap one of its gate
//! words (`gate`), and such a match lies inside one item of the file: a top-level
//! declaration or statement or, inside a large class-like container (a class, interface,
//! object, `impl`, `mod`, namespace ...), one member of it. So a large file whose wanted
//! rules are all gated is parsed over those items only (`Parser::set_included_ranges`),
//! with the header and the closing brace of each container around them, so that every
//! part parses as the construct it is in the whole file. Offsets stay the file's own.
//!
//! Item boundaries come from the lexer of `testcode` (strings, comments and balanced
//! braces of the language family): for brace languages a unit is a balanced `{}` block
//! with its header back to the previous `;`, `}` or `{` at its level (a parenthesised
//! group around it, `else` / `catch` / `finally` chains and the rest of its closing line
//! go with it); for Python it is a run of lines at one indentation, decorators and
//! `elif` / `else` / `except` / `finally` clauses included. The engine parses the whole
//! file when these ranges cover most of it, when the partial tree has a syntax error, and
//! with `--no-partial-parse`.

use std::ops::Range;

use super::Language;
use super::testcode::{Family, Lexed};

/// When a file is parsed in part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Files smaller than this are parsed whole: lexing them costs about what it saves.
    pub min_file: usize,
    /// A container is entered (only its members around the spans are kept) when it is
    /// larger than this; smaller ones are kept whole.
    pub min_container: usize,
    /// The whole file is parsed when the ranges would cover more than this share of it
    /// (per mille).
    pub max_share: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        min_file: 32 * 1024,
        min_container: 16 * 1024,
        max_share: 600,
    };
    /// Every file in part, every container entered: for tests that show partial parsing
    /// loses nothing on small files.
    pub const ALWAYS: Limits = Limits {
        min_file: 0,
        min_container: 0,
        max_share: 1000,
    };
}

/// The byte ranges to parse so that every syntax node overlapping one of `spans` is
/// parsed as in the whole file; sorted, merged. `None`: parse the whole file (a small
/// file, a language without item boundaries here, or ranges covering most of it).
///
/// A span is kept from the start of the item at its start to the end of the item at its
/// end: everything between two item boundaries is whole items, so a span that covers
/// several (gate words merged into one range) parses as in the file too.
pub fn ranges(
    text: &str,
    lang: Language,
    spans: &[Range<usize>],
    limits: Limits,
) -> Option<Vec<Range<usize>>> {
    if text.len() < limits.min_file || spans.is_empty() {
        return None;
    }
    let family = Family::of(lang)?;
    let lex = Lexed::new(text, family);
    let mut out: Vec<Range<usize>> = Vec::new();
    let keep = |out: &mut Vec<Range<usize>>, span: &Range<usize>, focus: &FocusFn<'_>| {
        let first = focus(span.start.min(text.len()), out);
        let last = focus(
            span.end.saturating_sub(1).max(span.start).min(text.len()),
            out,
        );
        out.push(first.start.min(last.start)..first.end.max(last.end));
    };
    match family {
        Family::Python => {
            let lines = PyLines::new(text, &lex, limits.min_container);
            for span in spans {
                keep(&mut out, span, &|p, out| lines.focus(text, p, out));
            }
        }
        Family::Ruby | Family::ObjC | Family::Php => return None,
        _ => {
            let braces = Braces::new(text, &lex, limits.min_container);
            for span in spans {
                keep(&mut out, span, &|p, out| braces.focus(p, out));
            }
        }
    }
    let merged = merge(out);
    let covered: usize = merged.iter().map(|r| r.end - r.start).sum();
    (covered * 1000 <= text.len() * limits.max_share).then_some(merged)
}

/// The item at a point, with the container headers around it added to the vector.
type FocusFn<'f> = dyn Fn(usize, &mut Vec<Range<usize>>) -> Range<usize> + 'f;

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.retain(|r| r.start < r.end);
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn line_end(b: &[u8], from: usize) -> usize {
    b.get(from..)
        .and_then(|t| t.iter().position(|&c| c == b'\n'))
        .map_or(b.len(), |n| from + n)
}

/// The index of the string or comment that contains `at`, if any.
fn skip_at(lex: &Lexed, at: usize) -> Option<usize> {
    let i = lex.skips.partition_point(|r| r.start <= at);
    (i > 0 && at < lex.skips[i - 1].end).then(|| i - 1)
}

/// Brace languages: balanced blocks, their nesting and their headers.
struct Braces<'a> {
    b: &'a [u8],
    lex: &'a Lexed,
    /// For each brace pair (as in `lex.braces`), the pair it is directly inside.
    parent: Vec<Option<usize>>,
    /// Brace and paren pairs by the offset of their closing character.
    brace_close: std::collections::HashMap<usize, usize>,
    paren_close: std::collections::HashMap<usize, usize>,
    min_container: usize,
}

/// Words that make a block's header a container whose members can be parsed apart.
const CONTAINERS: &[&str] = &[
    "class",
    "interface",
    "enum",
    "object",
    "struct",
    "impl",
    "mod",
    "trait",
    "namespace",
    "extension",
    "record",
    "protocol",
    "extern",
];

impl<'a> Braces<'a> {
    fn new(text: &'a str, lex: &'a Lexed, min_container: usize) -> Braces<'a> {
        let mut parent = vec![None; lex.braces.len()];
        let mut stack: Vec<usize> = Vec::new();
        for (i, &(open, _)) in lex.braces.iter().enumerate() {
            while let Some(&top) = stack.last() {
                if lex.braces[top].1 < open {
                    stack.pop();
                } else {
                    break;
                }
            }
            parent[i] = stack.last().copied();
            stack.push(i);
        }
        Braces {
            b: text.as_bytes(),
            lex,
            parent,
            brace_close: lex
                .braces
                .iter()
                .enumerate()
                .map(|(i, p)| (p.1, i))
                .collect(),
            paren_close: lex
                .parens
                .iter()
                .enumerate()
                .map(|(i, p)| (p.1, i))
                .collect(),
            min_container,
        }
    }

    fn pair_open_at(&self, open: usize) -> Option<usize> {
        self.lex.braces.binary_search_by_key(&open, |p| p.0).ok()
    }

    fn pair_closing_at(&self, close: usize) -> Option<usize> {
        self.brace_close.get(&close).copied()
    }

    fn paren_closing_at(&self, close: usize) -> Option<usize> {
        self.paren_close.get(&close).copied()
    }

    /// The innermost pair of `container`'s direct children that contains `p` between its
    /// braces.
    fn child_containing(&self, container: Option<usize>, p: usize) -> Option<usize> {
        let braces = &self.lex.braces;
        // The innermost pair containing p, then up to the child of `container`.
        let mut best: Option<usize> = None;
        let upto = braces.partition_point(|q| q.0 < p);
        for i in (0..upto).rev() {
            if braces[i].1 >= p {
                best = Some(i);
                break;
            }
        }
        let mut at = best?;
        loop {
            if self.parent[at] == container {
                return Some(at);
            }
            at = self.parent[at]?;
        }
    }

    /// Scanning back from `from` (exclusive) to `floor`: the position after the nearest
    /// `;`, `}` or `{` of code, jumping over strings, comments and parenthesised groups.
    fn unit_start(&self, from: usize, floor: usize) -> usize {
        let mut i = from;
        while i > floor {
            let at = i - 1;
            if let Some(k) = skip_at(self.lex, at) {
                i = self.lex.skips[k].start;
                continue;
            }
            match self.b[at] {
                b';' | b'}' | b'{' => return i,
                b')' => {
                    if let Some(k) = self.paren_closing_at(at) {
                        i = self.lex.parens[k].0;
                        continue;
                    }
                }
                _ => {}
            }
            i -= 1;
        }
        floor
    }

    /// The statement that block `pair` belongs to, inside `floor..`: from its header's
    /// start to the end of its closing line, a parenthesised group around the block, the
    /// clauses chained to it (`} else {`, `} catch (e) {`) and the blocks opened on its
    /// closing line included.
    fn unit_of(&self, pair: usize, floor: usize) -> Range<usize> {
        let (open, close) = self.lex.braces[pair];
        // The outermost parenthesised group around the block, inside the container.
        let (mut anchor_open, mut anchor_close) = (open, close);
        for &(po, pc) in &self.lex.parens {
            if po >= open {
                break;
            }
            if po >= floor && pc > close {
                (anchor_open, anchor_close) = (po, pc);
                break;
            }
        }
        let mut start = self.unit_start(anchor_open, floor);
        // `} else {`: the chain goes back to its first block.
        loop {
            let head = std::str::from_utf8(&self.b[start..anchor_open]).unwrap_or("");
            let word = head.trim_start();
            let chained = ["else", "catch", "finally", "while", "except"]
                .iter()
                .any(|w| word.starts_with(w));
            if !(chained && start > floor && self.b[start - 1] == b'}') {
                break;
            }
            let Some(prev) = self.pair_closing_at(start - 1) else {
                break;
            };
            let prev_open = self.lex.braces[prev].0;
            let before = self.unit_start(prev_open, floor);
            if before >= start {
                break;
            }
            start = before;
            anchor_open = prev_open;
        }
        // Blocks opened on the closing line (`} else {`, `}).then(() => {`) go with it.
        let mut end = line_end(self.b, anchor_close + 1);
        let mut i = anchor_close + 1;
        while i < end {
            if skip_at(self.lex, i).is_none()
                && self.b[i] == b'{'
                && let Some(k) = self.pair_open_at(i)
            {
                let c = self.lex.braces[k].1;
                end = line_end(self.b, c + 1);
                i = c + 1;
                continue;
            }
            i += 1;
        }
        start..end.min(self.b.len())
    }

    fn is_container(&self, header: Range<usize>) -> bool {
        let mut words = Vec::new();
        let mut i = header.start;
        while i < header.end {
            if let Some(k) = skip_at(self.lex, i) {
                i = self.lex.skips[k].end;
                continue;
            }
            if self.b[i].is_ascii_alphabetic() && (i == 0 || !is_word(self.b[i - 1])) {
                let s = i;
                while i < header.end && is_word(self.b[i]) {
                    i += 1;
                }
                words.push(&self.b[s..i]);
                continue;
            }
            i += 1;
        }
        words
            .iter()
            .any(|w| CONTAINERS.iter().any(|c| c.as_bytes() == *w))
    }

    /// Add the headers and closers of the containers around `p` to `out`; return `p`'s
    /// item.
    fn focus(&self, p: usize, out: &mut Vec<Range<usize>>) -> Range<usize> {
        let mut container: Option<usize> = None;
        let (mut floor, mut ceiling) = (0usize, self.b.len());
        loop {
            let unit = match self.child_containing(container, p) {
                Some(child) => Some((child, self.unit_of(child, floor))),
                None => self.forward(p, floor, ceiling, container),
            };
            let Some((child, unit)) = unit else {
                // Between blocks: from the previous delimiter to the next `;` or block.
                let start = self.unit_start(p, floor);
                let end = self.statement_end(p, ceiling);
                return start..end;
            };
            let (open, close) = self.lex.braces[child];
            let inside = p > open && p <= close;
            if inside && close - open > self.min_container && self.is_container(unit.start..open) {
                out.push(unit.start..open + 1);
                out.push(close..line_end(self.b, close));
                container = Some(child);
                floor = open + 1;
                ceiling = close;
                continue;
            }
            return unit;
        }
    }

    /// For a point between blocks: the block whose statement it is in (its header), found
    /// by scanning forward to the first `{`, `;` or `}` of code at the container's level.
    fn forward(
        &self,
        p: usize,
        floor: usize,
        ceiling: usize,
        container: Option<usize>,
    ) -> Option<(usize, Range<usize>)> {
        let i = self.next_delimiter(p, ceiling)?;
        if self.b[i] != b'{' {
            return None;
        }
        let k = self.pair_open_at(i)?;
        if self.parent[k] != container {
            return None;
        }
        let unit = self.unit_of(k, floor);
        (unit.start <= p).then_some((k, unit))
    }

    /// The end of the statement at `p` (between blocks): its `;` line, or the container's
    /// end.
    fn statement_end(&self, p: usize, ceiling: usize) -> usize {
        match self.next_delimiter(p, ceiling) {
            Some(i) if self.b[i] == b';' => line_end(self.b, i).min(ceiling),
            Some(i) => i,
            None => ceiling,
        }
    }

    /// The first `{`, `;` or `}` of code in `from..ceiling` (strings and comments jumped).
    fn next_delimiter(&self, from: usize, ceiling: usize) -> Option<usize> {
        let mut i = from;
        while i < ceiling {
            if let Some(k) = skip_at(self.lex, i) {
                i = self.lex.skips[k].end;
                continue;
            }
            if matches!(self.b[i], b'{' | b';' | b'}') {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$'
}

/// Python: logical lines (outside strings, comments and brackets) and their indentation.
struct PyLines {
    /// (start of the line, indentation, first byte of code) of each logical line that
    /// holds code.
    lines: Vec<(usize, usize, u8)>,
    len: usize,
    min_container: usize,
}

impl PyLines {
    fn new(text: &str, lex: &Lexed, min_container: usize) -> PyLines {
        let b = text.as_bytes();
        let mut lines = Vec::new();
        let mut depth = 0i32;
        let mut k = 0usize;
        let mut at_line = true;
        let mut i = 0usize;
        let mut continued = false;
        while i < b.len() {
            while lex.skips.get(k).is_some_and(|r| r.end <= i) {
                k += 1;
            }
            if at_line {
                at_line = false;
                if depth == 0 && !continued {
                    let ws = b[i..]
                        .iter()
                        .take_while(|&&c| c == b' ' || c == b'\t')
                        .count();
                    let first = b.get(i + ws).copied().unwrap_or(b'\n');
                    let in_skip = lex.skips.get(k).is_some_and(|r| r.start == i + ws);
                    let string_start = matches!(first, b'"' | b'\'');
                    if !matches!(first, b'\n' | b'\r' | b'#') && (!in_skip || string_start) {
                        lines.push((i, ws, first));
                    }
                }
            }
            if let Some(r) = lex.skips.get(k)
                && i >= r.start
            {
                i = r.end.max(i + 1);
                k += 1;
                continue;
            }
            match b[i] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = (depth - 1).max(0),
                b'\n' => {
                    continued = i > 0 && b[i - 1] == b'\\';
                    at_line = true;
                }
                _ => {}
            }
            i += 1;
        }
        PyLines {
            lines,
            len: b.len(),
            min_container,
        }
    }

    /// The unit at `indent` that holds `p`, inside the lines `within` (indices): its first
    /// and end line index. Decorators join the line after them; `elif`, `else`, `except`
    /// and `finally` clauses join the statement before them.
    fn unit(&self, text: &str, within: Range<usize>, indent: usize, p: usize) -> Range<usize> {
        let lines = &self.lines[within.clone()];
        let is_boundary = |j: usize| {
            let (start, ws, _) = lines[j];
            if ws != indent {
                return ws < indent;
            }
            if j > 0
                && lines[j - 1].1 == indent
                && text[lines[j - 1].0..].trim_start().starts_with('@')
            {
                return false;
            }
            let rest = &text.as_bytes()[start + ws..];
            !["elif", "else", "except", "finally"].iter().any(|w| {
                rest.starts_with(w.as_bytes()) && rest.get(w.len()).is_none_or(|c| !is_word(*c))
            })
        };
        let at = lines.partition_point(|l| l.0 <= p).saturating_sub(1);
        let mut first = at;
        while first > 0 && !(lines[first].1 <= indent && is_boundary(first)) {
            first -= 1;
        }
        let mut end = at + 1;
        while end < lines.len() && !is_boundary(end) {
            end += 1;
        }
        within.start + first..within.start + end
    }

    fn start_of(&self, line: usize) -> usize {
        self.lines.get(line).map_or(self.len, |l| l.0)
    }

    /// Add the class headers around `p` to `out`; return `p`'s item.
    fn focus(&self, text: &str, p: usize, out: &mut Vec<Range<usize>>) -> Range<usize> {
        if self.lines.is_empty() {
            return 0..self.len;
        }
        let mut within = 0..self.lines.len();
        let mut indent = 0usize;
        loop {
            let unit = self.unit(text, within.clone(), indent, p);
            let (start, end) = (self.start_of(unit.start), self.start_of(unit.end));
            // A large class: its header line(s), then the member around `p`.
            let mut header = unit.start;
            while header < unit.end && text[self.lines[header].0..].trim_start().starts_with('@') {
                header += 1;
            }
            let is_class = header < unit.end
                && text[self.lines[header].0 + self.lines[header].1..].starts_with("class ");
            let body = header + 1;
            if is_class
                && end - start > self.min_container
                && body < unit.end
                && self.lines[body].1 > indent
                && p >= self.start_of(body)
            {
                out.push(start..self.start_of(body));
                within = body..unit.end;
                indent = self.lines[body].1;
                continue;
            }
            return start..end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(name: &str) -> Language {
        Language::from_name(name).unwrap()
    }

    fn one(r: Range<usize>) -> Vec<Range<usize>> {
        vec![r]
    }

    fn big(filler: &str, count: usize) -> String {
        filler.repeat(count)
    }

    fn parts(text: &str, ranges: &[Range<usize>]) -> String {
        ranges
            .iter()
            .map(|r| &text[r.clone()])
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn small_files_and_unknown_families_are_parsed_whole() {
        assert_eq!(
            ranges("class A { }", lang("java"), &one(3..4), Limits::DEFAULT),
            None
        );
        let ruby = big("def a\n  1\nend\n", 4000);
        assert_eq!(
            ranges(&ruby, lang("ruby"), &one(3..4), Limits::DEFAULT),
            None
        );
    }

    #[test]
    fn java_member_of_a_large_class() {
        let method = "    void f() {\n        int x = 1; // }\n        String s = \"}\";\n    }\n";
        let text = format!(
            "package a;\n\npublic class Big extends Base {{\n{}    @Override\n    public HostnameVerifier hv() {{\n        return (h, s) -> true;\n    }}\n{}}}\n",
            big(method, 400),
            big(method, 400)
        );
        let p = text.find("HostnameVerifier").unwrap();
        let r = ranges(&text, lang("java"), &one(p..p + 16), Limits::DEFAULT).unwrap();
        let kept = parts(&text, &r);
        assert!(kept.contains("public class Big extends Base {"), "{kept}");
        assert!(kept.contains("@Override\n    public HostnameVerifier hv() {\n        return (h, s) -> true;\n    }"), "{kept}");
        assert!(kept.ends_with("}\n") || kept.ends_with('}'), "{kept}");
        assert!(kept.len() < 400, "{}", kept.len());
    }

    #[test]
    fn chains_and_call_groups_stay_whole() {
        let filler = big("function g() {\n  return 1;\n}\n", 3000);
        let text = format!(
            "{filler}if (a) {{\n  x();\n}} else {{\n  tls.connect({{ ca: c }});\n}}\ndescribe('x', () => {{\n  it('y', () => {{\n    https.request({{ ca: d }});\n  }});\n}});\n{filler}"
        );
        let p = text.find("ca: c").unwrap();
        let q = text.find("ca: d").unwrap();
        let r = ranges(
            &text,
            lang("javascript"),
            &[p..p + 2, q..q + 2],
            Limits::DEFAULT,
        )
        .unwrap();
        let kept = parts(&text, &r);
        assert!(
            kept.contains("if (a) {\n  x();\n} else {\n  tls.connect({ ca: c });\n}"),
            "{kept}"
        );
        assert!(kept.contains("describe('x', () => {\n  it('y', () => {\n    https.request({ ca: d });\n  });\n});"), "{kept}");
    }

    #[test]
    fn python_method_of_a_large_class() {
        let filler = big(
            "    def m(self):\n        return '''\nclass Fake:\n'''\n\n",
            1500,
        );
        let text = format!(
            "import ssl\n\n@decorate\nclass TestBig(Base,\n        Other):\n{filler}    @pytest.mark.x\n    def test_x(self):\n        r = get(u, verify=False)\n        if r:\n            pass\n        else:\n            pass\n{filler}\ndef after():\n    pass\n"
        );
        let p = text.find("verify=").unwrap();
        let r = ranges(&text, lang("python"), &one(p..p + 6), Limits::DEFAULT).unwrap();
        let kept = parts(&text, &r);
        assert!(
            kept.starts_with("@decorate\nclass TestBig(Base,\n        Other):\n|"),
            "{kept}"
        );
        assert!(kept.contains("    @pytest.mark.x\n    def test_x(self):\n        r = get(u, verify=False)\n        if r:\n            pass\n        else:\n            pass\n"), "{kept}");
        assert!(kept.len() < 400, "{}", kept.len());
    }

    #[test]
    fn ranges_covering_most_of_the_file_mean_a_whole_parse() {
        let text = big("x = f(verify=False)\n", 3000);
        let spans: Vec<Range<usize>> = (0..3000)
            .step_by(3)
            .map(|i| i * 20 + 6..i * 20 + 12)
            .collect();
        assert!(ranges(&text, lang("python"), &spans, Limits::DEFAULT).is_some()); // a third of the lines
        let spans: Vec<Range<usize>> = (0..3000).map(|i| i * 20 + 6..i * 20 + 12).collect();
        assert!(ranges(&text, lang("python"), &spans, Limits::DEFAULT).is_none());
    }
}
