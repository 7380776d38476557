//! Bytes as a certificate file and as text: `parse_bundle`, `parse_der`, `pem_blocks` on
//! the lossy text, the value normalisers and `Catalog::lookup`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pinscan::cert::Catalog;
use pinscan::cert::normalize::{decode_value, normalize_dn, normalize_serial};
use pinscan::cert::parse::{parse_bundle, parse_der, pem_blocks};

fuzz_target!(|data: &[u8]| {
    let _ = parse_bundle(data);
    let _ = parse_der(data);
    let text = String::from_utf8_lossy(data);
    for block in pem_blocks(&text) {
        assert!(block.range.start <= block.range.end, "inverted PEM range");
        assert!(block.range.end <= text.len(), "PEM range past the end");
        assert!(text.is_char_boundary(block.range.start) && text.is_char_boundary(block.range.end));
        if let Ok(der) = &block.der {
            let _ = parse_der(der);
        }
    }
    let catalog = Catalog::builtin();
    let _ = catalog.lookup(&text);
    let _ = catalog.lookup_serial(&text);
    let _ = catalog.lookup_dn(&text);
    let _ = catalog.lookup_file_name(&text);
    let _ = decode_value(&text);
    let _ = normalize_serial(&text);
    let _ = normalize_dn(&text);
});
