"""Extraction: a spaCy pipeline that turns a :class:`~kg.models.Paper` into an
:class:`~kg.models.Extraction` (mentions, paper relations, results, canonical entities).

Public API::

    build_nlp(config_overrides=None, spacy_model=None) -> spacy.Language   (kg.extract.pipeline)
    extract_papers(papers, *, nlp=None, n_process=1, batch_size=64) -> Iterator[Extraction]
    extract_paper(paper, nlp=None) -> Extraction
    extract_json_lines(papers, *, nlp=None, n_process=1, batch_size=64) -> Iterator[ExtractionLine]
    own_process()   # for a program that owns its process: freeze the loaded heap (gc.freeze)
    EXTRACTOR_VERSION
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.models import Extraction, Paper

if TYPE_CHECKING:
    from spacy.language import Language

EXTRACTOR_VERSION = "kg-extract/0.4.0"

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractionLine",
    "extract_json_lines",
    "extract_paper",
    "extract_papers",
    "own_process",
]

_DEFAULT_NLP: Language | None = None
_FREEZE_PENDING = False  # set by own_process(), cleared once the heap is frozen


def own_process() -> None:
    """Declare that kg owns this process (the ``kg`` command does; a library caller does not).

    Extraction in a process kg owns then freezes the heap once, right before its first batch
    (``gc.freeze()``): the loaded pipeline's ~170,000 long-lived objects (knowledge base,
    word lists, vocabulary) leave the cyclic collector's generations, so the full collections
    that extraction's many short-lived objects trigger stop rescanning them (`kg extract` on
    6,000 abstracts: 12–13% less CPU). Worker processes of ``n_process > 1`` always do it: they are
    kg's own. It is process-wide (objects that exist at that moment are never cycle-collected),
    which is why a library call leaves the caller's process alone unless asked.
    """
    global _FREEZE_PENDING
    _FREEZE_PENDING = True


def _freeze_heap() -> None:
    """``gc.freeze()`` once per process (see :func:`own_process`)."""
    global _FREEZE_PENDING
    if _FREEZE_PENDING:
        _FREEZE_PENDING = False
        gc.freeze()


def _default_nlp() -> Language:
    global _DEFAULT_NLP
    if _DEFAULT_NLP is None:
        from kg.extract.pipeline import build_nlp

        _DEFAULT_NLP = build_nlp()
    return _DEFAULT_NLP


def extract_papers(
    papers: Iterable[Paper],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    stamp: dt.datetime | None = None,
) -> Iterator[Extraction]:
    """Stream one :class:`Extraction` per paper, in input order.

    One process: ``nlp.pipe(as_tuples=True)``. With ``n_process > 1`` each worker process runs
    the same ``nlp.pipe(as_tuples=True)`` on batches and returns finished Extractions: shipping
    spaCy Docs back to the parent (what ``nlp.pipe(n_process=N)`` does) costs more than the
    extraction itself. At most ``2 * n_process`` batches are in flight, so memory stays flat.
    ``stamp`` (default: now, to the second) is every Extraction's ``extracted_at``; a resumed
    sharded run passes the first run's stamp so its output is byte-identical.
    """
    pipeline = nlp if nlp is not None else _default_nlp()
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    if n_process > 1:
        yield from _extract_parallel(papers, pipeline, n_process, batch_size, stamp)
        return
    yield from _extract_batch(pipeline, papers, stamp, batch_size)


def _extract_batch(
    pipeline: Language, papers: Iterable[Paper], stamp: dt.datetime, batch_size: int = 64
) -> Iterator[Extraction]:
    from kg.extract.convert import doc_to_extraction

    _freeze_heap()
    limit = pipeline.max_length
    pairs = ((p.text, p) for p in papers if len(p.text) <= limit or _too_long(p, limit))
    for doc, paper in pipeline.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield doc_to_extraction(doc, paper, stamp, EXTRACTOR_VERSION)


def _too_long(paper: Paper, limit: int) -> bool:
    """A paper longer than spaCy's ``max_length`` would abort the run (E088): skip it."""
    where = paper.source.location() if paper.source is not None else paper.id
    logging.getLogger("kg.extract").warning(
        "skipped %s: %d characters > the pipeline's max_length %d (see --max-chars)",
        where,
        len(paper.text),
        limit,
    )
    return False


class ExtractionLine(NamedTuple):
    """One Extraction as its JSON line (``Extraction.model_dump_json()``) and its sizes."""

    json: str
    mentions: int
    relations: int
    results: int


def _line(ex: Extraction) -> ExtractionLine:
    return ExtractionLine(
        ex.model_dump_json(), len(ex.mentions), len(ex.relations), len(ex.results)
    )


def extract_json_lines(
    papers: Iterable[Paper],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 64,
    stamp: dt.datetime | None = None,
) -> Iterator[ExtractionLine]:
    """:func:`extract_papers` for callers that only write JSON lines (``kg extract``).

    Same Extractions, same order, same JSON; with ``n_process > 1`` the parent passes on the
    workers' JSON instead of parsing and re-serialising every Extraction, so it stays out of
    the workers' way.
    """
    pipeline = nlp if nlp is not None else _default_nlp()
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    if n_process > 1:
        for raw in _extract_parallel(papers, pipeline, n_process, batch_size, stamp, True):
            yield ExtractionLine(*raw)
        return
    for ex in _extract_batch(pipeline, papers, stamp, batch_size):
        yield _line(ex)


_WORKER_NLP: Language | None = None


def _worker_init(pipeline: Language) -> None:
    global _WORKER_NLP
    _WORKER_NLP = pipeline
    own_process()  # a pool worker is kg's own process


def _worker_run(batch: list[str], stamp: dt.datetime, lines: bool = False) -> list[Any]:
    # JSON both ways: pydantic's core (de)serialises it far faster than pickle does models
    assert _WORKER_NLP is not None
    papers = [Paper.model_validate_json(p) for p in batch]
    exs = _extract_batch(_WORKER_NLP, papers, stamp, len(batch) or 1)
    if lines:
        return [tuple(_line(ex)) for ex in exs]
    return [ex.model_dump_json() for ex in exs]


def _extract_parallel(
    papers: Iterable[Paper],
    pipeline: Language,
    n_process: int,
    batch_size: int,
    stamp: dt.datetime,
    lines: bool = False,
) -> Iterator[Any]:
    """Extractions (or, with ``lines``, ``ExtractionLine`` tuples) from a pool of workers."""
    import multiprocessing as mp
    from collections import deque
    from itertools import islice

    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else methods[0])
    it = iter(papers)
    with ctx.Pool(n_process, initializer=_worker_init, initargs=(pipeline,)) as pool:
        pending: deque[Any] = deque()
        while True:
            while len(pending) < 2 * n_process:
                batch = [p.model_dump_json() for p in islice(it, batch_size)]
                if not batch:
                    break
                pending.append(pool.apply_async(_worker_run, (batch, stamp, lines)))
            if not pending:
                break
            if lines:
                yield from pending.popleft().get()
                continue
            for raw in pending.popleft().get():
                yield Extraction.model_validate_json(raw)


def extract_paper(paper: Paper, nlp: Language | None = None) -> Extraction:
    """Extract one paper."""
    return next(extract_papers([paper], nlp=nlp))
