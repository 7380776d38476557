#!/usr/bin/env python3
"""Write src/prefilter-grams.txt: the most common case-folded four-byte sequences
("grams") in source code, for the prefilter's choice of each keyword's gram
(src/prefilter.rs picks the keyword's rarest gram; a gram missing from this list is
rarer than every gram in it).

Usage: scripts/prefilter-grams.py [TREE] [MEGABYTES] [COUNT] > src/prefilter-grams.txt
  TREE       a tree of real code (default: bench/repos)
  MEGABYTES  how much text to sample from it (default: 48)
  COUNT      how many grams to keep (default: 4096)

The sample is deterministic: the text files (no NUL in their first 8 KB, under 1 MB,
outside .git) in path order, every n-th one so that the sample spreads over the tree.
Bytes are folded as the prefilter folds them (`b | 0x20`). Each output line is the
gram's four folded bytes in hex (first byte first) and its count per 10^8 positions.
"""

import os
import sys
from collections import Counter


def text_files(tree):
    for root, dirs, files in os.walk(tree):
        dirs[:] = sorted(d for d in dirs if d != ".git")
        for name in sorted(files):
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            size = os.path.getsize(path)
            if 0 < size < 1 << 20:
                yield path, size


def main():
    tree = sys.argv[1] if len(sys.argv) > 1 else "bench/repos"
    budget = int(sys.argv[2] if len(sys.argv) > 2 else 48) << 20
    keep = int(sys.argv[3] if len(sys.argv) > 3 else 4096)
    files = list(text_files(tree))
    total = sum(size for _, size in files)
    step = max(1, total // budget)
    fold = bytes(b | 0x20 for b in range(256))
    counts = Counter()
    positions = 0
    for n, (path, _) in enumerate(files):
        if n % step:
            continue
        with open(path, "rb") as f:
            data = f.read()
        if b"\0" in data[:8192]:
            continue
        data = data.translate(fold)
        counts.update(data[i : i + 4] for i in range(len(data) - 3))
        positions += max(0, len(data) - 3)
    print("# Most common case-folded 4-byte grams in a sample of real code, written by")
    print("# scripts/prefilter-grams.py; read by src/prefilter.rs (compiled in).")
    print(f"# {positions} positions sampled; gram (hex, first byte first), count per 1e8 positions.")
    for gram, count in counts.most_common(keep):
        print(f"{gram.hex()} {count * 100_000_000 // positions}")


if __name__ == "__main__":
    main()
