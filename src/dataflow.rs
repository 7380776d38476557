//! Light in-file data flow: when a query reports an identifier (`cafile=CA_FILE`,
//! `ca: caCert`, `RootCAs: pool`), find what it was assigned in the same file, so the
//! finding names the real value (`"certs/DigiCertGlobalRootG2.crt.pem"`) and the resolver
//! can look it up. Text-based and language-agnostic: `NAME = ...`, `NAME: Type = ...`,
//! `NAME := ...`, `const/let/var/val/final ... NAME = ...`, C arrays `NAME[] = ...` and
//! macros `#define NAME ...`, up to the end of the statement, without a trailing comment.

/// Whether `value` is an identifier, possibly dotted (`self.ca_file`, `config.Tls.CaPath`).
pub fn is_identifier(value: &str) -> bool {
    // A Ruby instance or class variable (`@ca_file`, `@@ca_file`) is assigned like a name.
    let value = value
        .strip_prefix("@@")
        .or_else(|| value.strip_prefix('@'))
        .unwrap_or(value);
    !value.is_empty()
        && value.len() <= 128
        && value.split('.').all(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_' || c == '$')
                && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
        })
}

pub(crate) fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// Offsets of `name` in `text` as a whole identifier (not part of a longer one); none for
/// an empty name.
pub(crate) fn word_occurrences<'a>(
    text: &'a str,
    name: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    let hay = if name.is_empty() { "" } else { text };
    hay.match_indices(name)
        .map(|(pos, _)| pos)
        .filter(move |&pos| {
            let before = pos > 0 && is_ident_byte(bytes[pos - 1]);
            let after = bytes
                .get(pos + name.len())
                .copied()
                .is_some_and(is_ident_byte);
            !before && !after
        })
}

/// Assignments found per identifier in one file, so that many uses of one name cost one
/// pass over the text.
#[derive(Debug, Default)]
pub struct Cache {
    found: std::collections::HashMap<String, Vec<(usize, String)>>,
}

impl Cache {
    /// Like `resolve`, memoised per identifier.
    pub fn resolve(&mut self, text: &str, ident: &str, before: usize) -> Option<String> {
        self.assignment(text, ident, before).map(|(_, rhs)| rhs)
    }

    /// Like `resolve`, with the offset of the assigned name.
    pub fn assignment(
        &mut self,
        text: &str,
        ident: &str,
        before: usize,
    ) -> Option<(usize, String)> {
        let name = ident.rsplit('.').next()?;
        let all = self
            .found
            .entry(name.to_owned())
            .or_insert_with(|| assignments(text, name));
        // A member (`settings.ca_file`) is not assigned by a keyword argument or a
        // parameter default of the same name (`def __init__(self, ca_file=None)`).
        let member = ident.contains('.');
        let counts = |pos: usize| !member || !after_open_or_comma(text, pos);
        all.iter()
            .rev()
            .find(|(pos, _)| *pos < before && counts(*pos))
            .or_else(|| all.iter().find(|(pos, _)| *pos >= before && counts(*pos)))
            .cloned()
    }
}

/// Whether the name at `pos` follows `(` or `,` (white space between): an argument or a
/// parameter, not an assignment target.
fn after_open_or_comma(text: &str, pos: usize) -> bool {
    text[..pos].trim_end().ends_with(['(', ','])
}

/// Where `ident` is declared with a value that opens a bracket or a string the value
/// resolution may not follow (a long byte array, `NAME[] = {`, a PEM in string literals):
/// the offset of the name.
pub fn declaration(text: &str, ident: &str) -> Option<usize> {
    let name = ident.rsplit('.').next()?;
    word_occurrences(text, name).find(|&pos| {
        let rest = text[pos + name.len()..].trim_start();
        let rest = match rest.strip_prefix('[') {
            Some(r) => r.split_once(']').map_or("", |(_, r)| r).trim_start(),
            None => rest,
        };
        rest.strip_prefix('=').is_some_and(|after| {
            !after.starts_with('=') && after.trim_start().starts_with(['{', '[', '"'])
        }) && !in_comment(text, pos)
    })
}

/// The right-hand side assigned to the last segment of `ident` in `text`, preferring the
/// last assignment before `before` (the use), else the first one in the file.
pub fn resolve(text: &str, ident: &str, before: usize) -> Option<String> {
    let name = ident.rsplit('.').next()?;
    let all = assignments(text, name);
    all.iter()
        .rev()
        .find(|(pos, _)| *pos < before)
        .or_else(|| all.iter().find(|(pos, _)| *pos >= before))
        .map(|(_, rhs)| rhs.clone())
}

/// Every assignment to `name` in `text`: (offset, right-hand side).
fn assignments(text: &str, name: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let ident = name;
    if name.is_empty() {
        return out;
    }
    let bytes = text.as_bytes();
    for pos in word_occurrences(text, name) {
        let mut i = pos + name.len();
        // C and C++ macros: `#define NAME value` (to the end of the line, continuations
        // joined).
        let line_start = text[..pos].rfind('\n').map_or(0, |n| n + 1);
        let before_name = text[line_start..pos].trim();
        if before_name
            .strip_prefix('#')
            .is_some_and(|d| d.trim_start() == "define")
        {
            if let Some(rhs) = macro_value(&text[i..]).filter(|_| !in_comment(text, pos)) {
                out.push((pos, rhs));
            }
            continue;
        }
        // C arrays: `static const char NAME[] = "..."`, `NAME[SIZE] = {...}`.
        if bytes.get(i) == Some(&b'[') {
            match text[i..].find(']') {
                Some(close) if !text[i..i + close].contains('\n') => i += close + 1,
                _ => continue,
            }
        }
        // Optional type annotation: `NAME: Type = ...` / `NAME: &str = ...`.
        let rest = &text[i..];
        let trimmed = rest.trim_start_matches([' ', '\t']);
        i += rest.len() - trimmed.len();
        if trimmed.starts_with(':') && !trimmed.starts_with(":=") {
            let ann_end = trimmed
                .find(['=', '\n', ';', ',', ')'])
                .unwrap_or(trimmed.len());
            if !trimmed[ann_end..].starts_with('=') {
                continue;
            }
            i += ann_end;
        }
        let rest = &text[i..];
        let op_len = if rest.starts_with(":=") {
            2
        } else if rest.starts_with('=') && !rest.starts_with("==") && !rest.starts_with("=>") {
            1
        } else {
            continue;
        };
        let rhs_start = i + op_len;
        let rhs_text = &text[rhs_start..];
        let end = balanced_end(rhs_text).unwrap_or_else(|| {
            rhs_text
                .find([';', '\n'])
                .unwrap_or(rhs_text.len())
                .min(400)
        });
        let joined: String;
        let mut rhs = rhs_text
            .get(..end)
            .unwrap_or("")
            .trim()
            .trim_end_matches(',')
            .trim();
        if rhs.contains('\n') {
            joined = rhs.split_whitespace().collect::<Vec<_>>().join(" ");
            rhs = &joined;
        }
        let rhs = strip_line_comment(rhs);
        let rhs = cut_at_unbalanced_close(rhs);
        // A bracket that does not close within reach (a long byte array) names nothing.
        if rhs.is_empty() || rhs == ident || rhs.starts_with('=') || matches!(rhs, "{" | "[" | "(")
        {
            continue;
        }
        // Commented-out code never decides a value, nor does code quoted in a string
        // (a message that says "use `verify=ssl.create_default_context(...)`").
        if in_comment(text, pos) || in_string_on_line(text, pos) {
            continue;
        }
        out.push((pos, rhs.to_owned()));
    }
    out
}

/// `rhs` up to a closing bracket that it did not open (`None` of `f(ca=None):`), outside
/// strings.
fn cut_at_unbalanced_close(rhs: &str) -> &str {
    find_close(rhs, usize::MAX, |depth| depth < 0).map_or(rhs, |i| rhs[..i].trim_end())
}

/// The first closing bracket of `s`, outside string literals and within `limit` bytes, at
/// which the bracket depth (opening brackets count up from 0) satisfies `stop`.
fn find_close(s: &str, limit: usize, stop: impl Fn(i32) -> bool) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        if i > limit {
            return None;
        }
        match quote {
            Some(q) if c == q && prev != '\\' => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' | '`' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth -= 1;
                    if stop(depth) {
                        return Some(i);
                    }
                }
                _ => {}
            },
        }
        prev = c;
    }
    None
}

/// Whether `pos` is inside a double-quoted or backquoted string that opened on its line (an
/// odd number of unescaped `"` or `` ` `` before it).
fn in_string_on_line(text: &str, pos: usize) -> bool {
    let line_start = text[..pos].rfind('\n').map_or(0, |n| n + 1);
    let before = &text[line_start..pos];
    let mut quotes = [0usize; 2];
    let mut escaped = false;
    for b in before.bytes() {
        match b {
            b'\\' => escaped = !escaped,
            b'"' if !escaped => quotes[0] += 1,
            b'`' if !escaped => quotes[1] += 1,
            _ => escaped = false,
        }
        if b != b'\\' {
            escaped = false;
        }
    }
    quotes.iter().any(|q| q % 2 == 1)
}

/// The value of `#define NAME value`: the rest of the line after the name, with `\`
/// continuations joined and a trailing comment removed; `None` for a function-like macro
/// or an empty one.
fn macro_value(after_name: &str) -> Option<String> {
    if after_name.starts_with('(') {
        return None;
    }
    let mut value = String::new();
    for line in after_name.lines().take(64) {
        if let Some(cont) = line.trim_end().strip_suffix('\\') {
            value.push_str(cont.trim());
            value.push(' ');
        } else {
            value.push_str(line.trim());
            break;
        }
    }
    let value = strip_line_comment(value.trim()).trim().to_owned();
    (!value.is_empty() && value.len() <= 4096).then_some(value)
}

/// `value` without a trailing `// comment` or `/* comment */` that starts outside string
/// literals (`X = "sha256/..." // the root` is the string alone).
fn strip_line_comment(value: &str) -> &str {
    let bytes = value.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            None if matches!(b, b'"' | b'\'' | b'`') => quote = Some(b),
            None if b == b'/' && matches!(bytes.get(i + 1), Some(b'/' | b'*')) => {
                return value[..i].trim_end();
            }
            Some(_) | None => {}
        }
        i += 1;
    }
    value
}

/// The body (`{ ... }`, at most 64 KiB) of a function named `name` defined in `text`:
/// `name(params) {` with optional qualifiers between `)` and `{` (C, C++, Objective-C
/// blocks aside, Java, JavaScript, PHP, Go `func name(...) T {`).
pub fn function_body<'t>(text: &'t str, name: &str) -> Option<&'t str> {
    for pos in word_occurrences(text, name) {
        let rest = &text[pos + name.len()..];
        let params = rest.trim_start();
        if !params.starts_with('(') {
            continue;
        }
        // The parameter list, then at most a short run of qualifiers before `{`.
        let Some(close) = params.find(')') else {
            continue;
        };
        let after = &params[close + 1..];
        let Some(open) = after.find(['{', ';']) else {
            continue;
        };
        if after.as_bytes()[open] != b'{'
            || after[..open].len() > 80
            || after[..open].contains(['(', ')'])
        {
            continue;
        }
        let body_start = text.len() - after.len() + open;
        let mut depth = 0usize;
        for (i, b) in text.as_bytes()[body_start..].iter().enumerate() {
            if i > 64 * 1024 {
                return None;
            }
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(&text[body_start..=body_start + i]);
                    }
                }
                _ => {}
            }
        }
        return None;
    }
    None
}

/// When a value opens a bracket it does not close on its line (`X = (` ... `)`,
/// `OPTS = {` ... `}`), the end of the bracketed expression (at most 4 KiB on).
fn balanced_end(rhs: &str) -> Option<usize> {
    let first = rhs.trim_start().chars().next()?;
    if !matches!(first, '(' | '[' | '{') {
        return None;
    }
    let line_end = rhs.find('\n').unwrap_or(rhs.len());
    let close = find_close(rhs, 4096, |depth| depth == 0)?;
    (close >= line_end).then_some(close + 1)
}

// ---------------------------------------------------------------------------------------
// Across files: one symbol index built during the scan.
// ---------------------------------------------------------------------------------------

/// At most this many definitions are kept for a whole scan (bounded memory).
const MAX_DEFINITIONS: usize = 50_000;
/// At most this many certificates are kept for a whole scan, and per definition.
const MAX_INDEXED_CERTS: usize = 4096;
const MAX_CERTS_PER_DEFINITION: usize = 32;
/// At most this many definitions are taken from one file.
const MAX_DEFINITIONS_PER_FILE: usize = 64;
/// At most this many import words are kept per referring file.
const MAX_IMPORT_WORDS: usize = 512;

/// What a definition in the scanned tree holds.
#[derive(Debug, Clone)]
pub enum DefValue {
    /// Certificates embedded in its value (`const char certificates[] = "-----BEGIN..."`):
    /// the first `MAX_CERTS_PER_DEFINITION` of them, and how many there were.
    Certs {
        certs: Vec<crate::cert::CertFacts>,
        total: usize,
    },
    /// A string literal naming a certificate file or holding a pin (`CA_FILE =
    /// "certs/root.pem"`, `//go:embed certs/root.pem` before `var rootPEM []byte`).
    Literal(String),
}

/// A top-level definition whose value holds a certificate, a pin or a certificate path.
#[derive(Debug, Clone)]
pub struct Definition {
    /// The defining file, as reported (relative to the scan root, `/` separators).
    pub path: String,
    /// 1-based line of the defined name.
    pub line: usize,
    pub value: DefValue,
}

/// The scan's symbol index: definitions by name, and the import words of files whose
/// findings name an identifier defined elsewhere. Workers fill one each; `merge` joins
/// them. Linear in the tree (each file's text is read once, by the pass that scans it)
/// and bounded (only definitions that hold certificates, pins or certificate paths).
#[derive(Debug, Default)]
pub struct Symbols {
    defs: std::collections::BTreeMap<String, Vec<Definition>>,
    /// Trust-store helpers: functions that put their parameter (by index) into a trust
    /// store (`passes::trust_helpers`), by name.
    helpers: std::collections::BTreeSet<(String, usize)>,
    imports: std::collections::BTreeMap<String, Vec<String>>,
    count: usize,
    certs: usize,
}

fn def_sites_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?m)^[ \t]*(?:(?:export|public|private|protected|internal|static|final|const|constexpr|extern|readonly|var|let|val|pub|unsigned|signed|inline|volatile)[ \t]+)*(?:[A-Za-z_][\w:<>*&.]*(?:[ \t]*\[[ \t]*\])?[ \t*&]+)*?([A-Za-z_$][\w$]*)[ \t]*(?:\[[^\]\n]{0,32}\])?[ \t]*(?::[ \t]*[^=\n;]{1,80}?)?[ \t]*(?::=|=)",
        )
        .ok()
    })
    .as_ref()
}

fn go_embed_re() -> Option<&'static regex::Regex> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?m)^[ \t]*//go:embed[ \t]+(\S+)[^\n]*\n(?:[ \t]*//[^\n]*\n)*[ \t]*var[ \t]+([A-Za-z_]\w*)")
            .ok()
    })
    .as_ref()
}

/// Definition sites in `text`: (name, offset of the name, offset where the value starts),
/// in text order. `NAME = value`, `const char NAME[] = value`, `NAME: T = value`, `NAME :=
/// value`, with the usual modifiers; comparisons (`==`) and arrows (`=>`) are not.
fn definition_sites(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    sites_in(text, 0, text.len(), &mut out);
    out
}

/// `definition_sites` of the lines in `text[from..to]` (`from` at a line start), appended
/// to `out`. A site never spans lines (the pattern excludes `\n`), so the sites of a set
/// of lines are exactly the whole file's sites on those lines.
fn sites_in(text: &str, from: usize, to: usize, out: &mut Vec<(String, usize, usize)>) {
    let Some(re) = def_sites_re() else {
        return;
    };
    let Some(slice) = text.get(from..to) else {
        return;
    };
    for caps in re.captures_iter(slice) {
        let (Some(all), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let (name_start, all_end) = (from + name.start(), from + all.end());
        if matches!(text.as_bytes().get(all_end), Some(b'=' | b'>')) {
            continue;
        }
        if in_comment(text, name_start) {
            continue;
        }
        out.push((name.as_str().to_owned(), name_start, all_end));
    }
}

/// The definition sites on lines that may hold an indexable literal (`indexable_literal`:
/// a certificate file name, or a pin of at least 40 hex or 44 base64 characters). A
/// literal value is read from the site's own line (`whole_literal`), so no other site can
/// give one; one byte pass finds the lines, and the definition pattern runs on those alone
/// instead of on every line of a large file.
fn literal_sites(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for line in literal_lines(text.as_bytes()) {
        sites_in(text, line.start, line.end, &mut out);
    }
    out
}

/// Lines (byte ranges, without the newline) that hold `.pem`, `.crt`, `.cer`, `.der`,
/// `.p7b` or `.p7c` (any case), a run of 44 base64 characters (`[A-Za-z0-9+/=]`) or a run
/// of 40 hex digits and colons: a superset of the lines with an indexable literal.
fn literal_lines(b: &[u8]) -> Vec<std::ops::Range<usize>> {
    const B64: u8 = 1;
    const HEX: u8 = 2;
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut c = 0;
        while c < 256 {
            #[allow(clippy::cast_possible_truncation)] // c < 256
            let ch = c as u8;
            if ch.is_ascii_alphanumeric() || ch == b'+' || ch == b'/' || ch == b'=' {
                t[c] |= B64;
            }
            if ch.is_ascii_hexdigit() || ch == b':' {
                t[c] |= HEX;
            }
            c += 1;
        }
        t
    };
    fn extension(b: &[u8], dot: usize) -> bool {
        let Some(ext) = b.get(dot + 1..dot + 4) else {
            return false;
        };
        let e = [
            ext[0].to_ascii_lowercase(),
            ext[1].to_ascii_lowercase(),
            ext[2].to_ascii_lowercase(),
        ];
        matches!(&e, b"pem" | b"crt" | b"cer" | b"der" | b"p7b" | b"p7c")
    }
    let mut out = Vec::new();
    let mut line_start = 0usize;
    let (mut b64, mut hex) = (0usize, 0usize);
    let mut i = 0usize;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line_start = i + 1;
            (b64, hex) = (0, 0);
            i += 1;
            continue;
        }
        let class = CLASS[c as usize];
        b64 = if class & B64 != 0 { b64 + 1 } else { 0 };
        hex = if class & HEX != 0 { hex + 1 } else { 0 };
        if b64 >= 44 || hex >= 40 || (c == b'.' && extension(b, i)) {
            let end = memchr_newline(b, i);
            out.push(line_start..end);
            (b64, hex) = (0, 0);
            line_start = end + 1;
            i = end + 1;
            continue;
        }
        i += 1;
    }
    out
}

fn memchr_newline(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |n| from + n)
}

/// The definitions in `text` whose value is the embedded certificate at one of
/// `cert_starts` (string literals or a byte array leading to it): (name, offset of the
/// name, index into `cert_starts`), the nearest definition before each certificate.
pub fn cert_definitions(text: &str, cert_starts: &[usize]) -> Vec<(String, usize, usize)> {
    if cert_starts.is_empty() {
        return Vec::new();
    }
    let sites = definition_sites(text);
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    for (k, &start) in cert_starts.iter().enumerate() {
        let idx = sites.partition_point(|(_, _, v)| *v <= start);
        let Some(site) = idx.checked_sub(1) else {
            continue;
        };
        let (name, pos, value) = &sites[site];
        if literal_leads_to(text, *value, start) && !out.iter().any(|(_, p, _)| p == pos) {
            out.push((name.clone(), *pos, k));
        }
    }
    out
}

/// Whether the value that starts at `from` is string literals (or a byte array) up to
/// `target`: adjacent or concatenated literals, comments, preprocessor lines and a short
/// wrapper (`[]byte(`, `b"`, `String.raw`) in between, nothing else.
fn literal_leads_to(text: &str, from: usize, target: usize) -> bool {
    const MAX_SPAN: usize = 256 * 1024;
    const MAX_WRAPPER: usize = 24;
    if target < from || target - from > MAX_SPAN {
        return false;
    }
    let b = text.as_bytes();
    let mut i = from;
    let mut wrapper = 0usize;
    while i < target {
        let c = b[i];
        let next = b.get(i + 1).copied();
        match c {
            b' ' | b'\t' | b'\r' | b'\n' | b'+' | b'(' | b'{' | b'[' | b',' | b'\\' => i += 1,
            b'/' if next == Some(b'/') => {
                i = text[i..].find('\n').map_or(text.len(), |n| i + n);
            }
            b'/' if next == Some(b'*') => match text[i + 2..].find("*/") {
                Some(n) => i += n + 4,
                None => return false,
            },
            b'#' if text[text[..i].rfind('\n').map_or(0, |n| n + 1)..i]
                .trim()
                .is_empty() =>
            {
                i = text[i..].find('\n').map_or(text.len(), |n| i + n);
            }
            b'"' | b'\'' | b'`' => {
                let triple = text[i..].starts_with("\"\"\"") || text[i..].starts_with("'''");
                let (open, close): (usize, &[u8]) = if triple {
                    (3, &b[i..i + 3])
                } else {
                    (1, &b[i..=i])
                };
                let multi_line = triple || c == b'`';
                let mut j = i + open;
                let mut closed = None;
                while j < b.len() {
                    if b[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if b[j] == b'\n' && !multi_line {
                        break;
                    }
                    if b[j..].starts_with(close) {
                        closed = Some(j);
                        break;
                    }
                    j += 1;
                }
                match closed {
                    Some(end) if end < target => i = end + close.len(),
                    Some(_) => return true, // the target is inside this literal
                    None => return target < j,
                }
            }
            _ if (c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b']'))
                && wrapper < MAX_WRAPPER =>
            {
                wrapper += 1;
                i += 1;
            }
            _ => return false,
        }
    }
    true
}

/// Whether a string literal value (quotes included) is worth indexing: it names a
/// certificate file or looks like a pin.
fn indexable_literal(value: &str) -> bool {
    let inner = value.trim().trim_matches(['"', '\'', '`']);
    if inner.is_empty() || inner.len() > 300 || inner.contains(['"', '\'', '`', '\n']) {
        return false;
    }
    if crate::resolve::file_names(inner).next().is_some() {
        return true;
    }
    let pin = inner.strip_prefix("sha256/").unwrap_or(inner);
    (pin.len() == 44
        && pin.ends_with('=')
        && pin
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=')))
        || ((40..=95).contains(&pin.len())
            && pin.bytes().all(|c| c.is_ascii_hexdigit() || c == b':'))
}

/// The string literal that is the whole value starting at `from` (to the end of the
/// statement): `"certs/root.pem"`, `'x'`, with an optional `;`.
fn whole_literal(text: &str, from: usize) -> Option<&str> {
    let rest = text.get(from..)?;
    let line = rest.split('\n').next().unwrap_or("");
    let line = strip_line_comment(line.trim());
    let line = line.trim_end_matches(';').trim_end_matches(',').trim();
    let q = line.chars().next()?;
    (matches!(q, '"' | '\'' | '`')
        && line.len() >= 2
        && line.ends_with(q)
        && line[1..line.len() - 1].find(q).is_none())
    .then_some(line)
}

fn line_of(text: &str, pos: usize) -> usize {
    text.get(..pos).unwrap_or(text).matches('\n').count() + 1
}

/// File stem (`certs` for `certs/certs.c`) and folder name, lower case.
fn stem_and_dir(path: &str) -> (String, String, String) {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let stem = file.split('.').next().unwrap_or(file).to_lowercase();
    let dir_name = dir.rsplit('/').next().unwrap_or("").to_lowercase();
    (stem, dir_name, dir.to_owned())
}

impl Symbols {
    /// Record a trust-store helper: the function `name` puts its parameter `index` into a
    /// trust store.
    pub fn add_helper(&mut self, name: &str, index: usize) {
        if self.helpers.len() < MAX_DEFINITIONS {
            self.helpers.insert((name.to_owned(), index));
        }
    }

    /// Whether some file of the scan defines `name` as a trust-store helper for its
    /// parameter `index`.
    pub fn is_helper(&self, name: &str, index: usize) -> bool {
        self.helpers.contains(&(name.to_owned(), index))
    }

    fn add(&mut self, name: &str, def: Definition) {
        if self.count >= MAX_DEFINITIONS {
            return;
        }
        self.count += 1;
        self.defs.entry(name.to_owned()).or_default().push(def);
    }

    /// Index the definitions of one file: those whose value holds one of `certs` (the
    /// embedded certificates the certificate engine found, by offset), and string
    /// literals naming a certificate file or holding a pin.
    ///
    /// `defines`: the prefilter saw one of `DEFINES_KEYWORDS` in the file
    /// (`may_define_symbols`); without one, no literal is indexed.
    pub fn index_file(
        &mut self,
        path: &str,
        text: &str,
        certs: &[(usize, &crate::cert::CertFacts)],
        defines: bool,
    ) {
        let wants_literals = defines;
        let embeds = defines && text.contains("go:embed");
        if certs.is_empty() && !wants_literals && !embeds {
            return;
        }
        // Certificates need every site (the nearest before each); literals only the sites
        // on lines that can hold one.
        let sites = if certs.is_empty() {
            literal_sites(text)
        } else {
            definition_sites(text)
        };
        let mut taken = 0usize;
        // Certificates: the nearest definition before each whose value leads to it.
        let mut by_site: Vec<(usize, Vec<crate::cert::CertFacts>, usize)> = Vec::new();
        for (start, facts) in certs {
            let idx = sites.partition_point(|(_, _, v)| *v <= *start);
            let Some(site) = idx.checked_sub(1) else {
                continue;
            };
            if !literal_leads_to(text, sites[site].2, *start) {
                continue;
            }
            match by_site.iter_mut().find(|(s, _, _)| *s == site) {
                Some((_, list, total)) => {
                    *total += 1;
                    if list.len() < MAX_CERTS_PER_DEFINITION && self.certs < MAX_INDEXED_CERTS {
                        self.certs += 1;
                        list.push((*facts).clone());
                    }
                }
                None => {
                    if self.certs < MAX_INDEXED_CERTS {
                        self.certs += 1;
                        by_site.push((site, vec![(*facts).clone()], 1));
                    }
                }
            }
        }
        for (site, list, total) in by_site {
            if taken >= MAX_DEFINITIONS_PER_FILE {
                break;
            }
            taken += 1;
            let (name, pos, _) = &sites[site];
            self.add(
                name,
                Definition {
                    path: path.to_owned(),
                    line: line_of(text, *pos),
                    value: DefValue::Certs { certs: list, total },
                },
            );
        }
        if wants_literals {
            for (name, pos, value_start) in &sites {
                if taken >= MAX_DEFINITIONS_PER_FILE {
                    break;
                }
                let Some(lit) = whole_literal(text, *value_start).filter(|l| indexable_literal(l))
                else {
                    continue;
                };
                taken += 1;
                self.add(
                    name,
                    Definition {
                        path: path.to_owned(),
                        line: line_of(text, *pos),
                        value: DefValue::Literal(lit.to_owned()),
                    },
                );
            }
        }
        if embeds && let Some(re) = go_embed_re() {
            for caps in re.captures_iter(text) {
                let (Some(file), Some(name)) = (caps.get(1), caps.get(2)) else {
                    continue;
                };
                if taken >= MAX_DEFINITIONS_PER_FILE
                    || crate::resolve::file_names(file.as_str()).next().is_none()
                {
                    continue;
                }
                taken += 1;
                self.add(
                    name.as_str(),
                    Definition {
                        path: path.to_owned(),
                        line: line_of(text, name.start()),
                        value: DefValue::Literal(format!("\"{}\"", file.as_str())),
                    },
                );
            }
        }
    }

    /// Keep the words of `text`'s import lines (`#include "certs.h"`, `import`, `from`,
    /// `require(...)`, `using`), for a file whose findings name an identifier that may be
    /// defined in another file.
    pub fn note_imports(&mut self, path: &str, text: &str) {
        if self.imports.contains_key(path) || self.imports.len() >= MAX_DEFINITIONS {
            return;
        }
        let mut words: Vec<String> = Vec::new();
        for line in text.lines() {
            let t = line.trim_start();
            let import_line = [
                "#include",
                "# include",
                "#import",
                "import ",
                "from ",
                "using ",
                "use ",
                "@import",
                "package ",
                // PHP and Ruby: `require "database/config.php";`, `require_relative 'certs'`.
                "require ",
                "require_once",
                "require_relative",
                "include ",
                "include_once",
            ]
            .iter()
            .any(|p| t.starts_with(p))
                || t.contains("require(")
                || t.contains("import(")
                || t.contains(" from '")
                || t.contains(" from \"");
            if !import_line {
                continue;
            }
            for w in t.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if w.len() >= 2 && words.len() < MAX_IMPORT_WORDS {
                    words.push(w.to_lowercase());
                }
            }
        }
        words.sort();
        words.dedup();
        self.imports.insert(path.to_owned(), words);
    }

    pub fn merge(&mut self, other: Symbols) {
        for (name, mut defs) in other.defs {
            self.defs.entry(name).or_default().append(&mut defs);
        }
        self.imports.extend(other.imports);
        self.helpers.extend(other.helpers);
        self.count += other.count;
        self.certs += other.certs;
    }

    /// Whether nothing was indexed.
    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }

    /// The definition in another file that `ident` (used in `referrer`) names: the
    /// defining file is imported (its file or folder name is among the referrer's import
    /// words or the identifier's qualifiers: `certs.CA`, `Certs.ROOT`), or in the same
    /// folder (a Go or Java package), or, for C-family code where globals link across
    /// files, the only definition of that name. Of several, the nearest in the tree.
    pub fn lookup(&self, referrer: &str, ident: &str) -> Option<&Definition> {
        let ident = ident.trim();
        let name = ident.rsplit('.').next()?;
        let defs = self.defs.get(name)?;
        let qualifiers: Vec<String> = ident
            .split('.')
            .rev()
            .skip(1)
            .map(str::to_lowercase)
            .collect();
        let no_words = Vec::new();
        let words = self.imports.get(referrer).unwrap_or(&no_words);
        let (_, _, ref_dir) = stem_and_dir(referrer);
        let others: Vec<&Definition> = defs.iter().filter(|d| d.path != referrer).collect();
        let c_family = referrer.rsplit('.').next().is_some_and(|ext| {
            matches!(
                ext.to_ascii_lowercase().as_str(),
                "c" | "h" | "cc" | "cpp" | "cxx" | "hpp" | "hh" | "m" | "mm" | "ino"
            )
        });
        let mut found: Vec<&Definition> = others
            .iter()
            .copied()
            .filter(|d| {
                let (stem, dir_name, dir) = stem_and_dir(&d.path);
                let named = |w: &String| *w == stem || (!dir_name.is_empty() && *w == dir_name);
                dir == ref_dir
                    || qualifiers.iter().any(named)
                    || (qualifiers.is_empty() && words.binary_search(&stem).is_ok())
                    || (qualifiers.is_empty()
                        && !dir_name.is_empty()
                        && words.binary_search(&dir_name).is_ok())
            })
            .collect();
        if found.is_empty() && c_family && qualifiers.is_empty() && others.len() == 1 {
            found = others;
        }
        let common = |p: &str| {
            p.bytes()
                .zip(referrer.bytes())
                .take_while(|(a, b)| a == b)
                .count()
        };
        found.sort_by(|a, b| {
            common(&b.path)
                .cmp(&common(&a.path))
                .then_with(|| a.path.cmp(&b.path))
                .then(a.line.cmp(&b.line))
        });
        found.first().copied()
    }
}

/// Whether `bytes` may hold a definition worth indexing: a certificate file name or an
/// SPKI pin, so that a constants module without any rule keyword is indexed too. The
/// scanner gets the answer from the prefilter's one pass over the file, which holds
/// `DEFINES_KEYWORDS` (`Seen::defines`); this is the same test on its own, the reference
/// the tests compare that with.
#[cfg(test)]
pub fn may_define_symbols(bytes: &[u8]) -> bool {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(DEFINES_KEYWORDS)
            .ok()
    })
    .as_ref()
    .is_some_and(|ac| ac.is_match(bytes))
}

/// The words (any case) of `may_define_symbols`.
pub const DEFINES_KEYWORDS: [&str; 7] = [
    ".pem", ".crt", ".cer", ".der", ".p7b", "sha256/", "go:embed",
];

/// Whether `pos` is inside a comment: a line comment (`//`, `#` that is not a
/// preprocessor directive, `--`) started before it on its line outside string literals,
/// a line of a block comment (`*` at its start), or a `/* ... */` still open at `pos`.
pub fn in_comment(text: &str, pos: usize) -> bool {
    let pos = pos.min(text.len());
    let line_start = text[..pos].rfind('\n').map_or(0, |n| n + 1);
    let before = &text[line_start..pos];
    let lead = before.trim_start();
    if lead.starts_with("* ") || lead == "*" || lead.starts_with("*/") {
        return true;
    }
    if let Some(directive) = lead.strip_prefix('#') {
        let directive = directive.trim_start();
        let is_directive = [
            "define", "include", "if", "ifdef", "ifndef", "elif", "else", "endif", "import",
            "pragma", "undef",
        ]
        .iter()
        .any(|d| directive.starts_with(d));
        if !is_directive {
            return true;
        }
    }
    // A line comment opened before `pos` on this line, outside quotes.
    let bytes = before.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            None if matches!(b, b'"' | b'\'' | b'`') => quote = Some(b),
            None if b == b'/' && bytes.get(i + 1) == Some(&b'/') => return true,
            None if b == b'#' && i > 0 && bytes[i - 1].is_ascii_whitespace() => return true,
            Some(_) | None => {}
        }
        i += 1;
    }
    // A block comment still open (bounded look-back); a `/*` inside a string literal on
    // its line (`"certs/*.pem"`) opens nothing.
    let window_start = pos.saturating_sub(16 * 1024);
    let Some(window) = text.get(window_start..pos) else {
        return false;
    };
    let close = window.rfind("*/");
    let mut end = window.len();
    for _ in 0..8 {
        let Some(open) = window[..end].rfind("/*") else {
            return false;
        };
        if close.is_some_and(|c| c > open) {
            return false;
        }
        let open_line = &window[window[..open].rfind('\n').map_or(0, |n| n + 1)..open];
        let quotes = open_line
            .bytes()
            .filter(|b| matches!(b, b'"' | b'\'' | b'`'))
            .count();
        if quotes % 2 == 0 {
            return true;
        }
        end = open;
    }
    false
}

/// What a function parameter brings to a use of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    /// A parameter without a default: whatever the caller passes.
    NoDefault,
    /// A parameter with this default (`cafile=None`, `ca: String = "root.pem"`).
    Default(String),
}

const CONTROL_WORDS: &[&str] = &[
    "if",
    "for",
    "while",
    "switch",
    "catch",
    "return",
    "with",
    "elif",
    "else",
    "foreach",
    "using",
    "lock",
    "sizeof",
    "match",
    "when",
    "guard",
    "until",
    "unless",
    "do",
    "try",
    "synchronized",
    "assert",
    "print",
    "await",
    "new",
    "throw",
    "case",
    "defined",
];

/// The parameter list (the text between the parentheses, and where it ends) of the
/// function whose body holds `pos`: found by indentation, walking back to the nearest
/// less-indented line that opens a function (`def f(`, `func f(`, `int f(const char *x)`,
/// `public void f(String x) {`, `(a, b) =>`). Bounded to 64 KiB back.
pub(crate) fn enclosing_params(text: &str, pos: usize) -> Option<(String, usize)> {
    let pos = pos.min(text.len());
    let line_start = text[..pos].rfind('\n').map_or(0, |n| n + 1);
    let key = (text.as_ptr() as usize, text.len());
    if let Some(hit) = PARAMS_MEMO.with(|m| {
        let mut m = m.borrow_mut();
        let memo = m.as_mut()?;
        if memo.0 != key {
            memo.0 = key;
            memo.1.clear();
        }
        memo.1.get(&line_start).cloned()
    }) {
        return hit;
    }
    let found = enclosing_params_of_line(text, line_start);
    PARAMS_MEMO.with(|m| {
        if let Some(memo) = m.borrow_mut().as_mut() {
            memo.1.insert(line_start, found.clone());
        }
    });
    found
}

/// The result of `enclosing_params` per line start, for the text at (address, length):
/// kept only inside `memo_scope`, where the texts passed are borrowed and alive, so an
/// address and length name one content.
type ParamsMemo = (
    (usize, usize),
    std::collections::HashMap<usize, Option<(String, usize)>>,
);

thread_local! {
    static PARAMS_MEMO: std::cell::RefCell<Option<ParamsMemo>> =
        const { std::cell::RefCell::new(None) };
}

/// Run `f` with `enclosing_params` remembering its answers (the passes over one file ask it
/// about the same few lines thousands of times in a large test file).
pub(crate) fn memo_scope<R>(f: impl FnOnce() -> R) -> R {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            PARAMS_MEMO.with(|m| *m.borrow_mut() = None);
        }
    }
    PARAMS_MEMO.with(|m| *m.borrow_mut() = Some(((0, 0), std::collections::HashMap::new())));
    let _reset = Reset;
    f()
}

/// Words that start a function header: (the word, the same after a space).
const FUNCTION_KEYWORDS: [(&str, &str); 7] = [
    ("def ", " def "),
    ("async def ", " async def "),
    ("func ", " func "),
    ("fun ", " fun "),
    ("function ", " function "),
    ("fn ", " fn "),
    ("sub ", " sub "),
];

/// `enclosing_params` for the line that starts at `line_start`.
fn enclosing_params_of_line(text: &str, line_start: usize) -> Option<(String, usize)> {
    let pos = line_start;
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let this_line = text[line_start..].split('\n').next().unwrap_or("");
    let mut level = indent(this_line);
    let floor = pos.saturating_sub(64 * 1024);
    let mut end = line_start;
    while end > floor && level > 0 {
        let start = text[..end - 1].rfind('\n').map_or(0, |n| n + 1);
        let line = &text[start..end - 1];
        end = start;
        let t = line.trim();
        if t.is_empty()
            || matches!(t, "{" | "}" | "};" | "})" | ")" | "end")
            || t.starts_with("//")
            || t.starts_with('#')
            || t.starts_with('*')
            || t.starts_with("/*")
            || t.starts_with('@')
        {
            continue;
        }
        let ind = indent(line);
        if ind >= level {
            continue;
        }
        level = ind;
        if t.starts_with("class ") || t.starts_with("struct ") || t.contains(" class ") {
            return None;
        }
        // An Objective-C method, `- (NSData *)certNamed:(NSString *)name ofType:(id)t {`: its
        // name is the first selector part (`certNamed`), and the rest of the header up to
        // the brace holds the parameters (`name`, `t`), as if it were `certNamed(...)`.
        if ind == 0 && ["- (", "+ (", "-(", "+("].iter().any(|m| t.starts_with(m)) {
            let head = text.get(start..(start + 2048).min(text.len()))?;
            let brace = head
                .find(['{', ';'])
                .filter(|&b| head.as_bytes()[b] == b'{')?;
            let after_type = head[..brace].find(')').map_or(1, |p| p + 1);
            let rest = &head[after_type..brace];
            let name_start = after_type + (rest.len() - rest.trim_start().len());
            let name_end = name_start
                + head[name_start..brace]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(brace - name_start);
            return if head[name_end..].starts_with(':') {
                Some((
                    text[start + name_end + 1..start + brace].to_owned(),
                    start + brace,
                ))
            } else {
                Some((String::new(), start + name_end + 1))
            };
        }
        // The header's parameter list: `(` after a name that is not a control word, or
        // the parentheses before an arrow.
        let keyword = FUNCTION_KEYWORDS
            .iter()
            .any(|(k, spaced)| t.starts_with(k) || t.contains(spaced))
            || t.contains("function(");
        let arrow = t.find("=>").filter(|&a| t[..a].trim_end().ends_with(')'));
        let open_in_t = if let Some(arrow) = arrow {
            let close = t[..arrow].rfind(')');
            close.and_then(|close| {
                let mut depth = 0i32;
                t[..=close].char_indices().rev().find_map(|(i, c)| {
                    match c {
                        ')' => depth += 1,
                        '(' => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(i);
                            }
                        }
                        _ => {}
                    }
                    None
                })
            })
        } else {
            let Some(open) = t.find('(') else {
                continue;
            };
            let word = t[..open]
                .trim_end()
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .next()
                .unwrap_or("");
            if word.is_empty() || CONTROL_WORDS.contains(&word) || t[..open].contains('=') {
                continue;
            }
            Some(open)
        };
        let Some(open_in_t) = open_in_t else {
            continue;
        };
        let open = open_in_t + start + indent(line);
        // Balanced to the closing parenthesis (may span lines), at most 4 KiB.
        let mut depth = 0i32;
        let mut close = None;
        for (i, c) in text[open..].char_indices() {
            if i > 4096 {
                break;
            }
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let close = close?;
        // A call is not a header: a definition has a keyword (`def`, `func`, `fun`,
        // `function`), an arrow, or a body brace after the list and a few qualifiers
        // (`) {`, `)\n{`, `) throws E {`, `): T {`, `) const {`).
        let after = &text[close + 1..];
        // A Java `throws` list may be long.
        let limit = if after.trim_start().starts_with("throws ") {
            600
        } else {
            100
        };
        let body_brace = after.find(['{', ';']).is_some_and(|b| {
            after.as_bytes()[b] == b'{' && b <= limit && !after[..b].contains(['(', ')', '='])
        });
        if !(keyword || arrow.is_some() || body_brace) {
            continue;
        }
        return Some((text[open + 1..close].to_owned(), close));
    }
    None
}

/// When `name` (a bare identifier used at `pos`) is a parameter of the enclosing function
/// and is not assigned in the body before `pos`: what the parameter brings.
pub fn parameter(text: &str, name: &str, pos: usize) -> Option<Param> {
    if name.contains('.') || name.is_empty() {
        return None;
    }
    let (params, params_end) = enclosing_params(text, pos)?;
    let at = word_occurrences(&params, name).next()?;
    // Assigned in the body before the use: the assignment decides, not the parameter.
    if assignments(text, name)
        .iter()
        .any(|(p, _)| *p > params_end && *p < pos)
    {
        return None;
    }
    let rest = params[at + name.len()..].trim_start();
    // `name: Type = default` / `name = default` / `Type name` (no default).
    let rest = match rest.strip_prefix(':') {
        Some(r) => {
            let stop = r.find(['=', ',']).unwrap_or(r.len());
            &r[stop..]
        }
        None => rest,
    };
    let Some(default) = rest.strip_prefix('=').filter(|d| !d.starts_with('=')) else {
        return Some(Param::NoDefault);
    };
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut end = default.len();
    for (i, c) in default.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' | '`' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    end = i;
                    break;
                }
                _ => {}
            },
        }
    }
    Some(Param::Default(default[..end].trim().to_owned()))
}

/// The top-level pieces of an argument or parameter list (split at commas outside
/// brackets and strings), with their offsets in `list`.
pub fn split_list(list: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (i, c) in list.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' | '`' => quote = Some(c),
                '(' | '[' | '{' | '<' => depth += 1,
                ')' | ']' | '}' | '>' => depth -= 1,
                ',' if depth <= 0 => {
                    out.push((start, &list[start..i]));
                    start = i + 1;
                }
                _ => {}
            },
        }
    }
    if !list[start..].trim().is_empty() || !out.is_empty() {
        out.push((start, &list[start..]));
    }
    out
}

/// The name of the function whose body holds `pos` and its parameters (see
/// `enclosing_params`); `None` for an anonymous function.
pub fn enclosing_function(text: &str, pos: usize) -> Option<(String, Vec<String>)> {
    let (params, close) = enclosing_params(text, pos)?;
    let open = close.checked_sub(params.len() + 1)?;
    let before = text.get(..open)?.trim_end();
    let name: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if name.is_empty()
        || name.chars().next().is_some_and(|c| c.is_ascii_digit())
        || CONTROL_WORDS.contains(&name.as_str())
    {
        return None;
    }
    let list = split_list(&params)
        .into_iter()
        .map(|(_, p)| p.trim().to_owned())
        .collect();
    Some((name, list))
}

/// The source of a loop variable: `for (Certificate c : certs)`, `for c in certs`,
/// `for (c in certs)`, `certs.forEach { c ->`, `certs.forEach(c -> ...)`; the collection's
/// text, when `name` is bound that way before `pos` (the last binding wins).
pub(crate) fn loop_source(text: &str, name: &str, pos: usize) -> Option<String> {
    static RE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let re = RE
        .get_or_init(|| {
            regex::Regex::new(
                r"for\s*\(?\s*(?:(?:final|const|var|let|val|auto)\s+)?(?:[\w.<>?\[\]*&:]+\s+)?\b([A-Za-z_$][\w$]*)\s*(?::|\bin\b|\bof\b)\s*([\w.$]+)|([\w.$]+)\s*\.\s*(?:forEach|each|map|(?:iter|into_iter)\(\)\s*\.\s*(?:for_each|any|all|find|position|filter))\s*[({]\s*\|?\s*&?\(?\s*\b([A-Za-z_$][\w$]*)\b",
            )
            .ok()
        })
        .as_ref()?;
    let mut floor = pos.saturating_sub(16 * 1024);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let window = text.get(floor..pos)?;
    if !window.contains(name) {
        return None;
    }
    re.captures_iter(window)
        // A Swift argument label `for` (`func root(for region: String)`) is no loop.
        .filter(|caps| {
            caps.get(1).is_none()
                || !window[..caps.get(0).map_or(0, |m| m.start())]
                    .trim_end()
                    .ends_with(['(', ','])
        })
        .filter_map(
            |caps| match (caps.get(1), caps.get(2), caps.get(3), caps.get(4)) {
                (Some(v), Some(src), _, _) | (_, _, Some(src), Some(v)) if v.as_str() == name => {
                    Some(src.as_str().to_owned())
                }
                _ => None,
            },
        )
        .last()
}

/// Where the value `ident` used at `pos` comes from, when it is a parameter of the
/// enclosing named function or is computed from one (an assignment or a loop over it, up
/// to three steps): the function's name and the parameter's index.
pub fn parameter_source(
    text: &str,
    ident: &str,
    pos: usize,
    cache: &mut Cache,
) -> Option<(String, usize)> {
    let (func, params) = enclosing_function(text, pos)?;
    let index_of = |name: &str| {
        params
            .iter()
            .position(|p| word_occurrences(p, name).next().is_some())
    };
    let mut names = vec![ident.rsplit('.').next()?.to_owned()];
    for _ in 0..4 {
        let mut next = Vec::new();
        for name in &names {
            if let Some(i) = index_of(name)
                && parameter(text, name, pos).is_some()
            {
                return Some((func, i));
            }
            let source = loop_source(text, name, pos).or_else(|| cache.resolve(text, name, pos));
            if let Some(src) = source {
                for word in expression_identifiers(&src) {
                    if word != name && !next.iter().any(|w| w == word) {
                        next.push(word.to_owned());
                    }
                }
            }
        }
        if next.is_empty() {
            return None;
        }
        next.truncate(16);
        names = next;
    }
    None
}

/// Whether the definition of `name` at `def` is what `name` means at `pos`: it comes
/// first, it is the last assignment to the name before `pos`, and it is top-level (a
/// module constant, a class field) or in the same function as `pos`.
pub fn definition_reaches(
    text: &str,
    name: &str,
    def: usize,
    pos: usize,
    cache: &mut Cache,
) -> bool {
    if def >= pos {
        return false;
    }
    // The last assignment before the use (or, with none before it, the first after).
    if cache
        .assignment(text, name, pos)
        .is_some_and(|(p, _)| p > def && p < pos)
    {
        return false;
    }
    if parameter(text, name, pos).is_some() {
        return false;
    }
    match enclosing_params(text, def) {
        None => true,
        Some(scope) => enclosing_params(text, pos).is_some_and(|s| s == scope),
    }
}

/// The identifiers of an expression, not member names after a dot (`factory.generate(stream)`
/// gives `factory` and `stream`).
pub fn expression_identifiers(src: &str) -> Vec<&str> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if is_ident_byte(bytes[i]) && !bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && is_ident_byte(bytes[i]) {
                i += 1;
            }
            if !src[..start].trim_end().ends_with('.') {
                out.push(&src[start..i]);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Calls of the function `name` in `text` (not its definition): the offset of the name
/// and the argument list's pieces as (offset in `text`, text).
pub fn calls<'t>(text: &'t str, name: &str) -> Vec<(usize, Vec<(usize, &'t str)>)> {
    let mut out = Vec::new();
    for pos in word_occurrences(text, name) {
        let rest = &text[pos + name.len()..];
        let Some(open_rel) = rest.find(|c: char| !c.is_whitespace()) else {
            continue;
        };
        if !rest[open_rel..].starts_with('(') || in_comment(text, pos) {
            continue;
        }
        let open = pos + name.len() + open_rel;
        let mut depth = 0i32;
        let mut close = None;
        for (i, c) in text[open..].char_indices() {
            if i > 4096 {
                break;
            }
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else {
            continue;
        };
        // A definition: a keyword before the name, or a body after the list.
        let line_start = text[..pos].rfind('\n').map_or(0, |n| n + 1);
        let head = text[line_start..pos].trim();
        let defines = ["def", "func", "fun", "function", "fn", "sub"]
            .iter()
            .any(|k| head == *k || head.ends_with(&format!(" {k}")));
        let after = text[close + 1..].trim_start();
        let body = (after.starts_with('{') || after.starts_with("throws "))
            && !head.is_empty()
            && !head.ends_with(['=', '(', ',', '.', '!', ':', '?', '&', '|'])
            && !head.ends_with("return")
            && !head.ends_with("new");
        if defines || body {
            continue;
        }
        let args = split_list(&text[open + 1..close])
            .into_iter()
            .map(|(o, a)| (open + 1 + o, a))
            .collect();
        out.push((pos, args));
    }
    out
}

/// Whether a parameter name says it is a CA file or folder option (`cafile`, `ca_path`,
/// `capath`, `ca_certs`, `trustStoreLocation`, `ca_cert_file_path`), not certificates.
pub fn is_location_option(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    // Whole words of the name (`caFile`, `ssl_ca_path`, `CA_DIR`), so `sslProfileName` is
    // not a file.
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in last.chars() {
        if !ch.is_alphanumeric() {
            words.push(std::mem::take(&mut cur));
            prev_lower = false;
            continue;
        }
        if ch.is_uppercase() && prev_lower {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_lowercase() || ch.is_ascii_digit();
        cur.push(ch.to_ascii_lowercase());
    }
    words.push(cur);
    let n = last.to_ascii_lowercase();
    words.iter().any(|w| {
        [
            "file", "path", "dir", "location", "bundle", "filename", "pathname", "dirname",
        ]
        .iter()
        .any(|end| w.ends_with(end))
            && w != "profile"
    }) || n.ends_with("certs")
}

/// A value that is no value: `None`, `null`, `nil`, `NULL`, `undefined`, an empty string.
pub fn is_null_like(value: &str) -> bool {
    matches!(
        value.trim(),
        "None" | "null" | "nil" | "Nil" | "NULL" | "nullptr" | "undefined" | "\"\"" | "''" | "NIL"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_enclosing_params_are_the_same() {
        let a =
            "function pin(host, cert) {\n  const x = cert;\n  if (x) {\n    check(cert);\n  }\n}\n";
        let b = "def load(path, ca):\n    ctx = make(ca)\n    return ctx\n";
        let ask = |t: &str| -> Vec<Option<(String, usize)>> {
            (0..t.len()).map(|p| enclosing_params(t, p)).collect()
        };
        let (plain_a, plain_b) = (ask(a), ask(b));
        assert!(plain_a.iter().any(Option::is_some) && plain_b.iter().any(Option::is_some));
        // Inside a scope, answers come from the memo after the first ask; switching texts
        // starts over.
        let scoped = memo_scope(|| (ask(a), ask(b), ask(a), ask(a)));
        assert_eq!(scoped, (plain_a.clone(), plain_b, plain_a.clone(), plain_a));
        // The memo ends with the scope.
        assert!(PARAMS_MEMO.with(|m| m.borrow().is_none()));
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("CA_FILE"));
        assert!(is_identifier("self.ca_path"));
        assert!(is_identifier("@ca_file"));
        assert!(is_identifier("$caFile"));
        assert!(!is_identifier("@\"x.pem\""));
        assert!(!is_identifier("\"x.pem\""));
        assert!(!is_identifier("fs.readFileSync('a')"));
        assert!(!is_identifier(""));
    }

    #[test]
    fn resolves_assignments_in_many_languages() {
        let cases = [
            (
                "CA_FILE = \"certs/root.pem\"\nctx(cafile=CA_FILE)",
                "CA_FILE",
                "\"certs/root.pem\"",
            ),
            (
                "const ca = fs.readFileSync('root.pem');\ntls.connect({ ca })",
                "ca",
                "fs.readFileSync('root.pem')",
            ),
            (
                "private static final String PIN = \"sha256/x\";\nadd(h, PIN)",
                "PIN",
                "\"sha256/x\"",
            ),
            (
                "const ROOT: &str = \"r.pem\";\nuse(ROOT)",
                "ROOT",
                "\"r.pem\"",
            ),
            (
                "@ca_file = \"certs/root.pem\"\nhttp.ca_file = @ca_file",
                "@ca_file",
                "\"certs/root.pem\"",
            ),
            (
                "$caFile = '/etc/ssl/root.pem';\ncurl_setopt($ch, CURLOPT_CAINFO, $caFile);",
                "$caFile",
                "'/etc/ssl/root.pem'",
            ),
            (
                "pool := x509.NewCertPool()\ncfg.RootCAs = pool",
                "pool",
                "x509.NewCertPool()",
            ),
            (
                "val caPath: String = \"a.crt\"\nf(caPath)",
                "caPath",
                "\"a.crt\"",
            ),
            (
                "self.ca_file = os.environ['CA']\nf(cafile=self.ca_file)",
                "self.ca_file",
                "os.environ['CA']",
            ),
        ];
        for (text, ident, want) in cases {
            let use_at = text.rfind(ident).unwrap();
            assert_eq!(
                resolve(text, ident, use_at).as_deref(),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn c_macros_arrays_and_trailing_comments() {
        let cases = [
            (
                "#define CA_FILE \"certs/root.pem\" /* the root */\ncurl_easy_setopt(c, CURLOPT_CAINFO, CA_FILE);",
                "CA_FILE",
                "\"certs/root.pem\"",
            ),
            (
                "#  define PINS \\\n    \"sha256//abc=\"\nf(PINS);",
                "PINS",
                "\"sha256//abc=\"",
            ),
            (
                "static const char ca_path[] = \"/etc/ca.pem\";\nload(ctx, ca_path, NULL);",
                "ca_path",
                "\"/etc/ca.pem\"",
            ),
            (
                "let rootKeyPin = \"i7WT=\" // the G2 key\nuse(rootKeyPin)",
                "rootKeyPin",
                "\"i7WT=\"",
            ),
            (
                "URL = \"https://example.org/ca.pem\"\nget(URL)",
                "URL",
                "\"https://example.org/ca.pem\"",
            ),
        ];
        for (text, ident, want) in cases {
            let use_at = text.rfind(ident).unwrap();
            assert_eq!(
                resolve(text, ident, use_at).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // A function-like macro has no value.
        let text = "#define CA(x) x\nf(CA)";
        assert_eq!(resolve(text, "CA", text.len()), None);
    }

    #[test]
    fn function_bodies() {
        let c = "static int verify_cb(int ok, X509_STORE_CTX *ctx)\n{\n  if (ok) { return 1; }\n  return memcmp(a, b, 20) == 0;\n}\nvoid f(void) { SSL_CTX_set_verify(c, m, verify_cb); }";
        let body = function_body(c, "verify_cb").unwrap();
        assert!(body.starts_with('{') && body.ends_with('}') && body.contains("memcmp"));
        // A call or a prototype is not a definition.
        assert!(function_body("int cb(int);\nuse(cb(1));", "cb").is_none());
        assert!(function_body("x = cb;", "cb").is_none());
    }

    #[test]
    fn ignores_comparisons_and_lookalikes() {
        let text = "if CA == \"x\":\n    pass\nCA_FILE2 = 'y'\nf(CA)";
        assert_eq!(resolve(text, "CA", text.len()), None);
        let text = "x => y\nf(x)";
        assert_eq!(resolve(text, "x", text.len()), None);
    }

    #[test]
    fn comments_never_decide_a_value() {
        let py = "crtpath = \"live.pem\"\n# crtpath = \"old.pem\"\nctx(cafile=crtpath)";
        assert_eq!(
            resolve(py, "crtpath", py.len()).as_deref(),
            Some("\"live.pem\"")
        );
        let c = "const char *ca = \"live.pem\";\n/* ca = \"old.pem\";\n */\n// ca = \"x.pem\";\nload(ca);";
        assert_eq!(resolve(c, "ca", c.len()).as_deref(), Some("\"live.pem\""));
        // A `/*` inside a string opens no comment.
        let g = "glob(\"certs/*.pem\")\nca = \"a.pem\"\nuse(ca)";
        assert_eq!(resolve(g, "ca", g.len()).as_deref(), Some("\"a.pem\""));
        assert!(in_comment("x = 1 # ca = 2", 10));
        assert!(!in_comment("#define CA \"x\"", 8));
    }

    #[test]
    fn parameters_and_defaults() {
        let py =
            "def wrap(cafile=None, capath=None):\n    ctx.load_verify_locations(cafile, capath)\n";
        let at = py.rfind("cafile").unwrap();
        assert_eq!(
            parameter(py, "cafile", at),
            Some(Param::Default("None".to_owned()))
        );
        let c = "int load(SSL_CTX *ctx, const char *ca_file)\n{\n    if (x) {\n        return SSL_CTX_load_verify_locations(ctx, ca_file, NULL);\n    }\n}\n";
        let at = c.rfind("ca_file").unwrap();
        assert_eq!(parameter(c, "ca_file", at), Some(Param::NoDefault));
        // A call's arguments are not parameters.
        let call =
            "def test(self):\n    with Pool(\n        ca_certs=DEFAULT_CA,\n    ):\n        pass\n";
        let at = call.find("DEFAULT_CA").unwrap();
        assert_eq!(parameter(call, "DEFAULT_CA", at), None);
        // Assigned in the body: the assignment decides.
        let body = "def f(ca=None):\n    ca = \"root.pem\"\n    load(ca)\n";
        assert_eq!(parameter(body, "ca", body.rfind("ca").unwrap()), None);
        // Objective-C method parameters; a local of the method is not one.
        let objc = "@implementation P\n- (NSData *)certNamed:(NSString *)name\n    inBundle:(NSBundle *)bundle {\n    NSString *other = @\"x\";\n    return [bundle pathForResource:name ofType:@\"der\"];\n}\n@end\n";
        let at = objc.rfind("name").unwrap();
        assert_eq!(parameter(objc, "name", at), Some(Param::NoDefault));
        let at = objc.rfind("bundle").unwrap();
        assert_eq!(parameter(objc, "bundle", at), Some(Param::NoDefault));
        assert_eq!(parameter(objc, "other", at), None);
        let (name, params) = enclosing_function(objc, at).unwrap();
        assert_eq!(name, "certNamed");
        assert_eq!(params.len(), 1, "{params:?}");
        assert!(is_location_option("ca_cert_file_path") && !is_location_option("audit_root"));
        assert!(is_location_option("cafile") && is_location_option("trustStoreLocation"));
        assert!(is_location_option("CA_DIR") && is_location_option("ssl.ca_certs"));
        assert!(!is_location_option("sslProfileName") && !is_location_option("profile"));
    }

    #[test]
    fn members_are_not_assigned_by_parameter_defaults() {
        let py = "class S:\n    def __init__(self, ca_file=None):\n        self.ca_file = ca_file\n\nuse(settings.ca_file)\n";
        let at = py.rfind("settings").unwrap();
        let mut cache = Cache::default();
        // `self.ca_file = ca_file` names nothing new, and the default is the parameter's.
        assert_eq!(cache.resolve(py, "settings.ca_file", at), None);
        // A bare name keeps what it had; the value stops at the bracket it did not open.
        assert_eq!(resolve(py, "ca_file", 0).as_deref(), Some("None"));
        assert_eq!(cut_at_unbalanced_close("None):"), "None");
        assert_eq!(cut_at_unbalanced_close("f(a, \")\")"), "f(a, \")\")");
    }

    #[test]
    fn loops_bind_their_variable_and_swift_for_labels_do_not() {
        let java = "for (X509Certificate c : trusted) {\n  store.add(c);\n}\n";
        assert_eq!(
            loop_source(java, "c", java.rfind('c').unwrap()).as_deref(),
            Some("trusted")
        );
        let swift = "func root(for region: String) -> String? {\n    load(region)\n}\n";
        assert_eq!(
            loop_source(swift, "region", swift.rfind("region").unwrap()),
            None
        );
        let swift = "for region in regions {\n    load(region)\n}\n";
        assert_eq!(
            loop_source(swift, "region", swift.rfind("region").unwrap()).as_deref(),
            Some("regions")
        );
    }

    #[test]
    fn literal_lines_are_a_superset_of_literal_sites() {
        let text = "A = 1\nCA_FILE = \"certs/Root.PEM\"\nPIN = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\n\
                    // CA = \"x.pem\"\nTHUMB = '0123456789abcdef0123456789abcdef01234567'\nB = \"no\"\n\
                    SHORT = \"0123456789abcdef\"\nLAST = \"y.crt\"";
        let all = definition_sites(text);
        let some = literal_sites(text);
        let names =
            |v: &[(String, usize, usize)]| v.iter().map(|s| s.0.clone()).collect::<Vec<_>>();
        assert_eq!(names(&some), ["CA_FILE", "PIN", "THUMB", "LAST"]);
        // Every site whose value is an indexable literal is among them, at the same place.
        for site in &all {
            let literal = whole_literal(text, site.2).filter(|l| indexable_literal(l));
            assert_eq!(literal.is_some(), some.contains(site), "{site:?}");
        }
    }

    #[test]
    fn symbols_resolve_across_files() {
        let pem = include_str!("../rules/ca/roots/DigiCert_Global_Root_G2.pem");
        let block = &crate::cert::parse::pem_blocks(pem)[0];
        let facts = crate::cert::parse::parse_der(block.der.as_ref().unwrap()).unwrap();
        let certs_c = "#include \"certs.h\"\nconst char certificates[] =\n#if defined(A)\n/* G2 */\n\"-----BEGIN CERTIFICATE-----\\r\\n\"\n\"MII...\";\n";
        let at = certs_c.find("\"-----BEGIN").unwrap() + 1;
        let mut s = Symbols::default();
        let index = |s: &mut Symbols,
                     path: &str,
                     text: &str,
                     certs: &[(usize, &crate::cert::CertFacts)]| {
            s.index_file(path, text, certs, may_define_symbols(text.as_bytes()));
        };
        index(&mut s, "certs/certs.c", certs_c, &[(at, &facts)]);
        index(
            &mut s,
            "cfg/tls.py",
            "CA_FILE = \"certs/root.pem\"\nN = 3\n",
            &[],
        );
        index(
            &mut s,
            "roots.go",
            "//go:embed root.pem\nvar rootPEM []byte\n",
            &[],
        );
        s.note_imports(
            "samples/app.c",
            "#include \"certs.h\"\nint main(void) { return 0; }",
        );
        s.note_imports("app/client.py", "from cfg import tls\n");
        let d = s.lookup("samples/app.c", "certificates").unwrap();
        assert!(matches!(&d.value, DefValue::Certs { total: 1, .. }) && d.line == 2);
        let d = s.lookup("app/client.py", "tls.CA_FILE").unwrap();
        assert!(matches!(&d.value, DefValue::Literal(v) if v == "\"certs/root.pem\""));
        assert!(s.lookup("app/client.py", "N").is_none()); // not a certificate value
        assert!(s.lookup("other/x.py", "CA_FILE").is_none()); // not imported
        let d = s.lookup("client.go", "rootPEM").unwrap(); // same package
        assert!(matches!(&d.value, DefValue::Literal(v) if v == "\"root.pem\""));
        // A certificate inside a call, not a definition, is not indexed under the last name.
        let mut t = Symbols::default();
        let py = "x = 1\nctx.load_verify_locations(cadata=\"-----BEGIN CERTIFICATE-----\")\n";
        index(&mut t, "a.py", py, &[(py.find("-----").unwrap(), &facts)]);
        assert!(t.is_empty());
    }

    #[test]
    fn parameter_sources_and_calls() {
        let java = "class Trust {\n    static SSLContext fromPem(String pem) throws IOException\n    {\n        try (InputStream in = new ByteArrayInputStream(pem.getBytes()))\n        {\n            return fromStream(in);\n        }\n    }\n\n    private static SSLContext fromStream(InputStream stream) throws CertificateException, IOException, KeyStoreException, NoSuchAlgorithmException\n    {\n        Collection<? extends Certificate> certs = factory.generateCertificates(stream);\n        return context(certs);\n    }\n\n    private static SSLContext context(Collection<? extends Certificate> certificates)\n    {\n        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());\n        for (Certificate c : certificates)\n        {\n            ks.setCertificateEntry(\"ca\", c);\n        }\n        return null;\n    }\n}\n";
        let at = java.find("ks.setCertificateEntry").unwrap();
        let c = &mut Cache::default();
        assert_eq!(
            parameter_source(java, "c", at, c),
            Some(("context".to_owned(), 0))
        );
        let call = java.find("context(certs)").unwrap();
        assert_eq!(
            parameter_source(java, "certs", call, c),
            Some(("fromStream".to_owned(), 0))
        );
        let call = java.find("fromStream(in)").unwrap();
        assert_eq!(
            parameter_source(java, "in", call, c),
            Some(("fromPem".to_owned(), 0))
        );
        let found = calls(java, "context");
        assert_eq!(found.len(), 1, "the definition is not a call");
        assert_eq!(found[0].1[0].1, "certs");
        assert_eq!(calls(java, "fromStream").len(), 1);
    }
}
