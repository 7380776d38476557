//! `pinscan sweep`: one result file per repository, shards that partition the list, a
//! sweep killed halfway and resumed that ends as an uninterrupted one, clone failures
//! recorded, and repositories that cannot silence themselves or run code.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{PIN_LINE, Tree, code, pinscan, stderr};

/// A tree of `n` small repositories `repos/r<i>`, each with one pin (and `i` more in
/// `extra<j>.conf`, so the results differ), plus `list.txt` naming them.
fn repositories(n: usize) -> Tree {
    let t = Tree::new();
    let mut list = String::from("# repositories to sweep\n\n");
    for i in 0..n {
        t.pin(&format!("repos/r{i}/pin.conf"));
        for j in 0..i {
            t.pin(&format!("repos/r{i}/sub/extra{j}.conf"));
        }
        list = list + "repos/r" + &i.to_string() + "\n";
    }
    t.write("list.txt", list);
    t
}

/// The result files of `dir` by name, parsed.
fn results(dir: &Path) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if Path::new(&name).extension().is_some_and(|e| e == "json") {
            let doc: Value = serde_json::from_slice(&std::fs::read(entry.path()).unwrap()).unwrap();
            out.insert(name, doc);
        }
    }
    out
}

/// `(repository name, status, finding paths)` of each result, for short assertions.
fn summary(dir: &Path) -> Vec<(String, String, Vec<String>)> {
    results(dir)
        .values()
        .map(|r| {
            let paths = r["report"]["findings"]
                .as_array()
                .map(|f| {
                    f.iter()
                        .map(|f| f["path"].as_str().unwrap().to_owned())
                        .collect()
                })
                .unwrap_or_default();
            (
                r["repository"]["name"].as_str().unwrap().to_owned(),
                r["status"].as_str().unwrap().to_owned(),
                paths,
            )
        })
        .collect()
}

fn sweep(t: &Tree, args: &[&str]) -> std::process::Output {
    t.cmd().arg("sweep").args(args).output().unwrap()
}

#[test]
fn one_result_per_repository_with_paths_relative_to_it() {
    let t = repositories(3);
    let out = sweep(&t, &["--list", "list.txt", "-o", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = summary(&t.join("out"));
    assert_eq!(
        got,
        [
            (
                "r0".to_owned(),
                "ok".to_owned(),
                vec!["pin.conf".to_owned()]
            ),
            (
                "r1".to_owned(),
                "ok".to_owned(),
                vec!["pin.conf".to_owned(), "sub/extra0.conf".to_owned()]
            ),
            (
                "r2".to_owned(),
                "ok".to_owned(),
                vec![
                    "pin.conf".to_owned(),
                    "sub/extra0.conf".to_owned(),
                    "sub/extra1.conf".to_owned()
                ]
            ),
        ]
    );
    let all = results(&t.join("out"));
    let r = all
        .values()
        .find(|r| r["repository"]["name"] == "r0")
        .unwrap();
    assert_eq!(r["pinscan_sweep_result"], 1);
    assert_eq!(r["repository"]["source"], "repos/r0");
    assert_eq!(r["report"]["findings"][0]["rule_id"], "PIN101");
    // Nothing half-written is left behind.
    let names: Vec<String> = std::fs::read_dir(t.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| Path::new(n).extension().is_some_and(|e| e == "json")),
        "{names:?}"
    );
    // Same tree, same bytes.
    let again = sweep(&t, &["--list", "list.txt", "-o", "out2"]);
    assert_eq!(code(&again), 0);
    for (name, _) in results(&t.join("out")) {
        assert_eq!(
            std::fs::read(t.join("out").join(&name)).unwrap(),
            std::fs::read(t.join("out2").join(&name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn shards_together_write_what_one_sweep_writes() {
    let t = repositories(7);
    assert_eq!(
        code(&sweep(&t, &["-q", "--list", "list.txt", "-o", "whole"])),
        0
    );
    let mut sizes = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let out = sweep(
            &t,
            &[
                "-q", "--list", "list.txt", "-o", "sharded", "--shard", &shard,
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        sizes.push(results(&t.join("sharded")).len());
    }
    // Dealt round-robin: 3, then 3 + 2, then 3 + 2 + 2.
    assert_eq!(sizes, [3, 5, 7]);
    assert_eq!(results(&t.join("whole")), results(&t.join("sharded")));
    let bad = sweep(&t, &["--list", "list.txt", "-o", "x", "--shard", "4/3"]);
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("--shard"), "{}", stderr(&bad));
}

/// Answer every connection on `listener` with a 404 (git: "repository not found"), from
/// now on, in a thread that lives as long as the test.
fn serve_not_found(listener: std::net::TcpListener) {
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
            let mut buf = [0u8; 4096];
            let _ = std::io::Read::read(&mut stream, &mut buf);
            let _ = std::io::Write::write_all(
                &mut stream,
                b"HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
}

/// `pinscan merge . --format json` in the tree's folder `dir` (so that the inputs' paths
/// it records are the same for any folder).
fn merged(t: &Tree, dir: &str) -> String {
    let out = pinscan()
        .current_dir(t.join(dir))
        .args(["merge", ".", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_sharded_sweep_killed_halfway_and_resumed_merges_as_an_uninterrupted_one() {
    let t = repositories(5);
    // A clone from a server that accepts and does not answer yet: the sweep is certainly
    // inside it when it is killed. Shard 2/2 holds list places 1, 3 and 5: r1, the clone
    // and r4; it is killed when r1 and r4 are written and the clone still waits.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}/acme/hangs.git",
        listener.local_addr().unwrap().port()
    );
    t.write(
        "list.txt",
        format!("repos/r0\nrepos/r1\nrepos/r2\n{url}\nrepos/r3\nrepos/r4\n"),
    );
    let shard = |k: &str, extra: &[&str]| {
        sweep(
            &t,
            &[
                &["-q", "--list", "list.txt", "-o", "out", "--shard", k],
                extra,
            ]
            .concat(),
        )
    };
    assert_eq!(code(&shard("1/2", &[])), 0);
    let mut child = std::process::Command::new(super::bin())
        .current_dir(t.path())
        .args([
            "sweep", "-q", "--list", "list.txt", "-o", "out", "--shard", "2/2",
        ])
        .spawn()
        .unwrap();
    let started = Instant::now();
    while results(&t.join("out")).len() < 5 {
        assert!(started.elapsed() < Duration::from_secs(30), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(results(&t.join("out")).len(), 5, "killed inside the clone");
    let before: BTreeMap<String, Vec<u8>> = results(&t.join("out"))
        .keys()
        .map(|k| (k.clone(), std::fs::read(t.join("out").join(k)).unwrap()))
        .collect();
    // From now on the server says the repository does not exist.
    serve_not_found(listener);
    let resumed = shard("2/2", &["--resume"]);
    assert_eq!(code(&resumed), 1, "a failed clone: {}", stderr(&resumed));
    // Finished results were not rewritten.
    for (name, bytes) in &before {
        assert_eq!(
            &std::fs::read(t.join("out").join(name)).unwrap(),
            bytes,
            "{name}"
        );
    }
    let whole = sweep(&t, &["-q", "--list", "list.txt", "-o", "whole"]);
    assert_eq!(code(&whole), 1);
    assert_eq!(results(&t.join("out")), results(&t.join("whole")));
    let inventory = merged(&t, "out");
    assert!(
        inventory == merged(&t, "whole"),
        "the merged inventories differ"
    );
    let doc: Value = serde_json::from_str(&inventory).unwrap();
    let statuses: Vec<(&str, &str)> = doc["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["status"].as_str().unwrap()))
        .collect();
    assert_eq!(statuses.len(), 6, "{statuses:?}");
    assert_eq!(
        statuses.iter().filter(|(_, s)| *s == "failed").count(),
        1,
        "{statuses:?}"
    );
    // --resume tries a failed repository again (and it fails again here).
    let again = sweep(&t, &["--list", "list.txt", "-o", "out", "--resume"]);
    assert!(
        stderr(&again).contains("5 already finished"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn clone_failures_are_recorded_and_the_sweep_goes_on() {
    let t = repositories(1);
    let out = sweep(
        &t,
        &[
            "repos/r0",
            "file:///nonexistent/repo.git",
            "missing-folder",
            "-o",
            "out",
        ],
    );
    assert_eq!(code(&out), 1, "some repositories failed");
    let said = stderr(&out);
    assert!(
        said.contains("file:///nonexistent/repo.git: git clone failed"),
        "{said}"
    );
    assert!(said.contains("missing-folder: not a folder"), "{said}");
    assert!(said.contains("swept 3 of 3 repositories"), "{said}");
    let statuses: Vec<(String, String)> = summary(&t.join("out"))
        .into_iter()
        .map(|(n, s, _)| (n, s))
        .collect();
    assert_eq!(
        statuses,
        [
            ("missing-folder".to_owned(), "failed".to_owned()),
            ("nonexistent/repo".to_owned(), "failed".to_owned()),
            ("r0".to_owned(), "ok".to_owned()),
        ]
    );
}

/// `git` with a fixed identity, run in `dir`.
fn git(dir: &Path, args: &[&str]) {
    let ok = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

#[test]
fn clones_are_scanned_with_their_commit_and_github_address_then_removed() {
    let t = Tree::new();
    t.pin("origin/pin.conf");
    let origin = t.join("origin");
    git(&origin, &["init", "-q"]);
    git(&origin, &["add", "."]);
    git(&origin, &["commit", "-qm", "pin"]);
    git(
        &origin,
        &["remote", "add", "origin", "git@github.com:acme/pins.git"],
    );
    let url = format!("file://{}", origin.display());
    // The sweep clones below its own temporary folder, so that other tests' sweeps
    // running at the same time cannot add or remove folders while this one looks.
    let tmp = t.join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let out = t
        .cmd()
        .env("TMPDIR", &tmp)
        .args(["sweep", &url, "origin", "-o", "out"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        temp_clones(&tmp),
        Vec::<std::path::PathBuf>::new(),
        "the clone's folder is removed"
    );
    let all = results(&t.join("out"));
    let commits: Vec<&str> = all
        .values()
        .map(|r| r["repository"]["commit"].as_str().unwrap())
        .collect();
    assert_eq!(commits.len(), 2);
    assert_eq!(commits[0].len(), 40);
    assert_eq!(
        commits[0], commits[1],
        "the clone and the folder are one commit"
    );
    // The folder's origin remote is on GitHub: its address is known (a file:// clone's
    // origin is the folder, which is not).
    let urls: Vec<Value> = all
        .values()
        .map(|r| r["repository"]["url"].clone())
        .collect();
    assert!(
        urls.contains(&Value::String("https://github.com/acme/pins".into())),
        "{urls:?}"
    );
    assert!(urls.contains(&Value::Null), "{urls:?}");
    for r in all.values() {
        assert_eq!(r["report"]["findings"][0]["path"], "pin.conf");
    }
}

fn temp_clones(tmp: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(tmp)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("pinscan-sweep-")
        })
        .map(|e| e.path())
        .collect();
    v.sort();
    v
}

#[test]
fn a_repository_cannot_silence_itself_or_run_code() {
    let t = Tree::new();
    t.write(
        "repo/.pinscan.toml",
        "fail-on = \"none\"\nexclude = [\"**\"]\n[rules]\ndisable = [\"PIN101\"]\n\n[[allow]]\nvalue = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\nreason = \"hidden\"\n",
    );
    t.write("repo/pin.conf", PIN_LINE);
    t.write(
        "repo/quiet.conf",
        PIN_LINE.trim_end().to_owned() + " # pinscan: ignore[PIN101] hidden on purpose\n",
    );
    let repo = t.join("repo");
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "x"]);
    let marker = t.join("ran");
    let script = t.join("hook.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ntouch '{}'\n", marker.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    git(
        &repo,
        &["config", "core.fsmonitor", &script.display().to_string()],
    );
    git(
        &repo,
        &["config", "core.hooksPath", &t.path().display().to_string()],
    );
    let out = sweep(&t, &["repo", "-o", "out"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got = summary(&t.join("out"));
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].2,
        ["pin.conf", "quiet.conf"],
        "the repository's own exclude, allow-list and inline suppressions are not honoured"
    );
    assert!(!marker.exists(), "the repository's fsmonitor ran");
}

#[test]
fn bad_arguments_are_clear_errors() {
    let t = Tree::new();
    let out = sweep(&t, &["-o", "out"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("no repositories to sweep"),
        "{}",
        stderr(&out)
    );
    t.fifo("fifo.txt");
    let out = pinscan()
        .current_dir(t.path())
        .args(["sweep", "--list", "fifo.txt", "-o", "out"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("--list fifo.txt: not a regular file"),
        "{}",
        stderr(&out)
    );
}
