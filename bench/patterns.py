#!/usr/bin/env python3
"""Print the literal triggers of pinscan's prefilter, one per line, for `rg -i -F -f`.

They are the same literals src/prefilter.rs puts in its Aho-Corasick automaton:
- every `keywords = [...]` of rules/*.toml (`\b` boundary marks removed: rg gets the bare
  literal, pinscan also checks the boundary);
- for catalog-engine rules (PIN401), the keywords src/catalogscan.rs::keywords derives from
  rules/ca/catalog.toml: the first 4 bytes of every sha1 / sha256 / spki_sha256_hex as
  plain, ':', ' ' and '-' separated hex, '0x.., 0x..' and '0x..,0x..' (first two bytes), and
  the first 10 characters of standard and URL-safe base64 of the whole digest.
Lower-cased and de-duplicated like the prefilter (which matches ASCII case-insensitively).

  bench/patterns.py [REPO]            # literals, one per line
  bench/patterns.py [REPO] --regex    # the same as one escaped alternation
"""
import base64
import glob
import os
import re
import sys

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib  # type: ignore


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repo = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    keywords: list[str] = []
    catalog_rules = []
    for path in sorted(glob.glob(os.path.join(repo, "rules", "*.toml"))):
        with open(path, "rb") as f:
            rule = tomllib.load(f)
        # `\bword\b` keywords: the prefilter checks the word boundaries after the literal.
        keywords.extend(k.replace("\\b", "") for k in rule.get("keywords", []))
        if rule.get("engine") == "catalog":
            catalog_rules.append(rule.get("id", path))
    if catalog_rules:
        with open(os.path.join(repo, "rules", "ca", "catalog.toml"), "rb") as f:
            catalog = tomllib.load(f)
        for ca in catalog.get("ca", []):
            for key in ("sha1", "sha256", "spki_sha256_hex"):
                hexstr = ca.get(key)
                if not hexstr or len(hexstr) % 2 or len(hexstr) < 8:
                    continue
                try:
                    raw = bytes.fromhex(hexstr)
                except ValueError:
                    continue
                head = [f"{b:02x}" for b in raw[:4]]
                keywords.append("".join(head))
                for sep in (":", " ", "-"):
                    keywords.append(sep.join(head))
                keywords.append(f"0x{head[0]}, 0x{head[1]}")
                keywords.append(f"0x{head[0]},0x{head[1]}")
                keywords.append(base64.standard_b64encode(raw).decode()[:10])
                keywords.append(base64.urlsafe_b64encode(raw).decode()[:10])
    seen: set[str] = set()
    out = []
    for kw in keywords:
        k = kw.lower()
        if k and k not in seen:
            seen.add(k)
            out.append(k)
    if "--regex" in sys.argv:
        print("|".join(re.escape(k) for k in out))
    else:
        print("\n".join(out))


if __name__ == "__main__":
    main()
