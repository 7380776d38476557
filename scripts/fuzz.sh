#!/usr/bin/env bash
# Build the cargo-fuzz targets in fuzz/ and run each for SECONDS_PER_TARGET seconds
# (default 60), seeded from corpus/ files of the matching kind (`detect`: every file, as
# its extension on the first line and its contents after it). Prints executions per
# target; exits non-zero when a target crashes (the input is left in fuzz/artifacts/).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]        FUZZ_JOBS=2 runs two targets at a time
#   FUZZ_TARGETS="cert_parse detect" scripts/fuzz.sh 30
#
# cargo-fuzz needs nightly flags; on a stable toolchain RUSTC_BOOTSTRAP=1 enables them.
set -euo pipefail

seconds="${1:-60}"
jobs="${FUZZ_JOBS:-1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fuzz="$root/fuzz"
logs="$fuzz/target/logs"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz is missing: cargo install cargo-fuzz" >&2
    exit 2
fi

all_targets=(cert_parse config_parse detect)
read -r -a targets <<<"${FUZZ_TARGETS:-${all_targets[*]}}"

# Seed files for a target: find(1) name patterns under corpus/ (and tests/data/).
seeds() {
    case "$1" in
        cert_parse) echo '*.pem *.crt *.cer *.der *.p7b *.p7c' ;;
        config_parse) echo '*.toml' ;;
        detect) echo '*.*' ;;
        *) echo "fuzz.sh: unknown target $1" >&2; return 1 ;;
    esac
}

seed() {
    local target="$1" dir="$fuzz/corpus/$1" pattern
    mkdir -p "$dir"
    local patterns
    read -r -a patterns <<<"$(seeds "$target")"   # no pathname expansion of the patterns
    for pattern in "${patterns[@]}"; do
        find "$root/corpus" "$root/tests/data" -type f -name "$pattern" -size -256k -print0 |
            while IFS= read -r -d '' f; do
                # Content-addressed names: re-seeding never duplicates.
                local name="$dir/seed-$(sha1sum "$f" | cut -c1-16)"
                if [ "$target" = detect ]; then
                    # detect's input: the extension on the first line, then the file.
                    { printf '%s\n' "${f##*.}"; cat "$f"; } >"$name"
                else
                    cp "$f" "$name"
                fi
            done
    done
    if [ "$target" = config_parse ]; then
        cp "$root"/rules/PIN*.toml "$dir/" 2>/dev/null || true
        cat >"$dir/seed-config" <<'TOML'
fail-on = "error"
exclude = ["vendor/**", "docs/"]
demote-test-paths = true
ca-bundles = ["certs/private-ca.pem"]
expiry-window = 60

[rules]
disable = ["PIN103", "ca-name-compare"]
severity = { PIN202 = "note" }

[[allow]]
value = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
reason = "staging endpoint, pinned on purpose"
rule = "PIN101"
TOML
    fi
}

run_one() {
    local target="$1" log="$logs/$1.log" status=0
    mkdir -p "$fuzz/artifacts/$target"
    # The binaries built above, run directly: `cargo fuzz run` would rebuild (with other
    # flags, or because src/ changed meanwhile) and serialise parallel runs on cargo's lock.
    (cd "$fuzz" && "$bin_dir/$target" "corpus/$target" \
        -artifact_prefix="$fuzz/artifacts/$target/" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"$log" 2>&1) || status=$?
    local execs
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    if [ -z "$execs" ]; then
        execs="$(grep -aoE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 | tr -dc '0-9')"
    fi
    if [ "$status" -eq 0 ]; then
        printf '%-20s ok     %12s executions in %ss\n' "$target" "${execs:-?}" "$seconds"
    else
        printf '%-20s FAILED %12s executions (exit %s); log %s\n' "$target" "${execs:-?}" "$status" "$log"
        grep -aE '(==[0-9]+==|panicked at|SUMMARY|Test unit written|ALARM|out-of-memory)' "$log" | head -n 8 | sed 's/^/    /'
    fi
    return "$status"
}

mkdir -p "$logs"
echo "building fuzz targets..."
(cd "$fuzz" && cargo fuzz build) >"$logs/build.log" 2>&1 || {
    tail -n 30 "$logs/build.log" >&2
    exit 2
}
for t in "${targets[@]}"; do seed "$t"; done
bin_dir="$fuzz/target/$(rustc -vV | sed -n 's/^host: //p')/release"

failed=0
pids=()
names=()
for t in "${targets[@]}"; do
    run_one "$t" &
    pids+=("$!")
    names+=("$t")
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
done
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { failed=1; echo "crash or error in ${names[$i]}: see fuzz/artifacts/${names[$i]}/" >&2; }
done
exit "$failed"
