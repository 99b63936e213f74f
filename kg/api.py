"""The Python API, for notebooks and scripts: the same steps as the ``kg`` commands, returning
pydantic models and plain rows instead of printing.

::

    from kg.api import build, extract, paper, query, stats

    ex = extract(paper("Orca-Math", "We fine-tune Mistral-7B and evaluate on GSM8K."))[0]
    [(m.text, m.type) for m in ex.mentions]           # Extraction models (kg.models)
    result = build(["examples/hf-trending-papers.txt"], out="kg-out")  # files; load=True → Neo4j
    stats("kg-out").top["Dataset"][0].name             # GraphStatistics (kg.stats)
    query("papers-evaluated-on", dataset="GSM8K")      # list of dicts (needs a running Neo4j)

Settings (Neo4j address, credentials) come from the environment and the config file exactly as
for the CLI (:mod:`kg.config`); pass ``settings=get_settings(NEO4J_URI=...)`` to override.
Errors are :class:`kg.errors.KGError` subclasses.

(The names live in ``kg.api`` rather than ``kg`` itself because ``kg.build`` and ``kg.extract``
are already modules of the package.)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.config import Settings, get_settings
from kg.models import Extraction, Paper

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.build import BuildResult
    from kg.stats import GraphStatistics

Inputs = str | os.PathLike[str] | Paper | Iterable[str | os.PathLike[str] | Paper]

__all__ = ["build", "extract", "paper", "query", "read", "stats"]


def paper(title: str, abstract: str, *, id: str | None = None, **fields: Any) -> Paper:
    """A :class:`~kg.models.Paper` from a title and an abstract (id: the title hash, as the
    readers make it, unless given; other ``Paper`` fields as keywords)."""
    from kg.sources.ids import make_paper_id

    pid = id or make_paper_id(arxiv_id=fields.get("arxiv_id"), doi=fields.get("doi"), title=title)
    return Paper(id=pid, title=title, abstract=abstract, **fields)


def _split(inputs: Inputs) -> tuple[list[Paper], list[str]]:
    items: Iterable[Any] = [inputs] if isinstance(inputs, str | os.PathLike | Paper) else inputs
    papers: list[Paper] = []
    paths: list[str] = []
    for item in items:
        if isinstance(item, Paper):
            papers.append(item)
        else:
            paths.append(os.fspath(item))
    if papers and paths:
        raise TypeError("give either Paper objects or input paths, not both")
    return papers, paths


def read(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, fmt: str | None = None
) -> list[Paper]:
    """The papers of input files/directories (any format ``kg ingest`` reads); bad records are
    skipped with a logged warning, as on the command line."""
    from kg.sources import read_papers

    _, paths = _split(inputs)
    return list(read_papers(paths, fmt))


def extract(
    inputs: Inputs, *, fmt: str | None = None, nlp: Language | None = None
) -> list[Extraction]:
    """One :class:`~kg.models.Extraction` per paper (mentions, relations, results, entities).

    ``inputs``: a :class:`~kg.models.Paper`, a list of them, or input path(s).
    """
    from kg.extract import extract_papers

    papers, paths = _split(inputs)
    if paths:
        papers = read(paths, fmt=fmt)
    return list(extract_papers(papers, nlp=nlp))


def build(
    inputs: Inputs,
    *,
    out: str | os.PathLike[str] = "kg-out",
    fmt: str | None = None,
    load: bool = False,
    settings: Settings | None = None,
    jobs: int = 1,
) -> BuildResult:
    """``kg build``: extract, resolve and write the build directory ``out``; with
    ``load=True`` also load it into Neo4j (an unreachable server is then an error).

    Returns the :class:`~kg.build.BuildResult` (``out_dir``, ``summary`` dict, ``loaded``).
    """
    from kg.build import run_build
    from kg.extract import extract_papers

    papers, paths = _split(inputs)
    extractions = extract_papers(papers, n_process=jobs) if papers else None
    return run_build(
        paths or [f"<{len(papers)} papers>"],
        out_dir=Path(out),
        fmt=fmt,
        n_process=jobs,
        settings=settings or (get_settings() if load else None),
        load=load,
        require_load=load,
        progress=False,
        extractions=extractions,
        echo=lambda _msg: None,
    )


def query(
    name: str | None = None,
    /,
    *,
    cypher: str | None = None,
    params: dict[str, Any] | None = None,
    settings: Settings | None = None,
    **kwargs: Any,
) -> list[dict[str, Any]]:
    """Rows (plain dicts) of a library query (``kg query --list``) or of your own ``cypher``.

    Parameters as ``params={...}`` or keywords: ``query("top-datasets", limit=5)``. Values
    always travel as query parameters.
    """
    from kg.neo4j import queries as q
    from kg.neo4j.driver import connect

    values: dict[str, Any] = {**(params or {}), **kwargs}
    if (name is None) == (cypher is None):
        raise TypeError("give a library query name or cypher=..., not both")
    if name is not None:
        spec = q.get_query(name)
        as_text = {k: v if isinstance(v, str) else str(v) for k, v in values.items()}
        bound = q.bind_params(spec, as_text)
        bound.update({k: v for k, v in values.items() if not isinstance(v, str)})
        text, values = spec.text, bound
    else:
        assert cypher is not None
        text = cypher
    settings = settings or get_settings()
    driver = connect(settings)
    try:
        result = q.run_cypher(driver, text, values, database=settings.neo4j_database)
    finally:
        driver.close()
    return [dict(row) for row in result.rows]


def stats(
    source: str | os.PathLike[str] = "kg-out",
    *,
    top: int = 5,
    settings: Settings | None = None,
) -> GraphStatistics:
    """``kg stats``: a build directory's statistics, or Neo4j's with ``source="neo4j"``."""
    from kg import stats as graph_stats

    if os.fspath(source) != "neo4j":
        return graph_stats.stats_of_build_dir(Path(source), top=top)
    from kg.neo4j.driver import connect

    settings = settings or get_settings()
    driver = connect(settings)
    try:
        return graph_stats.stats_of_neo4j(
            driver, database=settings.neo4j_database, top=top, source=settings.neo4j_uri
        )
    finally:
        driver.close()
