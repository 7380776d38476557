#!/usr/bin/env python3
"""Precision on ordinary code: a seeded random sample of warning/error findings for hand review.

    bench/precision.py sample [--tree bench/repos] [--bin target/release/pinscan]
                              [--json FILE] [--n 60] [--seed 15] [--out bench/results/precision-sample.md]
    bench/precision.py summary [--review bench/precision-review.tsv] [--json FILE]

`sample` scans the tree (the 56-repository tree that bench/repos.sh builds, or any other),
counts findings at warning or error, draws N of them with a fixed seed (so the same tree and
binary give the same sample) and writes them with five lines of context on each side, for a
person to read and judge. `summary` reads the verdicts written down in the review file
(tab-separated: key, verdict `real` or `false`, reason; the key is `rule path:line`) and
prints real/false by rule; keys not in the current sample are listed, so a stale review
shows. Labels are made by reading the code, never from pinscan's output.
"""
import argparse, collections, json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def scan(args):
    if args.json:
        return json.load(open(args.json))
    out = os.path.join(HERE, "results", "precision-scan.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    # Scanned from inside the tree, so paths (and where a file sits: test code, docs,
    # examples) are those of the repositories, not of the folders above the tree.
    subprocess.run([os.path.abspath(args.bin), "scan", ".", "--format", "json", "--fail-on", "none",
                    "-q", "-o", os.path.abspath(out)], check=True, cwd=args.tree)
    return json.load(open(out))


def loud(report):
    return [f for f in report["findings"] if f["severity"] in ("warning", "error")]


def key(f, tree):
    return f"{f['rule_id']} {f['path']}:{f['start']['line']}"


def draw(findings, n, seed):
    ordered = sorted(findings, key=lambda f: (f["path"], f["start"]["line"], f["rule_id"]))
    rng = random.Random(seed)
    return sorted(rng.sample(ordered, min(n, len(ordered))),
                  key=lambda f: (f["path"], f["start"]["line"], f["rule_id"]))


def context(path, line, around=5):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().split("\n")
    except OSError as e:
        return f"(unreadable: {e})"
    lo, hi = max(0, line - 1 - around), min(len(lines), line + around)
    return "\n".join(f"{'>' if i + 1 == line else ' '}{i + 1:6} {lines[i][:200]}" for i in range(lo, hi))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=["sample", "summary"])
    ap.add_argument("--tree", default=os.path.join(HERE, "repos"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "pinscan"))
    ap.add_argument("--json", help="use this scan instead of scanning")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", default=os.path.join(HERE, "results", "precision-sample.md"))
    ap.add_argument("--review", default=os.path.join(HERE, "precision-review.tsv"))
    args = ap.parse_args()
    os.chdir(ROOT)
    report = scan(args)
    found = loud(report)
    by_sev = collections.Counter(f["severity"] for f in found)
    sample = draw(found, args.n, args.seed)
    print(f"{len(found)} findings at warning or error ({by_sev['error']} errors); "
          f"sample of {len(sample)} with seed {args.seed}")
    if args.cmd == "sample":
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w") as out:
            for f in sample:
                out.write(f"## {key(f, args.tree)} ({f['severity']})\n\n{f['message']}\n\n```\n")
                out.write(context(os.path.join(args.tree, f["path"]), f["start"]["line"]) + "\n```\n\n")
        print(f"wrote {args.out}")
        return
    verdicts = {}
    for row in open(args.review):
        if row.startswith("#") or not row.strip():
            continue
        k, verdict, *reason = row.rstrip("\n").split("\t")
        verdicts[k] = (verdict, reason[0] if reason else "")
    by_rule = collections.defaultdict(collections.Counter)
    unjudged = []
    for f in sample:
        k = key(f, args.tree)
        if k not in verdicts:
            unjudged.append(k)
            continue
        by_rule[f["rule_id"]][verdicts[k][0]] += 1
    real = sum(c["real"] for c in by_rule.values())
    judged = sum(sum(c.values()) for c in by_rule.values())
    for rule in sorted(by_rule):
        c = by_rule[rule]
        print(f"  {rule}: {c['real']} real, {c['false']} false")
    print(f"real: {real} of {judged} judged ({real / max(judged, 1):.0%})")
    stale = sorted(set(verdicts) - {key(f, args.tree) for f in sample})
    if unjudged:
        print(f"{len(unjudged)} sampled findings have no verdict:", *unjudged, sep="\n  ")
    if stale:
        print(f"{len(stale)} verdicts are for findings no longer sampled:", *stale, sep="\n  ")
    sys.exit(1 if unjudged else 0)


if __name__ == "__main__":
    main()
