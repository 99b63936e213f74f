"""What the web pages, the SPARQL endpoint and ``kg report`` read: the latest dump in a
pyoxigraph store, the SPARQL query library, and leaderboards / trends computed from it.

The store holds a read-only dump, so answers that do not depend on a request (leaderboards,
trends, co-occurrence, counts) are computed once per dump and cached. A newer dump in the
directory is picked up on the next request.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kg.config import get_settings, ontology_dir
from kg.errors import InputError, QueryError
from kg.rdf import store as rdfstore
from kg.schema import KG_NS, NODES, PREFIXES, RESOURCE_NS

PAGES_DIR = "pages"
TREND_KINDS: dict[str, str] = {
    "datasets": "trend-datasets",
    "methods": "trend-methods",
    "tasks": "trend-tasks",
}
RELATION_NAMES: dict[str, str] = {
    KG_NS + "proposes": "proposes",
    KG_NS + "uses": "uses",
    KG_NS + "evaluatedOn": "evaluated on",
    KG_NS + "measuredBy": "measured by",
    KG_NS + "addresses": "addresses",
}
SAME_AS = (
    PREFIXES["schema"] + "sameAs",
    PREFIXES["owl"] + "sameAs",
    PREFIXES["skos"] + "exactMatch",
    PREFIXES["skos"] + "closeMatch",
)
_CLASS_LABELS = {KG_NS + spec.rdf_class.split(":", 1)[1]: spec.label for spec in NODES.values()}


def query_text(name: str) -> str:
    """``ontology/queries/<name>.rq`` (``pages/<name>`` for the page queries)."""
    path = ontology_dir() / "queries" / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no SPARQL query {name!r}")
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Leaderboards and trends (shared by the SPARQL and the Cypher paths, so both agree)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One system's best score on a (dataset, metric)."""

    system: str
    value: float
    unit: str | None
    month: str | None
    paper: str
    title: str
    evidence: str | None
    confidence: float | None


@dataclass
class Leaderboard:
    dataset: str
    metric: str
    higher_is_better: bool
    entries: list[Entry] = field(default_factory=list)  # best first

    @property
    def key(self) -> str:
        return f"{self.dataset} / {self.metric}"

    def history(self) -> list[tuple[str, float, str]]:
        """State of the art over time: (month, best value so far, its system), dated entries."""
        dated = sorted((e for e in self.entries if e.month), key=lambda e: (e.month, e.system))
        out: list[tuple[str, float, str]] = []
        best: Entry | None = None
        for e in dated:
            better = best is None or (
                e.value > best.value if self.higher_is_better else e.value < best.value
            )
            if better:
                best = e
                out.append((e.month or "", e.value, e.system))
        return out


def normalise_sota_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A ``sota-over-time`` row from Cypher (snake_case) or SPARQL (camelCase), same keys."""
    higher = row.get("higher_is_better", row.get("higherIsBetter"))
    value = row.get("value")
    confidence = row.get("confidence")
    return {
        "dataset": str(row.get("dataset") or ""),
        "metric": str(row.get("metric") or ""),
        "system": str(row.get("system") or ""),
        "value": float(value) if value is not None else None,
        "unit": row.get("unit") or None,
        "month": row.get("month") or None,
        "paper": str(row.get("paper") or ""),
        "title": str(row.get("title") or ""),
        "higher_is_better": True if higher is None else bool(higher),
        "evidence": row.get("evidence") or None,
        "confidence": float(confidence) if confidence is not None else None,
    }


def leaderboards_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Leaderboard]:
    """Best result per system per (dataset, metric); ties go to the earliest month (undated
    last), then the paper IRI. Boards sorted by number of systems, then name."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for raw in rows:
        row = normalise_sota_row(raw)
        if row["value"] is None:
            continue
        groups[(row["dataset"], row["metric"])].append(row)
    boards: list[Leaderboard] = []
    for (dataset, metric), items in groups.items():
        higher = items[0]["higher_is_better"]
        best: dict[str, dict[str, Any]] = {}
        for row in items:
            key = (
                -row["value"] if higher else row["value"],
                row["month"] is None,
                row["month"] or "",
                row["paper"],
            )
            old = best.get(row["system"])
            if old is None or key < old["_key"]:
                best[row["system"]] = {**row, "_key": key}
        entries = [
            Entry(
                system=r["system"],
                value=r["value"],
                unit=r["unit"],
                month=r["month"],
                paper=r["paper"],
                title=r["title"],
                evidence=r["evidence"],
                confidence=r["confidence"],
            )
            for r in sorted(best.values(), key=lambda r: (r["_key"], r["system"]))
        ]
        boards.append(Leaderboard(dataset, metric, higher, entries))
    boards.sort(key=lambda b: (-len(b.entries), b.dataset.lower(), b.metric.lower()))
    return boards


@dataclass(frozen=True)
class TrendRow:
    name: str
    month: str
    papers: int
    total: int


def trend_rows(rows: Iterable[Mapping[str, Any]]) -> list[TrendRow]:
    out = [
        TrendRow(str(r["name"]), str(r["month"]), int(r["papers"]), int(r["total"]))
        for r in rows
        if r.get("month")
    ]
    out.sort(key=lambda t: (-t.total, t.name, t.month))
    return out


def cooccurrence_rows(rows: Iterable[Mapping[str, Any]]) -> list[tuple[str, str, int]]:
    out = [(str(r["a"]), str(r["b"]), int(r["papers"])) for r in rows]
    out.sort(key=lambda t: (-t[2], t[0], t[1]))
    return out


# --------------------------------------------------------------------------------------------
# Resource views
# --------------------------------------------------------------------------------------------


@dataclass
class Resource:
    iri: str
    label: str  # Paper, Dataset, Method, Model, Metric, Task, Result (or "Resource")
    name: str
    facts: dict[str, list[Any]]  # predicate IRI → python values (IRIs as str)

    def first(self, curie: str) -> Any:
        prefix, _, local = curie.partition(":")
        values = self.facts.get(PREFIXES[prefix] + local) or []
        return values[0] if values else None

    def all(self, curie: str) -> list[Any]:
        prefix, _, local = curie.partition(":")
        return list(self.facts.get(PREFIXES[prefix] + local) or [])

    @property
    def same_as(self) -> list[str]:
        out: list[str] = []
        for p in SAME_AS:
            out += [str(v) for v in self.facts.get(p, []) if str(v) not in out]
        return out


class Site:
    """The latest dump of a directory, loaded into a store, with cached page data."""

    def __init__(
        self,
        dumps_dir: Path,
        *,
        base_iri: str | None = None,
        timeout: float = rdfstore.DEFAULT_TIMEOUT,
        limit: int = rdfstore.DEFAULT_ROW_LIMIT,
        store_root: Path | None = None,
        workers: int = 0,
    ) -> None:
        """``workers`` > 0: evaluate queries in that many worker processes, killed when a query
        times out (``kg serve``); 0: in threads (a timed-out query runs on, abandoned)."""
        from kg.serve.app import DumpStore

        self.dumps = DumpStore(dumps_dir)
        self.explicit_base = base_iri
        self.timeout = timeout
        self.limit = limit
        self.store_root = store_root
        self.workers = workers
        self.slots = rdfstore.QuerySlots(2)
        self._lock = threading.Lock()
        self._rdf: rdfstore.RdfStore | None = None
        self._dump: tuple[Path, int] | None = None
        self._cache: dict[str, Any] = {}
        dump = self.latest_dump()
        self._base = self._resolve_base(dump)

    def _resolve_base(self, dump: Path | None) -> str:
        return (
            self.explicit_base
            or (self._void_base(dump) if dump is not None else None)
            or get_settings().base_iri
            or RESOURCE_NS
        )

    # ------------------------------------------------------------------ store
    def latest_dump(self) -> Path | None:
        for rest in ("ttl.gz", "ttl", "nt.gz", "nt", "jsonld.gz", "jsonld"):
            path = self.dumps.resolve(f"latest.{rest}")
            if path is not None:
                return path
        return None

    def rdf(self) -> rdfstore.RdfStore:
        """The store of the latest dump (loaded on first use, reloaded when a newer one lands)."""
        dump = self.latest_dump()
        if dump is None:
            raise InputError(
                f"no dump in {self.dumps.directory}", hint="run `kg build` or `kg export` first"
            )
        stamp = (dump, dump.stat().st_mtime_ns)
        with self._lock:
            if self._rdf is None or self._dump != stamp:
                rdf = rdfstore.RdfStore.open_dumps([dump], root=self.store_root)
                rdf.use_workers(self.workers)
                old, self._rdf, self._dump, self._cache = self._rdf, rdf, stamp, {}
                self._base = self._resolve_base(dump)
                if old is not None:
                    old.close()
            return self._rdf

    def _void_base(self, dump: Path) -> str | None:
        void = self.dumps.file(dump.name + ".void.ttl")
        if void is None:
            return None
        space = self.dumps.void_facts(void).get("uri_space")
        return str(space) if space else None

    @property
    def base_iri(self) -> str:
        return self._base

    @property
    def base_path(self) -> str:
        """The path under which entity IRIs are served (``/resource/`` for the default base)."""
        return urlsplit(self.base_iri).path or "/"

    def local_path(self, iri: str) -> str | None:
        """Where this server shows ``iri`` (None when it is not under the base IRI)."""
        if not iri.startswith(self.base_iri):
            return None
        parts = urlsplit(iri)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def iri_for_path(self, path: str) -> str:
        base = urlsplit(self.base_iri)
        return f"{base.scheme}://{base.netloc}{path}"

    # ------------------------------------------------------------------ queries
    def run(self, text: str, params: Mapping[str, Any] | None = None, **kw: Any) -> Any:
        kw.setdefault("timeout", self.timeout)
        kw.setdefault("limit", self.limit)
        return rdfstore.run(self.rdf(), text, params, slots=self.slots, **kw)

    def select(self, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return rdfstore.rows_as_dicts(self.run(query_text(name), params))

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        self.rdf()  # drops the cache when the dump changed
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        value = make()
        with self._lock:
            self._cache[key] = value
        return value

    def leaderboards(self) -> list[Leaderboard]:
        return self.cached(
            "leaderboards", lambda: leaderboards_from_rows(self.select("sota-over-time"))
        )

    def trends(self, kind: str) -> list[TrendRow]:
        return self.cached(f"trend-{kind}", lambda: trend_rows(self.select(TREND_KINDS[kind])))

    def cooccurrence(self) -> list[tuple[str, str, int]]:
        return self.cached(
            "cooccurrence", lambda: cooccurrence_rows(self.select("dataset-cooccurrence"))
        )

    def counts(self) -> dict[str, int]:
        def make() -> dict[str, int]:
            rows = self.select(f"{PAGES_DIR}/counts")
            return {
                _CLASS_LABELS.get(r["class"], r["class"].rsplit("#", 1)[-1]): int(r["n"])
                for r in rows
            }

        return self.cached("counts", make)

    def resource(self, iri: str) -> Resource | None:
        from kg.rdf.store import bind

        rows = self.select(f"{PAGES_DIR}/facts", {"entity": bind(f"<{iri}>")})
        if not rows:
            return None
        facts: dict[str, list[Any]] = defaultdict(list)
        for row in rows:
            facts[row["p"]].append(row["o"])
        types = facts.get(PREFIXES["rdf"] + "type", [])
        label = next((_CLASS_LABELS[t] for t in types if t in _CLASS_LABELS), "Resource")
        name = (
            (facts.get(PREFIXES["rdfs"] + "label") or facts.get(PREFIXES["dcterms"] + "title"))
            or [iri.rsplit("/", 1)[-1]]
        )[0]
        return Resource(iri, label, str(name), dict(facts))

    def search(self, text: str) -> list[dict[str, Any]]:
        text = " ".join(text.split())[:200]
        if not text:
            return []
        rows = self.select(f"{PAGES_DIR}/search", {"q": text})
        for row in rows:
            row["label_type"] = _CLASS_LABELS.get(row["class"], "Resource")
            row["href"] = self.local_path(row["entity"]) or row["entity"]
        return rows

    def describe(self, iri: str, fmt: str) -> bytes:
        from kg.rdf.store import bind, serialize_triples

        result = self.run(query_text(f"{PAGES_DIR}/describe"), {"entity": bind(f"<{iri}>")})
        return serialize_triples(result.triples, fmt)
