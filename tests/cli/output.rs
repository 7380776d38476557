//! Well-behaved output (issue 16): a closed pipe on standard output ends pinscan quietly
//! with exit code 0, and nothing a scanned file holds reaches the terminal raw (escape
//! sequences, control characters, bidirectional overrides), in file names, source lines,
//! messages and the stderr lines about files.

use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::{PIN_LINE, Tree, Unprivileged, bin, code, json, open_up, stderr, stdout};

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

/// A line that holds a pin, then an OSC window title, a screen clear, a right-to-left
/// override and a C1 CSI.
const HOSTILE_LINE: &str = "pin = \"sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\" # \x1b]0;pwned\x07 \x1b[2J \u{202e}txt.exe\u{2069} \u{9b}31m \x7f\n";

/// Raw bytes that must not reach a terminal.
fn assert_no_raw_controls(what: &str, text: &str) {
    for c in [
        '\x1b', '\x07', '\u{202e}', '\u{2069}', '\u{9b}', '\x7f', '\r',
    ] {
        assert!(!text.contains(c), "{what}: raw {c:?} in {text:?}");
    }
}

#[test]
fn text_report_escapes_control_characters_from_scanned_files() {
    let t = Tree::new();
    t.write("hostile.conf", HOSTILE_LINE);
    t.write("name\x1b[2J\u{202e}.conf", PIN_LINE);
    let out = t.cmd().args(["scan", "."]).output().unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert_no_raw_controls("text report", &text);
    assert!(
        text.contains("# \\x1b]0;pwned\\x07 \\x1b[2J \\u{202e}txt.exe\\u{2069} \\u{9b}31m \\x7f\n"),
        "{text}"
    );
    assert!(
        text.contains("name\\x1b[2J\\u{202e}.conf:1:8: warning[PIN101]"),
        "{text}"
    );
    // The underline still sits under the pin.
    let lines: Vec<&str> = text.lines().collect();
    let src = lines.iter().position(|l| l.contains("pwned")).unwrap();
    let caret = lines[src + 1].find('^').unwrap();
    assert_eq!(&lines[src][caret..caret + 8], "sha256/A", "{text}");
    // With colour, the only escape sequences are pinscan's own (SGR `ESC [ ... m`).
    let out = t
        .cmd()
        .args(["scan", ".", "--color", "always"])
        .output()
        .unwrap();
    let coloured = stdout(&out);
    assert!(coloured.contains("\\x1b]0;pwned\\x07"), "{coloured}");
    let mut rest = coloured.as_str();
    while let Some(i) = rest.find('\x1b') {
        rest = &rest[i + 1..];
        let sgr = rest
            .strip_prefix('[')
            .and_then(|r| r.find('m').map(|end| &r[..end]))
            .filter(|params| params.chars().all(|c| c.is_ascii_digit() || c == ';'));
        assert!(sgr.is_some(), "a foreign escape sequence: {rest:?}");
    }
}

#[test]
fn json_and_sarif_escape_control_characters() {
    let t = Tree::new();
    t.write("hostile.conf", HOSTILE_LINE);
    t.write("name\x1b[2J\u{202e}.conf", PIN_LINE);
    for format in ["json", "sarif", "github"] {
        let out = t
            .cmd()
            .args(["scan", ".", "--format", format])
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{format}: {}", stderr(&out));
        let text = stdout(&out);
        assert_no_raw_controls(format, &text);
        let name = match format {
            "github" => "file=name\\x1b[2J\\u{202e}.conf,",
            // A URI: percent-encoded.
            "sarif" => "\"uri\": \"name%1B",
            _ => "\"path\": \"name\\u001b[2J\\u202e.conf\"",
        };
        assert!(text.contains(name), "{format}: {name} not in {text}");
    }
    // The JSON still holds the file's name as it is.
    let doc = json(&t.scan_json(&[]));
    let paths: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"name\x1b[2J\u{202e}.conf"), "{paths:?}");
}

#[test]
fn messages_about_files_escape_their_names() {
    // A path named on the command line that does not exist: a fatal error that quotes it.
    let t = Tree::new();
    t.pin("a.conf");
    let out = t
        .cmd()
        .args(["scan", "a.conf", "no\x1b[2J\u{202e}.conf"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("no\\x1b[2J\\u{202e}.conf"), "{err}");
    assert_no_raw_controls("stderr", &err);
    // A file that cannot be read (run as an unprivileged user): its stderr line.
    let Some(user) = Unprivileged::get() else {
        return;
    };
    let t = Tree::new();
    t.pin("a.conf").pin("locked\x1b]0;x\x07\u{202e}.conf");
    open_up(&t, &["locked\x1b]0;x\x07\u{202e}.conf"]);
    let out = user.run(t.path(), &["scan", "."]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("pinscan: locked\\x1b]0;x\\x07\\u{202e}.conf: "),
        "{err}"
    );
    assert_no_raw_controls("stderr", &err);
    assert_no_raw_controls("stdout", &stdout(&out));
}
