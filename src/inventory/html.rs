//! The inventory as one self-contained HTML page: inline CSS, a little hand-written inline
//! JavaScript (`html.js`: filter, sort and page the findings and repository tables), an SVG
//! timeline drawn here, and no network request of any kind (a strict
//! Content-Security-Policy says so to the browser).
//!
//! Every finding and repository is in the page, as compact JSON in
//! `<script type="application/json" id="findings-data">` (`write_data`): strings that many
//! findings share (repositories, rules, CAs, paths, messages) are lookup lists the findings
//! index, and the findings are columns. The first `PAGE_ROWS` rows of each table are also
//! rendered here, so the page shows them without script; the script parses the data once
//! and builds only the visible page's rows (`createElement`, `textContent`).
//!
//! Every string from a result file is untrusted: in markup it goes through `text`
//! (terminal-unsafe characters made visible, then `& < > " '` escaped); in the data the same
//! terminal escaping, then `js_str` (a JSON string in which `<`, `>`, `&`, U+2028 and U+2029
//! are `\u` escapes, so nothing ends the script element). Only `https://` URLs become links
//! (`href`), checked here and again by the script.
//!
//! Opening the page with `#selftest` makes the script filter, sort and page both tables once
//! and write what it saw into `<html data-selftest="...">` (the browser test reads it with
//! `--dump-dom`); script errors are collected into `<html data-errors="...">`.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;

use super::{CaTotal, Inventory, RepoStatus, Totals};
use crate::escape;
use crate::rules::Severity;

/// Rows of a table page: the rows rendered without script, and the script's page size.
pub const PAGE_ROWS: usize = 100;
/// A finding's value is cut to this many characters in the page (an ellipsis marks it).
pub const VALUE_CHARS: usize = 200;
/// A finding's message is cut to this many characters in the page.
pub const MESSAGE_CHARS: usize = 300;

/// The page's Content-Security-Policy: nothing from anywhere; inline style and script only.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// `s` safe as HTML text or a quoted attribute value.
pub fn text(s: &str) -> Cow<'_, str> {
    let s = escape::terminal(s);
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return s;
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `url` when it may be a link: `https://`, no whitespace, controls, quotes, angle
/// brackets or backslashes.
pub fn safe_href(url: &str) -> Option<&str> {
    (url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\')
        }))
    .then_some(url)
}

/// `s` cut to `max` characters, an ellipsis marking the cut.
fn cut(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        Some((i, _)) => Cow::Owned(format!("{}…", &s[..i])),
        None => Cow::Borrowed(s),
    }
}

fn sev_rank(s: Severity) -> u8 {
    match s {
        Severity::Error => 2,
        Severity::Warning => 1,
        Severity::Note => 0,
    }
}

const STYLE: &str = r#"
:root{--err:#b00020;--warn:#9a5b00;--note:#546e7a;--ok:#2e7d32;--line:#d8dde3;--bg:#f6f8fa}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
header{background:#24292f;color:#fff;padding:16px 24px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.85}
nav{padding:8px 24px;background:var(--bg);border-bottom:1px solid var(--line)}
nav a{margin-right:16px;color:#0969da;text-decoration:none}
main{padding:0 24px 48px}
h2{margin:28px 0 10px;font-size:18px}
table{border-collapse:collapse;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);position:sticky;top:0}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-top:16px}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:22px}
.sev-error,.st-retired,.st-expired{color:var(--err);font-weight:600}
.sev-warning,.st-retiring{color:var(--warn);font-weight:600}
.sev-note{color:var(--note)}
.st-active{color:var(--ok)}
.grid{display:flex;gap:32px;flex-wrap:wrap}
#findings-table{table-layout:fixed;width:100%}
#findings-table td{overflow-wrap:anywhere}
.controls{display:flex;gap:8px;align-items:center;margin-bottom:8px;flex-wrap:wrap}
.controls input{width:320px;padding:4px 8px}
.muted{color:#59636e}
.pager{display:flex;gap:8px;align-items:center;margin-bottom:8px}
.paged th{cursor:pointer;user-select:none}
.paged th[aria-sort=ascending]::after{content:" \25B2"}
.paged th[aria-sort=descending]::after{content:" \25BC"}
#repositories-table{width:100%}
svg text{font:11px system-ui,sans-serif}
"#;

/// The page's own script (`html.js`): parses the data element once, then filters, sorts
/// and pages both tables over all their rows, building only the visible page with DOM
/// calls; and the `#selftest` run. It never writes markup.
const SCRIPT: &str = include_str!("html.js");

/// Collects script errors into `<html data-errors>`; runs before any other script.
const ERROR_HOOK: &str = "window.__pinscanErrors=[];window.addEventListener('error',function(e){window.__pinscanErrors.push(String(e.message)+' at '+String(e.lineno));document.documentElement.setAttribute('data-errors',JSON.stringify(window.__pinscanErrors));});";

/// Write the page.
pub fn write(inv: &Inventory, out: &mut dyn io::Write) -> io::Result<()> {
    let totals = inv.totals();
    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>pinscan inventory</title>\n<script>{ERROR_HOOK}</script>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    );
    let _ = writeln!(
        h,
        "<header><h1>pinscan inventory</h1><p>{} repositories ({} failed), {} findings · CA catalog {} · pinscan {}</p></header>",
        totals.repositories,
        totals.failed,
        totals.findings,
        text(&inv.catalog_version),
        env!("CARGO_PKG_VERSION")
    );
    h.push_str(
        "<nav><a href=\"#by-ca\">By CA</a><a href=\"#timeline\">Timeline</a><a href=\"#by-severity\">By severity</a>\
         <a href=\"#by-kind\">By kind</a><a href=\"#by-repository\">By repository</a><a href=\"#findings\">Findings</a></nav>\n<main>\n",
    );
    summary_cards(&mut h, &totals);
    if !inv.errors.is_empty() || !inv.notes.is_empty() {
        h.push_str("<section id=\"problems\"><h2>Inputs not merged</h2><ul>");
        for e in &inv.errors {
            let _ = write!(
                h,
                "<li><code>{}</code>: {}</li>",
                text(&e.path),
                text(&e.message)
            );
        }
        for n in &inv.notes {
            let _ = write!(h, "<li class=\"muted\">{}</li>", text(n));
        }
        h.push_str("</ul></section>\n");
    }
    by_ca(&mut h, &totals);
    timeline(&mut h, &totals.by_ca, &inv.catalog_version);
    h.push_str("<div class=\"grid\">");
    h.push_str("<section id=\"by-severity\"><h2>By severity</h2><table><thead><tr><th>severity</th><th class=\"n\">findings</th></tr></thead><tbody>");
    for (name, n) in [
        ("error", totals.by_severity.error),
        ("warning", totals.by_severity.warning),
        ("note", totals.by_severity.note),
    ] {
        let _ = write!(
            h,
            "<tr><td class=\"sev-{name}\">{name}</td><td class=\"n\">{n}</td></tr>"
        );
    }
    h.push_str("</tbody></table></section>");
    h.push_str("<section id=\"by-kind\"><h2>By kind</h2><table><thead><tr><th>kind</th><th class=\"n\">findings</th></tr></thead><tbody>");
    for (kind, n) in &totals.by_kind {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{n}</td></tr>",
            text(kind)
        );
    }
    h.push_str("</tbody></table></section></div>\n");
    by_repository(&mut h, inv, &totals);
    out.write_all(h.as_bytes())?;
    h.clear();
    findings(&mut h, inv, &totals, out)?;
    let _ = write!(h, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out.write_all(h.as_bytes())
}

fn summary_cards(h: &mut String, t: &Totals) {
    let _ = writeln!(
        h,
        "<div class=\"cards\"><div class=\"card\"><b>{}</b>repositories</div>\
         <div class=\"card\"><b>{}</b>findings</div>\
         <div class=\"card sev-error\"><b>{}</b>errors</div>\
         <div class=\"card sev-warning\"><b>{}</b>warnings</div>\
         <div class=\"card sev-note\"><b>{}</b>notes</div>\
         <div class=\"card\"><b>{}</b>CAs pinned</div></div>",
        t.repositories,
        t.findings,
        t.by_severity.error,
        t.by_severity.warning,
        t.by_severity.note,
        t.by_ca.len()
    );
}

fn status_class(status: Option<&str>) -> &'static str {
    match status {
        Some("active") => "st-active",
        Some("retiring") => "st-retiring",
        Some("retired") => "st-retired",
        Some("expired") => "st-expired",
        _ => "",
    }
}

fn by_ca(h: &mut String, t: &Totals) {
    h.push_str(
        "<section id=\"by-ca\"><h2>By CA</h2><table><thead><tr><th>CA</th><th>role</th><th>status</th>\
         <th>not after</th><th class=\"n\">pins</th><th class=\"n\">repositories</th></tr></thead><tbody>",
    );
    for ca in &t.by_ca {
        let _ = write!(
            h,
            "<tr><td>{}{}{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            text(&ca.name),
            ca.variant
                .as_deref()
                .map(|v| format!(" <span class=\"muted\">({})</span>", text(v)))
                .unwrap_or_default(),
            if ca.in_catalog {
                ""
            } else {
                " <span class=\"muted\">(not in the built-in catalog)</span>"
            },
            text(ca.role.as_deref().unwrap_or("")),
            status_class(ca.status.as_deref()),
            text(ca.status.as_deref().unwrap_or("")),
            text(ca.not_after.as_deref().unwrap_or("")),
            ca.pins,
            ca.repositories
        );
    }
    if t.by_ca.is_empty() {
        h.push_str(
            "<tr><td colspan=\"6\" class=\"muted\">no finding depends on a known CA</td></tr>",
        );
    }
    h.push_str("</tbody></table></section>\n");
}

fn status_color(status: Option<&str>) -> &'static str {
    match status {
        Some("active") => "#2e7d32",
        Some("retiring") => "#c77700",
        Some("retired" | "expired") => "#b00020",
        _ => "#6e7781",
    }
}

/// The SVG timeline: one row per CA, sorted by expiry; a bar from the catalog's date to
/// `not_after` in the colour of its status, a dot whose area follows the pins that depend
/// on it, and the counts.
#[allow(clippy::many_single_char_names)] // x and y of a chart
fn timeline(h: &mut String, cas: &[CaTotal], as_of: &str) {
    const LABEL_W: f64 = 330.0;
    const CHART_W: f64 = 560.0;
    const ROW_H: f64 = 22.0;
    const TOP: f64 = 30.0;
    h.push_str("<section id=\"timeline\"><h2>CA expiry timeline</h2>");
    let mut rows: Vec<(&CaTotal, Option<i64>)> = cas
        .iter()
        .map(|c| {
            (
                c,
                c.not_after.as_deref().and_then(crate::date::days_from_date),
            )
        })
        .collect();
    rows.sort_by(|a, b| (a.1.is_none(), a.1, &a.0.name).cmp(&(b.1.is_none(), b.1, &b.0.name)));
    if rows.is_empty() {
        h.push_str("<p class=\"muted\">no finding depends on a known CA</p></section>\n");
        return;
    }
    let now = crate::date::days_from_date(as_of);
    let year = |d: i64| {
        crate::date::date_from_days(d)[..4]
            .parse::<i64>()
            .unwrap_or(1970)
    };
    let dated: Vec<i64> = rows.iter().filter_map(|r| r.1).chain(now).collect();
    let first_year = dated.iter().copied().map(year).min().unwrap_or(2020);
    let last_year = dated.iter().copied().map(year).max().unwrap_or(2040) + 1;
    let start = crate::date::days_from_date(&format!("{first_year:04}-01-01")).unwrap_or(0);
    let end = crate::date::days_from_date(&format!("{last_year:04}-01-01")).unwrap_or(1);
    #[allow(clippy::cast_precision_loss)]
    let x = |d: i64| LABEL_W + CHART_W * (d - start) as f64 / (end - start).max(1) as f64;
    let max_pins = rows.iter().map(|r| r.0.pins).max().unwrap_or(1).max(1);
    #[allow(clippy::cast_precision_loss)]
    let height = TOP + ROW_H * rows.len() as f64 + 30.0;
    let width = LABEL_W + CHART_W + 170.0;
    let _ = write!(
        h,
        "<svg role=\"img\" aria-label=\"CA expiry timeline\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
    );
    // Year ticks, at most about a dozen.
    let step = ((last_year - first_year) / 12 + 1).max(1);
    let mut y = first_year;
    while y <= last_year {
        if let Some(d) = crate::date::days_from_date(&format!("{y:04}-01-01")) {
            let _ = write!(
                h,
                "<line x1=\"{0:.1}\" y1=\"{1}\" x2=\"{0:.1}\" y2=\"{2:.1}\" stroke=\"#d8dde3\"/><text x=\"{0:.1}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#59636e\">{y}</text>",
                x(d),
                TOP - 8.0,
                height - 24.0,
                TOP - 12.0
            );
        }
        y += step;
    }
    if let Some(n) = now {
        let _ = write!(
            h,
            "<line x1=\"{0:.1}\" y1=\"{1}\" x2=\"{0:.1}\" y2=\"{2:.1}\" stroke=\"#24292f\" stroke-dasharray=\"4 3\"/><text x=\"{0:.1}\" y=\"{3:.1}\" text-anchor=\"middle\">catalog {4}</text>",
            x(n),
            TOP - 8.0,
            height - 24.0,
            height - 8.0,
            text(as_of)
        );
    }
    for (i, (ca, date)) in rows.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let cy = TOP + ROW_H * (i as f64) + ROW_H / 2.0;
        let color = status_color(ca.status.as_deref());
        let status = ca.status.as_deref().unwrap_or("unknown");
        let _ = write!(
            h,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            LABEL_W - 8.0,
            cy + 4.0,
            text(&cut(&label(ca), 48))
        );
        #[allow(clippy::cast_precision_loss)]
        let r = 3.0 + 7.0 * (ca.pins as f64 / max_pins as f64).sqrt();
        let tip = format!(
            "{}: {}, not after {}, {} pins in {} repositories",
            label(ca),
            status,
            ca.not_after.as_deref().unwrap_or("unknown"),
            ca.pins,
            ca.repositories
        );
        match date {
            Some(d) => {
                let from = now.unwrap_or(start).min(*d);
                let _ = write!(
                    h,
                    "<line x1=\"{:.1}\" y1=\"{cy:.1}\" x2=\"{:.1}\" y2=\"{cy:.1}\" stroke=\"{color}\" stroke-width=\"4\" stroke-opacity=\"0.35\"/>\
                     <circle cx=\"{:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" fill=\"{color}\"><title>{}</title></circle>",
                    x(from),
                    x(*d),
                    x(*d),
                    text(&tip)
                );
            }
            None => {
                let _ = write!(
                    h,
                    "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{color}\"><title>{}</title>no date</text>",
                    LABEL_W,
                    cy + 4.0,
                    text(&tip)
                );
            }
        }
        let _ = write!(
            h,
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{color}\">{} · {} pin{} · {} repo{}</text>",
            LABEL_W + CHART_W + 12.0,
            cy + 4.0,
            text(status),
            ca.pins,
            if ca.pins == 1 { "" } else { "s" },
            ca.repositories,
            if ca.repositories == 1 { "" } else { "s" }
        );
    }
    h.push_str("</svg><p class=\"muted\">Each CA on the date it expires (not after); the bar runs from the catalog's date, the dot grows with the pins that depend on it. Colour: <span class=\"st-active\">active</span>, <span class=\"st-retiring\">retiring</span>, <span class=\"st-retired\">retired or expired</span>.</p></section>\n");
}

/// A CA's name with its issuance variant, if any.
fn label(ca: &CaTotal) -> String {
    match &ca.variant {
        Some(v) => format!("{} ({v})", ca.name),
        None => ca.name.clone(),
    }
}

/// A finding's link in the page data: none, the repository's blob base joined with its
/// path and line (the script builds it like `Inventory::link`), or written out (when the
/// path shown differs from the path linked, an escaped control character).
enum Link {
    None,
    Derived,
    Explicit(String),
}

/// One finding as the findings table shows it: strings shared by many findings are ranks
/// into the page's sorted lookup lists, so sorting by rank sorts by the string.
struct Row {
    repo: u32,
    path: u32,
    line: u64,
    rule: u32,
    sev: u8,
    ca: Option<u32>,
    value: String,
    message: u32,
    link: Link,
}

/// What the tables show, numbered and sorted once: the page's JSON data and the rows
/// rendered without script both come from it.
struct Page {
    /// Rank of a rule to its index in `Inventory::rules` (sorted by id, name, kind).
    rule_order: Vec<usize>,
    /// Rank of a CA to its index in `Inventory::cas` (sorted by name).
    ca_order: Vec<usize>,
    /// Each repository's blob base when it may be a link.
    bases: Vec<Option<String>>,
    paths: Vec<String>,
    messages: Vec<String>,
    /// In inventory order.
    rows: Vec<Row>,
}

/// Strings of one kind (paths, messages), each stored once.
#[derive(Default)]
struct Strings {
    ids: HashMap<String, u32>,
    list: Vec<String>,
}

impl Strings {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.list.push(s.to_owned());
        self.ids.insert(s.to_owned(), i);
        i
    }

    /// The strings sorted, and the rank of each id among them.
    fn sorted(self) -> (Vec<String>, Vec<u32>) {
        let mut list = self.list;
        let (order, rank) = ranks(&list, Ord::cmp);
        let sorted = order
            .iter()
            .map(|&i| std::mem::take(&mut list[i]))
            .collect();
        (sorted, rank)
    }
}

/// The indices of `items` in the order of `cmp`, and the rank of each index.
fn ranks<T>(items: &[T], cmp: impl Fn(&T, &T) -> Ordering) -> (Vec<usize>, Vec<u32>) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| cmp(&items[a], &items[b]).then(a.cmp(&b)));
    let mut rank = vec![0; items.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    (order, rank)
}

impl Page {
    fn new(inv: &Inventory) -> Self {
        let (rule_order, rule_rank) = ranks(&inv.rules, |a, b| {
            (&a.rule_id, &a.rule_name, &a.kind, &a.confidence).cmp(&(
                &b.rule_id,
                &b.rule_name,
                &b.kind,
                &b.confidence,
            ))
        });
        let (ca_order, ca_rank) = ranks(&inv.cas, |a, b| {
            (&a.name, &a.variant, &a.not_after, &a.status).cmp(&(
                &b.name,
                &b.variant,
                &b.not_after,
                &b.status,
            ))
        });
        let bases: Vec<Option<String>> = inv
            .repositories
            .iter()
            .map(|r| {
                r.blob_base
                    .as_deref()
                    .and_then(safe_href)
                    .map(str::to_owned)
            })
            .collect();
        let mut paths = Strings::default();
        let mut messages = Strings::default();
        let mut rows = Vec::with_capacity(inv.findings.len());
        for f in &inv.findings {
            let details = Inventory::details(f);
            let path = escape::terminal(&f.path);
            let link = match inv.link(f).as_deref().and_then(safe_href) {
                None => Link::None,
                Some(_)
                    if matches!(path, Cow::Borrowed(_))
                        && bases[f.repository as usize].is_some() =>
                {
                    Link::Derived
                }
                Some(url) => Link::Explicit(url.to_owned()),
            };
            let value = cut(details.value.as_deref().unwrap_or_default(), VALUE_CHARS);
            rows.push(Row {
                repo: f.repository,
                path: paths.id(&path),
                line: f.line,
                rule: rule_rank[f.rule as usize],
                sev: sev_rank(f.severity),
                ca: f.ca.map(|c| ca_rank[c as usize]),
                value: escape::terminal(&value).into_owned(),
                message: messages.id(&escape::terminal(&cut(&details.message, MESSAGE_CHARS))),
                link,
            });
        }
        let (paths, path_rank) = paths.sorted();
        let (messages, message_rank) = messages.sorted();
        for r in &mut rows {
            r.path = path_rank[r.path as usize];
            r.message = message_rank[r.message as usize];
        }
        Page {
            rule_order,
            ca_order,
            bases,
            paths,
            messages,
            rows,
        }
    }

    fn rule<'i>(&self, inv: &'i Inventory, rank: u32) -> &'i super::RuleRef {
        &inv.rules[self.rule_order[rank as usize]]
    }

    fn ca<'i>(&self, inv: &'i Inventory, rank: u32) -> &'i super::CaRef {
        &inv.cas[self.ca_order[rank as usize]]
    }
}

/// `s` as a JSON string that is also safe inside a `<script>` element: `<`, `>` and `&`
/// (so no `</script>` or `<!--`), and U+2028 and U+2029, are `\u` escapes.
fn js_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<&str> = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '<' => Some("\\u003c"),
            '>' => Some("\\u003e"),
            '&' => Some("\\u0026"),
            '\u{2028}' => Some("\\u2028"),
            '\u{2029}' => Some("\\u2029"),
            '\n' => Some("\\n"),
            c if c < ' ' => None,
            _ => continue,
        };
        out.push_str(&s[start..i]);
        match esc {
            Some(e) => out.push_str(e),
            None => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
        }
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn js_opt(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => js_str(out, s),
        None => out.push_str("null"),
    }
}

/// `items` as a JSON array, each written by `item`; `h` goes to `out` when it grows big.
fn js_array<T>(
    h: &mut String,
    out: &mut dyn io::Write,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut String, T),
) -> io::Result<()> {
    h.push('[');
    for (n, x) in items.into_iter().enumerate() {
        if n > 0 {
            h.push(',');
        }
        item(h, x);
        if h.len() > 1 << 20 {
            out.write_all(h.as_bytes())?;
            h.clear();
        }
    }
    h.push(']');
    Ok(())
}

/// The page's data element: every finding and repository the tables show, as compact
/// JSON. Findings are columns (one array per field, index `i` of each is finding `i`):
/// `r` repository, `p` path, `l` line, `u` rule, `s` severity (2 error, 1 warning, 0
/// note), `c` CA (-1 none), `v` value, `m` message, `k` link (0 none, 1 the repository's
/// `base` + path + line, else the link); `repos` (`[name, url, base, failed, error,
/// commit, findings, errors, warnings, notes, CAs]`), `rules` (`[id, name, kind]`), `cas`
/// (`[name, status, not after]`), `paths` and `msgs` are the lookup lists they index.
fn write_data(
    h: &mut String,
    out: &mut dyn io::Write,
    inv: &Inventory,
    t: &Totals,
    p: &Page,
) -> io::Result<()> {
    let cas_of: HashMap<&str, usize> = t
        .by_repository
        .iter()
        .map(|r| (r.repository.as_str(), r.cas))
        .collect();
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"findings-data\">{{\"v\":1,\"page\":{PAGE_ROWS},\"cut\":[{VALUE_CHARS},{MESSAGE_CHARS}],\"repos\":"
    );
    js_array(
        h,
        out,
        inv.repositories.iter().zip(&p.bases),
        |h, (r, base)| {
            h.push('[');
            js_str(h, &escape::terminal(&r.name));
            h.push(',');
            js_opt(h, r.url.as_deref().and_then(safe_href));
            h.push(',');
            js_opt(h, base.as_deref());
            let _ = write!(h, ",{},", u8::from(r.status == RepoStatus::Failed));
            js_str(
                h,
                &escape::terminal(&cut(r.error.as_deref().unwrap_or(""), 200)),
            );
            h.push(',');
            js_str(
                h,
                &escape::terminal(&cut(r.commit.as_deref().unwrap_or(""), 12)),
            );
            let _ = write!(
                h,
                ",{},{},{},{},{}]",
                r.findings,
                r.by_severity.error,
                r.by_severity.warning,
                r.by_severity.note,
                cas_of.get(r.name.as_str()).copied().unwrap_or(0)
            );
        },
    )?;
    h.push_str(",\"rules\":");
    js_array(h, out, 0..p.rule_order.len(), |h, rank| {
        let r = p.rule(inv, u32::try_from(rank).unwrap_or(u32::MAX));
        h.push('[');
        js_str(h, &escape::terminal(&r.rule_id));
        h.push(',');
        js_str(h, &escape::terminal(&r.rule_name));
        h.push(',');
        js_str(h, &escape::terminal(&r.kind));
        h.push(']');
    })?;
    h.push_str(",\"cas\":");
    js_array(h, out, 0..p.ca_order.len(), |h, rank| {
        let c = p.ca(inv, u32::try_from(rank).unwrap_or(u32::MAX));
        h.push('[');
        js_str(h, &escape::terminal(&c.name));
        h.push(',');
        js_str(h, &escape::terminal(c.status.as_deref().unwrap_or("")));
        h.push(',');
        js_str(h, &escape::terminal(c.not_after.as_deref().unwrap_or("")));
        h.push(']');
    })?;
    h.push_str(",\"paths\":");
    js_array(h, out, &p.paths, |h, s| js_str(h, s))?;
    h.push_str(",\"msgs\":");
    js_array(h, out, &p.messages, |h, s| js_str(h, s))?;
    h.push_str(",\"r\":");
    js_array(h, out, &p.rows, |h, r| {
        let _ = write!(h, "{}", r.repo);
    })?;
    h.push_str(",\"p\":");
    js_array(h, out, &p.rows, |h, r| {
        let _ = write!(h, "{}", r.path);
    })?;
    h.push_str(",\"l\":");
    js_array(h, out, &p.rows, |h, r| {
        let _ = write!(h, "{}", r.line);
    })?;
    h.push_str(",\"u\":");
    js_array(h, out, &p.rows, |h, r| {
        let _ = write!(h, "{}", r.rule);
    })?;
    h.push_str(",\"s\":");
    js_array(h, out, &p.rows, |h, r| {
        let _ = write!(h, "{}", r.sev);
    })?;
    h.push_str(",\"c\":");
    js_array(h, out, &p.rows, |h, r| match r.ca {
        Some(c) => {
            let _ = write!(h, "{c}");
        }
        None => h.push_str("-1"),
    })?;
    h.push_str(",\"v\":");
    js_array(h, out, &p.rows, |h, r| js_str(h, &r.value))?;
    h.push_str(",\"m\":");
    js_array(h, out, &p.rows, |h, r| {
        let _ = write!(h, "{}", r.message);
    })?;
    h.push_str(",\"k\":");
    js_array(h, out, &p.rows, |h, r| match &r.link {
        Link::None => h.push('0'),
        Link::Derived => h.push('1'),
        Link::Explicit(url) => js_str(h, url),
    })?;
    h.push_str("}</script>\n");
    out.write_all(h.as_bytes())?;
    h.clear();
    Ok(())
}

/// `n` with thousands separators.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What the pager says about the first page of `n` rows.
fn first_page_status(n: usize) -> String {
    if n == 0 {
        "no rows".to_owned()
    } else {
        format!(
            "rows 1\u{2013}{} of {} matching",
            thousands(n.min(PAGE_ROWS)),
            thousands(n)
        )
    }
}

/// Previous and next buttons (shown by the script) around the pager's status.
fn pager(h: &mut String, prefix: &str, n: usize) {
    let _ = writeln!(
        h,
        "<div class=\"pager\"><button type=\"button\" id=\"{prefix}prev\" hidden>\u{2039} previous</button> \
         <span id=\"{prefix}shown\" class=\"muted\">{}</span> \
         <button type=\"button\" id=\"{prefix}next\" hidden>next \u{203a}</button></div>",
        first_page_status(n)
    );
}

fn by_repository(h: &mut String, inv: &Inventory, t: &Totals) {
    h.push_str("<section id=\"by-repository\"><h2>By repository</h2>");
    let _ = write!(
        h,
        "<p class=\"muted\">All {} repositories, most findings first, {PAGE_ROWS} at a time: filter, sort (click a header) and page through them.</p>",
        thousands(inv.repositories.len())
    );
    h.push_str(
        "<div class=\"controls\"><input id=\"rq\" type=\"search\" placeholder=\"Filter: repository, status, commit…\" aria-label=\"Filter repositories\"></div>",
    );
    pager(h, "r", inv.repositories.len());
    h.push_str(
        "<table id=\"repositories-table\" class=\"paged\"><thead><tr><th>repository</th><th>status</th><th>commit</th><th class=\"n\" data-type=\"num\">findings</th>\
         <th class=\"n\" data-type=\"num\">errors</th><th class=\"n\" data-type=\"num\">warnings</th><th class=\"n\" data-type=\"num\">notes</th><th class=\"n\" data-type=\"num\">CAs</th></tr></thead><tbody>",
    );
    let by_name: HashMap<&str, usize> = inv
        .repositories
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.as_str(), i))
        .collect();
    for rt in t.by_repository.iter().take(PAGE_ROWS) {
        let Some(r) = by_name
            .get(rt.repository.as_str())
            .map(|&i| &inv.repositories[i])
        else {
            continue;
        };
        let name = match r.url.as_deref().and_then(safe_href) {
            Some(url) => format!(
                "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                text(url),
                text(&r.name)
            ),
            None => text(&r.name).into_owned(),
        };
        let status = match (r.status, r.error.as_deref()) {
            (RepoStatus::Ok, _) => "ok".to_owned(),
            (RepoStatus::Failed, e) => format!(
                "<span class=\"sev-error\">failed</span> {}",
                text(&cut(e.unwrap_or(""), 200))
            ),
        };
        let _ = write!(
            h,
            "<tr><td>{name}</td><td>{status}</td><td><code>{}</code></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            text(&cut(r.commit.as_deref().unwrap_or(""), 12)),
            rt.findings,
            rt.by_severity.error,
            rt.by_severity.warning,
            rt.by_severity.note,
            rt.cas
        );
    }
    h.push_str("</tbody></table></section>\n");
}

const SEVERITIES: [&str; 3] = ["note", "warning", "error"];

fn findings(
    h: &mut String,
    inv: &Inventory,
    t: &Totals,
    out: &mut dyn io::Write,
) -> io::Result<()> {
    let page = Page::new(inv);
    let n = page.rows.len();
    let _ = write!(
        h,
        "<section id=\"findings\"><h2>Findings</h2><p class=\"muted\">All {} findings are in this page, {PAGE_ROWS} at a time, errors first: filter, sort (click a header) and page through them all. \
         Values longer than {VALUE_CHARS} characters and messages longer than {MESSAGE_CHARS} are cut (…); the JSON and CSV inventories keep them whole.</p>\
         <noscript><p>Without script the page shows the first {PAGE_ROWS} findings only.</p></noscript>",
        thousands(n)
    );
    h.push_str(
        "<div class=\"controls\"><input id=\"q\" type=\"search\" placeholder=\"Filter: repository, path, rule, CA, value, message…\" aria-label=\"Filter findings\">\
         <select id=\"sev\" aria-label=\"Severity\"><option value=\"\">all severities</option><option value=\"error\">error</option><option value=\"warning\">warning</option><option value=\"note\">note</option></select>\
         <select id=\"kind\" aria-label=\"Kind\"><option value=\"\">all kinds</option>",
    );
    for k in t.by_kind.keys() {
        let _ = write!(h, "<option value=\"{0}\">{0}</option>", text(k));
    }
    h.push_str(
        "</select><input id=\"repo\" type=\"search\" list=\"\" placeholder=\"Repository (exact name, or part of it)\" aria-label=\"Repository\"></div>",
    );
    pager(h, "", n);
    h.push_str(
        "<table id=\"findings-table\" class=\"paged\"><colgroup><col style=\"width:6%\"><col style=\"width:12%\"><col style=\"width:18%\"><col style=\"width:9%\"><col style=\"width:8%\"><col style=\"width:12%\"><col style=\"width:6%\"><col style=\"width:7%\"><col style=\"width:22%\"></colgroup>\
         <thead><tr><th data-type=\"sev\">severity</th><th>repository</th><th>location</th><th>rule</th><th>kind</th>\
         <th>CA</th><th>CA status</th><th>CA not after</th><th>value · message</th></tr></thead><tbody>",
    );
    // The first page: errors first, then warnings, then notes, each in inventory order.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(page.rows[i].sev));
    for &i in order.iter().take(PAGE_ROWS) {
        finding_row(h, inv, &page, i);
    }
    h.push_str("</tbody></table></section>\n");
    write_data(h, out, inv, t, &page)
}

/// Finding `i` as a table row, exactly as the script builds it.
fn finding_row(h: &mut String, inv: &Inventory, p: &Page, i: usize) {
    let r = &p.rows[i];
    let sev = SEVERITIES[usize::from(r.sev)];
    let loc = format!("{}:{}", p.paths[r.path as usize], r.line);
    let loc = match r.link {
        Link::None => text(&loc).into_owned(),
        _ => match inv.link(&inv.findings[i]).as_deref().and_then(safe_href) {
            Some(url) => format!(
                "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                text(url),
                text(&loc)
            ),
            None => text(&loc).into_owned(),
        },
    };
    let rule = p.rule(inv, r.rule);
    let ca = r.ca.map(|c| p.ca(inv, c));
    let status = ca.and_then(|c| c.status.as_deref()).unwrap_or("");
    let class = status_class(Some(status));
    let _ = write!(
        h,
        "<tr data-sev=\"{sev}\"><td class=\"sev-{sev}\">{sev}</td><td>{}</td><td>{loc}</td><td>{} {}</td><td>{}</td><td>{}</td><td{}{}{}>{}</td><td>{}</td><td><code>{}</code> {}</td></tr>",
        text(&inv.repositories[r.repo as usize].name),
        text(&rule.rule_id),
        text(&rule.rule_name),
        text(&rule.kind),
        text(ca.map_or("", |c| c.name.as_str())),
        if class.is_empty() { "" } else { " class=\"" },
        class,
        if class.is_empty() { "" } else { "\"" },
        text(status),
        text(ca.and_then(|c| c.not_after.as_deref()).unwrap_or("")),
        text(&r.value),
        text(&p.messages[r.message as usize]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup_and_controls() {
        assert_eq!(
            text("<script>alert('x\"&')</script>\u{202e}"),
            "&lt;script&gt;alert(&#39;x&quot;&amp;&#39;)&lt;/script&gt;\\u{202e}"
        );
        assert_eq!(text("plain"), "plain");
    }

    #[test]
    fn js_strings_cannot_end_the_script_element() {
        let mut out = String::new();
        js_str(
            &mut out,
            "</script><script>alert(1)</script> <!-- & \u{2028}\u{2029} \"\\ \n\u{1}",
        );
        assert_eq!(
            out,
            "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028\\u2029 \\\"\\\\ \\n\\u0001\""
        );
        let back: String = serde_json::from_str(&out).unwrap();
        assert_eq!(
            back,
            "</script><script>alert(1)</script> <!-- & \u{2028}\u{2029} \"\\ \n\u{1}"
        );
    }

    #[test]
    fn the_script_cannot_end_its_element_or_load_anything() {
        let lower = SCRIPT.to_ascii_lowercase();
        for bad in [
            "</script",
            "<!--",
            "innerhtml",
            "href=\"",
            "url(",
            " src=",
            "http://",
            "eval(",
            "new function",
        ] {
            assert!(!lower.contains(bad), "{bad}");
        }
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(200_000), "200,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn only_https_links() {
        assert_eq!(
            safe_href("https://github.com/o/n"),
            Some("https://github.com/o/n")
        );
        for bad in [
            "javascript:alert(1)",
            "http://x",
            "HTTPS://x",
            "https://",
            "https://x\" onclick=\"y",
            "https://x y",
            " https://x",
            "data:text/html,x",
        ] {
            assert_eq!(safe_href(bad), None, "{bad}");
        }
    }
}
