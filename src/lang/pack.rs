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

/// Whether the language has any query patterns at all.
pub fn has_queries(lang: Language) -> bool {
    QUERY_FILES.iter().any(|(l, _, _)| *l == lang.name())
}

/// Compile a language's pack against `rules`.
pub fn build(lang: Language, rules: &RuleSet) -> Result<Pack, PackError> {
    let (text, files) = sources(lang);
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
        if rule.engine != Engine::Query || !rule.languages.iter().any(|l| l == lang.name()) {
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
                if r.engine == Engine::Query
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
