"""The TDMSci overlay: span conventions of the TDMSci corpus (Hou et al. 2021), which differ
from our own gold guidelines. Listed only by the ``tdmsci`` profile (``--profile tdmsci``,
``kg.extract.pipeline.PROFILES``); the core rules know nothing of them.

- a dataset's name with its description: "the NIST 2003 MT evaluation set";
- "the CoNLL 2005 shared task" is one Task;
- "F1 score", "F - measure", "kappa coefficient" keep their head; "average accuracy" and
  "labeled F1" do not keep the modifier; "solving accuracy" is a task + a metric.
"""

from __future__ import annotations

from kg.extract.components.lexicon import (
    DATASET_HEADS,
    LANGUAGES,
    NP_STOP,
    PROPOSE_VERBS,
    STOP_ACRONYMS,
)
from kg.extract.components.tokens import TokenTable
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.common import (
    NAME_GLUE,
    SPLIT_WORDS,
    TASK_STOP,
    YEAR,
    is_acronym,
    is_modifier_word,
    is_task_modifier,
)
from kg.extract.rules.metrics import SCORE_WORDS, extend_metrics

_SPLIT_WORDS = SPLIT_WORDS | {"data"}
# heads of a described dataset name: "the NIST 2003 MT evaluation set", "the NLP&CC 2013
# cross-lingual opinion analysis dataset", "the CoNLL-2012 Shared Task English datasets"
_LONG_NAME_HEADS = DATASET_HEADS | frozenset(["set", "sets", "testset", "data", "collections"])
_DATA_WORDS = frozenset(["data", "dataset", "datasets", "corpus", "corpora", "set", "sets"])
# metrics whose labeled / unlabeled variants are named measures (LP, LR, LAS, UAS)
_LABELED_METRICS = frozenset(["precision", "recall", "attachment"])
_LABELED = frozenset(["labeled", "labelled", "unlabeled", "unlabelled"])
# kept after a known metric: "kappa coefficient", "the PARSEVAL measure", "kappa measurement"
_METRIC_SUFFIX_HEADS = frozenset(
    ["coefficient", "coefficients", "metric", "metrics", "measure", "measurement"]
)


def _pair(texts: list[str], k: int) -> bool:
    """A language glued to the next word: a language pair ("English - Malay", "Chinese/English")."""
    return k + 2 < len(texts) and texts[k + 1] in ("-", "/") and texts[k + 2][:1].isupper()


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
        if prev in NAME_GLUE and k > 1 and texts[k - 2][-1:].isalnum():
            k -= 1
            continue
        if prev == ")" and k > 3 and texts[k - 3] == "(" and is_acronym(texts[k - 2]):
            k -= 3  # "Knowledge Base Population ( KBP ) dataset"
            continue
        if low == "s" and k > 2 and texts[k - 2] == "'" and texts[k - 3][:1].isupper():
            k -= 3  # the owner's name: "Ott ' s Chicago - hotel dataset"
            continue
        if low == "to" and k > 1 and texts[k] == "-" and texts[k - 2] == "-":
            k -= 1  # "Chinese - to - English" written with hyphens
            continue
        if low in ("to", "and") and k > 1 and texts[k] in LANGUAGES and texts[k - 2] in LANGUAGES:
            k -= 1  # "BTEC French to English test set", "ACE 2005 Chinese and English corpora"
            continue
        if low in NP_STOP or low in TASK_STOP or low in PROPOSE_VERBS or low in _SPLIT_WORDS:
            break
        if prev[:1].isupper() or prev.isdigit() or is_task_modifier(prev):
            k -= 1
            continue
        break
    # the phrase starts with a name or a year, not with a modifier or glue; a language
    # starts a treebank's name ("English universal treebank")
    treebank = lowers[i] in ("treebank", "treebanks")
    while k < e and not (
        (texts[k][:1].isupper() and (treebank or texts[k] not in LANGUAGES or _pair(texts, k)))
        or YEAR.match(texts[k])
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
        if not (texts[m][:1].isalnum() or texts[m] in NAME_GLUE) or lowers[m] in NP_STOP:
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
            or (is_modifier_word(prev) and low not in TASK_STOP)
        ):
            j -= 1
            continue
        break
    return j, end


@rule(
    "long_dataset_name",
    source="head_noun",
    group="tdmsci",
    triggers=_LONG_NAME_HEADS,
)
def long_dataset_name(ctx: RuleContext) -> None:
    """A dataset's name with its description: "NIST 2003 MT evaluation set", "the English
    test data of the CoNLL-2012 shared task"."""
    lowers = ctx.tt.lowers
    for i in ctx.hits:
        if i == 0 or lowers[i] not in _LONG_NAME_HEADS or ctx.titled(i):
            continue
        j = _long_name_start(ctx.tt, i)
        if j is not None:
            ctx.add(j, i + 1, "Dataset", "head_noun")
            continue
        span = _task_data(ctx.tt, i)
        if span is not None:
            ctx.add(span[0], span[1], "Dataset", "head_noun")


def _edition_word(tok: str) -> bool:
    """A word of an evaluation campaign's name: "CoNLL", "2005", "-", "'", "WMT12"."""
    return tok in ("-", "'", "/") or tok.isdigit() or (tok[:1].isupper() and tok.isalnum())


@rule("shared_task", source="shared_task", group="tdmsci")
def shared_task(ctx: RuleContext) -> None:
    """ "the CoNLL 2005 shared task", "the WMT12 metrics task" is one Task."""
    tt = ctx.tt
    texts, lowers, sent_start = tt.texts, tt.lowers, tt.sent_start
    for i in range(1, ctx.n - 1):
        if lowers[i] not in ("shared", "metrics") or lowers[i + 1] not in ("task", "tasks"):
            continue
        j = i
        while j > 0 and i - j < 6 and _edition_word(texts[j - 1]) and not sent_start[j]:
            j -= 1
        if j < i:
            ctx.add(j, i + 2, "Task", "shared_task")


def _metric_stop(tt: TokenTable, start: int, k: int) -> bool:
    """ "average accuracy" → "accuracy"; "labeled precision" (LP) but "labeled F1" → "F1"."""
    prev = tt.lowers[k]
    return prev == "average" or (prev in _LABELED and tt.lowers[start] not in _LABELED_METRICS)


def _metric_suffix(tt: TokenTable, end: int) -> int:
    """ "F1 score", "F - measure", "labeled precision ( lp )"; but "BLEU score" → "BLEU"."""
    texts, lowers = tt.texts, tt.lowers
    n = len(texts)
    if (end < n and lowers[end] in SCORE_WORDS and any(ch.isdigit() for ch in texts[end - 1])) or (
        end < n and lowers[end] in _METRIC_SUFFIX_HEADS
    ):
        end += 1
    elif end + 1 < n and texts[end] == "-" and lowers[end + 1] in SCORE_WORDS:
        end += 2
    if (
        end + 2 < n
        and texts[end] == "("
        and texts[end + 2] == ")"
        and texts[end + 1].isalpha()
        and len(texts[end + 1]) <= 5
    ):
        end += 3
    return end


def _long_form_start(tt: TokenTable, start: int, end: int) -> int:
    """Start of a metric span "X ( SF )" whose short form spells more than X: the long form
    starts at the nearest word before X with the short form's first letter ("complete sentence
    accuracy ( COMP )"); X itself when it has that letter or no plain word before it does."""
    texts, lowers = tt.texts, tt.lowers
    first = texts[end - 2][:1].lower()
    if texts[end - 1] != ")" or lowers[start][:1] == first:
        return start
    k = start - 1
    while k >= 0 and start - k <= 3 and texts[k].isalpha() and texts[k].islower():
        if lowers[k] in NP_STOP or lowers[k] in TASK_STOP:
            break
        if lowers[k][:1] == first:
            return k
        k -= 1
    return start


@rule("metric_span_tdmsci", source="metric_head", group="tdmsci")
def metric_span_tdmsci(ctx: RuleContext) -> None:
    """TDMSci's metric spans: modifiers but no measured noun, a score/measure head kept; a
    short form in brackets takes its whole long form ("complete sentence accuracy ( COMP )")."""
    before = len(ctx.new)
    extend_metrics(ctx, frozenset(), stop=_metric_stop, suffix=_metric_suffix)
    for k in range(before, len(ctx.new)):
        c = ctx.new[k]
        ctx.new[k] = c._replace(start=_long_form_start(ctx.tt, c.start, c.end))
