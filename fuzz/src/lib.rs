//! Shared set-up of the pinscan fuzz targets.
//!
//! `detect` runs an input through `pinscan::FileScanner::scan_bytes`, the same per-file
//! pipeline the CLI runs (prefilter, every engine, the per-file passes, suppressions),
//! with the scanner built once per process. An input is a file name's extension on its
//! first line and the file's bytes after it, so one target covers every language of the
//! registry and every configuration format: `scripts/fuzz.sh` seeds it from `corpus/`
//! that way, and a new language needs no new target.

use std::path::Path;
use std::sync::OnceLock;

use pinscan::{FileScanner, FileState, Settings};

/// The built-in rules and catalog, built once per process.
pub fn settings() -> &'static Settings {
    static SETTINGS: OnceLock<Settings> = OnceLock::new();
    SETTINGS.get_or_init(|| Settings::new().expect("built-in rules load"))
}

/// The per-file scanner, built once per process (query packs compile on first use).
pub fn scanner() -> &'static FileScanner<'static> {
    static SCANNER: OnceLock<FileScanner<'static>> = OnceLock::new();
    SCANNER.get_or_init(|| FileScanner::new(settings(), false))
}

/// Split an input into the file name it is scanned as and its contents: the first line
/// (up to 12 bytes of `[a-z0-9]`) is the extension.
pub fn split(data: &[u8]) -> (String, &[u8]) {
    let (head, body) = match data.iter().position(|&b| b == b'\n') {
        Some(n) if n <= 12 => (&data[..n], &data[n + 1..]),
        _ => (&b""[..], data),
    };
    let ext: String = head
        .iter()
        .map(|b| b.to_ascii_lowercase())
        .filter(u8::is_ascii_alphanumeric)
        .map(char::from)
        .collect();
    let name = if ext.is_empty() {
        "fuzz".to_owned()
    } else {
        format!("fuzz.{ext}")
    };
    (name, body)
}

/// Scan `data` (extension line, then contents) and check what every finding must satisfy.
pub fn detect(data: &[u8]) {
    let (path, body) = split(data);
    let mut state = FileState::default();
    scanner().scan_bytes(Path::new(&path), body, &mut state);
    let text_len = pinscan::source::decode(body).len();
    for f in &state.outcome.findings {
        assert!(f.byte_start <= f.byte_end, "inverted span: {f:?}");
        assert!(f.byte_end <= text_len, "span past the end: {f:?}");
        assert!(f.start <= f.end, "inverted position: {f:?}");
        assert!(f.matched.chars().count() <= 200, "matched not truncated");
        assert_eq!(f.path, path);
    }
}
