#!/usr/bin/env bash
# End-to-end check of the pinscan wheel and the wheel-based pre-commit hook.
#
#   scripts/hook-check.sh [WHEEL]     (default: the newest target/wheels/pinscan-*.whl)
#
# 1. Installs WHEEL into a fresh virtual environment and runs `pinscan --version`.
# 2. Copies pre-commit-mirror/ (the hook repository pinscan/pinscan-pre-commit) into a
#    temporary git repository and points a temporary project's .pre-commit-config.yaml at
#    it. The hook's `pip install .` resolves `pinscan==VERSION` from WHEEL's directory only
#    (PIP_NO_INDEX=1, PIP_FIND_LINKS), with a fresh PRE_COMMIT_HOME, so the check proves
#    that this wheel (not one from PyPI) blocks the commit. Then checks the first
#    `pre-commit run --all-files` and three `--files` runs, and prints the first run's wall
#    time and the size of PRE_COMMIT_HOME (targets: under 20 s, under 50 MB).
#
# Network: only for tools, once. pre-commit (into a venv) and the mirror's build backend
# (setuptools, one wheel) come from PyPI and are kept in target/hook-check/ for later runs.
# Everything the hook installs comes from local files.
#
# Prints PASS/FAIL per check and exits 1 if any check failed. Missed size or time targets
# are reported as warnings (they depend on the virtualenv version and the machine).
# KEEP=1 keeps the temporary directory.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/target/hook-check"

if [[ $# -ge 1 ]]; then
    wheel=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
    mapfile -t wheels < <(ls -t "$root"/target/wheels/pinscan-*.whl 2>/dev/null)
    if [[ ${#wheels[@]} -eq 0 ]]; then
        echo "hook-check.sh: no wheel in target/wheels; run scripts/wheel.sh first" >&2
        exit 2
    fi
    wheel=${wheels[0]}
fi
[[ -f "$wheel" ]] || { echo "hook-check.sh: no such wheel: $wheel" >&2; exit 2; }

# pinscan-0.1.0-py3-none-manylinux_2_34_x86_64.whl -> 0.1.0
wheel_version=$(basename "$wheel" | cut -d- -f2)
mirror_pin=$(sed -n 's/.*"pinscan==\([^"]*\)".*/\1/p' "$root/pre-commit-mirror/pyproject.toml")
mirror_version=$(sed -n 's/^version = "\([^"]*\)"$/\1/p' "$root/pre-commit-mirror/pyproject.toml")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pinscan-hook-check.XXXXXX")
if [[ "${KEEP:-0}" == 1 ]]; then
    echo "hook-check.sh: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi

failures=0
check() { # check NAME CONDITION-STATUS [DETAIL]
    if [[ "$2" == 0 ]]; then
        echo "PASS  $1"
    else
        echo "FAIL  $1${3:+ ($3)}"
        failures=$((failures + 1))
    fi
}
mentions() { grep -q -- "$2" "$1"; } # mentions FILE TEXT

echo "wheel: $wheel ($(stat -c %s "$wheel") bytes)"

# --- 1. a fresh virtual environment installs the wheel ---------------------------------
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index "$wheel"
check "pip installs the wheel into a fresh venv" $?
version_line=$("$tmp/venv/bin/pinscan" --version 2>&1)
status=$?
echo "      pinscan --version: $version_line"
[[ $status == 0 && "$version_line" == "pinscan $wheel_version"* ]]
check "pinscan --version runs and names version $wheel_version" $?

[[ "$mirror_pin" == "$wheel_version" && "$mirror_version" == "$wheel_version" ]]
check "pre-commit-mirror/pyproject.toml pins this version" $? \
    "version $mirror_version, pin pinscan==$mirror_pin, wheel $wheel_version"

force_exclude=1
if ! "$tmp/venv/bin/pinscan" scan --help | grep -q -- '--force-exclude'; then
    force_exclude=0
fi
check "pinscan scan accepts --force-exclude (the hook's entry uses it)" $((1 - force_exclude)) \
    "this binary lacks it: the hook below runs WITHOUT the flag, a local experiment only"

# --- tools: pre-commit and the mirror's build backend, cached under target/ -----------
mkdir -p "$tools/wheelhouse"
if [[ ! -x "$tools/pre-commit-venv/bin/pre-commit" ]]; then
    python3 -m venv "$tools/pre-commit-venv"
    "$tools/pre-commit-venv/bin/python" -m pip install --quiet --disable-pip-version-check pre-commit ||
        { echo "hook-check.sh: cannot install pre-commit from PyPI" >&2; exit 2; }
fi
if ! ls "$tools"/wheelhouse/setuptools-*.whl >/dev/null 2>&1; then
    "$tools/pre-commit-venv/bin/python" -m pip download --quiet --disable-pip-version-check \
        --only-binary :all: --no-deps -d "$tools/wheelhouse" 'setuptools>=61' ||
        { echo "hook-check.sh: cannot download setuptools from PyPI" >&2; exit 2; }
fi
pre_commit="$tools/pre-commit-venv/bin/pre-commit"
echo "      $("$pre_commit" --version)"

# The hook's package index: this wheel and the build backend, nothing else.
mkdir -p "$tmp/wheelhouse"
cp "$wheel" "$tools"/wheelhouse/setuptools-*.whl "$tmp/wheelhouse/"

git_() { git -c user.name=hook-check -c user.email=hook-check@example.invalid \
    -c commit.gpgsign=false -c init.defaultBranch=main "$@"; }

# --- the hook repository: a copy of pre-commit-mirror/ ---------------------------------
cp -r "$root/pre-commit-mirror" "$tmp/mirror"
if [[ $force_exclude == 0 ]]; then
    sed -i 's/ --force-exclude//' "$tmp/mirror/.pre-commit-hooks.yaml"
fi
git_ -C "$tmp/mirror" init --quiet
git_ -C "$tmp/mirror" add -A
git_ -C "$tmp/mirror" commit --quiet -m mirror
mirror_rev=$(git -C "$tmp/mirror" rev-parse HEAD)

# --- the project that uses the hook --------------------------------------------------
proj="$tmp/project"
mkdir -p "$proj/src/app" "$proj/vendor"
cat >"$proj/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $tmp/mirror
    rev: $mirror_rev
    hooks:
      - id: pinscan
EOF
cat >"$proj/.pinscan.toml" <<'EOF'
exclude = ["vendor/**"]

[[allow]]
value = "73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74"
reason = "the service is moving to the platform store in the next release"
EOF
# A pinned SHA-1 thumbprint of an Azure root CA (Baltimore CyberTrust Root): must block.
cat >"$proj/src/app/client.py" <<'EOF'
"""Client for the telemetry ingestion gateway."""
import hashlib
import socket
import ssl

# SHA-1 thumbprint of the CA the gateway's certificate chains to.
GATEWAY_CA_THUMBPRINT = "D4DE20D05E66FC53FE1A50882C78DB2852CAE474"


def open_channel(host: str, port: int = 443) -> ssl.SSLSocket:
    context = ssl.create_default_context()
    sock = context.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
    chain = sock.get_verified_chain()
    if hashlib.sha1(chain[-1]).hexdigest().upper() != GATEWAY_CA_THUMBPRINT:
        sock.close()
        raise ssl.SSLError("gateway certificate does not chain to the pinned CA")
    return sock
EOF
# The same kind of pin (DigiCert Global Root G2), silenced inline.
cat >"$proj/src/app/billing_legacy.py" <<'EOF'
import hashlib

# pinscan: ignore the v1 billing gateway is switched off with release 4.2
BILLING_GATEWAY_THUMBPRINT = "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4"


def is_billing_gateway(der: bytes) -> bool:
    return hashlib.sha1(der).hexdigest().upper() == BILLING_GATEWAY_THUMBPRINT
EOF
# Allowed by the root .pinscan.toml (Microsoft RSA Root Certificate Authority 2017).
cat >"$proj/src/app/allowed.py" <<'EOF'
import hashlib

RSA_ROOT_2017_SHA1 = "73A5E64A3BFF8316FF0EDCCC618A906E4EAE4D74"


def chains_to_rsa_root(der: bytes) -> bool:
    return hashlib.sha1(der).hexdigest().upper() == RSA_ROOT_2017_SHA1
EOF
# Excluded by the root .pinscan.toml.
cat >"$proj/vendor/x.py" <<'EOF'
import hashlib

UPSTREAM_CA_SHA1 = "D4DE20D05E66FC53FE1A50882C78DB2852CAE474"


def upstream_ok(der: bytes) -> bool:
    return hashlib.sha1(der).hexdigest().upper() == UPSTREAM_CA_SHA1
EOF
git_ -C "$proj" init --quiet
git_ -C "$proj" add -A
git_ -C "$proj" commit --quiet -m project

export PRE_COMMIT_HOME="$tmp/pre-commit-home"
export PIP_NO_INDEX=1 PIP_FIND_LINKS="$tmp/wheelhouse" PIP_DISABLE_PIP_VERSION_CHECK=1
export PRE_COMMIT_COLOR=never
run() { # run LOG ARGS...: pre-commit run in the project, output to LOG, returns its status
    local log=$1
    shift
    (cd "$proj" && "$pre_commit" run --verbose "$@") >"$log" 2>&1
}

# --- 2. the first run: installs the hook, then blocks the thumbprint ------------------
start=$(date +%s%N)
run "$tmp/first.log" --all-files
first_status=$?
end=$(date +%s%N)
first_ms=$(((end - start) / 1000000))
echo "----- first pre-commit run --all-files (exit $first_status) -----"
sed 's/^/      | /' "$tmp/first.log"
echo "-----"
grep -q 'Installing environment' "$tmp/first.log"
check "the first run installs the hook environment" $?
[[ $first_status != 0 ]] && mentions "$tmp/first.log" "src/app/client.py" &&
    mentions "$tmp/first.log" "PIN102"
check "the first run fails on the pinned thumbprint in src/app/client.py (PIN102)" $?
! mentions "$tmp/first.log" "billing_legacy.py"
check "the inline 'pinscan: ignore' silences src/app/billing_legacy.py" $?
! mentions "$tmp/first.log" "vendor/x.py"
check "vendor/x.py, named by pre-commit, is excluded by the root .pinscan.toml" $?
! mentions "$tmp/first.log" "allowed.py"
check "the root .pinscan.toml [[allow]] silences src/app/allowed.py" $?

# --- 3. files in a subfolder, alone: the root .pinscan.toml still applies -------------
run "$tmp/vendor.log" pinscan --files vendor/x.py
status=$?
[[ $status == 0 ]] && ! mentions "$tmp/vendor.log" "vendor/x.py"
check "pre-commit run --files vendor/x.py passes (root exclude found from vendor/)" $? \
    "exit $status; output: $(grep -m1 -E 'vendor/x.py|error' "$tmp/vendor.log")"
run "$tmp/allowed.log" pinscan --files src/app/allowed.py
status=$?
[[ $status == 0 ]] && ! mentions "$tmp/allowed.log" "PIN102"
check "pre-commit run --files src/app/allowed.py passes (root [[allow]] found from src/app/)" $? \
    "exit $status; output: $(grep -m1 -E 'allowed.py:|error' "$tmp/allowed.log")"
run "$tmp/client.log" pinscan --files src/app/client.py
status=$?
[[ $status != 0 ]] && mentions "$tmp/client.log" "src/app/client.py"
check "pre-commit run --files src/app/client.py still fails" $?

# --- figures ---------------------------------------------------------------------------
cache_kb=$(du -sk "$PRE_COMMIT_HOME" | cut -f1)
echo "first run wall time: $((first_ms / 1000)).$(printf '%03d' $((first_ms % 1000))) s (target < 20 s)"
echo "PRE_COMMIT_HOME: $(du -sh "$PRE_COMMIT_HOME" | cut -f1) ($cache_kb KiB; target < 50 MB)"
if [[ $first_ms -ge 20000 ]]; then echo "WARN  the first run took 20 s or more"; fi
if [[ $cache_kb -ge 51200 ]]; then
    echo "WARN  PRE_COMMIT_HOME is 50 MB or more; largest parts:"
    du -sk "$PRE_COMMIT_HOME"/*/* 2>/dev/null | sort -rn | head -n 3 | sed 's/^/      /'
fi

if [[ $failures -gt 0 ]]; then
    echo "hook-check: $failures check(s) failed"
    exit 1
fi
echo "hook-check: all checks passed"
