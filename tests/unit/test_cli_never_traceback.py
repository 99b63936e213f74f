"""Every command, hostile arguments and environments: never a traceback.

Each case runs the real console script in a subprocess (so closed file descriptors, a file
size limit and signals are real) and must end with a documented exit code (0–8) and, when it
fails, exactly one ``kg: error:`` line.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HUGE = "9" * 40  # far beyond 64-bit integers
NO_NEO4J = "bolt://127.0.0.1:9"  # nothing listens on the discard port


@dataclass
class Case:
    args: list[str]
    stdin: str | bytes | None = b""  # None: fd 0 closed
    fsize: int | None = None  # RLIMIT_FSIZE in bytes (a full disk)
    env: dict[str, str] = field(default_factory=dict)
    codes: tuple[int, ...] = tuple(range(0, 9))


def _run(case: Case, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    def preexec() -> None:
        if case.fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (case.fsize, case.fsize))
        if case.stdin is None:
            os.close(0)

    env = {**os.environ, "NEO4J_URI": NO_NEO4J, "PYTHONUNBUFFERED": "1", **case.env}
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import console_main; console_main()", *case.args],
        input=None if case.stdin is None else case.stdin,
        stdin=subprocess.DEVNULL if case.stdin is None else None,
        capture_output=True,
        cwd=cwd,
        env=env,
        preexec_fn=preexec,
        timeout=float(os.environ.get("KG_TEST_CASE_TIMEOUT", "300")),
    )


def _unwritable(tmp: Path) -> Path:
    """A folder the test process cannot create files in (root ignores permission bits)."""
    if os.geteuid() == 0:
        return Path("/sys/kg-never-writable")
    locked = tmp / "locked"
    locked.mkdir(exist_ok=True)
    locked.chmod(0o500)
    return locked / "out"


PAPERS = [
    {"title": f"Paper {i} on GSM8K", "abstract": f"We evaluate method {i} on GSM8K."}
    for i in range(3)
]


def _cases(tmp: Path) -> dict[str, Case]:
    good = tmp / "good.jsonl"
    good.write_text("".join(json.dumps(p) + "\n" for p in PAPERS), encoding="utf-8")
    nested = tmp / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    deep_obj = '{"a":' * 100_000 + "1" + "}" * 100_000
    binary = tmp / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    a_file = tmp / "plain-file"
    a_file.write_text("x", encoding="utf-8")
    unwritable = _unwritable(tmp)
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    _SOCKETS.append(busy)
    busy_port = str(busy.getsockname()[1])
    dumps = tmp / "dumps"
    dumps.mkdir(exist_ok=True)
    return {
        "ingest nested json file": Case(["ingest", str(nested)]),
        "ingest nested object on stdin": Case(["ingest", "-"], stdin=deep_obj.encode()),
        "ingest stdin twice": Case(["ingest", "-", "-"], stdin=good.read_bytes()),
        "ingest closed stdin": Case(["ingest", "-"], stdin=None, codes=(3,)),
        "ingest twice closed stdin": Case(["ingest", "-", "-"], stdin=None, codes=(3,)),
        "ingest binary": Case(["ingest", str(binary)], codes=(3,)),
        "ingest to unwritable": Case(["ingest", str(good), "-o", str(unwritable / "p.jsonl")]),
        "ingest under a file": Case(["ingest", str(good), "-o", str(a_file / "p.jsonl")]),
        "ingest full disk": Case(["ingest", str(good), "-o", str(tmp / "p.jsonl")], fsize=100),
        "ingest full disk stdout": Case(["ingest", str(good)], fsize=100),
        "extract huge jobs": Case(["extract", str(good), "-j", HUGE], codes=(2, 8)),
        "extract huge batch": Case(["extract", str(good), "--batch-size", HUGE], codes=(0, 2, 8)),
        "extract huge max-chars": Case(["extract", str(good), "--max-chars", HUGE]),
        "extract to unwritable": Case(["extract", str(good), "-o", str(unwritable / "e.jsonl")]),
        "extract full disk": Case(["extract", str(good), "-o", str(tmp / "e.jsonl")], fsize=200),
        "build unwritable out": Case(["build", str(good), "--no-load", "--out", str(unwritable)]),
        "build out under a file": Case(
            ["build", str(good), "--no-load", "--out", str(a_file / "o")], codes=(3,)
        ),
        "build full disk": Case(
            ["build", str(good), "--no-load", "--out", str(tmp / "full")], fsize=2000, codes=(3,)
        ),
        "build huge jobs": Case(["build", str(good), "--no-load", "-j", HUGE], codes=(2, 8)),
        "build closed stdin": Case(["build", "-", "--no-load", "--out", str(tmp / "b")], None),
        "query huge int": Case(["query", "top-datasets", "--param", f"limit={HUGE}"], codes=(7,)),
        "query huge cypher param": Case(
            ["query", "--cypher", "RETURN $x AS x", "--param", f"x={HUGE}"], codes=(7,)
        ),
        "query unreachable": Case(["query", "top-datasets"], codes=(5,)),
        "export from missing": Case(["export", "--from", str(tmp / "nope")]),
        "export to unwritable": Case(
            ["export", "--from", str(tmp / "nope"), "-o", str(unwritable / "x.ttl")]
        ),
        "sparql missing dump": Case(["sparql", "SELECT * WHERE {?s ?p ?o}", "--data", "nope"]),
        "eval missing gold": Case(["eval", "--gold", str(tmp / "nope.conll")]),
        "serve busy port": Case(["serve", "--dir", str(dumps), "--port", busy_port], codes=(8,)),
        "serve huge port": Case(["serve", "--dir", str(dumps), "--port", HUGE], codes=(2, 8)),
        "serve bad host": Case(
            ["serve", "--dir", str(dumps), "--host", "no-such-host.invalid", "--port", "0"],
            codes=(8,),
        ),
        "neo4j huge heap": Case(
            ["neo4j", "start", "--heap", f"{HUGE}g"],
            env={"KG_NEO4J_HOME": str(tmp / "neo4j-home")},
        ),
    }


_SOCKETS: list[socket.socket] = []


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Case]]]:
    tmp = tmp_path_factory.mktemp("hostile")
    try:
        yield tmp, _cases(tmp)
    finally:
        for s in _SOCKETS:
            s.close()
        _SOCKETS.clear()


NAMES = [
    "ingest nested json file",
    "ingest nested object on stdin",
    "ingest stdin twice",
    "ingest closed stdin",
    "ingest twice closed stdin",
    "ingest binary",
    "ingest to unwritable",
    "ingest under a file",
    "ingest full disk",
    "ingest full disk stdout",
    "extract huge jobs",
    "extract huge batch",
    "extract huge max-chars",
    "extract to unwritable",
    "extract full disk",
    "build unwritable out",
    "build out under a file",
    "build full disk",
    "build huge jobs",
    "build closed stdin",
    "query huge int",
    "query huge cypher param",
    "query unreachable",
    "export from missing",
    "export to unwritable",
    "sparql missing dump",
    "eval missing gold",
    "serve busy port",
    "serve huge port",
    "serve bad host",
    "neo4j huge heap",
]


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_never_a_traceback(name: str, table: tuple[Path, dict[str, Case]]) -> None:
    tmp, cases = table
    case = cases[name]
    proc = _run(case, tmp)
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode in case.codes, (proc.returncode, err)
    errors = [ln for ln in err.splitlines() if ln.startswith("kg: error:")]
    if proc.returncode == 0:
        assert errors == [], err
    else:
        assert len(errors) == 1, err
        # one whole message: no dangling "(" / "[" cut off in the middle
        line = errors[0]
        assert line.count("(") == line.count(")") and line.count("[") == line.count("]"), line


def test_the_table_names_every_case(tmp_path: Path) -> None:
    try:
        assert sorted(_cases(tmp_path)) == sorted(NAMES)
    finally:
        for s in _SOCKETS:
            s.close()
        _SOCKETS.clear()
