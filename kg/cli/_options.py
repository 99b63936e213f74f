"""Typer parameters and helpers shared by several ``kg`` commands (same flags, same help).

Each factory returns a fresh ``typer.Option``/``typer.Argument`` to use as a parameter default::

    def build(fmt: str | None = format_option(), ...) -> None: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

import typer

if TYPE_CHECKING:
    from kg.config import Settings

INPUT_FORMATS = "page, jsonl, json, csv, tsv, atom or arxiv"


def inputs_argument(default: Any = ...) -> Any:
    """``INPUT...``: files, directories or ``-`` (``...`` = required, ``None`` = optional)."""
    return typer.Argument(default, metavar="INPUT...", help="Files, directories, or - for stdin.")


def format_option(help: str = f"Input format: {INPUT_FORMATS} (default: detect).") -> Any:
    """``--format/-f`` (default ``None``); by default the input format of kg.sources."""
    return typer.Option(None, "--format", "-f", help=help)


def strict_option() -> Any:
    """``--strict``: fail (exit 4) at the first bad input record."""
    return typer.Option(
        False, "--strict", help="Fail (exit 4) at the first bad record instead of skipping."
    )


def max_chars_option() -> Any:
    """``--max-chars N``: records with a longer title + abstract are skipped (0 = no limit)."""
    from kg.sources.base import DEFAULT_MAX_CHARS

    return typer.Option(
        DEFAULT_MAX_CHARS,
        "--max-chars",
        min=0,
        help="Skip (with a file:line warning) a record whose title + abstract is longer "
        "than this many characters; 0 = no limit.",
    )


MAX_JOBS = 256
MAX_BATCH = 1_000_000


def check_sizes(jobs: int, batch_size: int | None) -> None:
    """--jobs / --batch-size within sane bounds (a huge value is a typo, not a request)."""
    from kg.errors import ConfigError

    if not 1 <= jobs <= MAX_JOBS:
        raise ConfigError(f"--jobs must be between 1 and {MAX_JOBS}")
    if batch_size is not None and not 1 <= batch_size <= MAX_BATCH:
        raise ConfigError(f"--batch-size must be between 1 and {MAX_BATCH:,}")


def report_skipped_files(file_errors: list[str], files_skipped: int) -> None:
    """After the output is written: input files that could not be read at all are exit 3."""
    if files_skipped:
        from kg.errors import InputError

        first = file_errors[0] if file_errors else "unreadable input"
        more = f" and {files_skipped - 1} more" if files_skipped > 1 else ""
        raise InputError(
            f"{files_skipped} input file{'s' if files_skipped > 1 else ''} skipped "
            f"({first}{more}); the papers of the other inputs were written"
        )


def neo4j_uri_option(help: str = "Default: NEO4J_URI.") -> Any:
    return typer.Option(None, "--neo4j-uri", help=help)


def neo4j_user_option() -> Any:
    return typer.Option(None, "--neo4j-user", help="Default: NEO4J_USER.")


def neo4j_password_option() -> Any:
    return typer.Option(None, "--neo4j-password", help="Default: NEO4J_PASSWORD.")


def neo4j_settings(uri: str | None, user: str | None, password: str | None) -> Settings:
    """Settings with the --neo4j-uri/--neo4j-user/--neo4j-password overrides (None = env)."""
    from kg.config import get_settings

    return get_settings(NEO4J_URI=uri, NEO4J_USER=user, NEO4J_PASSWORD=password)


def json_option(help: str) -> Any:
    return typer.Option(False, "--json", help=help)


def csv_option(help: str) -> Any:
    return typer.Option(False, "--csv", help=help)


class ResultFormats(Protocol):
    """A module with ``format_json``, ``format_csv`` and ``format_table`` for its query results
    (:mod:`kg.neo4j.queries`, :mod:`kg.rdf.sparql`)."""

    def format_json(self, result: Any, /) -> str: ...

    def format_csv(self, result: Any, /) -> str: ...

    def format_table(self, result: Any, /) -> str: ...


def echo_result(result: Any, formats: ResultFormats, *, as_json: bool, as_csv: bool) -> None:
    """Print a query result as JSON (--json), CSV (--csv; ends with its own newline) or a table."""
    if as_json:
        typer.echo(formats.format_json(result))
    elif as_csv:
        typer.echo(formats.format_csv(result), nl=False)
    else:
        typer.echo(formats.format_table(result))


def pipeline_option() -> Any:
    return typer.Option(
        None,
        "--pipeline",
        metavar="fast|accurate",
        help="Extraction pipeline: fast (rules) or accurate (rules + our trained span model); "
        "default: fast.",
    )


# ---- extraction engine: shared by `kg extract` and `kg build` (same flags, same checks)
ENGINES = ("local", "dask")
DEFAULT_SHARD_SIZE = 2000


def jobs_option() -> Any:
    """``--jobs/-j N``: extraction worker processes (default 1)."""
    return typer.Option(
        1,
        "--jobs",
        "-j",
        help="Extraction worker processes (each runs nlp.pipe on its own batches).",
    )


def shard_size_option(where: str) -> Any:
    """``--shard-size N``; ``where`` names the command's shard folder in the help."""
    return typer.Option(
        DEFAULT_SHARD_SIZE,
        "--shard-size",
        help=f"Papers per resumable extraction shard ({where}, with a manifest.json).",
    )


def resume_option(when: str = "") -> Any:
    """``--resume/--no-resume`` (default on); ``when`` adds a condition to the help."""
    return typer.Option(
        True,
        "--resume/--no-resume",
        help=f"Continue an interrupted run from its last finished extraction shard{when}.",
    )


def engine_option() -> Any:
    """``--engine local|dask``."""
    return typer.Option(
        "local",
        "--engine",
        metavar="local|dask",
        help="Extraction engine: local (this machine, --jobs processes) or dask.",
    )


def scheduler_option() -> Any:
    """``--scheduler ADDRESS`` for ``--engine dask``."""
    return typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://HOST:8786) for --engine dask; default: a local "
        "cluster of --jobs worker processes.",
    )


def check_extraction_options(
    jobs: int, batch_size: int | None, shard_size: int, engine: str, scheduler: str | None = None
) -> None:
    """The checks of the options above (and --batch-size), the same for every command."""
    from kg.errors import ConfigError

    check_sizes(jobs, batch_size)
    if shard_size < 1:
        raise ConfigError("--shard-size must be at least 1")
    if engine not in ENGINES:
        raise ConfigError(f"--engine must be local or dask, not {engine!r}")
    if scheduler and engine != "dask":
        # a scheduler address alone would be ignored: the run would silently stay local
        raise ConfigError("--scheduler needs --engine dask")
