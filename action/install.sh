#!/usr/bin/env bash
# The Action's install step: build and pack this repository's CLI, install the package into a folder of its
# own, and tell the next step where its binary is (ASSESS_BIN in $GITHUB_ENV).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${RUNNER_TEMP:-$(mktemp -d)}/assess-cli"
(cd "$here" && npm ci --no-audit --no-fund && npm pack --pack-destination "$prefix" >/dev/null)
npm install --no-audit --no-fund --omit=dev --prefix "$prefix" "$prefix"/assess-*.tgz
echo "ASSESS_BIN=$prefix/node_modules/assess/bin/assess.js" >> "$GITHUB_ENV"
