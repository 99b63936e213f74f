"""EntityRegistry: alias components, deterministic canonical choice, remapping."""

from __future__ import annotations

import datetime as dt
import itertools

from kg.models import Entity, Evidence, Extraction, Paper, PaperRelation, Result
from kg.resolve import EntityRegistry, resolve_extractions

AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def ex(pid: str, entities: list[Entity], rels: list[tuple[str, str, str]] = ()) -> Extraction:
    ev = Evidence(sentence="We evaluate.", start=0, end=12)
    return Extraction(
        paper=Paper(id=pid, title=f"Paper {pid}", abstract="We evaluate."),
        entities=entities,
        relations=[
            PaperRelation(type=t, entity_id=i, entity_type=et, confidence=0.9, evidence=ev)
            for t, i, et in rels
        ],
        extractor_version="t",
        extracted_at=AT,
    )


GSM = Entity(id="dataset:gsm8k", type="Dataset", name="GSM8K", aliases=["GSM8k"])
GSM_LONG = Entity(
    id="dataset:grade-school-math-8k",
    type="Dataset",
    name="Grade School Math 8K",
    aliases=["gsm8k"],
)
MATH = Entity(id="dataset:math", type="Dataset", name="MATH")
MATH_METHOD = Entity(id="method:math", type="Method", name="math")


def test_alias_component_merges_to_most_frequent_member() -> None:
    exs = [
        ex("p1", [GSM], [("EVALUATED_ON", GSM.id, "Dataset")]),
        ex("p2", [GSM], [("EVALUATED_ON", GSM.id, "Dataset")]),
        ex("p3", [GSM_LONG], [("EVALUATED_ON", GSM_LONG.id, "Dataset")]),
    ]
    reg = resolve_extractions(exs)
    assert reg.canonical_id("dataset:grade-school-math-8k") == "dataset:gsm8k"
    ent = reg.get("dataset:gsm8k")
    assert ent is not None and ent.name == "GSM8K"
    assert ent.aliases == ["GSM8k", "Grade School Math 8K", "gsm8k"]
    remapped = reg.remap(exs[2])
    assert [r.entity_id for r in remapped.relations] == ["dataset:gsm8k"]
    assert [e.id for e in remapped.entities] == ["dataset:gsm8k"]


def test_types_never_merge() -> None:
    reg = resolve_extractions([ex("p1", [MATH, MATH_METHOD])])
    assert {e.id for e in reg.entities()} == {"dataset:math", "method:math"}


def test_resolution_is_independent_of_input_order() -> None:
    base = [
        ex("p1", [GSM, MATH], [("EVALUATED_ON", GSM.id, "Dataset")]),
        ex("p2", [GSM_LONG], [("EVALUATED_ON", GSM_LONG.id, "Dataset")]),
        ex("p3", [GSM_LONG, MATH], [("EVALUATED_ON", MATH.id, "Dataset")]),
        ex("p4", [GSM], []),
    ]
    outcomes = set()
    for perm in itertools.permutations(base):
        reg = resolve_extractions(perm)
        outcomes.add(tuple(e.model_dump_json() for e in reg.entities()))
    assert len(outcomes) == 1


def test_tie_breaks_on_shorter_name_then_id() -> None:
    reg = resolve_extractions([ex("p1", [GSM_LONG]), ex("p2", [GSM])])
    assert reg.canonical_id(GSM_LONG.id) == "dataset:gsm8k"


def test_result_ids_remapped_and_placeholders_created() -> None:
    ev = Evidence(sentence="s", start=0, end=1)
    e = ex("p1", [GSM_LONG])
    e = e.model_copy(
        update={
            "results": [
                Result(
                    id="result:x",
                    model_id="model:orca-math",
                    dataset_id=GSM_LONG.id,
                    metric_id="metric:accuracy",
                    value=86.8,
                    confidence=0.9,
                    evidence=ev,
                )
            ]
        }
    )
    reg = EntityRegistry()
    reg.add_extraction(e)
    reg.add_extraction(ex("p2", [GSM], [("EVALUATED_ON", GSM.id, "Dataset")]))
    reg.resolve()
    r = reg.remap(e).results[0]
    assert r.dataset_id == "dataset:gsm8k"
    assert r.model_id == "model:orca-math"
    referenced = {x.id for x in reg.referenced_entities()}
    assert {"dataset:gsm8k", "model:orca-math", "metric:accuracy"} <= referenced


def test_metric_higher_is_better_majority() -> None:
    acc = Entity(id="metric:accuracy", type="Metric", name="accuracy", higher_is_better=True)
    acc2 = acc.model_copy(update={"higher_is_better": None})
    reg = resolve_extractions([ex("p1", [acc]), ex("p2", [acc2]), ex("p3", [acc])])
    assert reg.get("metric:accuracy").higher_is_better is True  # type: ignore[union-attr]
