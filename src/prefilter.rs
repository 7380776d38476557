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
    /// Rules that run without a keyword (certificate-file rules).
    always: Vec<usize>,
    rule_count: usize,
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
            always,
            rule_count: rules.len(),
        }
    }

    /// Fill `hits` (one flag per rule) for `bytes`; true when any keyword occurred.
    pub fn scan(&self, bytes: &[u8], hits: &mut Vec<bool>) -> bool {
        hits.clear();
        hits.resize(self.rule_count, false);
        let mut any = false;
        if let Some(ac) = &self.automaton {
            let mut seen = vec![false; self.keyword_rules.len()];
            let mut remaining = seen.len();
            for m in ac.find_overlapping_iter(bytes) {
                let k = m.pattern().as_usize();
                if !seen[k] && self.bounded(k, bytes, m.start(), m.end()) {
                    seen[k] = true;
                    any = true;
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
        any
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
            assert!(!pf.scan(b"fn main() { println!(\"hello\"); }", &mut hits));
            assert!(pf.scan(b"x = \"SHA256/abc\"", &mut hits));
            let spki = rules.index_of("PIN101").unwrap();
            assert!(hits[spki]);
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
