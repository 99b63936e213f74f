"""CoNLL-style gold files: one ``token [offset] tag`` per line, blank line between sentences.

This is the format of TDMSci (``token<TAB>char-offset<TAB>BIO-tag``). The tag is always the
last column; the offset column is optional. Tags are BIO (``O``, ``B-X``, ``I-X``); an ``I-X``
that does not continue an ``X`` span starts a new span (the usual lenient CoNLL reading).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

_TAG_RE = re.compile(r"^(?:O|[BI]-\S+)$")


@dataclass(frozen=True)
class TokenSpan:
    """A labelled span of tokens ``[start, end)`` within one sentence."""

    start: int
    end: int
    label: str


@dataclass
class ConllSentence:
    tokens: list[str]
    tags: list[str]
    offsets: list[int] | None = None
    line: int = 0  # 1-based line of the first token in the file
    spans: list[TokenSpan] = field(default_factory=list)

    def spaces(self) -> list[bool]:
        """Whether each token is followed by whitespace (from offsets; True without them)."""
        n = len(self.tokens)
        if self.offsets is None:
            return [True] * n
        out = []
        for i in range(n):
            if i + 1 < n:
                out.append(self.offsets[i + 1] > self.offsets[i] + len(self.tokens[i]))
            else:
                out.append(True)
        return out


def bio_to_spans(tags: Sequence[str]) -> list[TokenSpan]:
    """Decode BIO tags into spans. ``I-X`` after ``O`` or after another type starts a span."""
    spans: list[TokenSpan] = []
    start: int | None = None
    label: str | None = None
    for i, tag in enumerate(tags):
        prefix, _, typ = tag.partition("-")
        if prefix == "I" and label == typ and start is not None:
            continue
        if start is not None and label is not None:
            spans.append(TokenSpan(start, i, label))
            start, label = None, None
        if prefix in ("B", "I") and typ:
            start, label = i, typ
    if start is not None and label is not None:
        spans.append(TokenSpan(start, len(tags), label))
    return spans


def spans_to_bio(spans: Iterable[TokenSpan], n_tokens: int) -> list[str]:
    """Encode spans as BIO tags. Overlapping spans: the earlier-starting (then longer) one wins."""
    tags = ["O"] * n_tokens
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start < 0 or span.end > n_tokens or span.start >= span.end:
            continue
        if any(tags[i] != "O" for i in range(span.start, span.end)):
            continue
        tags[span.start] = f"B-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label}"
    return tags


def read_conll(path: Path | str, *, limit: int | None = None) -> list[ConllSentence]:
    """Read a CoNLL file. Raises :class:`InputError` naming ``file:line`` on a malformed line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file: {exc.strerror or exc}") from exc
    sentences: list[ConllSentence] = []
    with handle:
        try:
            for sentence in _parse(handle, str(path)):
                sentences.append(sentence)
                if limit is not None and len(sentences) >= limit:
                    break
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    if not sentences:
        raise InputError(f"{path}: no sentences found (expected 'token [offset] tag' lines)")
    return sentences


def _parse(lines: Iterable[str], name: str) -> Iterator[ConllSentence]:
    tokens: list[str] = []
    tags: list[str] = []
    offsets: list[int] = []
    has_offsets: bool | None = None
    first_line = 0

    def flush() -> ConllSentence:
        sent = ConllSentence(
            tokens=list(tokens),
            tags=list(tags),
            offsets=list(offsets) if has_offsets else None,
            line=first_line,
        )
        sent.spans = bio_to_spans(sent.tags)
        return sent

    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                yield flush()
                tokens.clear(), tags.clear(), offsets.clear()
                has_offsets = None
            continue
        if line.startswith("-DOCSTART-"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) < 2:
            raise InputError(f"{name}:{lineno}: expected 'token [offset] tag', got {line[:60]!r}")
        tag = cols[-1].strip()
        if not _TAG_RE.match(tag):
            raise InputError(f"{name}:{lineno}: bad BIO tag {tag!r} (expected O, B-X or I-X)")
        offset: int | None = None
        if len(cols) >= 3:
            try:
                offset = int(cols[1])
            except ValueError as exc:
                raise InputError(
                    f"{name}:{lineno}: offset column is not an integer: {cols[1]!r}"
                ) from exc
        this_has = offset is not None
        if has_offsets is None:
            has_offsets = this_has
            first_line = lineno
        elif has_offsets != this_has:
            raise InputError(f"{name}:{lineno}: inconsistent column count within a sentence")
        tokens.append(cols[0])
        tags.append(tag)
        if offset is not None:
            offsets.append(offset)
    if tokens:
        yield flush()


def write_conll(
    path: Path | str, sentences: Sequence[ConllSentence], predicted: Sequence[Sequence[str]]
) -> None:
    """Write the sentences' tokens (and offsets) with the ``predicted`` tags in the last column."""
    path = Path(path)
    try:
        with path.open("w", encoding="utf-8") as out:
            for n, (sent, tags) in enumerate(zip(sentences, predicted, strict=True)):
                if n:
                    out.write("\n")  # blank line between sentences
                for i, (tok, tag) in enumerate(zip(sent.tokens, tags, strict=True)):
                    if sent.offsets is not None:
                        out.write(f"{tok}\t{sent.offsets[i]}\t{tag}\n")
                    else:
                        out.write(f"{tok}\t{tag}\n")
    except OSError as exc:
        raise InputError(f"{path}: cannot write predictions: {exc.strerror or exc}") from exc
