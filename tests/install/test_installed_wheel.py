"""The installed product: build the wheel, install it into a fresh venv outside the checkout and
run `kg` from a temporary directory — help, the query library, a build without a server, RDF
validation, and `kg neo4j start/stop` against a fresh home with free ports.

By default the fresh venv gets only the wheel (``pip install --no-deps``) and borrows the
already-installed dependencies of the running interpreter through a ``.pth`` line (no download;
``pip check`` then proves the wheel's declared dependencies are satisfied). Set
``KG_WHEEL_TEST_FULL_INSTALL=1`` to ``pip install -c constraints.txt`` the wheel with all its
dependencies from the package index instead (what CI with network should do).

Neo4j: the server's jars are resolved by Maven from ``~/.m2`` (already downloaded by the first
``kg neo4j start``), so this test does not re-download them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.config import example_input, project_root

pytestmark = [pytest.mark.slow, pytest.mark.install, pytest.mark.timeout(900)]

ROOT = project_root()
# Variables of the developer's / test runner's environment that would point the installed
# product at the checkout or the test server.
# What a wheel is built from (the Dockerfile's build stage copies the same).
SOURCES = (
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "kg",
    "cypher",
    "ontology",
    "tools/neo4j/pom.xml",
)
SCRUBBED = ("NEO4J_", "KG_", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Installed:
    venv: Path
    workdir: Path
    env: dict[str, str]

    @property
    def kg(self) -> str:
        return str(self.venv / "bin" / "kg")

    @property
    def python(self) -> str:
        return str(self.venv / "bin" / "python")

    def run(
        self, *args: str, extra_env: dict[str, str] | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.kg, *args],
            cwd=self.workdir,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def ok(self, *args: str, **kwargs: object) -> str:
        proc = self.run(*args, **kwargs)  # type: ignore[arg-type]
        assert proc.returncode == 0, f"kg {' '.join(args)} → {proc.returncode}:\n{proc.stderr}"
        return proc.stdout


def _pip(*args: str, timeout: float = 900) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, f"pip {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed")
    assert not base.resolve().is_relative_to(ROOT.resolve()), "the venv must be outside"
    dist = base / "dist"
    # Build from a copy of exactly what the Dockerfile copies (no stale build/ of the checkout);
    # the build backend (setuptools, a dev dependency) is already installed: no download.
    src = base / "src"
    for rel in SOURCES:
        if (ROOT / rel).is_dir():
            shutil.copytree(ROOT / rel, src / rel, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / rel, src / rel)
    _pip(
        "wheel", "--no-deps", "--no-build-isolation", "--quiet", "--wheel-dir", str(dist), str(src)
    )
    wheels = sorted(dist.glob("kg-*.whl"))
    assert len(wheels) == 1, wheels
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    if os.environ.get("KG_WHEEL_TEST_FULL_INSTALL") == "1":
        _pip("--python", python, "install", "-c", str(ROOT / "constraints.txt"), str(wheels[0]))
    else:
        _pip("--python", python, "install", "--no-deps", "--no-index", str(wheels[0]))
        # Borrow the dependencies already installed for this interpreter. A .pth line only
        # extends sys.path: the .pth files in that directory (the editable install's finder)
        # are not run, so `kg` can only come from the wheel.
        purelib = subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
        Path(purelib, "kg-test-deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    workdir = base / "work"
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(SCRUBBED)}
    env["XDG_DATA_HOME"] = str(base / "xdg-data")  # a fresh default state dir (platformdirs)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    yield Installed(venv=venv, workdir=workdir, env=env)


def test_kg_comes_from_the_wheel_with_its_data(installed: Installed) -> None:
    proc = subprocess.run(
        [
            installed.python,
            "-c",
            "import kg, kg.config as c; print(kg.__file__); print(c.cypher_dir()); "
            "print(c.ontology_dir()); print(c.neo4j_pom()); print(c.in_checkout()); "
            "print(c.default_neo4j_home())",
        ],
        cwd=installed.workdir,
        env=installed.env,
        capture_output=True,
        text=True,
        check=True,
    )
    module, cypher, ontology, pom, in_checkout, home = proc.stdout.split("\n")[:6]
    venv = str(installed.venv.resolve())
    for path in (module, cypher, ontology, pom):
        assert path.startswith(venv), path
    assert Path(cypher, "queries", "papers-evaluated-on.cypher").is_file()
    assert Path(ontology, "shapes.ttl").is_file()
    assert Path(pom).is_file()
    assert in_checkout == "False"
    assert home == str(Path(installed.env["XDG_DATA_HOME"]) / "kg" / "neo4j")
    if os.environ.get("KG_WHEEL_TEST_FULL_INSTALL") != "1":
        check = subprocess.run(
            [sys.executable, "-m", "pip", "--python", installed.python, "check"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout + check.stderr


def test_help_and_query_library(installed: Installed) -> None:
    out = installed.ok("--help")
    for command in ("build", "query", "export", "neo4j", "stats"):
        assert command in out
    listing = installed.ok("query", "--list")
    assert "papers-evaluated-on" in listing
    assert "leaderboard" in listing


def test_build_without_server_and_validate_export(installed: Installed) -> None:
    example = installed.workdir / "papers.txt"
    shutil.copyfile(example_input(), example)
    installed.ok("build", example.name, "--no-load", "--out", "out")
    out = installed.workdir / "out"
    for name in ("extractions.jsonl", "nodes.jsonl", "edges.jsonl", "summary.json"):
        assert (out / name).stat().st_size > 0, name
    assert list((out / "dumps").glob("*.ttl.gz"))
    installed.ok("export", "--from", "out", "--validate", "-o", "export.ttl")
    assert (installed.workdir / "export.ttl").stat().st_size > 0
    stats = installed.ok("stats", "out")
    assert "Paper" in stats


def test_neo4j_start_query_status_stop_on_a_fresh_home(installed: Installed) -> None:
    bolt, http = _free_port(), _free_port()
    memory = {"KG_NEO4J_HEAP": "512m", "KG_NEO4J_PAGECACHE": "64m"}
    home = Path(installed.env["XDG_DATA_HOME"]) / "kg" / "neo4j"
    assert not home.exists()
    try:
        # Only `start` knows the port; every later command finds the server by its home.
        started = installed.run(
            "neo4j",
            "start",
            "--timeout",
            "240",
            extra_env={"KG_NEO4J_BOLT_PORT": str(bolt), "KG_NEO4J_HTTP_PORT": str(http), **memory},
            timeout=900,
        )
        assert started.returncode == 0, started.stdout + started.stderr
        assert (home / "run" / "neo4j.pid").is_file()
        one = installed.ok("query", "--cypher", "RETURN 1 AS one", "--json")
        assert '"one": 1' in one
        status = installed.ok("neo4j", "status")
        assert f"bolt://127.0.0.1:{bolt}" in status
        assert f"http://127.0.0.1:{http}/browser/" in status
    finally:
        stopped = installed.run("neo4j", "stop", timeout=120)
    assert stopped.returncode == 0, stopped.stderr
    assert "stopped" in stopped.stdout
    assert not (home / "run" / "neo4j.pid").exists()
    gone = installed.run("neo4j", "status", extra_env={"KG_NEO4J_BOLT_PORT": str(bolt)})
    assert gone.returncode == 6, gone.stdout
