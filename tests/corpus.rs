//! The corpus harness: runs the library over `corpus/` and compares every finding with
//! the expectations written in the files (`pinscan-expect: PIN101, PIN201` on the flagged
//! line) or in a sidecar `<file>.expect` (`LINE: PIN101` per line) for files that cannot
//! hold comments. A finding that resolves to a catalog CA must name it:
//! `pinscan-expect: PIN101[DigiCert Global Root G2]`. Nothing missing, nothing extra;
//! recall and precision are printed.
//! Also runs every rule's `positive` / `negative` snippets.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pinscan::Settings;
use pinscan::rules::Engine;

/// (path, line, rule id, name of the catalog CA the finding resolves to or "").
type Key = (String, usize, String, String);

/// `PIN101[DigiCert Global Root G2], PIN110` gives
/// `[("PIN101", "DigiCert Global Root G2"), ("PIN110", "")]`.
/// An optional `@error`/`@warning`/`@note` after it asserts the severity too.
fn parse_ids(s: &str) -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        let Some(id) = rest
            .get(..6)
            .filter(|t| t.starts_with("PIN") && t[3..].bytes().all(|b| b.is_ascii_digit()))
        else {
            break;
        };
        rest = &rest[6..];
        let mut ca = String::new();
        if let Some(after) = rest.strip_prefix('[') {
            let end = after
                .find(']')
                .unwrap_or_else(|| panic!("unclosed [ in expectation {s:?}"));
            after[..end].clone_into(&mut ca);
            rest = &after[end + 1..];
        }
        let mut severity = None;
        if let Some(after) = rest.strip_prefix('@') {
            let end = after
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(after.len());
            severity = Some(after[..end].to_owned());
            rest = &after[end..];
        }
        out.push((id.to_owned(), ca, severity));
    }
    out
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Expected findings (with counts) and the severities some of them must have.
fn expectations(root: &Path) -> (BTreeMap<Key, usize>, BTreeMap<Key, String>) {
    let mut want = BTreeMap::new();
    let mut severities = BTreeMap::new();
    let mut all = Vec::new();
    files(root, &mut all);
    for path in all {
        let rel = path.to_string_lossy().replace('\\', "/");
        if let Some(target) = rel.strip_suffix(".expect") {
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines() {
                let line = line.split('#').next().unwrap().trim();
                if line.is_empty() || line.starts_with('!') {
                    continue; // `!LINE: IDS` marks a negative (see `negatives`)
                }
                let (n, ids) = line
                    .split_once(':')
                    .unwrap_or_else(|| panic!("{rel}: bad line {line:?}"));
                let n: usize = n
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("{rel}: bad line number in {line:?}"));
                for (id, ca, sev) in parse_ids(ids) {
                    let key = (target.to_owned(), n, id, ca);
                    if let Some(sev) = sev {
                        severities.insert(key.clone(), sev);
                    }
                    *want.entry(key).or_default() += 1;
                }
            }
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        for (i, line) in text.lines().enumerate() {
            if let Some(pos) = line.find("pinscan-expect:") {
                for (id, ca, sev) in parse_ids(&line[pos + "pinscan-expect:".len()..]) {
                    let key = (rel.clone(), i + 1, id, ca);
                    if let Some(sev) = sev {
                        severities.insert(key.clone(), sev);
                    }
                    *want.entry(key).or_default() += 1;
                }
            }
        }
    }
    (want, severities)
}

#[test]
fn corpus_findings_match_expectations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let settings = Settings::new().unwrap();
    let outcome = pinscan::scan(&settings, &[PathBuf::from("corpus")]).unwrap();
    assert!(outcome.errors.is_empty(), "errors: {:?}", outcome.errors);
    let mut got: BTreeMap<Key, usize> = BTreeMap::new();
    for f in &outcome.findings {
        let ca = f.ca.as_ref().map_or_else(String::new, |c| c.name.clone());
        *got.entry((f.path.clone(), f.start.line, f.rule_id.clone(), ca))
            .or_default() += 1;
    }
    let (want, severities) = expectations(Path::new("corpus"));
    assert!(root.is_dir());
    let mut wrong_severity = Vec::new();
    for (key, sev) in &severities {
        for f in &outcome.findings {
            let ca = f.ca.as_ref().map_or("", |c| c.name.as_str());
            if (f.path.as_str(), f.start.line, f.rule_id.as_str(), ca)
                == (key.0.as_str(), key.1, key.2.as_str(), key.3.as_str())
                && f.severity.as_str() != sev
            {
                wrong_severity.push(format!(
                    "{}:{} {}: expected {sev}, got {}",
                    key.0, key.1, key.2, f.severity
                ));
            }
        }
    }
    assert!(
        wrong_severity.is_empty(),
        "wrong severity:\n  {}",
        wrong_severity.join("\n  ")
    );
    let mut missing = Vec::new();
    let mut extra = Vec::new();
    let mut matched = 0usize;
    for (k, &n) in &want {
        let g = got.get(k).copied().unwrap_or(0);
        matched += g.min(n);
        if g < n {
            missing.push(format!(
                "{}:{} {}[{}] (expected {n}, got {g})",
                k.0, k.1, k.2, k.3
            ));
        }
    }
    for (k, &g) in &got {
        let n = want.get(k).copied().unwrap_or(0);
        if g > n {
            extra.push(format!(
                "{}:{} {}[{}] (expected {n}, got {g})",
                k.0, k.1, k.2, k.3
            ));
        }
    }
    let total_want: usize = want.values().sum();
    let total_got: usize = got.values().sum();
    #[allow(clippy::cast_precision_loss)]
    let (recall, precision) = (
        matched as f64 / total_want.max(1) as f64,
        matched as f64 / total_got.max(1) as f64,
    );
    println!(
        "corpus: {total_want} expected, {total_got} reported, recall {recall:.3}, precision {precision:.3}"
    );
    assert!(total_want > 0, "the corpus has no expectations");
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing:\n  {}\nextra:\n  {}",
        missing.join("\n  "),
        extra.join("\n  ")
    );
}

/// Lines marked `pinscan-negative: PIN501, PIN502` must not produce those rules.
fn negatives(root: &Path) -> BTreeMap<(String, usize), Vec<String>> {
    let mut out = BTreeMap::new();
    let mut all = Vec::new();
    files(root, &mut all);
    for path in all {
        let rel = path.to_string_lossy().replace('\\', "/");
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        if let Some(target) = rel.strip_suffix(".expect") {
            // Sidecar negatives: `!LINE: PIN202`.
            for line in text.lines() {
                if let Some((n, ids)) = line
                    .trim()
                    .strip_prefix('!')
                    .and_then(|l| l.split_once(':'))
                {
                    let n: usize = n.trim().parse().unwrap();
                    let ids = parse_ids(ids).into_iter().map(|(id, _, _)| id).collect();
                    out.insert((target.to_owned(), n), ids);
                }
            }
            continue;
        }
        for (i, line) in text.lines().enumerate() {
            if let Some(pos) = line.find("pinscan-negative:") {
                let ids: Vec<String> = parse_ids(&line[pos + "pinscan-negative:".len()..])
                    .into_iter()
                    .map(|(id, _, _)| id)
                    .collect();
                out.insert((rel.clone(), i + 1), ids);
            }
        }
    }
    out
}

/// Every rule must be shown by the corpus: at least one expected finding.
#[test]
fn every_rule_has_a_corpus_positive() {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let (want, _) = expectations(Path::new("corpus"));
    let settings = Settings::new().unwrap();
    for rule in settings.rules.rules() {
        assert!(
            want.keys().any(|k| k.2 == rule.id),
            "rule {} has no positive case in corpus/",
            rule.id
        );
    }
}

/// Every rule has at least one negative corpus case (`pinscan-negative: PINnnn` on a line
/// that must stay silent for it), and those lines are silent.
#[test]
fn every_rule_has_a_corpus_negative() {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let marks = negatives(Path::new("corpus"));
    let settings = Settings::new().unwrap();
    let outcome = pinscan::scan(&settings, &[PathBuf::from("corpus")]).unwrap();
    let mut problems = Vec::new();
    for rule in settings.rules.rules() {
        if !marks.values().any(|ids| ids.contains(&rule.id)) {
            problems.push(format!(
                "rule {} has no `pinscan-negative: {}` line in corpus/",
                rule.id, rule.id
            ));
        }
    }
    for f in &outcome.findings {
        if marks
            .get(&(f.path.clone(), f.start.line))
            .is_some_and(|ids| ids.contains(&f.rule_id))
        {
            problems.push(format!(
                "{}:{} is marked as a negative for {} but reports it",
                f.path, f.start.line, f.rule_id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A file name in the rule's first language (from the language registry), for snippets; for a
/// rule of every language, `snippet.txt`, or the first file name of every supported language
/// or of a few configuration files, that the rule's `files` globs accept.
fn snippet_path(rule: &pinscan::rules::Rule) -> String {
    if let Some(l) = rule
        .languages
        .first()
        .and_then(|l| pinscan::lang::Language::from_name(l))
    {
        return format!("snippet.{}", l.extensions()[0]);
    }
    std::iter::once("snippet.txt".to_owned())
        .chain(
            pinscan::lang::Language::ALL
                .into_iter()
                .flat_map(|l| l.extensions().iter().map(|e| format!("snippet.{e}"))),
        )
        .chain(
            [
                "my.cnf",
                "snippet.ini",
                "snippet.conf",
                "snippet.yaml",
                "snippet.json",
            ]
            .into_iter()
            .map(str::to_owned),
        )
        .find(|name| {
            let lang = pinscan::lang::Language::from_path(Path::new(name))
                .map(pinscan::lang::Language::name);
            rule.applies_to(name, name, lang)
        })
        .unwrap_or_else(|| "snippet.txt".to_owned())
}

#[test]
fn rule_snippets_fire_and_stay_quiet() {
    let settings = Settings::new().unwrap();
    let scanner = pinscan::FileScanner::new(&settings, false);
    let mut failures = Vec::new();
    for rule in settings.rules.rules() {
        // Query rules spanning several languages, and rules made by a pass over other
        // findings, are shown by the corpus instead.
        if !matches!(rule.engine(), Engine::Cert | Engine::Query | Engine::Pass) {
            assert!(
                !rule.positive.is_empty(),
                "rule {} has no positive snippet",
                rule.id
            );
            assert!(
                !rule.negative.is_empty(),
                "rule {} has no negative snippet",
                rule.id
            );
        }
        let path = snippet_path(rule);
        let scan = |snip: &str| {
            let mut state = pinscan::FileState::default();
            scanner.scan_bytes(Path::new(&path), snip.as_bytes(), &mut state);
            state.take_outcome().findings
        };
        for snip in &rule.positive {
            let found = scan(snip);
            if !found.iter().any(|f| f.rule_id == rule.id) {
                failures.push(format!("missing: {} did not fire on {snip:?}", rule.id));
            }
        }
        for snip in &rule.negative {
            let found = scan(snip);
            if found.iter().any(|f| f.rule_id == rule.id) {
                failures.push(format!("noisy: {} fired on {snip:?}", rule.id));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The rule reference in `docs/rules.md`, generated from the rule files.
fn rules_markdown(settings: &Settings) -> String {
    use std::fmt::Write as _;
    let mut out = String::from(
        "# pinscan rules\n\nGenerated from `rules/*.toml` by `UPDATE_DOCS=1 cargo test --test corpus rules_doc`; do not edit by hand.\n\n| id | name | kind | default severity | engine | languages | title |\n|---|---|---|---|---|---|---|\n",
    );
    for r in settings.rules.rules() {
        let langs = if r.languages.is_empty() {
            "*".to_owned()
        } else {
            r.languages.join(", ")
        };
        let engine = format!("{:?}", r.engine()).to_lowercase();
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            r.id,
            r.name,
            r.kind.as_str(),
            r.severity,
            engine,
            langs,
            r.title.replace('|', "\\|")
        )
        .unwrap();
    }
    for r in settings.rules.rules() {
        write!(
            out,
            "\n## {} {}\n\n{}\n\n**Advice:** {}\n",
            r.id,
            r.name,
            r.help
                .trim()
                .replace("\n## ", "\n### ")
                .replacen("## ", "### ", 1),
            r.advice
        )
        .unwrap();
    }
    out
}

#[test]
fn rules_doc_is_in_sync() {
    let settings = Settings::new().unwrap();
    let want = rules_markdown(&settings);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &want).unwrap();
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "docs/rules.md is out of date: run `UPDATE_DOCS=1 cargo test --test corpus rules_doc`"
    );
}

/// Scan the corpus with a shortcut on and off: the same findings.
/// Returns the run with the shortcut.
fn same_findings(with_shortcut: &Settings, without: &Settings, what: &str) -> pinscan::Outcome {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).unwrap();
    let key = |o: &pinscan::Outcome| -> Vec<String> {
        o.findings
            .iter()
            .map(|f| serde_json::to_string(f).unwrap())
            .collect()
    };
    let outcome = pinscan::scan(with_shortcut, &[PathBuf::from("corpus")]).unwrap();
    let with = key(&outcome);
    let without = key(&pinscan::scan(without, &[PathBuf::from("corpus")]).unwrap());
    let lost: Vec<&String> = without.iter().filter(|f| !with.contains(f)).collect();
    let extra: Vec<&String> = with.iter().filter(|f| !without.contains(f)).collect();
    assert!(
        lost.is_empty() && extra.is_empty(),
        "lost with {what}: {lost:#?}\nonly with {what}: {extra:#?}"
    );
    outcome
}

/// Partial parsing only skips work: every corpus file with gated rules parsed only around
/// its gate words (however small), every container entered, gives the same findings as
/// whole files.
#[test]
fn partial_parsing_loses_nothing() {
    let mut part = Settings::new().unwrap();
    part.partial_parse = Some(pinscan::lang::focus::Limits::ALWAYS);
    let mut whole = Settings::new().unwrap();
    whole.partial_parse = None;
    let outcome = same_findings(&part, &whole, "partial parsing");
    assert!(
        outcome.stats.files_parsed_in_part > 20,
        "only {} corpus files were parsed in part",
        outcome.stats.files_parsed_in_part
    );
}

/// Gates (`;; gate:` lines in the query files' headers) only skip work: the corpus gives
/// the same findings with them as without them.
#[test]
fn gates_lose_nothing() {
    let gated = Settings::new().unwrap();
    let mut open = Settings::new().unwrap();
    open.gates = false;
    same_findings(&gated, &open, "gates");
}
