//! Well-behaved output (issue 16): a closed pipe on standard output ends pinscan quietly
//! with exit code 0.

use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::{PIN_LINE, Tree, bin, code, stderr};

/// Findings in `big_tree`: enough that every format's report is several times a pipe's
/// buffer (64 KiB on Linux), so pinscan is still writing when the reader goes away.
const FILES: usize = 1500;

/// A tree of `FILES` files holding one pin each.
fn big_tree() -> Tree {
    let t = Tree::new();
    for i in 0..FILES {
        t.write(&format!("d{}/f{i}.conf", i % 20), PIN_LINE);
    }
    t
}

/// Run `pinscan args` from `dir` with standard output a pipe; read its first line, close
/// the pipe, and wait. Returns the first line, the exit status and standard error.
fn first_line_then_close(dir: &std::path::Path, args: &[&str]) -> (String, ExitStatus, String) {
    let mut child = Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        err_pipe.read_to_string(&mut s).unwrap();
        s
    });
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    drop(reader);
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("pinscan {args:?} still running after its reader went away");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (line, status, err_reader.join().unwrap())
}

#[test]
fn the_reports_are_larger_than_a_pipe() {
    let t = big_tree();
    for format in ["text", "json", "sarif", "github"] {
        let out = t
            .cmd()
            .args(["scan", ".", "--format", format])
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{format}: {}", stderr(&out));
        assert!(
            out.stdout.len() > 4 * 65536,
            "{format}: only {} bytes",
            out.stdout.len()
        );
    }
}

#[test]
fn scan_exits_0_quietly_when_the_reader_closes_the_pipe() {
    let t = big_tree();
    for format in ["text", "json", "sarif", "github"] {
        let (line, status, err) =
            first_line_then_close(t.path(), &["scan", ".", "--format", format]);
        assert!(!line.is_empty(), "{format}: no first line");
        assert_eq!(status.code(), Some(0), "{format}: {status}, stderr: {err}");
        assert_eq!(err, "", "{format}");
    }
    // Colour and --stats do not change that.
    let (_, status, err) = first_line_then_close(
        t.path(),
        &["scan", ".", "--color", "always", "--stats", "--quiet"],
    );
    assert_eq!(status.code(), Some(0), "{err}");
    assert_eq!(err, "");
}

#[test]
fn listing_commands_exit_0_quietly_when_the_reader_closes_the_pipe() {
    let dir = std::env::temp_dir();
    // Each of these prints more than a pipe holds.
    for args in [
        &["rules", "--format", "json"][..],
        &["ca", "list", "--format", "json"],
    ] {
        let out = Command::new(bin()).args(args).output().unwrap();
        assert!(out.stdout.len() > 65536, "{args:?}: {}", out.stdout.len());
        let (line, status, err) = first_line_then_close(&dir, args);
        assert!(!line.is_empty(), "{args:?}");
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
    }
    // Shorter output may fit in the pipe; the exit code is 0 either way.
    for args in [
        &["rules"][..],
        &["ca", "list"],
        &["ca", "show", "DigiCert Global Root G2"],
    ] {
        let (_, status, err) = first_line_then_close(&dir, args);
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
    }
}
