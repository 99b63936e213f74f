"""`kg eval` on our JSONL gold: mentions, relations (with aliases), GSM8K check, bad files."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.evaluate import evaluate_jsonl, read_gold_jsonl
from kg.models import Entity, Evidence, Extraction, Mention, Paper, PaperRelation

T1 = "Orca-Math: small models\n\nWe train Orca-Math on GSM8K and report accuracy."
T2 = "Phi-GSM scaling\n\nWe present Phi-GSM, evaluated on MATH."


def span(text: str, sub: str, typ: str, canonical: str | None = None) -> dict[str, Any]:
    start = text.index(sub)
    return {
        "start": start,
        "end": start + len(sub),
        "type": typ,
        "text": sub,
        "canonical": canonical or sub,
    }


GOLD = [
    {
        "id": "title:1",
        "title": "Orca-Math: small models",
        "text": T1,
        "spans": [
            span(T1, "Orca-Math", "Model"),
            span(T1, "GSM8K", "Dataset"),
            span(T1, "accuracy", "Metric"),
        ],
        "relations": [
            {"type": "EVALUATED_ON", "entity": "GSM8K", "entity_type": "Dataset"},
            {"type": "PROPOSES", "entity": "Orca-Math", "entity_type": "Model"},
        ],
    },
    {
        "id": "title:2",
        "title": "Phi-GSM scaling",
        "text": T2,
        "spans": [span(T2, "Phi-GSM", "Model"), span(T2, "MATH", "Dataset")],
        "relations": [{"type": "EVALUATED_ON", "entity": "MATH", "entity_type": "Dataset"}],
    },
]


def write_gold(tmp_path: Path, records: list[Any]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def ev(text: str) -> Evidence:
    return Evidence(sentence=text, start=0, end=len(text))


def mention(paper: Paper, sub: str, typ: str, eid: str) -> Mention:
    start = paper.text.index(sub)
    return Mention(
        text=sub,
        type=typ,  # type: ignore[arg-type]
        start=start,
        end=start + len(sub),
        sentence=0,
        entity_id=eid,
        confidence=0.9,
        source="fake",
    )


def rel(rtype: str, eid: str, etype: str) -> PaperRelation:
    return PaperRelation(
        type=rtype,  # type: ignore[arg-type]
        entity_id=eid,
        entity_type=etype,  # type: ignore[arg-type]
        confidence=0.9,
        evidence=ev("x"),
    )


def fake_extract(papers: Iterable[Paper]) -> Iterator[Extraction]:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for p in papers:
        if p.id == "title:1":
            mentions = [
                mention(p, "Orca-Math", "Model", "model:orca-math"),
                mention(p, "GSM8K", "Dataset", "dataset:grade-school-math"),
                mention(p, "accurac", "Metric", "metric:accuracy"),  # overlap only
            ]
            relations = [
                # matched through an alias of the predicted entity
                rel("EVALUATED_ON", "dataset:grade-school-math", "Dataset"),
                rel("EVALUATED_ON", "dataset:grade-school-math", "Dataset"),  # duplicate
                rel("USES", "model:orca-math", "Model"),
            ]
            entities = [
                Entity(
                    id="dataset:grade-school-math",
                    type="Dataset",
                    name="Grade School Math",
                    aliases=["GSM8K", "GSM-8K"],
                )
            ]
        else:
            # the false positive we care about: Phi-GSM is not GSM8K
            mentions = [mention(p, "Phi-GSM", "Dataset", "dataset:gsm8k")]
            relations = [rel("EVALUATED_ON", "dataset:gsm8k", "Dataset")]
            entities = []
        yield Extraction(
            paper=p,
            mentions=mentions,
            relations=relations,
            entities=entities,
            extractor_version="fake",
            extracted_at=now,
        )


def test_read_gold_builds_papers(tmp_path: Path) -> None:
    golds = read_gold_jsonl(write_gold(tmp_path, GOLD))
    assert [g.id for g in golds] == ["title:1", "title:2"]
    paper = golds[0].to_paper()
    assert paper.title == "Orca-Math: small models"
    assert paper.text == T1
    assert golds[1].line == 2


def test_scores_mentions_relations_and_gsm8k(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    report = evaluate_jsonl(write_gold(tmp_path, GOLD), fake_extract, write_predictions=out)
    assert report.labels == ["Model", "Dataset", "Metric"]
    ex = report.mentions.exact
    assert (ex["Model"].gold, ex["Model"].pred, ex["Model"].matched_gold) == (2, 1, 1)
    assert (ex["Dataset"].gold, ex["Dataset"].pred, ex["Dataset"].matched_gold) == (2, 2, 1)
    assert ex["Metric"].matched_gold == 0 and report.mentions.overlap["Metric"].f1 == 1.0
    assert report.mentions.confusions[("Model", "Dataset")] == 1
    eo = report.relations["EVALUATED_ON"]
    assert (eo.gold, eo.pred, eo.matched_gold) == (2, 2, 1)
    assert report.relations["PROPOSES"].recall == 0.0
    assert report.relations["USES"].pred == 1 and report.relations["USES"].gold == 0
    assert "MEASURED_BY" not in report.relations
    g = report.gsm8k
    assert g is not None
    assert g["true_positives"] == 1
    assert g["false_positives"] == ["Phi-GSM scaling"]
    assert g["false_negatives"] == []
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["text"] == T1
    assert lines[0]["spans"][1]["canonical"] == "Grade School Math"
    # the predictions file is itself a valid gold file
    assert len(read_gold_jsonl(out)) == 2
    d = report.to_dict()
    assert d["relations"]["EVALUATED_ON"]["tp"] == 1
    assert d["gsm8k"]["false_positives"] == ["Phi-GSM scaling"]


def test_labels_option_restricts(tmp_path: Path) -> None:
    report = evaluate_jsonl(write_gold(tmp_path, GOLD), fake_extract, labels=["Dataset"])
    assert report.labels == ["Dataset"]
    assert report.mentions.micro().pred == 2


@pytest.mark.parametrize(
    ("record", "fragment"),
    [
        ("{not json", "invalid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"text": "x"}', "missing field 'id'"),
        (
            '{"id": "a", "text": "Hello world", "spans": '
            '[{"start": 0, "end": 5, "type": "Model", "text": "Hellx"}]}',
            "not the span text",
        ),
        (
            '{"id": "a", "text": "Hello", "spans": '
            '[{"start": 0, "end": 50, "type": "Model", "text": "Hello"}]}',
            "outside the text",
        ),
        (
            '{"id": "a", "text": "Hello", "spans": '
            '[{"start": 0, "end": 5, "type": "Thing", "text": "Hello"}]}',
            "unknown type",
        ),
        (
            '{"id": "a", "text": "Hello", "relations": [{"type": "LIKES", "entity": "x"}]}',
            "unknown relation type",
        ),
    ],
)
def test_bad_gold_names_file_and_line(tmp_path: Path, record: str, fragment: str) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps(GOLD[0])
    path.write_text(f"{good}\n\n{record}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold_jsonl(path)
    assert f"{path}:3:" in str(err.value)
    assert fragment in str(err.value)


def test_duplicate_ids_rejected(tmp_path: Path) -> None:
    path = write_gold(tmp_path, [GOLD[0], GOLD[0]])
    with pytest.raises(InputError, match=r":2: duplicate id"):
        read_gold_jsonl(path)
