#!/usr/bin/env bash
# Build the 56-repository source tree of ../shared/bench (corpus-repos.txt) from local
# snapshots, the same tree as ../shared/bench/corpus.sh builds. git archive reads every
# blob even when a pathspec excludes it, and snapshots lack blobs of 4 MiB and more, so
# this extracts through a temporary index from which the missing blobs are removed.
#   MIRROR_DIR  folder of snapshots, OWNER+NAME/repo (default /work/.mirror)
#   CORPUS_DIR  where to extract (default bench/repos, git-ignored)
#   REPOS       list of repositories (default ../shared/bench/corpus-repos.txt)
# Writes CORPUS_DIR/corpus-manifest.tsv: repo, language, commit, date, files, bytes.
# Nothing from the snapshots is run: no hooks, no attributes, no filters (checkout-index
# of a bare object store with a temporary index, and core.hooksPath=/dev/null).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
MIRROR_DIR=${MIRROR_DIR:-/work/.mirror}
CORPUS_DIR=${CORPUS_DIR:-$here/repos}
REPOS=${REPOS:-$here/../../shared/bench/corpus-repos.txt}
mkdir -p "$CORPUS_DIR"
CORPUS_DIR=$(cd "$CORPUS_DIR" && pwd)
manifest="$CORPUS_DIR/corpus-manifest.tsv"
done_dir="$CORPUS_DIR.done"   # one marker per extracted repository, outside the tree
mkdir -p "$done_dir"
printf 'repo\tlang\tcommit\tdate\tfiles\tbytes\n' > "$manifest"
safe_git() { GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git -c core.hooksPath=/dev/null -c core.fsmonitor=false "$@"; }
grep -v '^#' "$REPOS" | while read -r repo lang; do
  [ -n "$repo" ] || continue
  git_dir="$MIRROR_DIR/${repo/\//+}/repo"
  dest="$CORPUS_DIR/${repo/\//__}"
  if [ ! -d "$git_dir" ]; then echo "missing snapshot: $repo" >&2; continue; fi
  if [ ! -f "$done_dir/${repo/\//__}" ]; then
    rm -rf "$dest"; mkdir -p "$dest"
    index=$(mktemp); rm -f "$index"
    GIT_INDEX_FILE=$index safe_git --git-dir="$git_dir" read-tree HEAD
    safe_git --git-dir="$git_dir" ls-tree -r --full-tree HEAD |
      awk -F'\t' '{split($1,a," "); if (a[2]=="blob") print a[3] "\t" $2}' > "$index.tsv"
    cut -f1 "$index.tsv" | safe_git --git-dir="$git_dir" cat-file --batch-check='%(objectname) ok' |
      paste - "$index.tsv" | awk -F'\t' '$1 ~ / missing$/ {print $3}' > "$index.missing"
    if [ -s "$index.missing" ]; then
      GIT_INDEX_FILE=$index safe_git --git-dir="$git_dir" update-index --force-remove --stdin < "$index.missing"
    fi
    GIT_INDEX_FILE=$index safe_git --git-dir="$git_dir" --work-tree="$dest" checkout-index -a -f
    echo "$repo: $(wc -l < "$index.missing") missing blobs left out" >&2
    rm -f "$index" "$index.tsv" "$index.missing"
    : > "$done_dir/${repo/\//__}"
  fi
  commit=$(safe_git --git-dir="$git_dir" rev-parse HEAD)
  date=$(safe_git --git-dir="$git_dir" log -1 --format=%cs HEAD)
  files=$(find "$dest" -type f | wc -l)
  bytes=$(find "$dest" -type f -printf '%s\n' | awk '{s+=$1} END{print s+0}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$repo" "$lang" "$commit" "$date" "$files" "$bytes" >> "$manifest"
done
awk -F'\t' 'NR>1{f+=$5; b+=$6; n++} END{printf "%d repos, %d files, %.1f MB\n", n, f, b/1e6}' "$manifest"
