"""The Browser style sheet covers every label; the guide is generated from the library."""

from __future__ import annotations

import re

from kg.browser import read_guide, read_style
from kg.browser.guide import TOUR, render_guide
from kg.neo4j.queries import load_library
from kg.schema import NODES


def test_style_has_colour_and_caption_per_label() -> None:
    style = read_style()
    for label in NODES:
        block = re.search(r"node\." + label + r"\s*\{([^}]*)\}", style)
        assert block, label
        assert "color:" in block.group(1) and "caption:" in block.group(1)
    assert style.count("{") - style.count('"{') == style.count("}") - style.count('}"')
    assert "/*" not in style and "//" not in style  # the Browser's GraSS parser has no comments


def test_guide_is_up_to_date_and_runnable() -> None:
    guide = read_guide()
    assert guide == render_guide(), "run `python -m kg.browser.guide`"
    assert guide.count("<slide") >= len(TOUR) + 2
    assert '<article class="guide">' in guide and "<carousel" in guide
    assert 'class="pre-scrollable code runnable' in guide
    assert all(name in load_library() for name, _ in TOUR)
    assert "EVALUATED_ON]-&gt;(d:Dataset {name: &#x27;GSM8K&#x27;})" in guide


# Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2002).
OKABE_ITO = {
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#000000",  # black
}


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _node_block(style: str, label: str) -> dict[str, str]:
    block = re.search(r"node\." + label + r" \{\n(.*?)\n\}", style, re.S)
    assert block, label
    pairs = (line.strip().rstrip(";").split(":", 1) for line in block.group(1).splitlines())
    return {k.strip(): v.strip() for k, v in pairs}


def test_label_colours_are_distinct_colour_blind_safe_with_readable_captions() -> None:
    style = read_style()
    blocks = {label: _node_block(style, label) for label in NODES}
    colours = [b["color"].upper() for b in blocks.values()]
    assert len(set(colours)) == len(colours), "one colour per label"
    assert set(colours) <= OKABE_ITO
    for label, block in blocks.items():
        # WCAG AA for the caption text drawn inside the node
        assert _contrast(block["color"], block["text-color-internal"]) >= 4.5, label
        # room for a caption of a few words, not one
        assert int(block["diameter"].removesuffix("px")) >= 45, label
        caption = block["caption"].strip('"')
        assert caption in ("{title}", "{name}", "{value}"), label
