#!/usr/bin/env bash
# Installs the pinned CLI tools into ./bin. Each download is checked against the
# sha256 recorded below; a mismatch aborts the install.
set -euo pipefail

BIN_DIR="${BIN_DIR:-$(pwd)/bin}"
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"
ARCH="$(uname -m)"
mkdir -p "$BIN_DIR"

declare -A SHA256=(
  [kubectl-linux-x86_64]=a17e26326838d632ba1b58496387b97074e061de81181a185e63089625b6afbf
  [kubectl-linux-aarch64]=64e5177b89bc150e97c1b1f54c3c69194eb76bc235568b83ed07418418e709f7
  [kubectl-darwin-arm64]=96b329aabf62f893d8070c4bd8f2ee865d992ebc86a140b3117478bc6a63393d
  [yq-linux-x86_64]=f03bb66c27e187811b55427d7c7918b224a3f6abd5f70260a2c843fbceabc420
  [yq-linux-aarch64]=2563f7156b4e4d0f3a3a37c033f8df6b04177ca9258774a9b69bd4d3acd477e3
  [yq-darwin-arm64]=8754e1fb15d1a1c7533206ddd4f810744939656aa7748d2e451d49830a17e375
)

KUBECTL_VERSION=v1.30.1
YQ_VERSION=v4.44.1

fetch() {
  local name="$1" url="$2" dest="$3"
  local want="${SHA256[${name}-${OS}-${ARCH}]}"
  curl -fsSL --retry 3 -o "$dest" "$url"
  if command -v sha256sum >/dev/null; then
    echo "${want}  ${dest}" | sha256sum -c --quiet -
  else
    echo "${want}  ${dest}" | shasum -a 256 -c --quiet -
  fi
  chmod +x "$dest"
}

case "$ARCH" in
  x86_64) GOARCH=amd64 ;;
  aarch64|arm64) GOARCH=arm64 ;;
  *) echo "unsupported arch $ARCH" >&2; exit 1 ;;
esac

fetch kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/${OS}/${GOARCH}/kubectl" "$BIN_DIR/kubectl"
fetch yq "https://github.com/mikefarah/yq/releases/download/${YQ_VERSION}/yq_${OS}_${GOARCH}" "$BIN_DIR/yq"

# helm's installer script, pinned to a commit rather than main
HELM_INSTALLER_COMMIT=b652f1b35362b5b28a857ae9dd1e7262cf5c27a7
curl -fsSL "https://raw.githubusercontent.com/helm/helm/${HELM_INSTALLER_COMMIT}/scripts/get-helm-3" -o /tmp/get-helm-3
echo "99273a1f38637a9703224e978d0c95df60185e7ef5038622207c925f65b4f84f  /tmp/get-helm-3" | sha256sum -c -
HELM_INSTALL_DIR="$BIN_DIR" USE_SUDO=false bash /tmp/get-helm-3

echo "tools installed in $BIN_DIR"
