"""cypher/ uses only labels and relationship types of kg.schema; the query library parses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.config import cypher_dir
from kg.errors import KGError, QueryError
from kg.neo4j.loader import edge_statement, node_statement, schema_statements, statement
from kg.neo4j.queries import bind_params, load_library, parse_param_args, parse_query_file
from kg.schema import LEADERBOARD_MIN_CONFIDENCE, NODES, RELATIONSHIPS

LABEL_RE = re.compile(r"[(\s]\w*:([A-Z][A-Za-z]*(?:\|[A-Z][A-Za-z]*)*)[\s{)]")
REL_RE = re.compile(r"\[\w*:([A-Z_|]+)[\]\s{*]")
LABEL_PRED_RE = re.compile(r"\b\w+:([A-Z][a-z][A-Za-z]*)\b")


def cypher_files() -> list[Path]:
    return sorted(cypher_dir().rglob("*.cypher"))


def code_of(path: Path) -> str:
    return "\n".join(
        line for line in path.read_text().splitlines() if not line.strip().startswith("//")
    )


@pytest.mark.parametrize("path", cypher_files(), ids=lambda p: p.name)
def test_only_schema_labels_and_types(path: Path) -> None:
    text = code_of(path)
    text = re.sub(r"'[^']*'", "''", text)  # string literals are not labels
    labels: set[str] = set()
    for m in LABEL_RE.finditer(text):
        labels.update(m.group(1).split("|"))
    for m in LABEL_PRED_RE.finditer(text):  # WHERE x:Method OR ...
        labels.add(m.group(1))
    rels: set[str] = set()
    for m in REL_RE.finditer(text):
        rels.update(m.group(1).split("|"))
    assert labels <= set(NODES), f"{path.name}: unknown labels {labels - set(NODES)}"
    assert rels <= set(RELATIONSHIPS), f"{path.name}: unknown types {rels - set(RELATIONSHIPS)}"


def test_every_label_has_a_unique_id_constraint_and_name_index() -> None:
    stmts = schema_statements()
    assert all("IF NOT EXISTS" in s for s in stmts)
    for label in NODES:
        assert any(f"(n:{label})" in s and "n.id IS UNIQUE" in s for s in stmts), (
            f"no constraint for {label}"
        )
        if label not in ("Paper", "Result"):
            assert any(f"(n:{label}) ON (n.name)" in s for s in stmts)
    fulltext = [s for s in stmts if "FULLTEXT" in s]
    assert any("n.title" in s and "n.abstract" in s for s in fulltext)
    assert any("n.name" in s and "n.aliases" in s for s in fulltext)


def test_templates_only_accept_schema_names() -> None:
    assert "MERGE (n:Dataset {id: row.id})" in node_statement("Dataset")
    stmt = edge_statement("OF_MODEL", "Result", "Method")
    assert ":OF_MODEL]" in stmt and "(t:Method" in stmt and "{{" not in stmt
    with pytest.raises(KGError):
        node_statement("Dataset) DETACH DELETE (x")
    with pytest.raises(KGError):
        edge_statement("EVALUATED_ON", "Paper", "Model")  # outside the range
    with pytest.raises(KGError):
        edge_statement("KNOWS", "Paper", "Paper")
    assert "$ids" in statement("delete_paper_facts")


def test_library_headers() -> None:
    lib = load_library()
    required = {
        "papers-evaluated-on",
        "datasets-and-metrics-of-paper",
        "top-datasets",
        "top-methods",
        "top-models",
        "methods-used-on-dataset",
        "leaderboard",
        "papers-proposing-models",
        "search",
        "co-occurring",
    }
    assert required <= set(lib)
    for spec in lib.values():
        assert spec.description and spec.examples, spec.name
        assert all(ex.startswith(f"kg query {spec.name}") for ex in spec.examples)
        used = set(re.findall(r"\$(\w+)", spec.text))
        assert used == {p.name for p in spec.params}, spec.name


def test_params_are_typed_and_checked() -> None:
    lib = load_library()
    spec = lib["leaderboard"]
    values = bind_params(spec, {"dataset": "GSM8K", "metric": "accuracy"})
    assert values == {
        "dataset": "GSM8K",
        "metric": "accuracy",
        "min_confidence": LEADERBOARD_MIN_CONFIDENCE,
        "limit": 20,
    }
    assert bind_params(lib["top-datasets"], {"limit": "3"}) == {"limit": 3}
    with pytest.raises(QueryError):
        bind_params(lib["top-datasets"], {"limit": "many"})
    with pytest.raises(QueryError):
        bind_params(spec, {"dataset": "GSM8K"})  # metric missing
    with pytest.raises(QueryError):
        bind_params(spec, {"dataset": "x", "metric": "y", "bogus": "1"})
    assert parse_param_args(["dataset=GSM8K", "q=a=b"]) == {"dataset": "GSM8K", "q": "a=b"}
    with pytest.raises(QueryError):
        parse_param_args(["nodelimiter"])


def test_bad_header_is_reported(tmp_path: Path) -> None:
    p = tmp_path / "x.cypher"
    p.write_text("// name: x\n// description: d\nMATCH (n) WHERE n.id = $id RETURN n\n")
    with pytest.raises(QueryError, match="undeclared"):
        parse_query_file(p)
