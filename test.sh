#!/usr/bin/env bash
# Runs every test: installs the test tools (npm, cached in tools/node_modules), then the .NET suite.
set -euo pipefail
cd "$(dirname "$0")"
if [ -x tools/install.sh ]; then
  tools/install.sh
fi
dotnet test CmPlan.sln --nologo "$@"
