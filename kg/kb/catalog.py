"""Users' own entities: ``kg build --catalog FILE`` (TSV or YAML).

TSV (``#`` starts a comment; columns after ``name`` may be empty or left out)::

    # type  name                 aliases (|)   same_as IRIs (|)             broader (|)  description
    Dataset MyBench              My-Bench|MB   https://example.org/mybench               Ours
    Task    hand gesture recognition                                        gesture recognition
    !block    Dataset     Medium             # "Medium" is never a dataset
    !block    *           Table              # … nor anything else
    !merge    Dataset     SQuAD v1           SQuAD     # one entity: the second name's

An entity line adds an entity or, when the name is already known for the type, overrides
its description and adds its aliases, IRIs and broader names. YAML (needs PyYAML) is a list
of mappings with the same keys (``type``, ``name``, ``aliases``, ``same_as``, ``broader``,
``description``), or ``{block: NAME, type: TYPE}``, or ``{merge: [NAME, INTO], type: TYPE}``.
A bad line stops the build with ``kg: error: FILE:LINE: …`` (exit code 8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.kb import KnowledgeBase, kb_key
from kg.models import ENTITY_TYPES

_TYPES = {t.lower(): t for t in ENTITY_TYPES}


@dataclass
class CatalogEntry:
    action: str  # "entity" | "block" | "merge"
    type: str  # an entity type, or "*" (block only)
    name: str
    location: str
    aliases: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)
    description: str = ""
    into: str = ""


def _bad(where: str, message: str) -> ConfigError:
    return ConfigError(
        f"{where}: {message}", hint="see `kg build --help` and README (Catalog) for the format"
    )


def _type(value: Any, where: str, *, star: bool = False) -> str:
    text = str(value or "").strip()
    if star and text == "*":
        return "*"
    try:
        return _TYPES[text.lower()]
    except KeyError:
        raise _bad(
            where, f"unknown entity type {text!r} (one of {', '.join(ENTITY_TYPES)})"
        ) from None


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value or "").split("|") if v.strip()]


def _iris(values: list[str], where: str) -> list[str]:
    for iri in values:
        if not iri.startswith(("http://", "https://")) or any(c.isspace() for c in iri):
            raise _bad(where, f"not an http(s) IRI: {iri!r}")
    return values


def _parse_tsv(path: Path, text: str) -> list[CatalogEntry]:
    out: list[CatalogEntry] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(" #", 1)[0].rstrip() if not raw.startswith("#") else ""
        if not line.strip():
            continue
        where = f"{path}:{n}"
        cols = [c.strip() for c in line.split("\t")]
        head = cols[0]
        if head in ("!block", "!merge"):
            if len(cols) < 3 or not cols[2]:
                raise _bad(where, f"{head} needs a type and a name")
            if head == "!block":
                out.append(CatalogEntry("block", _type(cols[1], where, star=True), cols[2], where))
                continue
            if len(cols) < 4 or not cols[3]:
                raise _bad(where, "!merge needs a type, a name and the name to merge it into")
            out.append(CatalogEntry("merge", _type(cols[1], where), cols[2], where, into=cols[3]))
            continue
        if head.startswith("!"):
            raise _bad(where, f"unknown directive {head!r} (use !block or !merge)")
        if len(cols) < 2 or not cols[1]:
            raise _bad(
                where,
                "expected TYPE<TAB>NAME[<TAB>aliases<TAB>same_as<TAB>broader<TAB>description]",
            )
        if len(cols) > 6:
            raise _bad(where, f"{len(cols)} columns, at most 6")
        cols += [""] * (6 - len(cols))
        out.append(
            CatalogEntry(
                "entity",
                _type(cols[0], where),
                cols[1],
                where,
                aliases=_split(cols[2]),
                same_as=_iris(_split(cols[3]), where),
                broader=_split(cols[4]),
                description=cols[5],
            )
        )
    return out


def _parse_yaml(path: Path, text: str) -> list[CatalogEntry]:
    try:
        import yaml
    except ImportError:
        raise ConfigError(
            f"{path}: a YAML catalog needs PyYAML", hint="pip install pyyaml, or write TSV"
        ) from None
    try:
        data = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise _bad(f"{path}:{line}", f"not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if data is None:
        return []
    if not isinstance(data, yaml.SequenceNode):
        raise _bad(f"{path}:1", "a YAML catalog is a list of entries")
    values = yaml.safe_load(text)
    out: list[CatalogEntry] = []
    for node, item in zip(data.value, values, strict=True):
        where = f"{path}:{node.start_mark.line + 1}"
        if not isinstance(item, dict):
            raise _bad(where, "an entry is a mapping")
        unknown = set(item) - {
            "type",
            "name",
            "aliases",
            "same_as",
            "broader",
            "description",
            "block",
            "merge",
        }
        if unknown:
            raise _bad(where, f"unknown key(s): {', '.join(sorted(map(str, unknown)))}")
        if "block" in item:
            out.append(
                CatalogEntry(
                    "block",
                    _type(item.get("type", "*"), where, star=True),
                    str(item["block"]),
                    where,
                )
            )
        elif "merge" in item:
            pair = item["merge"]
            if not (isinstance(pair, list) and len(pair) == 2):
                raise _bad(where, "merge: [NAME, INTO]")
            out.append(
                CatalogEntry(
                    "merge", _type(item.get("type"), where), str(pair[0]), where, into=str(pair[1])
                )
            )
        else:
            if not str(item.get("name") or "").strip():
                raise _bad(where, "an entity needs a name")
            out.append(
                CatalogEntry(
                    "entity",
                    _type(item.get("type"), where),
                    str(item["name"]).strip(),
                    where,
                    aliases=_split(item.get("aliases")),
                    same_as=_iris(_split(item.get("same_as")), where),
                    broader=_split(item.get("broader")),
                    description=str(item.get("description") or ""),
                )
            )
    return out


def read_catalog(path: str | Path) -> list[CatalogEntry]:
    """Parse a catalog file (``.yaml``/``.yml`` → YAML, anything else → TSV)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read catalog {p}: {exc}") from None
    if p.suffix.lower() in (".yaml", ".yml"):
        return _parse_yaml(p, text)
    return _parse_tsv(p, text)


def apply_catalog(kb: KnowledgeBase, entries: list[CatalogEntry]) -> None:
    """Apply a catalog to a knowledge base (in file order)."""
    for e in entries:
        if e.action == "block":
            kb.blocked.add((e.type, kb_key(e.name)))
        elif e.action == "merge":
            target = kb.lookup(e.into, e.type)
            if target is None:
                target = kb.add_row(
                    {"type": e.type, "name": e.into, "source": "catalog", "licence": "user"}
                )
            kb.blocked.discard((e.type, kb_key(e.name)))
            kb.index.pop((e.type, kb_key(e.name)), None)  # the name now means the target only
            kb.add_row(
                {
                    "type": e.type,
                    "name": target.name,
                    "aliases": [e.name],
                    "source": "catalog",
                    "licence": "user",
                }
            )
        else:
            kb.blocked.discard((e.type, kb_key(e.name)))
            kb.add_row(
                {
                    "type": e.type,
                    "name": e.name,
                    "aliases": e.aliases,
                    "same_as": e.same_as,
                    "broader": e.broader,
                    "description": e.description,
                    "source": f"catalog:{e.location}",
                    "licence": "user",
                },
                override=True,
            )
    kb.finish()
