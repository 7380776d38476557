//! The acceptance checks, and the corpus through the binary.

use std::collections::BTreeSet;
use std::fs::File;
use std::path::Path;

use crate::{
    Tree, Unprivileged, code, error_paths, finding_paths, json, open_up, pairs, pinscan, skipped,
    stderr, strings,
};

/// One pin file plus a 1 GiB sparse file, a FIFO and a symlink loop.
fn hostile_tree() -> Tree {
    let t = Tree::new();
    t.pin("src/pins.conf")
        .write("src/main.rs", "fn main() {}\n");
    File::create(t.join("huge.bin"))
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    t.fifo("pipe").symlink("..", "src/loop");
    t
}

fn hostile_skips() -> Vec<(String, String)> {
    pairs(&[
        ("huge.bin", "too-large"),
        ("pipe", "special-file"),
        ("src/loop", "symlink-loop"),
    ])
}

#[test]
fn a_sparse_gib_file_a_fifo_and_a_loop_are_skipped() {
    let t = hostile_tree();
    let out = t.scan_json(&["--follow"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["src/pins.conf"]));
    assert_eq!(skipped(&doc), hostile_skips());
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
}

#[test]
fn an_unreadable_file_among_them_is_an_error_and_everything_else_is_scanned() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = hostile_tree();
    t.pin("secret.conf").pin("zz/last.conf");
    open_up(&t, &["secret.conf"]);
    let out = user.run(t.path(), &["scan", ".", "--follow", "--format", "json"]);
    assert_eq!(code(&out), 2);
    let doc = json(&out);
    assert_eq!(
        finding_paths(&doc),
        strings(&["src/pins.conf", "zz/last.conf"])
    );
    assert_eq!(skipped(&doc), hostile_skips());
    assert_eq!(error_paths(&doc), strings(&["secret.conf"]));
    assert!(stderr(&out).contains("secret.conf"), "{}", stderr(&out));
}

#[test]
fn a_tree_without_pins_exits_0() {
    let t = Tree::new();
    t.write("src/main.rs", "fn main() {}\n")
        .write("README.md", "# nothing to see\n");
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 0);
    let doc = json(&out);
    assert!(finding_paths(&doc).is_empty());
    assert!(error_paths(&doc).is_empty());
    assert!(skipped(&doc).is_empty());
    t.cmd().args(["scan", "."]).assert().code(0);
}

fn corpus_scan(args: &[&str]) -> std::process::Output {
    pinscan()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["scan", "corpus", "--format", "json"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn corpus_output_is_the_same_bytes_for_any_thread_count() {
    let one = corpus_scan(&["-j1"]);
    let eight = corpus_scan(&["-j8"]);
    assert_eq!(code(&one), 1);
    assert_eq!(code(&eight), 1);
    assert!(!one.stdout.is_empty());
    assert!(one.stdout == eight.stdout, "-j1 and -j8 differ");
}

type Key = (String, usize, String);

/// Rule ids at the start of `s` (`PIN101, PIN201 trailing words`).
fn ids(s: &str) -> impl Iterator<Item = String> + '_ {
    // `PIN101[CA name]@warning, PIN110`: CA and severity are checked by tests/corpus.rs.
    s.split(',')
        .map(|t| t.trim().split(['[', '@']).next().unwrap_or_default())
        .take_while(|t| t.len() == 6 && t.starts_with("PIN"))
        .map(str::to_owned)
}

/// Expectations from `pinscan-expect:` comments and `.expect` sidecars.
/// Paths are relative to `root`.
fn expectations(root: &Path, dir: &Path, out: &mut BTreeSet<Key>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            expectations(root, &path, out);
            continue;
        }
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        if let Some(target) = rel.strip_suffix(".expect") {
            for line in text.lines() {
                let line = line.split('#').next().unwrap().trim();
                if line.starts_with('!') {
                    continue; // a negative marker
                }
                if let Some((n, rest)) = line.split_once(':') {
                    let n: usize = n.trim().parse().unwrap();
                    out.extend(ids(rest).map(|id| (target.to_owned(), n, id)));
                }
            }
        } else {
            for (i, line) in text.lines().enumerate() {
                if let Some((_, rest)) = line.split_once("pinscan-expect:") {
                    out.extend(ids(rest).map(|id| (rel.clone(), i + 1, id)));
                }
            }
        }
    }
}

#[test]
fn corpus_findings_equal_the_expectations() {
    let out = corpus_scan(&[]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    let got: BTreeSet<Key> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                usize::try_from(f["start"]["line"].as_u64().unwrap()).unwrap(),
                f["rule_id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let mut want = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    expectations(root, &root.join("corpus"), &mut want);
    assert!(!want.is_empty());
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing: {missing:?}\nextra: {extra:?}"
    );
}
