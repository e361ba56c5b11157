#!/usr/bin/env bash
# Renders a claimdb report in headless Chromium and saves a screenshot, to look at what a
# reader sees. Usage: scripts/screenshot-report.sh REPORT.html OUT.png [WIDTHxHEIGHT] [#hash]
# (make the report first: claimdb report -o REPORT.html).
set -euo pipefail
report=$(realpath "$1")
out=$2
size=${3:-1280x2400}
hash=${4:-}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed (Debian: apt-get install -y chromium)" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" --window-size="${size/x/,}" \
  --screenshot="$(realpath -m "$out")" "file://$report$hash" 2>/dev/null
echo "wrote $out" >&2
