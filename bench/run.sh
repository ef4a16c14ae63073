#!/usr/bin/env bash
# Runs every benchmark of issue 6 in one go and writes docs/performance.md from the results:
# BenchmarkDotNet (CmPlan parse and whole check, System.Text.Json, YamlDotNet on the same plans),
# the keystroke loop and the editor round against `cmplan lsp` and yaml-language-server, the cold start, a stage
# breakdown. Raw results stay in bench/out/ (BENCH_OUT to change it).
#   bench/run.sh           the full run (about 15 minutes on 2 cores)
#   bench/run.sh --smoke   every part once with tiny plans, into a temporary folder (CI)
set -euo pipefail
cd "$(dirname "$0")/.."

now=2026-12-01   # "now" for every check: before the plans start, so the diagnostics never depend on the date
if [ "${1:-}" = "--smoke" ]; then
  mode=smoke; out=${BENCH_OUT:-$(mktemp -d)}; sizes=(30 100); lsp_size=100
  edits=6; warmup=2; cold_runs=3; cold_warmup=1; stage_runs=1; bdn_flags=(--smoke); report=$out/performance.md
  round_sizes=(100); rounds=6; yaml_rounds=3
else
  mode=full; out=${BENCH_OUT:-bench/out}; sizes=(100 1000 10000 50000); lsp_size=10000
  edits=200; warmup=10; cold_runs=40; cold_warmup=3; stage_runs=5; bdn_flags=(); report=docs/performance.md
  round_sizes=(1000 10000); rounds=200; yaml_rounds=20   # yaml-language-server takes seconds a round at 10,000 posts
fi
rm -rf "$out"/{bdn,plans,cmplan,hello,cmplan-native,hello-native,load.txt} && mkdir -p "$out"
printf '{"mode": "%s", "commit": "%s", "started": "%s"}\n' \
  "$mode" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$(date -u '+%Y-%m-%d %H:%M UTC')" > "$out/run.json"
# The machine's load at each step, for the report: other work on a shared machine makes timings noisy.
step() { echo "== $*"; cat /proc/loadavg >> "$out/load.txt"; }

step "build (Release; cmplan and hello world published ReadyToRun, and native)"
publish=(-c Release -r linux-x64 -p:PublishReadyToRun=true --self-contained false --nologo -v quiet)
dotnet publish server/CmPlan.Cli "${publish[@]}" -o "$out/cmplan"
dotnet publish bench/CmPlan.Bench.Hello "${publish[@]}" -o "$out/hello"
# The native builds: cmplan as users install it (tools/publish-native.sh), and a native hello world.
rm -rf "$out"/{cmplan-native,hello-native}
tools/publish-native.sh "$out/cmplan-native" >/dev/null
dotnet publish bench/CmPlan.Bench.Hello -c Release -r linux-x64 -p:PublishAot=true -p:PublishReadyToRun=false \
  -p:SelfContained=true -p:DebugType=none --nologo -v quiet -o "$out/hello-native"
dotnet build bench/CmPlan.Bench -c Release --nologo -v quiet
bench=(dotnet bench/CmPlan.Bench/bin/Release/net10.0/CmPlan.Bench.dll)

step "plans: ${sizes[*]} posts, as .cmplan, JSON and YAML"
"${bench[@]}" generate --out "$out/plans" "${sizes[@]}"
if [ "$mode" = smoke ]; then "${bench[@]}" selfcheck "${sizes[@]}"; fi
for size in "${sizes[@]}"; do
  # Exit 1 is expected: the plans carry deliberate mistakes.
  "$out/cmplan/cmplan" check --now "$now" --format json "$out/plans/plan-$size.cmplan" > "$out/check-$size.json" || [ $? -eq 1 ]
done

step "BenchmarkDotNet: reading the plans"
CMPLAN_BENCH_SIZES=$(IFS=,; echo "${sizes[*]}") "${bench[@]}" bdn --artifacts "$out/bdn" "${bdn_flags[@]}"
"${bench[@]}" stages --posts "$lsp_size" --runs "$stage_runs" --out "$out/stages.json"
"${bench[@]}" edits --posts "$lsp_size" --edits "$edits"   # in-process keystrokes: for the log, a profiling aid

step "keystroke to diagnostics: cmplan lsp and yaml-language-server"
bench/lsp/install.sh
keystrokes=(node bench/lsp/keystrokes.mjs --edits "$edits" --warmup "$warmup" --now "$now")
"${keystrokes[@]}" --server cmplan --command "$out/cmplan/cmplan" --file "$out/plans/plan-$lsp_size.cmplan" --out "$out/lsp-cmplan.json"
# The native server too: what the linux-x64 VS Code package and the README's install run.
"${keystrokes[@]}" --server cmplan --command "$out/cmplan-native/cmplan" --file "$out/plans/plan-$lsp_size.cmplan" --out "$out/lsp-cmplan-native.json"
"${keystrokes[@]}" --server yaml --file "$out/plans/plan-$lsp_size.yaml" --out "$out/lsp-yaml.json"

step "editor round (issue 14): cmplan lsp and yaml-language-server"
for size in "${round_sizes[@]}"; do
  node bench/lsp/round.mjs --now "$now" --warmup "$warmup" --rounds "$rounds" --server cmplan --command "$out/cmplan/cmplan" \
    --file "$out/plans/plan-$size.cmplan" --out "$out/round-cmplan-$size.json"
  node bench/lsp/round.mjs --now "$now" --warmup "$warmup" --rounds "$rounds" --server cmplan --command "$out/cmplan-native/cmplan" \
    --file "$out/plans/plan-$size.cmplan" --out "$out/round-cmplan-native-$size.json"
  node bench/lsp/round.mjs --now "$now" --warmup "$warmup" --rounds "$yaml_rounds" --server yaml \
    --file "$out/plans/plan-$size.yaml" --out "$out/round-yaml-$size.json"
done

step "cold start"
"${bench[@]}" coldstart --runs "$cold_runs" --warmup "$cold_warmup" --out "$out/coldstart.json" -- \
  "hello-native=$out/hello-native/hello" "cmplan-native=$out/cmplan-native/cmplan check --now $now $out/plans/plan-${sizes[0]}.cmplan" \
  "hello=$out/hello/hello" "cmplan=$out/cmplan/cmplan check --now $now $out/plans/plan-${sizes[0]}.cmplan"

step report
"${bench[@]}" report --in "$out" --out "$report"
node bench/lsp/round-report.mjs --in "$out" --sizes "$(IFS=,; echo "${round_sizes[*]}")" >> "$report"
