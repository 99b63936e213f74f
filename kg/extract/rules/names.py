"""Names the gazetteer does not know: name shapes and abbreviation pairs."""

from __future__ import annotations

import re

from kg.extract.components.lexicon import PERCENT, STOP_ACRONYMS, SYSTEM_TYPES, VERSION
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
    for i in _listed_between_systems(ctx):
        ctx.add(i, i + 1, UNK, "name_shape")


def _past_bracket(lowers: list[str], k: int, n: int) -> int:
    """Past a bracketed number right at ``k`` ("(63.9)"), else ``k``."""
    if k + 2 < n and lowers[k] == "(" and lowers[k + 2] == ")" and lowers[k + 1][:1].isdigit():
        return k + 3
    return k


def _listed_between_systems(ctx: RuleContext) -> list[int]:
    """ "GPT-4, Llama 3.3, FANAR, Jais, and AceGPT", "LIME, SHAP, Anchors, and DiCE": a
    capitalised plain word listed between two names (a system the gazetteer knows, or a
    name-shaped token), in a doc that names a known system, is a name too; the context typer
    types it from the list. Plain words have no name shape, so only the list says so."""
    tt = ctx.tt
    texts, lowers, n = tt.texts, tt.lowers, ctx.n
    words = []  # a capitalised plain word right after a comma (a C-level search for commas)
    comma = -1
    while True:
        try:
            comma = lowers.index(",", comma + 1, n - 2)
        except ValueError:
            break
        w = texts[comma + 1]
        if w.isalpha() and w[:1].isupper() and w[1:].islower() and not tt.sent_start[comma + 1]:
            words.append(comma + 1)
    systems = [c for c in ctx.prior if c[2] in SYSTEM_TYPES] if words else []
    if not systems:
        return []
    ends = {c[1] for c in systems} | {i + 1 for i in ctx.names}
    starts = {c[0] for c in systems} | set(ctx.names)
    found = []
    for i in words:
        k = i - 2
        if k - 3 >= 0 and _past_bracket(lowers, k - 2, n) == i - 1:
            k -= 3  # "LLaVA-CoT (63.2), Mulberry"
        if k + 1 not in ends:
            continue
        j = _past_bracket(lowers, i + 1, n)
        joined = j
        j += j < n and lowers[j] == ","
        j += j < n and lowers[j] in ("and", "or")
        if j > joined and j in starts:  # a joiner after it: not "Kernel PCA", "Attention U-Net"
            found.append(i)
    return found


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
