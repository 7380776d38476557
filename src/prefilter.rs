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
            Search::Grams(Box::new(Grams::new(&keywords, &bounds)))
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

/// Bits of the gram filter's hashes.
const GRAM_BITS: u32 = 18;
const GRAM_WORDS: usize = 1 << (GRAM_BITS - 6);

/// The most common case-folded four-byte grams of real code, with their counts per 10^8
/// positions (written by `scripts/prefilter-grams.py` from a sample of the benchmark
/// tree): a keyword is known by the grams of it that code has least.
const COMMON_GRAMS: &str = include_str!("prefilter-grams.txt");

/// A gram filter: every keyword is known by two adjacent four-byte grams of it (the pair
/// that code has least, by `COMMON_GRAMS`), folded with `| 0x20` so that case does not
/// matter. The scan hashes the folded four bytes at every other offset of the text and
/// looks the hash up in a bitset (then in a second bitset, by a second hash); only on a
/// hit (rare: the grams are rare and the sets sparse) are the keywords with that gram
/// compared with the text. Every occurrence of a keyword has one of its two grams at an
/// even offset, so this finds exactly what an Aho-Corasick search finds, with no serial
/// dependency from byte to byte, and looks at half the offsets.
///
/// A keyword of three or four bytes has no two grams of its own: it is entered with each
/// byte that may follow it (`abc?`, at even offsets) and each that may precede it (`?abc`,
/// at odd ones; a four-byte keyword `abcd` is entered as itself for even offsets). A byte
/// that a word edge (`\bpin\b`) rules out is left out.
#[derive(Debug)]
struct Grams {
    bits: Box<[u64; GRAM_WORDS]>,
    /// The second hash's bits (looked at only where the first hash's bit is set).
    bits2: Box<[u64; GRAM_WORDS]>,
    /// For each word of `bits`, how many bits the words before it set: the set bits'
    /// ranks number the buckets.
    ranks: Box<[u32]>,
    /// Bucket `b` is `entries[buckets[b]..buckets[b + 1]]`.
    buckets: Box<[u32]>,
    /// (gram, keyword, where the keyword starts relative to the gram), by first hash.
    entries: Box<[(u32, u32, i32)]>,
}

/// Bytes from most to least frequent in source code (case folded; `*` is a folded
/// newline, `\x7f` a folded `_`): the tie-break between grams `COMMON_GRAMS` does not
/// list.
const COMMON: &[u8] = b" etraisno*lcpdum).fhg(\",b:y\x7f/v=-w{}x;k012`>34j<|q6#5'8z79&!~";

fn fold(b: u8) -> u32 {
    u32::from(b | 0x20)
}

/// The folded gram of four bytes (first byte lowest).
fn gram_of(w: &[u8]) -> u32 {
    w.iter().rev().fold(0u32, |acc, &b| acc << 8 | fold(b))
}

fn gram_hash(gram: u32) -> u32 {
    gram.wrapping_mul(0x9E37_79B1) >> (32 - GRAM_BITS)
}

fn gram_hash2(gram: u32) -> u32 {
    (gram.wrapping_mul(0x85EB_CA6B) ^ gram >> 15).wrapping_mul(0xC2B2_AE35) >> (32 - GRAM_BITS)
}

fn bit(bits: &[u64; GRAM_WORDS], h: u32) -> bool {
    bits[h as usize >> 6] >> (h & 63) & 1 != 0
}

impl Grams {
    fn new(keywords: &[String], bounds: &[(bool, bool)]) -> Grams {
        // Sorted for binary search: cheaper to build and to ask than a SipHash map (this
        // runs at every start, also for a pre-commit run of one file).
        let mut counts: Vec<(u32, u64)> = COMMON_GRAMS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (gram, count) = l.split_once(' ')?;
                let gram = u32::from_str_radix(gram, 16).ok()?.swap_bytes();
                Some((gram, count.parse().ok()?))
            })
            .collect();
        counts.sort_unstable_by_key(|&(gram, _)| gram);
        counts.dedup_by_key(|&mut (gram, _)| gram);
        // How common a gram is: its count, then (for the many that `COMMON_GRAMS` does
        // not list) how common its bytes are.
        let cost = |w: &[u8]| {
            let g = gram_of(w);
            let count = counts
                .binary_search_by_key(&g, |&(gram, _)| gram)
                .map_or(0, |i| counts[i].1);
            let rarity: usize = w
                .iter()
                .map(|&b| {
                    let b = b | 0x20;
                    COMMON.iter().position(|&c| c == b).unwrap_or(COMMON.len())
                })
                .sum();
            (count, usize::MAX - rarity)
        };
        // The folded bytes that may stand next to a keyword's end byte `b`: any, or when
        // the keyword must end there at a word edge and `b` is a word byte, any but a
        // letter's (nothing else folds into `a..=z`).
        let beside = |b: u8, edge: bool| {
            (0x20..=0xffu8)
                .filter(move |&x| x & 0x20 != 0 && !(edge && is_word(b) && x.is_ascii_lowercase()))
        };
        let mut entries = Vec::new();
        for (k, kw) in keywords.iter().enumerate() {
            let kw = kw.as_bytes();
            let (start_edge, end_edge) = bounds[k];
            let k = u32::try_from(k).unwrap_or(u32::MAX);
            let mut push = |gram: u32, start: i32| entries.push((gram_hash(gram), gram, k, start));
            match *kw {
                [a, .., z] if kw.len() <= 4 => {
                    let head = gram_of(&kw[..3]);
                    if let [_, _, _] = *kw {
                        for x in beside(z, end_edge) {
                            push(head | u32::from(x) << 24, 0);
                        }
                    } else {
                        push(gram_of(kw), 0);
                    }
                    for x in beside(a, start_edge) {
                        push(u32::from(x) | head << 8, 1);
                    }
                }
                _ => {
                    let o = (0..kw.len().saturating_sub(4))
                        .min_by_key(|&o| {
                            let (a, b) = (cost(&kw[o..o + 4]), cost(&kw[o + 1..o + 5]));
                            (a.0 + b.0, a.1.min(b.1), o)
                        })
                        .unwrap_or(0);
                    let o = i32::try_from(o).unwrap_or(0);
                    for at in [o, o + 1] {
                        let from = usize::try_from(at).unwrap_or(0);
                        if let Some(w) = kw.get(from..from + 4) {
                            push(gram_of(w), -at);
                        }
                    }
                }
            }
        }
        entries.sort_unstable();
        entries.dedup();
        let zero = || -> Box<[u64; GRAM_WORDS]> {
            vec![0u64; GRAM_WORDS]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!("GRAM_WORDS words"))
        };
        let (mut bits, mut bits2) = (zero(), zero());
        let mut buckets = Vec::new();
        for (i, &(h, gram, ..)) in entries.iter().enumerate() {
            if !bit(&bits, h) {
                buckets.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
            bits[h as usize >> 6] |= 1 << (h & 63);
            let h2 = gram_hash2(gram);
            bits2[h2 as usize >> 6] |= 1 << (h2 & 63);
        }
        buckets.push(u32::try_from(entries.len()).unwrap_or(u32::MAX));
        let ranks = bits
            .iter()
            .scan(0u32, |before, w| {
                let rank = *before;
                *before += w.count_ones();
                Some(rank)
            })
            .collect();
        Grams {
            bits,
            bits2,
            ranks,
            buckets: buckets.into_boxed_slice(),
            entries: entries
                .into_iter()
                .map(|(_, gram, k, start)| (gram, k, start))
                .collect(),
        }
    }

    fn scan(&self, pf: &Prefilter, bytes: &[u8], found: &mut Found<'_>) {
        let bits = &*self.bits;
        let mut i = 0;
        while let Some(w) = bytes.get(i..i + 4) {
            let gram = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) | 0x2020_2020;
            if bit(bits, gram_hash(gram)) {
                self.verify(pf, bytes, i, gram, found);
            }
            i += 2;
        }
        // The last even offsets with fewer than four bytes left: a three-byte keyword may
        // end the text (the byte after it reads as 0x20, which a keyword's grams always
        // allow there).
        while i < bytes.len() {
            let mut w = [0x20u8; 4];
            for (j, &b) in bytes[i..].iter().enumerate() {
                w[j] = b;
            }
            let gram = u32::from_le_bytes(w) | 0x2020_2020;
            if bit(bits, gram_hash(gram)) {
                self.verify(pf, bytes, i, gram, found);
            }
            i += 2;
        }
    }

    /// The gram at `i` hashes into the set: compare the keywords that have it.
    #[cold]
    #[inline(never)]
    fn verify(&self, pf: &Prefilter, bytes: &[u8], i: usize, gram: u32, found: &mut Found<'_>) {
        if !bit(&self.bits2, gram_hash2(gram)) {
            return;
        }
        let h = gram_hash(gram);
        let word = h as usize >> 6;
        let below = self.bits[word] & ((1u64 << (h & 63)) - 1);
        let bucket = self.ranks[word] as usize + below.count_ones() as usize;
        let (from, to) = (self.buckets[bucket], self.buckets[bucket + 1]);
        for &(eg, k, start) in &self.entries[from as usize..to as usize] {
            let k = k as usize;
            if eg != gram || found.seen[k] {
                continue;
            }
            let Some(start) = i.checked_add_signed(start as isize) else {
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
                // At odd and even offsets, ending the text or not.
                for pad in ["", "(", "((", "((("] {
                    same(&grams, &reference, format!("{pad}{text}").as_bytes());
                    same(&grams, &reference, format!("{pad}{text}{pad}").as_bytes());
                }
            }
        }
        // Word edges: the bytes beside a short keyword, each byte value (control bytes
        // fold into digits, `@[\\]^_` into ``` `{|}~\x7f```).
        for kw in ["pin", "pins", "ssl", "cn=", ".cn", "spki"] {
            for b in 0..=255u8 {
                for pad in [&b""[..], b"x"] {
                    let mut before = pad.to_vec();
                    before.push(b);
                    before.extend_from_slice(kw.as_bytes());
                    same(&grams, &reference, &before);
                    let mut after = pad.to_vec();
                    after.extend_from_slice(kw.as_bytes());
                    after.push(b);
                    same(&grams, &reference, &after);
                    after.push(b'.');
                    same(&grams, &reference, &after);
                }
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
