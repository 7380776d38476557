//! `pinscan debug tree|query FILE`: a file's syntax tree or the query captures in it.
//! `pinscan debug packs [LANGUAGE...]`: how long each built-in query pack takes to compile.

use std::io::{self, Write};
use std::path::Path;

use anyhow::Context as _;
use pinscan::exit;

pub(crate) fn run(file: &Path, query: bool) -> anyhow::Result<u8> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let text = pinscan::source::decode(&bytes);
    let lang = pinscan::lang::Language::detect(file, text.as_bytes()).ok_or_else(|| {
        anyhow::anyhow!(
            "{}: no tree-sitter language for this extension",
            file.display()
        )
    })?;
    let rules = pinscan::rules::load_builtin()?;
    let out = pinscan::lang::parse::debug(lang, &rules, &text, query)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let mut stdout = io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    Ok(exit::CLEAN)
}

/// Compile each rule's pack of each language (`languages`, or all) `repeat` times and print
/// the fastest time of each, slowest first, then the total: for rule authors keeping packs
/// cheap (queries/README.md, "Compile cost"). An unknown language is an error (exit 2).
pub(crate) fn packs(languages: &[String], repeat: u32) -> anyhow::Result<u8> {
    use pinscan::lang::{Language, pack};
    let rules = pinscan::rules::load_builtin()?;
    let mut langs: Vec<Language> = Vec::new();
    for name in languages {
        let Some(l) = Language::from_name(name) else {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
            anyhow::bail!("unknown language {name:?} (one of: {})", known.join(", "));
        };
        langs.push(l);
    }
    if langs.is_empty() {
        langs = Language::ALL.to_vec();
    }
    let mut times: Vec<(f64, String, usize)> = Vec::new();
    for lang in langs {
        for rule in pack::rules_with_patterns(lang, &rules) {
            let mut best = f64::MAX;
            let mut patterns = 0;
            for _ in 0..repeat {
                let t = std::time::Instant::now();
                let built = pack::build_for(lang, &rules, Some(rule))
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                best = best.min(t.elapsed().as_secs_f64() * 1e3);
                patterns = built.query.pattern_count();
            }
            times.push((
                best,
                format!("{}/{}", lang.name(), rules.get(rule).id),
                patterns,
            ));
        }
    }
    times.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut stdout = io::stdout().lock();
    for (ms, name, patterns) in &times {
        writeln!(stdout, "{ms:9.1} ms  {name} ({patterns} patterns)")?;
    }
    let total: f64 = times.iter().map(|t| t.0).sum();
    writeln!(stdout, "{total:9.1} ms  total, {} packs", times.len())?;
    Ok(exit::CLEAN)
}
