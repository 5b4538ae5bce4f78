#!/usr/bin/env bash
# Installs the workbench's JavaScript libraries from the npm registry (exact versions and integrity hashes
# from package-lock.json) and copies the files the pages load to the directory given (the build's
# target/classes/web/vendor). Run by Maven (profile web-assets). Never fails the build: without npm, or when
# the registry cannot be reached, it warns and the pages show "editor assets not installed".
set -uo pipefail
web="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: build-vendor.sh OUTPUT_DIR}"
warn() { echo "[newskg web] $*" >&2; }

if ! command -v npm >/dev/null 2>&1; then
  warn "npm not found: building without the workbench libraries; the pages will say 'editor assets not installed'"
  exit 0
fi
stamp="$web/node_modules/.newskg-lock"
if [ -f "$stamp" ] && cmp -s "$stamp" "$web/package-lock.json" && [ -f "$web/node_modules/@zazuko/yasgui/build/yasgui.min.js" ]; then
  : # node_modules already match the lock file
else
  warn "npm ci (web/package-lock.json)"
  if ! (cd "$web" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error --fetch-retries=1 --fetch-timeout=60000 >&2); then
    warn "npm ci failed: building without the workbench libraries; the pages will say 'editor assets not installed'"
    exit 0
  fi
  cp "$web/package-lock.json" "$stamp"
fi
mkdir -p "$out"
copy() {
  if [ -f "$web/node_modules/$1" ]; then cp "$web/node_modules/$1" "$out/$2"; else warn "missing node_modules/$1"; fi
}
copy @zazuko/yasgui/build/yasgui.min.js yasgui.min.js
copy @zazuko/yasgui/build/yasgui.min.css yasgui.min.css
copy cytoscape/dist/cytoscape.min.js cytoscape.min.js
copy cytoscape/LICENSE LICENSE-cytoscape.txt
exit 0
