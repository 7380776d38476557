//! Embeds the rule files (`rules/*.toml`) and query packs (`queries/<language>/PINnnn.scm`,
//! one per rule and language) into the binary, so an installed `pinscan` needs no files
//! beside it. The generated file only lists `include_str!` calls; all parsing happens in
//! the library at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
            .collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=queries");

    let mut src = String::new();
    src.push_str("/// Built-in rule files: (file name, contents).\n");
    src.push_str("pub(crate) static RULE_FILES: &[(&str, &str)] = &[\n");
    for p in files(&root.join("rules"), "toml") {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        writeln!(
            src,
            "    ({name:?}, include_str!({:?})),",
            p.display().to_string()
        )
        .ok();
    }
    src.push_str("];\n\n");

    src.push_str("/// Built-in query packs: (language, file name, contents).\n");
    src.push_str("pub(crate) static QUERY_FILES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<PathBuf> = fs::read_dir(root.join("queries"))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    for dir in langs {
        let lang = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        for p in files(&dir, "scm") {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            writeln!(
                src,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                p.display().to_string()
            )
            .ok();
        }
    }
    src.push_str("];\n");
    fs::write(out_dir.join("embedded.rs"), src).expect("write embedded.rs");
}
