#!/usr/bin/env bash
# Real editors as LSP clients: headless Neovim (its built-in client) and Emacs in batch mode with
# eglot, each loading the configuration docs/editors.md shows, with the native `cmplan`
# (tools/publish-native.sh) on PATH as the docs install it: diagnostics, hover, a quick fix applied
# to the buffer; then the colours without a server (the Vim syntax file, Emacs's cmplan-mode),
# installed where the docs put them. Installs what is missing from Debian (one apt-get update, then
# install; nothing when all is there), bounds each editor with `timeout`, and prints the client's
# log when a run fails. CMPLAN_BIN=<path> runs another cmplan executable.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
editors=tools/editors
patience=180

packages=()
command -v nvim >/dev/null || packages+=(neovim)
command -v emacs >/dev/null || packages+=(emacs-nox)
compgen -G "/usr/share/emacs/site-lisp/elpa/eglot-*" >/dev/null || packages+=(elpa-eglot)
if ((${#packages[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "editors: installing ${packages[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ -z "${CMPLAN_BIN:-}" ]; then
  tools/publish-native.sh >/dev/null
fi
cmplan=${CMPLAN_BIN:-$repo/artifacts/native/linux-x64/cmplan}

# The documented configurations are the tested ones: each file must appear verbatim in the docs.
docs=$(cat docs/editors.md)
for snippet in "$editors/neovim/cmplan.lua" "$editors/emacs/cmplan-eglot.el"; do
  if [[ "$docs" != *"$(cat "$snippet")"* ]]; then
    echo "editors: FAILED: docs/editors.md does not show $snippet as it is" >&2
    exit 1
  fi
done

# The configurations start `cmplan lsp`: the binary goes on PATH as docs/editors.md installs it.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/neovim" "$work/emacs"
install -m 755 "$cmplan" "$work/bin/cmplan"
export PATH="$work/bin:$PATH"
# The colour files, where the docs put them: Neovim's config folder, Emacs's ~/.emacs.d/lisp/.
for kind in syntax ftdetect ftplugin; do
  install -D -m 644 "$editors/vim/$kind/cmplan.vim" "$work/neovim/config/nvim/$kind/cmplan.vim"
done
install -D -m 644 "$editors/emacs/cmplan-mode.el" "$work/emacs/.emacs.d/lisp/cmplan-mode.el"
export CMPLAN_COLOURS=colours.cmplan

failed=0

cp "$editors/fixture/plan.cmplan" "$editors/fixture/colours.cmplan" "$work/neovim/"
if ! (cd "$work/neovim" && XDG_CACHE_HOME="$work/neovim/cache" XDG_STATE_HOME="$work/neovim/state" \
    XDG_CONFIG_HOME="$work/neovim/config" XDG_DATA_HOME="$work/neovim/data" CMPLAN_PLAN=plan.cmplan \
    timeout "$patience" nvim --headless -u NONE -i NONE -n -c "luafile $repo/$editors/neovim/test.lua" 2>&1); then
  echo "editors: Neovim failed (or timed out after ${patience}s); its LSP log:" >&2
  cat "$work"/neovim/*/nvim/lsp.log >&2 2>/dev/null || echo "(no log)" >&2
  failed=1
fi

cp "$editors/fixture/plan.cmplan" "$editors/fixture/colours.cmplan" "$work/emacs/"
if ! (cd "$work/emacs" && HOME="$work/emacs" CMPLAN_PLAN=plan.cmplan \
    timeout "$patience" emacs --batch -q -l "$repo/$editors/emacs/test.el" >"$work/emacs.log" 2>&1); then
  grep -v '^Loading ' "$work/emacs.log" >&2 || true
  echo "editors: Emacs failed (or timed out after ${patience}s); its eglot events are above" >&2
  failed=1
else
  grep -v '^Loading ' "$work/emacs.log" || true
fi

exit $failed
