"""normalize_text: whitespace, hyphenation, LaTeX → readable text."""

from __future__ import annotations

import pytest

from kg.sources import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("{\\sc MwpBench}", "MwpBench"),
        ("\\textbf{x} and \\emph{\\textit{y}}", "x and y"),
        ("$\\alpha$", "α"),
        ("$\\alpha$-divergence with $\\beta \\leq 2$", "α-divergence with β ≤ 2"),
        ("$O(n^2)$", "O(n^2)"),
        ("in $O(n \\log n)$ time", "in O(n log n) time"),
        ("$\\frac{1}{2}$ and $\\sqrt{d}$", "1/2 and √d"),
        ("$\\mathbb{R}^d$", "ℝ^d"),
        ("$\\tilde{O}(\\sqrt{T})$ regret", "O(√T) regret"),
        ("50\\% better", "50% better"),
        ("JiuZhang~2.0 and models~(PLMs)", "JiuZhang 2.0 and models (PLMs)"),
        (
            "1M~60M parameters, to date ~230,000 images",
            "1M~60M parameters, to date ~230,000 images",
        ),
        ("a -- b", "a -- b"),
        ("compres-\nsion", "compression"),
        ("chain-of-\nthought", "chain-of-thought"),
        ("self-\nattention and GPT-\n4", "self-attention and GPT-4"),
        ("M\\'elange and Uzna\\'{n}ski", "Mélange and Uznański"),
        ("(\\eg a copy)", "(e.g. a copy)"),
        ("\\href{https://x.y}{our code}", "our code"),
        ("on GSM8K~\\cite{cobbe2021}.", "on GSM8K."),
        ("costs $5 and $10", "costs $5 and $10"),
        ("119 {checklist question, paper} pairs", "119 {checklist question, paper} pairs"),
        ("\\{x\\} and \\$5", "{x} and $5"),
        ("``quoted''", '"quoted"'),
        ("  A\r\nB\tC \u00a0 D\u200b ", "A B C D"),
        ("Cafe\u0301", "Café"),  # NFC
        ("", ""),
        ("trailing backslash \\", "trailing backslash \\"),
        # literal backslashes stay; only LaTeX constructs that are converted lose theirs
        ("C:\\data\\x and a\\b", "C:\\data\\x and a\\b"),
        ("\\mymacro{} and \\emph{kept}", "\\mymacro{} and kept"),
        ("regex \\d+ or \\w*", "regex \\d+ or \\w*"),
        ("at \\textcolor{red}{https://x.y} now", "at https://x.y now"),
        ("\\color{blue}blue text and 360\\deg", "blue text and 360°"),
        ("$\\alpha$ and \\alpha and \\% and ex\\-ample", "α and α and % and example"),
        # control characters: one rule at ingest (removed; separators become a space)
        ("A\x01B\x7f C\x9f", "AB C"),
        ("one\x0btwo\x0cthree\x85four\x1ffive", "one two three four five"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Plain abstract, already clean: 80.2% on GSM8K (Cobbe et al., 2021).",
        "α-divergence ≤ 2, O(n^2), 1M~60M, ~230,000, {a, b}, costs $5 and $10.",
        "{\\sc X} $\\alpha$ \\textbf{y} compres-\nsion",
    ],
)
def test_normalize_is_idempotent_on_its_output(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
