#!/usr/bin/env bash
# Runs every test: installs the test tools (npm, cached in tools/node_modules), then the .NET suite,
# then the LSP interop test (Microsoft's node LSP client against the server just built), real editors
# as clients (Neovim, Emacs eglot: tools/editors/run.sh), then
# the VS Code extension's (grammar tests, and the end-to-end test in code-server: editor-extension/test.sh).
set -euo pipefail
cd "$(dirname "$0")"
if [ -x tools/install.sh ]; then
  tools/install.sh
fi
ci/install-tools.sh
dotnet test CmPlan.sln --nologo "$@"
tools/lsp-interop/install.sh
node --test tools/lsp-interop/
tools/editors/run.sh
bench/run.sh --smoke  # every benchmark once on tiny plans (no timing is asserted)
editor-extension/test.sh
