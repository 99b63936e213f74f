"""``kg_relations``: paper-level relations from the final mentions.

- ``PROPOSES``: the paper's own contributions (title "X: …", "we propose X", a dataset the
  paper introduces).
- ``EVALUATED_ON``: datasets, unless only trained on or named, with no number, in the
  abstract's background ("Benchmarks like MMLU have played a pivotal role"); datasets a
  collection "includes" ("MwpBench … (including GSM8K and MATH)") are evaluated on as well.
- ``COMPARES_WITH``: models and methods named after a comparison cue ("outperforms",
  "surpasses … such as", "compared to", "on par with", "gains of 2.1 points over") in a
  sentence whose subject is the paper's own system.
- ``BASED_ON``: models and methods the paper's system is built on or fine-tuned from ("based
  on the Mistral-7B", "fine-tune it from AntGLM-10B", "a T5-based model", "the Qwen2.5-72B
  base model", "the base model Qwen2.5-Math-1.5B"), or assembled from ("a hybrid model
  integrating VGG16 and ResNet-50", the title's "… Using FLAN-T5-Large").
- ``USES``: other methods and models the paper's own work uses (a use cue governs them, or the
  sentence is about the paper's work); never a baseline or the base model, nor what the
  abstract's background says the field uses ("Video generation has made strides with
  diffusion models").
- ``MEASURED_BY``: metrics named in a sentence that measures (an evaluation verb, a number
  or a word of measuring: "the IoU metric"); not the common noun elsewhere ("high
  precision", "domain coverage"), a class of metrics ("image quality metrics"), a quality
  claimed with no number ("achieves superior visual quality") or what the background says the
  field strives for ("existing models struggle to maintain object-level accuracy").
- ``ADDRESSES``: the tasks of the title, else of the sentence that states the contribution.

One relation per (type, entity): the best-scoring evidence sentence wins. Writes
``doc._.kg_relations`` = [{"type", "entity_id", "entity_type", "confidence", "sent",
"source"}] (``sent`` = 0-based sentence index).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property
from itertools import compress, pairwise
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import CHANGE_VERBS as _CHANGE_VERBS
from kg.extract.components.lexicon import (
    CREATION_VERBS,
    EVAL_VERBS,
    MODEL_FAMILY_KEYS,
    MODEL_HEADS,
    SYSTEM_TYPES,
    TRAIN_CUES,
    variant_of,
)
from kg.extract.components.paragraphs import title_sentences
from kg.extract.components.tokens import NUMBER, TokenTable, indices, table
from kg.extract.lexicon import entries, words
from kg.extract.memo import memo
from kg.kb import kb_key, variant_families

_INCLUDE = frozenset({"including", "includes", "include", "such", "e.g.", "comprising"})
_DETERMINERS = frozenset({"the", "a", "an", "our", "this", "newly", "previously", "recently"})
_CLAUSE_END = frozenset({";", ".", "while", "whereas", "which", "where", "using", "via"})
# what a noun-phrase subject ("Comparisons with A and B …") is followed by
_REPORT_VERBS = frozenset(
    {"demonstrate", "demonstrates", "show", "shows", "reveal", "reveals", "highlight",
     "highlights", "indicate", "indicates", "confirm", "confirms", "validate", "validates",
     "suggest", "suggests"}
)
_NEGATION = frozenset({"without", "no", "not", "nor", "instead"})
_NEW_SUBJECT = frozenset({"the", "this", "our", "we", "it"})
_WE = frozenset({"we", "our"})  # the paper as the subject of a comparison
_OWN = frozenset(w.lower() for w in words("result_own_cues"))
_OTHER = frozenset(w.lower() for w in words("result_other_cues"))
_USE_CUES = frozenset(w.lower() for w in words("use_cues"))
_BASE_HEADS = frozenset(w.lower() for w in words("based_on_heads"))
_PRIMARY = frozenset({"primary", "main", "core", "underlying"})  # "as the primary … model"
# "optimization methods", "expert networks": a class of methods, not one the paper uses
_CLASS_HEADS = frozenset(w.lower() for w in words("method_heads") if w.endswith("s"))
_DESCRIPTION_HEADS = words("result_description_heads")  # "the … quantization method"
# "this paper", "this research": the paper's own work (not "this survey", whose methods are
# reviewed, not used)
_OWN_TITLE = frozenset({"paper", "work", "study", "research", "article", "thesis", "project"})
_PURPOSE = frozenset({"for", "of", "to", "on", "in", "towards", "toward"})
_KNOWN_RULES = ("gazetteer", "kb", "linker")
_COMMON_NAMES = words("common_names")  # in 20+ of 20,000 abstracts: "CT", "BEV", "RGB" …
# words after a name that start no noun it modifies ("CLIP and …", "ViT for …", "DiT is …")
_NOT_HEADS = frozenset(
    {"and", "or", "for", "with", "to", "on", "in", "of", "is", "are", "as", "by", "via", "that",
     "which", "from", "at", "into", "using", "than", "vs", "versus"}
)  # fmt: skip


@memo(maxsize=1 << 14)  # pure, and names recur
def _family_known(text: str) -> bool:
    """A version or size of a model family of ``lexicon/model_families.txt`` ("DenseNet121",
    "ResNet50V2", "YOLOv10")."""
    return any(kb_key(f) in MODEL_FAMILY_KEYS for f in variant_families(text))


def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(e.lower().split()) for e in entries(name))


COMPARISON_CUES = _phrases("comparison_cues")
WEAK_COMPARISON_CUES = _phrases("comparison_weak_cues")
MARGIN_CUES = _phrases("comparison_margin_cues")
BASED_ON_CUES = _phrases("based_on_cues")
PART_CUES = _phrases("based_on_part_cues")
_TITLE_USE = (("using",), ("with",), ("via",), ("leveraging",), ("utilizing",))


_FIRSTS: dict[int, tuple[Iterable[tuple[str, ...]], dict[str, list[tuple[str, ...]]]]] = {}


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, in order; built once per phrase tuple (kept with it)."""
    kept = _FIRSTS.get(id(phrases))
    if kept is not None and kept[0] is phrases:
        return kept[1]
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        firsts.setdefault(p[0], []).append(p)
    if isinstance(phrases, tuple):  # immutable: the index stays valid
        if len(_FIRSTS) > 64:
            _FIRSTS.clear()
        _FIRSTS[id(phrases)] = (phrases, firsts)
    return firsts


def phrase_spans(
    lowers: list[str], lo: int, hi: int, phrases: Iterable[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """``[(start, end)]`` of every occurrence of a phrase in tokens ``[lo, hi)``."""
    firsts = _by_first(phrases)
    out: list[tuple[int, int]] = []
    # only the positions whose word starts a phrase (a C-level filter)
    for k in compress(range(lo, hi), map(firsts.__contains__, lowers[lo:hi])):
        for p in firsts[lowers[k]]:
            if tuple(lowers[k : k + len(p)]) == p and k + len(p) <= hi:
                out.append((k, k + len(p)))
                break
    return out


def _this_work(sent: list[str]) -> bool:
    """ "this paper", "this work": the sentence speaks of the paper itself (most sentences
    hold no "this": one C-level test first)."""
    return "this" in sent and any(w == "this" and n in _OWN_TITLE for w, n in pairwise(sent))


def _created(lowers: list[str], lo: int, hi: int) -> bool:
    """A creation verb governs the name: "we introduce X", not "the proposed X"."""
    for j in range(hi - 1, lo - 1, -1):
        w = lowers[j]
        if w in (",", ";", ":", "(", ")", ".", "from"):
            return False  # "segments curated from LibriSpeech": the source, not the creation
        if w in CREATION_VERBS:
            return j == 0 or lowers[j - 1] not in _DETERMINERS
    return False


class _M(NamedTuple):
    start: int
    end: int
    label_: str
    kb_id_: str
    id_: str


# what a released size adds to a name: "POLAR-7B", "ZorbLM 1.5B-Instruct"
_SIZE_SUFFIX = re.compile(r"^[-_ ]?\d+(?:\.\d+)?[BM](?:-[A-Za-z]+)?$")


def proposed_ids(tt: TokenTable, mentions: list[_M], own: list[_M]) -> frozenset[str]:
    """The entities the paper proposes: mentions inside a contribution span ("we propose X",
    the title's "X: …"), a proposed name's released sizes written elsewhere ("X-7B") and the
    variants of a new proposed system ("X-XL", "X-PV": :func:`variant_of`).
    ``own``: the contribution's own mentions (:func:`contribution_mentions`)."""
    ids = {m.kb_id_ for m in own}
    names = {tt.span_text(m.start, m.end) for m in mentions if m.kb_id_ in ids}
    # the paper's new systems (not a known name the contribution span happens to hold)
    new = {
        tt.span_text(m.start, m.end)
        for m in own
        if m.label_ in SYSTEM_TYPES and not m.id_.startswith(_KNOWN_RULES)
    }
    for m in mentions:
        if m.kb_id_ in ids or m.label_ not in SYSTEM_TYPES:
            continue
        text = tt.span_text(m.start, m.end)
        sized = any(text.startswith(n) and _SIZE_SUFFIX.match(text[len(n) :]) for n in names)
        if sized or any(variant_of(text, n) for n in new):
            ids.add(m.kb_id_)
    return frozenset(ids)


def _known_modifier(tt: TokenTable, m: _M) -> bool:
    """A known system (gazetteer, knowledge base) or a name common in ML abstracts
    (``common_names``) that modifies the noun after it inside the contribution ("A
    Molecular-Auxiliary CLIP Framework", "a BEV world model", "a low-dose CT imaging method"):
    what the paper builds with, not what it proposes ("we present Qwen3, …" proposes it)."""
    if m.end >= len(tt.lowers) or tt.sent_start[m.end]:
        return False
    nxt = tt.texts[m.end]
    if not nxt.isalpha() or nxt.lower() in _NOT_HEADS:
        return False
    return m.id_.startswith(_KNOWN_RULES) or tt.span_text(m.start, m.end) in _COMMON_NAMES


def doc_contribution(
    tt: TokenTable, mentions: list[_M]
) -> tuple[list[_M], list[_M], frozenset[str]]:
    """:func:`contribution_mentions` (own, bases) and :func:`proposed_ids` of ``mentions``, the
    doc's final mentions (``tt.mentions`` as :class:`_M`): found once per doc and kept in the
    token table, for the relation and result components both read them."""
    kept = tt.derived.get("contribution")
    if kept is not None and kept[0] is tt.mentions:
        return kept[1]
    own, bases = contribution_mentions(tt, mentions)
    found = (own, bases, proposed_ids(tt, mentions, own))
    tt.derived["contribution"] = (tt.mentions, found)
    return found


def contribution_mentions(tt: TokenTable, mentions: list[_M]) -> tuple[list[_M], list[_M]]:
    """The mentions inside a contribution span ("we propose X", the title's "X: …"), split
    into the contribution's own and what it is built on: a system written right before
    "-based" ("yields a SAM-based model, Segment Any Crack"); a known or common name that
    only modifies the contribution's noun (:func:`_known_modifier`) is neither."""
    toks = tt.contribution_tokens()
    own: list[_M] = []
    bases: list[_M] = []
    for m in mentions:
        if not toks.isdisjoint(range(m.start, m.end)):
            if base_suffixed(tt, m) or modified_system(tt, m):
                bases.append(m)
            elif not _known_modifier(tt, m) and not _common_model(tt, m):
                own.append(m)
    return own, bases


def _common_model(tt: TokenTable, m: _M) -> bool:
    """A known model so common in ML abstracts (``common_names``: CLIP, DiT, ViT, DETR) that a
    contribution naming it builds on it or studies it ("Continual Learning on CLIP via …",
    "we propose a DiT-inspired …"), unless the title opens with it ("Qwen3: …", a report)."""
    if m.label_ != "Model" or not m.id_.startswith(_KNOWN_RULES):
        return False
    text = tt.span_text(m.start, m.end)
    if text not in _COMMON_NAMES:
        return False
    return not (m.start == 0 and m.end < len(tt.texts) and tt.texts[m.end] == ":")


def base_suffixed(tt: TokenTable, m: _M) -> bool:
    """ "a SAM-based model": the mention names what the paper's system is built on (written
    as one word: not "Normalized LR+GD - based on the connection …")."""
    return based_head(tt, m) is not None


def based_head(tt: TokenTable, m: _M) -> int | None:
    """The lower-case word a "<mention>-based" compound heads ("model" in "a SAM-based
    model"), by its token index; ``None`` when the mention is not written so."""
    k = m.end
    if k + 1 >= len(tt.lowers) or tt.idx[k] != tt.end_char(k):
        return None
    if tt.lowers[k] == "-":
        k += 1
        if tt.idx[k] != tt.end_char(k):
            return None
    if k + 1 < len(tt.lowers) and tt.lowers[k].lstrip("-") == "based" and (
        tt.texts[k + 1].isalpha() and tt.texts[k + 1].islower()
    ):
        return k + 1
    return None


class _Paper:
    """What the relation rules of one doc share: tokens, mentions, the proposed entities and
    the relations found so far."""

    def __init__(self, tt: TokenTable) -> None:
        self.tt = tt
        self.lowers = tt.lowers
        self.sent_of = tt.sent_of
        self.bounds = tt.sent_bounds
        self.mentions = [_M(*c) for c in tt.mentions]
        self.rels: dict[tuple[str, str], dict[str, Any]] = {}
        self.contrib_sents = {self.sent_of[s] for s, _ in tt.contributions}
        self.proposed = doc_contribution(tt, self.mentions)[2]
        self.by_sent: dict[int, list[_M]] = {}
        for m in self.mentions:
            self.by_sent.setdefault(self.sent_of[m.start], []).append(m)
        self._own: dict[int, bool] = {}
        # entities the gazetteer / knowledge base knows (not only guessed from the name
        # shape), and versions or sizes of a known model family ("DenseNet121", "YOLOv10")
        self.known = {
            m.kb_id_
            for m in self.mentions
            if m.id_.startswith(_KNOWN_RULES)
            or (m.label_ in SYSTEM_TYPES and _family_known(tt.span_text(m.start, m.end)))
        }

    def put(self, rtype: str, m: _M, conf: float, source: str) -> None:
        key = (rtype, m.kb_id_)
        old = self.rels.get(key)
        if old is None or conf > old["confidence"]:
            self.rels[key] = {
                "type": rtype,
                "entity_id": m.kb_id_,
                "entity_type": m.label_,
                "confidence": conf,
                "sent": self.sent_of[m.start],
                "source": source,
            }

    def own(self, si: int) -> bool:
        """Does sentence ``si`` speak about the paper's own work (title, "we", "our", "this
        paper", a proposed entity)?"""
        if si not in self._own:
            lo, hi = self.bounds[si]
            sent = self.lowers[lo:hi]
            own = si == 0 or not _OWN.isdisjoint(sent)
            own = own or _this_work(sent)
            own = own or any(m.kb_id_ in self.proposed for m in self.by_sent.get(si, ()))
            own = own or self._names_proposed(sent)
            self._own[si] = own
        return self._own[si]

    def _names_proposed(self, sent: list[str]) -> bool:
        """The sentence writes a proposed entity's name where no mention was kept
        ("Built on …, Sherlock achieves" in a paper titled "Sherlock: …")."""
        text = f" {' '.join(sent)} "
        for eid in self.proposed:
            name = str(self.tt.entities.get(eid, {}).get("name") or "").lower()
            if len(name) >= 3 and f" {name} " in text:
                return True
        return False

    def background(self, si: int) -> bool:
        """Is sentence ``si`` the abstract's background: after the title, before the first
        sentence about the paper's own work ("Video generation has made strides with
        diffusion models. … We propose …"), so never one of its own? Without such a
        sentence, none is."""
        return si in self._background

    @cached_property
    def _background(self) -> range:
        n_title = title_sentences(self.tt)
        first = next((k for k in range(n_title, len(self.bounds)) if self.own(k)), None)
        return range(n_title, n_title if first is None else first)

    def other_work(self, si: int) -> bool:
        lo, hi = self.bounds[si]
        return not self.own(si) and not _OTHER.isdisjoint(self.lowers[lo:hi])


# --------------------------------------------------------------------------- datasets


def _included(paper: _Paper) -> set[int]:
    """Starts of datasets a collection "includes" ("MwpBench … (including GSM8K and MATH)")."""
    included: set[int] = set()
    lowers = paper.lowers
    for m in paper.mentions:
        if m.label_ != "Dataset":
            continue
        s_end = paper.bounds[paper.sent_of[m.start]][1]
        if not _INCLUDE.isdisjoint(lowers[m.end : min(s_end, m.end + 12)]):
            for other in paper.mentions:
                if other.label_ == "Dataset" and m.end < other.start < s_end:
                    included.add(other.start)
    return included


def _field_talk(paper: _Paper, si: int) -> bool:
    """Is sentence ``si`` the abstract's background, with no number in it: what the field
    does or lacks, not what the paper measures?"""
    return paper.background(si) and not _numbered(paper, si)


def _dataset(paper: _Paper, m: _M, included: set[int]) -> None:
    lowers = paper.lowers
    si = paper.sent_of[m.start]
    s_start, s_end = paper.bounds[si]
    sent_words = lowers[s_start:s_end]
    before = lowers[max(s_start, m.start - 6) : m.start]
    evaluated = any(w.startswith("evaluat") for w in sent_words)
    created = _created(lowers, max(s_start, m.start - 4), m.start) and "we" in sent_words
    if created and not evaluated and m.kb_id_ not in paper.proposed and m.start not in included:
        paper.put("PROPOSES", m, 0.7, "created_dataset")
        return
    trained_only = not TRAIN_CUES.isdisjoint(before) and EVAL_VERBS.isdisjoint(before)
    if m.start in included:
        paper.put("EVALUATED_ON", m, 0.8, "collection_includes")
    elif trained_only:
        return
    elif m.kb_id_ in paper.proposed:
        # a benchmark the paper introduces is evaluated on; training data is not
        bench = "bench" in paper.tt.span_text(m.start, m.end).lower() or (
            m.end < len(lowers) and lowers[m.end] in ("benchmark", "benchmarks")
        )
        if bench or any(w.startswith(("evaluat", "benchmark")) for w in sent_words):
            paper.put("EVALUATED_ON", m, 0.6, "proposed_dataset")
    elif _field_talk(paper, si):
        return  # "the lack of public RSS datasets": data the field has, not the evaluation's
    else:
        eval_cue = not EVAL_VERBS.isdisjoint(sent_words)
        paper.put("EVALUATED_ON", m, 0.85 if eval_cue else 0.6, "dataset_mention")


# --------------------------------------------------------------------------- baselines


def _direct_subject(paper: _Paper, lo: int, cue: int) -> _M | None:
    """The Model/Method right before a comparison verb ("GPT-4 outperforms")."""
    for m in reversed(paper.by_sent.get(paper.sent_of[cue], [])):
        if m.end > cue or m.start < lo:
            continue
        between = paper.tt.texts[m.end : cue]
        if m.label_ in SYSTEM_TYPES and len(between) <= 2 and all(w.islower() for w in between):
            return m
        return None
    return None


def _own_comparison(paper: _Paper, si: int, cue: int) -> bool:
    """Is the paper's own system the one compared ("Orca-Math surpasses …", "our models …,
    surpassing …", "a 0.5B LLM outperforms …") — not "GPT-4 outperforms other LLMs"?"""
    lo = paper.bounds[si][0]
    if _our_subject_apposed(paper, lo, cue):
        return True
    subject = _direct_subject(paper, lo, cue)
    if subject is not None:
        return subject.kb_id_ in paper.proposed
    before = [
        m
        for m in paper.by_sent.get(si, [])
        if m.end <= cue and m.label_ in SYSTEM_TYPES and not base_suffixed(paper.tt, m)
    ]  # (not "S … among INR-based approaches and surpasses …": a modifier, no subject)
    adjunct = _fronted_adjunct(paper, lo, cue)
    kept = [m for m in before if m.start >= adjunct]  # "With only 10k SFT data, it …"
    if kept or not paper.other_work(si):  # (not "With Mamba, several studies have shown …")
        before = kept
    if before and not _WE.isdisjoint(paper.lowers[before[-1].end : cue]):
        return True  # "Utilizing the RoBERTa architecture, we … compared against …"
    if before:  # "Qwen2.5-VL-72B, an open MLLM, achieves …, outperforming GPT-4o": not ours
        return any(m.kb_id_ in paper.proposed for m in before) or _ours(paper, before[0], lo)
    return True


def _our_subject_apposed(paper: _Paper, lo: int, cue: int) -> bool:
    """ "Our top-performing model, MedReason-8B, outperforms …", "Our RL-trained agent, built
    upon a Qwen2-VL-2B, … surpasses …": a sentence opening with the paper's own system and a
    comma; what the commas enclose (its name, what it is built on) is no other subject."""
    lowers, texts = paper.lowers, paper.tt.texts
    if lowers[lo] != "our":
        return False
    k = lo + 1
    while k < min(cue, lo + 5) and texts[k].replace("-", "").isalpha() and (
        texts[k][:1].islower() or ("-" in texts[k] and texts[k][-1:].islower())
    ):  # "our top-performing model", "Our RL-trained agent" (not "Our findings show that X,")
        k += 1
    return lo + 1 < k < cue and lowers[k] == "," and lowers[k - 1] not in _NOT_OWN_SUBJECTS


# "Our results, …, show that GPT-4 outperforms …": a report of the paper, not its system
_NOT_OWN_SUBJECTS = frozenset(
    {"results", "findings", "experiments", "analysis", "analyses", "evaluation", "evaluations",
     "study", "work", "observations", "contributions", "code", "experiment"}
)  # fmt: skip


# what opens a fronted adjunct: "With only 10k SFT data, it …", "Using LoRA, OurNet …"
_ADJUNCT_OPENERS = frozenset(
    {"with", "using", "by", "through", "via", "for", "on", "in", "after", "leveraging",
     "utilizing", "building", "based", "starting", "trained", "equipped"}
)  # fmt: skip


def _fronted_adjunct(paper: _Paper, lo: int, cue: int) -> int:
    """Where a sentence's fronted adjunct ends (its first comma), when the sentence opens
    with one; else ``lo``. The systems in it are no subject of the comparison."""
    if paper.lowers[lo] not in _ADJUNCT_OPENERS or "," not in paper.lowers[lo:cue]:
        return lo
    return paper.lowers.index(",", lo, cue)


def _ours(paper: _Paper, m: _M, lo: int) -> bool:
    """ "Our derived ReasonFlux-Coder-7B …, outperforming …": a system the paper calls its
    own ("our" right before its name, or before one lower-case word before it)."""
    lowers, texts = paper.lowers, paper.tt.texts
    k = m.start - 1
    if k > lo and texts[k].isalpha() and texts[k].islower() and lowers[k] != "our":
        k -= 1
    return k >= lo and lowers[k] == "our"


def _object_region(paper: _Paper, start: int, hi: int) -> int:
    """Where the compared things after a cue end: the clause end, or a comma that starts the
    paper's own clause ("Compared to CoT, the PRS method …")."""
    lowers = paper.lowers
    starts = {m.start: m for m in paper.by_sent.get(paper.sent_of[start], [])} if start < hi else {}
    for k in range(start, hi):
        if lowers[k] in _CLAUSE_END or lowers[k] in _REPORT_VERBS:
            return k  # "comparisons with A and B demonstrate that S …": the objects end
        if lowers[k] == ",":
            nxt = [starts.get(j) for j in range(k + 1, min(hi, k + 4))]
            if any(m is not None and m.kb_id_ in paper.proposed for m in nxt):
                return k
            if k + 1 < hi and lowers[k + 1] in _NEW_SUBJECT:
                return k
    return hi


def _compared(paper: _Paper) -> tuple[set[str], set[int]]:
    """COMPARES_WITH the baselines of the paper's own comparisons → (their entity ids, the
    starts of every compared mention, also in others' comparisons: never USES)."""
    found: set[str] = set()
    objects: set[int] = set()
    for si, ms in paper.by_sent.items():
        lo, hi = paper.bounds[si]
        systems = [m for m in ms if m.label_ in SYSTEM_TYPES]
        if not systems:
            continue
        for _, ce in phrase_spans(paper.lowers, lo, hi, WEAK_COMPARISON_CUES):
            end = _object_region(paper, ce, hi)
            objects.update(m.start for m in systems if ce <= m.start < end)
        for c, ce in phrase_spans(paper.lowers, lo, hi, COMPARISON_CUES):
            end = _object_region(paper, ce, hi)
            inside = [m for m in systems if ce <= m.start < end and not _run_on(paper, m)]
            objects.update(m.start for m in inside)
            if _own_comparison(paper, si, c):
                # how the compared systems were made is no baseline (nor used)
                by_end = {m.end: m for m in ms}
                compared = [
                    m
                    for m in inside
                    if not _how_trained(paper, m, ce, by_end) and not _base_of(paper, m, lo, hi)
                ]
                found.update(_put_compared(paper, compared, "comparison_cue"))
        margins = [*phrase_spans(paper.lowers, lo, hi, MARGIN_CUES), *_by_over(paper, lo, hi)]
        for c, ce in [*margins, *_than_margin(paper, lo, hi)]:
            inside = _margin_objects(paper, si, ce, hi)
            objects.update(m.start for m in inside)
            if inside and _own_comparison(paper, si, c):
                compared = [m for m in inside if not _base_of(paper, m, lo, hi)]
                found.update(_put_compared(paper, compared, "margin_cue"))
    return found, objects


_BACKBONE = frozenset({"backbone", "backbones"})


def _base_of(paper: _Paper, m: _M, lo: int, hi: int) -> bool:
    """ "surpassing Mask R-CNN by 3.4 mAP with a Swin-B backbone", "a 15% improvement over
    the base model (LLaMA-8B)": a backbone or base model is what the compared systems run
    on, or what the paper's system is built on, not a baseline."""
    return (m.end < hi and paper.lowers[m.end] in _BACKBONE) or _after_base_noun(paper, m, lo)


def _run_on(paper: _Paper, m: _M) -> bool:
    """ "outperforming them by 33.5% on ViT-B16", "… accuracy on LLaMA3-8B": a system after
    "on" is what the comparison runs on, not what it compares with."""
    lowers = paper.lowers
    k = m.start - 1
    k -= k > 0 and lowers[k] == "the"
    # not "methods based on VAEs": what the compared class is built on
    return k >= 1 and lowers[k] == "on" and lowers[k - 1] not in ("based", "-based")


_TRAINED = frozenset({"trained", "tuned", "fine-tuned", "finetuned", "optimized", "equipped"})


def _how_trained(paper: _Paper, m: _M, ce: int, by_end: dict[int, _M]) -> bool:
    """ "outperform other DLMs trained by SFT or RL", "outperforming LLMs with online
    search": a method that says how the compared systems were made, not one compared
    (``by_end``: the sentence's mentions by their end)."""
    lowers = paper.lowers
    k = m.start - 1
    while k > ce and lowers[k] in (",", "and", "or") and (k in by_end or k - 1 in by_end):
        k = by_end[k].start - 1 if k in by_end else by_end[k - 1].start - 1  # "SFT or RL"
    if k - 1 < ce or lowers[k] not in ("by", "with", "using", "via"):
        return False
    before = lowers[k - 1]  # "trained by", or a plural class: "LLMs with"
    # a system named right before "with" is no class of systems (unless a lower-case class)
    named = k in by_end and by_end[k].label_ in SYSTEM_TYPES
    named = named and not _class_of_methods(paper, by_end[k])  # "organ systems with"
    return before in _TRAINED or (
        lowers[k] == "with" and before.endswith("s") and before.isalpha() and not named
    )


def _put_compared(paper: _Paper, inside: list[_M], source: str) -> set[str]:
    """COMPARES_WITH each compared system that is no proposed one nor a class of methods; →
    the compared ids, also of the classes a comparison names ("previous QAT methods",
    "NeRF-based methods": no one baseline, but as compared neither used nor a base)."""
    out: set[str] = set()
    for m in inside:
        if _names_a_class(paper, m, reach=3) or _plural_of_name(paper, m):
            out.add(m.kb_id_)
            continue
        if m.kb_id_ not in paper.proposed and not _class_of_methods(paper, m):
            paper.put("COMPARES_WITH", m, 0.8, source)
            out.add(m.kb_id_)
    return out


_KIND_HEADS = frozenset({"models", "variants", "baselines", "families"})


def _names_a_class(paper: _Paper, m: _M, reach: int = 0) -> bool:
    """A name that modifies a plural method head ("QAT methods", "NeRF-based methods", "NeRF
    models"; with ``reach``, up to that many lower-case words between a "-based" and the head:
    "INR-based video representation methods")."""
    k = m.end
    lowers, texts = paper.lowers, paper.tt.texts
    if k < len(lowers) and lowers[k] in ("-based", "based", "-like", "-style"):
        k += 1
        # "INR-based video representation methods": lower-case words before the head
        for j in range(k, min(k + reach, len(lowers))):
            head = lowers[j] in _CLASS_HEADS or lowers[j] in _KIND_HEADS
            if head or not (texts[j].isalpha() and texts[j].islower()):
                break
            k = j + 1
    return k < len(lowers) and (lowers[k] in _CLASS_HEADS or lowers[k] in _KIND_HEADS)


def _plural_of_name(paper: _Paper, m: _M) -> bool:
    """ "standalone CNNs", "previous diffusion models", "compared to Transformers": the
    plural of a family's name is the class of its systems, no one baseline."""
    last = paper.tt.texts[m.end - 1].lower()
    name = str(paper.tt.entities.get(m.kb_id_, {}).get("name") or "").lower()
    return bool(name) and last.endswith("s") and last == name.split()[-1] + "s"


def _based_class(paper: _Paper, m: _M) -> bool:
    """ "Transformer-based models", "CNN-based methods": a class of systems built on a name."""
    k = m.end
    return k < len(paper.lowers) and paper.lowers[k] in ("-based", "based") and (
        _names_a_class(paper, m)
    )


# the nouns of a margin "of <number> … over X": "absolute gains of 10.47 points over X"
_MARGIN_NOUNS = frozenset(
    {"gain", "gains", "improvement", "improvements", "margin", "margins", "boost", "speedup"}
)


def _by_over(paper: _Paper, lo: int, hi: int) -> list[tuple[int, int]]:
    """ "improves pass@1 by 6.5 points over Reflexion", "by 4.8% over STAEformer", "gains of
    10.47 and 7.06 points over X": the "over" of a margin "by <number> …" or "<margin noun> of
    <number> …" (up to two unit or measure words between) → cue spans."""
    lowers = paper.lowers
    out: list[tuple[int, int]] = []
    for k in indices(lowers, "over", lo + 2, hi - 1):  # most sentences have none
        j = k - 1
        while j > k - 3 and j > lo and NUMBER.match(lowers[j]) is None:
            j -= 1
        j = _list_start(lowers, j, lo)  # "gains of 10.47 and 7.06 points over"
        if NUMBER.match(lowers[j]) is None or j - 1 < lo:
            continue
        if lowers[j - 1] == "by" or (
            lowers[j - 1] == "of" and j - 2 >= lo and lowers[j - 2] in _MARGIN_NOUNS
        ):
            out.append((k, k + 1))
    return out


# comparatives of a margin "<number> … <comparative> … than X": "26.3% better mIoU than DOME"
_COMPARATIVES = frozenset(
    {"higher", "better", "lower", "faster", "greater", "more", "fewer", "less", "smaller",
     "larger"}
)  # fmt: skip


def _than_margin(paper: _Paper, lo: int, hi: int) -> list[tuple[int, int]]:
    """ "COME achieves 26.3% better mIoU metric than DOME", "35% higher accuracy than the RAG
    baseline", "2.1x faster than vLLM": the "than" of a comparative (up to three words before
    it) that a number (with its unit) comes right before → cue spans."""
    lowers = paper.lowers
    out: list[tuple[int, int]] = []
    for k in indices(lowers, "than", lo + 2, hi - 1):  # most sentences have none
        c = _comparative_before(paper, k, lo)
        if c is None or c - 1 <= lo:
            continue
        j = c - 1
        if lowers[j] in _TIMES_UNITS and j - 1 > lo:
            j -= 1
        if NUMBER.match(lowers[j].rstrip("x×")) is not None:  # "2.5x faster than"
            out.append((k, k + 1))
    return out


def _comparative_before(paper: _Paper, k: int, lo: int) -> int | None:
    """The comparative up to four words before the "than" at ``k``, a name counting as one
    word ("7.5% higher mAP50 on Pascal VOC than YOLOv1")."""
    starts = {m.end: m.start for m in paper.by_sent.get(paper.sent_of[k], [])}
    j, words_ = k - 1, 0
    while j > lo and words_ < 4:
        if paper.lowers[j] in _COMPARATIVES:
            return j
        j = starts.get(j + 1, j) - 1  # past a whole name
        words_ += 1
    return None


_LIST_JOINS = frozenset({",", "and"})
_LIST_UNITS = frozenset({"%", "points", "point", "pp"})
_TIMES_UNITS = _LIST_UNITS | {"x", "×"}  # "2.5 x faster"


def _list_start(lowers: list[str], j: int, lo: int) -> int:
    """The first number of a list that ends with the number at ``j`` ("10.47 and 7.06 points",
    "15.2%, 10.38%, and 4.49%"): back over joins and units to each number before."""
    while True:
        k = j - 1
        while k > lo and lowers[k] in _LIST_UNITS:
            k -= 1
        if k <= lo or lowers[k] not in _LIST_JOINS:
            return j
        while k > lo and lowers[k] in _LIST_JOINS:
            k -= 1
        while k > lo and lowers[k] in _LIST_UNITS:
            k -= 1
        if NUMBER.match(lowers[k]) is None:
            return j
        j = k


def _margin_objects(paper: _Paper, si: int, ce: int, hi: int) -> list[_M]:
    """What a margin is over: the Model/Method right after the cue (a few lower-case words
    between: "over the DPO baseline", "over vanilla GRPO"), with the ones coordinated with it."""
    return _named_after_cue(paper, si, ce, hi, (",", "and", "or"))


def _named_after_cue(
    paper: _Paper,
    si: int,
    ce: int,
    hi: int,
    joiners: tuple[str, ...],
    stop: Callable[[_M], bool] | None = None,
) -> list[_M]:
    """The Model/Method a cue ending at ``ce`` takes (the first mention of the sentence after
    it, within three lower-case words) and the ones joined to it (:func:`_coordinated`)."""
    ms = [m for m in paper.by_sent.get(si, []) if ce <= m.start < hi]
    if not ms or ms[0].start > ce + 3 or ms[0].label_ not in SYSTEM_TYPES:
        return []
    if not all(w.isalpha() and w.islower() for w in paper.tt.texts[ce : ms[0].start]):
        return []
    return _coordinated(paper, ms, joiners, stop)


_INSTRUMENT = frozenset({"using", "via", "through", "with"})  # "fine-tune X using LoRA"
# between a based-on cue and a name, what makes the name no object of the cue
_NOT_THE_OBJECT = frozenset({"to", "into", "for"})


def _base_after_cue(paper: _Paper, si: int, ce: int, hi: int) -> list[_M]:
    """The Model/Method a based-on cue governs (within 6 tokens, no clause break), with the
    ones coordinated with it ("fine-tune LLMs (e.g., LLaMA-2 and Mistral)")."""
    lowers = paper.lowers
    ms = [m for m in paper.by_sent.get(si, []) if ce <= m.start < hi]
    if not ms or ms[0].start >= ce + 7 or ms[0].label_ not in SYSTEM_TYPES:
        return []
    between = lowers[ce : ms[0].start]
    if any(w in (";", ".") for w in between):
        return []
    if any(w in _INSTRUMENT for w in between[1:]):
        return []  # "fine-tune the framework using LoRA": the base came first; LoRA is a tool
    if any(w in _NOT_THE_OBJECT for w in between[1:]):
        # "extend these findings to ViFMs": the name is not what the cue takes
        return []
    return _coordinated(paper, ms, (",", "and", "or"))


def _coordinated(
    paper: _Paper, ms: list[_M], joiners: tuple[str, ...], stop: Callable[[_M], bool] | None = None
) -> list[_M]:
    """``ms[0]`` and the Models/Methods joined to it, in order, by nothing but ``joiners``;
    up to the first mention ``stop`` accepts."""
    out: list[_M] = []
    for m in ms:
        if out and (
            m.label_ not in SYSTEM_TYPES
            or not all(w in joiners for w in paper.lowers[out[-1].end : m.start])
        ):
            break
        if stop is not None and stop(m):
            break
        out.append(m)
    return out


def _parts_after_cue(
    paper: _Paper, si: int, ce: int, hi: int, keep: Callable[[_M], bool]
) -> list[_M]:
    """The named parts a part cue governs: "integrating VGG16 and ResNet-50", "combine
    Whisper for ASR with …" (the first within three lower-case words, then the ones joined
    to it by "," "and" "with"), those ``keep`` accepts."""
    joined = _named_after_cue(
        paper, si, ce, hi, (",", "and", "with"), lambda m: _title_modifier(paper, m, hi)
    )
    return [m for m in joined if keep(m)]


def _title_modifier(paper: _Paper, m: _M, hi: int) -> bool:
    """In the title, where every word is capitalised, a name followed by another word
    modifies it ("with Fine-Tuned LLMs", "via Vision-Language Model Guided …")."""
    return paper.sent_of[m.start] == 0 and m.end < hi and paper.tt.texts[m.end][:1].isupper()


def _before_base_head(paper: _Paper, m: _M, hi: int) -> bool:
    """ "the Qwen2.5-72B base model", "a T5-based model" (a named one: not "attention-based";
    not a class: "traditional CRF and BiLSTM-based approaches")."""
    if m.label_ not in SYSTEM_TYPES or m.end >= hi or paper.lowers[m.end] not in _BASE_HEADS:
        return False
    if _based_class(paper, m):
        return False
    return not paper.tt.span_text(m.start, m.end).islower()


# what may stand between "the base model(s)" and the name it introduces
_BASE_NOUN_GAPS = ((), ("(",), (",",), (":",), ("such", "as"), ("including",), ("(", "e.g."))


def _after_base_noun(paper: _Paper, m: _M, lo: int) -> bool:
    """ "applying RLVR to the base model Qwen2.5-Math-1.5B", "three base models (Mistral-7B,
    Llama3-8B, …)": a named model the noun "base model" introduces, the first or one listed
    after it (not "the same base model as X", nor "a … base model and YOLOv12")."""
    if m.label_ != "Model":
        return False
    lowers, k = paper.lowers, m.start
    return any(
        (j := k - len(gap)) - 2 >= lo
        and tuple(lowers[j:k]) == gap
        and lowers[j - 2] == "base"
        and lowers[j - 1] in MODEL_HEADS
        for gap in _BASE_NOUN_GAPS
    )


_IMPROVING = frozenset({"improving", "enhancing", "boosting", "extending"})


def _improved_in_title(paper: _Paper, lo: int, hi: int) -> list[_M]:
    """ "TSGS: Improving Gaussian Splatting for Transparent Surface Reconstruction": a named
    system the title says the paper improves (right after the verb, or after "the") is what
    the paper's system is built on."""
    lowers = paper.lowers
    by_start = {m.start: m for m in paper.by_sent.get(0, [])}
    out: list[_M] = []
    for k in range(lo, hi - 1):
        if lowers[k] not in _IMPROVING:
            continue
        j = k + 1 + (lowers[k + 1] == "the")
        m = by_start.get(j)
        if m is None or m.label_ not in SYSTEM_TYPES or m.kb_id_ not in paper.known:
            continue
        if not _plural_of_name(paper, m):  # "Enhancing Transformers …": the class, no base
            out.append(m)
    return out


def _as_backbone(paper: _Paper, m: _M, hi: int) -> bool:
    """ "G-GhostNet is adopted as the backbone network", "ResNet-50 and DenseNet-121, as the
    backbone for …": a named system the sentence makes the base of the paper's."""
    if m.label_ not in SYSTEM_TYPES or paper.tt.span_text(m.start, m.end).islower():
        return False
    window = paper.lowers[m.end : min(hi, m.end + 12)]
    if "as" not in window:
        return False
    k = window.index("as") + 1
    while k < len(window) and window[k] in ("the", "a", "an", "our", "its"):
        k += 1
    before = window[: window.index("as")]
    if any(w in (";", ".", ":") or w in _CLAUSE_END for w in before):
        return False
    if k < len(window) and window[k] in _PRIMARY:
        # "adopted MaxViT, a … Vision Transformer, as the primary deep learning model" (the
        # name, not its description "a … Vision Transformer")
        lo = paper.bounds[paper.sent_of[m.start]][0]
        described = paper.lowers[max(lo, m.start - 4) : m.start]
        if any(a in (",", "(") and b in ("a", "an") for a, b in pairwise(described)):
            return False
        return any(w in _BASE_HEADS or w in MODEL_HEADS for w in window[k + 1 : k + 4])
    return k < len(window) and window[k] in _BASE_HEADS


# what the paper did to a named system to make its own: "an improved YOLOv8", "a modified
# ResNet50", "our enhanced Mask R-CNN" (lower case: not a name's word, "Concept-Enhanced P2P")
_MODIFIED = frozenset(
    {"improved", "enhanced", "modified", "customized", "customised", "optimized", "optimised",
     "upgraded", "refined"}
)  # fmt: skip
_MODIFIED_DETERMINERS = frozenset({"a", "an", "the", "our", "this", "its"})


def modified_system(tt: TokenTable, m: _M) -> bool:
    """ "we present an improved YOLOv8 model", "a modified ResNet50 … achieved 74%", "we
    propose an enhanced Mask R-CNN": a named system the paper says it changed into its own
    is what its system is built on, not its contribution."""
    k = m.start - 1
    if m.label_ not in SYSTEM_TYPES or k < 1 or tt.texts[k] not in _MODIFIED:
        return False
    return tt.lowers[k - 1] in _MODIFIED_DETERMINERS and not tt.span_text(m.start, m.end).islower()


def _based_on(paper: _Paper, compared: set[str], compared_at: set[int]) -> set[str]:
    found: set[str] = set()
    lowers = paper.lowers
    for si, ms in paper.by_sent.items():
        if not paper.own(si) or paper.other_work(si):
            continue
        lo, hi = paper.bounds[si]
        bases: list[_M] = []
        for cs, ce in phrase_spans(lowers, lo, hi, BASED_ON_CUES):
            # not the short form of the long form the cue is a word of: "Reinforcement
            # fine-tuning (RFT)"
            named = {m.kb_id_ for m in ms if m.start <= cs < m.end}
            bases += [m for m in _base_after_cue(paper, si, ce, hi) if m.kb_id_ not in named]
        for _, ce in phrase_spans(lowers, lo, hi, PART_CUES):
            # a name the knowledge base does not know is more often the paper's own new part
            bases += _parts_after_cue(paper, si, ce, hi, lambda m: m.kb_id_ in paper.known)
        if si == 0:  # the title: "… Summarization Application Using FLAN-T5-Large", not
            # "comparing a Neurosymbolic Architecture with ChatGPT"
            for _, ce in phrase_spans(lowers, lo, hi, _TITLE_USE):
                bases += _parts_after_cue(
                    paper, si, ce, hi, lambda m: m.label_ == "Model" and m.start not in compared_at
                )
            bases += _improved_in_title(paper, lo, hi)
        bases += [
            m
            for m in ms
            if _before_base_head(paper, m, hi)
            or _as_backbone(paper, m, hi)
            or modified_system(paper.tt, m)
        ]
        for i, m in enumerate(ms):
            if _after_base_noun(paper, m, lo):
                bases += _coordinated(paper, ms[i:], (",", "and", "or"))
        for m in bases:
            if _common_noun(paper, m):
                continue  # a kind of model or training ("instruction tuning"), not a named base
            if m.kb_id_ not in paper.proposed and m.kb_id_ not in compared:
                paper.put("BASED_ON", m, 0.8, "based_on_cue")
                found.add(m.kb_id_)
    return found


# --------------------------------------------------------------------------- uses, tasks


def _use_cue(paper: _Paper, m: _M) -> bool:
    lo = paper.bounds[paper.sent_of[m.start]][0]
    window = paper.lowers[max(lo, m.start - 4) : m.start]
    return not _USE_CUES.isdisjoint(window) and not any(w in (";", ".") for w in window)


def _negated(paper: _Paper, m: _M) -> bool:
    """ "without … ensembling", "no verifiers": in the scope of a negation (same clause)."""
    lo = paper.bounds[paper.sent_of[m.start]][0]
    for k in range(m.start - 1, max(lo, m.start - 15) - 1, -1):
        w = paper.lowers[k]
        if w in _NEGATION:
            return True
        if w in (";", ".", ":") or w in _CLAUSE_END:
            return False
    return False


def _common_noun(paper: _Paper, m: _M) -> bool:
    """A lower-case name, in the text or as the entity's name ("SFT" → supervised
    fine-tuning): a kind of thing, not a named model or method."""
    name = paper.tt.entities.get(m.kb_id_, {}).get("name") or ""
    return paper.tt.span_text(m.start, m.end).islower() or name.islower()


def _lower_headed(texts: list[str], m: _M, heads: frozenset[str]) -> bool:
    """The mention is written in lower case and ends in one of ``heads``."""
    words_ = texts[m.start : m.end]
    return words_[-1].lower() in heads and all(t.islower() for t in words_)


def class_of_methods(texts: list[str], m: _M) -> bool:
    """A lower-case plural with a method head ("optimization methods", "detection
    frameworks"): a class of systems, not a name."""
    return _lower_headed(texts, m, _CLASS_HEADS)


def described_system(texts: list[str], m: _M) -> bool:
    """ "the state-of-the-art quantization method", "the top-performing approach": a
    lower-case method phrase ending in a generic head describes a system and names none."""
    return m.id_ == "method_phrase" and _lower_headed(texts, m, _DESCRIPTION_HEADS)


_QUALITY_HEADS = frozenset({"quality", "robustness", "coverage", "complexity"})
# measures named by a word of plain English in any case ("Evaluating Benchmark Sensitivity")
_PLAIN_MEASURES = frozenset({"sensitivity", "sensitivities", "specificity"})


def _quality_word(texts: list[str], m: _M) -> bool:
    """A lower-case "… quality", "… robustness", "… coverage" or "… complexity" phrase
    ("visual quality", "data quality", "vocabulary coverage", "computational complexity"),
    or "sensitivity" / "specificity" ("sensitivity to noise", "cultural specificity"): words
    that name a claim or a property as often as a measure."""
    return _lower_headed(texts, m, _QUALITY_HEADS) or texts[m.end - 1].lower() in _PLAIN_MEASURES


def _number_near(paper: _Paper, m: _M, reach: int = 4) -> bool:
    """A number within ``reach`` tokens of the mention, in its sentence ("an image quality
    score of 4.2", "0.91 reconstruction quality"), or after a change verb and "to" that the
    mention is the subject of ("coverage with Llama-3 models grows to over 95%")."""
    lo, hi = paper.bounds[paper.sent_of[m.start]]
    before = paper.lowers[max(lo, m.start - reach) : m.start]
    after = paper.lowers[m.end : min(hi, m.end + reach)]
    if _has_number(before + after):
        return True
    clause = paper.lowers[m.end : min(hi, m.end + 8)]
    return any(
        w in _CHANGE_VERBS and k + 1 < len(clause) and clause[k + 1] == "to"
        and _has_number(clause[k + 2 : k + 5])
        for k, w in enumerate(clause)
    )


def _has_number(tokens: list[str]) -> bool:
    """A number is among the tokens."""
    return any(w[:1].isdigit() for w in tokens)


def _numbered(paper: _Paper, si: int) -> bool:
    """A number is written in sentence ``si``."""
    return _has_number(paper.lowers[slice(*paper.bounds[si])])


_METRIC_CLASS_HEADS = frozenset({"metrics", "measures"})


def _class_of_metrics(texts: list[str], m: _M) -> bool:
    """A lower-case phrase with a plural measure head ("text-generation metrics", "perceptual
    metrics", "statistical measures"): a class of metrics, none the paper reports in."""
    return m.end - m.start > 1 and _lower_headed(texts, m, _METRIC_CLASS_HEADS)


def _class_of_methods(paper: _Paper, m: _M) -> bool:
    """A class of systems or a description: no baseline, nothing the method uses."""
    texts = paper.tt.texts
    return class_of_methods(texts, m) or described_system(texts, m)


def _uses(paper: _Paper, exclude: set[str], compared_at: set[int]) -> None:
    for m in paper.mentions:
        if m.label_ not in SYSTEM_TYPES or m.kb_id_ in paper.proposed or m.kb_id_ in exclude:
            continue
        si = paper.sent_of[m.start]
        if m.start in compared_at or paper.other_work(si) or _negated(paper, m):
            continue
        if _class_of_methods(paper, m):
            continue
        if _based_class(paper, m) and not _use_cue(paper, m):
            continue  # "unlike Transformer-based models": a class the paper names, none it uses
        lo = paper.bounds[si][0]
        if paper.own(si) and _created(paper.lowers, max(lo, m.start - 6), m.start):
            continue  # "we have conceived a novel X": the paper's own, not a used method
        if _use_cue(paper, m):
            if paper.background(si):
                continue  # "… made strides with diffusion models": the field's, not the paper's
            paper.put("USES", m, 0.75, "use_cue")
        elif paper.own(si) and m.kb_id_ in paper.known:
            # a name the knowledge base does not know, in the paper's own sentence and with no
            # use verb, is more often the paper's own component than a method it uses
            paper.put("USES", m, 0.6, "own_sentence")


def _addresses(paper: _Paper) -> None:
    """The tasks of the title; without one, of the sentences stating the contribution."""
    tasks = [m for m in paper.mentions if m.label_ == "Task"]
    title = [m for m in tasks if paper.sent_of[m.start] == 0]
    if title:
        for m in title:
            paper.put("ADDRESSES", m, 0.8, "title_task")
        return
    prev: _M | None = None
    for m in tasks:
        if paper.sent_of[m.start] not in paper.contrib_sents:
            continue
        lo = paper.bounds[paper.sent_of[m.start]][0]
        window = paper.lowers[max(lo, m.start - 4) : m.start]
        listed = prev is not None and all(
            w in (",", "and", "or") for w in paper.lowers[prev.end : m.start]
        )
        if listed or not _PURPOSE.isdisjoint(window):
            # "a method for X, Y and Z", "an evaluation of X"
            paper.put("ADDRESSES", m, 0.7, "contribution_task")
            prev = m


# words that say a sentence is about measuring ("the assessment was based on the IoU metric")
_MEASURING = frozenset({"metric", "metrics", "measure", "measured", "measures", "measuring"})
_MEASURING |= frozenset({"assessed", "assessment", "terms", "score", "scores", "scored"})
_MEASURING |= frozenset({"compared", "halves", "doubles"})


def _measure_sentence(paper: _Paper, si: int) -> bool:
    """A sentence with no evaluation verb that still reports or defines a measurement: a
    number in it, or a word of measuring. Elsewhere a metric word is the common noun
    ("high precision", "domain coverage", "the quadratic time complexity"): no MEASURED_BY."""
    sent = paper.lowers[slice(*paper.bounds[si])]
    return not _MEASURING.isdisjoint(sent) or _numbered(paper, si)


def _mention_relations(paper: _Paper) -> None:
    included = _included(paper)
    eval_sents: dict[int, bool] = {}
    for m in paper.mentions:
        si = paper.sent_of[m.start]
        if m.kb_id_ in paper.proposed and not (m.label_ == "Task" and m.kb_id_ in paper.known):
            # a task the knowledge base knows is one the paper works on, never its new task
            paper.put("PROPOSES", m, 0.85, "contribution")
        if m.label_ == "Dataset":
            _dataset(paper, m, included)
        elif m.label_ == "Metric":
            if _class_of_metrics(paper.tt.texts, m):
                continue  # "five text-generation metrics", "statistical measures": no one metric
            if _quality_word(paper.tt.texts, m) and not _number_near(paper, m):
                continue  # "achieves superior visual quality", "a 2.8x speed-up with no drop
                # in generation quality": a claim, not a measurement
            if _field_talk(paper, si):
                continue  # "… struggle to maintain object-level accuracy": the field's concern
            if si not in eval_sents:
                lo, hi = paper.bounds[si]
                eval_sents[si] = not EVAL_VERBS.isdisjoint(paper.lowers[lo:hi])
            if eval_sents[si]:
                paper.put("MEASURED_BY", m, 0.75, "metric_mention")
            elif _measure_sentence(paper, si):
                paper.put("MEASURED_BY", m, 0.6, "metric_mention")


class RelationExtractor(Component):
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        if not tt.mentions:
            doc._.kg_relations = []
            return doc
        paper = _Paper(tt)
        _mention_relations(paper)
        compared, compared_at = _compared(paper)
        based = _based_on(paper, compared, compared_at)
        _uses(paper, compared | based, compared_at)
        _addresses(paper)
        rels = paper.rels.values()
        doc._.kg_relations = sorted(rels, key=lambda r: (r["type"], r["entity_id"]))
        return doc


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    register_extensions()
    return named(RelationExtractor(), name)
