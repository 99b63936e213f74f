"""Names the gazetteer does not know: name shapes and abbreviation pairs."""

from __future__ import annotations

import re

from kg.extract.components.lexicon import PERCENT, STOP_ACRONYMS, VERSION
from kg.extract.components.tokenizer import GLUED_UNITS
from kg.extract.components.tokens import version_end
from kg.extract.rules import UNK, RuleContext, rule

# a number read as a measurement, never a version: "(CLIP-S 32.85)", "RoBERTa-base 0.485"
# ("Llama 3.1", "wav2vec 2.0", "ChatGLM 3.11" are versions)
_MEASURED = re.compile(r"^(?:0\.\d+|\d{2,}\.\d+|\d+\.\d{3,})$")
# a unit after the number makes it a measurement too: "ViT 96.36%", "SI-SDR 1.98 dB"
_MEASURE_UNITS = PERCENT | GLUED_UNITS


@rule("name_shape", source="name_shape", group="names")
def name_shape(ctx: RuleContext) -> None:
    """CamelCase / ALLCAPS / alphanumeric tokens ("MathScale", "MASHA1", "Phi-GSM"), with a
    following version ("JiuZhang 2.0", pre-split "MUC - 7"; not a measured number: "CLIP-S
    32.85")."""
    tt = ctx.tt
    texts, idx, n = tt.texts, tt.idx, ctx.n
    names = ctx.names
    for j, i in enumerate(names):
        end = i + 1
        if end + 1 < n and texts[end] in ("-", "'"):  # pre-split "MUC - 7"
            end = version_end(tt, end, decimal=False)
        if (
            end < n
            and VERSION.match(texts[end])
            and not _MEASURED.match(texts[end])
            and idx[i] + len(texts[i]) < idx[end]
            and (end + 1 >= n or texts[end + 1] not in _MEASURE_UNITS)  # "ViT 96.36%": a score
        ):
            end += 1
        ctx.add(i, end, UNK, "name_shape")
        nxt = names[j + 1] if j + 1 < len(names) else -1
        prv = names[j - 1] if j else -2  # never i - 1
        if end == i + 1 and nxt == end and prv != i - 1 and not tt.sent_start[end]:
            ctx.add(i, end + 1, UNK, "name_shape")  # two names as one: "Galaxy10 DECaLS"


@rule("abbreviation", source="abbreviation", group="names")
def abbreviation(ctx: RuleContext) -> None:
    """Both halves of a long form ↔ short form pair (found by kg_abbreviations)."""
    texts = ctx.tt.texts
    for lf_s, lf_e, sf_s, sf_e in ctx.tt.abbreviations:
        short = "".join(texts[sf_s:sf_e])
        if short in STOP_ACRONYMS or short.rstrip("s") in STOP_ACRONYMS:
            continue
        ctx.add(sf_s, sf_e, UNK, "abbreviation")
        ctx.add(lf_s, lf_e, UNK, "abbreviation")
