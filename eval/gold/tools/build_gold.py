"""Build ``eval/gold/hf-trending-gold.jsonl`` from ``eval/gold/annotations.txt``.

Offsets are computed here from exact substrings, never by hand: every occurrence of each
declared surface form in the paper's text is a span (case-sensitive, not inside a longer
alphanumeric word; on overlaps the longest match wins, then the earliest). Each span is
validated (``text[start:end] == span text``); a surface form that does not occur is an error.

Annotation file format (one block per paper)::

    ## <exact paper title>
    Model: Orca-Math                       # canonical name; surface form = the canonical name
    Dataset: GSM8K = GSM8K | GSM8k         # canonical = surface forms
    Metric: accuracy = accuracy#1,3        # only the 1st and 3rd occurrence
    EVALUATED_ON: GSM8K                    # relations: canonical names declared above
    PROPOSES: Orca-Math | ...

Usage: ``python eval/gold/tools/build_gold.py [--check] [--show TITLE-PREFIX]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE.parent
ANNOTATIONS = GOLD_DIR / "annotations.txt"
OUT = GOLD_DIR / "hf-trending-gold.jsonl"
GSM8K_LIST = GOLD_DIR / "gsm8k-papers.txt"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(GOLD_DIR.parent.parent))

from hf_papers import load_papers  # noqa: E402

TYPES = ("Method", "Model", "Dataset", "Metric", "Task")
RELS = (
    "EVALUATED_ON",
    "PROPOSES",
    "USES",
    "MEASURED_BY",
    "ADDRESSES",
    "COMPARES_WITH",
    "BASED_ON",
)
REL_RANGE = {
    "EVALUATED_ON": ("Dataset",),
    "USES": ("Method", "Model"),
    "MEASURED_BY": ("Metric",),
    "ADDRESSES": ("Task",),
    "PROPOSES": TYPES,
    "COMPARES_WITH": ("Method", "Model"),
    "BASED_ON": ("Method", "Model"),
}


@dataclass
class Entity:
    type: str
    canonical: str
    surfaces: list[tuple[str, set[int] | None]]
    line: int


@dataclass
class Block:
    title: str
    line: int
    entities: list[Entity] = field(default_factory=list)
    relations: list[tuple[str, str, int]] = field(default_factory=list)


def fail(msg: str) -> None:
    raise SystemExit(f"{ANNOTATIONS.name}: {msg}")


def parse(path: Path) -> list[Block]:
    blocks: list[Block] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("  #", 1)[0].rstrip()
        if not line.strip() or (line.lstrip().startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("## "):
            blocks.append(Block(line[3:].strip(), lineno))
            continue
        if not blocks:
            fail(f"{lineno}: annotation before the first '## title' line")
        key, sep, rest = line.partition(":")
        key, rest = key.strip(), rest.strip()
        if not sep or not rest:
            fail(f"{lineno}: expected 'Type: canonical [= surface | …]' or 'REL: entity | …'")
        if key in TYPES:
            canonical, eq, surf = rest.partition(" = ")
            canonical = canonical.strip()
            forms = [s.strip() for s in surf.split(" | ")] if eq else [canonical]
            surfaces: list[tuple[str, set[int] | None]] = []
            for form in forms:
                m = re.fullmatch(r"(.+?)#(\d+(?:,\d+)*)", form)
                if m:
                    surfaces.append((m.group(1), {int(x) for x in m.group(2).split(",")}))
                else:
                    surfaces.append((form, None))
            blocks[-1].entities.append(Entity(key, canonical, surfaces, lineno))
        elif key in RELS:
            for ent in rest.split(" | "):
                blocks[-1].relations.append((key, ent.strip(), lineno))
        else:
            fail(f"{lineno}: unknown type or relation {key!r}")
    return blocks


def occurrences(text: str, surface: str) -> list[int]:
    out = []
    start = text.find(surface)
    while start != -1:
        end = start + len(surface)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(start)
        start = text.find(surface, start + 1)
    return out


_URL = re.compile(r"https?://\S+")


def build_record(block: Block, paper_id: str, text: str) -> dict[str, object]:
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    candidates: list[tuple[int, int, Entity, str]] = []
    types: dict[str, str] = {}
    for ent in block.entities:
        if types.get(ent.canonical, ent.type) != ent.type:
            fail(f"{ent.line}: {ent.canonical!r} declared with two types in one paper")
        types[ent.canonical] = ent.type
        for surface, which in ent.surfaces:
            found = [
                s
                for s in occurrences(text, surface)
                if not any(a <= s < b for a, b in urls)  # never inside a URL
            ]
            if not found:
                fail(f"{ent.line}: surface {surface!r} not found in {block.title!r}")
            if which is not None:
                if max(which) > len(found):
                    fail(f"{ent.line}: {surface!r} occurs only {len(found)} times")
                found = [s for i, s in enumerate(found, 1) if i in which]
            candidates += [(s, s + len(surface), ent, surface) for s in found]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    spans = []
    for start, end, ent, surface in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        assert text[start:end] == surface, (start, end, surface)
        spans.append(
            {
                "start": start,
                "end": end,
                "type": ent.type,
                "text": surface,
                "canonical": ent.canonical,
            }
        )
    spans.sort(key=lambda s: (s["start"], s["end"]))
    relations = []
    seen = set()
    for rtype, name, lineno in block.relations:
        if name not in types:
            fail(f"{lineno}: relation entity {name!r} is not declared in {block.title!r}")
        if types[name] not in REL_RANGE[rtype]:
            fail(f"{lineno}: {rtype} cannot point to a {types[name]} ({name!r})")
        if (rtype, name) in seen:
            fail(f"{lineno}: duplicate relation {rtype} {name!r}")
        seen.add((rtype, name))
        relations.append({"type": rtype, "entity": name, "entity_type": types[name]})
    return {
        "id": paper_id,
        "title": block.title,
        "text": text,
        "spans": spans,
        "relations": relations,
    }


def lint(records: list[dict[str, object]]) -> None:
    """Surface forms annotated somewhere that occur unannotated in some annotated paper."""
    surfaces: dict[str, str] = {}
    for rec in records:
        for s in rec["spans"]:  # type: ignore[union-attr]
            surfaces.setdefault(s["text"], f"{s['type']}:{s['canonical']}")
    for rec in records:
        text = str(rec["text"])
        covered = [(s["start"], s["end"]) for s in rec["spans"]]  # type: ignore[union-attr]
        urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
        for surface, what in sorted(surfaces.items()):
            for start in occurrences(text, surface):
                end = start + len(surface)
                if any(a <= start < b for a, b in urls):
                    continue
                if not any(start < e and s < end for s, e in covered):
                    ctx = text[max(0, start - 40) : end + 40].replace("\n", " ")
                    print(f"lint: {str(rec['title'])[:40]!r}: {surface!r} ({what}) …{ctx}…")


def show(rec: dict[str, object]) -> str:
    text = str(rec["text"])
    out, pos = [], 0
    for s in rec["spans"]:  # type: ignore[union-attr]
        out.append(text[pos : s["start"]])
        out.append(f"[{text[s['start'] : s['end']]}|{s['type'][:3]}]")
        pos = s["end"]
    out.append(text[pos:])
    rels = "; ".join(f"{r['type']} {r['entity']}" for r in rec["relations"])  # type: ignore[union-attr]
    return "".join(out) + "\n  -> " + rels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", help="print the annotated text of papers whose title starts so")
    ap.add_argument("--check", action="store_true", help="do not write, only validate")
    ap.add_argument("--stdout", action="store_true", help="write the JSONL to stdout instead")
    ap.add_argument(
        "--lint", action="store_true", help="list unannotated occurrences of known surfaces"
    )
    args = ap.parse_args()
    papers = load_papers()
    by_title = {p.title: p for p in papers}
    blocks = parse(ANNOTATIONS)
    records = []
    seen_titles: set[str] = set()
    for block in blocks:
        paper = by_title.get(block.title)
        if paper is None:
            fail(f"{block.line}: no paper titled {block.title!r} in the example file")
        if block.title in seen_titles:
            fail(f"{block.line}: paper annotated twice")
        seen_titles.add(block.title)
        records.append(build_record(block, paper.id, paper.text))
    # cross-paper consistency: one type per canonical name
    kinds: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        for s in rec["spans"]:  # type: ignore[union-attr]
            kinds[s["canonical"]].add(s["type"])
    for name, ts in sorted(kinds.items()):
        if len(ts) > 1:
            print(f"warning: {name!r} has types {sorted(ts)} across papers", file=sys.stderr)
    if args.lint:
        lint(records)
    if args.show is not None:
        for rec in records:
            if str(rec["title"]).startswith(args.show):
                print(show(rec), "\n")
    n_spans = sum(len(r["spans"]) for r in records)  # type: ignore[arg-type]
    n_rels = sum(len(r["relations"]) for r in records)  # type: ignore[arg-type]
    by_type: dict[str, int] = defaultdict(int)
    for r in records:
        for s in r["spans"]:  # type: ignore[union-attr]
            by_type[s["type"]] += 1
    by_rel: dict[str, int] = defaultdict(int)
    for r in records:
        for x in r["relations"]:  # type: ignore[union-attr]
            by_rel[x["type"]] += 1
    print(
        f"{len(records)} papers, {n_spans} spans {dict(by_type)}, {n_rels} relations "
        f"{dict(by_rel)}",
        file=sys.stderr,
    )
    order = {p.title: i for i, p in enumerate(papers)}
    records.sort(key=lambda r: order[str(r["title"])])
    rendered = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.stdout:
        sys.stdout.write(rendered)
    elif not args.check:
        OUT.write_text(rendered, encoding="utf-8")
    if not args.check:
        gsm = [
            str(r["title"])
            for r in records
            if any(x["type"] == "EVALUATED_ON" and x["entity"] == "GSM8K" for x in r["relations"])
        ]  # type: ignore[union-attr]
        print(f"GSM8K (annotated papers): {gsm}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
