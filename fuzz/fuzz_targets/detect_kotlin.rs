//! Bytes as a `.kt` file through `pinscan::scan_text` (prefilter, regex, catalog,
//! certificate and — for source languages — tree-sitter query rules).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pinscan_fuzz::detect("kt", data));
