//! The regex engine: every match of a regex rule's pattern becomes a `Candidate` once its
//! context requirements (`near` / `not_near` within a window of lines) are met.

use std::time::Instant;

use super::{Engine, EngineOut, FileCtx};
use crate::Settings;
use crate::finding::Candidate;
use crate::outcome::ms;
use crate::rules::{Context, LazyRegex, Rule};

/// Runs every regex rule whose keywords the prefilter saw.
#[derive(Debug)]
pub struct RegexEngine {
    /// Indices of the regex rules.
    rules: Vec<usize>,
}

impl RegexEngine {
    pub fn new(settings: &Settings) -> RegexEngine {
        RegexEngine {
            rules: settings
                .rules
                .rules()
                .iter()
                .enumerate()
                .filter(|(_, r)| r.regex().is_some())
                .map(|(i, _)| i)
                .collect(),
        }
    }
}

impl Engine for RegexEngine {
    fn run(&self, file: &FileCtx<'_>, out: &mut EngineOut) {
        let t = Instant::now();
        for &i in &self.rules {
            if file.hits[i] {
                let t = Instant::now();
                let rule = file.settings.rules.get(i);
                run(i, rule, file.text, file.settings.gates, &mut out.candidates);
                out.timings.rule(&rule.id, t.elapsed());
            }
        }
        out.timings.regex_ms += ms(t.elapsed());
    }
}

/// Matches on lines longer than this (minified bundles, generated data) are ignored.
pub const MAX_LINE: usize = 4096;

/// Byte range of the `lines` lines before and after `start..end`, clamped to `text`.
pub fn line_window(text: &str, start: usize, end: usize, lines: usize) -> std::ops::Range<usize> {
    let bytes = text.as_bytes();
    let mut lo = start.min(bytes.len());
    let mut seen = 0;
    while lo > 0 {
        if bytes[lo - 1] == b'\n' {
            if seen == lines {
                break;
            }
            seen += 1;
        }
        lo -= 1;
    }
    let mut hi = end.min(bytes.len());
    seen = 0;
    while hi < bytes.len() {
        if bytes[hi] == b'\n' {
            if seen == lines {
                break;
            }
            seen += 1;
        }
        hi += 1;
    }
    // Keep the window on char boundaries (the text is valid UTF-8, bytes may not be).
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    while hi < bytes.len() && !text.is_char_boundary(hi) {
        hi += 1;
    }
    lo..hi
}

/// Whether the context of `start..end` satisfies `ctx`.
pub fn context_ok(text: &str, start: usize, end: usize, ctx: &Context) -> bool {
    let window = &text[line_window(text, start, end, ctx.lines)];
    let hit = |re: &Option<LazyRegex>| {
        re.as_ref()
            .map(|r| r.get().is_ok_and(|r| r.is_match(window)))
    };
    if hit(&ctx.near) == Some(false) {
        return false;
    }
    if hit(&ctx.requires) == Some(false) {
        return false;
    }
    if hit(&ctx.not_near) == Some(true) {
        return false;
    }
    true
}

/// Extra lines around a `near` window, for values that span several lines (byte lists).
/// Patterns where `.` matches a newline (`(?s)`, PEM blocks) are never windowed. Windows
/// start and end at line boundaries, so `\b` and `(?m)^`/`$` behave as in the whole text;
/// a text anchor (`\A`, `^` without `(?m)`) would not, and no windowed rule uses one.
const WINDOW_MARGIN: usize = 8;

/// The parts of `text` a rule with a `near` context can report in: whole lines within
/// `lines + WINDOW_MARGIN` of a `near` match, merged. `None` when the rule has no `near`
/// (it runs over the whole text).
fn windows(text: &str, pattern: &str, ctx: &Context) -> Option<Vec<std::ops::Range<usize>>> {
    let near = ctx.near.as_ref()?.get().ok()?;
    if pattern.contains("(?s") || pattern.contains("(?is") || pattern.contains("(?ms") {
        return None;
    }
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    // The line of the previous `near` match: more matches on it add nothing.
    let mut line = 0..0;
    for m in near.find_iter(text) {
        if line.contains(&m.start()) && m.end() <= line.end {
            continue;
        }
        line = line_window(text, m.start(), m.end(), 0);
        line.end = line.end.max(m.end() + 1);
        let w = line_window(text, m.start(), m.end(), ctx.lines + WINDOW_MARGIN);
        match out.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => out.push(w),
        }
    }
    Some(out)
}

/// Run one regex rule over `text`, appending candidates. With `windowed`, a rule with a
/// `near` context only searches the lines around its `near` matches (the same findings,
/// found without running the pattern over the rest of the file).
pub fn run(rule_index: usize, rule: &Rule, text: &str, windowed: bool, out: &mut Vec<Candidate>) {
    let Some(m) = rule.regex() else { return };
    let Ok(re) = m.pattern.get() else { return };
    let parts = match m
        .context
        .as_ref()
        .filter(|_| windowed)
        .and_then(|c| windows(text, re.as_str(), c))
    {
        Some(w) => w,
        None => std::iter::once(0..text.len()).collect(),
    };
    // The line of the previous match, so that many matches on one line measure it once.
    let mut line = 0..0;
    for part in parts {
        let base = part.start;
        for caps in re.captures_iter(&text[part]) {
            let Some(whole) = caps.get(0) else { continue };
            let span = caps.name("value").unwrap_or(whole);
            let (start, end) = (base + span.start(), base + span.end());
            if !line.contains(&start) {
                line = line_window(text, start, start, 0);
                line.end = line.end.max(start + 1);
            }
            // Generated or minified text (one very long line) is not where pins are written.
            if line.len() > MAX_LINE
                || (end > line.end && line_window(text, start, end, 0).len() > MAX_LINE)
            {
                continue;
            }
            let joined = m.join_literals.then(|| join_literals(span.as_str()));
            let value = joined.as_deref().unwrap_or(span.as_str());
            if let Some(vm) = &m.value_matches
                && !vm.get().is_ok_and(|r| r.is_match(value))
            {
                continue;
            }
            if let Some(vn) = &m.value_not_matches
                && vn.get().is_ok_and(|r| r.is_match(value))
            {
                continue;
            }
            if let Some(ctx) = &m.context
                && !context_ok(text, start, end, ctx)
            {
                continue;
            }
            out.push(Candidate::new(
                rule_index,
                start,
                end,
                Some(value.to_owned()),
            ));
        }
    }
}

/// The contents of the string literals in `text`, joined (`"ab" +\n "cd"` is `abcd`);
/// whatever is outside quotes (`+`, `.`, whitespace, line continuations) is dropped.
fn join_literals(text: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => out.push(c),
            None if matches!(c, '"' | '\'') => quote = Some(c),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_join() {
        assert_eq!(join_literals("\"ab12\" +\n    \"cd34\""), "ab12cd34");
        assert_eq!(join_literals("'ab' . 'cd'"), "abcd");
    }

    #[test]
    fn window_covers_neighbouring_lines() {
        let text = "a\nb\nc MATCH\nd\ne";
        let s = text.find("MATCH").unwrap();
        let w = line_window(text, s, s + 5, 1);
        assert_eq!(&text[w], "b\nc MATCH\nd");
        let w0 = line_window(text, s, s + 5, 0);
        assert_eq!(&text[w0], "c MATCH");
    }

    #[test]
    fn window_at_edges() {
        let text = "MATCH";
        assert_eq!(&text[line_window(text, 0, 5, 3)], "MATCH");
    }
}
