#!/bin/sh
# Health check of the storage front door: pins the root key with curl.
set -eu
ROOT_KEY='sha256//i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=' # pinscan-expect: PIN101[DigiCert Global Root G2]@warning
curl --fail --silent --pinnedpubkey "$ROOT_KEY" https://contoso.blob.core.windows.net/health
