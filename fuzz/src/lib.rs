//! Shared set-up of the pinscan fuzz targets: one `Settings` per process, and "scan these
//! bytes as a file with this extension".

use std::sync::OnceLock;

use pinscan::Settings;

/// The built-in rules and catalog, built once per process.
pub fn settings() -> &'static Settings {
    static SETTINGS: OnceLock<Settings> = OnceLock::new();
    SETTINGS.get_or_init(|| Settings::new().expect("built-in rules load"))
}

/// Scan `data` as the file `fuzz.<ext>` (read lossily, as the scanner reads files) and
/// check what every finding must satisfy.
pub fn detect(ext: &str, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let path = format!("fuzz.{ext}");
    let findings = pinscan::scan_text(settings(), &path, &text);
    for f in &findings {
        assert!(f.byte_start <= f.byte_end, "inverted span: {f:?}");
        assert!(f.byte_end <= text.len(), "span past the end: {f:?}");
        assert!(f.start <= f.end, "inverted position: {f:?}");
        assert!(f.matched.chars().count() <= 200, "matched not truncated");
        assert_eq!(f.path, path);
    }
}
