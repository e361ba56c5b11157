#!/usr/bin/env bash
# Installs the Python tools people open claimdb databases with (Datasette, sqlite-utils) into
# .venv-tools/ at the repository root, for the tests in tests/datasette.rs. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-tools
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 is not installed: the Datasette and sqlite-utils tests will be skipped" >&2
  exit 0
fi
if [ -x "$venv/bin/datasette" ] && [ -x "$venv/bin/sqlite-utils" ]; then
  exit 0
fi
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check datasette sqlite-utils
echo "installed $("$venv/bin/datasette" --version) and $("$venv/bin/sqlite-utils" --version) in $venv" >&2
