//! Text from scanned files (and from git, and from the command line) made safe for a
//! terminal. Every human-readable line pinscan writes passes the values it did not write
//! itself through `terminal` (or `terminal_lines`): file names, source lines, messages
//! that quote a file, git's reasons. A scanned file cannot move the cursor, retitle the
//! window, clear the screen or reorder what the reader sees ("Trojan Source").
//!
//! Escaped: C0 controls except tab (`\x1b`, `\x07`, `\r`, `\n`...), DEL (`\x7f`), C1
//! controls (`\u{9b}`), the bidirectional controls (U+061C, U+200E, U+200F,
//! U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028,
//! U+2029). Everything else, including tab, is shown as itself. Backslashes are not
//! doubled: the escapes are for reading, not for parsing back.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` may not reach a terminal as itself.
pub fn is_unsafe(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{8}'
            | '\u{a}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Append `c` to `out`, escaped when it is unsafe: `\x1b` for an ASCII control, `\u{9b}`
/// for any other.
pub fn push(out: &mut String, c: char) {
    if !is_unsafe(c) {
        out.push(c);
    } else if c.is_ascii() {
        let _ = write!(out, "\\x{:02x}", u32::from(c));
    } else {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    }
}

/// `s` with every unsafe character escaped (borrowed when there is none).
pub fn terminal(s: &str) -> Cow<'_, str> {
    escape_except(s, |_| false)
}

/// `terminal`, but line breaks (`\n`) are kept: for messages of several lines written by
/// pinscan itself that may quote a value.
pub fn terminal_lines(s: &str) -> Cow<'_, str> {
    escape_except(s, |c| c == '\n')
}

/// `s` escaped like `terminal` and cut to `max` characters (an ellipsis marks the cut):
/// the short excerpt an error about an untrusted file may quote.
pub fn excerpt(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        push(&mut out, c);
    }
    out
}

fn escape_except(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if keep(c) {
            out.push(c);
        } else {
            push(&mut out, c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_escaped_and_cut() {
        assert_eq!(excerpt("ab\x1bc", 10), "ab\\x1bc");
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("", 3), "");
    }

    #[test]
    fn escapes_controls_and_bidi_only() {
        assert_eq!(
            terminal("a\x1b]0;pwned\x07b\x1b[2Jc\u{202e}d"),
            "a\\x1b]0;pwned\\x07b\\x1b[2Jc\\u{202e}d"
        );
        assert_eq!(terminal("\0\r\n\x7f"), "\\x00\\x0d\\x0a\\x7f");
        assert_eq!(
            terminal("\u{9b}\u{85}\u{2066}\u{2069}\u{200f}"),
            "\\u{9b}\\u{85}\\u{2066}\\u{2069}\\u{200f}"
        );
        assert_eq!(terminal_lines("a\nb\x1bc"), "a\nb\\x1bc");
        // Tab, backslashes, non-ASCII text and other format characters stay as they are.
        for s in [
            "tab\there",
            "C:\\path\\x1b",
            "çé ü 中文 🚀",
            "\u{a0}\u{200b}\u{202f}\u{2070}",
        ] {
            assert!(matches!(terminal(s), Cow::Borrowed(_)), "{s:?}");
        }
    }

    #[test]
    fn every_unsafe_character_is_escaped_to_printable_ascii() {
        for c in (0..0x3000)
            .filter_map(char::from_u32)
            .filter(|&c| is_unsafe(c))
        {
            let mut s = String::new();
            push(&mut s, c);
            assert!(
                s.starts_with('\\') && s.chars().all(|c| c.is_ascii_graphic()),
                "{c:?} -> {s:?}"
            );
        }
    }
}
