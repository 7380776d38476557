#!/usr/bin/env python3
"""pinscan's ecosystem check: real public repositories, pinned at a commit, scanned by a
pinscan binary; findings compared between two binaries (--diff) and scored against labels
made by reading the code.

  eval/ecosystem.py materialise [--mirror DIR] [--trees DIR]
      Write every repository of eval/repos.toml at its commit into TREES (default
      eval/trees, ignored by git) from local snapshots: MIRROR/<owner>+<name>/repo (a git
      directory, as the session's fetch tool leaves them; default /work/.mirror).
  eval/ecosystem.py scan BIN [-o FILE]
      Scan each tree with BIN; write the findings as JSON (default: stdout).
  eval/ecosystem.py diff BIN_A BIN_B
      Scan with both binaries and list the findings that appeared and disappeared (by
      repository, path, line, rule; also severity and CA changes). Review every rule change
      with this.
  eval/ecosystem.py score FINDINGS [--labels FILE]
      Recall and precision against eval/labels.csv: overall, by kind, by language, and the
      share of labelled Azure pins whose CA is named correctly.
  eval/ecosystem.py lint [--labels FILE]
      Check label rows against repos.toml and the materialised trees.
  eval/ecosystem.py self-test
      The scorer on the tiny labelled fixture in eval/fixture/ (run by `cargo test`).

Labels (eval/labels.csv): repo, commit, path, line, kind, language, expected_ca, note.
A finding matches a label on the same line whose kind is of the same family (FAMILY:
pins, trust anchors, and each other kind on its own).
`kind` is a pinscan kind (thumbprint, narrow-trust-store, ...) for a pin, or `-` for a
look-alike that must stay silent. A file is labelled completely or not at all: findings in
a labelled file that match no positive label count against precision; findings in files
without labels are not scored.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO_ROOT = ROOT.parent


def load_repos(path=ROOT / "repos.toml"):
    with open(path, "rb") as f:
        return tomllib.load(f)["repo"]


def tree_dir(trees, name):
    return Path(trees) / name.replace("/", "+")


def materialise(args):
    missing = []
    for r in load_repos():
        dest = tree_dir(args.trees, r["name"])
        if dest.is_dir():
            continue
        git_dir = Path(args.mirror) / r["name"].replace("/", "+") / "repo"
        if (git_dir / ".git").is_dir():
            git_dir = git_dir / ".git"
        if not git_dir.is_dir():
            missing.append(r["name"])
            continue
        dest.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "--git-dir", str(git_dir), "-c", "core.fsmonitor=false", "archive", r["commit"]],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False,
        )
        if archive.returncode == 0:
            subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
            print(f"materialised {r['name']} at {r['commit'][:12]}", file=sys.stderr)
            continue
        # Snapshots may lack their largest blobs: write the files that are there.
        absent = write_blobs(git_dir, r["commit"], dest)
        if absent is None:
            missing.append(f"{r['name']} (commit {r['commit'][:12]} not in the snapshot)")
            continue
        print(f"materialised {r['name']} at {r['commit'][:12]} without {absent} absent large file(s)",
              file=sys.stderr)
    if missing:
        print("no local snapshot for: " + ", ".join(missing), file=sys.stderr)
        print("bring each onto the machine (the session's fetch tool), then run again", file=sys.stderr)
        return 1
    return 0


def write_blobs(git_dir, commit, dest):
    """Write every blob of `commit` that the snapshot holds under `dest` (regular files
    only; no symlinks or submodules). Returns how many blobs were absent, or None when the
    commit itself is not there."""
    ls = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", commit],
                        stdout=subprocess.PIPE, check=False)
    if ls.returncode != 0:
        return None
    entries = []
    for item in ls.stdout.split(b"\0"):
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob" and mode in (b"100644", b"100755"):
            entries.append((sha.decode(), path.decode("utf-8", "replace")))
    batch = subprocess.Popen(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    absent = 0
    for sha, path in entries:
        batch.stdin.write(sha.encode() + b"\n")
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            absent += 1
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)  # the newline after the object
        target = dest / path
        if ".." in Path(path).parts:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    batch.stdin.close()
    batch.wait()
    return absent


def scan(binary, trees):
    """Findings of `binary` over every materialised tree: a list of dicts."""
    out = []
    for r in load_repos():
        dest = tree_dir(trees, r["name"])
        if not dest.is_dir():
            print(f"skipping {r['name']}: not materialised", file=sys.stderr)
            continue
        proc = subprocess.run(
            [binary, "scan", ".", "--format", "json", "--fail-on", "none", "-q"],
            cwd=dest, stdout=subprocess.PIPE, check=False,
        )
        if proc.returncode not in (0, 2):
            print(f"{r['name']}: pinscan exited {proc.returncode}", file=sys.stderr)
        report = json.loads(proc.stdout)
        for f in report["findings"]:
            out.append({
                "repo": r["name"],
                "path": f["path"],
                "line": f["start"]["line"],
                "rule": f["rule_id"],
                "kind": f["kind"],
                "severity": f["severity"],
                "ca": (f.get("ca") or {}).get("name", ""),
                "message": f["message"],
                "related": [[r["start"]["line"], r["end"]["line"]] for r in f.get("related", [])],
            })
    return out


def cmd_scan(args):
    findings = scan(os.path.abspath(args.binary), args.trees)
    text = json.dumps(findings, indent=1, sort_keys=True)
    if args.output:
        Path(args.output).write_text(text + "\n")
    else:
        print(text)
    return 0


def key(f):
    return (f["repo"], f["path"], f["line"], f["rule"])


def diff(old, new):
    """Appeared, disappeared and changed (severity or CA) findings between two scans."""
    a = {key(f): f for f in old}
    b = {key(f): f for f in new}
    appeared = [b[k] for k in sorted(b.keys() - a.keys())]
    gone = [a[k] for k in sorted(a.keys() - b.keys())]
    changed = [
        (a[k], b[k]) for k in sorted(a.keys() & b.keys())
        if (a[k]["severity"], a[k]["ca"]) != (b[k]["severity"], b[k]["ca"])
    ]
    return appeared, gone, changed


def cmd_diff(args):
    old = scan(os.path.abspath(args.a), args.trees)
    new = scan(os.path.abspath(args.b), args.trees)
    appeared, gone, changed = diff(old, new)
    show = lambda f: f"{f['severity']:7} {f['rule']} {f['repo']}:{f['path']}:{f['line']} {f['ca']}"
    for f in appeared:
        print("+ " + show(f))
    for f in gone:
        print("- " + show(f))
    for x, y in changed:
        print(f"~ {x['rule']} {x['repo']}:{x['path']}:{x['line']} {x['severity']}/{x['ca'] or '-'} -> {y['severity']}/{y['ca'] or '-'}")
    print(f"{len(old)} -> {len(new)} findings: {len(appeared)} appeared, {len(gone)} disappeared, "
          f"{len(changed)} changed severity or CA")
    return 0


def load_labels(path):
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("repo") and not r["repo"].startswith("#")]
    for r in rows:
        r["line"] = int(r["line"])
    return rows


# Kinds that name the same thing on one line: a pin entry (`sha256/...` in a pin set) is a
# pin-config and an SPKI hash; a trust anchor is a narrow trust store and, when written in
# the code, an embedded certificate. A finding matches a label of its family.
FAMILY = {
    "thumbprint": "pin", "spki-hash": "pin", "public-key": "pin", "serial": "pin",
    "subject-dn": "pin", "pin-config": "pin",
    "narrow-trust-store": "trust", "embedded-cert": "trust",
}


def score(findings, labels):
    """Recall, precision and CA accuracy; returns a dict of figures (see the module doc)."""
    positives = [l for l in labels if l["kind"] != "-"]
    labelled_files = {(l["repo"], l["path"]) for l in labels}
    by_line = defaultdict(list)
    for f in findings:
        by_line[(f["repo"], f["path"], f["line"])].append(f)

    # A custom verification finding is at the comparison and names the callback or its
    # registration as a related location (DESIGN: findings where the pin is); a
    # custom-verify label on that registration is found by it.
    related = defaultdict(list)
    for f in findings:
        if f["kind"] == "custom-verify":
            for a, b in f.get("related", []):
                for line in range(a, b + 1):
                    related[(f["repo"], f["path"], line)].append(f)

    def found(label):
        where = (label["repo"], label["path"], label["line"])
        hits = [f for f in by_line[where]
                if FAMILY.get(f["kind"], f["kind"]) == FAMILY.get(label["kind"], label["kind"])]
        if not hits and label["kind"] == "custom-verify":
            hits = related[where]
        return hits

    per = lambda: {"tp": 0, "fn": 0, "fp": 0}
    overall, kinds, langs = per(), defaultdict(per), defaultdict(per)
    ca_total = ca_right = 0
    matched = set()
    missed, false = [], []
    for l in positives:
        hits = found(l)
        bucket = "tp" if hits else "fn"
        if not hits:
            missed.append(l)
        for d in (overall, kinds[l["kind"]], langs[l["language"]]):
            d[bucket] += 1
        for h in hits:
            matched.add(id(h))
        if hits and l["expected_ca"]:
            ca_total += 1
            ca_right += any(h["ca"] == l["expected_ca"] for h in hits)
    lang_of = {(l["repo"], l["path"]): l["language"] for l in labels}
    for f in findings:
        if (f["repo"], f["path"]) in labelled_files and id(f) not in matched:
            false.append(f)
            for d in (overall, kinds[f["kind"]], langs[lang_of[(f["repo"], f["path"])]]):
                d["fp"] += 1

    def rates(d):
        r = d["tp"] / (d["tp"] + d["fn"]) if d["tp"] + d["fn"] else None
        p = d["tp"] / (d["tp"] + d["fp"]) if d["tp"] + d["fp"] else None
        return {**d, "recall": r, "precision": p}

    return {
        "overall": rates(overall),
        "kinds": {k: rates(v) for k, v in sorted(kinds.items())},
        "languages": {k: rates(v) for k, v in sorted(langs.items())},
        "ca_named": (ca_right / ca_total) if ca_total else None,
        "ca_labelled": ca_total,
        "missed": missed,
        "false": false,
    }


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def print_score(s):
    o = s["overall"]
    print(f"overall  recall {fmt(o['recall'])}  precision {fmt(o['precision'])}  (tp {o['tp']}, fn {o['fn']}, fp {o['fp']})")
    for title, table in (("kind", s["kinds"]), ("language", s["languages"])):
        for name, d in table.items():
            print(f"{title:8} {name:22} recall {fmt(d['recall'])}  precision {fmt(d['precision'])}  (tp {d['tp']}, fn {d['fn']}, fp {d['fp']})")
    print(f"CA named correctly on {fmt(s['ca_named'])} of {s['ca_labelled']} labelled Azure pins found")


KINDS = {
    "thumbprint", "spki-hash", "public-key", "serial", "subject-dn", "embedded-cert",
    "narrow-trust-store", "custom-verify", "pin-config", "verification-disabled",
    "deprecated-tls", "-",
}


def lint_labels(labels, trees):
    """Problems with label rows: unknown repository or commit, kind, a path that is not in
    the materialised tree, a line past its end, the same line labelled twice."""
    repos = {r["name"]: r["commit"] for r in load_repos()}
    problems, seen = [], set()
    for i, l in enumerate(labels, start=2):
        where = f"labels line {i}: {l['repo']}:{l['path']}:{l['line']}"
        if repos.get(l["repo"]) != l["commit"]:
            problems.append(f"{where}: repository or commit not in repos.toml")
        if l["kind"] not in KINDS:
            problems.append(f"{where}: unknown kind {l['kind']!r}")
        k = (l["repo"], l["path"], l["line"], l["kind"])
        if k in seen:
            problems.append(f"{where}: labelled twice")
        seen.add(k)
        f = tree_dir(trees, l["repo"]) / l["path"]
        if tree_dir(trees, l["repo"]).is_dir():
            if not f.is_file():
                problems.append(f"{where}: no such file")
            elif l["line"] > len(f.read_bytes().split(b"\n")):
                problems.append(f"{where}: past the end of the file")
    return problems


def cmd_lint(args):
    problems = lint_labels(load_labels(args.labels), args.trees)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_score(args):
    with open(args.findings) as f:
        findings = json.load(f)
    labels = load_labels(args.labels)
    if args.language:
        labels = [l for l in labels if l["language"] == args.language]
    if args.repo:
        labels = [l for l in labels if args.repo in l["repo"]]
    s = score(findings, labels)
    print_score(s)
    if args.misses:
        for l in s["missed"]:
            print(f"missed {l['kind']:21} {l['repo']}:{l['path']}:{l['line']}  ({l['note']})")
        for f in s["false"]:
            print(f"false  {f['rule']} {f['kind']:15} {f['repo']}:{f['path']}:{f['line']}")
    return 0


def self_test(_args=None):
    fixture = ROOT / "fixture"
    with open(fixture / "findings.json") as f:
        findings = json.load(f)
    s = score(findings, load_labels(fixture / "labels.csv"))
    o = s["overall"]
    # 5 positives: 2 found on their line with a kind of their family, 1 custom-verify label
    # found as the related location (the registration) of the custom-verify finding, 1 missed,
    # and 1 custom-verify label inside a related location of a finding of another kind, which
    # does not count; 1 finding on a negative line and 1 finding of another family in labelled
    # files are false positives; a finding in an unlabelled file is not scored.
    assert (o["tp"], o["fn"], o["fp"]) == (3, 2, 2), o
    assert abs(o["recall"] - 3 / 5) < 1e-9 and abs(o["precision"] - 3 / 5) < 1e-9, o
    assert s["kinds"]["narrow-trust-store"]["tp"] == 1 and s["kinds"]["spki-hash"]["fn"] == 1, s["kinds"]
    assert (s["kinds"]["custom-verify"]["tp"], s["kinds"]["custom-verify"]["fn"]) == (2, 1), s["kinds"]
    assert s["languages"]["python"]["fp"] == 1 and s["languages"]["c"]["fp"] == 1, s["languages"]
    assert s["ca_labelled"] == 2 and s["ca_named"] == 0.5, s
    old = findings
    new = [dict(f) for f in findings[1:]] + [{**findings[0], "line": 99}]
    new[0]["severity"] = "note"
    appeared, gone, changed = diff(old, new)
    assert [f["line"] for f in appeared] == [99] and [f["line"] for f in gone] == [findings[0]["line"]], (appeared, gone)
    assert len(changed) == 1 and changed[0][1]["severity"] == "note", changed
    print("ecosystem self-test: 1 passed, 0 failed")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trees", default=str(ROOT / "trees"), help="where the repositories are materialised")
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("materialise")
    m.add_argument("--mirror", default="/work/.mirror")
    s = sub.add_parser("scan")
    s.add_argument("binary")
    s.add_argument("-o", "--output")
    d = sub.add_parser("diff")
    d.add_argument("a")
    d.add_argument("b")
    c = sub.add_parser("score")
    c.add_argument("findings")
    c.add_argument("--labels", default=str(ROOT / "labels.csv"))
    c.add_argument("--misses", action="store_true", help="list missed labels and false findings")
    c.add_argument("--language", help="score only the labels of this language")
    c.add_argument("--repo", help="score only labels of repositories whose name contains this")
    lint = sub.add_parser("lint")
    lint.add_argument("--labels", default=str(ROOT / "labels.csv"))
    sub.add_parser("self-test")
    args = ap.parse_args()
    return {
        "materialise": materialise, "scan": cmd_scan, "diff": cmd_diff,
        "score": cmd_score, "lint": cmd_lint, "self-test": self_test,
    }[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
