//! Exit codes, in one place.

/// No finding at or above `--fail-on`, no file errors.
pub const CLEAN: u8 = 0;
/// At least one finding at or above `--fail-on`.
pub const FINDINGS: u8 = 1;
/// Usage error, fatal error, or a file that could not be read.
pub const ERROR: u8 = 2;
