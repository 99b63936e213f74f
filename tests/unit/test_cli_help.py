"""Every `kg … --help` shows readable metavars (PATH, N, TEXT, DIR …), never Python types."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer.main

from kg.cli import app, main
from kg.cli._help import readable_type

RAW_TYPE = re.compile(r"<(?:bool|int|float|str|path|list|[a-z_]+\[)|\[x[<>]=|float range|int range")


def _commands() -> list[list[str]]:
    root = typer.main.get_command(app)
    found: list[list[str]] = [[]]

    def walk(cmd: Any, path: list[str]) -> None:
        if hasattr(cmd, "commands"):
            for name, sub in cmd.commands.items():
                found.append([*path, name])
                walk(sub, [*path, name])

    walk(root, [])
    return found


COMMANDS = _commands()


def test_every_command_of_the_contract_is_there() -> None:
    names = {" ".join(c) for c in COMMANDS}
    for name in (
        "neo4j start",
        "neo4j stop",
        "neo4j status",
        "ingest",
        "extract",
        "build",
        "query",
        "export",
        "sparql",
        "eval",
        "serve",
        "stats",
    ):
        assert name in names


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "kg")
def test_help_has_no_python_types(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert main([*command, "--help"]) == 0
    text = capsys.readouterr().out
    assert "Usage: kg" in text
    assert not RAW_TYPE.search(text), RAW_TYPE.search(text)
    usage = next(line for line in text.splitlines() if "Usage:" in line)
    plain = usage.replace("COMMAND [ARGS]...", "")
    assert "{" not in plain and "]..." not in plain and "[[" not in plain, usage


def test_value_options_get_a_word_and_flags_none() -> None:
    root = typer.main.get_command(app)
    build = root.commands["build"]  # type: ignore[attr-defined]
    words = {p.name: readable_type(p) for p in build.params}
    assert words["out"] == "PATH"
    assert words["jobs"] == "N"
    assert words["neo4j_uri"] == "TEXT"
    assert words["load_only"] == "DIR"
    assert words["no_load"] == ""
    assert words["inputs"] == "TEXT"
