"""TDMSci's span conventions (Hou et al. 2021), used by ``--profile tdmsci`` only.

- "long form ( SF )" is one span; a catalogue id or lower-case short name stays:
  "Chinese Gigaword ( LDC2003T09 )", "Europarl ( ep )";
- a dataset span keeps its head noun, language and edition: "Europarl corpus", "Chinese
  PropBank", "TAC 2008 data set"; two names under one plural head are two spans;
- a named evaluation task keeps "task": "the Entity Linking task", "the NIST Chinese-to-English
  translation task"; "the SemEval task" names an event, not a dataset.

The TDMSci pattern rules (described dataset names, shared tasks, metric suffixes) are in
``kg/extract/rules/tdmsci.py``.
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.components.lexicon import DATASET_HEADS, LANGUAGES, NP_STOP
from kg.extract.components.tokens import TokenTable, version_end
from kg.extract.conventions import SpanConventions
from kg.extract.lexicon import words
from kg.extract.rules.common import YEAR

_SET_FIRST = words("split_words") | {"data"}
_SET_SECOND = frozenset({"set", "sets", "data"}) | DATASET_HEADS
_RESOURCE_HEADS = frozenset({"data", "lexicon", "thesaurus", "dictionary", "ontology"})
_SET_ALONE = frozenset({"set", "sets", "testset", "testsets"})


def _tail_head(tt: TokenTable, end: int) -> int:
    """Where a dataset name's head phrase ends: "Europarl corpus", "TAC 2010 data",
    "CoNLL 2012 English test set" (TDMSci keeps these in the span)."""
    lowers, texts = tt.lowers, tt.texts
    n = len(lowers)
    k = end
    if (
        k + 2 < n
        and texts[k] in LANGUAGES
        and texts[k + 1] in ("-", "/")
        and texts[k + 2] in LANGUAGES
    ):
        # a language pair names the dataset's part: "NIST Chinese-English (test sets)"
        k += 3
        end = k
    while k < n and k - end < 2 and (texts[k] in LANGUAGES or YEAR.match(texts[k])):
        k += 1
    if k < n and (lowers[k] in DATASET_HEADS or lowers[k] in _RESOURCE_HEADS):
        if k + 1 < n and lowers[k] == "data" and lowers[k + 1] in _SET_SECOND:
            return k + 2  # "TAC 2008 data set"
        return k + 1
    if k + 1 < n and lowers[k] in _SET_FIRST and lowers[k + 1] in _SET_SECOND:
        return k + 2
    if k < n and lowers[k] in _SET_ALONE:
        return k + 1  # "NIST MT08 set", "the Macedonian testset"
    return end


_PLURAL_HEADS = frozenset({"corpora", "datasets", "treebanks", "sets", "benchmarks", "data"})
_HEAD_WORDS = DATASET_HEADS | _SET_FIRST | _SET_SECOND | _RESOURCE_HEADS
_COORD = frozenset({"and", "/", "&"})


def _name_word(tt: TokenTable, k: int) -> bool:
    """A capitalised word inside a sentence ("Penn", "WSJ", "Google"), not a stop word."""
    tx = tt.texts[k]
    return (
        tx[:1].isupper()
        and any(c.isalpha() for c in tx)
        and not tt.sent_start[k]
        and tt.lowers[k] not in NP_STOP
        and tx != "I"
    )


_ARTICLES = frozenset(["the", "a", "an"])
_LDC_ID = re.compile(r"^LDC\d{4}[A-Z]\d{2,3}$")


def _parenthetical_id(tt: TokenTable, start: int, end: int) -> int:
    """TDMSci keeps a dataset's catalogue id or lower-case short name in its span:
    "Chinese Gigaword ( LDC2003T09 )", "Europarl ( ep )", "news - commentary ( nc ) data"."""
    texts = tt.texts
    if end + 2 >= len(texts) or texts[end] != "(" or texts[end + 2] != ")":
        return end
    inner = texts[end + 1]
    first = texts[start][:1].lower()
    if _LDC_ID.match(inner) or (
        inner.isalpha() and inner.islower() and len(inner) <= 5 and inner[0] == first
    ):
        return end + 3
    return end


def _language_pair_translation(tt: TokenTable, c: Candidate) -> bool:
    """ "Chinese - to - English translation", "English-German translation"."""
    if tt.lowers[c[1] - 1] != "translation":
        return False
    words = [w for t in tt.texts[c[0] : c[1] - 1] for w in t.split("-")]
    return sum(w in LANGUAGES for w in words) >= 2


def _campaign_word(tx: str) -> bool:
    """An evaluation campaign's name before its task: "NIST", "IWSLT", "WMT14"."""
    return len(tx) >= 3 and tx.isalnum() and tx[:2].isupper() and tx not in LANGUAGES


def _joint_conjuncts(tt: TokenTable, first: int, second: int) -> bool:
    """ "Chinese and English corpora", "2006 and 2007 data" are one dataset; two names
    ("IWSLT and Europarl datasets", "PKU and MSRA benchmark datasets") are two."""
    a, b = tt.texts[first], tt.texts[second]
    return (a in LANGUAGES and b in LANGUAGES) or (a.isdigit() and b.isdigit())


def _coordinated_name(tt: TokenTable, start: int) -> bool:
    """The second of two coordinated names: "IWSLT and [Europarl] datasets"."""
    return (
        start > 1
        and tt.lowers[start - 1] == "and"
        and _name_word(tt, start - 2)
        and not _joint_conjuncts(tt, start - 2, start)
    )


def _language_start(tt: TokenTable, start: int, end: int) -> int:
    """TDMSci's left edge of a dataset name: a language ("Chinese PropBank", "English -
    Malay Wikipedia corpus"), other capitalised name words ("Google Billion-Word Corpus",
    "PTB WSJ"), and a coordination under a plural head ("NIST and CWMT corpora")."""
    texts = tt.texts
    while start > 0:
        if (
            start > 1
            and texts[start - 1] in ("-", "/")
            and texts[start - 2] in LANGUAGES
            and texts[start] in LANGUAGES
        ):
            start -= 2
            continue
        if _name_word(tt, start - 1):
            start -= 1
            continue
        if (
            tt.lowers[end - 1] in _PLURAL_HEADS
            and start > 1
            and tt.lowers[start - 1] in _COORD
            and (_name_word(tt, start - 2) or texts[start - 2].isdigit())
            and (tt.lowers[start - 1] != "and" or _joint_conjuncts(tt, start - 2, start))
        ):
            start -= 2
            continue
        break
    return start




def _task_keeps_task(tt: TokenTable, c: Candidate) -> bool:
    """A named evaluation task keeps "task": "the Entity Linking task", "MT task", "the
    sentence completion task" (a multi-word task after an article)."""
    return (
        c[1] < len(tt.lowers)
        and tt.lowers[c[1]] == "task"
        and (
            tt.texts[c[1] - 1][:1].isupper()
            or (c[1] - c[0] > 1 and c[0] > 0 and tt.lowers[c[0] - 1] in _ARTICLES)
        )
    )


def _task_head(tt: TokenTable, c: Candidate) -> Candidate:
    if _task_keeps_task(tt, c):
        return Candidate(c[0], c[1] + 1, c[2], c[3], c[4])
    if _language_pair_translation(tt, c):
        # "the NIST Chinese-to-English translation task": a campaign's task
        start, end = c[0], c[1]
        if end < len(tt.lowers) and tt.lowers[end] in ("task", "tasks"):
            end += 1
        if start > 0 and _campaign_word(tt.texts[start - 1]):
            start -= 1
        return Candidate(start, end, c[2], c[3], c[4])
    return c


def _shared_head_name_end(tt: TokenTable, c: Candidate, end: int) -> int | None:
    """ "IWSLT and Europarl datasets", "PKU and MSRA benchmark datasets": two names, the
    shared plural head belongs to neither — where the second name ends, else None."""
    if not _coordinated_name(tt, c[0]):
        return None
    tail = end
    while tail < len(tt.lowers) and tt.lowers[tail] in _HEAD_WORDS:
        tail += 1
    if tt.lowers[tail - 1] not in _PLURAL_HEADS:
        return None
    name_end = c[0] + 1
    while name_end < end and tt.lowers[name_end] not in _HEAD_WORDS:
        name_end += 1
    return name_end


def _dataset_head(tt: TokenTable, c: Candidate) -> Candidate:
    end = _tail_head(tt, _parenthetical_id(tt, c[0], version_end(tt, c[1])))
    name_end = _shared_head_name_end(tt, c, end)
    if name_end is not None:
        return Candidate(c[0], name_end, c[2], c[3], c[4])
    start = _language_start(tt, c[0], end)
    return Candidate(start, end, c[2], c[3], c[4]) if end > c[1] or start < c[0] else c


class TdmsciConventions(SpanConventions):
    event_tasks = True

    def head(self, tt: TokenTable, c: Candidate) -> Candidate:
        if c[2] == "Task":
            return _task_head(tt, c)
        if c[2] == "Dataset":
            return _dataset_head(tt, c)
        return c

    def after_linking(self, tt: TokenTable, c: Candidate) -> Candidate:
        # "EventCorefBank (ECB) corpus": the head after a merged abbreviation
        return self.head(tt, c) if c[4] == "abbrev_merge" else c

    def merged_abbreviation(
        self, tt: TokenTable, lf_start: int, sf_end: int, label: str, eid: str
    ) -> Candidate | None:
        close = sf_end + 1 if sf_end < len(tt.texts) and tt.texts[sf_end] == ")" else sf_end
        return Candidate(lf_start, close, label, eid, "abbrev_merge")
