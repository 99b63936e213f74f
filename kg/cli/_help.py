"""Readable ``--help``: metavars such as ``PATH``, ``N``, ``TEXT`` instead of Python types.

Typer prints each parameter's Python type (``<bool>``, ``<list[str]>``, ``<float range>
[x>=1.0]``). :func:`install` replaces that column, for every ``kg`` command at once, with:

* nothing for on/off flags (``--json``) and counters (``-v``);
* the parameter's own ``metavar`` when it has one (``--load-only DIR``, ``--param NAME=VALUE``);
* else a word for the type: ``PATH``, ``N`` (integers), ``NUMBER``, ``TEXT``, ``a|b`` for
  choices, with ``...`` when it repeats, and a range as ``[≥ 1]``.

Arguments already show their metavar (``INPUT...``) as their name, so their type column shows
only the type word. ``tests/unit/test_cli_help.py`` checks every command's help.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

from typer import core

_NUMBER_WORDS = {int: "N", float: "NUMBER"}


def _word(annotation: Any) -> str:
    if isinstance(annotation, type):
        if issubclass(annotation, bool):
            return ""
        if issubclass(annotation, Path):
            return "PATH"
        for kind, word in _NUMBER_WORDS.items():
            if issubclass(annotation, kind):
                return word
    return "TEXT"


def readable_type(param: Any) -> str:
    """The help text of a parameter's value (see the module docstring)."""
    if isinstance(param, core.TyperOption):
        if param.is_flag or param.count:
            return ""
        if param.metavar is not None:
            return param.metavar
    desc = param.type_descriptor
    if desc.is_choice:
        word = "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    elif desc.is_path:
        word = "PATH"
    elif desc.is_list:
        (element,) = get_args(desc.annotation) or (str,)
        word = _word(element)
    else:
        word = _word(desc.annotation)
    if desc.is_list and isinstance(param, core.TyperOption):
        word += "..."
    return word


def _range(param: Any) -> str | None:
    if getattr(param, "count", False):
        return None
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    if low is not None and high is not None:
        return f"{low:g}–{high:g}"
    if low is not None:
        return f"≥ {low:g}"
    if high is not None:
        return f"≤ {high:g}"
    return None


def argument_name(param: Any) -> str:
    """An argument's name in upper case, without brackets or ``...`` (``INPUT``)."""
    name = str(param.metavar or param.name or "ARG")
    return name.strip("[]{}").removesuffix("...").upper()


def argument_usage(param: Any) -> str:
    """``INPUT...`` (required, repeating), ``[NAME]`` (optional), ``[INPUT...]``."""
    name = argument_name(param) + ("..." if param.nargs != 1 else "")
    return name if param.required else f"[{name}]"


def install() -> None:
    """Use :func:`readable_type` in every Typer help screen (idempotent)."""

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        return readable_type(self) or None

    def number_range(self: Any) -> str | None:
        return _range(self)

    for cls in (core.TyperOption, core.TyperArgument):
        cls.display_type_rich = display_type_rich  # type: ignore[method-assign]
        if hasattr(cls, "_get_number_range_help_str"):
            cls._get_number_range_help_str = number_range  # type: ignore[method-assign]

    def usage_name(self: Any) -> str:
        return argument_usage(self)

    def rich_name(self: Any) -> str:
        return argument_name(self) + ("..." if self.nargs != 1 else "")

    def display_name_raw(self: Any) -> str:
        # The Arguments panel adds "..." itself when there is no metavar.
        repeats = self.nargs != 1 and self.metavar is not None
        return argument_name(self) + ("..." if repeats else "")

    core.TyperArgument.display_name_raw = property(display_name_raw)  # type: ignore[assignment]
    core.TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]
    core.TyperArgument._rich_display_name = rich_name  # type: ignore[method-assign]
