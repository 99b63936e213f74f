"""spaCy components of the extraction pipeline, one factory per module.

Importing this package registers every factory (``@Language.factory``), the tokenizer
(``@registry.tokenizers``) and the Doc/Span extensions.
"""

from __future__ import annotations

import srsly

from kg.extract.components import (  # noqa: F401  (imported for their registrations)
    abbreviations,
    context_typer,
    extensions,
    gazetteer_ruler,
    linker,
    overlap,
    paragraphs,
    patterns,
    relations,
    results,
    sentencizer,
    tokenizer,
)

# Performance: on EVERY msgpack (de)serialisation srsly asks catalogue for its extension hooks,
# which scans package entry points and the whole function registry (milliseconds per call,
# five calls per Doc in nlp.pipe(n_process>1), where the main process decodes each Doc). The
# hooks never change at run time, so we look them up once. Behaviour is unchanged.
for _registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
    _registry.entry_points = False
    _hooks = dict(_registry.get_all())
    _registry.get_all = lambda _h=_hooks: _h  # type: ignore[method-assign]
