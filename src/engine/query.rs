//! The query engine: a file in a tree-sitter language is parsed once (when any of its
//! query rules is wanted) and each wanted rule's pack runs over the tree. Packs compile
//! on first use; gated rules run only where their gate words occur (`lang::gate`). A file
//! with candidates from the text engines is parsed even when no query rule wants it, so
//! that the tree can say which of them sit in comments (`out.comments`).

use std::sync::OnceLock;
use std::time::Instant;

use super::{Engine, EngineOut, FileCtx};
use crate::Settings;
use crate::lang::pack::{self, Pack};
use crate::lang::{self, Language};
use crate::outcome::{SkipReason, Timings, ms};
use crate::source;

/// Query packs per language and rule, compiled lazily and shared by every thread.
pub struct QueryEngine {
    /// `packs[language][rule]`, compiled on first use.
    packs: Vec<Vec<OnceLock<Result<Pack, String>>>>,
    /// The rules with patterns, per language.
    lang_rules: Vec<Vec<usize>>,
    /// Per-language gates of query rules (empty with `--no-gates`), built on first use:
    /// a scan of a few files pays only for their languages.
    gates: Vec<OnceLock<lang::gate::Gates>>,
    /// Whether gates apply (`--no-gates` turns them off).
    gated: bool,
}

impl std::fmt::Debug for QueryEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueryEngine")
            .field("lang_rules", &self.lang_rules)
            .finish_non_exhaustive()
    }
}

impl QueryEngine {
    pub fn new(settings: &Settings) -> QueryEngine {
        QueryEngine {
            packs: Language::ALL
                .iter()
                .map(|_| {
                    settings
                        .rules
                        .rules()
                        .iter()
                        .map(|_| OnceLock::new())
                        .collect()
                })
                .collect(),
            lang_rules: Language::ALL
                .iter()
                .map(|&l| pack::rules_with_patterns(l, &settings.rules))
                .collect(),
            gates: Language::ALL.iter().map(|_| OnceLock::new()).collect(),
            gated: settings.gates,
        }
    }

    /// The gates of `lang`'s query rules, built on first use.
    fn gates(&self, settings: &Settings, lang: Language) -> &lang::gate::Gates {
        self.gates[lang.index()].get_or_init(|| {
            if self.gated {
                lang::gate::Gates::new(lang, &settings.rules)
            } else {
                lang::gate::Gates::default()
            }
        })
    }

    /// The compiled pack of `rule` for `lang`, compiled on first use. The time spent
    /// compiling it, or waiting for another thread to, goes to `timings.compile_ms` (and
    /// the pack's own compile time to `timings.compiled`), not to the file or the rule.
    fn pack(
        &self,
        settings: &Settings,
        lang: Language,
        rule: usize,
        timings: &mut Timings,
    ) -> &Result<Pack, String> {
        let cell = &self.packs[lang.index()][rule];
        if let Some(p) = cell.get() {
            return p;
        }
        let t = Instant::now();
        let mut compiled = None;
        let p = cell.get_or_init(|| {
            let c = Instant::now();
            let p = pack::build_for(lang, &settings.rules, Some(rule)).map_err(|e| e.to_string());
            compiled = Some(c.elapsed());
            p
        });
        timings.compile_ms += ms(t.elapsed());
        if let Some(d) = compiled {
            timings.compiled.insert(
                format!("{}/{}", lang.name(), settings.rules.get(rule).id),
                ms(d),
            );
        }
        p
    }

    /// The query rules worth running on this file: hit by the prefilter and, when gated,
    /// with a gate word in the text. Fills `out.gate_hits`.
    fn wanted(&self, file: &FileCtx<'_>, lang: Language, out: &mut EngineOut) -> Vec<usize> {
        let gates = self.gates(file.settings, lang);
        let mut wanted: Vec<usize> = self.lang_rules[lang.index()]
            .iter()
            .copied()
            .filter(|&r| file.hits[r])
            .collect();
        if wanted.iter().any(|&r| gates.is_gated(r)) {
            gates.hits(file.text.as_bytes(), &mut out.gate_hits);
            wanted.retain(|&r| !gates.is_gated(r) || !out.gate_hits[r].is_empty());
        }
        wanted
    }

    /// Parse the file: only the items around the wanted rules' gate words and the earlier
    /// candidates when the file is large and every wanted rule is gated (`lang::focus`),
    /// else (or when that partial tree has a syntax error) the whole file.
    fn parse(
        &self,
        file: &FileCtx<'_>,
        lang: Language,
        wanted: &[usize],
        earlier: usize,
        out: &EngineOut,
    ) -> Result<(tree_sitter::Tree, Option<usize>), lang::parse::ParseError> {
        let settings = file.settings;
        let deadline = settings.parse_deadline;
        if let Some(limits) = settings.partial_parse
            && file.text.len() >= limits.min_file
        {
            let gates = self.gates(settings, lang);
            if wanted.iter().all(|&r| gates.is_gated(r)) {
                let spans: Vec<std::ops::Range<usize>> = wanted
                    .iter()
                    .flat_map(|&r| out.gate_hits[r].iter().cloned())
                    .chain(out.candidates[..earlier].iter().map(|c| c.start..c.end))
                    .collect();
                if let Some(ranges) = lang::focus::ranges(file.text, lang, &spans, limits) {
                    let tree = lang::parse::parse_ranges(lang, file.text, &ranges, deadline)?;
                    if !tree.root_node().has_error() {
                        let part = ranges.iter().map(|r| r.end - r.start).sum();
                        return Ok((tree, Some(part)));
                    }
                }
            }
        }
        lang::parse::parse(lang, file.text, deadline).map(|tree| (tree, None))
    }

    /// Why the file is not parsed although rules want it: too large, or minified code
    /// over an eighth of the limit (its tree takes several times the memory per byte).
    fn too_large(settings: &Settings, text: &str) -> Option<(SkipReason, String)> {
        let dense_limit = settings.max_parse_size / 8;
        if text.len() as u64 > dense_limit && source::is_minified(text, super::regex::MAX_LINE) {
            let detail = format!(
                "{} bytes of mostly lines over {} bytes (minified or generated code) is over the {dense_limit}-byte parse limit for such code (--max-parse-size / 8); only text rules were applied",
                text.len(),
                super::regex::MAX_LINE,
            );
            return Some((SkipReason::Minified, detail));
        }
        if text.len() as u64 > settings.max_parse_size {
            let detail = format!(
                "{} bytes is over the {}-byte parse limit (--max-parse-size); only text rules were applied",
                text.len(),
                settings.max_parse_size
            );
            return Some((SkipReason::TooLargeToParse, detail));
        }
        None
    }
}

impl Engine for QueryEngine {
    fn run(&self, file: &FileCtx<'_>, out: &mut EngineOut) {
        let Some(lang) = file.lang else { return };
        let settings = file.settings;
        let wanted = self.wanted(file, lang, out);
        // The earlier engines' candidates: the tree says which sit in comments.
        let earlier = out.candidates.len();
        if wanted.is_empty() && earlier == 0 {
            return;
        }
        if let Some(skip) = Self::too_large(settings, file.text) {
            if !wanted.is_empty() {
                out.skips.push(skip);
            }
            return;
        }
        let t = Instant::now();
        out.parsed = true;
        let parsed = self.parse(file, lang, &wanted, earlier, out);
        if let Ok((_, Some(part))) = &parsed {
            out.parsed_part = Some(*part);
        }
        let parsed = parsed.map(|(tree, _)| tree);
        out.timings.parse_ms += ms(t.elapsed());
        let t = Instant::now();
        let compile_before = out.timings.compile_ms;
        match parsed {
            Ok(tree) => {
                lang::comments::in_tree(&tree, &out.candidates[..earlier], &mut out.comments);
                let gates = self.gates(settings, lang);
                for rule in wanted {
                    let pack = self.pack(settings, lang, rule, &mut out.timings);
                    let t = Instant::now();
                    match pack {
                        Ok(pack) => {
                            let ranges = if gates.is_gated(rule) {
                                &out.gate_hits[rule][..]
                            } else {
                                &[]
                            };
                            if let Err(e) = lang::parse::run(
                                pack,
                                &tree,
                                file.text,
                                file.hits,
                                ranges,
                                settings.parse_deadline,
                                &mut out.candidates,
                            ) {
                                out.skips.push((
                                    SkipReason::ParseDeadline,
                                    format!("{}: {e}", settings.rules.get(rule).id),
                                ));
                            }
                        }
                        Err(e) => out.errors.push(format!(
                            "internal error: query pack for {}: {e}",
                            lang.name()
                        )),
                    }
                    out.timings.rule(&settings.rules.get(rule).id, t.elapsed());
                }
            }
            Err(e) => out.skips.push((SkipReason::ParseDeadline, e.to_string())),
        }
        out.timings.query_ms += ms(t.elapsed()) - (out.timings.compile_ms - compile_before);
    }
}
