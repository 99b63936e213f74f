"""``kg_gazetteer``: PhraseMatcher over the gazetteer's names → candidates with canonical ids.

Every alias is expanded into spelling variants (``GSM8K`` / ``GSM-8K`` / ``GSM 8K``) and
tokenised twice — with our tokenizer and split at every punctuation mark (as pre-tokenised
CoNLL text is) — then matched on ``LOWER`` (or ``ORTH`` for case-sensitive names such as
``MATH``). Candidates (start, end, type, entity id, rule) go to the shared token table
(``doc._.kg_candidates`` shows them as Spans). A model's release written after its name is
part of the name (rule ``model_release``: "Gemini 2.5 Pro", "Claude 3.7 Sonnet", "Gemma 3 27B").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.candidates import Candidate
from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.lexicon import DATASET_HEADS
from kg.extract.components.tokenizer import PUNCT_SPLIT
from kg.extract.components.tokens import TokenTable, table
from kg.extract.gazetteer import GazEntry, load_gazetteer
from kg.extract.lexicon import words as lexicon_words
from kg.extract.normalize import is_case_sensitive_alias, surface_variants
from kg.schema import entity_id

_PLURAL_TYPES = {"Metric", "Dataset", "Method"}
# a system's one-word acronym ending in a capital ("ViT", "GNN", "DETR"): its plural adds a
# lower-case "s" ("ViTs"), matched in the written case ("VITS" is another model); not a
# metric's or a dataset's ("ADEs" are adverse drug events, not average displacement errors)
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9-]*[A-Z]$")
_ACRONYM_PLURAL_TYPES = {"Method", "Model"}


def _plural(name: str) -> str | None:
    last = name.split()[-1] if name.split() else name
    if not last.isalpha() or not last.islower() or len(last) < 4:
        return None
    if last.endswith(("s", "x", "sh", "ch")):
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


# a release of a model family written after its name: "Gemini 2.5 Pro", "Claude 3.7 Sonnet",
# "Gemma 3 27B", "Mistral Large" (tiers: lexicon/result_model_tiers.txt)
_RELEASE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
_SIZE = re.compile(r"^\d+(?:\.\d+)?[BM]$")
_TIERS = lexicon_words("result_model_tiers")
_NOT_AFTER_RELEASE = frozenset({"%", "x", "×", "times", "-", "/", ":"})
RELEASE_RULE = "model_release"


def release_end(texts: list[str], idx: list[int], end: int) -> int:
    """The end of a model family's release written after its name at ``end`` (``end`` if
    none): a version when the name ends in a letter, then capitalised tiers (and the version
    after them when none came before), then a size."""
    n = len(texts)
    k = end
    versioned = _version_at(texts, idx, k)
    if versioned:
        k += 1
    for _ in range(2):
        if k < n and texts[k][:1].isupper() and texts[k].lower() in _TIERS:
            k += 1
    if k > end and not versioned and _version_at(texts, idx, k):
        k += 1  # "Claude Sonnet 4", "Mistral Small 3.1": the version after the tier
    if k > end and k < n and _SIZE.match(texts[k]):
        k += 1
    return k


def _version_at(texts: list[str], idx: list[int], k: int) -> bool:
    """A spaced version number at ``k`` after a name ending in a letter ("Gemini 2.5")."""
    n = len(texts)
    return (
        0 < k < n
        and texts[k - 1][-1:].isalpha()
        and _RELEASE.match(texts[k]) is not None
        and idx[k - 1] + len(texts[k - 1]) < idx[k]
        and (k + 1 >= n or texts[k + 1] not in _NOT_AFTER_RELEASE)
    )


_CONTEXT_AFTER = DATASET_HEADS | {"test", "set", "sets", "dump", "articles"}
_CONTEXT_BEFORE = frozenset({"on", "from", "using"})


_SPLIT_AFTER = lexicon_words("split_words")
_SPLIT_DATA = _CONTEXT_AFTER | {"data"}  # a split of the named data: "NTCIR training data"
_PART_OF = DATASET_HEADS | {"data", "set", "sets", "portion", "section", "sections", "part"}


def _dataset_context(lowers: list[str], start: int, end: int) -> bool:
    n = len(lowers)
    if end < n and lowers[end] == "data":
        return False  # "Twitter data", "RTE data": material from a source, not a named dataset
    if end < n and lowers[end] in _CONTEXT_AFTER:
        return True
    if end + 1 < n and lowers[end] in _SPLIT_AFTER and lowers[end + 1] in _SPLIT_DATA:
        return True  # "IWSLT 2010 evaluation datasets", "NTCIR training data"
    if start > 1 and lowers[start - 1] == "of" and lowers[start - 2] in _PART_OF:
        return True  # "the test data sets of IWSLT", "a portion of Wikipedia"
    if end + 2 < n and lowers[end] in ("and", "/") and lowers[end + 2] in _CONTEXT_AFTER:
        return True  # "IWSLT and Europarl datasets": the head after the second name
    return start > 0 and lowers[start - 1] in _CONTEXT_BEFORE


def _lower_word(tt: TokenTable, start: int, end: int) -> bool:
    """The span is one word written in lower case ("kinetics", "amass")."""
    return end - start == 1 and tt.texts[start] == tt.lowers[start]


def _case_variants(alias: str) -> set[str]:
    """A case-sensitive alias as written, and a lower-case-initial name of several parts
    with its first letter capitalised ("o3-mini" → "O3-mini", at a sentence start or in a
    writer's style); not a one-part name ("o3", "O3" is ozone)."""
    if alias[:1].islower() and "-" in alias:
        return {alias, alias[0].upper() + alias[1:]}
    return {alias}


class GazetteerRuler(Component):
    def __init__(self, nlp: Language, directory: str | None = None) -> None:
        self.gazetteer = load_gazetteer(directory)
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, GazEntry] = {}
        self.ids: dict[str, str] = {}
        # datasets whose every name has a capital ("Kinetics", "AMASS", "Spider"): one such
        # word in lower case with no dataset cue is the common word ("binding kinetics",
        # "proteins amass"), not the dataset ("results on spider")
        self.proper: set[str] = set()
        lower_docs: dict[str, dict[tuple[str, ...], Doc]] = {}
        exact_docs: dict[str, dict[tuple[str, ...], Doc]] = {}
        for entry in self.gazetteer.entries:
            key = f"{entry.type}|{entry.canonical}"
            if key in self.entries:
                continue
            self.entries[key] = entry
            self.ids[key] = entity_id(entry.type, entry.canonical)
            if entry.type == "Dataset" and all(n != n.lower() for n in entry.names):
                self.proper.add(key)
            for alias in entry.names:
                cs = entry.case_sensitive or is_case_sensitive_alias(alias)
                variants = surface_variants(alias) if not cs else _case_variants(alias)
                if not cs and entry.type in _PLURAL_TYPES:
                    variants |= {p for v in list(variants) if (p := _plural(v))}
                target = exact_docs if cs else lower_docs
                bucket = target.setdefault(key, {})
                if entry.type in _ACRONYM_PLURAL_TYPES and _ACRONYM.match(alias):
                    exact_docs.setdefault(key, {}).setdefault(
                        (alias + "s",), nlp.make_doc(alias + "s")
                    )
                for v in variants:
                    for words in (None, PUNCT_SPLIT.findall(v)):
                        d = nlp.make_doc(v) if words is None else Doc(nlp.vocab, words=words)
                        sig = tuple(t.text if cs else t.lower_ for t in d)
                        if sig and sig not in bucket:
                            bucket[sig] = d
        for key, docs in lower_docs.items():
            self.lower.add(key, list(docs.values()))
        for key, docs in exact_docs.items():
            self.exact.add(key, list(docs.values()))

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        tt = table(doc)
        cands = tt.cands
        seen: set[tuple[int, int, str]] = set()
        first = len(cands)  # this component's candidates start here
        for matcher, source in ((self.exact, "gazetteer"), (self.lower, "gazetteer_ci")):
            for match_id, start, end in matcher(doc):
                key = strings[match_id]
                entry = self.entries[key]
                if entry.needs_context and not _dataset_context(tt.lowers, start, end):
                    continue
                if (
                    source == "gazetteer_ci"
                    and key in self.proper
                    and _lower_word(tt, start, end)
                    and not _dataset_context(tt.lowers, start, end)
                ):
                    continue
                sig = (start, end, entry.type)
                if sig in seen:
                    continue
                seen.add(sig)
                cands.append(Candidate(start, end, entry.type, self.ids[key], source))
        self._releases(tt, cands, first, seen)
        return doc

    @staticmethod
    def _releases(
        tt: TokenTable, cands: list[Candidate], first: int, seen: set[tuple[int, int, str]]
    ) -> None:
        """A release written after a model's name is part of the name ("Gemini 2.5 Pro"): for
        the gazetteer's own Model candidates, ``cands[first:]``."""
        for c in cands[first:]:
            if c.label != "Model":
                continue
            end = release_end(tt.texts, tt.idx, c.end)
            if end > c.end and (c.start, end, "Model") not in seen:
                seen.add((c.start, end, "Model"))
                eid = entity_id("Model", tt.span_text(c.start, end))
                cands.append(Candidate(c.start, end, "Model", eid, RELEASE_RULE))


@Language.factory(
    "kg_gazetteer", default_config={"directory": None}, assigns=["doc._.kg_candidates"]
)
def make_gazetteer(nlp: Language, name: str, directory: str | None) -> GazetteerRuler:
    register_extensions()
    return named(GazetteerRuler(nlp, directory), name)
