//! The prefilter: one Aho-Corasick automaton over every active rule's keywords, run once
//! over a file's raw bytes. Only rules whose keyword occurs run; a file with no keyword
//! at all is never decoded further or parsed.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::rules::RuleSet;

/// Keyword automaton plus keyword -> rules table.
#[derive(Debug)]
pub struct Prefilter {
    automaton: Option<AhoCorasick>,
    /// For each keyword (automaton pattern id), the rules it triggers.
    keyword_rules: Vec<Vec<usize>>,
    /// For each keyword, whether it must start / end at a word boundary (`\bpin\b`).
    bounds: Vec<(bool, bool)>,
    /// For each keyword, whether it is one of `dataflow::DEFINES_KEYWORDS` (the file may
    /// define a symbol worth indexing), so that the symbol index needs no pass of its own.
    defines: Vec<bool>,
    /// Rules that run without a keyword (certificate-file rules).
    always: Vec<usize>,
    rule_count: usize,
}

/// What one pass of the prefilter saw in a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Seen {
    /// A keyword of some rule occurred (`hits` says which rules).
    pub any: bool,
    /// One of `dataflow::DEFINES_KEYWORDS` occurred.
    pub defines: bool,
}

impl Prefilter {
    /// `catalog_keywords` are the keywords of `catalog`-engine rules (derived from the CA
    /// catalog rather than written in the rule). `dfa`: build the faster, slower-to-build
    /// DFA (for scans of many files) instead of a contiguous NFA.
    pub fn new(rules: &RuleSet, catalog_keywords: &[String], dfa: bool) -> Prefilter {
        let mut keywords: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        let mut bounds: Vec<(bool, bool)> = Vec::new();
        let mut index: std::collections::HashMap<(String, (bool, bool)), usize> =
            std::collections::HashMap::new();
        let mut always = Vec::new();
        for (i, rule) in rules.rules().iter().enumerate() {
            let from_catalog = rule.engine() == crate::rules::Engine::Catalog;
            if rule.keywords.is_empty()
                && !from_catalog
                && rule.engine() != crate::rules::Engine::Pass
            {
                always.push(i);
            }
            let extra = if from_catalog { catalog_keywords } else { &[] };
            for kw in rule.keywords.iter().chain(extra) {
                let (kw, bound) = split_bounds(kw);
                let kw = kw.to_ascii_lowercase();
                if let Some(&k) = index.get(&(kw.clone(), bound)) {
                    keyword_rules[k].push(i);
                } else {
                    index.insert((kw.clone(), bound), keywords.len());
                    keywords.push(kw);
                    bounds.push(bound);
                    keyword_rules.push(vec![i]);
                }
            }
        }
        let mut defines = vec![false; keywords.len()];
        for kw in crate::dataflow::DEFINES_KEYWORDS {
            let kw = kw.to_ascii_lowercase();
            if let Some(&k) = index.get(&(kw.clone(), (false, false))) {
                defines[k] = true;
            } else {
                keywords.push(kw);
                bounds.push((false, false));
                keyword_rules.push(Vec::new());
                defines.push(true);
            }
        }
        let automaton = if keywords.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .kind(Some(if dfa {
                    AhoCorasickKind::DFA
                } else {
                    AhoCorasickKind::ContiguousNFA
                }))
                .build(&keywords)
                .ok()
        };
        Prefilter {
            automaton,
            keyword_rules,
            bounds,
            defines,
            always,
            rule_count: rules.len(),
        }
    }

    /// Fill `hits` (one flag per rule) for `bytes`; say whether any rule's keyword, and
    /// whether one of the symbol index's words, occurred.
    pub fn scan(&self, bytes: &[u8], hits: &mut Vec<bool>) -> Seen {
        hits.clear();
        hits.resize(self.rule_count, false);
        let mut out = Seen::default();
        if let Some(ac) = &self.automaton {
            let mut seen = vec![false; self.keyword_rules.len()];
            let mut remaining = seen.len();
            for m in ac.find_overlapping_iter(bytes) {
                let k = m.pattern().as_usize();
                if !seen[k] && self.bounded(k, bytes, m.start(), m.end()) {
                    seen[k] = true;
                    out.any |= !self.keyword_rules[k].is_empty();
                    out.defines |= self.defines[k];
                    for &r in &self.keyword_rules[k] {
                        hits[r] = true;
                    }
                    remaining -= 1;
                    if remaining == 0 {
                        break;
                    }
                }
            }
        }
        for &r in &self.always {
            hits[r] = true;
        }
        out
    }
}

/// A keyword written `\bword`, `word\b` or `\bword\b` must start / end at a word
/// boundary (as in regex: between `[A-Za-z0-9_]` and anything else): `\bserial\b` is
/// not triggered by `serialize`.
fn split_bounds(kw: &str) -> (&str, (bool, bool)) {
    let (kw, start) = match kw.strip_prefix("\\b") {
        Some(k) => (k, true),
        None => (kw, false),
    };
    let (kw, end) = match kw.strip_suffix("\\b") {
        Some(k) => (k, true),
        None => (kw, false),
    };
    (kw, (start, end))
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Prefilter {
    fn bounded(&self, k: usize, bytes: &[u8], start: usize, end: usize) -> bool {
        let (need_start, need_end) = self.bounds[k];
        let at = |i: usize| bytes.get(i).copied().is_some_and(is_word);
        let start_ok = !need_start || start == 0 || at(start - 1) != at(start);
        let end_ok = !need_end || end == 0 || at(end - 1) != at(end);
        start_ok && end_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_builtin;

    #[test]
    fn no_keyword_no_hit() {
        let rules = load_builtin().unwrap();
        for dfa in [false, true] {
            let pf = Prefilter::new(&rules, &[], dfa);
            let mut hits = Vec::new();
            assert!(
                !pf.scan(b"fn main() { println!(\"hello\"); }", &mut hits)
                    .any
            );
            assert!(pf.scan(b"x = \"SHA256/abc\"", &mut hits).any);
            let spki = rules.index_of("PIN101").unwrap();
            assert!(hits[spki]);
        }
    }

    #[test]
    fn the_symbol_words_come_from_the_same_pass() {
        let rules = load_builtin().unwrap();
        let pf = Prefilter::new(&rules, &[], true);
        let mut hits = Vec::new();
        let seen = pf.scan(b"ROOT = 'certs/Root.PEM'", &mut hits);
        // No rule's keyword: only the rules that run without one are set.
        assert_eq!(
            seen,
            Seen {
                any: false,
                defines: true
            }
        );
        let always: Vec<usize> = (0..hits.len()).filter(|&r| hits[r]).collect();
        assert_eq!(always, pf.always);
        for text in [
            &b"x = 'sha256/abc'"[..],
            b"//go:embed a.crt",
            b"a = 1",
            b"pem cert der",
        ] {
            let seen = pf.scan(text, &mut hits);
            assert_eq!(
                seen.defines,
                crate::dataflow::may_define_symbols(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn bounded_keywords_need_word_edges() {
        let rules = load_builtin().unwrap();
        let pf = Prefilter::new(&rules, &[], false);
        assert_eq!(split_bounds("\\bserial\\b"), ("serial", (true, true)));
        let mut hits = Vec::new();
        let serial = rules.index_of("PIN103").unwrap();
        pf.scan(b"let x = serialize(y); deserialized", &mut hits);
        assert!(!hits[serial]);
        pf.scan(b"if cert.serial == 0x1234abcd {", &mut hits);
        assert!(hits[serial]);
        pf.scan(b"cert.getSerialNumber()", &mut hits);
        assert!(hits[serial]);
    }
}
