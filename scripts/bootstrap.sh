#!/usr/bin/env bash
# Installs what `kg` needs into ./.venv (idempotent, fast when nothing changed).
#   scripts/bootstrap.sh          runtime dependencies
#   scripts/bootstrap.sh --dev    plus test tools, and Debian's chromium for the browser tests
# Versions are pinned by constraints.txt (the lock file; regenerate with scripts/lock.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [[ -n "$candidate" ]] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  echo "bootstrap: Python >= 3.11 is required (set PYTHON=/path/to/python3.11)" >&2
  return 1
}

if [[ ! -x .venv/bin/python ]]; then
  PY="$(find_python)"
  echo "bootstrap: creating .venv with $PY" >&2
  "$PY" -m venv .venv
fi

extras=""
[[ $DEV == 1 ]] && extras="[dev]"
stamp=".venv/.kg-installed${extras:+-dev}"
want="$(cat pyproject.toml constraints.txt 2>/dev/null | sha256sum | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "bootstrap: installing Python dependencies${extras:+ (with test tools)}" >&2
  log=".venv/pip-install.log"
  pip=(.venv/bin/python -m pip install --disable-pip-version-check)
  if [[ -t 1 && -t 2 ]]; then
    # On a terminal: pip's own progress bars, and the full log in $log as well.
    rm -f "$log"
    if ! { "${pip[@]}" --log "$log" --progress-bar on --upgrade pip &&
           "${pip[@]}" --log "$log" --progress-bar on -c constraints.txt -e ".${extras}"; }; then
      echo "bootstrap: pip install failed (full log: $log)" >&2
      exit 1
    fi
  elif ! { "${pip[@]}" --upgrade pip && "${pip[@]}" -c constraints.txt -e ".${extras}"; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "bootstrap: pip install failed (full log: $log)" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi

java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if ! command -v java >/dev/null 2>&1 || [[ "$(java_major)" -lt 17 ]] || ! command -v mvn >/dev/null 2>&1; then
  echo "bootstrap: Java 17+ and Maven are needed for the local Neo4j; installing from Debian" >&2
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
  else
    echo "bootstrap: please install a Java 17 JRE and Maven (or use docker compose, see README)" >&2
  fi
fi

if [[ $DEV == 1 && ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing Debian's chromium for the browser tests" >&2
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "bootstrap: browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)" >&2
  fi
fi
