#!/usr/bin/env bash
# pinscan benchmark: wall time, peak RSS and throughput of `pinscan scan` against ripgrep
# searching the same literal triggers (the prefilter's keywords) on the same corpus, the
# 2x corpus, a pre-commit-style run on 20 named files, and pinscan's own --stats.
#
#   bench/corpus.sh --double   # first: the corpus (bench/data) and the 2x corpus (bench/data2x)
#   bench/run.sh               # output also saved to bench/results/latest.txt
#
# Environment: THREADS (default: nproc), RUNS (default 5), WARMUP (default 1), RUNS_2X
# (default: RUNS), CORPUS, CORPUS2, SKIP_BUILD=1 (use the existing target/release/pinscan),
# SKIP_2X=1, REUSE=1 (keep the 1x/2x timings already in results/), EXCLUDE="GLOB ..." (left out by both tools: pinscan --exclude, rg -g '!GLOB';
# for files that hang pinscan, so the rest can be measured), TIMEOUT (s per run, 1800).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
RES="$BENCH/results"
THREADS="${THREADS:-$(nproc)}"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
RUNS_2X="${RUNS_2X:-$RUNS}"
EXCLUDE="${EXCLUDE:-}"
TIMEOUT="${TIMEOUT:-1800}"   # seconds per timed run; exit code 124 in the table = timed out
CORPUS="${CORPUS:-$BENCH/data}"
CORPUS2="${CORPUS2:-$BENCH/data2x}"
mkdir -p "$RES"
exec > >(tee "$RES/latest.txt") 2>&1

say() { printf '\n== %s\n' "$*"; }

# --- tools ----------------------------------------------------------------------------
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  echo "installing ${missing[*]} from Debian"
  apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "building: cargo build --release"
  (cd "$REPO" && cargo build --release -q)
fi
# A private copy, so a rebuild by someone else during the run cannot change the binary.
cp "$REPO/target/release/pinscan" "$RES/pinscan"
PINSCAN="$RES/pinscan"

python3 "$BENCH/patterns.py" "$REPO" > "$RES/patterns.txt"

[[ -d "$CORPUS" ]] || { echo "no corpus at $CORPUS: run bench/corpus.sh first" >&2; exit 2; }

# --- helpers --------------------------------------------------------------------------
# Files and bytes the tools see: regular files outside hidden directories.
corpus_bytes() { find "$1" -name '.*' -prune -o -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}'; }
corpus_files() { find "$1" -name '.*' -prune -o -type f -print | wc -l; }

pin_x=""; rg_x=""
set -f; for g in $EXCLUDE; do pin_x+=" --exclude $g"; rg_x+=" -g !$g"; done; set +f
pin_cmd() { echo "$PINSCAN scan $1 -q --fail-on none -j $THREADS --format json -o /dev/null$pin_x"; }
# Same literals (fixed strings, ASCII case-insensitive like the prefilter), same thread
# count, same ignore rules (.gitignore honoured, hidden files skipped, no git repository
# required, like pinscan's walker) and the same 10M file-size limit as pinscan's default.
rg_cmd() { echo "rg -i -F -c -f $RES/patterns.txt -j $THREADS --no-messages --no-require-git --max-filesize 10M$rg_x $1"; }

# peak RSS (KiB) and elapsed wall seconds of one run: prints "KIB SECONDS EXIT"
peak() {
  local log; log="$(mktemp)"
  set +e
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local rc=$?
  set -e
  local kib secs
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" \
          | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rm -f "$log"
  echo "$kib $secs $rc"
}

# hyperfine both commands in one invocation (each run under /usr/bin/time for its peak
# RSS; pinscan's runs also write --stats JSON); prints medians, ratio, MB/s, peak RSS
compare() {
  local label="$1" dir="$2" runs="$3" json="$RES/hyperfine-$1.json"
  local bytes files
  bytes=$(corpus_bytes "$dir"); files=$(corpus_files "$dir")
  say "$label: $dir ($files files, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB), -j $THREADS, $runs run(s) after $WARMUP warm-up"
  [[ "${REUSE:-0}" == 1 && -f "$json" ]] || rm -f "$RES/rss-$label-pinscan.log" "$RES/rss-$label-rg.log"
  local pin rg
  pin="$(pin_cmd "$dir" | sed "s|-o /dev/null|--stats -o $RES/stats-$label.json|")"
  rg="$(rg_cmd "$dir")"
  if [[ "${REUSE:-0}" == 1 && -f "$json" ]]; then
    echo "  (REUSE=1: timings of $(date -r "$json" -u +%H:%M:%SZ) from $json)"
  else
  hyperfine -N -i --warmup "$WARMUP" --runs "$runs" --export-json "$json" \
    -n pinscan "/usr/bin/time -f %M -a -o $RES/rss-$label-pinscan.log timeout $TIMEOUT $pin" \
    -n rg "/usr/bin/time -f %M -a -o $RES/rss-$label-rg.log timeout $TIMEOUT $rg" 2>&1 | sed 's/^/  /'
  fi
  python3 - "$json" "$bytes" "$label" "$RES" <<'EOF'
import json, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
nbytes = int(sys.argv[2]); label = sys.argv[3]; res_dir = sys.argv[4]
def peak(name):
    vals = [int(x) for x in open(f"{res_dir}/rss-{label}-{name}.log").read().split() if x.isdigit()]
    return max(vals) if vals else 0
print(f"\n  {label:8} {'median s':>9} {'min s':>7} {'max s':>7} {'MB/s':>7} {'peak RSS MiB':>13} {'exit codes':>10}")
for name in ("pinscan", "rg"):
    r = res[name]
    codes = sorted(set(r.get("exit_codes") or []))
    print(f"  {name:8} {r['median']:9.3f} {r['min']:7.3f} {r['max']:7.3f} {nbytes/1e6/r['median']:7.1f} {peak(name)/1024:13.1f} {str(codes):>10}")
ratio = res["pinscan"]["median"] / res["rg"]["median"]
print(f"  ratio pinscan/rg (medians): {ratio:.2f}x")
with open(sys.argv[1] + ".summary", "w") as f:
    json.dump({"pinscan": res["pinscan"]["median"], "rg": res["rg"]["median"], "ratio": ratio,
               "bytes": nbytes, "pinscan_rss_kib": peak("pinscan"), "rg_rss_kib": peak("rg")}, f)
EOF
}

# --- environment ----------------------------------------------------------------------
say "environment"
echo "  date:      $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  machine:   $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
ver="$("$PINSCAN" --version)"; echo "  pinscan:   ${ver%%$'\n'*}"
echo "  ripgrep:   $(rg --version 2>/dev/null | head -1)"
echo "  hyperfine: $(hyperfine --version)"
echo "  patterns:  $(wc -l < "$RES/patterns.txt") literals (rules/*.toml keywords + PIN401 catalog prefixes)"
echo "  pinscan:   $(pin_cmd '<corpus>')"
echo "  rg:        $(rg_cmd '<corpus>')"
echo "  exclude:   ${EXCLUDE:-(nothing)}"
echo "  page cache warm (corpus read before); hyperfine --warmup $WARMUP --runs $RUNS (2x: $RUNS_2X)"

# --- 1x and 2x corpus -----------------------------------------------------------------
compare 1x "$CORPUS" "$RUNS"
if [[ "${SKIP_2X:-0}" != 1 && -d "$CORPUS2" ]]; then
  compare 2x "$CORPUS2" "$RUNS_2X"
  python3 - "$RES/hyperfine-1x.json.summary" "$RES/hyperfine-2x.json.summary" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
print(f"\n  growth 1x -> 2x (bytes x{b['bytes']/a['bytes']:.2f}): pinscan x{b['pinscan']/a['pinscan']:.2f}, "
      f"rg x{b['rg']/a['rg']:.2f}; peak RSS pinscan {a['pinscan_rss_kib']/1024:.0f} -> {b['pinscan_rss_kib']/1024:.0f} MiB")
EOF
elif [[ "${SKIP_2X:-0}" != 1 ]]; then
  echo; echo "  (no 2x corpus at $CORPUS2: bench/corpus.sh --double makes it)"
fi

# --- pre-commit: 20 named files -------------------------------------------------------
say "pre-commit style: pinscan scan f1 ... f20 (20 files from the corpus, several languages)"
python3 - "$CORPUS" > "$RES/precommit-files.txt" <<'EOF'
# Deterministic pick: for each wanted extension, the files of 4-64 KB in sorted path order,
# taken at evenly spaced positions.
import os, sys
root = sys.argv[1]
want = [("rs", 4), ("py", 4), ("java", 4), ("js", 3), ("ts", 3), ("json", 1), ("toml", 1)]
by_ext = {e: [] for e, _ in want}
for d, dirs, files in os.walk(root):
    dirs[:] = sorted(x for x in dirs if not x.startswith("."))
    for f in sorted(files):
        e = f.rsplit(".", 1)[-1] if "." in f else ""
        if e in by_ext:
            p = os.path.join(d, f)
            if 4096 <= os.path.getsize(p) <= 65536:
                by_ext[e].append(p)
for e, n in want:
    xs = by_ext[e]
    for i in range(n):
        if xs:
            print(xs[(2 * i + 1) * len(xs) // (2 * n)])
EOF
mapfile -t FILES < "$RES/precommit-files.txt"
echo "  ${#FILES[@]} files, $(cat "${FILES[@]}" | wc -c) bytes: $(for f in "${FILES[@]}"; do echo "${f##*.}"; done | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}')"
sed "s|^$CORPUS/|    |" "$RES/precommit-files.txt"
hyperfine -N -i --warmup 3 --runs 30 --export-json "$RES/hyperfine-precommit.json" \
  -n precommit "$PINSCAN scan ${FILES[*]} -q --fail-on none" 2>&1 | sed 's/^/  /'
p=$(peak "$PINSCAN" scan "${FILES[@]}" -q --fail-on none -j "$THREADS")
python3 - "$RES/hyperfine-precommit.json" "$p" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
kib = int(sys.argv[2].split()[0])
print(f"\n  20-file run: median {r['median']*1000:.1f} ms (min {r['min']*1000:.1f}, max {r['max']*1000:.1f}), peak RSS {kib/1024:.1f} MiB")
EOF

# --- where the time went --------------------------------------------------------------
say "where the time went: pinscan --stats of the last timed run (-j $THREADS)"
for label in 1x 2x; do
[[ -f "$RES/stats-$label.json" ]] || continue
echo "  -- $label"
python3 - "$RES/stats-$label.json" "$THREADS" <<'EOF'
import collections, json, sys
doc = json.load(open(sys.argv[1])); threads = int(sys.argv[2])
st = doc["stats"]; t = st.get("timings", {})
print(f"  files seen {st['files_seen']}, scanned {st['files_scanned']}, prefilter hit {st['files_matched']} "
      f"({100*st['files_matched']/max(1,st['files_scanned']):.0f}%), tree-sitter parsed {st['files_parsed']}; "
      f"{st['bytes_scanned']/1e6:.1f} MB scanned")
print(f"  skipped {dict(st['skipped'])}, errors {st['errors']}, suppressed {st['suppressed']}")
print(f"  findings by severity {dict(st['findings'])}")
by_rule = collections.Counter(f["rule_id"] for f in doc["findings"])
print("  findings by rule: " + ", ".join(f"{k} {v}" for k, v in by_rule.most_common()))
if t:
    wall = t["elapsed_ms"]
    stages = {k[:-3]: v for k, v in t.items() if k.endswith("_ms") and k != "elapsed_ms"}
    total = sum(stages.values())
    print(f"  wall {wall/1000:.2f} s; stage time summed over threads {total/1000:.2f} s "
          f"(of {threads} x wall = {threads*wall/1000:.2f} s available)")
    for k, v in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"    {k:10} {v/1000:8.2f} s  {100*v/max(total,1e-9):5.1f}%")
EOF
done
echo
echo "saved: $RES/latest.txt"
