#!/usr/bin/env bash
# Assemble the pinscan benchmark corpus: >= 1 GB of real-world source that nobody on this
# project wrote, fetched ONLY from package registries (crates.io, npm, PyPI, Debian), with
# every top-level version pinned here. Idempotent: a part that is already there is skipped.
#
#   bench/corpus.sh            # fetch into bench/data/{crates,npm,pypi,java}, print summary
#   bench/corpus.sh --double   # also make bench/data2x (two hard-linked copies of data/)
#   bench/corpus.sh --summary  # only print / rewrite the summary
#
# The summary (files and bytes by language and extension) is printed and written to
# bench/corpus-summary.txt, which is committed. Downloads stay under bench/data/ (ignored).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="$BENCH/data"
WORK="$DATA/.work"          # throwaway projects, tarballs, .debs
mkdir -p "$DATA" "$WORK"

DOUBLE=0
ONLY_SUMMARY=0
for arg in "$@"; do
  case "$arg" in
    --double) DOUBLE=1 ;;
    --summary) ONLY_SUMMARY=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[corpus] %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------
# crates.io: a throwaway cargo project depending on large crates, then `cargo vendor`
# (every transitive dependency for every target platform). The lock file the first run
# resolved is kept in bench/corpus-crates.lock (committed) so later runs vendor the same
# versions.
CRATES=(
  'windows = "=0.58.0"'
  'windows-sys = "=0.59.0"'
  'web-sys = { version = "=0.3.72", features = ["Window", "Document", "WebSocket", "RtcPeerConnection"] }'
  'aws-sdk-ec2 = "=1.274.0"'
  'aws-sdk-s3 = "=1.157.0"'
  'aws-sdk-iam = "=1.95.0"'
  'aws-sdk-sagemaker = "=1.170.0"'
  'azure_mgmt_network = "=0.21.0"'
  'azure_mgmt_compute = "=0.21.0"'
  'azure_mgmt_storage = "=0.21.0"'
  'google-compute1 = "=6.0.0+20240604"'
  'async-stripe = { version = "=0.39.1", features = ["runtime-tokio-hyper"] }'
  'openssl = "0.10"'
  'rustls = "0.23"'
  'webpki-roots = "1"'
  'rustls-native-certs = "0.8"'
  'reqwest = { version = "0.12", features = ["rustls-tls", "native-tls"] }'
  'tokio = { version = "1.40", features = ["full"] }'
  'syn = { version = "2", features = ["full", "extra-traits", "visit", "visit-mut", "fold"] }'
  'regex = "1"'
  'libc = "0.2"'
  'icu_properties = "2"'
)

fetch_crates() {
  local dest="$DATA/crates"
  if [[ -f "$dest/.complete" ]]; then log "crates: present"; return; fi
  log "crates: resolving and vendoring ${#CRATES[@]} top-level crates"
  local proj="$WORK/crates-project"
  rm -rf "$proj"; mkdir -p "$proj/src"
  {
    echo '[package]'
    echo 'name = "pinscan-bench-corpus"'
    echo 'version = "0.0.0"'
    echo 'edition = "2021"'
    echo 'publish = false'
    echo
    echo '[dependencies]'
    printf '%s\n' "${CRATES[@]}"
  } > "$proj/Cargo.toml"
  echo 'fn main() {}' > "$proj/src/main.rs"
  if [[ -f "$BENCH/corpus-crates.lock" ]]; then
    cp "$BENCH/corpus-crates.lock" "$proj/Cargo.lock"
  fi
  rm -rf "$dest.tmp"
  (cd "$proj" && cargo vendor --versioned-dirs -q "$dest.tmp" >/dev/null)
  [[ -f "$BENCH/corpus-crates.lock" ]] || cp "$proj/Cargo.lock" "$BENCH/corpus-crates.lock"
  rm -rf "$dest"; mv "$dest.tmp" "$dest"
  touch "$dest/.complete"
}

# ---------------------------------------------------------------------------------------
# npm: `npm pack` each package (the published tarball, no dependencies), unpacked into
# bench/data/npm/<name>@<version>/.
NPM=(
  typescript@5.6.3
  aws-sdk@2.1692.0
  googleapis@144.0.0
  monaco-editor@0.52.0
  @azure/arm-network@33.5.0
  @azure/arm-compute@22.3.0
  @aws-sdk/client-ec2@3.692.0
  three@0.170.0
  echarts@5.5.1
  pdfjs-dist@4.8.69
  node-forge@1.3.1
  firebase@11.0.2
  @angular/core@19.0.0
  lodash@4.17.21
  rxjs@7.8.1
  mongodb@6.10.0
  tedious@18.6.1
  pg@8.13.1
  mysql2@3.11.4
  undici@6.21.0
  axios@1.7.7
  webpack@5.96.1
  eslint@9.15.0
  @types/node@22.9.1
)

fetch_npm() {
  local dest="$DATA/npm" tarballs="$WORK/npm-tarballs"
  mkdir -p "$dest" "$tarballs"
  local spec dir tgz
  for spec in "${NPM[@]}"; do
    dir="$dest/${spec//\//__}"
    if [[ -f "$dir/.complete" ]]; then continue; fi
    log "npm: $spec"
    rm -rf "$dir"; mkdir -p "$dir"
    if ! tgz=$(cd "$tarballs" && npm pack --silent "$spec" 2>/dev/null | tail -1) || [[ -z "$tgz" ]]; then
      log "npm: $spec FAILED (not in the registry?); skipped"; rm -rf "$dir"; continue
    fi
    tar -xzf "$tarballs/$tgz" -C "$dir"
    touch "$dir/.complete"
  done
}

# ---------------------------------------------------------------------------------------
# PyPI: source distributions only (`--no-binary :all: --no-deps`), unpacked into
# bench/data/pypi/<name>-<version>/.
PYPI=(
  Django==5.1.3
  botocore==1.35.66
  boto3==1.35.66
  azure-mgmt-network==28.0.0
  azure-mgmt-compute==33.0.0
  azure-mgmt-web==7.3.1
  azure-mgmt-sql==3.0.1
  azure-mgmt-containerservice==32.1.0
  azure-mgmt-datafactory==9.0.0
  azure-mgmt-apimanagement==4.0.1
  azure-mgmt-storage==21.2.1
  azure-storage-blob==12.24.0
  azure-identity==1.19.0
  azure-core==1.32.0
  google-api-python-client==2.154.0
  requests==2.32.3
  urllib3==2.2.3
  certifi==2024.8.30
  pyOpenSSL==24.2.1
  Twisted==24.10.0
  sympy==1.13.3
)

fetch_pypi() {
  local dest="$DATA/pypi" sdists="$WORK/sdists"
  mkdir -p "$dest" "$sdists"
  local spec name dir f
  for spec in "${PYPI[@]}"; do
    dir="$dest/${spec/==/-}"
    if [[ -f "$dir/.complete" ]]; then continue; fi
    log "pypi: $spec"
    rm -rf "$dir" "$sdists/$spec"; mkdir -p "$dir" "$sdists/$spec"
    # --no-binary NAME (not :all:): the sdist of NAME, while pip may still take wheels of
    # the build backend it runs to read the sdist's metadata.
    name="${spec%%==*}"
    if ! pip download -q --no-binary "$name" --no-deps -d "$sdists/$spec" "$spec" >/dev/null 2>&1; then
      log "pypi: $spec FAILED (no sdist of that version?); skipped"; rm -rf "$dir"; continue
    fi
    for f in "$sdists/$spec"/*; do
      case "$f" in
        *.tar.gz|*.tgz) tar -xzf "$f" -C "$dir" ;;
        *.zip) unzip -q -o "$f" -d "$dir" ;;
        *) log "pypi: unexpected file $f" ;;
      esac
    done
    touch "$dir/.complete"
  done
}

# ---------------------------------------------------------------------------------------
# Debian: the OpenJDK 17 class library source (src.zip of openjdk-17-source).
JDK_VERSION='17.0.19+10-1~deb12u2'   # bookworm main; falls back to the current candidate

fetch_java() {
  local dest="$DATA/java"
  if [[ -f "$dest/.complete" ]]; then log "java: present"; return; fi
  log "java: openjdk-17-source $JDK_VERSION"
  local debs="$WORK/debs"
  rm -rf "$debs"; mkdir -p "$debs"
  (cd "$debs" && { apt-get download -q "openjdk-17-source=$JDK_VERSION" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && apt-get download -q "openjdk-17-source=$JDK_VERSION" >/dev/null 2>&1; } \
      || { log "java: pinned version gone, taking the candidate"; apt-get download -q openjdk-17-source >/dev/null; }; })
  dpkg -x "$debs"/openjdk-17-source_*.deb "$debs/x"
  rm -rf "$dest"; mkdir -p "$dest"
  unzip -q -o "$(find "$debs/x" -name src.zip | head -1)" -d "$dest/openjdk-17"
  basename "$debs"/openjdk-17-source_*.deb > "$dest/VERSION"
  rm -rf "$debs/x"
  touch "$dest/.complete"
}

# ---------------------------------------------------------------------------------------
# Summary: files and bytes by language and by extension.
summary() {
  local roots=()
  for d in crates npm pypi java; do [[ -d "$DATA/$d" ]] && roots+=("$DATA/$d"); done
  find "${roots[@]}" -type f ! -name .complete ! -name .cargo-checksum.json -printf '%s\t%H\t%f\t%P\n' \
  | awk -F'\t' -v data="$DATA" '
    function lang(e) {
      if (e=="rs") return "Rust";
      if (e=="js"||e=="mjs"||e=="cjs"||e=="jsx") return "JavaScript";
      if (e=="ts"||e=="mts"||e=="cts"||e=="tsx") return "TypeScript";
      if (e=="py"||e=="pyi") return "Python";
      if (e=="java") return "Java";
      if (e=="c"||e=="h"||e=="cc"||e=="cpp"||e=="hpp"||e=="cxx") return "C/C++";
      if (e=="json") return "JSON";
      if (e=="md"||e=="rst"||e=="txt"||e=="html"||e=="htm") return "docs/text";
      if (e=="toml"||e=="yaml"||e=="yml"||e=="xml"||e=="ini"||e=="cfg") return "config";
      if (e=="pem"||e=="crt"||e=="cer"||e=="der"||e=="p7b") return "certificates";
      if (e=="map") return "source-maps";
      return "other";
    }
    {
      size=$1; name=$3;
      n=split(name, parts, ".");
      ext = (n>1) ? tolower(parts[n]) : "(none)";
      if (length(ext) > 8) ext="(other)";
      l=lang(ext);
      part=$2; sub(/.*\//, "", part);
      pkg=$4; sub(/\/.*/, "", pkg); pkg=part "/" pkg;
      files++; bytes+=size;
      lf[l]++; lb[l]+=size; ef[ext]++; eb[ext]+=size; pf[part]++; pb[part]+=size;
      kf[pkg]++; kb[pkg]+=size;
    }
    END {
      printf "pinscan benchmark corpus (bench/data): %d files, %.1f MB (%d bytes)\n\n", files, bytes/1e6, bytes;
      printf "%-14s %10s %12s\n", "part", "files", "MB";
      for (p in pf) printf "%-14s %10d %12.1f\n", p, pf[p], pb[p]/1e6 | "sort -k3 -rn";
      close("sort -k3 -rn");
      printf "\n%-44s %10s %12s   (top 20 packages)\n", "package", "files", "MB";
      for (k in kf) printf "%-44s %10d %12.1f\n", k, kf[k], kb[k]/1e6 | "sort -k3 -rn | head -20";
      close("sort -k3 -rn | head -20");
      printf "\n%-14s %10s %12s\n", "language", "files", "MB";
      for (l in lf) printf "%-14s %10d %12.1f\n", l, lf[l], lb[l]/1e6 | "sort -k3 -rn";
      close("sort -k3 -rn");
      printf "\n%-14s %10s %12s   (top 25 extensions)\n", "extension", "files", "MB";
      for (e in ef) printf "%-14s %10d %12.1f\n", e, ef[e], eb[e]/1e6 | "sort -k3 -rn | head -25";
      close("sort -k3 -rn | head -25");
    }'
}

write_summary() {
  local out
  out="$(summary)"
  {
    echo "$out"
    echo
    echo "crates.io (cargo vendor, lock: bench/corpus-crates.lock):"
    printf '  %s\n' "${CRATES[@]}"
    echo "npm (npm pack): ${NPM[*]}"
    echo "PyPI (sdists): ${PYPI[*]}"
    echo "Debian: $(cat "$DATA/java/VERSION" 2>/dev/null || echo "openjdk-17-source $JDK_VERSION") (lib/src.zip)"
  } > "$BENCH/corpus-summary.txt"
  echo "$out"
}

make_double() {
  local dest="$BENCH/data2x"
  if [[ -f "$dest/.complete" ]]; then log "data2x: present"; return; fi
  log "data2x: two hard-linked copies of data/ (crates npm pypi java)"
  rm -rf "$dest"; mkdir -p "$dest/a" "$dest/b"
  for d in crates npm pypi java; do
    cp -al "$DATA/$d" "$dest/a/$d"
    cp -al "$DATA/$d" "$dest/b/$d"
  done
  touch "$dest/.complete"
}

if [[ $ONLY_SUMMARY -eq 0 ]]; then
  fetch_java
  fetch_pypi
  fetch_npm
  fetch_crates
fi
write_summary
if [[ $DOUBLE -eq 1 ]]; then make_double; fi
