"""``kg_context_typer``: decide Method / Model / Dataset / Metric / Task for ``UNK`` candidates.

Cues, strongest first: the head noun after the name ("X dataset", "X model", "X metric"), an
apposition or copula ("X, a benchmark of …", "X is a method …"), the name's shape
(``…Bench``/``…QA`` → Dataset, ``-7B``/``GPT`` → Model; a model family's own name or
variant, "ConvNeXt", "Whisper-large-v2", is a weak Model cue), the long form of an abbreviation
("… Tuning (DART)" → Method), evaluation context ("evaluate … on X" → Dataset), and for the
paper's own contribution: Model when the abstract talks about released weights, else Method.
All occurrences of one name in a doc share the type decided for any of them. Candidates with
no cue at all are dropped (label stays ``UNK``; the overlap resolver ignores them).
"""

from __future__ import annotations

import re
from collections import Counter
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.candidates import Candidate
from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import (
    COMPARISON_VERBS,
    DATA_NOUNS,
    DATASET_TYPE_HEADS,
    EVAL_VERBS,
    METHOD_HEADS,
    MODEL_HEADS,
    PART_HEADS,
    RELEASE_CUES,
    SYSTEM_TYPES,
    TASK_HEADS,
    TRAIN_CUES,
    ends_in_model_family,
    model_class,
    names_model_family,
    of_model_family,
    variant_of,
    versioned_model_family,
)
from kg.extract.components.tokens import TokenTable, table, word_after_pair
from kg.extract.lexicon import words
from kg.extract.memo import memo
from kg.extract.normalize import norm_key
from kg.schema import entity_id

UNK = "UNK"
_DATASET_SHAPE = re.compile(
    r"(?:Bench\+?|bench|QA|Eval|Set|Corpus|Bank|Instruct|-\d+[kK]|Hard|Arena|Test)$"
)
# a measure's name: "MMMG-Score", "PRMScore", "BERTScore" (not the model it is named after)
_METRIC_SHAPE = re.compile(r"[A-Za-z0-9][-‐]?Score$")
_MODEL_SHAPE = re.compile(
    r"(?:GPT|LLaMA|Llama|BERT|Coder|Mistral|Qwen|Gemma|Phi-|T5(?!\d)|Orca|Vicuna|Alpaca|Falcon)"
    r"|-\d+(?:\.\d+)?[BM]$|\d+(?:\.\d+)?[BM]$"
)
_METHOD_LF_HEADS = words("method_long_form_heads")
_ARTICLES = frozenset({"a", "an", "the", "our"})
# words after the head of "X is a …" / "X, a …": the noun phrase has ended
_NP_END = frozenset(
    ["on", "in", "for", "with", "from", "by", "that", "which", "who", "developed", "trained"]
)
# evaluation campaigns and their editions: "NIST05", "DUC2001", "IWSLT09", "MUC-7", "TAC-2008"
_EDITION_SHAPE = re.compile(r"^[A-Z]{2,6}(?:-?(?:19|20)\d\d|0\d|-\d{1,2})$")
_SPLIT_FIRST = words("split_words")  # test, training, held-out …
_SPLIT_SECOND = frozenset({"set", "sets", "data", "split", "splits", "corpus", "portion"})
_SIZE = re.compile(r"-\d+(?:\.\d+)?[BM]$|-\d+(?:\.\d+)?B-")  # "-7B", "-1.5B-Instruct"
# a conversion between modalities, by their initials (text, image, video, audio, speech,
# motion): "T2I", "I2V", "V2A" name what a model does (text-to-image), not a model
_MODALITY_CODE = re.compile(r"^[TIVASM]2[TIVASM]s?$")
_CLOSERS = frozenset({")", '"', "”", "’"})
_PLAIN_WORD = re.compile(r"^[A-Z]?[a-z]+$")
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


def _typed_ends(tt: TokenTable, cands: list[Candidate]) -> dict[tuple[int, int], str]:
    """Typed (gazetteer) candidates by (end, start>=): a long form ending in a known name."""
    typed_ends: dict[tuple[int, int], str] = {}
    for lf_s, lf_e, _sf_s, _sf_e in tt.abbreviations:
        for c in cands:
            if c[2] == UNK or c[1] != lf_e or c[0] < lf_s:
                continue
            # "generalized CIL (GCIL)": a known short name heading a longer long form
            if c[1] - c[0] >= 2 or (c[4] == "gazetteer" and lf_e - lf_s >= 2):
                typed_ends[(lf_e, lf_s)] = c[2]
    return typed_ends


def _dataset_starts(tt: TokenTable, cands: list[Candidate]) -> set[tuple[int, int]]:
    """Long forms (start, end) that open with a known dataset and go on in capitalised words:
    "Big-Bench Hard Causal Judgment (BBH-CJ)" is a part or variant of BIG-Bench Hard."""
    out: set[tuple[int, int]] = set()
    for lf_s, lf_e, _sf_s, _sf_e in tt.abbreviations:
        for c in cands:
            if c[0] != lf_s or c[2] != "Dataset" or not lf_s < c[1] < lf_e:
                continue
            if not c[4].startswith("gazetteer") or all(
                _PLAIN_WORD.match(w) for w in tt.texts[c[0] : c[1]]
            ):
                continue  # a known name, not a plain word it shares ("Mutual Information")
            rest = tt.texts[c[1] : lf_e]
            if all(w[:1].isupper() for w in rest) and _head_type(rest[-1]) is None and (
                rest[-1].lower() not in TASK_HEADS
            ):
                out.add((lf_s, lf_e))
    return out


def _class_compound(tt: TokenTable, start: int, k: int, text: str) -> bool:
    """A compound of capitalised words before a model head that is plural or follows "a"
    ("Vision-Language Models", "a Vision-Language Model"), or of words of scale or modality
    before any ("Rethinking Vision-Language Model in …"): a kind of model, no name (not
    "DeepSeek-Coder Models", "Llama-3 Models")."""
    parts = text.split("-")
    if len(parts) < 2 or not all(p.isalpha() and p.istitle() for p in parts):
        return False
    if model_class(f"{text} {tt.lowers[k]}"):
        return True
    plural = tt.lowers[k].endswith("s")
    return plural or (start > 0 and tt.lowers[start - 1] in ("a", "an"))


def _head_after(tt: TokenTable, c: Candidate, k: int, text: str) -> str | None:
    """1. the head noun right after the name (``k``: after a closing parenthesis); "" = no
    type and stop looking."""
    start, end, rule = c[0], c[1], c[4]
    tx, lw, n = tt.texts, tt.lowers, len(tt.texts)
    if k >= n:
        return None
    t = _head_type(tx[k])
    if t == "Model" and rule == "abbreviation" and text.islower():
        return ""
    if t:
        return t
    if lw[k] in TASK_HEADS and (k == end or end - start == 1):
        if k == end and _data_shaped(text) and _evaluation_context(tt, start):
            return "Dataset"  # "56.05 mIoU on SUN-RGBD segmentation": the data of the task
        return "Task"  # "Vision-to-Audio (V2A) generation"
    if k + 1 < n and lw[k] in _SPLIT_FIRST and lw[k + 1] in _SPLIT_SECOND:
        return "Dataset"  # "the RTE-5 test set", "NIST05 evaluation data"
    return None


_DATA_SHAPE = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*-?\d+[A-Za-z]?|[A-Z]{3,}-[A-Z]{3,}")


def _data_shaped(text: str) -> bool:
    """A benchmark's shape: a mixed-case word with a number ("ModelNet40", "ImageNet-1k") or
    two hyphened upper-case words of three letters or more ("SUN-RGBD"); not a short acronym
    ("KG", "MI") or one with a number ("COVID-19")."""
    return _DATA_SHAPE.fullmatch(text) is not None


def _listed_before_head(tt: TokenTable, end: int) -> str | None:
    """1b. a name listed before a data head: "across MVTec-AD, VisA, and Real-IAD
    benchmarks" (the names go on with ", " / "and" up to the head; Dataset heads only)."""
    tx, lw, n = tt.texts, tt.lowers, len(tt.texts)
    k = end
    items = 0
    while k < n and items < 8:
        if lw[k] == ",":
            k += 1
        if k < n and lw[k] == "and":
            k += 1
        if k == end or k >= n:
            return None
        j = k
        while j < n and j - k < 3 and (tx[j][:1].isupper() or tx[j] == "-"):
            j += 1
        if j == k:
            return None
        items += 1
        if j < n and _head_type(tx[j]) == "Dataset":
            return "Dataset"
        if j >= n or lw[j] not in (",", "and"):
            return None
        k = j
    return None


# what makes "benchmark" before a name the verb: "we benchmark X against …", "to benchmark X"
_VERB_LEADS = frozenset({"to", "we", "they", "and", "or", "can", "will", "also", "further"})


def _list_goes_on(tt: TokenTable, end: int) -> bool:
    """Another name follows, after "," or "and": "LiTS and KiTS", "A, B", "Lip Reading in
    the Wild (LRW) and LRW-1000"."""
    k = end
    if k < len(tt.texts) and tt.texts[k] == "(" and ")" in tt.texts[k : k + 6]:
        k = tt.texts.index(")", k) + 1
    while k < len(tt.lowers) and tt.lowers[k] in (",", "and"):
        k += 1
    return end < k < len(tt.texts) and tt.texts[k][:1].isupper()


def _head_before(tt: TokenTable, start: int, end: int) -> str | None:
    """1c. a data head right before the name, or before the list the name ends: "the
    retrieval dataset RSTPReid", "large-scale datasets WebVid2M and VideoCC3M" (not the verb
    "we benchmark XMANet against …", nor a title, where every word is capitalised)."""
    tx, lw = tt.texts, tt.lowers
    if not tx[start][:1].isupper():
        return None
    h, listed = start - 1, False
    for _ in range(4):  # back over the names listed before: "datasets A, B and C"
        if h < 1 or lw[h] not in (",", "and"):
            break
        joiner = h
        while h > 0 and lw[h] in (",", "and"):
            h -= 1
        if lw[h] in DATASET_TYPE_HEADS:
            if not listed and ("and" in lw[h + 1 : joiner + 1] or not _list_goes_on(tt, end)):
                # "benchmarks and R1-like traces": joined to the noun, not listed; "On the
                # datasets, ZorbNet reaches 90%": a new clause
                return None
            listed = True
            break  # "two public datasets, LiTS and KiTS"
        name_end = h
        while h > 0 and (tx[h][:1].isupper() or tx[h] == "-") and not tt.sent_start[h]:
            h -= 1
        if h == name_end:
            return None
        listed = True
    if h < 1 or tt.sent_start[h] or tt.sent_of[h] == 0 or lw[h - 1] in _VERB_LEADS:
        return None
    if lw[h] not in DATASET_TYPE_HEADS or (listed and not lw[h].endswith(("s", "corpora"))):
        return None
    return "Dataset"


# what opens a sentence's fronted phrase: "On V2V4Real, our model …", "Across A and B, …"
_FRONT_OPENERS = frozenset(
    {"on", "in", "across", "for", "with", "through", "via", "against", "over", "from", "at",
     "under", "beyond", "after"}
)
# fronted phrases whose name is compared with, or is, the paper's own ("Compared to InterGen,
# our approach …", "Like Newton-Schulz, our approach …"): the apposition's type stays right
_FRONT_COMPARED = frozenset({"compared", "relative", "unlike", "like", "similar", "contrary"})


def _fronted(tt: TokenTable, k: int) -> bool:
    """Does the name before token ``k`` end a fronted phrase ("On V2V4Real", "Evaluated on
    PrivacyQA and PolicyQA", "Trained on VB-DemandEx")? Then ", our model …" after it is the
    sentence's subject, not an apposition of the name. No "we" may come first: "In this work
    we present X, our …" is a clause of its own."""
    lw = tt.lowers
    b, e = tt.sent_bounds[tt.sent_of[k]]
    while b < k and not tt.texts[b][:1].isalpha():
        b += 1  # "(2) On X, …", a quote
    first = lw[b]
    opener = first in _FRONT_OPENERS or (
        tt.texts[b][:1].isupper()
        and first.endswith(("ed", "ing"))
        and len(first) > 4
        and first not in _FRONT_COMPARED
    )
    if not opener or "we" in lw[b:k] or _named_as(tt, b, k):
        return False
    # "Using X, our extension of Y, we combine …": the main clause comes after the apposition
    return not any(lw[j] == "," and lw[j + 1] == "we" for j in range(k + 2, e - 1))


def _named_as(tt: TokenTable, b: int, k: int) -> bool:
    """ "Instantiated as Domain-Invariant … (RLGLC), our method …": the name is the paper's."""
    j = k - 1
    while j > b and tt.texts[j] != "as" and k - j < 16:
        j -= 1
    return j > b and tt.texts[j] == "as"


# the role noun of a compared system, beyond the method and model heads: "the RAG baseline,
# IRCoT", "PoseC3D as the baseline framework"
_ROLE_TYPE = {"baseline": "Method"}
# what may close a name put beside a system noun: "the current best method, SOLOFusion."
_APPOSITION_CLOSERS = frozenset({".", ",", ";", ")", "(", "and", "by"})


def _system_noun_type(word: str) -> str | None:
    t = _ROLE_TYPE.get(word) or _head_type(word)
    return t if t in SYSTEM_TYPES else None


def _system_apposed(tt: TokenTable, start: int, end: int) -> str | None:
    """2d. a name put beside a singular system noun after a determiner: "over the current
    best method, SOLOFusion.", "the multi-hop RAG baseline, IRCoT, by 13 points" (the name
    closes the apposition: not "With this method, ZorbNet reaches …")."""
    lw = tt.lowers
    h = start - 2
    if h < 1 or lw[start - 1] != "," or end >= len(lw) or lw[end] not in _APPOSITION_CLOSERS:
        return None
    t = _system_noun_type(lw[h])
    if t is None or tt.sent_start[start - 1]:
        return None
    for k in range(h - 1, max(-1, h - 6), -1):  # back to the determiner, over modifiers
        if lw[k] in ("the", "a", "an"):
            return t
        if tt.sent_start[k] or not (tt.texts[k].isalpha() or "-" in tt.texts[k]):
            return None
    return None


def _as_role(tt: TokenTable, end: int) -> str | None:
    """2e. the role a sentence gives a name: "we adopt PoseC3D as the baseline framework",
    "with ZorbNet as the default method" (a determiner, up to three modifiers, then the noun
    heading its phrase)."""
    lw, n = tt.lowers, len(tt.lowers)
    if end + 2 >= n or lw[end] != "as" or lw[end + 1] not in ("a", "an", "the"):
        return None
    for j in range(end + 2, min(n, end + 6)):
        if tt.sent_start[j] or not tt.texts[j].isalpha():
            return None
        t = _system_noun_type(lw[j])
        nxt = lw[j + 1] if j + 1 < n else ""
        # the noun heads its phrase ("as the baseline framework": "framework"; not "as a
        # model component")
        if t is not None and (not nxt.isalpha() or nxt in ("for", "to", "of", "and", "in")):
            return t
    return None


def _system_role(tt: TokenTable, start: int, end: int, text: str) -> str | None:
    """2d/2e. the system noun a name (one word of a name's shape) is put beside or given as a
    role, for names of others' systems: a model family's variant keeps its own type ("the
    framework, Face-LLaVA"), the paper's own name (in its contribution or its title) the type
    its contribution gives it ("TACO: …. We propose a diffusion model, TACO")."""
    if _family_name(text) or any(s <= start < e for s, e in tt.contributions):
        return None
    title_end = tt.text.find("\n\n")
    if title_end > 0 and text in tt.text[:title_end]:
        return None
    return _system_apposed(tt, start, end) or _as_role(tt, end)


def _apposition(tt: TokenTable, k: int) -> str | None:
    """2. apposition / copula: "X, a new benchmark …", "X is a method …", "X: a dataset …"
    (not ", our model …" after a fronted phrase: :func:`_fronted`)."""
    tx, lw, n = tt.texts, tt.lowers, len(tt.texts)
    if not (k + 1 < n and tx[k] in (",", "is", "(", ":") and lw[k + 1] in _ARTICLES):
        return None
    if lw[k + 1] == "our" and tx[k] == "," and _fronted(tt, k):
        return None
    for j in range(k + 2, min(n, k + 10)):
        if tt.sent_start[j] or tx[j] in (".", ";", ")"):
            break
        if j + 1 < n and tx[j + 1][:1] == "-" and len(tx[j + 1]) > 1:
            continue  # "a model-agnostic approach": the compound modifies the head after it
        t = _head_type(tx[j])
        if t:
            # after a colon only data: "Turin3D: a new aerial LiDAR dataset" (a title's "X: A
            # Framework for …" says what X is about, not always what it is)
            return t if tx[k] != ":" or t == "Dataset" else None
        if lw[j] in TASK_HEADS and j == k + 1:
            break
        if lw[j] in _NP_END:
            break  # "a trained DNN developed on a large dataset": the head came first
    return None


def _past_long_form(tt: TokenTable, k: int) -> int:
    """ "EnDive (English Diversity), a benchmark": the apposition after a bracketed long form
    (``k``: the token after the name); else ``k``."""
    tx, n = tt.texts, len(tt.texts)
    if k >= n or tx[k] != "(":
        return k
    for j in range(k + 1, min(n - 1, k + 16)):
        if tt.sent_start[j] or tx[j] in ("(", "."):
            return k
        if tx[j] == ")":
            return j + 1 if tx[j + 1] in (",", ":") else k
    return k


def _apposed_head(tt: TokenTable, start: int) -> str | None:
    """2b. the head noun a contribution's name is put beside: "we construct a dataset, AR-VIM",
    "we release a new benchmark: ZorbQA"."""
    lw = tt.lowers
    if start < 3 or lw[start - 1] not in (",", ":") or tt.sent_start[start - 1]:
        return None
    return _head_type(lw[start - 2])


def _own_apposed_head(tt: TokenTable, start: int, end: int) -> str | None:
    """2b. the paper's own head noun a name is put beside: "our advanced model, MaskGIL",
    "which together form our framework, ZorbNet" ("our", then up to three lower-case words);
    not a list the phrase opens ("In our method, MRI and CT images are …")."""
    lw = tt.lowers
    if lw[start - 1] != "," or (end < len(lw) and lw[end] in ("and", "or")):
        return None
    t = _apposed_head(tt, start)
    if t is None:
        return None
    for k in range(start - 3, max(0, start - 7), -1):
        if lw[k] == "our":
            return t
        if not tt.texts[k].isalpha() or not tt.texts[k].islower() or tt.sent_start[k]:
            return None
    return None


# what may stand between a data noun and the names it lists: "datasets (A, B)", "datasets: A,
# B", "datasets, namely A and B", "benchmarks such as A, B", "datasets including A and B"
_LIST_OPENERS = frozenset(
    {"(", ":", ",", "-", "–", "—", "namely", "i.e.", "i.e", "e.g.", "e.g", "such", "as",
     "including", "like", "viz."}
)


def _listing_noun(tt: TokenTable, start: int, end: int) -> str | None:
    """2c. the noun that lists a name, alone or with others, in brackets ("on in-domain data
    (FakeOrReal)", "three public benchmark datasets (EAV, FACED and SEED)") or up to the
    clause's end ("three datasets: EAV, FACED and SEED.", "baselines such as A and B."), for
    systems given as examples also up to a margin or a scope ("baselines like A and B by 12.7
    points"); a lone bracketed name only after a data noun ("a novel model (LaD)" may name its
    own)."""
    tx, lw, n = tt.texts, tt.lowers, len(tt.texts)
    first = start
    while first - 1 > 0 and start - first < 12 and _listed_name(tx[first - 1]):
        first -= 1
    if lw[first] == "and":
        return None  # "two datasets and ZorbA": not a list of the datasets
    noun = first - 1
    while noun > 0 and first - noun <= 4 and lw[noun] in _LIST_OPENERS:
        noun -= 1
    if noun + 1 == start or not lw[noun].isalpha():
        return None
    closers: tuple[str, ...] = (")",) if "(" in lw[noun + 1 : first] else (".", ";")
    examples = closers != (")",) and _examples_of_systems(lw, noun, first)
    if examples:
        closers += _MARGIN_CLOSERS  # "baselines like Taco and CogCom by 12.7 points"
    close = end
    while close < n and close - end < 12 and tx[close] not in closers:
        if not _listed_name(tx[close]) or (close > end and tt.sent_start[close]):
            return None
        close += 1
    if close >= n or tx[close] not in closers:
        return None
    several = any(w in (",", "and") for w in lw[first + 1 : close])
    # one system given as an example of a class is one too: "baselines such as DocOwl 1.5"
    return lw[noun] if several or examples or lw[noun] in DATA_NOUNS else None


# what may end a list of compared systems given as examples of a class, besides the clause
_MARGIN_CLOSERS = ("by", "on", "across", "in")


def _examples_of_systems(lw: list[str], noun: int, first: int) -> bool:
    """ "baselines like A and B", "models such as A": a plural system noun, then an example
    word before the list."""
    if _EXAMPLE_WORDS.isdisjoint(lw[noun + 1 : first]):
        return False
    word = lw[noun]
    return word.endswith("s") and (word in _SYSTEM_NOUNS or _head_type(word) in SYSTEM_TYPES)


def _listed_type(noun: str, text: str) -> str | None:
    """The type a listing noun gives its names: data → Dataset; a list of several models,
    methods or baselines → Model or Method (by the noun, else the name's shape)."""
    if noun in DATA_NOUNS:
        return "Dataset"
    if noun.endswith("s") and (noun in _SYSTEM_NOUNS or _head_type(noun) in SYSTEM_TYPES):
        return "Model" if _head_type(noun) == "Model" or _looks_like_model(text) else "Method"
    return None


_SYSTEM_NOUNS = frozenset({"baselines", "competitors"})


def _listed_name(text: str) -> bool:
    """A token of a bracketed list of names: a capitalised or alphanumeric word, "," or
    "and"."""
    return text in (",", "and") or text[:1].isupper() or (text[:1].isdigit() and not text.isdigit())


def _long_form_type(tt: TokenTable, pair: tuple[int, int], cues: _DocCues) -> str | None:
    """3. the long form of an abbreviation, or the head noun right after the pair ("a
    Dual-Modal Feature Fusion (DMFF) module"); "" = no type and stop looking."""
    if (pair[1], pair[0]) in cues.typed_ends:
        return cues.typed_ends[(pair[1], pair[0])]
    if pair in cues.dataset_starts:
        return "Dataset"
    last = tt.lowers[pair[1] - 1]
    t = _head_type(last)
    if t == "Model" and (tt.span_text(*pair).islower() or model_class(tt.span_text(*pair))):
        return ""  # a generic class: "foundation models (FMs)", "Large Reasoning Models (LRMs)"
    if t == "Model" and last == "models" and _plural_short_form(tt, pair):
        return "Method"  # "Diffusion Language Models (DLMs)": a family, no one released model
    if t:
        return t
    if last in TASK_HEADS:
        return "Task"
    if last in _METRIC_LF_HEADS:
        return "Metric"
    if last in _METHOD_LF_HEADS or cues.head_after_pair.get(pair) in PART_HEADS:
        return "Method"
    return None


def _plural_short_form(tt: TokenTable, pair: tuple[int, int]) -> bool:
    """Is the short form after the long form ``pair`` a plural ("(DLMs)", not "(OWSM)")?"""
    for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
        if (lf_s, lf_e) == pair:
            short = tt.span_text(sf_s, sf_e)
            return short.endswith("s") and short[-2:-1].isupper()
    return False


_COUNT_WORDS = words("count_words")


def _count_word(w: str) -> bool:
    return w.isdigit() or w in _COUNT_WORDS


def _evaluation_context(tt: TokenTable, start: int) -> bool:
    """5. "evaluated on X", "results on X", "trained on X": data either way."""
    lw = tt.lowers
    sent_start, sent_end = tt.sent_span(start)
    if start <= sent_start:
        return False
    if start - 2 > sent_start and _count_word(lw[start - 1]) and lw[start - 2] in ("on", "across"):
        start -= 1  # "tested on eight SemanticKITTI sequences", "on 8 UCI datasets"
    prev = lw[start - 1]
    if prev == "on" and start - 1 == sent_start:
        # "On Galaxy10 DECaLS, ZorbNet achieves …": the evaluation comes after the name
        return not EVAL_VERBS.isdisjoint(lw[start + 1 : sent_end])
    if prev in ("on", "across") or (
        prev in ("and", ",")
        and start - 2 >= sent_start
        and lw[start - 2] not in ("we",)
        # not a comma that closes a named dataset: "On the ZorbCity benchmark, ZorbNet …"
        and not (prev == "," and _named_data_head(tt, start - 2))
        and any(lw[j] == "on" for j in range(max(sent_start, start - 6), start))
    ):
        window = lw[sent_start:start]
        return not (EVAL_VERBS.isdisjoint(window) and TRAIN_CUES.isdisjoint(window))
    return False


def _possessor(tt: TokenTable, end: int) -> bool:
    """ "on NASA's inspector spacecraft": a name with a possessive owns what follows (an
    agency, a company, a lab); it is not the data the sentence is on."""
    return end < len(tt.texts) and tt.texts[end] in ("'s", "’s")


def _named_data_head(tt: TokenTable, k: int) -> bool:
    """A singular data head right after a name: "ZorbCity benchmark", "the KITTI dataset"."""
    return (
        k >= 1
        and tt.lowers[k] in DATASET_TYPE_HEADS
        and not tt.lowers[k].endswith("s")
        and tt.texts[k - 1][:1].isupper()
    )


_COMPARED_WORDS = frozenset({"than", "versus", "vs", "vs.", "against"})
_VERSUS = frozenset({"versus", "vs", "vs."})
_COMPARED_PAIRS = frozenset(
    {("compared", "to"), ("compared", "with"), ("comparison", "to"), ("comparison", "with")}
)
_PLURAL_ACRONYM = re.compile(r"[A-Z]s$")  # "RS-VLMs", "MCI-ViTs": a class, not one system
# "a 3.5% boost over Zorb": the two-word margin cues that end in "over"
_MARGIN_PAIRS = frozenset(
    tuple(p.split()) for p in words("comparison_margin_cues") if len(p.split()) == 2
)
# words that call a compared name prior work: "the baseline Zorb", "previous SOTA Zorb"
_PRIOR_WORDS = words("compared_prior_words")
_LIST_TOKENS = frozenset({",", "and", "or", "(", ")", "%", "e.g.", "such", "as", "including"})
# words that introduce examples of a class: "baselines such as X", "methods like X"
_EXAMPLE_WORDS = frozenset({"as", "including", "like", "e.g.", "e.g"})
# what opens a compared system's number: "Zorb (45%)", "Zorb's 45%"
_NUMBER_OPENERS = frozenset({"(", "'s", "’s"})


# what may follow a compared system's name: "outperforms ZorbNet on D / by 3 points / ."
_AFTER_OBJECT = frozenset(
    {".", ",", ";", ":", "(", ")", "and", "or", "on", "in", "by", "across", "with", "for",
     "at", "over", "while", "'s", "’s"}
)


def _compared_object(tt: TokenTable, start: int, end: int) -> bool:
    """5c. "S outperforms ZorbNet on D", "better than ZorbA and ZorbB", "compared with the
    baseline Zorb", "a 3.5% boost over ZorbBind", "surpasses A by 1.7% and ZorbB by 4.9%": a
    name the comparison (a verb, "than", "compared with", "against", a margin's "over") takes
    as its object, alone, listed or after words that call it prior work or a system ("the
    state-of-the-art trained approach UOTA", "methods like MVF-Net"), ending there (not
    "outperforms RGB-based methods", "Outperforms Prompt-Based ICL", "beats A, and O3 levels
    rise", "over SoTA", "outperforms state-of-the-art MCI-ViTs")."""
    texts, lw = tt.texts, tt.lowers
    if end < len(texts) and lw[end] not in _AFTER_OBJECT:
        return False  # "RGB-based", "Prompt-Based ICL", "O3 levels": part of a longer phrase
    name = tt.span_text(start, end)
    if name.lower() in _PRIOR_WORDS or _PLURAL_ACRONYM.search(name):
        return False  # "over SoTA", "outperforms state-of-the-art MCI-ViTs": no one system
    sent_start = tt.sent_span(start)[0]
    described = 0  # "the previous SOTA Zorb": words that call the name prior work
    listed = False  # past a "," or "and": an earlier listed name's margin may stand between
    headed = False  # past a system noun: "the trained approach Zorb", "methods like Zorb"
    for j in range(start - 1, max(sent_start, start - 10) - 1, -1):
        w = lw[j]
        if w.startswith(COMPARISON_VERBS) or w == "than" or _compared_lead(lw, j, sent_start):
            return True
        if w in _VERSUS and j > sent_start and _margin_token(texts, j - 1):
            return True  # "(+7.0 pp vs. SynthLLM)": a margin over the name
        if w in (",", "and"):
            listed = True
        elif described < 3 and (w in _PRIOR_WORDS or _describing_noun(w, described)):
            described += 1
            headed = headed or w not in _PRIOR_WORDS
        elif not (
            texts[j][:1].isupper()
            or _version_word(texts[j])
            or (listed and _margin_token(texts, j))
            or (headed and w.lstrip("-").isalpha())  # "trained approach Zorb", "-based"
        ):
            return False  # not "by 4.9 % mIoU": a number right before the name
    return False


def _describing_noun(w: str, described: int) -> bool:
    """A system noun that describes a compared name: right before it ("approach UOTA"), or a
    plural before an example word ("methods like MVF-Net")."""
    return _system_noun_type(w) is not None and (described == 0 or w.endswith("s"))


def _compared_lead(lw: list[str], j: int, lo: int) -> bool:
    """Does token ``j`` end "compared with", "against" or a margin cue ("a boost over")? (Not
    "relative to the AV", "T1 vs T2": what they relate is not always a system.)"""
    w = lw[j]
    if w == "against":
        return True
    if j - 1 < lo:
        return False
    pair = (lw[j - 1], w)
    return pair in _COMPARED_PAIRS or (w == "over" and pair in _MARGIN_PAIRS)


def _version_word(t: str) -> bool:
    """ "large-v3" of "Whisper large-v3", "v3.1": a variant's letters with a digit."""
    return any(c.isdigit() for c in t) and any(c.isalpha() for c in t)


def _margin_token(texts: list[str], j: int) -> bool:
    """ "by 1.72 %" between listed compared names ("surpasses A by 1.72 % and B by 4.9 %")."""
    t = texts[j]
    return t in ("by", "%", "points", "pp") or t.lstrip("+-")[:1].isdigit()  # "by +1.0 %"


def _comparison_context(tt: TokenTable, start: int) -> bool:
    """5b. "outperforming VAR (3.3 FID) and FlexVAR (3.05)", "higher than Zorb (71.2%)",
    "compared to Zorb's 45%", "outperforming baselines such as Zorb (9.8%)": a name in the list
    of systems a comparison is made with, followed by its number."""
    texts, lw = tt.texts, tt.lowers
    sent_start, sent_end = tt.sent_span(start)
    k = start + 1
    while k < sent_end and texts[k][:1].isupper() and k - start < 4:
        k += 1  # the rest of the name
    if k + 1 >= sent_end or texts[k] not in _NUMBER_OPENERS or not texts[k + 1][:1].isdigit():
        return False
    class_words = 0  # "strong baselines" before "such as": the class the examples are of
    examples = False
    for j in range(start - 1, max(sent_start, start - 16) - 1, -1):
        w = lw[j]
        if w.startswith(COMPARISON_VERBS) or w in _COMPARED_WORDS:
            return True
        if w in ("to", "with") and j > sent_start and lw[j - 1].startswith("compar"):
            return True  # "compared to", "in comparison with"
        if w in _EXAMPLE_WORDS:
            examples = True
        elif not (w in _LIST_TOKENS or texts[j][:1].isupper() or texts[j][:1].isdigit()):
            class_words += 1
            if not examples or class_words > 3:
                return False
    return False


class _DocCues:
    """What the typer reads of a doc besides one candidate (the release cue lazily)."""

    def __init__(self, tt: TokenTable, cands: list[Candidate]) -> None:
        self.tt = tt
        self._release: bool | None = None
        self.abbrev_long: dict[tuple[int, int], tuple[int, int]] = {}
        # the word right after "long form (SF)": "a Dual-Modal Feature Fusion (DMFF) module"
        self.head_after_pair: dict[tuple[int, int], str] = {}
        for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
            self.abbrev_long[(sf_s, sf_e)] = (lf_s, lf_e)
            self.abbrev_long[(lf_s, lf_e)] = (lf_s, lf_e)
            after = word_after_pair(tt, lf_e, sf_s, sf_e)
            if after is not None:
                self.head_after_pair[(lf_s, lf_e)] = after
        self.contrib_keys = {norm_key(tt.span_text(s, e)) for s, e in tt.contributions}
        self.typed_ends = _typed_ends(tt, cands)
        self.dataset_starts = _dataset_starts(tt, cands)
        self.abbrev_keys = {
            norm_key(tt.span_text(a, b))
            for pair in tt.abbreviations
            for a, b in ((pair[0], pair[1]), (pair[2], pair[3]))
        }

    def releases(self) -> bool:
        # "we release the weights": scanning the whole text costs more than the rest of
        # this component, so only when a name looks like a model's
        if self._release is None:
            self._release = bool(RELEASE_CUES.search(self.tt.text))
        return self._release

    def contribution_type(self, text: str) -> str:
        return "Model" if _looks_like_model(text) and self.releases() else "Method"


def _retyped(tt: TokenTable, c: Candidate, own: dict[str, str]) -> Candidate:
    """A known name the paper gives its own contribution ("we introduce AVA, a … system"
    where the gazetteer knows the AVA dataset) takes the type the paper's words give it, and
    no link to the known entity: a known dataset's name for a new system only."""
    if c[2] != "Dataset" or not c[4].startswith("gazetteer"):
        return c  # not "the SFT dataset" (data for a known method); Method vs Model stays
    text = tt.span_text(c[0], c[1])
    t = own.get(norm_key(text))
    if t is None:
        return c
    return c._replace(label=t, entity_id=entity_id(t, text))


def _variant_votes(
    tt: TokenTable,
    cands: list[Candidate],
    ckeys: list[str],
    keys: dict[int, str],
    cues: _DocCues,
    votes: dict[str, Counter[str]],
    strong: set[str],
) -> None:
    """A variant of the paper's own system ("we propose DiCo … DiCo-XL achieves") is a system
    of the same type: the contribution's name, a hyphen and a short tail. ``ckeys``: each
    candidate's :func:`norm_key`."""
    own: dict[str, str] = {}
    for c, key in zip(cands, ckeys, strict=True):
        if key in cues.contrib_keys or c[4] in ("propose", "title_name"):
            t = c[2] if c[2] != UNK else None
            if t is None and key in votes:
                t = _top(votes[key])
            if t in SYSTEM_TYPES:
                own[key] = t
    if not own:
        return
    for idx, key in keys.items():
        if key in strong:
            continue
        text = tt.span_text(cands[idx][0], cands[idx][1])
        base = text.rpartition("-")[0]
        t = own.get(norm_key(base)) if variant_of(text, base) else None
        if t is not None:
            votes[key] = Counter({t: 3})
            strong.add(key)


_JOINERS = ((",",), ("and",), (",", "and"), ("or",), (",", "or"))


def _coordinated_votes(
    tt: TokenTable, cands: list[Candidate], keys: dict[int, str], votes: dict[str, Counter[str]]
) -> None:
    """A name no cue types, listed next to a known Model/Method ("methods like DPO and SimPO",
    "LLaVA-CoT, Mulberry, and LlamaV-o1"), is one too: a weak vote for the known one's type."""
    known = {
        (c[0], c[1]): c[2] for c in cands if c[2] in SYSTEM_TYPES and c[4].startswith("gazetteer")
    }
    if not known:
        return
    by_end = {e: t for (_, e), t in known.items()}
    by_start = {s: t for (s, _), t in known.items()}
    lowers = tt.lowers
    for idx, key in keys.items():
        if key in votes:
            continue
        start, end = cands[idx][0], cands[idx][1]
        if end < len(lowers) and lowers[end] not in _AFTER_OBJECT:
            continue  # "O1-preview, and O3 levels rise": part of a longer phrase
        t = None
        for n in (1, 2):
            if tuple(lowers[start - n : start]) in _JOINERS and start - n in by_end:
                t = by_end[start - n]
            elif tuple(lowers[end : end + n]) in _JOINERS and end + n in by_start:
                t = by_start[end + n]
            if t is not None:
                break
        if t is not None:
            votes[key] = Counter({t: 1})


def _top(votes: Counter[str]) -> str:
    """The type with the most votes, the first given on a tie (``most_common(1)``'s choice,
    without its heap)."""
    return max(votes.items(), key=itemgetter(1))[0]


class ContextTyper(Component):
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        cands = tt.cands
        if not any(c[2] == UNK for c in cands):
            return doc
        cues = _DocCues(tt, cands)
        ckeys = [norm_key(tt.span_text(c[0], c[1])) for c in cands]
        votes: dict[str, Counter[str]] = {}
        keys: dict[int, str] = {}
        strong: set[str] = set()
        own: dict[str, str] = {}  # a contribution's type from its own head noun / apposition
        for idx, c in enumerate(cands):
            if c[2] != UNK:
                if c[4] == "propose":  # "models called DART-MATH": typed by its naming phrase
                    key = ckeys[idx]
                    votes.setdefault(key, Counter())[c[2]] += 3
                    strong.add(key)
                continue
            key = keys[idx] = ckeys[idx]
            t = self._decide(tt, c, cues)
            if t in SYSTEM_TYPES and c[4] == "propose":
                own[key] = t  # "we introduce AVA, a VLM-powered system": its own word
            if t == "Task" and (key in cues.contrib_keys or c[4] in ("propose", "title_name")):
                # a paper proposes a method for a task, not the task: "we propose an
                # exemplar-free class incremental learning (G-ACIL)"
                t = cues.contribution_type(tt.span_text(c[0], c[1]))
            if t:
                # strong cues (head noun, apposition, long form, shape) outvote weak ones
                weak = t.endswith("?")
                votes.setdefault(key, Counter())[t.rstrip("?")] += 1 if weak else 3
                if not weak or c[4] in ("propose", "title_name"):
                    strong.add(key)
        _variant_votes(tt, cands, ckeys, keys, cues, votes, strong)
        _coordinated_votes(tt, cands, keys, votes)
        out: list[Candidate] = []
        for idx, c in enumerate(cands):
            if c[2] != UNK:
                out.append(_retyped(tt, c, own) if own else c)
                continue
            key = keys[idx]
            if key in cues.abbrev_keys and key not in strong:
                continue  # an abbreviation whose long form gave no type: weak context is not enough
            if key in votes:
                out.append(c._replace(label=_top(votes[key])))
        tt.cands = out
        return doc

    @staticmethod
    def _decide(tt: TokenTable, c: Candidate, cues: _DocCues) -> str | None:
        start, end, rule = c[0], c[1], c[4]
        text = tt.span_text(start, end)
        # past a closing bracket or quote: '"Do You See Me", a scalable benchmark'
        k = end + 1 if end < len(tt.texts) and tt.texts[end] in _CLOSERS else end
        t = _head_after(tt, c, k, text)
        compound = rule == "name_shape" and t in ("Model", "Dataset")
        if compound and _class_compound(tt, start, k, text):
            # "Vision-Language Models", "a Vision-Language Model (VLM)", "A Multi-Speaker
            # Dataset": a kind of model or data (not the paper's own: "Nile-Chat: …",
            # "Nile-Chat models")
            t = t if norm_key(text) in cues.contrib_keys else ""
        if t is None:
            t = _listed_before_head(tt, end)
        if t is None:  # neither returns "" (stop looking), so "or" loses nothing
            # the head before first: "On the retrieval dataset RSTPReid, our method …"
            t = (
                _head_before(tt, start, end)
                or _apposition(tt, _past_long_form(tt, k))
                or (_system_role(tt, start, end, text) if rule == "name_shape" else None)
            )
        own = _name_type(text) if t != "Dataset" else None
        if own is not None:  # what the name says, unless its own words call it data
            return own
        # 0b. a long form ending in a known Task ("generalized CIL (GCIL)"): "GCIL methods"
        # are methods for the task
        pair = cues.abbrev_long.get((start, end))
        if pair is not None and cues.typed_ends.get((pair[1], pair[0])) == "Task":
            return "Task"
        if t is None:
            t = _apposed_head(tt, start) if rule == "propose" else _own_apposed_head(tt, start, end)
        if t is None and pair is not None:
            t = _long_form_type(tt, pair, cues)
        if t is not None:
            return t or None
        # 4. shape (model cues first: "DeepSeek-V2-Coder-Instruct" is a model)
        shape = _shape_type(text)
        if shape is not None:
            return shape
        family = _family_name(text)
        noun = _listing_noun(tt, start, end) if pair is None else None
        listed = _listed_type(noun, text) if noun is not None else None
        if listed is not None and not family:
            # (not a short form: "real-world data (RWD)"); "baselines such as A, B and C."
            return listed
        if _evaluation_context(tt, start) and not _possessor(tt, end) and not (
            versioned_model_family(text)  # "… on VisDrone, outperforming YOLOv12s."
        ):
            return "Dataset?"  # weak cue
        if family:
            return "Model?"  # weak cue: "Whisper-large-v2", a family's variant, "ConvNeXt"
        if _comparison_context(tt, start) or _compared_object(tt, start, end):
            return "Method?"  # weak cue: a system compared with
        # 6. the paper's own contribution
        if norm_key(text) in cues.contrib_keys or rule in ("propose", "title_name"):
            return cues.contribution_type(text) + "?"
        return None


def _family_name(text: str) -> bool:
    """A model family's variant or a name built on one ("Whisper-large-v2", "ConvNeXt",
    "BiomedCLIP"): a model, unless a head noun says otherwise."""
    return of_model_family(text) or names_model_family(text) or ends_in_model_family(text)


@memo()  # pure (compiled regexes); names recur across documents
def _looks_like_model(text: str) -> bool:
    return bool(_MODEL_SHAPE.search(text))


@memo()
def _has_size(text: str) -> bool:
    return bool(_SIZE.search(text))


@memo()
def _name_type(text: str) -> str | None:
    """The type a name's own form gives: a parameter count is a model's ("AntGLM-Med-10B",
    "MathScale-7B"; not a count of examples its own words call data: "SPAR-7M, a large-scale
    dataset"); so is a model family's name with its version glued on ("the YOLOv11
    framework"); a modality conversion code is a task ("a T2I model", "T2V diffusion models")."""
    if _MODALITY_CODE.match(text):
        return "Task"
    return "Model" if _has_size(text) or versioned_model_family(text) else None


@memo()
def _shape_type(text: str) -> str | None:
    """The name's shape: a measure's first ("BERTScore"), then model cues
    ("DeepSeek-V2-Coder-Instruct" is a model)."""
    if _METRIC_SHAPE.search(text):
        return "Metric"
    if _looks_like_model(text):
        return "Model"
    if _DATASET_SHAPE.search(text) or _EDITION_SHAPE.match(text):
        return "Dataset"
    return None


@Language.factory(
    "kg_context_typer", assigns=["doc._.kg_candidates"], requires=["doc._.kg_candidates"]
)
def make_context_typer(nlp: Language, name: str) -> ContextTyper:
    register_extensions()
    return named(ContextTyper(), name)
