//! The generated query packs are up to date: every generator in `scripts/querygen/` runs
//! into a temporary directory (`--out`), and each generated language's committed files must
//! equal what it writes, file for file. Fix a failure by running the generator named in the
//! message and committing its output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (generator script, arguments before `--out`, languages it writes).
const GENERATORS: &[(&str, &[&str], &[&str])] = &[
    (
        "scripts/querygen/gen.py",
        &["scripts/querygen"],
        &["javascript", "typescript", "tsx"],
    ),
    ("scripts/querygen/java.py", &[], &["java"]),
    ("scripts/querygen/kotlin.py", &[], &["kotlin"]),
];

fn scm_files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "scm") {
            let name = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            out.insert(name, std::fs::read_to_string(&path).expect("readable"));
        }
    }
    out
}

#[test]
fn generated_query_files_are_up_to_date() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let mut problems = Vec::new();
    for (script, args, langs) in GENERATORS {
        let tmp = tempfile::tempdir().unwrap();
        let status = Command::new(&python)
            .current_dir(&root)
            .arg(script)
            .args(*args)
            .arg("--out")
            .arg(tmp.path())
            .status()
            .unwrap_or_else(|e| panic!("cannot run {python} {script}: {e}"));
        assert!(status.success(), "{python} {script} failed: {status}");
        for lang in *langs {
            let want = scm_files(&tmp.path().join(lang));
            let got = scm_files(&root.join("queries").join(lang));
            assert!(!want.is_empty(), "{script} wrote nothing for {lang}");
            for (name, text) in &want {
                match got.get(name) {
                    None => problems.push(format!("queries/{lang}/{name} is missing ({script})")),
                    Some(g) if g != text => {
                        problems.push(format!(
                            "queries/{lang}/{name} differs from {script}'s output"
                        ));
                    }
                    Some(_) => {}
                }
            }
            for name in got.keys().filter(|n| !want.contains_key(*n)) {
                problems.push(format!("queries/{lang}/{name} is not written by {script}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "generated query files are stale; run the generators (see queries/README.md) and commit:\n{}",
        problems.join("\n")
    );
}
