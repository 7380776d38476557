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

#[test]
fn html_inventory_works_in_headless_chromium() {
    let Some(chrome) = chromium() else {
        assert!(
            std::env::var("PINSCAN_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "PINSCAN_REQUIRE_CHROMIUM=1 but no Chromium was found"
        );
        println!("skipped: no Chromium (set PINSCAN_CHROMIUM, or install chromium)");
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
    assert_eq!(lower.matches("<script").count(), 2);
    assert_eq!(lower.matches("<script>").count(), 2, "no script attributes");
    for href in html.split("href=\"").skip(1) {
        assert!(
            href.starts_with('#') || href.starts_with("https://github.com/"),
            "link {}",
            &href[..href.len().min(80)]
        );
    }

    // The page's script in a browser.
    let url = format!("file://{}#selftest", page.display());
    let profile = dir.path().join("profile");
    let out = browser(&chrome, &profile, &["--dump-dom".to_owned(), url]);
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains("data-script=\"ran\""),
        "the script did not run:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(html_attribute(&dom, "data-errors"), None, "script errors");
    let selftest: Value =
        serde_json::from_str(&html_attribute(&dom, "data-selftest").expect("no selftest")).unwrap();
    let rows = selftest["rows"].as_u64().unwrap();
    assert!(rows > 500, "{selftest}");
    assert_eq!(selftest["shown_before"], rows);
    let errors = selftest["shown_errors"].as_u64().unwrap();
    assert!(0 < errors && errors < rows, "severity filter: {selftest}");
    let filtered = selftest["shown_filtered"].as_u64().unwrap();
    assert!(0 < filtered && filtered < rows, "text filter: {selftest}");
    assert_eq!(selftest["shown_after_reset"], rows);
    assert_eq!(selftest["sorted_by_severity_first"], "error");
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
