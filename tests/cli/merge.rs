//! `pinscan merge`: sweep result folders and plain scan reports into one inventory (JSON,
//! CSV, HTML), deterministic, with hostile and malformed inputs.

use serde_json::{Value, json};

use super::{PIN_LINE, Tree, code, json, pinscan, stderr, stdout};

/// A finding as `pinscan scan --format json` writes it (the fields the merge reads, and a
/// few it only carries).
fn finding(
    rule: &str,
    kind: &str,
    severity: &str,
    path: &str,
    line: u64,
    ca: Option<&str>,
) -> Value {
    let mut f = json!({
        "rule_id": rule,
        "rule_name": format!("{rule}-name"),
        "kind": kind,
        "severity": severity,
        "confidence": "high",
        "path": path,
        "start": {"line": line, "column": 1},
        "end": {"line": line, "column": 9},
        "byte_start": 0,
        "byte_end": 8,
        "matched": "x",
        "value": format!("v-{rule}-{line}"),
        "message": format!("message of {rule}"),
        "advice": "advice",
        "fingerprint": format!("fp{rule}{line}"),
    });
    if let Some(name) = ca {
        f["ca"] = json!({"name": name, "role": "root", "status": "active", "not_after": null,
                          "issuer": "CN=x", "matched_by": "common-name", "index": 9999});
    }
    f
}

#[allow(clippy::needless_pass_by_value)] // `json!` only borrows them
fn report(findings: Vec<Value>) -> Value {
    json!({
        "version": 1,
        "tool": {"name": "pinscan", "version": "0.1.0", "catalog": "2026-11-23"},
        "findings": findings,
        "errors": [],
        "skipped": [],
        "unused_suppressions": [],
        "stats": {},
    })
}

#[allow(clippy::needless_pass_by_value)]
fn sweep(name: &str, url: Value, commit: Value, report: Value) -> Value {
    json!({
        "pinscan_sweep_result": 1,
        "repository": {"name": name, "source": format!("https://example.org/{name}.git"),
                       "url": url, "commit": commit},
        "status": "ok",
        "error": null,
        "report": report,
    })
}

fn failed(name: &str) -> Value {
    json!({
        "pinscan_sweep_result": 1,
        "repository": {"name": name, "source": format!("/srv/{name}"), "url": null, "commit": null},
        "status": "failed",
        "error": "git clone: repository not found",
        "report": null,
    })
}

/// A sweep folder of three results (one failed) and, beside it, a plain scan report made
/// by the binary itself.
fn inputs() -> Tree {
    let t = Tree::new();
    let commit = "0123456789abcdef0123456789abcdef01234567";
    let web = sweep(
        "acme/web",
        json!("https://github.com/acme/web"),
        json!(commit),
        report(vec![
            finding(
                "PIN101",
                "spki-hash",
                "warning",
                "src/pin.py",
                3,
                Some("DigiCert Global Root G2"),
            ),
            finding(
                "PIN102",
                "thumbprint",
                "error",
                "src/old.py",
                7,
                Some("Baltimore CyberTrust Root"),
            ),
            finding(
                "PIN102",
                "thumbprint",
                "error",
                "src/old.py",
                9,
                Some("Baltimore CyberTrust Root"),
            ),
        ]),
    );
    let api = sweep(
        "acme/api",
        Value::Null,
        Value::Null,
        report(vec![
            finding(
                "PIN101",
                "spki-hash",
                "warning",
                "a b/c.go",
                1,
                Some("DigiCert Global Root G2"),
            ),
            finding(
                "PIN501",
                "verification-disabled",
                "note",
                "test/x.go",
                2,
                None,
            ),
        ]),
    );
    t.write(
        "sweep/acme-web.json",
        serde_json::to_vec_pretty(&web).unwrap(),
    );
    t.write(
        "sweep/nested/acme-api.json",
        serde_json::to_vec(&api).unwrap(),
    );
    t.write(
        "sweep/acme-gone.json",
        serde_json::to_vec(&failed("acme/gone")).unwrap(),
    );
    t.write("sweep/notes.txt", "not a result: not *.json, not read");
    // A real scan report of a small tree: two PIN101 warnings, no CA.
    t.pin("app/one.py").pin("app/two.py");
    let out = pinscan()
        .current_dir(t.join("app"))
        .args(["scan", ".", "--format", "json", "--fail-on", "none"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    t.write("reports/app.json", &out.stdout);
    t
}

fn merge(t: &Tree, args: &[&str]) -> std::process::Output {
    t.cmd().arg("merge").args(args).output().unwrap()
}

#[test]
fn merging_a_sweep_folder_and_plain_reports_gives_the_expected_totals() {
    let t = inputs();
    let out = merge(&t, &["sweep", "reports/app.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = json(&out);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["tool"]["name"], "pinscan");
    assert!(doc["catalog"].as_str().unwrap().starts_with("20"));
    let names: Vec<&str> = doc["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["acme/api", "acme/gone", "acme/web", "app"]);
    let gone = &doc["repositories"][1];
    assert_eq!(gone["status"], "failed");
    assert_eq!(gone["error"], "git clone: repository not found");
    assert_eq!(gone["findings"], 0);
    let app = &doc["repositories"][3];
    assert_eq!(app["source"], "reports/app.json");
    assert_eq!(app["url"], Value::Null);

    let totals = &doc["totals"];
    assert_eq!(totals["repositories"], 4);
    assert_eq!(totals["failed"], 1);
    assert_eq!(totals["findings"], 7);
    assert_eq!(
        totals["by_severity"],
        json!({"error": 2, "warning": 4, "note": 1})
    );
    assert_eq!(
        totals["by_kind"],
        json!({"spki-hash": 4, "thumbprint": 2, "verification-disabled": 1})
    );
    // Role, status and expiry come from the built-in catalog, not from the result file.
    let by_ca = totals["by_ca"].as_array().unwrap();
    assert_eq!(by_ca.len(), 2, "{by_ca:#?}");
    assert_eq!(by_ca[0]["name"], "Baltimore CyberTrust Root");
    assert_eq!(by_ca[0]["status"], "expired");
    assert_eq!(by_ca[0]["not_after"], "2025-05-12");
    assert_eq!(by_ca[0]["pins"], 2);
    assert_eq!(by_ca[0]["repositories"], 1);
    assert_eq!(by_ca[1]["name"], "DigiCert Global Root G2");
    assert_eq!(by_ca[1]["role"], "root");
    assert_eq!(by_ca[1]["status"], "active");
    assert_eq!(by_ca[1]["not_after"], "2038-01-15");
    assert_eq!(by_ca[1]["pins"], 2);
    assert_eq!(by_ca[1]["repositories"], 2);
    let by_repo: Vec<(&str, u64)> = totals["by_repository"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["repository"].as_str().unwrap(),
                r["findings"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_repo,
        [
            ("acme/web", 3),
            ("acme/api", 2),
            ("app", 2),
            ("acme/gone", 0)
        ]
    );

    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 7);
    let web: Vec<&Value> = findings
        .iter()
        .filter(|f| f["repository"] == "acme/web")
        .collect();
    assert_eq!(
        web[0]["link"],
        "https://github.com/acme/web/blob/0123456789abcdef0123456789abcdef01234567/src/old.py#L7"
    );
    // Everything the scan wrote is kept.
    assert_eq!(web[0]["advice"], "advice");
    assert_eq!(web[0]["fingerprint"], "fpPIN1027");
    let api: Vec<&Value> = findings
        .iter()
        .filter(|f| f["repository"] == "acme/api")
        .collect();
    assert_eq!(api[0]["path"], "a b/c.go");
    assert_eq!(api[0]["link"], Value::Null, "no URL, no link");
    let app: Vec<&Value> = findings
        .iter()
        .filter(|f| f["repository"] == "app")
        .collect();
    assert_eq!(app.len(), 2);
    assert_eq!(app[0]["rule_id"], "PIN101");
    assert_eq!(app[0]["path"], "one.py");
    assert_eq!(doc["errors"], json!([]));
}

#[test]
fn merge_output_is_the_same_bytes_across_runs_and_input_orders() {
    let t = inputs();
    for format in ["json", "csv", "html"] {
        let a = merge(&t, &["--format", format, "sweep", "reports/app.json"]);
        let b = merge(&t, &["reports/app.json", "--format", format, "sweep"]);
        let c = merge(
            &t,
            &[
                "sweep/nested/acme-api.json",
                "reports",
                "sweep/acme-web.json",
                "sweep/acme-gone.json",
                "--format",
                format,
            ],
        );
        assert_eq!(code(&a), 0, "{}", stderr(&a));
        assert!(!a.stdout.is_empty());
        assert_eq!(
            a.stdout, b.stdout,
            "{format}: argument order changed the bytes"
        );
        assert_eq!(
            a.stdout, c.stdout,
            "{format}: files or folders changed the bytes"
        );
    }
    // `-o` writes the same bytes as standard output.
    let out = merge(&t, &["sweep", "reports", "-o", "inventory.json"]);
    assert_eq!(code(&out), 0);
    assert!(out.stdout.is_empty());
    let piped = merge(&t, &["reports", "sweep"]);
    assert_eq!(
        std::fs::read(t.join("inventory.json")).unwrap(),
        piped.stdout
    );
}

#[test]
fn csv_rows_are_quoted_and_formulas_neutralised() {
    let t = Tree::new();
    let mut f = finding(
        "PIN101",
        "spki-hash",
        "warning",
        "-x.py",
        4,
        Some("DigiCert Global Root G2"),
    );
    f["value"] = json!("=HYPERLINK(\"https://evil.example\",\"click\")");
    f["message"] = json!("a, \"quoted\"\nsecond line");
    let mut g = finding("PIN102", "thumbprint", "error", "@home.py", 1, None);
    g["value"] = json!("+cmd|' /C calc'!A0");
    g["message"] = json!("\ttabbed");
    t.write(
        "r.json",
        serde_json::to_vec(&sweep(
            "o/n",
            json!("https://github.com/o/n"),
            Value::Null,
            report(vec![f, g]),
        ))
        .unwrap(),
    );
    let out = merge(&t, &["--format", "csv", "r.json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "repository,path,line,column,rule_id,rule_name,kind,severity,confidence,ca,ca_status,ca_not_after,value,message,link"
    );
    assert_eq!(
        lines[1],
        "o/n,'-x.py,4,1,PIN101,PIN101-name,spki-hash,warning,high,DigiCert Global Root G2,active,2038-01-15,\
         \"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",\"a, \"\"quoted\"\"\nsecond line\",\
         https://github.com/o/n/blob/HEAD/-x.py#L4"
    );
    assert_eq!(
        lines[2],
        "o/n,'@home.py,1,1,PIN102,PIN102-name,thumbprint,error,high,,,,'+cmd|' /C calc'!A0,'\ttabbed,\
         https://github.com/o/n/blob/HEAD/%40home.py#L1"
    );
    assert_eq!(lines[3], "");
    assert_eq!(lines.len(), 4);
}

#[test]
fn html_escapes_every_string_of_a_hostile_result() {
    let t = Tree::new();
    let mut f = finding(
        "PIN101",
        "spki-hash",
        "error",
        "<script>alert('path')</script>.py",
        1,
        Some("DigiCert Global Root G2"),
    );
    f["value"] = json!("\"><img src=x onerror=alert(1)>");
    let mut g = finding("PIN103", "thumbprint", "error", "b.py", 2, None);
    g["value"] = json!("</script><script>alert(1)</script>\u{2028}<!--<script>");
    g["message"] = json!("</SCRIPT ><script>alert(2)</script>\u{2029}end");
    f["message"] = json!("<script>alert('message')</script> & \u{202e}reversed");
    f["rule_name"] = json!("<iframe src=\"https://evil.example\">");
    let mut hostile = sweep(
        "<b>owner</b>/name",
        json!("javascript:alert(document.domain)"),
        json!("<commit>"),
        report(vec![f, g]),
    );
    hostile["repository"]["source"] = json!("'><svg onload=alert(1)>");
    let other = sweep(
        "evil/link",
        json!("https://github.com/evil/link\" onmouseover=\"alert(1)"),
        Value::Null,
        report(vec![finding(
            "PIN102",
            "thumbprint",
            "warning",
            "x.py",
            1,
            None,
        )]),
    );
    t.write("hostile.json", serde_json::to_vec(&hostile).unwrap());
    t.write("other.json", serde_json::to_vec(&other).unwrap());
    let out = merge(&t, &["--format", "html", "."]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let html = stdout(&out);
    for bad in [
        "<script>alert",
        "<img",
        "<iframe",
        "<svg onload",
        "<b>owner",
        "javascript:",
        "onmouseover=\"",
        "onerror=alert(1)>",
        "\u{202e}",
    ] {
        assert!(!html.contains(bad), "the page holds {bad:?}");
    }
    assert!(html.contains("&lt;script&gt;alert(&#39;path&#39;)&lt;/script&gt;.py"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&lt;b&gt;owner&lt;/b&gt;/name"));
    assert!(
        html.contains("\\u{202e}reversed"),
        "bidi controls are shown"
    );
    // Three scripts, all ours: the error hook, the tables' data and the tables' script.
    assert_eq!(html.matches("<script").count(), 3);
    assert!(!html.contains('\u{2028}') && !html.contains('\u{2029}'));
    // The data element holds no `</script` (nor `<` at all) and parses as JSON, the
    // hostile values intact (terminal-unsafe characters made visible, as in the markup).
    let open = "<script type=\"application/json\" id=\"findings-data\">";
    assert_eq!(html.matches(open).count(), 1);
    let start = html.find(open).unwrap() + open.len();
    let data = &html[start..start + html[start..].find("</script>").unwrap()];
    assert!(!data.to_ascii_lowercase().contains("</script"));
    assert!(!data.contains(['<', '>', '&']));
    let data: Value = serde_json::from_str(data).unwrap();
    let values: Vec<&str> = data["v"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        values.contains(&"</script><script>alert(1)</script>\\u{2028}<!--<script>"),
        "{values:?}"
    );
    assert!(values.contains(&"\"><img src=x onerror=alert(1)>"));
    assert!(
        data["msgs"]
            .as_array()
            .unwrap()
            .contains(&json!("</SCRIPT ><script>alert(2)</script>\\u{2029}end"))
    );
    assert_eq!(data["repos"][0][0], "<b>owner</b>/name");
    assert_eq!(data["repos"][0][1], Value::Null, "no javascript: URL");
    assert_eq!(data["repos"][1][1], Value::Null, "no URL with a quote");
    assert_eq!(data["s"].as_array().unwrap().len(), 3);
    // No link at all to a repository without a plain GitHub URL; nothing but https links.
    assert!(!html.contains("href=\"https://github.com/evil"));
    for href in html.split("href=\"").skip(1) {
        assert!(
            href.starts_with('#') || href.starts_with("https://"),
            "link {}",
            &href[..href.len().min(60)]
        );
    }
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    ));
    // JSON keeps the values as they are, and gives the hostile URL no link either.
    let out = merge(&t, &["hostile.json"]);
    let doc = json(&out);
    assert_eq!(
        doc["repositories"][0]["url"],
        "javascript:alert(document.domain)"
    );
    assert_eq!(doc["findings"][0]["link"], Value::Null);
    assert_eq!(
        doc["findings"][0]["path"],
        "<script>alert('path')</script>.py"
    );
}

#[test]
fn a_malformed_input_is_an_error_naming_it_and_the_rest_still_merges() {
    let t = inputs();
    t.write("sweep/garbage.json", "this is not JSON");
    t.write("sweep/shape.json", r#"{"hello": "world"}"#);
    t.write("sweep/array.json", "[1, 2, 3]");
    t.write(
        "sweep/future.json",
        serde_json::to_vec(
            &json!({"pinscan_sweep_result": 99, "repository": {"name": "x"},
                                   "status": "ok", "report": null}),
        )
        .unwrap(),
    );
    let mut bad_finding = report(vec![finding(
        "PIN101",
        "spki-hash",
        "warning",
        "a.py",
        1,
        None,
    )]);
    bad_finding["findings"][0]["severity"] = json!("catastrophic");
    t.write(
        "sweep/badfinding.json",
        serde_json::to_vec(&bad_finding).unwrap(),
    );
    t.write("sweep/evil\x1b[31mname.json", "{");
    std::fs::create_dir_all(t.join("sweep/dir.json")).unwrap();
    // A FIFO is refused before it is opened: the merge does not wait for a writer.
    t.fifo("sweep/fifo.json");
    let out = merge(&t, &["sweep", "reports/app.json", "missing.json"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    for name in [
        "sweep/garbage.json: not a JSON object",
        "sweep/shape.json: neither a pinscan sweep result",
        "sweep/array.json: not a JSON object",
        "sweep/future.json: unsupported pinscan_sweep_result 99",
        "sweep/badfinding.json: finding 0: unknown variant `catastrophic`",
        "sweep/fifo.json: not a regular file",
        "missing.json: cannot read",
    ] {
        assert!(err.contains(name), "{name:?} not in:\n{err}");
    }
    assert!(
        err.contains("sweep/evil\\x1b[31mname.json"),
        "escaped:\n{err}"
    );
    assert!(!err.contains('\x1b'));
    // The rest merged.
    let doc = json(&out);
    assert_eq!(doc["totals"]["repositories"], 4);
    assert_eq!(doc["totals"]["findings"], 7);
    let errors: Vec<&str> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        errors,
        [
            "missing.json",
            "sweep/array.json",
            "sweep/badfinding.json",
            "sweep/evil\x1b[31mname.json",
            "sweep/fifo.json",
            "sweep/future.json",
            "sweep/garbage.json",
            "sweep/shape.json",
        ]
    );
}

#[test]
fn two_inputs_of_the_same_repository_are_both_kept_and_renamed() {
    let t = Tree::new();
    let r = report(vec![finding(
        "PIN101",
        "spki-hash",
        "warning",
        "a.py",
        1,
        None,
    )]);
    let mut a = sweep("o/n", Value::Null, Value::Null, r.clone());
    a["repository"]["source"] = json!("/srv/a/n");
    let mut b = sweep("o/n", Value::Null, Value::Null, r);
    b["repository"]["source"] = json!("/srv/b/n");
    t.write("one/r.json", serde_json::to_vec(&b).unwrap());
    t.write("two/r.json", serde_json::to_vec(&a).unwrap());
    t.write("n.json", PIN_LINE); // not JSON: an error, not a third `n`
    let out = merge(&t, &["one", "two"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let doc = json(&out);
    let names: Vec<&str> = doc["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["o/n (/srv/a/n)", "o/n (/srv/b/n)"]);
    assert_eq!(doc["notes"].as_array().unwrap().len(), 2);
    assert!(stderr(&out).contains("repository `o/n` appears in 2 inputs"));
}
