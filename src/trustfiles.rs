//! Referenced trust files: when a trust-store finding names a CA file
//! (`sslrootcert=certs/root.crt.pem`, `cafile=...`, `ca: fs.readFileSync(...)`) that exists
//! in the scanned tree — relative to the file or a folder above it, to a scan root, by
//! file name, as an Android `@raw/name` resource, or as an Apple bundle resource
//! (`forResource: "root", ofType: "cer"`: the file of that name below the nearest folder
//! above the code that has one) — the file is parsed and the finding says which CAs it
//! holds, and names a few other certificates with their dates. For a known Azure service
//! it says whether the file covers every root the service needs: a complete bundle is a
//! note, a file that lacks one is a warning naming what is missing, a file holding only
//! retired or expired CAs is an error, and so is a file whose certificates have all expired
//! (unless the finding is a note by place or role).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::cert::parse;
use crate::cert::{CaMatch, Status};
use crate::finding::{Finding, TrustFile};
use crate::resolve::Resolver;
use crate::rules::{Confidence, Kind, Severity};

/// Files of the walk that could be trust files, by lower-case file name.
#[derive(Debug, Default)]
pub struct FileIndex {
    by_name: BTreeMap<String, Vec<PathBuf>>,
}

impl FileIndex {
    pub fn insert(&mut self, path: &Path) {
        if let Some(name) = path.file_name() {
            self.by_name
                .entry(name.to_string_lossy().to_lowercase())
                .or_default()
                .push(path.to_path_buf());
        }
    }

    pub fn merge(&mut self, other: FileIndex) {
        for (k, mut v) in other.by_name {
            self.by_name.entry(k).or_default().append(&mut v);
        }
    }

    fn sort(&mut self) {
        for v in self.by_name.values_mut() {
            v.sort();
            v.dedup();
        }
    }

    /// The walked file a value names: next to the referring file, below a folder above it
    /// (nearest first), below a scan root, or (unambiguously) by file name.
    /// Returns the path and whether it was found by file name only.
    fn find(&self, referrer: &str, value: &str, roots: &[PathBuf]) -> Option<(PathBuf, bool)> {
        let value = value.trim().trim_start_matches("./");
        // Android resources: `@raw/name` is `res/raw/name.<ext>`.
        if let Some(stem) = value.strip_prefix("@raw/") {
            let stem = stem.to_lowercase();
            let mut hits = self
                .by_name
                .iter()
                .filter(|(name, _)| name.split('.').next() == Some(stem.as_str()))
                .flat_map(|(_, paths)| paths.iter())
                .filter(|p| crate::source::display_path(p).contains("/res/raw/"));
            let first = hits.next()?.clone();
            return hits.next().is_none().then_some((first, false));
        }
        // Apple bundle resources: `@bundle/root.cer` is a file of that name anywhere in the
        // app's project (Xcode copies resources flat into the bundle); the one below the
        // nearest folder above the referring file, when that is a single file.
        if let Some(file) = value.strip_prefix("@bundle/") {
            let candidates = self.by_name.get(&file.to_lowercase())?;
            for dir in Path::new(referrer).ancestors().skip(1) {
                let dir = crate::source::display_path(dir);
                let mut below = candidates.iter().filter(|c| {
                    let c = crate::source::display_path(c);
                    dir.is_empty() || dir == "." || c.starts_with(&format!("{dir}/"))
                });
                if let Some(first) = below.next() {
                    return below.next().is_none().then(|| (first.clone(), false));
                }
            }
            return None;
        }
        let name = value.rsplit(['/', '\\']).next()?.to_lowercase();
        let candidates = self.by_name.get(&name)?;
        // Next to the referring file, then below each folder above it, nearest first (a
        // program often runs from its repository's or package's root, which a scan of a
        // parent folder does not know), then below each scan root.
        let dir = Path::new(referrer).parent().unwrap_or(Path::new(""));
        let mut wanted: Vec<PathBuf> = dir.ancestors().map(|d| d.join(value)).collect();
        wanted.extend(roots.iter().map(|r| r.join(value)));
        for w in &wanted {
            let w = crate::source::display_path(w);
            if let Some(p) = candidates
                .iter()
                .find(|c| crate::source::display_path(c) == w)
            {
                return Some((p.clone(), false));
            }
        }
        // By name only when the value is not a path into somewhere else in the tree.
        if candidates.len() == 1 {
            candidates.first().cloned().map(|p| (p, true))
        } else {
            None
        }
    }
}

fn relevant(kind: Kind) -> bool {
    matches!(kind, Kind::NarrowTrustStore | Kind::PinConfig)
}

/// Parse referenced trust files and re-judge the findings that point to them. The
/// certificate-file findings (`file_rules`) of a file that a finding now describes are
/// dropped: the referring finding covers them. Returns the files some finding names as a
/// trust file (where its value points, or by file name), and the trust files refused, with
/// why: a file is read again only when it is a regular file of at most `max_size` bytes
/// (not a FIFO or device swapped in since the walk) that does not leave the scanned tree
/// (`roots`) through a symbolic link.
pub fn apply(
    findings: &mut Vec<Finding>,
    index: &mut FileIndex,
    roots: &[PathBuf],
    resolver: &Resolver<'_>,
    max_size: u64,
    file_rules: &[&str],
) -> (std::collections::BTreeSet<String>, Vec<(PathBuf, String)>) {
    let mut used = std::collections::BTreeSet::new();
    let mut refused: Vec<(PathBuf, String)> = Vec::new();
    let dot = [PathBuf::from(".")];
    let real_roots: Vec<PathBuf> = if roots.is_empty() { &dot[..] } else { roots }
        .iter()
        .filter_map(|r| std::fs::canonicalize(r).ok())
        .collect();
    index.sort();
    let mut referenced: Vec<String> = Vec::new();
    let mut cache: BTreeMap<PathBuf, Option<Vec<CaMatch>>> = BTreeMap::new();
    let mut counts: BTreeMap<PathBuf, usize> = BTreeMap::new();
    // Per file, its certificates that are not catalog CAs: (name, not after, expired).
    let mut others: BTreeMap<PathBuf, Vec<(String, String, bool)>> = BTreeMap::new();
    let mut store_copies: Vec<PathBuf> = Vec::new();
    let mut trusts_store: Vec<usize> = Vec::new();
    for (i, f) in findings
        .iter_mut()
        .enumerate()
        .filter(|(_, f)| relevant(f.kind))
    {
        let Some(value) = f.value.clone() else {
            continue;
        };
        let raw = value.trim().trim_matches(['"', '\'']);
        let name = if raw.starts_with("@raw/") {
            raw.to_owned()
        } else if let Some(file) = crate::resolve::bundle_resource(&value) {
            format!("@bundle/{file}")
        } else if let Some(name) = crate::resolve::file_names(&value).next() {
            name.to_owned()
        } else {
            continue;
        };
        let Some((path, by_name)) = index.find(&f.path, &name, roots) else {
            continue;
        };
        let cas = cache
            .entry(path.clone())
            .or_insert_with(|| {
                let real = std::fs::canonicalize(&path).ok()?;
                if !real_roots.iter().any(|r| real.starts_with(r)) {
                    refused.push((
                        path.clone(),
                        "trust file not read: it leaves the scanned tree (a symbolic link \
                         to a file outside it)"
                            .to_owned(),
                    ));
                    return None;
                }
                let bytes = match crate::config::read_bytes_capped(&path, max_size) {
                    Ok(bytes) => bytes,
                    Err(why) => {
                        if why.starts_with("not a regular file") {
                            refused.push((path.clone(), format!("trust file not read: {why}")));
                        }
                        return None;
                    }
                };
                let (certs, _) = parse::parse_bundle(&bytes).ok()?;
                counts.insert(path.clone(), certs.len());
                if crate::cert::public::is_store_copy(
                    crate::cert::public::public_count(&certs),
                    certs.len(),
                ) {
                    store_copies.push(path.clone());
                }
                let mut known = Vec::new();
                let mut unknown = Vec::new();
                for c in &certs {
                    match resolver.resolve_cert(c) {
                        Some(ca) => known.push(ca),
                        None => unknown.push((
                            c.common_name.clone().unwrap_or_else(|| c.subject.clone()),
                            c.not_after.clone(),
                            c.not_after_unix.div_euclid(86_400) < resolver.today,
                        )),
                    }
                }
                others.insert(path.clone(), unknown);
                Some(known)
            })
            .clone();
        let Some(cas) = cas else { continue };
        if f.kind == Kind::NarrowTrustStore && store_copies.contains(&path) {
            // Trusting a copy of the public root store (certifi, a vendored
            // ca-certificates) is not narrowing trust: not a pin.
            trusts_store.push(i);
            continue;
        }
        let mut names: Vec<String> = cas.iter().map(|c| c.name.clone()).collect();
        names.dedup();
        let shown = crate::source::display_path(&path);
        used.insert(shown.clone());
        if !by_name {
            // Found where the value points: the file's own findings are folded into this one.
            referenced.push(shown.clone());
        }
        let tf = TrustFile {
            path: shown.clone(),
            certificates: counts.get(&path).copied().unwrap_or(0),
            cas: names.clone(),
            missing: Vec::new(),
        };
        // Certificates that are not catalog CAs are named too (a few of them), with their
        // dates: a file whose certificates have all expired fails today, whoever issued them.
        let unknown = others.get(&path).map_or(&[][..], Vec::as_slice);
        let mut listed = names.clone();
        if unknown.len() <= 3 {
            listed.extend(unknown.iter().map(|(name, until, expired)| {
                if *expired {
                    format!("\"{name}\" (expired on {until})")
                } else {
                    format!("\"{name}\" (valid until {until})")
                }
            }));
        } else {
            listed.push(format!("{} other certificates", unknown.len()));
        }
        let all_expired = !unknown.is_empty()
            && unknown.iter().all(|(_, _, expired)| *expired)
            && cas
                .iter()
                .all(|c| matches!(c.status, Status::Retired | Status::Expired));
        // A note stays one (a test's or an example's expired CA, a pass-through).
        let judged = f.severity > Severity::Note;
        describe(f, tf, &cas, &listed);
        if all_expired && judged && f.severity < Severity::Error {
            f.severity = Severity::Error;
            f.message
                .push_str(": every certificate in it has expired, so these connections fail now");
        }
    }
    if !trusts_store.is_empty() {
        let mut k = 0usize;
        findings.retain(|_| {
            k += 1;
            !trusts_store.contains(&(k - 1))
        });
    }
    if !referenced.is_empty() {
        findings.retain(|f| {
            !(file_rules.contains(&f.rule_id.as_str()) && referenced.contains(&f.path))
        });
    }
    (used, refused)
}

/// Severity by role: a certificate file (the findings of `file_rules`, and embedded
/// certificates in a file with no extension or `.txt`, a certificate file by another name)
/// that no finding of the scan names as a trust file is inventory: a note, whatever its
/// dates. Test CAs, example `server.pem` files, a dev proxy's certificate. The same file
/// named by a trust store or a configuration keeps its judgement (missing roots, expired,
/// retired).
pub fn demote_unused(
    findings: &mut [Finding],
    file_rules: &[&str],
    embedded_rules: &[&str],
    used: &std::collections::BTreeSet<String>,
) {
    for f in findings.iter_mut() {
        if f.severity == Severity::Note || used.contains(&f.path) {
            continue;
        }
        let file = f.path.rsplit('/').next().unwrap_or_default();
        let plain = match file.rsplit_once('.') {
            None => true,
            Some((_, ext)) => ext.eq_ignore_ascii_case("txt"),
        };
        let rule = f.rule_id.as_str();
        if file_rules.contains(&rule) || (plain && embedded_rules.contains(&rule)) {
            f.severity = Severity::Note;
            f.message.push_str(
                "; nothing in the scanned tree names this file as a trust anchor: \
                 inventory, reported as a note",
            );
        }
    }
}

/// Describe a trust-store finding by the trust file (or definition) `tf` it names and the
/// catalog CAs `cas` found in it (`listed`: the names to show): a file of retired or
/// expired CAs is an error; for a known service, a file covering every root it needs is
/// a note and one lacking a root a warning naming it.
pub fn describe(f: &mut Finding, mut tf: TrustFile, cas: &[CaMatch], listed: &[String]) {
    let shown = tf.path.clone();
    let names = &tf.cas;
    let holds = if listed.is_empty() {
        format!("{shown} holds no catalog CA")
    } else {
        format!("{shown} holds {}", listed.join(", "))
    };
    let all_dead = !cas.is_empty()
        && cas
            .iter()
            .all(|c| matches!(c.status, Status::Retired | Status::Expired));
    f.confidence = Confidence::High;
    if f.ca.is_none() {
        f.ca = cas.first().cloned();
    }
    if all_dead {
        f.severity = Severity::Error;
        let _ = write!(f.message, "; {holds}, which Azure no longer uses");
    } else if let Some(service) = &f.service {
        let missing: Vec<String> = service
            .trust_roots
            .iter()
            .filter(|r| !names.iter().any(|n| n.eq_ignore_ascii_case(r)))
            .cloned()
            .collect();
        if missing.is_empty() {
            f.severity = Severity::Note;
            let _ = write!(f.message, "; {holds}: every root {} needs", service.name);
            "The bundle covers the service's current roots; keep it updated when the service announces a rotation.".clone_into(&mut f.advice);
        } else {
            f.severity = f.severity.max(Severity::Warning);
            let _ = write!(
                f.message,
                "; {holds}; {} also needs {}",
                service.name,
                missing.join(", ")
            );
            f.advice = format!(
                "Add {} to {shown} (keep the roots it already has during the rotation), or trust the platform store.",
                missing.join(" and ")
            );
            tf.missing = missing;
        }
    } else {
        let _ = write!(f.message, "; {holds}");
    }
    f.trust_file = Some(tf);
}

/// A folder with many root-certificate files is a CA store (Debian's
/// `/usr/share/ca-certificates/mozilla`, an OS image's trust directory), not a set of pins:
/// its certificate-file findings (`file_rule`) become notes. Files are counted, not
/// certificates: one bundle of a vendor's CAs is not a store folder.
pub fn demote_ca_store_folders(findings: &mut [Finding], file_rule: &str) {
    const MIN_ROOTS: usize = 10;
    let folder = |p: &str| {
        p.rsplit_once('/')
            .map_or(String::new(), |(d, _)| d.to_owned())
    };
    let mut root_files: BTreeMap<String, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for f in findings.iter().filter(|f| f.rule_id == file_rule) {
        if f.certificate
            .as_ref()
            .is_some_and(|c| c.is_ca && c.self_signed)
        {
            root_files
                .entry(folder(&f.path))
                .or_default()
                .insert(f.path.as_str());
        }
    }
    let roots: BTreeMap<String, usize> = root_files
        .into_iter()
        .map(|(dir, files)| (dir, files.len()))
        .collect();
    for f in findings.iter_mut().filter(|f| f.rule_id == file_rule) {
        let n = roots.get(&folder(&f.path)).copied().unwrap_or(0);
        if n >= MIN_ROOTS && f.severity > Severity::Note {
            f.severity = Severity::Note;
            let _ = write!(
                f.message,
                "; part of a CA store folder of {n} root certificate files, not a pin"
            );
        }
    }
}
