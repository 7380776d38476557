//! The rule registry: what a rule is once compiled (`Rule`), the enums every finding
//! carries (`Severity`, `Confidence`, `Kind`, `Engine`), and `RuleSet`, the immutable
//! collection shared by every worker thread. Rules are data (`rules/*.toml`), loaded by
//! `load`; the engines that run them are in `engine/`.

pub mod load;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use load::{RuleError, load_builtin};

/// How bad a finding is (SARIF levels). Ordered: `Note < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure pinscan is that the finding is real pinning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// What was found (the kinds table in `docs/ARCHITECTURE.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Thumbprint,
    SpkiHash,
    PublicKey,
    Serial,
    SubjectDn,
    EmbeddedCert,
    NarrowTrustStore,
    CustomVerify,
    PinConfig,
    VerificationDisabled,
    DeprecatedTls,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Thumbprint => "thumbprint",
            Kind::SpkiHash => "spki-hash",
            Kind::PublicKey => "public-key",
            Kind::Serial => "serial",
            Kind::SubjectDn => "subject-dn",
            Kind::EmbeddedCert => "embedded-cert",
            Kind::NarrowTrustStore => "narrow-trust-store",
            Kind::CustomVerify => "custom-verify",
            Kind::PinConfig => "pin-config",
            Kind::VerificationDisabled => "verification-disabled",
            Kind::DeprecatedTls => "deprecated-tls",
        }
    }
}

/// Which engine runs a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    /// A regular expression over the text of any file the rule's globs/languages allow.
    Regex,
    /// Patterns in `queries/<language>/<id>.scm`.
    Query,
    /// Certificate files parsed as certificates (PEM/DER/PKCS#7).
    Cert,
    /// Literals that are a catalog CA's thumbprint or SPKI hash (keywords come from the catalog).
    Catalog,
    /// Made by a pass over other candidates (no patterns, no keywords): a call that hands a
    /// certificate to a trust-store helper.
    Pass,
}

/// A regex compiled the first time it is needed; the source is kept for errors.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    source: String,
    compiled: std::sync::OnceLock<Result<::regex::Regex, String>>,
}

impl LazyRegex {
    pub fn new(source: &str) -> LazyRegex {
        LazyRegex {
            source: source.to_owned(),
            compiled: std::sync::OnceLock::new(),
        }
    }

    /// The compiled regex, or why it does not compile.
    pub fn get(&self) -> Result<&::regex::Regex, &str> {
        self.compiled
            .get_or_init(|| {
                ::regex::RegexBuilder::new(&ascii_word_boundaries(&self.source))
                    .size_limit(1 << 24)
                    .build()
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(String::as_str)
    }
}

/// Rewrite `\b` and `\B` as their ASCII forms. A Unicode word boundary makes the regex
/// crate's fast DFA give up at the first non-ASCII byte and fall back to a much slower
/// engine (measured in `bench/README.md`). Identifiers and hex values, which is what the
/// rules look for, are ASCII.
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(b @ ('b' | 'B')) if !in_class => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Context a regex match needs before it is reported.
#[derive(Debug, Clone)]
pub struct Context {
    /// Lines before and after the match that count as "near".
    pub lines: usize,
    /// At least one of these must match near the value (unless empty).
    pub near: Option<LazyRegex>,
    /// None of these may match near the value.
    pub not_near: Option<LazyRegex>,
    /// And at least one of these must match near the value too (certificate evidence
    /// for words such as "fingerprint" that have other meanings).
    pub requires: Option<LazyRegex>,
}

/// Which certificates a certificate-engine rule reports (`scope` in the rule file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CertScope {
    /// PEM blocks inside source or configuration files.
    Embedded,
    /// Certificate files (`.pem .crt .cer .der .p7b .p7c`).
    File,
    /// A file of many CA certificates (a system store such as certifi's `cacert.pem`): one
    /// finding for the whole file, judged as a whole and never resolved per CA; inside such
    /// a file no other finding is reported.
    Bundle,
}

impl CertScope {
    /// Whether the rule's findings describe a whole file that a trust-store finding can
    /// name (they are folded into the referring finding, see `trustfiles`).
    pub fn is_file(self) -> bool {
        matches!(self, CertScope::File | CertScope::Bundle)
    }
}

/// The regex-engine part of a rule.
#[derive(Debug, Clone)]
pub struct RegexMatcher {
    /// The pattern, compiled on first use (a scan only pays for rules its files trigger).
    pub pattern: LazyRegex,
    /// The matched value itself must match this (e.g. look like a CA name).
    pub value_matches: Option<LazyRegex>,
    /// The matched value must not match this (e.g. the system CA bundle's path).
    pub value_not_matches: Option<LazyRegex>,
    pub context: Option<Context>,
    /// The value is concatenated string literals: check and report their joined contents.
    pub join_literals: bool,
}

/// The query-engine part of a rule.
#[derive(Debug, Clone, Default)]
pub struct QueryMatcher {
    /// When a match reports an identifier that names a function defined in the same file
    /// (a verification callback), the finding stands only if that function's body matches
    /// this (`callback_body` in the rule file).
    pub callback_body: Option<LazyRegex>,
}

/// How a rule finds its candidates: the engine and what only that engine needs.
#[derive(Debug, Clone)]
pub enum Matcher {
    Regex(Box<RegexMatcher>),
    /// Patterns in `queries/<language>/<id>.scm`.
    Query(QueryMatcher),
    Cert(CertScope),
    Catalog,
    /// Made by a pass (`Engine::Pass`).
    Pass,
}

/// A rule's file globs, checked when the rule is loaded and compiled into one matcher on
/// first use (a scan of a few files does not pay for every rule's globs).
#[derive(Debug, Clone)]
pub struct FileGlobs {
    globs: Vec<globset::Glob>,
    set: std::sync::OnceLock<globset::GlobSet>,
}

impl FileGlobs {
    pub fn new(globs: Vec<globset::Glob>) -> FileGlobs {
        FileGlobs {
            globs,
            set: std::sync::OnceLock::new(),
        }
    }

    /// The compiled set (the globs were each checked on load; a set that cannot be built,
    /// which only a size limit could cause, matches nothing).
    fn set(&self) -> &globset::GlobSet {
        self.set
            .get_or_init(|| self.build().unwrap_or_else(|_| globset::GlobSet::empty()))
    }

    fn build(&self) -> Result<globset::GlobSet, globset::Error> {
        let mut b = globset::GlobSetBuilder::new();
        for g in &self.globs {
            b.add(g.clone());
        }
        b.build()
    }

    pub fn is_match(&self, path: &str) -> bool {
        self.set().is_match(path)
    }

    /// Build the set now: `Err` if it cannot be (for the rule loader's checks).
    pub fn check(&self) -> Result<(), globset::Error> {
        self.build().map(|_| ())
    }
}

/// One compiled rule: metadata shared by every engine, plus its `Matcher`.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub name: String,
    pub title: String,
    pub kind: Kind,
    pub severity: Severity,
    pub confidence: Confidence,
    pub matcher: Matcher,
    /// Languages the rule applies to; empty means every file.
    pub languages: Vec<String>,
    /// File globs the rule is limited to (matched against the file name and the path).
    pub files: Option<FileGlobs>,
    /// File globs the rule never runs on (lockfiles and the like).
    pub exclude_files: Option<FileGlobs>,
    /// Prefilter keywords (ASCII case-insensitive).
    pub keywords: Vec<String>,
    /// Message template; `{value}` is replaced by the matched value.
    pub message: String,
    /// Short, concrete advice for the finding.
    pub advice: String,
    /// Long markdown help (What it flags / Why it matters / What to do instead / References).
    pub help: String,
    pub positive: Vec<String>,
    pub negative: Vec<String>,
}

impl Rule {
    /// The engine that runs the rule.
    pub fn engine(&self) -> Engine {
        match self.matcher {
            Matcher::Regex(_) => Engine::Regex,
            Matcher::Query(_) => Engine::Query,
            Matcher::Cert(_) => Engine::Cert,
            Matcher::Catalog => Engine::Catalog,
            Matcher::Pass => Engine::Pass,
        }
    }

    /// The regex part, for regex rules.
    pub fn regex(&self) -> Option<&RegexMatcher> {
        match &self.matcher {
            Matcher::Regex(m) => Some(m),
            _ => None,
        }
    }

    /// The query part, for query rules.
    pub fn query(&self) -> Option<&QueryMatcher> {
        match &self.matcher {
            Matcher::Query(m) => Some(m),
            _ => None,
        }
    }

    /// Which certificates the rule reports, for certificate rules.
    pub fn cert_scope(&self) -> Option<CertScope> {
        match self.matcher {
            Matcher::Cert(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the rule may run on a file with this path and language.
    pub fn applies_to(&self, path: &str, file_name: &str, language: Option<&str>) -> bool {
        if let Some(ex) = &self.exclude_files
            && (ex.is_match(file_name) || ex.is_match(path))
        {
            return false;
        }
        if let Some(files) = &self.files
            && !(files.is_match(file_name) || files.is_match(path))
        {
            return false;
        }
        if self.languages.is_empty() || self.languages.iter().any(|l| l == "*") {
            return true;
        }
        language.is_some_and(|lang| self.languages.iter().any(|l| l == lang))
    }
}

/// Every active rule, in id order, with lookups by id and name.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    by_key: HashMap<String, usize>,
}

impl RuleSet {
    pub fn new(mut rules: Vec<Rule>) -> Result<RuleSet, RuleError> {
        rules.sort_by(|a, b| a.id.cmp(&b.id));
        let mut by_key = HashMap::new();
        for (i, r) in rules.iter().enumerate() {
            for key in [&r.id, &r.name] {
                if by_key.insert(key.clone(), i).is_some() {
                    return Err(RuleError::Duplicate { key: key.clone() });
                }
            }
        }
        Ok(RuleSet { rules, by_key })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    pub fn get(&self, index: usize) -> &Rule {
        &self.rules[index]
    }

    /// Index of a rule by id (`PIN101`) or name (`spki-sha256-pin`).
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    pub fn find(&self, key: &str) -> Option<&Rule> {
        self.index_of(key).map(|i| &self.rules[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_become_ascii() {
        assert_eq!(
            ascii_word_boundaries(r"\bpin\B\\b[a\]]"),
            r"(?-u:\b)pin(?-u:\B)\\b[a\]]"
        );
        let re = LazyRegex::new(r"\b[0-9a-f]{4}\b");
        let re = re.get().unwrap();
        assert!(re.is_match("é abcd é"));
        assert!(!re.is_match("xabcd"));
    }
}
