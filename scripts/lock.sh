#!/usr/bin/env bash
# Regenerates constraints.txt (the lock file) from a fresh resolve of pyproject.toml's ranges.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q --upgrade pip
"$tmp/venv/bin/pip" install -q "$ROOT[dev]"
{
  echo "# Lock file: exact versions used by scripts/bootstrap.sh (pip -c). Regenerate: scripts/lock.sh"
  "$tmp/venv/bin/pip" freeze --exclude kg | grep -v '^kg @'
} > "$ROOT/constraints.txt"
echo "wrote $ROOT/constraints.txt"
