//! Query packs: one file per rule and language, `queries/<language>/<RULE-ID>.scm`. The file
//! name gives the rule of every pattern in it; a header of leading comment lines may declare
//! the rule's gate words (`;; gate: word word*`, see `gate`). A per-rule pack compiles one
//! file; the whole-language pack compiles the files concatenated and maps each pattern to
//! its file by its start offset, so one cursor pass serves every rule of the language.
//! Captures: `@pin` is the reported node, `@pin.value` the value it names, `@pin.start`
//! (optional) where the span starts instead (or, outside `@pin`, the span itself); helper
//! captures start with `_`. Anything else
//! is a load error.
//!
//! Climbs (`Climb`): tree-sitter has no descendant operator, and unrolling every nesting
//! shape into alternations makes a pattern expensive to compile (the analysis walks the
//! parse table once per node with children). A pattern may instead match the inner node
//! and let the engine check the shape of its ancestors:
//! `(#pinscan-up! @capture "PATH")` requires the ancestor path of `@capture` to match the
//! regex `PATH` from its start. The path is one token per step up, `kind:field:i/n:last;`
//! (the parent's kind, the field the child sits in or nothing, the child's index among the
//! parent's `n` named children, the kind of the parent's last named child). A named group
//! of `PATH` names the ancestor reached at its end; the group `pin` becomes the reported
//! node. `(#pinscan-match! "group" "re")` / `(#pinscan-not-match! "group" "re")` test that
//! ancestor's text.
//!
//! Joins: two cheap climbing patterns instead of one pattern with two unanchored siblings
//! (`(block DECL STMT)` unrolled into every statement shape). `(#pinscan-partner! "NAME"
//! @key)` marks a pattern as the first half of join `NAME`, `(#pinscan-join! "NAME" @key)`
//! the second. In both, the path must match all the way up to an ancestor, the meeting node
//! (`^(?:PATH)$` over the path ending at it; every such ancestor is tried). A second-half
//! match is kept when a first half met the same node in an earlier child of it with the same
//! `@key` text; the finding combines both (`@pin` from the second half, `@pin.value` /
//! `@pin.start` from whichever has them). Both halves are looked for in the meeting node
//! only, and every node a half of either kind meets is searched (so a gate word in either
//! half is enough).

use tree_sitter::Query;

use super::Language;
use crate::rules::{Engine, RuleSet, load::QUERY_FILES};

/// A problem in a query pack.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("queries/{lang}: {message}")]
    Query { lang: &'static str, message: String },
    #[error("queries/{lang}/{file}: {message}")]
    File {
        lang: &'static str,
        file: String,
        message: String,
    },
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
    /// `@pin.start`: where the reported span starts when not at `@pin` (a method name in a
    /// chain); a `@pin.start` node outside `@pin` is itself the reported span.
    pub start: Option<u32>,
    /// Rule indices served by this pack (for the prefilter).
    pub rules: Vec<usize>,
    /// Per pattern: its climb, if it has `#pinscan-up!`.
    pub climbs: Vec<Option<Climb>>,
}

/// A pattern's ancestor check (see the module documentation).
#[derive(Debug)]
pub struct Climb {
    /// The capture the path starts at.
    pub from: u32,
    /// The path regex, anchored at the start.
    pub path: regex::Regex,
    /// Text tests on named ancestors: (group, regex, whether it must match).
    pub tests: Vec<(String, regex::Regex, bool)>,
    /// `#pinscan-join!` / `#pinscan-partner!`: the path then ends at the meeting node.
    pub join: Option<Join>,
}

/// A climbing pattern's half of a join (see the module documentation).
#[derive(Debug)]
pub struct Join {
    pub name: String,
    /// The capture whose text both halves must share.
    pub key: u32,
    /// The first half (`#pinscan-partner!`).
    pub partner: bool,
}

/// Most ancestors a climb looks at.
const CLIMB_LIMIT: usize = 48;

impl Climb {
    /// Whether the match's ancestors fit: `None` when they do not, else the node to report
    /// instead of `@pin` (when the path names a `pin` group) with the number of steps up to it.
    pub fn check<'t>(
        &self,
        captures: &[tree_sitter::QueryCapture<'t>],
        text: &str,
    ) -> Option<Option<(tree_sitter::Node<'t>, usize)>> {
        let start = captures.iter().find(|c| c.index == self.from)?.node;
        let (nodes, path) = climb(start);
        self.fits(&nodes, &path, text)
    }

    /// For a join half: every ancestor the path reaches exactly (and whose tests pass), as
    /// (the meeting node, its child on the way up).
    pub fn meets<'t>(
        &self,
        captures: &[tree_sitter::QueryCapture<'t>],
        text: &str,
    ) -> Vec<(tree_sitter::Node<'t>, tree_sitter::Node<'t>)> {
        let Some(start) = captures.iter().find(|c| c.index == self.from) else {
            return Vec::new();
        };
        let (nodes, path) = climb(start.node);
        let mut out = Vec::new();
        for (k, _) in path.match_indices(';') {
            let steps = path[..=k].matches(';').count();
            if self.fits(&nodes, &path[..=k], text).is_some() {
                out.push((nodes[steps], nodes[steps - 1]));
            }
        }
        out
    }

    /// `check` over a climbed path (`None`: it does not fit).
    #[allow(clippy::option_option)]
    fn fits<'t>(
        &self,
        nodes: &[tree_sitter::Node<'t>],
        path: &str,
        text: &str,
    ) -> Option<Option<(tree_sitter::Node<'t>, usize)>> {
        let caps = self.path.captures(path)?;
        let at = |group: &str| {
            caps.name(group).map(|m| {
                let steps = path[..m.end()].matches(';').count();
                (nodes[steps], steps)
            })
        };
        for (group, re, want) in &self.tests {
            let (n, _) = at(group)?;
            let t = text.get(n.byte_range()).unwrap_or("");
            if re.is_match(t) != *want {
                return None;
            }
        }
        Some(at("pin"))
    }
}

/// The ancestors of `start` (itself first, at most `CLIMB_LIMIT` up) and their path.
fn climb(start: tree_sitter::Node<'_>) -> (Vec<tree_sitter::Node<'_>>, String) {
    let mut nodes = vec![start];
    let mut path = String::new();
    let mut node = start;
    while nodes.len() <= CLIMB_LIMIT {
        let Some(parent) = node.parent() else { break };
        push_step(&mut path, parent, node);
        nodes.push(parent);
        node = parent;
    }
    (nodes, path)
}

/// Append the token of the step from `child` up to `parent`: `kind:field:i/n:last;`.
fn push_step(path: &mut String, parent: tree_sitter::Node<'_>, child: tree_sitter::Node<'_>) {
    use std::fmt::Write as _;
    let mut cursor = parent.walk();
    let (mut field, mut index, mut count, mut last) = ("", 0usize, 0usize, "");
    if cursor.goto_first_child() {
        loop {
            let n = cursor.node();
            if n.id() == child.id() {
                field = cursor.field_name().unwrap_or("");
                index = count;
            }
            if n.is_named() {
                count += 1;
                last = n.kind();
            }
            if !cursor.goto_next_sibling() {
                break;
            }
        }
    }
    let _ = write!(path, "{}:{field}:{index}/{count}:{last};", parent.kind());
}

/// A query file, checked: its rule (from the name) and the gate words of its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryFile<'a> {
    /// The file name, `PIN305.scm`.
    pub file: &'a str,
    /// The rule id the name gives, `PIN305`.
    pub rule: &'a str,
    /// Gate words from the header's `;; gate:` lines, in order (empty: no gate).
    pub gate: Vec<&'a str>,
    pub text: &'a str,
}

/// The embedded `.scm` files of a language, in file-name order: (file name, contents).
pub fn embedded(lang: Language) -> Vec<(&'static str, &'static str)> {
    QUERY_FILES
        .iter()
        .filter(|(l, _, _)| *l == lang.name())
        .map(|(_, f, t)| (*f, *t))
        .collect()
}

/// The rule id a query file name gives: `PIN305.scm` -> `PIN305`.
fn rule_of_file(file: &str) -> Option<&str> {
    let id = file.strip_suffix(".scm")?;
    let digits = id.strip_prefix("PIN")?;
    (digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(id)
}

/// Check a query file's name and header (no rule set, no grammar needed).
///
/// The header is the run of comment lines (`;...`) at the top of the file. In it,
/// `;; gate: word word*` lines declare gate words (several lines add up). A line that
/// starts like a gate line (`Gate:`, `gate :`) but is not exactly `gate:` followed by
/// words is an error, and so is a `gate:` line below the header or an old
/// `pinscan-gate` line anywhere.
pub fn parse_file<'a>(
    lang: &'static str,
    file: &'a str,
    text: &'a str,
) -> Result<QueryFile<'a>, PackError> {
    let err = |message: String| PackError::File {
        lang,
        file: file.to_owned(),
        message,
    };
    let rule = rule_of_file(file).ok_or_else(|| {
        err(
            "a query file is named after its rule: PIN followed by three digits, then .scm"
                .to_owned(),
        )
    })?;
    let mut gate = Vec::new();
    let mut in_header = true;
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let trimmed = line.trim_start();
        let Some(comment) = trimmed.strip_prefix(';') else {
            in_header = false;
            continue;
        };
        let body = comment.trim_start_matches(';').trim_start();
        if body.starts_with("pinscan-gate") {
            return Err(err(format!(
                "line {line_no}: `pinscan-gate` lines are gone: put `;; gate: word ...` in the header"
            )));
        }
        let looks_like_gate = body.len() >= 4
            && body.is_char_boundary(4)
            && body[..4].eq_ignore_ascii_case("gate")
            && body[4..].trim_start().starts_with(':');
        if !in_header {
            if looks_like_gate && body.starts_with("gate") {
                return Err(err(format!(
                    "line {line_no}: gate line below the header (gate lines belong to the \
                     comment lines at the top of the file)"
                )));
            }
            continue;
        }
        if !looks_like_gate {
            continue;
        }
        let Some(words) = body.strip_prefix("gate:") else {
            return Err(err(format!(
                "line {line_no}: malformed gate line {trimmed:?}: write `;; gate: word word*`"
            )));
        };
        let before = gate.len();
        for w in words.split_whitespace() {
            check_gate_word(w).map_err(|m| err(format!("line {line_no}: gate word {w:?}: {m}")))?;
            gate.push(w);
        }
        if gate.len() == before {
            return Err(err(format!("line {line_no}: gate line without words")));
        }
    }
    Ok(QueryFile {
        file,
        rule,
        gate,
        text,
    })
}

fn check_gate_word(w: &str) -> Result<(), String> {
    let stem = w.strip_prefix('~').unwrap_or(w);
    let stem = stem.strip_prefix('*').unwrap_or(stem);
    let stem = match stem.strip_suffix('=') {
        Some(s) if s.ends_with('*') => {
            return Err("a word ends with `*` or with `=`, not both".to_owned());
        }
        Some(s) => s,
        None => stem.strip_suffix('*').unwrap_or(stem),
    };
    if stem.is_empty() {
        return Err("empty word".to_owned());
    }
    if stem.contains('*') {
        return Err("`*` may only start or end a word".to_owned());
    }
    if stem.contains(['~', '=']) {
        return Err("`~` may only start a word and `=` only end one".to_owned());
    }
    if rule_of_file(&format!("{}.scm", stem.trim_end_matches(':'))).is_some() {
        return Err(
            "a rule id: the file name gives the rule, the gate line only lists words".to_owned(),
        );
    }
    if let Some(c) = stem
        .chars()
        .find(|c| matches!(c, '"' | '(' | ')' | ',' | ':' | ';'))
    {
        return Err(format!(
            "unexpected {c:?}: words are separated by spaces, unquoted"
        ));
    }
    Ok(())
}

/// The rule index of a checked file: the rule must exist, use the query engine and list
/// the file's language.
fn rule_index(lang: Language, qf: &QueryFile<'_>, rules: &RuleSet) -> Result<usize, PackError> {
    let err = |message: String| PackError::File {
        lang: lang.name(),
        file: qf.file.to_owned(),
        message,
    };
    let idx = rules.index_of(qf.rule).ok_or_else(|| {
        err(format!(
            "unknown rule {} (no rules/{}.toml)",
            qf.rule, qf.rule
        ))
    })?;
    let rule = rules.get(idx);
    if rule.engine() != Engine::Query {
        return Err(err(format!(
            "rule {} is not a query rule (its engine is not \"query\")",
            qf.rule
        )));
    }
    if !rule.languages.iter().any(|l| l == lang.name()) {
        return Err(err(format!(
            "rule {} does not list {} in its languages",
            qf.rule,
            lang.name()
        )));
    }
    Ok(idx)
}

/// The rules that have a query file for `lang`, by index (no query is compiled; a file
/// that is invalid is reported when its pack is built).
pub fn rules_with_patterns(lang: Language, rules: &RuleSet) -> Vec<usize> {
    let mut out: Vec<usize> = embedded(lang)
        .into_iter()
        .filter_map(|(file, _)| rule_of_file(file).and_then(|id| rules.index_of(id)))
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

/// Compile the patterns of one rule (`Some(index)`: its file) or of all rules for `lang`.
/// Scans compile per rule, lazily, so a file only pays for the rules its keywords triggered.
pub fn build_for(lang: Language, rules: &RuleSet, only: Option<usize>) -> Result<Pack, PackError> {
    let files = embedded(lang);
    match only {
        None => compile(lang, &files, rules),
        Some(rule) => {
            let id = rules.get(rule).id.as_str();
            let file = files
                .iter()
                .find(|(f, _)| rule_of_file(f) == Some(id))
                .ok_or_else(|| PackError::Query {
                    lang: lang.name(),
                    message: format!("no {id}.scm: rule {id} has no patterns for {}", lang.name()),
                })?;
            compile(lang, std::slice::from_ref(file), rules)
        }
    }
}

/// Check and compile `files` (name, contents) as one query.
fn compile(lang: Language, files: &[(&str, &str)], rules: &RuleSet) -> Result<Pack, PackError> {
    // (start offset in `text`, file name, rule index)
    let mut parts: Vec<(usize, &str, usize)> = Vec::with_capacity(files.len());
    let mut text = String::new();
    for (file, src) in files {
        let qf = parse_file(lang.name(), file, src)?;
        let idx = rule_index(lang, &qf, rules)?;
        parts.push((text.len(), file, idx));
        text.push_str(src);
        text.push('\n');
    }
    let part_at = |offset: usize| {
        parts
            .iter()
            .rev()
            .find(|(start, _, _)| *start <= offset)
            .copied()
    };
    let query = Query::new(&lang.grammar(), &text).map_err(|e| match part_at(e.offset) {
        Some((start, file, _)) => {
            let row = text[start..e.offset].matches('\n').count() + 1;
            PackError::File {
                lang: lang.name(),
                file: file.to_owned(),
                message: format!("{} (row {row}, column {})", e.message, e.column + 1),
            }
        }
        None => PackError::Query {
            lang: lang.name(),
            message: format!("{} (row {}, column {})", e.message, e.row + 1, e.column + 1),
        },
    })?;
    // Errors about the query as a whole name the file when there is only one.
    let whole = |message: String| match parts.as_slice() {
        [(_, file, _)] => PackError::File {
            lang: lang.name(),
            file: (*file).to_owned(),
            message,
        },
        _ => PackError::Query {
            lang: lang.name(),
            message,
        },
    };
    let mut pattern_rule = Vec::with_capacity(query.pattern_count());
    let mut used = vec![false; parts.len()];
    for i in 0..query.pattern_count() {
        let offset = query.start_byte_for_pattern(i);
        let Some((k, &(file_start, file, idx))) = parts
            .iter()
            .enumerate()
            .rev()
            .find(|(_, (s, _, _))| *s <= offset)
        else {
            return Err(whole(format!("pattern at byte {offset} is in no file")));
        };
        if query
            .property_settings(i)
            .iter()
            .any(|p| &*p.key == "pinscan.rule")
        {
            return Err(PackError::Pattern {
                lang: lang.name(),
                file: file.to_owned(),
                offset: offset - file_start,
                message: "(#set! pinscan.rule ...) is gone: the file name gives the rule"
                    .to_owned(),
            });
        }
        used[k] = true;
        pattern_rule.push(idx);
    }
    if let Some(k) = used.iter().position(|u| !u) {
        return Err(PackError::File {
            lang: lang.name(),
            file: parts[k].1.to_owned(),
            message: "no patterns".to_owned(),
        });
    }
    let pin = query
        .capture_index_for_name("pin")
        .ok_or_else(|| whole("no pattern captures @pin".to_owned()))?;
    let value = query.capture_index_for_name("pin.value");
    let start = query.capture_index_for_name("pin.start");
    for name in query.capture_names() {
        if !(matches!(*name, "pin" | "pin.value" | "pin.start") || name.starts_with('_')) {
            return Err(whole(format!(
                "unknown capture @{name}: use @pin, @pin.value, @pin.start or a name starting with `_`"
            )));
        }
    }
    let mut climbs = Vec::with_capacity(query.pattern_count());
    for i in 0..query.pattern_count() {
        climbs.push(climb_of(&query, i).map_err(|m| {
            let offset = query.start_byte_for_pattern(i);
            match part_at(offset) {
                Some((start, file, _)) => PackError::Pattern {
                    lang: lang.name(),
                    file: file.to_owned(),
                    offset: offset - start,
                    message: m,
                },
                None => whole(m),
            }
        })?);
    }
    // Every join needs both halves.
    for c in climbs.iter().flatten() {
        if let Some(j) = &c.join {
            let other = climbs
                .iter()
                .flatten()
                .filter_map(|o| o.join.as_ref())
                .any(|o| o.name == j.name && o.partner != j.partner);
            if !other {
                return Err(whole(format!("join {:?} has only one half", j.name)));
            }
        }
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
        climbs,
    })
}

/// The climb of pattern `i` from its `#pinscan-*` predicates; any other unknown predicate is
/// an error.
fn climb_of(query: &Query, i: usize) -> Result<Option<Climb>, String> {
    use tree_sitter::QueryPredicateArg as Arg;
    let re = |s: &str| regex::Regex::new(s).map_err(|e| format!("bad regex {s:?}: {e}"));
    let mut from = None;
    let mut tests = Vec::new();
    let mut join = None;
    for p in query.general_predicates(i) {
        match (&*p.operator, &p.args[..]) {
            ("pinscan-up!", [Arg::Capture(c), Arg::String(path)]) => {
                if from.is_some() {
                    return Err("more than one #pinscan-up!".to_owned());
                }
                from = Some((*c, path.to_string()));
            }
            ("pinscan-match!" | "pinscan-not-match!", [Arg::String(g), Arg::String(r)]) => {
                tests.push((g.to_string(), re(r)?, &*p.operator == "pinscan-match!"));
            }
            ("pinscan-join!" | "pinscan-partner!", [Arg::String(name), Arg::Capture(key)]) => {
                if join.is_some() {
                    return Err("more than one #pinscan-join! / #pinscan-partner!".to_owned());
                }
                join = Some(Join {
                    name: name.to_string(),
                    key: *key,
                    partner: &*p.operator == "pinscan-partner!",
                });
            }
            (op, _) => return Err(format!("unknown or malformed predicate #{op}")),
        }
    }
    let from = match from {
        Some((c, path)) if join.is_some() => Some((c, re(&format!("^(?:{path})$"))?)),
        Some((c, path)) => Some((c, re(&format!("^(?:{path})"))?)),
        None => None,
    };
    match from {
        None if tests.is_empty() && join.is_none() => Ok(None),
        None => Err("#pinscan-match! / #pinscan-join! without #pinscan-up!".to_owned()),
        Some((from, path)) => {
            for (g, _, _) in &tests {
                if !path.capture_names().any(|n| n == Some(g.as_str())) {
                    return Err(format!(
                        "#pinscan-*match! names {g:?}, not a group of the path"
                    ));
                }
            }
            Ok(Some(Climb {
                from,
                path,
                tests,
                join,
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn java() -> Language {
        Language::from_name("java").unwrap()
    }
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
    fn every_query_file_is_named_after_a_query_rule_of_its_language() {
        let rules = load_builtin().unwrap();
        for (lang, file, text) in QUERY_FILES {
            let l = Language::from_name(lang).unwrap_or_else(|| panic!("queries/{lang}/"));
            let qf = parse_file(l.name(), file, text).unwrap_or_else(|e| panic!("{e}"));
            rule_index(l, &qf, &rules).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    fn err(lang: Language, file: &str, text: &str) -> String {
        let rules = load_builtin().unwrap();
        match compile(lang, &[(file, text)], &rules) {
            Ok(_) => panic!("{file} loaded"),
            Err(e) => e.to_string(),
        }
    }

    const JAVA_ADD: &str = "(method_invocation name: (identifier) @_m (#eq? @_m \"add\")) @pin\n";

    #[test]
    fn a_file_compiles_with_the_rule_of_its_name() {
        let rules = load_builtin().unwrap();
        let text = format!(";; gate: add put*\n;; gate: remove\n;; prose\n\n{JAVA_ADD}");
        let qf = parse_file("java", "PIN110.scm", &text).unwrap();
        assert_eq!(qf.rule, "PIN110");
        assert_eq!(qf.gate, ["add", "put*", "remove"]);
        let pack = compile(java(), &[("PIN110.scm", &text)], &rules).unwrap();
        assert_eq!(pack.pattern_rule, [rules.index_of("PIN110").unwrap()]);
        // Two files: each pattern's rule comes from the file its start falls in.
        let two = [("PIN110.scm", JAVA_ADD), ("PIN502.scm", JAVA_ADD)];
        let pack = compile(java(), &two, &rules).unwrap();
        assert_eq!(
            pack.pattern_rule,
            [
                rules.index_of("PIN110").unwrap(),
                rules.index_of("PIN502").unwrap()
            ]
        );
        assert!(
            parse_file("java", "PIN110.scm", JAVA_ADD)
                .unwrap()
                .gate
                .is_empty()
        );
    }

    #[test]
    fn bad_files_are_rejected_with_their_path() {
        let j = java();
        let cases = [
            ("trust.scm", JAVA_ADD.to_owned(), "named after its rule"),
            ("PIN11.scm", JAVA_ADD.to_owned(), "named after its rule"),
            ("PIN999.scm", JAVA_ADD.to_owned(), "unknown rule PIN999"),
            ("PIN101.scm", JAVA_ADD.to_owned(), "not a query rule"),
            ("PIN303.scm", JAVA_ADD.to_owned(), "does not list java"),
            (
                "PIN110.scm",
                format!(";; gate:\n{JAVA_ADD}"),
                "without words",
            ),
            (
                "PIN110.scm",
                format!(";; Gate: add\n{JAVA_ADD}"),
                "malformed gate line",
            ),
            (
                "PIN110.scm",
                format!(";; gate : add\n{JAVA_ADD}"),
                "malformed gate line",
            ),
            (
                "PIN110.scm",
                format!(";; gate: PIN110: add\n{JAVA_ADD}"),
                "a rule id",
            ),
            (
                "PIN110.scm",
                format!(";; gate: add, put\n{JAVA_ADD}"),
                "unexpected ','",
            ),
            (
                "PIN110.scm",
                format!(";; gate: a*b\n{JAVA_ADD}"),
                "may only start or end",
            ),
            (
                "PIN110.scm",
                format!(";; gate: add*=\n{JAVA_ADD}"),
                "not both",
            ),
            (
                "PIN110.scm",
                format!(";; gate: a=b\n{JAVA_ADD}"),
                "`=` only end",
            ),
            (
                "PIN110.scm",
                format!(";; gate: *\n{JAVA_ADD}"),
                "empty word",
            ),
            (
                "PIN110.scm",
                format!(";; x\n\n;; gate: add\n{JAVA_ADD}"),
                "below the header",
            ),
            (
                "PIN110.scm",
                format!("{JAVA_ADD};; gate: add\n"),
                "below the header",
            ),
            (
                "PIN110.scm",
                format!(";; pinscan-gate PIN110: add\n{JAVA_ADD}"),
                "pinscan-gate",
            ),
            (
                "PIN110.scm",
                ";; only a comment\n".to_owned(),
                "no patterns",
            ),
            (
                "PIN110.scm",
                JAVA_ADD.replace(")) @pin", ") (#set! pinscan.rule \"PIN110\")) @pin"),
                "file name gives the rule",
            ),
            (
                "PIN110.scm",
                "(method_invocation) @pin @pinx\n".to_owned(),
                "unknown capture @pinx",
            ),
            ("PIN110.scm", "(no_such_node) @pin\n".to_owned(), "row 1"),
            (
                "PIN110.scm",
                "((method_invocation) @pin (#pinscan-up! @pin \"block:[^;]*;\") \
                 (#pinscan-join! \"j\" @pin))\n"
                    .to_owned(),
                "only one half",
            ),
            (
                "PIN110.scm",
                "((method_invocation) @pin (#pinscan-join! \"j\" @pin))\n".to_owned(),
                "without #pinscan-up!",
            ),
        ];
        for (file, text, want) in cases {
            let e = err(j, file, &text);
            assert!(
                e.starts_with(&format!("queries/java/{file}: ")),
                "{file}: {e}"
            );
            assert!(e.contains(want), "{file} {text:?}: {e} (want {want:?})");
        }
        // Errors in the whole-language pack name the file too.
        let rules = load_builtin().unwrap();
        let two = [
            ("PIN110.scm", JAVA_ADD),
            ("PIN502.scm", "\n(no_such_node) @pin\n"),
        ];
        let e = compile(j, &two, &rules).unwrap_err().to_string();
        assert!(
            e.starts_with("queries/java/PIN502.scm: ") && e.contains("row 2"),
            "{e}"
        );
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
            let Some((file, src)) = embedded(lang)
                .into_iter()
                .find(|(f, _)| rule_of_file(f) == Some(id))
            else {
                continue;
            };
            let whole = Query::new(&lang.grammar(), src).unwrap();
            for i in 0..whole.pattern_count() {
                let (s, e) = (
                    whole.start_byte_for_pattern(i),
                    whole.end_byte_for_pattern(i),
                );
                let pattern = &src[s..e];
                let t = std::time::Instant::now();
                let ok = Query::new(&lang.grammar(), pattern).is_ok();
                println!(
                    "{:>8.1} ms {} {file} pattern at byte {s} ({} bytes, compiles: {ok})",
                    t.elapsed().as_secs_f64() * 1000.0,
                    lang.name(),
                    pattern.len()
                );
            }
        }
    }
}
