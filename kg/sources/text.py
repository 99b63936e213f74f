r"""Text normalisation for titles and abstracts.

:func:`normalize_text` turns what researchers paste around (arXiv LaTeX, hard-wrapped
lines, Windows line endings, odd Unicode) into one clean line of text:

* line endings unified, words hyphenated across a line break re-joined
  (``compres-\nsion`` → ``compression``) while real compounds keep their hyphen
  (``chain-of-\nthought`` → ``chain-of-thought``, ``self-\nattention``, ``GPT-\n4``);
* LaTeX markup stripped but maths kept readable: ``{\sc MwpBench}`` → ``MwpBench``,
  ``\textbf{x}`` → ``x``, ``$\alpha$`` → ``α``, ``$O(n^2)$`` → ``O(n^2)``, ``\%`` → ``%``,
  ``M\'elange`` → ``Mélange``, ``~`` → space (kept as "approximately" in ``1M~60M``
  and `` ~230``), ``--`` stays;
* whitespace collapsed to single spaces, Unicode NFC.

Literal braces that are not LaTeX groups (``{question, paper} pairs``) are left alone, and so
are literal backslashes: a backslash only goes when it is part of a LaTeX construct that is
converted (a known command, accent, escape, spacing or math); ``C:\data`` and ``\mymacro``
keep theirs.

**Control characters (one rule, applied at ingest to every text field, see
:func:`clean_controls`)**: C0 controls except TAB/LF/CR, DEL and the C1 controls
(U+0080–U+009F) are removed, those that separate text (VT, FF, FS, GS, RS, US, NEL) becoming
a space; a lone UTF-16 surrogate (only a JSON ``\ud800`` escape can produce one) becomes
U+FFFD. Outputs (GraphML, RDF, tables) therefore never see a control character.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_controls", "has_bad_chars", "normalize_text"]

# C0 except TAB/LF/CR, DEL, C1, and lone surrogates.
_RE_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SEPARATOR_CONTROLS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")


def has_bad_chars(s: str) -> bool:
    """True when :func:`clean_controls` would change ``s``."""
    return _RE_BAD_CHARS.search(s) is not None


def _bad_char(m: re.Match[str]) -> str:
    c = m.group(0)
    if "\ud800" <= c <= "\udfff":
        return "\ufffd"
    return " " if c in _SEPARATOR_CONTROLS else ""


def clean_controls(s: str) -> str:
    """The ingest rule for control characters and lone surrogates (see module docstring)."""
    return _RE_BAD_CHARS.sub(_bad_char, s) if has_bad_chars(s) else s


# ---------------------------------------------------------------------------- symbol tables
GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ",
    "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "φ",
    "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ",
    "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ",
    "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}  # fmt: skip
SYMBOLS = {
    "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "div": "÷", "leq": "≤", "le": "≤",
    "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "~", "simeq": "≃",
    "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "infty": "∞", "sum": "∑", "prod": "∏",
    "int": "∫", "partial": "∂", "nabla": "∇", "in": "∈", "notin": "∉", "subset": "⊂",
    "subseteq": "⊆", "supset": "⊃", "cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃",
    "emptyset": "∅", "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒",
    "Leftarrow": "⇐", "leftrightarrow": "↔", "mapsto": "↦", "ell": "ℓ", "log": "log",
    "ln": "ln", "exp": "exp", "max": "max", "min": "min", "arg": "arg", "argmax": "argmax",
    "argmin": "argmin", "sup": "sup", "inf": "inf", "lim": "lim", "sin": "sin", "cos": "cos",
    "det": "det", "ldots": "…", "cdots": "⋯", "dots": "…", "vdots": "⋮", "circ": "∘",
    "star": "⋆", "ast": "∗", "dagger": "†", "top": "⊤", "bot": "⊥", "perp": "⊥", "mid": "|",
    "vert": "|", "Vert": "‖", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
    "lceil": "⌈", "rceil": "⌉", "wedge": "∧", "vee": "∨", "neg": "¬", "oplus": "⊕",
    "otimes": "⊗", "odot": "⊙", "prime": "′", "hbar": "ℏ", "Re": "ℜ", "Im": "ℑ",
    "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "colon": ":", "triangleq": "≜",
}  # fmt: skip
TEXT_WORDS = {
    "ldots": "…", "dots": "…", "textellipsis": "…", "eg": "e.g.", "ie": "i.e.",
    "etal": "et al.", "etc": "etc.", "vs": "vs.", "wrt": "w.r.t.", "LaTeX": "LaTeX",
    "TeX": "TeX", "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ",
    "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "textendash": "–",
    "textemdash": "—", "textasciitilde": "~", "textbackslash": "\\", "textregistered": "®",
    "texttrademark": "™", "copyright": "©", "S": "§", "P": "¶", "dag": "†",
    "textless": "<", "textgreater": ">", "textbar": "|", "textdegree": "°", "degree": "°",
    "deg": "°",
}  # fmt: skip
BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "E": "𝔼", "P": "ℙ"}
ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331",
}  # fmt: skip
# Commands whose (last) argument is their visible text.
TEXT_WRAPPERS = (
    "textbf|textit|textsc|texttt|textrm|textsf|textsl|textup|textmd|textnormal|emph|"
    "underline|uline|mbox|hbox|text|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathscr|"
    "mathfrak|boldsymbol|bm|operatorname|textsuperscript|textsubscript|url|nolinkurl|"
    "ensuremath|hat|bar|tilde|widetilde|widehat|vec|dot|ddot|overline|underbrace|overbrace|"
    "smash|phantom|mathbb|bold"
)
# Declarations used inside a group: {\sc MwpBench}, {\bf x}.
DECLARATIONS = (
    "sc|bf|it|em|tt|rm|sf|sl|scshape|bfseries|itshape|ttfamily|rmfamily|sffamily|mdseries|"
    "upshape|normalfont|small|footnotesize|scriptsize|tiny|large|Large|LARGE|huge|Huge|"
    "normalsize|boldmath"
)
# Commands that are dropped together with their argument.
DROP_WITH_ARG = "cite|citep|citet|ref|eqref|label|footnote|thanks|vspace|hspace|pagebreak|color"

# Common first halves of hyphenated compounds: keep the hyphen when re-joining a line break.
_COMPOUND_PREFIXES = frozenset(
    [
        "self",
        "non",
        "multi",
        "semi",
        "anti",
        "cross",
        "fine",
        "few",
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "state",
        "end",
        "task",
        "domain",
        "data",
        "model",
        "large",
        "small",
        "high",
        "low",
        "long",
        "short",
        "real",
        "open",
        "well",
        "top",
        "human",
        "instruction",
        "reward",
        "vision",
        "text",
        "image",
        "cost",
        "time",
        "in",
        "out",
        "over",
        "under",
        "pre",
        "post",
        "co",
        "meta",
        "mixed",
        "deep",
        "wide",
        "world",
        "class",
        "object",
        "graph",
        "token",
        "word",
        "sentence",
        "document",
        "user",
        "query",
        "rule",
        "knowledge",
        "language",
        "math",
        "code",
        "key",
        "value",
        "quasi",
        "pseudo",
        "inter",
        "intra",
        "ultra",
        "hyper",
        "sub",
        "all",
        "any",
        "half",
    ]
)

# ---------------------------------------------------------------------------- regexes
_BRACE_ARG = r"\{((?:[^{}]|\{[^{}]*\})*)\}"  # one level of nesting inside the argument
_RE_HYPHEN_NL = re.compile(r"-[ \t]*\n[ \t]*")
_RE_DOLLAR_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
_RE_DOLLAR = re.compile(r"\$(?=\S)([^$]{1,400}?)(?<=\S)\$")
_RE_PAREN_MATH = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]", re.DOTALL)
# Accents: "{\'e}", "\'{e}", "\'e", "\c{c}", "{\v s}" (each regex starts with a literal, so
# scanning an abstract without accents is fast).
_RE_ACCENT_GROUP = re.compile(r"\{\\([\'`^\"~=.uvHckrdb])\s*\{?\\?([A-Za-z])\}?\}")
_RE_ACCENT_SYMBOL = re.compile(r"\\([\'`^\"~=.])\s*\{?\\?([A-Za-z])\}?")
_RE_ACCENT_LETTER = re.compile(r"\\([uvHckrdb])\s*\{\\?([A-Za-z])\}")
_RE_HREF = re.compile(r"\\(?:href|hyperlink|textcolor)\s*" + _BRACE_ARG + r"\s*" + _BRACE_ARG)
_RE_DROP = re.compile(r"\\(?:" + DROP_WITH_ARG + r")\*?\s*(?:\[[^\]]*\])?\s*" + _BRACE_ARG)
_RE_MATHBB = re.compile(r"\\mathbb\s*\{\s*([A-Za-z])\s*\}")
_RE_FRAC = re.compile(r"\\[dt]?frac\s*" + _BRACE_ARG + r"\s*" + _BRACE_ARG)
_RE_SQRT = re.compile(r"\\sqrt\s*(?:\[([^\]]*)\])?\s*" + _BRACE_ARG)
_RE_WRAPPER = re.compile(r"\\(?:" + TEXT_WRAPPERS + r")\*?\s*" + _BRACE_ARG)
_RE_DECL_GROUP = re.compile(r"\{\s*\\(?:" + DECLARATIONS + r")(?![A-Za-z])\s*([^{}]*)\}")
_RE_DECL_BARE = re.compile(r"\\(?:" + DECLARATIONS + r")(?![A-Za-z])\s*")
_RE_LEFT_RIGHT = re.compile(
    r"\\(?:left|right|big|Big|bigg|Bigg)[lr]?(?![A-Za-z])\s*\\?([()\[\]|.{}])?"
)
_RE_SPACING = re.compile(r"\\(?:[,;:! \\]|quad|qquad|enspace|thinspace)")
_RE_COMMAND = re.compile(r"\\([A-Za-z]+)\s?")
_RE_SOFT = re.compile(r"\\[-/@]")  # discretionary hyphen, italic correction, \@
_RE_SUPER_GROUP = re.compile(r"([\^_])\{([^{}]*)\}")
_RE_ESCAPED = re.compile(r"\\([%&_#$])")
_RE_TILDE = re.compile(r"~")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_DROPPED = "\ue003"  # marks a dropped \cite{…} so the space before it goes too
_RE_DROPPED = re.compile(r"[ \t~]*\ue003")
_RE_QUOTES = re.compile(r"``|''")

# Placeholders (private-use code points) for escaped characters while markup is stripped.
_PH = {"$": "\ue000", "{": "\ue001", "}": "\ue002", "%": "%", "&": "&", "_": "_", "#": "#"}


def _dehyphenate(text: str) -> str:
    """Join words hyphenated across a line break; keep the hyphen of real compounds."""
    out: list[str] = []
    last = 0
    for m in _RE_HYPHEN_NL.finditer(text):
        start, end = m.start(), m.end()
        i = start
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        left = text[i:start]
        j = end
        while j < len(text) and text[j].isalpha():
            j += 1
        right = text[end:j]
        if not left or not right:  # "-\n" after a digit or before a symbol: just close it up
            keep = bool(left) or (start > 0 and not text[start - 1].isspace())
            out.append(text[last:start] + ("-" if keep else "- "))
            last = end
            continue
        before = text[i - 1] if i > 0 else " "
        keep = (
            before == "-"  # "chain-of-\nthought": already a compound
            or before.isdigit()
            or not left.islower()
            or not right.islower()
            or left.lower() in _COMPOUND_PREFIXES
        )
        out.append(text[last:start] + ("-" if keep else ""))
        last = end
    out.append(text[last:])
    return "".join(out)


def _accent(m: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", m.group(2) + ACCENTS[m.group(1)])


def _math(body: str) -> str:
    """Render the inside of ``$…$`` as readable plain text."""
    s = _RE_MATHBB.sub(lambda m: BLACKBOARD.get(m.group(1), m.group(1)), body)
    for _ in range(4):
        new = _RE_FRAC.sub(lambda m: f"{_paren(m.group(1))}/{_paren(m.group(2))}", s)
        new = _RE_SQRT.sub(
            lambda m: ("" if not m.group(1) else m.group(1)) + "√" + _paren(m.group(2)), new
        )
        new = _RE_WRAPPER.sub(lambda m: m.group(1), new)
        if new == s:
            break
        s = new
    s = _RE_LEFT_RIGHT.sub(lambda m: m.group(1) if m.group(1) not in (None, ".") else "", s)
    s = _RE_SPACING.sub(" ", s)
    s = _RE_COMMAND.sub(_math_command, s)
    s = _RE_SUPER_GROUP.sub(
        lambda m: m.group(1) + (m.group(2) if len(m.group(2)) <= 1 else f"({m.group(2)})"), s
    )
    s = s.replace("{", "").replace("}", "").replace("~", " ")
    return s


def _math_command(m: re.Match[str]) -> str:
    name = m.group(1)
    out = GREEK.get(name) or SYMBOLS.get(name) or TEXT_WORDS.get(name) or name
    return out + (" " if m.group(0).endswith(" ") else "")


def _paren(s: str) -> str:
    s = s.strip()
    return s if re.fullmatch(r"[\w.\\]+", s) else f"({s})"


def _text_command(m: re.Match[str]) -> str:
    name = m.group(1)
    out = TEXT_WORDS.get(name) or GREEK.get(name) or SYMBOLS.get(name)
    if out is None:
        return m.group(0)  # not a command we convert: a literal backslash stays
    # A command swallows one following space in LaTeX; keep it before a word.
    return out + (" " if m.group(0).endswith(" ") else "")


def _tilde(text: str) -> str:
    """``~`` is a non-breaking space in LaTeX, but "approximately" before a number."""
    parts = text.split("~")
    out = [parts[0]]
    for k in range(1, len(parts)):
        before = out[-1] if out[-1] else ("~" if k > 1 else "")
        after = parts[k]
        prev = before[-1:] or " "
        nxt = after[:1] or " "
        tail = before[-40:].rsplit(None, 1)[-1] if before.strip() else ""
        approx = (
            prev.isspace()
            or prev in "(~"
            or nxt.isspace()
            or (nxt.isdigit() and any(c.isdigit() for c in tail))
        )
        out.append(("~" if approx else " ") + after)
    return "".join(out)


_RE_HINTS = re.compile(r"[\\${~]|``|''|  ")


def normalize_text(s: str) -> str:
    r"""Normalise a title or abstract (see module docstring). Never raises for any ``str``."""
    if not s:
        return ""
    if s.isascii() and s.isprintable() and not _RE_HINTS.search(s):
        return s.strip()  # fast path: nothing to do but trim
    text = clean_controls(s)
    text = text if text.isascii() else text.translate(_ZERO_WIDTH)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "-" in text and "\n" in text:
        text = _dehyphenate(text)
    if "``" in text or "''" in text:
        text = _RE_QUOTES.sub('"', text)
    if "\\" in text or "$" in text or "{" in text or "~" in text:
        text = _latex(text)
    text = " ".join(text.split())
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _latex(text: str) -> str:
    has_backslash = "\\" in text
    if has_backslash:
        # Escaped specials first, so "\$" and "\{" are literal, not markup.
        text = _RE_ESCAPED.sub(lambda m: _PH[m.group(1)], text)
        text = text.replace("\\{", _PH["{"]).replace("\\}", _PH["}"])
        text = _RE_ACCENT_GROUP.sub(_accent, text)
        text = _RE_ACCENT_SYMBOL.sub(_accent, text)
        text = _RE_ACCENT_LETTER.sub(_accent, text)
    if "$" in text:
        text = _RE_DOLLAR_DISPLAY.sub(lambda m: _math(m.group(1)), text)
        text = _RE_DOLLAR.sub(lambda m: _math(m.group(1)), text)
    if has_backslash and "\\" in text:
        text = _RE_PAREN_MATH.sub(lambda m: _math(m.group(1) or m.group(2) or ""), text)
        text = _RE_DROP.sub(_DROPPED, text)
        if _DROPPED in text:
            text = _RE_DROPPED.sub("", text)
        text = _RE_HREF.sub(lambda m: m.group(2), text)
        text = _RE_MATHBB.sub(lambda m: BLACKBOARD.get(m.group(1), m.group(1)), text)
        for _ in range(4):  # nested markup: \textbf{\emph{x}}, {\sc {\bf x}}
            new = _RE_DECL_GROUP.sub(lambda m: m.group(1), text)
            new = _RE_WRAPPER.sub(lambda m: m.group(1), new)
            new = _RE_FRAC.sub(lambda m: f"{_paren(m.group(1))}/{_paren(m.group(2))}", new)
            new = _RE_SQRT.sub(lambda m: "√" + _paren(m.group(2)), new)
            if new == text:
                break
            text = new
        text = _RE_DECL_BARE.sub("", text)
        text = _RE_SPACING.sub(" ", text)
        text = _RE_COMMAND.sub(_text_command, text)
        text = _RE_SOFT.sub("", text)
    if "~" in text:
        text = _tilde(text)
    if has_backslash:
        text = text.replace(_PH["$"], "$").replace(_PH["{"], "{").replace(_PH["}"], "}")
    return text
