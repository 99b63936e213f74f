"""The ``kg`` command line. Thin: parse options, call one library function, format output.

Each command lives in its own module with a ``register(app)`` function. :func:`main` turns
:class:`kg.errors.KGError` into a one-line ``kg: error: …`` message and its exit code.
"""

from __future__ import annotations

import errno
import logging
import signal
import sys

import typer

try:  # typer vendors click (typer._click); older releases use the click package
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover
    from click import exceptions as click_errors  # type: ignore[no-redef]

from kg import __version__
from kg.cli import _help
from kg.errors import InputError, KGError, brief

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of ML papers: ingest, extract, load into Neo4j, export RDF.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version."
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More log output (-vv)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only warnings and errors."),
) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    logging.basicConfig(level=level, format="kg: %(levelname)s: %(message)s", stream=sys.stderr)
    for noisy in ("neo4j", "urllib3", "httpx", "rdflib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _register_all() -> None:
    from kg.cli import (
        build_cmd,
        eval_cmd,
        export_cmd,
        extract_cmd,
        ingest_cmd,
        neo4j_cmd,
        query_cmd,
        report_cmd,
        serve_cmd,
        sparql_cmd,
        stats_cmd,
    )

    for module in (
        neo4j_cmd,
        ingest_cmd,
        extract_cmd,
        build_cmd,
        query_cmd,
        stats_cmd,
        export_cmd,
        sparql_cmd,
        eval_cmd,
        serve_cmd,
        report_cmd,
    ):
        module.register(app)


_register_all()
_help.install()


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code (the console script passes it to ``sys.exit``).

    Usage errors (exit 2), :class:`KGError` (its documented exit code) and operating-system
    errors such as a full disk or an unwritable folder (exit 3) each become one line,
    ``kg: error: …``.
    """
    try:
        code = app(args=argv, prog_name="kg", standalone_mode=False)
    except SystemExit as exc:
        if exc.code is None:
            return 0
        return exc.code if isinstance(exc.code, int) else 1
    except click_errors.NoArgsIsHelpError as exc:  # `kg` alone: the help text
        exc.show()
        return exc.exit_code
    except click_errors.UsageError as exc:  # bad option or value: one line too, exit 2
        where = exc.ctx.command_path if exc.ctx is not None else "kg"
        typer.echo(f"kg: error: {brief(exc.format_message())} (see `{where} -h`)", err=True)
        return exc.exit_code
    except click_errors.ClickException as exc:
        typer.echo(f"kg: error: {brief(exc.format_message())}", err=True)
        return exc.exit_code
    except typer.Abort:
        typer.echo("kg: interrupted", err=True)
        return 130
    except KGError as exc:
        typer.echo(f"kg: error: {exc.one_line()}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
        typer.echo("kg: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # unwritable folder, full disk, file size limit, …
        typer.echo(f"kg: error: {os_error_message(exc)}", err=True)
        return InputError.exit_code
    return code if isinstance(code, int) else 0


_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def os_error_message(exc: OSError) -> str:
    """One line for an operating-system error (exit 3, like any file that cannot be used)."""
    reason = exc.strerror or type(exc).__name__
    where = f"{exc.filename}: " if exc.filename else ""
    hint = None
    if exc.errno in _DISK_FULL:
        hint = "free disk space (or raise the file size limit) and run the command again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = "choose a folder you can write to (e.g. --out/-o)"
    return InputError(f"{where}{reason}", hint=hint).one_line()


def console_main() -> None:
    if hasattr(signal, "SIGXFSZ"):  # over the file size limit: an EFBIG error, not a kill
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from kg.extract import own_process

    own_process()  # the kg command owns its process: extraction may freeze the loaded heap
    sys.exit(main())
