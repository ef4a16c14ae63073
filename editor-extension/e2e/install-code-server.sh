#!/usr/bin/env bash
# Installs what the e2e test needs, once: Debian's chromium and ripgrep (+ headers code-server's
# native modules build against, and an emoji font), and code-server 4.96.4 (VS Code 1.96, the
# last line on Node 20) from npm into a cache outside the repository. Idempotent: a finished install leaves a marker
# and later runs return at once. Prints the code-server folder on stdout (logs go to stderr).
set -euo pipefail

VERSION=4.96.4
ROOT="${CMPLAN_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/cmplan/code-server-$VERSION}"
MARKER="$ROOT/.installed"
NPM=(npm --no-audit --no-fund --loglevel=error)

# Debian packages: checked every run (dpkg is quick), installed when missing. The emoji font makes
# the plans' emoji show in screenshots rather than empty boxes.
packages=(chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev fonts-noto-color-emoji)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi

if [ -f "$MARKER" ]; then
  echo "$ROOT"
  exit 0
fi

{
  echo "Installing code-server $VERSION into $ROOT"
  rm -rf "$ROOT"
  mkdir -p "$ROOT"
  cd "$ROOT"
  echo '{"name":"cmplan-code-server","private":true}' > package.json
  "${NPM[@]}" install --ignore-scripts "code-server@$VERSION"

  cd node_modules/code-server/lib/vscode
  # The shrinkwrap pins @vscode/proxy-agent to a git host we cannot reach; the registry has the same version.
  node -e '
    const fs = require("fs");
    const wrap = JSON.parse(fs.readFileSync("npm-shrinkwrap.json", "utf8"));
    const entry = wrap.packages["node_modules/@vscode/proxy-agent"];
    delete entry.resolved;
    delete entry.integrity;
    fs.writeFileSync("npm-shrinkwrap.json", JSON.stringify(wrap, null, 2));
  '
  "${NPM[@]}" install --omit=dev --ignore-scripts
  # ripgrep's postinstall downloads a binary: use Debian's instead.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sfn /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  "${NPM[@]}" rebuild
  ln -sfn node_modules node_modules.asar
  (cd extensions && "${NPM[@]}" install --omit=dev --ignore-scripts)

  cd "$ROOT"
  "${NPM[@]}" rebuild argon2
  touch "$MARKER"
} >&2

echo "$ROOT"
