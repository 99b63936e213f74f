"""`kg eval` on CoNLL gold: BIO decoding, counting, writing predictions, bad files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import InputError
from kg.evaluate import (
    ConllSentence,
    TokenSpan,
    bio_to_spans,
    evaluate_conll,
    read_conll,
    spacy_token_predictor,
    spans_to_bio,
)

GOLD = (
    "We\t0\tO\nreport\t3\tO\naccuracy\t10\tB-METRIC\non\t19\tO\nthe\t22\tO\n"
    "Penn\t26\tB-DATASET\nTreebank\t31\tI-DATASET\n.\t39\tO\n"
    "\n"
    "Machine\t41\tB-TASK\ntranslation\t49\tI-TASK\nuses\t61\tO\nBLEU\t66\tB-METRIC\n"
    "-\t70\tO\n4\t71\tO\n.\t72\tO\n"
)


def write(tmp_path: Path, text: str, name: str = "gold.conll") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bio_decoding_handles_i_without_b() -> None:
    tags = ["O", "I-TASK", "I-TASK", "B-TASK", "I-METRIC", "O", "B-DATASET"]
    assert bio_to_spans(tags) == [
        TokenSpan(1, 3, "TASK"),
        TokenSpan(3, 4, "TASK"),
        TokenSpan(4, 5, "METRIC"),
        TokenSpan(6, 7, "DATASET"),
    ]


def test_bio_roundtrip_and_overlap_resolution() -> None:
    spans = [TokenSpan(0, 2, "A"), TokenSpan(1, 3, "B"), TokenSpan(4, 5, "C")]
    tags = spans_to_bio(spans, 5)
    assert tags == ["B-A", "I-A", "O", "O", "B-C"]
    assert bio_to_spans(tags) == [TokenSpan(0, 2, "A"), TokenSpan(4, 5, "C")]


def test_read_conll_offsets_and_spaces(tmp_path: Path) -> None:
    sents = read_conll(write(tmp_path, GOLD))
    assert len(sents) == 2
    assert sents[0].tokens[:3] == ["We", "report", "accuracy"]
    assert sents[0].spans == [TokenSpan(2, 3, "METRIC"), TokenSpan(5, 7, "DATASET")]
    assert sents[0].line == 1 and sents[1].line == 10
    # "BLEU-4." has no spaces inside
    assert sents[1].spaces() == [True, True, True, False, False, False, True]


def test_read_conll_without_offsets(tmp_path: Path) -> None:
    sents = read_conll(write(tmp_path, "a O\nb B-X\n\n\nc I-X\n"))
    assert [s.tokens for s in sents] == [["a", "b"], ["c"]]
    assert sents[0].offsets is None and sents[0].spaces() == [True, True]
    assert sents[1].spans == [TokenSpan(0, 1, "X")]


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a\t0\tO\nlonely\n", 2, "expected 'token [offset] tag'"),
        ("a\t0\tO\nb\t2\tX-FOO\n", 2, "bad BIO tag"),
        ("a\t0\tO\n\nb\tzz\tO\n", 3, "not an integer"),
        ("a\t0\tO\nb\tO\n", 2, "inconsistent"),
    ],
)
def test_bad_conll_names_file_and_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        read_conll(path)
    assert f"{path}:{line}:" in str(err.value)
    assert fragment in str(err.value)


def test_missing_and_empty_conll(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_conll(tmp_path / "nope.conll")
    with pytest.raises(InputError, match="no sentences"):
        read_conll(write(tmp_path, "\n\n"))


def fake_predictor(
    answers: dict[int, list[TokenSpan]],
) -> object:
    def predict(sentences: Sequence[ConllSentence]) -> list[list[TokenSpan]]:
        return [answers.get(i, []) for i in range(len(sentences))]

    return predict


def test_counting_exact_and_overlap(tmp_path: Path) -> None:
    predict = fake_predictor(
        {
            0: [
                TokenSpan(2, 3, "Metric"),  # exact
                TokenSpan(6, 7, "Dataset"),  # overlap only ("Treebank")
                TokenSpan(0, 1, "Method"),  # not a gold label: ignored
            ],
            1: [
                TokenSpan(0, 2, "Task"),  # exact
                TokenSpan(3, 5, "Metric"),  # "BLEU -": overlap
                TokenSpan(6, 7, "Task"),  # spurious
            ],
        }
    )
    report = evaluate_conll(write(tmp_path, GOLD), predict)  # type: ignore[arg-type]
    assert report.labels == ["Dataset", "Metric", "Task"]
    ex, ov = report.mentions.exact, report.mentions.overlap
    assert (ex["Metric"].gold, ex["Metric"].pred, ex["Metric"].matched_gold) == (2, 2, 1)
    assert (ex["Dataset"].gold, ex["Dataset"].pred, ex["Dataset"].matched_gold) == (1, 1, 0)
    assert ov["Dataset"].recall == 1.0 and ov["Dataset"].precision == 1.0
    assert ex["Task"].precision == 0.5 and ex["Task"].recall == 1.0
    assert ex["Task"].f1 == pytest.approx(2 / 3)
    micro = report.mentions.micro("exact")
    assert (micro.gold, micro.pred, micro.matched_gold) == (4, 5, 2)
    assert ov["Metric"].f1 == 1.0
    d = report.to_dict()
    assert d["mentions"]["exact"]["Task"]["fp"] == 1
    assert d["mentions"]["exact"]["micro"]["tp"] == 2


def test_labels_filter_and_case_insensitive(tmp_path: Path) -> None:
    predict = fake_predictor({0: [TokenSpan(2, 3, "METRIC")], 1: [TokenSpan(0, 2, "task")]})
    report = evaluate_conll(write(tmp_path, GOLD), predict, labels=["Metric"])  # type: ignore[arg-type]
    assert report.labels == ["Metric"]
    assert "Task" not in report.mentions.exact
    assert report.mentions.exact["Metric"].matched_gold == 1


def test_limit(tmp_path: Path) -> None:
    report = evaluate_conll(write(tmp_path, GOLD), fake_predictor({}), limit=1)  # type: ignore[arg-type]
    assert report.documents == 1
    assert report.mentions.exact["Metric"].gold == 1


def test_write_predictions_keeps_tokens_offsets_and_breaks(tmp_path: Path) -> None:
    out = tmp_path / "pred.conll"
    predict = fake_predictor({0: [TokenSpan(5, 7, "Dataset")], 1: [TokenSpan(3, 4, "Metric")]})
    evaluate_conll(write(tmp_path, GOLD), predict, write_predictions=out)  # type: ignore[arg-type]
    lines = out.read_text(encoding="utf-8").split("\n")
    gold_lines = GOLD.split("\n")
    assert len(lines) == len(gold_lines)
    for got, want in zip(lines, gold_lines, strict=True):
        assert got.split("\t")[:2] == want.split("\t")[:2]
    assert lines[5] == "Penn\t26\tB-DATASET" and lines[6] == "Treebank\t31\tI-DATASET"
    assert lines[12] == "BLEU\t66\tB-METRIC"
    assert read_conll(out)[1].spans == [TokenSpan(3, 4, "METRIC")]


# --- the spaCy adapter, with a fake component (no dependency on the real pipeline) -------

ATTR = "kg_eval_test_mentions"
if not Doc.has_extension(ATTR):
    Doc.set_extension(ATTR, default=None)


@Language.component("kg_eval_test_tagger")
def _tagger(doc: Doc) -> Doc:
    spans = []
    for tok in doc:
        if tok.text in ("accuracy", "BLEU"):
            spans.append(Span(doc, tok.i, tok.i + 1, label="Metric"))
        if tok.text == "Penn Treebank":  # one token after the merge component
            spans.append(Span(doc, tok.i, tok.i + 1, label="Dataset"))
    # a character span that ends inside a token is widened to whole gold tokens
    if doc[0].text == "Machine":
        spans.append(doc.char_span(0, 10, label="Task", alignment_mode="expand"))
    setattr(doc._, ATTR, spans)
    return doc


@Language.component("kg_eval_test_merge")
def _merge(doc: Doc) -> Doc:
    # merging tokens must not break the mapping back to the gold tokens
    with doc.retokenize() as retok:
        for tok in doc:
            if tok.text == "Penn":
                retok.merge(doc[tok.i : tok.i + 2])
    return doc


def test_spacy_adapter_runs_on_given_tokens(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_eval_test_merge")
    nlp.add_pipe("kg_eval_test_tagger")
    seen: list[list[str]] = []
    predict = spacy_token_predictor(nlp, attr=ATTR)
    sents = read_conll(write(tmp_path, GOLD))
    for sent, spans in zip(sents, predict(sents), strict=True):
        seen.append([f"{s.label}:{' '.join(sent.tokens[s.start : s.end])}" for s in spans])
    assert seen[0] == ["Metric:accuracy", "Dataset:Penn Treebank"]
    assert sorted(seen[1]) == ["Metric:BLEU", "Task:Machine translation"]
    report = evaluate_conll(write(tmp_path, GOLD), predict)
    assert report.mentions.micro("exact").f1 == 1.0


# The vendored TDMSci dev part (eval/data/README.md); never the locked part.
TDMSCI_DEV = Path(__file__).resolve().parents[3] / "eval" / "data" / "tdmsci" / "dev.conll"


def test_reads_tdmsci_dev_counts() -> None:
    sents = read_conll(TDMSCI_DEV)
    counts: dict[str, int] = {}
    for sent in sents:
        assert sent.offsets is not None and len(sent.offsets) == len(sent.tokens)
        for span in sent.spans:
            counts[span.label] = counts.get(span.label, 0) + 1
    # PROVENANCE.txt: 1,073 dev sentences; every span starts with a B- tag (no stray I-).
    assert len(sents) == 1073
    raw = TDMSCI_DEV.read_text(encoding="utf-8").splitlines()
    expected: dict[str, int] = {}
    for line in raw:
        tag = line.rsplit("\t", 1)[-1] if "\t" in line else ""
        if tag.startswith("B-"):
            expected[tag[2:]] = expected.get(tag[2:], 0) + 1
    assert counts == expected
    assert set(counts) == {"DATASET", "METRIC", "TASK"}
