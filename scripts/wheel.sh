#!/usr/bin/env bash
# Builds the Linux wheel of the pinscan binary with maturin (pyproject.toml: `bin`
# bindings, stripped, Cargo profile `dist`) into target/wheels/, then prints the wheel's path, size and the
# build time.
#
# Uses `maturin` from PATH; without one, installs maturin (the version range of
# pyproject.toml's build-system) from PyPI into a virtual environment under target/.
# Honours CARGO_TARGET_DIR for the cargo build. Extra arguments go to `maturin build`.
#
#   scripts/wheel.sh
#   CARGO_TARGET_DIR=/tmp/t scripts/wheel.sh --compatibility manylinux2014
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out="$root/target/wheels"
mkdir -p "$out"

maturin=$(command -v maturin || true)
if [[ -z "$maturin" ]]; then
    venv="$root/target/maturin-venv"
    if [[ ! -x "$venv/bin/maturin" ]]; then
        echo "wheel.sh: maturin not on PATH; installing it into $venv" >&2
        python3 -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check 'maturin>=1.5,<2'
    fi
    maturin="$venv/bin/maturin"
fi
echo "wheel.sh: $("$maturin" --version)" >&2

start=$(date +%s)
# The newest wheel after the build is the one just written (maturin names it by version
# and platform tag, which this script does not predict).
"$maturin" build --profile dist --locked -b bin --strip -o "$out" "$@"
end=$(date +%s)

mapfile -t wheels < <(ls -t "$out"/pinscan-*.whl)
wheel=${wheels[0]}
bytes=$(stat -c %s "$wheel")
echo "wheel: $wheel"
echo "size: $bytes bytes ($(du -h "$wheel" | cut -f1))"
echo "build time: $((end - start)) s"
