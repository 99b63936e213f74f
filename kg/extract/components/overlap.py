"""``kg_overlap``: pick non-overlapping mentions, link abbreviations, canonicalise entities.

Longest candidate wins; among equally long ones the rule rank decides (gazetteer first).
Long form ↔ short form pairs share one entity (the gazetteer's, else the long form's) and,
with the TDMSci conventions (``kg/extract/conventions/``), "long form (SF)" becomes one mention.
A known short form the text defines in another sense keeps the text's sense ("Self-training
with Self-adaptive Thresholding (SST)" is no sentiment treebank); a measure's short form
defined as no measure ("Identical Shortcut (IS)") names nothing.
Unseen names get ``entity_id(type, norm_key(name))`` so spelling variants meet.
Writes the mentions as plain ``(start, end, type, entity id, rule)`` token rows
(``doc._.kg_mentions`` turns them into Spans on first access, kept in
``doc.spans["kg_mentions"]``) and ``doc._.kg_entities``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.candidates import Candidate, rank
from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import (
    MENTION_ROWS_KEY,
    MENTIONS_KEY,
    register_extensions,
)
from kg.extract.components.lexicon import DATASET_HEADS, NP_STOP
from kg.extract.components.tokens import TokenTable, indices, past_short_form, table, url_tokens
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import words
from kg.extract.memo import Memo
from kg.extract.normalize import norm_key, strip_head_noun
from kg.extract.rules.common import YEAR
from kg.models import ENTITY_TYPES
from kg.schema import entity_id

_TYPES = frozenset(ENTITY_TYPES)
_UNTYPED = ("", "")  # an abbreviation pair whose forms name nothing we type

_SET_SECOND = frozenset({"set", "sets", "data"}) | DATASET_HEADS


# what an evaluation campaign's name heads when it names the event, not its data:
# "the SemEval task", "the WMT09 task", "IWSLT2012 and IWSLT2013 ASR evaluations"
_EVENT_HEADS = frozenset(
    """task tasks workshop workshops evaluation evaluations exercise exercises campaign
    campaigns competition competitions track tracks runs bakeoff""".split()  # noqa: SIM905
)
_DATA_AFTER_EVENT = DATASET_HEADS | _SET_SECOND | {"test", "training"}


def _event_or_modifier(tt: TokenTable, c: Candidate, tasks: bool) -> bool:
    """A Dataset candidate that names an evaluation event ("the SemEval workshops") or is
    part of a compound modifier ("PTB - style tokenization", "non - PTB genres").

    ``tasks``: "X task" names the event too (TDMSci: "for each SemEval task"); in ML
    abstracts "MATH-500 and AIME24 tasks" are the benchmarks themselves."""
    if c[2] != "Dataset" or c[4] == "event_title":
        return False  # (the competition a system paper says it was made for is its data)
    lowers, texts = tt.lowers, tt.texts
    n = len(lowers)
    start, end = c[0], c[1]
    if end + 1 < n and texts[end] == "-" and texts[end + 1].isalpha() and texts[end + 1].islower():
        return True
    if start > 1 and texts[start - 1] == "-" and lowers[start - 2] == "non":
        return True
    k = end
    while k < n and k - end < 5:
        low = lowers[k]
        if low in _EVENT_HEADS and (tasks or low not in ("task", "tasks")):
            after = lowers[k + 1] if k + 1 < n else ""
            return after not in _DATA_AFTER_EVENT
        if low == "and" or texts[k][:1].isupper() or texts[k].isdigit() or texts[k] == "-":
            k += 1  # "IWSLT2012 and IWSLT2013 ASR evaluations", "DUC 2006 and 2007 …"
            continue
        if low in ("shared", "summarization", "translation") or low.endswith(("ing", "ion")):
            k += 1  # "the WMT12 metrics task", "DUC 2006 summarization task"
            continue
        break
    return False


_TOOL_WORDS = frozenset("software script scripts toolkit package tool implementation".split())  # noqa: SIM905
_VERB_BEFORE = frozenset("to we i you us let must can will should may also".split())  # noqa: SIM905


# "wide coverage", "broad coverage" before a noun: a compound adjective, not the measure
_EXTENT_BEFORE = frozenset(["wide", "broad"])
# fields a measure's word names ("precision agriculture", "precision medicine"): no measure
_FIELDS_AFTER = frozenset(
    ["agriculture", "farming", "medicine", "healthcare", "health", "oncology", "nutrition",
     "livestock", "forestry", "viticulture", "horticulture", "psychiatry", "irrigation"]
)  # fmt: skip


def _noun_after(tt: TokenTable, end: int) -> bool:
    """Whether the token at ``end`` is a word that a compound adjective could modify."""
    if end >= len(tt.texts):
        return False
    tok = tt.texts[end]
    return tok.isalpha() and tt.lowers[end] not in NP_STOP


def _susceptible_to(tt: TokenTable, end: int) -> bool:
    """ "to" and no number after a measure's word: "sensitivity to noise" (but "raises the
    sensitivity to 91%" is the measure)."""
    return end + 1 < len(tt.lowers) and tt.lowers[end] == "to" and not (
        tt.texts[end + 1][:1].isdigit()
    )


def _not_a_metric(tt: TokenTable, c: Candidate) -> bool:
    """Metric words used otherwise: the verb "(helpful to) recall", the adjective
    "wide - coverage" / "high - coverage" (pre-split hyphen compounds), a metric's
    software ("the ROUGE software"), a field ("precision agriculture"), a susceptibility
    ("sensitivity to noise")."""
    if c[2] != "Metric":
        return False
    if c[1] < len(tt.lowers) and tt.lowers[c[1]] in _TOOL_WORDS:
        return True  # "the official ROUGE software", "the NIST BLEU script"
    if c[1] - c[0] != 1:
        return False
    if c[1] < len(tt.lowers) and tt.lowers[c[1]] in _FIELDS_AFTER:
        return True  # "precision agriculture": a field
    start = c[0]
    low = tt.lowers[start]
    if low == "sensitivity" and _susceptible_to(tt, c[1]):
        return True  # "sensitivity to hyperparameters": a susceptibility, not the measure
    if start == 0:
        return False
    if low == "recall" and tt.lowers[start - 1] in _VERB_BEFORE:
        return True
    if tt.lowers[start - 1] in _EXTENT_BEFORE and _noun_after(tt, c[1]):
        return True  # "a broad coverage grammar", "wide coverage English lexicons"
    return (
        tt.texts[start - 1] == "-"
        and start > 1
        and tt.texts[start - 2].isalpha()
        and tt.texts[start - 2].islower()
        and tt.texts[start].islower()
    )


# one named data set ("the X (SF) dataset"), not data for a task ("FER datasets")
_PAIR_DATA_HEADS = frozenset({"dataset", "corpus", "database"})


def _names_data_after(tt: TokenTable, sf_end: int) -> bool:
    """Is "(SF)" ending at token ``sf_end`` followed by a data head ("(FARS) dataset")?"""
    k = past_short_form(tt.lowers, sf_end)
    return k < len(tt.lowers) and tt.lowers[k] in _PAIR_DATA_HEADS


def _drop_compound_long_forms(cands: list[Candidate]) -> list[Candidate]:
    """An abbreviation's long form that joins two known names ("logistic regression with
    gradient descent (LR+GD)") gives way to them; the short form stays."""
    gaz = [c for c in cands if c[4] in ("gazetteer", "gazetteer_ci")]
    if len(gaz) < 2:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c[4] == "abbreviation" and c[1] - c[0] > 2:
            inside = [g for g in gaz if c[0] <= g[0] and g[1] <= c[1] and g[1] - g[0] < c[1] - c[0]]
            if len(inside) >= 2 and min(g[0] for g in inside) == c[0]:
                continue
        out.append(c)
    return out



def _drop_tasks_of_named_data(tt: TokenTable, cands: list[Candidate]) -> list[Candidate]:
    """A task phrase that holds a known dataset's name and heads a dataset ("the public
    KITTI tracking dataset") gives way to the dataset the head names."""
    tasks = [c for c in cands if c[2] == "Task" and c[4] == "task_head"]
    if not tasks:
        return cands
    drop: set[Candidate] = set()
    for c in tasks:
        named = any(
            g[2] == "Dataset" and g[4] in ("gazetteer", "gazetteer_ci") and c[0] <= g[0]
            and g[1] < c[1]
            for g in cands
        )
        headed = c[1] < len(tt.lowers) and tt.lowers[c[1]] in DATASET_HEADS and any(
            d[2] == "Dataset" and d[4] == "head_noun" and c[0] <= d[0] < c[1] <= d[1]
            for d in cands
        )
        if named and headed:
            drop.add(c)
    return [c for c in cands if c not in drop]


_MEASURE_HEADS = words("result_measure_heads")  # score, rate, error, index, ratio, coefficient


def singular_measure(name: str) -> str:
    """A measure named in the plural is the measure: "attack success rates" → "attack success
    rate", "F1 scores" → "F1 score"."""
    head, sep, last = name.rpartition(" ")
    for plural, singular in ((last[:-2], "es"), (last[:-1], "s")):
        if plural.lower() in _MEASURE_HEADS and last.lower() == plural.lower() + singular:
            return f"{head}{sep}{plural}"
    return name


_LINK_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "to", "in", "on"})


# an acronym of capitals (and digits) and its plural: "ACP" / "ACPs", "LLM" / "LLMs"
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z]")


def _other_numbers(tt: TokenTable, short: str, type_: str, eid: str) -> list[Candidate]:
    """Mentions of an acronym short form's other grammatical number ("ACP" of "ACPs", "LLMs"
    of "LLM"): the same name, said of one or of several."""
    if _PLURAL_ACRONYM.fullmatch(short):
        other = short[:-1]
    elif _ACRONYM.fullmatch(short):
        other = short + "s"
    else:
        return []
    return [(k, k + 1, type_, eid, "abbreviation") for k in indices(tt.texts, other)]


_TEX_MARKUP = re.compile(r"\\[A-Za-z]+|[{}]")  # "\textit{reinforcement learning"
_WORD_STARTS = re.compile(r"(?:^|(?<=[\s\-]))[A-Za-z]|[A-Z]")


def _stems(name: str) -> tuple[str, ...]:
    """The words of a name, split at hyphens, cut to four letters ("Convolutional Neural
    Networks" → conv, neur, netw), link words and TeX markup left out."""
    words_ = _TEX_MARKUP.sub("", name).lower().replace("-", " ").split()
    return tuple(w[:4] for w in words_ if w not in _LINK_WORDS)


def _spells(long_form: str, short: str) -> bool:
    """Do the word starts of the long form spell the short form's letters in order ("Self-
    training with Self-adaptive Thresholding" → SST; not "Deep Learning" → YOLOv8)?"""
    starts = "".join(_WORD_STARTS.findall(_TEX_MARKUP.sub("", long_form))).lower()
    k = 0
    for ch in starts:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _half_shared(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two names share at least half the words of the shorter one?"""
    return 2 * len(set(a) & set(b)) >= min(len(a), len(b))


def _unlike(long_form: tuple[str, ...], names: Iterable[str]) -> bool:
    """Could the long form (its stems) be none of these names?"""
    return not any(_same_name(long_form, _stems(n)) for n in names)


def _same_name(long_form: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Could the long form be the known name: the same first word ("Rotary Position Encoding",
    rotary position embedding), or one's words all among the other's ("Policy Optimization",
    cut from proximal policy optimization)?"""
    if not long_form or not known:
        return True
    a, b = set(long_form), set(known)
    return long_form[0] == known[0] or a <= b or b <= a


def _other_sense(
    tt: TokenTable,
    lf: tuple[int, int],
    sf: Candidate,
    short: str,
    names: tuple[str, ...],
    typed: bool,
) -> bool:
    """Does the text define a known short form in another sense? "Attack Success Rate (ASR)",
    "Reinforcement fine-tuning (RFT)", "Masked Autoencoders (MAE)": the long form (tokens
    ``lf``) could be no name of the known entity (``names``; else its id; ``short``: the
    short form's key); a long form of another type (``typed``) shares no word with the
    entity's id (automatic speech recognition)."""
    if not sf[3]:
        return False
    slug = sf[3].split(":", 1)[-1]
    long_form = _stems(tt.span_text(*lf))
    if short.endswith("s") and slug.replace("-", "") == short[:-1]:
        short = short[:-1]  # the short form in the plural: "vision transformers (ViTs)"
    if slug.replace("-", "") == short:
        # the entity goes by the short form itself (MMLU): another sense shows only against
        # a long name it has ("Self-training with … Thresholding (SST)" is no Stanford
        # Sentiment Treebank)
        longs = [_stems(n) for n in names if " " in n.strip() and not norm_key(n).startswith(short)]
        letters = "".join(ch for ch in short if ch.isalpha())
        if not longs or not _spells(tt.span_text(*lf), letters):
            return False  # no long name to differ from ("BERT base"), or no definition
        # a famous name half reworded is still that name ("Multi-Modal Language
        # Understanding (MMLU)")
        return not any(_same_name(long_form, k) or _half_shared(long_form, k) for k in longs)
    words_ = [w.lower() for w in tt.texts[lf[0] : lf[1]]]
    if typed and set(slug.split("-")).isdisjoint(words_):
        return True
    return _unlike(long_form, [n for n in names if norm_key(n) != short] or [slug])


def _long_form_sense(
    tt: TokenTable, lf: Candidate, sf: Candidate, short: str, names: tuple[str, ...]
) -> bool:
    """Do both forms of a pair link to known entities, the long form's not a name of the
    short form's ("rejection sampling fine-tuning (RFT)", where RFT alone is reinforcement
    fine-tuning; not "Segment Anything Model (SAM2)", a long form cut from SAM 2's)?"""
    if not lf[3] or not sf[3] or lf[3] == sf[3]:
        return False
    long_form = _stems(tt.span_text(lf[0], lf[1]))
    return _unlike(long_form, [n for n in names if norm_key(n) != short])


class OverlapResolver(Component):
    def __init__(self, conventions: str = "ours") -> None:
        self.gazetteer = load_gazetteer()
        self.by_id = {entity_id(e.type, e.canonical): e for e in self.gazetteer.entries}
        # span conventions (head nouns, abbreviation spans): ours, or a profile's overlay;
        # imported here, not at module level: the conventions import the components package
        from kg.extract.conventions import get_conventions

        self.conventions = get_conventions(conventions, self.by_id)
        # (span text, type) → linked (type, entity id) or None: the gazetteer is fixed, so
        # the lookup is a pure function of its key and the same names recur across documents
        self._links: Memo[tuple[str, str], tuple[str, str] | None] = Memo(self._find, 1 << 16)

    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        cands = [c for c in tt.cands if c[2] in _TYPES]
        urls = url_tokens(tt)
        if urls:  # "https://github.com/user/MAP": a path's names are no mentions
            cands = [c for c in cands if urls.isdisjoint(range(c[0], c[1]))]
        conv = self.conventions
        cands = [conv.head(tt, c) for c in cands]
        # resolve unseen names against the gazetteer by normalised key (any spelling)
        cands = [self._gaz_link(tt, c) for c in cands]
        cands = [
            c
            for c in cands
            if not self._source_data(tt, c)
            and not _event_or_modifier(tt, c, tasks=conv.event_tasks)
            and not _not_a_metric(tt, c)
        ]
        # abbreviation pairs: give both halves one entity
        cands = self._link_abbreviations(doc, tt, cands)
        cands = [conv.after_linking(tt, c) for c in cands]
        cands += self._editions(tt, cands)
        chosen = self._select(_drop_tasks_of_named_data(tt, _drop_compound_long_forms(cands)))
        entities: dict[str, dict[str, Any]] = {}
        final: list[Candidate] = []
        for start, end, label, eid, rule in chosen:
            text = tt.span_text(start, end)
            name = text
            if not eid:
                name = strip_head_noun(text) if label == "Dataset" else text
                if label == "Metric":
                    name = singular_measure(name)  # "attack success rates" is one measure
                eid = entity_id(label, norm_key(name) or name)
            final.append((start, end, label, eid, rule))
            info = entities.get(eid)
            if info is None:
                entry = self.by_id.get(eid)
                info = {
                    "name": entry.canonical if entry else tt.names.get(eid, name),
                    "type": label,
                    "aliases": [],
                    "higher_is_better": entry.higher_is_better if entry else None,
                }
                entities[eid] = info
            if text != info["name"] and text not in info["aliases"]:
                info["aliases"].append(text)
        tt.mentions = final
        # Spans only when asked for: creating them costs 2% of the pipeline and the Extraction
        # is built from plain rows
        doc.user_data[MENTION_ROWS_KEY] = final
        if MENTIONS_KEY in doc.spans:  # Spans made from an earlier run over this doc
            del doc.spans[MENTIONS_KEY]
        doc._.kg_entities = tt.entities = entities
        return doc

    def _source_data(self, tt: TokenTable, c: Candidate) -> bool:
        """ "Twitter data", "Wikipedia data": material from a source that the gazetteer
        marks as a dataset only in context (``ctx``), not a named dataset."""
        if c[2] != "Dataset":
            return False
        lowers = tt.lowers
        last = c[1] - 1 if lowers[c[1] - 1] == "data" and c[1] - c[0] > 1 else c[1]
        # the cheap token tests first: this runs on every Dataset candidate
        if last >= len(lowers) or lowers[last] != "data":
            return False
        if last + 1 < len(lowers) and lowers[last + 1] in ("set", "sets"):
            return False  # "the Twitter data set" names a dataset
        name = tt.span_text(c[0], last)
        if any(ch.isdigit() for ch in name):
            return False  # an edition's data is a dataset: "TAC 2010 data", "WMT09 data"
        entry = self.by_id.get(c[3]) if c[3] else self.gazetteer.lookup(name, "Dataset")
        return entry is not None and entry.needs_context

    def _editions(self, tt: TokenTable, cands: list[Candidate]) -> list[Candidate]:
        """ "MICCAI FLARE 2022", "KITTI 2015", "the PASCAL VOC 2012 dataset": a dataset's name
        and the year right after it name the edition, one longer mention: the edition's known
        entity, else the dataset's (a graph query for PASCAL VOC finds "PASCAL VOC 2012"), else
        a new one."""
        texts, n = tt.texts, len(tt.texts)
        spans = {(c[0], c[1]) for c in cands}
        out: list[Candidate] = []
        for c in cands:
            end = c[1]
            if c[2] != "Dataset" or end >= n or not YEAR.match(texts[end]):
                continue
            if (c[0], end + 1) in spans:
                continue  # a rule or the gazetteer knows the edition: "AIME 2025"
            if tt.sent_of[end] != tt.sent_of[c[0]] or YEAR.match(texts[c[1] - 1]):
                continue
            link = self._links[(tt.span_text(c[0], end + 1), "Dataset")]
            eid = link[1] if link is not None and link[0] == "Dataset" else c[3]
            out.append((c[0], end + 1, "Dataset", eid, c[4]))
        return out

    def _gaz_link(self, tt: TokenTable, c: Candidate) -> Candidate:
        if c[3]:
            return c
        link = self._links[(tt.span_text(c[0], c[1]), c[2])]
        if link is None:
            return c
        return (c[0], c[1], link[0], link[1], c[4])

    def _find(self, key: tuple[str, str]) -> tuple[str, str] | None:
        """``_links`` uncached: the gazetteer entry of a span text (its head noun stripped)."""
        entry = self.gazetteer.lookup(strip_head_noun(key[0]), key[1])
        return None if entry is None else (entry.type, entity_id(entry.type, entry.canonical))

    def _pair_best(
        self,
        tt: TokenTable,
        lf: Candidate | None,
        sf: Candidate | None,
        lf_span: tuple[int, int],
        short: str,
        own_named: bool,
    ) -> Candidate | None:
        """The candidate whose type and entity an abbreviation pair takes (one of the two
        exists; ``short``: the short form's key); ``None`` when the pair names nothing we
        type."""
        best = lf if (lf is not None and (lf[3] or sf is None or not sf[3])) else sf
        assert best is not None
        names = self.by_id[sf[3]].names if sf is not None and sf[3] in self.by_id else ()
        if best is lf:
            if sf is not None and _long_form_sense(tt, best, sf, short, names):
                # "rejection sampling fine-tuning (RFT)": the long form's known entity, which
                # the linker must not move to the short form's other one
                tt.derived.setdefault("own_sense", set()).add(best[3])
            return best
        typed = lf is not None and lf[2] != best[2]
        if (lf is not None and lf[2] == "UNK") or not _other_sense(
            tt, lf_span, best, short, names, typed
        ):
            return best
        # "Attack Success Rate (ASR)", not speech; "Reinforcement fine-tuning (RFT)", not
        # rejection sampling fine-tuning
        own = (best if lf is None else lf)._replace(entity_id="")
        if lf is None and own_named:
            # the known type is the other sense's and the text types no long form: the
            # paper's own named contribution is a method ("DICE: A Framework …")
            own = own._replace(label="Method")
        elif lf is None and best[2] == "Metric" and _spells(tt.span_text(*lf_span), short):
            # a measure's short form defined by a long form that names no measure ("Identical
            # Shortcut (IS)", "maximum a posteriori (MAP)")
            return None
        # the linker must not give the pair the known sense back by its short form
        tt.derived.setdefault("own_sense", set()).add(entity_id(own[2], short))
        return own

    def _link_abbreviations(
        self, doc: Doc, tt: TokenTable, cands: list[Candidate]
    ) -> list[Candidate]:
        pairs = tt.abbreviations
        if not pairs:
            return cands
        by_span: dict[tuple[int, int], Candidate] = {}
        for c in sorted(cands, key=lambda c: rank(c[4])):
            by_span.setdefault((c[0], c[1]), c)
        out = list(cands)
        key_to: dict[str, tuple[str, str]] = {}
        contrib = tt.contribution_tokens()
        # the title's "NOCTIS: …": the name the paper gives its contribution up front
        title_names = {norm_key(tt.span_text(s, e)) for s, e in tt.contributions if s == 0}
        for lf_s, lf_e, sf_s, sf_e in pairs:
            lf = by_span.get((lf_s, lf_e))
            sf = by_span.get((sf_s, sf_e))
            if lf is None and sf is None:
                continue
            short = norm_key(tt.span_text(sf_s, sf_e))
            own_named = bool(contrib.intersection(range(sf_s, sf_e))) or short in title_names
            best = self._pair_best(tt, lf, sf, (lf_s, lf_e), short, own_named)
            if best is None:  # the forms name nothing we type
                key_to[short] = key_to[norm_key(tt.span_text(lf_s, lf_e))] = _UNTYPED
                continue
            type_ = best[2]
            eid = best[3] or entity_id(type_, short)
            if type_ in ("Method", "Model") and not best[3] and _names_data_after(tt, sf_e):
                # "the Fatality Analysis Reporting System (FARS) dataset": the head after the
                # pair names what both forms are, over the long form's own head
                type_ = "Dataset"
                eid = entity_id(type_, short)
            if type_ == "Task" and own_named:
                # the paper's own contribution is a method for a task, not the task (also
                # when the title names it: "NOCTIS: Novel Object … Instance Segmentation")
                type_ = "Method"
                eid = entity_id(type_, short)
            if not best[3]:
                tt.names.setdefault(eid, tt.span_text(sf_s, sf_e))
            key_to[short] = (type_, eid)
            key_to[norm_key(tt.span_text(lf_s, lf_e))] = (type_, eid)
            if sf_e - sf_s == 1 and type_ in ("Method", "Model"):  # "… (ACPs)" … "ACP-powered"
                out += _other_numbers(tt, tt.texts[sf_s], type_, eid)
            out.append((lf_s, lf_e, type_, eid, "abbreviation"))
            out.append((sf_s, sf_e, type_, eid, "abbreviation"))
            merged = self.conventions.merged_abbreviation(tt, lf_s, sf_e, type_, eid)
            if merged is not None:
                out.append(merged)
        if not key_to:
            return out
        # later occurrences of either form share the pair's entity
        relinked: list[Candidate] = []
        for c in out:
            hit = key_to.get(norm_key(tt.span_text(c[0], c[1]))) if c[4] != "abbrev_merge" else None
            if hit == _UNTYPED:
                continue
            relinked.append((c[0], c[1], hit[0], hit[1], c[4]) if hit is not None else c)
        return relinked

    @staticmethod
    def _select(cands: list[Candidate]) -> list[Candidate]:
        ordered = sorted(cands, key=lambda c: (c[0] - c[1], rank(c[4]), c[0]))
        taken: set[int] = set()
        result: list[Candidate] = []
        for c in ordered:
            if not taken.isdisjoint(range(c[0], c[1])):
                continue
            taken.update(range(c[0], c[1]))
            result.append(c)
        result.sort(key=lambda c: c[0])
        return result


@Language.factory(
    "kg_overlap",
    default_config={"conventions": "ours"},
    assigns=["doc._.kg_mentions", "doc._.kg_entities"],
    requires=["doc._.kg_candidates", "doc._.kg_abbreviations", "doc._.kg_contributions"],
)
def make_overlap(nlp: Language, name: str, conventions: str) -> OverlapResolver:
    register_extensions()
    return named(OverlapResolver(conventions), name)
