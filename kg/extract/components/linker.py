"""``kg_linker``: link mentions to the knowledge base (:mod:`kg.kb`); add the KB names rules miss.

Runs after ``kg_overlap`` (which chose the mentions) and before relations and results.

1. **Linking.** A mention whose text (or the text without its head noun: "the Cora dataset")
   is a KB name or alias of the mention's type gets the KB entity's id and canonical name;
   a case-sensitive alias ("MATH") links only with its case. Every mention that shared the
   old id (an abbreviation's two forms) follows. Unknown names keep their own id (they still
   become entities). A version or split the KB does not list ("SQuAD 3.1") keeps its own id;
   the graph's roll-up (:mod:`kg.kb.rollup`) links it to its family.
2. **Blocking.** A name the user's catalog blocks (``!block``) is dropped, and so is a Dataset
   mention whose whole text is a modality, sensor or data-kind word that names no dataset
   (``lexicon/not_datasets.txt``: "MRI", "LiDAR", "RGB-D", "Large-Scale"), or a venue with
   its year ("CVPR2025": ``lexicon/venues.txt``).
   **Typing.** A Dataset mention that names a model (a model or architecture family of
   ``lexicon/model_families.txt`` or a KB Model/Method name, or a version or size of one:
   "ResNet-18", "SAM-2", "FLUX.1-dev"; not a data size: "LLaVA-665k") becomes a Model,
   unless the KB knows the name as a dataset.
3. **New mentions.** A KB name of an ``add_types`` type (Datasets by default; every type for
   the user's catalog entries) that no rule found, on tokens no mention covers, becomes a
   mention (rule ``kb``): "Market-1501", "enwik8", "SciFact". Names the hand-written
   gazetteer also lists are left to ``kg_gazetteer`` (whose context checks ``kg_overlap``
   applied). An ambiguous name (one alphabetic word that may be English: "Cora", "Medium",
   "Pile", "Video") needs its exact case, a place outside the title and a cue of a name: the
   singular head word after it ("the Cora dataset"; not "Video datasets", "a Reddit
   dataset"), "on"/"across" before it (not "from Wikipedia": a source), or a coordination
   with another dataset ("Cora, CiteSeer and PubMed"). A link-only catalog name (a row
   added only to give ids) starts a mention too when it reads as a proper name, with its
   exact case: several capitalised words ("Open Images", "Argoverse 2", "Mapillary
   Vistas") or one word with a capital first and a digit or a capital after a lower-case
   letter ("LaSOT", "SSv2", "AIME24"); not an id ("aime24"), an acronym ("ICE") or one
   capitalised word ("Kinetics").

Writes: the mention rows (``doc._.kg_mentions``) and ``doc._.kg_entities`` (with the KB's
canonical names and ``higher_is_better``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress, pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.candidates import Candidate as Cand
from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import MENTION_ROWS_KEY, MENTIONS_KEY, register_extensions
from kg.extract.components.gazetteer_ruler import _CONTEXT_AFTER, _dataset_context
from kg.extract.components.lexicon import DATASET_HEADS, MODEL_FAMILY_KEYS, VENUES
from kg.extract.components.overlap import _stems, _unlike
from kg.extract.components.paragraphs import title_sentences
from kg.extract.components.tokens import TokenTable, indices, table, url_tokens
from kg.extract.lexicon import entries
from kg.extract.memo import Memo, memo
from kg.extract.normalize import strip_head_noun
from kg.extract.rules.common import SPLIT_WORDS
from kg.kb import Alias, KnowledgeBase, case_key, kb_key, load_kb, variant_families
from kg.schema import entity_id

RULE = "kb"
# the types a dataset name may be mistaken for by a rule that guesses from its shape or
# context; mentions of the gazetteer's and the KB's own lists, and the paper's own names,
# keep their type
_RETYPED = ("Model", "Method", "Task")
_LISTED_RULES = ("gazetteer", RULE, "abbreviation", "propose", "title_name")
_MAX_TOKENS = 8
_COORD = frozenset({",", "and", "or", "/", "&"})
# what after a name says it names data: "the Cora dataset", "the Cora test set"
_NAMED_AFTER = DATASET_HEADS | {"test", "set"}

_token_key = memo(maxsize=1 << 18)(kb_key)  # also for names: pure, and names recur
_case_key = memo(maxsize=1 << 16)(case_key)
# whole mentions of any type that name a modality, sensor or signal ("MRI", "LiDAR", "RGB-D")
_MODALITIES = frozenset(kb_key(w) for w in entries("modalities"))
# whole Dataset mentions that name no dataset (those, data kinds, task acronyms: "Large-Scale")
_NOT_DATASETS = frozenset(kb_key(w) for w in entries("not_datasets")) | _MODALITIES
# model and architecture families (lexicon/model_families.txt); venues (lexicon/venues.txt)
_VENUES = frozenset(kb_key(w) for w in VENUES)
_VENUE_YEAR = re.compile(r"^(?P<venue>.+?)[\s\-_'’]*(?:19|20)?\d\d$")
_COUNT = re.compile(r"\d[kK]$").search  # "LLaVA-665k", "PRM800K": a data size, not a model's


def _proper_name(surface: str) -> bool:
    """A name no English phrase spells: several capitalised words (or numbers), or one word
    with a capital first and a digit or a capital after a lower-case letter ("LaSOT", "SSv2",
    "AIME24"; not "ICE" or "Kinetics")."""
    words = surface.split()
    if len(words) > 1:
        return all(w[:1].isupper() or w[:1].isdigit() for w in words)
    if not surface[:1].isupper():
        return False
    if any(c.isdigit() for c in surface):
        return True
    # a capital after a lower-case letter: "LaSOT", "VisA" (an acronym alone may be a word)
    return any(a.islower() and b.isupper() for a, b in pairwise(surface))


def _not_a_dataset(info: dict[str, Any] | None) -> bool:
    """An entity one of whose names is a not-a-dataset word: "Image quality assessment" with
    its abbreviation "IQA" (lexicon/not_datasets.txt)."""
    if not info:
        return False
    return any(_token_key(n) in _NOT_DATASETS for n in (info["name"], *info["aliases"]))


def _modality(text: str, info: dict[str, Any] | None) -> bool:
    """A mention of any type that names a modality, sensor or signal, as every name of its
    entity does: "MRI", "Magnetic Resonance Imaging (MRI)", "LiDAR" (lexicon/modalities.txt);
    not a paper's "Clinical Semantic Intelligence (CSI)" (CSI: channel state information)."""
    if _token_key(text) not in _MODALITIES:
        return False
    return info is None or all(
        _token_key(n) in _MODALITIES for n in (info["name"], *info["aliases"])
    )


class Linker(Component):
    def __init__(
        self, kb: KnowledgeBase, add_types: tuple[str, ...] = ("Dataset",), add: bool = True
    ) -> None:
        self.kb = kb
        self.add = add
        # keys that may start a new mention, with every prefix (for the token scan)
        self.addable: dict[str, list[Alias]] = {}
        for (type_, key), bucket in kb.index.items():
            if len(key) < 3:
                continue
            for a in bucket:
                ent = kb.entities[a.entity]
                user = any(s.startswith("catalog") for s in ent.sources)
                if a.gazetteer and not user:
                    continue
                if ent.link_only:  # a catalog's id row: only a proper name, in its case
                    if not _proper_name(a.surface):
                        continue
                    a = replace(a, mixed_case=True)
                if type_ in add_types or user:
                    self.addable.setdefault(key, []).append(a)
        self.prefixes = {k[:i] for k in self.addable for i in range(1, len(k) + 1)}
        # every Dataset key with its prefixes: a mention followed by its variant's words
        # grows into the variant's name ("WMT'14" + "English-French")
        self.dataset_keys = {key for (type_, key) in kb.index if type_ == "Dataset"}
        self.dataset_prefixes = {k[:i] for k in self.dataset_keys for i in range(1, len(k) + 1)}
        # (type, text) → (entity id, canonical) or None: the KB is fixed while the pipe runs
        self._links: Memo[tuple[str, str], tuple[str, str] | None] = Memo(self._find, 1 << 16)
        # names of models and architectures: the lexicon's families and the KB's own Model and
        # Method names (the gazetteer's), for typing a "dataset" that is a model
        self.model_keys = MODEL_FAMILY_KEYS | {
            key for (type_, key), bucket in kb.index.items()
            if type_ in ("Model", "Method") and any(a.gazetteer for a in bucket)
        }  # fmt: skip
        self._models: Memo[str, str | None] = Memo(self._find_model, 1 << 16)

    # ------------------------------------------------------------------------------ linking
    def _link(self, type_: str, text: str) -> tuple[str, str] | None:
        return self._links[(type_, text)]

    def _find(self, key: tuple[str, str]) -> tuple[str, str] | None:
        """``_link`` uncached."""
        type_, text = key
        hit: tuple[str, str] | None = None
        for form in dict.fromkeys((text, strip_head_noun(text))):
            for a in self.kb.ranked(type_, form):
                if a.case_sensitive and case_key(form) != case_key(a.surface):
                    continue
                ent = self.kb.entities[a.entity]
                # a catalog id ("mmlu_pro") names no entity for display: keep the text's
                hit = (ent.id, text if ent.link_only else ent.name)
                break
            if hit is not None:
                break
        return hit

    def _model(self, text: str) -> str | None:
        """The Model entity id of a Dataset mention that names a model, else None: its whole
        text, or the family it is a version or size of ("ResNet-18", "SAM-2", "EVA02"), is a
        model or architecture name (lexicon/model_families.txt, the KB's Model and Method
        names), and the KB does not know the text as a dataset. The KB's own Model entry wins
        ("Llama-3-8B"); else the mention keeps its text as a Model of its own."""
        return self._models[text]

    def _find_model(self, text: str) -> str | None:
        """``_model`` uncached."""
        eid: str | None = None
        key = _token_key(text)
        if not self.kb.aliases("Dataset", key) and (
            key in self.model_keys
            or (
                _COUNT(text) is None
                and any(kb_key(f) in self.model_keys for f in variant_families(text))
            )
        ):
            known = self.kb.lookup(text, "Model")
            eid = known.id if known is not None else entity_id("Model", text)
        return eid

    def _dataset_named(self, tt: TokenTable, c: Cand, text: str) -> tuple[str, str] | None:
        """The KB Dataset a Model/Method/Task mention that no list typed names: after "on"
        or "across", a proper name (:func:`_proper_name`), and no KB name of another type
        ("on Human3.6M", read as a model's size; "on CharXiv reasoning questions", as a
        task) → (entity id, name), else None."""
        if c[2] not in _RETYPED or c[4].startswith(_LISTED_RULES):
            return None
        k = c[0] - 1
        if k > 0 and tt.lowers[k] == "the":
            k -= 1
        if k < 0 or tt.lowers[k] not in ("on", "across"):
            return None
        key = _token_key(text)
        if any(self.kb.aliases(t, key) for t in _RETYPED) or self.kb.aliases("Metric", key):
            return None
        if not _proper_name(text):
            return None  # not an acronym alone: "on VAD and VAR tasks"
        if any(o[3] == c[3] and o[4].startswith(_LISTED_RULES) for o in tt.mentions):
            return None  # another form of the name is listed or the paper's own
        return self._link("Dataset", text)

    def _blocked(self, type_: str, text: str) -> bool:
        if type_ == "Dataset":
            if _token_key(text) in _NOT_DATASETS:
                return True  # "MRI", "LiDAR", "Large-Scale": no dataset's name (lexicon)
            m = _VENUE_YEAR.match(text)
            if m is not None and _token_key(m.group("venue")) in _VENUES:
                return True  # "CVPR2025", "NeurIPS 2024": a meeting (lexicon/venues.txt)
        return bool(self.kb.blocked) and (
            self.kb.is_blocked(text, type_) or self.kb.is_blocked(strip_head_noun(text), type_)
        )

    def _dropped(self, type_: str, text: str, info: dict[str, Any] | None) -> bool:
        """A mention that names no entity: a blocked name, a modality, no dataset's name."""
        if self._blocked(type_, text) or _modality(text, info):
            return True
        return type_ == "Dataset" and _not_a_dataset(info)

    # ------------------------------------------------------------------------------ adding
    def _coordinated(self, tt: TokenTable, start: int, end: int, ds: set[int]) -> bool:
        """Next to another dataset mention across ",", "and", "or": "Cora, CiteSeer and PubMed"."""
        lowers = tt.lowers
        if start >= 2 and lowers[start - 1] in _COORD and (start - 2) in ds:
            return True
        return end + 1 < len(lowers) and lowers[end] in _COORD and (end + 1) in ds

    @staticmethod
    def _inside_name(tt: TokenTable, start: int, end: int) -> bool:
        """A word of a longer capitalised name: "Amazon Mechanical Turk", "Penn Treebank"."""
        texts = tt.texts
        if end < len(texts) and texts[end][:1].isupper() and texts[end].isalpha():
            return True
        return start > 0 and not tt.sent_start[start] and texts[start - 1][:1].isupper()

    def _word_named(self, tt: TokenTable, start: int, end: int, ds: set[int]) -> bool:
        """A word that may be English names a dataset only outside the title (where every
        word is capitalised), by a cue of a name: the singular head after it, not after "a"
        ("the Breakfast dataset", "the Cora test set"; not "Video datasets", "a Reddit
        dataset"), "on"/"across" before it (not "from": "from Wikipedia" is a source), or
        another dataset beside it."""
        lowers = tt.lowers
        if tt.sent_of[start] < title_sentences(tt):
            return False
        if end < len(lowers) and lowers[end] in _NAMED_AFTER:
            plural = lowers[end].endswith("s") and lowers[end] != "corpus"
            return not plural and (start == 0 or lowers[start - 1] not in ("a", "an"))
        return (start > 0 and lowers[start - 1] in ("on", "across")) or self._coordinated(
            tt, start, end, ds
        )

    def _new_mentions(self, tt: TokenTable, taken: list[bool], ds: set[int]) -> list[Cand]:
        texts = tt.texts
        keys = list(map(_token_key, texts))
        prefixes, addable = self.prefixes, self.addable
        n = len(keys)
        out: list[Cand] = []
        # where a name may start: a known prefix (a C-level filter over all tokens), not a
        # short lower-case word ("a", "the"); taken tokens are skipped below
        starts = [
            i
            for i in compress(range(n), map(prefixes.__contains__, keys))
            if len(keys[i]) > 3 or not texts[i].islower()
        ]
        done = 0
        for i in starts:
            if i < done or taken[i]:
                continue
            key = keys[i]
            best: tuple[int, Alias] | None = None
            j = i
            while True:
                if keys[j] and key in addable:
                    alias = self._usable(tt, i, j + 1, addable[key], ds)
                    if alias is not None:
                        best = (j + 1, alias)
                j += 1
                if j >= n or taken[j] or j - i >= _MAX_TOKENS:
                    break
                key += keys[j]
                if key not in prefixes:
                    break
            if best is None:
                continue
            end, alias = best
            ent = self.kb.entities[alias.entity]
            out.append((i, end, ent.type, ent.id, RULE))
            for k in range(i, end):
                taken[k] = True
            done = end
        return out

    def _evaluated_on(self, tt: TokenTable, start: int, end: int, ds: set[int]) -> bool:
        """A cue that data is evaluated on, not only taken from: a dataset head or split after
        the name ("the Argoverse 2 validation set"), "on"/"across" before it, or another
        dataset beside it."""
        lowers = tt.lowers
        if end < len(lowers) and (lowers[end] in _CONTEXT_AFTER or lowers[end] in SPLIT_WORDS):
            return True
        return (start > 0 and lowers[start - 1] in ("on", "across")) or self._coordinated(
            tt, start, end, ds
        )

    def _usable(
        self, tt: TokenTable, start: int, end: int, aliases: list[Alias], ds: set[int]
    ) -> Alias | None:
        texts = tt.texts
        # not part of a longer word: "Cora-like", "non-Cora", "MNIST-pretrained"
        if end < len(texts) and texts[end] == "-" and tt.end_char(end) == tt.idx[end] + 1:
            return None
        if start > 0 and texts[start - 1] == "-" and tt.end_char(start - 1) == tt.idx[start]:
            return None
        surface = tt.span_text(start, end)
        for a in aliases:
            exact = a.case_sensitive or a.ambiguous or a.mixed_case
            if exact and _case_key(surface) != _case_key(a.surface):
                continue
            # every new name needs a dataset cue; a possible English word also must not
            # be one word of a longer capitalised name
            if not (
                _dataset_context(tt.lowers, start, end) or self._coordinated(tt, start, end, ds)
            ):
                continue
            catalog_row = self.kb.entities[a.entity].link_only
            if catalog_row and not self._evaluated_on(tt, start, end, ds):
                continue  # "building footprints from OpenStreetMap": a source of data
            if a.ambiguous and (surface.islower() or self._inside_name(tt, start, end)):
                continue  # a lower-case word is no name; nor is a word of a longer name
            if a.ambiguous and not self._word_named(tt, start, end, ds):
                continue  # "Video datasets", "A 3D Medical Benchmark", "from Wikipedia"
            if self._blocked(self.kb.entities[a.entity].type, surface):
                continue
            return a
        return None

    def _extend(self, tt: TokenTable, mentions: list[Cand]) -> list[Cand]:
        """A Dataset mention inside a longer KB Dataset name on free tokens of its sentence
        takes the name's span: followed by the rest of it ("WMT'14" + "English-French" →
        "WMT'14 English-French"), or cut from its first words by a span rule ("AD 2" of
        "MVTec AD 2"). The longest linked name wins; a head noun alone grows nothing."""
        if not any(c[2] == "Dataset" for c in mentions):
            return mentions
        texts, keys = tt.texts, tt.derived.get("kb_keys")
        if keys is None:
            keys = tt.derived["kb_keys"] = list(map(_token_key, texts))
        starts = {c[0] for c in mentions}
        out: list[Cand] = []
        for k, c in enumerate(mentions):
            if c[2] != "Dataset":
                out.append(c)
                continue
            limit = mentions[k + 1][0] if k + 1 < len(mentions) else len(texts)
            sent_lo = tt.sent_span(c[0])[0]
            lo = max(out[-1][1] if out else 0, sent_lo, c[0] - 3)
            best = (c[0], c[1])
            for s in range(c[0], lo - 1, -1):
                if s < c[0] and s in starts:
                    break
                key = "".join(keys[s : c[1]])
                if key not in self.dataset_prefixes:
                    continue
                # a word before the mention names (it is the name's start); past it, a word
                # that is more than a head noun
                named = s < c[0]
                if (
                    named
                    and key in self.dataset_keys
                    and c[1] - s > best[1] - best[0]
                    and self._link("Dataset", tt.span_text(s, c[1]))
                ):
                    best = (s, c[1])
                j = c[1]
                while j < limit and j - c[1] < 4 and j not in starts:
                    part = keys[j]
                    key += part
                    if key not in self.dataset_prefixes:
                        break
                    named = named or (bool(part) and tt.lowers[j] not in DATASET_HEADS)
                    j += 1
                    # "MATH" + "dataset" stays "MATH" (the head noun is no part of the name,
                    # and "math_dataset" is another dataset); "WMT'14" + "English-French" grows
                    if (
                        part
                        and named
                        and key in self.dataset_keys
                        and j - s > best[1] - best[0]
                        and self._link("Dataset", tt.span_text(s, j))
                    ):
                        best = (s, j)
            out.append(c if best == (c[0], c[1]) else (best[0], best[1], c[2], "", c[4]))
        return out if out != mentions else mentions

    def _added(self, tt: TokenTable, mentions: list[Cand]) -> list[Cand]:
        """New KB mentions on the tokens ``mentions`` leave free."""
        taken = [False] * len(tt.texts)
        for k in url_tokens(tt):  # no names from a web address's path
            taken[k] = True
        ds: set[int] = set()
        for s, e, lab, _, _ in mentions:
            for k in range(s, e):
                taken[k] = True
            if lab == "Dataset":
                ds.update((s, e - 1))
        new = self._new_mentions(tt, taken, ds)
        if new:  # a second pass sees the first one's names as coordinated datasets
            ds.update(k for c in new for k in (c[0], c[1] - 1))
            new += self._new_mentions(tt, taken, ds)
        if new and tt.abbreviations:
            new += _short_forms(tt, new, taken)
        return new

    def _own_link(
        self, long_forms: dict[str, str], c: Cand, text: str
    ) -> tuple[str, str] | None:
        """The KB link of mention ``c`` (text ``text``) — none for an abbreviation pair's
        entity (``long_forms``: its long form's text) whose long form could be no name of the
        entity its short form links to: "a Success Detection Rate (SDR)" is no signal
        distortion ratio; the text's own definition wins over a famous acronym."""
        hit = self._link(c[2], text)
        long_form = long_forms.get(c[3])
        if hit is None or long_form is None:
            return hit
        ent = self.kb.entities.get(hit[0])
        if ent is None:
            return hit
        # the entity's long names: "signal distortion ratio" (not "BLEU score" nor "NIST
        # BLEU", names with the acronym itself, which any long form of it may define)
        short = kb_key(text)
        names = (ent.name, *ent.aliases)
        longs = [n for n in names if " " in n and short not in map(kb_key, n.split())]
        return None if longs and _unlike(_stems(long_form), longs) else hit

    def _pair_cut_long_forms(
        self, tt: TokenTable, kept: list[Cand], remap: dict[str, tuple[str, str]]
    ) -> None:
        """A Dataset long form a span rule cut short ("Massive Text Embedding" of "Massive
        Text Embedding Benchmark (MTEB)") that kept an id of its own shares its short form's
        entity (and so its KB link)."""
        by_start: dict[int, Cand] = {}
        by_span: dict[tuple[int, int], Cand] = {}
        for c in kept:
            if c[2] == "Dataset":
                by_start.setdefault(c[0], c)
                by_span[(c[0], c[1])] = c
        for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
            long_, short = by_start.get(lf_s), by_span.get((sf_s, sf_e))
            if long_ is None or short is None or long_[1] > lf_e or long_[3] == short[3]:
                continue
            if long_[3] in remap or self.kb.get(long_[3]) is not None:
                continue  # a link of its own stands
            target = remap.get(short[3])
            if target is None:
                ent = self.kb.get(short[3])
                name = ent.name if ent is not None and not ent.link_only else ""
                target = (short[3], name or tt.span_text(sf_s, sf_e))
            remap[long_[3]] = target

    def _canonical_names(self, entities: dict[str, dict[str, Any]]) -> None:
        """The KB's canonical name (and direction of a metric) for entities it knows."""
        for info_id, info in entities.items():
            ent = self.kb.entities.get(info_id)
            if ent is None or ent.link_only:
                continue
            if info["name"] != ent.name:
                aliases = [a for a in info["aliases"] if a != ent.name]
                info["aliases"] = [*aliases, info["name"]]
                info["name"] = ent.name
            if info.get("higher_is_better") is None and ent.higher_is_better is not None:
                info["higher_is_better"] = ent.higher_is_better

    def _entities(
        self,
        tt: TokenTable,
        mentions: list[Any],
        remap: dict[str, tuple[str, str]],
        old_entities: dict[str, dict[str, Any]],
    ) -> dict[str, dict[str, Any]]:
        """The entity table of the final mentions: KB names first, earlier names as aliases."""
        entities: dict[str, dict[str, Any]] = {}
        for s, e, lab, eid, rule in mentions:
            text = tt.span_text(s, e)
            info = entities.get(eid)
            if info is None:
                ent = self.kb.get(eid)
                if ent is not None and ent.link_only:
                    ent = None
                old = next((old_entities[o] for o, h in remap.items() if h[0] == eid), None)
                old = old or old_entities.get(eid)
                hib = old.get("higher_is_better") if old else None
                if hib is None and ent is not None:
                    hib = ent.higher_is_better
                name = ent.name if ent is not None else (old["name"] if old else text)
                if ent is None and rule == RULE:
                    name = text
                info = {"name": name, "type": lab, "aliases": [], "higher_is_better": hib}
                if old:
                    info["aliases"] = [a for a in old["aliases"] if a != name]
                    if old["name"] != name:
                        info["aliases"].append(old["name"])
                entities[eid] = info
            if text != info["name"] and text not in info["aliases"]:
                info["aliases"].append(text)
        return entities

    # ------------------------------------------------------------------------------ call
    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        old_entities: dict[str, dict[str, Any]] = tt.entities
        remap: dict[str, tuple[str, str]] = {}
        models: set[str] = set()  # ids of Dataset mentions that name a model
        datasets: set[str] = set()  # ids of other mentions that name a dataset
        own_sense: set[str] = tt.derived.get("own_sense", set())
        kept: list[Cand] = []
        extended = self._extend(tt, tt.mentions)
        long_forms = _pair_long_forms(tt, extended)
        for c in extended:
            if not c[3]:  # grown into a variant's name: its own link
                hit = self._link(c[2], tt.span_text(c[0], c[1]))
                if hit is not None:
                    kept.append((c[0], c[1], c[2], hit[0], c[4]))
                continue
            text = tt.span_text(c[0], c[1])
            if self._dropped(c[2], text, old_entities.get(c[3])):
                continue
            kept.append(c)
            if c[3] in remap or c[3] in own_sense:
                continue  # (own sense: "Reinforcement fine-tuning (RFT)" is no known "RFT")
            hit = self._dataset_named(tt, c, text)
            if hit is not None:  # "on Human3.6M", "on CharXiv": a dataset the KB knows
                remap[c[3]] = hit
                datasets.add(hit[0])
                continue
            model = self._model(text) if c[2] == "Dataset" else None
            if model is not None:
                remap[c[3]] = (model, text)
                models.add(model)
                continue
            hit = self._own_link(long_forms, c, text)
            if hit is not None and hit[0] != c[3]:
                remap[c[3]] = hit
        if tt.abbreviations:
            self._pair_cut_long_forms(tt, kept, remap)
        new: list[Cand] = self._added(tt, kept) if self.add and self.addable else []
        if not (remap or new) and extended is tt.mentions and len(kept) == len(extended):
            self._canonical_names(old_entities)
            return doc  # nothing else changed: the rows and entities stand
        mentions = [
            (s, e, lab, remap[eid][0] if eid in remap else eid, r) for s, e, lab, eid, r in kept
        ]
        if models:  # a "dataset" that names a model is a Model, with every form of its name
            mentions = [
                (s, e, "Model" if i in models else lab, i, r) for s, e, lab, i, r in mentions
            ]
        if datasets:
            mentions = [
                (s, e, "Dataset" if i in datasets else lab, i, r) for s, e, lab, i, r in mentions
            ]
        if new:
            mentions = sorted([*mentions, *new], key=lambda c: c[0])
        entities = self._entities(tt, mentions, remap, old_entities)
        tt.mentions = mentions
        doc.user_data[MENTION_ROWS_KEY] = mentions
        if MENTIONS_KEY in doc.spans:
            del doc.spans[MENTIONS_KEY]
        doc._.kg_entities = tt.entities = entities
        return doc


def _short_forms(tt: TokenTable, new: list[Cand], taken: list[bool]) -> list[Cand]:
    """ "Humanity's Last Exam (HLE) … on HLE": a KB name this linker added, said as the long
    form of an abbreviation pair (there, or elsewhere with a cue, as in the title), gives its
    entity to the pair's long form and to every free occurrence of the short form (the rules
    typed neither form, so no earlier component linked them)."""
    added = {tt.span_text(c[0], c[1]): c for c in new}
    texts = tt.texts
    out: list[Cand] = []
    for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
        c = added.get(tt.span_text(lf_s, lf_e))
        if c is None:
            continue
        forms = [texts[lf_s:lf_e], texts[sf_s:sf_e]]
        for form in forms:
            n = len(form)
            for k in indices(texts, form[0]):
                if texts[k : k + n] == form and not any(taken[k : k + n]):
                    out.append((k, k + n, c[2], c[3], "abbreviation"))
                    for j in range(k, k + n):
                        taken[j] = True
    return out


@Language.factory(
    "kg_linker",
    assigns=["doc._.kg_mentions", "doc._.kg_entities"],
    requires=["doc._.kg_mentions"],
    default_config={"catalog": None, "add_types": ["Dataset"], "add_mentions": True},
)
def make_linker(
    nlp: Language, name: str, catalog: str | None, add_types: list[str], add_mentions: bool
) -> Linker:
    register_extensions()
    return named(Linker(load_kb(catalog), tuple(add_types), add_mentions), name)


def _pair_long_forms(tt: TokenTable, mentions: list[Cand]) -> dict[str, str]:
    """Entity id → long form text, for the entities of abbreviation pairs ("Success Detection
    Rate (SDR)": the id both forms share)."""
    if not tt.abbreviations:
        return {}
    spans = {(c[0], c[1]): c[3] for c in mentions if c[3]}
    out: dict[str, str] = {}
    for lf_s, lf_e, sf_s, sf_e in tt.abbreviations:
        eid = spans.get((sf_s, sf_e))
        if eid is not None and eid == spans.get((lf_s, lf_e)):
            out[eid] = tt.span_text(lf_s, lf_e)
    return out
