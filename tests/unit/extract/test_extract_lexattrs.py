"""The faster lexeme getters (kg/extract/components/lexattrs.py) give spaCy's values exactly."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import IDS

from kg.extract.components.lexattrs import faster_getters, speed_up
from kg.extract.pipeline import build_nlp

SAMPLE = Path(__file__).resolve().parents[3] / "eval/data/arxiv/abstracts-2025-sample.jsonl.gz"
NAMES = {v: k for k, v in IDS.items()}

EDGE = [
    "", " ", "\n\n", "\t", "a", "A", "1", "½", "²", "٣", "Ⅻ", "+1", "-1.5", "±3", "~7", "1,000",
    "3/4", "1/2/3", "/", "seven", "Seven", "THIRD", "21st", "2nd", "3rd", "4th", "th", "İth",
    "ǅ", "ǅa", "Straße", "ß", "ﬁ", "http://x", "https://", "www.", "www.a", "a.com", "a.b.c/",
    ".com", "com.", "a@b.co", "@", "x:80", "e.g.", "U.S.", "(", ")", "``", "''", "«", "‘‘", "$",
    "€€", "US$", "%", "...", "--", "—", "aaaaaaa", "AAAAAb", "1111111", "------", "ééééééé",
    "x" * 99, "x" * 100, "x" * 150, "GPT-4o", "Llama-3-8B", "pass@1", "F1-score", "GSM8K", "7B",
    "\u0301", "a\u0301", "\ud800", "𝐀𝐁𝐂", "𝟙𝟚", "日本語", "١٢٣", "Ⅳ", "ⅳ", "ǈ", "ᾈ",
]


def _strings() -> list[str]:
    words: set[str] = set(EDGE)
    nlp = build_nlp()
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as fh:
        for line in list(fh)[:600]:
            rec = json.loads(line)
            text = f"{rec.get('title') or ''}\n\n{rec['abstract']}"
            words.update(t.text for t in nlp.make_doc(text))
    words.update(chr(c) for c in range(0x3000))  # every character of the first blocks
    words.update(chr(c) for c in range(0x3000, sys.maxunicode + 1, 37))  # a sample of the rest
    words.update(c * 6 for c in "aZ9-.é日")
    return sorted(words)


def _call(fn: Callable[[str], Any], text: str) -> tuple[str, Any]:
    try:
        return "ok", fn(text)
    except Exception as exc:  # the same error, if spaCy's getter raises one
        return "raises", type(exc)


@pytest.fixture(scope="module")
def strings() -> list[str]:
    return _strings()


def test_every_getter_gives_spacys_value(strings: list[str]) -> None:
    ours = faster_getters(spacy.blank("en").vocab.lex_attr_getters)
    theirs = spacy.blank("en").vocab.lex_attr_getters
    replaced = [attr for attr in theirs if ours[attr] is not theirs[attr]]
    assert len(replaced) >= 18  # the swap happened for the generic getters
    for attr in replaced:
        bad = [s for s in strings if _call(ours[attr], s) != _call(theirs[attr], s)]
        assert bad == [], f"{NAMES.get(attr, attr)} differs on {bad[:5]!r}"


def test_pipeline_vocab_uses_them_and_lexemes_match() -> None:
    nlp = build_nlp()
    plain = spacy.blank("en").vocab
    num = IDS["LIKE_NUM"]
    assert nlp.vocab.lex_attr_getters[num] is not plain.lex_attr_getters[num]
    attrs = ["shape_", "like_num", "like_url", "like_email", "is_punct", "is_currency", "is_ascii",
             "is_quote", "is_bracket", "is_left_punct", "is_right_punct", "prefix_", "suffix_",
             "lower_", "norm_", "is_stop", "is_title", "lang_"]  # fmt: skip
    for word in ["GSM8K", "Llama-3-8B", "«", "€", "seventeenth", "www.x.org", "ABCDEFGH", "١٢"]:
        ours, theirs = nlp.vocab[word], plain[word]
        assert [getattr(ours, a) for a in attrs] == [getattr(theirs, a) for a in attrs]


def test_speed_up_leaves_unknown_getters() -> None:
    vocab = spacy.blank("en").vocab

    def own(text: str) -> bool:
        return text == "x"

    vocab.lex_attr_getters = {**vocab.lex_attr_getters, 999: own}
    speed_up(vocab)
    assert vocab.lex_attr_getters[999] is own
