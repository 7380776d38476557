//! `pinscan merge INPUT...`: one inventory from many result files (`pinscan::inventory`).
//! Inputs that could not be merged are named on standard error (escaped) and make the exit
//! code 2; the inventory is still written, without them.

use std::fs::File;
use std::io::{self, Write as _};

use anyhow::Context as _;
use pinscan::escape;
use pinscan::exit;
use pinscan::inventory::{self, Inventory};

use crate::cli::{MergeArgs, MergeFormat};

pub(crate) fn run(args: &MergeArgs) -> anyhow::Result<u8> {
    let inv = inventory::merge(&args.inputs);
    let render = |inv: &Inventory, out: &mut dyn io::Write| match args.format {
        MergeFormat::Json => inventory::json::write(inv, out),
        MergeFormat::Csv => inventory::csv::write(inv, out),
        MergeFormat::Html => inventory::html::write(inv, out),
    };
    if let Some(path) = &args.output {
        let mut f = io::BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        );
        render(&inv, &mut f)
            .and_then(|()| f.flush())
            .with_context(|| format!("cannot write {}", path.display()))?;
    } else {
        super::to_stdout(|out| render(&inv, out))?;
    }
    let mut err = io::stderr().lock();
    for note in &inv.notes {
        writeln!(err, "pinscan: note: {}", escape::terminal(note))?;
    }
    for e in &inv.errors {
        writeln!(
            err,
            "pinscan: error: {}: {}",
            escape::terminal(&e.path),
            escape::terminal(&e.message)
        )?;
    }
    Ok(if inv.errors.is_empty() {
        exit::CLEAN
    } else {
        exit::ERROR
    })
}
