//! Opt-in guards: is a statement that switches certificate verification off reached only
//! when someone asked for it? `if (skipSslValidation) { ... }`, `else` of `if verified:`,
//! `Security::Insecure => ...`, `x = CERT_NONE if insecure else CERT_REQUIRED`, a default
//! that the next lines override (`flags = VERIFY_NONE` / `if self.verify: flags = ...`), or
//! a trust-all implementation inside a type or function whose name says so
//! (`InsecureTrustManagerFactory`, `NoVerifier`, `createTrustAllManager`). A library that
//! implements `verify=False` and a tool's `--insecure` flag are options, not pins; the
//! places that choose them are what to fix.
//!
//! Text only, by indentation: each enclosing block's header is the nearest line above with
//! less indentation. Bounded: at most [`MAX_LINES`] lines above and [`MAX_LEVELS`] blocks.

use regex::Regex;
use std::sync::OnceLock;

/// How far above the statement headers are looked for.
const MAX_LINES: usize = 80;
/// How many enclosing blocks are looked at.
const MAX_LEVELS: usize = 6;

/// Words of a condition that asks for no verification, matched on one identifier in
/// snake case (`noCertificateCheck` is `no_certificate_check`).
fn option_words() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"insecure|verif|validat|(?:^|_)skip_(?:\w+_)?(?:ssl|tls|cert|verif|host)|(?:^|_)no_(?:\w+_)?check|nocheck|(?:cert|certificate|ssl|tls)_check|trust_(?:all|any|every)|allow_(?:insecure|invalid|untrusted|self|any)|accept_(?:invalid|untrusted|all|any)|ignore_(?:\w+_)?(?:https|ssl|tls|cert)|https_errors|disable_(?:\w+_)?(?:ssl|tls|cert)|bypass_(?:\w+_)?(?:ssl|tls|cert|verif)|unsafe|danger|strict_ssl|reject_unauthorized|cert_reqs|check_hostname|assert_hostname|self_signed|emulator",
        )
        .ok()
    })
    .as_ref()
}

/// A name that says the type or function trusts everything (on the name in snake case).
fn permissive_name() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?:^|_)(?:insecure|trust_(?:all|any|every)|all_trusting|trusting|no_?(?:check|verif\w*|op)|noop|dummy|skip|disabled?|accept_(?:all|any|invalid)|permissive|naive|lenient|relaxed|blind|unsafe|danger\w*|allow_all|fake|null)(?:_|$)",
        )
        .ok()
    })
    .as_ref()
}

/// `noCertificateCheck` → `no_certificate_check`, `SSL_INSECURE` → `ssl_insecure`.
fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    let mut prev_lower = false;
    for c in name.chars() {
        if c.is_uppercase() && prev_lower {
            out.push('_');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        out.extend(c.to_lowercase());
    }
    out
}

/// The first identifier (dotted: `properties.isSkipSslValidation`) of `hay` with a word of
/// an option that asks for no verification.
fn option_in(hay: &str) -> Option<String> {
    static IDENT: OnceLock<Option<Regex>> = OnceLock::new();
    let ident = IDENT
        .get_or_init(|| Regex::new(r"[A-Za-z_$][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)*").ok())
        .as_ref()?;
    let words = option_words()?;
    ident
        .find_iter(hay)
        .take(64)
        .find(|m| {
            m.as_str()
                .split(['.', ':', '-', '>', '?'])
                .any(|part| words.is_match(&snake(part)))
        })
        .map(|m| m.as_str().to_owned())
}

/// Words of a server that checks its clients' certificates.
fn server_side() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\bclient_?cert(?:ificate)?s?_?(?:auth\w*|required|mode|validation|allowed)\b|\bclientAuth\b|\bServerCredentials\b|\bSslServerAuthenticationOptions\b|\bHttpsConnectionAdapterOptions\b|\bforServer\s*\(|\bwith_client_cert_verifier\b|\bClientCertVerifier\b",
        )
        .ok()
    })
    .as_ref()
}

/// `NAME = module.NAME`: a constant given its own name.
fn alias() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^([A-Za-z_]\w*)\s*(?::\s*[\w.]+\s*)?=\s*[\w.]*\.([A-Za-z_]\w*)\s*,?$").ok()
    })
    .as_ref()
}

/// The header of a conditional: `if`, `elif`, `else if`, `unless`, `when`, `case`, `match`.
fn conditional() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:\}\s*)?(?:if\b|elif\b|else\s+if\b|unless\b|when\b|case\b|match\b|switch\b|\#if)",
        )
        .ok()
    })
    .as_ref()
}

/// A declaration that ends the walk: a type or a function, with its name.
fn declaration() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:(?:pub(?:\([^)]*\))?|public|private|protected|internal|static|final|abstract|sealed|open|override|async|export|default|unsafe|inline|data|partial|readonly|virtual|extern|const)\s+)*(?:(?:class|struct|enum|object|interface|impl(?:<[^>]*>)?|fn|def|func|function|fun|sub)\s+(?:[\w:<>,\s]*\bfor\s+)?([A-Za-z_$][\w$]*)|[\w<>\[\],.?]+\s+([A-Za-z_$][\w$]*)\s*\([^;]*\)\s*(?:throws\s+[\w.,\s]+)?\{?\s*$|(?:(?:val|var|let|const)\s+|[\w<>\[\],.?]+\s+)([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\],.?]+\s*)?=[^=>])",
        )
        .ok()
    })
    .as_ref()
}

/// One line of the text: its byte range and indentation (tabs count as four).
struct Line<'a> {
    text: &'a str,
    indent: usize,
}

fn line_at(text: &str, start: usize) -> Line<'_> {
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let l = text[start..end].trim_end_matches('\r');
    let indent = l
        .chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    Line { text: l, indent }
}

/// Why a statement that switches verification off is an option, not a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Guard {
    /// It runs only when this condition holds (`skipSslValidation`, `insecure`).
    Condition(String),
    /// It is inside this type or function, named as verifying nothing.
    Named(String),
    /// It gives a constant another name (`VERIFY_NONE = SSL.VERIFY_NONE` in an enum).
    Alias(String),
    /// It is a server's check of its clients' certificates (`ClientCertificateRequired`,
    /// `ServerCredentials`, `clientCertAuth`): no TLS client trusts less or more by it.
    ServerSide(String),
}

impl Guard {
    /// The words for the finding's message.
    pub fn describe(&self) -> String {
        match self {
            Guard::Condition(c) => format!(
                "verification is off only when `{c}` asks for it, an opt-in: reported as a note"
            ),
            Guard::Named(n) => format!(
                "inside `{n}`, which is named as verifying nothing: its uses are reported where \
                 they choose it; this definition is a note"
            ),
            Guard::ServerSide(w) => format!(
                "a server's check of client certificates (`{w}`), not a client's trust in a \
                 server: reported as a note"
            ),
            Guard::Alias(n) => format!(
                "defines `{n}` as a name for the setting: its uses are reported where they \
                 choose it; this definition is a note"
            ),
        }
    }
}

/// Whether the statement at byte `pos` only runs behind an option that asks for no
/// verification, or sits in a type or function named as verifying nothing.
pub fn opt_in(text: &str, pos: usize) -> Option<Guard> {
    let (names, cond, decl) = (permissive_name()?, conditional()?, declaration()?);
    let pos = crate::finding::floor_char_boundary(text, pos.min(text.len()));
    let mut starts: Vec<usize> = Vec::new(); // line starts, from the statement's upwards
    let mut at = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    starts.push(at);
    while starts.len() <= MAX_LINES && at > 0 {
        at = text[..at - 1].rfind('\n').map_or(0, |i| i + 1);
        starts.push(at);
    }
    let own = line_at(text, starts[0]);
    let own_text = own.text.trim();
    if let Some(c) = alias()?.captures(own_text)
        && c.get(1).map(|m| m.as_str()) == c.get(2).map(|m| m.as_str())
    {
        return Some(Guard::Alias(c[1].to_owned()));
    }
    // A type declared on the statement's own line: `impl ServerCertVerifier for NoVerifier {`.
    // Only types: a function or a variable named `unsafe` (`getUnsafeOkHttpClient()`, a
    // `trustAllCerts` array) is an application using what it builds, still a warning.
    if let Some(c) = decl.captures(own_text)
        && let Some(name) = c.get(1)
        && declares_type(own_text)
        && names.is_match(&snake(name.as_str()))
    {
        return Some(Guard::Named(name.as_str().to_owned()));
    }
    // The statement's start: a line that continues one above (`? a : b`, `.trustManager(`,
    // `|| x`) is read with up to three lines before it.
    let mut first = 0;
    while first + 1 < starts.len() && first < 3 {
        let t = line_at(text, starts[first]).text.trim_start();
        if !["?", ":", ".", "||", "&&"].iter().any(|p| t.starts_with(p)) {
            break;
        }
        first += 1;
    }
    let before_pos = &text[starts[first]..pos];
    // A server checking its clients: the statement and the few lines before it, or an
    // enclosing condition, name client-certificate authentication or server credentials.
    {
        let lo = starts[first.max(3).min(starts.len() - 1)];
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if let Some(m) = server_side()?.find(&text[lo..end]) {
            return Some(Guard::ServerSide(m.as_str().to_owned()));
        }
    }
    // On the statement's own line: `... if insecure else ...`, `insecure ? A : B`,
    // `Security::Insecure => builder.danger_accept_invalid_certs(true)`, `if not verify: ...`.
    for sep in ["=>", "->", "? ", " if ", "if "] {
        let Some(i) = before_pos.rfind(sep) else {
            continue;
        };
        // A ternary's `?` stands after white space (not `x?.y`, `String?`).
        if sep == "? " && !before_pos[..i].ends_with(char::is_whitespace) {
            continue;
        }
        let head = &before_pos[..i];
        // An arm's pattern (`Security::Insecure =>`, `Mode.INSECURE ->`), not a lambda's
        // parameters or an assignment (`verifier = (a, b) =>`, `hostnameVerifier { _, _ ->`).
        if matches!(sep, "=>" | "->") && head.contains(['=', '(', '{', ',']) {
            continue;
        }
        if let Some(w) = option_in(head) {
            return Some(Guard::Condition(w));
        }
    }
    if let Some(i) = own_text
        .find(" if ")
        .filter(|_| own_text.contains(" else "))
        && let Some(w) = option_in(&own_text[i..])
    {
        return Some(Guard::Condition(w));
    }
    // A default the next lines override: `flags = VERIFY_NONE` then `if self.verify:`.
    let after: String = text[pos..]
        .lines()
        .skip(1)
        .take(3)
        .collect::<Vec<_>>()
        .join("\n");
    for l in after.lines() {
        let t = l.trim_start();
        if cond.is_match(t)
            && let Some(w) = option_in(t)
        {
            return Some(Guard::Condition(w));
        }
    }
    // The enclosing blocks.
    let mut indent = own.indent;
    let mut levels = 0;
    let mut at_line = 1;
    while at_line < starts.len() && levels < MAX_LEVELS {
        let line = line_at(text, starts[at_line]);
        let t = line.text.trim();
        if t.is_empty() || line.indent >= indent || is_comment(t) {
            at_line += 1;
            continue;
        }
        // A header: gather a multi-line condition (`if (\n a ||\n b\n) {`) from the line
        // above with the same indentation that opens it.
        let mut header = t.to_owned();
        if t.starts_with(')') || t.starts_with("):") {
            let mut j = at_line + 1;
            while j < starts.len() && j < at_line + 12 {
                let above = line_at(text, starts[j]);
                header = format!("{} {header}", above.text.trim());
                if above.indent <= line.indent {
                    break;
                }
                j += 1;
            }
        }
        levels += 1;
        indent = line.indent;
        if cond.is_match(&header) || header.starts_with("} else") || header.starts_with("else") {
            if let Some(w) = option_in(&header) {
                return Some(Guard::Condition(w));
            }
            if header.starts_with("} else") || header.starts_with("else") {
                // The `if` this `else` belongs to: the nearest line above at the same
                // indentation that opens a conditional.
                let mut j = at_line + 1;
                while j < starts.len() {
                    let above = line_at(text, starts[j]);
                    let a = above.text.trim();
                    if !a.is_empty() && above.indent < line.indent {
                        break;
                    }
                    if above.indent == line.indent && cond.is_match(a) {
                        if let Some(w) = option_in(a) {
                            return Some(Guard::Condition(w));
                        }
                        if !a.starts_with('}') && !a.starts_with("elif") {
                            break;
                        }
                    }
                    j += 1;
                }
            }
        } else if let Some(c) = decl.captures(&header) {
            let name = c
                .get(1)
                .or_else(|| c.get(2))
                .or_else(|| c.get(3))
                .map_or("", |m| m.as_str());
            if c.get(1).is_some() && declares_type(&header) && names.is_match(&snake(name)) {
                return Some(Guard::Named(name.to_owned()));
            }
            // A function's parameters may name the option; a type ends the walk.
            if header.contains("class ") || header.contains("struct ") || header.contains("impl") {
                break;
            }
        } else if let Some(arm) = header.find("=>").or_else(|| header.find("->"))
            && let Some(w) = option_in(&header[..arm])
        {
            return Some(Guard::Condition(w));
        }
        at_line += 1;
    }
    None
}

/// Whether a declaration line declares a type (a class, struct, enum, object, interface,
/// trait or an `impl`), the shape of a library's facility.
fn declares_type(line: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:class|struct|enum|object|interface|trait|record|impl)\b").ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(line))
}

fn is_comment(t: &str) -> bool {
    t.starts_with("//") || t.starts_with('#') || t.starts_with("/*") || t.starts_with('*')
}

/// Whether a file makes certificates: a script that runs `openssl req`, `openssl x509
/// -req`, `openssl ca`, `keytool -genkeypair`, `New-SelfSignedCertificate`, `cfssl gencert`,
/// `step certificate create`, `mkcert`; or code that builds one (`pem.createCertificate`,
/// `forge.pki.createCertificate`, `x509.CertificateBuilder()`, `x509.CreateCertificate(`,
/// `X509v3CertificateBuilder`, `CreateSelfSigned(`, `generate_simple_self_signed`).
/// What such a file names (subjects, serials, CA files, the certificates it writes) is what
/// it makes, not what a client trusts. Returns whether it is a script (every finding there
/// is a note) or code (the certificate's own fields are).
pub fn makes_certificates(path: &str, text: &str) -> Option<Maker> {
    static SCRIPT: OnceLock<Option<Regex>> = OnceLock::new();
    static CODE: OnceLock<Option<Regex>> = OnceLock::new();
    if is_script(path) {
        let re = SCRIPT
            .get_or_init(|| {
                Regex::new(
                    r"(?im)\bopenssl\s+(?:req\b|x509\s[^\n]*-req\b|ca\s|genrsa\b|genpkey\b|ecparam\s[^\n]*-genkey)|\bkeytool\s[^\n]*-gen(?:keypair|key|cert)\b|New-SelfSignedCertificate\b|\bcfssl\s+gencert\b|\bstep\s+certificate\s+create\b|^\s*mkcert\s|\bmakecert(?:\.exe)?\s",
                )
                .ok()
            })
            .as_ref()?;
        return re.is_match(text).then_some(Maker::Script);
    }
    let re = CODE
        .get_or_init(|| {
            Regex::new(
                r"\bpem\.createCertificate\(|\bpki\.createCertificate\(|\bselfsigned\.generate\(|\bx509\.CertificateBuilder\(|\bx509\.CreateCertificate\(|\bX509v3CertificateBuilder\b|\bJcaX509v3CertificateBuilder\b|\.CreateSelfSigned\(|\bgenerate_simple_self_signed\(|\bCertificateParams::new\(|\bX509Req\b|\bcrypto\.X509\(\)",
            )
            .ok()
        })
        .as_ref()?;
    re.is_match(text).then_some(Maker::Code)
}

/// Whether a path is a shell, PowerShell or batch script, or a Makefile.
pub fn is_script(path: &str) -> bool {
    let file = path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let ext = file.rsplit_once('.').map_or("", |(_, e)| e);
    matches!(ext, "sh" | "bash" | "zsh" | "ps1" | "psm1" | "bat" | "cmd")
        || file == "makefile"
        || ext == "mk"
}

/// Whether byte `pos` is on a line that prints a message (`echo`, `printf`, `Write-Host`,
/// `Write-Output`, `@echo`): text for a person.
pub fn in_message(text: &str, pos: usize) -> bool {
    let pos = crate::finding::floor_char_boundary(text, pos.min(text.len()));
    let start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..]
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start();
    let lower = line.to_ascii_lowercase();
    [
        "echo ",
        "echo\t",
        "@echo ",
        "printf ",
        "write-host ",
        "write-output ",
        "write-warning ",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// What kind of file makes certificates (see [`makes_certificates`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Maker {
    /// A shell, PowerShell or batch script, or a Makefile.
    Script,
    /// Source code that builds certificates.
    Code,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> Option<Guard> {
        opt_in(text, text.find(needle).expect(needle))
    }

    #[test]
    fn guarded_by_a_condition() {
        let py = "def make(verified):\n    if verified:\n        ctx = ssl.create_default_context()\n    else:\n        ctx = ssl.SSLContext()\n        ctx.check_hostname = False\n        ctx.verify_mode = ssl.CERT_NONE\n";
        assert!(at(py, "ssl.CERT_NONE").is_some());
        let java = "class Config {\n    void build(Builder b) {\n        if (properties.isSkipSslValidation()) {\n            b.trustManager(InsecureTrustManagerFactory.INSTANCE);\n        }\n    }\n}\n";
        assert!(at(java, "InsecureTrustManagerFactory").is_some());
        let ts = "function f(params) {\n  if (params.ignoreHTTPSErrors || defaults.ignoreHTTPSErrors)\n    options.rejectUnauthorized = false;\n}\n";
        assert!(at(ts, "options.rejectUnauthorized").is_some());
        let rs = "let b = match security {\n    Security::Secure => b,\n    Security::Insecure => b.danger_accept_invalid_certs(true),\n};\n";
        assert!(at(rs, "danger_accept").is_some());
        let multi = "    if (\n        a\n        or assert_hostname is False\n    ):\n        context.check_hostname = False\n";
        assert!(at(multi, "context.check_hostname").is_some());
        let twisted = "        verifyFlags = SSL.VERIFY_NONE\n        if self.verify:\n            verifyFlags = SSL.VERIFY_PEER\n";
        assert!(at(twisted, "SSL.VERIFY_NONE").is_some());
        let ternary = "mode = ssl.CERT_NONE if insecure else ssl.CERT_REQUIRED\n";
        assert!(at(ternary, "ssl.CERT_NONE").is_some());
        let java = "        HostnameVerifier v = this.properties.isVerifyHostname()\n                ? HttpsSupport.getDefaultHostnameVerifier() : NoopHostnameVerifier.INSTANCE;\n";
        assert!(at(java, "NoopHostnameVerifier").is_some());
        let kt = "    private fun createInsecureHostnameVerifier(): HostnameVerifier = HostnameVerifier { _, _ -> true }\n";
        assert!(at(kt, "true }").is_none());
        let py = "class Verify(Enum):\n    VERIFY_NONE = SSL.VERIFY_NONE\n";
        assert_eq!(
            at(py, "SSL.VERIFY_NONE"),
            Some(Guard::Alias("VERIFY_NONE".into()))
        );
    }

    #[test]
    fn named_as_insecure() {
        let java = "public final class InsecureTrustManagerFactory {\n    private static final TrustManager tm = new X509TrustManager() {\n        @Override\n        public void checkServerTrusted(X509Certificate[] chain, String s) {\n        }\n    };\n}\n";
        assert!(at(java, "checkServerTrusted").is_some());
        let rs = "impl ServerCertVerifier for NoVerifier {\n    fn verify_server_cert(&self) -> Result<ServerCertVerified, Error> {\n        Ok(ServerCertVerified::assertion())\n    }\n}\n";
        assert!(at(rs, "Ok(ServerCertVerified").is_some());
    }

    #[test]
    fn words_of_names() {
        assert_eq!(snake("noCertificateCheck"), "no_certificate_check");
        assert!(option_in("if (factory.noCertificateCheck) {").is_some());
        assert!(option_in("if (timeout > 0) {").is_none());
        let names = permissive_name().unwrap();
        for n in [
            "NoCheckTrustManager",
            "HttpsInsecureClient",
            "TrustAllCerts",
            "DisabledHostnameVerifier",
            "SkipX509TrustManager",
        ] {
            assert!(names.is_match(&snake(n)), "{n}");
        }
        for n in [
            "HttpSnoopClient",
            "CheckedVerifier",
            "Skipper",
            "TrustManagerFactory",
        ] {
            assert!(!names.is_match(&snake(n)), "{n}");
        }
    }

    #[test]
    fn named_functions_and_constants_stay() {
        let java = "class P {\n    static final TrustManager[] INSECURE_TRUST_MANAGERS = new TrustManager[] { new X509TrustManager() {\n        @Override\n        public void checkServerTrusted(X509Certificate[] c, String a) {\n        }\n    } };\n}\n";
        // A constant or a function named as insecure is used where it is: still reported.
        assert_eq!(at(java, "checkServerTrusted"), None);
        let android = "class MainActivity {\n    private static OkHttpClient getUnsafeOkHttpClient() {\n        final TrustManager[] trustAllCerts = new TrustManager[] { new X509TrustManager() {\n            public void checkServerTrusted(X509Certificate[] c, String a) {\n            }\n        } };\n    }\n}\n";
        assert_eq!(at(android, "checkServerTrusted"), None);
    }

    #[test]
    fn server_side_checks_of_clients() {
        let cs = "            options.ClientCertificateRequired = true;\n            options.RemoteCertificateValidationCallback = (_, c, ch, e) => true;\n";
        assert!(matches!(
            at(cs, "(_, c, ch, e)"),
            Some(Guard::ServerSide(_))
        ));
        let java = "        ServerCredentials credentials = ServerCredentials.get(ssl, bundles,\n                InsecureTrustManagerFactory.INSTANCE);\n";
        assert!(matches!(
            at(java, "InsecureTrustManagerFactory"),
            Some(Guard::ServerSide(_))
        ));
    }

    #[test]
    fn unconditional_stays() {
        let py = "def fetch(url):\n    return requests.get(url, verify=False)\n";
        assert_eq!(at(py, "verify=False"), None);
        let java = "class Client {\n    void build(Builder b) {\n        if (timeout > 0) {\n            b.trustManager(InsecureTrustManagerFactory.INSTANCE);\n        }\n    }\n}\n";
        assert_eq!(at(java, "InsecureTrustManagerFactory"), None);
        let cs = "class Settings {\n    public Settings() {\n        handler.ServerCertificateCustomValidationCallback = (a, b, c, d) => true;\n    }\n}\n";
        assert_eq!(at(cs, "(a, b, c, d) => true"), None);
        let go = "func client() *http.Client {\n\treturn &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}\n}\n";
        assert_eq!(at(go, "InsecureSkipVerify"), None);
    }

    #[test]
    fn messages_of_scripts() {
        let sh = "if [ -z \"$X\" ]; then\n  echo \"  -Dssl.trustStore.location=/tmp/trust.jks\"\nfi\nexport CA=/etc/ca.pem\n";
        assert!(in_message(sh, sh.find("/tmp/trust.jks").unwrap()));
        assert!(!in_message(sh, sh.find("/etc/ca.pem").unwrap()));
        assert!(is_script("bin/zkServer.sh") && !is_script("src/main.rs"));
    }

    #[test]
    fn certificate_makers() {
        let sh =
            "#!/bin/sh\nopenssl req -new -x509 -key ca.key -out ca.pem -subj '/CN=Test Root'\n";
        assert_eq!(
            makes_certificates("tools/certGen.sh", sh),
            Some(Maker::Script)
        );
        let ps = "$cert = New-SelfSignedCertificate -Subject 'CN=Azure IoT Test Root'\n";
        assert_eq!(
            makes_certificates("tools/ca-certs.ps1", ps),
            Some(Maker::Script)
        );
        let js = "const pem = require('pem');\npem.createCertificate({ commonName: 'Test Root' }, cb);\n";
        assert_eq!(
            makes_certificates("tools/create_test_cert.js", js),
            Some(Maker::Code)
        );
        let curl = "curl --cacert /etc/ssl/contoso-root.pem https://api.contoso.example\n";
        assert_eq!(makes_certificates("deploy.sh", curl), None);
        let verify = "openssl verify -CAfile root.pem leaf.pem\nopenssl s_client -connect h:443\n";
        assert_eq!(makes_certificates("check.sh", verify), None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", "\n\n", "é", "    x\n  }\n) {\nif"] {
            for p in 0..=t.len() + 2 {
                let _ = opt_in(t, p);
            }
        }
    }
}
