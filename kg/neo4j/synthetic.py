"""Deterministic synthetic extractions for load tests and benchmarks (no NLP involved).

``synthetic_extractions(n)`` yields ``n`` :class:`~kg.models.Extraction` objects, one at a
time (streaming), each with a handful of relations and results over a fixed pool of entities,
so loading them exercises every label and relationship type. Paper ``i`` is always the same
for a given seed, whatever ``n`` is.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from kg.models import Entity, Evidence, Extraction, Paper, PaperRelation, Result
from kg.schema import entity_id

EXTRACTED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
POOL_SIZES: dict[str, int] = {"Dataset": 300, "Method": 600, "Model": 400, "Metric": 40, "Task": 60}


def _entity(etype: str, i: int) -> Entity:
    name = f"Syn{etype}-{i}"
    return Entity(
        id=entity_id(etype, name),
        type=etype,  # type: ignore[arg-type]
        name=name,
        aliases=[f"syn {etype.lower()} {i}"],
        higher_is_better=(i % 4 != 0) if etype == "Metric" else None,
    )


def synthetic_extractions(
    n_papers: int, *, seed: int = 0, start: int = 0, version: str = "synthetic-1"
) -> Iterator[Extraction]:
    """Yield papers ``start … start+n_papers-1``."""
    for i in range(start, start + n_papers):
        rng = random.Random(f"{seed}:{i}")
        title = f"Synthetic paper {i}: a study of things"
        abstract = (
            f"We evaluate method {i % 97} on several benchmarks. "
            f"Our model reaches {rng.randint(50, 99)}.{rng.randint(0, 9)} accuracy."
        )
        paper = Paper(
            id=f"arxiv:9{seed:01d}{i:08d}",
            title=title,
            abstract=abstract,
            arxiv_id=f"9{seed:01d}{i:08d}",
            authors=[f"Author {rng.randint(1, 5000)}", f"Author {rng.randint(1, 5000)}"],
            published=dt.date(2025, 1 + i % 12, 1 + i % 28),
        )
        ev = Evidence(sentence=abstract.split(". ")[0] + ".", start=len(title) + 2, end=0)
        ev = ev.model_copy(update={"end": ev.start + len(ev.sentence)})
        chosen: dict[str, list[Entity]] = {}
        for etype, k in (("Dataset", 2), ("Method", 2), ("Model", 1), ("Metric", 1), ("Task", 1)):
            idx = sorted({rng.randrange(POOL_SIZES[etype]) for _ in range(k + rng.randint(0, 1))})
            chosen[etype] = [_entity(etype, j) for j in idx]
        relations: list[PaperRelation] = []

        def rel(
            rtype: str, ent: Entity, ev: Evidence = ev, rng: random.Random = rng
        ) -> PaperRelation:
            return PaperRelation(
                type=rtype,  # type: ignore[arg-type]
                entity_id=ent.id,
                entity_type=ent.type,
                confidence=round(rng.uniform(0.5, 1.0), 3),
                evidence=ev,
                source="synthetic",
            )

        relations += [rel("EVALUATED_ON", e) for e in chosen["Dataset"]]
        relations += [rel("USES", e) for e in chosen["Method"]]
        relations += [rel("PROPOSES", e) for e in chosen["Model"]]
        relations += [rel("MEASURED_BY", e) for e in chosen["Metric"]]
        relations += [rel("ADDRESSES", e) for e in chosen["Task"]]
        results: list[Result] = []
        for d in chosen["Dataset"][: rng.randint(0, 2)]:
            value = round(rng.uniform(10, 99), 1)
            model, metric = chosen["Model"][0], chosen["Metric"][0]
            results.append(
                Result(
                    id=f"result:{i:016x}"[-23:],
                    model_id=model.id,
                    dataset_id=d.id,
                    metric_id=metric.id,
                    value=value,
                    higher_is_better=metric.higher_is_better,
                    confidence=0.8,
                    evidence=ev,
                )
            )
        entities = [e for group in chosen.values() for e in group]
        yield Extraction(
            paper=paper,
            relations=relations,
            results=results,
            entities=entities,
            extractor_version=version,
            extracted_at=EXTRACTED_AT,
        )


def synthetic_entities() -> Iterator[Entity]:
    """Every entity of the pool (what a registry over many synthetic papers converges to)."""
    for etype, size in POOL_SIZES.items():
        for j in range(size):
            yield _entity(etype, j)
