#!/usr/bin/env bash
# The dotnet tool as a user installs it: packs `cmplan`, installs it with `dotnet tool install
# --tool-path … --add-source <folder>` under a clean HOME (no NuGet cache, no config but the
# package folder), then checks the examples with it. Run by ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tools/pack-tool.sh "$work/feed" >/dev/null
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)

mkdir -p "$work/home" "$work/run"
# Only the package folder: the test must not pick a `cmplan` from any other feed.
cat >"$work/run/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /></packageSources></configuration>
XML
(cd "$work/run" && env -u DOTNET_CLI_HOME HOME="$work/home" NUGET_PACKAGES="$work/home/.nuget/packages" \
  dotnet tool install cmplan --version "$version" --tool-path "$work/tools" \
  --configfile "$work/run/nuget.config" --add-source "$work/feed" >"$work/install.log") \
  || { cat "$work/install.log" >&2; echo "dotnet tool: FAILED: install" >&2; exit 1; }

cmplan=$work/tools/cmplan
"$cmplan" --version | grep -qx "cmplan $version" || { echo "dotnet tool: FAILED: cmplan --version" >&2; exit 1; }
# The examples hold deliberate mistakes: exit 1, and the report the built CLI gives.
set +e
(cd "$repo" && HOME="$work/home" "$cmplan" check --now 2027-02-01 examples) >"$work/check.txt" 2>&1
code=$?
set -e
expected=$(cd "$repo" && dotnet server/CmPlan.Cli/bin/Release/net10.0/cmplan.dll check --now 2027-02-01 examples 2>&1 || true)
if [ "$code" -ne 1 ] || [ "$(cat "$work/check.txt")" != "$expected" ] \
    || ! grep -q "^examples/structure-errors.cmplan:21:6: error unknown-reference: " "$work/check.txt"; then
  echo "dotnet tool: FAILED: cmplan check examples exited $code with:" >&2
  cat "$work/check.txt" >&2
  exit 1
fi
echo "dotnet tool: installed $(basename "$work"/feed/cmplan.*.nupkg) ($(du -h "$work"/feed/cmplan.*.nupkg | cut -f1)) on a clean HOME; cmplan check examples: $(tail -1 "$work/check.txt")"
