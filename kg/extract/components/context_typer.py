"""``kg_context_typer``: decide Method / Model / Dataset / Metric / Task for ``UNK`` candidates.

Cues, strongest first: the head noun after the name ("X dataset", "X model", "X metric"), an
apposition or copula ("X, a benchmark of …", "X is a method …"), the name's shape
(``…Bench``/``…QA`` → Dataset, ``-7B``/``GPT`` → Model), the long form of an abbreviation
("… Tuning (DART)" → Method), evaluation context ("evaluate … on X" → Dataset), and for the
paper's own contribution: Model when the abstract talks about released weights, else Method.
All occurrences of one name in a doc share the type decided for any of them. Candidates with
no cue at all are dropped (label stays ``UNK``; the overlap resolver ignores them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import (
    DATASET_TYPE_HEADS,
    EVAL_VERBS,
    METHOD_HEADS,
    MODEL_HEADS,
    RELEASE_CUES,
    TASK_HEADS,
    TRAIN_CUES,
)
from kg.extract.components.tokens import Cand, TokenTable, table
from kg.extract.memo import memo
from kg.extract.normalize import norm_key

UNK = "UNK"
_DATASET_SHAPE = re.compile(
    r"(?:Bench\+?|bench|QA|Eval|Set|Corpus|Bank|Instruct|-\d+[kK]|Hard|Arena|Test)$"
)
_MODEL_SHAPE = re.compile(
    r"(?:GPT|LLaMA|Llama|BERT|Coder|Mistral|Qwen|Gemma|Phi-|T5|Orca|Vicuna|Alpaca|Falcon)"
    r"|-\d+(?:\.\d+)?[BM]$|\d+(?:\.\d+)?[BM]$"
)
_METHOD_LF_HEADS = frozenset(
    [
        "learning",
        "tuning",
        "optimization",
        "optimisation",
        "prompting",
        "regression",
        "network",
        "networks",
        "search",
        "sampling",
        "training",
        "attention",
        "descent",
        "decoding",
        "distillation",
        "partitioning",
        "compression",
        "quantization",
        "pruning",
        "encoding",
        "embedding",
        "embeddings",
        "prompts",
        "prompt",
        "adaptation",
        "ensemble",
        "ensembles",
        "transformation",
        "selection",
    ]
)
_ARTICLES = frozenset({"a", "an", "the", "our"})
# words after the head of "X is a …" / "X, a …": the noun phrase has ended
_NP_END = frozenset(
    ["on", "in", "for", "with", "from", "by", "that", "which", "who", "developed", "trained"]
)
# evaluation campaigns and their editions: "NIST05", "DUC2001", "IWSLT09", "MUC-7", "TAC-2008"
_EDITION_SHAPE = re.compile(r"^[A-Z]{2,6}(?:-?(?:19|20)\d\d|0\d|-\d{1,2})$")
_SPLIT_FIRST = frozenset(
    {"test", "training", "train", "dev", "development", "evaluation", "held-out"}
)
_SPLIT_SECOND = frozenset({"set", "sets", "data", "split", "splits", "corpus", "portion"})
_SIZE = re.compile(r"-\d+(?:\.\d+)?[BM]$")
_METRIC_LF_HEADS = frozenset(["score", "rate", "error", "distance", "divergence", "ratio", "loss"])
_HEAD_TYPES: list[tuple[frozenset[str], str]] = [
    (DATASET_TYPE_HEADS, "Dataset"),
    (frozenset({"metric", "metrics", "measure"}), "Metric"),
    (MODEL_HEADS, "Model"),
    (METHOD_HEADS, "Method"),
]


# lower-case head word → type (the first list in _HEAD_TYPES that holds the word wins)
_HEAD_TYPE: dict[str, str] = {}
for _heads, _type in _HEAD_TYPES:
    for _word in _heads:
        _HEAD_TYPE.setdefault(_word, _type)


def _head_type(word: str) -> str | None:
    return _HEAD_TYPE.get(word.lower())


class ContextTyper(Component):
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        cands = tt.cands
        if not any(c[2] == UNK for c in cands):
            return doc
        n = len(doc)
        release_cue: list[bool] = []

        def releases() -> bool:
            # "we release the weights": scanning the whole text costs more than the rest of
            # this component, so only when a name looks like a model's
            if not release_cue:
                release_cue.append(bool(RELEASE_CUES.search(tt.text)))
            return release_cue[0]

        abbrev_long: dict[tuple[int, int], tuple[int, int]] = {}
        for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
            abbrev_long[(sf_s, sf_e)] = (lf_s, lf_e)
            abbrev_long[(lf_s, lf_e)] = (lf_s, lf_e)
        contrib_keys = {norm_key(tt.span_text(s, e)) for s, e in tt.contributions}
        # typed (gazetteer) candidates by (end, start>=): a long form ending in a known name
        typed_ends: dict[tuple[int, int], str] = {}
        for lf_s, lf_e, _sf_s, _sf_e in tt.abbreviations:
            for c in cands:
                if c[2] == UNK or c[1] != lf_e or c[0] < lf_s:
                    continue
                # "generalized CIL (GCIL)": a known short name heading a longer long form
                if c[1] - c[0] >= 2 or (c[4] == "gazetteer" and lf_e - lf_s >= 2):
                    typed_ends[(lf_e, lf_s)] = c[2]

        votes: dict[str, Counter[str]] = {}
        keys: dict[int, str] = {}
        strong: set[str] = set()
        abbrev_keys = {
            norm_key(tt.span_text(a, b))
            for pair in tt.abbreviations
            for a, b in ((pair[0], pair[1]), (pair[2], pair[3]))
        }
        for idx, c in enumerate(cands):
            if c[2] != UNK:
                if c[4] == "propose":  # "models called DART-MATH": typed by its naming phrase
                    key = norm_key(tt.span_text(c[0], c[1]))
                    votes.setdefault(key, Counter())[c[2]] += 3
                    strong.add(key)
                continue
            key = keys[idx] = norm_key(tt.span_text(c[0], c[1]))
            t = self._decide(tt, c, n, releases, abbrev_long, contrib_keys, typed_ends)
            if t == "Task" and (key in contrib_keys or c[4] in ("propose", "title_name")):
                # a paper proposes a method for a task, not the task: "we propose an
                # exemplar-free class incremental learning (G-ACIL)"
                t = (
                    "Model"
                    if _looks_like_model(tt.span_text(c[0], c[1])) and releases()
                    else "Method"
                )
            if t:
                # strong cues (head noun, apposition, long form, shape) outvote weak ones
                weak = t.endswith("?")
                votes.setdefault(key, Counter())[t.rstrip("?")] += 1 if weak else 3
                if not weak or c[4] in ("propose", "title_name"):
                    strong.add(key)
        out: list[Cand] = []
        for idx, c in enumerate(cands):
            if c[2] != UNK:
                out.append(c)
                continue
            key = keys[idx]
            if key in abbrev_keys and key not in strong:
                continue  # an abbreviation whose long form gave no type: weak context is not enough
            if key in votes:
                out.append((c[0], c[1], votes[key].most_common(1)[0][0], c[3], c[4]))
        tt.cands = out
        return doc

    def _decide(
        self,
        tt: TokenTable,
        c: Cand,
        n: int,
        releases: Callable[[], bool],
        abbrev_long: dict[tuple[int, int], tuple[int, int]],
        contrib_keys: set[str],
        typed_ends: dict[tuple[int, int], str],
    ) -> str | None:
        start, end, _label, _kb, rule = c
        text = tt.span_text(start, end)
        tx = tt.texts
        lw = tt.lowers
        # 0. a parameter count in the name: "AntGLM-Med-10B", "MathScale-7B"
        if _has_size(text):
            return "Model"
        # 0b. a long form ending in a known Task ("generalized CIL (GCIL)"): "GCIL methods"
        # are methods for the task
        pair = abbrev_long.get((start, end))
        if pair is not None and typed_ends.get((pair[1], pair[0])) == "Task":
            return "Task"
        # 1. head noun right after the name (skipping a closing parenthesis)
        k = end
        if k < n and tx[k] == ")":
            k += 1
        if k < n:
            t = _head_type(tx[k])
            if t == "Model" and rule == "abbreviation" and text.islower():
                return None
            if t:
                return t
            if lw[k] in TASK_HEADS and (k == end or end - start == 1):
                return "Task"  # "Vision-to-Audio (V2A) generation"
            if k + 1 < n and lw[k] in _SPLIT_FIRST and lw[k + 1] in _SPLIT_SECOND:
                return "Dataset"  # "the RTE-5 test set", "NIST05 evaluation data"
        # 2. apposition / copula: "X, a new benchmark …", "X is a method …"
        if k + 1 < n and tx[k] in (",", "is", "(") and lw[k + 1] in _ARTICLES:
            for j in range(k + 2, min(n, k + 10)):
                if tt.sent_start[j] or tx[j] in (".", ";", ")"):
                    break
                t = _head_type(tx[j])
                if t:
                    return t
                if lw[j] in TASK_HEADS and j == k + 1:
                    break
                if lw[j] in _NP_END:
                    break  # "a trained DNN developed on a large dataset": the head came first
        # 3. the long form of an abbreviation
        pair = abbrev_long.get((start, end))
        if pair is not None and (pair[1], pair[0]) in typed_ends:
            return typed_ends[(pair[1], pair[0])]
        if pair is not None:
            last = lw[pair[1] - 1]
            t = _head_type(last)
            if t == "Model" and tt.span_text(*pair).islower():
                return None  # a generic class: "foundation models (FMs)"
            if t:
                return t
            if last in TASK_HEADS:
                return "Task"
            if last in _METRIC_LF_HEADS:
                return "Metric"
            if last in _METHOD_LF_HEADS:
                return "Method"
        # 4. shape (model cues first: "DeepSeek-V2-Coder-Instruct" is a model)
        shape = _shape_type(text)
        if shape is not None:
            return shape
        # 5. evaluation context: "... on X", "across X"
        sent_start, _sent_end = tt.sent_span(start)
        if start > sent_start:
            prev = lw[start - 1]
            if prev in ("on", "across") or (
                prev in ("and", ",")
                and start - 2 >= sent_start
                and lw[start - 2] not in ("we",)
                and any(lw[j] == "on" for j in range(max(sent_start, start - 6), start))
            ):
                window = lw[sent_start:start]
                # "evaluated on X", "results on X", "trained on X": data either way
                if not (EVAL_VERBS.isdisjoint(window) and TRAIN_CUES.isdisjoint(window)):
                    return "Dataset?"  # weak cue
        # 6. the paper's own contribution
        if norm_key(text) in contrib_keys or rule in ("propose", "title_name"):
            return "Model?" if _looks_like_model(text) and releases() else "Method?"
        return None


@memo()  # pure (compiled regexes); names recur across documents
def _looks_like_model(text: str) -> bool:
    return bool(_MODEL_SHAPE.search(text))


@memo()
def _has_size(text: str) -> bool:
    return bool(_SIZE.search(text))


@memo()
def _shape_type(text: str) -> str | None:
    """The name's shape: model cues first ("DeepSeek-V2-Coder-Instruct" is a model)."""
    if _looks_like_model(text):
        return "Model"
    if _DATASET_SHAPE.search(text) or _EDITION_SHAPE.match(text):
        return "Dataset"
    return None


@Language.factory("kg_context_typer")
def make_context_typer(nlp: Language, name: str) -> ContextTyper:
    register_extensions()
    return named(ContextTyper(), name)
