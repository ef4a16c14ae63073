#!/usr/bin/env bash
# Builds the native `cmplan` (Native AOT, linux-x64, self-contained: no .NET needed to run it) into
# artifacts/native/linux-x64/cmplan, or into the folder given as $1. Skips the build (unless --force) when the binary
# is newer than every source. The README's install, the extension's linux-x64 package, the
# benchmarks and the real-editor tests (tools/editors/run.sh) use it.
set -euo pipefail
cd "$(dirname "$0")/.."
force=0
if [ "${1:-}" = "--force" ]; then force=1; shift; fi
rid=linux-x64
out=${1:-artifacts/native/$rid}
binary=$out/cmplan

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "publish-native: Native AOT builds $rid on a linux-x64 machine only (this is $(uname -s)-$(uname -m))" >&2
  exit 2
fi

# Native AOT links with the system's C toolchain and zlib: install them from Debian when missing.
packages=()
command -v clang >/dev/null || command -v gcc >/dev/null || packages+=(clang)
[ -f /usr/include/zlib.h ] || packages+=(zlib1g-dev)
if ((${#packages[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "publish-native: installing ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

newer=$(find grammar server docs/rules Directory.Build.props Directory.Packages.props \
  \( -name bin -o -name obj \) -prune -o -type f -newer "$binary" -print -quit 2>/dev/null || echo missing)
if [ -x "$binary" ] && [ -z "$newer" ] && [ "$force" = 0 ]; then
  echo "publish-native: $binary is up to date"
  exit 0
fi

dotnet publish server/CmPlan.Cli -c Release -r "$rid" -p:PublishAot=true -p:PublishReadyToRun=false \
  -p:SelfContained=true -p:DebugType=none -p:StripSymbols=true --nologo -v quiet -o "$out"
# Only the executable is needed (AOT leaves no managed assemblies beside it).
find "$out" -mindepth 1 ! -name cmplan -delete
echo "publish-native: $binary ($(du -h "$binary" | cut -f1))"
