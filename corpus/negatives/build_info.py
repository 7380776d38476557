"""Build metadata stamped into the wheel by ``scripts/stamp_version.py``.

Do not edit by hand: the release pipeline rewrites this module before packaging.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# Commit the artefact was built from (full SHA-1 of HEAD at build time).
BUILD_COMMIT = "7649f50b92c514709c0508cb70920b0da015b66d"
BUILD_COMMIT_SHORT = BUILD_COMMIT[:10]
BUILD_DATE = "2024-06-11T08:42:17Z"
BUILD_NUMBER = 4187

# The vendored protobuf definitions are pinned to this upstream commit; bump it with
# `make update-protos` and regenerate.
PROTOS_UPSTREAM_COMMIT = "7383856f9064eb2e2ea7553fb81a0f31da96f57f"
PROTOS_SOURCE = (
    "https://raw.githubusercontent.com/contoso/platform-apis/"
    + PROTOS_UPSTREAM_COMMIT
    + "/proto/billing/v2/invoice.proto"
)

# Known-good commit of the schema repo, used when SCHEMA_REF is not set.
DEFAULT_SCHEMA_REF = "e78fd45bdf81bac20982fe7283cbf6fb680b5fca"

UPSTREAM_TREE_URL = "https://github.com/contoso/platform-apis/tree/e7ba31db915b89d37ef03351dcaec2be284b2942/proto"
RELEASE_COMMIT_URL = f"https://github.com/contoso/billing-service/commit/{BUILD_COMMIT}"


@dataclass(frozen=True)
class BuildInfo:
    commit: str
    short: str
    date: str
    number: int
    dirty: bool

    @property
    def commit_url(self) -> str:
        return f"https://github.com/contoso/billing-service/commit/{self.commit}"


def current() -> BuildInfo:
    """Return the build info, letting CI override the commit for nightly rebuilds."""
    commit = os.environ.get("GIT_COMMIT", BUILD_COMMIT)
    return BuildInfo(
        commit=commit,
        short=commit[:10],
        date=BUILD_DATE,
        number=BUILD_NUMBER,
        dirty=os.environ.get("GIT_DIRTY") == "1",
    )


def user_agent() -> str:
    return f"billing-service/{BUILD_NUMBER} (+{BUILD_COMMIT_SHORT})"
