#!/usr/bin/env bash
# Negative check on code no one here wrote: scan the crate sources that this build
# downloads (cargo's registry src/ folder) and print the findings by rule.
#   scripts/sweep-registry.sh            # summary by rule
#   scripts/sweep-registry.sh --list     # plus every finding (path:line rule value)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fetch --quiet
cargo build --release --quiet          # also unpacks every fetched crate into registry/src
src="${CARGO_HOME:-$HOME/.cargo}/registry/src"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
./target/release/pinscan scan "$src" --no-ignore --hidden --format json --fail-on none -o "$out" || status=$?
python3 - "$out" "$src" "${1:-}" <<'PY'
import json, sys, collections
doc = json.load(open(sys.argv[1])); root = sys.argv[2].rstrip('/') + '/'
s = doc["stats"]
print(f"scanned {s['files_scanned']} files ({s['bytes_scanned'] / 1e6:.1f} MB) under {root}")
by_rule = collections.Counter((f["rule_id"], f["rule_name"]) for f in doc["findings"])
by_sev = collections.Counter(f["severity"] for f in doc["findings"])
print(f"{len(doc['findings'])} findings ({dict(by_sev)}), {len(doc['errors'])} errors, skipped {s['skipped']}")
for (rid, name), n in sorted(by_rule.items()):
    print(f"  {rid} {name:<32} {n}")
if sys.argv[3] == "--list":
    for f in doc["findings"]:
        ca = f.get("ca", {}).get("name", "")
        print(f"{f['path'].replace(root, '')}:{f['start']['line']} {f['rule_id']} {f['severity']} {ca} | {f['matched'][:90]!r}")
PY
exit "$status"
