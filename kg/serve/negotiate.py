"""HTTP content negotiation: pick the best of our media types for an ``Accept`` header."""

from __future__ import annotations

from collections.abc import Sequence


def _parse(accept: str) -> list[tuple[str, float, int]]:
    out = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append((media, q, i))
    return out


def choose(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client prefers most (ties: the client's order, then ours); None when the
    client accepts none. A missing or empty header accepts the first offer."""
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = _parse(accept)
    best: tuple[float, int, int, int] | None = None
    chosen = None
    for k, offer in enumerate(offers):
        major = offer.split("/", 1)[0]
        for media, q, i in ranges:
            if media == offer:
                specificity = 2
            elif media == f"{major}/*":
                specificity = 1
            elif media == "*/*":
                specificity = 0
            else:
                continue
            if q <= 0:
                continue
            key = (q, specificity, -i, -k)
            if best is None or key > best:
                best, chosen = key, offer
    return chosen
