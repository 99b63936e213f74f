"""The SPARQL endpoint, entity pages and leaderboards of `kg serve`, over real HTTP on 127.0.0.1.

The endpoint is checked with a real SPARQL client (SPARQLWrapper) running the query library's
``papers-evaluated-on``: exactly the 4 GSM8K papers of the example graph.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.config import project_root
from kg.rdf import store as rdfstore
from kg.rdf.sparql import resolve_query
from kg.schema import LEADERBOARD_MIN_CONFIDENCE
from kg.serve.app import serving_in_background

GSM8K_IRI = "https://w3id.org/mlkg/resource/dataset/gsm8k"
GSM8K_PATH = "/mlkg/resource/dataset/gsm8k"
HF = "https://huggingface.co/datasets/openai/gsm8k"


def gold_gsm8k() -> set[str]:
    path = project_root() / "eval" / "gold" / "gsm8k-papers.txt"
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()}


def http(
    url: str,
    *,
    accept: str | None = None,
    data: bytes | None = None,
    ctype: str | None = None,
    method: str | None = None,
) -> tuple[int, dict[str, str], bytes]:
    headers = {}
    if accept:
        headers["Accept"] = accept
    if ctype:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


@pytest.fixture(scope="module")
def served(example_build: Path) -> Iterator[str]:
    with serving_in_background(example_build / "dumps") as port:
        yield f"http://127.0.0.1:{port}"


def gsm8k_query() -> str:
    return rdfstore.bind_parameters(resolve_query("papers-evaluated-on"), {"dataset": "gsm8k"})


def test_sparqlwrapper_runs_the_library_query(served: str) -> None:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    client = SPARQLWrapper(served + "/sparql")
    client.setQuery(gsm8k_query())
    client.setReturnFormat(JSON)
    titles = {b["title"]["value"] for b in client.queryAndConvert()["results"]["bindings"]}
    assert titles == gold_gsm8k() and len(titles) == 4
    client.setMethod(POST)
    rows = client.queryAndConvert()["results"]["bindings"]
    assert {b["title"]["value"] for b in rows} == gold_gsm8k()


def test_get_post_and_result_formats(served: str) -> None:
    q = urllib.parse.urlencode({"query": gsm8k_query()})
    status, headers, body = http(f"{served}/sparql?{q}", accept="application/sparql-results+json")
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert headers["access-control-allow-origin"] == "*"
    assert len(json.loads(body)["results"]["bindings"]) == 4
    status, headers, body = http(f"{served}/sparql?{q}", accept="text/csv")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert status == 200 and rows[0][:2] == ["paper", "title"] and len(rows) == 5
    status, headers, body = http(f"{served}/sparql?{q}", accept="text/tab-separated-values")
    lines = body.decode().splitlines()
    assert status == 200 and lines[0].startswith("?paper\t?title") and len(lines) == 5
    status, _, body = http(
        f"{served}/sparql",
        data=gsm8k_query().encode(),
        ctype="application/sparql-query",
        accept="application/sparql-results+json",
    )
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 4
    status, _, body = http(
        f"{served}/sparql",
        data=q.encode(),
        ctype="application/x-www-form-urlencoded",
        accept="text/csv",
    )
    assert status == 200 and len(body.decode().splitlines()) == 5
    ask = urllib.parse.urlencode({"query": "ASK { ?d rdfs:label 'GSM8K' }"})
    status, _, body = http(f"{served}/sparql?{ask}")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_construct_and_describe_as_turtle_and_jsonld(served: str) -> None:
    q = f"CONSTRUCT {{ <{GSM8K_IRI}> ?p ?o }} WHERE {{ <{GSM8K_IRI}> ?p ?o }}"
    url = f"{served}/sparql?{urllib.parse.urlencode({'query': q})}"
    status, headers, body = http(url, accept="text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=body.decode(), format="turtle")
    assert any(str(o) == "GSM8K" for o in graph.objects())
    status, headers, body = http(url, accept="application/ld+json")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=body.decode(), format="json-ld")) == len(graph)
    d = urllib.parse.urlencode({"query": f"DESCRIBE <{GSM8K_IRI}>"})
    status, headers, body = http(f"{served}/sparql?{d}")
    assert status == 200 and "GSM8K" in body.decode()


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:{port}/x.ttl> WHERE { ?s ?p ?o }",
        "LOAD <http://127.0.0.1:{port}/x.ttl>",
        "INSERT DATA { <http://a> <http://b> <http://c> }",
    ],
)
def test_refused_without_any_connection(served: str, query: str) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        listener.setblocking(False)
        text = query.replace("{port}", str(listener.getsockname()[1]))
        for status, _, body in (
            http(f"{served}/sparql?{urllib.parse.urlencode({'query': text})}"),
            http(
                f"{served}/sparql",
                data=urllib.parse.urlencode({"update": text}).encode(),
                ctype="application/x-www-form-urlencoded",
            ),
            http(f"{served}/sparql", data=text.encode(), ctype="application/sparql-update"),
        ):
            assert status == 400 and b"not allowed" in body
        with pytest.raises(BlockingIOError):
            listener.accept()


def test_cors_preflight_errors_and_void(served: str) -> None:
    status, headers, _ = http(f"{served}/sparql", method="OPTIONS")
    assert status == 204 and "POST" in headers["access-control-allow-methods"]
    status, _, body = http(f"{served}/sparql?query=SELECT%20*%20WHERE%20%7B")
    assert status == 400 and b"bad SPARQL" in body
    status, _, _ = http(f"{served}/sparql", accept="application/sparql-results+json")
    assert status == 400
    status, _, body = http(f"{served}/sparql", accept="text/html")
    assert status == 200 and b"<form" in body
    status, _, body = http(f"{served}/void.ttl")
    assert status == 200
    void = Graph().parse(data=body.decode(), format="turtle", publicID=f"{served}/dumps/x.void.ttl")
    endpoints = {str(o) for o in void.objects(None, None) if str(o).endswith("/sparql")}
    assert endpoints == {f"{served}/sparql"}


@contextlib.contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """A uvicorn server for ``app`` on a free 127.0.0.1 port, in a background thread."""
    import threading
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_timeout_and_result_cap(example_build: Path) -> None:
    from kg.serve.app import create_app

    app = create_app(example_build / "dumps")
    site = app.state.site
    with serve_app(app) as url:
        site.limit = 3
        q = urllib.parse.urlencode({"query": "SELECT ?p WHERE { ?p a kg:Paper }"})
        status, headers, body = http(f"{url}/sparql?{q}")
        assert status == 200 and headers.get("x-kg-truncated") == "true"
        assert len(json.loads(body)["results"]["bindings"]) == 3
        workers = site.rdf().workers
        assert workers is not None  # kg serve evaluates in worker processes
        before = set(workers.pids())
        site.timeout = 0.5
        slow = (
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h . "
            "FILTER (STR(?a) < STR(?h)) }"
        )
        status, _, body = http(f"{url}/sparql?{urllib.parse.urlencode({'query': slow})}")
        assert status == 503 and b"timed out" in body
        after = set(workers.pids())
        assert len(after) == len(before) and len(before - after) == 1  # killed and replaced
        killed = (before - after).pop()
        assert (
            not Path(f"/proc/{killed}").exists()
            or "State:\tZ" in Path(f"/proc/{killed}/status").read_text()
        )
        site.timeout = 30
        status, _, _ = http(f"{url}/sparql?{q}")
        assert status == 200


def test_entity_content_negotiation(served: str) -> None:
    status, headers, body = http(served + GSM8K_PATH, accept="text/html,*/*;q=0.8")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert headers["vary"] == "Accept"
    html = body.decode()
    titles = set(re.findall(r'<tr class="paper"><td><a href="[^"]+">([^<]+)</a>', html))
    import html as htmllib

    assert {htmllib.unescape(t) for t in titles} == gold_gsm8k()
    status, headers, body = http(served + GSM8K_PATH, accept="text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=body.decode(), format="turtle")
    assert (None, None, None) in graph and any(str(o) == "GSM8K" for o in graph.objects())
    papers = {str(s) for s, p, o in graph if str(p).endswith("#evaluatedOn")}
    assert len(papers) == 4
    status, headers, body = http(served + GSM8K_PATH, accept="application/ld+json")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=body.decode(), format="json-ld")) == len(graph)
    status, _, _ = http(served + "/mlkg/resource/dataset/no-such-dataset", accept="text/html")
    assert status == 404
    status, _, body = http(served + "/search?q=gsm8k")
    assert status == 200 and GSM8K_PATH.encode() in body


def test_paper_page_shows_entities_evidence_and_results(served: str) -> None:
    q = urllib.parse.urlencode(
        {
            "query": (
                "SELECT ?p WHERE { ?p a kg:Paper ; dcterms:title ?t . "
                "FILTER(STRSTARTS(?t, 'Orca-Math')) }"
            )
        }
    )
    _, _, body = http(f"{served}/sparql?{q}")
    iri = json.loads(body)["results"]["bindings"][0]["p"]["value"]
    status, _, body = http(served + urllib.parse.urlsplit(iri).path, accept="text/html")
    html = body.decode()
    assert status == 200 and "Orca-Math" in html and 'class="entities"' in html
    assert GSM8K_PATH in html and "81.5" in html


def _dump_with_extra(example_build: Path, tmp_path: Path, extra: str) -> Path:
    import gzip

    dumps = tmp_path / "dumps"
    dumps.mkdir()
    src = next((example_build / "dumps").glob("kg-*.ttl.gz"))
    text = gzip.decompress(src.read_bytes()).decode("utf-8")
    (dumps / src.name.removesuffix(".gz")).write_text(text + extra, encoding="utf-8")
    return dumps


def test_dataset_page_shows_external_ids_when_the_kb_gives_them(
    example_build: Path, tmp_path: Path
) -> None:
    extra = f"\n<{GSM8K_IRI}> <https://schema.org/sameAs> <{HF}> .\n"
    with serving_in_background(_dump_with_extra(example_build, tmp_path, extra)) as port:
        status, _, body = http(f"http://127.0.0.1:{port}{GSM8K_PATH}", accept="text/html")
    assert status == 200 and f'href="{HF}"'.encode() in body and b"Hugging Face" in body


def test_leaderboards_keep_only_trusted_scores(example_build: Path, tmp_path: Path) -> None:
    kg = "https://w3id.org/mlkg/ontology#"
    r = "https://w3id.org/mlkg/resource/result/"
    paper = "https://w3id.org/mlkg/resource/paper/test-1"
    metric = "https://w3id.org/mlkg/resource/metric/pass-1"  # GSM8K pass@1: Orca-Math 81.5
    extra = [f'<{paper}> a <{kg}Paper> ; <http://purl.org/dc/terms/title> "Test paper" .']
    for rid, value, conf, role in (
        ("t-score", 99.1, 0.9, None),
        ("t-low", 99.5, LEADERBOARD_MIN_CONFIDENCE - 0.1, None),
        ("t-delta", 99.9, 0.9, "delta"),
    ):
        extra.append(
            f"<{paper}> <{kg}reports> <{r}{rid}> .\n"
            f"<{r}{rid}> <{kg}onDataset> <{GSM8K_IRI}> ; "
            f"<http://www.w3.org/ns/mls#specifiedBy> <{metric}> ;"
            f" <http://www.w3.org/ns/mls#hasValue> {value} ; <{kg}confidence> {conf} ;"
            f' <{kg}evidenceText> "{rid} evidence" '
            + (f'; <{kg}resultRole> "{role}" .' if role else ".")
        )
    dumps = _dump_with_extra(example_build, tmp_path, "\n" + "\n".join(extra) + "\n")
    with serving_in_background(dumps) as port:
        status, _, body = http(f"http://127.0.0.1:{port}/leaderboards", accept="text/html")
    html = body.decode()
    assert status == 200 and "t-score evidence" in html
    assert "t-low evidence" not in html and "t-delta evidence" not in html
    board = html.split('data-dataset="GSM8K" data-metric="pass@1"', 1)[1].split("</section>")[0]
    assert board.index("99.1") < board.index("Orca-Math")  # best first
    assert "<svg" not in board and "Plotly.newPlot" in board  # a chart, drawn in the browser


def test_trends_page_has_charts_and_tables(dated_build: Path) -> None:
    with serving_in_background(dated_build / "dumps") as port:
        status, _, body = http(f"http://127.0.0.1:{port}/trends", accept="text/html")
        _, _, js = http(f"http://127.0.0.1:{port}/static/plotly.min.js")
    html = body.decode()
    assert status == 200 and html.count('class="trend-table"') == 3
    assert 'class="cooccurrence-table"' in html and html.count("Plotly.newPlot") == 4
    assert "2025-03" in html  # undated papers: the month of their arXiv id
    assert len(js) > 1_000_000 and b"Plotly" in js[:5000]


def test_threshold_is_the_shared_constant() -> None:
    from kg.neo4j.queries import get_query

    spec = get_query("sota-over-time")
    assert spec.param("min_confidence").default == LEADERBOARD_MIN_CONFIDENCE
    rq = resolve_query("sota-over-time")
    assert re.findall(r">= ([0-9.]+)\)", rq) == [str(LEADERBOARD_MIN_CONFIDENCE)] * 2
    from kg.schema import NODES, expand

    role = next(p for p in NODES["Result"].props if p.name == "role")
    # the SPARQL filters on the predicate the mapping table gives the result role
    assert role.predicate in rq
    assert expand(role.predicate) == "https://w3id.org/mlkg/ontology#resultRole"


def test_report_cli(
    example_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    out = tmp_path / "r" / "report.html"
    assert main(["report", str(example_build), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('class="leaderboard-table"') >= 3 and "<script src=" not in html
    assert 'class="cooccurrence-table"' in html and "Plotly.newPlot" in html
    assert main(["report", str(tmp_path / "missing"), "-o", str(out)]) == 3
    assert "kg: error:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "text/html"),
        ("*/*", "text/html"),
        ("text/turtle", "text/turtle"),
        ("application/ld+json;q=0.9, text/turtle;q=0.5", "application/ld+json"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),
        ("application/rdf+xml", None),
        ("text/turtle;q=0, */*;q=0.1", "text/html"),
    ],
)
def test_content_negotiation_choice(accept: str | None, expected: str | None) -> None:
    from kg.serve.negotiate import choose

    offers = ["text/html", "text/turtle", "application/ld+json", "application/n-triples"]
    assert choose(accept, offers) == expected
