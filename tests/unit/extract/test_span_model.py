"""The span model (kg/extract/model/) and the ``kg_merge`` policy, on made-up sentences.

Training never runs here: these tests check the SHIPPED model (it loads, its recorded config
hash matches ``train.cfg``, it fits in the wheel) and the merge policy with hand-made model
spans, so they do not depend on what a retrained model predicts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.cli import main
from kg.errors import ConfigError
from kg.extract.model import CONFIGS, META_NAME, META_PATH, MODEL_DIR, config_hash, model_meta
from kg.extract.model.components import (
    KNOWN_NAME_RULES,
    MODEL_ROWS_KEY,
    MODEL_SOURCE,
    Merge,
    merge_mentions,
)
from kg.extract.model.convert import CORPORA, LABEL_MAP, LOCKED, MISSING, map_tags, split
from kg.extract.pipeline import build_nlp, check_pipeline

OUR_TYPES = {"Method", "Model", "Dataset", "Metric", "Task"}


# --------------------------------------------------------------------- the shipped model


def test_shipped_model_matches_its_config() -> None:
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    variant = meta["variant"]
    assert meta["config"] == CONFIGS[variant]
    assert meta["config_sha256"] == config_hash(variant), (
        f"kg/extract/model/{meta['config']} changed since the model was trained: rebuild it "
        f"with `python -m kg.extract.model.train --variant {variant}`"
    )


def test_shipped_model_loads_and_predicts_our_types() -> None:
    model = spacy.load(MODEL_DIR, exclude=["kg_rule_features"])
    assert model.pipe_names == ["ner"]
    labels = set(model.get_pipe("ner").labels)
    assert labels and labels <= OUR_TYPES
    doc = model("We propose a hierarchical attention network for document classification .")
    assert all(e.label_ in OUR_TYPES for e in doc.ents)


def test_shipped_model_fits_in_the_wheel() -> None:
    files = [p for p in MODEL_DIR.rglob("*") if p.is_file() and p.name != META_NAME]
    size = sum(p.stat().st_size for p in files)
    assert size <= 25_000_000
    assert model_meta()["model_bytes"] == size


def test_training_data_never_includes_the_locked_sets() -> None:
    assert not set(CORPORA.values()) & set(LOCKED)
    assert set(model_meta()["corpora"]) == set(CORPORA)


# --------------------------------------------------------------------- label mapping


def test_label_mapping_material_is_missing_not_dataset() -> None:
    tags = ["B-MATERIAL", "I-MATERIAL", "O", "B-METHOD", "I-METHOD", "B-GENERIC", "B-TASK"]
    assert map_tags(tags, LABEL_MAP["scierc"]) == [
        None,
        None,
        "O",
        "B-Method",
        "I-Method",
        "O",
        "B-Task",
    ]
    assert LABEL_MAP["scierc"]["MATERIAL"] == MISSING
    assert "Dataset" not in LABEL_MAP["scierc"].values()
    assert map_tags(["B-DATASET", "I-DATASET", "I-METRIC"], LABEL_MAP["tdmsci"]) == [
        "B-Dataset",
        "I-Dataset",
        "B-Metric",  # an I- that does not continue its type starts a span
    ]


def test_dev_split_is_seeded() -> None:
    assert split(1000) == split(1000)
    assert len(split(1000)) == 100
    assert split(1000) != split(1000, seed=3)
    held = sorted(split(1000))
    assert all(i % 20 == 0 or i - 1 in held for i in held)  # whole blocks


# --------------------------------------------------------------------- merge policy (rows)

RULES = [
    (0, 1, "Model", "model:gpt-4", "gazetteer"),  # known name
    (5, 7, "Task", "task:machine-translation", "task_head"),  # rule confidence 0.6
    (9, 10, "Metric", "metric:bleu", "metric_head"),  # 0.65
]


def test_rules_win_on_known_names() -> None:
    rows = merge_mentions(RULES, [(0, 3, "Method", 0.99)])
    assert (0, 1, "Model", "gazetteer") in rows
    assert all(r[3] != MODEL_SOURCE for r in rows)


def test_model_adds_descriptive_spans() -> None:
    rows = merge_mentions(RULES, [(2, 5, "Method", 0.55)])
    assert (2, 5, "Method", MODEL_SOURCE) in rows
    assert len(rows) == 4


def test_overlaps_resolved_by_confidence() -> None:
    # stronger model span replaces the weaker rule mention
    rows = merge_mentions(RULES, [(4, 7, "Task", 0.7)])
    assert (4, 7, "Task", MODEL_SOURCE) in rows
    assert (5, 7, "Task", "task_head") not in rows
    # weaker model span loses, a tie goes to the rule
    assert merge_mentions(RULES, [(4, 7, "Task", 0.5)]) == merge_mentions(RULES, [])
    assert merge_mentions(RULES, [(9, 11, "Metric", 0.65)]) == merge_mentions(RULES, [])


def test_labels_and_min_confidence_filter_model_spans() -> None:
    assert merge_mentions(RULES, [(2, 5, "Method", 0.55)], labels=["Task"]) == merge_mentions(
        RULES, []
    )
    assert merge_mentions(RULES, [(2, 5, "Method", 0.55)], min_confidence=0.6) == merge_mentions(
        RULES, []
    )


# --------------------------------------------------------------------- merge component


def _rules_doc(nlp: Language, text: str) -> Doc:
    """Run the fast pipeline up to (and with) kg_overlap; the token table is still alive."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "kg_overlap":
            break
    return doc


def _finish(nlp: Language, doc: Doc) -> Doc:
    names = nlp.pipe_names
    for name in names[names.index("kg_overlap") + 1 :]:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _find(doc: Doc, text: str) -> tuple[int, int]:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    assert span is not None
    return span.start, span.end


def test_merge_component_on_a_made_up_sentence(nlp: Language) -> None:
    text = (
        "We propose a gated graph attention encoder for zero-shot slot filling and evaluate "
        "it with GPT-4 on GSM8K."
    )
    doc = _rules_doc(nlp, text)
    before = {(m.text, m.label_) for m in doc._.kg_mentions}
    assert ("GSM8K", "Dataset") in before and ("GPT-4", "Model") in before
    enc = _find(doc, "gated graph attention encoder")
    gpt = _find(doc, "GPT-4 on GSM8K")
    doc.user_data[MODEL_ROWS_KEY] = [
        (enc[0], enc[1], "Method", 0.6),  # descriptive: added
        (gpt[0], gpt[1], "Method", 0.99),  # overlaps known names: dropped
    ]
    doc = _finish(nlp, Merge()(doc))
    got = {(m.text, m.label_, m._.kg_source) for m in doc._.kg_mentions}
    assert ("gated graph attention encoder", "Method", MODEL_SOURCE) in got
    known = {(t, lab) for t, lab, src in got if src in KNOWN_NAME_RULES}
    assert {("GPT-4", "Model"), ("GSM8K", "Dataset")} <= known
    assert ("zero-shot slot filling", "Task", "task_head") in got  # untouched rule mention
    assert not any(t.startswith("GPT-4 on") for t, _, _ in got)
    eid = next(m._.entity_id for m in doc._.kg_mentions if m._.kg_source == MODEL_SOURCE)
    assert doc._.kg_entities[eid]["name"] == "gated graph attention encoder"
    assert eid.startswith("method:")


def test_merge_without_model_rows_changes_nothing(nlp: Language) -> None:
    text = "We fine-tune Llama-2 on GSM8K and report accuracy."
    plain = nlp(text)
    doc = _finish(nlp, Merge()(_rules_doc(nlp, text)))
    assert [(m.text, m.label_) for m in doc._.kg_mentions] == [
        (m.text, m.label_) for m in plain._.kg_mentions
    ]


# --------------------------------------------------------------------- pipeline choice


@pytest.fixture(scope="module")
def accurate() -> Language:
    return build_nlp(pipeline="accurate")


def test_accurate_pipeline_runs_model_then_merge(accurate: Language) -> None:
    names = accurate.pipe_names
    assert names.index("kg_overlap") < names.index("kg_span_model") < names.index("kg_merge")
    assert names.index("kg_merge") < names.index("kg_relations")
    docs = list(
        accurate.pipe(
            [
                "We present a recurrent neural network language model for speech recognition.",
                "Orca-Math achieves 86.81% on GSM8k pass@1.",
            ]
        )
    )
    gsm = [(m.text, m.label_) for m in docs[1]._.kg_mentions]
    assert ("GSM8k", "Dataset") in gsm and ("Orca-Math", "Model") in gsm
    for doc in docs:
        assert MODEL_ROWS_KEY not in doc.user_data
        assert all(m.label_ in OUR_TYPES for m in doc._.kg_mentions)


def test_unknown_pipeline_is_a_config_error() -> None:
    assert check_pipeline(None) in ("fast", "accurate")
    assert check_pipeline("ACCURATE") == "accurate"
    with pytest.raises(ConfigError):
        check_pipeline("slow")


def test_cli_extract_pipeline_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "papers.jsonl"
    row = {"id": "arxiv:1", "title": "CoT", "abstract": "We study chain of thought with GPT-4."}
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    for name in ("fast", "accurate"):
        out = tmp_path / f"{name}.jsonl"
        assert main(["extract", str(src), "-o", str(out), "--pipeline", name]) == 0
        ex = json.loads(out.read_text(encoding="utf-8"))
        assert any(m["text"] == "GPT-4" for m in ex["mentions"])
    assert main(["extract", str(src), "--pipeline", "slow"]) == 8
    assert "unknown pipeline" in capsys.readouterr().err


def test_cli_eval_and_build_pipeline_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.conll"
    words = ["We", "evaluate", "GPT-4", "on", "GSM8K", "with", "accuracy", "."]
    tags = ["O", "O", "O", "O", "B-DATASET", "O", "B-METRIC", "O"]
    pos, lines = 0, []
    for w, t in zip(words, tags, strict=True):
        lines.append(f"{w}\t{pos}\t{t}")
        pos += len(w) + 1
    gold.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--pipeline", "accurate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mentions"]["exact"]["Dataset"]["f1"] == 1.0

    src = tmp_path / "papers.jsonl"
    row = {"id": "arxiv:1", "title": "T", "abstract": "We evaluate GPT-4 on GSM8K."}
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "kg-out"
    code = main(["build", str(src), "--out", str(out), "--no-load", "--pipeline", "accurate"])
    assert code == 0
    ex = json.loads((out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert any(r["type"] == "EVALUATED_ON" for r in ex["relations"])
