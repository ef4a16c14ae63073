#!/usr/bin/env bash
# Installs the LSP interop test's npm packages once: `npm ci` when node_modules is missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/vscode-languageserver-protocol ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
