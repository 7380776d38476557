#!/usr/bin/env bash
# Compare findings with and without the query shortcuts on a tree (gates; partial parsing
# of large files around gate words), and time the runs.
# Usage: scripts/gate-check.sh [PINSCAN_BINARY] TREE [GLOB ...]
#   scripts/gate-check.sh target/release/pinscan bench/data '*.java' '*.kt'
# Prints the two wall times and any finding that only one of the runs reports.
set -euo pipefail
bin=${1:?binary}; tree=${2:?tree}; shift 2
globs=()
for g in "$@"; do globs+=(-g "$g"); done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {
  local out=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$bin" scan "$tree" "${globs[@]}" -q --fail-on none --format json -o "$out" "$@"
  t1=$(date +%s.%N)
  echo "$(basename "$out" .json): $(echo "$t1 - $t0" | bc) s"
}
run "$tmp/gated.json"
run "$tmp/whole.json" --no-partial-parse
run "$tmp/ungated.json" --no-gates
key='.findings[] | "\(.path):\(.start.line):\(.start.column) \(.rule_id) \(.severity) \(.value // "")"'
jq -r "$key" "$tmp/gated.json" | sort >"$tmp/g"
jq -r "$key" "$tmp/whole.json" | sort >"$tmp/w"
jq -r "$key" "$tmp/ungated.json" | sort >"$tmp/u"
echo "findings: $(wc -l <"$tmp/g") gated, $(wc -l <"$tmp/w") gated parsing whole files, $(wc -l <"$tmp/u") ungated"
status=0
if diff "$tmp/w" "$tmp/g" >"$tmp/d"; then
  echo "partial parsing: same findings"
else
  echo "partial parsing: DIFFERENT (< only parsing whole files, > only parsing in part):"
  cat "$tmp/d"
  status=1
fi
if diff "$tmp/u" "$tmp/g" >"$tmp/d"; then
  echo "gates: same findings"
else
  echo "gates: DIFFERENT (< only without gates, > only with gates):"
  cat "$tmp/d"
  status=1
fi
exit "$status"
