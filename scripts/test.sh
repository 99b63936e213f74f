#!/usr/bin/env bash
# Quick start, command 2: install everything (Python deps, test tools, Debian's chromium), start a
# dedicated local Neo4j for the tests (its own data dir and ports, so your own graph is never
# touched), run the whole test suite, and stop that Neo4j again even on failure.
# Extra arguments go to pytest, e.g. scripts/test.sh -k loader -x
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/bootstrap.sh --dev

export KG_NEO4J_HOME="${KG_TEST_NEO4J_HOME:-$ROOT/.neo4j-test}"
export KG_NEO4J_BOLT_PORT="${KG_TEST_NEO4J_BOLT_PORT:-7688}"
export KG_NEO4J_HTTP_PORT="${KG_TEST_NEO4J_HTTP_PORT:-7475}"
export NEO4J_URI="bolt://127.0.0.1:${KG_NEO4J_BOLT_PORT}"
export NEO4J_USER="neo4j"
unset NEO4J_PASSWORD  # the test server always uses the documented loopback-only default

KG="$ROOT/.venv/bin/kg"
stop_neo4j() { "$KG" neo4j stop || true; }
trap stop_neo4j EXIT
"$KG" neo4j start

.venv/bin/ruff check kg tests bench
.venv/bin/python -m pytest "$@"
