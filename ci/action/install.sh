#!/usr/bin/env bash
# Builds cmplan from the action's own source (the repository the action was checked out from)
# and tells the next steps where it is, through $GITHUB_ENV.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${RUNNER_TEMP:-$(mktemp -d)}/cmplan"
dotnet publish "$root/server/CmPlan.Cli" -c Release -o "$out" -nologo -v quiet
echo "CMPLAN=$out/cmplan" >> "$GITHUB_ENV"
