"""The paper's own contribution: "we propose X", "called X", the title's "X: …"."""

from __future__ import annotations

import re

from kg.extract.components.lexicon import (
    COMPARISON_VERBS,
    CREATION_VERBS,
    DATA_NOUNS,
    DATASET_HEADS,
    DATASET_TYPE_HEADS,
    EVAL_VERBS,
    LANGUAGES,
    METHOD_HEADS,
    METHOD_PHRASE_HEADS,
    MODEL_HEADS,
    NAMING_VERBS,
    PART_HEADS,
    PROPOSE_VERBS,
    STOP_ACRONYMS,
    TASK_HEADS,
    VENUES,
    VERSION,
    opens_with_model_family,
)
from kg.extract.components.tokens import (
    TokenTable,
    bracket_close,
    indices,
    past_short_form,
    word_after_pair,
)
from kg.extract.lexicon import words
from kg.extract.normalize import COMMON_WORDS
from kg.extract.rules import UNK, RuleContext, rule
from kg.extract.rules.common import is_name

_OBJECT_END = words("contribution_object_ends")  # "we propose X using …"
# participles that end the object when used as verbs ("a pipeline: fine-tuning EVA-02",
# "leveraging the ABM method"), not as modifiers ("a fine-tuning method called MoR")
_VERB_ENDS = frozenset(
    ["fine-tuning", "finetuning", "leveraging", "employing", "adopting", "applying"]
)
# participles that always end it: what the contribution is made of ("a model combining frozen
# BERT embeddings and …", "a framework integrating ViT and Mamba")
_PART_VERBS = frozenset(
    ["combining", "integrating", "incorporating", "utilizing", "utilising", "exploiting"]
)
_OBJECT_DETERMINERS = frozenset(
    ["the", "a", "an", "our", "its", "their", "existing", "pre-trained"]
)
_OTHERS_TIME = frozenset({"recently", "previously", "originally", "formerly"})
_STUDY_NOUNS = words("study_nouns")  # "a comparison of X": X is studied, not proposed
# "models called X": the naming phrase's head types the name
_HEAD_LABEL = {
    **{w: "Model" for w in ("model", "models", "checkpoint", "checkpoints")},
    **{w: "Dataset" for w in ("dataset", "datasets", "benchmark", "benchmarks", "corpus")},
    **{w: "Method" for w in ("method", "methods", "algorithm", "framework", "approach")},
}


@rule("propose", source="propose", group="contributions", kind="head", triggers=PROPOSE_VERBS)
def propose(ctx: RuleContext, i: int) -> bool:
    """ "we propose X", "called X", "X and Y" → the paper's contribution(s)."""
    tt = ctx.tt
    texts, lowers, sent_start, n = tt.texts, tt.lowers, tt.sent_start, ctx.n
    low = lowers[i]
    if (i > 0 and lowers[i - 1] in _OTHERS_TIME) or _noun_use(tt, i):
        # "the recently proposed MVTec AD 2 dataset": someone else's; "Computer-Aided
        # Design (CAD)": the word in a name, not a verb
        return True
    naming = low in NAMING_VERBS
    label = _HEAD_LABEL.get(lowers[i - 1], UNK) if naming and i > 0 else UNK
    limit = min(n, i + (3 if naming else 12))
    adjective = low == "proposed" and i > 0 and lowers[i - 1] in _OBJECT_DETERMINERS
    k = i + 1
    while k < limit:
        if sent_start[k] or texts[k] in (".", ";") or lowers[k] in _OBJECT_END:
            break
        if lowers[k] == "we" or lowers[k] in _PART_VERBS:
            break  # "the proposed framework, we extend the NL4Opt dataset": a new clause
        if adjective and k > i + 1 and lowers[k - 1] in _NP_HEADS and _phrase_ends(texts, k):
            break  # "the proposed method adopted MaxViT": the noun phrase has ended
        if texts[k] in _VERB_ENDS and k + 1 < n and (
            not texts[k + 1].islower() or lowers[k + 1] in _OBJECT_DETERMINERS
        ):
            break  # "fine-tuning EVA-02", "leveraging the ABM" (not "a fine-tuning method")
        if lowers[k] == "of" and lowers[k - 1] in _STUDY_NOUNS:
            break  # "we present the first comparison of IL versus RL": what is studied
        quoted = _quoted_name_apposed(tt, k) if k == i + 1 else None
        if quoted is not None:
            k += 1  # the name inside the quotes
        plain = quoted or _unshaped_name(tt, i, k, naming)
        if plain is not None or (is_name(texts[k]) and not _generic_short_form(texts, i, k)):
            end = plain if plain is not None else _title_words_after(tt, k + 1)
            if end < n and VERSION.match(texts[end]):
                end += 1
            if plain is None and k == i + 2 and _title_word(tt, k - 1):
                k -= 1  # "we introduce Exemplar Med-DETR, …": the name's first word
            ctx.add(k, end, label, "propose")
            if _modifier(texts, lowers, k):
                break  # "an autonomous UAV vision system": a name, but not the contribution's
            if _describes(ctx, i, k, end):
                break  # "a mask-based CFG technique", "a … UNet, termed PGM-UNet": not the name
            ctx.contributions.append([k, end])
            _list_items(ctx, i, k, end)  # "we constructed two datasets: A for SFT and B …"
            # coordinated names: "MBPP and MathQA-Python"
            k = end
            if k + 1 < n and lowers[k] in (",", "and") and is_name(texts[k + 1]):
                limit = min(n, k + 3)
                k += 1
                continue
            break
        k += 1
    return True


_NP_HEADS = DATASET_TYPE_HEADS | METHOD_HEADS | MODEL_HEADS  # "the proposed method …"
_ITEM_SEPARATORS = frozenset({",", "and", ";"})


def _list_items(ctx: RuleContext, verb: int, k: int, end: int) -> None:
    """ "We have constructed two datasets: Video-R1-COT-165k for SFT and Video-R1-260k for RL",
    "we introduce three new benchmarks: YakugakuQA, …; NayoseQA, …": when the contribution
    ``[k, end)`` opens a counted list after the verb ("two datasets:"), the names that open
    its further items (after ",", "and", ";" or "(2)", up to the sentence's end) are the
    paper's too; not a known name inside an item ("A, based on GPT-4, and B")."""
    tt = ctx.tt
    texts, lowers = tt.texts, tt.lowers
    if k < verb + 3 or lowers[k - 1] != ":" or _COUNT_WORDS.isdisjoint(lowers[verb + 1 : k]):
        return
    known = _known_tokens(tt)
    for p in range(end + 1, tt.sent_span(k)[1]):
        prev = lowers[p - 1]
        enumerated = prev == ")" and texts[p - 3] == "(" and _ENUMERATOR.match(texts[p - 2])
        if (prev in _ITEM_SEPARATORS or enumerated) and is_name(texts[p]) and p not in known:
            item_end = _name_end(ctx, p)
            ctx.add(p, item_end, UNK, "propose")
            ctx.contributions.append([p, item_end])


def _noun_use(tt: TokenTable, i: int) -> bool:
    """ "Computer-Aided Design (CAD)", "computer-aided design (CAD) files": a trigger word
    capitalised inside a sentence, or with a short form right after it, is part of a name."""
    texts = tt.texts
    if texts[i][:1].isupper() and not tt.sent_start[i]:
        return True
    if i + 2 >= len(texts) or texts[i + 1] != "(":
        return False
    return not _ENUMERATOR.match(texts[i + 2])  # "we introduce (i) PairFS-4K, …"


_ENUMERATOR = re.compile(r"^(?:[ivx]+|\d|[a-e])$")


def _phrase_ends(texts: list[str], k: int) -> bool:
    """After a head noun at ``k - 1``: a lower-case word ends its noun phrase ("the proposed
    method adopted MaxViT"); a name (also after a comma or in quotes) goes on naming the head
    ("the proposed methods Bilinear Prompt Tuning", "the proposed method, Semi2")."""
    while k + 1 < len(texts) and texts[k] in (",", "'", '"', "“", "‘"):
        k += 1  # "the proposed method, Semi2", "our proposed model 'VAE-MLP'"
    # "the proposed approach yields a SAM-based model, Zorb Any Crack": what it makes
    return not texts[k][:1].isupper() and texts[k].lower() not in _PRODUCING


_PRODUCING = CREATION_VERBS | {"yields", "produces", "provides", "offers", "generates"}
_NAME_CLOSERS = frozenset({",", "(", ".", ";", ":", "which", "that"})


def _title_word(tt: TokenTable, k: int) -> bool:
    """A capitalised plain word that may be part of a name ("Translator", "Exemplar")."""
    text = tt.texts[k]
    return (
        not tt.sent_start[k]
        and text[:1].isupper()
        and text[1:].islower()
        and text.isalpha()
        and text.lower() not in COMMON_WORDS
        and text not in LANGUAGES
    )


def _title_words_after(tt: TokenTable, k: int) -> int:
    """The end of a name that goes on in up to two capitalised words after its first token,
    up to a comma, bracket or version ("a new model, R1 Translator, which …", "BIS Reasoning
    1.0, the first …"); ``k`` when it does not."""
    texts, n = tt.texts, len(tt.texts)
    end = k
    while end < n and end - k < 2 and _title_word(tt, end):
        end += 1
    if end == k:
        return k
    j = end + 1 if end < n and VERSION.match(texts[end]) else end
    return end if j >= n or texts[j] in _NAME_CLOSERS else k


# also "we introduce Zorb Transformer, a novel hierarchical vision transformer"
_APPOSED_HEADS = (
    DATASET_TYPE_HEADS | METHOD_HEADS | MODEL_HEADS | METHOD_PHRASE_HEADS
) | words("system_apposition_heads")  # "we propose Zenesis, a … interactive platform"
_APPOSITION_END = _OBJECT_END | {"of", ",", ".", ";", "("}


def _plain_name_apposed(tt: TokenTable, k: int) -> int | None:
    """ "we introduce Morpheus, a benchmark …", "we present Magic Mushroom (MM), a dataset":
    capitalised plain words right after the verb that the apposition after them names as a
    dataset, model or method (a plain word is no name by its shape alone); → their end."""
    texts, lowers, n = tt.texts, tt.lowers, len(tt.texts)
    end = k
    while (
        end < n
        and end - k < 3
        and not tt.sent_start[end]
        and texts[end][:1].isupper()
        and texts[end].replace("-", "").isalpha()
        and not texts[end].isupper()
        and texts[end] not in LANGUAGES  # "we present Chinese, a suite …": not a name
        and lowers[end] not in COMMON_WORDS
    ):
        end += 1
    if end == k:
        return None
    j = end + 1 if end < n and VERSION.match(texts[end]) else end
    if j < n and texts[j] == "(":  # a long form or short form in brackets
        close = bracket_close(texts, j, 16)
        if close is None:
            return None
        j = close + 1
    return end if _apposition_head(tt, j) else None


def _unshaped_name(tt: TokenTable, i: int, k: int, naming: bool) -> int | None:
    """The end of a name with no name shape right after the verb at ``i``: one its apposition
    calls a system or dataset (:func:`_plain_name_apposed`), or one a naming verb introduces
    (:func:`_named_plain`)."""
    if k != i + 1:
        return None
    return _plain_name_apposed(tt, k) or (_named_plain(tt, i) if naming else None)


# what may follow such a name (not "(": a short form follows, which own_name reads)
_NAMED_END = frozenset({",", ".", ";", ":", "which", "that", "to", "for", "and", "with"})


def _named_plain(tt: TokenTable, verb: int) -> int | None:
    """ "we propose a novel generative model, named Generative Compositor, to …", "a new loss
    function called Boost Loss to …": one to three capitalised plain words right after a
    naming verb are a name when the clause before the verb proposes something new (a
    propose verb with "we" / "this paper", or "new" / "novel"; not "a widely applied approach
    called Motivational Interviewing"); → their end."""
    texts, lowers, n = tt.texts, tt.lowers, len(tt.texts)
    end = verb + 1
    while end < n and end - verb <= 4 and not tt.sent_start[end]:
        w = texts[end]
        if not (w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()):
            break
        end += 1
    if end == verb + 1 or end - verb > 4 or (end < n and lowers[end] not in _NAMED_END):
        return None
    if end + 1 < n and lowers[end].isalpha() and texts[end + 1][:1].isupper():
        return None  # "called Object-Centric Classification with Applied Masks": it goes on
    lo = tt.sent_span(verb)[0]
    before = lowers[max(lo, verb - 10) : verb]
    new = not _NEW_WORDS.isdisjoint(before)
    proposed = any(w in PROPOSE_VERBS and w not in NAMING_VERBS for w in before) and (
        "we" in before or "paper" in before or "work" in before
    )
    return end if new or proposed else None


_OPEN_QUOTES = {'"': '"', "“": "”", "‘": "’"}


def _quoted_name_apposed(tt: TokenTable, k: int) -> int | None:
    """ 'we introduce "Do You See Me", a scalable benchmark': up to seven words in quotes
    right after the verb that the apposition after them names as a dataset, model or
    method; → the end of the quoted words (``k``: the opening quote)."""
    texts, n = tt.texts, len(tt.texts)
    close = _OPEN_QUOTES.get(texts[k]) if k < n else None
    if close is None:
        return None
    for end in range(k + 2, min(n, k + 9)):
        if tt.sent_start[end] or texts[end] in (".", ";", "(", ")"):
            return None
        if texts[end] == close:
            return end if _apposition_head(tt, end + 1) else None
    return None


_NEW_WORDS = frozenset({"novel", "new"})
_NOT_SYSTEM_HEADS = frozenset(
    {"task", "tasks", "type", "kind", "class", "form", "problem", "setting", "paradigm"}
)


def _apposition_head(tt: TokenTable, j: int) -> bool:
    """An apposition at ``j`` (", a benchmark …", ": a dataset …") with a dataset, model or
    method head, or one that calls the name new (see below)."""
    texts, lowers, n = tt.texts, tt.lowers, len(tt.texts)
    if not (j + 1 < n and texts[j] in (",", ":") and lowers[j + 1] in _OBJECT_DETERMINERS):
        return False
    for m in range(j + 2, min(n, j + 10)):
        if lowers[m] in _APPOSED_HEADS:
            return True
        if lowers[m] in _APPOSITION_END or tt.sent_start[m]:
            break
    # "we introduce Hita, a novel image tokenizer": a system called new, whatever its head
    # noun (not "a new task …", "a new type of narratives", "a novel … (RSL) dataset")
    if not (j + 2 < n and lowers[j + 1] in ("a", "an") and lowers[j + 2] in _NEW_WORDS):
        return False
    for m in range(j + 3, min(n, j + 12)):
        if lowers[m] in TASK_HEADS or lowers[m] in _NOT_SYSTEM_HEADS or lowers[m] in DATA_NOUNS:
            return False
        if tt.sent_start[m] or lowers[m] in (".", ";", ",", "that", "which", "for", "to"):
            break
    return True


def _modifier(texts: list[str], lowers: list[str], k: int) -> bool:
    """ "an autonomous UAV vision system": a name followed by two lower-case words (a
    modifier and the head noun) describes that head; "ZorbBench benchmark" and "the R1-Zero
    recipe" (the name and one head) name the contribution."""
    if k + 2 >= len(texts):
        return False
    return all(_plain_word(texts[j], lowers[j]) for j in (k + 1, k + 2))


def _known_modifier(ctx: RuleContext, i: int, k: int, end: int) -> bool:
    """ "a mask-based CFG technique", "a layer-interactive ConvLSTM bridge", "a sliding-window
    DiT that …": a name the gazetteer knows whole, after a lower-case modifier and before a
    lower-case head noun or a relative clause, says what the new system is built with or
    is a kind of, not what it is called ("the proposed Transformer Encoder-Bi-LSTM fusion
    model" is a new name)."""
    texts, lowers = ctx.tt.texts, ctx.tt.lowers
    if end >= ctx.n or k - 1 <= i:
        return False  # "we present Qwen3, the latest …": the verb, no modifier, before it
    if not (_plain_word(texts[end], lowers[end]) or lowers[end] in _CLAUSE_AFTER_NAME):
        return False
    before = texts[k - 1]  # "mask-based", "interactive": a modifier, not "the" or "our"
    if not before.islower() or not before.replace("-", "").isalpha():
        return False
    if before in _OBJECT_DETERMINERS:
        return False
    return set(range(k, end)) <= _known_tokens(ctx.tt)


# what may follow a described known name: "a sliding-window DiT that …", "a distortion-specific
# CLIP, named Distort-CLIP"
_CLAUSE_AFTER_NAME = frozenset({"that", "which", ","})


def _describes(ctx: RuleContext, i: int, k: int, end: int) -> bool:
    """Does the name at ``k`` after the propose verb at ``i`` only describe the contribution:
    a known name it is built with (:func:`_known_modifier`), a known technique
    (:func:`_known_technique`), or one in a description the name of which comes later
    (:func:`_named_later`)?"""
    return (
        _known_modifier(ctx, i, k, end)
        or _known_technique(ctx, k, end)
        or _named_later(ctx.tt, end, ctx.n)
    )


def _named_later(tt: TokenTable, end: int, n: int) -> bool:
    """Does the phrase after a name in the description go on to a naming verb ("a
    prompt-guided CNN-Mamba dual-path UNet, termed PGM-UNet", "a … Kolmogorov-Arnold Network
    named AttUKAN")? Then the name in the description only describes."""
    lowers = tt.lowers
    for j in range(end, min(n, end + 8)):
        if lowers[j] in NAMING_VERBS or lowers[j] == "namely":
            return True
        if lowers[j] in _DESCRIPTION_BREAKS or tt.sent_start[j]:
            return False
    return False


_DESCRIPTION_BREAKS = frozenset({".", ";", ":", "(", "which", "that", "to", "for", "with", "and"})


def _known_technique(ctx: RuleContext, k: int, end: int) -> bool:
    """ "we introduce Group Relative Policy Optimization (GRPO) into …", "a hierarchical
    Direct Preference Optimization (DPO) procedure", "a Bayesian Variational Autoencoder":
    a technique or a measure the gazetteer knows by exactly this span is another's (a new
    system of that kind has a name of its own); not a known model or data set, whose own
    paper introduces it ("we present Qwen3")."""
    return any(
        (c.start, c.end) == (k, end)
        and c.label in _TECHNIQUE_LABELS
        and c.rule.startswith("gazetteer")
        for c in ctx.tt.cands
    )


_TECHNIQUE_LABELS = frozenset({"Method", "Metric"})


def _plain_word(text: str, low: str) -> bool:
    return (
        text.isalpha()
        and text.islower()
        and text not in _HEAD_LABEL
        and low not in _OBJECT_END
        and low not in ("and", "or", "is", "are", "was", "were", "achieves", "achieved")
    )


def _generic_short_form(texts: list[str], verb: int, k: int) -> bool:
    """ "proposes a convolutional neural network (CNN)", "introduce the perspective-view (PV)
    detection branch": a short form whose long form is all lower-case words names a kind of
    thing, not the paper's named contribution."""
    short = texts[k]
    if k - 2 <= verb or texts[k - 1] != "(" or not short.isalpha() or not short.isupper():
        return False  # "a … dataset (MathScaleQA)": a name, not the initials of the words
    words = texts[verb + 1 : k - 1]
    if not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return False
    initials = "".join(part[0] for w in words for part in w.split("-") if part)
    return initials.endswith(short.lower())


# A word heading the title ("X: …") is a name when its shape is no English word's: letters with
# digits ("3DGeoDet", "seg2med", "Table-r1", "MGD^3"), a capital after its first letter
# ("SQLForge", "DEARLi", "FP4DiT") or a "++" ("Inverse++"); not a plural acronym ("LLMs").
_TITLE_NAME = re.compile(r"^(?=.*[A-Za-z])(?=.*\d|.+[A-Z]|.*\+\+$)[\w\-.+^]+$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


def _title_name_shape(word: str) -> bool:
    return (
        bool(_TITLE_NAME.match(word))
        and not _PLURAL_ACRONYM.match(word)
        and word not in STOP_ACRONYMS
    )


def _title_words_ok(words: list[str]) -> bool:
    ok = is_name(words[0]) or any(not c.isascii() for c in words[0])
    ok = ok or (len(words) == 1 and _title_name_shape(words[0]))
    if len(words) == 2 and words[0][:1].isupper() and VERSION.match(words[1]):
        return True  # "Orca 2", "JiuZhang 2.0"
    if len(words) > 1:
        return ok and all(VERSION.match(w) or is_name(w) for w in words[1:])
    return ok


@rule("title_name", source="title_name", group="contributions")
def title_name(ctx: RuleContext) -> None:
    """The title's "X: …" (title = text before the first blank line) names the paper's own
    contribution."""
    tt = ctx.tt
    text = tt.text
    sep = text.find("\n\n")
    if sep <= 0:
        return
    colon = text.find(":", 0, sep)
    if colon <= 0:
        run_end = _title_long_form(tt, sep)
        if run_end is not None:
            ctx.add(0, run_end, UNK, "title_name")
            ctx.contributions.append([0, run_end])
        return
    h_end = tt.token_at_char(colon)
    if not (0 < h_end <= 3 and tt.idx[h_end] == colon):
        return
    if (
        _title_words_ok(tt.texts[:h_end])
        or _named_again(tt, h_end, sep)
        or _phrase_named_again(tt, h_end, sep)
    ):
        label = "Dataset" if _benchmark_subtitle(tt, h_end + 1, sep) else UNK
        ctx.add(0, h_end, label, "title_name")
        ctx.contributions.append([0, h_end])


def _title_long_form(tt: TokenTable, sep: int) -> int | None:
    """ "Value-Guided Search for Efficient Chain-of-Thought Reasoning" with "… value-guided
    search (VGS) … achieves …" in the abstract: a title that opens with the long form of a
    short form the abstract defines, and whose short form then reports results or beats
    others, names the paper's contribution; the end of that opening. Not the topic of a study
    ("…: A Survey"), nor a field the abstract defines ("Domain generalization (DG) aims …")."""
    texts, lowers = tt.texts, tt.lowers
    title_end = tt.token_at_char(sep - 1) + 1
    if not _STUDY_NOUNS.isdisjoint(lowers[:title_end]):
        return None
    run_end = 0
    while run_end < title_end and (texts[run_end][:1].isupper() or texts[run_end] == "-"):
        run_end += 1
    if run_end < 2 or (run_end < title_end and not texts[run_end].islower()):
        return None  # "Latent Adversarial Training Improves …": no name ends the opening
    opening = "".join(lowers[:run_end])
    pairs = [
        p for p in tt.abbreviations if p[0] >= title_end and "".join(lowers[p[0] : p[1]]) == opening
    ]
    if not pairs:
        return None  # most titles: no short form the abstract defines spells the opening
    known = _known_tokens(tt)
    if set(range(run_end)) <= known:
        return None  # "Quantum Approximate Optimization Algorithm for …": a name known whole
    for _, _, sf_s, sf_e in pairs:
        short = texts[sf_s:sf_e]
        if "".join(short).rstrip("s") in STOP_ACRONYMS or not known.isdisjoint(range(sf_s, sf_e)):
            return None  # "Large Language Models (LLMs)", "Reinforcement Learning (RL)"
        for k in range(sf_e, len(texts)):
            if texts[k : k + len(short)] == short and _reports_results(tt, k + len(short)):
                return run_end
    return None


def _reports_results(tt: TokenTable, k: int) -> bool:
    """A result or comparison verb within the next ten tokens of the sentence at ``k``
    ("VGS with DeepSeek-R1-Distill-1.5B achieves", "PIF outperforms")."""
    hi = min(tt.sent_span(k - 1)[1], k + 10)
    for j in range(k, hi):
        w = tt.lowers[j]
        if w in (";", ":"):
            return False
        if w in _SCORE_VERBS or w.startswith(COMPARISON_VERBS):
            return True
    return False


def _benchmark_subtitle(tt: TokenTable, k: int, sep: int) -> bool:
    """ "X: A Benchmark for …", "X: A Large-Scale Dataset and Benchmark of …": the subtitle's
    first noun phrase is headed by a data-set noun, so X names a dataset."""
    lowers = tt.lowers
    if k >= len(lowers):
        return False
    first = k + 1 if lowers[k] in ("a", "an", "the") else k  # "X: Graduate-level Benchmarks for"
    head = None
    for j in range(first, min(len(lowers), first + 7)):
        if tt.idx[j] >= sep or lowers[j] in _OBJECT_END or lowers[j] in ("of", "towards"):
            break
        if not any(c.isalnum() for c in lowers[j]):
            break
        head = lowers[j]
    return head is not None and head in DATASET_HEADS


_OWN_ADJECTIVES = words("own_adjectives")


# words that end the object of a propose verb before a long form: "we propose to train X on
# the Zorb Benchmark (ZB)", "a pipeline incorporating Contrast-Limited … (CLAHE)"
_OBJECT_BREAKS = frozenset(
    {"on", "with", "using", "from", "by", "of", "for", "to", "in", "and", "or", "which", "that",
     "including", "based"}
) | _PART_VERBS | _VERB_ENDS  # fmt: skip


def _proposing_verb(tt: TokenTable, lf_s: int) -> int | None:
    """ "we propose Puck Localization Using Contextual Cues (PLUCC)", "this paper proposes the
    Dynamic … Encoder (DICCAE)", "a simple yet effective method, called Attention Ablation
    Technique (AAT)": the propose or naming verb that governs the long form (only lower-case
    words and commas between, within eight tokens of its sentence), if any."""
    lowers = tt.lowers
    lo = tt.sent_span(lf_s)[0]
    for j in range(lf_s - 1, max(lo, lf_s - 9) - 1, -1):
        w = lowers[j]
        if w in PROPOSE_VERBS:
            return j if j == 0 or lowers[j - 1] not in _OTHERS_TIME else None
        if w in _OBJECT_BREAKS or not (w == "," or (w.isalpha() and tt.texts[j].islower())):
            return None
    return None


_PASSIVE_PROPOSED = frozenset(
    {"proposed", "developed", "designed", "introduced", "presented", "devised", "constructed"}
)
_BE = frozenset({"is", "are", "was", "were"})
_PASSIVE_ADVERBS = frozenset({"then", "also", "further", "first", "thus", "therefore"})


def _proposed_after(tt: TokenTable, lf_s: int, sf_e: int) -> bool:
    """ "a Human Parsing Estimator (HPE) is then introduced", "the Salient Region Extractor
    (SRE) module is presented": an article that opens the clause opens the noun phrase of
    the long form (only lower-case words between) and a passive propose verb follows the
    short form (past its head noun and one adverb)."""
    lowers, texts, n = tt.lowers, tt.texts, len(tt.lowers)
    lo = tt.sent_span(lf_s)[0]
    j = lf_s - 1
    while j >= max(lo, lf_s - 6) and texts[j].isalpha() and texts[j].islower():
        if lowers[j] in _OBJECT_DETERMINERS:
            break
        j -= 1
    if j < lo or lowers[j] not in ("a", "an", "the"):
        return False
    if j > lo and lowers[j - 1].isalpha():
        # the article opens the clause (not "a version of the Affine … Transform (ASIFT) is
        # proposed", "a head incorporating the Inverse … Transform (IDWT) is proposed")
        return False
    k = past_short_form(lowers, sf_e)
    if k < n and (lowers[k] in _NP_HEADS or lowers[k] + "s" in _PART_NOUNS):
        k += 1  # "(SRE) module"
    if k >= n or lowers[k] not in _BE:
        return False
    k += 1
    if k < n and (lowers[k].endswith("ly") or lowers[k] in _PASSIVE_ADVERBS):
        k += 1  # "is then introduced", "is specifically designed"
    return k < n and lowers[k] in _PASSIVE_PROPOSED


def _passive_subject(ctx: RuleContext, k: int) -> bool:
    """ "First, ACSH-YOLOv8 is proposed with an ACmix module": a new name that opens its
    clause (the sentence or a comma before it) and a passive propose verb in the present right
    after it ("is then introduced"; not "was originally proposed", "is proposed by …")."""
    tt = ctx.tt
    lowers, n = tt.lowers, ctx.n
    if not (tt.sent_start[k] or (k > 0 and lowers[k - 1] in (",", ":"))):
        return False
    j = _name_end(ctx, k)
    if j >= n or lowers[j] not in ("is", "are"):
        return False  # (not "ActionFormer was originally proposed with …": others' work)
    j += 1
    if j < n and lowers[j] in _PASSIVE_ADVERBS:
        j += 1
    return j + 1 < n and lowers[j] in _PASSIVE_PROPOSED and lowers[j + 1] != "by"


def _names_data(tt: TokenTable, verb: int) -> bool:
    """ "the first benchmark from existing … datasets, named X": a naming verb after a data
    head noun (among the clause's last eight words) names data, which the dataset rules type."""
    if tt.lowers[verb] not in NAMING_VERBS:
        return False
    lo = tt.sent_span(verb)[0]
    return any(
        _HEAD_LABEL.get(tt.lowers[j]) == "Dataset" for j in range(max(lo, verb - 8), verb)
    )


def _known_tokens(tt: TokenTable) -> set[int]:
    """The tokens of the names the gazetteer knows."""
    return {k for c in tt.cands if c.rule.startswith("gazetteer") for k in range(c.start, c.end)}


def _named_short_form(ctx: RuleContext, lf_s: int, lf_e: int, sf_s: int, sf_e: int) -> None:
    """The short form of a named long form is a contribution: not a stock acronym, and the
    long form is a name ("Zorbic Planning (ZP)"), not a description ("graph network (GN)")."""
    texts = ctx.tt.texts
    short = "".join(texts[sf_s:sf_e])
    if short in STOP_ACRONYMS or short.rstrip("s") in STOP_ACRONYMS:
        return
    if not any(t[:1].isupper() for t in texts[lf_s:lf_e]):
        return
    ctx.add(sf_s, sf_e, UNK, "propose")
    ctx.contributions.append([sf_s, sf_e])


def _mostly_new(known: set[int], lf_s: int, lf_e: int) -> bool:
    """A long form of four tokens or more that a known name is only a small part of (a third
    or less): "Cooperative Mixup Augmentation based Generalization (CMAG)"."""
    n = lf_e - lf_s
    return n >= 4 and 3 * len(known.intersection(range(lf_s, lf_e))) <= n


def _new_system(tt: TokenTable, verb: int, lf_s: int, sf_e: int) -> bool:
    """ "we propose a novel Noise-Aware Self-Attention (NASA) module", "we introduce the
    Reinforcement Learning for Personalized Alignment (RLPA) framework", "Vision as LoRA
    (VoRA), a novel paradigm": a long form named with words the gazetteer knows is still the
    paper's new system when a system's or data set's head noun follows its short form or the
    propose phrase or an apposition calls it new."""
    lowers = tt.lowers
    k = past_short_form(lowers, sf_e)
    if k < len(lowers) and lowers[k] in _NP_HEADS:
        return True
    if k < len(lowers) and lowers[k] == "," and not _NEW_WORDS.isdisjoint(lowers[k + 1 : k + 4]):
        return True  # "Vision as LoRA (VoRA), a novel paradigm"
    return not _NEW_WORDS.isdisjoint(lowers[verb + 1 : lf_s])


@rule("own_name", source="propose", group="contributions")
def own_name(ctx: RuleContext) -> None:
    """ "Our Dual-task Imitation Learning (DARIL) baseline achieves …": a named long form with
    its short form, introduced as the authors' own ("our", "our proposed"), as what a propose
    verb governs ("we propose Puck Localization Using Contextual Cues (PLUCC)") or as what a
    passive propose verb follows (:func:`_proposed_after`), is the paper's contribution — not
    a description ("our graph neural network (GNN)"); and a new name right after "our"
    (:func:`_our_name`)."""
    tt = ctx.tt
    lowers = tt.lowers
    known = _known_tokens(tt)
    for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
        k = lf_s - 1
        while k >= 0 and lf_s - k <= 2 and lowers[k] in _OWN_ADJECTIVES:
            k -= 1
        if k >= 0 and lowers[k] == "our":
            _named_short_form(ctx, lf_s, lf_e, sf_s, sf_e)
            continue
        # "we propose Zorb Fusion (ZF)": a new name, not a known one ("we introduce Group
        # Relative Policy Optimization (GRPO) into …")
        verb = _proposing_verb(tt, lf_s)
        if verb is None and _proposed_after(tt, lf_s, sf_e):
            # "A Human Parsing Estimator (HPE) is then introduced": the passive of a propose
            # verb after the short form; a name of words the gazetteer knows is not new
            if known.isdisjoint(range(sf_s, sf_e)) and not set(range(lf_s, lf_e)) <= known:
                _named_short_form(ctx, lf_s, lf_e, sf_s, sf_e)
            continue
        if verb is None or _names_data(tt, verb) or not known.isdisjoint(range(sf_s, sf_e)):
            continue
        if known.isdisjoint(range(lf_s, lf_e)) or _mostly_new(known, lf_s, lf_e):
            _named_short_form(ctx, lf_s, lf_e, sf_s, sf_e)
        elif not set(range(lf_s, lf_e)) <= known and _new_system(tt, verb, lf_s, sf_e):
            # "a novel Noise-Aware Self-Attention (NASA) module": known words, a new name
            _named_short_form(ctx, lf_s, lf_e, sf_s, sf_e)
    for i in ctx.names:
        if "our" in lowers[max(0, i - 6) : i]:
            _own_head_name(ctx, i)
            _our_name(ctx, i, known)
        if i not in known and (_resulting(lowers, i) or _made_by_us(tt, i)):
            _made_name(ctx, i)
        elif i not in known and _passive_subject(ctx, i):
            end = _name_end(ctx, i)
            ctx.add(i, end, UNK, "propose")
            ctx.contributions.append([i, end])


_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "several", "following"})
_PART_NOUNS = words("component_nouns")  # "three key modules:", "two novel components:"
_STUDY_VERBS = words("study_verbs")  # "we evaluate three prompting strategies: …"


@rule("listed_parts", source="propose", group="contributions")
def listed_parts(ctx: RuleContext) -> None:
    """ "CoDAF comprises two novel modules: the Offset-guided Semantic Alignment (OSA), …; and
    the Dynamic Attention-guided Fusion Module (DAFM)": the named parts (a long form with its
    short form) that a list of the system's counted parts introduces are the paper's too."""
    tt = ctx.tt
    lowers = tt.lowers
    opened: dict[int, int] = {}  # sentence -> the list's colon
    for k in indices(lowers, ":"):
        if tt.sent_of[k] in opened:
            continue
        lo = tt.sent_span(k)[0]
        if not _STUDY_VERBS.isdisjoint(lowers[lo:k]):
            continue
        before = lowers[max(lo, k - 10) : k]
        for j, b in enumerate(before):
            if b in _PART_NOUNS and _COUNT_WORDS.intersection(before[max(0, j - 6) : j]):
                opened[tt.sent_of[k]] = k
                break
    if not opened:
        return
    # a name the gazetteer knows is what the parts are built with ("integrating Low-Rank
    # Adaptation (LoRA) into …", "based on Inflated 3D ConvNets (I3D)"), not a new part
    known = _known_tokens(tt)
    for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
        colon = opened.get(tt.sent_of[lf_s])
        if colon is None or lf_s <= colon:
            continue
        if known.isdisjoint(range(lf_s, sf_e)):
            _named_short_form(ctx, lf_s, lf_e, sf_s, sf_e)


@rule("named_part", source="propose", group="contributions")
def named_part(ctx: RuleContext) -> None:
    """ "Additionally, a Dual-Modal Feature Fusion (DMFF) module enhances …": a long form and
    its short form that a part's head noun follows (module, block, layer …) name a part the
    paper builds; not a part the gazetteer knows ("a Selective-Kernel (SK) block")."""
    tt = ctx.tt
    known: set[int] | None = None
    for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
        if word_after_pair(tt, lf_e, sf_s, sf_e) not in PART_HEADS:
            continue
        known = _known_tokens(tt) if known is None else known
        if known.isdisjoint(range(lf_s, sf_e)):
            _named_short_form(ctx, lf_s, lf_e, sf_s, sf_e)


# what may follow the name of "our final model, ThinkLite-VL": the phrase ends there
_NAME_ENDS = frozenset({".", ",", "(", ";", ":", "which", "that", "achieves", "achieved"})
# "compared to our model, GPT-4 …": the name after it is another system
_NOT_OURS_BEFORE = frozenset({"to", "with", "than", "unlike", "over", "versus", "vs", "vs."})


def _own_head_name(ctx: RuleContext, k: int) -> None:
    """ "resulting in our final model, ThinkLite-VL.", "our framework ZorbNet achieves …": a
    name right after the authors' own head noun ("our (proposed|final) model/method/…")."""
    tt = ctx.tt
    texts, lowers = tt.texts, tt.lowers
    j = k - 1
    if j >= 0 and texts[j] == ",":
        j -= 1
    if j < 1 or lowers[j] not in _HEAD_LABEL:
        return
    h = j
    j = _our_before(lowers, h)
    if j is None or (j > 0 and lowers[j - 1] in _NOT_OURS_BEFORE):
        return
    if tt.sent_start[k] or tt.sent_of[j] != tt.sent_of[k]:
        return
    end = _name_end(ctx, k)
    if end < ctx.n and lowers[end] not in _NAME_ENDS and texts[k - 1] == ",":
        return  # "our model, GPT-4 scores …": a new clause's subject
    ctx.add(k, end, _HEAD_LABEL[lowers[h]], "propose")
    ctx.contributions.append([k, end])


def _our_before(lowers: list[str], k: int) -> int | None:
    """The "our" right before token ``k``, past up to two own adjectives ("our proposed",
    "our final"); ``None`` when there is none."""
    j = k - 1
    while j >= 0 and k - j <= 3 and (lowers[j] in _OWN_ADJECTIVES or lowers[j] == "final"):
        j -= 1
    return j if j >= 0 and lowers[j] == "our" else None


def _name_end(ctx: RuleContext, k: int) -> int:
    """The end of the name at ``k`` with the version written after it ("ZorbNet 2.0")."""
    end = k + 1
    if end < ctx.n and VERSION.match(ctx.tt.texts[end]):
        end += 1
    return end


def _our_name(ctx: RuleContext, k: int, known: set[int]) -> None:
    """ "our ReasonFlux-Coder-4B consistently outperforms …": a new name the authors call
    theirs ("our (proposed|final) X"); not a known one ("our LLaMA-2 baseline")."""
    tt = ctx.tt
    lowers = tt.lowers
    j = _our_before(lowers, k)
    if j is None or k in known or tt.sent_of[j] != tt.sent_of[k]:
        return
    end = _name_end(ctx, k)
    label = UNK
    if end < ctx.n and not _acts(lowers[end]):
        # "our PPG authentication", "our BERT-based model": the name modifies a noun; but
        # "our VFNet model", "our XS-Video dataset": a new name with its own head noun
        label = _HEAD_LABEL[lowers[end]] if lowers[end] in _OWN_HEADS else ""
        if not label or not _new_name_shape(tt.texts[k]):
            return
    ctx.add(k, end, label, "propose")
    ctx.contributions.append([k, end])


# the singular heads of "our <Name> <head>" (each a key of _HEAD_LABEL)
_OWN_HEADS = frozenset(
    {"model", "checkpoint", "dataset", "benchmark", "corpus", "method", "algorithm", "framework",
     "approach"}
)  # fmt: skip


def _new_name_shape(word: str) -> bool:
    """A name no short acronym spells: a capital inside or a digit ("VFNet", "XS-Video",
    "CRT-YOLO"), not four capitals or fewer ("SMC", "V2V": often a common abbreviation)."""
    return _marked_name(word) and not (word.isupper() and len(word) <= 4)


_MAKING = frozenset({"obtain", "produce", "yield", "create"})


def _before_comma(lowers: list[str], k: int) -> int:
    """The token before the name at ``k``, past a comma ("the resulting model, X")."""
    return k - 1 - (k > 0 and lowers[k - 1] == ",")


def _resulting(lowers: list[str], k: int) -> bool:
    """ "The resulting model, DeepSeek-Prover-V2-671B, achieves …": what the described
    process makes is the paper's."""
    j = _before_comma(lowers, k)
    return j >= 2 and lowers[j] in _HEAD_LABEL and lowers[j - 1] == "resulting"


def _made_by_us(tt: TokenTable, k: int) -> bool:
    """ "We apply FlashVDM to Hunyuan3D-2 to obtain Hunyuan3D-2 Turbo": a name the authors'
    own process makes ("to obtain/produce/yield/create"), in a sentence they are subject of."""
    lowers = tt.lowers
    if k < 2 or lowers[k - 1] not in _MAKING or tt.texts[k - 1] != lowers[k - 1]:
        return False  # (not a backronym's capital: "to Produce inteRpretable …")
    lo = tt.sent_span(k)[0]
    return lowers[k - 2] == "to" and "we" in lowers[lo : k - 2]


def _made_name(ctx: RuleContext, k: int) -> None:
    """The name at ``k`` (with its title words and version) is a contribution, typed by the
    head before it when it has one ("the resulting dataset, Ground-V")."""
    lowers = ctx.tt.lowers
    label = _HEAD_LABEL.get(lowers[_before_comma(lowers, k)], UNK)
    end = max(_name_end(ctx, k), _title_words_after(ctx.tt, k + 1))  # "Hunyuan3D-2 Turbo"
    if end < ctx.n and not _acts(lowers[end]):
        return  # "to produce PBR meshes": the name modifies a noun
    ctx.add(k, end, label, "propose")
    ctx.contributions.append([k, end])


_AUX = frozenset({"is", "was", "can", "also", "further", "then", "not", "still", "which", "that"})


def _acts(word: str) -> bool:
    """Does the word after a name go on with the name as the subject or a whole phrase ("our
    X outperforms", "our X consistently …", "our X, …"), not as a modifier ("our X agent")?"""
    return (
        not word[:1].isalpha()
        or word in EVAL_VERBS
        or word.startswith(COMPARISON_VERBS)
        or word.endswith("ly")
        or word in _AUX
    )


def _named_again(tt: TokenTable, h_end: int, sep: int) -> bool:
    """ "Sherlock: Self-Correcting Reasoning …": a plain capitalised word before the title's
    colon names the contribution when the abstract uses it again inside a sentence."""
    if h_end != 1:
        return False
    word = tt.texts[0]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if word.lower() in COMMON_WORDS:
        return False
    return any(
        tt.idx[k] > sep and tt.texts[k] == word and tt.sent_span(k)[0] != k
        for k in range(1, len(tt.texts))
    )


_YEAR = re.compile(r"(?:19|20)\d\d")  # "SemEval-2025 Task 4": an evaluation campaign


def _marked_name(word: str) -> bool:
    """A capital inside the word (not only after a hyphen: "Cross-Asset", "Future-Proof") or
    a digit: "R-CNN", "CoCa", "MoE", "3D"."""
    return any(c.isdigit() for c in word) or any(
        word[i].isupper() and word[i - 1] != "-" for i in range(1, len(word))
    )


def _phrase_named_again(tt: TokenTable, h_end: int, sep: int) -> bool:
    """ "Decision PCR: …", "Durghotona GPT: …", "Weak Cube R-CNN: …": two or three
    capitalised words before the title's colon, one of them a marked name, name the
    contribution when the abstract writes them again; not a shared task ("SemEval-2025 Task
    4"), a name the gazetteer knows whole, or the topic of a study ("…: A Survey of …")."""
    head = tt.texts[:h_end]
    if not 2 <= h_end <= 3 or not all(w[:1].isupper() or w[:1].isdigit() for w in head):
        return False
    if not any(is_name(w) and _marked_name(w) for w in head) or any(
        w.lower() in VENUES or _YEAR.search(w) for w in head
    ):
        return False
    if not _STUDY_NOUNS.isdisjoint(tt.lowers[h_end : tt.token_at_char(sep - 1) + 1]):
        return False  # "…: A Survey of …", "…: A Systematic Mapping Study": a study's topic
    if set(range(h_end)) <= _known_tokens(tt):
        return False
    return any(
        tt.idx[k] > sep and tt.texts[k : k + h_end] == head for k in range(h_end, len(tt.texts))
    )


_OTHERS_OBJECT = words("comparison_other_objects")  # "outperforming recent baselines"
_SCORE_VERBS = words("result_score_verbs")  # "X achieves …, outperforming …"
# what may stand between a comparison verb and the word that makes its object other work
_OBJECT_FILLERS = frozenset(
    {"the", "all", "both", "several", "many", "most", "other", "strong", "recent"}
)
_SUBJECT_FILLERS = _AUX | frozenset({"has", "have", "had", "clearly"})
# before the subject: one item of a list or an example of a class ("methods like NetVLAD
# outperforming …", "MIoU, F1, and ACC surpassing …"), not the paper's system
_NOT_SUBJECT_BEFORE = _NOT_OURS_BEFORE | frozenset(
    {"like", "as", "e.g.", "including", "and", "or"}
)
_OTHER_WORK = words("result_other_cues")  # "Recent studies show MRAG outperforms …"
_OWN_WORDS = words("result_own_cues")


def _others_object(lowers: list[str], v: int, hi: int) -> bool:
    """Is the object of the comparison verb at ``v`` other work as a class ("the baseline
    models", "recent baselines including X2V", "existing methods")?"""
    k = v + 1
    while k < hi and k - v <= 3 and lowers[k] in _OBJECT_FILLERS:
        k += 1
    return k < hi and lowers[k] in _OTHERS_OBJECT


_BEST_FILLERS = frozenset({"a", "the", "new", "overall", "competitive"})
_BEST = frozenset({"state-of-the-art", "sota"})


def _new_best(lowers: list[str], v: int, hi: int) -> bool:
    """Does the result verb at ``v`` claim the best results ("achieves state-of-the-art
    performance", "sets a new SOTA")?"""
    k = v + 1
    while k < hi and k - v <= 3 and lowers[k] in _BEST_FILLERS:
        k += 1
    return k < hi and lowers[k] in _BEST


def _subject_name(ctx: RuleContext, k: int, lo: int, names: set[int]) -> int | None:
    """The name that ends right before token ``k`` (past adverbs and auxiliaries: "X2B
    consistently outperforms"), if any: the index of its last token."""
    lowers = ctx.tt.lowers
    j = k - 1
    while j >= lo and (lowers[j] in _SUBJECT_FILLERS or lowers[j].endswith("ly")):
        j -= 1
    if j >= lo and VERSION.match(ctx.tt.texts[j]) and j - 1 in names:
        j -= 1
    return j if j >= lo and j in names else None


def _listed(lowers: list[str], j: int, lo: int, names: set[int]) -> bool:
    """ "A, B, C outperform …": the name at ``j`` follows a comma that follows a listed name
    (not "On IEMOCAP, HAEMSA outperforms …")."""
    return j - 3 >= lo and lowers[j - 1] == "," and j - 2 in names and lowers[j - 3] in (",", "and")


# the words beats_others runs at: a comparison verb's forms and the verbs that report a score
_BEAT_FORMS = frozenset(
    v + ending for v in COMPARISON_VERBS for ending in ("", "s", "es", "ed", "ing")
)


@rule(
    "beats_others",
    source="propose",
    group="contributions",
    kind="head",
    triggers=_BEAT_FORMS | _SCORE_VERBS,
)
def beats_others(ctx: RuleContext, v: int) -> bool:
    """ "X2B achieves an IoU of 0.952, outperforming recent baselines", "PadéNets consistently
    outperformed the baseline models", "FAST achieves state-of-the-art accuracy": a new name
    (one the gazetteer does not know) that beats other work as a class, or claims the best
    results, is the paper's own system. Claims no position (returns ``False``)."""
    tt = ctx.tt
    lowers = tt.lowers
    w = lowers[v]
    lo, hi = tt.sent_span(v)
    if not (_others_object(lowers, v, hi) if w in _BEAT_FORMS else _new_best(lowers, v, hi)):
        return False
    names = set(ctx.names)
    j = _subject_name(ctx, v, lo, names)
    if j is None and w.endswith("ing") and v > lo and lowers[v - 1] == ",":
        # "X achieves …, outperforming …": the subject of the clause's result verb
        e = next((e for e in range(v - 2, lo, -1) if lowers[e] in _SCORE_VERBS), None)
        j = None if e is None else _subject_name(ctx, e, lo, names)
    if j is None or (tt.sent_start[j] and ctx.titled(j)):
        return False
    if j > lo and (lowers[j - 1] in _NOT_SUBJECT_BEFORE or _listed(lowers, j, lo, names)):
        return False  # "MIoU, E1, F1, and ACC surpassing …": a list's item
    if opens_with_model_family(tt.texts[j]):
        return False  # "Gemma-2-27B also outperforms …": a released family's model
    if _OWN_WORDS.isdisjoint(lowers[lo:hi]) and not _OTHER_WORK.isdisjoint(lowers[lo:j]):
        return False
    # already the paper's (its results sentence states no contribution: ADDRESSES), or known
    taken = {k for s, e in ctx.contributions for k in range(s, e)}
    if j in taken or j in _known_tokens(tt) or tt.texts[j] in {tt.texts[k] for k in taken}:
        return False
    ctx.contributions.append([j, j + 1])
    return False
