"""Tokenizer for ML names: ``GPT-4``, ``Llama-3-8B``, ``pass@1``, ``F1-score``, ``7B``, ``GSM8K``.

spaCy's English defaults split ``GSM8K`` into ``GSM8`` + ``K`` (unit suffixes), ``Llama-3-8B``
at the digit–digit hyphen and ``F1-score`` at every hyphen. We keep hyphenated names whole
(the gazetteer and pattern rules are tokenised the same way), split off only a few productive
suffixes (``GPT-4-based`` → ``GPT-4`` ``-based``) and keep ``%`` separate from numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from typing import Any

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, LIST_ELLIPSES
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from kg.extract.components.lexattrs import speed_up
from kg.extract.lexicon import entries
from kg.extract.memo import Memo

# "-based", "-like" … come off as one suffix token so the name before them is found.
_AFFIX_WORDS = "|".join(entries("hyphen_affix_words"))
_SUFFIX_HYPHEN_WORD = rf"(?<=[{ALPHA}0-9])-(?:{_AFFIX_WORDS})"


def _infixes() -> list[str]:
    # spaCy's English infixes minus "letter-letter hyphen" and "digit-digit hyphen" splits.
    return [
        *LIST_ELLIPSES,
        rf"(?<=[{ALPHA_LOWER}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])[:<>=](?=[{ALPHA}])",
        r"(?<=[0-9])(?:±|∓|\+/-|\+-)(?=[0-9])",  # a spread: "98.09+-0.7%", "0.94±0.02"
        r"(?<=[0-9])[+*^](?=[0-9])",
        # a measure glued to its value: "F1=0.94", "mAP@0.5=0.78"
        rf"(?<=[{ALPHA}0-9@%)])=(?=[\-−+]?[0-9])",
        # numbers listed with slashes: "0.66/0.6/0.73" (not names: "ACL60/60", "Llama-2/3")
        r"(?<=[0-9%])(?<![A-Za-z\-][0-9])(?<![A-Za-z\-][0-9]{2})(?<![A-Za-z\-][0-9]{3})"
        r"(?<![A-Za-z\-][0-9]{4})/(?=[0-9])",
        r"(?<=[0-9])%(?=/[0-9])",  # "61.66%/62.07%"
        # a bracket glued to a name or number before a decimal or a word (infixes see the
        # token without its suffixes): "DeepSeek-R1(14.49%)", "0.06(standard deviation)"
        # (not "SO(3)", "AP(50)", "60(120)")
        rf"(?<=[{ALPHA}0-9])\((?=[0-9]+\.[0-9]+$)",
        rf"(?<=[0-9])\((?=[{ALPHA_LOWER}]{{3}})",
        rf"(?<=[{ALPHA}0-9]{{4}})\+(?=[{ALPHA_UPPER}])",
        rf"(?<=[{ALPHA}0-9])/(?=[{ALPHA}][{ALPHA}])",
        r"(?<=[a-z]{3})[–—](?=[a-z])",
        r"--+",
    ]


# a unit glued to a number ("32.51dB", "34.3mm", "+2.3pp") comes off it, as in spaCy's
# defaults, but only these units, and only after a number that is no part of a name (no letter
# or hyphen before its digits: "GSM8K", "Llama-3-8B", "RTX4090" keep theirs)
GLUED_UNITS = frozenset(
    {"dB", "mm", "cm", "km", "nm", "µm", "ms", "GB", "MB", "TB", "KB", "Hz", "kHz", "MHz", "GHz",
     "fps", "FPS", "pp"}
)  # fmt: skip
_GLUED_UNIT = (
    r"(?<=[0-9])(?<![A-Za-z\-_][0-9])(?<![A-Za-z\-_][0-9]{2})(?<![A-Za-z\-_][0-9]{3})"
    r"(?<![A-Za-z\-_][0-9]{4})(?:" + "|".join(sorted(GLUED_UNITS, key=len, reverse=True)) + ")"
)


def _suffixes(defaults: list[str]) -> list[str]:
    out: list[str] = []
    for pat in defaults:
        # drop spaCy's unit suffix rule (it splits GSM8K → GSM8 K): ours is _GLUED_UNIT
        if "km|km²" in pat:
            out.append(r"(?<=[0-9])%")
            out.append(_GLUED_UNIT)
            continue
        out.append(pat)
    return [_SUFFIX_HYPHEN_WORD, r"(?<=[0-9a-z\-][A-Z])\.", r"(?<=[A-Z][+])\.", *out]


TEXT_KEY = "kg_text"


Chars = frozenset[str]
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _item_chars(op: Any, av: Any, last: bool) -> Chars | None:
    """The characters one parsed regex item can start (``last``: end) its match with, or None
    when that is unknown or the item may match nothing (then no shortcut is taken)."""
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, CATEGORY (\d, \w …)
                return None
        return frozenset(chars)
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _edge_chars(sub.data, last)
    if op is _sre.BRANCH:
        found = [_edge_chars(alt.data, last) for alt in av[1]]
        return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
        return _edge_chars(av[2].data, last)
    return None  # ANY, NOT_LITERAL, group references, optional repeats, …


def _edge_chars(items: list[Any], last: bool = False) -> Chars | None:
    """The characters a match of the parsed sequence ``items`` can start with (``last``: end
    with); zero-width assertions (lookarounds, anchors) are stepped over."""
    for op, av in reversed(items) if last else items:
        if op not in _ZERO_WIDTH:
            return _item_chars(op, av, last)
    return None  # the sequence may match the empty string


_NEVER: Callable[[str], bool] = frozenset().__contains__  # a C-level test, always False
_BEGIN = (_sre.AT, _sre.AT_BEGINNING)
_END = (_sre.AT, _sre.AT_END)


def _parse(regex: re.Pattern[str]) -> Any:
    """The parsed pattern of ``regex`` (an ``sre_parse.SubPattern``) for the affix analyses,
    or None when its flags change what a character matches or the parser refuses it."""
    if regex.flags & (re.IGNORECASE | re.MULTILINE | re.LOCALE):
        return None
    try:
        return _parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):
        return None


def _leading_needles(items: list[Any]) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``items`` contains: for each
    alternative, the literal text it starts with ("--" of ``--+``), else each character it
    can start with; None if unknown. Zero-width assertions are stepped over."""
    rest = [item for item in items if item[0] not in _ZERO_WIDTH][:1]
    if rest and rest[0][0] is _sre.BRANCH:
        found = [_leading_needles(alt.data) for alt in rest[0][1][1]]
        return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
    text = ""
    for op, av in items[next((k for k, it in enumerate(items) if it[0] not in _ZERO_WIDTH), 0):]:
        if op is _sre.LITERAL:
            text += chr(av)
            continue
        if op is _sre.MAX_REPEAT and av[0] >= 1 and [o for o, _ in av[2].data] == [_sre.LITERAL]:
            text += chr(av[2].data[0][1]) * av[0]  # "-+": at least one "-"
        break
    if text:
        return frozenset([text])
    chars = _edge_chars(items)
    return None if chars is None else frozenset(chars)


def _cannot_match(
    regex: re.Pattern[str], anchored_end: bool, needles: bool = False
) -> Callable[[str], bool] | None:
    """A cheap test that is True only for strings ``regex`` cannot match anywhere: none of the
    characters a match can start with occurs in the string (``needles``, for a search over
    the whole string: nor, for an alternative that starts with longer literal text, that text;
    a single "-" cannot start ``--+``), or (``anchored_end``: every alternative ends with
    ``$``) its last character cannot end a match. None when the pattern holds something the
    analysis does not know (then the regex always runs)."""
    parsed = _parse(regex)
    if parsed is None:
        return None
    items = parsed.data
    first = _edge_chars(items)
    if first is None:
        return None
    last = _edge_chars(items, last=True) if anchored_end else None
    if last is None:
        found = _leading_needles(items) if needles else None
        if found is None:
            return first.isdisjoint
        chars = frozenset(n for n in found if len(n) == 1)
        # a longer needle with a character of ``chars`` adds nothing to the test
        longer = tuple(n for n in found if len(n) > 1 and chars.isdisjoint(n))
        if not longer:
            return chars.isdisjoint

        # one C-level search for the longer needles (any() would run a generator per call)
        find_longer = re.compile("|".join(map(re.escape, longer))).search

        def none_in(text: str) -> bool:
            return chars.isdisjoint(text) and find_longer(text) is None

        return none_in
    ends = last | {"\n"}  # "$" also matches before a final newline

    def cannot(text: str) -> bool:
        return first.isdisjoint(text) or (text[-1:] not in ends and text != "")

    return cannot


def _all_chars(items: list[Any]) -> Chars | None:
    """Every character a match of the parsed sequence can consume (lookarounds and anchors
    consume none), or None if unknown."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.SUBPATTERN:
            chars = None if av[1] or av[2] else _all_chars(av[3].data)
        elif op is _sre.BRANCH:
            parts = [_all_chars(alt.data) for alt in av[1]]
            chars = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            chars = _all_chars(av[2].data)
        else:
            chars = _item_chars(op, av, last=False)
        if chars is None:
            return None
        found |= chars
    return frozenset(found)


def _tail_start(regex: re.Pattern[str]) -> Callable[[str], int] | None:
    """For a regex whose alternatives all end with ``$`` (the suffix regex): where its search
    may start without changing the match. ``search`` tries every alternative at every
    position, but a match ends with the string's last character, so only the alternatives
    that can end with it matter, and a match of at most ``w`` characters starts in the last
    ``w``. An alternative without a bound (``\\.\\.+``) can start earlier only through the
    character before that tail: then, and before a final newline (``$`` matches there too),
    the whole string is searched. Lookbehinds still see the text before the start position."""
    parsed = _parse(regex)
    if parsed is None:
        return None
    items = parsed.data
    alts = items[0][1][1] if len(items) == 1 and items[0][0] is _sre.BRANCH else [parsed]
    widest: dict[str, int] = {}  # last character → the widest bounded match ending with it
    loose: set[str] = set()  # characters of the unbounded alternatives
    loose_end: set[str] = set()  # … and the characters they can end with
    for alt in alts:
        ends = _edge_chars(alt.data, last=True)
        if ends is None or alt.data[-1:] != [_END]:
            return None
        width = alt.getwidth()[1]
        if width < _sre.MAXREPEAT:
            for ch in ends:
                widest[ch] = max(widest.get(ch, 0), width)
            continue
        chars = _all_chars(alt.data)
        if chars is None:
            return None
        loose |= chars
        loose_end |= ends

    def start(text: str) -> int:
        last = text[-1:]
        if last == "\n" or last == "":
            return 0
        pos = len(text) - widest.get(last, 1)
        if pos <= 0 or (last in loose_end and text[pos - 1] in loose):
            return 0
        return pos

    return start


def _by_edge_char(regex: re.Pattern[str], last: bool) -> dict[str, re.Pattern[str]] | None:
    """For a regex whose alternatives all end with ``$`` (``last``: the suffix regex) or all
    start with ``^`` (the prefix regex): per last (first) character of the string, a regex of
    only the alternatives that can end (start) a match with it, in their order. The others
    cannot match such a string, so ``search`` finds the same span; the full regexes try 85 and
    119 alternatives, a subset at most 6. Characters with the same subset share one compiled
    regex. None when the pattern is not of that form or holds what the analysis does not know."""
    parsed = _parse(regex)
    if parsed is None:
        return None
    items = parsed.data
    lead = [] if last or items[:1] != [_BEGIN] else [_BEGIN]  # sre factors out a common "^"
    if len(items) != len(lead) + 1 or items[len(lead)][0] is not _sre.BRANCH:
        return None
    alts = items[len(lead)][1][1]
    subsets: dict[str, list[int]] = {}
    for k, alt in enumerate(alts):
        edge = _edge_chars(alt.data, last=last)
        anchored = alt.data[-1:] == [_END] if last else bool(lead) or alt.data[:1] == [_BEGIN]
        if edge is None or not anchored:
            return None
        for ch in edge:
            subsets.setdefault(ch, []).append(k)
    compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
    out: dict[str, re.Pattern[str]] = {}
    for ch, ks in subsets.items():
        key = tuple(ks)
        if key not in compiled:
            branch = (_sre.BRANCH, (None, [alts[k] for k in key]))
            sub = _parser.SubPattern(parsed.state, [*lead, branch])
            compiled[key] = _compiler.compile(sub, regex.flags)
        out[ch] = compiled[key]
    return out


class _RegexMemo(Memo[str, Any]):
    """A compiled affix regex's ``search`` (or ``finditer``, as a tuple) with its results kept
    per string: spaCy caches a tokenised chunk, but not the affix searches of new chunks, and
    the same pieces recur ("model" in "model," and "(model"); the suffix search alone costs
    about a quarter of tokenising. A pure function of the string: the output is unchanged.
    A new string that holds none of the characters a match can start with (most words: the
    affixes are punctuation, hyphen words and "'s") skips the regex, which would try every
    alternative at every position (``_cannot_match``); ``anchored_end`` (the suffix regex):
    so does a string whose last character cannot end an affix, and the search of a longer one
    starts near its end (``_tail_start``).
    ``pattern`` is what spaCy serialises (``Tokenizer.to_bytes`` reads
    ``search.__self__.pattern``); pickling keeps no entries."""

    def __init__(
        self,
        regex: re.Pattern[str],
        finditer: bool = False,
        maxsize: int = 1 << 16,
        anchored_end: bool = False,
    ):
        tail = _tail_start(regex) if anchored_end and not finditer else None
        subsets = _by_edge_char(regex, last=True) if tail is not None else None
        by_first = _by_edge_char(regex, last=False) if not finditer and not anchored_end else None
        # the shortcut test runs inside the one search function (one Python call per new
        # string, not two)
        skip: Callable[[str], bool] = _cannot_match(regex, anchored_end, needles=finditer) or _NEVER
        full = regex.search
        fn: Callable[[str], Any]
        if by_first is not None:

            def fn(text: str) -> Any:
                if skip(text):
                    return None
                if text == "":
                    return full(text)
                sub = by_first.get(text[0])  # a match starts at 0, with the first character
                return None if sub is None else sub.search(text)

        elif tail is not None and subsets is not None:
            by_last = subsets

            def fn(text: str) -> Any:
                if skip(text):
                    return None
                last = text[-1:]
                if last == "\n" or last == "":  # "$" also matches before a final newline
                    return full(text)
                sub = by_last.get(last)
                return None if sub is None else sub.search(text, tail(text))

        elif tail is not None:
            at = tail

            def fn(text: str) -> Any:
                return None if skip(text) else full(text, at(text))

        elif finditer:
            each = regex.finditer

            def fn(text: str) -> Any:
                return () if skip(text) else tuple(each(text))

        else:

            def fn(text: str) -> Any:
                return None if skip(text) else full(text)

        super().__init__(fn, maxsize)
        self.regex = regex
        self.pattern = regex.pattern
        self.finditer = finditer
        self.anchored_end = anchored_end

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.regex, self.finditer, self.maxsize, self.anchored_end))


# spaCy's emoticon exceptions of brackets and colons: in an abstract "):" closes a bracket
# before a colon ("Agent context protocols (ACPs): a family of …"), never a sad face; as
# one token it hid the short form and its bracket from every rule
_EMOTICON = re.compile(r"^(?=.*[()\[\]])(?=.*[:;=])[()\[\]:;=\-]+$")


class MLTokenizer(Tokenizer):
    """spaCy's tokenizer that also remembers the input text in ``doc.user_data`` (rebuilding
    ``doc.text`` from tokens costs more than a whole rule component)."""

    def __call__(self, text: str) -> Doc:
        doc = super().__call__(text)
        doc.user_data[TEXT_KEY] = text
        return doc


def make_ml_tokenizer(nlp: Language) -> Tokenizer:
    # new words make new lexemes: same attribute values, cheaper getters (lexattrs.py)
    speed_up(nlp.vocab)
    defaults = nlp.Defaults
    rules = {k: v for k, v in defaults.tokenizer_exceptions.items() if not _EMOTICON.match(k)}
    prefixes = list(defaults.prefixes or [])
    suffixes = _suffixes(list(defaults.suffixes or []))
    return MLTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=_RegexMemo(compile_prefix_regex(prefixes)).__getitem__,
        suffix_search=_RegexMemo(compile_suffix_regex(suffixes), anchored_end=True).__getitem__,
        infix_finditer=_RegexMemo(compile_infix_regex(_infixes()), finditer=True).__getitem__,
        token_match=defaults.token_match,
        url_match=None,
    )


@registry.tokenizers("kg.ml_tokenizer.v1")
def create_ml_tokenizer() -> Callable[[Language], Tokenizer]:
    return make_ml_tokenizer


# The pattern rules tokenise gazetteer names the way conll gold does (split at punctuation).
PUNCT_SPLIT = re.compile(r"[^\W_]+|[^\w\s]|_")
