//! Bytes as `.pinscan.toml` (the pure `toml` + serde schema, then `config::load` on a
//! file, which also checks rule names) and as a rule file (`parse_rule`).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use pinscan::config::{RawConfig, load};
use pinscan::rules::load::parse_rule;

fn config_path() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("pinscan-fuzz-{}.pinscan.toml", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        // config::load reads with read_to_string: invalid UTF-8 is an error, not a panic.
        if std::fs::write(config_path(), data).is_ok() {
            assert!(load(config_path(), &pinscan_fuzz::settings().rules).is_err());
        }
        return;
    };
    let _ = toml::from_str::<RawConfig>(text);
    if std::fs::write(config_path(), data).is_ok() {
        let _ = load(config_path(), &pinscan_fuzz::settings().rules);
    }
    let _ = parse_rule("PIN999.toml", text);
    let _ = parse_rule("rules/PIN999.toml", text);
});
