"""Progress display for long steps: a bar (tqdm) when the amount of work is known or countable,
a spinner (rich) otherwise — on stderr, only when stderr is a terminal (never on a pipe or in a
log file), unless forced on or off with ``progress=True/False``.

::

    with progress_bar("writing files", total=n, unit="papers", progress=progress) as advance:
        for item in items:
            ...
            advance(1)

    with spinner("resolving entities", progress=progress):
        registry.resolve()
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator


def enabled(progress: bool | None = None) -> bool:
    """``progress`` when given, else whether stderr is a terminal."""
    if progress is not None:
        return progress
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _ignore(_: int = 1) -> None:
    pass


@contextlib.contextmanager
def progress_bar(
    desc: str, *, total: int | None = None, unit: str = "", progress: bool | None = None
) -> Iterator[Callable[[int], object]]:
    """A tqdm bar on stderr; yields ``advance(n)`` (a no-op when progress is off)."""
    if not enabled(progress):
        yield _ignore
        return
    from tqdm import tqdm

    bar = tqdm(
        total=total,
        desc=desc,
        unit=f" {unit}" if unit else "it",
        file=sys.stderr,
        leave=False,
        dynamic_ncols=True,
    )
    try:
        yield bar.update
    finally:
        bar.close()


@contextlib.contextmanager
def spinner(desc: str, *, progress: bool | None = None) -> Iterator[None]:
    """A rich spinner with ``desc`` on stderr while the block runs."""
    if not enabled(progress):
        yield
        return
    from rich.console import Console

    console = Console(stderr=True, force_terminal=True if progress else None)
    with console.status(f"{desc} …"):
        yield
