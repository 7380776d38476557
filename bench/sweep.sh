#!/usr/bin/env bash
# Organisation-sweep scale check (issue 18): the benchmark tree's repositories swept as
# separate repositories in 4 shards run one after another, then merged, against one
# `pinscan scan` of the same tree; alternating runs, medians and the ratio; then whether
# the merged findings equal the single scan's.
#
#   bench/sweep.sh [BIN] [TREE] [RUNS]     # defaults: target/release/pinscan bench/repos 5
#
# TREE is a folder of repositories (bench/repos.sh builds the 56 of ../shared/bench/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(realpath "${1:-$here/../target/release/pinscan}")"
tree="$(realpath "${2:-$here/repos}")"
runs="${3:-5}"
shards=4
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$tree" && find . -mindepth 1 -maxdepth 1 -type d ! -name '.*' | sed 's#^\./##' | sort) >"$work/list.txt"
echo "tree: $tree ($(wc -l <"$work/list.txt") repositories), $shards shards, $runs runs"
now() { date +%s.%N; }
single=() sweep=()
for i in $(seq "$runs"); do
  s=$(now)
  (cd "$tree" && "$bin" scan . --format json --fail-on none -q -o "$work/single.json")
  e=$(now); single+=("$(echo "$e - $s" | bc)")
  rm -rf "$work/results"; s=$(now)
  for k in $(seq "$shards"); do
    (cd "$tree" && "$bin" sweep --list "$work/list.txt" --shard "$k/$shards" -o "$work/results" -q) || [ $? -eq 1 ]
  done
  "$bin" merge "$work/results" --format json -o "$work/merged.json"
  e=$(now); sweep+=("$(echo "$e - $s" | bc)")
  printf '  run %d: scan %6.2f s   sweep+merge %6.2f s\n' "$i" "${single[-1]}" "${sweep[-1]}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ms=$(median "${single[@]}") mw=$(median "${sweep[@]}")
printf 'median: scan %.2f s, sweep+merge %.2f s, ratio %.2f (target <= 1.3)\n' "$ms" "$mw" "$(echo "$mw / $ms" | bc -l)"
python3 - "$work/single.json" "$work/merged.json" <<'PY'
import collections, json, sys
single, merged = (json.load(open(p)) for p in sys.argv[1:3])
def key(f, prefix=""):
    ca = (f.get("ca") or {}).get("name")
    return (prefix + f["path"], f["start"]["line"], f["start"]["column"], f["rule_id"], f["severity"], f.get("value"), ca)
a = collections.Counter(key(f) for f in single["findings"])
b = collections.Counter(key(f, f["repository"].split("/")[-1] + "/") for f in merged["findings"])
print(f"findings: scan {sum(a.values())}, merged sweep {sum(b.values())}; "
      f"only in the scan {sum((a - b).values())}, only in the sweep {sum((b - a).values())}")
for k in sorted(a - b):
    print("  only in the scan:", k[0], k[1], k[3])
PY
