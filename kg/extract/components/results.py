"""``kg_results``: n-ary results (model or method, dataset, metric, value, unit) with a role.

Every number of a sentence gets a role first (:func:`number_role`):

* ``setting``: sizes, counts, shots, epochs, years, speed-ups ("34 billion parameters",
  "5-shot", "4x storage reduction", "95% CI", "alpha = 0.20%");
* ``delta``: improvements and differences ("+2.3 chrF", "by 6.9 points", "a 3.1% accuracy
  improvement", "improvements of 12.56%", "96% fewer tokens");
* ``other``: bounds and statistics ("over 95% recall", "± 0.10", "p = 0.031");
* ``score``: a system's absolute result — the only role that becomes a Result.

A score is then bound by a dependency-free cue syntax (:class:`_Binder`): the metric by
"accuracy of X", "X% top-1 accuracy", "X and Y accuracy" (shared), "accuracy of X on A, Y on B"
(carried over); the dataset by "X on D", "On D, S achieves X", "X and Y on D1 and D2,
respectively"; the system by "S achieves X", "S (X%)", "X for S", "from X to Y" (X the
baseline, Y the paper's own), else the paper's own contribution in a sentence about its own
work. Each cue adds confidence; results bound by proximity only stay below
:data:`kg.schema.LEADERBOARD_MIN_CONFIDENCE`. Scores of people ("human experts achieve 94%")
and of unnamed baselines are dropped.

Writes ``doc._.kg_results`` = [{"model_id", "dataset_id", "metric_id", "value", "unit", "role",
"higher_is_better", "confidence", "sent", "start", "end"}] with role ``score`` or ``delta``
(deltas go to ``Extraction.deltas``), and completes ``doc._.kg_relations``: the paper is
``EVALUATED_ON`` the dataset and ``MEASURED_BY`` the metric of each score it reports of its own
that the leaderboard shows (:func:`_result_relations`), so the graph never holds a Result on a
dataset the paper is not evaluated on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, pairwise, product
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import CHANGE_VERBS as _CHANGE_VERBS
from kg.extract.components.lexicon import (
    COMPARISON_VERBS,
    CREATION_VERBS,
    LANGUAGES,
    METHOD_HEADS,
    MODEL_FAMILY_KEYS,
    MODEL_HEADS,
    STOP_ACRONYMS,
    STOP_NAMES,
    SYSTEM_TYPES,
    TASK_HEADS,
    TRAIN_CUES,
    TUNE_CUES,
)
from kg.extract.components.lexicon import PERCENT as _PERCENT
from kg.extract.components.relations import (
    _M,
    BASED_ON_CUES,
    base_suffixed,
    based_head,
    class_of_methods,
    described_system,
    doc_contribution,
    modified_system,
    phrase_spans,
)
from kg.extract.components.tokens import NUMBER as _NUMBER
from kg.extract.components.tokens import (
    TokenTable,
    bracket_close,
    bracket_open,
    drop_table,
    next_position,
    positions,
    table,
)
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import words
from kg.extract.memo import memo
from kg.extract.normalize import COMMON_WORDS
from kg.extract.rules.common import YEAR
from kg.kb import kb_key
from kg.schema import HUMAN_PERFORMANCE, LEADERBOARD_MIN_CONFIDENCE, entity_id

# a token read_number can start at (the per-doc prefilter of sentence_numbers)
_number_start = memo()(lambda text: _NUMBER.match(text) is not None)
_POINTS = frozenset({"points", "point", "pp", "pts", "p.p."})
_BREAK = frozenset({",", ";", ".", "(", ")", ":", "and", "or", "but", "while", "whereas"})
_ARTICLES = frozenset({"the", "a", "an", "both", "all", "its", "their"})
_BELITTLING = frozenset({"only", "just", "merely"})  # "an accuracy of only 45%"
# a clause of its own starts after these: "…, whereas S2 achieves Y"
_CLAUSE_BREAKS = frozenset({";", "whereas", "while", "whilst", "but", "although", "though"})
_GAIN_DETERMINERS = _ARTICLES | {"this", "these", "such", "our"}  # "the increase", "this gain"
_LEAD_WORDS = _ARTICLES | {"only", "just"}  # before a number: "with only a 10% …"
# the first word of a phrase fronted before a sentence's subject "it" ("Through X, it
# achieves"; the context typer's fronted phrases before "our model" are another list)
_IT_FRONT_OPENERS = frozenset({"through", "by", "with", "via", "using", "after", "in", "on"})
_PREPOSITIONS = frozenset(
    {"on", "of", "from", "with", "than", "using", "via", "to", "over", "against", "like", "as"}
)
_METRIC_LINK = frozenset(
    {"of", "=", ":", ")", "is", "was", "were", "are", "score", "scores", "value", "values", "rate",
     "with", "a", "an", "the", "at", "from", "reaching", "reached", "around", "about", "$"}
) | _BELITTLING  # fmt: skip
_DATASET_PREP = frozenset({"on", "in", "for", "across"})
# where a sentence names the data it is evaluated on: "… detection using the CBIS-DDSM dataset"
_USED_DATA_PREP = _DATASET_PREP | {"using"}
# the words between listed items: "A, B", "A and B", "A, and B"
_LIST_GAPS = ([","], ["and"], [",", "and"])
# what links a measure to its value: "an accuracy of X", "AUC = X", "MAE: X"
_VALUE_LINK = ("of", "=", ":")
_AS_FAR_AS = [["as", w, "as"] for w in ("low", "high", "little", "much")]  # "as low as X"
_MEASURE_HEADS = frozenset({"rate", "rates", "score", "scores"})  # "hallucination rate of X"
_VALUE_NOUNS = frozenset({"score", "value"})  # "WER with a score of X"
# the suffix tokens that make a name a modifier: "perplexity-based", "accuracy-driven"
_MODIFIER_SUFFIXES = frozenset({"-based", "-driven", "-guided", "-aware", "-oriented"})
# a preposition that starts a condition, not the number's own measure ("21.19% during …")
_CONDITION_PREP = frozenset({"during", "under", "at", "after", "with", "without", "using", "via"})
_DATASET_LINK = frozenset({"on", "in", "the", "of", "from", "is", "was", "reaches", "reached"})
_DATASET_FILLER = frozenset({"test", "dev", "validation", "set", "split", "subset", "data"})
# units a score's value may carry before "on D" ("38.0 mm on Human3.6M", "31.2 dB on Set5")
_VALUE_UNITS = frozenset({"db", "mm", "cm", "nm", "µm", "px", "pixels"})
_SPLIT_CODE = re.compile(r"^[a-z]{2,5}\d{1,4}$")  # a split's code: "eval3", "val2017"
_RESULT_NOUNS = frozenset({"performance", "results", "result", "overall", "score", "scores"})
_ANAPHORS = frozenset({"test", "dataset", "benchmark", "validation"})
_CLAUSE_WORDS = frozenset({"where", "which", "that", "while", "when", "whereas", "who"})
# a short name with two capitals and no spaces: "PQ", "CTR", "HD95", "mAP@0.5", "NMSE", and
# symbol metrics ("J&F", "AP^b", "AP_3D"); a range of cut-offs is a colon between digits
# ("mAP@0.5:0.95", "AP50:95")
_ACRONYM = re.compile(
    r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z](?:[A-Za-z0-9@.\-&^_]|(?<=\d):(?=\d)){1,11}$"
)
# a sentence with no mention may still name its measure: "yielded AUCs of 0.9495 (B2)", "a
# mAP@50 of 0.964", "8.31 PA-MPJPE in the Hand Pose Challenge"
_MEASURE_PLACE = re.compile(
    r"\b[A-Za-z][A-Za-z0-9@.\-&^]*[A-Z][A-Za-z0-9@.\-&^]*s? (?:of|=|:) [0-9]"
    r"|\b[0-9]+(?:\.[0-9]+)? ?%? [A-Z][A-Z0-9@.\-&^]*[A-Z][A-Z0-9@.\-&^]* "
)
_VERSION_PART = re.compile(r"^\d+(?:\.\d+)*[A-Za-z]{0,2}$")  # "2.5", "3", "8B", "70b", "4o"
_LIST_TAIL = frozenset({",", "models", "model", "methods", "method", "both", "only", "even"})
_DISTRIBUTIVE = frozenset({"each", "all", "both"})
_BE = frozenset({"is", "was", "are", "were"})
_ADJACENT = frozenset({"also", "further", "still", "even", "again"})
_SUBJECT_TAIL = _LIST_TAIL | {"each", "all"} | _ADJACENT  # "A and B also achieved X and Y"
# a measure at a cut-off or threshold: "Hit@10", "nDCG@10", "mAP@0.5", "mAP@.5:.95", "R1@0.5"
_AT_K = re.compile(r"^[A-Za-z][A-Za-z0-9\-]*@(?:\d+|\d*\.\d+)(?:[:\-](?:\d+|\d*\.\d+))?$")
_RESOLUTION = re.compile(r"^(\d{2,4})[x×](\d{2,4})$")
_SIDE = re.compile(r"^\d{2,4}$")  # one side of "256 x 256"
_LIKENED = frozenset({"than", "to", "like", "as"})  # "better than humans": what people are
# what may follow a dataset name read from "X% on <name>": the clause ends there
_NAME_END = frozenset(
    {".", ",", ";", "(", ")", "and", "while", "whereas", "with", "using", "for"}
)
_MODEL_SIZE = re.compile(r"\d(?:\.\d+)?[BbMm]$")


def _register(
    tt: TokenTable, type_: str, name: str, higher_is_better: bool | None = None
) -> str:
    """The id of an entity no rule produced ("ZorbSet", "diversity score"), added to the doc's
    entities under its name the first time."""
    eid = entity_id(type_, name)
    if eid not in tt.entities:
        tt.entities[eid] = {
            "name": name, "type": type_, "aliases": [], "higher_is_better": higher_is_better
        }
    return eid


@memo()  # pure: the default gazetteer is fixed
def _known_metric(name: str) -> tuple[str, bool | None] | None:
    """The gazetteer's canonical name and direction of a measure the results reader read
    without a mention (a plural "AUROCs", "DSCs"), else ``None``."""
    entry = load_gazetteer().lookup(name, "Metric")
    return None if entry is None else (entry.canonical, entry.higher_is_better)


def _new_entity(tt: TokenTable, start: int, end: int, type_: str, name: str, rule: str) -> _M:
    """A mention over tokens ``[start, end)`` of the registered entity ``name``."""
    return _M(start, end, type_, _register(tt, type_, name), rule)


def _model_like(name: str) -> bool:
    """ "Llama-3-8B", "ResNet50": a model's size or a model family's name."""
    key = kb_key(name)
    return bool(_MODEL_SIZE.search(name)) or any(key.startswith(f) for f in MODEL_FAMILY_KEYS)


# what may stand between a system listed after "followed by" and its number, or between the
# listed systems and their numbers: "T at 67.2%", "T (F1: 88.68%)", "T with 65.6%", "U (…) and"
_FOLLOWED_GAP = frozenset({"(", ":", "=", "at", "with", "of", "an", "a"})
_LABEL_GAP = frozenset({":", "=", ",", "%", ";"})  # "(MAE: 59.78, RMSE: 81.22)"
_FOLLOWED_LIST = frozenset({",", "and", "(", ")", ":", "=", "%", "at", "with", "of"})
_AGREEMENT_CUES = words("result_agreement_cues")  # "inter-annotator", "inter-rater"
_REFERENCE_WORDS = words("result_reference_words")  # "X% of the original accuracy"
_PEOPLE_MEASURES = frozenset({"score", "scores", "accuracy", "performance"})  # "human score"
_DASHES = ("-", "–", "—")  # "human-like", "human--computer": a word that qualifies another
# what ends a clause whose subject is people before their number: "humans …, while we …"
_PEOPLE_STOP = frozenset(
    {"we", "our", "us", "ours", "while", "whereas", "but", ";", "vs", "vs.", "versus", "compared"}
)
_CONTRAST = frozenset({"whereas", "while", "but", ";"})
# the verb right after a clause's subject: "<subject> are strongly biased, scoring …"
_FINITE_AFTER_SUBJECT = frozenset(
    {"are", "were", "is", "was", "remain", "remained", "struggle", "struggled", "fail", "failed",
     "perform", "performed", "show", "showed", "exhibit", "exhibited", "lag", "lagged"}
)  # fmt: skip
_PHRASE_HEADS = words("result_measure_heads")  # "a diversity score of X"
_PHRASE_STOP = words("result_measure_stop")  # "a high success rate of X"
_NAME_SUFFIXES = frozenset({"based", "powered", "driven", "style", "like", "generated"})
_NEW_SUBJECT = frozenset({"the", "our", "its", "it", "we", "this", "their", "a", "an"})
_COUNTED = re.compile(r"^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*s$")  # "IGs", "GPUs", "LLMs"
_OWN_TITLE = frozenset({"paper", "work", "study", "approach", "method", "framework", "model"})

MAX_CONFIDENCE = 0.95


def _lex(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(name))


SETTING_NOUNS = _lex("result_setting_nouns")
_COUNT_WORDS = _lex("count_words")  # "on seven datasets"
DELTA_WORDS = _lex("result_delta_words")
DELTA_VERBS = _lex("result_delta_verbs")
DELTA_MODIFIERS = _lex("result_delta_modifiers")  # "an additional 10%"
BOUND_WORDS = _lex("result_bound_words")
STATISTIC_WORDS = _lex("result_statistic_words")
MODEL_TIERS = _lex("result_model_tiers")
HEDGE_WORDS = _lex("result_hedge_words")
REACH_VERBS = tuple(sorted(_lex("result_reach_verbs")))  # stems: "exceeded", "surpasses"
# "The models achieved …" opening a sentence: what the paper built (not "The baseline")
_OWNABLE = _lex("result_own_subject_heads")
_SYSTEMS = METHOD_HEADS | MODEL_HEADS  # "our system with Gemma-2-9B": heads of a system
# what runs a named model with a method: "with FooDecomp", "using our prompting"
_RUN_WITH = frozenset({"with", "using", "via"})
# what ends the clause a number is reported in
_CLAUSE_CUTS = frozenset({";", "while", "whereas", "but", "alone", "without"})
SCORE_VERBS = _lex("result_score_verbs")
HUMAN_WORDS = _lex("result_human_words")
_HUMAN_WORK = _lex("result_human_work_nouns")  # "human judgments": what people make
METRIC_QUALIFIERS = _lex("result_metric_qualifiers")
# "top-3 accuracy", "rank-1 accuracy": any cut-off, not only the listed ones
_TOP_K = re.compile(r"^(?:top|rank)-\d+$|^\d+-way$")  # "top-1", "50-way" accuracy
LEVEL_UNITS = _lex("metric_level_units")  # "image-level AUROC", "pixel-wise AUC"
_LEVEL_SUFFIXES = ("-level", "-wise")


def _qualifier(w: str) -> bool:
    return w in METRIC_QUALIFIERS or _TOP_K.match(w) is not None


# "macro-averaged F1" is named "macro F1": the averaging word without its suffix
QUALIFIER_FORMS = {
    q: q.split("-")[0] for q in METRIC_QUALIFIERS if q.endswith(("-averaged", "-average"))
}
OWN_CUES = _lex("result_own_cues")
OTHER_CUES = _lex("result_other_cues")
OTHER_SUBJECTS = _lex("result_other_subjects")
_OWN_ADJECTIVES = _lex("own_adjectives")  # "the proposed models", "novel detectors"
MEASURE_WORDS = _lex("result_measure_words")
DATASET_HEADS = _lex("dataset_heads")
SUBJECT_VERBS = _lex("result_subject_verbs")
SUBJECT_HEADS = _lex("result_subject_heads")
GENERIC_CUES = _lex("result_generic_cues")
RANKED_WORDS = _lex("result_ranked_words")
RANKED_HEADS = _lex("result_ranked_heads")
PROPOSE_VERBS = _lex("propose_verbs")
# what may stand right before a clause's subject: the sentence start or a clause opener
_SUBJECT_OPENERS = frozenset({",", "that", "while", "whereas", "with", ":", ";"})
# a participle after these has no subject of its own: "…, while maintaining 93.1%"
_SUBJECTLESS_OPENERS = frozenset({"while", "whilst", "thereby", "thus"})
# verbs whose subject owns the number after them: "LLMs performed strongly (F1=0.880)", "web
# agents struggle with these tasks, with a recall of 3%"
_PERFORM = frozenset(w for w in SUBJECT_VERBS if w.startswith(("perform", "struggl")))
# "we find S to perform best at X": the verb's object is the subject of the verb after "to"
_RAISING_VERBS = frozenset({"find", "found", "finds", "show", "shows", "showed", "observe"})
_PRONOUNS = frozenset({"it", "this", "these", "they", "we", "our", "its", "their", "the", "a"})
_OBJECT_LIST = frozenset({",", "and", "both", "the", "strong", "existing"})  # "… both A and B"
_VERSUS = frozenset({"vs", "vs.", "versus"})
_VERSUS_THAN = _VERSUS | {"than"}
# the two words that open a comparison's object: "compared to S", "compared with S"
_COMPARED_TO = (["compared", "to"], ["compared", "with"])
_COMPARED_WITH = _VERSUS | {"against", "over", "than", "to", "with"}
_COMPARISON_WORDS = ("outperform", "surpass", "compared", "than", "baseline", "beat", "exceed")


def _comparison_word(w: str) -> bool:
    """ "outperforming", "compared", "than", "vs.": a word that sets up a comparison."""
    return w.startswith(_COMPARISON_WORDS) or w in _VERSUS


# --------------------------------------------------------------------------- numbers


@dataclass
class Num:
    """A number in the text: tokens ``[i, end)`` (with its unit), its value and role."""

    i: int
    end: int
    value: float
    unit: str | None
    signed: bool
    role: str = "score"
    hedged: bool = False
    belittled: bool = False  # "only 45%", "just 0.48": said as a weakness


def _unit_after(lowers: list[str], k: int) -> tuple[str | None, int]:
    nxt = lowers[k] if k < len(lowers) else ""
    if nxt in _PERCENT:
        return "%", k + 1
    if nxt == "per" and k + 1 < len(lowers) and lowers[k + 1] == "cent":
        return "%", k + 2  # "99.92 per cent"
    if nxt in _POINTS:
        return "points", k + 1
    if nxt == "percentage" and k + 1 < len(lowers) and lowers[k + 1] in _POINTS:
        return "points", k + 2
    return None, k


def read_number(tt: TokenTable, i: int) -> Num | None:
    """The number starting at token ``i`` ("86.81", "+0.7", "1,341", "77. 7" → 77.7), or None."""
    texts = tt.texts
    m = _NUMBER.match(texts[i])
    if m is None or (i > 0 and _split_decimal_tail(texts, i)):
        return None
    sign, whole, frac, pct = m.groups()
    end = i + 1
    if not frac and _broken_decimal(texts, end):
        frac, end = "." + texts[end + 1], end + 2  # "77. 7%"
    value = float(whole.replace(",", "") + (frac or ""))
    if pct:
        return Num(i, end, value, "%", bool(sign))
    unit, end = _unit_after(tt.lowers, end)
    return Num(i, end, value, unit, bool(sign))


def _names_the_verbs_subject(between: list[str], participle: bool) -> bool:
    """The words between a system and its score verb leave it the verb's subject even after a
    preposition: "…, with the VGG19 model achieving X"; "compared to X, which achieves 84.8%"
    (the relative clause's antecedent)."""
    if participle and all(w in SUBJECT_HEADS for w in between):
        return True
    return [w for w in between if w != ","] in (["which"], ["that"])


def _change_to(lowers: list[str], between: range) -> bool:
    """ "rising from", "improved to", "increased from … to": a change of the metric named
    right before it, up to its number (3 words at most)."""
    words = [lowers[k] for k in between]
    return (
        0 < len(words) <= 3
        and words[0] in _CHANGE_VERBS
        and all(w in _CHANGE_VERBS or w in ("from", "to") for w in words)
        and words[-1] in ("from", "to")
    )


_SPREAD_SIGNS = frozenset({"±", "∓", "+/-", "+-"})
_LATEX_SPREAD = re.compile(r"^\$?\\(?:pm|mp)\$?$")  # "\pm", "$\pm$" (TeX in an abstract)
_TEX_PART = re.compile(r"[$\\]")  # a token of TeX: "R$^2", "$", "\\Delta_{HSD}$"


def _tex_name(tex: str) -> str:
    """The letters of a TeX measure: "R$^2$" → "R2", "$\\Delta_{HSD}$" → "DeltaHSD"."""
    return re.sub(r"[${}^_\\\s]", "", tex)


def _spread_end(tt: TokenTable, end: int, hi: int) -> int:
    """Past a spread written after the number ("0.94 ± 0.02", "0.94 +/- 0.02%"): the value
    and its spread are one reading, so what follows is what follows the value."""
    texts = tt.texts
    k = end
    if k + 1 < hi and texts[k] in _SPREAD_SIGNS:
        k += 1
    elif k + 2 < hi and texts[k] == "+" and texts[k + 1] in ("/-", "-"):
        k += 2  # "0.94 +/- 0.02", "0.819 +- 0.045"
    elif k + 2 < hi and texts[k] == "$" and _LATEX_SPREAD.match(texts[k + 1]):
        k += 2  # "0.67 $\pm$ 0.01"
    elif k + 1 < hi and _LATEX_SPREAD.match(texts[k]):
        k += 1  # "0.60 \pm 0.05"
    else:
        return end
    k += k + 1 < hi and texts[k] == "$"  # "\pm $0.05"
    if not _NUMBER.fullmatch(texts[k]):
        return end
    k += 1
    return k + 1 if k < hi and tt.lowers[k] in _PERCENT else k


def _broken_decimal(texts: list[str], k: int) -> bool:
    """Tokens ``k…`` are ". 7 %" (a decimal broken by a space: "77. 7%")."""
    return k + 2 < len(texts) and texts[k] == "." and texts[k + 1].isdigit() and texts[k + 2] == "%"


def _name_token(text: str) -> bool:
    """A token that continues a name: "2.0", "Flash", "-1.5", "Pro" (not a lower-case word)."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "-.")


def _listed_name_part(tt: TokenTable, num: Num, name_end: int) -> bool:
    """ "BI-RADS 2, 3 and 5", "Qwen 2/2.5", "BLEU 1--4": numbers listed right after a
    version or category number."""
    between = tt.lowers[name_end : num.i]
    return (
        name_end >= 0
        and num.unit is None
        and 0 < len(between) <= 2
        and all(w in (",", "and", "or", "/") or w in _RANGE_DASHES for w in between)
    )


def _split_decimal_tail(texts: list[str], i: int) -> bool:
    """Token ``i`` is the "7" of "77. 7%" (read with its head)."""
    return i >= 2 and texts[i - 1] == "." and _NUMBER.match(texts[i - 2]) is not None


def _skip_back(lowers: list[str], k: int, lo: int, skip: frozenset[str]) -> int:
    while k >= lo and lowers[k] in skip:
        k -= 1
    return k


_BY_SKIP = frozenset(
    {"up", "to", "a", "an", "the", "over", "nearly", "approximately", "about", "around",
     "roughly", "almost", "more", "than", "at", "least", "of", "average", "relative",
     "absolute", "only", "just", "some", "$"}
)  # fmt: skip


_BASELINE_SKIP = frozenset({"of", "at", "with", "a", "an", "the", "%", "(", "score", "scores"})


def _delta_before(
    lowers: list[str], i: int, lo: int, in_metric: frozenset[int] | set[int] = frozenset()
) -> bool:
    """ "by (up to / an average of) X", "improvement(s) of X", "a gain of X", "saves (up to)
    X", "improvements in mIoU of X"."""
    if i - 1 >= lo and lowers[i - 1] in DELTA_MODIFIERS:
        return True  # "yields an additional 10% in AIME"
    k = _skip_back(lowers, i - 1, lo, _BY_SKIP)
    if k >= lo and (lowers[k] == "by" or lowers[k] in DELTA_VERBS):
        # "improved to 95.1%", "reduced to 3.2%": the new value, a score ("up to" is a gain)
        to = next((j for j in range(i - 1, k, -1) if lowers[j] == "to"), None)
        return to is None or lowers[to - 1] == "up"
    return _delta_of(lowers, i, lo, in_metric) or _delta_after_object(lowers, i, lo)


# what a change verb's object may not hold before its amount ("improving end-to-end 3D
# detection 14.9% NDS"): a link word, a clause break or a score verb starts something else
_OBJECT_STOP = _BREAK | _PREPOSITIONS | {"by", "from", "at", "in", "for", "than", "that"}


def _delta_after_object(lowers: list[str], i: int, lo: int) -> bool:
    """ "improving end-to-end 3D detection 14.9% NDS", "increases the CLIP score 2.7%": a
    change verb, its object (up to four words), then the amount of the change."""
    for k in range(i - 1, max(lo, i - 6) - 1, -1):
        word = lowers[k]
        if word in DELTA_VERBS:
            return k < i - 1  # "improves 9.0%" right after the verb: see _delta_before
        if word in _OBJECT_STOP or word in SCORE_VERBS or _NUMBER.match(word):
            return False
    return False


def _delta_of(
    lowers: list[str], i: int, lo: int, in_metric: frozenset[int] | set[int] = frozenset()
) -> bool:
    """ "improvement(s) of X", "a gain of X", "improvements in mIoU of X"."""
    i = _skip_back(lowers, i - 1, lo, HEDGE_WORDS) + 1  # "improvement of approximately X"
    if i - 2 < lo or lowers[i - 1] != "of":
        return False
    if i - 3 >= lo and lowers[i - 2] in _VALUE_NOUNS and lowers[i - 3] in ("a", "an"):
        return False  # "performs better in WER with a score of 0.728": a score it names
    j, seen = i - 2, 0
    # "gains in error classification accuracy of X", "an increase in Area Under the Receiver
    # Operating Characteristic Curve (AUC) of X", "a decrease in False Positive Rate at 95% True
    # Negative Rate (FPR95) of X"
    while j >= lo and seen < 12:
        if lowers[j] == ")":  # "an increase in Area Under the Curve (AUC) of X"
            j = next((o for o in range(j - 1, max(lo, j - 6) - 1, -1) if lowers[o] == "("), j)
        elif lowers[j] in _BREAK or lowers[j] in SCORE_VERBS:  # "…, achieving a WER of X"
            break
        elif lowers[j] == "in" and j - 1 >= lo and _delta_word(lowers[j - 1]):
            return True
        elif lowers[j] == "over" and j - 1 >= lo and lowers[j - 1] in _DELTA_NOUNS:
            return True  # "a consistency increase over the base model of 12.5%"
        j -= 1
        seen += 1
    k = i - 2
    if k in in_metric and lowers[k] in _CHANGE_HEADS:
        return True  # "an error reduction of 36.6%": a measure of a change
    if k in in_metric:  # "improvements in mIoU of 13.8%"
        while k >= lo and k in in_metric:
            k -= 1
        if k < lo or lowers[k] != "in":
            return False
        k -= 1
    return k >= lo and _delta_at(lowers, k, lo)


def _range_opener(lowers: list[str], i: int, lo: int) -> int | None:
    """The position of the word before a range whose end is the number at ``i`` ("by",
    "between", "from"): for the upper end ("… to X", "… and X") the word before the lower end,
    None when no number comes before "to"/"and"; else the word right before ``i``."""
    k = i - 1
    if k >= lo and lowers[k] in ("to", "and"):
        k = _skip_back(lowers, i - 2, lo, _PERCENT)  # the range's lower end
        if k < lo or not _NUMBER.match(lowers[k]):
            return None
        k -= 1
    return k


def _gain_range(lowers: list[str], i: int, lo: int) -> bool:
    """A range of gains: "by 24.5% to 32.7%" (its upper end), "increased between 8% and
    40%", "improvements … ranged from 19% to 33%" (both ends)."""
    prv = lowers[i - 1] if i > lo else ""
    k = _range_opener(lowers, i, lo)
    if k is None:
        return False
    opener = lowers[k] if k >= lo else ""
    if opener == "by" and prv == "to":
        return True  # "improves retrieval by 24.5% to 32.7%"
    if opener == "between" and prv != "to":
        return k - 1 >= lo and (
            lowers[k - 1] in _CHANGE_VERBS or _delta_word(lowers[k - 1])
        )  # "BLEU scores increased between 8% and 40%"
    if opener == "from" and prv != "and" and k - 1 >= lo and lowers[k - 1].startswith("rang"):
        return any(_delta_word(w) for w in lowers[max(lo, k - 10) : k - 1])
    return False


def _range_end(lowers: list[str], i: int, lo: int) -> bool:
    """An end of a range, a spread of values rather than one system's score: "F1 scores
    ranging from 70.2% to 88.9%", "accuracy varied from 0.61 to 0.75", "between 81.2% and
    85.4%" (both ends; a range of gains is a delta, :func:`_gain_range`)."""
    prv = lowers[i - 1] if i > lo else ""
    k = _range_opener(lowers, i, lo)
    if k is None:
        return False
    if prv not in ("to", "and") and not _upper_end_follows(
        lowers, i + 1, "and" if prv == "between" else "to"
    ):
        return False  # "the alignment between 10 metrics": no range
    opener = lowers[k] if k >= lo else ""
    if opener == "between":
        return prv != "to"
    if opener == "from" and prv != "and" and k - 1 >= lo:
        return lowers[k - 1].startswith(("rang", "vari", "vary"))
    return False


def _bound_or_statistic(
    lowers: list[str], num: Num, lo: int, hi: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "over 95%", "have not exceeded 80.5%", "ranging from X to Y", "94% of the original
    accuracy", "96.9% of the retrieval accuracy", "the inter-annotator agreement reached a
    kappa of 0.57": no system's score."""
    prv = lowers[num.i - 1] if num.i > lo else ""
    if prv in ("a", "an", "$") and num.i - 2 >= lo:
        prv = lowers[num.i - 2]  # "most classes exceeded a 90% mean accuracy", "over $5$"
    return (
        prv in BOUND_WORDS
        or _negated_reach(lowers, num.i, lo)
        or _range_end(lowers, num.i, lo)
        or _share_of_reference(lowers, num.end, hi)
        or _share_of_measure(lowers, num, hi, in_metric)
        or _agreement(lowers, lo, min(hi, num.end + 6))  # the annotators' agreement
        or _threshold_measure(lowers, num.i, lo, in_metric)
    )


_PASS_VERBS = ("surpass", "exceed", "cross", "break")


def _threshold_measure(
    lowers: list[str], i: int, lo: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "the first to surpass a Dice coefficient of 90%", "consistently surpasses an accuracy
    of 95%": the value of an indefinite measure a passing verb takes is a bar, no score."""
    k = i - 1
    if k - 1 < lo or lowers[k] != "of" or k - 1 not in in_metric:
        return False
    k -= 1
    while k >= lo and k in in_metric:
        k -= 1
    return k - 1 >= lo and lowers[k] in ("a", "an") and lowers[k - 1].startswith(_PASS_VERBS)


def _agreement(lowers: list[str], lo: int, hi: int) -> bool:
    """An inter-annotator cue in ``[lo, hi)``: "inter-rater", "inter annotator"."""
    return any(
        w in _AGREEMENT_CUES
        or (w == "inter" and k + 1 < hi and f"inter-{lowers[k + 1]}" in _AGREEMENT_CUES)
        for k, w in enumerate(lowers[lo:hi], lo)
    )


def _share_of_reference(lowers: list[str], k: int, hi: int) -> bool:
    """ "[%] of the original …", "[%] of its full-precision …", "[%] of GLFFNet's mIoU": a
    share kept of a reference system's score."""
    if k < hi and lowers[k] in _PERCENT:
        k += 1
    if k + 2 >= hi or lowers[k] != "of":
        return False
    if lowers[k + 1] in _REFERENCE_WORDS:
        return True  # "88% of baseline MMLU accuracy"
    if lowers[k + 1] in ("the", "its", "their"):
        return lowers[k + 2] in _REFERENCE_WORDS
    return lowers[k + 2] in ("'s", "’s") and lowers[k + 1][:1].isalpha()


def _share_of_measure(
    lowers: list[str], num: Num, hi: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "achieves 96.9--99.1% of the retrieval accuracy attainable with …": a percentage of
    a measure is a share of some score, not a score."""
    k = num.end
    if num.unit != "%" or k + 2 >= hi or lowers[k] != "of":
        return False
    if lowers[k + 1] in ("the", "its", "their"):  # "of the accuracy", "of the top-1 accuracy"
        return (k + 2) in in_metric or (k + 3 < hi and (k + 3) in in_metric)
    # "85% of FlashAttention3 MFU" (not "24.01% of BLEU-4", a score so worded)
    return (k + 1) not in in_metric and (k + 2) in in_metric


def _upper_end_follows(lowers: list[str], k: int, word: str) -> bool:
    """ "[%] and 85.4" / "[%] to 0.75" from token ``k`` on (the upper end of a range)."""
    while k < len(lowers) and lowers[k] in _PERCENT:
        k += 1
    return k + 1 < len(lowers) and lowers[k] == word and bool(_NUMBER.match(lowers[k + 1]))


def _example_of_margin(lowers: list[str], i: int, lo: int) -> bool:
    """ "outperforms prior arts on MMVP-VLM, e.g., 6.0% on OpenAICLIP": an example of the
    margin of a comparison (no score verb between)."""
    k = _skip_back(lowers, i - 1, lo, frozenset({",", "("}))
    if k < lo or lowers[k] not in ("e.g.", "e.g", "i.e.", "i.e", "eg"):
        return False
    for w in reversed(lowers[lo:k]):
        if w in SCORE_VERBS or w == ";":
            return False
        if w.startswith(_COMPARISON_WORDS[:3]) or w.startswith(("exceed", "beat")):
            return True
    return False


def _after_gain_colon(lowers: list[str], i: int, lo: int) -> bool:
    """ "with notable improvements in segmentation: 11.5% on VisA and 8.1% on MVTec": the
    numbers listed after a colon that closes a phrase about gains."""
    colon = next((k for k in range(i - 1, lo - 1, -1) if lowers[k] == ":"), None)
    if colon is None or any(w in SCORE_VERBS or w == ";" for w in lowers[colon:i]):
        return False
    if _closes_bracket(lowers, colon, i):
        return False  # "margin (AUROC: 0.81), consistency (0.81)": the colon's bracket closed
    if lowers[i - 1] == "of" and not any(_delta_word(w) for w in lowers[colon:i]):
        return False  # "gains across metrics: a PSNR of 26.9": the value of a named measure
    return any(_delta_word(w) for w in lowers[max(lo, colon - 6) : colon])


def _own_gain_bracket(lowers: list[str], end: int, hi: int) -> bool:
    """ "improvements over baselines: 90.95% Dice for image segmentation (10.64% improvement)":
    a number whose own gain follows it in brackets (past its measure, up to six words) is the
    score that gain is of."""
    for k in range(end, min(hi, end + 7)):
        if lowers[k] == "(":
            inside = lowers[k + 1 : k + 6]
            return bool(inside) and _NUMBER.match(inside[0].lstrip("+")) is not None and any(
                _delta_word(w) for w in inside[1:]
            )
        if lowers[k] in _BREAK or _NUMBER.match(lowers[k]):
            return False
    return False


_ASIDE_DASHES = frozenset({"--", "—"})  # a dash that opens an aside (not a range's "–")


def _delta_after(lowers: list[str], end: int, hi: int) -> bool:
    """ "X% accuracy improvement", "a 14% gain", "96% fewer tokens" (up to 4 words on); "X%
    over the baseline", "X% above the prior best"; the first of "X% mIoU and Y% mAP gains"."""
    if end + 1 < hi and lowers[end] in ("above", "below"):
        return True  # "3.2% above DeepLabv3", "12% above chance", "just 1.2% below the best"
    if end + 1 < hi and lowers[end] == "over":
        nxt = lowers[end + 2] if lowers[end + 1] in _ARTICLES and end + 2 < hi else lowers[end + 1]
        if nxt in _BASELINE_WORDS or nxt in OTHER_CUES:
            return True  # "3.2% over the baseline", "5% over prior methods"
    for k in range(end, min(hi, end + 4)):
        w = lowers[k]
        if w == "relative" and k + 1 < hi and lowers[k + 1] == "to":
            return False  # "92.4% accuracy relative to 95.9% for Swin-L": a comparison
        if w in DELTA_WORDS and lowers[k - 1] == "the":
            return False  # "87.4% on the more challenging D": the data's phrase, not a gain
        if w in DELTA_WORDS or w.split("(", 1)[0] in DELTA_WORDS or _measure_loss(lowers, k, end):
            # "a 14% gain", "with a 0.3% performance loss"; not "a 98.93% F1-score representing
            # improvements of 2.91%": the gain is the later number's
            return not (
                k + 2 < hi and lowers[k + 1] in ("of", "by") and _NUMBER.match(lowers[k + 2])
            )
        if w in _ASIDE_DASHES:
            return False  # "8.61% on D--absolute gains of 7.06 points": an aside's gain
        if w in _BREAK:
            # "3.2% mIoU and 4.1% mAP improvements"; not "28.4 BLEU on D, 1.9 BLEU higher"
            listed = w in (",", "and") and k > end and not {"on", "across"} & set(lowers[end:k])
            return listed and _listed_delta(lowers, k, hi)
    return False


def _listed_delta(lowers: list[str], k: int, hi: int) -> bool:
    """ "3.2% mIoU and 4.1% mAP improvements": a number and its measure listed (at ``k``, a
    comma or "and") before another number, measure and a gain word share the gain word."""
    k += 1 + (lowers[k] == "," and k + 1 < hi and lowers[k + 1] == "and")
    if k >= hi or not _NUMBER.match(lowers[k]):
        return False
    k += 1 + (k + 1 < hi and lowers[k + 1] in _PERCENT)
    words = 0
    while k < hi and words < 3 and lowers[k] not in _BREAK:
        if lowers[k] in DELTA_WORDS:
            return words > 0  # not "80.2% mIoU and a 3.2% gain": the gain is the second's
        words += 1
        k += 1
    return False


_WORD_PART = re.compile(r"[A-Z][a-z]{3,}")
_MEASURE_NAME_PARTS = _lex("result_measure_name_parts")


def _has_word_part(text: str) -> bool:
    """ "ShanghaiTech", "UCF-Crime": a name with a capitalised word in it that is no part of
    a measure's name (lexicon) names data or a thing, not a measure ("MMMG-Score", "AV-Rank",
    "PA-MPJPE", "mIoU" do)."""
    return any(p.lower() not in _MEASURE_NAME_PARTS for p in _WORD_PART.findall(text))


def _setting_noun(w: str) -> bool:
    return (
        w in SETTING_NOUNS
        or w.rstrip("s") in SETTING_NOUNS
        or w.startswith("-shot")
        or w.endswith(("/s", "/sec"))  # a speed: "2585 tokens/s", "40 img/s"
    )


_SPLIT_WORDS = _lex("split_words") | _lex("result_data_share_words") | {"hold-out", "holdout"}
_SPLIT_NOUNS = _lex("split_nouns")


def _split_share(lowers: list[str], k: int, hi: int) -> bool:
    """ "20% hold-out test set", "a 10% validation split", "10% labeled data": a split word,
    then a split noun."""
    if k >= hi or lowers[k] not in _SPLIT_WORDS:
        return False
    return any(w in _SPLIT_NOUNS for w in lowers[k + 1 : min(hi, k + 3)])


def _glued(w: str) -> bool:
    """The glued second half of a compound: "-specific" of "audio-specific"."""
    return w[:1] == "-" and w[1:].isalpha()


def _word(w: str) -> bool:
    """A word, or the glued half of one ("H800", "-specific"), not a sign."""
    return w.isalnum() or _glued(w)


def _words_after(lowers: list[str], k: int, hi: int, n: int) -> Iterator[int]:
    """The tokens of the ``n`` words from token ``k`` (a glued "-specific" is no word)."""
    while k < hi and n > 0:
        yield k
        n -= 0 if _glued(lowers[k]) else 1
        k += 1


def _is_setting(
    tt: TokenTable, num: Num, hi: int, in_metric: frozenset[int] | set[int] = frozenset()
) -> bool:
    """ "34 billion parameters", "77 highly imbalanced classes", "95% CI", a year — not a
    percentage whose noun modifies the measure after it ("45.2% task success rate")."""
    lowers = tt.lowers
    if (num.i > 0 and tt.texts[num.i - 1] == "^") or (num.end < hi and tt.texts[num.end] == "^"):
        return True  # a power: "in 2^5 passes", "10^6 samples"
    if num.unit == "%" and num.end + 1 < hi and num.end + 1 in in_metric:
        return False
    if num.unit == "%" and _split_share(lowers, num.end, hi):
        return True  # "a 20% hold-out test set": the share of the data a split holds
    if num.unit == "%" and num.end < hi and lowers[num.end] == "of":
        for k in range(num.end + 1, min(hi, num.end + 4)):  # "0.70% of trainable parameters"
            if _setting_noun(lowers[k]):
                return True
            if not lowers[k].isalpha():
                break
    if _threshold(lowers, num, hi, in_metric) or _counted_thousands(tt, num, hi, in_metric):
        return True
    if _counted_after(tt, num, hi, in_metric):
        return True
    # a year
    return num.unit is None and "." not in tt.texts[num.i] and 1900 <= num.value <= 2100


def _counted_after(
    tt: TokenTable, num: Num, hi: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "34 billion parameters", "8 GPUs", "16 H800 GPUs": a noun of things counted or of a
    setting after the number (not the unit of a measure's value: "an error of 1.9 m")."""
    lowers = tt.lowers
    reach = 1 if num.unit is not None else 3
    for k in _words_after(lowers, num.end, hi, reach):
        if _setting_noun(lowers[k]) and not _valued(lowers, num, k, in_metric):
            # not "41.8 benchmark scores": a score named by what it is on
            return not (k + 1 < hi and lowers[k + 1] in ("score", "scores"))
        if num.unit is None and k == num.end and _COUNTED.match(tt.texts[k]):
            return True  # "24 IGs", "8 GPUs": things counted
        if k == num.end and _counted_plural(tt, num, k, in_metric):
            return True  # "covering 9 modalities and 10 organs"
        if lowers[k] in _BREAK or lowers[k] in _DATASET_PREP or not _word(lowers[k]):
            break  # a name may come between: "16 H800 GPUs", "4 NVIDIA A40 GPUs"
        if lowers[k] in _CONDITION_PREP:
            break  # "perplexity 8.8 with K = 8": the setting is the condition's
        if _NUMBER.match(lowers[k]):
            break
    return False


# measures of speed and units of time: their values are settings ("a latency of 7.07
# seconds", "a precision of 0.04 seconds")
_SPEED_MEASURES = frozenset(
    {"latency", "latencies", "time", "times", "runtime", "runtimes", "speed", "speeds"}
    | {"throughput", "throughputs", "delay", "delays"}
)
_TIME_UNITS = frozenset({"s", "ms", "second", "seconds", "minute", "minutes", "h", "hour", "hours"})


def _valued(
    lowers: list[str], num: Num, unit: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "a mean localization error of 1.9 m", "RMSE = 5.6 years", "mean absolute error (MAE)
    of 1.33 years": the value of a measure named right before the number, so the word at
    ``unit`` is its unit, not things counted; not a measure of speed or a time."""
    k = num.i - 2
    if k > 0 and lowers[k] == ")" and k - 1 in in_metric:
        k -= 1  # the measure's short form in brackets
    return (
        k >= 0
        and lowers[num.i - 1] in _VALUE_LINK
        and k in in_metric
        and lowers[k] not in _SPEED_MEASURES
        and lowers[unit] not in _TIME_UNITS
    )


_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _counted_thousands(
    tt: TokenTable, num: Num, hi: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "17,429 trajectories", "3,338 instances": a whole number written in thousands before
    a plural noun that is no measure counts things (not "an Elo of 1,250")."""
    k = num.end
    if num.unit is not None or k >= hi or k in in_metric or not _THOUSANDS.match(tt.texts[num.i]):
        return False
    return _plural_word(tt.texts[k])


def _counted_plural(
    tt: TokenTable, num: Num, k: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """A whole number with no unit right before a plural noun that is no measure counts
    things ("9 modalities", "12 languages"), unless a measure names it ("an F1 of 9 points")."""
    return (
        num.unit is None
        and tt.texts[num.i].isdigit()
        and k not in in_metric
        and _plural_word(tt.texts[k])
        and tt.lowers[k] not in MEASURE_WORDS
        and not _valued(tt.lowers, num, k, in_metric)
    )


def _plural_word(w: str) -> bool:
    """A lower-case word that reads as a plural noun: "trajectories", "accelerometers"."""
    return w.isalpha() and w.islower() and w.endswith("s") and not w.endswith("ss")


_THRESHOLDS = _lex("result_threshold_words")
_NOT_A_MODIFIER = _PREPOSITIONS | _BREAK | {"at", "in", "for", "by"}


def _threshold(
    lowers: list[str], num: Num, hi: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """A cut-off, not a result: "at 0.7 IoU threshold", "a 0.5 confidence threshold", "at
    IoU thresholds of 0.5 and 0.75", "a threshold of 0.3"."""
    k = num.end
    while k < hi and k - num.end < 3:  # "0.7 IoU threshold", "a 0.5 confidence threshold"
        if lowers[k] in _THRESHOLDS:
            return True
        if k not in in_metric and (not lowers[k].isalpha() or lowers[k] in _NOT_A_MODIFIER):
            break
        k += 1
    k = num.i - 1
    while k >= 0 and (lowers[k] in (",", "and") or _NUMBER.match(lowers[k]) or lowers[k] == "%"):
        k -= 1  # "thresholds of 0.5 and 0.75": the second one too
    if k >= 0 and lowers[k] in ("of", "=", "at"):
        k -= 1
        if k >= 0 and lowers[k] == "set":
            k -= 1  # "a threshold set at 0.5"
        return k >= 0 and lowers[k] in _THRESHOLDS
    return False


def _name_part(tt: TokenTable, num: Num, in_metric: set[int]) -> bool:
    """ "Gemini 2.0", "Claude Sonnet 3.5", "Stable Diffusion 1.5": a version, not a value."""
    if num.unit is not None or num.i == 0:
        return False
    prv = tt.texts[num.i - 1]
    if (num.i - 1) in in_metric:
        return _order_range(tt, num)  # "BLEU 1--4 (0.825, …)": the n-gram orders
    return prv[:1].isupper() and prv[-1:].isalnum()


_RANGE_DASHES = frozenset({"-", "--", "–", "—", "to"})


def _order_range(tt: TokenTable, num: Num) -> bool:
    """A small integer right after a metric's name that opens a range of them ("BLEU 1--4",
    "ROUGE 1-2"): which variants of the metric, not a value."""
    k = num.end
    texts = tt.texts
    return (
        texts[num.i].isdigit()
        and int(texts[num.i]) <= 9
        and k + 1 < len(texts)
        and texts[k] in _RANGE_DASHES
        and texts[k + 1].isdigit()
    )


def _points_after(tt: TokenTable, num: Num, hi: int, in_metric: frozenset[int] | set[int]) -> bool:
    """ "6 AUC points", "12 F1 points", "1.9 BLEU above X": points of a metric named between,
    or a metric above or below something, are a difference."""
    k = num.end
    if k + 1 < hi and k not in in_metric and tt.texts[k].isalpha() and tt.texts[k].islower():
        k += 1  # "1.4 normalized perplexity points": a qualifier before the metric
    if k >= hi or k not in in_metric:
        return False
    while k < hi and k in in_metric:
        k += 1
    if k < hi and tt.lowers[k] in _POINTS:
        return True
    # "1.9 BLEU above full fine-tuning", "0.8 mIoU below the best": the margin of a metric
    return k + 1 < hi and tt.lowers[k] in ("above", "below")


# a gain named before what it is measured against: "an increase over the base model of X"
# the nouns of a change up or down, singular (their plurals are made here)
_GAIN_NOUNS = frozenset({"improvement", "gain", "increase", "boost", "reduction", "decrease"})
_CHANGE_HEADS = _GAIN_NOUNS - {"gain"}  # a measure so headed is of a change ("information gain")
_DELTA_NOUNS = (
    _GAIN_NOUNS
    | {w + "s" for w in _GAIN_NOUNS}
    | {"advantage", "margin", "margins", "speedup", "speed-up", "uplift"}
)


def _delta_word(w: str) -> bool:
    w = w.split("(")[0]
    return w in DELTA_WORDS or (w.endswith("s") and w[:-1] in DELTA_WORDS)


_LOSSY_MEASURES = _lex("result_lossy_measures")


def _measure_loss(lowers: list[str], k: int, lo: int) -> bool:
    """ "accuracy loss", "performance losses": a drop in a measure (a delta word), not a
    training loss."""
    return lowers[k] in ("loss", "losses") and k - 1 >= lo and lowers[k - 1] in _LOSSY_MEASURES


def _delta_at(lowers: list[str], k: int, lo: int) -> bool:
    """Token ``k`` is a gain word, or "loss" after a measure ("an accuracy loss of X")."""
    return _delta_word(lowers[k]) or _measure_loss(lowers, k, lo)


def _up_to_role(lowers: list[str], up: int, lo: int) -> str:
    """ "up to X": a best score right after a score verb whose clause names no gain
    ("achieved up to 98% precision", "boosts performance, achieving up to 97.3%"), or listed
    after a score ("a rate of 24% (…), and up to 41%"); a delta after a gain word ("gains
    reach up to 17%"); else a bound."""
    k = up - 1
    listed = k - 1 >= lo and lowers[k] == "and" and lowers[k - 1] in (",", ")")
    if listed:  # the verb of the score this one is listed after
        k = next(
            (j for j in range(k - 1, max(lo, up - 16) - 1, -1) if lowers[j] in SCORE_VERBS), -1
        )
    clause = lowers[lo : max(lo, k)]
    cut = next((c for c in range(len(clause) - 1, -1, -1) if clause[c] in _BREAK), None)
    gain = False
    if cut is not None and cut == len(clause) - 1 and lowers[k].endswith("ing"):
        # "the increase is significant, reaching up to 10%": a participle right after the
        # break reports on the clause before it, whose subject may be a gain
        head = clause[:cut]
        gain = any(
            _delta_word(w) and head[c - 1] in _GAIN_DETERMINERS for c, w in enumerate(head) if c
        )
    clause = clause[cut + 1 :] if cut is not None else clause
    gain = gain or any(_delta_word(w) for w in clause)
    listed_gain = listed and not DELTA_WORDS.isdisjoint(lowers[max(k, lo) : up])
    if k >= lo and lowers[k] in SCORE_VERBS and not gain and not listed_gain:
        return "score"
    context = lowers[max(lo, up - 4) : up]
    return "delta" if gain or any(_delta_word(w) for w in context) else "other"


def _verb_measure_before(
    lowers: list[str], k: int, lo: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """Does a measure end at ``k`` right after a score verb (up to two words between, an
    article and an adjective: "achieved an overall accuracy")?"""
    if k < lo or k not in in_metric:
        return False
    while k >= lo and k in in_metric:
        k -= 1
    for _ in range(2):  # "an overall", "the average"
        if k >= lo and lowers[k].isalpha() and lowers[k] not in SCORE_VERBS:
            k -= 1
    return k >= lo and lowers[k] in SCORE_VERBS


def _operating_point(
    tt: TokenTable, k: int, lo: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """Does "at (a) <metric> (<short form>)" end at token ``k``? The measure's value fixes
    the point another measure is read at ("TMR at an FMR of 0.01%")."""
    lowers, texts = tt.lowers, tt.texts
    start = k
    if k >= lo and k not in in_metric and _measure_name(texts[k]):
        k -= 1  # "at a StreamLAAL of 1837.86": a measure named like no word
    elif k >= lo and k not in in_metric and lowers[k] in ("rate", "ratio", "threshold"):
        k -= 1  # "at a low code rate of 2.146 Bpp", "at a sampling rate of 16 kHz"
        while k > start - 3 and k >= lo and texts[k].isalpha() and texts[k].islower():
            if lowers[k] in _ARTICLES:
                break
            k -= 1
        return k >= lo + 1 and lowers[k] in ("a", "an", "the") and lowers[k - 1] == "at"
    while k >= lo and (
        k in in_metric or lowers[k] in ("(", ")") or (k < start and texts[k].isupper())
    ):
        k -= 1
    if k == start:
        return False
    while k >= lo and lowers[k] in ("a", "an", "the"):
        k -= 1
    return k >= lo and lowers[k] == "at"


def _measure_name(text: str) -> bool:
    """ "StreamLAAL", "FMR": capitals after the first letter, as no English word has."""
    return text[:1].isupper() and any(c.isupper() for c in text[1:]) and text.isalnum()


def _scale_top(tt: TokenTable, num: Num, lo: int, hi: int) -> bool:
    """ "16.2/25", "7/10", "4.3/5.0": a whole number after a slash (written with zero decimals
    only up to 10, or 100), above the one number before it and with no further slash, is the
    top of a rating scale, not a second result."""
    texts = tt.texts
    first = num.i - 2
    if first < lo or num.unit is not None:
        return False
    if "." in texts[num.i] and not (
        num.value.is_integer() and (num.value <= 10 or num.value == 100)
    ):
        return False  # "85.2/90.0": two scores
    if (first > lo and texts[first - 1] == "/") or (num.end < hi and texts[num.end] == "/"):
        return False
    low = _NUMBER.match(texts[first])
    if low is None:
        return False
    return float(texts[first].replace(",", "").replace("−", "-").rstrip("%")) < num.value


def _plus_role(tt: TokenTable, num: Num, lo: int, hi: int) -> str | None:
    """``delta`` for a sign written apart from the number at the start of a bracket or list
    item ("(+ 3% gIoU)") and for the first number in a bracket right after a delta word ("a
    performance gain (4.3% NDS and 8.4% mAP)"); ``other`` for a number with a plus after it
    ("35+ PSNR", "800+ FPS": at least that much, a bound)."""
    lowers = tt.lowers
    prv = lowers[num.i - 1] if num.i > lo else ""
    before = lowers[num.i - 2] if num.i - 2 >= lo else "("
    after_delta = num.i - 2 >= lo and _delta_at(lowers, num.i - 2, lo)
    if (prv == "+" and before in ("(", ",", ";", ":")) or (prv == "(" and after_delta):
        return "delta"  # "(+ 3% gIoU)", "a minimal accuracy loss (1.2% and 0.6%)"
    if num.end + 1 < hi and lowers[num.end] == "+" and not _NUMBER.match(tt.texts[num.end + 1]):
        return "other"
    return None


def _slash_role(tt: TokenTable, num: Num, lo: int, hi: int) -> str | None:
    """The role a slash gives a number: the top of a scale ("scores 16.2/25") is ``other``;
    either side of a count out of a total ("2,564/2,566 scans", "in 12/15 datasets") is a
    ``setting``."""
    if num.i > lo and tt.texts[num.i - 1] == "/" and _scale_top(tt, num, lo, hi):
        return "other"
    return "setting" if _count_pair(tt, num, lo, hi) else None


def _count_pair(tt: TokenTable, num: Num, lo: int, hi: int) -> bool:
    """Either whole number of a pair of whole numbers joined by one slash ("2,564/2,566"):
    a count out of a total, not a score."""
    texts = tt.texts
    if num.unit is not None or "." in texts[num.i]:
        return False
    if num.end + 1 < hi and texts[num.end] == "/":
        other, after = num.end + 1, num.end + 2
        if num.i > lo and texts[num.i - 1] == "/":
            return False
    elif num.i - 2 >= lo and texts[num.i - 1] == "/":
        other, after = num.i - 2, num.end
        if other > lo and texts[other - 1] == "/":
            return False
    else:
        return False
    whole = _NUMBER.match(texts[other])
    return (
        whole is not None
        and not whole.group(3)
        and not whole.group(4)
        and not (after < hi and texts[after] in ("/", "%"))
    )


def _measured_at(tt: TokenTable, num: Num, lo: int, in_metric: frozenset[int] | set[int]) -> bool:
    """ "TMR at 1% FMR", "precision at 95% recall", "sensitivity at 4 FP": a measure, "at",
    the number, another measure; or an acronym no list knows after the number — not
    "performs best at 37.3% success rate" or "ahead at 97.17% accuracy" (the score)."""

    def measure(k: int) -> bool:
        return 0 <= k < len(tt.lowers) and (k in in_metric or _measure_name(tt.texts[k]))

    after = num.end
    if not measure(after):
        return False
    # "81.2% at 95% recall", "a 62% reduction in manual review effort at 95% recall": the
    # point a number before it in the clause was read at
    scored = False
    for k in range(num.i - 2, max(lo, num.i - 9) - 1, -1):
        if tt.lowers[k] in (",", ";", ":"):
            break
        if tt.texts[k] in _PERCENT or _NUMBER.match(tt.texts[k]) is not None:
            scored = True
            break
    return after not in in_metric or scored or (num.i - 2 >= lo and measure(num.i - 2))


def _fixed_point(tt: TokenTable, num: Num, lo: int, in_metric: frozenset[int] | set[int]) -> bool:
    """The second side of a size ("ImageNet 256 x 256") or the value of an operating point
    ("at a False Match Rate (FMR) of 0.01%"): where a result is measured, not a result."""
    prv = tt.lowers[num.i - 1] if num.i > lo else ""
    if prv in ("x", "×") and num.i - 2 >= lo and _NUMBER.match(tt.texts[num.i - 2]):
        return True
    if prv == "at" and _measured_at(tt, num, lo, in_metric):
        return True  # "the TMR at 1% FMR", "precision at 95% recall": the point, not a score
    if num.i - 1 >= lo and (num.i - 1 in in_metric or _measure_name(tt.texts[num.i - 1])):
        return _operating_point(tt, num.i - 1, lo, in_metric)  # "AP at IoU 0.7"
    return prv in ("of", "=") and _operating_point(tt, num.i - 2, lo, in_metric)


def _negated_reach(lowers: list[str], i: int, lo: int) -> bool:
    """ "have not exceeded 80.5%", "never surpasses 40%": a bound no one reached, no score."""
    before = lowers[max(lo, i - 3) : i]
    return bool(before) and before[-1].startswith(REACH_VERBS) and (
        "not" in before or "never" in before or "n't" in before
    )


def _list_marker(tt: TokenTable, num: Num, lo: int, hi: int) -> bool:
    """ "…, 2) …", "; 3) …": a small integer closed by a bracket no "(" opened, at the start of
    a sentence or after a break, numbers an item of a list."""
    lowers = tt.lowers
    if num.unit is not None or num.end >= hi or lowers[num.end] != ")":
        return False
    if not tt.texts[num.i].isdigit() or num.value > 20:
        return False
    if num.i > lo and lowers[num.i - 1] not in (";", ":", ",", "and", "."):
        return False
    return _bracket_depth(lowers, lo, num.i) <= 0


def _numbered_item(
    tt: TokenTable, num: Num, lo: int, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "for accelerometers 1, 2, 3, and the acoustic sensor": small whole numbers listed
    right after a lower-case plural noun number the things it names."""
    if num.unit is not None or not tt.texts[num.i].isdigit() or num.value > 20:
        return False
    lowers = tt.lowers
    k = num.i - 1
    while k >= lo and (lowers[k] in (",", "and") or (lowers[k].isdigit() and len(lowers[k]) <= 2)):
        k -= 1  # back over the items listed before: "1, 2, 3"
    return k >= lo and k not in in_metric and _plural_noun(tt, k)


def _plural_noun(tt: TokenTable, k: int) -> bool:
    w = tt.texts[k]
    return (
        _plural_word(w)
        and w not in SCORE_VERBS
        and w not in SUBJECT_VERBS
        and w not in MEASURE_WORDS
    )


def _closes_bracket(lowers: list[str], lo: int, k: int) -> bool:
    """Does ``lowers[lo:k]`` close a bracket opened before ``lo``?"""
    depth = 0
    for w in lowers[lo:k]:
        depth += (w == "(") - (w == ")")
        if depth < 0:
            return True
    return False


def _bracket_depth(lowers: list[str], lo: int, k: int) -> int:
    """How many brackets opened in ``lowers[lo:k]`` are still open at token ``k``."""
    return lowers[lo:k].count("(") - lowers[lo:k].count(")")


def number_role(
    tt: TokenTable, num: Num, lo: int, hi: int, in_metric: frozenset[int] | set[int] = frozenset()
) -> str:
    """``setting`` | ``delta`` | ``other`` | ``score`` for a number of sentence ``[lo, hi)``
    (``in_metric``: the tokens of Metric mentions)."""
    lowers = tt.lowers
    prv = lowers[num.i - 1] if num.i > lo else ""
    before = lowers[num.i - 2] if num.i - 2 >= lo else ""
    statistic = prv in ("=", ":", "[", "(") and before in STATISTIC_WORDS
    if statistic or _list_marker(tt, num, lo, hi) or _numbered_item(tt, num, lo, in_metric):
        return "other"  # "IQR: 2.1", "SD = 0.4", "95% CI [0.994, 0.995]"; "…; 2) Test-time …"
    if prv == "=":
        if before == "p":
            return "other"
        named = num.i - 2 in in_metric or (tt.texts[num.i - 2] == ")" and num.i - 3 in in_metric)
        if not named and not _AT_K.match(tt.texts[num.i - 2]):
            return "setting"  # "alpha = 0.20%"; "AUC = 0.91", "(MAPE) = 4.37%" are values
    # "by 5% (85% to 90%)": the measure's values before and after the change
    paired = "score" if _change_pair(lowers, num, lo) is not None else None
    marked = paired or _slash_role(tt, num, lo, hi) or _plus_role(tt, num, lo, hi)
    if marked is not None:
        return marked  # "16.2/25", "2,564/2,566", "(+ 3% gIoU)", "35+ PSNR"
    if _is_setting(tt, num, hi, in_metric) or _fixed_point(tt, num, lo, in_metric):
        return "setting"
    if num.signed or num.unit == "points" or tt.texts[num.i].startswith("+"):
        return "delta"
    if _points_after(tt, num, hi, in_metric):
        return "delta"  # "6 AUC points", "12 F1 points"
    if _delta_before(lowers, num.i, lo, in_metric) or _delta_after(lowers, num.end, hi):
        return "delta"
    if _example_of_margin(lowers, num.i, lo) or _gain_range(lowers, num.i, lo):
        return "delta"
    if _after_gain_colon(lowers, num.i, lo) and not _own_gain_bracket(lowers, num.end, hi):
        return "delta"
    up_to = prv == "to" and num.i - 2 >= lo and lowers[num.i - 2] == "up"
    if up_to and not _share_of_reference(lowers, num.end, hi):  # "up to 102% of the baseline"
        role = _up_to_role(lowers, num.i - 2, lo)
        # "with up to 94% accuracy": a best score its measure names right after it, or right
        # before it after a score verb ("achieved an overall accuracy up to 97.8%")
        measured = num.end in in_metric or _verb_measure_before(lowers, num.i - 3, lo, in_metric)
        return "score" if role == "other" and measured else role
    if _bound_or_statistic(lowers, num, lo, hi, in_metric):
        return "other"
    if prv in HEDGE_WORDS:
        num.hedged = True
    num.belittled = _belittled(lowers, num.i, lo, in_metric)
    return "score"


_BELITTLED_SKIP = _ARTICLES | {"of", "score", "scores", "=", ":"}


def _belittled(lowers: list[str], i: int, lo: int, in_metric: frozenset[int] | set[int]) -> bool:
    """ "only 45%", and "reaches only an F1-score of 0.672", "only a 12% success rate": a
    belittling word before the number, or before the measure phrase that leads to it."""
    k = i - 1
    while k >= lo and (k in in_metric or lowers[k] in _BELITTLED_SKIP):
        k -= 1
    return k >= lo and lowers[k] in _BELITTLING


# --------------------------------------------------------------------------- binding


@dataclass
class Binding:
    metric: _M | None = None
    metric_cue: float = 0.0
    dataset: _M | None = None
    dataset_cue: float = 0.0
    system: str | None = None
    system_cue: float = 0.0
    drop: bool = False
    uncertain: bool = False  # the sentence structure leaves the system open: below the bar
    rival: bool = False  # another system in the clause may own the number (a smaller doubt)
    paired: _M | None = None  # the system a coordinated subject list pairs with the number
    also: tuple[str, ...] = ()  # further systems the same number is of ("A and B each get X")
    also_metrics: tuple[_M, ...] = ()  # further measures of the number ("accuracy and F1 of X")
    scored_on: bool = False  # "scores 85.3 on D": a score with no measure named (_scored_on)
    described_data: bool = False  # "… on synthetic test data": on data it names not

    @property
    def doubtful(self) -> bool:
        """Some doubt about the binding: the structure, or a rival system."""
        return self.uncertain or self.rival

    @property
    def metrics_named(self) -> tuple[_M | None, ...]:
        """The number's measure and the further ones it shares ("accuracy and F1 of X")."""
        return (self.metric, *self.also_metrics)


def _based_plural(tt: TokenTable, m: _M) -> bool:
    """ "Mamba-based architectures", "CNN-based methods": the name heads a class."""
    k = based_head(tt, m)
    return k is not None and tt.lowers[k].endswith("s") and not tt.lowers[k].endswith("ss")


class _Binder:
    """Binds the numbers of one sentence to metric, dataset and system by cues."""

    def __init__(self, tt: TokenTable, ms: list[_M], lo: int, hi: int, ctx: _DocContext) -> None:
        self.tt = tt
        self.lowers = tt.lowers
        self.lo, self.hi = lo, hi
        self.ctx = ctx
        measured = {m.start for m in ms if m.label_ == "Metric"}
        ms = [
            self._with_resolution(self._named_part(self._as_dataset(m)))
            for m in ms
            # "a GSM8K accuracy of X": the article is the measure's
            if m.end in measured or not self._described(m)
        ]
        ms = self._among_datasets(ms)
        ms = self._appositive_datasets(ms)
        self.ms = ms
        self.metrics = [m for m in ms if m.label_ == "Metric"]
        self.datasets = [m for m in ms if m.label_ == "Dataset"]
        self.systems = [
            m for m in ms if m.label_ in SYSTEM_TYPES and not self._a_class(m) and not self._base(m)
        ]
        self.starts = {m.start: m for m in ms}
        self.sent_dataset = self._sentence_dataset()
        self.paired: dict[int, _M] = {}  # number token → system of a subject list
        self.shared: dict[int, list[_M]] = {}  # number token → the other systems it is of
        self.slash_metrics: list[_M] = []  # the metrics of "Dice/recall of 0.66/0.73"
        self.paired_data: dict[int, list[_M]] = {}  # first number of a group → its datasets

    def _modifier(self, m: _M) -> bool:
        """ "a perplexity-based defense": the mention modifies the noun after it."""
        return m.end < self.hi and self.lowers[m.end] in _MODIFIER_SUFFIXES

    def _appositive_datasets(self, ms: list[_M]) -> list[_M]:
        """ "the MATH Olympiad benchmark AIME": a dataset named right after another's head
        noun is the one meant; the description before it is not a second dataset."""
        starts = {m.start for m in ms if m.label_ == "Dataset"}
        lowers = self.lowers

        def described(m: _M) -> bool:
            if m.label_ != "Dataset" or m.end >= self.hi:
                return False
            if m.end in starts:  # the head inside the mention
                return lowers[m.end - 1] in DATASET_HEADS
            return lowers[m.end] in DATASET_HEADS and m.end + 1 in starts

        return [m for m in ms if not described(m)]

    def _named_part(self, m: _M) -> _M:
        """ "the ZORB-QAR traffic accident dataset": a dataset no knowledge base knows, whose
        name is followed by lower-case words describing its data, is the name alone."""
        if m.label_ != "Dataset" or m.id_ != "head_noun":
            return m
        texts = self.tt.texts
        end = m.start
        while end < m.end and _name_token(texts[end]) and not texts[end].islower():
            end += 1
        if end == m.start or end == m.end or not texts[end].isalpha() or not texts[end].islower():
            return m
        name = self.tt.span_text(m.start, end)
        return _new_entity(self.tt, m.start, end, "Dataset", name, "named_part")

    def _with_resolution(self, m: _M) -> _M:
        """ "ImageNet 256×256": a dataset at a resolution is its own variant Dataset, named
        with an ASCII "x" (as "ImageNet 256x256" is)."""
        if m.label_ != "Dataset" or m.end >= self.hi:
            return m
        texts = self.tt.texts
        size = _RESOLUTION.match(texts[m.end])
        if size is not None:
            base, end, w, h = m.end, m.end + 1, size.group(1), size.group(2)
        elif (  # "ImageNet 256 x 256", where the mention took the "256"
            m.end + 1 < self.hi
            and m.end - 1 > m.start
            and texts[m.end] in ("x", "×")
            and _SIDE.match(texts[m.end - 1])
            and _SIDE.match(texts[m.end + 1])
        ):
            base, end, w, h = m.end - 1, m.end + 2, texts[m.end - 1], texts[m.end + 1]
        else:
            return m
        name = f"{self.tt.span_text(m.start, base)} {w}x{h}"
        return _new_entity(self.tt, m.start, end, "Dataset", name, "resolution")

    def _base(self, m: _M) -> bool:
        """ "The proposed approach yields a SAM-based model, …": what the paper's system is
        built on, never the system its numbers are of (outside the contribution, "the
        GPT-4o-based agent" is credited to GPT-4o)."""
        return m.start in self.ctx.bases

    def _a_class(self, m: _M) -> bool:
        """ "detection frameworks", "Mamba-based architectures": a class of systems, never
        the one a number is of (not "the GPT-4o-based agent": one system, GPT-4o's)."""
        return class_of_methods(self.tt.texts, m) or _based_plural(self.tt, m)

    def described_system(self, m: _M) -> bool:
        """ "the top-performing approach": describes a system, names none."""
        return described_system(self.tt.texts, m)

    def _in_mention(self, k: int) -> bool:
        return any(m.start <= k < m.end for m in self.ms)

    def _described(self, m: _M) -> bool:
        return described(self.tt, m, self.lo)

    def _as_dataset(self, m: _M) -> _M:
        """A Model/Method mention that the text calls a dataset ("the Fatality Analysis
        Reporting System (FARS) dataset"), or a task's short name so used ("the SBVQA
        benchmark"): bound as the Dataset it is."""
        if m.label_ not in SYSTEM_TYPES and m.label_ != "Task":
            return m
        k = m.end
        if k < self.hi and self.lowers[k] == ")":
            k += 1
        if k >= self.hi or self.lowers[k] not in DATASET_HEADS:
            return m
        surface = self.tt.span_text(m.start, m.end)
        if surface.islower() and _plural_word(self.lowers[k]):
            return m  # "with distillation datasets": a kind of data, not a name
        if m.label_ != "Task":
            return m._replace(label_="Dataset")
        # "the SBVQA benchmark" after "Speech-Based VQA (SBVQA)": the task's benchmark, one
        # name (not a phrase: "the question answering benchmark")
        if " " in surface or surface.islower() or _plural_word(self.lowers[k]):
            return m  # not "four benchmark SCMI datasets": a kind of data
        return _new_entity(self.tt, m.start, m.end, "Dataset", surface, "task_benchmark")

    def _among_datasets(self, ms: list[_M]) -> list[_M]:
        """A Model/Method mention listed among Dataset mentions ("IC13, IC15, SVT, IIIT5K,
        SVTP") is bound as the Dataset it is listed as."""
        ms = sorted(ms, key=lambda m: m.start)

        def listed(a: _M, b: _M) -> bool:
            gap = self.lowers[a.end : b.start]
            if not gap or not all(w in (",", "and") for w in gap):
                return False
            # "On LiTS, T-MPEDNet achieves …": a fronted phrase, then the subject
            nxt = self.lowers[b.end] if b.end < self.hi else "."
            if gap == [","] and self._subject_run(ms, b):
                return False  # "On D, GPT-4o and Claude 3.5 Sonnet achieve …": the subjects
            return "and" in gap or nxt in _LIST_ENDS or nxt in DATASET_HEADS

        for _ in range(2):  # a second pass for a run of several such mentions
            for i, m in enumerate(ms):
                if m.label_ not in SYSTEM_TYPES:
                    continue
                before = i > 0 and ms[i - 1].label_ == "Dataset" and listed(ms[i - 1], m)
                after = (
                    i + 1 < len(ms) and ms[i + 1].label_ == "Dataset" and listed(m, ms[i + 1])
                )
                if before or after:
                    ms[i] = m._replace(label_="Dataset")
        return ms

    def _subject_run(self, ms: list[_M], first: _M) -> bool:
        """Do the Model/Method mentions coordinated from ``first`` on ("GPT-4o and Claude 3.5
        Sonnet") end right before a score verb, as a clause's subject does?"""
        by_start = {m.start: m for m in ms if m.label_ in SYSTEM_TYPES}
        m: _M | None = first
        k = first.end
        while m is not None:
            k = m.end
            while k < self.hi and self.lowers[k] in (",", "and"):
                k += 1
            m = by_start.get(k)
        return k < self.hi and self.lowers[k - 1] not in (",", "and") and (
            self.lowers[k] in SCORE_VERBS
        )

    # -- metric

    def metric_before(self, num: Num) -> _M | None:
        """ "accuracy of X", "a Dice score with X", "CER from X", "the accuracy on D from X"."""
        in_dataset = {k for d in self.datasets for k in range(d.start, d.end)}
        for m in self.metrics:
            between = range(m.end, num.i)
            if not 0 <= num.i - m.end <= 6:
                continue
            if all(self.lowers[k] in _METRIC_LINK for k in between) and (
                len(between) <= 3 or self._valued_link(between)
            ):
                return m  # "accuracy of X"; "WER with a score of X"
            if _change_to(self.lowers, between):
                return m  # "AMC23 accuracy rising from 63% to 80%", "accuracy improved to X"
            if [self.lowers[k] for k in between] in _AS_FAR_AS:
                return m  # "FPRs as low as 0.000073%"
            if self.lowers[num.i - 1] == "(" and (
                len(between) == 1 or (len(between) == 2 and self.lowers[m.end] in _MEASURE_HEADS)
            ):
                return m  # "BLEU-4 (0.586) and ROUGE-L (0.650)", "the MRR@10 score (0.843)"
            if [self.lowers[k] for k in between] == ["(", "from"]:
                return m  # "tripling linear probing accuracy (from 21.8% to 72.5%)"
            if all(k in in_dataset or self.lowers[k] in _DATASET_LINK for k in between) and (
                self.lowers[num.i - 1] not in ("in", "on") or in_dataset.intersection(between)
            ):
                return m  # "accuracy on GSM8K from 61.2%" (not "accuracy in 10 dB noise")
            if self._of_system_from(m, num):
                return m  # "the accuracy of GPT-4o from 41.1% to 96.3%"
        of_system = self._metric_of_system(num)
        if of_system is not None:
            return of_system[0]  # "the accuracy of GPT-4o was 81.2%"
        return self._metric_of_copula(num)

    def _valued_link(self, between: range) -> bool:
        """ "with a score of", "with an average value of": four words that give the value."""
        words = [self.lowers[k] for k in between]
        return len(words) == 4 and words[-1] == "of" and words[-2] in _VALUE_NOUNS

    def _metric_of_system(self, num: Num) -> tuple[_M, _M] | None:
        """ "the accuracy of GPT-4o was 81.2%": (metric, system) of a metric, "of", a system's
        name and a copula (or ":") right before the number."""
        k = num.i - 1
        if k - 1 <= self.lo or self.lowers[k] not in _OF_SYSTEM_LINK:
            return None
        s = next((m for m in self.systems if m.end == k), None)
        if s is None or s.start - 2 < self.lo:
            return None
        j = s.start - 1 - (self.lowers[s.start - 1] == "the")
        m = self.metric_ending(j)
        return (m, s) if m is not None and j >= self.lo and self.lowers[j] == "of" else None

    def _system_of_metric(self, num: Num) -> _M | None:
        """The system of "the accuracy of GPT-4o was 81.2%" (see :meth:`_metric_of_system`)."""
        of_system = self._metric_of_system(num)
        return of_system[1] if of_system is not None else None

    def _of_system_from(self, m: _M, num: Num) -> bool:
        """ "win rate of M from X": the metric, "of", a system's name, "from", the number."""
        if self.lowers[m.end] != "of" or self.lowers[num.i - 1] != "from":
            return False
        k = m.end + 1 + (self.lowers[m.end + 1] == "the")
        s = self.starts.get(k)
        return s is not None and s.label_ in SYSTEM_TYPES and s.end == num.i - 1

    def _metric_of_copula(self, num: Num) -> _M | None:
        """ "the f1-scores of the model performance are 73.33%": metric, "of" + a short
        lower-case phrase, a copula right before the number."""
        if num.i - 1 <= self.lo or self.lowers[num.i - 1] not in ("is", "are", "was", "were"):
            return None
        for m in reversed(self.metrics):
            if m.end >= num.i or num.i - m.end > 8 or self.lowers[m.end] != "of":
                continue
            words = self.tt.texts[m.end + 1 : num.i - 1]
            if not HUMAN_WORDS.isdisjoint(words):
                return None  # "the f1-scores of the radiologist are …": people's scores
            return m if all(w.isalpha() and w.islower() for w in words) else None
        return None

    def metric_right_after(self, num: Num) -> _M | None:
        """A metric mention right after the number ("95% accuracy", a score's "0.59 in
        precision"): it names the number's measure even after "a macro average of" or
        "accuracy with"."""
        m = self.starts.get(num.end)
        if (
            m is None
            and num.end + 1 < self.hi
            and self.lowers[num.end] == "in"
            and "respectively" not in self.lowers[num.end : self.hi]  # pairs: see _respective_*
        ):
            # "achieves 0.59 in precision and 0.64 in recall" (mostly a change: "gains of 2%
            # in BLEU", "outperforms B by 0.96dB in PSNR and 0.03 in LPIPS")
            m = self.starts.get(num.end + 1) if self._score_led(num) else None
            if m is not None and m.end < self.hi and self.lowers[m.end] in _CHANGE_LINKS:
                return None  # "achieves 1.9% in mAP50 over the baseline"
        return m if m is not None and m.label_ == "Metric" else None

    def _score_led(self, num: Num) -> bool:
        """A score verb ("achieves", "scoring") or "a performance / score(s) of" leads to the
        number, with no word of a change or a comparison between them."""
        lowers = self.lowers
        for k in range(num.i - 1, max(self.lo, num.i - 25) - 1, -1):
            w = lowers[k]
            if w in DELTA_WORDS or w in DELTA_VERBS or w in _CHANGE_LINKS or w.startswith(
                COMPARISON_VERBS
            ):
                return False
            if w == "of" and k > self.lo and lowers[k - 1] in _SCORE_NOUNS:
                return True
            if w in SCORE_VERBS and not any(m.start <= k - 1 < m.end for m in self.metrics):
                return True  # not the noun of "BLEU scores"
        return False

    def metric_after(self, num: Num) -> _M | None:
        """ "X% accuracy", "X% top-1 classification accuracy" (up to 3 words between); for a
        delta also "X% absolute improvement in mAP"; past a gain in brackets ("81.12% (+17.2%)
        average accuracy")."""
        start = self._past_gain_bracket(num.end)
        for k in range(start, min(self.hi, start + 5)):
            m = self.starts.get(k)
            if m is not None and m.label_ == "Metric":
                # "a perplexity-based defense": a measure a method is based on is no number's
                return None if self._modifier(m) else m
            w = self.lowers[k]
            if num.role == "delta" and (w in DELTA_WORDS or w in ("in", "of")):
                continue
            if w in _BREAK or w in _DATASET_PREP or k >= start + 4:
                return None
            if w == "at" and k == start:
                return self._ranked_at(k + 1)  # "70.60% at Recall@1"
            if w == "at" or _NUMBER.match(self.tt.texts[k]):
                return None  # "0.642 at IoU thresholds of …": the measure fixes the point
        return None

    def _ranked_at(self, k: int) -> _M | None:
        """ "achieves 70.60% at Recall@1 compared to …": a rank cut-off measure right after
        "at", with no value of its own after it, is the number's measure (not the point
        another measure is read at, as in "at an FMR of 0.01%")."""
        m = self.starts.get(k)
        if m is None or m.label_ != "Metric" or not _AT_K.search(self.tt.span_text(m.start, m.end)):
            return None
        after = self.lowers[m.end] if m.end < self.hi else ""
        return None if after in ("of", "=", ":") or _NUMBER.match(after) else m

    def _past_gain_bracket(self, k: int) -> int:
        """The token after a bracket at ``k`` that holds only a signed number ("(+17.2%)"),
        else ``k``."""
        texts = self.tt.texts
        if k + 2 >= self.hi or texts[k] != "(" or texts[k + 1][:1] not in ("+", "-", "−"):
            return k
        j = k + 2 + (self.lowers[k + 2] in _PERCENT or self.lowers[k + 2] == "points")
        return j + 1 if j < self.hi and texts[j] == ")" else k

    def metric_after_dataset(self, num: Num) -> _M | None:
        """ "an 83.1% score on MATH-500 (pass@1)": the metric in brackets right after the
        number's dataset."""
        d = self.dataset_after(num.end)
        if d is None or d.end + 2 >= self.hi or self.lowers[d.end] != "(":
            return None
        m = self.starts.get(d.end + 1)
        if m is None or m.label_ != "Metric" or m.end >= self.hi or self.lowers[m.end] != ")":
            return None
        return m

    def measure_acronym(self, num: Num) -> _M | None:
        """A short upper-case name that no rule knows, or a measure word ("sensitivity"), in a
        measure's place: right after the number ("54.0 PQ on ADE20K", "25.28% CTR in", "95.5%
        mAP@0.5 and", "0.97 sensitivity,", "86.5 EM / 89.3 F1") or right before "of" and the
        number ("NMSE of 0.019", "an HD95 of 6.1 mm"). It names the metric."""
        k = num.end
        if k < self.hi and self._measure_word(k):
            nxt = self.lowers[k + 1] if k + 1 < self.hi else "."
            if nxt in _BREAK or nxt in _DATASET_PREP or nxt in ("at", "with"):
                return self._acronym_metric(k)
            if nxt == "/" and k + 2 < self.hi and _NUMBER.match(self.tt.texts[k + 2]):
                return self._acronym_metric(k)  # "86.5 EM / 89.3 F1 on SQuAD 2.0"
        k = num.i - 2
        if k < self.lo or self.lowers[num.i - 1] not in _VALUE_LINK:
            return None
        tex = self._tex_measure(k)
        if tex is not None:
            return tex
        if self.lowers[k] == ")" and k - 2 >= self.lo and self.lowers[k - 2] == "(":
            k -= 1  # "Dice Similarity Coefficient (DSC) of 85.4%": the short name in brackets
        if k - 1 >= self.lo and self.lowers[k - 1] in _SYSTEMS:
            return None  # "the best-performing model EffNet-B0 of 0.980": a system's name
        if self._measure_word(k):
            return self._acronym_metric(k)
        text = self.tt.texts[k]
        plural = text.endswith("s") and self.lowers[num.i - 1] == "of"
        if plural and self._measure_word(k, text[:-1]):
            # "AUCs of 0.98 (B2), 0.95 (B5)"; not "… on leading MLRMs: 76.48% on S" (a list)
            return self._acronym_metric(k, text[:-1])
        return None

    def _tex_measure(self, k: int) -> _M | None:
        """A measure written in TeX right before "of"/":"/"=" (token ``k``), maybe with a
        "score" head: "an R$^2$ score of 0.82", "$\\Delta_{HSD}$: 14.35" — named by its
        letters ("R2", "DeltaHSD"), never by a measure named earlier."""
        end = k + 1
        if self.lowers[k] == "score":
            k -= 1
        start = k
        while start >= self.lo and _TEX_PART.search(self.tt.texts[start]) and k - start < 3:
            start -= 1
        start += 1
        if start > k:
            return None
        name = _tex_name("".join(self.tt.texts[start : k + 1]))
        if not name or not name[0].isalpha() or len(name) > 12:
            return None
        return _new_entity(self.tt, start, end, "Metric", name, "measure_acronym")

    def measure_phrase(self, num: Num) -> _M | None:
        """ "a diversity score of 0.6198", "an execution rate of 96%": lower-case words and a
        measure head right before "of" and the number name a measure no list knows; so do
        one or two lower-case words and a head right after the number, ending the phrase ("a
        44.5% driving score on D")."""
        after = self._measure_phrase_after(num)
        if after is not None:
            return after
        k = num.i - 2
        if k <= self.lo or self.lowers[num.i - 1] != "of" or self.lowers[k] not in _PHRASE_HEADS:
            return None
        start = k
        while start - 1 >= self.lo and k - start < 2:
            w = self.tt.texts[start - 1]
            if not (w.isalpha() and w.islower()) or w in _ARTICLES or self._in_mention(start - 1):
                break
            if w in SCORE_VERBS or w in _CHANGE_VERBS or w in _PHRASE_BOUNDS:
                break  # "achieving concordance index of 0.77", "with average score of": not in it
            start -= 1
        while start < k and self.lowers[start] in _PHRASE_STOP:
            start += 1  # "a high success rate of": the measure is "success rate"
        if start == k:
            return None
        name = self.tt.span_text(start, k + 1)
        return _new_entity(self.tt, start, k + 1, "Metric", name, "measure_phrase")

    def _measure_phrase_after(self, num: Num) -> _M | None:
        """ "a 44.5% driving score on D" (see :meth:`measure_phrase`)."""
        start = num.end
        k = start
        while k < self.hi and k - start < 2 and self.tt.texts[k].isalpha():
            w = self.tt.texts[k]
            if not w.islower() or w in _PHRASE_STOP or self._in_mention(k) or w in _PHRASE_HEADS:
                break
            k += 1
        if k == start or k >= self.hi or self.lowers[k] not in _PHRASE_HEADS:
            return None
        if self.lowers[k] == "ratio":
            return None  # "a 4% poisoning ratio", "99% outlier ratio": how the data is set up
        nxt = self.lowers[k + 1] if k + 1 < self.hi else "."
        before = _skip_back(self.lowers, num.i - 1, self.lo, _LEAD_WORDS)
        scored_on = self.lowers[k] == "score" and nxt in _DATASET_PREP  # "… drive score on D"
        if before >= self.lo and self.lowers[before] in _CONDITION_PREP and not scored_on:
            return None  # "with a 10% condensation rate": a condition, not a result
        if nxt not in _BREAK and nxt not in _DATASET_PREP:
            return None
        name = self.tt.span_text(start, k + 1)
        return _new_entity(self.tt, start, k + 1, "Metric", name, "measure_phrase")

    def _measure_word(self, k: int, text: str | None = None) -> bool:
        """Token ``k`` (or ``text`` read at its place) is a measure word or a short name."""
        if text is None:
            text = self.tt.texts[k]
        if self._in_mention(k) or text.lower() in STATISTIC_WORDS:
            return False
        return text.lower() in MEASURE_WORDS or _AT_K.match(text) is not None or (
            _ACRONYM.match(text) is not None
            and not text.endswith("s")  # "GPUs", "LLMs": things counted
            and text not in STOP_ACRONYMS
            and not _setting_noun(text.lower())
            and not _has_word_part(text)
        )

    def _acronym_metric(self, k: int, name: str | None = None) -> _M:
        if name is None:
            name = self.tt.texts[k]
        if name.lower() in MEASURE_WORDS and not name.isupper():
            name = name.lower()  # "Sensitivity" at a sentence start is "sensitivity"
        known = _known_metric(name)  # "AUROCs" read as "AUROC": the gazetteer's AUC
        if known is not None:
            eid = _register(self.tt, "Metric", *known)
            return _M(k, k + 1, "Metric", eid, "measure_acronym")
        return _new_entity(self.tt, k, k + 1, "Metric", name, "measure_acronym")

    def qualifiers(self, m: _M, num: Num) -> list[str]:
        """The qualifiers the mention leaves out ("macro" F1, "89% top-1 classification
        accuracy"), in text order: the result's metric is not the mention's."""
        found: list[int] = []
        if m.start > self.lo and _qualifier(self.lowers[m.start - 1]):
            found.append(m.start - 1)
        found += [
            k
            for k in range(m.start, m.end)
            if _qualifier(self.lowers[k])
            and self.lowers[k].split("-")[0] not in m.kb_id_  # "Macro F1" linked to plain F1
        ]
        if m.start >= num.end:
            found += [k for k in range(num.end, m.start) if _qualifier(self.lowers[k])]
        words_ = {k: self.lowers[k] for k in found}
        for k in range(max(self.lo + 1, m.start - 1), m.end):  # "image -level AUROC"
            if self.lowers[k] in _LEVEL_SUFFIXES and self.lowers[k - 1] in LEVEL_UNITS:
                words_[k] = self.lowers[k - 1] + self.lowers[k]
        return [words_[k] for k in sorted(words_)]

    def _metric_before(self, m: _M) -> str | None:
        """The name of a Metric mention right before ``m`` that ``m`` is a variant of."""
        for other in self.metrics:
            if other.end == m.start and other.kb_id_ != m.kb_id_:
                entity = self.tt.entities.get(other.kb_id_)
                return entity["name"] if entity is not None else None
        return None

    def qualified_metric(self, m: _M, num: Num) -> _M | None:
        """The metric with the qualifiers the mention leaves out, as its own Metric entity
        ("Macro F1-score" linked to F1 → ``metric:macro-f1``, named "macro F1"); ``m`` when
        there are none, ``None`` when the base metric has no name to qualify."""
        quals = self.qualifiers(m, num)
        family = self._metric_before(m)  # "BERTScore F1", "ROUGE-L F1": F1 of that measure
        if not quals and family is None:
            return m
        base = self.tt.entities.get(m.kb_id_)
        if base is None:
            return None
        # a qualifier the base's name already has is not said twice ("top-50 accuracy" met
        # again: not "top-50 top-50 accuracy")
        have = set(base["name"].lower().split())
        words_ = [w for w in (QUALIFIER_FORMS.get(q, q) for q in quals) if w not in have]
        if not words_ and family is None:
            return m
        if family is not None:
            words_.insert(0, family)
        name = " ".join(dict.fromkeys([*words_, base["name"]]))
        eid = _register(self.tt, "Metric", name, base.get("higher_is_better"))
        surface = self.tt.span_text(m.start, m.end)
        for q in quals:  # "image-level AUROC" (of AUC): the text's own name, as an alias
            if surface.lower().startswith(q):
                surface = surface[len(q) :].lstrip()
        alias = " ".join(dict.fromkeys([*words_, surface]))
        aliases = self.tt.entities[eid]["aliases"]
        if alias.lower() != name.lower() and alias not in aliases:
            aliases.append(alias)
        return m._replace(kb_id_=eid)

    def own_measure(self, num: Num, lo: int) -> bool:
        """ "a Dice score of 0.92, Hausdorff distance of 0.69": a noun phrase of its own before
        "of" names the number's measure (one we do not know), after token ``lo``; so does a
        lower-case noun right before its bracket ("harmlessness (0.92)")."""
        k = num.i - 1
        if k - 1 >= max(lo, self.lo) and self.lowers[k] == "(":
            return self.measure_noun(k - 1)  # "while reducing hallucination (5.23%)"
        if k - 1 < max(lo, self.lo) or self.lowers[k] not in _VALUE_LINK:
            return False
        w = self.lowers[k - 1]
        if w in _MEASURE_HEADS and k - 2 >= max(lo, self.lo) and not self._in_mention(k - 2):
            w = self.lowers[k - 2]  # "a hallucination rate of 11.5%": a measure of its own
            if w.endswith(("ing", "ed")) and any(
                lo <= m.start and m.end < k - 1 for m in self.metrics
            ):
                # "improved accuracy, achieving rates of 81.37%": the head alone, the measure
                # said before it (not "achieved scores of 0.854 (B-1), 0.883 (CIDEr)")
                return False
        return w.isalpha() and w not in _METRIC_LINK and w not in _BREAK and w not in _ARTICLES

    def edition_list(self, d: _M) -> bool:
        """ "CROHME 2014/2016/2019": the dataset is one of a slashed list of editions."""
        k = d.end
        return k + 1 < self.hi and self.lowers[k] == "/" and self.tt.texts[k + 1].isdigit()

    def metric_ending(self, end: int) -> _M | None:
        """The Metric mention of the clause that ends at token ``end`` (exclusive), if any."""
        return next((m for m in self.metrics if m.end == end), None)

    def dataset_ending(self, end: int) -> _M | None:
        """The Dataset mention of the clause that ends at token ``end`` (exclusive), if any."""
        return next((m for m in self.datasets if m.end == end), None)

    def measure_before_from(self, num: Num) -> _M | None:
        """The Metric mention of the clause before the "from" (or "to") right before ``num``
        ("the accuracy of LLaVA on ZorbQA from"), across mentions and link words only."""
        k = num.i - 1
        if k <= self.lo or self.lowers[k] not in ("from", "to"):
            return None  # "to" of "raises the AUC to 0.949 from 0.873"
        j = k - 1
        while j >= max(self.lo, k - 12):
            m = self.metric_ending(j + 1)
            if m is not None:
                return m
            w = self.lowers[j]
            if self._in_mention(j) or w in _FROM_LINK or w in _CHANGE_VERBS:
                j -= 1
                continue
            before_name = j + 1 < k and self._in_mention(j + 1)
            if before_name and self._adjective(j) and not _prepositional(w):
                j -= 1  # "the accuracy of the base subquadratic model from": a name's adjective
                continue
            if j == k - 1 and w in _CHANGE_NOUNS:
                j -= 1  # "an accuracy increase from": the measure's change, named as a noun
                continue
            if (t := self.past_data_tail(j)) < j:
                j = t  # "accuracy on the Video-MME benchmark from", "… the D test set from"
                continue
            if j + 1 < k and self.lowers[j + 1] in _CHANGE_VERBS and _degree_adverb(w):
                j -= 1  # "accuracy further improves to", "F1 steadily rises from"
                continue
            return self._changed_measure(j)
        return None

    def _changed_measure(self, head: int) -> _M | None:
        """ "reduces mean translational error from X to Y": lower-case words and a measure
        head right after a change verb (and an article) name a measure no list knows."""
        if self.lowers[head] not in _PHRASE_HEADS:
            return None
        start = head
        while start - 1 >= self.lo and head - start < 3:
            w = self.tt.texts[start - 1]
            if not (w.isalpha() and w.islower()) or self._in_mention(start - 1):
                break
            if w in _ARTICLES or w in _CHANGE_VERBS:
                break
            start -= 1
        verb = start - 1
        if verb >= self.lo and self.lowers[verb] in _ARTICLES:
            verb -= 1
        if start == head or verb < self.lo or self.lowers[verb] not in _CHANGE_VERBS:
            return None
        name = self.tt.span_text(start, head + 1)
        return _new_entity(self.tt, start, head + 1, "Metric", name, "measure_phrase")

    def past_data_tail(self, j: int) -> int:
        """The last token of the name before a head and split words that end at ``j`` ("the
        Video-MME benchmark", "the L2-ARCTIC test set"), else ``j``."""
        k = j
        while k > max(self.lo, j - 3) and (
            self.lowers[k] in DATASET_HEADS
            or self.lowers[k] in _SPLIT_NOUNS
            or self.lowers[k] in _SPLIT_WORDS
        ):
            k -= 1
        return k if k < j and self._in_mention(k) else j

    def measure_noun(self, k: int) -> bool:
        """A lower-case noun at ``k`` that no mention covers and that is no data, split or
        system word: what a bracketed number after it measures."""
        w = self.tt.texts[k]
        return (
            w.isalpha()
            and w.islower()
            and not self._in_mention(k)
            and w not in _BREAK
            and w not in _ARTICLES
            and w not in _METRIC_LINK
            and w not in _RESULT_NOUNS
            and w not in DATASET_HEADS
            and w not in _DATASET_FILLER
            and w not in _SYSTEMS
            and w not in _BASELINE_WORDS
        )

    def bare(self, num: Num) -> bool:
        """Nothing follows the number that could name its own measure ("97% and", "90% on")."""
        if num.end >= self.hi:
            return True
        nxt = self.lowers[num.end]
        return (
            nxt in _BREAK
            or nxt in _DATASET_PREP
            or nxt in ("respectively", "was", "were", "value", "values", "/")
            or nxt in _VERSUS  # "45.3 vs 26.7 F1 score"
            or nxt in _CONDITION_PREP  # "21.19% during the final phase"
            or (num.end in self.starts and self.starts[num.end].label_ == "Metric")
        )

    # -- dataset

    def dataset_of_metric(self, num: Num, metric: _M | None) -> _M | None:
        """ "a GSM8K accuracy of 91.2%", "AMC23 accuracy rising from 63% to 80%": the dataset
        named right before the number's measure, which stands before the number."""
        if metric is None or metric.end > num.i:
            return None
        k = metric.start
        while k - 1 >= self.lo and self.lowers[k - 1] in ("test", "'s", "-"):
            k -= 1
        return self.dataset_ending(k)

    def dataset_after(self, k: int) -> _M | None:
        """ "on (the) D", "on the D test set" starting at token ``k``; also after a short
        bracket or a result noun ("71.3% (not pretrained) on D", "68.3% performance on D")."""
        lowers = self.lowers
        if k < self.hi and lowers[k] == "(" and ")" in lowers[k + 1 : k + 9]:
            inner = lowers[k + 1 : lowers.index(")", k + 1)]
            if len(inner) - 2 * inner.count("/") <= 3:  # "(286.5/400 solved tasks)"
                k = lowers.index(")", k + 1) + 1
        if k < self.hi and lowers[k] in _VALUE_UNITS:
            k += 1  # "an MPJPE of 38.0 mm on Human3.6M": the value's unit
        while k < self.hi and (lowers[k] in _DATASET_FILLER or lowers[k] in _RESULT_NOUNS):
            k += 1
        if k >= self.hi or lowers[k] not in _DATASET_PREP:
            return None
        k = self._part_of(k + 1)
        for j in range(k, min(self.hi, k + 4)):
            m = self.starts.get(j)
            if m is not None:
                return m if m.label_ == "Dataset" and self._describes(k, j, m) else None
            if lowers[j] == "'s" or (j + 1 < self.hi and lowers[j + 1] == "'s"):
                continue  # its owner: "on kaggle's DFDC dataset", "on NASA's C-MAPSS"
            if self._unknown_name(j):
                return self.unread_dataset(j) or self.dataset_variant(j)
            if lowers[j] in _ANAPHORS and lowers[j - 1] == "the":
                # "on the test set": the one dataset the sentence names before it ("Applied
                # to the D benchmark, S achieves X on the test set"), else the one the paper
                # introduces or evaluates on
                said = {m.kb_id_ for m in self.datasets if m.end <= k}
                own = next(iter(said)) if len(said) == 1 else None
                own = own or self.ctx.benchmark or self.ctx.evaluated
                if own:
                    return _M(j, j + 1, "Dataset", own, "anaphora")
            if lowers[j] in _ARTICLES or lowers[j].endswith(("-annotated", "-level")):
                continue
            if not (j > k and lowers[k] == "the" and self._adjective(j)):
                return None
        return None

    def elided_pair(self, start: int, f: int) -> bool:
        """Tokens ``[start, f)`` only join another "on D from X to Y" to the one before it
        (", and on AIME 2024"), or another "from X to Y on D" ("on Arena-Hard and"): the
        verb and the measure are the first pair's."""
        gap = [k for k in range(start, f) if not self._in_mention(k)]
        words_ = [self.lowers[k] for k in gap]
        if not words_ or not all(w in _PAIR_JOINERS or w in DATASET_HEADS for w in words_):
            return False
        if words_[-1] == "and":
            return True  # "… to 48.3 on Arena-Hard and from 22.33 to 57.23 on AlpacaEval2"
        return words_[0] in (",", "and") and any(
            self.starts.get(k) is not None for k in range(start, f)
        )

    def _adjective(self, k: int) -> bool:
        """A plain lower-case word that may describe the name after it ("the challenging"),
        or a compound of such words ("the widely-used", "the large-scale")."""
        text = self.tt.texts[k]
        return (
            text.replace("-", "").isalpha()
            and text[0] != "-" != text[-1]
            and text.islower()
            and text not in DATASET_HEADS
            and text not in _ANAPHORS
            and text not in _BREAK
            and text not in _DATASET_PREP
        )

    def _describes(self, k: int, j: int, m: _M) -> bool:
        """Words between "on" and the Dataset mention ``m`` at ``j`` only describe it: no
        more than one adjective unless the mention ends in a data set head ("on the most
        challenging D benchmark")."""
        adjectives = sum(1 for i in range(k, j) if self.lowers[i] not in _ARTICLES)
        headed = m.end < self.hi and self.lowers[m.end] in DATASET_HEADS
        return adjectives <= 1 or headed

    def _list_headed(self, k: int) -> bool:
        """ "…, NUDT-SIRST, and IRTSD-1K datasets" from token ``k`` (a "," or "and"): a list
        of Dataset mentions or names no rule knows that ends in a data set head."""
        lowers = self.lowers
        for _ in range(8):
            while k < self.hi and lowers[k] in (",", "and"):
                k += 1
            m = self.starts.get(k)
            if m is not None and m.label_ == "Dataset":
                k = m.end
            elif m is None and self._unknown_name(k):
                while k < self.hi and (self._unknown_name(k) or lowers[k] == "-"):
                    k += 1
            else:
                return False
            if k < self.hi and lowers[k] in DATASET_HEADS:
                return True
            if k >= self.hi or lowers[k] not in (",", "and"):
                return False
        return False

    def unread_dataset(self, k: int) -> _M | None:
        """A data set no rule found, named by the text as one: a name (capitalised tokens,
        glued parts) at token ``k`` followed by a data set head ("the ZorbSet dataset", "the
        MMAU test-mini benchmark", "the ASR set"), or listed with a Dataset mention that is
        ("the PlantVillage and PaddyLeaf datasets"). Registered as its own Dataset entity."""
        tt, lowers = self.tt, self.lowers
        end = k
        while end < self.hi and end - k < 4 and (
            self._unknown_name(end) or (lowers[end] == "-" and end > k)
        ):
            end += 1
        if end == k or lowers[end - 1] == "-":
            return None
        j = end
        while j < self.hi and j - end < 3 and self._name_filler(lowers[j]):
            j += 1  # "test", "-", "mini" of "the MMAU test-mini benchmark"
        headed = j < self.hi and (lowers[j] in DATASET_HEADS or lowers[j - 1] in ("set", "split"))
        if not headed and j == end and j + 1 < self.hi and lowers[j] in (",", "and"):
            headed = self._list_headed(j)
        if not headed:
            return None
        name = tt.span_text(k, end)
        return _new_entity(tt, k, end, "Dataset", name, "unread_dataset")

    def dataset_variant(self, k: int) -> _M | None:
        """ "Foggy Cityscapes", "Tiny ImageNet": capitalised words no rule knows (at token
        ``k``) right before a Dataset mention name a variant of it, a Dataset of its own."""
        end = k
        while end < self.hi and end - k < 2 and self._unknown_name(end):
            end += 1
        m = self.starts.get(end)
        if end == k or m is None or m.label_ != "Dataset":
            return None
        return self._data_named(k, m.end, "dataset_variant")

    @staticmethod
    def _name_filler(w: str) -> bool:
        if w in _DATASET_FILLER or w == "-" or _SPLIT_CODE.match(w):
            return True  # (a split's code: "the CSJ eval3 set", "the COCO val2017 split")
        plain = w.replace("-", "").isalpha() and w.islower()
        return plain and w not in DATASET_HEADS and w not in _BREAK and w not in _DATASET_PREP

    def _part_of(self, k: int) -> int:
        """ "on the most challenging split of D": the token after "of" (else ``k``)."""
        for j in range(k, min(self.hi - 1, k + 6)):
            w = self.lowers[j]
            if w == "of" and j > k and self.lowers[j - 1].rstrip("s") in _DATASET_FILLER:
                return j + 1
            if not (w.isalpha() and w.islower()):
                return k
        return k

    def unknown_dataset(self, num: Num, b: Binding) -> bool:
        """The number is on a named thing that is no mention: "X% on ASR" (after the number
        and its metric) or "2Wiki (X%)" in a list of datasets."""
        k = b.metric.end if b.metric is not None and b.metric.start >= num.end else num.end
        while k < self.hi and self.lowers[k] in _DATASET_FILLER:
            k += 1
        if k + 1 < self.hi and self.lowers[k] in ("on", "in"):
            j = self._part_of(k + 2 if self.lowers[k + 1] == "the" else k + 1)
            if j < self.hi and self._unknown_name(j) and self.tt.texts[j] not in LANGUAGES:
                return True  # "X% on ZorbSet", "X% on the hardest split of ZorbSet"
        if num.i - 2 >= self.lo and self.lowers[num.i - 1] == "(" and self.datasets:
            # "Gemini 2.5 Pro (69.7%)" is a system's number, not one on an unknown name
            return self._unknown_name(num.i - 2) and self._parenthesised(num) is None
        return False

    def named_data(self, num: Num, b: Binding) -> _M | None:
        """ "61.7% accuracy on Zorbset.", "an F1 of 0.958 on SMM-Zorb 2025, …": a name no rule
        knows right after "on" and the number (and its metric), ending the clause, read
        as its own Dataset entity — unless it reads as a model ("on Llama-3-8B"), a language
        or a common word."""
        listed = self._listed_data(num)
        if listed is not None:
            return listed
        k = b.metric.end if b.metric is not None and b.metric.start >= num.end else num.end
        while k < self.hi and self.lowers[k] in _DATASET_FILLER:
            k += 1
        if k + 1 >= self.hi or self.lowers[k] != "on":
            return None  # "74.9% in Perception": a category, not a data set
        start = self._part_of(k + 2 if self.lowers[k + 1] == "the" else k + 1)
        if self.lowers[start] in DATASET_HEADS:
            return None  # "on Dataset 2a": a part we cannot name
        end = start
        while end < self.hi and end - start < 3 and (
            self._unknown_name(end) or (end > start and YEAR.match(self.tt.texts[end]))
        ):
            end += 1
        if end > start and (variant := self.dataset_variant(start)) is not None:
            return variant  # "53.1 mAP on Foggy Cityscapes"
        if end == start or (
            end < self.hi
            and self.lowers[end] not in _NAME_END
            and self.lowers[end] not in _CONDITION_PREP  # "on ZorbSet without voting"
        ):
            return None
        return self._data_named(start, end, "named_data")

    def _listed_data(self, num: Num) -> _M | None:
        """ "HotpotQA (91.2%), 2Wiki (93.7%)": a name no rule knows, with its number in
        brackets, listed like a dataset of the sentence that has its own bracketed number."""
        k = num.i - 2
        if k < self.lo or self.lowers[num.i - 1] != "(" or not self._unknown_name(k):
            return None
        if not any(
            d.end + 1 < self.hi
            and self.lowers[d.end] == "("
            and _NUMBER.match(self.tt.texts[d.end + 1])
            for d in self.datasets
        ):
            return None
        start = k
        while start - 1 >= self.lo and self._unknown_name(start - 1) and k - start < 2:
            start -= 1
        return self._data_named(start, k + 1, "listed_data")

    def _data_named(self, start: int, end: int, rule: str) -> _M | None:
        """Tokens ``[start, end)`` as a Dataset of their own — unless they read as a model
        ("Llama-3-8B"), a language or a common word."""
        name = self.tt.span_text(start, end)
        if name in LANGUAGES or name in STOP_NAMES or _model_like(name):
            return None
        return _new_entity(self.tt, start, end, "Dataset", name, rule)

    @cached_property
    def unnamed_data(self) -> bool:
        """ "On polyp dataset, S reaches X", "Evaluated on test dataset, S achieved X": the
        sentence names no dataset, but says its data is one it describes."""
        if self.datasets:
            return False
        lowers, texts = self.lowers, self.tt.texts
        for k in range(self.lo, self.hi - 1):
            if lowers[k] not in ("on", "in"):
                continue
            j = k + 1
            while j < min(self.hi, k + 5) and texts[j].isalpha() and texts[j].islower():
                if lowers[j] in DATASET_HEADS:  # "on polyp dataset", not "in the dataset"
                    words = [w for w in lowers[k + 1 : j] if w not in _ARTICLES]
                    return (
                        bool(words)
                        and lowers[k + 1] not in _ANAPHORS
                        and not lowers[j].endswith(("s", "corpora"))
                        and _COUNT_WORDS.isdisjoint(words)
                    )
                if lowers[j] in _ANAPHORS and lowers[j - 1] == "the":
                    break  # "on the test set": the paper's one dataset, if it has one
                j += 1
        return False

    def on_described_data(self, num: Num, k: int) -> bool:
        """ "an accuracy of 99.49% on synthetic test data", "on held-out test data": the
        number is on data the sentence describes in lower-case words and names no further
        (no name follows), so on no dataset of another sentence, nor the paper's own."""
        lowers, texts = self.lowers, self.tt.texts
        if k + 2 >= self.hi or lowers[k] not in ("on", "in") or lowers[k + 1] in _ARTICLES:
            return False
        j = k + 1
        while j < min(self.hi, k + 5) and texts[j].isalpha() and texts[j].islower():
            if lowers[j] in ("data", "dataset"):  # (a "… test set" is a split of the one)
                named = j + 1 < self.hi and texts[j + 1][:1].isupper()
                return j > k + 1 and not named and lowers[k + 1] not in _ANAPHORS
            j += 1
        return False

    def on_unread(self, num: Num, k: int) -> bool:
        """ "35.8% accuracy on video spatial reasoning benchmark VSI-bench": the number says
        which data it is on (``on``/``in`` right after it and its metric, at token ``k``),
        but not as a dataset we read — so no dataset of another sentence or the paper's own
        benchmark is its dataset. ("on the test set" and "on average" are not such data.)"""
        lowers = self.lowers
        if k + 1 >= self.hi or lowers[k] not in ("on", "in"):
            return False
        rest = lowers[k + 1 : k + 4]
        if rest[:1] == ["average"] or (rest[:1] == ["the"] and rest[1:2] and rest[1] in _ANAPHORS):
            return False
        return any(w in DATASET_HEADS for w in lowers[k + 1 : min(self.hi, k + 6)])

    def bracketed_data(self, num: Num) -> _M | str | None:
        """ "MAEs of 5.38 (MMPD), 0.70 (VitalVideo)": the name in brackets right after the
        number is its data — the Dataset mention, or ``"unknown"`` for a name we have no
        entity for (a system or metric in the brackets is not data, nor a short category
        code such as "(B2)")."""
        k = num.end
        if k + 2 >= self.hi or self.lowers[k] != "(" or ")" not in self.lowers[k + 2 : k + 5]:
            return None
        m = self.starts.get(k + 1)
        if m is not None:
            return m if m.label_ == "Dataset" and self.lowers[m.end] == ")" else None
        close = self.lowers.index(")", k + 1)
        name = "".join(self.tt.texts[k + 1 : close])
        if sum(c.isalpha() for c in name) < 3:
            return None  # "(B2)", "(T1)": a category code, not a data set's name
        if all(self._unknown_name(j) or self.lowers[j] == "-" for j in range(k + 1, close)):
            return "unknown"
        return None

    def names_unknown_data(self) -> bool:
        """The sentence puts something no rule knows, or a system, in a dataset's place ("On
        VirtualHome, our method achieves …")."""
        for k in range(self.lo, self.hi - 1):
            if self.lowers[k] in ("on", "in"):
                j = k + 2 if self.lowers[k + 1] == "the" else k + 1
                if j < self.hi and (self._unknown_name(j) or self._system_at(j)):
                    return True
        return False

    @cached_property
    def data_by_reference(self) -> bool:
        """Does the sentence put its numbers on data it names only by reference ("in the above
        datasets", "on the respective datasets"), not on all of them together? Once per
        sentence."""
        lowers = self.lowers
        for k in range(self.lo, self.hi - 2):
            said = lowers[k] in _DATASET_PREP and lowers[k + 1] == "the"
            if said and lowers[k + 2] in _REFERRING:
                heads = lowers[k + 3 : min(self.hi, k + 6)]
                if any(w in DATASET_HEADS and _plural_word(w) for w in heads):
                    return True
        return False

    def _system_at(self, k: int) -> bool:
        return any(m.start == k for m in self.systems)

    def _unknown_name(self, k: int) -> bool:
        text = self.tt.texts[k]
        named = (
            text[:1].isupper()
            # "2Wiki", "3DMatch"; not a lower-case descriptor: "1-hop", "5-shot", "10-fold"
            or (text[:1].isdigit() and any(c.isupper() for c in text))
            or (text[:1].islower() and any(c.isupper() for c in text[1:]))  # "arXiv", "eICU"
        )
        return not self._in_mention(k) and named and any(c.isalpha() for c in text)

    def _sentence_dataset(self) -> _M | None:
        """The one dataset the sentence evaluates on: "On D, …", "Experiments on D show",
        "Using the ImageNet dataset, we demonstrate …"."""
        found: dict[str, _M] = {}
        for m in self.datasets:
            window = self.lowers[max(self.lo, m.start - 6) : m.start]
            appositive = window[-1:] != [] and window[-1] in DATASET_HEADS  # "benchmark AIME"
            # "on public benchmarks, MVTec LOCO AD, with an AUROC of …": set off by commas
            comma_apposed = (
                window[-2:-1] != []
                and window[-2] in DATASET_HEADS
                and window[-1] == ","
                and self._closed_apposition(m)
            )
            near = window if appositive or comma_apposed else window[-4:]
            nxt = self.lowers[m.end] if m.end < self.hi else ""
            if "(" in window[-1:] and nxt in (",", "and"):
                continue  # the first of a bracketed list: "datasets (A, B, and C)"
            if not _USED_DATA_PREP.intersection(near) and "(" not in window[-1:]:
                continue
            if self._trained_on(m) or (
                "," in window[-3:] and not self._opening_adverb(m.start) and not comma_apposed
            ):
                continue
            if nxt in (",", "and") and self._list_goes_on(m.end):
                return None  # a list: "on the Kvasir-SEG, NCI-ISBI, and ISIC datasets"
            found.setdefault(m.kb_id_, m)
        for m in self.datasets:  # "the Japanese … Exam benchmark (IgakuQA)": one dataset
            short = self._short_form(m)
            if short is not None and short.kb_id_ in found and short.kb_id_ != m.kb_id_:
                found.pop(m.kb_id_, None)  # (one entity under both names stays found)
        return next(iter(found.values())) if len(found) == 1 else None

    def fronted_dataset(self, num: Num) -> _M | None:
        """The dataset of a later clause that names it before its number ("On D1, S achieves
        an MAE of 2.61, and on D2 an MAE of 1.52"): after the sentence's dataset, "on" or
        "for" before it, and no number between it and ``num``."""
        first = self.sent_dataset
        for d in reversed(self.datasets):
            if first is None or d.start <= first.start or d.end > num.i:
                continue
            k = _skip_back(self.lowers, d.start - 1, self.lo, _ARTICLES)
            between = self.lowers[d.end : num.i]
            if k < self.lo or self.lowers[k] not in ("on", "for"):
                return None
            if any(_NUMBER.match(w) for w in between) or ";" in between:
                return None
            return d
        return None

    def _list_goes_on(self, k: int) -> bool:
        """A list of names goes on at token ``k``: another dataset right after ", "/"and", or
        "and <Name>" / ", <Name>," / ", <Name> and" ("across MVTec-AD, VisA, and Real-IAD";
        not "On D, S achieves")."""
        if any(k < d.start <= k + 2 and d.kb_id_.startswith("dataset:") for d in self.datasets):
            return True
        texts, lowers = self.tt.texts, self.lowers
        j = k + 1
        while j < self.hi and j - k <= 3 and texts[j][:1].isupper():
            j += 1
        if j == k + 1 or j >= self.hi:
            return False
        return lowers[k] == "and" or lowers[j] in (",", "and")

    def _closed_apposition(self, m: _M) -> bool:
        """ "…, MVTec LOCO AD, with …": one name set off by commas (not the first of a list:
        "three datasets, WISDM, PAMAP2, and OPPORTUNITY")."""
        k = m.end
        while k < self.hi and self._in_mention(k):
            k += 1  # "MVTec LOCO AD" with "AD" an abbreviation of its own
        if k + 1 >= self.hi or self.lowers[k] != ",":
            return False
        nxt = self.tt.texts[k + 1]
        return nxt.isalpha() and nxt.islower() and nxt not in ("and", "or")

    def _opening_adverb(self, k: int) -> bool:
        """ "Notably, on D": D right after a preposition that follows the sentence's opening
        word and its comma."""
        lowers = self.lowers
        return (
            k - 3 == self.lo
            and lowers[k - 2] == ","
            and lowers[k - 1] in _DATASET_PREP
            and lowers[self.lo].isalpha()
        )

    def only_dataset(self, num: Num) -> _M | None:
        """The sentence's sole dataset (:attr:`_sole_dataset`) when it is in the number's
        clause ("S reached X, and the recognizer got Y on D": not X's)."""
        m = self._sole_dataset
        if m is None:
            return None
        a, b = (m.end, num.i) if m.end <= num.i else (num.end, m.start)
        between = self.lowers[a:b]
        if not _CONTRAST.isdisjoint(between):
            return None
        for k in range(len(between) - 2):
            if between[k] == "," and between[k + 1] == "and" and between[k + 2] in _NEW_SUBJECT:
                return None  # another clause, with its own subject
        return m

    @cached_property
    def _sole_dataset(self) -> _M | None:
        """The one dataset the sentence names, not trained on, when the sentence speaks of no
        other data ("for the CXR dataset, … for the CRC dataset"); once per sentence."""
        if len({m.kb_id_ for m in self.datasets}) != 1 or self.names_unknown_data():
            return None
        heads = sum(w in DATASET_HEADS for w in self.lowers[self.lo : self.hi])
        for m in self.datasets:
            if m.end < self.hi and self.lowers[m.end] in DATASET_HEADS:
                heads -= 1
        m = self.datasets[0]
        return None if heads > 0 or self._trained_on(m) else m

    def _trained_on(self, m: _M) -> bool:
        """Is ``m`` the data its clause trains on: a training cue in the six words before it
        ("pre-trained on D"), or further back with no comma, score verb or number between ("We
        train a U-Net model from scratch on Sentinel-2 imagery, achieving …"; not "a fine-tuning
        recipe that yields 58.8% accuracy on the MATH dataset")? Fine-tuning adapts a model to
        the data it is then scored on, so it is no such cue ("fine-tuning LLaMA 7B on MNLI with
        S achieves 91.3% accuracy")."""
        blocked = False
        for k in range(m.start - 1, max(self.lo, m.start - 12) - 1, -1):
            w = self.lowers[k]
            if w in TRAIN_CUES and w not in TUNE_CUES and (m.start - k <= 6 or not blocked):
                return True
            blocked = blocked or w in (",", ";", ":") or w in SCORE_VERBS or bool(_NUMBER.match(w))
        return False

    @cached_property
    def numbers_on_models(self) -> bool:
        """Does the sentence put a percentage on a model ("76.48% on Gemini 2.0 Flash")?"""
        lowers = self.lowers
        for k in range(self.lo + 1, self.hi - 1):
            if lowers[k] == "%" and lowers[k + 1] == "on":
                m = self.starts.get(k + 2)
                if m is not None and m.label_ == "Model":
                    return True
        return False

    def only_evaluated(self, num: Num, b: Binding) -> _M | None:
        """ "We evaluate S on D. … S achieves a Dice score of 0.91": the paper's one
        EVALUATED_ON dataset, named in a sentence before, for a score with its own measure in
        a sentence that names no data."""
        ctx = self.ctx
        if (
            ctx.evaluated is None
            or not ctx.evaluated_any
            or ctx.evaluated_before is None
            or ctx.evaluated_before >= self.lo
            or b.metric is None
            or b.metric_cue < 0.3
            or self.datasets
            or self.unnamed_data
            or self.names_unknown_data()
        ):
            return None
        return _M(num.i, num.end, "Dataset", ctx.evaluated, "only_evaluated")

    def _after_last(self, k: int, words: Collection[str]) -> int:
        """The token after the last of ``words`` before token ``k`` in the sentence (the
        sentence's start when there is none): where the clause of ``k`` starts."""
        back = range(k - 1, self.lo - 1, -1)
        return next((j + 1 for j in back if self.lowers[j] in words), self.lo)

    def clause_datasets(self, num: Num) -> list[_M]:
        """The datasets of the number's part of the sentence, between semicolons ("we built
        D, a dataset …; proposed S …; and showed S achieving X")."""
        lowers = self.lowers
        lo = self._after_last(num.i, (";",))
        hi = next((k for k in range(num.end, self.hi) if lowers[k] == ";"), self.hi)
        return [m for m in self.datasets if lo <= m.start < hi]

    def _short_form(self, m: _M) -> _M | None:
        for k in range(m.end, min(self.hi, m.end + 3)):
            if self.lowers[k] == "(":
                nxt = self.starts.get(k + 1)
                return nxt if nxt is not None and nxt.label_ == "Dataset" else None
        return None

    # -- system

    def system_of(self, num: Num) -> tuple[_M | None, bool]:
        """(named system, explicitly bound) for a number; (None, False) when none is named."""
        paren = self._parenthesised(num)
        if paren is not None:
            return self._own_tier(paren), True
        paired = self.paired.get(num.i)
        if paired is not None:
            return self._own_tier(paired), True
        after = (
            self._for_system(num)
            or self._system_in_brackets(num)
            or self._compared_with(num)
            or self._followed_by(num)
        )
        if after is not None:
            return self._own_tier(after), True
        owner = (
            self._possessor(num)
            or self._with_system_at(num)
            or self._system_of_metric(num)
            or self._agent_before(num)
            or self._colon_label(num)
            or self.name_right_before(num)
        )
        if owner is not None:
            return self._own_tier(owner), True
        subject = self._subject(num)
        return (self._own_tier(subject) if subject is not None else None), False

    def _own_tier(self, m: _M) -> _M:
        """ "o3-mini", "GPT-4o mini" linked to their family (o3, GPT-4o): a result's system is
        the tier the text names, as its own Model entity."""
        if m.label_ != "Model":
            return m
        surface = self.tt.span_text(m.start, m.end)
        tier = re.split(r"[\s\-]+", surface)[-1].lower()
        name = str(self.tt.entities.get(m.kb_id_, {}).get("name") or "")
        if tier not in MODEL_TIERS or tier in name.lower() or kb_key(surface) == kb_key(name):
            return m
        return _new_entity(self.tt, m.start, m.end, "Model", surface, "own_tier")

    def _parenthesised(self, num: Num) -> _M | None:
        """ "GPT-4o (66.82%)", "RankGPT (65.8 and 62.9)", "ARIMA (MAE: 87.73, RMSE: 125.22)"."""
        opening = self._bracket_list_open(num)
        if opening is None:
            return self._labelled_in_brackets(num)
        for m in reversed(self.systems):
            between = self.tt.texts[m.end : opening]
            if m.end > opening or len(between) > 4:
                continue
            # "the baseline EVA-02 model (0.848)", "outperforming T5 by 3% (29.67%)"
            if between[-1:] and between[-1].lower() in SUBJECT_HEADS:
                between = between[:-1]
            if between[:1] == ["by"] and (
                between[-1] in ("%", "points") or _NUMBER.match(between[-1].lstrip("+"))
            ):
                return m
            if len(between) <= 3 and all(_name_token(t) for t in between):
                return m
        return None

    def _bracket_list_open(self, num: Num) -> int | None:
        """The "(" that opens right before ``num`` or before the plain numbers listed ahead of
        it in the same bracket ("(65.8 and 62.9)", "(71.2%, 64.0%)")."""
        k = num.i - 1
        while k > self.lo and (
            self.lowers[k] in ("and", ",", "%") or _NUMBER.match(self.lowers[k])
        ):
            k -= 1
        return k if k > self.lo and self.lowers[k] == "(" else None

    def _labelled_in_brackets(self, num: Num) -> _M | None:
        """ "Prophet (MAE: 59.78, RMSE: 81.22) and ARIMA (MAE: 87.73, …)": numbers labelled
        with their measures in brackets right after a system's name are that system's (a name
        no rule knows, one to three tokens after a comparison word, is read as a Model of its
        own; not "pre-capillary PH (AUC = 0.86)", a subgroup)."""
        k = num.i - 1
        labelled = False
        while k > self.lo and num.i - k <= 12 and self.lowers[k] != "(":
            w = self.lowers[k]
            if self._in_metric(k):
                labelled = True
            elif w not in _LABEL_GAP and not _NUMBER.match(self.tt.texts[k]):
                return None
            k -= 1
        if not labelled or k <= self.lo or self.lowers[k] != "(":
            return None
        m = next((m for m in self.systems if m.end == k), None)
        if m is not None:
            return m
        start = k
        while start - 1 > self.lo and k - start < 3 and self._unknown_name(start - 1):
            start -= 1
        before = self.lowers[self.lo : start]
        compared = any(_comparison_word(w) for w in before)
        return self._listed_model(start, k) if start < k and compared else None

    def _in_metric(self, k: int) -> bool:
        return any(m.start <= k < m.end for m in self.metrics)

    def _listed_before(self, num: Num) -> bool:
        """Is ``num`` listed after another number ("88.1% and 90.2%")?"""
        k = num.i - 1
        if k - 1 < self.lo or self.lowers[k] not in ("and", ",", "/"):
            return False
        return self.lowers[k - 1] == "%" or _NUMBER.match(self.tt.texts[k - 1]) is not None

    def _past_score_word(self, k: int) -> int:
        """Past the number's measure and a "score(s)" after it ("0.729 macro F1 score")."""
        while k < self.hi and self._in_metric(k):
            k += 1
        return k + 1 if k < self.hi and self.lowers[k] in _MEASURE_HEADS else k

    def _for_after(self, end: int) -> int | None:
        """The "for" right after a number (and its measure) that ends at ``end``."""
        k = end
        while k < self.hi and self._in_metric(k):
            k += 1
        return k if k < self.hi and self.lowers[k] == "for" else None

    def _system_in_brackets(self, num: Num) -> _M | None:
        """ "score 27% (Claude 3.7 Sonnet) and 15% (Gemini 2.5 Pro)": the system in brackets
        right after the number."""
        k = num.end
        if k + 1 >= self.hi or self.lowers[k] != "(":
            return None
        m = self.starts.get(k + 1)
        return m if m is not None and m.label_ in SYSTEM_TYPES else None

    def _for_system(self, num: Num) -> _M | None:
        """ "37.5% for GPT-4o", "the 20.32 of a vanilla transformer", and the passive "the
        lowest WER of 0.133 is achieved by S"."""
        k = num.end
        listed = self._past_listed_numbers(k)
        if k < listed < self.hi and self.lowers[listed] == "for":
            k = listed  # "compared with 97.8% and 79.2% for S": the list's system
        measured = self._for_after(self._past_score_word(k))
        if measured is not None and measured > k and not self._listed_before(num):
            # "a 0.729 macro F1 score for BERT": past the number's measure (not "88.1% and
            # 90.2% accuracy for ResNet-50 and ViT-B": the list's own pairing)
            k = measured
        if k < self.hi and self.lowers[k] not in ("for", "of", "by"):
            bracketed = num.i - 1 >= self.lo and self.lowers[num.i - 1] == "("
            k = self._passive_by(k, bracketed)
        if k >= self.hi or self.lowers[k] not in _AGENT_PREP:
            return None
        for j in range(k + 1, min(self.hi, k + 4)):
            m = self.starts.get(j)
            if m is not None:
                # not a lower-case phrase only its head makes a method ("0.96 for annual
                # mean fields"): what was measured, not who
                return m if m.label_ in SYSTEM_TYPES and m.id_ != "method_phrase" else None
        return None

    def _past_listed_numbers(self, k: int) -> int:
        """Past the numbers listed from token ``k`` (", 79.2%", "and 0.79") → the token after."""
        lowers = self.lowers
        while k + 1 < self.hi and lowers[k] in (",", "and") and _NUMBER.match(lowers[k + 1]):
            k += 2
            if k < self.hi and lowers[k] in _PERCENT:
                k += 1
        return k

    def _compared_with(self, num: Num) -> _M | None:
        """ "compared to CheXZero with 0.746 AUC", "than S with X": the compared system's own
        number."""
        k = num.i - 1
        while k > self.lo and self.lowers[k] in ("a", "an", "only", "just"):
            k -= 1
        if k <= self.lo or self.lowers[k] != "with":
            return None
        m: _M | None = next((m for m in self.systems if m.end == k), None)
        start = m.start if m is not None else k
        while m is None and start - 1 > self.lo and self._unknown_name(start - 1):
            start -= 1  # "compared to CheXZero with 0.746": a name no rule knows
        if start == k:
            return None
        before = self.lowers[max(self.lo, start - 2) : start]
        if not _compared_lead(before, _VERSUS_THAN):
            return None
        return m if m is not None else self._listed_model(start, k)

    def _followed_by(self, num: Num) -> _M | None:
        """ "S achieves 74.7%, followed (closely) by T at 67.2% and U (F1: 65.6%)": a system
        listed after "followed by" owns the number right after it."""
        m = next((m for m in reversed(self.systems) if m.end <= num.i), None)
        if m is None or num.i - m.end > 4:
            return None
        if any(
            self.lowers[j] not in _FOLLOWED_GAP and not self._in_mention(j)
            for j in range(m.end, num.i)
        ):
            return None  # "T (F1: 88.68%)", "T at 67.2%"
        k = m.start - 1
        while k > self.lo:  # back over the systems listed before T to "followed by"
            w = self.lowers[k]
            if w == "by":
                j = k - 2 if self.lowers[k - 1] == "closely" else k - 1
                return m if j >= self.lo and self.lowers[j] == "followed" else None
            if w in SCORE_VERBS or not (
                w in _FOLLOWED_LIST or _NUMBER.match(self.tt.texts[k]) or self._in_mention(k)
            ):
                return None
            k -= 1
        return None

    def name_right_before(self, num: Num) -> _M | None:
        """ "versus ViT 96.36%", "XLM-RoBERTa 88.1% for Sinhala": a system's name right
        before a percentage or decimal is whose number it is."""
        m = next((m for m in self.systems if m.end == num.i), None)
        if m is None or (num.unit is None and "." not in self.tt.texts[num.i]):
            return None
        return None if self._base(m) or self._a_class(m) else m

    def _colon_label(self, num: Num) -> _M | None:
        """ "(DeepSeek R1: 66% win-rate; o3-mini: 64%)", "(Deepseek: 0.98, Qwen: 0.99)": a
        named system right before a colon labels the number after it."""
        k = num.i - 1
        if k - 1 <= self.lo or self.lowers[k] != ":":
            return None
        m = next((m for m in self.systems if m.end == k), None)
        if m is None or m.start - 1 < self.lo:
            return None
        return m if self.lowers[m.start - 1] in ("(", ",", ";") else None

    def _agent_before(self, num: Num) -> _M | None:
        """ "The best results were achieved by the YOLOv8-nano model (…), with an mAP50 of
        88.94%": the named agent of a passive score verb before the number, with no other
        system, number or clause break between."""
        lowers = self.lowers
        for k in range(num.i - 1, max(self.lo, num.i - 21), -1):
            w = lowers[k]
            if w in _CLAUSE_BREAKS or _NUMBER.match(self.tt.texts[k]):
                return None
            if w != "by" or lowers[k - 1] not in SCORE_VERBS or k - 2 < self.lo:
                continue
            if lowers[k - 2] not in ("was", "were", "is", "are", "been"):
                return None
            agent = next((m for m in self.systems if k < m.start <= k + 2), None)
            if agent is None or any(agent.end <= m.start < num.i for m in self.systems):
                return None
            return agent if agent.end <= num.i else None
        return None

    def _passive_by(self, k: int, bracketed: bool = False) -> int:
        """The "by" (or "with", "using") of "… is achieved by" within a few tokens after ``k``
        (else ``self.hi``): no other number, clause break or comma between; past the bracket
        of a bracketed number ("the best accuracy (91.2%) was obtained by S")."""
        if bracketed and k < self.hi and self.lowers[k] == ")":
            k += 1
        for j in range(k, min(self.hi - 2, k + 6)):
            w = self.lowers[j]
            if w in _BREAK or w == "," or _NUMBER.match(self.tt.texts[j]):
                break
            if w in _BE and self.lowers[j + 1] in SCORE_VERBS and self.lowers[j + 2] in _BY_AGENT:
                return j + 2
        return self.hi

    def systems_listed_after(self, group: list[Num]) -> list[_M]:
        """ "36% and 37.5% for Qwen2.5-32B and Deepseek-R1-70B, respectively": the known
        systems listed right after "for" that follows a group of numbers (and its measure), in
        order; empty unless the list is only systems and ends in "respectively", and the
        numbers follow a comparison (not "ours achieves X and Y for ResNet and ViT": the
        paper's method run on named models is the paper's)."""
        before = self.lowers[max(self.lo, group[0].i - 5) : group[0].i]
        if not any(_comparison_word(w) for w in before):
            return []
        k = self._for_after(group[-1].end)  # "0.148 and 0.143 DINO score for …"
        if k is None:
            return []
        found: list[_M] = []
        k += 1
        while k < self.hi:
            while k < self.hi and self.lowers[k] in (",", "and", "the"):
                k += 1
            m = self.starts.get(k)
            if m is None or m.label_ not in SYSTEM_TYPES:
                break
            found.append(m)
            k = m.end
        k += k < self.hi and self.lowers[k] == ","
        return found if k < self.hi and self.lowers[k] == "respectively" else []

    def subject_list(self, num: Num) -> list[_M]:
        """ "A, B and C (models) achieve X, Y and Z": the coordinated systems before the score
        verb of ``num``, in order (empty when the subject is not such a list). A name no rule
        knows listed with a known system ("VGG16, Xception and DenseNet121 each achieve …")
        is read as a Model of its own."""
        verb = next(
            (k for k in range(num.i - 1, self.lo - 1, -1) if self.lowers[k] in SCORE_VERBS), None
        )
        if verb is None or ";" in self.lowers[verb : num.i]:
            return []
        k = verb
        while k - 1 > self.lo and self.lowers[k - 1] in _SUBJECT_TAIL:
            k -= 1
        found: list[_M | tuple[int, int]] = []
        while True:
            item = self._list_item(k)
            if item is None:
                break
            found.append(item)
            start = item.start if isinstance(item, _M) else item[0]
            gap_start = start
            while gap_start - 1 > self.lo and self.lowers[gap_start - 1] in (",", "and"):
                gap_start -= 1
            joined = "and" in self.lowers[gap_start:start]
            if gap_start == start or (len(found) == 1 and not joined):
                break  # "A, B and C": the last two are joined by "and"
            k = gap_start
        known = [m for m in found if isinstance(m, _M)]
        if len(found) < 2 or not known:
            return []
        first = found[-1].start if isinstance(found[-1], _M) else found[-1][0]
        if self._compared_list(first):
            return []  # "S outperforms baselines such as A and B, achieving X": S's number
        if len(known) < len(found) and any(m.label_ != "Model" for m in known):
            return []  # unknown names are typed by a listed Model
        return [m if isinstance(m, _M) else self._listed_model(*m) for m in found[::-1]]

    def _compared_list(self, first: int) -> bool:
        """Is the list starting at ``first`` the object of a comparison ("outperforms A and B",
        "than A and B", "outperforms baselines such as A and B") rather than a subject ("the
        best systems, such as A and B, reach X")?"""
        lead = self.lowers[first - 1] if first - 1 >= self.lo else ""
        if lead in _VERSUS or lead in ("than", "over", "against") or lead.startswith(
            COMPARISON_VERBS
        ):
            return True
        clause = self.lowers[self.lo : first - 1]
        return lead in ("as", "including", "like") and any(
            w.startswith(COMPARISON_VERBS) for w in clause
        )

    def alone_after_list(self, num: Num, subjects: list[_M]) -> bool:
        """Is ``num`` every listed system's: said distributively ("each", "all", "both") or
        right after the verb ("A and B achieve 92%"), with no other number or system between
        the list and it? ("A and B yield the best results, with 81.2%": whose?)"""
        between = range(subjects[-1].end, num.i)
        if any(m.start in between for m in self.systems) or any(
            _NUMBER.match(self.tt.texts[k]) and self.tt.texts[k][:1].isdigit() for k in between
        ):
            return False
        words = self.lowers[subjects[-1].end : num.i]
        if not _DISTRIBUTIVE.isdisjoint(words):
            return True
        verb = next((k for k, w in enumerate(words) if w in SCORE_VERBS), None)
        return verb is not None and all(w in _ARTICLES for w in words[verb + 1 :])

    def _list_item(self, end: int) -> _M | tuple[int, int] | None:
        """The system mention, or the run of unknown name tokens, that ends right before token
        ``end``."""
        for m in self.systems:
            if m.end == end:
                return m
        start = end
        while start - 1 >= self.lo and end - start < 3 and self._unknown_name(start - 1):
            start -= 1
        if start == end or self.tt.texts[start].lower() in STOP_ACRONYMS:
            return None
        if start - 1 >= self.lo and self._in_mention(start - 1):
            # the tail of a longer name: "ViT Hybrid" (the system it names), else unreadable
            m = next((m for m in self.systems if m.end == start), None)
            whole = self.full_name(m) if m is not None and self.truncated(m) else None
            return whole if whole is not None and whole.end == end else None
        return (start, end)

    def _listed_model(self, start: int, end: int) -> _M:
        name = self.tt.span_text(start, end)
        return _new_entity(self.tt, start, end, "Model", name, "listed_model")

    def _subject(self, num: Num) -> _M | None:
        """The Model/Method before the score verb that reports ``num`` ("S achieves X")."""
        verb = self._score_verb_before(num.i)
        if verb is None:
            return self._possessive(num)
        if self._unknown_name_before(verb) is not None:
            return None  # "… and SnapMix yields …": not an earlier system's number
        participle = self.lowers[verb].endswith("ing")
        main = self._subjectless_clause(verb) if participle else None
        if main is not None:  # "S achieved X, while maintaining Y": Y is S's too
            verb, participle = main, self.lowers[main].endswith("ing")
        if participle and verb - 1 >= self.lo and self.lowers[verb - 1] == ",":
            main = self._participle_subject(verb)
            if main is not False:
                return main
        for m in reversed(self.systems):
            # "a method using outputs refined by Gemini 2.0 achieved": not the subject
            if m.end > verb or self._agent_of_modifier(m):
                continue
            found = self._subject_at(m, verb, participle)
            if found is not False:
                return found
        return None

    def _score_verb_before(self, k: int) -> int | None:
        """The nearest score verb before token ``k`` in its clause: a ";" ends the clause,
        unless it is inside brackets ("(mean AUROC: 0.82; AUPRC: 0.32)")."""
        for j in range(k - 1, self.lo - 1, -1):
            # not "as demonstrated by S's accuracy" (a passive's agent follows) nor "shows
            # that S …" (a report of the clause after it)
            if self.lowers[j] in SCORE_VERBS and self.lowers[j + 1] not in ("by", "that"):
                return j
            if self.lowers[j] == ";" and _bracket_depth(self.lowers, self.lo, j) <= 0:
                return None
            if self._contrast_at(j):
                return None  # "S achieved X, while T provided … (Y)": T's clause, not S's
        return None

    def _contrast_at(self, j: int) -> bool:
        """Token ``j`` opens a clause with a named subject of its own ("…, while LMM
        provided"; not "while maintaining", "while the training accuracy rose")."""
        return self.lowers[j] in _CONTRAST_OPENERS and self.tt.texts[j + 1][:1].isupper()

    def _subjectless_clause(self, verb: int) -> int | None:
        """ "S achieved X, while maintaining Y", "thereby reaching Y": a participle after a
        subordinator has no subject of its own; the score verb of the clause before it, whose
        subject is the participle's."""
        k = verb - 1
        while k > self.lo and self.lowers[k].endswith("ly"):
            k -= 1
        if k <= self.lo or self.lowers[k] not in _SUBJECTLESS_OPENERS:
            return None
        return self._score_verb_before(k)

    def _subject_at(self, m: _M, verb: int, participle: bool) -> _M | bool | None:
        """Is system ``m`` before ``verb`` its subject (``m``), is the subject the paper's
        own or another clause's (None), or is ``m`` not it (False)?"""
        between = self.lowers[m.end : verb]
        if "our" in between or "we" in between or self.with_ours(m):
            # "Using A and B, our models achieve", "combining our framework with S achieves",
            # "Using a GAN, we reached": the paper's own
            return None
        if between[:2] == [",", "it"] and self._fronted_phrase():
            return None  # "Through feature augmentation, it …, reaching X": "it", ours
        if self._component_of(m):
            return False  # "XMB-BERT with the voting classifier achieved": XMB-BERT's
        if all(_name_token(t) for t in self.tt.texts[m.end : verb]):
            return m  # "Gemini 2.0 Flash achieving", "GPT-4.1 achieves"
        if not _CLAUSE_WORDS.isdisjoint(between[:-1]) or between[-1:] == [";"]:
            return None  # "… framework, where …, achieving": another clause's subject
        if "but" in between:
            return None  # "our approach not only outperforms S, but also achieves X"
        if _described_subject(between):
            return None  # "… than the GCN and GAT models and the hybrid model achieved X"
        if between[-1:] == ["and"] and self._compared_object(m, verb - 1):
            return False  # "S outperforms ResNet-50 and achieves X": S's, the verbs' subject
        if between in ([",", "which"], [",", "that"]) and self._based_on_object(m):
            return False  # "S, an SLM based on the Mistral-7B, which achieves X": S's
        if _names_the_verbs_subject(between, participle) or not self._after_preposition(m):
            return m
        return False

    def _fronted_phrase(self) -> bool:
        """Does the sentence open with a phrase fronted before its subject ("Through …,",
        "By leveraging …,", "Using …,")?"""
        first = self.lowers[self.lo]
        return first in _IT_FRONT_OPENERS or (first.endswith("ing") and len(first) > 4)

    def _based_on_object(self, m: _M) -> bool:
        """Is ``m`` what a based-on cue right before it names ("based on the Mistral-7B",
        "fine-tuned from Llama-2")?"""
        k = m.start
        while k - 1 > self.lo and self.lowers[k - 1] in _ARTICLES:
            k -= 1
        return any(end == k for _, end in phrase_spans(self.lowers, self.lo, k, BASED_ON_CUES))

    def _participle_subject(self, verb: int) -> _M | bool | None:
        """ "S outperforms A, B and other systems, achieving X": S's number; "Our approach
        leverages CNNs …, achieving X": the paper's own (None); False when neither."""
        main = self._main_subject(verb)
        if main is not False:
            return main
        return None if self.lowers[self.lo] in ("our", "we") else False

    def _main_subject(self, verb: int) -> _M | bool | None:
        """For a participle after a comma ("…, achieving X"): the system before the clause's
        comparison verb (``None`` when none is named there, so the sentence's own subject);
        ``False`` when the clause has no comparison verb."""
        cmp = next(
            (k for k in range(self.lo, verb) if self.lowers[k].startswith(COMPARISON_VERBS)),
            None,
        )
        if cmp is None:
            return False
        if "our" in self.lowers[max(self.lo, cmp - 3) : cmp]:
            return None  # "experiments showing our model outperforms …, achieving X"
        for m in self.systems:  # "By leveraging CoT, S surpasses …": the verb's own subject
            gap = self.lowers[m.end : cmp]
            if m.end <= cmp and all(w.endswith("ly") or w in _ADJACENT for w in gap):
                return m
        for m in self.systems:
            if m.end <= cmp and not self._after_preposition(m):
                return m
        return None

    def _clause_verb(self, num: Num) -> int | None:
        """The verb whose subject owns ``num``: the nearest score, comparison or subject verb
        before it; for a participle after a comma ("S outperforms A, achieving X") the
        comparison verb before that comma."""
        verb = None
        for k in range(num.i - 1, self.lo - 1, -1):
            w = self.lowers[k]
            if w == ";":
                return None
            if w in SCORE_VERBS or w in SUBJECT_VERBS or w.startswith(COMPARISON_VERBS):
                verb = k
                break
            if self._contrast_at(k):  # "…, while LMM provided … (Y)": the verb after LMM
                texts = self.tt.texts
                after = range(k + 2, min(k + 5, num.i))
                return next((j for j in after if texts[j].isalpha() and texts[j].islower()), None)
        if verb is None or not (self.lowers[verb].endswith("ing") and self.lowers[verb - 1] == ","):
            return verb
        return next(
            (
                k
                for k in range(verb - 2, self.lo - 1, -1)
                if self.lowers[k].startswith(COMPARISON_VERBS) or self.lowers[k] in SUBJECT_VERBS
            ),
            None,
        )

    def _subject_span(self, verb: int) -> tuple[int, int] | None:
        """The name tokens of the clause subject right before ``verb``, without adverbs and
        head nouns ("the Video Swin Tiny model achieved" → Video Swin Tiny; "the long
        short-term memory (LSTM) network" → LSTM), when the subject starts the clause."""
        end = verb
        raised = end - 3 >= self.lo and self.lowers[end - 1] == "to"  # "we find S to perform"
        end -= raised
        while end - 1 > self.lo and (
            self.lowers[end - 1].endswith("ly") or self.lowers[end - 1] in SUBJECT_HEADS
        ):
            end -= 1
        start = end
        if end - 3 > self.lo and self.lowers[end - 1] == ")":
            if "(" in self.tt.texts[end - 2]:
                start = end - 1  # "U-Net(light)" as one token and its ")"
            else:  # "long short-term memory (LSTM)": the name in brackets
                k = next((k for k in range(end - 2, end - 5, -1) if self.lowers[k] == "("), None)
                if k is None or k + 1 == end - 1:
                    return None
                lead = k
                while lead - 1 >= max(self.lo, k - 5) and self.lowers[lead - 1] not in (
                    _BREAK | _PRONOUNS
                ):
                    lead -= 1
                return (k + 1, end - 1) if self._clause_start(lead) else None
        start = self._name_before(start, end)
        if start == end and not raised:
            # "BiLSTM-CRF with fine-tuned fastText embeddings gets …": past the subject's
            # "with …" modifier (no break inside it)
            k = next(
                (k for k in range(end - 1, max(self.lo, end - 7), -1)
                 if self.lowers[k] in ("with", "using") or self.lowers[k] in _BREAK),
                None,
            )  # fmt: skip
            if k is not None and self.lowers[k] in ("with", "using"):
                end = k
                start = self._name_before(end, end)
        if start == end:
            return None
        if raised:  # the object of "find"/"show" is the subject of the verb after "to"
            return (start, end) if self.lowers[start - 1] in _RAISING_VERBS else None
        return (start, end) if self._clause_start(start) else None

    def _name_before(self, start: int, end: int) -> int:
        """``start`` moved back over the capitalised (or digit-bearing) name tokens before it,
        up to four before ``end``; unmoved when there are none."""
        while (
            start - 1 >= max(self.lo, end - 4)
            and self.lowers[start - 1] not in _BREAK | _PRONOUNS
            and any(c.isupper() or c.isdigit() for c in self.tt.texts[start - 1])
        ):
            start -= 1
        return start

    def _clause_start(self, start: int) -> bool:
        before = start - 1
        if before >= self.lo and self.lowers[before] == "the":
            before -= 1
        if before < self.lo or self.lowers[before] in _SUBJECT_OPENERS:
            return True
        # a coordinated clause: "…, and the text recognizer (TrOCR) obtained …"
        coordinated = self.lowers[before - 1 : before + 1] == [",", "and"]
        return coordinated and before - 1 >= self.lo

    def clause_name(self, num: Num) -> _M | None:
        """ "Donut outperforms Florence-2, achieving 88.5% precision", "U-Net(light) showed the
        best performance with 78%", "the LSTM network outperforms the other approaches with
        0.86", "the Video Swin Tiny model achieved": the system the clause names as its
        subject, a known mention or a name no rule knows (read as its own Model). None when
        the subject is not a name."""
        verb = self._clause_verb(num)
        if verb is None:
            return None
        span = self._subject_span(verb)
        if span is None:
            return None
        start, end = span
        while start < end - 1 and self.lowers[start] in _CLAUSE_OPENERS:
            start += 1  # "Although YOLOv12N recorded …": the name after the conjunction
        for m in self.systems:
            if start <= m.start and m.end <= end:
                return m  # "the long short-term memory (LSTM) network outperforms"
        if any(self._in_mention(k) for k in range(start, end)):
            return None
        texts = self.tt.texts[start:end]
        if texts[0] in STOP_ACRONYMS or not texts[0][:1].isupper():
            return None
        inner = any(c.isupper() or c.isdigit() for t in texts for c in t[1:])
        headed = len(texts) >= 2 and end < self.hi and self.lowers[end] in SUBJECT_HEADS
        if not inner and not headed and not self._named_elsewhere(start, end):
            return None  # "Experiments show …": a capitalised word, not a name
        return self._listed_model(start, end)

    def _named_elsewhere(self, start: int, end: int) -> bool:
        """Is the capitalised word at ``start`` written so elsewhere in the text too, not at a
        sentence start ("… two open-source VLMs: Donut and Florence-2." … "Donut outperforms")?"""
        text = self.tt.texts[start]
        for k, t in enumerate(self.tt.texts):
            if t == text and k != start and k > 0 and not self.tt.sent_start[k]:
                return True
        return False

    def others_number(self, num: Num) -> bool:
        """Is the score said to be other work's ("64.18% for existing methods") or any
        evaluated system's ("even the best-performing model achieves only 75.8%")?"""
        return self.for_others(num) or self.generic_subject(num)

    def system_between(self, num: Num) -> bool:
        """Is another system named between the clause verb and ``num``? (Not the systems a
        comparison verb takes before the participle that gives the number: "Donut
        outperforms Florence-2, achieving X".)"""
        verb = self._clause_verb(num)
        if verb is None:
            return False
        after = verb
        if self.lowers[verb].startswith(COMPARISON_VERBS):
            after = next(
                (
                    k
                    for k in range(num.i - 1, verb + 1, -1)
                    if self.lowers[k].endswith("ing") and self.lowers[k - 1] == ","
                ),
                verb,
            )
        return any(after < m.start < num.i for m in self.systems)

    def generic_subject(self, num: Num) -> bool:
        """ "even the best-performing model achieves only 75.8%", "no model surpasses 5%": a
        subject that names no system and says it is any system evaluated: not the paper's."""
        verb = self._clause_verb(num)
        if verb is None or self._for_system(num) is not None:
            return False  # "models perform poorly on D (65.4% for GPT-4o)": GPT-4o's
        start = self._after_last(verb, _SUBJECT_OPENERS)
        words = self.lowers[start:verb]
        if not words or not OWN_CUES.isdisjoint(words):
            return False
        if GENERIC_CUES.isdisjoint(words[:2]):
            # in a paper that introduces a benchmark, "the best-performing model achieving
            # 61%" is one of the systems it evaluates
            return (
                self.ctx.benchmark is not None
                and _ranked_phrase(words)
                and not self._names_system(range(start, verb))
            )
        return not any(start <= m.start < verb for m in self.systems)

    def unknown_subject(self, num: Num) -> str | None:
        """ "MixUp yields … with 79.19% accuracy": the subject of the score verb is a name no
        rule knows (inner capitals or digits: "MixUp", "SnapMix", "SparseMeXt-Tiny"), also
        through "which" ("Compared to DeiT-III-ViT-Huge, which achieves 84.8%"); its text,
        or None."""
        verb = self._verb_before(num)
        if verb is None:
            return None
        if verb - 3 >= self.lo and self.lowers[verb - 1] in ("which", "who"):
            at = verb - 1 if self.lowers[verb - 2] != "," else verb - 2
            return self._unknown_name_before(at, plain=True)  # "Compared to Zorbhuge, which"
        found = self._unknown_name_before(verb)
        head = verb - 1  # "the Video Swin Tiny model achieved X": a name no rule knows
        if (
            found is None
            and head - 2 >= self.lo
            and self.lowers[head] in SUBJECT_HEADS
            and "our" not in self.lowers[max(self.lo, head - 5) : head]
        ):
            found = self._unknown_name_before(head, plain=True)
        if found is None and verb > self.lo + 1 and "," not in self.lowers[self.lo : verb]:
            # "BiLSTM-CRF with fine-tuned fastText embeddings gets X": the sentence opens
            # with the verb's subject, a name no rule knows
            found = self._unknown_name_before(self.lo + 1)
        return found

    def _unknown_name_before(self, verb: int, plain: bool = False) -> str | None:
        k = verb - 1
        if k < self.lo or self._in_mention(k):
            return None
        text = self.tt.texts[k]
        inner = any(c.isupper() or c.isdigit() for c in text[1:])
        if plain and k > self.lo and text.isalpha() and text.lower() not in COMMON_WORDS:
            inner = True  # a capitalised word inside the sentence, as a relative's antecedent
        return text if text[:1].isupper() and inner and text not in STOP_ACRONYMS else None

    def _verb_before(self, num: Num) -> int | None:
        for k in range(num.i - 1, self.lo - 1, -1):
            if self.lowers[k] in SCORE_VERBS or self.lowers[k] in _PERFORM:
                return k  # "VLMs achieve 0%", "LLMs performed strongly on D (F1=0.880)"
        return None

    def others_subject(self, num: Num) -> bool:
        """ "state-of-the-art VLMs achieve 0% accuracy": a generic plural subject, not ours."""
        verb = self._verb_before(num)
        if verb is None:
            return False
        before = self.lowers[max(self.lo, verb - 2) : verb]
        opening = verb - 2 == self.lo and before[:1] == ["the"] and before[1] in _OWNABLE
        if before[:1] in (["these"], ["this"], ["both"]) or opening:
            # "These models achieve …", "both approaches performed …", a sentence opening
            # "The models achieved …": the ones the paper just described
            return False
        if self._participle_of_others(verb):
            return True  # "state-of-the-art VLMs are strongly biased (…) scoring 17.05%"
        if before[-1:] == [","]:
            return False  # "S outperformed existing methods, achieving …": S's number
        if self._conceded(verb):
            return True  # "While dense text captions can achieve 75.9%, they require …"
        # the clause of the verb: "…, whereas the existing method recorded X"
        start = self._after_last(verb, _CONTRAST)
        subject = self.lowers[max(start, verb - 4) : verb]
        if "our" in self.lowers[start:verb] or not _OWN_ADJECTIVES.isdisjoint(subject):
            return False  # "our models", "the proposed (detection) models achieve …"
        if not OTHER_SUBJECTS.isdisjoint(before):
            return True
        if self._baseline_subject(start, verb):
            return True
        # a singular generic subject with a cue of other work: "the existing method recorded"
        cued = not OTHER_CUES.isdisjoint(self.lowers[max(start, verb - 3) : verb])
        return start > self.lo and cued and any(w + "s" in OTHER_SUBJECTS for w in before)

    def _participle_of_others(self, verb: int) -> bool:
        """Does a participle after a comma or bracket report the number of a generic plural
        subject of the main clause ("We find that state-of-the-art VLMs are strongly biased
        (…) scoring an average of 17.05%", "Current models struggled, achieving less than
        5%"; not "S outperformed existing methods, achieving …", whose subject is named)? The
        main clause starts after the last subordinating word ("…, whereas models …")."""
        lowers = self.lowers
        if not lowers[verb].endswith("ing") or verb - 1 <= self.lo:
            return False
        if lowers[verb - 1] not in (",", ")"):
            return False
        start = self._after_last(verb, _CLAUSE_OPENERS)
        finite = next(
            (k for k in range(start + 1, verb) if lowers[k] in _FINITE_AFTER_SUBJECT), None
        )
        if finite is None or finite - start > 6:
            return False
        subject = lowers[start:finite]
        if "our" in subject or not _OWN_ADJECTIVES.isdisjoint(subject):
            return False
        if any(start <= m.start < finite for m in self.systems):
            return False
        return not OTHER_SUBJECTS.isdisjoint(subject)

    def _conceded(self, verb: int) -> bool:
        """Is the score verb in a concession opening the sentence ("While dense captions can
        achieve X, they …", "Although existing detectors reach X, …"), its subject a common
        noun phrase with no cue of the paper's own work? The paper states what it improves
        on there; its own numbers come in the main clause."""
        lowers = self.lowers
        if lowers[self.lo] not in _CONCESSIVE or "," in lowers[self.lo : verb]:
            return False
        subject = range(self.lo + 1, verb)
        if not subject or not OWN_CUES.isdisjoint(lowers[self.lo : verb]):
            return False
        if not _OWN_ADJECTIVES.isdisjoint(lowers[self.lo : verb]) or self._in_mention(verb - 1):
            return False
        return not any(self.lo < m.start < verb for m in self.systems) and not any(
            self.tt.texts[k][:1].isupper() for k in subject
        )

    def tuned_base(self, m: _M) -> bool:
        """In a paper that names no system of its own, the model it is built on (fine-tunes,
        adapts) is its system: "we fine-tune RoBERTa on them. RoBERTa achieves X" is the
        paper's score — not "the original RoBERTa", "the base model RoBERTa", nor "the
        GPT-4o-based agent" of a paper that trains nothing (but "the YOLOv8-based detector" of
        one that says it trains). So is, in any paper, a model it trains on its own data."""
        if self._trained_here(m):
            return True
        if self.ctx.contribution is None and self._tuned_here(m):
            return True
        if self.ctx.contribution is not None or m.kb_id_ not in self.ctx.based_on:
            return False
        if base_suffixed(self.tt, m) and _TRAINED_HERE.isdisjoint(self.lowers):
            return False  # "the GPT-4o-based agent" of a study: credited to GPT-4o (see _base)
        before = self.lowers[max(self.lo, m.start - 3) : m.start]
        return _UNTUNED.isdisjoint(before)

    def _trained_here(self, m: _M) -> bool:
        """ "a ConvNeXt-Base CNN trained on this data achieves X": a model the paper trains on
        its own data is the paper's system."""
        k = m.end
        if k + 2 >= self.hi or self.lowers[k] not in _TRAINED or self.lowers[k + 1] != "on":
            return False
        return self.lowers[k + 2] in ("this", "these", "our")

    def _tuned_here(self, m: _M) -> bool:
        """ "a ViT-B/16 model pre-trained with MAE and the unlabeled dataset achieved", "X
        fine-tuned on the collected data reaches": a model the sentence says was (pre-)trained
        or fine-tuned with or on something is, in a paper that names no system of its own,
        the paper's. (Not "Finetuned GPT-3.5" alone: measured, it cost a validation Result.)"""
        k = m.end + (m.end < self.hi and self.lowers[m.end] in MODEL_HEADS)
        if k + 1 < self.hi and self.lowers[k] == "fine":
            k += 1  # "fine" "-tuned"
        return (
            k + 1 < self.hi
            and self.lowers[k] in _TUNED_AFTER
            and self.lowers[k + 1] in ("with", "on", "using")
        )

    def _baseline_subject(self, start: int, verb: int) -> bool:
        """ "while a baseline model distilled from a 70B teacher achieves X": the clause's
        subject is an unnamed baseline (not "the baseline GPT-4o")."""
        head = next(
            (k for k in range(start, min(verb, start + 3)) if self.lowers[k] in _BASELINE_WORDS),
            None,
        )
        if head is None or any(_NUMBER.match(w) for w in self.lowers[head + 1 : verb]):
            return False  # "The baseline achieves X, and OurNet reaches Y": not Y's subject
        return not any(
            head < m.start < verb and (m.start == head + 1 or not self._after_preposition(m))
            for m in self.systems
        )

    def others_relative(self, num: Num) -> bool:
        """ "outperforming the previous state-of-the-art method, which had an error rate of
        3.05%", "the RMSE of 2.92 achieved by the baseline model": the number of other work
        that no name says, in a relative clause on it or after a passive "by"."""
        lowers = self.lowers
        by = next(
            (k for k in range(num.end, min(self.hi - 1, num.end + 5)) if lowers[k] == "by"), None
        )
        if by is not None and lowers[by - 1] in SCORE_VERBS:  # "2.92 bpm achieved by the …"
            return self._other_work(range(by + 1, min(self.hi, by + 6)), stop_at_verb=True)
        rel = next(
            (k for k in range(num.i - 1, max(self.lo, num.i - 12), -1) if lowers[k] in _RELATIVE),
            None,
        )
        if rel is None or lowers[rel - 1] != "," or ";" in lowers[rel : num.i]:
            return False
        verb = rel + 1 + (lowers[rel + 1] in ("only", "also"))
        if lowers[verb] not in SCORE_VERBS and lowers[verb] not in _HAVE:
            return False
        back = range(rel - 2, max(self.lo, rel - 10), -1)  # the antecedent, up to a break
        start = next((k + 1 for k in back if lowers[k] in _BREAK), max(self.lo, rel - 10))
        return self._other_work(range(start, rel - 1), stop_at_verb=False)

    def _other_work(self, span: range, stop_at_verb: bool) -> bool:
        """Do these words name other work without a name: "the previous state-of-the-art
        method", "the baseline model" (not "our baseline", not a named system)?"""
        words = []
        for k in span:
            if stop_at_verb and (self.lowers[k] in _BREAK or self.lowers[k] in SCORE_VERBS):
                break
            words.append(self.lowers[k])
        if not words or not OWN_CUES.isdisjoint(words):
            return False
        if self._names_system(span):
            return False  # a name says whose number it is (not "the … fusion method")
        return not _OTHER_WORK.isdisjoint(words)

    def _names_system(self, span: range) -> bool:
        """Does a system's name (not a description: "the … fusion method") start in ``span``?"""
        return any(m.start in span and not self.described_system(m) for m in self.systems)

    def versus_unnamed(self, num: Num) -> bool:
        """The number after "vs." / "versus" is the other side's ("Dice score 0.997 vs. 0.779",
        "89.97% (vs. the donor's 87.47%)"); with no system named between, it is no system's we
        can credit."""
        for k in range(num.i - 1, max(self.lo, num.i - 5) - 1, -1):
            if self.lowers[k] in _VERSUS:  # not "versus 38.2% for GPT-4o": named after
                named = any(k < m.start < num.i for m in self.systems)
                return not named and self._for_system(num) is None
            if _NUMBER.match(self.tt.texts[k]):
                return False
        return False

    def compared_for_unknown(self, num: Num) -> bool:
        """ "compared to 11.7 for vanilla TPT, 6.12 for C-TPT, 6.78 for DiffTPT": a number
        after a comparison word, said to be "for" a name no rule knows, is that system's,
        and we have no entity to credit it to."""
        k = self._for_after(num.end)
        if k is None:
            return False
        j = k + 1
        texts = self.tt.texts
        while j < self.hi and j - k <= 3 and texts[j].islower() and texts[j].isalpha():
            j += 1  # "for vanilla TPT", "for the standard ZorbNet"
        text = texts[j] if j < self.hi else ""
        if not text or not self._unknown_name(j) or text in LANGUAGES or text in STOP_ACRONYMS:
            return False
        for w in reversed(self.lowers[self.lo : num.i]):
            if _comparison_word(w):
                return True
            if w == ";" or w in SCORE_VERBS:
                return False
        return False

    def unnamed_compared(self, num: Num) -> bool:
        """ "… achieves 96.48%, outperforming the classical baseline (86.72%)": a parenthesised
        number after a comparison belongs to the unnamed thing compared; so does one in a
        fronted "Compared to …," (a number after "vs." is dropped before: ``versus_unnamed``)."""
        if self._fronted_comparison(num):
            return True
        if num.i - 1 > self.lo and self._labelled_opening(num):
            # "compared to neural nets (AUC=0.75)": right after the thing compared
            near = self.lowers[max(self.lo, num.i - 9) : num.i - 3]
            cue = [k for k, w in enumerate(near) if w.startswith(_COMPARISON_WORDS)]
            tail = near[cue[-1] :] if cue else []
            head_to_head = not _VERSUS.isdisjoint(self.lowers[num.end : num.end + 2])
            return bool(tail) and _DATASET_PREP.isdisjoint(tail) and "," not in tail and not (
                head_to_head  # "compared to existing methods (FID: 67.18 vs. 210.4)"
            )
        if num.i - 1 > self.lo and self.lowers[num.i - 1] == "at":
            return self._compared_phrase_before(num.i - 1)  # not "outperforms others with X"
        if num.i - 1 <= self.lo or self.lowers[num.i - 1] != "(":
            return False
        start = self._verb_before(num) or self.lo
        return any(w.startswith(_COMPARISON_WORDS) for w in self.lowers[start : num.i])

    def _compared_phrase_before(self, k: int) -> bool:
        """ "outperforming the best single configuration at 66 percent": plain words naming
        no system between a comparison verb and token ``k``."""
        j = k - 1
        while j > self.lo and k - j <= 7 and not self._in_mention(j):
            w = self.lowers[j]
            if w.startswith(COMPARISON_VERBS):
                return j < k - 1
            if not (w.isalpha() and w.islower()):
                return False
            j -= 1
        return False

    def _labelled_opening(self, num: Num) -> bool:
        """ "(AUC=0.75)", "(F1: 0.62)": the number opens its bracket after its measure."""
        k = num.i - 3
        return (
            k > self.lo
            and self.lowers[k] == "("
            and self.lowers[num.i - 1] in ("=", ":")
            and self._in_metric(num.i - 2)
        )

    def _fronted_comparison(self, num: Num) -> bool:
        """ "Compared to the adversarial training method with 77.64% clean accuracy, our method
        …": the number is in the fronted phrase, before its comma."""
        head = self.lowers[self.lo : self.lo + 2]
        if head not in _COMPARED_TO and head != ["unlike"]:
            return False
        return "," not in self.lowers[self.lo : num.i] and "," in self.lowers[num.end : self.hi]

    def unnamed_baseline(self, num: Num) -> bool:
        """ "compared to their few-shot baselines of 0.714 and 0.74", "54.81% for baseline":
        the number of an unnamed baseline (the nearest noun before it, across "of"/articles,
        or the noun right after "for", is "baseline")."""
        k = _skip_back(self.lowers, num.i - 1, self.lo, _BASELINE_SKIP)
        while k >= self.lo and (
            self.lowers[k] in (",", "and") or _NUMBER.match(self.tt.texts[k]) is not None
        ):
            k = _skip_back(self.lowers, k - 1, self.lo, _BASELINE_SKIP)
        metric = next((m for m in self.metrics if m.start <= k < m.end), None)
        if metric is not None:  # "the baseline accuracy of 9.39%"
            k = metric.start - 1
        if k >= self.lo and self.lowers[k] in _BASELINE_WORDS:
            return True
        # "the baseline's 91.4%", "the baseline student's 91.4%": a baseline's number
        if k - 1 >= self.lo and self.lowers[k] in _POSSESSIVE and (
            not _BASELINE_WORDS.isdisjoint(self.lowers[max(self.lo, k - 2) : k])
        ):
            return True
        # "compared to 54.81% for (the) baseline": the baseline named right after "for"
        k = num.end
        if k + 1 >= self.hi or self.lowers[k] != "for":
            return False
        k += self.lowers[k + 1] in ("the", "a")
        return k + 1 < self.hi and self.lowers[k + 1] in _BASELINE_WORDS

    def described_subject(self, num: Num) -> bool:
        """Is the subject of the score verb before ``num`` a description coordinated after the
        names ("… the GCN and GAT models and the hybrid model achieved X")?"""
        verb = self._score_verb_before(num.i)
        return verb is not None and _described_subject(self.lowers[self.lo : verb])

    def rival_systems(self, num: Num) -> bool:
        """Two or more named systems, none of them the paper's, precede ``num`` in its
        sentence: no cue says which one the number belongs to."""
        names = {m.kb_id_ for m in self._others_before(num)}
        return len(names) >= 2 and not self._own_opening(num)

    def _others_before(self, num: Num) -> list[_M]:
        """The named systems before ``num`` in its sentence that are not the paper's."""
        return [
            m
            for m in self.systems
            if m.end <= num.i and m.kb_id_ not in self.ctx.proposed and not self._made_by_us(m)
        ]

    def coordinated_rivals(self, num: Num) -> bool:
        """Are the named systems before ``num`` (none the paper's) one coordinated list that no
        comparison word precedes ("A and B achieve X, Y and Z")? Each of them could own the
        number: a stronger doubt than names said apart or compared with ("ours outperformed A
        and B with X")."""
        rivals = self._others_before(num)
        if len(rivals) < 2:
            return False
        if any(_comparison_word(w) for w in self.lowers[self.lo : rivals[0].start]):
            return False
        return all(
            b.start > a.end and set(self.lowers[a.end : b.start]) <= {",", "and", "or"}
            for a, b in pairwise(rivals)
        )

    def _own_opening(self, num: Num) -> bool:
        """Does the sentence open with the paper's own system as its subject ("Our framework
        leverages ViT's ability … and GNN's strength …, achieving X"), with no contrast before
        ``num``? The names after it are what it uses, not rivals for the number."""
        lowers = self.lowers
        head = self.lo + 1  # "Our framework", "The proposed model": a system's head noun
        if lowers[self.lo] == "the" and head < self.hi and lowers[head] in _OWN_ADJECTIVES:
            head += 1
        elif lowers[self.lo] != "our":
            return False
        named = self.starts.get(head)
        if named is not None and named.label_ in SYSTEM_TYPES:
            head = named.end  # "Our Mamba model with EfficientNetV2 as backbone achieves X"
        return (
            head < num.i
            and lowers[head] in _SYSTEMS
            and _CONTRAST.isdisjoint(lowers[self.lo : num.i])
        )

    def clause_system(self, num: Num) -> _M | None:
        """The last Model/Method before ``num`` in its clause that no preposition governs."""
        for m in reversed(self.systems):
            if m.end > num.i:
                continue
            if ";" in self.lowers[m.end : num.i]:
                return None
            if not self._after_preposition(m):
                return m
        return None

    def own_cued(self) -> bool:
        """Does the sentence say it is about the paper's work ("we", "our", a proposed name)?"""
        sent = self.lowers[self.lo : self.hi]
        return not OWN_CUES.isdisjoint(sent) or any(
            m.kb_id_ in self.ctx.proposed for m in self.systems
        )

    def _made_by_us(self, m: _M) -> bool:
        """ "we train a … model", "we develop an … framework": a system of lower-case words
        the authors say they build or train, right after "we <verb> a/an"."""
        k = m.start
        if k - 2 > self.lo and self.lowers[k - 1] in ("-based", "based"):
            k -= 2  # "we train a ColBERT-based late interaction retrieval model"
        if k - 3 < self.lo or self.lowers[k - 1] not in ("a", "an") or self.lowers[k - 3] != "we":
            return False
        verb = self.lowers[k - 2]
        texts = self.tt.texts[m.start : m.end]
        made = verb in CREATION_VERBS or verb in _TRAINED_HERE
        return made and all(t.replace("-", "").isalpha() and t.islower() for t in texts)

    def owned(self, m: _M) -> bool:
        """ "our challenge system", "our best model": a system the text calls the paper's."""
        before = self.lowers[max(self.lo, m.start - 2) : m.start]
        if before[-1:] in (["our"], ["proposed"]):
            return True  # "our challenge system", "the proposed camera movement approach"
        if self._our_described(m):
            return True  # "our latency-optimal TTS": a description between
        if self._our_apposed(m):
            return True  # "Our leading model, QARI v0.2, establishes …"
        if self._part_of_own(m):
            return True
        if self._made_by_us(m):
            return True  # "we train a late interaction retrieval model that achieves X"
        if before[-1:] == ["+"]:  # "the proposed ModifiedDeBERTa + GBLS model": the pair is ours
            first = next((p for p in self.systems if p.end == m.start - 1), None)
            if first is not None and (first.kb_id_ in self.ctx.proposed or self.owned(first)):
                return True
        # "the hybrid framework achieves …" in a paper that names no contribution: a
        # description of its own system, not a name
        texts = self.tt.texts[m.start : m.end]
        opening = before[-1:] in (["a"], ["an"]) and m.start - 1 == self.lo  # "A light … achieves"
        return (
            not self.ctx.proposed
            and (before[-1:] in (["the"], ["this"]) or opening)
            and len(texts) > 1
            and all(t.isalpha() and t.islower() for t in texts)
        )

    def _our_described(self, m: _M) -> bool:
        """ "our latency-optimal TTS", "Our district-specific calibration approach": "our",
        then one lower-case word, or up to two with a hyphen's parts, that describe the system
        (not a clause: "Our results indicate that MesoNet …")."""
        k = m.start - 1
        words = pieces = 0
        while k >= max(self.lo, m.start - 5):
            text = self.tt.texts[k]
            if self.lowers[k] == "our":
                return words == 1 or (0 < words <= 2 and pieces > 0)
            if not (text.replace("-", "").isalpha() and text.islower()):
                return False
            if text.startswith("-"):
                pieces += 1  # "district -specific": one word, written in two tokens
            else:
                words += 1
            k -= 1
        return False

    def _our_apposed(self, m: _M) -> bool:
        """ "Our leading model, QARI v0.2", "our strongest individual model, InternVL3": the
        name put beside the paper's own noun phrase ("our" and up to four lower-case words)."""
        k = m.start - 1
        if k - 2 < self.lo or self.lowers[k] != ",":
            return False
        j = k - 1
        while j > self.lo and k - j <= 4 and self.tt.texts[j].replace("-", "").isalpha() and (
            self.tt.texts[j].islower()
        ):
            j -= 1
        return j < k - 1 and self.lowers[j] == "our"

    def _part_of_own(self, m: _M) -> bool:
        """A system listed as a part of the paper's own: "the combination of MobileNetV2, LDA,
        and SVC achieved …", "our transformer-based models (bert-base-NER and roberta-base)"."""
        k = m.start - 1
        while k >= self.lo and k >= m.start - 12:
            w = self.lowers[k]
            if w == "(":
                return "our" in self.lowers[max(self.lo, k - 5) : k]
            if w == "of" and k - 1 >= self.lo and self.lowers[k - 1] in _COMBINATION_HEADS:
                return True
            if w == "our":  # "our WavLM + connector + OLMo-1B models", "our system with S"
                run_with = k + 3 == m.start and self.lowers[k + 2] == "with"
                if run_with:
                    return self.lowers[k + 1] in _SYSTEMS
                inside = self.lowers[k + 1 : m.start]  # one noun phrase: not "our study, the"
                return _ARTICLES.isdisjoint(inside) and _PREPOSITIONS.isdisjoint(inside) and (
                    "," not in inside and self._headed_after(m.end)
                )
            if (w in _BREAK and w not in (",", "and")) or w in SCORE_VERBS:
                return False
            k -= 1
        return False

    def _headed_after(self, k: int) -> bool:
        """A system head noun ("models", "framework") closes the noun phrase within three
        words after token ``k``."""
        for j in range(k, min(self.hi, k + 3)):
            w = self.lowers[j]
            if w in SUBJECT_HEADS:
                return True
            if w in _BREAK or w in SCORE_VERBS:
                return False
        return False

    def run_with_own(self, m: _M, num: Num) -> bool:
        """ "With FooDecomp, GPT-4o achieves X", "o1 reaching 0.867 using our structured
        decomposition": a named model run with the paper's own method, in the number's
        clause, is the paper's system (its method on that model)."""
        lo = max(self.lo, min(m.start, num.i) - 8)
        hi = min(self.hi, max(m.end, num.end) + 8)
        window = self.lowers[lo:hi]
        for k, w in enumerate(window):
            if w not in _RUN_WITH:
                continue
            at = lo + k + 1 + (lo + k + 1 < self.hi and self.lowers[lo + k + 1] == "the")
            if at >= self.hi:
                continue  # "with" (and "the") closing the sentence: nothing run with
            between = self.lowers[min(at, num.i) : max(at, num.i)]
            if any(c in _CLAUSE_CUTS or _comparison_word(c) for c in between):
                continue
            own = self.starts.get(at)
            if own is not None and own.kb_id_ in self.ctx.proposed and own.label_ != "Dataset":
                return True
            if self.lowers[at] == "our" and not _SYSTEMS.isdisjoint(self.lowers[at + 1 : at + 4]):
                return True
        return False

    def variant_of_own(self, m: _M) -> bool:
        """A system named after the paper's contribution ("Qwen-REDI-1.5B", "MR. Judge-7B"
        of a paper that proposes REDI / MR. Judge) or by its first or last words ("R1" of R1
        Translator, "R1V" of Skywork R1V) is the paper's own."""
        text = self.tt.span_text(m.start, m.end).lower()
        parts = set(re.split(r"[\s\-_/]+", text))
        for eid in self.ctx.proposed:
            name = str(self.tt.entities.get(eid, {}).get("name", "")).lower()
            if len(name) >= 3 and (name in parts or text.startswith(f"{name}-")):
                return True
            if name.startswith(f"{text} ") or name.endswith(f" {text}"):
                return True  # "R1 achieves …" of R1 Translator, "R1V …" of Skywork R1V
        return False

    def for_others(self, num: Num) -> bool:
        """ "compared to 64.18% for existing methods", "0.52 of prior work": the number is
        said to be other work's (a cue of other work right after "for"/"of"/"by")."""
        k = num.end
        if k >= self.hi or self.lowers[k] not in ("for", "of", "by"):
            return False
        nxt = self.lowers[k + 1 : min(self.hi, k + 4)]
        if "our" in nxt:
            return False
        # "compared to 82% for the baseline model": the unnamed baseline's number
        baseline = self.lowers[k] == "for" and nxt[:1] == ["the"] and nxt[1:2] == ["baseline"]
        texts = self.tt.texts[k + 1 : k + 1 + len(nxt)]
        # a cue in capitals is a name: "87.43% for ET" (enhancing tumour) is not "et al."
        cued = any(w in OTHER_CUES and not t.isupper() for w, t in zip(nxt, texts, strict=True))
        return baseline or cued

    def unknown_possessor(self, num: Num) -> bool:
        """The number of a named system we have no entity for: "compared to Exomiser's
        53.20%", "surpassing pi0-FAST's 85.5%" (a name, no mention, right before "'s" and the
        number), "improving over Private Evolution FID of 40.36" (a name before the measure
        after a comparison word)."""
        k = num.i - 1
        if k - 1 < self.lo:
            return False
        if self.lowers[k] == "of":  # "over <name> <metric> of X"
            m = self.metric_ending(k)
            j = m.start if m is not None else k
            while j - 1 >= self.lo and self._unknown_name(j - 1):
                j -= 1
            named = m is not None and j < m.start
            return named and j - 1 >= self.lo and self.lowers[j - 1] in _COMPARED_WITH
        if self.lowers[k] not in ("'s", "’s") or self._in_mention(k - 1):
            return False
        text = self.tt.texts[k - 1]
        if any(c.isupper() for c in text) and text.lower() not in ("our", "its", "their"):
            return True  # "pi0-FAST's": capitals inside a name that starts lower-case
        return self._unknown_name(k - 1) and text not in STOP_ACRONYMS

    def _with_system_at(self, num: Num) -> _M | None:
        """ "with MobileNetV2 slightly ahead at 97.17%": the system a "with" clause names, a
        few lower-case words, then "at" and the number."""
        k = num.i - 1
        if k - 2 < self.lo or self.lowers[k] != "at":
            return None
        j = k - 1
        texts = self.tt.texts
        while j > self.lo and k - j <= 3 and texts[j].isalpha() and texts[j].islower():
            j -= 1
        if j == k - 1:
            return None  # "S at 67.2%" right after the name is another rule's
        m = next((m for m in self.systems if m.end == j + 1), None)
        if m is None or m.start - 1 < self.lo:
            return None
        return m if self.lowers[m.start - 1] == "with" else None

    def _possessor(self, num: Num) -> _M | None:
        """ "compared to LoRA's 80.8% accuracy": the named system whose number it is."""
        k = num.i - 1
        if k <= self.lo or self.lowers[k] not in ("'s", "’s"):
            return None
        return next((m for m in self.systems if m.end == k), None)

    def system_in_label(self, num: Num, side: str) -> bool:
        """Does the bracketed label after X in "from X (label) to Y" name a system?"""
        lowers = self.lowers
        if side == "from":
            start = num.end
            end = _past_label(lowers, start)
        else:
            end = num.i - 1  # "to"
            start = _before_label(lowers, end - 1, self.lo) + 1
        return end > start and any(start <= m.start < end for m in self.systems)

    def _possessive(self, num: Num) -> _M | None:
        """ "GPT-4o's success rate … from 10% to 99%"."""
        for m in reversed(self.systems):
            if m.end < num.i and m.end < self.hi and self.lowers[m.end] in ("'s", "’s"):
                return m
        return None

    def truncated(self, m: _M) -> bool:
        """The mention stops inside a longer name ("Gemini" of "Gemini 2.0 Flash")."""
        nxt = self.tt.texts[m.end] if m.end < self.hi else ""
        scored = m.end + 1 < self.hi and self.lowers[m.end + 1] in _PERCENT  # "ViT 96.36%"
        if nxt and ((nxt[0].isdigit() and not scored) or (
            nxt[0].isupper() and m.end not in self.starts
        )):
            return True  # "Gemini 2.0 Flash", "Gemini-1.5 Pro"
        if nxt[:1] == "-" and self.tt.idx[m.end] == self.tt.end_char(m.end):
            return nxt[1:].lower() not in _NAME_SUFFIXES  # "o3" of "o3-mini", not "-based"
        return self._own_version(m)  # "Gemini-1.5" linked to plain Gemini

    def _own_version(self, m: _M) -> bool:
        """The mention's own text carries a version its entity lacks ("Gemini-1.5" linked to
        plain Gemini, "YOLOv8" to YOLO)."""
        digits = {c for c in self.tt.span_text(m.start, m.end) if c.isdigit()}
        return not digits <= set(m.kb_id_)

    def full_name(self, m: _M) -> _M | None:
        """The whole name of a truncated system as its own Model entity: the mention, its
        version and the tier word after it ("Gemini 2.5 Pro", "Claude 3.7 Sonnet",
        "Gemini-1.5 Pro", "o3 - mini"); ``None`` when the rest does not read as a name."""
        texts, tt = self.tt.texts, self.tt
        end, versioned = m.end, any(c.isdigit() for c in tt.span_text(m.start, m.end))
        tier = named = False
        while end < self.hi and end - m.end < 4 and not tier:
            t = texts[end]
            glued = tt.idx[end] == tt.end_char(end)  # no space before token ``end``
            if t[:1].isdigit() and _VERSION_PART.match(t):
                versioned = True  # "2.5", "3.1", "8B"
            elif t[:1] == "-" and glued and _VERSION_PART.match(t[1:]):
                versioned = True  # "-1.5"
            elif t[:1] == "-" and glued and t[1:].lower() in MODEL_TIERS:
                tier = True  # "-mini"
            elif t == "-" and glued and end + 1 < self.hi and texts[end + 1].lower() in MODEL_TIERS:
                end += 1  # "o3" "-" "mini"
                tier = True
            elif versioned and t.lower() in MODEL_TIERS and end not in self.starts:
                tier = True  # "Pro", "Sonnet"
            elif t[:1].isupper() and t.isalpha() and end not in self.starts:
                named = True  # "ViT Hybrid models achieved": a longer name
            else:
                break
            end += 1
        after = self.lowers[end] if end < self.hi else ""
        named = named and (after in SUBJECT_HEADS or after in SCORE_VERBS)
        if end == m.end:
            if not self._own_version(m):
                return None  # (else "YOLOv8" linked to plain YOLO: the mention is the name)
        elif not (versioned or tier or named):
            return None
        name = tt.span_text(m.start, end)
        return _new_entity(tt, m.start, end, "Model", name, "full_name")

    def _component_of(self, m: _M) -> bool:
        """ "S with the voting classifier", "S using LoRA": ``m`` is a part another system
        named right before it is used with."""
        k = _skip_back(self.lowers, m.start - 1, self.lo, _ARTICLES)
        if k < self.lo or self.lowers[k] not in ("with", "using", "plus"):
            return False
        return any(other.end == k and other is not m for other in self.systems)

    def _agent_of_modifier(self, m: _M) -> bool:
        """ "outputs refined by S", "captions generated by S", "an agent based on S": S is the
        agent (or base) of a participle that modifies the subject, not the subject."""
        k = m.start - 1
        if k - 1 < self.lo:
            return False
        if self.lowers[k] in ("on", "upon") and self.lowers[k - 1] in ("based", "built"):
            return True  # "HistAgent based on GPT-4o achieves": GPT-4o is its base
        return (
            self.lowers[k] == "by"
            and self.lowers[k - 1].endswith("ed")
            and self.lowers[k - 1] not in _BE
        )

    def with_ours(self, m: _M) -> bool:
        """ "combining our framework with S", "our method on S": a system that is the object
        of a phrase about the paper's own system."""
        return "our" in self.lowers[max(self.lo, m.start - 4) : m.start] and (
            self._after_preposition(m)
        )

    def _compared_object(self, m: _M, end: int) -> bool:
        """Is system ``m`` the object of a comparison verb, alone or in a list that runs to
        token ``end`` ("outperforms ResNet-50", "surpasses both ViT and DeiT")?"""

        def listed(k: int) -> bool:  # a list word or a name: "both", ",", "ViT-B", "and"
            return self.lowers[k] in _OBJECT_LIST or self._in_mention(k)

        if not all(listed(k) for k in range(m.end, end)):
            return False
        for k in range(m.start - 1, max(self.lo, m.start - 12) - 1, -1):
            if self.lowers[k].startswith(COMPARISON_VERBS):
                return True
            if not listed(k):
                return False
        return False

    def _after_preposition(self, m: _M) -> bool:
        k = _skip_back(self.lowers, m.start - 1, self.lo, _ARTICLES)
        if k < self.lo:
            return False
        return _prepositional(self.lowers[k])

    def _people_measure(self, metric: _M) -> bool:
        """ "human score", "expert accuracy": a measure named after the people who score it
        (not "human evaluation score", "human preference score": judged by people)."""
        words = self.lowers[metric.start : metric.end]
        return len(words) == 2 and words[0] in HUMAN_WORDS and words[1] in _PEOPLE_MEASURES

    def people(self, num: Num, metric: _M | None) -> int | None:
        """Where the people a score is of are named ("human experts achieve a remarkable
        accuracy of 94.27%", "an average human CER of 15.9% and a best-case CER of 7.6%");
        None when it is no people's score."""
        if metric is not None and metric.end <= num.i and self._people_measure(metric):
            return metric.start  # "far below the human score of 82.3%"
        return self._people_before(num, metric)

    def _people_before(self, num: Num, metric: _M | None) -> int | None:
        """Where the people a number is a score of are named: before its measure, or right
        before the number ("…, while humans score 97%")."""
        lowers = self.lowers
        left = num.i if metric is None else min(num.i, metric.start)
        for k in chain(range(max(self.lo, left - 8), left), range(max(left, num.i - 3), num.i)):
            if not self._people_at(k):
                continue
            if self._their_number(self._people_end(k), num):
                return k  # "surpasses humans, who achieve 41%", "than human experts' 88.3%"
            if lowers[k - 1] in _LIKENED or lowers[k - 2 : k] in (["those", "of"], ["that", "of"]):
                continue  # "similar to those of humans", "better than human experts"
            if any(w.startswith(COMPARISON_VERBS) for w in lowers[max(self.lo, k - 2) : k]):
                continue  # "our model outperforms human experts …, achieving X": not theirs
            if any(m.label_ in SYSTEM_TYPES and k < m.start < num.i for m in self.ms):
                continue  # "the human rater accuracy of 69.6%, with Zorb achieving 75%"
            return k
        return None

    def _people_end(self, k: int) -> int:
        """Past the people words from token ``k`` ("human experts", "human raters")."""
        j = k + 1
        while j < self.hi and self.lowers[j] in HUMAN_WORDS:
            j += 1
        return j

    def _their_number(self, j: int, num: Num) -> bool:
        """The people named before token ``j`` have the number as their own, even when
        compared with: their possessive or bracket ("human experts' 88.3%", "than humans
        (70.1%)"), their measure ("human performance of 95.3%") or a relative clause on them
        ("humans, who achieve a score of 41%")."""
        lowers = self.lowers
        between = lowers[j : num.i]
        if between in (["'"], ["’"], ["'s"], ["’s"], ["("], [":"]):
            return True
        if between[:1] and between[0] in _PEOPLE_MEASURES:
            return between[1:] in (["of"], ["("], [":"], ["="])
        if between[:2] != [",", "who"] or len(between) > 8:
            return False
        return not any(_NUMBER.match(w) or w in _PEOPLE_STOP for w in between)

    def _people_at(self, k: int) -> bool:
        """Token ``k`` names people, not what they qualify ("human-like personas",
        "human--computer interaction", "fallen people detection") or a name they are a word
        of (a mention that goes on past them)."""
        if self.lowers[k] not in HUMAN_WORDS or self._in_metric(k):
            return False  # "a Rater Feedback Score (RFS) of 7.74": a measure's name
        end = self._people_end(k)
        if any(m.start <= k < m.end and m.end > end for m in self.ms):
            return False  # "the real-time human action recognition model": a name's word
        nxt = self.lowers[k + 1] if k + 1 < self.hi else ""
        return not (nxt[:1] in _DASHES or nxt in TASK_HEADS or nxt in _HUMAN_WORK)

    def people_score(self, num: Num, metric: _M | None, k: int) -> bool:
        """People's own score, a leaderboard row of its own: the people (named at token
        ``k``, see :meth:`people`) are the subject of the number's clause ("human experts
        easily achieve an accuracy of 94.27%", "humans score 97%", "an average human CER of
        15.9%", "human performance (89.3%)"), with no other number, system, comparison or
        first person between them and it."""
        if metric is not None and metric.end <= num.i and self._people_measure(metric):
            return False  # "the human score of 82.3%": which measure it is goes unsaid
        lowers = self.lowers
        j = min(self._people_end(k), num.i)
        if self._their_number(j, num):
            return True
        between = lowers[j : num.i]
        if any(
            _NUMBER.match(w)
            or w in _PEOPLE_STOP
            or w.startswith(COMPARISON_VERBS)
            or w in _LIKENED
            for w in between
        ):
            return False
        nxt = lowers[j] if j < num.i else ""
        return (
            j == num.i
            or nxt in SCORE_VERBS
            or nxt in _BE
            or nxt in _HAVE
            or nxt in _PEOPLE_MEASURES
            or nxt.endswith("ly")
            or (nxt == "(" and j + 1 == num.i)
            or (metric is not None and metric.start == j)
        )


@dataclass
class _DocContext:
    contribution: str | None
    proposed: frozenset[str]
    evaluated: str | None = None  # the paper's only EVALUATED_ON dataset, if just one
    benchmark: str | None = None  # the one dataset the paper introduces, if just one
    evaluated_any: bool = False  # the paper evaluates on named datasets
    evaluated_before: int | None = None  # where the only EVALUATED_ON dataset is first named
    previous: _M | None = None  # the one dataset of the sentence before, if it has no number
    previous_list: tuple[_M, ...] = ()  # the datasets it lists ("across A, B, and C")
    # the paper's own scores of the sentence before (value, unit, metric, dataset): what "It
    # outperforms A (63.2) and B (63.9)" right after it compares
    own_scores: tuple[tuple[float, str | None, _M, _M | None], ...] = ()
    title: str = ""  # the title and the sentences that state the contribution, lower-case
    bases: frozenset[int] = frozenset()  # starts of what the contribution is built on
    based_on: frozenset[str] = frozenset()  # the paper's BASED_ON entities (it tunes them)

    def in_title(self, name: str) -> bool:
        """Does the title or a contribution sentence name it ("SparseMeXt-Tiny" of a paper
        titled "SparseMeXT …", "DICCAE" of "This paper proposes the … Encoder (DICCAE)")?"""
        head = re.split(r"[\s\-]", name)[0].lower()
        stem = head.rstrip("0123456789")  # "PURe34" of a paper that proposes PURe
        return any(  # as a word: "Video Swin Tiny" is not named by a title's "videos"
            len(h) >= 3 and re.search(rf"(?<![a-z0-9]){re.escape(h)}(?![a-z0-9])", self.title)
            for h in {head, stem, name.lower()}
        )


# --------------------------------------------------------------------------- sentence


def described(tt: TokenTable, m: _M, lo: int) -> bool:
    """ "on a widely recognized chest X-ray dataset": a dataset the text describes, with an
    indefinite article, is no named dataset a result can be on."""
    if m.label_ != "Dataset":
        return False
    for k in range(m.start - 1, max(lo, m.start - 4) - 1, -1):
        w = tt.texts[k]
        if w.lower() in ("a", "an"):
            return True
        word = w.replace("-", "").isalpha()  # "custom-curated", "-curated"
        if not w.islower() or not word or w in _PREPOSITIONS or w in _DATASET_PREP:
            return False  # "an accuracy on GSM8K": the article is another noun's
    return False


def _groups(nums: Sequence[Num], lowers: list[str]) -> list[list[Num]]:
    """Runs of numbers listed together: "97.01% and 94.02%", "0.70 and 0.67", "45.3 vs 26.7",
    "0.66/0.6/0.73"."""
    groups: list[list[Num]] = []
    for num in nums:
        if groups:
            last = groups[-1][-1]
            between = [w for w in lowers[last.end : num.i] if w != "$"]  # TeX "$56.2$, $28.2$"
            if between == ["/"] or (
                len(between) <= 2 and all(w in (",", "and", "or") or w in _VERSUS for w in between)
            ):
                groups[-1].append(num)  # also "45.3 vs 26.7 F1 score": one measure
                continue
        groups.append([num])
    return groups


def _listed_datasets(binder: _Binder, group: list[Num]) -> list[_M]:
    """The datasets listed right after a group of numbers (and its metric): "X, Y and Z
    (accuracy) on D1, D2 and D3" → [D1, D2, D3]."""
    last = group[-1]
    hi = binder.hi
    lowers = binder.lowers
    first = binder.dataset_after(last.end)
    if first is None:
        k = binder.metric_after(last)
        first = binder.dataset_after(k.end) if k is not None else None
    if first is None:
        return []
    found = [first]
    k = first.end
    while k < hi and lowers[k] in (",", "and"):
        k += 1
        while k < hi and lowers[k] in (",", "and", "the"):
            k += 1
        m = binder.starts.get(k)
        if m is None and binder._unknown_name(k):
            m = binder.unread_dataset(k)  # "the PlantVillage and PaddyLeaf datasets"
        if m is None or m.label_ != "Dataset":
            break
        found.append(m)
        k = m.end
    return found


def _respectively(binder: _Binder, group: list[Num], found: list[_M]) -> list[_M] | None:
    """Datasets listed after a group of numbers (``found``: :func:`_listed_datasets`), paired
    in order ("X and Y on D1 and D2", with or without "respectively")."""
    if len(group) < 2:
        return None
    if len(found) == len(group):
        return found
    return _respective_names(binder, group, found)


def _respective_names(binder: _Binder, group: list[Num], found: list[_M]) -> list[_M] | None:
    """ "56.2, 28.2 and 15.4 mIoU on Cityscapes, A-847 and PC-59, respectively": a list after
    a known dataset, said "respectively", with one name per number; the names no rule knows
    are read as datasets of their own, so each number gets its own. With no known dataset
    first, the list must end in a data set head ("on the SMIC, CASME II, and SAMM datasets,
    respectively")."""
    start = found[0].start if found else _unknown_list_start(binder, group[-1])
    if start is None:
        return None
    listed = _respective_list(binder, start)
    if listed is None:
        return None
    items, headed = listed
    if not headed and not found:
        return None
    if len(items) != len(group):
        return None
    known = {m.start: m for m in binder.datasets}
    paired: list[_M] = []
    for a, b in items:
        m = _respective_item(binder, a, b, known)
        if m is None:
            return None
        paired.append(m)
    return paired


def _respective_list(binder: _Binder, start: int) -> tuple[list[tuple[int, int]], bool] | None:
    """The items ``[a, b)`` of a list from token ``start`` to "respectively" ("on A, B, and C,
    respectively"), and whether a data head closes it ("the A and B datasets, respectively");
    ``None`` when no "respectively" closes it."""
    lowers = binder.lowers
    stop = next(
        (k for k in range(start, binder.hi) if lowers[k] in (";", ".", "(", "respectively")),
        binder.hi,
    )
    if stop == binder.hi or lowers[stop] != "respectively":
        return None
    if lowers[stop - 1] == ",":
        stop -= 1
    headed = lowers[stop - 1] in DATASET_HEADS
    if headed:
        stop -= 1  # "on the A, B, and C datasets, respectively"
    items: list[tuple[int, int]] = []
    k = start
    for j in range(start, stop + 1):
        if j == stop or lowers[j] in (",", "and"):
            if j > k:
                items.append((k, j))
            k = j + 1
    return items, headed


def _respective_item(binder: _Binder, a: int, b: int, known: dict[int, _M]) -> _M | None:
    """The dataset of list item ``[a, b)``: a known one, an edition of a known one ("CASME
    II"), or up to three tokens of a name no rule knows."""
    texts = binder.tt.texts
    m = known.get(a)
    if m is not None and m.end == b:
        return m
    edition = m is not None and m.end == b - 1 and _EDITION.match(texts[m.end]) is not None
    unknown = b - a <= 3 and all(binder._unknown_name(t) or texts[t] == "-" for t in range(a, b))
    return binder._data_named(a, b, "respective_list") if edition or unknown else None


_LIST_ENDS = frozenset({",", "and", "or", ")", ";", ".", ":"})
_EDITION = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|v?\d{1,2}(?:\.\d)?)$")  # "CASME II", "ZorbSet v2"


def _unknown_list_start(binder: _Binder, last: Num) -> int | None:
    """ "X, Y and Z on the SMIC, …": where a list that opens with a name no rule knows starts,
    right after the numbers (and their measure) and "on (the)"."""
    k = last.end
    m = binder.metric_after(last)
    if m is not None and m.start == k:
        k = m.end
    if k + 1 >= binder.hi or binder.lowers[k] not in ("on", "across"):
        return None
    k += 1 + (binder.lowers[k + 1] == "the")
    return k if k < binder.hi and binder._unknown_name(k) else None


def _datasets_listed_before(binder: _Binder, start: int) -> list[_M]:
    """The last coordinated list of Dataset mentions before token ``start`` ("using the COCO
    and MOT15 datasets, where we achieve X mAP and Y MOTA respectively")."""
    found: list[_M] = []
    for m in reversed(binder.datasets):
        if m.end > start:
            continue
        if found:
            between = binder.lowers[m.end : found[0].start]
            if not between or not all(w in (",", "and", "the") for w in between):
                break
        found.insert(0, m)
    return found


def _bind_metrics(binder: _Binder, group: list[Num], out: dict[int, Binding]) -> None:
    own = [
        binder.metric_right_after(n)  # "a macro average of 95% accuracy", "with 0.79 F1"
        or binder.metric_before(n)
        or binder.metric_after(n)
        or binder.measure_acronym(n)
        or binder.measure_phrase(n)
        or binder.metric_after_dataset(n)
        for n in group
    ]
    shared = next((m for m in reversed(own) if m is not None), None)
    for num, m in zip(group, own, strict=True):
        b = out[num.i]
        if m is not None:
            b.metric, b.metric_cue = m, 0.3
        elif shared is not None and binder.bare(num) and not binder.own_measure(num, binder.lo):
            b.metric, b.metric_cue = shared, 0.25
        if b.metric is not None:
            b.metric = binder.qualified_metric(b.metric, num)
            b.drop = b.drop or b.metric is None  # a qualified metric we cannot name


def _gaps(lowers: list[str], items: Sequence[Num] | Sequence[_M]) -> list[list[str]]:
    """The words between consecutive numbers or mentions."""
    starts = [x.start if isinstance(x, _M) else x.i for x in items]
    return [lowers[a.end : b] for a, b in zip(items, starts[1:], strict=False)]


def _slashed(lowers: list[str], items: Sequence[Num] | Sequence[_M]) -> bool:
    """Items listed with slashes only: "0.66/0.6/0.73", "Dice/precision/recall"."""
    return len(items) > 1 and all(g == ["/"] for g in _gaps(lowers, items))


def _coordinated(lowers: list[str], items: Sequence[Num] | Sequence[_M]) -> bool:
    """Items listed with commas and a last "and": "PLCC and SROCC", "90.9%, 90.9%, and 90.91%"."""
    gaps = _gaps(lowers, items)
    return bool(gaps) and all(g in _LIST_GAPS for g in gaps) and (
        gaps[-1][-1] == "and"
    )


def _shared_metrics(binder: _Binder, group: list[Num], out: dict[int, Binding]) -> None:
    """ "an accuracy and F1-score of 98.00%", "97% accuracy and F1-score": one score named by
    two or more coordinated metrics is a score on each of them."""
    if len(group) != 1 or group[0].role != "score":
        return
    num, b = group[0], out[group[0].i]
    if b.metric is None or b.metric_cue < 0.3:
        return
    mets, lowers = binder.metrics, binder.lowers
    k = next((k for k, m in enumerate(mets) if m.end == b.metric.end), None)
    if k is None:
        return

    def joined(x: int) -> bool:  # mets[x] and mets[x + 1] with only "," / "and" between
        return _gaps(lowers, mets[x : x + 2])[0] in _LIST_GAPS

    lo = hi = k
    if mets[k].end <= num.i:  # the list before the number ends in its metric
        while lo > 0 and joined(lo - 1):
            lo -= 1
        first = mets[lo].start - 1
        if first >= binder.lo and (_NUMBER.match(lowers[first]) or lowers[first] in _PERCENT):
            return  # "95% accuracy and F1 of 0.91": the first one has its own number
    else:  # "97% accuracy and F1-score": the list after it
        while hi + 1 < len(mets) and joined(hi):
            hi += 1
        after = binder.tt.texts[mets[hi].end : mets[hi].end + 3]
        if any(_NUMBER.match(w) for w in after):
            return  # "95% accuracy and F1 of 0.91": the last one has its own number
    if lo == hi or not _coordinated(lowers, mets[lo : hi + 1]):
        return
    named = (binder.qualified_metric(m, num) for m in mets[lo : hi + 1] if m is not mets[k])
    b.also_metrics = tuple(
        m for m in named if m is not None and m.kb_id_ != b.metric.kb_id_
    )


def _listed_metrics(binder: _Binder, group: list[Num], out: dict[int, Binding]) -> None:
    """ "a Dice/precision/recall of 0.66/0.6/0.73", "PLCC and SROCC scores of 0.98/0.97",
    "precision, recall, and F1 of 90.9%, 90.9%, and 90.91%": listed numbers take, in order,
    as many metrics listed (with slashes, or commas and "and") right before them (up to link
    words: "of", "=", "are", "performance to"); numbers listed with slashes also take those
    right after them ("0.66/0.73 Dice/recall"), and a later slash list of as many bare numbers
    in the sentence ("…, 0.8/0.79/0.81 for D2") takes the same metrics."""
    lowers = binder.lowers
    slashed = _slashed(lowers, group)
    if not slashed and not _coordinated(lowers, group):
        return
    n = len(group)
    for k in range(len(binder.metrics)):
        listed = binder.metrics[k : k + n]
        if len(listed) < n or not (_slashed(lowers, listed) or _coordinated(lowers, listed)):
            continue
        gap = lowers[listed[-1].end : group[0].i]
        before = len(gap) <= 3 and all(
            w in _METRIC_LINK or w in _RESULT_NOUNS or w == "to" for w in gap
        )  # "accuracy and F1 score performance to 95.1%/0.918"
        if before or (slashed and listed[0].start == group[-1].end):
            for num, metric in zip(group, listed, strict=True):
                out[num.i].metric, out[num.i].metric_cue = metric, 0.3
            binder.slash_metrics = listed if slashed else []
            return
    named = _named_metric_list(binder, group)
    if named is not None:  # "Dice, HD95 and ASSD of 0.88, 2.91 and 0.93": names no list knows
        for num, metric in zip(group, named, strict=True):
            out[num.i].metric, out[num.i].metric_cue = metric, 0.3
        return
    if not slashed:
        return
    end = group[-1].end
    own = binder.metric_after(group[-1]) is not None or (
        end < binder.hi and _measure_name(binder.tt.texts[end])
    )  # "97.3/72.9 AP": a measure of its own
    if len(binder.slash_metrics) == n and binder.bare(group[-1]) and not own:
        for num, metric in zip(group, binder.slash_metrics, strict=True):
            out[num.i].metric, out[num.i].metric_cue = metric, 0.25


def _measure_items(binder: _Binder, k: int) -> list[tuple[int, int]]:
    """The coordinated noun phrases ending at token ``k`` ("a mean error, mean squared
    deviation, and intraclass correlation coefficient (ICC)"), in text order: items of up to
    four words (a bracketed short name may follow each), the list opened by an article, a
    score verb or "with"; none when it is not such a list ("Dice scores for A, B and C")."""
    lowers, lo = binder.lowers, binder.lo
    items: list[tuple[int, int]] = []
    opened: list[tuple[int, int]] = []  # the items up to an article that may open the list
    end = k + 1
    while k >= lo:
        if lowers[k] == ")":  # "(ICC)": the item's short name
            k -= 1
            while k >= lo and lowers[k] != "(":
                k -= 1
            k -= 1
            continue
        start = k
        while start - 1 >= lo and k - start < 3 and _item_word(lowers[start - 1]):
            start -= 1
        if not _item_word(lowers[start]):
            return opened[::-1]
        items.append((start, end))
        j = start - 1
        if j >= lo and lowers[j] in _ARTICLES:
            j -= 1  # "a mean error and an ICC": each item may have its article
            if j < lo or _items_opener(lowers[j]):
                return items[::-1]
            if lowers[j] not in (",", "and"):
                return opened[::-1]
            opened = list(items)  # ", and a mean error and an ICC": the clause's "and"?
        elif j < lo or _items_opener(lowers[j]):
            return items[::-1]
        if lowers[j] == "and":
            j -= 1
        if j >= lo and lowers[j] == ",":
            j -= 1
        elif lowers[j + 1] != "and":
            return opened[::-1]
        end, k = j + 1, j
    return opened[::-1]


def _item_word(w: str) -> bool:
    return (
        w.replace("-", "").isalpha()
        and w not in _ARTICLES
        and w not in _PREPOSITIONS
        and w not in _DATASET_PREP
        and w not in ("and", "by", "at")
    )


def _items_opener(w: str) -> bool:
    return w in SCORE_VERBS or w in ("with", ":")


# a change named by a singular noun right before its "from X to Y" ("an F1 increase from")
_CHANGE_NOUNS = _GAIN_NOUNS | {"rise", "jump", "drop", "decline"}
# between a measure and the "from" of its change: "the accuracy of LLaVA on ZorbQA from"
_FROM_LINK = frozenset({"of", "on", "in", "for", "the", "a", "an", "its", "their", "our", "-"})
_ITEMS_LINK = (_METRIC_LINK | _RESULT_NOUNS) - {")"}  # "(ICC) of": the bracket is the item's


def _measure_back(binder: _Binder, i: int, skip: frozenset[str]) -> int:
    """The last token of the measures listed before token ``i``, past the link words in
    ``skip``, but not into a Metric mention that ends in one ("accuracy and success rate of":
    "rate" is the metric's, not a link)."""
    k = _skip_back(binder.lowers, i - 1, binder.lo, skip)
    return next((m.end - 1 for m in binder.metrics if m.start <= k < m.end <= i), k)


def _respective_items(binder: _Binder, group: list[Num], out: dict[int, Binding]) -> None:
    """ "a mean error, mean squared deviation, and ICC of 0.04, 0.054, and 0.782,
    respectively": as many measures listed before the numbers as there are numbers pair in
    order; the ones we have no Metric for leave their number unmeasured (not the nearest
    metric's)."""
    if len(group) < 2 or "respectively" not in binder.lowers[group[-1].end : group[-1].end + 2]:
        return
    k = _measure_back(binder, group[0].i, _ITEMS_LINK)
    if k == group[0].i - 1:
        return
    items = _measure_items(binder, k)
    if len(items) != len(group):
        return
    found = [
        next((m for m in binder.metrics if a <= m.start and m.end <= b), None)
        or (binder._acronym_metric(b - 1) if binder._measure_word(b - 1) else None)
        for a, b in items
    ]  # a Metric mention, or a measure's word ("ICC", "average BRISQUE")
    if all(m is not None for m in found) or all(m is None for m in found):
        return
    for num, m in zip(group, found, strict=True):
        b = out[num.i]
        if m is None:
            b.metric, b.metric_cue, b.drop = None, 0.0, True
        else:
            b.metric, b.metric_cue = binder.qualified_metric(m, num), 0.3


def _named_metric_list(binder: _Binder, group: list[Num]) -> list[_M] | None:
    """As many measures as numbers, listed right before them with commas and "and" (or
    slashes), each a Metric mention or a measure's short name ("Dice, HD95 and ASSD values of
    0.88, 2.91 and 0.93", "PLCC, SROCC and KRCC of …"); None unless every item is one."""
    lowers, n = binder.lowers, len(group)
    k = _measure_back(binder, group[0].i, _METRIC_LINK | _RESULT_NOUNS)
    if group[0].i - 1 - k > 3:
        return None
    items: list[tuple[int, int, _M | None]] = []
    while len(items) < n and k >= binder.lo:
        m = binder.metric_ending(k + 1)
        if m is not None:
            items.append((m.start, m.end, m))
        elif binder._measure_word(k):
            items.append((k, k + 1, None))
        else:
            return None
        k = items[-1][0] - 1
        if len(items) < n:
            gap = _skip_back(lowers, k, binder.lo, frozenset({",", "and", "/"}))
            if gap == k or k - gap > 2:
                return None
            k = gap
    if len(items) != n or (k >= binder.lo and lowers[k] in _PREPOSITIONS | {"for", "by"}):
        return None  # "Dice scores for wTV, dTV and AG-TV were …": what is measured
    items.reverse()
    gaps = [lowers[a[1] : b[0]] for a, b in pairwise(items)]
    if not (all(g == ["/"] for g in gaps) or gaps[-1][-1:] == ["and"]):
        return None
    return [m if m is not None else binder._acronym_metric(a) for a, _, m in items]


def _bind_datasets(binder: _Binder, group: list[Num], out: dict[int, Binding]) -> None:
    listed = _listed_datasets(binder, group)
    paired = _respectively(binder, group, listed)
    if paired is not None:
        for num, d in zip(group, paired, strict=True):
            out[num.i].dataset, out[num.i].dataset_cue = d, 0.15
        binder.paired_data[group[0].i] = paired
        return
    if len(listed) > 1:
        for num in group:  # "X, Y and Z on D1 and D2", "X in D1, D2 and D3": whose? which?
            out[num.i].uncertain = True
    last = group[-1]
    after_last = out[last.i].metric
    shared = binder.dataset_after(
        after_last.end if after_last is not None and after_last.start >= last.end else last.end
    )
    if shared is not None and _pair_respective_names(binder, group, out, shared):
        return
    for num in group:
        b = out[num.i]
        start = b.metric.end if b.metric is not None and b.metric.start >= num.end else num.end
        bracketed = binder.bracketed_data(num) if num.role == "score" else None
        if bracketed == "unknown":
            b.uncertain = True  # "5.38 (MMPD)": data we have no entity for
            continue
        d = (
            (bracketed if isinstance(bracketed, _M) else None)
            or binder.dataset_of_metric(num, b.metric)
            or binder.dataset_after(start)
            or (binder.dataset_after(num.end) if start != num.end else None)  # "on D (M)"
            or (shared if len(group) > 1 else None)
        )
        if d is not None:
            b.dataset, b.dataset_cue = d, 0.15
            if binder.edition_list(d):
                b.uncertain = True  # "on the CROHME 2014/2016/2019 test sets": which one?
            if d.id_ == "name_shape" and binder.numbers_on_models:
                # "76.48% on Gemini 2.0 Flash, 68.56% on QVQ-Max": a list of targets, where a
                # name read as data may be one more model
                b.uncertain = num.role == "score"
        elif binder.sent_dataset is not None and binder.sent_dataset.start < num.i:
            b.dataset, b.dataset_cue = binder.fronted_dataset(num) or binder.sent_dataset, 0.1
        elif binder.on_described_data(num, start):
            b.described_data = True  # "99.49% on synthetic test data": described, not named
        elif binder.on_unread(num, start):
            b.uncertain = num.role == "score"  # "35.8% on video reasoning benchmark VSI-bench"
        elif num.role == "score":
            _dataset_from_context(binder, num, b)


def _pair_respective_names(
    binder: _Binder, group: list[Num], out: dict[int, Binding], d: _M
) -> bool:
    """ "X1, …, X4 on Covid-19, Tuberculosis, … and Retinal OCT images respectively": the list
    that dataset ``d`` opens is the numbers' in order; the items we know as datasets are
    theirs, and ``d`` is no other number's. Done (``True``) when ``d`` opens such a list."""
    items = _respective_names_after(binder, d)
    if items is None:
        return False
    known = {m.start: m for m in binder.datasets if m.start >= d.start}
    if len(items) == len(group):
        for num, (a, e) in zip(group, items, strict=True):
            m = known.get(a) if a != d.start else d
            if m is not None and m.end <= e:  # "the Zenseact Open Dataset": with its head
                out[num.i].dataset, out[num.i].dataset_cue = m, 0.15
    return True


def _respective_names_after(binder: _Binder, d: _M) -> list[tuple[int, int]] | None:
    """The items of a list of two or more short names, no numbers among them, that dataset
    ``d`` opens and "respectively" closes ("on D, Tuberculosis and Retinal OCT images
    respectively"); ``None`` when ``d`` opens none."""
    listed = _respective_list(binder, d.start)
    if listed is None or len(listed[0]) < 2:
        return None
    items = listed[0]
    words_ = binder.tt.texts[d.start : items[-1][1]]
    if any(_NUMBER.match(w) for w in words_) or any(e - a > 8 for a, e in items):
        return None  # "53.1 mAP on D1 and 62.3 on D2, surpassing … by 1.2 and 4.1, respectively"
    return items


def _dataset_from_context(binder: _Binder, num: Num, b: Binding) -> None:
    """A score whose sentence binds it no dataset: the paper's one new benchmark, the one
    dataset of the evaluation stated just before, the paper's one evaluation dataset (a guess
    below the bar), or the one dataset the sentence names elsewhere."""
    ctx = binder.ctx
    if ctx.benchmark is not None and not binder.clause_datasets(num):
        # a paper that introduces one benchmark reports its numbers on it
        b.dataset = _M(num.i, num.end, "Dataset", ctx.benchmark, "own_benchmark")
        b.dataset_cue = 0.05
    elif not binder.datasets and ctx.previous is not None and not binder.names_unknown_data():
        # "S achieves state-of-the-art results on D. Specifically, S-Tiny reaches X": the
        # one dataset of the sentence before, which states the evaluation with no number
        b.dataset, b.dataset_cue = ctx.previous, 0.05
    elif (only := binder.only_evaluated(num, b)) is not None:
        # the paper's one evaluation dataset, named before: likely, but the sentence does
        # not say so (gold often leaves such a score on no dataset): below the bar
        b.dataset, b.dataset_cue, b.uncertain = only, 0.05, True
    elif b.metric is not None and (only := binder.only_dataset(num)):
        # "S achieves 56.2% accuracy at 80% sparsity on the D dataset", "We use D to …,
        # with S achieving X": the one dataset the sentence names, wherever it stands
        b.dataset, b.dataset_cue = only, 0.1
    elif not binder.datasets and binder.data_by_reference:
        # "F1 scores of 82.50%, 81.14% … in the above datasets": each number is on one of
        # data named elsewhere, so on no dataset is not what the text says
        b.uncertain = True


_LIST_HEAD = frozenset(
    {"on", "the", "(", ")", ",", "and", "%", "results", "result", "scores", "score",
     "performance", "across", "of", ":"}
)  # fmt: skip
_LIST_SEP = frozenset({",", ":", ";", "(", "and"})


def _pair_subjects(binder: _Binder, group: list[Num]) -> None:
    """ "Deepseek-R1 and QwQ-32B achieve only 43.4 and 41.8": a subject list as long as the
    group of numbers pairs with it in order. One number after a subject list ("A, B and C
    each achieve an accuracy of 99%") is every listed system's, when nothing else (another
    number or system) stands between the verb and it."""
    if group[0].role != "score":
        return
    named = binder.name_right_before(group[0]) if len(group) >= 2 else None
    if named is not None and all(binder.name_right_before(n) is None for n in group[1:]):
        for num in group:
            binder.paired[num.i] = named  # "compared to ViT 86.54%, 88.28%, and 86.39%"
        return
    listed = binder.systems_listed_after(group) if len(group) >= 2 else []
    if len(listed) == len(group):
        for num, m in zip(group, listed, strict=True):
            binder.paired[num.i] = m  # "0.148 and 0.143 for DoRA and LoRA, respectively"
        return
    subjects = binder.subject_list(group[0])
    if len(group) >= 2 and len(subjects) == len(group):
        for num, m in zip(group, subjects, strict=True):
            binder.paired[num.i] = m
    elif len(group) == 1 and len(subjects) >= 2 and binder.alone_after_list(group[0], subjects):
        binder.paired[group[0].i] = subjects[0]
        binder.shared[group[0].i] = subjects[1:]


def _opening_before(lowers: list[str], num: Num, lo: int) -> int | None:
    """The bracket or colon the number opens, also after a score verb ("(reaching 97.1%")."""
    k = num.i - 1
    if k - 1 >= lo and lowers[k] in SCORE_VERBS and lowers[k - 1] == "(":
        k -= 1
    return k if lowers[k] in ("(", ":") else None


def _bind_dataset_list(binder: _Binder, num: Num, b: Binding) -> None:
    """ "Recall@5 results on PopQA (55.3%), 2Wiki (93.7%) and MuSiQue (77.3%)", "accuracy:
    MMLU 86.1%, ARC 79.3%", "(MMLU: 86.1%)": a number in brackets, after a colon or right
    after a listed dataset is that dataset's, in the metric that heads the list."""
    if b.dataset_cue >= 0.15 or num.i - 2 < binder.lo:
        return
    opening = _opening_before(binder.lowers, num, binder.lo)
    if opening is not None:
        if opening - 1 >= binder.lo and binder.lowers[opening - 1] in DATASET_HEADS:
            opening -= 1  # "the Turkish AUTSL datasets (97.07% accuracy)"
        d = binder.dataset_ending(opening)
    else:  # "accuracy: MMLU 86.1%, ARC 79.3%"
        d = binder.dataset_ending(num.i)
        if d is not None and d.start > binder.lo and binder.lowers[d.start - 1] not in _LIST_SEP:
            d = None
    if d is None:
        return
    b.dataset, b.dataset_cue = d, 0.15
    if b.metric is not None:
        return
    in_dataset = {k for m in binder.datasets for k in range(m.start, m.end)}
    k = d.start - 1
    while k >= binder.lo and (
        k in in_dataset
        or binder.lowers[k] in _LIST_HEAD
        or _NUMBER.match(binder.tt.texts[k]) is not None
        or _name_token(binder.tt.texts[k])
    ):
        m = binder.metric_ending(k + 1)
        if m is not None:
            b.metric, b.metric_cue = m, 0.25
            return
        k -= 1


# "performance reaching X", "results of X" (not "a similarity score of X", "performance (X)")
_GENERIC_LEADS = frozenset({"performance", "result", "results"})


def _carry_metric(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "an accuracy of 97.1% on A, 91.2% on B": B's number keeps the metric of A's."""
    prev: Binding | None = None
    prev_end = -1
    prev_unit: str | None = None
    percent: Binding | None = None  # the last percentage's binding with a measure
    for num in nums:
        b = out[num.i]
        if (
            b.metric is None
            and prev is not None
            and prev.metric is not None
            and binder.bare(num)
            and (num.unit == prev_unit or "." in binder.tt.texts[num.i])  # not "(round 1)"
        ):
            if num.unit == "%" and prev_unit is None and percent is not None:
                # "92.3 percent accuracy and an F1-score of 0.89 in English and 88.4 percent
                # in Sinhala": a percentage after a fraction's measure is the percentage's
                prev = percent
            between = range(prev_end, num.i)
            others = [  # by position: the carried metric may be its qualified form
                m for m in binder.metrics if m.start in between and m.start != prev.metric.start
            ]
            # "… MSE of 0.0047 and segmentation mAP@50 scores up to 0.78": a measure of its own
            unread = any(_AT_K.match(binder.tt.texts[k]) for k in between)
            # "accuracy of 66.14% across …, with performance reaching 78.06%": a number the
            # generic word leads takes the measure named before it, however far
            lowers = binder.lowers
            led = num.i - 2 >= binder.lo and lowers[num.i - 2] in _GENERIC_LEADS
            led = led and lowers[num.i - 1].isalpha()
            # "it reached 77.2% balanced accuracy in distinguishing … subjects, and 67.9% for
            # identifying …": the number the clause's ", and" coordinates with the first
            parallel = lowers[num.i - 2 : num.i] == [",", "and"] and SCORE_VERBS.isdisjoint(
                lowers[prev_end : num.i]
            )
            near = (num.i - prev_end <= 10 or led or parallel) and not (others or unread)
            if near and not binder.own_measure(num, prev_end):
                b.metric, b.metric_cue = prev.metric, 0.25
                _carry_sole_dataset(binder, num, b, prev)
        prev, prev_end, prev_unit = b, num.end, num.unit
        if num.unit == "%" and b.metric is not None:
            percent = b


def _carry_sole_dataset(binder: _Binder, num: Num, b: Binding, prev: Binding) -> None:
    """ "for the PAD-UFES-20 dataset, the model achieved a balanced accuracy of 0.6457 for
    six-class classification and 0.8357 for binary classification": a number that takes its
    measure from the one before it also takes the sentence's one dataset that one took (the
    dataset guess of :func:`_dataset_from_context` waits for a measure, which came later); not
    a number whose own data we cannot read ("80.1% (MMLU) and 70.2% (Zorbset)")."""
    guessed = prev.dataset is not None and prev.dataset_cue < 0.15  # the sentence's, not bound
    unbound = b.dataset is None and not b.doubtful
    if unbound and guessed and binder.only_dataset(num) is prev.dataset:
        b.dataset, b.dataset_cue = prev.dataset, prev.dataset_cue


def _carry_to_compared(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "S reaches a 96% F1-score …, outperforming A (91%), B (83%) and GPT-4o (79%)": a
    bare number in brackets after a named system, in a comparison with a score that has a
    metric, is that system's score on the same metric."""
    first: tuple[Num, Binding] | None = None
    for num in nums:
        b = out[num.i]
        if first is None:
            if b.metric is not None and b.metric_cue >= 0.25:
                first = num, b
            continue
        if b.metric is not None or num.unit != first[0].unit:
            continue
        if num.end >= binder.hi or binder.lowers[num.end] != ")":
            continue
        if binder._parenthesised(num) is None:
            continue
        between = binder.lowers[first[0].end : num.i]
        own = first[1].metric.start
        others = [m for m in binder.metrics if first[0].end <= m.start < num.i and m.start != own]
        if not others and any(w.startswith(_COMPARISON_WORDS) for w in between):
            b.metric, b.metric_cue = first[1].metric, 0.25


def _respective_metrics(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "78% mIoU and 87% F1 on the first set and 17% and 25% respectively on the second":
    a group of bare numbers said "respectively" takes, in order, the metrics of as many
    numbers before it that name their own, all different."""
    for group in _groups(nums, binder.lowers):
        after = binder.lowers[group[-1].end : group[-1].end + 2]
        if len(group) < 2 or "respectively" not in after:
            continue
        if any(out[n.i].metric_cue >= 0.3 for n in group):
            continue
        named = [
            m
            for n in nums
            if n.end <= group[0].i and out[n.i].metric_cue >= 0.3
            and (m := out[n.i].metric) is not None
        ][-len(group) :]
        if len(named) < len(group) or len({m.kb_id_ for m in named}) < len(group):
            continue
        for num, m in zip(group, named, strict=True):
            out[num.i].metric, out[num.i].metric_cue = m, 0.25


def _parallel_lists(binder: _Binder, groups: list[list[Num]], out: dict[int, Binding]) -> None:
    """ "patch-level accuracies of A1, …, A4 and image-level accuracies of B1, …, B4 on D1, …,
    D4, respectively": a list of numbers joined by "and" to the next, as long as it, takes in
    order the datasets the next one is paired with."""
    for g1, g2 in reversed(list(pairwise(groups))):
        paired = binder.paired_data.get(g2[0].i)
        if paired is None or len(g1) != len(g2) or any(out[n.i].dataset_cue >= 0.15 for n in g1):
            continue
        between = binder.lowers[g1[-1].end : g2[0].i]
        if "and" not in between or not _CLAUSE_BREAKS.isdisjoint(between) or "." in between:
            continue
        if any(g1[-1].end <= m.start < g2[0].i for m in binder.datasets):
            continue
        for num, d in zip(g1, paired, strict=True):
            out[num.i].dataset, out[num.i].dataset_cue = d, 0.15
        binder.paired_data[g1[0].i] = paired


def _respective_datasets(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "using the COCO and MOT15 datasets, where we achieve 0.21 mAP and 38.9 MOTA
    respectively": the sentence's scores, none bound to a dataset after it, take in order
    the datasets listed before the first of them, when there are as many."""
    said = [k for k in range(binder.lo, binder.hi) if binder.lowers[k] == "respectively"]
    # the numbers the first "respectively" closes ("…, respectively, outperforming R (X)")
    nums = [n for n in nums if said and n.end <= said[0]]
    if len(nums) < 2:
        return
    if any(out[n.i].dataset_cue >= 0.15 for n in nums):
        _parallel_datasets(nums, out)
        return
    listed: list[_M | None] = list(_datasets_listed_before(binder, nums[0].i))
    if not binder.datasets:  # "… across A, B, and C. S achieves X, Y, and Z respectively"
        listed = list(binder.ctx.previous_list)
    elif len(listed) < len(nums):
        listed = _with_unknown_items(binder, listed)
    known = {m.kb_id_ for m in listed if m is not None}
    if len(listed) != len(nums) or len(known) < len(nums) - listed.count(None):
        return
    for num, d in zip(nums, listed, strict=True):
        if d is None:  # "On D1 and DL20, … 74.2 and 70.8, respectively": not on D1
            out[num.i].uncertain = True
        else:
            out[num.i].dataset, out[num.i].dataset_cue = d, 0.15


def _compared_lead(before: list[str], versus: frozenset[str] = _VERSUS) -> bool:
    """Do the (up to) two words ``before`` a name say it is what something is compared with:
    one of ``versus`` right before it ("vs. S"), or "compared to" / "compared with"?"""
    return (bool(before) and before[-1] in versus) or before in _COMPARED_TO


def _compared_list(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "99.1% on A and 87.4% on B, compared with 97.8% and 79.2% for S", "…, outperforming
    S (74.6% and 9.3%)": numbers a comparison lists for one system pair, in order, with the
    datasets (and measures) of as many numbers before them."""
    lowers, lo = binder.lowers, binder.lo
    for group in _groups(nums, lowers):
        end = group[-1].end
        if len(group) < 2 or end >= binder.hi:
            continue
        if any(out[n.i].dataset_cue >= 0.15 for n in group):
            continue
        before = lowers[max(lo, group[0].i - 2) : group[0].i]
        compared = lowers[end] == "for" and _compared_lead(before)
        # "outperforming GPT-4o (74.6% and 9.3%)": the list in brackets after a system
        bracketed = lowers[end] == ")" and before[-1:] == ["("] and any(
            m.end == group[0].i - 1 for m in binder.systems
        )
        if not (compared or bracketed):
            continue
        bound = [n for n in nums if n.end <= group[0].i and out[n.i].dataset_cue >= 0.15]
        bound = bound[-len(group) :]
        data = {out[n.i].dataset.kb_id_ for n in bound if out[n.i].dataset is not None}
        if len(bound) != len(group) or len(data) != len(group):
            continue
        if any(n.unit != group[0].unit for n in bound):
            continue
        for num, ref in zip(group, bound, strict=True):
            b, r = out[num.i], out[ref.i]
            b.dataset, b.dataset_cue = r.dataset, 0.15
            if b.metric_cue < 0.25 and r.metric is not None:
                b.metric, b.metric_cue = r.metric, 0.25


def _parallel_datasets(nums: Sequence[Num], out: dict[int, Binding]) -> None:
    """ "71.5% on CIFAR-10 and 38.2% on CIFAR-100, while FedAvg obtains 58.3% and 29.6%,
    respectively": the numbers after the last one bound to a dataset take, in order, the
    datasets the numbers before them were bound to, when there are as many."""
    last = max(k for k, n in enumerate(nums) if out[n.i].dataset_cue >= 0.15)
    tail = nums[last + 1 :]
    bound: list[_M] = []
    for n in nums[: last + 1]:
        d = out[n.i].dataset
        if out[n.i].dataset_cue >= 0.15 and d is not None and d.kb_id_ not in {
            b.kb_id_ for b in bound
        }:
            bound.append(d)
    if len(tail) < 2 or len(tail) != len(bound) or any(out[n.i].dataset for n in tail):
        return
    for num, d in zip(tail, bound, strict=True):
        out[num.i].dataset, out[num.i].dataset_cue = d, 0.15


def _with_unknown_items(binder: _Binder, listed: list[_M | None]) -> list[_M | None]:
    """The listed datasets with the one-word names no rule knows that the same list
    coordinates after them ("On TREC DL19 and DL20,"), as ``None`` items."""
    last = listed[-1] if listed else None
    if last is None:
        return listed
    lowers, k, out = binder.lowers, last.end, list(listed)
    while k + 1 < binder.hi and lowers[k] in (",", "and"):
        j = k + 1 + (lowers[k] == "," and lowers[k + 1] == "and")
        if j >= binder.hi or not binder._unknown_name(j) or binder._in_mention(j + 1):
            break
        out.append(None)
        k = j + 1
    return out


def _share_dataset_back(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "an F1 of 91.2 and an exact match of 84.1 on SQuAD": the dataset said once, at the end
    of coordinated results, is every one's (shared from the last one back)."""
    shared: set[int] = set()
    for a, b in reversed(list(pairwise(nums))):
        ba, bb = out[a.i], out[b.i]
        weak = bb.dataset_cue < 0.15 and b.i not in shared
        if ba.dataset is not None or bb.dataset is None or weak or bb.doubtful:
            continue  # (an uncertain dataset is not shared: "… of 1.2% in D1, D2 and D3")
        between = binder.lowers[a.end : b.i]
        starts = range(a.end, b.i)
        listed = ("and" in between or "," in between) and SCORE_VERBS.isdisjoint(between)
        listed = listed or _from_to(binder.lowers, a, binder.lo) == "from"  # "from X to Y on D"
        own = not _DATASET_PREP.isdisjoint(between)  # "67.7% AUC on AntiUAV and 62.8% … on D"
        if listed and not own and not any(d.start in starts for d in binder.datasets):
            ba.dataset, ba.dataset_cue = bb.dataset, 0.1
            shared.add(a.i)


def _past_label(lowers: list[str], k: int) -> int:
    """Past a short bracketed label at ``k`` ("(baseline)", "(Round 1)"): the next token."""
    close = bracket_close(lowers, k, 5)
    return k if close is None else close + 1


def _prepositional(w: str) -> bool:
    """A word that governs the name after it: a preposition or a participle ("used", "based")."""
    return w in _PREPOSITIONS or w.endswith("ed")


def _before_label(lowers: list[str], k: int, lo: int) -> int:
    """Before a short bracketed label ending at ``k`` (see :func:`_past_label`)."""
    opening = bracket_open(lowers, k, lo, 4) if k >= lo else None
    return k if opening is None else opening - 1


_UP_FROM = frozenset({"up", "down", "(", ",", "%"})


def _number_before(lowers: list[str], k: int, lo: int) -> bool:
    """Does a number end right before the "from" at token ``k`` ("0.949 (from", "69.3%, up
    from", "to 0.949 from")? Then what follows "from" is the value it changed from."""
    j = k - 1
    while j >= max(lo, k - 4) and lowers[j] in _UP_FROM:
        j -= 1
    return j >= lo and _NUMBER.match(lowers[j]) is not None


def _from_to(lowers: list[str], num: Num, lo: int) -> str | None:
    """ "from X to Y": ``"from"`` for X (the baseline), ``"to"`` for Y (the paper's own); a
    short label in brackets may follow X ("from 18.45% (baseline) to 23.63%")."""
    nxt = _past_label(lowers, num.end)
    if num.i - 1 >= lo and lowers[num.i - 1] == "from" and (
        "to" in lowers[nxt : nxt + 1] or _number_before(lowers, num.i - 1, lo)
    ):
        return "from"  # also "0.949 (from 0.873)", "69.3%, up from 58.8%", "to 0.95 from 0.87"
    if "to" in lowers[num.end : num.end + 1] and _from_measure(lowers, num.i, lo):
        return "from"  # "from an F1 score of 36.1 to 89.5"
    pair = _change_pair(lowers, num, lo)
    if pair is not None:
        return pair[1]  # "by 11.62% (49.07% to 60.69%)"
    if num.i - 1 >= lo and lowers[num.i - 1] == "from" and _phrase_to(lowers, nxt) is not None:
        return "from"  # "from 66.14% with the Swin Transformer baseline to 77.11% with …"
    if num.i - 3 >= lo and lowers[num.i - 1] == "to":
        if nxt + 1 < len(lowers) and lowers[nxt] == "from" and _NUMBER.match(lowers[nxt + 1]):
            return "to"  # "raises the AUC to 0.949 from 0.873"
        k = _skip_back(lowers, _before_label(lowers, num.i - 2, lo), lo, _PERCENT)
        if k - 1 >= lo and lowers[k - 1] == "from":
            return "to"
        if k >= lo and _NUMBER.match(lowers[k]) and _from_measure(lowers, k, lo):
            return "to"
        if _phrase_from(lowers, num.i - 1, lo):
            return "to"
    return None


# what opens the phrase that says under what a "from" number holds: "from 66.14% with the
# Swin Transformer baseline to …", "from 73.0% with no spectral information to …"
_FROM_PHRASE = frozenset({"with", "for", "using", "under", "at", "when", "without"})
_PHRASE_REACH = 10


def _phrase_to(lowers: list[str], k: int) -> int | None:
    """The "to" (followed by a number) that ends a phrase opened at token ``k`` by one of
    :data:`_FROM_PHRASE`, with no number or clause break in it; else None."""
    if k >= len(lowers) or lowers[k] not in _FROM_PHRASE:
        return None
    for j in range(k + 1, min(len(lowers) - 1, k + _PHRASE_REACH)):
        w = lowers[j]
        if w == "to":
            return j if _NUMBER.match(lowers[j + 1]) else None
        if w in _BREAK or _NUMBER.match(w):
            return None
    return None


def _phrase_from(lowers: list[str], to: int, lo: int) -> bool:
    """Is the "to" at token ``to`` the end of a phrase after "from X" (see :func:`_phrase_to`)?"""
    for j in range(to - 1, max(lo, to - _PHRASE_REACH) - 1, -1):
        if lowers[j] in _FROM_PHRASE:
            k = _skip_back(lowers, j - 1, lo, _PERCENT)
            if k - 1 >= lo and _NUMBER.match(lowers[k]) and lowers[k - 1] == "from":
                return _phrase_to(lowers, j) == to
        if lowers[j] in _BREAK or _NUMBER.match(lowers[j]):
            return False
    return False


# what joins the two numbers of a change written in brackets: "(49.07% to 60.69%)", "(50% -> 82%)"
_CHANGE_ARROWS = frozenset({"to", "→", "->"})
_PAIR_REACH = 10  # how far before the bracket its cue may stand ("+7.1% increase in … (UAR) (")


def _number_value(token: str) -> float | None:
    """The size of the number a token writes, its sign aside ("+7.1" → 7.1), else None."""
    m = _NUMBER.match(token)
    return None if m is None else float(m.group(2).replace(",", "") + (m.group(3) or ""))


def _unsigned_number(token: str) -> bool:
    m = _NUMBER.match(token)
    return m is not None and not m.group(1)


def _bracket_numbers(lowers: list[str], opening: int) -> tuple[int, int, int] | None:
    """``(first, second, close)`` token indices of "( [from] X [%] to|→ Y [%] )" opening at
    ``opening``, else None (also for signed numbers: "(+0.9% to +6.6%)" is a range of gains)."""
    n = len(lowers)
    k = opening + 1 + (opening + 1 < n and lowers[opening + 1] == "from")
    if k >= n or not _unsigned_number(lowers[k]):
        return None
    first = k
    k += 1 + (k + 1 < n and lowers[k + 1] in _PERCENT)
    if k + 1 >= n or lowers[k] not in _CHANGE_ARROWS or not _unsigned_number(lowers[k + 1]):
        return None
    second = k + 1
    close = second + 1 + (second + 1 < n and lowers[second + 1] in _PERCENT)
    return (first, second, close) if close < n and lowers[close] == ")" else None


def _change_pair(lowers: list[str], num: Num, lo: int) -> tuple[int, str] | None:
    """ "boosts the accuracy of M by 11.62% (49.07% to 60.69%)", "a 3.6% improvement on AQuA
    (60.6% to 64.2%)", "(from 68.1% to 75.2%)", "(50% -> 82%)": two numbers alone in brackets,
    joined by "to" or an arrow, that say a measure's value before and after a change (see
    :func:`_bracket_cued`): ``(opening bracket, side)``, the side ``"from"`` for the first and
    ``"to"`` for the second, as in "from X to Y"; else None ("correlations (0.70 to 0.85)",
    "the Tang (618 to 907)": a range)."""
    k = num.i - 1
    if k >= lo and lowers[k] == "from":
        k -= 1
    if k >= lo and lowers[k] == "(":
        opening, side = k, "from"
    else:
        j = _skip_back(lowers, num.i - 2, lo, _PERCENT)
        if num.i - 1 < lo or lowers[num.i - 1] not in _CHANGE_ARROWS or j < lo:
            return None
        k = j - 1 - (j - 1 >= lo and lowers[j - 1] == "from")
        if k < lo or lowers[k] != "(":
            return None
        opening, side = k, "to"
    found = _bracket_numbers(lowers, opening)
    if found is None or found[0 if side == "from" else 1] != num.i:
        return None
    return (opening, side) if _bracket_cued(lowers, opening, found, lo) else None


def _bracket_cued(lowers: list[str], opening: int, found: tuple[int, int, int], lo: int) -> bool:
    """Does a bracketed pair of numbers read as a change, not a range? When it says "from" or
    uses an arrow; when a change number before it (at most ten words) equals the pair's
    difference, absolute or relative ("by 5% (85% to 90%)", "an 8.7% improvement (from 0.69
    to 0.75)"); when a change verb or noun comes before it with no number between; or when it
    continues a list of such pairs ("A (73% to 89%), B (55% to 64%)")."""
    first, second, _ = found
    if lowers[opening + 1] == "from" or lowers[second - 1] != "to":
        return True
    x, y = _number_value(lowers[first]), _number_value(lowers[second])
    for k in range(opening - 1, max(lo, opening - _PAIR_REACH) - 1, -1):
        w = lowers[k]
        if w == ")" and _NUMBER.match(lowers[_skip_back(lowers, k - 1, lo, _PERCENT)]):
            before = bracket_open(lowers, k, lo, 6)
            inner = _bracket_numbers(lowers, before) if before is not None else None
            return inner is not None and _bracket_cued(lowers, before, inner, lo)
        d = _number_value(w)
        if d is not None:
            return x is not None and y is not None and _difference_of(d, x, y)
        if w == ";":
            return False
        if w in _CHANGE_VERBS or w in DELTA_VERBS or w in _CHANGE_NOUNS:
            return True
    return False


def _difference_of(d: float, x: float, y: float) -> bool:
    """Is ``d`` the change from ``x`` to ``y``, as written (rounded): their difference, or
    that difference as a percentage of ``x``?"""
    diff = abs(y - x)
    if abs(diff - d) <= 0.0051 + 0.005 * d:
        return True
    return x != 0 and abs(diff / abs(x) * 100 - d) <= 0.051 + 0.01 * d


def _from_to_datasets(
    nums: Sequence[Num], sides: Sequence[str | None], out: dict[int, Binding], binder: _Binder
) -> None:
    """ "improving accuracy on AIME-2024 from 38.2% to 39.9%, on AIME-2025 from 19.8% to
    22.3%": both ends of "on D from X to Y" are on the dataset named right before "from"
    (``sides``: each number's :func:`_from_to`)."""
    lowers, lo = binder.lowers, binder.lo
    paired = False  # an earlier "on D from X to Y" of the sentence: "…, and D2 from X to Y"
    bracketed: dict[int, _M | None] = {}  # a bracketed pair's opening → its dataset
    for num, side in zip(nums, sides, strict=True):
        if side is None:
            continue
        pair = _change_pair(lowers, num, lo)
        if pair is not None:  # "… on three benchmarks: ALFWorld (73% to 89%), Wordcraft (…"
            if pair[0] not in bracketed:
                bracketed[pair[0]] = _bracket_dataset(binder, pair[0], any(bracketed.values()))
            d = bracketed[pair[0]]
            if d is not None:
                out[num.i].dataset, out[num.i].dataset_cue = d, 0.15
            continue
        f = num.i - 1 if side == "from" else _from_before(lowers, num.i, lo, 8)
        if f is None or lowers[f] != "from":
            continue
        # "on the D benchmark from", "on the D test set from": a head and split words may
        # stand between
        end = binder.past_data_tail(f - 1) + 1
        d = binder.dataset_ending(end)
        if d is None:
            continue
        k = _skip_back(lowers, d.start - 1, lo, _ARTICLES)
        if k >= lo and (lowers[k] in ("on", "for", "in") or (paired and lowers[k] == "and")):
            out[num.i].dataset, out[num.i].dataset_cue = d, 0.15
            paired = True


def _from_to_metric(
    nums: Sequence[Num], sides: Sequence[str | None], out: dict[int, Binding], binder: _Binder
) -> None:
    """ "improves the accuracy of LLaVA on ZorbQA from 62.1% to 70.3%": both ends of "from X
    to Y" are on one measure, the one either end names or the clause names right before
    "from" (across names, link words and change verbs: :meth:`_Binder.measure_before_from`);
    ``sides``: each number's :func:`_from_to`."""
    previous: tuple[_M, int] | None = None  # the last pair's measure and where it ended
    for k, a in enumerate(nums):
        if sides[k] != "from" or a.role != "score":
            continue
        # the next "to" number ("from 80.3% (round 1) to 82.1%": the label's number between)
        b = next((n for j, n in enumerate(nums) if j > k and sides[j] == "to"), None)
        if b is None and k and sides[k - 1] == "to":
            b = nums[k - 1]  # "raises the AUC to 0.949 from 0.873"
        if b is None or b.role != "score" or a.unit != b.unit or abs(b.i - a.end) > 8:
            continue
        ba, bb = out[a.i], out[b.i]
        named = [x.metric for x in (ba, bb) if x.metric is not None and x.metric_cue >= 0.25]
        if len(named) == 2:
            previous = (named[0], max(a.end, b.end))
            continue
        m = named[0] if named else binder.measure_before_from(min(a, b, key=lambda n: n.i))
        pair = _change_pair(binder.lowers, a, binder.lo) if m is None else None
        if pair is not None:
            m = _bracket_measure(binder, pair[0], out, previous)
        if m is None and previous is not None and binder.elided_pair(previous[1], a.i - 1):
            m = previous[0]  # "… from 92.8% to 93.4% and on AIME 2024 from 55.5% to 56.7%"
        if m is None:
            continue
        previous = (m, max(a.end, b.end))
        for num, x in ((a, ba), (b, bb)):
            if x.metric is None or x.metric_cue < 0.25:
                x.metric, x.metric_cue = binder.qualified_metric(m, num), 0.25
                x.drop = x.drop or x.metric is None
            _data_of_measure(binder, num, x, m)


def _bracket_dataset(binder: _Binder, opening: int, listed: bool) -> _M | None:
    """The dataset a bracketed change pair follows: a Dataset mention right before the
    bracket ("on ALFWorld (73% to 89%)"), or a name no rule typed there when it is read as
    data: after "on", or ``listed`` after a pair that had its dataset ("ALFWorld (73% to 89%)
    and Wordcraft (55% to 64%)")."""
    end = binder.past_data_tail(opening - 1) + 1
    d = binder.dataset_ending(end)
    if d is not None:
        return d
    start = binder._name_before(opening, opening)
    if start == opening or not all(binder._unknown_name(k) for k in range(start, opening)):
        return None
    if not listed and (start - 1 < binder.lo or binder.lowers[start - 1] != "on"):
        return None
    return binder._data_named(start, opening, "named_data")


def _bracket_measure(
    binder: _Binder, opening: int, out: dict[int, Binding], previous: tuple[_M, int] | None
) -> _M | None:
    """The measure of a bracketed change pair opening at ``opening``, at most ten words back: a
    Metric mention right before it, past its short form ("+7.1% increase in Unweighted Average
    Recall (UAR) (from 68.1% to 75.2%)"); the measure bound to the change's own number before
    it, or named before that number's "by" ("improves AUC-ROC by 5% (85% to 90%)", "improving
    accuracy by +10.1% with M (18.8% to 28.9%)"); or that of the pair it follows in a list
    (``previous``: its measure and end: "accuracy on A (73% to 89%) and B (55% to 64%)")."""
    lowers = binder.lowers
    j, past_change = opening - 1, False
    while j >= max(binder.lo, opening - _PAIR_REACH):
        m = binder.metric_ending(j + 1)
        if m is not None:
            return m
        w = lowers[j]
        if previous is not None and j == previous[1] and w == ")":
            return previous[0]  # the list's first pair's measure
        if w == ")" and not past_change:  # past a short form: "Recall (UAR) ("
            o = bracket_open(lowers, j, binder.lo, 6)
            if o is None or _NUMBER.match(lowers[o + 1]):
                return None
            j = o - 1
            continue
        if j in out:
            if out[j].metric is not None or past_change:
                return out[j].metric  # "by 11.62% (": the change's measure
            past_change = True  # "AUC-ROC by 5% (": the measure the change is of
        elif not _bracket_passes(binder, j, past_change):
            return None
        j -= 1
    return None


def _bracket_passes(binder: _Binder, j: int, past_change: bool) -> bool:
    """May :func:`_bracket_measure` walk back over token ``j``? Names, link words and change
    nouns between the change's number and the bracket; names, "by", link words and change
    verbs between the measure and that number."""
    w = binder.lowers[j]
    if w in (";", ".") or _NUMBER.match(w):
        return False
    if binder._in_mention(j) or binder._unknown_name(j):
        return True  # "… on OlympiadBench Maths (": a name, typed or not
    if past_change:
        return (
            w == "by" or w in _FROM_LINK or w in _CHANGE_VERBS or w in DELTA_VERBS
            or _degree_adverb(w)
        )
    # "a 7.7% overall accuracy enhancement on Math (": the change's noun, its measure before it
    return w in _PAIR_LINK or w in _PERCENT or w in DELTA_WORDS


# between a change's number and its bracketed pair ("by +10.1% with Llama-3.1-8B (", "on
# AQuA ("), or between two pairs of a list ("A (73% to 89%) and B (")
_PAIR_LINK = frozenset({"with", "for", "on", "in", "of", "the", "a", "an", "using", "and", ","})


def _data_of_measure(binder: _Binder, num: Num, b: Binding, m: _M) -> None:
    """ "AMC23 accuracy rising from 63% to 80%", "accuracy on ZorbQA rises to 61.3%": a
    measure found after the datasets were bound still brings the dataset named right before
    or right after it (before the number)."""
    if b.dataset is not None:
        return
    d = binder.dataset_of_metric(num, m)
    if d is None and m.end < num.i and (after := binder.dataset_after(m.end)) is not None:
        d = after if after.end <= num.i else None
    if d is not None:
        b.dataset, b.dataset_cue = d, 0.15


def _changed_to_metric(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "improved macro F1 to 89.77%", "raises the accuracy on ZorbQA to 91.2%": a score after
    "to" (no "from" number) is the new value of the measure a change verb governs right
    before it, or that changes itself ("accuracy on ZorbQA rises to 61.3%", "ZorbQA accuracy
    further improves to 88.1%") (:meth:`_Binder.measure_before_from`, across names and link
    words)."""
    lowers = binder.lowers
    for num in nums:
        b = out[num.i]
        if num.role != "score" or b.metric_cue >= 0.25 or _from_to(lowers, num, binder.lo):
            continue
        if num.end < binder.hi and lowers[num.end] == "(":
            continue  # "improves segmentation accuracy to 89.68% (mIoU)": its own measure
        m = binder.measure_before_from(num)
        if m is None or m.start - 1 < binder.lo:
            continue
        k = m.start - 1
        while k > binder.lo and lowers[k] in _FROM_LINK:
            k -= 1  # "raises the accuracy": past the article
        # "raises the accuracy to X", or the measure itself changes: "accuracy on D rises to X"
        if lowers[k] in _CHANGE_VERBS or not _CHANGE_VERBS.isdisjoint(lowers[m.end : num.i]):
            b.metric, b.metric_cue = binder.qualified_metric(m, num), 0.25
            b.drop = b.drop or b.metric is None
            _data_of_measure(binder, num, b, m)


def _versus_pair(lowers: list[str], num: Num, lo: int, hi: int) -> tuple[int, int] | None:
    """ "(91.02% vs 87.08%)", "0.73 vs. 0.06": ``(first, second)`` token indices of the two
    numbers, same unit and unsigned, that "vs." / "versus" joins, when ``num`` is one of them."""
    if num.end + 1 < hi and lowers[num.end] in _VERSUS:
        first, second = num.i, num.end + 1
    else:
        k = num.i - 1
        if k - 1 < lo or lowers[k] not in _VERSUS:
            return None
        first = _skip_back(lowers, k - 1, lo, _PERCENT)
        second = num.i
    if first < lo or second >= hi or not (
        _unsigned_number(lowers[first]) and _unsigned_number(lowers[second])
    ):
        return None
    unit_a = first + 1 < hi and lowers[first + 1] in _PERCENT
    unit_b = second + 1 < hi and lowers[second + 1] in _PERCENT
    return (first, second) if unit_a == unit_b else None


def _versus_metric(nums: Sequence[Num], out: dict[int, Binding], binder: _Binder) -> None:
    """ "higher detection precision (91.02% vs 87.08%)", "a higher F1 score than GPT-4o (0.73
    vs. 0.06)", "(45.3 vs 26.7 F1 score)": both numbers of "X vs. Y" are on one measure, the
    one either has, else the one named right before the pair (across names, "than", link
    words and comparison words) or right after it."""
    lowers, lo, hi = binder.lowers, binder.lo, binder.hi
    by_start = {n.i: n for n in nums}
    for a in nums:
        pair = _versus_pair(lowers, a, lo, hi)
        if pair is None or pair[0] != a.i or pair[1] not in by_start:
            continue
        b = by_start[pair[1]]
        ba, bb = out[a.i], out[b.i]
        named = [x.metric for x in (ba, bb) if x.metric is not None and x.metric_cue >= 0.25]
        m = named[0] if named else _versus_measure(binder, a, b)
        if m is None:
            continue
        for num, x in ((a, ba), (b, bb)):
            if x.metric is None or x.metric_cue < 0.25:
                x.metric, x.metric_cue = binder.qualified_metric(m, num), 0.25
                x.drop = x.drop or x.metric is None


def _versus_measure(binder: _Binder, a: Num, b: Num) -> _M | None:
    """The measure named right after "X vs. Y" ("45.3 vs 26.7 F1 score"), or before it: right
    before its bracket, or across system names, "than" and link words ("precision (",
    "a higher F1 score than GPT-4o (", "in NMSE ("), at most eight words back."""
    after = next((m for m in binder.metrics if m.start == b.end), None)
    if after is not None:
        return after
    j = a.i - 1
    if j >= binder.lo and binder.lowers[j] == "(":
        j -= 1
    while j >= max(binder.lo, a.i - 9):
        m = binder.metric_ending(j + 1)
        if m is not None:
            return m
        w = binder.lowers[j]
        if not (binder._in_mention(j) or w in _VERSUS_LINK or _comparison_word(w)):
            return None
        j -= 1
    return None


# between a measure and the "X vs. Y" after it: "higher F1 than GPT-4o (", "in NMSE ("
_VERSUS_LINK = frozenset({"than", "in", "of", "on", "for", "over", "the", "a", "an", "with"})


def _described_subject(between: list[str]) -> bool:
    """Do the words before a score verb end in a clause subject of its own that names no
    system, coordinated after the name ("…, and the hybrid model")? Whose it is (the paper's,
    or no one's: "the baseline model") the sentence's own cues decide."""
    if "the" not in between:
        return False
    k = len(between) - 1 - between[::-1].index("the")
    words_ = between[k + 1 :]
    return (
        k > 0
        and between[k - 1] in ("and", ",")
        and 1 <= len(words_) <= 3
        and words_[-1] in SUBJECT_HEADS
        and all(w.isalpha() for w in words_)
    )


def _degree_adverb(w: str) -> bool:
    """A word that grades a change verb after it: "further", "steadily", "significantly"."""
    return w == "further" or (len(w) > 4 and w.isalpha() and w.endswith("ly"))


def _from_measure(lowers: list[str], i: int, lo: int) -> bool:
    """ "from an F1 score of" right before token ``i``: "from", an article, up to three words
    of a measure, then "of"."""
    if i - 3 < lo or lowers[i - 1] != "of":
        return False
    for k in range(i - 2, max(lo, i - 6) - 1, -1):
        if lowers[k] == "from":
            return True
        if lowers[k] in _BREAK or _NUMBER.match(lowers[k]):
            return False
    return False


def _previous_own_dataset(binder: _Binder, num: Num, b: Binding) -> bool:
    """ "S reaches 81.5% on GSM8K pass@1. With preference learning, S reaches 86.8% pass@1":
    a score of the paper's own system, in a sentence that names no data, on the measure that
    the own scores of the sentence just before report on one dataset, is on that dataset.
    Asked only where the paper names datasets (else a score on none is no guess)."""
    ctx = binder.ctx
    if num.role != "score" or b.dataset is not None or b.metric is None or b.metric_cue < 0.25:
        return False
    if b.system is not None and b.system not in ctx.proposed:
        return False
    if binder.datasets or binder.names_unknown_data():
        return False
    before = _previous_own_on(ctx, b.metric)
    if before is None:
        return False
    b.dataset, b.dataset_cue = before, 0.05
    return True


def _previous_own_on(ctx: _DocContext, metric: _M) -> _M | None:
    """The one dataset the own scores of the sentence just before report ``metric`` on."""
    same = [d for _, _, m, d in ctx.own_scores if m.kb_id_ == metric.kb_id_]
    if not same or any(d is None or d.kb_id_ != same[0].kb_id_ for d in same):
        return None
    return same[0]


def _bind_system(binder: _Binder, num: Num, b: Binding, own: bool) -> None:
    ctx = binder.ctx
    pair = _versus_pair(binder.lowers, num, binder.lo, binder.hi) if num.role == "score" else None
    if pair is not None and _bind_versus(binder, num, b, own, pair):
        return
    if num.role == "score" and _no_system_of_work(binder, num, b):
        return
    named, explicit = binder.system_of(num)
    if named is None and num.role == "score":
        named = _named_subject(binder, num, b)
    theirs = not explicit and num.role == "score"
    if theirs and (binder.unnamed_compared(num) or binder.unnamed_baseline(num)):
        b.drop = True  # "outperforming the classical baseline (86.72%)", "baselines of 0.71"
        return
    if named is None and num.role == "score" and binder.others_subject(num):
        b.drop = True  # "VLMs achieve 0%"
        return
    unknown = binder.unknown_subject(num) if named is None else None
    if unknown is not None and not ctx.in_title(unknown):
        b.uncertain = True  # "MixUp yields … 79.19%": a system we have no entity for
    if named is not None and binder.truncated(named):
        named = binder.full_name(named)  # "Gemini 2.5 Pro" for the mention "Gemini"
        if named is None:
            b.drop = True  # the system's name is longer than the entity we have for it
            return
    if not explicit and binder.rival_systems(num) and not binder.described_subject(num):
        if binder.coordinated_rivals(num):
            b.uncertain = True  # "A and B achieve X, Y and Z": whose number?
        else:
            b.rival = True  # "MixUp yields … for ResNet-50 with 79.19%": whose number?
    side = _from_to_side(binder, num)
    if side is not None:
        _bind_from_to(binder, side, num, b)
    elif named is not None and ctx.contribution is not None and binder.run_with_own(named, num):
        b.system, b.system_cue = ctx.contribution, 0.15  # "With FooDecomp, GPT-4o achieves X"
    elif named is not None:
        _credit_named(binder, named, explicit, b)
    elif own or own_sentence(binder.tt, binder.lo, binder.hi, num.i):
        b.system, b.system_cue = ctx.contribution, 0.15
    else:
        b.drop = True  # someone else's number (motivation, related work)


def _bind_versus(
    binder: _Binder, num: Num, b: Binding, own: bool, pair: tuple[int, int]
) -> bool:
    """ "OurNet outperforms ResShift in NMSE (0.019 vs 0.052)", "a higher F1 than GPT-4o (0.73
    vs. 0.06)": the second number of "X vs. Y" is that of the system the first is compared
    with, named between the comparison word and the pair or "for" it after the number (else
    an unnamed baseline's: dropped); the first is the subject's before the comparison word
    (the paper's, or a named system that is not), else the paper's in a sentence about its
    work. ``False``: no comparison word before the pair, the first left to the usual cues."""
    ctx = binder.ctx
    cue, subject, other = _versus_sides(binder, pair[0])
    if num.i == pair[1]:
        other = binder._for_system(num) or other  # "(85.3% vs. 80.1% for ResNet-50)"
        if other is None:
            b.drop = True
        else:
            b.system, b.system_cue = other.kb_id_, 0.1
        return True
    if cue is None:
        return False
    if subject is not None and subject.kb_id_ not in ctx.proposed and not binder.owned(subject):
        b.system, b.system_cue = subject.kb_id_, 0.1
    elif subject is not None or own or own_sentence(binder.tt, binder.lo, binder.hi, num.i):
        b.system, b.system_cue = ctx.contribution, 0.15
        # "ChatGPT-4o-mini outperformed …": a subject no rule knows (not the title's name)
        unknown = binder._unknown_name_before(cue) if subject is None else None
        b.uncertain = unknown is not None and not ctx.in_title(unknown)
    else:
        b.drop = True
    return True


def _versus_sides(binder: _Binder, first: int) -> tuple[int | None, _M | None, _M | None]:
    """(comparison word, subject, compared) of the clause before "X vs. Y" starting at token
    ``first``: the last comparison word ("outperforms", "than", "relative to"), the system
    named before it, not after a preposition, and the one named after it."""
    lowers = binder.lowers
    cue = next(
        (
            k for k in range(first - 1, binder.lo - 1, -1)
            if _comparison_word(lowers[k]) or lowers[k] in _VERSUS_CUES
        ),
        None,
    )
    if cue is None:
        return None, None, None
    before = [m for m in binder.systems if m.end <= cue and not binder._after_preposition(m)]
    after = [m for m in binder.systems if cue < m.start and m.end <= first]
    return cue, (before[-1] if before else None), (after[0] if after else None)


# comparison words that only "X vs. Y" needs: "relative to ResShift (0.019 vs 0.052)"
_VERSUS_CUES = frozenset({"relative", "against", "over"})


def _credit_named(binder: _Binder, named: _M, explicit: bool, b: Binding) -> None:
    """The system of a score whose clause or cue names one."""
    ctx = binder.ctx
    if binder.owned(named) and named.kb_id_ not in ctx.proposed:
        b.system, b.system_cue = ctx.contribution, 0.15  # "our challenge system achieved X"
    elif named.kb_id_ in ctx.proposed or binder.variant_of_own(named):
        b.system, b.system_cue = ctx.contribution or named.kb_id_, 0.15
    elif binder.tuned_base(named) or (not explicit and modified_system(binder.tt, named)):
        # "we fine-tune RoBERTa …; it achieves", "the improved YOLOv11 achieves X"
        b.system, b.system_cue = ctx.contribution, 0.15
    else:
        if _common_noun_own(binder, named):
            b.system, b.system_cue = ctx.contribution, 0.15
        else:
            b.system, b.system_cue = named.kb_id_, 0.15 if explicit else 0.1
        if binder.described_system(named):
            b.uncertain = True  # "the top-performing approach achieved X": whose number?


def _common_noun_own(binder: _Binder, m: _M) -> bool:
    """In a paper that proposes nothing by name, a system written as a common noun ("the
    partially denoised image representation exhibited 95.61%", "the self-training mechanism
    improved … to 90.4%", "rectified-flow models … achieve") is the paper's own approach run
    by it, not a named system of others (read and validation parts of the results gold: of
    the 19 Results so credited, the gold names none by such a system, 18 are the paper's)."""
    if binder.ctx.contribution is not None or binder.ctx.proposed:
        return False
    text = binder.tt.span_text(m.start, m.end)
    # "o3-mini", "wav2vec" are names written in lower case
    return text == text.lower() and not any(c.isdigit() for c in text)


def _ranked_phrase(words: list[str]) -> bool:
    """ "the best-performing model", "with the best model solving only 14% of puzzles and": a
    ranked word with, one or two words on, a head that names the systems evaluated."""
    return any(
        w in RANKED_WORDS and not RANKED_HEADS.isdisjoint(words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


def _no_system_of_work(binder: _Binder, num: Num, b: Binding) -> bool:
    """A score that is people's (their own row, or dropped) or that no system can be credited
    with (dropped): settled here."""
    people = binder.people(num, b.metric)
    if people is not None:
        _bind_people(binder, num, b, people)
        return True
    if _not_a_systems(binder, num, b):
        b.drop = True
        return True
    return False


def _bind_people(binder: _Binder, num: Num, b: Binding, people: int) -> None:
    """People's score (named at token ``people``): their own leaderboard row when they are
    its clause's subject, else dropped (what people make with a tool is a delta)."""
    if not binder.people_score(num, b.metric, people):
        b.drop = True
        return
    b.system = _register(binder.tt, "Method", HUMAN_PERFORMANCE)
    b.system_cue = 0.15
    # on no dataset, people's score ranks nothing: "humans achieve 96% accuracy"
    b.uncertain = b.doubtful or b.dataset is None


def _unmeasured(binder: _Binder, num: Num, b: Binding) -> bool:
    """A number no measure makes a result of: a bare integer ("3,286 labeled"); a score with
    no measure and no unit ("0.5 to 1 m resolutions on D"), unless scored on a dataset."""
    if num.unit is None and b.metric_cue <= 0 and "." not in binder.tt.texts[num.i]:
        return True
    no_measure = num.role == "score" and num.unit is None and b.metric is None
    if no_measure:
        b.scored_on = _scored_on(binder, num, b)
    return no_measure and not b.scored_on


def _scored_on(binder: _Binder, num: Num, b: Binding) -> bool:
    """ "scores 85.3 on GSM8K", "reaching 68.4 on ZorbBench", "a score of 72.2 on the ZorbQA
    benchmark", "such as 62.6 on ZorbMath, 79.0 on ZorbCode, and 74.0 on ZorbVQA": a decimal
    right before "on" a named dataset, after a score verb or a score noun's "of" (or listed
    after such a number), is a score on it, with no measure named."""
    return (
        b.dataset is not None
        and b.dataset_cue >= 0.15
        and "." in binder.tt.texts[num.i]
        and num.end < binder.hi
        and binder.lowers[num.end] in _DATASET_PREP
        and _score_lead(binder, num.i - 1)
    )


def _verb_led(binder: _Binder, num: Num) -> bool:
    """A score verb before the number in its clause, with no gain word between ("achieving
    90.7% on GSM8K", "reaching 70.6% on the Friends dataset and 67.7% on …"): what makes a
    number bound to no measure a score on its dataset, not a gain or a share."""
    lowers = binder.lowers
    words = 0  # words since the number or an earlier one of its list ("…, and 90.0% on D")
    for k in range(num.i - 1, binder.lo - 1, -1):
        w = lowers[k]
        if w in SCORE_VERBS or w in _PERFORM:  # also "models perform poorly on D (65.4% …)"
            return True
        if w in _CLAUSE_BREAKS or w == "by" or _delta_word(w):
            return False
        words = 0 if _NUMBER.match(w) else words + w[:1].isalpha()
        if words > 12:
            return False
    return False


def _score_lead(binder: _Binder, k: int) -> bool:
    """Token ``k``, right before a number, says the number is a score: a score verb, "a score
    of", "such as", or the end of an earlier "N on D" item of the same list whose number is."""
    lowers, lo = binder.lowers, binder.lo
    ends = {m.end: m for m in binder.datasets}
    for _ in range(8):
        if k < lo:
            return False
        w = lowers[k]
        if w in SCORE_VERBS:
            return True
        if k - 1 >= lo and (w, lowers[k - 1]) in _SCORE_LEADS:
            return True
        if w not in (",", "and"):
            return False
        k -= 1 + (w == "and" and k - 1 >= lo and lowers[k - 1] == ",")  # ", and"
        m = ends.get(k + 1)
        if m is None:
            return False
        j = m.start - 1
        j -= j >= lo and lowers[j] == "the"
        if j - 1 < lo or lowers[j] != "on" or not _NUMBER.match(lowers[j - 1]):
            return False
        k = j - 2
    return False


def _belittled_own(binder: _Binder, num: Num, b: Binding) -> bool:
    """A score said as a weakness ("an accuracy of only 45%") credited to the paper itself:
    papers belittle the systems they evaluate, rarely their own (a low error is no
    weakness: "a latency of just 195 ms")."""
    if not num.belittled or b.drop or b.system != binder.ctx.contribution:
        return False
    if any(m.kb_id_ in binder.ctx.proposed and m.start < num.i for m in binder.systems):
        return False  # "the SITPCL model attains only 43.81%": its own name, said as a challenge
    metric = b.metric.kb_id_ if b.metric is not None else None
    return binder.tt.entities.get(metric, {}).get("higher_is_better") is not False


def _not_a_systems(binder: _Binder, num: Num, b: Binding) -> bool:
    """A score no system of ours or theirs can be credited with."""
    return (
        binder.others_number(num)  # "64.18% for existing methods", "even the best model …"
        or binder.unknown_possessor(num)  # "compared to Exomiser's 53.20%": no entity for it
        or binder.versus_unnamed(num)  # "89.97% (vs. the donor's 87.47%)", "0.29 vs. 0.50"
        or binder.others_relative(num)  # "the previous method, which had an error rate of X"
        or binder.compared_for_unknown(num)  # "compared to 11.7 for vanilla TPT, 6.12 for …"
    )


def _named_subject(binder: _Binder, num: Num, b: Binding) -> _M | None:
    """The system a score's clause names as its subject ("Donut outperforms Florence-2,
    achieving X"), unless it is the paper's own name ("PURe34" of a paper proposing PURe)."""
    named = binder.clause_name(num)
    if named is None or binder.with_ours(named):
        return None
    if named.id_ == "listed_model" and binder.ctx.in_title(
        binder.tt.span_text(named.start, named.end)
    ):
        return None
    if binder.system_between(num):
        b.uncertain = True  # "MixUp yields … for ResNet-50 with 79.19%": whose number?
    return named


def _also(binder: _Binder, num: Num) -> tuple[str, ...]:
    """The further systems of a number shared by a subject list (the paper's own as its
    contribution)."""
    ctx = binder.ctx
    return tuple(
        (ctx.contribution or m.kb_id_) if m.kb_id_ in ctx.proposed else m.kb_id_
        for m in binder.shared.get(num.i, [])
    )


def _from_to_side(binder: _Binder, num: Num) -> str | None:
    """The number's side of "from X to Y" (see :func:`_from_to`) — none when a label in
    brackets after X names its system ("from 73% (U-Net baseline) to 84%")."""
    side = _from_to(binder.lowers, num, binder.lo)
    return None if side is not None and binder.system_in_label(num, side) else side


def _bind_from_to(binder: _Binder, side: str, num: Num, b: Binding) -> None:
    """ "from X to Y": Y is the paper's system, X the baseline named in the clause — unless
    the clause is about another named system alone ("Phi-GSM … boosts the performance from
    68.2 to 81.5"): then Y is that system's and X (its own earlier number) is dropped."""
    ctx = binder.ctx
    subject = binder.clause_system(num)
    if subject is not None and binder.described_system(subject):
        subject = None  # "compared to the state-of-the-art quantization method": unnamed
    ours = subject is None or subject.kb_id_ in ctx.proposed
    theirs = not ours and not binder.own_cued()
    if side == "to":
        if theirs and subject is not None:
            if _common_noun_own(binder, subject):  # "the self-training … to 90.4%"
                b.system, b.system_cue = ctx.contribution, 0.15
                b.uncertain = b.doubtful or binder.described_system(subject)
            else:
                b.system, b.system_cue = subject.kb_id_, 0.1
        elif (
            ctx.contribution is None
            and not binder.own_cued()
            and (base := _improved_system(binder, num, side))
        ):
            b.system, b.system_cue = base.kb_id_, 0.1  # a study: "the accuracy of M rose to Y"
        else:
            b.system, b.system_cue = ctx.contribution, 0.15
    elif ours and (base := _improved_system(binder, num, side)) is not None:
        b.system, b.system_cue = base.kb_id_, 0.1  # "improves the accuracy of M from X to Y"
    elif ours or theirs or subject is None:
        b.drop = True  # an unnamed baseline, or the other system's own earlier number
    else:
        b.system, b.system_cue = subject.kb_id_, 0.1


_IMPROVED_FOR = frozenset({"for", "with", "on"})  # "from X to Y for M": what Y improves
# what joins a second "on D from X to Y" to the first (past the datasets): ", and on the"
_PAIR_JOINERS = frozenset({",", "and", "on", "for", "in", "the", "%", ")", "$"})


def _from_before(lowers: list[str], i: int, lo: int, reach: int) -> int | None:
    """The nearest "from" among the ``reach - 1`` tokens before token ``i`` (not before
    ``lo``)."""
    return next((k for k in range(i - 1, max(lo, i - reach) - 1, -1) if lowers[k] == "from"), None)


def _improved_system(binder: _Binder, num: Num, side: str) -> _M | None:
    """ "improves the win rate of M from X to Y", "from X to Y for M": the named system whose
    number X was before the paper's method raised it to Y (not a proposed one); ``num`` is X
    (``side`` "from") or Y ("to")."""
    lowers, proposed, hi = binder.lowers, binder.ctx.proposed, binder.hi
    reach = 7 if side == "from" else 14  # "from (an average of) X (label) to Y"
    f = _from_before(lowers, num.i, binder.lo, reach)
    if f is None:
        return None
    for m in reversed(binder.systems):  # right before "from": "of M from", "M from an average of"
        if m.end <= f:
            between = lowers[m.end : f]
            if len(between) <= 3 and _BREAK.isdisjoint(between) and not any(
                _NUMBER.match(w) for w in between
            ):
                # not a kind of system: "the base subquadratic model from X to Y"
                unnamed = m.kb_id_ in proposed or binder.described_system(m)
                return None if unnamed else m
            break
    k = num.end  # past its unit: read_number takes "%" / "percent" in
    if side == "from":  # past "to Y"
        k = _past_label(lowers, k)
        if k + 1 >= hi or lowers[k] != "to" or not _NUMBER.match(lowers[k + 1]):
            return None
        k += 2 + (k + 2 < hi and lowers[k + 2] in _PERCENT)
    if k >= hi or lowers[k] not in _IMPROVED_FOR:
        return None
    k += 1 + (k + 1 < hi and lowers[k + 1] == "the")
    m = binder.starts.get(k)
    if m is None or m.label_ not in SYSTEM_TYPES or m.kb_id_ in proposed:
        return None
    return m


def own_sentence(tt: TokenTable, start: int, end: int, at: int | None = None) -> bool:
    """May an unattributed number in this sentence be credited to the paper's contribution?

    Yes unless the sentence talks about other work (motivation, related work) before the
    number (``at``; default: anywhere) and has no first-person cue. A cue word written in
    capitals is an acronym ("Enhancing Tumor (ET)"), not the word ("et al.").
    """
    lowers = tt.lowers
    sent = lowers[start:end]
    if not OWN_CUES.isdisjoint(sent):
        return True
    for k, w in enumerate(sent[:-1]):
        if w == "this" and sent[k + 1] in _OWN_TITLE:
            return True
    stop = end if at is None else at
    return not any(
        lowers[k] in OTHER_CUES
        and not tt.texts[k].isupper()
        and not _compared_against(lowers, k, start)
        and not (k > start and lowers[k - 1] in _OWN_STUDY)
        and not _list_item(lowers, k, start, end)
        and not (k + 1 < end and lowers[k + 1] in TASK_HEADS)  # "report generation"
        for k in range(start, stop)
    )


def _list_item(lowers: list[str], k: int, start: int, end: int) -> bool:
    """A word listed alone between commas or brackets ("five domains (law, literature, …)"):
    an item named, not the sentence's subject."""
    return start < k < end - 1 and lowers[k - 1] in (",", "(") and lowers[k + 1] in (",", ")")


# "In the first case study, the method …", "an ablation study shows …": the paper's own study
_OWN_STUDY = frozenset({"case", "ablation", "user", "pilot", "simulation", "this", "our"})


def _compared_against(lowers: list[str], k: int, start: int) -> bool:
    """Is the other work at ``k`` what something is compared with ("performance against
    existing methods", "outperforming prior approaches")? Then it is not the subject."""
    before = lowers[max(start, k - 2) : k]
    return any(w in _COMPARED_WITH or w.startswith(COMPARISON_VERBS) for w in before)


def _confidence(num: Num, b: Binding) -> float:
    conf = 0.4 + b.metric_cue + b.system_cue
    conf += b.dataset_cue if b.dataset is not None else 0.05
    conf = min(MAX_CONFIDENCE, conf)  # cues first, then what makes the binding uncertain
    if num.hedged:
        conf -= 0.2
    if b.uncertain:
        conf -= 0.3
    elif b.rival:
        conf -= 0.25
    if num.unit is None and b.metric_cue < 0.2 and not b.scored_on:
        conf -= 0.1  # a bare number; not one scored on a dataset ("scores 85.3 on D")
    return round(max(0.05, min(MAX_CONFIDENCE, conf)), 2)


def _compared_after_own(binder: _Binder, num: Num, b: Binding) -> None:
    """ "S reaches an average accuracy of 64.1. It outperforms A (63.2), B (63.9) and C
    (63.4)": a number in brackets after a compared system, in a comparison that names no
    measure of its own, is that system's on the measure (and dataset) of the paper's score
    just before, when it reads like one (same unit, within half of one of them)."""
    if num.role != "score" or b.metric is not None or binder.metrics or binder.datasets:
        return
    scores = binder.ctx.own_scores
    if not scores or len({(u, m.kb_id_, d and d.kb_id_) for _, u, m, d in scores}) != 1:
        return  # one measure before ("64.1 … and 65.4 after …"): no choice of which
    _, unit, metric, dataset = scores[0]
    if unit != num.unit or not any(v and abs(num.value - v) <= v / 2 for v, *_ in scores):
        return
    named = binder._parenthesised(num)
    if named is None or named.kb_id_ in binder.ctx.proposed:
        return
    if not any(_comparison_word(w) for w in binder.lowers[binder.lo : named.start]):
        return
    b.metric, b.metric_cue = metric, 0.2
    if dataset is not None:
        b.dataset, b.dataset_cue = dataset, 0.05


def _metric_fallback(binder: _Binder, num: Num, b: Binding) -> None:
    """No cue: the nearest metric of the sentence, with little confidence."""
    if b.metric is not None or not binder.metrics or not binder.bare(num) or num.role != "score":
        return
    if binder.own_measure(num, binder.lo) and not binder._in_mention(num.i - 2):
        return  # "harmlessness (0.92)", "a mean error of 0.3": a measure of its own
    b.metric = binder.qualified_metric(min(binder.metrics, key=lambda m: abs(m.start - num.i)), num)
    b.metric_cue = 0.0  # "improved macro F1 to 89.77%": the qualified metric, when it has one


def _named_data(binder: _Binder, num: Num, b: Binding) -> bool:
    """A score on a name no rule knows: read as its dataset ("X% accuracy on Zorbset."); not
    when that name opens a list said "respectively" (the number is the list's last item's).
    ``False`` when the name cannot be typed ("2Wiki (93.7%)", "X% on Llama-3-8B")."""
    if not binder.unknown_dataset(num, b):
        return True
    named = binder.named_data(num, b)
    if named is None:
        return False
    if _respective_names_after(binder, named) is None:
        b.dataset, b.dataset_cue = named, 0.15
    return True


def bind_sentence(binder: _Binder, nums: list[Num], own: bool) -> Iterator[tuple[Num, Binding]]:
    """Bind the scores and deltas of one sentence; yields the ones to keep."""
    kept = [n for n in nums if n.role in ("score", "delta")]
    out = {n.i: Binding() for n in kept}
    for role in ("score", "delta"):
        these = [n for n in kept if n.role == role]
        groups = _groups(these, binder.lowers)
        for group in groups:
            _bind_metrics(binder, group, out)
            _listed_metrics(binder, group, out)
            _shared_metrics(binder, group, out)
            _respective_items(binder, group, out)
            _bind_datasets(binder, group, out)
            _pair_subjects(binder, group)
        _parallel_lists(binder, groups, out)
        for num in these:
            _bind_dataset_list(binder, num, out[num.i])
        sides = [_from_to(binder.lowers, n, binder.lo) for n in these]
        _from_to_metric(these, sides, out, binder)
        _from_to_datasets(these, sides, out, binder)
        _changed_to_metric(these, out, binder)
        _versus_metric(these, out, binder)
        _carry_metric(these, out, binder)
        _carry_to_compared(these, out, binder)
        _respective_metrics(these, out, binder)
        if role == "score":
            _respective_datasets(these, out, binder)
            _compared_list(these, out, binder)
        _share_dataset_back(these, out, binder)
    for num in kept:
        b = out[num.i]
        _compared_after_own(binder, num, b)
        _metric_fallback(binder, num, b)
        if num.role == "score" and b.dataset_cue < 0.15 and not _named_data(binder, num, b):
            continue  # "2Wiki (93.7%)", "X% on Llama-3-8B": a name we cannot type
        # the paper names datasets, the sentence says not which one
        unsaid = num.role == "score" and b.dataset is None and binder.ctx.evaluated_any
        unsaid = unsaid and not binder.unnamed_data and not b.described_data
        if _unmeasured(binder, num, b):
            continue
        if not b.drop:
            _bind_system(binder, num, b, own)
            b.also = () if b.drop else _also(binder, num)
            if _belittled_own(binder, num, b):
                b.uncertain = True  # "the highest accuracy reaching only 14.96%": whose?
            unsaid = unsaid and not _previous_own_dataset(binder, num, b)
        if unsaid:
            b.uncertain = True
        if num.role == "score" and b.metric_cue <= 0 and b.dataset_cue <= 0:
            continue  # bound by proximity only: not a result we can stand behind
        if num.role == "score" and b.metric_cue <= 0 and not b.scored_on and not _verb_led(
            binder, num
        ):
            b.uncertain = True  # "X% on D" with no measure bound and no score verb before it
        if not b.drop and (b.metric or b.dataset or num.role == "delta"):
            yield num, b


# --------------------------------------------------------------------------- component


def finish(doc: Doc, tt: TokenTable, results: list[dict[str, Any]]) -> None:
    """Leave the results and plain rows for the Extraction (``doc._.kg_results``,
    ``doc._.kg_rows``) and drop the token table."""
    idx = tt.idx
    sentences = [[idx[b], tt.end_char(e)] for b, e in tt.sent_bounds]
    mentions = [
        [idx[s], tt.end_char(e), label, eid, rule, tt.sent_of[s]]
        for s, e, label, eid, rule in tt.mentions
    ]
    underscore = doc._  # one Underscore object for both values
    underscore.kg_results = results
    underscore.kg_rows = {"sentences": sentences, "mentions": mentions}
    drop_table(doc)


# between a score verb and the amount of a change: "by", "over the baseline", "than"
_CHANGE_LINKS = frozenset({"by", "over", "than", "losing", "loses", "lose", "lost", "vs", "vs."})
_SCORE_NOUNS = frozenset({"performance", "score", "scores", "result", "results"})
_PLACE_PREP = _DATASET_PREP | _CONDITION_PREP  # where or under what a number was measured
# where a measure phrase before "of X" cannot start: "and diversity score", "previous best score"
_PHRASE_BOUNDS = _PREPOSITIONS | _BREAK | OTHER_CUES
_RELATIVE = frozenset({"which", "who"})
_BASELINE_WORDS = frozenset({"baseline", "baselines"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_COMBINATION_HEADS = frozenset({"combination", "ensemble", "fusion", "integration"})
# subordinating words that may open a clause before its subject's name
_CONTRAST_OPENERS = frozenset({"while", "whereas"})  # a clause of another subject follows
_CONCESSIVE = _CONTRAST_OPENERS | {"although", "though"}  # "While X achieves 80%, it …"
_CLAUSE_OPENERS = frozenset({"although", "though", "while", "whereas", "when", "since", "as", "if"})
_OF_SYSTEM_LINK = frozenset({"was", "is", "were", "are", ":", "reached", "reaches"})
# what names a score's system after a passive score verb: "was achieved by / with / using S"
_BY_AGENT = frozenset({"by", "with", "using"})
_AGENT_PREP = frozenset({"for", "of"}) | _BY_AGENT
_TRAINED = frozenset({"trained", "fine-tuned", "finetuned", "retrained"})
# words that point back at data named elsewhere, one item per number ("in the above datasets")
_REFERRING = frozenset({"above", "aforementioned", "respective", "corresponding"})
# words that say a model is used as it was released, not as the paper tuned it
_UNTUNED = _lex("result_untuned_words")
# words that say the paper trains a model itself ("fine-tuned" is read as "fine", "-tuned")
_TRAINED_HERE = TUNE_CUES | {"-tuned", "train", "trained", "retrained"}
# right after it, before "with"/"on": "a ViT-B/16 model pre-trained with MAE", "X fine-tuned on"
_TUNED_AFTER = frozenset({"-tuned", "finetuned", "pre-trained", "pretrained", "trained"})
# the two words before a number that say it is a score: "a score of", "such as"
_SCORE_LEADS = frozenset({("of", "score"), ("of", "scores"), ("as", "such")})
_HAVE = frozenset({"had", "has", "have", "performs", "performed"})  # "which had an F1 of X"
# what names other work in a relative's antecedent: "the previous state-of-the-art method"
_OTHER_WORK = OTHER_CUES | _lex("result_other_work_words")


def _restated_delta(
    lowers: list[str], prev: Num, num: Num, in_metric: frozenset[int] | set[int]
) -> bool:
    """ "14.23% in IoU (14.11% in F1)": a number opening a bracket right after a gain and its
    measure restates the gain on another measure."""
    if prev.role != "delta" or lowers[num.i - 1] != "(":
        return False
    between = range(prev.end, num.i - 1)  # not "by 3% (29.67%)": that is the rival's score
    return (
        len(between) <= 6
        and any(k in in_metric for k in between)
        and all(k in in_metric or lowers[k] in ("in", "on", "for", "%") for k in between)
    )


def _listed_after_delta(lowers: list[str], prev: Num, num: Num) -> bool:
    between = lowers[prev.end : num.i]
    # "44% on the C# dataset and", "by 3.4 mAP with a Swin-B backbone and 3.8 mAP with …"
    reach = 8 if any(w in _PLACE_PREP for w in between[:2]) else 5
    if [w for w in between[-3:] if w != ","] == ["respectively", "and"]:
        reach = len(between)  # "increases of A, B in M1, M2 on D1, respectively, and C, D …"
    return (
        prev.role == "delta"
        and len(between) <= reach
        and ("and" in between or "," in between or between == ["/"])
        and SCORE_VERBS.isdisjoint(between)
        and _plain_brackets(between)
    )


def _plain_brackets(words: list[str]) -> bool:
    """No bracket, or only a gloss in one: "29.1% on COCO (detection), 22.1% on …" — not a
    number in brackets ("by 2% (from 80%)")."""
    if "(" not in words and ")" not in words:
        return True
    if words.count("(") != 1 or words.count(")") != 1 or words.index("(") > words.index(")"):
        return False
    inside = words[words.index("(") + 1 : words.index(")")]
    # also a model size: "by up to 32.5% (1.5B) and 25.7% (7B)"
    return 0 < len(inside) <= 3 and all(
        w.replace("-", "").isalpha() or _SIZE_GLOSS.match(w) for w in inside
    )


_SIZE_GLOSS = re.compile(r"^\d+(?:\.\d+)?[bm]$")  # "1.5b", "7b", "350m" (lower-cased)


def _listed_after_bracketed_delta(lowers: list[str], nums: list[Num], num: Num, lo: int) -> bool:
    """ "a 29.2% improvement on A (+2.9 pp vs. B, +6.6 pp vs. C), 8.7% on D": listed after
    a delta whose bracket of comparisons ends just before it."""
    if not nums or ")" not in lowers[nums[-1].end : num.i]:
        return False
    close = nums[-1].end + lowers[nums[-1].end : num.i].index(")")
    if "(" in lowers[nums[-1].end : close]:
        return False
    opening = next((k for k in range(nums[-1].i - 1, lo - 1, -1) if lowers[k] == "("), None)
    if opening is None:
        return False
    outer = [n for n in nums if n.end <= opening]
    if not outer or outer[-1].role != "delta" or outer[-1].unit != num.unit:
        return False
    seen = lowers[outer[-1].end : opening] + lowers[close + 1 : num.i]
    return len(seen) <= 12 and seen[-1:] in ([","], ["and"]) and SCORE_VERBS.isdisjoint(seen)


def _statistic_bound(lowers: list[str], prev: Num, num: Num) -> bool:
    """ "CI [0.994, 0.995]", "CI: 0.90-0.92": the second number of a statistic's pair."""
    return (
        prev.role == "other"
        and prev.i >= 2
        and lowers[prev.i - 2] in STATISTIC_WORDS
        and lowers[prev.end : num.i] in ([","], ["-"], ["–"], ["to"])
    )


def _listed_after_setting(lowers: list[str], prev: Num, num: Num) -> bool:
    """ "at a StreamLAAL of 1837.86 and 3343.73": a number joined to a setting by "and" alone
    is the same kind of number."""
    return prev.role == "setting" and prev.unit == num.unit and lowers[prev.end : num.i] == ["and"]


def _listed_run(
    lowers: list[str], nums: list[Num], num: Num, joined: Callable[[Num, list[str]], bool]
) -> list[Num]:
    """The scores listed right before ``num``, nearest first: each one whose words up to the
    next number ``joined`` accepts."""
    run: list[Num] = []
    nxt = num
    for prev in reversed(nums):
        if prev.role != "score" or not joined(prev, lowers[prev.end : nxt.i]):
            break
        run.append(prev)
        nxt = prev
    return run


def _listed_before(lowers: list[str], nums: list[Num], num: Num, joiners: frozenset[str]) -> None:
    """Scores listed right before ``num`` (same unit, only ``joiners`` between) share its
    role: "which are 2.8% and 23.41% higher" (a delta), "using only 1% / 10% labeled data" (a
    setting, joined by a slash)."""

    def joined(prev: Num, between: list[str]) -> bool:
        return prev.unit == num.unit and bool(between) and all(w in joiners for w in between)

    for prev in _listed_run(lowers, nums, num, joined):
        prev.role = num.role


_DELTA_JOINERS = frozenset({",", "and", "or", "/"})
_SLASH = frozenset({"/"})


def sentence_numbers(
    tt: TokenTable, lo: int, hi: int, in_mention: set[int], in_metric: set[int]
) -> list[Num]:
    """The numbers of sentence ``[lo, hi)`` outside mentions and names, with their roles."""
    nums: list[Num] = []
    starts = positions(tt, _number_start, "number_starts")  # read_number is None elsewhere
    k = next_position(starts, lo, hi)
    name_end = -1  # end of the last number that was part of a name ("BI-RADS 2, 3 and 5")
    while k < hi:
        num = read_number(tt, k) if k not in in_mention else None
        if k in in_mention and _NUMBER.match(tt.texts[k]):
            name_end = k + 1  # the version in a name: "Qwen 2/2.5 VL"
        if num is not None and (
            _name_part(tt, num, in_metric) or _listed_name_part(tt, num, name_end)
        ):
            name_end = num.end
            num = None
        if num is None:
            k = next_position(starts, k + 1, hi)
            continue
        num.end = _spread_end(tt, min(num.end, hi), hi)
        if num.end < hi and tt.texts[num.end] == "$" and num.i > lo and tt.texts[num.i - 1] == "$":
            num.end += 1  # TeX "$56.2$": the closing dollar is the number's
        num.role = number_role(tt, num, lo, hi, in_metric)
        if num.role == "score" and nums and _listed_after_delta(tt.lowers, nums[-1], num):
            num.role = "delta"  # "by 2.0% on A and 3.8% on B"
        elif num.role == "score" and nums and _restated_delta(tt.lowers, nums[-1], num, in_metric):
            num.role = "delta"  # "improvements of 14.23% in IoU (14.11% in F1)"
        elif num.role == "score" and _listed_after_bracketed_delta(tt.lowers, nums, num, lo):
            num.role = "delta"  # "by 29.2% on A (+2.9 pp vs. B), 8.7% on C"
        elif num.role == "score" and nums and _listed_after_setting(tt.lowers, nums[-1], num):
            num.role = "setting"  # "at a StreamLAAL of 1837.86 and 3343.73"
        elif num.role == "score" and nums and _statistic_bound(tt.lowers, nums[-1], num):
            num.role = "other"  # the upper bound of "95% CI [0.994, 0.995]"
        if num.role == "delta" and not num.signed and _delta_after(tt.lowers, num.end, hi):
            _listed_before(tt.lowers, nums, num, _DELTA_JOINERS)  # "2.8% and 23.41% higher"
        if num.role == "setting" and _unit_of_listed_scores(tt, nums, num):
            num.role = "score"  # "an MAE of 3.00, 4.54, and 2.53 years": the list's unit
            num.end += 1  # the unit word is the number's, as "%" is
        if num.role == "setting":
            _listed_before(tt.lowers, nums, num, _SLASH)  # "1%/10% labeled data"
        nums.append(num)
        k = max(num.end, k + 1)
    return nums


def _unit_of_listed_scores(tt: TokenTable, nums: list[Num], num: Num) -> bool:
    """The last of listed decimal scores with a unit word after it only ("an MAE of 3.00,
    4.54, and 2.53 years", "errors of 0.21 and 0.41 mm"): the word is every number's unit,
    not a setting of the last one."""
    lowers, texts = tt.lowers, tt.texts
    if "." not in texts[num.i]:
        return False

    def joined(prev: Num, between: list[str]) -> bool:
        return "." in texts[prev.i] and [w for w in between if w != "$"] in _LIST_GAPS

    run = _listed_run(lowers, nums, num, joined)
    if not run:
        return False
    k = _skip_back(lowers, run[-1].i - 1, 0, _TEX_DOLLAR)
    if k < 0 or lowers[k] not in ("of", "=", ":", "are", "were", "was"):
        return False
    if k > 0 and lowers[k - 1] in _SPEED_MEASURES and lowers[num.end] in _TIME_UNITS:
        for prev in run:  # "latencies of 2.2 and 1.7 seconds": times, all of them settings
            prev.role = "setting"
        return False
    return True


_TEX_DOLLAR = frozenset({"$"})


class ResultExtractor(Component):
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        mentions = [_M(*c) for c in tt.mentions]
        results: list[dict[str, Any]] = []
        if mentions:
            relations = doc._.kg_relations or []
            evaluated = {r["entity_id"] for r in relations if r["type"] == "EVALUATED_ON"}
            created = {  # "we built D, a dataset …": a dataset the paper makes
                r["entity_id"]
                for r in relations
                if r["type"] == "PROPOSES" and r["entity_id"].startswith("dataset:")
            }
            based_on = frozenset(r["entity_id"] for r in relations if r["type"] == "BASED_ON")
            kinds = _described_data(tt, mentions)
            if kinds:  # "synthetic SDoH data", "dMRI data": a kind of data, not a dataset
                mentions = [m for m in mentions if m.kb_id_ not in kinds]
                evaluated -= kinds
            self._extract(tt, mentions, results, evaluated, created, based_on)
            doc._.kg_relations = _result_relations(tt, relations, results)
        finish(doc, tt, results)
        return doc

    def _extract(
        self,
        tt: TokenTable,
        mentions: list[_M],
        results: list[dict[str, Any]],
        evaluated: set[str],
        created: frozenset[str] | set[str] = frozenset(),
        based_on: frozenset[str] = frozenset(),
    ) -> None:
        own, bases, proposed = doc_contribution(tt, mentions)
        ctx = _DocContext(
            next((m.kb_id_ for m in own if m.label_ in SYSTEM_TYPES), None),
            proposed,
            next(iter(evaluated)) if len(evaluated) == 1 else None,
            bases=frozenset(m.start for m in bases),
            based_on=based_on,
        )
        own_sents = {0} | {tt.sent_of[s] for s, _ in tt.contributions}
        for si, (lo, hi) in enumerate(tt.sent_bounds):  # "We propose a … network (PURe)"
            sent = tt.lowers[lo:hi]
            if "we" in sent[:3] and not PROPOSE_VERBS.isdisjoint(sent[:6]):
                own_sents.add(si)
        ctx.title = " ".join(
            w for si in sorted(own_sents) if si < len(tt.sent_bounds)
            for w in tt.lowers[slice(*tt.sent_bounds[si])]
        )
        own_datasets = {m.kb_id_ for m in mentions if m.label_ == "Dataset"} & (
            ctx.proposed | created
        )
        if len(own_datasets) == 1:
            ctx.benchmark = next(iter(own_datasets))
        elif not own_datasets:  # "TeamX at SemEval-2025 Task 9: …": the campaign's data
            events = {
                m.kb_id_ for m in mentions if m.id_ == "event_title" and m.label_ == "Dataset"
            }
            ctx.benchmark = next(iter(events)) if len(events) == 1 else None
        named = {
            m.kb_id_
            for m in mentions
            if m.label_ == "Dataset" and not described(tt, m, tt.sent_span(m.start)[0])
        }
        ctx.evaluated_any = bool(evaluated & named)
        if ctx.evaluated is not None:
            ctx.evaluated_before = min(
                (m.start for m in mentions if m.kb_id_ == ctx.evaluated), default=None
            )
        by_sent: dict[int, list[_M]] = {}
        in_mention: set[int] = set()
        in_metric: set[int] = set()
        for m in mentions:
            by_sent.setdefault(tt.sent_of[m.start], []).append(m)
            in_mention.update(range(m.start, m.end))
            if m.label_ == "Metric":
                in_metric.update(range(m.start, m.end))
        seen: set[tuple[Any, ...]] = set()
        starts = positions(tt, _number_start, "number_starts")
        for si, lo, hi in _clauses(tt):
            ms = [m for m in by_sent.get(si, []) if lo <= m.start < hi]
            previous, ctx.previous = ctx.previous, None
            previous_list, ctx.previous_list = ctx.previous_list, ()
            # without mentions, a sentence with no number start has nothing to bind
            if not ms and (
                next_position(starts, lo, hi) >= hi
                or not _MEASURE_PLACE.search(" ".join(tt.texts[lo:hi]))
            ):
                continue
            nums = sentence_numbers(tt, lo, hi, in_mention, in_metric)
            if not nums:
                ctx.own_scores = ()
                if any(m.label_ == "Dataset" for m in ms):
                    before = _Binder(tt, ms, lo, hi, ctx)
                    ctx.previous = before.sent_dataset
                    ctx.previous_list = tuple(_datasets_listed_before(before, hi))
                continue
            ctx.previous, ctx.previous_list = previous, previous_list
            binder = _Binder(tt, ms, lo, hi, ctx)
            own = own_sentence(tt, lo, hi) or any(m.kb_id_ in ctx.proposed for m in ms)
            bound = list(bind_sentence(binder, nums, own))
            ctx.previous, ctx.previous_list = None, ()
            ctx.own_scores = tuple(
                (num.value, num.unit, b.metric, b.dataset)
                for num, b in bound
                if num.role == "score" and b.metric is not None
                and (b.system is None or b.system in ctx.proposed)
            )
            for num, b in bound:
                first = _row(tt, si, num, b)
                for system, metric in product((first["model_id"], *b.also), b.metrics_named):
                    row = {**first, "model_id": system, **_metric_fields(tt, metric)}
                    sig = (row["role"], system, row["dataset_id"], row["metric_id"], num.value)
                    if sig not in seen:
                        seen.add(sig)
                        results.append(row)
        results[:] = merge_halves(results)


def _described_data(tt: TokenTable, mentions: list[_M]) -> set[str]:
    """The datasets the text only ever names as a kind of data ("synthetic SDoH data",
    "dMRI data", "the Azure Health Data"): every mention is a head-noun reading of a name
    before the word "data". A number is not on them (results gold: of the 10 results so
    bound in the read, new and validation parts, none was right)."""
    n = len(tt.lowers)
    found: dict[str, bool] = {}
    for m in mentions:
        if m.label_ != "Dataset":
            continue
        data = m.id_ == "head_noun" and m.end < n and tt.lowers[m.end] == "data"
        found[m.kb_id_] = found.get(m.kb_id_, True) and data
    return {kb for kb, data in found.items() if data}


def _clauses(tt: TokenTable) -> Iterator[tuple[int, int, int]]:
    """(sentence index, start, end) of the parts of each sentence that semicolons outside
    brackets separate ("on CIFAR-10, S achieves 82.9%; on ISBI2012, it achieves 78.7%"): each
    part binds its numbers as a sentence of its own."""
    lowers = tt.lowers
    semicolons = ";" in lowers  # most abstracts have none: one C-level test
    for si, (lo, hi) in enumerate(tt.sent_bounds):
        if not semicolons or ";" not in lowers[lo:hi]:
            yield si, lo, hi
            continue
        start, depth = lo, 0
        for k in range(lo, hi):
            w = lowers[k]
            depth += (w == "(") - (w == ")")
            if w == ";" and depth <= 0 and k > start:
                yield si, start, k + 1
                start = k + 1
        if start < hi:
            yield si, start, hi


def merge_halves(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One score reported twice, once with its dataset and once with its metric ("achieves
    86.81% on GSM8k" … "achieves 86.81% pass@1") is one result with both. When the second
    also has that dataset (from the sentence before it, or the paper's one dataset: a guess),
    the result stands on both statements and keeps the higher confidence."""
    out: list[dict[str, Any]] = []
    halves: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        if row["role"] == "score" and (row["metric_id"] is None) != (row["dataset_id"] is None):
            key = (row["model_id"], row["value"], row["unit"], row["metric_id"] is None)
            other = halves.pop((*key[:3], not key[3]), None)
            if other is None and key[3]:  # "… pass@1" filled with the paper's one dataset
                other = next((o for o in out if _fills(o, row)), None)
            if other is not None:
                out[out.index(other)] = _merged(other, row)
                continue
            halves[key] = row
        elif row["role"] == "score" and row["metric_id"] is not None:
            key = (row["model_id"], row["value"], row["unit"], True)
            half = halves.get(key)
            if half is not None and _fills(row, half):
                del halves[key]
                out[out.index(half)] = _merged(half, row, keep=max)
                continue
        out.append(row)
    return out


def _merged(
    a: dict[str, Any], b: dict[str, Any], keep: Callable[[float, float], float] = min
) -> dict[str, Any]:
    """``a`` filled from ``b``; the confidence ``keep`` chooses of the two (the lower, unless
    the merge stands on both statements: :func:`merge_halves`)."""
    merged = {**a, **{k: v for k, v in b.items() if v is not None}}
    merged["confidence"] = keep(a["confidence"], b["confidence"])
    merged["higher_is_better"] = a["higher_is_better"] or b["higher_is_better"]
    return merged


def _fills(row: dict[str, Any], half: dict[str, Any]) -> bool:
    """Is ``row`` (a metric and a dataset) the same score as ``half`` (its dataset only)?"""
    return (
        row["role"] == "score"
        and row["metric_id"] is not None
        and row["dataset_id"] == half["dataset_id"]
        and (row["model_id"], row["value"], row["unit"])
        == (half["model_id"], half["value"], half["unit"])
    )


# the relation a paper has with the dataset and the metric of a score it reports
_RESULT_RELATIONS = (
    ("dataset_id", "EVALUATED_ON", "Dataset"),
    ("metric_id", "MEASURED_BY", "Metric"),
)


def _result_relations(
    tt: TokenTable, relations: list[dict[str, Any]], results: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The relations with the Results' datasets and metrics added: a paper that reports its
    own score on D with metric M (a Result the leaderboard shows, credited to the paper) is
    evaluated on D and measured by M, also when no mention rule said so ("AIME'24 (94.4%)",
    a dataset only the results reader named) — unless the paper relates to D otherwise
    already (it proposes D)."""
    own = {None} | {r["entity_id"] for r in relations if r["type"] == "PROPOSES"}
    related = {r["entity_id"] for r in relations}
    added: dict[str, dict[str, Any]] = {}
    for res in results:
        if res["role"] != "score" or res["confidence"] < LEADERBOARD_MIN_CONFIDENCE:
            continue
        if res["model_id"] not in own:
            continue
        for field_, rtype, etype in _RESULT_RELATIONS:
            eid = res[field_]
            if eid is None or eid in related or eid in added:
                continue
            if tt.entities.get(eid, {}).get("type") != etype:
                continue
            added[eid] = {
                "type": rtype,
                "entity_id": eid,
                "entity_type": etype,
                "confidence": 0.7,
                "sent": res["sent"],
                "source": "result",
            }
    if not added:
        return relations
    return sorted([*relations, *added.values()], key=lambda r: (r["type"], r["entity_id"]))


def _metric_fields(tt: TokenTable, metric: _M | None) -> dict[str, Any]:
    metric_id = metric.kb_id_ if metric is not None else None
    hib = tt.entities.get(metric_id, {}).get("higher_is_better") if metric_id else None
    return {"metric_id": metric_id, "higher_is_better": hib}


def _row(tt: TokenTable, si: int, num: Num, b: Binding) -> dict[str, Any]:
    return {
        "model_id": b.system,
        "dataset_id": b.dataset.kb_id_ if b.dataset is not None else None,
        **_metric_fields(tt, b.metric),
        "value": num.value,
        "unit": num.unit,
        "role": num.role,
        "confidence": _confidence(num, b),
        "sent": si,
        "start": tt.idx[num.i],
        "end": tt.end_char(num.end),
    }


@Language.factory("kg_results")
def make_results(nlp: Language, name: str) -> ResultExtractor:
    register_extensions()
    return named(ResultExtractor(), name)
