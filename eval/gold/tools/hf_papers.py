"""The example papers as the project's reader sees them (text and id), for the gold tools.

Prefers ``kg.sources.read_papers`` (engineer B's reader: text normalisation and ids exactly as
the pipeline gets them). Fallback when it is not importable: parse the file here (5 header
paragraphs, then title paragraph / abstract paragraph pairs), normalise with
``kg.sources.text.normalize_text`` if present (else collapse whitespace), id =
``title:<16 hex of sha256 of the normalised title key>`` like ``kg.sources.ids``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "examples" / "hf-trending-papers.txt"
HEADER_PARAGRAPHS = 5


@dataclass
class ExamplePaper:
    id: str
    title: str
    abstract: str

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.abstract}"


def source_path() -> Path:
    return SOURCE


def _normalize(text: str) -> str:
    try:
        from kg.sources.text import normalize_text
    except ImportError:
        return " ".join(text.split())
    return str(normalize_text(text))


def _title_id(title: str) -> str:
    try:
        from kg.sources.ids import make_paper_id
    except ImportError:
        key = unicodedata.normalize("NFKC", title).casefold()
        key = " ".join("".join(c if c.isalnum() else " " for c in key).split())
        return "title:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return str(make_paper_id(arxiv_id=None, doi=None, title=title))


def load_papers(path: Path | None = None, *, use_reader: bool = True) -> list[ExamplePaper]:
    path = path or source_path()
    if use_reader:
        try:
            from kg.sources import read_papers
        except ImportError:
            pass
        else:
            return [ExamplePaper(p.id, p.title, p.abstract) for p in read_papers([path])]
    raw = path.read_text(encoding="utf-8")
    paras = [p for p in re.split(r"\n\s*\n", raw) if p.strip()][HEADER_PARAGRAPHS:]
    if len(paras) % 2:
        raise SystemExit(f"{path}: odd number of paragraphs after the header ({len(paras)})")
    out = []
    for i in range(0, len(paras), 2):
        title, abstract = _normalize(paras[i]), _normalize(paras[i + 1])
        out.append(ExamplePaper(_title_id(title), title, abstract))
    return out


if __name__ == "__main__":
    for i, p in enumerate(load_papers()):
        print(f"## {i} {p.title}\n{p.abstract}\n")
