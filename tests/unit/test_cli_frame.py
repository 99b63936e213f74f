"""The CLI frame: the command contract and the KGError → one-line message mapping."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer

from kg import cli
from kg.errors import InputError, KGError, Neo4jUnavailableError

CONTRACT = ["neo4j", "ingest", "extract", "build", "query", "export", "sparql", "eval", "serve"]


def test_help_lists_every_contract_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in CONTRACT:
        assert name in out, f"`kg --help` does not list {name}"


def test_neo4j_group_has_start_stop_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["neo4j", "--help"]) == 0
    out = capsys.readouterr().out
    for sub in ("start", "stop", "status"):
        assert sub in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("kg ")


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["no-such-command"]) == 2


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InputError("cannot read x.txt"), 3),
        (Neo4jUnavailableError("down", hint="kg neo4j start"), 5),
    ],
)
def test_kg_errors_become_one_line_messages(
    error: KGError, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    @cli.app.command("raise-for-test", hidden=True)
    def _raise() -> None:
        raise error

    try:
        assert cli.main(["raise-for-test"]) == code
    finally:
        cli.app.registered_commands = [
            c for c in cli.app.registered_commands if c.name != "raise-for-test"
        ]
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("kg: error: ")
    assert "Traceback" not in err


def test_console_script_exit_code() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from kg.cli import console_main; console_main()", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert isinstance(typer.__version__, str)


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "ray"], "--engine must be local or dask, not 'ray'"),
        (["--shard-size", "0"], "--shard-size must be at least 1"),
        (["--jobs", "0"], "--jobs must be between 1 and"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    ],
)
def test_extract_and_build_share_the_extraction_option_checks(
    command: str, args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "arxiv:2401.00001", "title": "T", "abstract": "A."}\n')
    extra = ["-o", str(tmp_path / "x.jsonl")] if command == "extract" else ["--no-load"]
    assert cli.main([command, str(inp), *extra, *args]) == 8
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()


@pytest.mark.parametrize("command", ["extract", "build"])
def test_extract_and_build_declare_the_same_extraction_options(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([command, "--help"]) == 0
    out = capsys.readouterr().out
    for flag in ("--jobs", "--shard-size", "--resume", "--engine", "--scheduler", "--max-chars"):
        assert flag in out
    assert "local|dask" in out and "ADDRESS" in out
