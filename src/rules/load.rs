//! Loading rules from TOML: `RawRule` is the file's schema (unknown fields rejected),
//! `compile` validates it and builds the `Rule` (regexes, globs). Built-in rules are the
//! `rules/*.toml` files embedded at build time and go through the same loader.

use globset::Glob;
use serde::Deserialize;

use super::{
    CertScope, Confidence, Context, Engine, Kind, Matcher, QueryMatcher, RegexMatcher, Rule,
    RuleSet, Severity,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

pub(crate) use embedded::QUERY_FILES;

/// A problem with a rule file.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{file}: {message}")]
    Toml { file: String, message: String },
    #[error("{file}: rule id {id} does not match the file name (expected {id}.toml)")]
    FileName { file: String, id: String },
    #[error("{file}: invalid rule id {id:?}: ids are PIN followed by three digits")]
    BadId { file: String, id: String },
    #[error("{file}: invalid regex in `{field}`: {message}")]
    Regex {
        file: String,
        field: &'static str,
        message: String,
    },
    #[error("{file}: invalid glob {glob:?}: {message}")]
    Glob {
        file: String,
        glob: String,
        message: String,
    },
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("duplicate rule id or name {key:?}")]
    Duplicate { key: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContext {
    #[serde(default = "default_context_lines")]
    lines: usize,
    #[serde(default)]
    near: Vec<String>,
    #[serde(default)]
    not_near: Vec<String>,
    #[serde(default)]
    requires: Vec<String>,
}

fn default_context_lines() -> usize {
    1
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTests {
    #[serde(default)]
    positive: Vec<String>,
    #[serde(default)]
    negative: Vec<String>,
}

/// The on-disk schema of one rule file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    name: String,
    title: String,
    kind: Kind,
    severity: Severity,
    confidence: Confidence,
    engine: Engine,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    files: Vec<String>,
    #[serde(default)]
    exclude_files: Vec<String>,
    #[serde(default)]
    keywords: Vec<String>,
    pattern: Option<String>,
    value_matches: Option<String>,
    /// Regex rules: the value must not match this (a system bundle among CA files).
    value_not_matches: Option<String>,
    /// Regex rules: the value is string literals joined by concatenation; their contents,
    /// joined, are the value that `value_matches` checks and the finding names.
    #[serde(default)]
    join_literals: bool,
    /// Certificate rules: `embedded`, `file` or `bundle`.
    scope: Option<CertScope>,
    /// Query rules: a reported callback's body (same file) must match one of these.
    #[serde(default)]
    callback_body: Vec<String>,
    context: Option<RawContext>,
    message: String,
    advice: String,
    help: String,
    #[serde(default)]
    tests: RawTests,
}

fn alternation(
    file: &str,
    field: &'static str,
    parts: &[String],
) -> Result<Option<super::LazyRegex>, RuleError> {
    if parts.is_empty() {
        return Ok(None);
    }
    let joined = parts
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    check_syntax(file, field, &joined)?;
    Ok(Some(super::LazyRegex::new(&joined)))
}

/// Reject a regex with bad syntax at load time; compiling it waits for its first use.
fn check_syntax(file: &str, field: &'static str, pattern: &str) -> Result<(), RuleError> {
    regex_syntax::ast::parse::Parser::new()
        .parse(pattern)
        .map(|_| ())
        .map_err(|e| RuleError::Regex {
            file: file.to_owned(),
            field,
            message: e.to_string(),
        })
}

fn globset(file: &str, globs: &[String]) -> Result<Option<super::FileGlobs>, RuleError> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(globs.len());
    for g in globs {
        let glob = globset::GlobBuilder::new(g)
            .case_insensitive(true)
            .literal_separator(false)
            .build()
            .or_else(|_| Glob::new(g))
            .map_err(|e| RuleError::Glob {
                file: file.to_owned(),
                glob: g.clone(),
                message: e.to_string(),
            })?;
        out.push(glob);
    }
    Ok(Some(super::FileGlobs::new(out)))
}

fn valid_id(id: &str) -> bool {
    id.len() == 6 && id.starts_with("PIN") && id[3..].bytes().all(|b| b.is_ascii_digit())
}

/// Parse and compile one rule file. `file` names it in errors.
pub fn parse_rule(file: &str, text: &str) -> Result<Rule, RuleError> {
    let raw: RawRule = toml::from_str(text).map_err(|e| RuleError::Toml {
        file: file.to_owned(),
        message: e.to_string(),
    })?;
    if !valid_id(&raw.id) {
        return Err(RuleError::BadId {
            file: file.to_owned(),
            id: raw.id,
        });
    }
    let stem = file
        .rsplit('/')
        .next()
        .unwrap_or(file)
        .trim_end_matches(".toml");
    if stem != raw.id {
        return Err(RuleError::FileName {
            file: file.to_owned(),
            id: raw.id,
        });
    }
    let invalid = |message: &str| RuleError::Invalid {
        file: file.to_owned(),
        message: message.to_owned(),
    };
    if raw.name.is_empty()
        || !raw
            .name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(invalid("`name` must be kebab-case"));
    }
    if raw.keywords.iter().any(String::is_empty) {
        return Err(invalid("`keywords` must not contain empty strings"));
    }
    if raw.engine != Engine::Regex
        && (raw.pattern.is_some()
            || raw.value_matches.is_some()
            || raw.value_not_matches.is_some()
            || raw.context.is_some()
            || raw.join_literals)
    {
        return Err(invalid(
            "only regex rules take a `pattern`, `value_matches`, `value_not_matches` or `context`",
        ));
    }
    if raw.engine != Engine::Query && !raw.callback_body.is_empty() {
        return Err(invalid("only query rules take a `callback_body`"));
    }
    if raw.engine != Engine::Cert && raw.scope.is_some() {
        return Err(invalid("only certificate rules take a `scope`"));
    }
    if !matches!(raw.engine, Engine::Cert | Engine::Catalog | Engine::Pass)
        && raw.keywords.is_empty()
    {
        return Err(invalid(
            "`keywords` is required: the prefilter needs at least one literal",
        ));
    }
    let mut languages = raw.languages;
    if raw.engine == Engine::Query {
        if !languages.is_empty() {
            return Err(invalid(
                "query rules take their languages from their query files (queries/<language>/<id>.scm): remove `languages`",
            ));
        }
        languages = query_languages(&raw.id);
        if languages.is_empty() {
            return Err(invalid(&format!(
                "query rule without a query file: add queries/<language>/{}.scm",
                raw.id
            )));
        }
    }
    let matcher = match raw.engine {
        Engine::Regex => {
            let Some(pattern) = &raw.pattern else {
                return Err(invalid("regex rules need a `pattern`"));
            };
            // Checked for syntax now (cheap); compiled on first use (can be costly).
            check_syntax(file, "pattern", pattern)?;
            let value_matches = match raw.value_matches.as_deref() {
                Some(p) => {
                    check_syntax(file, "value_matches", p)?;
                    Some(super::LazyRegex::new(p))
                }
                None => None,
            };
            let value_not_matches = match raw.value_not_matches.as_deref() {
                Some(p) => {
                    check_syntax(file, "value_not_matches", p)?;
                    Some(super::LazyRegex::new(p))
                }
                None => None,
            };
            let context = match raw.context {
                Some(c) => Some(Context {
                    lines: c.lines,
                    near: alternation(file, "context.near", &c.near)?,
                    not_near: alternation(file, "context.not_near", &c.not_near)?,
                    requires: alternation(file, "context.requires", &c.requires)?,
                }),
                None => None,
            };
            Matcher::Regex(Box::new(RegexMatcher {
                pattern: super::LazyRegex::new(pattern),
                value_matches,
                value_not_matches,
                context,
                join_literals: raw.join_literals,
            }))
        }
        Engine::Query => Matcher::Query(QueryMatcher {
            callback_body: alternation(file, "callback_body", &raw.callback_body)?,
        }),
        Engine::Catalog => Matcher::Catalog,
        Engine::Pass => Matcher::Pass,
        Engine::Cert => Matcher::Cert(raw.scope.ok_or_else(|| {
            invalid("certificate rules need a `scope`: embedded, file or bundle")
        })?),
    };
    Ok(Rule {
        files: globset(file, &raw.files)?,
        exclude_files: globset(file, &raw.exclude_files)?,
        id: raw.id,
        name: raw.name,
        title: raw.title,
        kind: raw.kind,
        severity: raw.severity,
        confidence: raw.confidence,
        matcher,
        languages,
        keywords: raw.keywords,
        message: raw.message,
        advice: raw.advice,
        help: raw.help,
        positive: raw.tests.positive,
        negative: raw.tests.negative,
    })
}

/// The languages (names of `queries/<language>/`) that have a query file for rule `id`,
/// in name order.
fn query_languages(id: &str) -> Vec<String> {
    let file = format!("{id}.scm");
    let mut langs: Vec<String> = QUERY_FILES
        .iter()
        .filter(|(_, f, _)| *f == file)
        .map(|(l, _, _)| (*l).to_owned())
        .collect();
    langs.sort();
    langs.dedup();
    langs
}

/// The built-in rules, compiled.
pub fn load_builtin() -> Result<RuleSet, RuleError> {
    let rules = embedded::RULE_FILES
        .iter()
        .map(|(name, text)| parse_rule(name, text))
        .collect::<Result<Vec<_>, _>>()?;
    RuleSet::new(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// File globs compile into their set on first use: every built-in rule's must build.
    #[test]
    fn builtin_file_globs_build() {
        let set = load_builtin().unwrap();
        let mut n = 0;
        for r in set.rules() {
            for g in [&r.files, &r.exclude_files].into_iter().flatten() {
                g.check().unwrap_or_else(|e| panic!("{}: {e}", r.id));
                n += 1;
            }
        }
        assert!(n > 0);
    }

    #[test]
    fn builtin_rules_load_and_ids_match_file_names() {
        let set = load_builtin().unwrap();
        assert!(
            set.len() >= 5,
            "expected the built-in rules, got {}",
            set.len()
        );
        for (name, _) in embedded::RULE_FILES {
            let id = name.trim_end_matches(".toml");
            assert!(set.find(id).is_some(), "{name} did not load as {id}");
        }
    }

    #[test]
    fn every_builtin_pattern_compiles() {
        let set = load_builtin().unwrap();
        for r in set.rules() {
            if let Some(m) = r.regex() {
                let p = &m.pattern;
                assert!(p.get().is_ok(), "{}: {:?}", r.id, p.get().err());
            }
        }
    }

    #[test]
    fn unknown_field_is_an_error_naming_it() {
        let text = r#"
id = "PIN999"
name = "x"
title = "t"
kind = "thumbprint"
severity = "warning"
confidence = "low"
engine = "regex"
keywords = ["x"]
pattern = "x"
message = "m"
advice = "a"
help = "h"
severty = "error"
"#;
        let err = parse_rule("PIN999.toml", text).unwrap_err().to_string();
        assert!(
            err.contains("PIN999.toml") && err.contains("severty"),
            "{err}"
        );
    }

    /// A rule file of `engine` with `extra` lines, as `PIN<id>.toml`.
    fn rule_text(id: &str, engine: &str, extra: &str) -> String {
        format!(
            "id = \"{id}\"\nname = \"x\"\ntitle = \"t\"\nkind = \"embedded-cert\"\nseverity = \"warning\"\nconfidence = \"low\"\nengine = \"{engine}\"\nkeywords = [\"x\"]\nmessage = \"m\"\nadvice = \"a\"\nhelp = \"h\"\n{extra}"
        )
    }

    #[test]
    fn query_rule_languages_come_from_query_files() {
        let set = load_builtin().unwrap();
        let r = set.find("PIN110").unwrap();
        assert_eq!(r.languages, ["java", "kotlin"]);
        // A query rule that lists languages itself, or has no query file, is an error.
        let err = parse_rule(
            "PIN110.toml",
            &rule_text("PIN110", "query", "languages = [\"java\"]\n"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("remove `languages`"), "{err}");
        let err = parse_rule("PIN997.toml", &rule_text("PIN997", "query", ""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("queries/<language>/PIN997.scm"), "{err}");
    }

    #[test]
    fn cert_rules_need_a_scope_and_only_they_take_one() {
        let r = parse_rule(
            "PIN996.toml",
            &rule_text("PIN996", "cert", "scope = \"bundle\"\n"),
        )
        .unwrap();
        assert_eq!(r.cert_scope(), Some(CertScope::Bundle));
        assert_eq!(r.engine(), Engine::Cert);
        let err = parse_rule("PIN996.toml", &rule_text("PIN996", "cert", ""))
            .unwrap_err()
            .to_string();
        assert!(err.contains("need a `scope`"), "{err}");
        let err = parse_rule(
            "PIN996.toml",
            &rule_text("PIN996", "regex", "pattern = \"x\"\nscope = \"file\"\n"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("only certificate rules take a `scope`"),
            "{err}"
        );
        let err = parse_rule(
            "PIN996.toml",
            &rule_text("PIN996", "catalog", "pattern = \"x\"\n"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("only regex rules take a `pattern`"), "{err}");
        let err = parse_rule(
            "PIN996.toml",
            &rule_text(
                "PIN996",
                "regex",
                "pattern = \"x\"\ncallback_body = [\"y\"]\n",
            ),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("only query rules take a `callback_body`"),
            "{err}"
        );
    }

    #[test]
    fn file_name_must_equal_id() {
        let text = r#"
id = "PIN998"
name = "x"
title = "t"
kind = "thumbprint"
severity = "warning"
confidence = "low"
engine = "regex"
keywords = ["x"]
pattern = "x"
message = "m"
advice = "a"
help = "h"
"#;
        assert!(matches!(
            parse_rule("PIN997.toml", text),
            Err(RuleError::FileName { .. })
        ));
        assert!(parse_rule("PIN998.toml", text).is_ok());
    }
}

#[cfg(test)]
mod keyword_tests {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};

    /// Literals (lowercased) one of which every match of `pattern` starts with; `None`
    /// when there is no finite set.
    fn prefixes(pattern: &str) -> Option<Vec<String>> {
        let hir = regex_syntax::parse(&pattern.replace("(?i)", "")).ok()?;
        let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
        Some(
            seq.literals()?
                .iter()
                .map(|l| String::from_utf8_lossy(l.as_bytes()).to_ascii_lowercase())
                .collect(),
        )
    }

    /// The prefilter must let through every file a rule can report in: either every
    /// literal its `near` needs, or every prefix of its `pattern`, contains (case aside)
    /// one of the rule's keywords.
    #[test]
    fn keywords_are_necessary_for_a_match() {
        let mut problems = Vec::new();
        for (file, src) in super::embedded::RULE_FILES {
            let doc: toml::Value = toml::from_str(src).unwrap();
            let keywords: Vec<String> = doc
                .get("keywords")
                .and_then(|k| k.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|k| k.as_str())
                        .map(|k| k.replace("\\b", "").to_ascii_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            if doc.get("engine").and_then(|e| e.as_str()) != Some("regex") {
                continue;
            }
            let covered = |lits: &Option<Vec<String>>| {
                lits.as_ref().is_some_and(|l| {
                    l.iter()
                        .all(|l| keywords.iter().any(|k| l.contains(k.as_str())))
                })
            };
            let near: Vec<&str> = doc
                .get("context")
                .and_then(|c| c.get("near"))
                .and_then(|n| n.as_array())
                .map(|a| a.iter().filter_map(|n| n.as_str()).collect())
                .unwrap_or_default();
            let near_ok = !near.is_empty() && near.iter().all(|n| covered(&prefixes(n)));
            let pattern = doc.get("pattern").and_then(|p| p.as_str()).unwrap_or("");
            let pattern_ok = covered(&prefixes(pattern));
            // The keyword is inside the pattern, after a prefix the extractor cannot list.
            let inner = [
                "PIN104.toml", // `CN=` within the quoted DN
                "PIN122.toml", // `NSPinnedCAIdentities` after `<key>`, a quote or indentation
                "PIN123.toml", // `NSPinnedLeafIdentities` likewise
                "PIN320.toml", // `ssl_root_cert` / `Root Certificate` after optional quotes
                "PIN323.toml", // `ServerCertificate` after a separator
                "PIN324.toml", // `Host Name In Certificate` spellings
                "PIN325.toml", // `--cacert`, `-CAfile`, ... after a separator
                "PIN350.toml", // `cafile` / `capath` after indentation or a quote
                "PIN351.toml", // `bridge_insecure` after indentation or a quote
                "PIN353.toml", // the CA-file key after indentation, `- `, `export`, `{` or `,`
                "PIN354.toml", // `trusted_certs` spellings after indentation or a quote
                "PIN360.toml", // `ssl-ca` after the server section's header
                "PIN361.toml", // `ssl-ca` after the client section's header
                "PIN362.toml", // the directive after indentation, `ca-file` on a server line
                "PIN363.toml", // the variable after `ENV`, other pairs, `- name:` or `export`
                "PIN503.toml", // `server certificate` spellings after `trust`
                "PIN504.toml", // an Azure database host name is in `requires`
                "PIN505.toml", // one keyword per alternative
            ];
            if !near_ok && !pattern_ok && !inner.contains(file) {
                problems.push(format!(
                    "{file}: neither `near` nor `pattern` needs a keyword: {:?}",
                    prefixes(pattern)
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
