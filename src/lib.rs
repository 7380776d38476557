//! pinscan finds TLS certificate pinning in source code and configuration.
//!
//! `scan` walks the given paths and runs one `FileScanner` (prefilter, the engines in
//! `engine`, the per-file passes) over every file, then the scan-wide passes in `passes`,
//! and returns an `Outcome` (findings in a deterministic order, per-file errors, skips
//! and statistics). The library never prints; reporters in `report` turn an `Outcome`
//! into text, JSON, SARIF or GitHub annotations. `docs/ARCHITECTURE.md` is the map.

pub mod cert;
pub mod config;
pub mod dataflow;
pub mod date;
pub mod engine;
pub mod escape;
pub mod exit;
pub mod finding;
pub mod git;
pub mod gitdiff;
pub mod guard;
pub mod inspect;
pub mod inventory;
pub mod lang;
pub mod outcome;
pub mod passes;
pub mod prefilter;
pub mod report;
pub mod resolve;
pub mod rules;
mod scan;
pub mod scanner;
pub mod service;
pub mod settings;
pub mod source;
pub mod suppress;
pub mod sweep;
pub mod trustfiles;
pub mod walk;

pub use crate::outcome::{
    FileError, FileTime, Outcome, RuleTime, ScanError, Skipped, Stats, Timings,
};
pub use crate::scan::{scan, scan_text, scan_with};
pub use crate::scanner::{FileScanner, FileState};
pub use crate::settings::Settings;

/// Version of the JSON report layout.
pub const JSON_SCHEMA_VERSION: u32 = 1;

#[cfg(test)]
mod architecture {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// The library's top-level modules and the ones each names (`crate::x`, `use
    /// crate::{x, ..}`, root re-exports such as `crate::Settings`), tests left out.
    fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let reexports = [
            ("Settings", "settings"),
            ("Outcome", "outcome"),
            ("FileScanner", "scanner"),
        ];
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut stack = vec![src.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    if !path.ends_with("commands") {
                        stack.push(path);
                    }
                    continue;
                }
                let rel = path
                    .strip_prefix(&src)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let top = rel
                    .split('/')
                    .next()
                    .unwrap()
                    .trim_end_matches(".rs")
                    .to_owned();
                if ["lib", "main", "cli", "progress"].contains(&top.as_str()) {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                let deps = graph.entry(top.clone()).or_default();
                for part in code.split("crate::").skip(1) {
                    let names: Vec<&str> = if let Some(group) = part.strip_prefix('{') {
                        group
                            .split('}')
                            .next()
                            .unwrap_or_default()
                            .split(',')
                            .collect()
                    } else {
                        vec![part]
                    };
                    for name in names {
                        let name: String = name
                            .trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        let module = reexports
                            .iter()
                            .find(|(t, _)| *t == name)
                            .map_or(name.clone(), |(_, m)| (*m).to_owned());
                        if module != top && module.chars().next().is_some_and(char::is_lowercase) {
                            deps.insert(module);
                        }
                    }
                }
            }
        }
        graph
    }

    #[test]
    fn no_import_cycle_between_modules() {
        let graph = module_graph();
        assert!(graph.contains_key("scanner") && graph["scanner"].contains("engine"));
        // Depth-first search for a path back to the start.
        let mut cycles = Vec::new();
        for start in graph.keys() {
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((node, path)) = stack.pop() {
                for next in graph.get(&node).into_iter().flatten() {
                    if next == start {
                        cycles.push(format!("{} -> {start}", path.join(" -> ")));
                    } else if graph.contains_key(next) && seen.insert(next.clone()) {
                        let mut p = path.clone();
                        p.push(next.clone());
                        stack.push((next.clone(), p));
                    }
                }
            }
        }
        assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
    }
}
