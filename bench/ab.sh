#!/usr/bin/env bash
# Compare two pinscan binaries on the same tree, runs alternating (A B A B ...), so that
# load on a shared machine hits both alike: prints each run, then medians, the ratio B/A
# and peak RSS. For "does this change make pinscan slower?":
#
#   git worktree add /tmp/before <rev> && (cd /tmp/before && cargo build --release)
#   bench/ab.sh /tmp/before/target/release/pinscan target/release/pinscan [TREE] [RUNS]
#
# TREE defaults to bench/data (bench/corpus.sh), RUNS to 7 (after one warm-up each).
set -euo pipefail
a="$1" b="$2"
tree="${3:-$(dirname "$0")/data}"
runs="${4:-7}"
threads="${THREADS:-$(nproc)}"
[[ -d "$tree" ]] || { echo "ab.sh: no tree at $tree (run bench/corpus.sh)" >&2; exit 2; }

one() { # BIN -> "SECONDS KIB"
  local log; log="$(mktemp)"
  /usr/bin/time -f '%e %M' -o "$log" "$1" scan "$tree" -q --fail-on none -j "$threads" \
    --format json -o /dev/null || true
  cat "$log"; rm -f "$log"
}

echo "A: $a"; echo "B: $b"; echo "tree: $tree, -j $threads, $runs runs each, alternating"
one "$a" >/dev/null; one "$b" >/dev/null   # warm-up (page cache)
ta=(); tb=(); ma=0; mb=0
for ((i = 1; i <= runs; i++)); do
  read -r sa ka < <(one "$a"); read -r sb kb < <(one "$b")
  ta+=("$sa"); tb+=("$sb")
  ((ka > ma)) && ma=$ka; ((kb > mb)) && mb=$kb
  printf '  run %d: A %6.2f s   B %6.2f s\n' "$i" "$sa" "$sb"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
mda="$(median "${ta[@]}")"; mdb="$(median "${tb[@]}")"
printf 'median: A %.2f s, B %.2f s, B/A %.3f; peak RSS: A %d MiB, B %d MiB\n' \
  "$mda" "$mdb" "$(awk -v a="$mda" -v b="$mdb" 'BEGIN{print b/a}')" $((ma / 1024)) $((mb / 1024))
