//! Gates: per language and rule, the identifiers without which none of the rule's patterns
//! can match, declared in the header of the rule's query file
//! (`queries/<language>/PIN305.scm`, see `pack::parse_file`) as
//!
//! ```text
//! ;; gate: setCertificateEntry TrustManagerFactory
//! ```
//!
//! A word matches only as a whole token (its neighbours are not identifier characters at
//! an edge that is one); a trailing `*` drops the check at the end (`TLSv1*`). Words are
//! case-sensitive, as identifiers are.
//!
//! A gated rule runs only on files where one of its words occurs, and its query only looks
//! at syntax nodes that overlap an occurrence (`QueryCursor::set_byte_range`), so a 9 MB
//! bundle with one `ca:` costs one small walk instead of a full match over the tree. The
//! prefilter's keywords are shared by all languages and are case-insensitive; gates are the
//! sharper per-language second step. `tests/corpus.rs` checks that gates lose nothing.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::{Language, pack};
use crate::rules::RuleSet;

/// At most this many separate ranges per rule and file; closer ones are merged beyond it.
const MAX_RANGES: usize = 32;

#[derive(Debug)]
struct Word {
    /// Check the character after the word (false for `word*`).
    end_boundary: bool,
    rules: Vec<usize>,
}

/// One language's gates.
#[derive(Debug, Default)]
pub struct Gates {
    automaton: Option<AhoCorasick>,
    words: Vec<Word>,
    /// Rules (by index) that have a gate in this language.
    gated: Vec<bool>,
}

/// The gate words of a language's query files, as (rule id, words): the `;; gate:` lines of
/// each file's header. A file whose header does not parse has no gate here (its pack
/// reports the error when it is built), so its rule runs ungated.
pub fn declared(lang: Language) -> Vec<(String, Vec<String>)> {
    pack::embedded(lang)
        .into_iter()
        .filter_map(|(file, text)| pack::parse_file(lang.name(), file, text).ok())
        .filter(|qf| !qf.gate.is_empty())
        .map(|qf| {
            (
                qf.rule.to_owned(),
                qf.gate.iter().map(|w| (*w).to_owned()).collect(),
            )
        })
        .collect()
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$'
}

impl Gates {
    pub fn new(lang: Language, rules: &RuleSet) -> Gates {
        let mut patterns: Vec<String> = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut gated = vec![false; rules.len()];
        for (id, list) in declared(lang) {
            // Gates of rules that are not loaded (disabled) are simply unused.
            let Some(rule) = rules.index_of(&id) else {
                continue;
            };
            gated[rule] = true;
            for w in list {
                let (text, end_boundary) = match w.strip_suffix('*') {
                    Some(t) => (t.to_owned(), false),
                    None => (w, true),
                };
                if text.is_empty() {
                    continue;
                }
                let same =
                    |i: &usize| patterns[*i] == text && words[*i].end_boundary == end_boundary;
                if let Some(i) = (0..patterns.len()).find(same) {
                    words[i].rules.push(rule);
                } else {
                    patterns.push(text);
                    words.push(Word {
                        end_boundary,
                        rules: vec![rule],
                    });
                }
            }
        }
        let automaton = (!patterns.is_empty())
            .then(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .ok()
            })
            .flatten();
        Gates {
            automaton,
            words,
            gated,
        }
    }

    /// Whether `rule` has a gate in this language.
    pub fn is_gated(&self, rule: usize) -> bool {
        self.gated.get(rule).copied().unwrap_or(false)
    }

    /// Occurrences of each gated rule's words in `text`, as byte ranges per rule index
    /// (`out[rule]`), merged to at most `MAX_RANGES` per rule.
    pub fn hits(&self, text: &[u8], out: &mut Vec<Vec<Range<usize>>>) {
        out.iter_mut().for_each(Vec::clear);
        out.resize_with(self.gated.len(), Vec::new);
        let Some(ac) = &self.automaton else {
            return;
        };
        for m in ac.find_overlapping_iter(text) {
            let word = &self.words[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            let starts_ok = s == 0 || !is_ident(text[s]) || !is_ident(text[s - 1]);
            let ends_ok = !word.end_boundary
                || e == text.len()
                || !is_ident(text[e - 1])
                || !is_ident(text[e]);
            if starts_ok && ends_ok {
                for &r in &word.rules {
                    out[r].push(s..e);
                }
            }
        }
        for ranges in out.iter_mut() {
            merge(ranges);
        }
    }
}

/// Sort and merge overlapping ranges; then, while there are more than `MAX_RANGES`, join
/// the ones with the smallest gaps.
fn merge(ranges: &mut Vec<Range<usize>>) {
    if ranges.len() < 2 {
        return;
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges.drain(..) {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    if merged.len() > MAX_RANGES {
        let mut gaps: Vec<usize> = merged.windows(2).map(|w| w[1].start - w[0].end).collect();
        gaps.sort_unstable();
        // Join every gap up to the threshold that leaves at most MAX_RANGES ranges.
        let threshold = gaps[gaps.len() + 1 - MAX_RANGES];
        let mut joined: Vec<Range<usize>> = Vec::with_capacity(MAX_RANGES);
        for r in merged {
            match joined.last_mut() {
                Some(last) if r.start - last.end <= threshold => last.end = r.end,
                _ => joined.push(r),
            }
        }
        merged = joined;
    }
    *ranges = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn java() -> Language {
        Language::from_name("java").unwrap()
    }

    #[test]
    fn merge_joins_overlaps_and_caps_the_count() {
        let mut r = vec![5..8, 0..2, 1..3];
        merge(&mut r);
        assert_eq!(r, vec![0..3, 5..8]);
        let mut many: Vec<Range<usize>> = (0..100).map(|i| i * 10..i * 10 + 2).collect();
        many.push(5000..5002);
        merge(&mut many);
        assert!(many.len() <= MAX_RANGES, "{}", many.len());
        assert_eq!(many.first().map(|r| r.start), Some(0));
        assert_eq!(many.last().map(|r| r.end), Some(5002));
    }

    #[test]
    fn words_match_whole_tokens() {
        let rules = crate::rules::load_builtin().unwrap();
        let gates = Gates::new(java(), &rules);
        let Some(r) = (0..rules.len()).find(|&r| gates.is_gated(r)) else {
            return;
        };
        let (_, words) = declared(java())
            .into_iter()
            .find(|(id, _)| *id == rules.get(r).id)
            .unwrap();
        let word = words[0].trim_end_matches('*');
        let mut out = Vec::new();
        gates.hits(format!("x.{word}(y)").as_bytes(), &mut out);
        assert_eq!(out[r].len(), 1);
        gates.hits(format!("x.a{word}(y)").as_bytes(), &mut out);
        assert!(out[r].is_empty());
    }
}
