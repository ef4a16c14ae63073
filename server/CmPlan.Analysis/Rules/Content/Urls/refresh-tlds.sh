#!/bin/sh
# Refreshes tld_lib.yml, the top-level domains X links bare domains with, from twitter-text's
# repository (conformance/tld_lib.yml), and records the commit it came from in its header.
# Usage: Rules/Content/Urls/refresh-tlds.sh [commit-or-branch]   (default: master)
# Then run the tests (TextLengthTests, TwitterUrlsTests) and commit the new file.
set -eu
ref="${1:-master}"
here="$(cd "$(dirname "$0")" && pwd)"
commit="$(git ls-remote https://github.com/twitter/twitter-text.git "$ref" | cut -f1 | head -n1)"
[ -n "$commit" ] || commit="$ref"
tmp="$(mktemp)"
curl -fsSL "https://raw.githubusercontent.com/twitter/twitter-text/$commit/conformance/tld_lib.yml" -o "$tmp"
{
  echo "# From twitter/twitter-text, conformance/tld_lib.yml at commit $commit"
  echo "# (https://github.com/twitter/twitter-text/blob/$commit/conformance/tld_lib.yml), Apache License 2.0."
  echo "# Refresh with Rules/Content/Urls/refresh-tlds.sh; see README.md beside this file."
  cat "$tmp"
} > "$here/tld_lib.yml"
rm -f "$tmp"
echo "tld_lib.yml updated from twitter-text $commit"
