"""``kg_patterns``: rules for names the gazetteer does not know.

Rules (``span.id_`` names the rule; ``label_`` is a type or ``"UNK"`` for the context typer):

- ``name_shape``: CamelCase / ALLCAPS / alphanumeric tokens (``MathScale``, ``MASHA1``,
  ``Phi-GSM``), with a following version (``JiuZhang 2.0``).
- ``head_noun``: "the X dataset/benchmark/corpus/treebank" → Dataset (X holds a name).
- ``task_head``: lower-case noun phrases ending in a task head ("relation extraction",
  "Chinese word segmentation") → Task.
- ``metric_head``: a known metric with its modifiers ("labeled attachment F1",
  "micro-averaged accuracy"), "by the X metric" → Metric.
- ``propose``: "we propose/introduce/present X", "called X" → the paper's contribution.
- ``title_name``: the title's "X: …" names the paper's own contribution.
- ``abbreviation``: both halves of a long form ↔ short form pair.

Contributions go to ``doc._.kg_contributions`` as ``[start, end]`` token pairs.
"""

from __future__ import annotations

import re
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import (
    DATASET_HEADS,
    LANGUAGES,
    METHOD_HEADS,
    METHOD_PHRASE_HEADS,
    METRIC_HEADS,
    METRIC_MODIFIERS,
    NAME_SHAPE,
    NAMING_VERBS,
    NP_STOP,
    PROPOSE_VERBS,
    STOP_ACRONYMS,
    STOP_NAMES,
    TASK_HEADS,
    VERSION,
)
from kg.extract.components.tokens import Cand, TokenTable, table, version_end
from kg.extract.memo import memo

UNK = "UNK"
_METRIC_NOUNS = TASK_HEADS | frozenset(
    ["solving", "answering", "answer", "test", "usage", "training", "validation", "prediction"]
)
# "deep learning", "machine learning": fields, not methods (annotation guidelines)
_GENERIC_FIELDS = frozenset(
    [
        "deep",
        "machine",
        "statistical",
        "neural",
        "human",
        "further",
        "design",
        "boost",
        "minimal",
        "single",
        "vanilla",
        "holistic",
        "differentiable",
        "mathematical",
        "full",
        "standard",
        "additional",
    ]
)
_OBJECT_END = frozenset(
    "using with via by on from based than to for in over under through into".split()  # noqa: SIM905
)
_HEAD_LABEL = {
    **{w: "Model" for w in ("model", "models", "checkpoint", "checkpoints")},
    **{w: "Dataset" for w in ("dataset", "datasets", "benchmark", "benchmarks", "corpus")},
    **{w: "Method" for w in ("method", "methods", "algorithm", "framework", "approach")},
}
# "X test set", "X data set", "X testset", "X data": a name before a data-split noun
_SET_HEADS = frozenset(["set", "sets", "testset", "testsets", "data"])
_TRIGGERS = (
    DATASET_HEADS | METRIC_HEADS | TASK_HEADS | PROPOSE_VERBS | METHOD_PHRASE_HEADS | _SET_HEADS
)
# heads of a described dataset name: "the NIST 2003 MT evaluation set", "the NLP&CC 2013
# cross-lingual opinion analysis dataset", "the CoNLL-2012 Shared Task English datasets"
_LONG_NAME_HEADS = DATASET_HEADS | frozenset(["set", "sets", "testset", "data", "collections"])
_TRIGGERS = _TRIGGERS | {"collections"}
_NAME_GLUE = frozenset(["-", "&", "'", "/", "+"])


@memo()
def is_name(text: str) -> bool:
    # a pure function of the string (frozen lexicons, compiled regex): cached, tokens repeat
    if len(text) < 2 or text.islower() or text in STOP_ACRONYMS or text in STOP_NAMES:
        return False
    if not NAME_SHAPE.match(text):
        return False
    if "-" in text:
        last = text.rsplit("-", 1)[1]
        # "NER-labeled", "GPT-4-based": a name with a lower-case word attached
        if len(last) >= 4 and last.isalpha() and last.islower():
            return False
    return True


def _is_modifier_word(tok_text: str) -> bool:
    low = tok_text.lower()
    return (
        tok_text.isalpha()
        and low not in NP_STOP
        and not low.endswith("ly")
        and (tok_text.islower() or tok_text in LANGUAGES)
    )


# words that end a task phrase on the left: verbs, evaluative adjectives, "state-of-the-art"
_TASK_STOP = frozenset(
    """art s like after before during performed perform performs measure measures compare
    compares enhance enhances help helps complicate complicates master poor successful expected
    way style improve improves improved improving enable enables support supports facilitate
    facilitates make makes achieve achieves previous existing current various different novel
    new efficient effective robust accurate better best good standard typical conventional
    traditional general several many most more other such same similar related recent modern
    simple difficult hard challenging important popular classic classical state-of-the-art
    large-scale real-world well-known high-quality low-quality create creates creating
    develop develops study studies evaluate evaluates use uses apply applies address addresses
    tackle tackles solve solves include includes including towards toward specialized
    specialised corpus corpora dataset datasets need needs report reports propose proposes
    proposed present presents presented define defines defined release releases released
    outperform outperforms outperformed involve involves involved divide divides recast
    port enhanced combined right reasonable valid invalid unreliable unnecessary
    intelligent comparable approximate heuristic special next targets target set""".split()  # noqa: SIM905
)
_SCORE_WORDS = frozenset(["score", "measure", "metric"])
_RANK_METRICS = frozenset(["ndcg", "hits", "mrr", "map"])
# metrics whose labeled / unlabeled variants are named measures (LP, LR, LAS, UAS)
_LABELED_METRICS = frozenset(["precision", "recall", "attachment"])
# TDMSci keeps these after a known metric: "kappa coefficient", "the PARSEVAL measure",
# "the TESLA-CELAB metric", "kappa measurement"
_METRIC_SUFFIX_HEADS = frozenset(
    ["coefficient", "coefficients", "metric", "metrics", "measure", "measurement"]
)
_SPLIT_WORDS = frozenset(
    ["test", "training", "train", "evaluation", "development", "dev", "data", "held-out"]
)
_COORD = frozenset(["and", "or", "/", "&"])
# "Competition-Level Code Generation", "Large-Scale Image Classification": a qualifier
_TITLE_QUALIFIERS = frozenset(["Level", "Scale", "Based", "Driven", "Free", "Aware"])
_DIM = re.compile(r"^\d[dD]$")
# a known metric's short name with a short prefix marking a variant
_METRIC_VARIANT = re.compile(
    r"^(?:[a-z]{1,5}|[A-Z])(?:BLEU|ROUGE|METEOR|TER|F1|Acc|WER|CER|MRR|NDCG|AUC|AP|CIDEr|chrF)$"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ADJ_SUFFIXES = ("ic", "ical", "ial", "ual", "nal", "ral", "ive", "ous", "ary")


def _compound_start(texts: list[str], lowers: list[str], j: int) -> int:
    """Extend a phrase starting at ``j`` over hyphenated compound modifiers before it:
    "multi-task continual pre-training", "ensemble-based conservative optimization"."""
    for _ in range(2):
        prev = texts[j - 1] if j > 0 else ""
        if "-" in prev[1:-1] and _is_task_modifier(prev) and lowers[j - 1] not in _TASK_STOP:
            j -= 1
        elif (
            prev[:1] == "-"
            and prev[1:].isalpha()
            and prev[1:].islower()
            and j > 1
            and texts[j - 2].isalpha()
            and texts[j - 2].islower()
            and lowers[j - 2] not in NP_STOP
        ):
            j -= 2
        else:
            break
    return j


def _is_task_modifier(tok: str) -> bool:
    """A word that can modify a task head, including hyphenated compounds written as one
    token ("cross-lingual", "multi-label", "Japanese-to-English")."""
    if _is_modifier_word(tok):
        return True
    if "-" not in tok or tok.lower() in _TASK_STOP:
        return False
    parts = tok.split("-")
    return all(p.isalpha() and (p.islower() or p in LANGUAGES) for p in parts)


def _edition_word(tok: str) -> bool:
    """A word of an evaluation campaign's name: "CoNLL", "2005", "-", "'", "WMT12"."""
    return tok in ("-", "'", "/") or tok.isdigit() or (tok[:1].isupper() and tok.isalnum())


def _is_acronym(tok: str) -> bool:
    return 2 <= len(tok) <= 5 and tok.isalpha() and tok.isupper() and tok not in STOP_ACRONYMS


def _task_start(
    texts: list[str],
    lowers: list[str],
    sent_start: list[bool],
    i: int,
    noun_coordination: bool = False,
) -> int:
    """Left edge of a task phrase ending in the task head ``texts[i]``.

    Lower-case (or language) modifiers, hyphen compounds ("cross - lingual",
    "Chinese - to - English"), an acronym right before the head ("MWE extraction"),
    title-case modifiers when the head is title-case ("Dependency Parsing"), and a
    coordinated modifier ("syntactic and semantic parsing").
    """
    title = texts[i][:1].isupper() and texts[i][1:].islower()
    j = i
    while j > 0 and i - j < 7:
        prev = texts[j - 1]
        low = lowers[j - 1]
        if (
            (prev == "-" or (prev == "/" and texts[j] in LANGUAGES))
            and j > 1
            and texts[j - 2][:1].isalnum()
            and j < i
        ):
            j -= 1
            continue
        if low == "to" and j > 1 and texts[j - 2] == "-":
            j -= 1
            continue
        if (
            low[:1] == "-"
            and low[1:].isalpha()
            and j > 1
            and texts[j - 2].isalpha()
            and lowers[j - 2] not in NP_STOP
        ):
            j -= 2  # "instance" "-level" (the tokenizer splits off "-level", "-based")
            continue
        if low in _TASK_STOP:
            break
        if _is_task_modifier(prev) and not (prev.endswith("ing") and low != "parsing"):
            j -= 1
            continue
        if j == i and _is_acronym(prev):
            j -= 1
            continue
        if (
            title
            and all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in prev.split("-"))
            and prev.rsplit("-", 1)[-1] not in _TITLE_QUALIFIERS
            and low not in NP_STOP
            and not low.endswith("ing")
        ):
            j -= 1
            continue
        if (
            j == i
            and not title
            and prev.isalpha()
            and prev.istitle()
            and (sent_start[j - 1] or (j > 1 and texts[j - 2] == ":"))
            and low not in NP_STOP
            and low not in _TASK_STOP
            and not low.endswith(("ing", "ly"))
        ):
            j -= 1  # sentence-initial "Frame identification results", "Table 2: Term detection"
            continue
        break
    if j < i and texts[j] == "-" and j + 1 < i and texts[j + 1].isalpha():
        # the left edge fell inside a hyphen compound whose first word is a stop word
        # ("large - scale analysis", "high - level content analysis"): drop the compound
        j += 2
    while j < i and lowers[j] in ("-", "to", "/"):
        j += 1
    # "syntactic and semantic parsing", "object and scene recognition"; with
    # noun_coordination (our guidelines) also "6D pose and size estimation"
    first = texts[j - 2] if j > 1 else ""
    if (
        j < i
        and j > 1
        and lowers[j - 1] in _COORD
        and (_is_modifier_word(first) or (title and first.istitle() and first.isalpha()))
        and lowers[j - 2] not in _TASK_STOP
        and (
            first in LANGUAGES
            if texts[j] in LANGUAGES
            else (noun_coordination and not lowers[j - 2].endswith(("ion", "ing", "ment")))
            or (lowers[j - 2].endswith(_ADJ_SUFFIXES) and lowers[j].endswith(_ADJ_SUFFIXES))
        )
    ):
        j -= 2
        if noun_coordination:
            # "6D object pose and size estimation"
            while j > 0 and i - j < 8 and not sent_start[j]:
                prev = texts[j - 1]
                if _DIM.match(prev):
                    j -= 1
                    break  # "6D …" starts the name
                if _is_modifier_word(prev) and lowers[j - 1] not in _TASK_STOP:
                    j -= 1
                else:
                    break
    return j


def _long_name_start(tt: TokenTable, i: int) -> int | None:
    """Left edge of a described dataset name ending in the head ``i``, or None.

    The phrase runs over names, years, glue ("&", "-", "'"), task acronyms ("MT", "IR") and
    lower-case modifiers, must start with a name or a year, and must hold a capitalised word
    that is not sentence-initial: "NTCIR ACLIA question answering test collections",
    "2011 IWSLT Chinese-to-English machine translation benchmark".
    """
    texts, lowers, sent_start = tt.texts, tt.lowers, tt.sent_start
    e = i
    if lowers[i - 1] in _SPLIT_WORDS | {"challenge"}:
        e = i - 1  # "the NIST 2003 MT evaluation set", "the LIVE test dataset"
    elif lowers[i] in ("set", "sets") or (
        lowers[i] == "data"
        and not texts[i - 1][:1].isupper()
        and lowers[i - 1] not in ("task", "tasks")  # "CoNLL'03 shared task data"
    ):
        return None  # "the POS tag set", "Egyptian dialect data": no dataset name
    k = e
    while k > 0 and e - k < 10 and not sent_start[k]:
        prev = texts[k - 1]
        low = lowers[k - 1]
        if prev in _NAME_GLUE and k > 1 and texts[k - 2][-1:].isalnum():
            k -= 1
            continue
        if prev == ")" and k > 3 and texts[k - 3] == "(" and _is_acronym(texts[k - 2]):
            k -= 3  # "Knowledge Base Population ( KBP ) dataset"
            continue
        if low in ("to", "and") and k > 1 and texts[k] in LANGUAGES and texts[k - 2] in LANGUAGES:
            k -= 1  # "BTEC French to English test set", "ACE 2005 Chinese and English corpora"
            continue
        if low in NP_STOP or low in _TASK_STOP or low in PROPOSE_VERBS or low in _SPLIT_WORDS:
            break
        if prev[:1].isupper() or prev.isdigit() or _is_task_modifier(prev):
            k -= 1
            continue
        break
    # the phrase starts with a name or a year, not with a modifier or glue; a language
    # starts a treebank's name ("English universal treebank")
    treebank = lowers[i] in ("treebank", "treebanks")
    while k < e and not (
        (texts[k][:1].isupper() and (treebank or texts[k] not in LANGUAGES))
        or _YEAR.match(texts[k])
    ):
        k += 1
    if e - k < 2 and not (treebank and e - k == 1):
        return None  # one-word names are the head_noun rule's
    names = [
        m
        for m in range(k, e)
        if texts[m][:1].isupper() and not sent_start[m] and (treebank or texts[m] not in LANGUAGES)
    ]
    if not names or not any(lowers[m] not in STOP_ACRONYMS for m in names):
        return None
    return k


_DATA_WORDS = frozenset(["data", "dataset", "datasets", "corpus", "corpora", "set", "sets"])


def _task_data(tt: TokenTable, i: int) -> tuple[int, int] | None:
    """ "the English test data of the CoNLL-2012 shared task", "data from the NTCIR patent
    translation task": a campaign's data, named by the campaign's task (TDMSci)."""
    texts, lowers, sent_start = tt.texts, tt.lowers, tt.sent_start
    n = len(texts)
    if lowers[i] not in _DATA_WORDS or i + 3 >= n or lowers[i + 1] not in ("of", "from"):
        return None
    k = i + 2
    while k < n and lowers[k] == "the":
        k += 1
    if k >= n or not texts[k][:1].isupper() or sent_start[k]:
        return None
    end = None
    for m in range(k + 1, min(n, k + 9)):
        if lowers[m] in ("task", "tasks"):
            end = m + 1
            break
        if not (texts[m][:1].isalnum() or texts[m] in _NAME_GLUE) or lowers[m] in NP_STOP:
            return None
    if end is None:
        return None
    j = i
    if lowers[j] in ("set", "sets") and j > 0 and lowers[j - 1] == "data":
        j -= 1
    while j > 0 and i - j < 4 and not sent_start[j]:
        prev, low = texts[j - 1], lowers[j - 1]
        if (
            low in _SPLIT_WORDS
            or prev in LANGUAGES
            or (_is_modifier_word(prev) and low not in _TASK_STOP)
        ):
            j -= 1
            continue
        break
    return j, end


@memo(maxsize=1 << 18)
def _word_case(tx: str) -> int:
    """Token text → 0 (not a word of 4+ letters), 1 (lower-case first letter), 2 (capitalised)."""
    return (2 if tx[0].isupper() else 1) if len(tx) > 3 and tx.isalpha() else 0


def _title_case_sentences(tt: TokenTable) -> list[bool]:
    """Per sentence index: whether most of its longer words are capitalised (a title)."""
    codes = list(map(_word_case, tt.texts))
    out: list[bool] = []
    for b, e in tt.sent_bounds:
        seg = codes[b:e]
        upper = seg.count(2)
        words = upper + seg.count(1)
        out.append(words >= 3 and upper >= 0.7 * words)
    return out


class PatternRules(Component):
    def __init__(
        self,
        task_rules: bool = True,
        generic_datasets: bool = False,
        metric_nouns: bool = True,
        method_rules: bool = True,
        metric_score_suffix: bool = False,
        shared_tasks: bool = False,
        task_noun_coordination: bool = True,
        data_head: bool = True,
        long_dataset_names: bool = False,
    ) -> None:
        self.long_dataset_names = long_dataset_names
        self.data_head = data_head
        self.shared_tasks = shared_tasks
        self.task_noun_coordination = task_noun_coordination
        self.method_rules = method_rules
        self.metric_score_suffix = metric_score_suffix
        self.task_rules = task_rules
        self.generic_datasets = generic_datasets
        self.metric_nouns = metric_nouns

    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        cands = tt.cands
        contributions: list[list[int]] = []
        n = len(doc)
        new: list[Cand] = []

        def add(start: int, end: int, label: str, rule: str) -> None:
            while start < end and texts[start] in ("-", "/"):
                start += 1
            if 0 <= start < end <= n:
                new.append((start, end, label, "", rule))

        texts = tt.texts
        lowers = tt.lowers
        sent_start = tt.sent_start
        idx = tt.idx

        in_title = "\n\n" in tt.text
        # one pass to find the few positions any rule cares about
        # (C-level filters: is_name is False for lower-case tokens)
        hits = list(compress(range(n), map(_TRIGGERS.__contains__, lowers)))
        names = list(compress(range(n), map(is_name, texts)))

        # --- name shapes (+ version suffix) ---
        for i in names:
            end = i + 1
            if end + 1 < n and texts[end] in ("-", "'"):  # pre-split "MUC - 7"
                end = version_end(tt, end, decimal=False)
            if end < n and VERSION.match(texts[end]) and idx[i] + len(texts[i]) < idx[end]:
                end += 1
            add(i, end, UNK, "name_shape")

        # Title Case sentences (paper titles, headings): a capital letter is no name cue.
        # Computed on first use: most documents never ask.
        title_case: list[bool] = []

        def titled(i: int) -> bool:
            if not title_case:
                title_case.extend(_title_case_sentences(tt))
            return title_case[tt.sent_of[i]]

        for i in hits:
            low = lowers[i]
            # --- head nouns: "the X dataset" ---
            if low in DATASET_HEADS and i > 0:
                j = i
                has_name = False
                while j > 0 and i - j < 4:
                    prev = texts[j - 1]
                    if prev == "-" and j > 1 and texts[j - 2].isalnum():
                        j -= 1
                        continue
                    if (
                        lowers[j - 1] in NP_STOP
                        or lowers[j - 1] in DATASET_HEADS
                        or lowers[j - 1] in PROPOSE_VERBS
                        or not any(c.isalnum() for c in prev)
                    ):
                        break
                    if is_name(prev) or (
                        prev[0].isupper()
                        and not sent_start[j - 1]
                        and prev not in LANGUAGES
                        and prev not in STOP_ACRONYMS
                        and not (in_title and tt.sent_of[j - 1] == 0)
                    ):
                        has_name = True
                    elif not _is_modifier_word(prev):
                        break
                    j -= 1
                if j < i and (has_name or self.generic_datasets):
                    add(j, i + 1, "Dataset", "head_noun")

            # --- "by the X metric", "X score" ---
            elif low in METRIC_HEADS and i > 0 and low != "metrics":
                # "X metrics" names a family or a shared task, not one measure
                prev = texts[i - 1]
                if titled(i):
                    pass  # "A Discriminative Metric for Generation Tasks": a title
                elif is_name(prev) or (
                    prev[:1].isupper() and not sent_start[i - 1] and lowers[i - 1] not in NP_STOP
                ):
                    add(i - 1, i, "Metric", "metric_head")

            # --- method heads: "multi-task fine-tuning", "semantic compression" ---
            elif low in METHOD_PHRASE_HEADS and self.method_rules and i > 0:
                prev = lowers[i - 1]
                if (
                    _is_modifier_word(prev.split("-")[0])
                    and prev not in _GENERIC_FIELDS
                    and prev not in _TASK_STOP
                    and not (prev.endswith(("s", "ing", "ed")) and "-" not in prev)
                ):
                    add(_compound_start(texts, lowers, i - 1), i + 1, "Method", "method_head")

            # --- task heads: "relation extraction", "Chinese word segmentation" ---
            elif low in TASK_HEADS and self.task_rules:
                j = _task_start(texts, lowers, sent_start, i, self.task_noun_coordination)
                if j < i:
                    # "a constraint classification scheme", "mathematical modeling techniques":
                    # a technique named after the task it performs
                    after = lowers[i + 1] if i + 1 < n else ""
                    method = self.method_rules and (after in METHOD_HEADS or after == "scheme")
                    add(j, i + 1, "Method" if method else "Task", "task_head")

            # --- "we propose X", "called X", "X and Y" ---
            elif low in PROPOSE_VERBS:
                naming = low in NAMING_VERBS
                label = UNK
                if naming and i > 0:
                    label = _HEAD_LABEL.get(lowers[i - 1], UNK)
                limit = min(n, i + (3 if naming else 12))
                k = i + 1
                while k < limit:
                    if sent_start[k] or texts[k] in (".", ";") or lowers[k] in _OBJECT_END:
                        break
                    if is_name(texts[k]):
                        end = k + 1
                        if end < n and VERSION.match(texts[end]):
                            end += 1
                        add(k, end, label, "propose")
                        contributions.append([k, end])
                        # coordinated names: "MBPP and MathQA-Python"
                        k = end
                        if k + 1 < n and lowers[k] in (",", "and") and is_name(texts[k + 1]):
                            limit = min(n, k + 3)
                            k += 1
                            continue
                        break
                    k += 1

        # --- "the NIST 2003 MT evaluation set", "WMT 2006 data set", "the WSJ test set" ---
        set_hits = [i for i in hits if i > 0 and lowers[i] in _SET_HEADS]
        for i in set_hits:
            if lowers[i] == "data" and not self.data_head:
                continue
            e = i
            if lowers[i] in ("set", "sets") and lowers[i - 1] in _SPLIT_WORDS:
                e = i - 1
            j = e
            has_name = False
            heading = titled(i)
            while j > 0 and e - j < 4 and not sent_start[j]:
                prev = texts[j - 1]
                if prev == "-" and j > 1 and texts[j - 2].isalnum():
                    j -= 1
                    continue
                if lowers[j - 1] in NP_STOP or prev in STOP_ACRONYMS:
                    break
                if is_name(prev) or (
                    prev[:1].isupper()
                    and prev not in LANGUAGES
                    and prev.isalnum()
                    and not sent_start[j - 1]
                    and not heading
                ):
                    has_name = True
                elif not (prev.isdigit() and len(prev) == 4):
                    break
                j -= 1
            if j < e and has_name:
                add(j, e, "Dataset", "head_noun")

        # --- variants named after a metric: "vBLEU", "deltaBLEU", "rAcc", "LF1", "mAP" ---
        for i in names:
            if _METRIC_VARIANT.match(texts[i]) and texts[i] not in STOP_ACRONYMS:
                add(i, i + 1, "Metric", "metric_head")

        # --- TDMSci: a dataset's name with its description, "NIST 2003 MT evaluation set" ---
        if self.long_dataset_names:
            for i in hits:
                if i == 0 or lowers[i] not in _LONG_NAME_HEADS or titled(i):
                    continue
                j = _long_name_start(tt, i)
                if j is not None:
                    add(j, i + 1, "Dataset", "head_noun")
                else:
                    span = _task_data(tt, i)
                    if span is not None:
                        add(span[0], span[1], "Dataset", "head_noun")

        # --- TDMSci: "the CoNLL 2005 shared task" is one Task span ---
        if self.shared_tasks:
            for i in range(1, n - 1):
                # "the CoNLL 2005 shared task", "the WMT12 metrics task"
                if lowers[i] not in ("shared", "metrics") or lowers[i + 1] not in (
                    "task",
                    "tasks",
                ):
                    continue
                j = i
                while j > 0 and i - j < 6 and _edition_word(texts[j - 1]) and not sent_start[j]:
                    j -= 1
                if j < i:
                    add(j, i + 2, "Task", "shared_task")

        # --- metric modifiers on known metrics ---
        for c_start, c_end, c_label, c_kb, _rule in cands:
            if c_label != "Metric":
                continue
            j = c_start
            while j > 0 and c_start - j < 4:
                prev = lowers[j - 1]
                if self.metric_score_suffix and prev == "average":
                    break  # TDMSci: "average accuracy" → "accuracy"
                if (
                    self.metric_score_suffix
                    and prev in ("labeled", "labelled", "unlabeled", "unlabelled")
                    and lowers[c_start] not in _LABELED_METRICS
                ):
                    break  # TDMSci: "labeled precision" (LP) but "labeled F1" → "F1"
                if prev == "-" and j > 1 and texts[j - 2].isalnum():
                    j -= 1
                    continue
                if prev in METRIC_MODIFIERS or (prev.isdigit() and j > 1 and lowers[j - 2] == "-"):
                    j -= 1
                    continue
                # "word-level BLEU", "sentence - level accuracy", "compatibility-based accuracy"
                if (
                    j == c_start
                    and prev in ("-level", "-based")
                    and j > 1
                    and texts[j - 2].isalpha()
                ):
                    j -= 2
                    continue
                if (
                    j == c_start
                    and prev in ("level", "based")
                    and j > 2
                    and texts[j - 2] == "-"
                    and texts[j - 3].isalpha()
                ):
                    j -= 3
                    continue
                # "solving accuracy", "test loss" (TDMSci splits these: metric_nouns = false)
                if self.metric_nouns and j == c_start and prev in _METRIC_NOUNS:
                    j -= 1
                    continue
                break
            while j < c_start and texts[j] == "-":
                j += 1
            end = version_end(tt, c_end, decimal=False)
            variant = False  # a named variant is its own entity, not the base metric
            if (
                end + 1 < n
                and lowers[end] == "at"
                and texts[end + 1].isdigit()
                and texts[end - 1][:1].isalpha()
                and lowers[end - 1] not in _SCORE_WORDS
            ):
                end += 2  # "precision at 30", "accuracy at 5" (not "F1 score at 90")
            elif (
                end < n
                and lowers[end - 1] in _RANK_METRICS
                and texts[end].isdigit()
                and int(texts[end]) <= 1000
                and (end + 1 >= n or texts[end + 1] not in (".", "%"))
            ):
                end += 1  # a rank cut-off that lost its "@": "NDCG 4", "Hits 10"
            if (
                end + 1 < n
                and texts[end] == "-"
                and texts[end + 1][:2].isupper()
                and texts[end + 1].isalnum()
            ):
                end += 2  # a variant of a known metric: "TESLA - CELAB", "ROUGE - SU4"
                variant = True
            if self.metric_score_suffix:
                # TDMSci: "F1 score", "F - measure", "labeled precision ( lp )";
                # but "BLEU score" → "BLEU", "F1 scores" → "F1"
                if (
                    end < n
                    and lowers[end] in _SCORE_WORDS
                    and any(ch.isdigit() for ch in texts[end - 1])
                ) or (end < n and lowers[end] in _METRIC_SUFFIX_HEADS):
                    end += 1
                elif end + 1 < n and texts[end] == "-" and lowers[end + 1] in _SCORE_WORDS:
                    end += 2
                if (
                    end + 2 < n
                    and texts[end] == "("
                    and texts[end + 2] == ")"
                    and texts[end + 1].isalpha()
                    and len(texts[end + 1]) <= 5
                ):
                    end += 3
            if j < c_start or end > c_end:
                new.append((j, end, "Metric", "" if variant else c_kb, "metric_head"))

        # --- title "X: ..." ---
        text = tt.text
        sep = text.find("\n\n")
        if sep > 0:
            colon = text.find(":", 0, sep)
            if colon > 0:
                h_end = tt.token_at_char(colon)
                if 0 < h_end <= 3 and tt.idx[h_end] == colon:
                    words = texts[:h_end]
                    ok = is_name(words[0]) or any(not c.isascii() for c in words[0])
                    if len(words) == 2 and words[0][:1].isupper() and VERSION.match(words[1]):
                        ok = True  # "Orca 2", "JiuZhang 2.0"
                    elif len(words) > 1:
                        ok = ok and all(VERSION.match(w) or is_name(w) for w in words[1:])
                    if ok:
                        add(0, h_end, UNK, "title_name")
                        contributions.append([0, h_end])

        # --- abbreviations: both halves become candidates ---
        for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
            short = "".join(texts[sf_s:sf_e])
            if short in STOP_ACRONYMS or short.rstrip("s") in STOP_ACRONYMS:
                continue
            add(sf_s, sf_e, UNK, "abbreviation")
            add(lf_s, lf_e, UNK, "abbreviation")

        # one phrase, one type: "a constraint classification scheme" makes every
        # "constraint classification" in the doc a Method
        as_method = {
            tt.span_text(c[0], c[1]).lower()
            for c in new
            if c[4] == "task_head" and c[2] == "Method"
        }
        if as_method:
            new = [
                (c[0], c[1], "Method", c[3], c[4])
                if c[4] == "task_head" and tt.span_text(c[0], c[1]).lower() in as_method
                else c
                for c in new
            ]
        cands.extend(new)
        doc._.kg_contributions = tt.contributions = contributions
        return doc


@Language.factory(
    "kg_patterns",
    default_config={
        "task_rules": True,
        "generic_datasets": False,
        "metric_nouns": True,
        "method_rules": True,
        "metric_score_suffix": False,
        "shared_tasks": False,
        "task_noun_coordination": True,
        "data_head": True,
        "long_dataset_names": False,
    },
)
def make_patterns(
    nlp: Language,
    name: str,
    task_rules: bool,
    generic_datasets: bool,
    metric_nouns: bool,
    method_rules: bool,
    metric_score_suffix: bool,
    shared_tasks: bool,
    task_noun_coordination: bool,
    data_head: bool,
    long_dataset_names: bool,
) -> PatternRules:
    register_extensions()
    rules = PatternRules(
        task_rules,
        generic_datasets,
        metric_nouns,
        method_rules,
        metric_score_suffix,
        shared_tasks,
        task_noun_coordination,
        data_head,
        long_dataset_names,
    )
    return named(rules, name)
