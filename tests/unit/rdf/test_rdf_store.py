"""The pyoxigraph store behind `kg sparql` / `kg serve`: loading, refusals, timeout, row cap."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.errors import QueryError
from kg.models import EdgeRecord, NodeRecord
from kg.rdf import store
from kg.rdf.export import export_records
from kg.rdf.sparql import load_graph, resolve_query, run_query

Sample = tuple[list[NodeRecord], list[EdgeRecord]]


@pytest.fixture
def dump(tmp_path: Path, sample: Sample) -> Path:
    return export_records(*sample, tmp_path / "kg.ttl.gz").path


@pytest.fixture
def listener() -> socket.socket:
    """A local TCP port that records whether anything connected to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    yield sock
    sock.close()


def _connections(sock: socket.socket) -> int:
    n = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return n
        conn.close()
        n += 1


def test_store_is_loaded_once_and_reopened_read_only(dump: Path) -> None:
    first = store.RdfStore.open_dumps([dump])
    triples = len(first)
    assert triples == len(load_graph([dump]))
    directory = first.directory
    first.close()
    assert directory is not None and (directory / "kg-store.json").is_file()
    again = store.RdfStore.open_dumps([dump])
    assert again.directory == directory and len(again) == triples
    again.close()


@pytest.mark.parametrize("fmt", ["nt", "jsonld"])
def test_store_loads_every_dump_format(tmp_path: Path, sample: Sample, fmt: str) -> None:
    path = export_records(*sample, tmp_path / f"kg.{fmt}.gz", fmt).path
    rdf = store.RdfStore.open_dumps([path])
    assert len(rdf) == len(load_graph([path]))


@pytest.mark.parametrize(
    "name",
    ["papers-evaluated-on", "top-datasets", "top-models", "leaderboard", "methods-used-on-dataset"],
)
def test_store_answers_library_queries_like_rdflib(dump: Path, name: str) -> None:
    params = {"dataset": "gsm8k", "metric": "pass@1"}
    text = resolve_query(name)
    from kg.rdf.sparql import declared_parameters

    bound = {k: params[k] for k in declared_parameters(text) or []}
    ours = store.run(store.RdfStore.open_dumps([dump]), text, bound)
    theirs = run_query(load_graph([dump]), text, bound)
    assert ours.columns == theirs.columns
    assert [[store.term_text(t) for t in r] for r in ours.rows] == [
        [str(t) if t is not None else "" for t in r] for r in theirs.rows
    ]
    assert ours.rows


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
        "PREFIX x: <http://a/> SELECT * WHERE { ?s ?p ?o . service SILENT "
        "<http://127.0.0.1:{port}/> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:{port}/data.ttl> WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:{port}/data.ttl>",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX a: <http://a/> DELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
    ],
)
def test_refused_queries_never_connect(
    dump: Path, listener: socket.socket, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    port = listener.getsockname()[1]
    text = query.replace("{port}", str(port))
    assert main(["sparql", text, "--data", str(dump)]) == 7
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and "Traceback" not in err
    assert "not allowed" in err
    with pytest.raises(QueryError):
        store.run(store.RdfStore.open_dumps([dump]), text)
    assert _connections(listener) == 0


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s rdfs:label "SERVICE" }',
        "SELECT ?service WHERE { ?service a kg:Dataset } # SERVICE <http://x/>",
        "SELECT ?s WHERE { ?s a <http://example.org/SERVICE> }",
        "SELECT ?s WHERE { ?s rdfs:label '''a\n FROM <x> '''}",
    ],
)
def test_keywords_inside_strings_iris_and_comments_are_not_refused(query: str) -> None:
    assert store.check_query(query) == "SELECT"


def test_row_limit_and_timeout(tmp_path: Path) -> None:
    oxs = ox.Store()
    p = ox.NamedNode("http://e/p")
    oxs.extend(
        ox.Quad(ox.NamedNode(f"http://e/{i}"), p, ox.Literal(f"v{i:04d}")) for i in range(1200)
    )
    capped = store.run(oxs, "SELECT ?s WHERE { ?s ?p ?o }", limit=10)
    assert len(capped.rows) == 10 and capped.truncated
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?p ?d . FILTER(STR(?b) < STR(?d)) }"
    with pytest.raises(QueryError, match="timed out"):
        store.run(oxs, slow, timeout=0.05)


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/status").read_text().find("State:\tZ") >= 0
    except OSError:
        return True


def test_worker_process_is_killed_when_its_query_times_out(dump: Path, tmp_path: Path) -> None:
    rdf = store.RdfStore.open_dumps([dump], root=tmp_path / "stores")
    text, params = resolve_query("papers-evaluated-on"), {"dataset": "gsm8k"}
    in_thread = store.run(rdf, text, params)
    rdf.use_workers(1)
    assert rdf.workers is not None
    first = rdf.workers.pids()
    assert len(first) == 1
    in_worker = store.run(rdf, text, params)
    assert in_worker.columns == in_thread.columns and in_worker.rows == in_thread.rows
    assert in_worker.rows
    with pytest.raises(QueryError, match="bad SPARQL"):  # an error answer keeps the worker
        store.run(rdf, "SELECT * WHERE { ?s ?p }")
    assert rdf.workers.pids() == first
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
    with pytest.raises(QueryError, match="timed out"):
        store.run(rdf, slow, timeout=0.5)
    assert _gone(first[0])  # killed, not left running
    replacement = rdf.workers.pids()
    assert len(replacement) == 1 and replacement != first
    assert store.run(rdf, text, params).rows == in_thread.rows
    rdf.close()
    assert _gone(replacement[0])


def test_cli_construct_and_json(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    q = "CONSTRUCT { ?d rdfs:label ?n } WHERE { ?d a kg:Dataset ; rdfs:label ?n }"
    assert main(["sparql", q, "--data", str(dump)]) == 0
    out = capsys.readouterr().out
    assert '"GSM8K"' in out and "@prefix" in out
    assert main(["sparql", q, "--data", str(dump), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert any("GSM8K" in json.dumps(node) for node in doc)
    assert main(["sparql", "top-datasets", "--data", str(dump), "--limit", "1", "--csv"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2 and "--limit 1" in captured.err


def test_tsv_and_csv_formats(dump: Path) -> None:
    result = store.run(
        store.RdfStore.open_dumps([dump]),
        resolve_query("papers-evaluated-on"),
        {"dataset": "gsm8k"},
    )
    tsv = store.format_tsv(result).splitlines()
    assert tsv[0].split("\t")[:2] == ["?paper", "?title"]
    assert tsv[1].startswith("<https://w3id.org/mlkg/resource/paper/")
    csv_lines = store.format_csv(result).splitlines()
    assert csv_lines[0].startswith("paper,title") and len(csv_lines) == 3


def test_base_iri_moves_every_resource_and_void(
    build_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = "https://example.org/kg/"
    out = tmp_path / "moved.ttl"
    assert main(["export", "--from", str(build_dir), "-o", str(out), "--base-iri", base]) == 0
    text = out.read_text(encoding="utf-8")
    assert "w3id.org/mlkg/resource" not in text
    assert "@prefix kgr:" in text and f"<{base}>" in text
    graph = load_graph([out])
    subjects = {str(s) for s in graph.subjects()}
    assert f"{base}dataset/gsm8k" in subjects
    assert all(not s.startswith("https://w3id.org/mlkg/resource/") for s in subjects)
    default = export_records(*__import__("kg.rdf.sample", fromlist=["x"]).sample_records(),
                             tmp_path / "default.ttl")
    assert len(load_graph([default.path])) == len(graph)
    void = (tmp_path / "moved.ttl.void.ttl").read_text(encoding="utf-8")
    assert f'void:uriSpace "{base}"' in void
    for bad in ("ftp://x/", "https://example.org/no-slash", "relative/"):
        assert main(["export", "--from", str(build_dir), "-o", str(out), "--base-iri", bad]) == 8
    assert "bad base IRI" in capsys.readouterr().err


def test_base_iri_from_environment(
    build_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_BASE_IRI", "https://data.example.com/r/")
    out = tmp_path / "env.nt"
    assert main(["export", "--from", str(build_dir), "-o", str(out)]) == 0
    assert "<https://data.example.com/r/dataset/gsm8k>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("query", "want", "left"),
    [
        # in patterns and filters, subqueries and EXISTS included: a constant
        (
            "SELECT ?x WHERE { ?x <p> ?d . { SELECT ?y WHERE { ?y <q> ?d } } "
            "FILTER EXISTS { ?x <r> $d } }",
            'SELECT ?x WHERE { ?x <p> "v" . { SELECT ?y WHERE { ?y <q> "v" } } '
            'FILTER EXISTS { ?x <r> "v" } }',
            [],
        ),
        # strings, IRIs, comments and longer names are not the variable
        (
            'SELECT ?x WHERE { ?x <http://e/?d> "?d" . ?x <q> ?d2 . ?x <r> ?d } # ?d\n',
            'SELECT ?x WHERE { ?x <http://e/?d> "?d" . ?x <q> ?d2 . ?x <r> "v" } # ?d\n',
            [],
        ),
        # where a constant cannot stand or means something else: left for VALUES
        ("SELECT ?x ?d WHERE { ?x <p> ?d }", None, ["d"]),
        ("SELECT * WHERE { ?x <p> ?d }", None, ["d"]),
        ("SELECT ?x WHERE { ?x <p> ?y BIND (?y AS ?d) }", None, ["d"]),
        ("SELECT ?x WHERE { { SELECT ?x ?d WHERE { ?x <p> ?d } } }", None, ["d"]),
        ("SELECT ?x WHERE { { SELECT ?x WHERE { ?x <p> ?d } GROUP BY ?d } }", None, ["d"]),
        ("SELECT ?x WHERE { ?x <p> ?d VALUES ?d { 1 } }", None, ["d"]),
        ("SELECT ?x WHERE { ?x <p> ?y MINUS { ?x <q> ?d } }", None, ["d"]),
        ("CONSTRUCT { ?x <p> ?d } WHERE { ?x <p> ?d }", None, ["d"]),
        ("SELECT ?x WHERE { ?x <p> ?d } ORDER BY ?d", None, ["d"]),
    ],
)
def test_parameters_are_constants_where_they_can_stand(
    query: str, want: str | None, left: list[str]
) -> None:
    text, rest = store.bind_constants(query, {"d": "v"})
    assert text == (want or query) and sorted(rest) == left
    bound = store.bind_parameters(query, {"d": "v"})
    assert ("VALUES (?d)" in bound) == bool(left)


def test_iri_and_literal_parameters_are_escaped_terms() -> None:
    text, _ = store.bind_constants(
        "SELECT ?x WHERE { ?x <p> ?e ; <q> ?s }",
        {
            "e": "<http://e/a>",
            "s": 'say "hi"\\ \n',
        },
    )
    assert text == 'SELECT ?x WHERE { ?x <p> <http://e/a> ; <q> "say \\"hi\\"\\\\ \\n" }'
    with pytest.raises(QueryError, match="bad IRI"):
        store.bind_constants("SELECT ?x WHERE { ?x <p> ?e }", {"e": "<not an iri>"})


_LIBRARY_PARAMS = {
    "papers-evaluated-on": ({"dataset": "gsm8k"}, 4),
    "methods-used-on-dataset": ({"dataset": "GSM8K"}, 1),
    "papers-addressing": ({"task": "Reasoning"}, 1),
    "built-on": ({"model": "mistral-7b"}, 1),
    "improvements": ({"dataset": "math"}, 1),
    "baselines-beaten": ({"paper": "orca-math"}, 4),
    "datasets-and-metrics-of-paper": ({"paper": "Orca-Math"}, 1),
    "leaderboard": ({"dataset": "gsm8k", "metric": "pass@1"}, 0),
    "evidence": ({"arxiv": "2402.14830"}, 0),
}


@pytest.mark.parametrize("name", sorted(_LIBRARY_PARAMS))
def test_parameterised_library_queries_agree_with_rdflib(example_build: Path, name: str) -> None:
    """Every library query with a parameter gives rdflib's answer on the example build (both
    with the parameter written in as a constant; the name lookups are subqueries)."""
    params, at_least = _LIBRARY_PARAMS[name]
    dump = next((example_build / "dumps").glob("kg-*.ttl.gz"))
    text = resolve_query(name)
    ours = store.run(store.RdfStore.open_dumps([dump]), text, params)
    theirs = run_query(load_graph([dump]), text, params)
    assert ours.columns == theirs.columns
    mine = sorted([store.term_text(t) for t in r] for r in ours.rows)
    assert mine == sorted([str(t) if t is not None else "" for t in r] for r in theirs.rows)
    assert len(mine) >= at_least


@pytest.mark.parametrize("text", ["gsm8k", "Math", "reasoning", "no such name"])
def test_search_page_query_agrees_with_rdflib(example_build: Path, text: str) -> None:
    """The search query (one branch per name property, written for pyoxigraph) finds the same
    entities and classes with the same rank in both stores; an exact name ranks first."""
    from kg.serve.site import query_text

    dump = next((example_build / "dumps").glob("kg-*.ttl.gz"))
    query = query_text("pages/search")
    ours = store.run(store.RdfStore.open_dumps([dump]), query, {"q": text})
    theirs = run_query(load_graph([dump]), query, {"q": text})
    mine = sorted(tuple(store.term_text(r[i]) for i in (0, 1, 3)) for r in ours.rows)
    assert mine == sorted((str(r[0]), str(r[1]), str(r[3])) for r in theirs.rows)
    if text == "gsm8k":
        assert ours.rows[0][2].value == "GSM8K" and store.term_text(ours.rows[0][3]) == "1"
    assert bool(mine) == (text != "no such name")
