#!/usr/bin/env bash
# The steps of the cmplan GitHub Action (action.yml), in a script that tests run outside GitHub
# (tests/CmPlan.Tests/Cli/GithubAction): every input comes from the environment.
#
#   check       annotations on stdout (--format github), fails on errors or > INPUT_MAX_WARNINGS warnings
#   summary     check --format markdown, appended to $GITHUB_STEP_SUMMARY
#   sarif       check --format sarif to INPUT_SARIF_FILE, when set
#   diff        on a pull request (BASE_SHA set): diff --base BASE_SHA --format markdown, appended to
#               the summary and written to a file (output diff-file)
#   comment     INPUT_COMMENT=true: that diff as one pull-request comment, found again by its marker
#               and edited in place (gh api, token in GH_TOKEN)
#
# The exit status is check's, or 2 when diff could not run; every report is written first.
set -uo pipefail

cmplan="${INPUT_CMPLAN:-${CMPLAN:-cmplan}}"
read -r -a paths <<< "${INPUT_PATHS:-.}"
options=()
if [ -n "${INPUT_NOW:-}" ]; then
  options+=(--now "$INPUT_NOW")
fi

status=0
"$cmplan" check "${paths[@]}" "${options[@]}" --format github --max-warnings "${INPUT_MAX_WARNINGS:-0}" || status=$?

summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
"$cmplan" check "${paths[@]}" "${options[@]}" --format markdown >> "$summary"

if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  "$cmplan" check "${paths[@]}" "${options[@]}" --format sarif > "$INPUT_SARIF_FILE"
  echo "sarif-file=$INPUT_SARIF_FILE" >> "${GITHUB_OUTPUT:-/dev/null}"
fi

if [ -z "${BASE_SHA:-}" ]; then
  exit "$status"
fi

# A shallow checkout lacks the base commit: fetch just that one.
if ! git cat-file -e "$BASE_SHA^{commit}" 2>/dev/null; then
  git fetch --quiet --no-tags --depth=1 origin "$BASE_SHA"
fi

diff_file="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/cmplan-diff.md"
if ! "$cmplan" diff --base "$BASE_SHA" "${paths[@]}" "${options[@]}" --format markdown > "$diff_file"; then
  echo "::error title=cmplan diff::cmplan diff --base $BASE_SHA failed"
  exit 2
fi
{ echo; cat "$diff_file"; } >> "$summary"
echo "diff-file=$diff_file" >> "${GITHUB_OUTPUT:-/dev/null}"

if [ "${INPUT_COMMENT:-false}" = true ] && [ -n "${PR_NUMBER:-}" ]; then
  # The marker is the diff's first line (DiffMarkdownWriter.Marker).
  marker="$(head -n 1 "$diff_file")"
  comments="repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
  existing="$(gh api "$comments" --paginate --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)"
  if [ -n "$existing" ]; then
    gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$diff_file" > /dev/null
  else
    gh api --method POST "$comments" -F "body=@$diff_file" > /dev/null
  fi
fi

exit "$status"
