//! Per-thread parsing and query execution: one `Parser` per language per thread, reused
//! across files; the pack's single query runs once over the tree.

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use tree_sitter::{ParseOptions, Parser, QueryCursor, StreamingIterator};

use super::Language;
use super::pack::Pack;
use crate::finding::Candidate;

thread_local! {
    static PARSERS: RefCell<Vec<Option<Parser>>> = const { RefCell::new(Vec::new()) };
}

/// Why a file could not be parsed.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error("tree-sitter could not load the {0} grammar")]
    Grammar(&'static str),
    #[error("parsing took longer than {0:?}; only text rules were applied")]
    Deadline(Duration),
    #[error("a query ran longer than {0:?}; its results for this file may be incomplete")]
    QueryDeadline(Duration),
}

/// For `pinscan debug`: the syntax tree (indented S-expression) or every query match.
pub fn debug(
    lang: Language,
    rules: &crate::rules::RuleSet,
    text: &str,
    query: bool,
) -> Result<String, String> {
    use std::fmt::Write as _;
    let mut parser = Parser::new();
    parser
        .set_language(&lang.grammar())
        .map_err(|e| e.to_string())?;
    let tree = parser.parse(text, None).ok_or("parse failed")?;
    let mut out = String::new();
    if !query {
        let mut cursor = tree.walk();
        let mut depth = 0usize;
        loop {
            let node = cursor.node();
            if node.is_named() {
                let field = cursor
                    .field_name()
                    .map_or(String::new(), |f| format!("{f}: "));
                let p = node.start_position();
                let leaf = if node.named_child_count() == 0 {
                    format!(
                        " {:?}",
                        text.get(node.byte_range())
                            .unwrap_or("")
                            .chars()
                            .take(60)
                            .collect::<String>()
                    )
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "{}{field}({}) [{}:{}]{leaf}",
                    "  ".repeat(depth),
                    node.kind(),
                    p.row + 1,
                    p.column + 1
                );
            }
            if cursor.goto_first_child() {
                depth += 1;
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    return Ok(out);
                }
                depth -= 1;
            }
        }
    }
    let pack = super::pack::build(lang, rules).map_err(|e| e.to_string())?;
    let mut cursor = QueryCursor::new();
    let mut matches = cursor.matches(&pack.query, tree.root_node(), text.as_bytes());
    while let Some(m) = matches.next() {
        let rule = pack
            .pattern_rule
            .get(m.pattern_index)
            .map_or("?", |&r| rules.get(r).id.as_str());
        let _ = writeln!(out, "{rule} pattern {}:", m.pattern_index);
        for c in m.captures() {
            let name = pack
                .query
                .capture_names()
                .get(c.index as usize)
                .copied()
                .unwrap_or("?");
            let p = c.node.start_position();
            let snippet: String = text
                .get(c.node.byte_range())
                .unwrap_or("")
                .chars()
                .take(80)
                .collect();
            let _ = writeln!(
                out,
                "  @{name} [{}:{}] {snippet:?}",
                p.row + 1,
                p.column + 1
            );
        }
    }
    Ok(out)
}

/// Parse `text` as `lang` with this thread's parser, giving up after `deadline`.
pub fn parse(
    lang: Language,
    text: &str,
    deadline: Duration,
) -> Result<tree_sitter::Tree, ParseError> {
    parse_ranges(lang, text, &[], deadline)
}

/// `parse` over the byte ranges `included` of `text` only (`lang::focus`; sorted, not
/// overlapping; empty: the whole text). The tree's offsets are the text's own.
pub fn parse_ranges(
    lang: Language,
    text: &str,
    included: &[std::ops::Range<usize>],
    deadline: Duration,
) -> Result<tree_sitter::Tree, ParseError> {
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        if parsers.len() < Language::ALL.len() {
            parsers.resize_with(Language::ALL.len(), || None);
        }
        let slot = &mut parsers[lang.index()];
        if slot.is_none() {
            let mut p = Parser::new();
            p.set_language(&lang.grammar())
                .map_err(|_| ParseError::Grammar(lang.name()))?;
            *slot = Some(p);
        }
        let Some(parser) = slot.as_mut() else {
            return Err(ParseError::Grammar(lang.name()));
        };
        let ranges = ts_ranges(text, included);
        // Empty ranges mean the whole document again (a reused parser keeps its last ones).
        if parser.set_included_ranges(&ranges).is_err() {
            parser.set_included_ranges(&[]).ok();
        }
        let started = Instant::now();
        let mut progress = |_: &tree_sitter::ParseState| {
            if started.elapsed() > deadline {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let bytes = text.as_bytes();
        let tree = parser.parse_with_options(
            &mut |offset, _| bytes.get(offset..).unwrap_or_default(),
            None,
            Some(ParseOptions::new().progress_callback(&mut progress)),
        );
        if tree.is_none() {
            parser.reset();
        }
        if !ranges.is_empty() {
            parser.set_included_ranges(&[]).ok();
        }
        tree.ok_or(ParseError::Deadline(deadline))
    })
}

/// Byte ranges as tree-sitter ranges (with their row and column).
fn ts_ranges(text: &str, included: &[std::ops::Range<usize>]) -> Vec<tree_sitter::Range> {
    let b = text.as_bytes();
    let (mut row, mut line_start, mut at) = (0usize, 0usize, 0usize);
    let mut point = |to: usize| {
        let to = to.min(b.len());
        for (i, &c) in b[at.min(to)..to].iter().enumerate() {
            if c == b'\n' {
                row += 1;
                line_start = at + i + 1;
            }
        }
        at = at.max(to);
        tree_sitter::Point::new(row, to - line_start)
    };
    included
        .iter()
        .map(|r| {
            let start_point = point(r.start);
            let end_point = point(r.end);
            tree_sitter::Range {
                start_byte: r.start,
                end_byte: r.end,
                start_point,
                end_point,
            }
        })
        .collect()
}

/// Most in-progress matches a cursor keeps: patterns with unanchored siblings can otherwise
/// grow quadratically on files with thousands of statements.
const MATCH_LIMIT: u32 = 2048;

/// Run `pack` over a parsed `tree`, appending candidates for rules in `active`; with
/// `ranges`, only over the syntax nodes that overlap one of them (each range is a gate
/// word, see `gate`), otherwise over the whole tree. Gives up after `deadline` (the
/// candidates found so far are kept) and says so.
pub fn run(
    pack: &Pack,
    tree: &tree_sitter::Tree,
    text: &str,
    active: &[bool],
    ranges: &[std::ops::Range<usize>],
    deadline: Duration,
    out: &mut Vec<Candidate>,
) -> Result<(), ParseError> {
    let started = Instant::now();
    let mut cursor = QueryCursor::new();
    cursor.set_match_limit(MATCH_LIMIT);
    if ranges.is_empty() {
        return run_range(
            pack,
            tree,
            text,
            active,
            &mut cursor,
            started,
            deadline,
            out,
        );
    }
    for r in ranges {
        cursor.set_byte_range(r.clone());
        run_range(
            pack,
            tree,
            text,
            active,
            &mut cursor,
            started,
            deadline,
            out,
        )?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn run_range(
    pack: &Pack,
    tree: &tree_sitter::Tree,
    text: &str,
    active: &[bool],
    cursor: &mut QueryCursor,
    started: Instant,
    deadline: Duration,
    out: &mut Vec<Candidate>,
) -> Result<(), ParseError> {
    let mut timed_out = false;
    let mut progress = |_: &tree_sitter::QueryCursorState| {
        if started.elapsed() > deadline {
            timed_out = true;
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let mut climbs: Vec<(usize, usize, usize, Candidate)> = Vec::new();
    // Where halves of joins meet the other half.
    let mut meets: Vec<tree_sitter::Node<'_>> = Vec::new();
    let mut matches = cursor.matches_with_options(
        &pack.query,
        tree.root_node(),
        text.as_bytes(),
        tree_sitter::QueryCursorOptions::new().progress_callback(&mut progress),
    );
    while let Some(m) = matches.next() {
        let Some(&rule) = pack.pattern_rule.get(m.pattern_index) else {
            continue;
        };
        if !active.get(rule).copied().unwrap_or(false) {
            continue;
        }
        if let Some(Some(climb)) = pack.climbs.get(m.pattern_index)
            && climb.join.is_some()
        {
            // A half of a join: both halves are looked for in the nodes where they meet.
            meets.extend(climb.meets(m.captures(), text).into_iter().map(|(n, _)| n));
            continue;
        }
        let Some(pin) = m.captures().iter().find(|c| c.index == pack.pin) else {
            continue;
        };
        let mut pin_node = pin.node;
        let mut climbed = None;
        if let Some(Some(climb)) = pack.climbs.get(m.pattern_index) {
            match climb.check(m.captures(), text) {
                None => continue,
                Some(Some((n, steps))) => {
                    pin_node = n;
                    climbed = Some(steps);
                }
                Some(None) => climbed = Some(0),
            }
        }
        let value = pack
            .value
            .and_then(|v| m.captures().iter().find(|c| c.index == v))
            .and_then(|c| text.get(c.node.byte_range()))
            .map(str::to_owned);
        let start = pack
            .start
            .and_then(|s| m.captures().iter().find(|c| c.index == s));
        let (start, end) = span(pin_node.byte_range(), start.map(|c| c.node.byte_range()));
        match climbed {
            Some(steps) => {
                climbs.push((start, end, steps, Candidate::new(rule, start, end, value)));
            }
            None => out.push(Candidate::new(rule, start, end, value)),
        }
    }
    drop(matches);
    if !meets.is_empty() {
        join(pack, text, active, meets, &mut climbs);
    }
    // Climbing patterns match the inner node, so tree-sitter finishes the inner ones of a
    // chain first; the unrolled patterns they replace found the outer ones (closest to the
    // reported node) first, and the first of a span is the one kept (`passes::dedupe`).
    climbs.sort_by_key(|(start, end, steps, _)| (*start, *end, *steps));
    out.extend(climbs.into_iter().map(|(_, _, _, c)| c));
    if timed_out {
        Err(ParseError::QueryDeadline(deadline))
    } else {
        Ok(())
    }
}

/// The reported span: `@pin.start` inside `@pin` moves the span's start; outside it, the
/// finding is at that node (the statement that puts the pin in place, before the call using it).
fn span(pin: std::ops::Range<usize>, start: Option<std::ops::Range<usize>>) -> (usize, usize) {
    match start {
        Some(r) if r.start >= pin.start && r.start <= pin.end => (r.start, pin.end),
        Some(r) => (r.start, r.end),
        None => (pin.start, pin.end),
    }
}

/// What one half of a join contributes: its key text and reported captures.
#[derive(Clone, Debug)]
struct Half {
    key: String,
    pin: Option<std::ops::Range<usize>>,
    value: Option<String>,
    start: Option<std::ops::Range<usize>>,
}

impl Half {
    fn of(pack: &Pack, captures: &[tree_sitter::QueryCapture<'_>], key: u32, text: &str) -> Self {
        let node = |i: Option<u32>| {
            i.and_then(|i| captures.iter().find(|c| c.index == i))
                .map(|c| c.node.byte_range())
        };
        Half {
            key: node(Some(key))
                .and_then(|r| text.get(r))
                .unwrap_or("")
                .to_owned(),
            pin: node(Some(pack.pin)),
            value: node(pack.value)
                .and_then(|r| text.get(r))
                .map(str::to_owned),
            start: node(pack.start),
        }
    }
}

/// Find the halves of joins that meet at each of `meets` and pair them, pushing a candidate
/// for each pair (one per second half when the first adds nothing).
fn join(
    pack: &Pack,
    text: &str,
    active: &[bool],
    mut meets: Vec<tree_sitter::Node<'_>>,
    out: &mut Vec<(usize, usize, usize, Candidate)>,
) {
    meets.sort_by_key(tree_sitter::Node::id);
    meets.dedup_by_key(|n| n.id());
    let mut cursor = QueryCursor::new();
    cursor.set_match_limit(MATCH_LIMIT);
    for meet in meets {
        // Halves met at `meet`: (join, rule, first half, child start, half).
        let mut halves: Vec<(&str, usize, bool, usize, Half)> = Vec::new();
        let mut matches = cursor.matches(&pack.query, meet, text.as_bytes());
        while let Some(m) = matches.next() {
            let Some(Some(climb)) = pack.climbs.get(m.pattern_index) else {
                continue;
            };
            let Some(j) = climb.join.as_ref() else {
                continue;
            };
            let Some(&rule) = pack.pattern_rule.get(m.pattern_index) else {
                continue;
            };
            if !active.get(rule).copied().unwrap_or(false) {
                continue;
            }
            for (n, child) in climb.meets(m.captures(), text) {
                if n.id() == meet.id() {
                    let half = Half::of(pack, m.captures(), j.key, text);
                    halves.push((j.name.as_str(), rule, j.partner, child.start_byte(), half));
                }
            }
        }
        for (name, rule, _, at, second) in halves.iter().filter(|h| !h.2) {
            let Some(pin) = second.pin.clone() else {
                continue;
            };
            for (_, _, _, _, first) in halves
                .iter()
                .filter(|f| f.2 && f.0 == *name && f.3 < *at && f.4.key == second.key)
            {
                let start = second.start.clone().or_else(|| first.start.clone());
                let value = second.value.clone().or_else(|| first.value.clone());
                let (s, e) = span(pin.clone(), start);
                out.push((s, e, 0, Candidate::new(*rule, s, e, value)));
                if first.start.is_none() && first.value.is_none() {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_builtin;

    /// Java PIN305 is a join: the `load` / `setCertificateEntry` half must come before the
    /// `init` half in the same block, on the same variable; gate ranges around `init` alone
    /// still find the earlier half.
    #[test]
    fn joins_pair_halves_in_order_on_the_key() {
        let rules = load_builtin().unwrap();
        let lang = Language::from_name("java").unwrap();
        let rule = rules.index_of("PIN305").unwrap();
        let pack = super::super::pack::build_for(lang, &rules, Some(rule)).unwrap();
        let mut active = vec![false; rules.rules().len()];
        active[rule] = true;
        let values = |text: &str, gated: bool| {
            let tree = parse(lang, text, Duration::from_secs(5)).unwrap();
            let ranges: Vec<_> = if gated {
                text.match_indices("init")
                    .map(|(i, w)| i..i + w.len())
                    .collect()
            } else {
                Vec::new()
            };
            let mut out = Vec::new();
            run(
                &pack,
                &tree,
                text,
                &active,
                &ranges,
                Duration::from_secs(5),
                &mut out,
            )
            .unwrap();
            let mut v: Vec<String> = out.into_iter().filter_map(|c| c.value).collect();
            v.sort();
            v.dedup();
            v
        };
        let good = "class A { void f() { ks.setCertificateEntry(\"a\", ca); \
                    other.setCertificateEntry(\"b\", cb); tmf.init(ks); } }";
        assert_eq!(values(good, false), ["ca"]);
        assert_eq!(values(good, true), ["ca"]);
        let reversed = "class A { void f() { tmf.init(ks); ks.setCertificateEntry(\"a\", ca); } }";
        assert!(values(reversed, false).is_empty());
        let platform = "class A { void f() { ks.load(new FileInputStream(cacerts), pw); \
                        tmf.init(ks); } }";
        assert!(values(platform, false).is_empty());
    }
}
