//! `pinscan merge`: many result files (one per repository, written by `pinscan sweep`, or
//! plain `pinscan scan --format json` reports) become one inventory, rendered as JSON
//! (`json`), CSV (`csv`) or one self-contained HTML page (`html`).
//!
//! Everything a result file holds is untrusted: each file is read bounded
//! (`MAX_INPUT_BYTES`, regular files only) and checked for its shape; a file that is not
//! a result is an `InputError` naming it, and the merge goes on without it. Findings keep
//! their scan JSON (minified, `Finding::raw`) besides the few fields the inventory sorts,
//! counts and renders, so memory stays close to the size of the findings' JSON.
//!
//! The inventory is deterministic: input files are sorted by path (folders: every
//! `*.json` below them), repositories by name, source and input, findings by repository,
//! path, line, column, rule and text; two inputs naming the same repository are both kept,
//! renamed `name (source)` (and `#2`, `#3`... if that is not enough), with a note.

pub mod csv;
pub mod html;
pub mod json;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::cert::{Catalog, Role, Status};
use crate::rules::Severity;

/// Version of the inventory's JSON layout.
pub const INVENTORY_VERSION: u32 = 1;
/// The `pinscan_sweep_result` value this version reads.
pub const SWEEP_RESULT_VERSION: u64 = 1;
/// The largest result file read (bytes).
pub const MAX_INPUT_BYTES: u64 = 256 << 20;

/// Whether a repository's sweep succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RepoStatus {
    Ok,
    Failed,
}

/// Findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    pub error: usize,
    pub warning: usize,
    pub note: usize,
}

impl SeverityCounts {
    fn add(&mut self, s: Severity) {
        match s {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Note => self.note += 1,
        }
    }
}

/// One repository of the inventory (one input file).
#[derive(Debug, Clone, Serialize)]
pub struct Repository {
    /// Unique in the inventory (see the module docs for duplicates).
    pub name: String,
    pub url: Option<String>,
    /// As the sweep listed it: a path or git URL (a plain report: its file).
    pub source: String,
    pub commit: Option<String>,
    pub status: RepoStatus,
    pub error: Option<String>,
    /// The result file it came from.
    pub input: String,
    pub findings: usize,
    pub by_severity: SeverityCounts,
    /// Files the scan could not read (the report's `errors`).
    pub scan_errors: usize,
    /// `https://github.com/owner/name/blob/<commit or HEAD>` for a GitHub repository.
    #[serde(skip)]
    pub blob_base: Option<String>,
}

/// The catalog CA a finding depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaRef {
    pub name: String,
    /// Index into `Catalog::builtin().cas()`; `None` for a CA the built-in catalog lacks
    /// (a user's `--ca-bundle`).
    pub catalog: Option<usize>,
    pub role: Option<String>,
    pub status: Option<String>,
    pub not_after: Option<String>,
    /// The catalog's issuance variant (`xsign`, `microsoft-root`) when a name has several.
    pub variant: Option<String>,
}

/// A finding's rule, kind and confidence (shared by the findings that have the same).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RuleRef {
    pub rule_id: String,
    pub rule_name: String,
    pub kind: String,
    pub confidence: String,
}

/// One finding of one repository. Small: what many findings share is in
/// `Inventory::rules` and `Inventory::cas`, the rest stays in `raw` (`Inventory::details`,
/// `Inventory::link`).
#[derive(Debug, Clone)]
pub struct Finding {
    /// Index into `Inventory::repositories`.
    pub repository: u32,
    /// Index into `Inventory::rules`.
    pub rule: u32,
    /// Index into `Inventory::cas`.
    pub ca: Option<u32>,
    pub severity: Severity,
    pub line: u64,
    pub column: u64,
    pub path: Box<str>,
    /// The finding as the scan wrote it, minified.
    pub raw: Box<str>,
}

/// A finding's value and message, read from its scan JSON.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Details {
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub message: String,
}

/// A result file that could not be merged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

/// The merged inventory.
#[derive(Debug, Clone, Default)]
pub struct Inventory {
    /// The built-in catalog's version.
    pub catalog_version: String,
    pub repositories: Vec<Repository>,
    pub findings: Vec<Finding>,
    pub rules: Vec<RuleRef>,
    pub cas: Vec<CaRef>,
    pub errors: Vec<InputError>,
    /// What the merge decided on its own (renamed duplicates).
    pub notes: Vec<String>,
}

/// One CA of `Totals::by_ca`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaTotal {
    pub name: String,
    pub in_catalog: bool,
    pub role: Option<String>,
    pub status: Option<String>,
    pub not_after: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    pub pins: usize,
    pub repositories: usize,
}

/// One repository of `Totals::by_repository`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepoTotal {
    pub repository: String,
    pub findings: usize,
    #[serde(flatten)]
    pub by_severity: SeverityCounts,
    /// Distinct CAs its findings depend on.
    pub cas: usize,
}

/// Counts over the whole inventory.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub repositories: usize,
    pub failed: usize,
    pub findings: usize,
    /// By name, then expiry.
    pub by_ca: Vec<CaTotal>,
    /// Most findings first, then by name.
    pub by_repository: Vec<RepoTotal>,
    pub by_kind: BTreeMap<String, usize>,
    pub by_severity: SeverityCounts,
}

// ----- the result files' shapes -----

#[derive(Deserialize)]
struct SweepIn<'a> {
    pinscan_sweep_result: u64,
    repository: RepoIn,
    status: RepoStatus,
    #[serde(default)]
    error: Option<String>,
    #[serde(borrow, default)]
    report: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct RepoIn {
    name: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    commit: Option<String>,
}

#[derive(Deserialize)]
struct ReportIn<'a> {
    version: u32,
    tool: ToolIn,
    #[serde(borrow)]
    findings: Vec<&'a RawValue>,
    #[serde(default)]
    errors: Vec<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
struct ToolIn {
    name: String,
}

#[derive(Deserialize)]
struct FindingIn {
    rule_id: String,
    rule_name: String,
    kind: String,
    severity: Severity,
    confidence: String,
    path: String,
    start: PosIn,
    #[serde(default)]
    ca: Option<CaIn>,
}

#[derive(Deserialize)]
struct PosIn {
    line: u64,
    column: u64,
}

#[derive(Deserialize)]
struct CaIn {
    name: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    not_after: Option<String>,
    #[serde(default)]
    index: Option<usize>,
}

/// A loaded input before the merge numbers it.
struct Loaded {
    repo: Repository,
    findings: Vec<Finding>,
}

/// Merge the result files and folders `inputs` (see the module docs).
pub fn merge(inputs: &[PathBuf]) -> Inventory {
    let (files, mut errors) = expand(inputs);
    let cat = Catalog::builtin();
    let mut tables = Tables::new(cat);
    let mut loaded = Vec::new();
    for path in &files {
        match load_file(path, &mut tables) {
            Ok(l) => loaded.push(l),
            Err(message) => errors.push(InputError {
                path: path.display().to_string(),
                message,
            }),
        }
    }
    errors.sort();
    let mut inv = assemble(loaded, tables);
    inv.errors = errors;
    cat.version().clone_into(&mut inv.catalog_version);
    inv
}

/// Every file named, and every `*.json` below every folder named, sorted and without
/// repeats; names that are neither are errors.
fn expand(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = BTreeSet::new();
    let mut errors = Vec::new();
    for input in inputs {
        match fs::metadata(input) {
            Ok(m) if m.is_dir() => walk(input, &mut files, &mut errors),
            Ok(_) => {
                files.insert(input.clone());
            }
            Err(e) => errors.push(InputError {
                path: input.display().to_string(),
                message: format!("cannot read: {e}"),
            }),
        }
    }
    (files.into_iter().collect(), errors)
}

/// `*.json` files below `dir`. Symbolic links to folders are not followed (no loops).
fn walk(dir: &Path, files: &mut BTreeSet<PathBuf>, errors: &mut Vec<InputError>) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) => {
                errors.push(InputError {
                    path: dir.display().to_string(),
                    message: format!("cannot read folder: {e}"),
                });
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.insert(path);
            }
        }
    }
}

/// The text of a regular file of at most `MAX_INPUT_BYTES` (a FIFO or device is refused
/// before it is opened: a result folder cannot make the merge wait).
fn read_bounded(path: &Path) -> Result<String, String> {
    let bytes = crate::config::read_bytes_capped(path, MAX_INPUT_BYTES)?;
    String::from_utf8(bytes).map_err(|_| "not JSON: not UTF-8".to_owned())
}

fn load_file(path: &Path, tables: &mut Tables<'_>) -> Result<Loaded, String> {
    let text = read_bounded(path)?;
    let top: BTreeMap<&str, &RawValue> =
        serde_json::from_str(&text).map_err(|e| format!("not a JSON object: {e}"))?;
    let input = path.display().to_string();
    if top.contains_key("pinscan_sweep_result") {
        let sweep: SweepIn<'_> =
            serde_json::from_str(&text).map_err(|e| format!("not a pinscan sweep result: {e}"))?;
        if sweep.pinscan_sweep_result != SWEEP_RESULT_VERSION {
            return Err(format!(
                "unsupported pinscan_sweep_result {} (this pinscan reads {SWEEP_RESULT_VERSION})",
                sweep.pinscan_sweep_result
            ));
        }
        if sweep.repository.name.trim().is_empty() {
            return Err("repository.name is empty".to_owned());
        }
        let mut repo = Repository {
            source: sweep
                .repository
                .source
                .unwrap_or_else(|| sweep.repository.name.clone()),
            name: sweep.repository.name,
            url: sweep.repository.url,
            commit: sweep.repository.commit,
            status: sweep.status,
            error: sweep.error,
            input,
            findings: 0,
            by_severity: SeverityCounts::default(),
            scan_errors: 0,
            blob_base: None,
        };
        let report = sweep.report.filter(|r| r.get() != "null");
        let findings = match (repo.status, report) {
            (RepoStatus::Ok, Some(report)) => {
                load_report(report.get(), &mut repo, tables).map_err(|e| format!("report: {e}"))?
            }
            (RepoStatus::Ok, None) => return Err("status is ok but report is null".to_owned()),
            (RepoStatus::Failed, _) => Vec::new(),
        };
        Ok(Loaded { repo, findings })
    } else if top.contains_key("findings") && top.contains_key("tool") {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut repo = Repository {
            name,
            url: None,
            source: input.clone(),
            commit: None,
            status: RepoStatus::Ok,
            error: None,
            input,
            findings: 0,
            by_severity: SeverityCounts::default(),
            scan_errors: 0,
            blob_base: None,
        };
        let findings = load_report(&text, &mut repo, tables)?;
        Ok(Loaded { repo, findings })
    } else {
        Err(
            "neither a pinscan sweep result (`pinscan_sweep_result`) nor a scan report \
             (`tool`, `findings`)"
                .to_owned(),
        )
    }
}

/// The findings of a `pinscan scan --format json` document, counted into `repo`.
fn load_report(
    text: &str,
    repo: &mut Repository,
    tables: &mut Tables<'_>,
) -> Result<Vec<Finding>, String> {
    let report: ReportIn<'_> =
        serde_json::from_str(text).map_err(|e| format!("not a pinscan scan report: {e}"))?;
    if report.tool.name != "pinscan" {
        return Err("not a pinscan scan report: tool.name is not `pinscan`".to_owned());
    }
    if report.version != crate::JSON_SCHEMA_VERSION {
        return Err(format!(
            "unsupported report version {} (this pinscan reads {})",
            report.version,
            crate::JSON_SCHEMA_VERSION
        ));
    }
    repo.scan_errors = report.errors.len();
    let commit = repo
        .commit
        .as_deref()
        .filter(|c| (7..=64).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_hexdigit()))
        .unwrap_or("HEAD");
    repo.blob_base = repo
        .url
        .as_deref()
        .and_then(github_base)
        .map(|b| format!("{b}/blob/{commit}"));
    let mut findings = Vec::with_capacity(report.findings.len());
    for (i, raw) in report.findings.iter().enumerate() {
        let f: FindingIn =
            serde_json::from_str(raw.get()).map_err(|e| format!("finding {i}: {e}"))?;
        if !raw.get().trim_start().starts_with('{') {
            return Err(format!("finding {i}: not an object"));
        }
        repo.by_severity.add(f.severity);
        findings.push(Finding {
            repository: 0,
            rule: tables.rule(RuleRef {
                rule_id: f.rule_id,
                rule_name: f.rule_name,
                kind: f.kind,
                confidence: f.confidence,
            }),
            ca: f.ca.map(|c| tables.ca(c)),
            severity: f.severity,
            path: f.path.into_boxed_str(),
            line: f.start.line,
            column: f.start.column,
            raw: minify(raw.get()).into_boxed_str(),
        });
    }
    repo.findings = findings.len();
    Ok(findings)
}

/// Number, sort and rename the loaded inputs.
fn assemble(mut loaded: Vec<Loaded>, tables: Tables<'_>) -> Inventory {
    loaded.sort_by(|a, b| {
        (&a.repo.name, &a.repo.source, &a.repo.input).cmp(&(
            &b.repo.name,
            &b.repo.source,
            &b.repo.input,
        ))
    });
    let mut notes = Vec::new();
    let mut count: HashMap<String, usize> = HashMap::new();
    for l in &loaded {
        *count.entry(l.repo.name.clone()).or_default() += 1;
    }
    let mut taken: BTreeSet<String> = loaded
        .iter()
        .filter(|l| count[&l.repo.name] == 1)
        .map(|l| l.repo.name.clone())
        .collect();
    for l in &mut loaded {
        if count[&l.repo.name] == 1 {
            continue;
        }
        let base = format!("{} ({})", l.repo.name, l.repo.source);
        let mut name = base.clone();
        let mut k = 2;
        while taken.contains(&name) {
            name = format!("{base} #{k}");
            k += 1;
        }
        taken.insert(name.clone());
        notes.push(format!(
            "repository `{}` appears in {} inputs: {} is named `{name}`",
            l.repo.name, count[&l.repo.name], l.repo.input
        ));
        l.repo.name = name;
    }
    // Renaming keeps the order (a suffix sorts after its base) except in odd cases: sort again.
    loaded.sort_by(|a, b| a.repo.name.cmp(&b.repo.name));
    let mut inv = Inventory {
        notes,
        rules: tables.rule_list,
        cas: tables.ca_list,
        ..Inventory::default()
    };
    inv.findings
        .reserve_exact(loaded.iter().map(|l| l.findings.len()).sum());
    for (i, l) in loaded.into_iter().enumerate() {
        inv.repositories.push(l.repo);
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        inv.findings.extend(l.findings.into_iter().map(|mut f| {
            f.repository = i;
            f
        }));
    }
    let rules = &inv.rules;
    inv.findings.sort_by(|a, b| {
        (a.repository, &a.path, a.line, a.column)
            .cmp(&(b.repository, &b.path, b.line, b.column))
            .then_with(|| {
                rules[a.rule as usize]
                    .rule_id
                    .cmp(&rules[b.rule as usize].rule_id)
            })
            .then_with(|| a.raw.cmp(&b.raw))
    });
    inv
}

impl Inventory {
    /// The repository of a finding.
    pub fn repo(&self, f: &Finding) -> &Repository {
        &self.repositories[f.repository as usize]
    }

    /// The rule, kind and confidence of a finding.
    pub fn rule(&self, f: &Finding) -> &RuleRef {
        &self.rules[f.rule as usize]
    }

    /// The CA a finding depends on.
    pub fn ca(&self, f: &Finding) -> Option<&CaRef> {
        f.ca.map(|i| &self.cas[i as usize])
    }

    /// `https://github.com/owner/name/blob/<commit or HEAD>/<path>#L<line>` for a finding
    /// of a GitHub repository: every path segment percent-encoded; `None` for other
    /// repositories and for an absolute path or one with `.`, `..` or empty segments.
    pub fn link(&self, f: &Finding) -> Option<String> {
        github_link(self.repo(f).blob_base.as_deref()?, &f.path, f.line)
    }

    /// The value and message of a finding (parsed from its scan JSON).
    pub fn details(f: &Finding) -> Details {
        serde_json::from_str(&f.raw).unwrap_or_default()
    }

    /// Counts by CA, repository, kind and severity.
    pub fn totals(&self) -> Totals {
        let mut t = Totals {
            repositories: self.repositories.len(),
            failed: self
                .repositories
                .iter()
                .filter(|r| r.status == RepoStatus::Failed)
                .count(),
            findings: self.findings.len(),
            ..Totals::default()
        };
        let mut cas: BTreeMap<u32, (usize, BTreeSet<u32>)> = BTreeMap::new();
        let mut repo_cas: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); self.repositories.len()];
        for f in &self.findings {
            t.by_severity.add(f.severity);
            *t.by_kind.entry(self.rule(f).kind.clone()).or_default() += 1;
            if let Some(ca) = f.ca {
                let e = cas.entry(ca).or_default();
                e.0 += 1;
                e.1.insert(f.repository);
                repo_cas[f.repository as usize].insert(ca);
            }
        }
        t.by_ca = cas
            .into_iter()
            .map(|(i, (pins, repos))| {
                let ca = &self.cas[i as usize];
                CaTotal {
                    in_catalog: ca.catalog.is_some(),
                    name: ca.name.clone(),
                    role: ca.role.clone(),
                    status: ca.status.clone(),
                    not_after: ca.not_after.clone(),
                    variant: ca.variant.clone(),
                    pins,
                    repositories: repos.len(),
                }
            })
            .collect();
        t.by_ca.sort_by(|a, b| {
            (&a.name, &a.not_after, &a.variant, &a.status).cmp(&(
                &b.name,
                &b.not_after,
                &b.variant,
                &b.status,
            ))
        });
        t.by_repository = self
            .repositories
            .iter()
            .zip(&repo_cas)
            .map(|(r, c)| RepoTotal {
                repository: r.name.clone(),
                findings: r.findings,
                by_severity: r.by_severity,
                cas: c.len(),
            })
            .collect();
        t.by_repository.sort_by(|a, b| {
            b.findings
                .cmp(&a.findings)
                .then_with(|| a.repository.cmp(&b.repository))
        });
        t
    }
}

/// What many findings share, numbered once: rules and CAs (CA names resolved against the
/// built-in catalog, cached).
struct Tables<'c> {
    cat: &'c Catalog,
    by_name: HashMap<String, Vec<usize>>,
    rules: HashMap<RuleRef, u32>,
    rule_list: Vec<RuleRef>,
    cas: HashMap<CaRef, u32>,
    ca_list: Vec<CaRef>,
}

impl<'c> Tables<'c> {
    fn new(cat: &'c Catalog) -> Self {
        Tables {
            cat,
            by_name: HashMap::new(),
            rules: HashMap::new(),
            rule_list: Vec::new(),
            cas: HashMap::new(),
            ca_list: Vec::new(),
        }
    }

    fn rule(&mut self, r: RuleRef) -> u32 {
        if let Some(&i) = self.rules.get(&r) {
            return i;
        }
        let i = u32::try_from(self.rule_list.len()).unwrap_or(u32::MAX);
        self.rule_list.push(r.clone());
        self.rules.insert(r, i);
        i
    }

    fn ca(&mut self, c: CaIn) -> u32 {
        let r = self.resolve(c);
        if let Some(&i) = self.cas.get(&r) {
            return i;
        }
        let i = u32::try_from(self.ca_list.len()).unwrap_or(u32::MAX);
        self.ca_list.push(r.clone());
        self.cas.insert(r, i);
        i
    }

    /// The catalog entry of `ca`: the issuance its index names when that has its name,
    /// else the one with its expiry, else the first of its name. A CA the catalog lacks
    /// keeps what the finding says.
    fn resolve(&mut self, ca: CaIn) -> CaRef {
        let cat = self.cat;
        let idx = self
            .by_name
            .entry(ca.name.clone())
            .or_insert_with(|| cat.by_name(&ca.name));
        let chosen = ca
            .index
            .filter(|i| idx.contains(i))
            .or_else(|| {
                idx.iter()
                    .copied()
                    .find(|&i| cat.cas()[i].not_after == ca.not_after)
            })
            .or_else(|| idx.first().copied());
        match chosen {
            Some(i) => {
                let e = &cat.cas()[i];
                CaRef {
                    name: e.name.clone(),
                    catalog: Some(i),
                    role: Some(role_str(e.role).to_owned()),
                    status: Some(status_str(e.status).to_owned()),
                    not_after: e.not_after.clone(),
                    variant: e.variant.clone(),
                }
            }
            None => CaRef {
                name: ca.name,
                catalog: None,
                role: ca.role,
                status: ca.status,
                not_after: ca.not_after,
                variant: None,
            },
        }
    }
}

fn role_str(r: Role) -> &'static str {
    match r {
        Role::Root => "root",
        Role::Intermediate => "intermediate",
    }
}

fn status_str(s: Status) -> &'static str {
    match s {
        Status::Active => "active",
        Status::Retiring => "retiring",
        Status::Retired => "retired",
        Status::Expired => "expired",
    }
}

/// `https://github.com/owner/name` for a GitHub repository URL (`https://github.com/owner/name`,
/// with an optional `.git` or `/`); `None` for anything else.
pub fn github_base(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://github.com/")?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let rest = rest.strip_suffix(".git").unwrap_or(rest);
    let (owner, name) = rest.split_once('/')?;
    let owner_ok = (1..=39).contains(&owner.len())
        && owner
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let name_ok = (1..=100).contains(&name.len())
        && name != "."
        && name != ".."
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    (owner_ok && name_ok).then(|| format!("https://github.com/{owner}/{name}"))
}

/// The GitHub link to `path` at `line` (see `Inventory::link`).
fn github_link(blob_base: &str, path: &str, line: u64) -> Option<String> {
    let mut out = blob_base.to_owned();
    for seg in path.split('/') {
        if seg.is_empty() || seg == "." || seg == ".." {
            return None;
        }
        out.push('/');
        for b in seg.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                out.push(char::from(b));
            } else {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    let _ = write!(out, "#L{line}");
    Some(out)
}

/// Valid JSON without the whitespace between tokens.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_ascii_whitespace() {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_links_only_for_plain_github_urls() {
        assert_eq!(
            github_base("https://github.com/o/n.git").as_deref(),
            Some("https://github.com/o/n")
        );
        for bad in [
            "javascript:alert(1)",
            "http://github.com/o/n",
            "https://github.com.evil/o/n",
            "https://github.com/o/n/x",
            "https://github.com/o/n?x",
            "https://github.com/o/..",
            "https://github.com/o\"/n",
        ] {
            assert_eq!(github_base(bad), None, "{bad}");
        }
        let b = "https://github.com/o/n/blob/HEAD";
        assert_eq!(
            github_link(b, "a b/<x>.py", 3).as_deref(),
            Some("https://github.com/o/n/blob/HEAD/a%20b/%3Cx%3E.py#L3")
        );
        assert_eq!(github_link(b, "../x", 1), None);
        assert_eq!(github_link(b, "/etc/x", 1), None);
    }

    #[test]
    fn minify_keeps_strings() {
        assert_eq!(
            minify("{ \"a b\" : [1, \"x\\\" y\" ]\n}"),
            "{\"a b\":[1,\"x\\\" y\"]}"
        );
    }
}
