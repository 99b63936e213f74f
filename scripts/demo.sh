#!/usr/bin/env bash
# Quick start, command 1: install, start the local Neo4j, build the graph of the example
# abstracts (extractions, graph files, RDF dumps in ./kg-out), load it into Neo4j, and answer
# "papers evaluated on GSM8K".   Usage: scripts/demo.sh [INPUT…]   (default: the example page)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/bootstrap.sh
KG="$ROOT/.venv/bin/kg"
inputs=("$@")
[[ ${#inputs[@]} -gt 0 ]] || inputs=(examples/hf-trending-papers.txt)

"$KG" neo4j start
"$KG" build "${inputs[@]}" --out kg-out
echo
echo "Neo4j Browser: http://127.0.0.1:${KG_NEO4J_HTTP_PORT:-7474}/browser/  (user: ${NEO4J_USER:-neo4j}; password: \$NEO4J_PASSWORD or the local-dev default, see README)"
echo "Papers evaluated on GSM8K:"
"$KG" query papers-evaluated-on --param dataset=GSM8K
