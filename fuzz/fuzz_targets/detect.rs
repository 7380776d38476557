//! Any file through `pinscan::FileScanner` (the CLI's per-file pipeline): the first line
//! of the input is the file's extension, so every language and configuration format is
//! covered by this one target.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| pinscan_fuzz::detect(data));
