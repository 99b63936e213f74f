"""Word lists shared by the rule components (cue words, heads, stop words).

The lists themselves are data: ``kg/extract/lexicon/<name>.txt``, read once per process by
:func:`kg.extract.lexicon.words`. This module gives them their constant names (and keeps the
few regular expressions that are patterns, not word lists).
"""

from __future__ import annotations

import re

from kg.extract.lexicon import entries, words
from kg.extract.memo import memo
from kg.kb import kb_key

DATASET_HEADS = words("dataset_heads")
# heads that type a name as a dataset but stay part of it ("Food-Recommendation DB")
DATASET_TYPE_HEADS = DATASET_HEADS | {"db", "database", "databases"}
DATA_NOUNS = DATASET_TYPE_HEADS | {"data"}  # what names data: "datasets", "corpus", "data"
METRIC_HEADS = words("metric_heads")
MODEL_HEADS = words("model_heads")
METHOD_HEADS = words("method_heads")
TASK_HEADS = words("task_heads")
# heads of technique names built from lower-case words ("multi-task fine-tuning")
METHOD_PHRASE_HEADS = words("method_phrase_heads")
# words that may not start or sit inside a task / dataset name built from lower-case words
NP_STOP = words("np_stop")
# capitalised words that look like names but are organisations, tools or products
STOP_NAMES = words("stop_names")
STOP_ACRONYMS = words("stop_acronyms")
EVAL_VERBS = words("eval_verbs")
VENUES = words("venues")  # conferences and workshops, lower-case ("cvpr", "interspeech")
PROPOSE_VERBS = words("propose_verbs")
NAMING_VERBS = words("naming_verbs")
CREATION_VERBS = words("creation_verbs")
CHANGE_VERBS = words("result_change_verbs")  # "accuracy rising from …", "grows to"
TRAIN_CUES = words("train_cues")
# the training cues that adapt a model to the data it is then scored on ("fine-tuned on D")
TUNE_CUES = words("tune_cues")
LANGUAGES = words("languages")
METRIC_MODIFIERS = words("metric_modifiers")
# the entity types a system (what a result is of, what a paper builds on or compares with) has
SYSTEM_TYPES = frozenset({"Method", "Model"})
# stems of the verbs that compare systems: "outperforms", "surpassing", "beats", "exceeded"
COMPARISON_VERBS = ("outperform", "surpass", "beat", "exceed")

# The lookahead lists every alternative's first character (matched case-insensitively like
# them), so it changes no match; it only lets the engine skip most positions quickly.
RELEASE_CUES = re.compile(
    r"(?=[ropwcm\d])\b(?:release[sd]?|open[- ]source[sd]?|publicly available|weights|checkpoints?|"
    r"our models?|model family|\d+(?:\.\d+)?[BM]\b|parameters)",
    re.IGNORECASE,
)

# an unseen name: CamelCase, ALLCAPS (≥2 letters), letters+digits, or hyphenated with caps
NAME_SHAPE = re.compile(
    r"^(?:"
    r"[A-Za-z]*[a-z][A-Z][\w\-\.+]*"  # CamelCase / camelCase: MathScale, diffGrad, SnapKV
    r"|[A-Z][A-Z0-9]+(?:[\-\.+][\w\.+]+)*"  # ALLCAPS: MASHA1, DIFF2, TCRA-LLM
    r"|[A-Z]{2,}[a-z]{2,}[\w\-\.+]*"  # initials + a word: LVBench, BERTScore, VBench
    r"|[A-Z][a-z]+[0-9][\w\-\.]*"  # Word+digits: Orca2, Llama3
    r"|[A-Za-z][\w]*-[A-Z0-9][\w\-\.+]*"  # hyphen + caps/digit: Phi-GSM, DART-Math, V2A-Mapper
    r"|[A-Z][a-z]+-[A-Z][a-z]+[\w\-]*"  # Orca-Math
    r"|\d+[A-Z]+[a-z]+[A-Za-z0-9\-]*"  # a leading digit: 3DMatch, 2WikiMultihopQA (not 3D, 4K)
    r"|[A-Z][A-Z0-9]*\d[A-Z0-9]*[A-Z][a-z][\w\-\.+]*"  # digits, then a word: T2VCountBench, M3Bench
    r")$"
)
VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-zA-Z]?|\d+(?:\.\d+)?[BMKT]|\d+x\d+[BM]?)$")
# what makes the number before it a percentage: "96.36%", "87 percent" (so no version number)
PERCENT = frozenset({"%", "percent", "per cent"})


# what a variant adds to its system's name after a hyphen: "DiCo-XL", "RPKD-PV", "Gyan-4.3",
# "FEAT-L", "HiDream-I1-Full"; not a lower-case word ("AudioTrust-the") nor a compound's
# adjective ("TRIZ-Based", "R1-Zero-Like", "Noise-Aware", "CLIP-Guided")
_VARIANT_PART = r"(?=[^-]*[A-Z0-9])[A-Za-z0-9.]{1,8}"
_VARIANT_TAIL = re.compile(rf"^{_VARIANT_PART}(?:-{_VARIANT_PART})?$")
_COMPOUND_TAILS = frozenset({"based", "like", "aware", "free", "style", "wise", "level", "only"})


def variant_of(text: str, base: str) -> bool:
    """Is ``text`` a variant of the system named ``base``: the name, a hyphen and a short
    tail with a capital or a digit ("DiCo-XL" of "DiCo")?"""
    if len(text) <= len(base) + 1 or not text.startswith(base) or text[len(base)] != "-":
        return False
    tail = text[len(base) + 1 :]
    low = tail.lower()
    return (
        low not in _COMPOUND_TAILS
        and not low.endswith(("ed", "ing"))
        and bool(_VARIANT_TAIL.match(tail))
    )


# families of trained models (lexicon/model_families.txt), by knowledge-base key
MODEL_FAMILY_KEYS = frozenset(kb_key(w) for w in entries("model_families"))
_FAMILY_TAIL = re.compile(r"v?\d[\w.]*$")


MODEL_CLASS_WORDS = words("model_class_words")
# a system's part named after "long form (SF)": "a Dual-Modal Feature Fusion (DMFF) module"
PART_HEADS = words("part_heads")
# "multi-agent", "real-time": compounds so common that in Title Case they are no name
COMMON_COMPOUNDS = words("common_compounds")


@memo()
def model_class(text: str) -> bool:
    """ "Large Vision-Language Models", "vision-language models", "Vision Foundation Models":
    words of scale or modality before "models", a class of models, no named model nor a
    technique (lexicon/model_class_words)."""
    parts = re.split(r"[\s\-]+", text.lower())
    return len(parts) > 1 and parts[-1] in ("models", "model") and all(
        p in MODEL_CLASS_WORDS for p in parts[:-1]
    )


@memo()
def of_model_family(text: str) -> bool:
    """ "Whisper-large-v2", "YOLOv8n-seg", "G-GhostNet": a model family's name (its version
    glued on) with a variant after or before a hyphen — a model's name."""
    parts = text.split("-")
    if len(parts) < 2 or not text[:1].isupper():
        return False
    return any(len(p) >= 3 and _family_with_version(p) for p in parts)


def opens_with_model_family(text: str) -> bool:
    """ "Gemma-2-27B", "Qwen2.5-7B-Instruct": a released model family's name (its version glued
    on) before a hyphen, not a new name built on one ("VFFM-UNet", "NFA-ViT")."""
    head = text.split("-", 1)[0]
    return len(head) >= 3 and text[:1].isupper() and _family_with_version(head)


def _family_with_version(word: str) -> bool:
    """Is ``word`` a model family's name, its version glued on ("YOLOv8n", "DINOv2")?"""
    return kb_key(_FAMILY_TAIL.sub("", word) or word) in MODEL_FAMILY_KEYS


_GLUED_VERSION = re.compile(r"v?\d+[a-z]?$")  # "v11", "v8n", "11n"


def versioned_model_family(text: str) -> bool:
    """ "YOLOv11", "YOLOv8n", "YOLO11s": one word, a model family's name with a version (and
    a size letter) glued on — a model's name, though no name shape ("YOLOv11" is neither
    CamelCase nor all capitals); not a new name built on one ("SAM4EM", "SAM2Auto")."""
    if not text[:1].isupper() or not text.isalnum():
        return False
    tail = _GLUED_VERSION.search(text)
    return tail is not None and tail.start() > 0 and (
        kb_key(text[: tail.start()]) in MODEL_FAMILY_KEYS
    )


@memo()
def ends_in_model_family(text: str) -> bool:
    """ "BiomedCLIP", "MedViT", "GeoSAM", "PubMedBERT": a name whose capitalised tail after a
    lower-case letter is a model family's name (a version may follow) — a model built on it."""
    if not text.isalnum():
        return False
    return any(
        text[k - 1].islower() and text[k].isupper() and _family_with_version(text[k:])
        for k in range(2, len(text) - 2)
    )


@memo()
def names_model_family(text: str) -> bool:
    """ "ConvNeXt", "DINOv2", "MobileNetV2", "U-Net": a model family's own name, with its
    version glued on — a name shaped like no English word, so a model's name."""
    if not text[:1].isupper() or (text.isalpha() and text[1:].islower()):
        return False  # "Gemini", "Falcon": also English words; the gazetteer decides
    return kb_key(text) in MODEL_FAMILY_KEYS or _family_with_version(text)
