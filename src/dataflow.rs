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

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

/// Offsets of `name` in `text` as a whole identifier (not part of a longer one); none for
/// an empty name.
fn word_occurrences<'a>(text: &'a str, name: &'a str) -> impl Iterator<Item = usize> + 'a {
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
        all.iter()
            .rev()
            .find(|(pos, _)| *pos < before)
            .or_else(|| all.iter().find(|(pos, _)| *pos >= before))
            .cloned()
    }
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
        })
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
            if let Some(rhs) = macro_value(&text[i..]) {
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
        // A bracket that does not close within reach (a long byte array) names nothing.
        if rhs.is_empty() || rhs == ident || rhs.starts_with('=') || matches!(rhs, "{" | "[" | "(")
        {
            continue;
        }
        out.push((pos, rhs.to_owned()));
    }
    out
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
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in rhs.char_indices() {
        if i > 4096 {
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
                    if depth == 0 {
                        return (i >= line_end).then_some(i + 1);
                    }
                }
                _ => {}
            },
        }
        prev = c;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
