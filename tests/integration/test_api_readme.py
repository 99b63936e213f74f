"""README's Python API example runs as written (from a directory holding examples/), against the
real Neo4j, and prints what it promises."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kg.config import project_root

if TYPE_CHECKING:
    import neo4j

    from kg.config import Settings

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def readme_example() -> str:
    text = (project_root() / "README.md").read_text(encoding="utf-8")
    match = re.search(r"## Python API\n.*?```python\n(.*?)```", text, re.S)
    assert match, "README.md has no Python API example"
    return match.group(1)


def test_readme_python_api_example(
    empty_neo4j: neo4j.Driver,
    neo4j_settings: Settings,
    example_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "examples").mkdir()
    shutil.copyfile(example_file, tmp_path / "examples" / example_file.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_settings.neo4j_user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.neo4j_password)
    exec(compile(readme_example(), "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert "('GSM8K', 'Dataset')" in out[0] and "('Mistral-7B', 'Model')" in out[0]
    assert out[1] == "72 papers; GSM8K"
    assert "Orca-Math: Unlocking the potential of SLMs in Grade School Math" in out[2:]
    assert (tmp_path / "kg-out" / "nodes.jsonl").is_file()
