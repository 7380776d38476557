//! Gates: per language and rule, the identifiers without which none of the rule's patterns
//! can match, declared in the header of the rule's query file
//! (`queries/<language>/PIN305.scm`, see `pack::parse_file`) as
//!
//! ```text
//! ;; gate: setCertificateEntry TrustManagerFactory
//! ```
//!
//! A word matches only as a whole token (its neighbours are not identifier characters at
//! an edge that is one); a trailing `*` drops the check at the end (`TLSv1*`), a leading
//! `*` the check at the start (`*HostnameVerifier` also in `setHostnameVerifier`). Words
//! are case-sensitive, as identifiers are; a leading `~` makes one match in any ASCII case
//! (`~*hostnameverifier`). A trailing `=` keeps only occurrences that are given a value:
//! followed, after an optional closing quote or `]` and white space, by `:` or by `=` that
//! is not `==` (`verify=` for `verify=False`, `s.verify = x`, `{"verify": x}`).
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

/// Files from this size on have their comments lexed so that gate words there do not count:
/// in a smaller file, parsing it costs little more than lexing it would.
const LEX_COMMENTS_FROM: usize = 32 * 1024;

// The marks are independent switches read off the word as written.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    /// The word as written, without its marks; compared exactly unless `any_case`.
    text: String,
    /// Check the character before the word (false for `*word`).
    start_boundary: bool,
    /// Check the character after the word (false for `word*`).
    end_boundary: bool,
    /// `~word`: any ASCII case.
    any_case: bool,
    /// `word=`: only where the word is given a value.
    assigned: bool,
    rules: Vec<usize>,
}

impl Word {
    /// Parse a gate word with its marks (`~`, leading and trailing `*`, trailing `=`).
    fn parse(w: &str) -> Word {
        let (w, any_case) = w.strip_prefix('~').map_or((w, false), |w| (w, true));
        let (w, start_boundary) = w.strip_prefix('*').map_or((w, true), |w| (w, false));
        let (w, assigned) = w.strip_suffix('=').map_or((w, false), |w| (w, true));
        let (w, end_boundary) = w.strip_suffix('*').map_or((w, true), |w| (w, false));
        Word {
            text: w.to_owned(),
            start_boundary,
            end_boundary,
            any_case,
            assigned,
            rules: Vec::new(),
        }
    }

    fn same_word(&self, other: &Word) -> bool {
        Word {
            rules: Vec::new(),
            ..self.clone()
        } == Word {
            rules: Vec::new(),
            ..other.clone()
        }
    }

    /// Whether the automaton's match `s..e` (found in any case when some word is `~`) is
    /// an occurrence of this word.
    fn occurs(&self, text: &[u8], s: usize, e: usize) -> bool {
        let case_ok = self.any_case || &text[s..e] == self.text.as_bytes();
        let starts_ok =
            !self.start_boundary || s == 0 || !is_ident(text[s]) || !is_ident(text[s - 1]);
        let ends_ok =
            !self.end_boundary || e == text.len() || !is_ident(text[e - 1]) || !is_ident(text[e]);
        case_ok && starts_ok && ends_ok && (!self.assigned || given_a_value(&text[e..]))
    }
}

/// Whether `rest` (the text after a word) gives the word a value: an optional closing
/// quote and `]`, white space (bounded), then `:` or a `=` that is not `==`.
fn given_a_value(rest: &[u8]) -> bool {
    let mut i = 0;
    if matches!(rest.first(), Some(b'"' | b'\'')) {
        i += 1;
    }
    if rest.get(i) == Some(&b']') {
        i += 1;
    }
    let limit = i + 64;
    while i < rest.len().min(limit) && rest[i].is_ascii_whitespace() {
        i += 1;
    }
    match rest.get(i) {
        Some(b':') => true,
        Some(b'=') => rest.get(i + 1) != Some(&b'='),
        _ => false,
    }
}

/// One language's gates.
#[derive(Debug, Default)]
pub struct Gates {
    /// The language (its comments hold no gate words); `None` in an empty set.
    lang: Option<Language>,
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
        let mut words: Vec<Word> = Vec::new();
        let mut gated = vec![false; rules.len()];
        for (id, list) in declared(lang) {
            // Gates of rules that are not loaded (disabled) are simply unused.
            let Some(rule) = rules.index_of(&id) else {
                continue;
            };
            gated[rule] = true;
            for w in list {
                let word = Word::parse(&w);
                if word.text.is_empty() {
                    continue;
                }
                if let Some(known) = words.iter_mut().find(|k| k.same_word(&word)) {
                    known.rules.push(rule);
                } else {
                    words.push(Word {
                        rules: vec![rule],
                        ..word
                    });
                }
            }
        }
        // One pass: in any case when some word wants that (the others are then compared
        // exactly, `Word::occurs`).
        let any_case = words.iter().any(|w| w.any_case);
        let automaton = (!words.is_empty())
            .then(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .ascii_case_insensitive(any_case)
                    .build(words.iter().map(|w| &w.text))
                    .ok()
            })
            .flatten();
        Gates {
            lang: Some(lang),
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
    /// (`out[rule]`), merged to at most `MAX_RANGES` per rule. In a file of
    /// `LEX_COMMENTS_FROM` bytes or more, an occurrence inside a comment does not count: a
    /// gate word is an identifier, a key or a string the patterns test, and a comment is
    /// none of these ("certain" in a comment is not `~*cert*`). Either way is sound; the
    /// size only decides whether lexing is worth its cost.
    pub fn hits(&self, text: &[u8], out: &mut Vec<Vec<Range<usize>>>) {
        out.iter_mut().for_each(Vec::clear);
        out.resize_with(self.gated.len(), Vec::new);
        let Some(ac) = &self.automaton else {
            return;
        };
        // Comments, lexed when the first occurrence is found (none in a small file).
        let lex = text.len() >= LEX_COMMENTS_FROM;
        let mut comments: Option<Vec<Range<usize>>> = None;
        for m in ac.find_overlapping_iter(text) {
            let word = &self.words[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            if word.occurs(text, s, e) {
                let comments = comments.get_or_insert_with(|| {
                    let text = if lex {
                        std::str::from_utf8(text).ok()
                    } else {
                        None
                    };
                    match (self.lang, text) {
                        (Some(lang), Some(t)) => {
                            super::testcode::comments(t, lang).unwrap_or_default()
                        }
                        _ => Vec::new(),
                    }
                });
                let i = comments.partition_point(|c| c.start <= s);
                if i > 0 && comments[i - 1].end >= e {
                    continue;
                }
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
    fn word_marks() {
        let hits = |word: &str, text: &str| {
            let w = Word::parse(word);
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build([&w.text])
                .unwrap();
            let t = text.as_bytes();
            ac.find_overlapping_iter(t)
                .filter(|m| w.occurs(t, m.start(), m.end()))
                .count()
        };
        assert_eq!(hits("verify", "x.verify(a) Verify verifying"), 1);
        assert_eq!(hits("verify*", "verifying reverify"), 1);
        assert_eq!(hits("*Verifier", "HostnameVerifier Verifier verifier"), 2);
        assert_eq!(
            hits(
                "~*hostnameverifier",
                "setHostNameVerifier(x) hostnameVerifierX"
            ),
            1
        );
        let given = "f(verify=False) s.verify = x {'verify': 1} o[\"verify\"] = 2";
        assert_eq!(hits("verify=", given), 4);
        let not_given = "s.verify(x) if verify == 1: verify, verify\n";
        assert_eq!(hits("verify=", not_given), 0);
        assert_eq!(hits("~ssl_verify=", "SSL_VERIFY=0"), 1);
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

    #[test]
    fn words_in_comments_do_not_count() {
        let rules = crate::rules::load_builtin().unwrap();
        let js = Language::from_name("javascript").unwrap();
        let gates = Gates::new(js, &rules);
        let r = rules.index_of("PIN111").unwrap();
        assert!(gates.is_gated(r));
        let mut out = Vec::new();
        // `~*cert*`: "certain" in comments is not a word of the code.
        // Comments are lexed in large files only.
        let big = |t: &str| format!("{t}{}", " ".repeat(LEX_COMMENTS_FROM));
        let comments = "// certain renderers\n/* uncertain\n certain */ f(a);\n";
        gates.hits(comments.as_bytes(), &mut out);
        assert_eq!(out[r].len(), 3, "{:?}", out[r]);
        gates.hits(big(comments).as_bytes(), &mut out);
        assert!(out[r].is_empty(), "{:?}", out[r]);
        // The same word in code, or in a string, counts.
        let code = "// certain\nconst certain = 1; f('certs');\n";
        gates.hits(big(code).as_bytes(), &mut out);
        assert_eq!(out[r].len(), 2, "{:?}", out[r]);
        assert!(out[r].iter().all(|h| h.start > "// certain".len()));
        // Python's `#` comments too; a docstring is a string and counts.
        let py = Language::from_name("python").unwrap();
        let gates = Gates::new(py, &rules);
        let r = rules.index_of("PIN306").unwrap();
        let (_, words) = declared(py)
            .into_iter()
            .find(|(id, _)| id == "PIN306")
            .unwrap();
        let word = words[0]
            .trim_start_matches('~')
            .trim_matches('*')
            .trim_end_matches('=');
        gates.hits(big(&format!("# {word}=1\n")).as_bytes(), &mut out);
        assert!(out[r].is_empty(), "{word}: {:?}", out[r]);
        gates.hits(big(&format!("\"\"\"{word}=1\"\"\"\n")).as_bytes(), &mut out);
        assert_eq!(out[r].len(), 1, "{word}");
    }
}
