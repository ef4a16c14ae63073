#!/usr/bin/env bash
# Packs the command line as the dotnet tool `cmplan` (framework-dependent: any OS with the .NET 10
# runtime) into artifacts/nupkg/, or into the folder given as $1.
#   dotnet tool install --global cmplan --add-source artifacts/nupkg
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/nupkg}
# No ReadyToRun: a tool package is one build for every OS, and precompiled code is for one.
dotnet pack server/CmPlan.Cli -c Release -o "$out" --nologo -v quiet \
  -p:PublishReadyToRun=false -p:DebugType=none
echo "pack-tool: $(ls "$out"/cmplan.*.nupkg) ($(du -h "$out"/cmplan.*.nupkg | cut -f1))"
