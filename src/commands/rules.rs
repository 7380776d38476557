//! `pinscan rules [ID]`: list every rule, or explain one.

use pinscan::exit;
use pinscan::report::rules as render;

use super::to_stdout;
use crate::cli::ListFormat;

pub(crate) fn run(id: Option<&str>, format: ListFormat) -> anyhow::Result<u8> {
    let rules = pinscan::rules::load_builtin()?;
    match id {
        None => to_stdout(|out| match format {
            ListFormat::Text => render::write_table(rules.rules(), out),
            ListFormat::Json => render::write_table_json(rules.rules(), out),
        })?,
        Some(key) => {
            let r = rules
                .find(key)
                .ok_or_else(|| anyhow::anyhow!("no rule {key:?}; `pinscan rules` lists them"))?;
            to_stdout(|out| match format {
                ListFormat::Text => render::write_rule(r, out),
                ListFormat::Json => render::write_rule_json(r, out),
            })?;
        }
    }
    Ok(exit::CLEAN)
}
