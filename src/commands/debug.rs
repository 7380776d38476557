//! `pinscan debug tree|query FILE`: a file's syntax tree or the query captures in it.

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
