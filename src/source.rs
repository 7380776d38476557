//! Reading a file for scanning: the size cap, binary sniffing (certificate files are kept
//! as bytes for the certificate parser), BOM handling (UTF-8, UTF-16 LE/BE) and lossy
//! decoding of invalid UTF-8.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Extensions of files that are certificates even when binary (DER, PKCS#7).
pub const CERT_EXTENSIONS: &[&str] = &["pem", "crt", "cer", "der", "p7b", "p7c"];

/// Whether the path names a certificate file.
pub fn is_cert_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| CERT_EXTENSIONS.iter().any(|c| c.eq_ignore_ascii_case(e)))
}

/// How much of a file `read` looked at.
#[derive(Debug, PartialEq, Eq)]
pub enum ReadResult {
    /// The whole file is in the buffer.
    Complete,
    /// The file is larger than the cap: its size, or the bytes seen before the cap.
    TooLarge(u64),
}

/// Read `path` into `buf` (cleared first) when it holds at most `max` bytes. The size is
/// taken from the opened file (one `fstat`; the walk does not `stat` each file): a larger
/// file is never read, and a file of the size it had when opened is read with no probe
/// for its end. A file that reports no size (empty, or a `/proc`-like file) is read up to
/// `max + 1` bytes.
pub fn read(path: &Path, max: u64, buf: &mut Vec<u8>) -> io::Result<ReadResult> {
    buf.clear();
    let mut file = match File::open(path) {
        Ok(f) => f,
        // A file over the limit is a skip whether or not it can be opened.
        Err(e) => match std::fs::metadata(path) {
            Ok(m) if m.len() > max => return Ok(ReadResult::TooLarge(m.len())),
            _ => return Err(e),
        },
    };
    let len = file.metadata().map_or(0, |m| m.len());
    if len > max {
        return Ok(ReadResult::TooLarge(len));
    }
    if len > 0 {
        // The size the file had when opened: read that much, and no more (no probe read
        // for the end; a file that grows meanwhile is read as it was).
        // Read into spare capacity (no zero-fill first); `take` ends the read at that size
        // without another system call.
        let want = usize::try_from(len).unwrap_or(0);
        buf.reserve_exact(want);
        if let Err(e) = (&mut file).take(len).read_to_end(buf) {
            buf.clear();
            return Err(e);
        }
        return Ok(ReadResult::Complete);
    }
    // Size unknown (0: empty, or a file such as those of /proc): read up to the limit.
    let n = file.take(max.saturating_add(1)).read_to_end(buf)? as u64;
    if n > max {
        Ok(ReadResult::TooLarge(n))
    } else {
        Ok(ReadResult::Complete)
    }
}

/// Whether most of `text` is in lines longer than `max_line` bytes: minified or generated
/// code, which structural rules do not parse (text rules ignore such lines too).
pub fn is_minified(text: &str, max_line: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() <= max_line {
        return false;
    }
    let mut long = 0usize;
    let mut start = 0usize;
    for end in bytes
        .iter()
        .enumerate()
        .filter_map(|(i, &b)| (b == b'\n').then_some(i))
        .chain(std::iter::once(bytes.len()))
    {
        if end - start > max_line {
            long += end - start;
        }
        start = end + 1;
    }
    long * 2 >= bytes.len()
}

/// Binary sniff as git and ripgrep do it: a NUL byte in the first 8 KiB, unless the file
/// starts with a UTF-16 byte-order mark.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// Decode file bytes to text. UTF-8 keeps its byte offsets: a byte-order mark stays (as
/// U+FEFF) and each invalid byte becomes one U+001A, so offsets into the text are offsets
/// into the file. UTF-16 with a byte-order mark is transcoded; offsets then refer to the
/// UTF-8 text.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let utf16 = |rest: &[u8], le: bool| -> Cow<'_, str> {
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        Cow::Owned(
            char::decode_utf16(units)
                .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect(),
        )
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, false);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(std::iter::repeat_n('\u{1A}', chunk.invalid().len()));
    }
    Cow::Owned(out)
}

/// Whether the bytes start with a UTF-16 byte-order mark (the prefilter must then run on
/// the decoded text).
pub fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

std::thread_local! {
    /// The folder that reported paths are relative to on this thread (see
    /// [`set_display_base`]).
    static BASE: std::cell::RefCell<Option<std::path::PathBuf>> =
        const { std::cell::RefCell::new(None) };
}

/// Report the paths this thread shows relative to `base` (a scanned repository walked as
/// an absolute path): `/work/repo/src/a.py` shows as `src/a.py`, `/work/repo` as `.`.
/// `None` shows paths as walked. A sweep scans several repositories at once, each on its
/// own threads, without changing the process's working directory; `scan_with` carries
/// the caller's base to its walker threads.
pub fn set_display_base(base: Option<std::path::PathBuf>) {
    BASE.with(|b| *b.borrow_mut() = base);
}

/// This thread's display base (see [`set_display_base`]).
pub fn display_base() -> Option<std::path::PathBuf> {
    BASE.with(|b| b.borrow().clone())
}

/// The path as reported: as walked, without a leading `./`, with `/` separators; below
/// this thread's display base, relative to it.
pub fn display_path(path: &Path) -> String {
    let relative = BASE.with(|b| {
        b.borrow().as_deref().and_then(|base| {
            path.strip_prefix(base).ok().map(|rel| {
                if rel.as_os_str().is_empty() {
                    ".".to_owned()
                } else {
                    rel.to_string_lossy().into_owned()
                }
            })
        })
    });
    if let Some(rel) = relative {
        return if std::path::MAIN_SEPARATOR == '\\' {
            rel.replace('\\', "/")
        } else {
            rel
        };
    }
    let s = path.to_string_lossy();
    let s = s.strip_prefix("./").unwrap_or(&s);
    if std::path::MAIN_SEPARATOR == '\\' {
        s.replace('\\', "/")
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_show_relative_to_the_threads_display_base() {
        let shown = |p: &str| display_path(Path::new(p));
        assert_eq!(shown("./src/a.py"), "src/a.py");
        set_display_base(Some("/work/repo".into()));
        assert_eq!(shown("/work/repo/src/a.py"), "src/a.py");
        assert_eq!(shown("/work/repo"), ".");
        assert_eq!(shown("/work/repository/a.py"), "/work/repository/a.py");
        // Another thread has its own (none).
        let other = std::thread::spawn(|| display_path(Path::new("/work/repo/a.py")));
        assert_eq!(other.join().unwrap(), "/work/repo/a.py");
        set_display_base(None);
        assert_eq!(shown("/work/repo/src/a.py"), "/work/repo/src/a.py");
    }

    #[test]
    fn minified_means_mostly_long_lines() {
        let long = "x".repeat(5000);
        assert!(is_minified(&format!("{long}\nshort\n"), 4096));
        assert!(!is_minified(
            &format!("{long}\n{}", "short line\n".repeat(1000)),
            4096
        ));
        assert!(!is_minified("a\nb\n", 4096));
    }

    #[test]
    fn sniff_and_decode() {
        assert!(looks_binary(b"abc\0def"));
        assert!(!looks_binary(b"plain text"));
        assert_eq!(decode(b"\xEF\xBB\xBFhi"), "\u{FEFF}hi");
        assert_eq!(decode(b"a\xFF\xFEb"), "a\u{1A}\u{1A}b");
        assert_eq!(decode(b"a\xFF\xFEb").len(), 4);
        let le: Vec<u8> = [0xFF, 0xFE, b'h', 0, b'i', 0].to_vec();
        assert!(!looks_binary(&le));
        assert_eq!(decode(&le), "hi");
        let be: Vec<u8> = [0xFE, 0xFF, 0, b'o', 0, b'k'].to_vec();
        assert_eq!(decode(&be), "ok");
    }

    #[test]
    fn cert_extensions() {
        assert!(is_cert_file(Path::new("a/root.CRT")));
        assert!(is_cert_file(Path::new("bundle.p7b")));
        assert!(!is_cert_file(Path::new("key.txt")));
    }
}
