"""User catalogs (`kg build --catalog`) and the BROADER roll-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.kb import build_kb
from kg.kb.catalog import apply_catalog, read_catalog
from kg.kb.rollup import broader_links
from kg.models import Entity


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_catalog_adds_overrides_blocks_and_merges(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "cat.tsv",
        "# type\tname\taliases\tsame_as\tbroader\tdescription\n"
        "Dataset\tMyBench\tMy-Bench|MB-1\thttps://example.org/mybench\t\tOur benchmark\n"
        "Dataset\tGSM8K\tgrade-school-8k\n"
        "!block\tDataset\tMedium\n"
        "!merge\tDataset\tSQuAD 2.0\tSQuAD\n",
    )
    kb = build_kb()
    apply_catalog(kb, read_catalog(path))
    mine = kb.lookup("mb-1", "Dataset")
    assert mine is not None and mine.same_as == ["https://example.org/mybench"]
    assert mine.kb_source == f"catalog:{path}:2" and mine.description == "Our benchmark"
    gsm = kb.lookup("grade-school-8k", "Dataset")
    assert gsm is not None and gsm.id == "dataset:gsm8k"
    assert kb.is_blocked("Medium", "Dataset") and kb.lookup("Medium", "Dataset") is None
    squad2 = kb.lookup("SQuAD 2.0", "Dataset")
    assert squad2 is not None and squad2.id == "dataset:squad"


def test_yaml_catalog(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = _write(
        tmp_path,
        "cat.yaml",
        "- type: Task\n  name: hand gesture recognition\n  broader: [gesture recognition]\n"
        "- type: Task\n  name: gesture recognition\n"
        "- block: Table\n",
    )
    kb = build_kb()
    apply_catalog(kb, read_catalog(path))
    hand = kb.lookup("hand gesture recognition", "Task")
    general = kb.lookup("gesture recognition", "Task")
    assert hand is not None and general is not None and hand.broader == [general.id]
    assert kb.is_blocked("Table", "Method")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Dataset\tA\nDatasat\tB\n", 2, "unknown entity type 'Datasat'"),
        ("# c\n\nDataset\n", 3, "expected TYPE<TAB>NAME"),
        ("Dataset\tA\t\tnot-an-iri\n", 1, "not an http(s) IRI"),
        ("!merge\tDataset\tA\n", 1, "!merge needs"),
        ("!drop\tDataset\tA\n", 1, "unknown directive"),
        ("Dataset\tA\tb\tc\td\te\tf\n", 1, "at most 6"),
    ],
)
def test_bad_catalog_line_names_file_and_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    path = _write(tmp_path, "cat.tsv", text)
    with pytest.raises(ConfigError) as err:
        read_catalog(path)
    assert f"{path}:{line}: " in str(err.value) and message in str(err.value)
    assert err.value.exit_code == 8


def test_bad_yaml_catalog_line(tmp_path: Path) -> None:
    pytest.importorskip("yaml")
    path = _write(tmp_path, "cat.yaml", "- type: Dataset\n  name: A\n- type: Nope\n  name: B\n")
    with pytest.raises(ConfigError, match=r"cat\.yaml:3: unknown entity type"):
        read_catalog(path)


def _task(name: str) -> Entity:
    from kg.schema import entity_id

    return Entity(id=entity_id("Task", name), type="Task", name=name)


def _dataset(name: str) -> Entity:
    from kg.schema import entity_id

    return Entity(id=entity_id("Dataset", name), type="Dataset", name=name)


def test_rollup_by_head_noun_variant_and_kb() -> None:
    ents = [
        _task("radar hand gesture recognition"),
        _task("gesture recognition"),
        _task("segmentation of brain tumours in MRI"),
        _task("segmentation"),
        _task("speech recognition"),
        _dataset("SQuAD 3.1"),
        _dataset("SQuAD"),
        _dataset("GSM8K"),
        _dataset("WMT14 English-German"),
    ]
    edges, extra = broader_links(ents, build_kb())
    assert ("task:radar-hand-gesture-recognition", "task:gesture-recognition") in edges
    assert ("task:segmentation-of-brain-tumours-in-mri", "task:segmentation") in edges
    assert ("dataset:squad-3-1", "dataset:squad") in edges
    # KB families come in as nodes of their own: WMT14 English-German → WMT14 → WMT
    assert ("dataset:wmt14-english-german", "dataset:wmt14") in edges
    assert ("dataset:wmt14", "dataset:wmt") in edges
    assert {"dataset:wmt14", "dataset:wmt"} <= set(extra)
    sources = {a for a, _ in edges}
    assert "dataset:gsm8k" not in sources and all(a != b for a, b in edges)


def test_rollup_general_head_noun_and_alias_words() -> None:
    ents = [
        _task("hippocampal subregion segmentation"),
        _task("image translation"),
        Entity(
            id="task:machine-translation",
            type="Task",
            name="machine translation",
            aliases=["translation"],
        ),
        _dataset("MSAD-HR"),
        _dataset("MS"),
    ]
    edges, extra = broader_links(ents, build_kb())
    assert ("task:hippocampal-subregion-segmentation", "task:segmentation") in edges
    assert extra["task:segmentation"].kb_source == "kg-rollup/task_heads.txt"
    # "translation" is machine translation's alias: image translation is not a kind of it
    assert not [b for a, b in edges if a == "task:image-translation"]
    assert not [b for a, b in edges if a == "dataset:msad-hr"]


def test_kg_build_catalog(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from kg.cli import main

    papers = tmp_path / "papers.jsonl"
    papers.write_text(
        json.dumps(
            {
                "id": "arxiv:2501.00001",
                "title": "Better gesture models",
                "abstract": "We evaluate our model on QuirkSet-7 and on GSM8K, where it "
                "reaches 91% accuracy.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    cat = _write(
        tmp_path,
        "cat.tsv",
        "Dataset\tQuirkSet-7\tQS7\thttps://example.org/qs7\n!block\tDataset\tGSM8K\n",
    )
    out = tmp_path / "out"
    assert main(["build", str(papers), "--no-load", "--out", str(out), "--catalog", str(cat)]) == 0
    capsys.readouterr()
    nodes = {n["id"]: n for n in map(json.loads, (out / "nodes.jsonl").open())}
    assert nodes["dataset:quirkset-7"]["props"]["same_as"] == ["https://example.org/qs7"]
    assert "dataset:gsm8k" not in nodes
    bad = _write(tmp_path, "bad.tsv", "Dataset\tA\n\n!block\n")
    assert main(["build", str(papers), "--no-load", "--out", str(out), "--catalog", str(bad)]) == 8
    assert f"{bad}:3: !block needs a type and a name" in capsys.readouterr().err
