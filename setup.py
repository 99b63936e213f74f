"""Build step that ships the project's data folders inside the wheel.

The top-level ``cypher/``, ``ontology/`` and ``tools/neo4j/pom.xml`` stay the single source of
truth in the repository; a regular (non-editable) build copies them into the package as
``kg/_data/cypher/``, ``kg/_data/ontology/`` and ``kg/_data/neo4j/pom.xml``, where
:mod:`kg.resources` reads them through ``importlib.resources``. An editable install
(``pip install -e .``) copies nothing: :mod:`kg.resources` then reads the checkout's folders.
Everything else is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# source (relative to the repository root) -> destination (relative to kg/_data/)
SHIPPED_DATA = {
    "cypher": "cypher",
    "ontology": "ontology",
    "tools/neo4j/pom.xml": "neo4j/pom.xml",
}
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildPyWithData(build_py):
    """``build_py`` plus a copy of :data:`SHIPPED_DATA` into ``<build_lib>/kg/_data/``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "kg" / "_data"
        for source, dest in SHIPPED_DATA.items():
            src, dst = ROOT / source, target / dest
            if not src.exists():
                raise FileNotFoundError(f"kg build: missing {src} (needed inside the wheel)")
            if dst.exists():
                shutil.rmtree(dst) if dst.is_dir() else dst.unlink()
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst, ignore=IGNORED)
            else:
                shutil.copyfile(src, dst)


setup(cmdclass={"build_py": BuildPyWithData})
