"""Deterministic sample graphs (NodeRecord / EdgeRecord rows) for tests and benchmarks.

They follow the build-directory contract (props per kg.schema, provenance on Paper→entity and
result edges, result ids ``result:<16 hex>``) so sinks can be tested before a real build exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.graph import result_node_id
from kg.models import EdgeRecord, NodeRecord
from kg.schema import entity_id

EXTRACTED_AT = "2026-11-28T00:00:00+00:00"
VERSION = "kg-sample-1"

_ENTITIES: dict[str, list[tuple[str, list[str]]]] = {
    "Dataset": [("GSM8K", ["gsm8k", "GSM-8K"]), ("MATH", []), ("SVAMP", []), ("MwpBench", [])],
    "Model": [("GPT-4", ["gpt4"]), ("Llama-3-8B", []), ("Orca-Math", [])],
    "Method": [("chain-of-thought prompting", ["CoT"]), ("LoRA", []), ("rejection tuning", [])],
    "Metric": [("accuracy", ["acc"]), ("pass@1", [])],
    "Task": [("math word problem solving", [])],
}


def _prov(text: str, start: int, end: int, confidence: float) -> dict[str, object]:
    return {
        "evidence": text[start:end] if end > start else text,
        "start": start,
        "end": end,
        "confidence": confidence,
        "extractor_version": VERSION,
        "extracted_at": EXTRACTED_AT,
    }


def sample_records() -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """A small hand-made graph: 3 papers, 13 entities, 2 scores and 1 delta that improves one
    of them (sorted as in a build dir)."""
    nodes: list[NodeRecord] = []
    for label, items in _ENTITIES.items():
        for name, aliases in items:
            props: dict[str, object] = {"name": name, "aliases": aliases}
            if label == "Metric":
                props["higher_is_better"] = True
            nodes.append(NodeRecord(label=label, id=entity_id(label, name), props=props))
    papers = [
        (
            "arxiv:2402.14830",
            "Orca-Math: Unlocking the potential of SLMs in Grade School Math",
            'We fine-tune Mistral-7B into Orca-Math. It achieves 86.81% on GSM8K "pass@1".\n'
            "We use rejection tuning.",
        ),
        (
            "arxiv:2401.00001",
            "MwpBench: a collection of ten datasets (including GSM8K and MATH)",
            "We evaluate GPT-4 with chain-of-thought prompting on MwpBench.",
        ),
        ("title:0123456789abcdef", "A paper without arXiv id", "We study LoRA. Tab\there."),
    ]
    edges: list[EdgeRecord] = []
    for i, (pid, title, abstract) in enumerate(papers):
        text = f"{title}\n\n{abstract}"
        props = {"title": title, "abstract": abstract, "authors": ["A. Author", "B. Author"]}
        if pid.startswith("arxiv:"):
            arxiv = pid.split(":", 1)[1]
            props |= {
                "arxiv_id": arxiv,
                "url": f"https://arxiv.org/abs/{arxiv}",
                "published": f"2024-0{i + 1}-15",
                "categories": ["cs.CL", "cs.LG"],
            }
        nodes.append(NodeRecord(label="Paper", id=pid, props=props))

        def rel(kind: str, label: str, name: str, pid: str = pid, text: str = text) -> None:
            start = max(text.find(name.split()[0]), 0)
            edges.append(
                EdgeRecord(
                    type=kind,
                    source=pid,
                    target=entity_id(label, name),
                    props=_prov(text, start, start + len(name), 0.9),
                )
            )

        if i == 0:
            rel("EVALUATED_ON", "Dataset", "GSM8K")
            rel("PROPOSES", "Model", "Orca-Math")
            rel("USES", "Method", "rejection tuning")
            rel("MEASURED_BY", "Metric", "pass@1")
            rel("ADDRESSES", "Task", "math word problem solving")
            rel("BASED_ON", "Model", "Llama-3-8B")
            results = [("Orca-Math", "GSM8K", "pass@1", 86.81, "score")]
        elif i == 1:
            for ds in ("MwpBench", "GSM8K", "MATH"):
                rel("EVALUATED_ON", "Dataset", ds)
            rel("PROPOSES", "Dataset", "MwpBench")
            rel("USES", "Model", "GPT-4")
            rel("USES", "Method", "chain-of-thought prompting")
            rel("COMPARES_WITH", "Model", "Orca-Math")
            # a score and the improvement reported for it (IMPROVES_BY)
            results = [
                ("GPT-4", "MATH", "accuracy", 42.5, "score"),
                ("GPT-4", "MATH", "accuracy", 3.1, "delta"),
            ]
        else:
            rel("USES", "Method", "LoRA")
            results = []
        score_id = ""
        for model, dataset, metric, value, role in results:
            rid = result_node_id(
                pid,
                entity_id("Model", model),
                entity_id("Dataset", dataset),
                entity_id("Metric", metric),
                value,
                role,
            )
            nodes.append(
                NodeRecord(
                    label="Result",
                    id=rid,
                    props={
                        "value": value,
                        "unit": "%",
                        "higher_is_better": True,
                        "evidence": abstract,
                        "confidence": 0.8,
                        "role": role,
                    },
                )
            )
            prov = _prov(text, len(title) + 2, len(text), 0.8)
            edges.append(EdgeRecord(type="REPORTS", source=pid, target=rid, props=prov))
            if role == "score":
                score_id = rid
            else:
                edges.append(
                    EdgeRecord(type="IMPROVES_BY", source=score_id, target=rid, props=dict(prov))
                )
            edges.append(
                EdgeRecord(type="ON_DATASET", source=rid, target=entity_id("Dataset", dataset))
            )
            edges.append(EdgeRecord(type="OF_MODEL", source=rid, target=entity_id("Model", model)))
            edges.append(
                EdgeRecord(type="WITH_METRIC", source=rid, target=entity_id("Metric", metric))
            )
    nodes.sort(key=lambda n: (n.label, n.id))
    edges.sort(key=lambda e: (e.type, e.source, e.target))
    return nodes, edges


def synthetic_nodes(papers: int, entities_per_type: int | None = None) -> Iterator[NodeRecord]:
    """A synthetic graph of ``papers`` papers for benchmarks (use with :func:`synthetic_edges`)."""
    per_type = entities_per_type or max(10, papers // 5)
    for label in ("Dataset", "Method", "Metric", "Model", "Task"):
        for j in range(per_type):
            props: dict[str, object] = {"name": f"{label} {j}", "aliases": [f"{label[:2]}{j}"]}
            if label == "Metric":
                props["higher_is_better"] = True
            yield NodeRecord(label=label, id=entity_id(label, f"{label} {j}"), props=props)
    for i in range(papers):
        yield NodeRecord(
            label="Paper",
            id=f"arxiv:2401.{i:06d}",
            props={
                "title": f"Paper {i}: on things",
                "abstract": f"We evaluate model {i % 97} on dataset {i % 13}. " * 4,
                "arxiv_id": f"2401.{i:06d}",
                "published": "2024-01-15",
                "authors": ["A. Author", "B. Author"],
                "categories": ["cs.CL"],
            },
        )
    for i in range(papers):
        yield NodeRecord(
            label="Result",
            id=f"result:{i:016x}",
            props={"value": 50 + (i % 500) / 10, "unit": "%", "confidence": 0.8},
        )


def synthetic_edges(papers: int, entities_per_type: int | None = None) -> Iterator[EdgeRecord]:
    per_type = entities_per_type or max(10, papers // 5)
    kinds = (
        ("EVALUATED_ON", "Dataset"),
        ("USES", "Method"),
        ("USES", "Model"),
        ("MEASURED_BY", "Metric"),
        ("ADDRESSES", "Task"),
        ("PROPOSES", "Method"),
    )
    for i in range(papers):
        pid = f"arxiv:2401.{i:06d}"
        text = f"Paper {i}: on things\n\n" + f"We evaluate model {i % 97} on dataset {i % 13}. " * 4
        for k, (kind, label) in enumerate(kinds):
            j = (i * 7 + k * 13) % per_type
            yield EdgeRecord(
                type=kind,
                source=pid,
                target=entity_id(label, f"{label} {j}"),
                props=_prov(text, 22, 70, 0.9),
            )
        rid = f"result:{i:016x}"
        yield EdgeRecord(type="REPORTS", source=pid, target=rid, props=_prov(text, 22, 70, 0.8))
        yield EdgeRecord(
            type="ON_DATASET", source=rid, target=entity_id("Dataset", f"Dataset {i % per_type}")
        )
        yield EdgeRecord(
            type="OF_MODEL", source=rid, target=entity_id("Model", f"Model {i % per_type}")
        )
        yield EdgeRecord(
            type="WITH_METRIC", source=rid, target=entity_id("Metric", f"Metric {i % per_type}")
        )


def write_build_dir(directory: Path, nodes: list[NodeRecord], edges: list[EdgeRecord]) -> Path:
    """Write ``nodes.jsonl`` / ``edges.jsonl`` like a ``kg build`` directory (for tests)."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "nodes.jsonl").write_text(
        "".join(n.model_dump_json() + "\n" for n in nodes), encoding="utf-8"
    )
    (directory / "edges.jsonl").write_text(
        "".join(e.model_dump_json() + "\n" for e in edges), encoding="utf-8"
    )
    return directory
