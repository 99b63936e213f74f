"""De-duplication by paper id, in bounded memory.

Two modes (``read_papers(merge=…)``):

* **merge** (default): the same paper from several inputs becomes one Paper whose empty
  fields are filled from later copies (first non-empty value wins; ``source`` is the first
  occurrence). "Same" = same arXiv id or same DOI (from the ``arxiv_id``/``doi`` fields or
  an explicit ``arxiv:``/``doi:`` id: **an explicit id is authoritative**), or the same
  normalised title when at least one of the two copies has no such id. Two records with
  different ids are never merged, whatever their titles. Conflicting duplicates are reported
  (``on_conflict``, naming both locations): the same id with different titles (merged, the
  first copy wins) and the same title with different ids (kept apart). The merged paper's id
  is recomputed from the merged fields (so a page paper known only by its title becomes
  ``arxiv:…`` when an arXiv feed in the same run has it). Papers are yielded in first-seen
  order *after all inputs are read*. Up to :data:`MEMORY_PAPERS` papers are kept in
  memory; beyond that everything spills to a temporary SQLite file (deleted afterwards), so
  memory stays flat and disk use is O(papers).
* **stream** (``merge=False``): each paper is yielded as soon as it is read; a later copy
  with the *same id* is dropped (counted), its extra fields are lost. Seen ids are kept in a set up
  to :data:`MEMORY_IDS` ids, then in a temporary SQLite file.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.models import Paper
from kg.sources.ids import make_paper_id, normalize_doi, parse_arxiv_id, title_hash, title_key

MEMORY_PAPERS = 5_000
MEMORY_IDS = 100_000
BATCH = 2_000
_MERGE_FIELDS = tuple(f for f in Paper.model_fields if f not in ("id", "source"))


def merge_into(first: Paper, later: Paper) -> Paper | None:
    """``first`` with its empty fields filled from ``later``; None when nothing changes."""
    update = {
        name: getattr(later, name)
        for name in _MERGE_FIELDS
        if getattr(first, name) in (None, "", []) and getattr(later, name) not in (None, "", [])
    }
    return first.model_copy(update=update) if update else None


class _Spill:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="kg-ingest-")
        self.db = sqlite3.connect(Path(self._dir.name) / "dedup.sqlite", isolation_level=None)
        for pragma in (
            "journal_mode=OFF",
            "synchronous=OFF",
            "cache_size=-8000",
            "temp_store=FILE",
        ):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("BEGIN")

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self._dir.cleanup()


class SeenIds:
    """A set of ids that moves to SQLite when it grows past ``limit``."""

    def __init__(self, limit: int | None = None) -> None:
        self._limit = MEMORY_IDS if limit is None else limit
        self._mem: set[str] = set()
        self._spill: _Spill | None = None

    def add(self, paper_id: str) -> bool:
        """True if ``paper_id`` is new."""
        if self._spill is None:
            if paper_id in self._mem:
                return False
            self._mem.add(paper_id)
            if len(self._mem) > self._limit:
                self._spill = _Spill()
                self._spill.db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID")
                self._spill.db.executemany("INSERT INTO seen VALUES (?)", ((i,) for i in self._mem))
                self._mem = set()
            return True
        cur = self._spill.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (paper_id,))
        return cur.rowcount == 1

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()
            self._spill = None


def strong_ids(paper: Paper) -> tuple[str | None, str | None]:
    """(arXiv id, DOI) from the fields, else from an explicit ``arxiv:``/``doi:`` id."""
    arxiv = paper.arxiv_id
    doi = paper.doi
    if arxiv is None and paper.id.startswith("arxiv:"):
        arxiv = parse_arxiv_id(paper.id[6:])
    if doi is None and paper.id.startswith("doi:"):
        doi = normalize_doi(paper.id[4:])
    return arxiv, doi


def match_keys(paper: Paper) -> list[str]:
    """Keys under which a paper can be recognised again: arXiv id, DOI, normalised title."""
    keys = []
    arxiv, doi = strong_ids(paper)
    if arxiv:
        keys.append(f"arxiv:{arxiv}")
    if doi:
        keys.append(f"doi:{doi}")
    keys.append(f"title:{title_hash(paper.title)}")
    if paper.id not in keys:
        keys.insert(0, paper.id)
    return keys


def compatible(a: Paper, b: Paper) -> bool:
    """Same paper unless two strong ids disagree (different arXiv ids or different DOIs)."""
    a_ax, a_doi = strong_ids(a)
    b_ax, b_doi = strong_ids(b)
    if a_ax and b_ax and a_ax != b_ax:
        return False
    return not (a_doi and b_doi and a_doi != b_doi)


def same_paper(a: Paper, b: Paper) -> bool:
    """Merge ``b`` into ``a``? A shared id (and no contradicting one) decides; without a
    shared id, titles may only match when one of the two has no id at all."""
    if not compatible(a, b):
        return False
    a_ax, a_doi = strong_ids(a)
    b_ax, b_doi = strong_ids(b)
    if (a_ax and a_ax == b_ax) or (a_doi and a_doi == b_doi):
        return True
    return not ((a_ax or a_doi) and (b_ax or b_doi))


def _where(paper: Paper) -> str:
    return paper.source.location() if paper.source is not None else paper.id


def merged_paper(first: Paper, later: Paper) -> Paper | None:
    """Merge and recompute the stable id from the merged fields (None when unchanged)."""
    merged = merge_into(first, later)
    if merged is None:
        return None
    arxiv, doi = strong_ids(merged)
    new_id = make_paper_id(arxiv_id=arxiv, doi=doi, title=merged.title)
    return merged.model_copy(update={"id": new_id}) if new_id != merged.id else merged


class MergeStore:
    """Papers in first-seen order; a paper seen again (same arXiv id, DOI or — when one copy
    has no arXiv id/DOI — same normalised title) is merged into the first copy, whose id is
    then recomputed (a page paper known only by title gains ``arxiv:…`` from an arXiv feed).

    Up to ``limit`` papers live in memory; then everything moves to SQLite and new papers are
    handled in batches of :data:`BATCH` (one key query and two bulk writes per batch).
    ``duplicates`` counts the papers merged away; call :meth:`flush` before reading it.
    """

    def __init__(
        self, limit: int | None = None, on_conflict: Callable[[str], None] | None = None
    ) -> None:
        self._limit = MEMORY_PAPERS if limit is None else limit
        self._on_conflict = on_conflict
        self._papers: dict[int, Paper] = {}  # in memory: all papers; spilled: this batch's
        self._keys: dict[str, int] = {}  # likewise for match keys
        self._pending: list[Paper] = []
        self._next = 0
        self._spill: _Spill | None = None
        self.duplicates = 0

    def add(self, paper: Paper) -> None:
        if self._spill is None:
            self._add(paper, None)
            if len(self._papers) > self._limit:
                self._start_spill()
            return
        self._pending.append(paper)
        if len(self._pending) >= BATCH:
            self.flush()

    def _add(self, paper: Paper, stored: dict[str, int] | None) -> None:
        keys = match_keys(paper)
        seqs: list[int] = []
        for key in keys:
            seq = self._keys.get(key)
            if seq is None and stored is not None:
                seq = stored.get(key)
            if seq is not None and seq not in seqs:
                seqs.append(seq)
        kept_apart: Paper | None = None
        for seq in seqs:
            old = self._papers.get(seq) or self._fetch(seq)
            if not same_paper(old, paper):
                if kept_apart is None and title_key(old.title) == title_key(paper.title):
                    kept_apart = old
                continue
            if title_key(old.title) != title_key(paper.title) and not (
                old.id.startswith("title:") or paper.id.startswith("title:")
            ):
                self._conflict(
                    f"duplicate {old.id} with a different title at {_where(paper)} "
                    f"(first at {_where(old)}): merged, the first copy's title kept"
                )
            merged = merged_paper(old, paper)
            if merged is not None:
                self._papers[seq] = merged
                for key in match_keys(merged):
                    self._keys.setdefault(key, seq)
            self.duplicates += 1
            return
        if kept_apart is not None:
            self._conflict(
                f"same title, different ids: {paper.id} at {_where(paper)} and "
                f"{kept_apart.id} at {_where(kept_apart)}: kept both"
            )
        seq = self._next
        self._next += 1
        self._papers[seq] = paper
        for key in keys:
            if stored is None or key not in stored:
                self._keys.setdefault(key, seq)

    def _conflict(self, message: str) -> None:
        if self._on_conflict is not None:
            self._on_conflict(message)

    def _fetch(self, seq: int) -> Paper:
        assert self._spill is not None
        row = self._spill.db.execute("SELECT data FROM papers WHERE seq = ?", (seq,)).fetchone()
        return Paper.model_validate_json(row[0])

    def _start_spill(self) -> None:
        self._spill = _Spill()
        db = self._spill.db
        db.execute("CREATE TABLE papers (seq INTEGER PRIMARY KEY, data TEXT NOT NULL)")
        db.execute("CREATE TABLE keys (key TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID")
        self._write()

    def _write(self) -> None:
        assert self._spill is not None
        db = self._spill.db
        db.executemany(
            "INSERT OR REPLACE INTO papers VALUES (?, ?)",
            ((seq, p.model_dump_json(exclude_none=True)) for seq, p in self._papers.items()),
        )
        db.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?)", self._keys.items())
        self._papers, self._keys = {}, {}

    def flush(self) -> None:
        """Process the pending batch (spilled mode); a no-op in memory."""
        if self._spill is None or not self._pending:
            return
        batch, self._pending = self._pending, []
        wanted = list({k for p in batch for k in match_keys(p)})
        stored: dict[str, int] = {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            stored.update(
                self._spill.db.execute(f"SELECT key, seq FROM keys WHERE key IN ({marks})", chunk)
            )
        for paper in batch:
            self._add(paper, stored)
        self._write()

    def __iter__(self) -> Iterator[Paper]:
        self.flush()
        if self._spill is None:
            yield from (self._papers[k] for k in sorted(self._papers))
            return
        cur = self._spill.db.execute("SELECT data FROM papers ORDER BY seq")
        while rows := cur.fetchmany(1000):
            for (data,) in rows:
                yield Paper.model_validate_json(data)

    def close(self) -> None:
        self._papers, self._keys, self._pending = {}, {}, []
        if self._spill is not None:
            self._spill.close()
            self._spill = None
