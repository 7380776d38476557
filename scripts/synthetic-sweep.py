#!/usr/bin/env python3
"""Write synthetic `pinscan sweep` result files for measuring `pinscan merge` at scale.

    scripts/synthetic-sweep.py OUT_DIR [REPOSITORIES] [FINDINGS]

writes REPOSITORIES result files (default 10,000) holding FINDINGS findings in all (default
200,000; each repository gets between 0 and twice the mean, the total is exact), one
repository in every hundred failed (no report), into OUT_DIR/<owner>/<name>.json. Findings look like a
real scan's: every field of `pinscan scan --format json`, a catalog CA on about one in three,
a parsed certificate on one in twenty. Deterministic (fixed seed): the same arguments write
the same bytes. Measure with

    /usr/bin/time -f "%e s %M KB" target/release/pinscan merge OUT_DIR -o inventory.json
"""

import json
import os
import random
import sys

CAS = [
    ("DigiCert Global Root G2", "root", "active", "2038-01-15", 1),
    ("Baltimore CyberTrust Root", "root", "expired", "2025-05-12", 0),
    ("DigiCert Global Root CA", "root", "retiring", "2031-11-10", 2),
    ("Microsoft RSA Root Certificate Authority 2017", "root", "active", "2042-07-18", 5),
    ("Microsoft ECC Root Certificate Authority 2017", "root", "active", "2042-07-18", 6),
    ("Microsoft Azure RSA TLS Issuing CA 04", "intermediate", "retiring", "2028-05-25", 30),
    ("Microsoft Azure TLS Issuing CA 01", "intermediate", "expired", "2024-06-27", 40),
    ("DigiCert Global Root G3", "root", "active", "2038-01-15", 3),
]
RULES = [
    ("PIN101", "spki-sha256-pin", "spki-hash"),
    ("PIN102", "sha256-thumbprint", "thumbprint"),
    ("PIN202", "certificate-file", "embedded-cert"),
    ("PIN301", "custom-trust-store", "narrow-trust-store"),
    ("PIN401", "custom-verify-callback", "custom-verify"),
    ("PIN501", "verify-false", "verification-disabled"),
    ("PIN601", "okhttp-certificate-pinner", "pin-config"),
    ("PIN701", "tls-1-0", "deprecated-tls"),
]
FILES = ["src/client.py", "src/net/tls.go", "app/src/main/java/com/acme/Pins.java",
         "config/network_security_config.xml", "lib/http.ts", "certs/root.pem",
         "internal/transport/transport.go", "Sources/App/Pinning.swift", "tests/test_tls.py"]


def finding(rnd, i):
    rule_id, rule_name, kind = rnd.choice(RULES)
    severity = rnd.choices(["error", "warning", "note"], [1, 6, 2])[0]
    path = rnd.choice(FILES)
    line = rnd.randint(1, 2000)
    value = "%064x" % rnd.getrandbits(256)
    f = {
        "rule_id": rule_id,
        "rule_name": rule_name,
        "kind": kind,
        "severity": severity,
        "confidence": rnd.choice(["high", "medium", "low"]),
        "path": path,
        "start": {"line": line, "column": 9},
        "end": {"line": line, "column": 73},
        "byte_start": line * 40,
        "byte_end": line * 40 + 64,
        "matched": value,
        "value": value,
        "message": "SHA-256 pin of a certificate compared with the peer's: the connection "
                   "breaks when the service's certificate or CA rotates",
        "advice": "Trust the platform store, or pin every root the service may move to; "
                  "see https://learn.microsoft.com/azure/security/fundamentals/azure-ca-details",
        "fingerprint": "%016x" % rnd.getrandbits(64),
    }
    if rnd.random() < 0.33:
        name, role, status, not_after, index = rnd.choice(CAS)
        f["ca"] = {"name": name, "role": role, "status": status, "not_after": not_after,
                   "issuer": "CN=%s,O=DigiCert Inc,C=US" % name, "matched_by": "sha256",
                   "index": index}
        f["message"] += "; depends on %s (%s CA, %s, valid until %s)" % (name, role, status,
                                                                         not_after)
        if rnd.random() < 0.15:
            f["certificate"] = {
                "subject": "CN=%s,O=DigiCert Inc,C=US" % name, "issuer": "CN=%s" % name,
                "common_name": name, "serial_hex": "%032x" % rnd.getrandbits(128),
                "not_before": "2013-08-01", "not_after": not_after,
                "not_after_unix": 2147169600, "is_ca": True, "self_signed": True,
                "key": "RSA 2048", "sha1_hex": "%040x" % rnd.getrandbits(160),
                "sha256_hex": value, "spki_sha256_hex": "%064x" % rnd.getrandbits(256),
                "spki_sha256_b64": "i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY="}
    return f


def main():
    out = sys.argv[1]
    repos = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 200_000
    rnd = random.Random(18)
    mean = total // repos
    counts = [0 if r % 100 == 99 else rnd.randint(0, 2 * mean) for r in range(repos)]
    # Make the total exact (failed repositories have none).
    diff = total - sum(counts)
    i = 0
    while diff:
        step = 1 if diff > 0 else -1
        if i % repos % 100 != 99 and counts[i % repos] + step >= 0:
            counts[i % repos] += step
            diff -= step
        i += 1
    for r, n in enumerate(counts):
        owner, name = "org%03d" % (r % 500), "repo%05d" % r
        failed = r % 100 == 99
        findings = [] if failed else [finding(rnd, k) for k in range(n)]
        findings.sort(key=lambda f: (f["path"], f["start"]["line"], f["rule_id"]))
        report = None if failed else {
            "version": 1,
            "tool": {"name": "pinscan", "version": "0.1.0", "catalog": "2026-11-23"},
            "findings": findings, "errors": [], "skipped": [], "unused_suppressions": [],
            "stats": {"files_seen": 1000, "files_scanned": 990,
                      "findings": {"error": 0, "warning": 0, "note": 0}},
        }
        doc = {
            "pinscan_sweep_result": 1,
            "repository": {"name": "%s/%s" % (owner, name),
                           "source": "https://github.com/%s/%s.git" % (owner, name),
                           "url": "https://github.com/%s/%s" % (owner, name),
                           "commit": "%040x" % rnd.getrandbits(160)},
            "status": "failed" if failed else "ok",
            "error": "git clone: exit status 128" if failed else None,
            "report": report,
        }
        os.makedirs(os.path.join(out, owner), exist_ok=True)
        with open(os.path.join(out, owner, name + ".json"), "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
    print("%d result files (%d failed), %d findings in %s"
          % (repos, repos // 100, sum(counts), out), file=sys.stderr)


if __name__ == "__main__":
    main()
