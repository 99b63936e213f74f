"""The gazetteer: canonical names + aliases of datasets, models, methods, metrics and tasks.

Data lives in plain TSV files next to this module (see ``SOURCES.md`` and ``build.py``):
``<canonical> TAB <aliases separated by |> TAB <flags>``; ``#`` starts a comment line.
Flags: ``cs`` (every alias matches only with its exact case), ``hib=1``/``hib=0`` (metric:
higher / lower is better), ``ctx`` (a resource name that is a dataset only next to a
cue: "Wikipedia corpus", "on Twitter").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract.normalize import norm_key

GAZETTEER_DIR = Path(__file__).resolve().parent

FILES: dict[str, tuple[str, ...]] = {
    "Dataset": ("datasets.tsv", "nlp_datasets.tsv", "lm_eval_benchmarks.tsv"),
    "Model": ("models.tsv",),
    "Method": ("methods.tsv",),
    "Metric": ("metrics.tsv",),
    "Task": ("tasks.tsv",),
}


@dataclass(frozen=True)
class GazEntry:
    type: str
    canonical: str
    aliases: tuple[str, ...] = ()
    case_sensitive: bool = False
    higher_is_better: bool | None = None
    source: str = ""
    needs_context: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass
class Gazetteer:
    entries: list[GazEntry] = field(default_factory=list)
    by_key: dict[str, list[GazEntry]] = field(default_factory=dict)

    def add(self, entry: GazEntry) -> None:
        """Add an entity; a name already known for the type keeps its first entity."""
        if self.lookup(entry.canonical, entry.type) is not None:
            return  # e.g. lm-eval's "GSM8k" is our "GSM8K"
        for name in entry.names:
            key = norm_key(name)
            if not key:
                continue
            bucket = self.by_key.setdefault(key, [])
            if all(e.type != entry.type for e in bucket):
                bucket.append(entry)
        self.entries.append(entry)

    def lookup(self, name: str, type_: str | None = None) -> GazEntry | None:
        bucket = self.by_key.get(norm_key(name), [])
        for e in bucket:
            if type_ is None or e.type == type_:
                return e
        return None


def parse_tsv(path: Path, type_: str) -> list[GazEntry]:
    out: list[GazEntry] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        canonical = cols[0].strip()
        aliases = tuple(
            a.strip() for a in (cols[1] if len(cols) > 1 else "").split("|") if a.strip()
        )
        flags = set((cols[2] if len(cols) > 2 else "").split())
        hib: bool | None = None
        if "hib=1" in flags:
            hib = True
        elif "hib=0" in flags:
            hib = False
        out.append(
            GazEntry(
                type_,
                canonical,
                aliases,
                "cs" in flags,
                hib,
                source=path.name,
                needs_context="ctx" in flags,
            )
        )
    return out


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    base = Path(directory) if directory else GAZETTEER_DIR
    gaz = Gazetteer()
    for type_, names in FILES.items():
        for name in names:
            path = base / name
            if path.exists():
                for entry in parse_tsv(path, type_):
                    gaz.add(entry)
    return gaz
