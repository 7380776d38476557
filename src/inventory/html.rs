//! The inventory as one self-contained HTML page: inline CSS, a little hand-written inline
//! JavaScript (filter and sort the findings table), an SVG timeline drawn here, and no
//! network request of any kind (a strict Content-Security-Policy says so to the browser).
//!
//! Every string from a result file is untrusted: it goes through `text` (terminal-unsafe
//! characters made visible, then `& < > " '` escaped), and only `https://` URLs become links
//! (`href`). The script never writes markup: it reorders and hides rows, reads
//! `textContent`, and sets `data-*` attributes.
//!
//! `MAX_ROWS` findings and `MAX_REPO_ROWS` repositories at most are rendered (errors first, then warnings, then notes; the
//! page says how many it left out); JSON and CSV keep every finding. Opening the page with
//! `#selftest` makes the script filter and sort the table once and write what it saw into
//! `<html data-selftest="...">` (the browser test reads it with `--dump-dom`); script errors
//! are collected into `<html data-errors="...">`.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

use super::{CaTotal, Inventory, RepoStatus, Totals};
use crate::escape;
use crate::rules::Severity;

/// At most this many findings become table rows: a page of 20,000 rows took headless
/// Chromium 18 s to open on a 2-core machine, 2,000 rows well under 3 s.
pub const MAX_ROWS: usize = 2_000;
/// At most this many repositories (those with most findings) become table rows.
pub const MAX_REPO_ROWS: usize = 1_000;

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
#findings-table th{cursor:pointer;user-select:none}
#findings-table th[aria-sort=ascending]::after{content:" \25B2"}
#findings-table th[aria-sort=descending]::after{content:" \25BC"}
.controls{display:flex;gap:8px;align-items:center;margin-bottom:8px;flex-wrap:wrap}
.controls input{width:320px;padding:4px 8px}
.muted{color:#59636e}
.scroll{max-height:480px;overflow:auto;border:1px solid var(--line)}
svg text{font:11px system-ui,sans-serif}
"#;

/// The page's own script: filter (text, severity, kind), sort (click a header), and the
/// `#selftest` run. It never writes markup.
const SCRIPT: &str = r"
(function(){
'use strict';
var table=document.getElementById('findings-table');
if(!table){document.documentElement.setAttribute('data-script','ran');return;}
var body=table.tBodies[0];
var rows=Array.prototype.slice.call(body.rows);
var texts=rows.map(function(r){return r.textContent.toLowerCase();});
rows.forEach(function(r,i){r._i=i;});
var q=document.getElementById('q'),sev=document.getElementById('sev'),kind=document.getElementById('kind'),shown=document.getElementById('shown');
function apply(){
  var needle=q.value.trim().toLowerCase(),s=sev.value,k=kind.value,n=0;
  for(var i=0;i<rows.length;i++){
    var r=rows[i];
    var ok=(!needle||texts[r._i].indexOf(needle)>=0)&&(!s||r.getAttribute('data-sev')===s)&&(!k||r.getAttribute('data-kind')===k);
    r.hidden=!ok; if(ok){n++;}
  }
  shown.textContent=n+' of '+rows.length+' rows shown';
  return n;
}
var sortCol=-1,sortDir=1;
function key(r,c,type){
  if(type==='sev'){return Number(r.getAttribute('data-rank'));}
  if(type==='num'){return Number(r.cells[c].getAttribute('data-v'));}
  return r.cells[c].textContent.toLowerCase();
}
function sortBy(c){
  var th=table.tHead.rows[0].cells[c],type=th.getAttribute('data-type')||'text';
  sortDir=(sortCol===c)?-sortDir:(type==='text'?1:-1);sortCol=c;
  var keyed=rows.map(function(r){return [key(r,c,type),r._i,r];});
  keyed.sort(function(a,b){return a[0]<b[0]?-sortDir:a[0]>b[0]?sortDir:a[1]-b[1];});
  rows=keyed.map(function(x){return x[2];});
  var frag=document.createDocumentFragment();
  rows.forEach(function(r){frag.appendChild(r);});
  body.appendChild(frag);
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h,i){
    if(i===c){h.setAttribute('aria-sort',sortDir>0?'ascending':'descending');}else{h.removeAttribute('aria-sort');}
  });
}
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){th.addEventListener('click',function(){sortBy(i);});});
q.addEventListener('input',apply);sev.addEventListener('change',apply);kind.addEventListener('change',apply);
var total=apply();
if(location.hash==='#selftest'){
  var res={rows:rows.length,shown_before:total};
  sev.value='error';res.shown_errors=apply();
  sev.value='';q.value='DigiCert Global Root G2';res.filter='DigiCert Global Root G2';res.shown_filtered=apply();
  q.value='';res.shown_after_reset=apply();
  sortBy(1);res.sorted_first=rows.length?rows[0].cells[1].textContent:'';
  sortBy(0);res.sorted_by_severity_first=rows.length?rows[0].getAttribute('data-sev'):'';
  document.documentElement.setAttribute('data-selftest',JSON.stringify(res));
}
document.documentElement.setAttribute('data-script','ran');
})();
";

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
    findings(&mut h, inv, out)?;
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

fn by_repository(h: &mut String, inv: &Inventory, t: &Totals) {
    h.push_str("<section id=\"by-repository\"><h2>By repository</h2>");
    if inv.repositories.len() > MAX_REPO_ROWS {
        let _ = write!(
            h,
            "<p class=\"muted\">The {MAX_REPO_ROWS} repositories with most findings of {}; the JSON and CSV inventories list all.</p>",
            inv.repositories.len()
        );
    }
    h.push_str(
        "<div class=\"scroll\"><table><thead><tr><th>repository</th><th>status</th><th>commit</th><th class=\"n\">findings</th>\
         <th class=\"n\">errors</th><th class=\"n\">warnings</th><th class=\"n\">notes</th><th class=\"n\">CAs</th></tr></thead><tbody>",
    );
    let by_name: std::collections::HashMap<&str, usize> = inv
        .repositories
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.as_str(), i))
        .collect();
    for rt in t.by_repository.iter().take(MAX_REPO_ROWS) {
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
    h.push_str("</tbody></table></div></section>\n");
}

fn findings(h: &mut String, inv: &Inventory, out: &mut dyn io::Write) -> io::Result<()> {
    let mut order: Vec<usize> = (0..inv.findings.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sev_rank(inv.findings[i].severity)));
    order.truncate(MAX_ROWS);
    h.push_str("<section id=\"findings\"><h2>Findings</h2>");
    if inv.findings.len() > MAX_ROWS {
        let _ = write!(
            h,
            "<p class=\"muted\">The first {MAX_ROWS} of {} findings, errors first; the JSON and CSV inventories have all.</p>",
            inv.findings.len()
        );
    }
    let kinds: std::collections::BTreeSet<&str> = order
        .iter()
        .map(|&i| inv.rule(&inv.findings[i]).kind.as_str())
        .collect();
    h.push_str(
        "<div class=\"controls\"><input id=\"q\" type=\"search\" placeholder=\"Filter: repository, path, rule, CA, value, message…\" aria-label=\"Filter findings\">\
         <select id=\"sev\" aria-label=\"Severity\"><option value=\"\">all severities</option><option value=\"error\">error</option><option value=\"warning\">warning</option><option value=\"note\">note</option></select>\
         <select id=\"kind\" aria-label=\"Kind\"><option value=\"\">all kinds</option>",
    );
    for k in &kinds {
        let _ = write!(h, "<option value=\"{0}\">{0}</option>", text(k));
    }
    h.push_str(
        "</select><span id=\"shown\" class=\"muted\"></span></div>\n\
         <table id=\"findings-table\"><colgroup><col style=\"width:6%\"><col style=\"width:12%\"><col style=\"width:18%\"><col style=\"width:9%\"><col style=\"width:8%\"><col style=\"width:12%\"><col style=\"width:6%\"><col style=\"width:7%\"><col style=\"width:22%\"></colgroup>\
         <thead><tr><th data-type=\"sev\">severity</th><th>repository</th><th>location</th><th>rule</th><th>kind</th>\
         <th>CA</th><th>CA status</th><th>CA not after</th><th>value · message</th></tr></thead><tbody>\n",
    );
    for (n, &i) in order.iter().enumerate() {
        let f = &inv.findings[i];
        let sev = f.severity.as_str();
        let loc = format!("{}:{}", f.path, f.line);
        let rule = inv.rule(f);
        let details = Inventory::details(f);
        let link = inv.link(f);
        let loc = match link.as_deref().and_then(safe_href) {
            Some(url) => format!(
                "<a href=\"{}\" rel=\"noreferrer\">{}</a>",
                text(url),
                text(&loc)
            ),
            None => text(&loc).into_owned(),
        };
        let ca = inv.ca(f);
        let status = ca.and_then(|c| c.status.as_deref());
        let _ = writeln!(
            h,
            "<tr data-sev=\"{sev}\" data-rank=\"{}\" data-kind=\"{}\"><td class=\"sev-{sev}\">{sev}</td><td>{}</td><td>{loc}</td><td>{} {}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td><code>{}</code> {}</td></tr>",
            sev_rank(f.severity),
            text(&rule.kind),
            text(&inv.repo(f).name),
            text(&rule.rule_id),
            text(&rule.rule_name),
            text(&rule.kind),
            text(ca.map_or("", |c| c.name.as_str())),
            status_class(status),
            text(status.unwrap_or("")),
            text(ca.and_then(|c| c.not_after.as_deref()).unwrap_or("")),
            text(&cut(details.value.as_deref().unwrap_or_default(), 80)),
            text(&cut(&details.message, 300)),
        );
        if n % 512 == 511 {
            out.write_all(h.as_bytes())?;
            h.clear();
        }
    }
    h.push_str("</tbody></table></section>\n");
    out.write_all(h.as_bytes())?;
    h.clear();
    Ok(())
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
