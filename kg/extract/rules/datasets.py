"""Datasets named before a head noun: "the GSM8K benchmark", "the WSJ test set"."""

from __future__ import annotations

import re

from kg.extract.components.lexicon import (
    DATASET_HEADS,
    LANGUAGES,
    NP_STOP,
    PROPOSE_VERBS,
    SYSTEM_TYPES,
    VENUES,
)
from kg.extract.components.lexicon import STOP_ACRONYMS as _STOP_ACRONYMS
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import words
from kg.extract.rules import RuleContext, rule
from kg.extract.rules.common import SPLIT_WORDS, YEAR, is_modifier_word, is_name

# "X test set", "X data set", "X testset", "X data": a name before a data-split noun
SET_HEADS = frozenset(["set", "sets", "testset", "testsets", "data"])
_COUNT_WORDS = words("count_words")
_FUNCTION_WORDS = words("function_words")  # "On The X Dataset": no part of its name
_COUNT_OR_LINK = _COUNT_WORDS | {"and", "or"}
_SPLIT_OR_DATA = SPLIT_WORDS | {"data"}


def _dataset_head_word(ctx: RuleContext, i: int, j: int) -> bool | None:
    """Token ``j - 1`` before the head ``i``: True (a name word), False (a modifier), None
    (the phrase ends)."""
    tt = ctx.tt
    prev, low = tt.texts[j - 1], tt.lowers[j - 1]
    if (
        low in NP_STOP
        or low in DATASET_HEADS
        or low in PROPOSE_VERBS
        or not any(c.isalnum() for c in prev)
        or (low == "s" and j > 1 and tt.texts[j - 2] == "'")  # a possessive: "Ott ' s X dataset"
    ):
        # "the Speak & Improve 2025 corpus", "the Advanced Steel Property Dataset": a common
        # word written in title case inside a name (beside a capitalised word of it), which
        # alone makes no name ("the First Dataset")
        return False if _title_case_part(ctx, i, j) else None
    if _VERSION.match(prev) and j > 1 and _named_before(ctx, i, j - 1):
        # "the Argoverse 2 dataset", "the Zorb v2 benchmark": a version of a name (not of a
        # known model's: "the EMMA-500 Llama 3 suite"; a known dataset's year is its edition,
        # the overlap component's: "the PASCAL VOC 2012 dataset")
        known = [c[2] for c in ctx.prior if c[0] <= j - 2 < c[1]]
        if not SYSTEM_TYPES.isdisjoint(known) or ("Dataset" in known and YEAR.match(prev)):
            return None
        return True
    if is_name(prev) or _LOWER_ALNUM_NAME.match(prev) or (
        prev[0].isupper()
        and not tt.sent_start[j - 1]
        and prev not in LANGUAGES
        and prev not in _STOP_ACRONYMS
        and not (ctx.in_title and tt.sent_of[j - 1] == 0)
    ):
        return True
    return False if is_modifier_word(prev) else None


def _named_before(ctx: RuleContext, i: int, j: int) -> bool:
    """Is token ``j - 1`` a name word, or a title-case word of one ("Speak & Improve 2025")?"""
    word = _dataset_head_word(ctx, i, j)
    return word is True or (word is False and _title_case_part(ctx, i, j))


def _title_case_part(ctx: RuleContext, i: int, j: int) -> bool:
    """Is token ``j - 1`` a capitalised content word (or an ampersand) beside another
    capitalised word of the name, mid-sentence and outside the title ("Speak & Improve")?"""
    tt = ctx.tt
    texts, starts = tt.texts, tt.sent_start
    if starts[j - 1] or (ctx.in_title and tt.sent_of[j - 1] == 0):
        return False
    before = j > 1 and (texts[j - 2][:1].isupper() or texts[j - 2] == "&") and not starts[j - 2]
    if texts[j - 1] == "&":
        return before and texts[j][:1].isupper()
    word = texts[j - 1]
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    if word.lower() in _FUNCTION_WORDS or word in LANGUAGES:
        return False
    return before or (j < i and texts[j][:1].isupper())


def _known_then_described(ctx: RuleContext, j: int, i: int) -> str:
    """ "the KITTI outdoor scene dataset", "the JIGSAWS suturing dataset": a dataset the
    gazetteer knows, then lower-case words that say what its data is, before the head ``i``:
    the known dataset's entity id (the phrase names that dataset, not a new one), else ""."""
    tt = ctx.tt
    k = next((k for k in range(j + 1, i) if _lower_word(tt.texts[k])), None)
    if k is None or not all(_lower_word(w) for w in tt.texts[k:i]):
        return ""
    known = next(
        (c[3] for c in ctx.prior if c[0] == j and c[1] == k and c[2] == "Dataset" and c[3]), ""
    )
    entry = load_gazetteer().lookup(tt.span_text(j, k), "Dataset") if known else None
    # a resource that is a dataset only by its context ("Twitter conversations dataset") is
    # not that dataset here
    return "" if entry is None or entry.needs_context else known


def _lower_word(text: str) -> bool:
    return text.islower() and text.isalpha()


# a version number after a name: "2", "2015", "v2", "2.0"
_VERSION = re.compile(r"^[vV]?\d{1,4}(?:\.\d+)?$")
# a lower-case name of letters and digits: "the n2c2 dataset", "the i2b2 corpus", "wmt14"
_LOWER_ALNUM_NAME = re.compile(r"^[a-z]+\d+[a-z][a-z0-9]*$|^[a-z]{2,}\d+$")


@rule("dataset_head", source="head_noun", group="datasets", kind="head", triggers=DATASET_HEADS)
def dataset_head(ctx: RuleContext, i: int) -> bool:
    """ "the X dataset/benchmark/corpus/treebank" → Dataset when X holds a name."""
    if i == 0:
        return False
    texts = ctx.tt.texts
    opening = _long_form_before(texts, i)
    if opening is not None:
        # "the LandCover.ai (Land Cover from Aerial Imagery) dataset": the name before the
        # bracketed long form
        if opening > 0 and (is_name(texts[opening - 1]) or _LOWER_ALNUM_NAME.match(
            texts[opening - 1]
        )):
            ctx.add(opening - 1, opening, "Dataset", "head_noun")
        return True
    j = i
    has_name = False
    while j > 0 and i - j < 4:
        if texts[j - 1] == "-" and j > 1 and texts[j - 2].isalnum():
            j -= 1
            continue
        word = _dataset_head_word(ctx, i, j)
        if word is None:
            break
        has_name = has_name or word
        j -= 1
    if j < i and has_name:
        texts = ctx.tt.texts
        while j < i - 1 and (_VERSION.match(texts[j]) or _lower_word(texts[j]) or texts[j] == "&"):
            # "the public Kvasir dataset": the name starts at its first name word (not at a
            # version the window cut from its name: "TREC 2022 Clinical Trial Track dataset")
            j += 1
        end = i + 1
        if i - 1 > j and ctx.tt.lowers[i - 1] in SPLIT_WORDS:
            end = i - 1  # "the nuScenes validation dataset": the split is no part of the name
            name = texts[j:end]
            if not any(w[:1].isupper() or is_name(w) for w in name) or (
                len(name) == 1 and name[0] in LANGUAGES
            ):
                return True  # "the human evaluation dataset", "a Croatian training dataset"
        if _described(ctx, j, i):
            return True  # "ArVoice: A Multi-Speaker Dataset for …": what it is, no name
        if _counted_kind(ctx, i, j):
            return True  # "four public RGB-T tracking datasets": a kind of data, no name
        _add_headed(ctx, i, j, end)
    return True


def _add_headed(ctx: RuleContext, i: int, j: int, end: int) -> None:
    """The dataset named by tokens ``[j, end)`` before the head ``i``, and the names listed
    before it on a plural head ("on the Aptos and IDRiD datasets")."""
    # "the KITTI outdoor scene dataset": the phrase names KITTI, the known dataset
    ctx.add(j, end, "Dataset", "head_noun", _known_then_described(ctx, j, i))
    text = ctx.tt.texts[i]
    heading = ctx.in_title and ctx.tt.sent_of[j] == 0  # title case is no name
    if text.islower() and text.endswith(("s", "corpora")) and not heading:
        for a, b in _listed_names(ctx, i, j):
            ctx.add(a, b, "Dataset", "head_noun")


def _counted_kind(ctx: RuleContext, i: int, j: int) -> bool:
    """A plural data head whose name words follow a count ("four public RGB-T tracking
    datasets", "two public Kaggle MRI brain tumor datasets"): how many of a kind, not one
    named dataset."""
    lowers = ctx.tt.lowers
    if not lowers[i].endswith(("s", "corpora")):
        return False
    k = j - 1
    while k >= 0 and _lower_word(ctx.tt.texts[k]) and lowers[k] not in _COUNT_OR_LINK:
        k -= 1  # "four public …", "several widely used …"
    if k < 0 or j - k > 3:
        return False
    if lowers[k] in _COUNT_WORDS:
        return True
    # a small number, not a name's version or year
    versioned = k > 0 and is_name(ctx.tt.texts[k - 1])  # "the Houston 2013 and Trento datasets"
    return lowers[k].isdigit() and len(lowers[k]) <= 2 and not versioned


def _described(ctx: RuleContext, j: int, end: int) -> bool:
    """After "a", one compound of capitalised words ("A Multi-Speaker Dataset", "a Large-Scale
    Benchmark"): a title-case description of the data, not its name ("the Kvasir-SEG
    dataset", "a ZorbQA-Hard benchmark" keep theirs)."""
    parts = ctx.tt.span_text(j, end).split("-")
    return (
        j > 0
        and ctx.tt.lowers[j - 1] in ("a", "an")
        and len(parts) > 1
        and all(p.isalpha() and p.istitle() for p in parts)
    )


def _listed_names(ctx: RuleContext, i: int, j: int) -> list[tuple[int, int]]:
    """The names coordinated before the name that starts at ``j`` and heads a plural data head
    ``i`` ("the Aptos, Zorb and IDRiD datasets" → Aptos, Zorb), one to three name words each."""
    lowers = ctx.tt.lowers
    found: list[tuple[int, int]] = []
    k = j
    while len(found) < 6:
        sep = k
        while sep - 1 >= 0 and lowers[sep - 1] in (",", "and") and k - sep < 2:
            sep -= 1
        if sep == k:
            break
        start = sep
        while start > 0 and sep - start < 3 and _dataset_head_word(ctx, i, start) is True:
            start -= 1
        if start == sep:
            break
        found.append((start, sep))
        k = start
    return found


def _long_form_before(texts: list[str], i: int) -> int | None:
    """The "(" of a bracketed long form of two to eight words right before token ``i``."""
    if i < 4 or texts[i - 1] != ")":
        return None
    for k in range(i - 2, max(0, i - 10), -1):
        if texts[k] == "(":
            words = texts[k + 1 : i - 1]
            return k if len(words) >= 2 and words[0][:1].isupper() else None
        if texts[k] in (")", ".", ";"):
            return None
    return None


def _set_name_start(ctx: RuleContext, i: int, e: int) -> int | None:
    """Left edge of the name before a set head ending at ``e``, or None without a name."""
    tt = ctx.tt
    texts, lowers, sent_start = tt.texts, tt.lowers, tt.sent_start
    j = e
    has_name = False
    heading = ctx.titled(i)
    while j > 0 and e - j < 4 and not sent_start[j]:
        prev = texts[j - 1]
        if prev == "-" and j > 1 and texts[j - 2].isalnum():
            j -= 1
            continue
        if lowers[j - 1] in NP_STOP or prev in _STOP_ACRONYMS:
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
    return j if j < e and has_name else None


@rule("set_head", source="head_noun", group="datasets", triggers=SET_HEADS)
def set_head(ctx: RuleContext) -> None:
    """ "the NIST 2003 test set", "WMT 2006 data set", "the WSJ test set" → the name."""
    lowers = ctx.tt.lowers
    for i in ctx.hits:
        if i == 0 or lowers[i] not in SET_HEADS:
            continue
        e = i
        if lowers[i] in ("set", "sets") and lowers[i - 1] in _SPLIT_OR_DATA:
            e = i - 1
        j = _set_name_start(ctx, i, e)
        if j is not None:
            ctx.add(j, e, "Dataset", "head_noun")


_QUOTES = frozenset({'"', "“", "”", "'"})


@rule("quoted_dataset", source="head_noun", group="datasets", kind="head", triggers=DATASET_HEADS)
def quoted_dataset(ctx: RuleContext, i: int) -> bool:
    """ 'the most challenging "44-classes MRI dataset"': words in quotes that end in a data
    set head name a dataset when they hold a capital or a digit; so do quoted words right
    before the head ('the "Airbus Ship Detection" dataset')."""
    texts = ctx.tt.texts
    if i > 1 and texts[i - 1] in _QUOTES:
        _add_quoted(ctx, i - 1, i - 1)  # the quotes close before the head
    elif i + 1 < ctx.n and texts[i + 1] in _QUOTES:
        _add_quoted(ctx, i, i + 1)  # the head inside the quotes
    return True


def _add_quoted(ctx: RuleContext, last: int, end: int) -> None:
    """Words before token ``last`` back to an opening quote (up to six tokens) that hold a
    capital or a digit: a Dataset from the first of them to ``end``."""
    texts = ctx.tt.texts
    j = last
    while j > 0 and last - j < 6 and texts[j - 1] not in _QUOTES:
        j -= 1
    if j == 0 or j == last or texts[j - 1] not in _QUOTES:
        return
    if any(any(c.isupper() or c.isdigit() for c in t) for t in texts[j:last]):
        ctx.add(j, end, "Dataset", "head_noun")


# "TeamX at SemEval-2025 Task 9: …": the evaluation campaign (a name with its year) a system
# paper's title says it took part in
_EVENT_TITLE = re.compile(
    r"^[^:\n]{1,80}? at (?:the )?"
    r"(?P<event>[#@]?[A-Z][^:\n]{0,60}?(?:19|20)\d\d(?!\d)[^:\n]{0,30})\s*:"
)


# "… Solution for the EgoExo4D Pose … Challenge", "X @ Ego4D NLQ Challenge 2025", "our
# second-place solution to the PlantCLEF 2025 challenge", "… University's IWSLT 2025 … System":
# the challenge a system paper's title (or first sentence) says it was made for
_SUBMISSION = r"(?i:solution|submission|system|approach|report|entry|participation)"
# "the system developed by the Edit Dunhuang team for the EvaHan2025 competition"
_MADE_BY = r"(?:(?:developed|built|designed|submitted|prepared)(?: by [^.;:]{0,50}?)? )?"
_CHALLENGE = re.compile(
    rf"(?:{_SUBMISSION}s? {_MADE_BY}(?:for|to|at|in|of) (?:the )?|@ ?)"
    rf"(?P<event>[A-Z0-9](?:(?!{_SUBMISSION})[^:\n.;,()]){{0,80}}?) "
    r"(?i:challenge|competition|shared task)\b"
    r"|['’]s (?P<edition>[A-Z][A-Za-z\-]*[A-Z][A-Za-z\-]* (?:19|20)\d\d)\b"
)


def _challenge_words(text: str) -> bool:
    """Does ``text`` hold what every match of :data:`_CHALLENGE` holds (substring tests)?"""
    if "'s " in text or "’s " in text:
        return True
    low = text.lower()
    return "challenge" in low or "competition" in low or "shared task" in low


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


@rule("event_title", source="event_title", group="datasets")
def event_title(ctx: RuleContext) -> None:
    """ "TeamX at SemEval-2025 Task 9: …", "Y at BEA 2025 Shared Task: …": the campaign a
    system paper took part in is the data its results are on (a venue with its year,
    "CVPR 2025", is dropped by the linker as a meeting). So is a challenge the title or the
    first sentence says the system was made for (:data:`_CHALLENGE`), named by its first name
    word and its year ("EgoExo4D", "PlantCLEF 2025"), past an ordinal and a venue."""
    tt = ctx.tt
    if not ctx.in_title:
        return
    cut = tt.text.find("\n\n")
    title = tt.text[:cut]
    m = _EVENT_TITLE.match(title)
    if m is not None:
        start = tt.token_at_char(m.start("event"))
        end = tt.token_at_char(m.end("event") - 1) + 1
        if tt.idx[start] == m.start("event") and end > start:
            ctx.add(start, end, "Dataset", "event_title")
        return
    first = tt.sent_span(tt.token_at_char(cut + 2))[1] if 0 < cut < len(tt.text) - 2 else 0
    head = tt.text[: tt.end_char(first)] if first else title  # the title and first sentence
    if not _challenge_words(head):
        return  # most docs: the full pattern tries each start word by word
    m = _CHALLENGE.search(head)
    if m is not None:
        group = "event" if m.group("event") else "edition"
        # "the RaaVa team to the AmericasNLP 2025 shared task": the name after the last "the"
        begin = m.start(group) + _after_last_the(m.group(group))
        k = tt.token_at_char(begin)
        span = _challenge_name(ctx, k, m.end(group)) if tt.idx[k] == begin else None
        if span is not None:
            ctx.add(span[0], span[1], "Dataset", "event_title")


def _after_last_the(text: str) -> int:
    cut = text.rfind(" the ")
    return 0 if cut < 0 else cut + len(" the ")


def _challenge_name(ctx: RuleContext, k: int, end_char: int) -> tuple[int, int] | None:
    """The tokens that name a challenge from token ``k``: past an ordinal ("4th") and a venue
    with its year ("ICRA 2025 GOOSE …" → GOOSE), one name word and the year right after it."""
    tt = ctx.tt
    n = len(tt.texts)
    if k < n and _ORDINAL.match(tt.lowers[k]):
        k += 1
    if k < n and tt.lowers[k] in VENUES:
        k += 1 + (k + 1 < n and YEAR.match(tt.texts[k + 1]) is not None)
    if k >= n or tt.idx[k] >= end_char or not tt.texts[k][:1].isupper():
        return None
    end = k + 1
    while end + 1 < n and tt.texts[end] == "-" and tt.idx[end] == tt.end_char(end):
        end += 2  # "EPIC-KITCHEN" (not "ACMMM25 - Grand Challenge")
    if end < n and YEAR.match(tt.texts[end]):
        end += 1
    return k, end
