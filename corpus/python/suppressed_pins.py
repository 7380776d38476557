"""Pins a team has accepted: suppression comments that name the rule and give the reason.

A comment on a line of its own covers the next line; a trailing one only its own line. The
last comment names a rule that does not fire there: `--report-unused-suppressions` lists it.
"""

import hashlib

# pinscan: ignore[PIN101] staging gateway only; replaced by the platform store in OPS-2141
STAGING_PIN = "sha256/ju7uCfESOMpQ8SSx9FRcGvQc5hVnmAM71EFNpPS/TuI="

APPLIANCE_THUMBPRINT = "68:A3:EA:1E:B9:72:DA:5A:94:28:55:12:1D:56:24:6E:42:65:8F:08"  # pinscan: ignore[hex-thumbprint-pin] partner appliance, rotated by hand

# Not accepted: still reported.
PRODUCTION_PIN = "sha256/MV72z65m2uIBIUOoK3GO2Wvapy3LyUGfGrhEhd8ukDM="  # pinscan-expect: PIN101@warning

# pinscan: ignore[PIN103] the serial check was removed in 2024
RETRY_LIMIT = 3


def thumbprint(der: bytes) -> str:
    return hashlib.sha1(der).hexdigest()
