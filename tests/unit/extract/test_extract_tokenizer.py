"""Tokenizer exceptions for ML names."""

from __future__ import annotations

import re
from typing import Any

import pytest
import spacy
from spacy.pipeline import Sentencizer

from kg.extract import _default_nlp
from kg.extract.components.sentencizer import FastSentencizer


@pytest.mark.parametrize(
    "name", ["GPT-4", "Llama-3-8B", "pass@1", "F1-score", "7B", "GSM8K", "GSM-8K", "GPT-3.5"]
)
def test_ml_names_stay_one_token(name: str) -> None:
    doc = _default_nlp().make_doc(f"We use {name}, then {name}. ({name})")
    assert [t.text for t in doc].count(name) == 3


def test_a_unit_glued_to_a_number_splits_off_but_not_off_a_name() -> None:
    text = "MPJPE of 34.3mm, PSNR (32.51dB), +2.3pp, 30fps; GSM8K, RTX4090, Res50mm, 512px"
    words = [t.text for t in _default_nlp().make_doc(text)]
    assert words == [
        "MPJPE", "of", "34.3", "mm", ",", "PSNR", "(", "32.51", "dB", ")", ",", "+2.3", "pp",
        ",", "30", "fps", ";", "GSM8K", ",", "RTX4090", ",", "Res50mm", ",", "512px",
    ]  # fmt: skip


def test_a_bracket_before_a_colon_is_no_emoticon() -> None:
    # spaCy's "):" emoticon hid "(ACPs)" from the abbreviation finder (18.6k corpus: 67 times)
    words = [t.text for t in _default_nlp().make_doc("protocols (ACPs): a family (:) of them")]
    assert words == ["protocols", "(", "ACPs", ")", ":", "a", "family", "(", ":", ")", "of", "them"]


def test_productive_suffixes_and_percent_split() -> None:
    words = [t.text for t in _default_nlp().make_doc("GPT-4-based models reach 86.81%.")]
    assert words == ["GPT-4", "-based", "models", "reach", "86.81", "%", "."]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("98.09+-0.7%", ["98.09", "+-", "0.7", "%"]),
        ("0.94±0.02", ["0.94", "±", "0.02"]),
        ("0.94+/-0.02", ["0.94", "+/-", "0.02"]),
        ("DeepSeek-R1(14.49%)", ["DeepSeek-R1", "(", "14.49", "%", ")"]),
        ("0.06(standard deviation)", ["0.06", "(", "standard", "deviation", ")"]),
        # names with a bracket stay as they were
        ("SO(3)-invariance", ["SO(3)-invariance"]),
        ("AP(50)", ["AP(50", ")"]),
    ],
)
def test_spreads_and_glued_brackets_split_off_numbers(text: str, words: list[str]) -> None:
    assert [t.text for t in _default_nlp().make_doc(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("F1=0.94", ["F1", "=", "0.94"]),
        ("(mAP@0.5=0.78)", ["(", "mAP@0.5", "=", "0.78", ")"]),
        ("0.66/0.6/0.73", ["0.66", "/", "0.6", "/", "0.73"]),
        ("61.66%/62.07%", ["61.66", "%", "/", "62.07", "%"]),
        ("2,564/2,566", ["2,564", "/", "2,566"]),
        # names keep their slashes
        ("ACL60/60", ["ACL60/60"]),
        ("Llama-2/3", ["Llama-2/3"]),
    ],
)
def test_a_glued_value_and_slashed_numbers_split(text: str, words: list[str]) -> None:
    assert [t.text for t in _default_nlp().make_doc(text)] == words


def test_title_is_its_own_sentence() -> None:
    doc = _default_nlp()("A Title Without Period\n\nFirst sentence. Second one.")
    assert [s.text.strip() for s in doc.sents] == [
        "A Title Without Period",
        "First sentence.",
        "Second one.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        ".",
        'First sentence. Second one! Third?? (Fourth.) "Fifth." sixth',
        "A Title\n\nBody text... more text. e.g. this one.",
        "Ends without punctuation",
        "Wait ... what !? 。 Next",
        "GPT-4 reaches 86.81%. Llama-3-8B does not.",
    ],
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_fast_sentencizer_matches_spacys(text: str, overwrite: bool) -> None:
    for make_doc in (_default_nlp().make_doc, spacy.blank("en").make_doc):
        ours, theirs = make_doc(text), make_doc(text)
        for doc in (ours, theirs):
            if len(doc) > 2:
                doc[2].is_sent_start = False  # preset boundaries stay unless overwrite
        FastSentencizer(overwrite=overwrite)(ours)
        Sentencizer(overwrite=overwrite)(theirs)
        assert ours.to_array("SENT_START").tolist() == theirs.to_array("SENT_START").tolist()


@pytest.mark.parametrize(
    "text",
    [
        "A Title\n\nBody text. More text.",
        "Title \n \n Abstract starts here",
        "Title\n \n\nAbstract x. y\n\n\n\nz",
        "A. \n\nB c\n\n",
        "\n\nA b. C",
        "No blank line\nat all. Here.",
    ],
)
@pytest.mark.parametrize("overwrite", [False, True])
def test_sentencizer_paragraphs_equal_sentencizer_then_kg_paragraphs(
    text: str, overwrite: bool
) -> None:
    from kg.extract.components.paragraphs import ParagraphBreaker

    make_doc = _default_nlp().make_doc
    ours, theirs = make_doc(text), make_doc(text)
    for doc in (ours, theirs):
        if len(doc) > 2:
            doc[2].is_sent_start = False
    FastSentencizer(overwrite=overwrite, paragraphs=True)(ours)
    ParagraphBreaker()(FastSentencizer(overwrite=overwrite)(theirs))
    assert ours.to_array("SENT_START").tolist() == theirs.to_array("SENT_START").tolist()
    starts = [t.i for t in ours if t.is_sent_start]
    assert len(starts) > 1 or "\n\n" not in text.strip()


def _affix_strings() -> list[str]:
    import gzip
    import json
    from pathlib import Path

    sample = Path(__file__).resolve().parents[3] / "eval/data/arxiv/abstracts-2025-sample.jsonl.gz"
    chunks: set[str] = set()
    with gzip.open(sample, "rt", encoding="utf-8") as fh:
        for line in list(fh)[:400]:
            rec = json.loads(line)
            chunks.update(f"{rec.get('title') or ''}\n\n{rec['abstract']}".split(" "))
    edge = ["", "\n", "x,\n", "model-based\n", "'s\n", "A$", "US$", "3$", "5%", "(GPT-4)", "a--b",
            "e.g.", "x.Y", "...", "…", "2+3", "x/yz", "Llama-3-8B-based", "CoNLL'03", "’S",
            "«x»", "x" * 20 + "-based", "x" * 20 + "." * 12, "x" * 20 + "…" * 9, "." * 30,
            "x" * 20 + "-augmented\n", "x" * 20 + ".\n", "x" * 9 + "." + "y" * 11 + "'s",
            ]  # fmt: skip
    strings = set(edge)
    for chunk in chunks:  # every piece the tokenizer can search: suffixes and prefixes cut off
        strings.update(chunk[i:] for i in range(len(chunk)))
        strings.update(chunk[:j] for j in range(1, len(chunk)))
    return sorted(strings)


def test_affix_shortcut_gives_the_regex_result() -> None:
    """The affix memos skip the regex only where it cannot match (same spans as the regex)."""
    from kg.extract.pipeline import build_nlp

    tok = build_nlp().tokenizer
    strings = _affix_strings()
    for search in (tok.prefix_search, tok.suffix_search, tok.infix_finditer):
        memo = search.__self__
        if memo.finditer:

            def spans(found: Any) -> Any:
                return tuple(m.span() for m in found)

            plain = memo.regex.finditer
        else:

            def spans(found: Any) -> Any:
                return None if found is None else found.span()

            plain = memo.regex.search
        skipped = [s for s in strings if memo.fn(s) in (None, ())]
        assert len(skipped) > len(strings) // 3  # the shortcut does something
        bad = [s for s in strings if spans(memo.fn(s)) != spans(plain(s))]
        assert bad == [], f"{memo.pattern[:40]}: {bad[:5]!r}"


def test_affix_analysis_is_conservative() -> None:
    from kg.extract.components.tokenizer import _cannot_match

    assert _cannot_match(re.compile(r"a?$"), anchored_end=True) is None  # may match nothing
    assert _cannot_match(re.compile(r"\w+$"), anchored_end=True) is None  # a category
    assert _cannot_match(re.compile(r"[^a]$"), anchored_end=True) is None  # a negated set
    assert _cannot_match(re.compile(r"x", re.I), anchored_end=False) is None
    cannot = _cannot_match(re.compile(r"(?<=[0-9])%$|-(?:based|like)$"), anchored_end=True)
    assert cannot is not None
    assert cannot("model") and cannot("GPT-4") and cannot("")
    assert not cannot("5%") and not cannot("x-based") and not cannot("x-based\n")


def test_affix_analysis_reads_leading_literal_text() -> None:
    from kg.extract.components.tokenizer import _cannot_match

    infixes = re.compile(r"--+|\.\.+|…|(?<=[a-z]),(?=[a-z])")
    assert not _cannot_match(infixes, anchored_end=False)("a-b")  # type: ignore[misc]
    cannot = _cannot_match(infixes, anchored_end=False, needles=True)
    assert cannot is not None
    assert cannot("state-of-the-art") and cannot("e.g.") and cannot("model")
    assert not cannot("a--b") and not cannot("x..") and not cannot("…") and not cannot("a,b")
    # a needle holding a single-character needle's character adds nothing, and is dropped
    either = _cannot_match(re.compile(r"\.\.+|\."), anchored_end=False, needles=True)
    assert either is not None and not either("a.b") and either("a-b")
