//! One test per class of awkward input. Each tree also holds `good.conf` with a pin, to
//! show that the scan goes on to the end and still reports it.

use crate::{
    PIN_LINE, Tree, Unprivileged, code, error_paths, finding_paths, json, open_up, pairs, pinscan,
    skipped, stderr, stdout, strings,
};

fn tree() -> Tree {
    let t = Tree::new();
    t.pin("good.conf");
    t
}

#[test]
fn binary_file_with_nul_bytes_is_skipped_as_binary() {
    let t = tree();
    let mut blob = b"\x7fELF\0\0\0\x01".to_vec();
    blob.extend_from_slice(PIN_LINE.as_bytes());
    t.write("blob.bin", &blob).write("blob.conf", &blob);
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
    assert_eq!(
        skipped(&doc),
        pairs(&[("blob.bin", "binary"), ("blob.conf", "binary")])
    );
    assert_eq!(doc["skipped"][0]["detail"], "contains NUL bytes");
    assert_eq!(doc["stats"]["skipped"]["binary"], 2);
    assert!(error_paths(&doc).is_empty());
}

#[test]
fn nul_after_the_first_8_kib_is_not_binary() {
    let t = tree();
    let mut late = PIN_LINE.as_bytes().to_vec();
    late.resize(9000, b'#');
    late.push(0);
    t.write("late.conf", &late);
    let doc = json(&t.scan_json(&[]));
    assert_eq!(finding_paths(&doc), strings(&["good.conf", "late.conf"]));
    assert!(skipped(&doc).is_empty());
}

#[test]
fn der_file_with_nul_bytes_is_not_skipped_as_binary() {
    let t = tree();
    t.write("cert.der", b"\x30\x82\x00\x00\x00\x00\x01\x02junk")
        .write("CERT.CRT", b"\x30\x82\x00\x00\x00\x00");
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    // Read as certificates (not skipped as binary), then found malformed: listed, scan goes on.
    assert_eq!(
        skipped(&doc),
        vec![
            ("CERT.CRT".to_owned(), "malformed-certificate".to_owned()),
            ("cert.der".to_owned(), "malformed-certificate".to_owned()),
        ]
    );
    assert!(error_paths(&doc).is_empty());
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
    assert_eq!(doc["stats"]["files_scanned"], 3);
}

#[test]
fn invalid_utf8_around_a_pin_is_read_lossily() {
    let t = tree();
    let mut bytes = b"# \xc3\x28 \xff\xfe bad\n".to_vec();
    bytes.extend_from_slice(b"\x80\x80");
    bytes.extend_from_slice(PIN_LINE.trim_end().as_bytes());
    bytes.extend_from_slice(b" \xe2\x82\n");
    t.write("broken.conf", &bytes);
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["broken.conf", "good.conf"]));
    let f = &doc["findings"][0];
    assert_eq!(f["path"], "broken.conf");
    assert_eq!(f["rule_id"], "PIN101");
    assert_eq!(f["start"]["line"], 2);
    // Each invalid byte counts as one character: "\x80\x80pin = \"" is 9 of them.
    assert_eq!(f["start"]["column"], 10);
    assert!(skipped(&doc).is_empty());
    assert!(error_paths(&doc).is_empty());
}

#[test]
fn byte_offsets_point_into_the_file_even_with_invalid_utf8_or_a_bom() {
    let t = Tree::new();
    let mut invalid = b"# \xff\xff\n".to_vec();
    invalid.extend_from_slice(PIN_LINE.as_bytes());
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(PIN_LINE.as_bytes());
    t.write("invalid.conf", &invalid).write("bom.conf", &bom);
    let doc = json(&t.scan_json(&[]));
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    for f in findings {
        let bytes = std::fs::read(t.join(f["path"].as_str().unwrap())).unwrap();
        let (s, e) = (
            usize::try_from(f["byte_start"].as_u64().unwrap()).unwrap(),
            usize::try_from(f["byte_end"].as_u64().unwrap()).unwrap(),
        );
        assert_eq!(
            String::from_utf8_lossy(&bytes[s.min(bytes.len())..e.min(bytes.len())]),
            f["matched"].as_str().unwrap(),
            "{}: byte_start {s}, byte_end {e}",
            f["path"]
        );
    }
}

#[test]
fn utf16_files_with_a_bom_are_decoded_and_scanned() {
    let t = tree();
    let text: String = format!("\u{feff}{PIN_LINE}");
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    t.write("le.conf", &le).write("be.conf", &be);
    let out = t.scan_json(&[]);
    let doc = json(&out);
    assert!(skipped(&doc).is_empty(), "UTF-16 is not binary");
    assert_eq!(
        finding_paths(&doc),
        strings(&["be.conf", "good.conf", "le.conf"])
    );
}

#[test]
fn file_over_the_size_cap_is_skipped_and_never_read() {
    let t = tree();
    t.write("huge.conf", PIN_LINE.repeat(100)); // 6 KB
    let out = t.scan_json(&["--max-filesize", "1K"]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
    assert_eq!(skipped(&doc), pairs(&[("huge.conf", "too-large")]));
    let detail = doc["skipped"][0]["detail"].as_str().unwrap();
    assert!(detail.contains("1024"), "{detail}");

    // Never read: even unreadable, it is a skip and not an error.
    let Some(user) = Unprivileged::get() else {
        return;
    };
    open_up(&t, &["huge.conf"]);
    let out = user.run(
        t.path(),
        &["scan", ".", "--format", "json", "--max-filesize", "1K"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let doc = json(&out);
    assert!(error_paths(&doc).is_empty(), "{}", doc["errors"]);
    assert_eq!(skipped(&doc), pairs(&[("huge.conf", "too-large")]));
}

#[test]
fn unreadable_file_is_an_error_and_the_scan_goes_on() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = tree();
    t.pin("secret.conf").pin("z/later.conf");
    open_up(&t, &["secret.conf"]);
    let out = user.run(t.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 2, "an unreadable file outranks findings");
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["good.conf", "z/later.conf"]));
    assert_eq!(error_paths(&doc), strings(&["secret.conf"]));
    let msg = doc["errors"][0]["message"].as_str().unwrap();
    assert!(msg.contains("Permission denied"), "{msg}");
    assert_eq!(doc["stats"]["errors"], 1);
    let err = stderr(&out);
    assert!(
        err.lines()
            .any(|l| l.contains("secret.conf") && l.contains("Permission denied")),
        "stderr: {err}"
    );

    // The text summary counts it.
    let out = user.run(t.path(), &["scan", "."]);
    assert_eq!(code(&out), 2);
    assert!(
        stdout(&out).contains("1 could not be read"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn unreadable_directory_is_an_error_and_the_scan_goes_on() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = tree();
    t.pin("locked/inside.conf");
    open_up(&t, &["locked"]);
    let out = user.run(t.path(), &["scan", ".", "--format", "json"]);
    assert_eq!(code(&out), 2);
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
    assert_eq!(error_paths(&doc), strings(&["locked"]));
}

#[test]
fn unreadable_directory_error_names_the_path_once() {
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = tree();
    t.pin("locked/inside.conf");
    open_up(&t, &["locked"]);
    let out = user.run(t.path(), &["scan", ".", "--format", "json"]);
    let err = stderr(&out);
    let line = err.lines().find(|l| l.contains("locked")).unwrap();
    assert_eq!(line.matches("locked").count(), 1, "{line}");
    let doc = json(&out);
    let msg = doc["errors"][0]["message"].as_str().unwrap();
    assert!(!msg.contains("locked"), "message repeats the path: {msg}");
}

#[test]
fn fifo_is_skipped_as_special_file_without_hanging() {
    let t = tree();
    t.fifo("pipe.conf");
    // Nobody ever writes to the FIFO: opening it would block; the timeout catches that.
    for args in [&[][..], &["--follow"]] {
        let out = t.scan_json(args);
        assert_eq!(code(&out), 1, "{args:?}");
        let doc = json(&out);
        assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
        assert_eq!(skipped(&doc), pairs(&[("pipe.conf", "special-file")]));
        assert!(error_paths(&doc).is_empty());
    }
    // Named on the command line too.
    let out = t
        .cmd()
        .args(["scan", "--format", "json", "pipe.conf", "good.conf"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert_eq!(
        skipped(&json(&out)),
        pairs(&[("pipe.conf", "special-file")])
    );
}

#[test]
fn symlink_loop_with_follow_is_skipped() {
    let t = tree();
    t.symlink(".", "loop")
        .symlink("..", "sub/up")
        .pin("sub/deep.conf");
    let out = t.scan_json(&["--follow"]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(
        finding_paths(&doc),
        strings(&["good.conf", "sub/deep.conf"])
    );
    assert_eq!(
        skipped(&doc),
        pairs(&[("loop", "symlink-loop"), ("sub/up", "symlink-loop")])
    );
    assert!(error_paths(&doc).is_empty());

    // Without --follow the links are plain skipped symlinks.
    let doc = json(&t.scan_json(&[]));
    assert_eq!(
        skipped(&doc),
        pairs(&[("loop", "symlink"), ("sub/up", "symlink")])
    );
}

#[test]
fn broken_symlink_is_skipped_with_and_without_follow() {
    let t = tree();
    t.symlink("nowhere.conf", "dangling.conf");
    for args in [&[][..], &["--follow"]] {
        let out = t.scan_json(args);
        assert_eq!(code(&out), 1, "{args:?}");
        let doc = json(&out);
        assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
        assert_eq!(skipped(&doc), pairs(&[("dangling.conf", "broken-symlink")]));
        assert!(error_paths(&doc).is_empty(), "{args:?}");
    }
}

#[test]
fn empty_file_gives_nothing() {
    let t = tree();
    t.write("empty.conf", "").write("empty.rs", "");
    let out = t.scan_json(&[]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    assert_eq!(finding_paths(&doc), strings(&["good.conf"]));
    assert!(skipped(&doc).is_empty());
    assert!(error_paths(&doc).is_empty());
    assert_eq!(doc["stats"]["files_scanned"], 3);

    // Alone, an empty file is a clean scan.
    let alone = Tree::new();
    alone.write("empty.conf", "");
    alone.cmd().args(["scan", "."]).assert().code(0);
}

#[test]
fn nonexistent_path_is_fatal_and_named() {
    let t = tree();
    for args in [&["no/such/file.conf"][..], &["good.conf", "missing.conf"]] {
        let out = t
            .cmd()
            .arg("scan")
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: {}", stdout(&out));
        let missing = args.last().unwrap();
        let err = stderr(&out);
        assert!(
            err.contains(missing) && err.contains("no such file or directory"),
            "{args:?}: {err}"
        );
    }
    // Absolute path, run from elsewhere.
    let gone = t.join("gone");
    let out = pinscan().arg("scan").arg(&gone).output().unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains(&*gone.to_string_lossy()));
}
