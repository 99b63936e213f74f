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
