"""Convert the training corpora (CoNLL, BIO) to spaCy ``DocBin`` files for the span model.

Training data (and nothing else): ``eval/data/scierc/train.conll`` and
``eval/data/tdmsci/dev.conll``. The locked selection sets (``eval/data/tdmsci/locked.conll``,
``eval/data/scierc/dev.conll``) are never read here.

Label mapping (corpus tag → our type; ``missing`` = the tokens are marked as *unknown* for the
NER, so they teach neither an entity nor ``O``):

| corpus | tag | ours |
|---|---|---|
| SciERC | METHOD | Method |
| SciERC | TASK | Task |
| SciERC | METRIC | Metric |
| SciERC | MATERIAL | missing: datasets *and* other materials ("Japanese text"), so neither |
|        |          | our Dataset nor ``O`` |
| SciERC | OTHERSCIENTIFICTERM, GENERIC | O |
| TDMSci | DATASET | Dataset |
| TDMSci | METRIC | Metric |
| TDMSci | TASK | Task |

So Dataset is learnt from TDMSci only. Neither corpus annotates our ``Model`` type (SciERC's
METHOD covers both techniques and named systems): the model predicts ``Method`` and the rules'
gazetteer decides Model (see ``components.py``, "rules win on known names").

A fixed share of each corpus (``DEV_SHARE``: blocks of ``BLOCK`` consecutive sentences, chosen
by a seeded shuffle) is held out as spaCy's own dev set (model selection during training, and
the per-type precision the merge uses as the model's confidence).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

SEED = 14
DEV_SHARE = 0.1
BLOCK = 20  # sentences per held-out block

MISSING = "-"  # our marker: tokens whose annotation is unknown

LABEL_MAP: dict[str, dict[str, str | None]] = {
    "scierc": {
        "METHOD": "Method",
        "TASK": "Task",
        "METRIC": "Metric",
        "MATERIAL": MISSING,
        "OTHERSCIENTIFICTERM": None,
        "GENERIC": None,
    },
    "tdmsci": {"DATASET": "Dataset", "METRIC": "Metric", "TASK": "Task"},
}

# relative to the repository root (the corpora are not shipped in the wheel)
CORPORA: dict[str, str] = {
    "scierc": "eval/data/scierc/train.conll",
    "tdmsci": "eval/data/tdmsci/dev.conll",
}
LOCKED = ("eval/data/tdmsci/locked.conll", "eval/data/scierc/dev.conll")


@dataclass
class Sentence:
    words: list[str]
    spaces: list[bool]
    tags: list[str]  # BIO2 in the corpus' own labels


def read_conll(path: Path) -> Iterator[Sentence]:
    """``token [offset] tag`` lines, blank line between sentences (eval/data format)."""
    words: list[str] = []
    offsets: list[int] = []
    tags: list[str] = []

    def flush() -> Sentence:
        spaces = [
            i + 1 < len(words) and offsets[i + 1] > offsets[i] + len(words[i])
            for i in range(len(words))
        ]
        return Sentence(list(words), spaces, list(tags))

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield flush()
                    words.clear()
                    offsets.clear()
                    tags.clear()
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            words.append(parts[0])
            if len(parts) >= 3:
                offsets.append(int(parts[1]))
            else:  # no offsets: tokens joined by one space
                offsets.append(offsets[-1] + len(words[-2]) + 1 if offsets else 0)
            tags.append(parts[-1])
    if words:
        yield flush()


def map_tags(tags: list[str], mapping: dict[str, str | None]) -> list[str | None]:
    """Corpus BIO2 tags → spaCy IOB strings over our labels (``None`` = missing token)."""
    out: list[str | None] = []
    prev: str | None = None  # our label of the previous token's span
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = None
            continue
        bio, corpus_label = tag.split("-", 1)
        ours = mapping.get(corpus_label.upper())
        if ours is None:
            out.append("O")
            prev = None
        elif ours == MISSING:
            out.append(None)
            prev = None
        else:
            out.append(("I-" if bio == "I" and prev == ours else "B-") + ours)
            prev = ours
    return out


def to_doc(vocab: Vocab, sent: Sentence, mapping: dict[str, str | None]) -> Doc:
    ents = map_tags(sent.tags, mapping)
    return Doc(vocab, words=sent.words, spaces=sent.spaces, ents=ents)


def split(n: int, share: float = DEV_SHARE, seed: int = SEED, block: int = BLOCK) -> set[int]:
    """Indices of the held-out dev sentences: whole blocks of ``block`` consecutive sentences
    (neighbouring sentences come from the same abstract, so a per-sentence split would leak
    names into the dev set), chosen by a seeded shuffle, so the split is reproducible."""
    blocks = list(range((n + block - 1) // block))
    random.Random(seed).shuffle(blocks)
    held = blocks[: max(1, round(len(blocks) * share))]
    return {i for b in held for i in range(b * block, min(n, (b + 1) * block))}


def convert(root: Path, out_dir: Path) -> dict[str, dict[str, int]]:
    """Write ``train.spacy`` and ``dev.spacy`` to ``out_dir``; returns sentence counts."""
    vocab = Vocab()
    train, dev = DocBin(), DocBin()
    counts: dict[str, dict[str, int]] = {}
    for corpus, rel in CORPORA.items():
        assert rel not in LOCKED
        sents = list(read_conll(root / rel))
        held = split(len(sents))
        for i, sent in enumerate(sents):
            (dev if i in held else train).add(to_doc(vocab, sent, LABEL_MAP[corpus]))
        counts[corpus] = {"train": len(sents) - len(held), "dev": len(held)}
    out_dir.mkdir(parents=True, exist_ok=True)
    train.to_disk(out_dir / "train.spacy")
    dev.to_disk(out_dir / "dev.spacy")
    return counts
