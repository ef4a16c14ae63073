#!/usr/bin/env bash
# Installs the keystroke benchmark's npm packages (yaml-language-server 1.x, the LSP client) from
# the lockfile, once: `npm ci` when node_modules is missing or holds another version.
set -euo pipefail
cd "$(dirname "$0")"
wanted=$(node -p "require('./package-lock.json').packages['node_modules/yaml-language-server'].version")
installed=$(node -p "try { require('./node_modules/yaml-language-server/package.json').version } catch { '' }")
if [ "$wanted" != "$installed" ] || [ ! -d node_modules/vscode-languageserver-protocol ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
