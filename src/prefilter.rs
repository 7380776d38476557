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
        let mut always = Vec::new();
        for (i, rule) in rules.rules().iter().enumerate() {
            let from_catalog = rule.engine == crate::rules::Engine::Catalog;
            if rule.keywords.is_empty() && !from_catalog {
                always.push(i);
            }
            let extra = if from_catalog { catalog_keywords } else { &[] };
            for kw in rule.keywords.iter().chain(extra) {
                let kw = kw.to_ascii_lowercase();
                if let Some(k) = keywords.iter().position(|x| *x == kw) {
                    keyword_rules[k].push(i);
                } else {
                    keywords.push(kw);
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
                if !seen[k] {
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
}
