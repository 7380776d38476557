//! Hostile trees: inputs built to break a scanner (deep nesting, huge lines and files, NUL
//! bytes, names that are not UTF-8, files that change under the scan, unreadable folders,
//! corrupt certificates). Each scan must end, never panic, keep its report small and report
//! each problem once. Inputs are generated in temporary directories.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::io::Write as _;
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{
    PIN_LINE, Tree, Unprivileged, code, error_paths, finding_paths, json, open_up, pairs, skipped,
    stderr, strings,
};

/// The pin of `PIN_LINE`, without the quotes.
const PIN: &str = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/// Nesting depth of the deep inputs.
const DEPTH: usize = 10_000;

/// No error may be pinscan's own (a caught panic or a broken query pack).
fn assert_no_internal_errors(doc: &Value) {
    for e in doc["errors"].as_array().unwrap() {
        let msg = e["message"].as_str().unwrap();
        assert!(!msg.contains("internal error"), "{e}");
    }
}

/// `(path, rule_id)` of every finding, with how often it occurs.
fn finding_rules(doc: &Value) -> BTreeMap<(String, String), usize> {
    let mut m = BTreeMap::new();
    for f in doc["findings"].as_array().unwrap() {
        let key = (
            f["path"].as_str().unwrap().to_owned(),
            f["rule_id"].as_str().unwrap().to_owned(),
        );
        *m.entry(key).or_default() += 1;
    }
    m
}

/// Every item of `items` occurs once.
fn assert_unique(what: &str, items: &[String]) {
    let mut seen = std::collections::BTreeSet::new();
    for i in items {
        assert!(
            seen.insert(i),
            "{what}: {i:?} reported more than once: {items:?}"
        );
    }
}

/// A small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next().to_le_bytes()[3]).collect()
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
}

/// One source file per language pinscan parses: a template whose `{X}` is replaced by a
/// nested expression, the trigger that gets the file parsed, and the query rule that
/// trigger must still give after the nesting (`None`: no query pack for the language).
struct Lang {
    file: &'static str,
    template: &'static str,
    /// Template for the bracket/brace variant (`{X}` in statement or array position).
    brackets: (&'static str, &'static str, &'static str),
    query_rule: Option<&'static str>,
}

const LANGS: &[Lang] = &[
    Lang {
        file: "Deep.java",
        template: "class Deep implements X509TrustManager {\n    public void checkServerTrusted(X509Certificate[] c, String a) {}\n    void m() { int x = {X}; }\n}\n",
        brackets: ("{", ";", "}"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "deep.kt",
        template: "class Deep { fun checkServerTrusted() { val x = {X} } }\n",
        brackets: ("{", "1", "}"),
        query_rule: None,
    },
    Lang {
        file: "deep.py",
        template: "import requests\nrequests.get(url, verify=False)\nx = {X}\n",
        brackets: ("[", "1", "]"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "deep.js",
        template: "const o = { rejectUnauthorized: false };\nconst x = {X};\n",
        brackets: ("[", "1", "]"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "deep.ts",
        template: "const o = { rejectUnauthorized: false };\nconst x: unknown = {X};\n",
        brackets: ("[", "1", "]"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "deep.tsx",
        template: "const o = { rejectUnauthorized: false };\nconst x = {X};\n",
        brackets: ("[", "1", "]"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "Deep.cs",
        template: "class Deep { void M() {\n    h.ServerCertificateCustomValidationCallback = (a, b, c, d) => true;\n    var x = {X};\n} }\n",
        brackets: ("{", ";", "}"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "deep.go",
        template: "package deep\n\nvar c = &tls.Config{InsecureSkipVerify: true}\n\nfunc f() int { return {X} }\n",
        brackets: ("{", "", "}"),
        query_rule: Some("PIN501"),
    },
    Lang {
        file: "deep.rs",
        template: "fn f() {\n    let c = reqwest::Client::builder().tls_built_in_root_certs(false);\n    let x = {X};\n}\n",
        brackets: ("[", "1", "]"),
        query_rule: Some("PIN304"),
    },
];

/// `template` with `{X}` replaced, followed by a comment line holding the pin.
fn source(lang: &Lang, template: &str, nested: &str) -> String {
    let comment = if Path::new(lang.file)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("py"))
    {
        "#"
    } else {
        "//"
    };
    // A statement-position block: the brace variants replace the whole `int x = {X};`.
    format!("{}{comment} {PIN_LINE}", template.replace("{X}", nested))
}

/// Scan `t` (with a generous timeout) and check it took at most `limit`.
fn timed_scan(t: &Tree, args: &[&str], limit: Duration) -> std::process::Output {
    let started = Instant::now();
    let out = t
        .cmd()
        .timeout(limit + Duration::from_secs(20))
        .args(["scan", ".", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(took <= limit, "scan took {took:?} (limit {limit:?})");
    out
}

/// Every finding of `lang.file` that must be there: the pin and the query rule.
fn assert_lang_findings(doc: &Value, prefix: &str) {
    let found = finding_rules(doc);
    for lang in LANGS {
        let path = format!("{prefix}{}", lang.file);
        assert_eq!(
            found.get(&(path.clone(), "PIN101".to_owned())),
            Some(&1),
            "{path}: the pin after the nesting: {found:?}"
        );
        if let Some(rule) = lang.query_rule {
            assert_eq!(
                found.get(&(path.clone(), rule.to_owned())),
                Some(&1),
                "{path}: the query finding before the nesting: {found:?}"
            );
        }
    }
}

#[test]
fn ten_thousand_nested_parentheses_and_brackets_in_every_language() {
    let t = Tree::new();
    let parens = format!("{}1{}", "(".repeat(DEPTH), ")".repeat(DEPTH));
    for lang in LANGS {
        t.write(
            &format!("parens/{}", lang.file),
            source(lang, lang.template, &parens),
        );
        let (open, inner, close) = lang.brackets;
        let nested = format!("{}{inner}{}", open.repeat(DEPTH), close.repeat(DEPTH));
        // Braces are blocks: they stand where the statement stood.
        let template = if open == "{" {
            lang.template
                .replace("int x = {X};", "{X}")
                .replace("var x = {X};", "{X}")
                .replace("val x = {X}", "{X}")
                .replace("return {X}", "{X}; return 1")
        } else {
            lang.template.to_owned()
        };
        t.write(
            &format!("brackets/{}", lang.file),
            source(lang, &template, &nested),
        );
    }
    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert!(skipped(&doc).is_empty(), "{}", doc["skipped"]);
    assert_lang_findings(&doc, "parens/");
    assert_lang_findings(&doc, "brackets/");
    assert_eq!(doc["stats"]["files_scanned"], 2 * LANGS.len());
}

#[test]
fn ten_thousand_unclosed_parentheses_in_every_language() {
    let t = Tree::new();
    let open = "(".repeat(DEPTH);
    let close = format!("{}\n", "[".repeat(DEPTH));
    for lang in LANGS {
        t.write(
            &format!("open/{}", lang.file),
            source(lang, lang.template, &open),
        );
        t.write(
            &format!("bracket/{}", lang.file),
            source(lang, lang.template, &close),
        );
    }
    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    // Error recovery may be slow, but the parse deadline bounds it; nothing else is skipped.
    for (path, reason) in skipped(&doc) {
        assert_eq!(reason, "parse-deadline", "{path}");
    }
    // The pin is a text rule: found however the parse went.
    let found = finding_rules(&doc);
    for lang in LANGS {
        for dir in ["open", "bracket"] {
            let key = (format!("{dir}/{}", lang.file), "PIN101".to_owned());
            assert_eq!(found.get(&key), Some(&1), "{key:?}: {found:?}");
        }
    }
}

#[test]
fn deeply_nested_json_and_yaml_are_scanned_by_the_text_rules() {
    let t = Tree::new();
    let json_text = format!(
        "{}\n{{\"pin\": \"{PIN}\"}}\n{}\n",
        "{\"a\":".repeat(DEPTH),
        "}".repeat(DEPTH)
    );
    let yaml_flow = format!(
        "pins:\n  {}\n  \"{PIN}\"\n  {}\n",
        "[".repeat(DEPTH),
        "]".repeat(DEPTH)
    );
    // Block style: one level per line (indentation grows by one space).
    let mut yaml_block = String::new();
    for i in 0..2_000 {
        yaml_block.push_str(&" ".repeat(i));
        yaml_block.push_str("a:\n");
    }
    yaml_block.push_str(&" ".repeat(40));
    yaml_block.push_str("pin: \"");
    yaml_block.push_str(PIN);
    yaml_block.push_str("\"\n");
    // Deep and unbalanced: opened, never closed.
    let unclosed = format!("{}\n\"pin\": \"{PIN}\"\n", "{\"a\": [".repeat(DEPTH));
    t.write("deep.json", &json_text)
        .write("deep.yaml", &yaml_flow)
        .write("block.yml", &yaml_block)
        .write("unclosed.json", &unclosed);
    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert!(skipped(&doc).is_empty(), "{}", doc["skipped"]);
    let found = finding_rules(&doc);
    for path in ["block.yml", "deep.json", "deep.yaml", "unclosed.json"] {
        assert_eq!(
            found.get(&(path.to_owned(), "PIN101".to_owned())),
            Some(&1),
            "{path}: {found:?}"
        );
    }
}

#[test]
fn hundred_thousand_character_lines_with_and_without_a_pin() {
    let t = Tree::new();
    let pad = "x".repeat(50_000);
    let with_pin = format!("k = \"{pad}\" pin = \"{PIN}\" \"{pad}\"\n");
    assert!(with_pin.len() > 100_000);
    // Keywords of several text rules all over a long line, but no pin.
    let mut without = String::new();
    while without.len() < 100_000 {
        without.push_str("thumbprint fingerprint serial CN= issuer sha256/ pin ");
    }
    without.push('\n');
    // A pin on a short line after a long one is found as usual.
    let after = format!("{}\n{PIN_LINE}", "y".repeat(100_000));
    t.write("long-pin.conf", &with_pin)
        .write("long-nopin.conf", &without)
        .write("after.conf", &after);
    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        out.stdout.len() < 64 * 1024,
        "report of {} bytes",
        out.stdout.len()
    );
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert!(skipped(&doc).is_empty(), "{}", doc["skipped"]);
    assert_eq!(doc["stats"]["files_scanned"], 3);
    let found = finding_rules(&doc);
    assert_eq!(
        found.get(&("after.conf".to_owned(), "PIN101".to_owned())),
        Some(&1)
    );
    assert!(
        !found.keys().any(|(p, _)| p == "long-nopin.conf"),
        "{found:?}"
    );
    // Regex matches on lines over 4 KiB are dropped as minified text (src/rules/regex.rs
    // MAX_LINE); whichever way that goes, the pin is reported at most once.
    assert!(
        found
            .iter()
            .filter(|((p, _), _)| p == "long-pin.conf")
            .all(|(_, n)| *n == 1),
        "{found:?}"
    );
    for f in doc["findings"].as_array().unwrap() {
        assert!(f["matched"].as_str().unwrap().chars().count() <= 200, "{f}");
        assert!(f["message"].as_str().unwrap().len() < 2_000, "{f}");
    }

    // The text report shows a bounded piece of the line, not all of it.
    let out = t.cmd().args(["scan", "."]).output().unwrap();
    assert_eq!(code(&out), 1);
    assert!(
        out.stdout.len() < 64 * 1024,
        "text report of {} bytes",
        out.stdout.len()
    );
}

/// Write a `size`-byte minified JavaScript file: a trigger keyword, `chunk` repeated, a pin.
fn write_minified(path: &Path, size: usize) {
    let head = b"const o={rejectUnauthorized:!1};";
    let chunk = b"var a=function(b,c){return b+c*2},d=a(1,[2,3],{k:\"v\"});";
    let tail = format!("const p=\"{PIN}\";");
    let mut block = Vec::with_capacity(1 << 20);
    while block.len() + chunk.len() <= 1 << 20 {
        block.extend_from_slice(chunk);
    }
    let mut f = std::io::BufWriter::new(fs::File::create(path).unwrap());
    f.write_all(head).unwrap();
    let mut written = head.len();
    while written + block.len() + tail.len() <= size {
        f.write_all(&block).unwrap();
        written += block.len();
    }
    while written + tail.len() < size {
        f.write_all(chunk).unwrap();
        written += chunk.len();
    }
    f.write_all(tail.as_bytes()).unwrap();
    f.flush().unwrap();
}

#[test]
fn fifty_megabyte_minified_javascript_finishes_with_a_small_report() {
    let t = Tree::new();
    t.pin("good.conf");
    write_minified(&t.join("app.min.js"), 50 << 20);
    assert!(fs::metadata(t.join("app.min.js")).unwrap().len() >= 50 << 20);

    // Over the default cap: skipped without being read.
    let out = timed_scan(&t, &[], Duration::from_secs(5));
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(skipped(&doc), pairs(&[("app.min.js", "too-large")]));
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));

    // Under a raised cap: read and searched by the text rules; minified code this large is
    // not parsed (over --max-parse-size / 8), so the structural rules skip it.
    let out = timed_scan(&t, &["--max-filesize", "64M"], Duration::from_secs(15));
    assert!(matches!(code(&out), 0..=1), "{}", stderr(&out));
    assert!(
        out.stdout.len() < 64 * 1024,
        "report of {} bytes",
        out.stdout.len()
    );
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert_no_internal_errors(&doc);
    for (path, reason) in skipped(&doc) {
        assert_eq!((path.as_str(), reason.as_str()), ("app.min.js", "minified"));
    }
    assert_eq!(doc["stats"]["files_scanned"], 2);
    assert!(doc["stats"]["bytes_scanned"].as_u64().unwrap() >= 50 << 20);
    // Each finding at most once, each with bounded text.
    for (key, n) in finding_rules(&doc) {
        assert_eq!(n, 1, "{key:?}");
    }
    for f in doc["findings"].as_array().unwrap() {
        assert!(f["matched"].as_str().unwrap().chars().count() <= 200, "{f}");
        let value = f["value"].as_str().unwrap_or_default();
        assert!(value.len() <= 4096, "value of {} bytes", value.len());
    }
}

#[test]
fn nul_bytes_before_and_after_the_first_8_kib() {
    let t = Tree::new();
    // NUL after 8 KiB, the pin after it and NULs on the pin's own line: text.
    let mut late = "# padding\n".repeat(900).into_bytes();
    assert!(late.len() > 8192);
    late.extend_from_slice(b"\0\0\0\n");
    late.extend_from_slice(PIN_LINE.trim_end().as_bytes());
    late.extend_from_slice(b" \0 trailing \0\n");
    // A pin broken by a NUL is no pin.
    late.extend_from_slice(b"other = \"sha256/AAAAAAAAAAAAAAAAAAAA\0AAAAAAAAAAAAAAAAAAAAAAA=\"\n");
    t.write("late.conf", &late);
    // NUL within the first 8 KiB, pin after it: binary, skipped once.
    let mut early = b"header\0\n".to_vec();
    early.extend_from_slice("# padding\n".repeat(900).as_bytes());
    early.extend_from_slice(PIN_LINE.as_bytes());
    t.write("early.conf", &early);
    // NUL at byte 8191 (the last sniffed) and at 8192 (the first not sniffed).
    let mut edge = vec![b'#'; 8191];
    edge.push(0);
    edge.extend_from_slice(PIN_LINE.as_bytes());
    t.write("edge-in.conf", &edge);
    let mut edge = vec![b'#'; 8192];
    edge.push(0);
    edge.push(b'\n');
    edge.extend_from_slice(PIN_LINE.as_bytes());
    t.write("edge-out.conf", &edge);
    // Only NULs.
    t.write("zeros.conf", vec![0u8; 100_000]);

    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert_eq!(
        skipped(&doc),
        pairs(&[
            ("early.conf", "binary"),
            ("edge-in.conf", "binary"),
            ("zeros.conf", "binary"),
        ])
    );
    assert_eq!(
        finding_paths(&doc),
        strings(&["edge-out.conf", "late.conf"])
    );
    let f = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "late.conf")
        .unwrap();
    assert_eq!(f["rule_id"], "PIN101");
    assert_eq!(f["start"]["line"], 902);
    assert_eq!(f["matched"], PIN);
}

#[test]
fn file_names_that_are_not_utf8_are_reported_lossily_in_valid_json() {
    let t = Tree::new();
    let root = t.path();
    let name = |b: &[u8]| root.join(OsStr::from_bytes(b));
    fs::write(name(b"bad\xff.conf"), PIN_LINE).unwrap();
    fs::create_dir(name(b"dir\xfe\xfd")).unwrap();
    fs::write(name(b"dir\xfe\xfd/inner.conf"), PIN_LINE).unwrap();
    fs::write(
        name(b"client\xc3.py"),
        "import requests\nrequests.get(url, verify=False)\n",
    )
    .unwrap();
    // A certificate file that is not one, with a broken name: a skip with a lossy path.
    fs::write(
        name(b"broken\x80.pem"),
        "-----BEGIN CERTIFICATE-----\nnot base64!\n",
    )
    .unwrap();

    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert_eq!(
        finding_paths(&doc),
        strings(&[
            "bad\u{FFFD}.conf",
            "client\u{FFFD}.py",
            "dir\u{FFFD}\u{FFFD}/inner.conf"
        ])
    );
    assert_eq!(
        skipped(&doc),
        pairs(&[("broken\u{FFFD}.pem", "malformed-certificate")])
    );

    // SARIF is JSON too; the text report names the file.
    let out = t
        .cmd()
        .args(["scan", ".", "--format", "sarif"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let sarif = json(&out);
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 3);
    let out = t.cmd().args(["scan", "."]).output().unwrap();
    assert_eq!(code(&out), 1);
    assert!(crate::stdout(&out).contains("bad\u{FFFD}.conf"));
}

#[test]
fn two_non_utf8_names_with_the_same_lossy_spelling_are_both_reported() {
    let t = Tree::new();
    fs::write(t.path().join(OsStr::from_bytes(b"twin\xff.conf")), PIN_LINE).unwrap();
    fs::write(t.path().join(OsStr::from_bytes(b"twin\xfe.conf")), PIN_LINE).unwrap();
    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(
        finding_paths(&doc),
        strings(&["twin\u{FFFD}.conf", "twin\u{FFFD}.conf"])
    );
}

/// The files the mutator deletes and rewrites, and the directories it removes and recreates.
struct Churn {
    files: Vec<PathBuf>,
    dirs: Vec<PathBuf>,
}

fn churn(churn: &Churn, stop: &AtomicBool) -> usize {
    let mut rounds = 0;
    while !stop.load(Ordering::Relaxed) {
        for (i, f) in churn.files.iter().enumerate() {
            let _ = fs::remove_file(f);
            if i % 3 != 0 {
                // Rewritten, sometimes empty, sometimes bigger.
                let text = match (rounds + i) % 3 {
                    0 => String::new(),
                    1 => PIN_LINE.to_owned(),
                    _ => format!("# rewritten\n{PIN_LINE}{}", "#\n".repeat(500)),
                };
                let _ = fs::write(f, text);
            }
        }
        for d in &churn.dirs {
            let _ = fs::remove_dir_all(d);
            if rounds % 2 == 1 {
                let _ = fs::create_dir_all(d);
                let _ = fs::write(d.join("back.conf"), PIN_LINE);
            }
        }
        rounds += 1;
    }
    rounds
}

#[test]
fn files_that_vanish_or_change_mid_scan_are_reported_at_most_once() {
    let t = Tree::new();
    let mut files = Vec::new();
    let mut stable = Vec::new();
    for i in 0..2_000 {
        let rel = format!("d{:02}/f{i:04}.conf", i % 20);
        t.pin(&rel);
        if i % 20 >= 16 {
            continue; // in a directory that comes and goes
        }
        if i % 5 == 0 {
            files.push(t.join(&rel));
        } else {
            stable.push(rel);
        }
    }
    let dirs: Vec<PathBuf> = (16..20).map(|d| t.join(&format!("d{d:02}"))).collect();
    let churned = Arc::new(Churn { files, dirs });
    stable.sort();

    for run in 0..3 {
        let stop = Arc::new(AtomicBool::new(false));
        let mutator = {
            let (stop, churned) = (Arc::clone(&stop), Arc::clone(&churned));
            std::thread::spawn(move || churn(&churned, &stop))
        };
        let out = t
            .cmd()
            .args(["scan", ".", "--format", "json", "-j", "2"])
            .output()
            .unwrap();
        stop.store(true, Ordering::Relaxed);
        let rounds = mutator.join().unwrap();
        assert!(rounds > 0, "run {run}: the mutator never ran");
        let exit = code(&out);
        assert!(
            matches!(exit, 0..=2),
            "run {run}: exit {exit}: {}",
            stderr(&out)
        );
        let doc = json(&out);
        assert_no_internal_errors(&doc);
        let errors = error_paths(&doc);
        assert_unique("errors", &errors);
        assert_eq!(
            exit == 2,
            !errors.is_empty(),
            "run {run}: exit {exit}, errors {errors:?}"
        );
        for e in &errors {
            let p = t.join(e);
            assert!(
                churned.files.contains(&p) || churned.dirs.iter().any(|d| p.starts_with(d)),
                "run {run}: error for a file nobody touched: {e}"
            );
        }
        let mut paths = finding_paths(&doc);
        let n = paths.len();
        paths.dedup();
        assert_eq!(paths.len(), n, "run {run}: a file reported twice");
        // A file is not both scanned (a finding) and unreadable (an error).
        for e in &errors {
            assert!(
                !paths.contains(e),
                "run {run}: {e} is a finding and an error"
            );
        }
        // Everything nobody touched is scanned, exactly once.
        let found: std::collections::BTreeSet<&String> = paths.iter().collect();
        let missing: Vec<&String> = stable.iter().filter(|s| !found.contains(s)).collect();
        assert!(missing.is_empty(), "run {run}: not reported: {missing:?}");
    }
}

#[test]
fn permission_denied_folders_are_each_reported_once() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = Tree::new();
    t.pin("good.conf")
        .pin("a/ok.conf")
        .pin("locked/x.conf")
        .pin("locked/inner/y.conf")
        .pin("a/locked2/z.conf")
        .pin("a/locked2/deeper/w.conf")
        .pin("b/nolist/v.conf")
        .pin("b/fine.conf");
    open_up(&t, &["locked", "a/locked2", "locked/inner"]);
    // Searchable but not listable: nothing inside can be found.
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(t.join("b/nolist"), fs::Permissions::from_mode(0o311)).unwrap();
    }
    let out = user.run(t.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let doc = json(&out);
    assert_no_internal_errors(&doc);
    let errors = error_paths(&doc);
    assert_unique("errors", &errors);
    assert_eq!(errors, strings(&["a/locked2", "b/nolist", "locked"]));
    assert_eq!(doc["stats"]["errors"], 3);
    assert_eq!(
        finding_paths(&doc),
        strings(&["a/ok.conf", "b/fine.conf", "good.conf"])
    );
    // Each named once on standard error too.
    let err = stderr(&out);
    for e in &errors {
        let n = err
            .lines()
            .filter(|l| {
                l.starts_with(&format!("pinscan: {e}: ")) && l.contains("Permission denied")
            })
            .count();
        assert_eq!(n, 1, "{e}: {err}");
    }
}

#[test]
fn listable_but_not_searchable_folder_is_reported_once() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = Tree::new();
    t.pin("good.conf").pin("noexec/v.conf").pin("noexec/w.conf");
    open_up(&t, &[]);
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Readable (names can be listed) but not searchable (nothing can be opened).
        fs::set_permissions(t.join("noexec"), fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = user.run(t.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let doc = json(&out);
    assert_no_internal_errors(&doc);
    let errors = error_paths(&doc);
    assert_unique("errors", &errors);
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
    // The folder or its files, but only what exists, and each once.
    for e in &errors {
        assert!(
            ["noexec", "noexec/v.conf", "noexec/w.conf"].contains(&e.as_str()),
            "error for something that does not exist: {e}: {}",
            doc["errors"]
        );
    }
}

/// The base64 body of the first certificate of `corpus/certs/chain.pem`.
fn real_cert_body() -> String {
    let pem = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/certs/chain.pem"
    ))
    .unwrap();
    let start = pem.find("-----BEGIN CERTIFICATE-----").unwrap() + 27;
    let end = pem.find("-----END CERTIFICATE-----").unwrap();
    pem[start..end].split_whitespace().collect()
}

/// 200 broken certificate blocks of every kind.
fn corrupt_blocks(rng: &mut Rng) -> String {
    let body = real_cert_body();
    let mut out = String::new();
    for i in 0..200 {
        let b = match i % 8 {
            // Truncated base64 of a real certificate.
            0 => body[..rng.below(body.len())].to_owned(),
            // Truncated at a 4-character boundary: valid base64, truncated DER.
            1 => body[..(rng.below(body.len()) / 4) * 4].to_owned(),
            // A flipped character.
            2 => {
                let mut b = body.clone().into_bytes();
                let at = rng.below(b.len());
                b[at] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ/+"[rng.below(28)];
                String::from_utf8(b).unwrap()
            }
            // Not base64 at all.
            3 => "!!!! not base64 @@@@ \u{1F512}".to_owned(),
            // Base64 of random bytes (a SEQUENCE with a huge length, or nothing).
            4 => {
                let mut raw = vec![0x30, 0x84, 0xff, 0xff, 0xff, 0xff];
                raw.extend(rng.bytes(64));
                base64_encode(&raw)
            }
            5 => {
                let n = rng.below(300);
                base64_encode(&rng.bytes(n))
            }
            // Empty body.
            6 => String::new(),
            _ => body.clone(),
        };
        let wrapped: Vec<&str> = b
            .as_bytes()
            .chunks(64)
            .map(|c| std::str::from_utf8(c).unwrap_or(""))
            .collect();
        out.push_str("-----BEGIN CERTIFICATE-----\n");
        out.push_str(&wrapped.join("\n"));
        out.push('\n');
        match i % 8 {
            // A good body under a mismatched END label.
            7 => out.push_str("-----END PKCS7-----\n"),
            // No END at all every so often.
            _ if i % 13 == 0 => {}
            _ => out.push_str("-----END CERTIFICATE-----\n"),
        }
    }
    out
}

fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn corrupt_certificate_files_are_skipped_or_reported_never_a_panic() {
    let t = Tree::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let blocks = corrupt_blocks(&mut rng);
    assert_eq!(blocks.matches("-----BEGIN CERTIFICATE-----").count(), 200);
    t.write("corrupt.pem", &blocks);
    // The same blocks embedded in a config file and a Java string.
    t.write("corrupt.conf", format!("# trust\n{blocks}"));
    let mut der = rng.bytes(8192);
    t.write("random.der", &der);
    der[0] = 0x30; // a SEQUENCE of some length, then noise
    t.write("sequence.der", &der)
        .write("random.p7b", rng.bytes(4096))
        .write("random.crt", rng.bytes(100))
        .write("header-only.cer", [0x30, 0x82, 0xff, 0xff])
        .write("deep.der", {
            // 5,000 nested SEQUENCEs with indefinite-looking lengths.
            let mut v = Vec::new();
            for _ in 0..5_000 {
                v.extend_from_slice(&[0x30, 0x80]);
            }
            v
        })
        .pin("good.conf");

    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert!(matches!(code(&out), 1 | 2), "{}", stderr(&out));
    let doc = json(&out);
    assert_no_internal_errors(&doc);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    let skips = skipped(&doc);
    let skipped_paths: Vec<String> = skips.iter().map(|(p, _)| p.clone()).collect();
    assert_unique("skipped", &skipped_paths);
    for (path, reason) in &skips {
        assert_eq!(reason, "malformed-certificate", "{path}");
    }
    // The random DER files hold nothing readable.
    for p in [
        "deep.der",
        "header-only.cer",
        "random.crt",
        "random.der",
        "random.p7b",
        "sequence.der",
    ] {
        assert!(
            skipped_paths.iter().any(|s| s == p),
            "{p} is not skipped: {skips:?}"
        );
    }
    // The corrupt PEM holds good blocks among the bad: reported, or skipped, never both.
    let paths = finding_paths(&doc);
    assert!(paths.contains(&"good.conf".to_owned()));
    for p in ["corrupt.pem", "corrupt.conf"] {
        assert!(
            paths.iter().any(|f| f == p) || skipped_paths.iter().any(|s| s == p),
            "{p} neither reported nor skipped"
        );
    }
}

/// Many pins on one long line. Regression: each match used to measure its whole line
/// (`line_window` in `src/rules/regex.rs`), so the work grew with matches x line length
/// (1 MiB took 20 s in a debug build; 10 MiB would take half an hour).
#[test]
fn many_pins_on_one_long_line_scan_in_linear_time() {
    let t = Tree::new();
    let item = format!("\"{PIN}\",");
    let line = format!("pins = [{}]\n", item.repeat((2 << 20) / item.len()));
    t.write("pins.conf", &line).pin("good.conf");
    let out = timed_scan(&t, &[], Duration::from_secs(10));
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty());
    assert!(finding_paths(&doc).contains(&"good.conf".to_owned()));
}

/// A file in a folder that can be listed but not searched fails at `stat`. Regression: the
/// walker's metadata error (`src/walk.rs` `classify`, `entry.metadata()` arm) was printed
/// with `e.to_string()`, which repeats the path, where every other error keeps only the
/// cause (`cannot read: Permission denied`). Files that vanish between listing and `stat`
/// took the same path.
#[test]
fn stat_errors_name_the_path_once() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = Tree::new();
    t.pin("good.conf").pin("noexec/v.conf");
    open_up(&t, &[]);
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(t.join("noexec"), fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = user.run(t.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let doc = json(&out);
    assert_eq!(error_paths(&doc), strings(&["noexec/v.conf"]));
    let msg = doc["errors"][0]["message"].as_str().unwrap();
    assert!(!msg.contains("v.conf"), "message repeats the path: {msg}");
    assert!(msg.starts_with("cannot read: "), "{msg}");
    let err = stderr(&out);
    let line = err.lines().find(|l| l.contains("v.conf")).unwrap();
    assert_eq!(line.matches("v.conf").count(), 1, "{line}");
}
