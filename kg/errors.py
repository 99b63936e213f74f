"""One root exception type for everything `kg` reports to a user.

Every error a user can cause or fix (bad input, unreachable Neo4j, a missing file, a bad
query parameter) is a subclass of :class:`KGError`. The CLI catches ``KGError`` and prints
``kg: error: <message>`` on one line, then exits with the subclass's ``exit_code``; anything
else is a bug and keeps its traceback.

Exit codes (documented in README.md):

====  =====================================================================
0     success
1     unexpected internal error (a bug: please report it with the traceback)
2     usage error (unknown option, bad parameter) — click/typer, one line too
3     input/output error: a file cannot be read or has an unknown format, or
      cannot be written (permission, disk full); also "input files were
      skipped" at the end of a run that read the other inputs
4     bad records were skipped and ``--strict`` was given
5     Neo4j is unreachable, refused the credentials, or failed mid-load
6     the local Neo4j launcher failed (Maven, Java, start-up timeout)
7     query / export / validation error (bad Cypher or SPARQL, SHACL violation,
      a write refused by read-only ``kg query``)
8     configuration error (bad setting, environment variable or option value)
130   interrupted
====  =====================================================================
"""

from __future__ import annotations


def brief(text: object, limit: int = 300) -> str:
    """``text`` on one line, at most about ``limit`` characters, never cut mid-text.

    A longer text keeps its beginning and its end (where driver and server messages put the
    reason) and says what was left out: ``"… [412 characters omitted] …"``. Whole words only.
    """
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    half = max(limit // 2, 20)
    head = flat[:half].rsplit(" ", 1)[0]
    tail = flat[-half:].split(" ", 1)[-1]
    omitted = len(flat) - len(head) - len(tail)
    return f"{head} … [{omitted} characters omitted] … {tail}"


class KGError(Exception):
    """Root of all errors that ``kg`` reports to the user as a one-line message."""

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        text = " ".join(self.message.split())
        if self.hint:
            text += f" (hint: {' '.join(self.hint.split())})"
        return text


class InputError(KGError):
    """An input file or stream cannot be read at all (missing, unreadable, unknown format)."""

    exit_code = 3


class RecordError(KGError):
    """One record of an input is bad. Readers skip it with a warning; ``--strict`` fails."""

    exit_code = 4

    def __init__(self, message: str, *, file: str, location: str, hint: str | None = None):
        super().__init__(f"{file}:{location}: {message}", hint=hint)
        self.file = file
        self.location = location


class StrictModeError(KGError):
    """Raised at the end of a ``--strict`` run in which records were skipped."""

    exit_code = 4


class Neo4jUnavailableError(KGError):
    """Neo4j cannot be reached, rejects the credentials, or went away during a load."""

    exit_code = 5


class LauncherError(KGError):
    """The local Neo4j launcher (Maven resolve, Java start, readiness wait) failed."""

    exit_code = 6


class QueryError(KGError):
    """A Cypher/SPARQL query is unknown, malformed or missing a parameter."""

    exit_code = 7


class ExportError(KGError):
    """An export or dump could not be written or does not validate."""

    exit_code = 7


class ConfigError(KGError):
    """A setting (flag or environment variable) has an invalid value."""

    exit_code = 8
