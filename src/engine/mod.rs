//! The engines: each turns one file into `Candidate`s (a rule, a byte span, a value) for
//! the rules it serves, with the same shape, `Engine::run(&self, file, out)`. They are
//! built once per scan by `FileScanner` and run in this order, so that later engines can
//! see what earlier ones found (the catalog engine drops literals a regex rule reports):
//!
//! 1. `regex`: regex rules over the text (`rules/*.toml` with `engine = "regex"`).
//! 2. `catalog`: literals that are a catalog CA's thumbprint or SPKI hash.
//! 3. `cert`: certificates, embedded as PEM or as certificate files and bundles.
//! 4. `query`: tree-sitter query packs (`queries/<language>/<rule>.scm`).
//!
//! An engine reads only its `FileCtx` and writes only its `EngineOut`; judging,
//! de-duplication and everything else that happens to candidates is in `passes`.

pub mod catalog;
pub mod cert;
pub mod query;
pub mod regex;

use std::ops::Range;
use std::path::Path;

use crate::Settings;
use crate::finding::Candidate;
use crate::lang::Language;
use crate::outcome::{SkipReason, Timings};

/// One file as the engines see it.
#[derive(Debug, Clone, Copy)]
pub struct FileCtx<'a> {
    pub settings: &'a Settings,
    pub path: &'a Path,
    /// The raw bytes (certificate files are parsed from these).
    pub bytes: &'a [u8],
    /// The decoded text (UTF-8, UTF-16 transcoded, invalid bytes replaced).
    pub text: &'a str,
    pub lang: Option<Language>,
    /// A certificate file by extension (`.pem .crt .cer .der .p7b .p7c`).
    pub is_cert_file: bool,
    /// Per rule index: the prefilter saw the rule's keywords and the rule applies to
    /// this file's path and language.
    pub hits: &'a [bool],
}

/// What the engines report about one file. Reused across files by a worker thread.
#[derive(Debug, Default)]
pub struct EngineOut {
    pub candidates: Vec<Candidate>,
    /// Parts of the work that were skipped (a malformed certificate, a file too large to
    /// parse), with the reason's detail.
    pub skips: Vec<(SkipReason, String)>,
    /// Problems that are pinscan's own (a query pack that does not compile).
    pub errors: Vec<String>,
    /// Whether the file was parsed with tree-sitter.
    pub parsed: bool,
    /// When only parts of it were (`lang::focus`): how many bytes.
    pub parsed_part: Option<usize>,
    pub timings: Timings,
    /// Scratch: gate word occurrences per rule (query engine).
    pub(crate) gate_hits: Vec<Vec<Range<usize>>>,
    /// Comments (syntax-tree comment nodes, docstrings) that hold a candidate of an
    /// earlier engine, sorted (query engine; `lang::comments`).
    pub comments: Vec<Range<usize>>,
}

impl EngineOut {
    /// Forget the previous file's results (the timings keep adding up).
    pub fn clear(&mut self) {
        self.candidates.clear();
        self.skips.clear();
        self.errors.clear();
        self.comments.clear();
        self.parsed = false;
        self.parsed_part = None;
    }
}

/// One engine: adds the candidates of the rules it serves to `out`.
pub trait Engine: Send + Sync {
    fn run(&self, file: &FileCtx<'_>, out: &mut EngineOut);
}

/// The engines of a scan, in the order they run.
pub fn build(settings: &Settings) -> Vec<Box<dyn Engine>> {
    vec![
        Box::new(regex::RegexEngine::new(settings)),
        Box::new(catalog::CatalogEngine::new(settings)),
        Box::new(cert::CertEngine::new(&settings.rules)),
        Box::new(query::QueryEngine::new(settings)),
    ]
}
