"""Entity resolution across papers: alias edges → connected components → one canonical entity.

:class:`EntityRegistry` is the only global state of a build; it is explicit and passed around.
It holds entities only (never papers), so memory grows with the number of distinct entities,
not with the number of papers.

Resolution rule (deterministic and independent of input order):

* Two raw entities of the same type are linked when they share an id, or when the
  :func:`kg.schema.slugify` key of one's name or alias equals a key of the other's.
  Linked entities form a connected component (networkx) that becomes one canonical entity.
* The canonical member of a component is the one that occurs in the most extractions
  (document frequency); ties go to the shorter name, then to the smaller id. Its name is the
  canonical name; its id (``<type>:<slug of name>``) the canonical id.
* Aliases are the union of every member's name and aliases (minus the canonical name),
  de-duplicated case-sensitively and sorted.
* ``higher_is_better`` (metrics) is the majority of the members' non-null votes; ties → None.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.kb import KBEntity, KnowledgeBase, load_kb
from kg.kb.rollup import broader_links
from kg.models import Entity, Extraction, PaperRelation, Result
from kg.schema import ENTITY_LABELS, entity_id, label_of_id, slugify


class EntityRegistry:
    """Merges the entities of many extractions into canonical entities with stable ids."""

    def __init__(self, kb: KnowledgeBase | None = None, *, use_kb: bool = True) -> None:
        """``kb``: the knowledge base for external ids and roll-up (default: the packaged
        one, :func:`kg.kb.load_kb`); ``use_kb=False``: none."""
        self.kb: KnowledgeBase | None = kb if kb is not None else (load_kb() if use_kb else None)
        self._rollup: tuple[list[tuple[str, str]], dict[str, KBEntity]] | None = None
        self._raw: dict[str, dict[str, object]] = {}  # raw id → accumulated info
        self._doc_freq: Counter[str] = Counter()
        self._hib_votes: dict[str, Counter[bool]] = defaultdict(Counter)
        self._referenced: set[str] = set()  # raw ids used by a relation or result
        self._canonical_of: dict[str, str] | None = None
        self._entities: dict[str, Entity] = {}

    # ----------------------------------------------------------------------------- adding
    def add(self, entity: Entity, *, count: bool = True) -> None:
        """Register one raw entity (``count`` adds one to its document frequency)."""
        info = self._raw.get(entity.id)
        if info is None:
            info = {"type": entity.type, "names": Counter(), "aliases": set()}
            self._raw[entity.id] = info
        names: Counter[str] = info["names"]  # type: ignore[assignment]
        names[entity.name] += 1
        aliases: set[str] = info["aliases"]  # type: ignore[assignment]
        aliases.update(a for a in entity.aliases if a.strip())
        if entity.higher_is_better is not None:
            self._hib_votes[entity.id][entity.higher_is_better] += 1
        if count:
            self._doc_freq[entity.id] += 1
        self._canonical_of = None

    def add_extraction(self, extraction: Extraction) -> None:
        """Register every entity of one extraction, and which of them facts refer to."""
        seen: set[str] = set()
        for ent in extraction.entities:
            self.add(ent, count=ent.id not in seen)
            seen.add(ent.id)
        for rel in extraction.relations:
            self._referenced.add(rel.entity_id)
        results = [*extraction.results, *extraction.deltas]  # both can be Result nodes
        for res in results:
            for eid in (res.model_id, res.dataset_id, res.metric_id):
                if eid:
                    self._referenced.add(eid)
        # Entities referenced without an Entity object still need a node.
        for rel in extraction.relations:
            if rel.entity_id not in self._raw:
                self._add_placeholder(rel.entity_id, rel.entity_type)
        for res in results:
            for eid in (res.model_id, res.dataset_id, res.metric_id):
                if eid and eid not in self._raw:
                    label = label_of_id(eid)
                    if label in ENTITY_LABELS:
                        self._add_placeholder(eid, label)

    def _add_placeholder(self, raw_id: str, entity_type: str) -> None:
        name = raw_id.split(":", 1)[-1]
        self.add(Entity(id=raw_id, type=entity_type, name=name), count=False)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.entities())

    # ----------------------------------------------------------------------------- resolving
    def resolve(self) -> None:
        """Compute the connected components and canonical entities (idempotent, cached)."""
        graph: nx.Graph = nx.Graph()
        for raw_id, info in self._raw.items():
            etype = info["type"]
            graph.add_node(("e", raw_id))
            names: Counter[str] = info["names"]  # type: ignore[assignment]
            keys = {slugify(n) for n in names} | {slugify(a) for a in info["aliases"]}  # type: ignore[attr-defined]
            keys.add(raw_id.split(":", 1)[-1])
            for key in keys:
                graph.add_edge(("e", raw_id), ("k", f"{etype}:{key}"))
        canonical_of: dict[str, str] = {}
        entities: dict[str, Entity] = {}
        for component in nx.connected_components(graph):
            members = sorted(n[1] for n in component if n[0] == "e")
            if not members:
                continue
            entity = self._merge(members)
            # Two components could (rarely) slug to the same canonical id: merge them too.
            if entity.id in entities:
                old = entities[entity.id]
                entity = entity.model_copy(
                    update={
                        "aliases": sorted(
                            (set(old.aliases) | set(entity.aliases) | {entity.name}) - {old.name}
                        ),
                        "name": old.name,
                    }
                )
            entities[entity.id] = entity
            for m in members:
                canonical_of[m] = entity.id
        self._canonical_of = canonical_of
        self._entities = dict(sorted(entities.items()))
        self._rollup = None

    def _merge(self, members: list[str]) -> Entity:
        def best_name(raw_id: str) -> str:
            names: Counter[str] = self._raw[raw_id]["names"]  # type: ignore[assignment]
            return sorted(names.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]

        chosen = min(
            members,
            key=lambda m: (-self._doc_freq[m], len(best_name(m)), m),
        )
        etype = str(self._raw[chosen]["type"])
        name = best_name(chosen)
        canonical_id = entity_id(etype, name)
        aliases: set[str] = set()
        votes: Counter[bool] = Counter()
        for m in members:
            info = self._raw[m]
            aliases.update(info["names"])  # type: ignore[arg-type]
            aliases.update(info["aliases"])  # type: ignore[arg-type]
            votes.update(self._hib_votes.get(m, Counter()))
        aliases.discard(name)
        hib: bool | None = None
        if votes[True] != votes[False]:
            hib = votes[True] > votes[False]
        return Entity(
            id=canonical_id,
            type=etype,  # type: ignore[arg-type]
            name=name,
            aliases=sorted(aliases),
            higher_is_better=hib if etype == "Metric" else None,
        )

    def _ensure(self) -> dict[str, str]:
        if self._canonical_of is None:
            self.resolve()
        assert self._canonical_of is not None
        return self._canonical_of

    # ----------------------------------------------------------------------------- lookups
    def canonical_id(self, raw_id: str) -> str:
        """The canonical id for a raw entity id (unknown ids map to themselves)."""
        return self._ensure().get(raw_id, raw_id)

    def get(self, canonical_id: str) -> Entity | None:
        self._ensure()
        return self._entities.get(canonical_id)

    def entities(self) -> list[Entity]:
        """All canonical entities, sorted by id."""
        self._ensure()
        return list(self._entities.values())

    def referenced_entities(self) -> list[Entity]:
        """Canonical entities that at least one relation or result refers to (sorted by id)."""
        canon = self._ensure()
        used = {canon.get(r, r) for r in self._referenced}
        return [e for e in self._entities.values() if e.id in used]

    def kb_entity(self, entity: Entity) -> KBEntity | None:
        """The KB entity of a canonical entity (by id, else by its name or an alias); for a
        dataset variant the KB does not list ("ImageNet-100"), its linked family's entry
        (the variant keeps its own id and name; the family's ids become its ``same_as``)."""
        if self.kb is None:
            return None
        names = (entity.name, *entity.aliases)
        hit = self.kb.find(entity.id, entity.type, names)
        if hit is None and entity.type == "Dataset":
            hit = self.kb.family(names)
        return hit

    def rollup(self) -> tuple[list[tuple[str, str]], dict[str, KBEntity]]:
        """``BROADER`` pairs among the referenced entities (plus the KB entities that are
        targets only), see :mod:`kg.kb.rollup`; cached until the next resolve."""
        self._ensure()
        if self._rollup is None:
            self._rollup = broader_links(self.referenced_entities(), self.kb)
        return self._rollup

    # ----------------------------------------------------------------------------- remapping
    def remap(self, extraction: Extraction) -> Extraction:
        """A copy of ``extraction`` with every entity id replaced by its canonical id.

        Entities become the canonical entities (de-duplicated, sorted); relations, results and
        deltas keep their order.
        """
        canon = self._ensure()

        def c(raw: str | None) -> str | None:
            return None if raw is None else canon.get(raw, raw)

        mentions = [m.model_copy(update={"entity_id": c(m.entity_id)}) for m in extraction.mentions]
        relations: list[PaperRelation] = [
            r.model_copy(update={"entity_id": c(r.entity_id)}) for r in extraction.relations
        ]
        def remap_result(r: Result) -> Result:
            return r.model_copy(
                update={
                    "model_id": c(r.model_id),
                    "dataset_id": c(r.dataset_id),
                    "metric_id": c(r.metric_id),
                }
            )

        results = [remap_result(r) for r in extraction.results]
        deltas = [remap_result(r) for r in extraction.deltas]
        ids = {c(e.id) for e in extraction.entities}
        ids |= {m.entity_id for m in mentions}
        entities = [self._entities[i] for i in sorted(i for i in ids if i in self._entities)]
        return extraction.model_copy(
            update={
                "mentions": mentions,
                "relations": relations,
                "results": results,
                "deltas": deltas,
                "entities": entities,
            }
        )


def resolve_extractions(extractions: Iterable[Extraction]) -> EntityRegistry:
    """Convenience: a resolved registry from an iterable of extractions."""
    registry = EntityRegistry()
    for ex in extractions:
        registry.add_extraction(ex)
    registry.resolve()
    return registry


__all__ = ["EntityRegistry", "resolve_extractions"]
