"""``Component``: the base of our pipeline components — ``__call__`` per doc, ``pipe`` per batch.

``nlp.pipe`` chains the components' ``pipe`` generators. A component without ``pipe`` gets one
doc at a time, so every doc runs through the whole pipeline before the next doc starts, and
each component's code and tables (lexicons, matchers, caches) are evicted from the CPU caches
by the other components between two docs. Running each component over a batch of docs before
the next component sees them (what spaCy's trainable components do) costs about 30% less CPU
on the example abstracts (``bench/bench_extract.py``), with the same output.

Errors follow spaCy's protocol: ``nlp.set_error_handler(fn)`` reaches every component, the handler
is called with the failing doc, and the default handler re-raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, NoReturn, TypeVar

from spacy.tokens import Doc
from spacy.util import minibatch, raise_error

ErrorHandler = Callable[[str, Any, list[Doc], Exception], NoReturn]


class Component:
    """Mixin for a stateless-per-doc component: subclasses implement ``__call__``."""

    name: str = "kg_component"  # set by the factory to the pipe's name
    _error_handler: ErrorHandler | None = None

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        handler = self.get_error_handler()
        for batch in minibatch(stream, size=batch_size):
            done: list[Doc] = []
            for doc in batch:
                try:
                    done.append(self(doc))
                except Exception as e:
                    handler(self.name, self, [doc], e)  # re-raises unless told otherwise
            yield from done

    def get_error_handler(self) -> ErrorHandler:
        return self._error_handler or raise_error

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        self._error_handler = error_handler


C = TypeVar("C", bound=Component)


def named(component: C, name: str) -> C:
    """Give a component its pipe name (for error messages); returns it."""
    component.name = name
    return component
