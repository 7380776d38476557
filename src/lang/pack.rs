//! Query packs: a language's `queries/<language>/*.scm` files concatenated into one
//! tree-sitter `Query`, with each pattern's rule (`(#set! pinscan.rule "PIN301")`)
//! resolved once, so one cursor pass serves every rule of the language. Captures:
//! `@pin` is the reported node, `@pin.value` the value it names, `@pin.start` (optional)
//! where the span starts instead; helper captures start with `_`. Anything else is a load error.

use tree_sitter::Query;

use super::Language;
use crate::rules::{Engine, RuleSet, load::QUERY_FILES};

/// A problem in a query pack.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("queries/{lang}: {message}")]
    Query { lang: &'static str, message: String },
    #[error("queries/{lang}/{file}: pattern at byte {offset}: {message}")]
    Pattern {
        lang: &'static str,
        file: String,
        offset: usize,
        message: String,
    },
}

/// One language's compiled queries.
#[derive(Debug)]
pub struct Pack {
    pub query: Query,
    /// Rule index (into the `RuleSet`) of each pattern.
    pub pattern_rule: Vec<usize>,
    pub pin: u32,
    pub value: Option<u32>,
    /// `@pin.start`: where the reported span starts when not at `@pin` (a method name in a chain).
    pub start: Option<u32>,
    /// Rule indices served by this pack (for the prefilter).
    pub rules: Vec<usize>,
}

/// The embedded `.scm` files of a language, in file-name order, with their start offsets.
fn sources(lang: Language) -> (String, Vec<(usize, &'static str)>) {
    let mut text = String::new();
    let mut files = Vec::new();
    for (l, file, src) in QUERY_FILES {
        if *l == lang.name() {
            files.push((text.len(), *file));
            text.push_str(src);
            text.push('\n');
        }
    }
    (text, files)
}

fn file_at(files: &[(usize, &'static str)], offset: usize) -> String {
    files
        .iter()
        .rev()
        .find(|(start, _)| *start <= offset)
        .map_or_else(String::new, |(_, f)| (*f).to_owned())
}

/// The top-level patterns of a query source, with their byte offsets (comments, strings
/// and nested brackets are skipped).
pub fn split_patterns(text: &str) -> Vec<(usize, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut depth, mut start) = (0, 0i32, 0);
    while i < bytes.len() {
        match bytes[i] {
            b';' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            b')' | b']' => {
                depth -= 1;
                if depth == 0 {
                    // A pattern may carry trailing captures and quantifiers: `(...) @pin`.
                    let mut end = i + 1;
                    loop {
                        let rest = &text[end..];
                        let trimmed = rest.trim_start_matches([' ', '\t']);
                        let skip = rest.len() - trimmed.len();
                        if trimmed.starts_with('@') {
                            let len = trimmed
                                .find(|c: char| c.is_whitespace() || c == '(' || c == ')')
                                .unwrap_or(trimmed.len());
                            end += skip + len;
                        } else if trimmed.starts_with(['*', '+', '?']) {
                            end += skip + 1;
                        } else {
                            break;
                        }
                    }
                    out.push((start, &text[start..end]));
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The rule a pattern names with `(#set! pinscan.rule "PIN301")`.
pub fn rule_of(pattern: &str) -> Option<&str> {
    let at = pattern.find("pinscan.rule")?;
    let rest = &pattern[at..];
    let open = rest.find('"')? + 1;
    let close = rest[open..].find('"')? + open;
    Some(&rest[open..close])
}

/// The rules that have patterns for `lang`, by index (no query is compiled).
pub fn rules_with_patterns(lang: Language, rules: &RuleSet) -> Vec<usize> {
    let (text, _) = sources(lang);
    let mut out: Vec<usize> = split_patterns(&text)
        .into_iter()
        .filter_map(|(_, p)| rule_of(p).and_then(|id| rules.index_of(id)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether the language has any query patterns at all.
pub fn has_queries(lang: Language) -> bool {
    QUERY_FILES.iter().any(|(l, _, _)| *l == lang.name())
}

/// Compile a language's whole pack against `rules` (every pattern of every rule).
pub fn build(lang: Language, rules: &RuleSet) -> Result<Pack, PackError> {
    build_for(lang, rules, None)
}

/// Compile the patterns of one rule (`Some(index)`) or of all rules for `lang`. Scans
/// compile per rule, lazily, so a file only pays for the rules its keywords triggered.
pub fn build_for(lang: Language, rules: &RuleSet, only: Option<usize>) -> Result<Pack, PackError> {
    let (all, all_files) = sources(lang);
    let (text, files) = match only {
        None => (all, all_files),
        Some(rule) => {
            let id = rules.get(rule).id.as_str();
            let mut text = String::new();
            let mut files = Vec::new();
            for (offset, pattern) in split_patterns(&all) {
                if rule_of(pattern) == Some(id) {
                    let name = all_files
                        .iter()
                        .rev()
                        .find(|(s, _)| *s <= offset)
                        .map_or("", |(_, f)| *f);
                    files.push((text.len(), name));
                    text.push_str(pattern);
                    text.push('\n');
                }
            }
            (text, files)
        }
    };
    let query = Query::new(&lang.grammar(), &text).map_err(|e| PackError::Query {
        lang: lang.name(),
        message: format!("{} (row {}, column {})", e.message, e.row + 1, e.column + 1),
    })?;
    let pin = query
        .capture_index_for_name("pin")
        .ok_or_else(|| PackError::Query {
            lang: lang.name(),
            message: "no pattern captures @pin".to_owned(),
        })?;
    let value = query.capture_index_for_name("pin.value");
    let start = query.capture_index_for_name("pin.start");
    for name in query.capture_names() {
        if !(matches!(*name, "pin" | "pin.value" | "pin.start") || name.starts_with('_')) {
            return Err(PackError::Query {
                lang: lang.name(),
                message: format!(
                    "unknown capture @{name}: use @pin, @pin.value, @pin.start or a name starting with `_`"
                ),
            });
        }
    }
    let mut pattern_rule = Vec::with_capacity(query.pattern_count());
    for i in 0..query.pattern_count() {
        let offset = query.start_byte_for_pattern(i);
        let perr = |message: String| PackError::Pattern {
            lang: lang.name(),
            file: file_at(&files, offset),
            offset,
            message,
        };
        let id = query
            .property_settings(i)
            .iter()
            .find(|p| &*p.key == "pinscan.rule")
            .and_then(|p| p.value.as_deref())
            .ok_or_else(|| perr("pattern has no (#set! pinscan.rule \"PIN...\")".to_owned()))?;
        let idx = rules
            .index_of(id)
            .ok_or_else(|| perr(format!("unknown rule {id}")))?;
        let rule = rules.get(idx);
        if rule.engine() != Engine::Query || !rule.languages.iter().any(|l| l == lang.name()) {
            return Err(perr(format!(
                "rule {id} is not a query rule for {}",
                lang.name()
            )));
        }
        pattern_rule.push(idx);
    }
    let mut served = pattern_rule.clone();
    served.sort_unstable();
    served.dedup();
    Ok(Pack {
        query,
        pattern_rule,
        pin,
        value,
        start,
        rules: served,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_builtin;

    #[test]
    fn every_pack_compiles() {
        let rules = load_builtin().unwrap();
        for lang in Language::ALL {
            if has_queries(lang) {
                let pack = build(lang, &rules).unwrap_or_else(|e| panic!("{e}"));
                assert!(pack.query.pattern_count() > 0);
            }
        }
    }

    #[test]
    fn every_query_rule_has_a_pattern_in_each_of_its_languages() {
        let rules = load_builtin().unwrap();
        let mut missing = Vec::new();
        for lang in Language::ALL {
            let served = if has_queries(lang) {
                build(lang, &rules).unwrap().rules
            } else {
                Vec::new()
            };
            for (i, r) in rules.rules().iter().enumerate() {
                if r.engine() == Engine::Query
                    && r.languages.iter().any(|l| l == lang.name())
                    && !served.contains(&i)
                {
                    missing.push(format!(
                        "{} has no pattern in queries/{}/",
                        r.id,
                        lang.name()
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }
}

#[cfg(test)]
mod timing {
    use super::*;
    use crate::rules::load_builtin;

    /// `cargo test --release --lib pack_compile_times -- --ignored --nocapture`
    #[test]
    #[ignore = "measurement, not a check"]
    #[allow(clippy::print_stdout)]
    fn pack_compile_times() {
        let rules = load_builtin().unwrap();
        for lang in Language::ALL {
            for r in rules_with_patterns(lang, &rules) {
                let t = std::time::Instant::now();
                let p = build_for(lang, &rules, Some(r)).unwrap();
                println!(
                    "{:>8.1} ms {} {} ({} patterns)",
                    t.elapsed().as_secs_f64() * 1000.0,
                    lang.name(),
                    rules.get(r).id,
                    p.query.pattern_count()
                );
            }
        }
    }

    /// Compile time of each pattern alone, for the packs named in `PINSCAN_PACKS`
    /// (`typescript:PIN302,java:PIN110`):
    /// `PINSCAN_PACKS=typescript:PIN302 cargo test --release --lib pattern_compile_times -- --ignored --nocapture`
    #[test]
    #[ignore = "measurement, not a check"]
    #[allow(clippy::print_stdout)]
    fn pattern_compile_times() {
        let wanted = std::env::var("PINSCAN_PACKS").unwrap_or_default();
        for item in wanted.split(',').filter(|s| !s.is_empty()) {
            let Some((lang, id)) = item.split_once(':') else {
                continue;
            };
            let Some(lang) = Language::from_name(lang) else {
                continue;
            };
            let (text, _) = sources(lang);
            for (offset, pattern) in split_patterns(&text) {
                if rule_of(pattern) != Some(id) {
                    continue;
                }
                let t = std::time::Instant::now();
                let ok = Query::new(&lang.grammar(), pattern).is_ok();
                println!(
                    "{:>8.1} ms {} {id} pattern at byte {offset} ({} bytes, compiles: {ok})",
                    t.elapsed().as_secs_f64() * 1000.0,
                    lang.name(),
                    pattern.len()
                );
            }
        }
    }
}
