//! The HTML inventory in a real browser (headless Chromium): scan `corpus/`, merge the
//! report to HTML, open it with `#selftest` (the page's script filters and sorts its table
//! and writes what it saw into `<html data-selftest>`, script errors into `data-errors`)
//! and read the DOM back with `--dump-dom`; then take a screenshot (`UPDATE_DOCS=1` writes
//! it to `docs/report.png`).
//!
//! Without Chromium (`PINSCAN_CHROMIUM`, else `chromium`, `chromium-browser` or
//! `google-chrome` on `PATH` or in `/usr/bin`) the test says it skipped, unless `PINSCAN_REQUIRE_CHROMIUM=1`: then
//! it fails.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PINSCAN_CHROMIUM") {
        // Named but absent counts as absent.
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        for dir in dirs
            .iter()
            .map(PathBuf::as_path)
            .chain([Path::new("/usr/bin")])
        {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Run `cmd` to its end, killed after `limit`.
fn run(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut { stdout }, &mut v).unwrap();
        v
    });
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("{cmd:?} took more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut out = child.wait_with_output().unwrap();
    out.stdout = reader.join().unwrap();
    out
}

fn browser(chrome: &Path, profile: &Path, args: &[String]) -> Output {
    let mut cmd = Command::new(chrome);
    cmd.args([
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args);
    run(cmd, Duration::from_secs(120))
}

/// The value of attribute `name` of the `<html>` element in a dumped DOM, unescaped.
fn html_attribute(dom: &str, name: &str) -> Option<String> {
    let tag_end = dom.find("<head")?;
    let tag = &dom[..tag_end];
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(
        tag[start..start + len]
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// `n` with thousands separators, as the page writes counts.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Chromium, or `None` after saying the test skipped (a failure with
/// `PINSCAN_REQUIRE_CHROMIUM=1`).
#[allow(clippy::print_stdout)] // the test's own output
fn chromium_or_skip() -> Option<PathBuf> {
    let chrome = chromium();
    if chrome.is_none() {
        assert!(
            std::env::var("PINSCAN_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "PINSCAN_REQUIRE_CHROMIUM=1 but no Chromium was found"
        );
        println!("skipped: no Chromium (set PINSCAN_CHROMIUM, or install chromium)");
    }
    chrome
}

/// Open `page` with `#selftest`: the dumped DOM and the self-test's findings, after
/// checking that the script ran without errors.
fn run_selftest(chrome: &Path, profile: &Path, page: &Path) -> (String, Value) {
    let url = format!("file://{}#selftest", page.display());
    let out = browser(chrome, profile, &["--dump-dom".to_owned(), url]);
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        dom.contains("data-script=\"ran\""),
        "the script did not run:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(html_attribute(&dom, "data-errors"), None, "script errors");
    let selftest: Value =
        serde_json::from_str(&html_attribute(&dom, "data-selftest").expect("no selftest")).unwrap();
    (dom, selftest)
}

/// 150 sweep results, one finding each with a value and message that try to end the data
/// element and run a script of their own (which would mark `<html data-pwned>`), a U+2028
/// and a path that needs percent-encoding in its link; merged, the page pages the
/// repository table, links every finding and runs nothing but its own script.
#[test]
fn html_inventory_of_hostile_repositories_stays_inert_and_pages() {
    let Some(chrome) = chromium_or_skip() else {
        return;
    };
    let bin = Path::new(env!("CARGO_BIN_EXE_pinscan"));
    let dir = tempfile::TempDir::new().unwrap();
    let sweep = dir.path().join("sweep");
    std::fs::create_dir(&sweep).unwrap();
    let pwn = "</script><script>document.documentElement.setAttribute('data-pwned','1')</script>";
    for i in 0..150 {
        let finding = serde_json::json!({
            "rule_id": "PIN101", "rule_name": "spki-sha256-pin", "kind": "spki-hash",
            "severity": if i % 3 == 0 { "error" } else { "warning" }, "confidence": "high",
            "path": format!("src/a b/{i}!(x)*'.py"), "start": {"line": i + 1, "column": 1},
            "end": {"line": i + 1, "column": 2}, "byte_start": 0, "byte_end": 1,
            "matched": "x", "value": format!("{pwn}\u{2028}{i}"),
            "message": format!("<!--<script>{pwn}\u{2029}"), "advice": "", "fingerprint": format!("{i}"),
        });
        let result = serde_json::json!({
            "pinscan_sweep_result": 1,
            "repository": {"name": format!("org/r{i:03}"), "source": format!("https://github.com/org/r{i:03}"),
                           "url": format!("https://github.com/org/r{i:03}"), "commit": null},
            "status": "ok", "error": null,
            "report": {"version": 1, "tool": {"name": "pinscan", "version": "0", "catalog": "x"},
                       "findings": [finding], "errors": [], "skipped": [], "unused_suppressions": [], "stats": {}},
        });
        std::fs::write(
            sweep.join(format!("r{i:03}.json")),
            serde_json::to_vec(&result).unwrap(),
        )
        .unwrap();
    }
    let page = dir.path().join("report.html");
    let status = Command::new(bin)
        .args(["merge", "--format", "html", "-o"])
        .arg(&page)
        .arg(&sweep)
        .status()
        .unwrap();
    assert!(status.success());
    let (dom, selftest) = run_selftest(&chrome, &dir.path().join("profile"), &page);
    println!("selftest: {selftest}");
    assert_eq!(
        html_attribute(&dom, "data-pwned"),
        None,
        "a value ran a script"
    );
    assert_eq!(selftest["rows"], 150);
    assert_eq!(selftest["repos"], 150);
    assert_eq!(selftest["server_rows_match"], true, "{selftest}");
    assert_eq!(selftest["server_repos_match"], true, "{selftest}");
    assert_eq!(selftest["shown_errors"], 50);
    assert_eq!(selftest["shown_repo"], 1, "exact repository: {selftest}");
    assert_eq!(
        selftest["status_page2"],
        "rows 101\u{2013}150 of 150 matching"
    );
    assert_eq!(
        selftest["repo_status_page1"],
        "rows 1\u{2013}100 of 150 matching"
    );
    assert_eq!(
        selftest["repo_status_page2"],
        "rows 101\u{2013}150 of 150 matching"
    );
    assert_eq!(selftest["repos_sorted_ok"], true);
    assert_eq!(selftest["repos_filtered"], 1);
    assert_eq!(
        selftest["links"], 50,
        "every finding of page 2 links: {selftest}"
    );
    // The hostile text is shown as text.
    assert!(dom.contains("&lt;/script&gt;&lt;script&gt;document.documentElement"));
    assert!(dom.contains("href=\"https://github.com/org/r"));
    assert!(dom.contains("/blob/HEAD/src/a%20b/"));
    assert!(
        dom.contains("%21%28x%29%2A%27.py#L"),
        "percent-encoded as in Rust"
    );
}

#[test]
fn html_inventory_works_in_headless_chromium() {
    let Some(chrome) = chromium_or_skip() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = Path::new(env!("CARGO_BIN_EXE_pinscan"));
    let dir = tempfile::TempDir::new().unwrap();
    let report = dir.path().join("corpus.json");
    let status = Command::new(bin)
        .current_dir(root)
        .args([
            "scan",
            "corpus",
            "--format",
            "json",
            "--fail-on",
            "none",
            "-q",
            "-o",
        ])
        .arg(&report)
        .status()
        .unwrap();
    assert!(status.success());
    let page = dir.path().join("report.html");
    let status = Command::new(bin)
        .args(["merge", "--format", "html", "-o"])
        .arg(&page)
        .arg(&report)
        .status()
        .unwrap();
    assert!(status.success());

    // No network: a strict policy, and nothing that would load anything.
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    ));
    let lower = html.to_ascii_lowercase();
    for tag in [
        "<link", "<img", "<iframe", "<object", "<embed", "<base", "<source", "<video", "<audio",
        "<frame", "<image", "<use",
    ] {
        assert!(!lower.contains(tag), "the page has a {tag} element");
    }
    for thing in ["url(", "@import", " src=", "srcset=", "http://"] {
        assert!(!lower.contains(thing), "the page has {thing}");
    }
    assert_eq!(lower.matches("<script").count(), 3);
    assert_eq!(lower.matches("<script>").count(), 2, "no script attributes");
    assert_eq!(
        lower
            .matches("<script type=\"application/json\" id=\"findings-data\">")
            .count(),
        1,
        "one data element"
    );
    for href in html.split("href=\"").skip(1) {
        assert!(
            href.starts_with('#') || href.starts_with("https://github.com/"),
            "link {}",
            &href[..href.len().min(80)]
        );
    }

    // The page's script in a browser.
    let profile = dir.path().join("profile");
    let (dom, selftest) = run_selftest(&chrome, &profile, &page);
    println!("selftest: {selftest}");
    let rows = selftest["rows"].as_u64().unwrap();
    assert!(rows > 500, "{selftest}");
    // The script builds the first page exactly as the page was served.
    assert_eq!(selftest["server_rows_match"], true, "{selftest}");
    assert_eq!(selftest["server_repos_match"], true, "{selftest}");
    assert_eq!(selftest["page_rows"], 100, "{selftest}");
    assert!(selftest["links"].as_u64().is_some());
    // Filters count over all findings, not just the page.
    assert_eq!(selftest["shown_before"], rows);
    let errors = selftest["shown_errors"].as_u64().unwrap();
    assert!(0 < errors && errors < rows, "severity filter: {selftest}");
    assert_eq!(selftest["shown_errors"], selftest["all_errors"]);
    let filtered = selftest["shown_filtered"].as_u64().unwrap();
    assert!(0 < filtered && filtered < rows, "text filter: {selftest}");
    let kind = selftest["shown_kind"].as_u64().unwrap();
    assert!(0 < kind && kind < rows, "kind filter: {selftest}");
    assert_eq!(selftest["shown_repo"], rows, "one repository: {selftest}");
    assert_eq!(selftest["shown_after_reset"], rows);
    assert_eq!(
        selftest["status_page1"],
        format!("rows 1\u{2013}100 of {} matching", thousands(rows))
    );
    // Sorting orders all findings, a second click reverses.
    assert_eq!(selftest["sorted_ok"], true, "{selftest}");
    assert_eq!(selftest["sorted_desc_ok"], true, "{selftest}");
    assert_eq!(selftest["sorted_value_ok"], true, "{selftest}");
    assert_ne!(selftest["sorted_first"], selftest["sorted_desc_first"]);
    assert_ne!(selftest["sorted_first"], selftest["first_before"]);
    assert_eq!(selftest["sorted_by_severity_first"], "error");
    // Paging.
    assert_eq!(
        selftest["status_page2"],
        format!("rows 101\u{2013}200 of {} matching", thousands(rows))
    );
    assert_eq!(selftest["page2_rows"], 100);
    assert_eq!(selftest["page2_differs"], true);
    // Totals, and a known CA row.
    for text in [
        "By CA",
        "By severity",
        "By kind",
        "By repository",
        "CA expiry timeline",
    ] {
        assert!(dom.contains(text), "{text}");
    }
    let by_ca = &dom[dom.find("id=\"by-ca\"").unwrap()..dom.find("id=\"timeline\"").unwrap()];
    assert!(by_ca.contains("<td>DigiCert Global Root G2</td><td>root</td>"));
    assert!(by_ca.contains("Baltimore CyberTrust Root"));

    // A screenshot.
    let shot = if std::env::var("UPDATE_DOCS").as_deref() == Ok("1") {
        root.join("docs/report.png")
    } else {
        dir.path().join("report.png")
    };
    let out = browser(
        &chrome,
        &profile,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1280,2000".to_owned(),
            "--hide-scrollbars".to_owned(),
            format!("file://{}", page.display()),
        ],
    );
    let png = std::fs::read(&shot).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
}
