//! Paths named on the command line (pre-commit passes staged file names) are scanned even
//! when .gitignore or `--no-hidden` would leave them out of a walk; `exclude` leaves them
//! out as it leaves them out of a walk (unless `--no-force-exclude`).

use crate::{Tree, code, finding_paths, json, strings};

fn ignored_tree() -> Tree {
    let t = Tree::new();
    t.write(".gitignore", "ign.conf\nbuild/\n")
        .write("sub/.gitignore", "x.conf\n")
        .pin("ign.conf")
        .pin("build/out.conf")
        .pin("sub/x.conf")
        .pin(".hidden/h.conf")
        .write("main.rs", "fn main() {}\n");
    t
}

#[test]
fn walked_tree_leaves_the_ignored_files_out() {
    let out = ignored_tree().scan_json(&[]);
    assert_eq!(code(&out), 1);
    assert_eq!(finding_paths(&json(&out)), strings(&[".hidden/h.conf"]));
    let out = ignored_tree().scan_json(&["--no-hidden"]);
    assert_eq!(code(&out), 0);
    assert!(finding_paths(&json(&out)).is_empty());
}

#[test]
fn a_gitignored_file_named_on_the_command_line_is_scanned() {
    let t = ignored_tree();
    let out = t
        .cmd()
        .args(["scan", "--format", "json", "ign.conf"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(finding_paths(&json(&out)), strings(&["ign.conf"]));
}

#[test]
fn named_files_ignored_by_nested_gitignore_ignored_dir_or_hidden_are_scanned() {
    let t = ignored_tree();
    let out = t
        .cmd()
        .args([
            "scan",
            "--format",
            "json",
            "sub/x.conf",
            "build/out.conf",
            ".hidden/h.conf",
            "main.rs",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(
        finding_paths(&json(&out)),
        strings(&[".hidden/h.conf", "build/out.conf", "sub/x.conf"])
    );
}

#[test]
fn a_named_file_given_by_absolute_path_is_scanned() {
    let t = ignored_tree();
    let abs = t.join("ign.conf");
    let out = t
        .cmd()
        .args(["scan", "--format", "json"])
        .arg(&abs)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(
        finding_paths(&json(&out)),
        vec![abs.to_string_lossy().into_owned()]
    );
}
