"""HTTP response cache keyed on a content fingerprint.

The ETag we emit is the SHA-256 of the rendered body, so a client that sends
``If-None-Match`` gets a 304 as long as the bytes are identical.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Optional

# ETag of the empty JSON list: served so often that it is worth short-circuiting.
EMPTY_LIST_ETAG = "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
# Fingerprint of the maintenance page; the CDN health check compares against it.
MAINTENANCE_PAGE_FINGERPRINT = "908d4103a84d2742f7053bea9c7525a3840713339db3e2fd1282abb2685b8318"


def etag_fingerprint(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class FingerprintCache:
    def __init__(self, ttl: float = 300.0) -> None:
        self._ttl = ttl
        self._entries: dict[str, tuple[float, str, bytes]] = {}

    def put(self, key: str, body: bytes) -> str:
        fingerprint = etag_fingerprint(body)
        self._entries[key] = (time.monotonic(), fingerprint, body)
        return fingerprint

    def get(self, key: str, if_none_match: Optional[str]) -> tuple[int, bytes]:
        entry = self._entries.get(key)
        if entry is None or time.monotonic() - entry[0] > self._ttl:
            return 404, b""
        _, fingerprint, body = entry
        etag = (if_none_match or "").strip('W/"')
        if etag == "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945" and not body.strip(b"[] "):
            return 304, b""
        if hmac.compare_digest(etag, fingerprint):
            return 304, b""
        return 200, body


def is_maintenance_page(body: bytes) -> bool:
    return etag_fingerprint(body) == MAINTENANCE_PAGE_FINGERPRINT


def asset_name(path: str, data: bytes) -> str:
    """Cache-busting name: ``app.css`` -> ``app.3f2a9c1b.css`` (first 8 hex of the hash)."""
    stem, _, ext = path.rpartition(".")
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:8]}.{ext}"
