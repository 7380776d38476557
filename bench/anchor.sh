#!/usr/bin/env bash
# The anchor: pinscan against ripgrep 15 running the pinning regexes of
# ../shared/bench/rg-union.txt on the 56-repository tree (bench/repos, built by
# bench/repos.sh), the way a user would grep for pins instead of running pinscan.
#
#   bench/anchor.sh            # output also saved to bench/results/anchor-latest.txt
#
# What it runs, from the repository root, all output to /dev/null:
#   rg -c -f UNION TREE
#   pinscan scan TREE --format json --fail-on none -q -o /dev/null
# alternating (rg, pinscan, rg, pinscan, ...) after WARMUP warm-up(s) of each, every run
# under GNU time for wall seconds and peak RSS; then pinscan alone on the 2x tree (two
# hard-linked copies of TREE), one --stats run (per-phase summary, 10 slowest files), and
# two pre-commit-style runs on 20 named files (with pinning; without any).
#
# Environment:
#   RUNS        timed runs of each tool on TREE (default 5)
#   RUNS_2X     timed pinscan runs on the 2x tree (default 3)
#   WARMUP      untimed warm-up runs of each command before the timed ones (default 1)
#   SKIP_2X=1   skip the 2x tree
#   SKIP_BUILD=1  use the existing target/release/pinscan (default: cargo build --release)
#   THREADS     passed as -j to both tools (default: unset, each tool's own thread count)
#   UNION       ripgrep pattern file (default ../shared/bench/rg-union.txt, beside the repo)
#   TREE        the tree (default bench/repos; a relative path is taken from the repository
#               root). bench/repos is built with bench/repos.sh when it is missing.
#   TREE2X      the 2x tree (default TREE followed by 2x: bench/repos2x, git-ignored), made
#               with `cp -al TREE TREE2X/a` and `.../b` when missing
# ripgrep: `rg` on PATH if it is 15 or newer, else ~/.cargo/bin/rg, else
# `cargo install --locked ripgrep`. Debian's ripgrep 13 is several times slower on the union.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
RES="$BENCH/results"
RUNS="${RUNS:-5}"
RUNS_2X="${RUNS_2X:-3}"
WARMUP="${WARMUP:-1}"
THREADS="${THREADS:-}"
UNION="${UNION:-$REPO/../shared/bench/rg-union.txt}"
TREE="${TREE:-bench/repos}"
cd "$REPO"
TREE2X="${TREE2X:-${TREE%/}2x}"
mkdir -p "$RES"
OUT="$RES/anchor-latest.txt"
exec > >(tee "$OUT") 2>&1

say() { printf '\n== %s\n' "$*"; }
die() { echo "anchor.sh: $*" >&2; exit 2; }

# --- the tree --------------------------------------------------------------------------
if [[ ! -d "$TREE" ]]; then
  [[ "$TREE" == bench/repos ]] || die "no tree at $TREE"
  echo "no bench/repos: building it with bench/repos.sh"
  "$BENCH/repos.sh"
fi
[[ -f "$UNION" ]] || die "no ripgrep pattern file at $UNION (set UNION=)"

# --- ripgrep 15 or newer ---------------------------------------------------------------
rg_major() { { "$1" --version 2>/dev/null || true; } | awk 'NR == 1 {split($2, v, "."); m = v[1]} END {print m + 0}'; }
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
RG=""
if command -v rg >/dev/null && (( $(rg_major rg) >= 15 )); then
  RG="$(command -v rg)"
elif [[ -x "$CARGO_BIN/rg" ]] && (( $(rg_major "$CARGO_BIN/rg") >= 15 )); then
  RG="$CARGO_BIN/rg"
else
  echo "no ripgrep 15 or newer: cargo install --locked ripgrep"
  cargo install --locked ripgrep
  RG="$CARGO_BIN/rg"
  (( $(rg_major "$RG") >= 15 )) || die "cargo install did not give ripgrep 15 or newer"
fi

# --- pinscan ---------------------------------------------------------------------------
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "building: cargo build --release"
  cargo build --release -q
fi
[[ -x target/release/pinscan ]] || die "no target/release/pinscan (run without SKIP_BUILD=1)"
# A private copy, so a rebuild by someone else during the run cannot change the binary.
PINSCAN="$RES/anchor-pinscan"
cp target/release/pinscan "$PINSCAN"
BUILT="$(date -u -r target/release/pinscan +%Y-%m-%dT%H:%M:%SZ)"

# --- a timer: GNU time, else Debian's `time` package, else python3 ---------------------
TIMER=()
if [[ ! -x /usr/bin/time ]] && command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
  echo "installing Debian's time package (for /usr/bin/time)"
  apt-get install -y -q time >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q time >/dev/null 2>&1; } || true
fi
if [[ -x /usr/bin/time ]]; then
  TIMER=(/usr/bin/time -f '%e %M' -o)
  TIMER_NAME="GNU time (/usr/bin/time -f '%e %M')"
else
  # Same output as `/usr/bin/time -f '%e %M' -o FILE CMD...`: wall seconds, peak RSS KiB.
  TIMER=(python3 -c '
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - t
with open(sys.argv[1], "w") as f:
    f.write(f"{wall:.2f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\n")
sys.exit(rc)')
  TIMER_NAME="python3 (perf_counter, getrusage(RUSAGE_CHILDREN).ru_maxrss)"
fi

J=()
[[ -n "$THREADS" ]] && J=(-j "$THREADS")
RG_CMD=("$RG" -c -f "$UNION" "${J[@]}")
PIN_CMD=("$PINSCAN" scan --format json --fail-on none -q -o /dev/null "${J[@]}")
ERR="$(mktemp)"; TIMES="$(mktemp)"
trap 'rm -f "$ERR" "$TIMES"' EXIT

# timed NAME OKCODES CMD...: one run, output to /dev/null; sets SECS, KIB. Prints the
# run's stderr and fails when the exit code is not one of OKCODES ("0 1" for rg).
timed() {
  local name="$1" ok="$2" rc; shift 2
  set +e
  "${TIMER[@]}" "$TIMES" "$@" >/dev/null 2>"$ERR"
  rc=$?
  set -e
  if [[ " $ok " != *" $rc "* ]]; then
    echo "  $name exited with $rc:"; head -20 "$ERR" | sed 's/^/    /'
    exit 1
  fi
  # GNU time writes "Command exited with non-zero status N" first when rc != 0.
  read -r SECS KIB < <(tail -1 "$TIMES")
}

# median of the arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

# --- environment -----------------------------------------------------------------------
read -r TREE_FILES TREE_BYTES < <(find "$TREE" -type f -printf '%s\n' | awk '{n++; s += $1} END {printf "%d %.0f\n", n, s}')
say "environment"
echo "  date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  machine:  $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
ver="$("$PINSCAN" --version)"
echo "  pinscan:  commit $(git rev-parse --short HEAD), ${ver%%$'\n'*}, binary built $BUILT"
echo "  ripgrep:  $RG ($("$RG" --version | head -1))"
echo "  tree:     $TREE: $TREE_FILES files, $(awk -v b="$TREE_BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB (every regular file; both tools skip git-ignored ones; rg skips hidden files, pinscan scans them)"
[[ -f "$TREE/corpus-manifest.tsv" ]] && echo "            $(awk -F'\t' 'NR > 1 {f += $5; b += $6; n++} END {printf "%d repositories in corpus-manifest.tsv (bench/repos.sh)", n}' "$TREE/corpus-manifest.tsv")"
echo "  union:    $UNION ($(grep -c . "$UNION") regexes)"
echo "  threads:  ${THREADS:-unset (each tool picks its own)}"
echo "  timer:    $TIMER_NAME"
echo "  rg:       ${RG_CMD[*]} $TREE"
echo "  pinscan:  ${PIN_CMD[*]} $TREE"

# --- 1x: alternating -------------------------------------------------------------------
say "1x: $TREE, rg and pinscan alternating, $WARMUP warm-up(s) then $RUNS run(s) each"
rg_s=(); rg_k=(); pin_s=(); pin_k=()
for ((i = 1 - WARMUP; i <= RUNS; i++)); do
  if ((i < 1)); then label="warm-up"; else label="run $i/$RUNS"; fi
  timed rg "0 1" "${RG_CMD[@]}" "$TREE"
  printf '  %-9s rg       %7.2f s %8s MiB\n' "$label" "$SECS" "$(mib "$KIB")"
  ((i < 1)) || { rg_s+=("$SECS"); rg_k+=("$KIB"); }
  timed pinscan "0" "${PIN_CMD[@]}" "$TREE"
  printf '  %-9s pinscan  %7.2f s %8s MiB\n' "$label" "$SECS" "$(mib "$KIB")"
  ((i < 1)) || { pin_s+=("$SECS"); pin_k+=("$KIB"); }
done
RG_MED="$(median "${rg_s[@]}")"; PIN_MED="$(median "${pin_s[@]}")"
echo
printf '  median   rg       %7.2f s %8s MiB\n' "$RG_MED" "$(mib "$(median "${rg_k[@]}")")"
printf '  median   pinscan  %7.2f s %8s MiB\n' "$PIN_MED" "$(mib "$(median "${pin_k[@]}")")"
awk -v p="$PIN_MED" -v r="$RG_MED" 'BEGIN {printf "  ratio: %.2f (target <= 1.5)   pinscan/rg, medians of wall time\n", p / r}'

# --- 2x --------------------------------------------------------------------------------
if [[ "${SKIP_2X:-0}" != 1 ]]; then
  for half in a b; do
    if [[ ! -d "$TREE2X/$half" ]]; then
      echo; echo "  making $TREE2X/$half: cp -al $TREE $TREE2X/$half"
      mkdir -p "$TREE2X"
      rm -rf "$TREE2X/$half.partial"
      cp -al "$TREE" "$TREE2X/$half.partial"
      mv "$TREE2X/$half.partial" "$TREE2X/$half"
    fi
  done
  say "2x: $TREE2X (two hard-linked copies of $TREE), pinscan, $WARMUP warm-up(s) then $RUNS_2X run(s)"
  p2_s=(); p2_k=()
  for ((i = 1 - WARMUP; i <= RUNS_2X; i++)); do
    if ((i < 1)); then label="warm-up"; else label="run $i/$RUNS_2X"; fi
    timed pinscan "0" "${PIN_CMD[@]}" "$TREE2X"
    printf '  %-9s pinscan  %7.2f s %8s MiB\n' "$label" "$SECS" "$(mib "$KIB")"
    ((i < 1)) || { p2_s+=("$SECS"); p2_k+=("$KIB"); }
  done
  P2_MED="$(median "${p2_s[@]}")"
  echo
  printf '  median   pinscan  %7.2f s %8s MiB\n' "$P2_MED" "$(mib "$(median "${p2_k[@]}")")"
  awk -v b="$P2_MED" -v a="$PIN_MED" 'BEGIN {printf "  2x/1x: %.2f (target <= 2.1)   pinscan medians, 2x tree against the 1x runs above\n", b / a}'
fi

# --- --stats ---------------------------------------------------------------------------
say "pinscan --stats on $TREE (one run each: text summary, then JSON for the slowest files)"
"$PINSCAN" scan "$TREE" --format text --color never --fail-on none -q --stats "${J[@]}" \
  -o "$RES/anchor-stats-1x.txt"
# pinscan's own summary: the last lines of its text report, from "N finding(s): ..." on
# (the "slow file:" lines are left out here; the JSON run's list follows).
awk '/^[0-9]+ finding\(s\): / {on = 1} on && !/^slow file: / {print "  " $0}' "$RES/anchor-stats-1x.txt"
"$PINSCAN" scan "$TREE" --format json --fail-on none -q --stats "${J[@]}" \
  -o "$RES/anchor-stats-1x.json"
python3 - "$RES/anchor-stats-1x.json" "$TREE" <<'EOF'
import json, os, sys
doc = json.load(open(sys.argv[1])); tree = sys.argv[2].rstrip("/") + "/"
t = doc["stats"]["timings"]
phases = {k[:-3]: v for k, v in t.items() if k.endswith("_ms") and k != "elapsed_ms"}
total = sum(phases.values())
print(f"\n  JSON run: {t['elapsed_ms'] / 1000:.2f} s wall; phases summed over threads {total / 1000:.2f} s:")
for k, v in sorted(phases.items(), key=lambda kv: -kv[1]):
    print(f"    {k:10} {v / 1000:7.2f} s {100 * v / max(total, 1e-9):5.1f}%")
slow = t.get("slowest", [])[:10]
over = sum(1 for f in slow if f["ms"] > 50)
print(f"\n  {len(slow)} slowest files (ms, path under {tree}); {over} over 50 ms (marked !):")
for f in slow:
    p = f["path"][len(tree):] if f["path"].startswith(tree) else f["path"]
    print(f"    {f['ms']:8.1f} {'!' if f['ms'] > 50 else ' '} {p}")
    nb, pb = f.get("bytes", 0), f.get("parsed_bytes", 0)
    parsed = ("not parsed" if pb == 0 else
              f"parse {f.get('parse_ms', 0):.1f} ms" + (f" over {pb} of its bytes" if pb < nb else ""))
    print(f"             why: {nb} bytes; {parsed}, queries {f.get('query_ms', 0):.1f} ms, "
          f"text rules {f.get('regex_ms', 0):.1f} ms, passes {f.get('resolve_ms', 0):.1f} ms")
packs = sorted(t.get("compiled", {}).items(), key=lambda kv: -kv[1])
print(f"\n  query packs compiled on first use: {len(packs)}, {sum(v for _, v in packs) / 1000:.2f} s"
      " (not counted in file times); slowest:")
for name, v in packs[:10]:
    print(f"    {v:8.1f}   {name}")
EOF

# --- pre-commit style ------------------------------------------------------------------
say "pre-commit style: pinscan scan f1 ... f20, whole process, 1 warm-up then 21 runs"
mapfile -t PIN_FILES < <(find corpus -type f \( -name '*.py' -o -name '*.js' -o -name '*.ts' \
  -o -name '*.java' -o -name '*.go' -o -name '*.rs' -o -name '*.cs' -o -name '*.kt' \
  -o -name '*.swift' -o -name '*.rb' -o -name '*.php' -o -name '*.c' -o -name '*.cpp' \
  -o -name '*.m' -o -name '*.tsx' \) | sort | head -20)
CLEAN_DIR="$TREE/tokio-rs__tokio/tokio/src"
CLEAN_FILES=()
[[ -d "$CLEAN_DIR" ]] && mapfile -t CLEAN_FILES < <(find "$CLEAN_DIR" -name '*.rs' | sort | head -20)

# precommit LABEL TARGET_MS FILES...: findings, then median and min of 21 timed runs
precommit() {
  local label="$1" target="$2"; shift 2
  "$PINSCAN" scan "$@" --format json --fail-on none -q -o "$TIMES" "${J[@]}"
  python3 - "$label" "$target" "$TIMES" "$#" "$(cat "$@" | wc -c)" "$@" -- "${PIN_CMD[@]}" "$@" <<'EOF'
import json, statistics, subprocess, sys, time
label, target, report, n, nbytes = sys.argv[1:6]
rest = sys.argv[6:]; sep = rest.index("--"); files, cmd = rest[:sep], rest[sep + 1:]
found = len(json.load(open(report))["findings"])
print(f"  ({label}) {n} files, {int(nbytes) / 1000:.1f} KB, {found} finding(s): {files[0]} ... {files[-1]}")
def once():
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ms = (time.perf_counter() - t) * 1000
    if r.returncode != 0:
        sys.exit(f"  pinscan exited with {r.returncode}: {r.stderr.decode(errors='replace')[:2000]}")
    return ms
once()
ms = [once() for _ in range(21)]
print(f"  ({label}) median {statistics.median(ms):.1f} ms, min {min(ms):.1f} ms, max {max(ms):.1f} ms "
      f"(target < {target} ms)")
if label == "b":
    print("  (b) pinscan reports 0 findings on these files, as it should" if found == 0
          else f"  (b) WARNING: {found} finding(s) on files chosen as holding no pinning")
EOF
}
echo "  (a) the first 20 source files of corpus/ (they hold pinning)"
precommit a 60 "${PIN_FILES[@]}"
echo
if ((${#CLEAN_FILES[@]} == 20)); then
  echo "  (b) the first 20 .rs files of $CLEAN_DIR (no pinning)"
  precommit b 30 "${CLEAN_FILES[@]}"
else
  echo "  (b) skipped: fewer than 20 .rs files under $CLEAN_DIR"
fi

echo
echo "saved: $OUT"
