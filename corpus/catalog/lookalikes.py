"""Near misses of catalog values: reported as pins, but they must not resolve to a CA."""

# Typo in the last digit of a root's SHA-1 thumbprint: still a pin, but of no known CA.
PINNED_THUMBPRINT = "73a5e64a3bff8316ff0edccc618a906e4eae4d75"  # pinscan-expect: PIN102


# A generated key hash that looks like an SPKI pin of no catalog CA.
BACKUP_PINS = ["sha256/4naEJxjpS2kzpYRuUVLc/aPwKur4p1HsnkRcvbK3e8E="]  # pinscan-expect: PIN101


# Serial one digit off a root's serial.
EXPECTED_ROOT_SERIAL = "055556bcf25ea43535c3a40fd5ab4573"  # pinscan-expect: PIN103


# ---------------------------------------------------------------------------
# Everything below is silent: catalog-looking values outside a pinning context.
# (Hashes here are one digit off catalog digests, so no rule may resolve them.)
# ---------------------------------------------------------------------------

# The vendored pin list is pinned to git commit df3c24f9bfd666761b268073fe06d1cc8d4f82a5 upstream.
VENDORED_FROM = "https://github.com/contoso/pinlists"


# Release checksum of the fingerprint tool's archive (sha256sum), verified before unpacking.
FPTOOL_ARCHIVE_CHECKSUM = "cb3ccbb76031e5e0138f8dd39a23f9de47ffc35e43c1144cea27d46a5ab1cb5e"


# Hardware inventory: a device serial that happens to equal a root CA's serial.
device_serial = "083be056904246b1a1756ac95991c74a"


# A label shown in the admin UI, not compared with any certificate.
ROOT_LABEL = "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US"
