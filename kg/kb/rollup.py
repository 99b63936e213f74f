"""Roll-up: each specific entity → its broader one (``BROADER`` / ``skos:broader``).

Three general rules, no per-name cases:

1. **The KB says so**: a KB entity's ``broader`` (a dataset's family, e.g. "WMT14
   English-German" → "WMT14" → "WMT"; Planetoid's "Cora" → "Planetoid").
2. **Dataset variant → family**: a dataset name that is another dataset's name plus a version,
   year, size or split ("SQuAD 3.1" → "SQuAD", "ImageNet-21k" → "ImageNet", "MATH-500" →
   "MATH", "GSM8K test" → "GSM8K").
3. **Task head noun**: a task's broader task is the longest proper word-suffix of its head
   phrase (the words before a preposition) that is a known task: "radar hand gesture
   recognition" → "gesture recognition"; "segmentation of brain tumours" → "segmentation".
4. **General head noun**: else, a head noun that names a general task on its own
   (``data/task_heads.txt``: detection, segmentation, generation …) is the broader task:
   "hippocampal subregion segmentation" → "segmentation".

A target must be an entity of the same type in the graph, or a KB entity (then it becomes a
node of its own, with its ``same_as``). Edges go from the specific to the broader entity and
never to itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from kg.kb import KBEntity, KnowledgeBase, variant_families
from kg.models import Entity
from kg.schema import entity_id, slugify

_PREPOSITIONS = frozenset(
    "for of in on with from using via under across based by through to against".split()  # noqa: SIM905
)
_ROLLUP_TYPES = ("Task", "Dataset")


@lru_cache(maxsize=1)
def task_heads() -> frozenset[str]:
    """Head nouns that name a general task (``kg/kb/data/task_heads.txt``)."""
    text = (resources.files("kg.kb") / "data" / "task_heads.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _head_task(name: str) -> KBEntity | None:
    """The general task named by a task phrase's head noun (rule 4), as a KB-style entity."""
    words = _task_candidates(name)
    head = words[-1] if words else ""
    if head not in task_heads() or head == name.lower():
        return None
    return KBEntity(
        id=entity_id("Task", head),
        type="Task",
        name=head,
        sources=["kg-rollup/task_heads.txt"],
        licences=["Apache-2.0"],
    )


class _Names:
    """Name key → entity id, for the graph's entities of one type and the KB's."""

    def __init__(self, entities: list[Entity], kb: KnowledgeBase | None, type_: str) -> None:
        self.kb = kb
        self.type = type_
        self.by_key: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for e in entities:
            self.by_name.setdefault(slugify(e.name), e.id)
            for n in (e.name, *e.aliases):
                self.by_key.setdefault(slugify(n), e.id)

    def find(self, name: str) -> tuple[str, KBEntity | None] | None:
        """The entity of a name; a one-word name only by an entity's own name ("translation"
        is an alias of "machine translation", which "image translation" is not a kind of)."""
        one_word = " " not in name.strip()
        eid = (self.by_name if one_word else self.by_key).get(slugify(name))
        if eid is not None:
            return eid, None
        if self.kb is not None:
            hit = self.kb.lookup(name, self.type)
            if hit is not None and (not one_word or slugify(hit.name) == slugify(name)):
                return hit.id, hit
        return None


def _task_candidates(name: str) -> list[str]:
    words = name.lower().split()
    for k, w in enumerate(words):
        if k > 0 and w in _PREPOSITIONS:
            words = words[:k]
            break
    out = [" ".join(words)] if len(words) < len(name.split()) else []
    out += [" ".join(words[k:]) for k in range(1, len(words))]
    return out


def broader_links(
    entities: Iterable[Entity], kb: KnowledgeBase | None
) -> tuple[list[tuple[str, str]], dict[str, KBEntity]]:
    """``(narrow id, broad id)`` pairs, sorted, and the KB entities that targets need as new
    nodes (not in ``entities``)."""
    ents = list(entities)
    ids = {e.id for e in ents}
    by_type = {t: [e for e in ents if e.type == t] for t in _ROLLUP_TYPES}
    names = {t: _Names(by_type[t], kb, t) for t in _ROLLUP_TYPES}
    edges: set[tuple[str, str]] = set()
    extra: dict[str, KBEntity] = {}

    def add(src: str, hit: tuple[str, KBEntity | None]) -> None:
        target, kb_ent = hit
        if target == src:
            return
        edges.add((src, target))
        if target not in ids and kb_ent is not None:
            extra[target] = kb_ent

    for e in ents:
        if kb is not None:
            ke = kb.find(e.id, e.type, (e.name, *e.aliases))
            if ke is not None and ke.broader:
                for b in ke.broader:
                    be = kb.get(b)
                    if be is not None and b != e.id:
                        add(e.id, (b, be))
                continue
        if e.type not in _ROLLUP_TYPES:
            continue
        cands = _task_candidates(e.name) if e.type == "Task" else variant_families(e.name)
        for cand in cands:
            hit = names[e.type].find(cand)
            if hit is not None and hit[0] != e.id:
                add(e.id, hit)
                break
        else:
            general = _head_task(e.name) if e.type == "Task" else None
            if general is not None and kb is not None:
                known = kb.lookup(general.name, "Task")
                if known is not None and slugify(known.name) != slugify(general.name):
                    general = None  # the word is another task's alias ("translation")
            if general is not None and general.id != e.id:
                add(e.id, (general.id, None if general.id in ids else general))
    # a KB target's own broader chain (e.g. "WMT14" → "WMT") when both are KB entities
    pending = list(extra.values())
    while pending:
        ke = pending.pop()
        for b in ke.broader:
            be = kb.get(b) if kb is not None else None
            if be is None or (ke.id, b) in edges:
                continue
            edges.add((ke.id, b))
            if b not in ids and b not in extra:
                extra[b] = be
                pending.append(be)
    return sorted(edges), extra


__all__ = ["broader_links"]
