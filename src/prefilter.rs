//! The prefilter: one pass over a file's raw bytes for every active rule's keywords (and
//! the catalog digests' heads, and the symbol index's words). Only rules whose keyword
//! occurs run; a file with no keyword at all is never decoded further or parsed.
//!
//! The pass is a gram filter (`Grams`), not an Aho-Corasick automaton: with ~3,000
//! keywords the automaton's table does not stay in cache and each byte waits for the
//! previous one's state (~400 MB/s); the filter does one hash and one bit test per byte,
//! independent of each other, and finds exactly the same occurrences.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::rules::RuleSet;

/// Keyword searcher plus keyword -> rules table.
#[derive(Debug)]
pub struct Prefilter {
    search: Search,
    /// Each keyword, lowercase (automaton pattern id / gram entry keyword).
    keywords: Vec<Box<[u8]>>,
    /// For each keyword, the rules it triggers.
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

/// How the keywords are looked for.
#[derive(Debug)]
enum Search {
    /// No keyword at all.
    Nothing,
    /// Every keyword is at least three bytes long: a gram filter (`Grams`).
    Grams(Box<Grams>),
    /// Some keyword is shorter: one ascii-case-insensitive Aho-Corasick automaton.
    Automaton(AhoCorasick),
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
    /// catalog rather than written in the rule). `dfa`: should the search fall back to an
    /// Aho-Corasick automaton (a keyword shorter than three bytes, possible only in a
    /// user's rule), build the faster, slower-to-build DFA (for scans of many files)
    /// instead of a contiguous NFA.
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
        let search = if keywords.is_empty() {
            Search::Nothing
        } else if keywords.iter().all(|k| k.len() >= 3) {
            Search::Grams(Box::new(Grams::new(&keywords)))
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
                .map_or(Search::Nothing, Search::Automaton)
        };
        Prefilter {
            search,
            keywords: keywords
                .into_iter()
                .map(|k| k.into_bytes().into_boxed_slice())
                .collect(),
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
        let mut found = Found {
            seen: vec![false; self.keywords.len()],
            out: Seen::default(),
            hits,
        };
        match &self.search {
            Search::Nothing => {}
            Search::Grams(grams) => grams.scan(self, bytes, &mut found),
            Search::Automaton(ac) => {
                for m in ac.find_overlapping_iter(bytes) {
                    found.keyword(self, m.pattern().as_usize(), bytes, m.start());
                }
            }
        }
        for &r in &self.always {
            found.hits[r] = true;
        }
        found.out
    }
}

/// The keywords found so far in one file.
struct Found<'h> {
    seen: Vec<bool>,
    out: Seen,
    hits: &'h mut Vec<bool>,
}

impl Found<'_> {
    /// Keyword `k` occurs at `start` (case aside): record it if its word edges hold.
    fn keyword(&mut self, pf: &Prefilter, k: usize, bytes: &[u8], start: usize) {
        let end = start + pf.keywords[k].len();
        if !self.seen[k] && pf.bounded(k, bytes, start, end) {
            self.seen[k] = true;
            self.out.any |= !pf.keyword_rules[k].is_empty();
            self.out.defines |= pf.defines[k];
            for &r in &pf.keyword_rules[k] {
                self.hits[r] = true;
            }
        }
    }
}

/// Bits of the gram filter's hash.
const GRAM_BITS: u32 = 18;
const GRAM_WORDS: usize = 1 << (GRAM_BITS - 6);

/// A gram filter: every keyword is known by one four-byte gram of it (its rarest one;
/// a three-byte keyword by itself plus each possible next byte), folded with `| 0x20` so
/// that case does not matter. The scan hashes the folded four bytes at every offset of
/// the text and looks the hash up in a bitset; only on a hit (rare: the grams are rare
/// and the set is sparse) are the keywords with that gram compared with the text. Every
/// occurrence of a keyword contains its gram at a known offset, so this finds exactly
/// what an Aho-Corasick search finds, with no serial dependency from byte to byte.
#[derive(Debug)]
struct Grams {
    bits: Box<[u64; GRAM_WORDS]>,
    /// (hash, gram, keyword, offset of the gram in the keyword), sorted.
    entries: Vec<(u32, u32, u32, u32)>,
}

/// Bytes from most to least frequent in source code (case folded; `*` is a folded
/// newline, `\x7f` a folded `_`): a gram of late bytes is a rare gram.
const COMMON: &[u8] = b" etraisno*lcpdum).fhg(\",b:y\x7f/v=-w{}x;k012`>34j<|q6#5'8z79&!~";

fn fold(b: u8) -> u32 {
    u32::from(b | 0x20)
}

fn gram_hash(gram: u32) -> u32 {
    gram.wrapping_mul(0x9E37_79B1) >> (32 - GRAM_BITS)
}

impl Grams {
    fn new(keywords: &[String]) -> Grams {
        let rarity = |b: u8| {
            let b = b | 0x20;
            COMMON.iter().position(|&c| c == b).unwrap_or(COMMON.len())
        };
        let mut entries = Vec::new();
        for (k, kw) in keywords.iter().enumerate() {
            let kw = kw.as_bytes();
            let k = u32::try_from(k).unwrap_or(u32::MAX);
            if let [a, b, c] = *kw {
                let head = fold(a) | fold(b) << 8 | fold(c) << 16;
                for next in 0x20..=0xffu8 {
                    if next & 0x20 != 0 {
                        let gram = head | u32::from(next) << 24;
                        entries.push((gram_hash(gram), gram, k, 0));
                    }
                }
                continue;
            }
            let (offset, window) = kw
                .windows(4)
                .enumerate()
                .max_by_key(|(i, w)| (w.iter().map(|&b| rarity(b)).sum::<usize>(), usize::MAX - i))
                .unwrap_or((0, kw));
            let gram = window.iter().rev().fold(0u32, |acc, &b| acc << 8 | fold(b));
            let offset = u32::try_from(offset).unwrap_or(u32::MAX);
            entries.push((gram_hash(gram), gram, k, offset));
        }
        entries.sort_unstable();
        entries.dedup();
        let mut bits: Box<[u64; GRAM_WORDS]> = vec![0u64; GRAM_WORDS]
            .into_boxed_slice()
            .try_into()
            .unwrap_or_else(|_| unreachable!("GRAM_WORDS words"));
        for &(h, ..) in &entries {
            bits[h as usize >> 6] |= 1 << (h & 63);
        }
        Grams { bits, entries }
    }

    fn scan(&self, pf: &Prefilter, bytes: &[u8], found: &mut Found<'_>) {
        let bits = &*self.bits;
        for (i, w) in bytes.windows(4).enumerate() {
            let gram = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) | 0x2020_2020;
            let h = gram_hash(gram);
            if bits[h as usize >> 6] >> (h & 63) & 1 != 0 {
                self.verify(pf, bytes, i, gram, found);
            }
        }
        // The last three offsets: a three-byte keyword may end the text (the byte after it
        // reads as 0x20, which every three-byte keyword's grams include).
        for i in bytes.len().saturating_sub(3)..bytes.len() {
            let mut w = [0x20u8; 4];
            for (j, &b) in bytes[i..].iter().enumerate() {
                w[j] = b;
            }
            let gram = u32::from_le_bytes(w) | 0x2020_2020;
            let h = gram_hash(gram);
            if bits[h as usize >> 6] >> (h & 63) & 1 != 0 {
                self.verify(pf, bytes, i, gram, found);
            }
        }
    }

    /// The gram at `i` hashes into the set: compare the keywords that have it.
    #[cold]
    #[inline(never)]
    fn verify(&self, pf: &Prefilter, bytes: &[u8], i: usize, gram: u32, found: &mut Found<'_>) {
        let h = gram_hash(gram);
        let from = self.entries.partition_point(|e| e.0 < h);
        for &(eh, eg, k, offset) in &self.entries[from..] {
            if eh != h {
                break;
            }
            let k = k as usize;
            if eg != gram || found.seen[k] {
                continue;
            }
            let Some(start) = i.checked_sub(offset as usize) else {
                continue;
            };
            let kw = &pf.keywords[k];
            if bytes
                .get(start..start + kw.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(kw))
            {
                found.keyword(pf, k, bytes, start);
            }
        }
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
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE};

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

    /// The same prefilter searching with an Aho-Corasick automaton (the search the gram
    /// filter replaced), for comparison.
    fn with_automaton(rules: &RuleSet, catalog_keywords: &[String]) -> (Prefilter, Prefilter) {
        let grams = Prefilter::new(rules, catalog_keywords, false);
        assert!(matches!(grams.search, Search::Grams(_)));
        let mut reference = Prefilter::new(rules, catalog_keywords, false);
        let words: Vec<&[u8]> = reference.keywords.iter().map(|k| &k[..]).collect();
        reference.search = Search::Automaton(
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(words)
                .unwrap(),
        );
        (grams, reference)
    }

    fn same(grams: &Prefilter, reference: &Prefilter, text: &[u8]) {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let seen = grams.scan(text, &mut a);
        assert_eq!(
            seen,
            reference.scan(text, &mut b),
            "{}",
            String::from_utf8_lossy(text)
        );
        assert_eq!(a, b, "{}", String::from_utf8_lossy(text));
    }

    #[test]
    fn the_gram_filter_finds_what_an_automaton_finds() {
        let rules = load_builtin().unwrap();
        let catalog = crate::engine::catalog::keywords(crate::cert::Catalog::builtin());
        let (grams, reference) = with_automaton(&rules, &catalog);
        // Every keyword alone, upper case, at the start, the end and inside a word.
        for kw in &grams.keywords {
            let kw = String::from_utf8_lossy(kw).into_owned();
            for text in [
                kw.clone(),
                kw.to_ascii_uppercase(),
                format!("x = {kw}"),
                format!("{kw}(y)"),
                format!("a_{kw}_b"),
                format!("{}\n{}", &kw[..kw.len() / 2], &kw[kw.len() / 2..]),
            ] {
                same(&grams, &reference, text.as_bytes());
            }
        }
        // Pseudo-random text over the keywords' own letters, so that partial and
        // overlapping occurrences abound.
        let letters = b"pinsPINS_-.:= \nca/verifyCertSSLsh256x0";
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..300 {
            let text: Vec<u8> = (0..200)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    letters[usize::try_from(state % letters.len() as u64).unwrap()]
                })
                .collect();
            same(&grams, &reference, &text);
        }
        for text in [
            &b""[..],
            b"ss",
            b"ssl",
            b"cn=",
            b" pin",
            b"pin.",
            b"xpin",
            b"fn main() {}",
        ] {
            same(&grams, &reference, text);
        }
    }

    #[test]
    fn every_catalog_head_in_every_spelling_reaches_the_catalog_rule() {
        let rules = load_builtin().unwrap();
        let catalog = crate::cert::Catalog::builtin();
        let pf = Prefilter::new(&rules, &crate::engine::catalog::keywords(catalog), true);
        let rule = rules
            .rules()
            .iter()
            .position(|r| r.engine() == crate::rules::Engine::Catalog)
            .unwrap();
        let mut hits = Vec::new();
        let digest = crate::cert::public::spki_digests().next().unwrap();
        let hex = crate::cert::normalize::to_hex(digest);
        let pairs: Vec<&str> = (0..hex.len()).step_by(2).map(|i| &hex[i..i + 2]).collect();
        let list: Vec<String> = pairs
            .iter()
            .map(|p| format!("0x{}", p.to_ascii_uppercase()))
            .collect();
        for text in [
            format!("x = \"{hex}\""),
            format!("x = \"{}\"", hex.to_ascii_uppercase()),
            format!("x = \"{}\"", pairs.join(":")),
            format!("x = \"{}\"", pairs.join(" ")),
            format!("x = {{{}}}", list.join(", ")),
            format!("x = '{}'", STANDARD.encode(digest)),
            format!("x = '{}'", URL_SAFE.encode(digest).trim_end_matches('=')),
        ] {
            pf.scan(text.as_bytes(), &mut hits);
            assert!(hits[rule], "{text}");
            let mut found = Vec::new();
            crate::engine::catalog::run(rule, catalog, &text, &mut found);
            assert_eq!(found.len(), 1, "{text}");
        }
        pf.scan(
            b"x = \"0123456789abcdef0123456789abcdef01234567\"",
            &mut hits,
        );
        assert!(!hits[rule]);
    }
}
