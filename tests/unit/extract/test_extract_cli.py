"""`kg extract` on a small page file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main

PAGE = """New

Get trending papers in your email inbox!

Subscribe

Orca-Math: Unlocking the potential of SLMs in Grade School Math

We introduce Orca-Math, a 7-billion-parameter SLM that achieves 86.81% on GSM8k pass@1.

Chain of Thoughtlessness: An Analysis of CoT in Planning

We study chain of thought prompting on Blocksworld with GPT-4.
"""


def test_extract_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "papers.jsonl"
    rows = [
        {"id": "arxiv:1", "title": "Orca-Math: SLMs", "abstract": "It achieves 86.81% on GSM8k."},
        {"id": "arxiv:2", "title": "CoT", "abstract": "We study chain of thought with GPT-4."},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "ex.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["paper"]["title"] == "Orca-Math: SLMs"
    assert any(r["entity_id"] == "dataset:gsm8k" for r in first["relations"])
    err = capsys.readouterr().err
    assert "2 papers" in err


def test_extract_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "papers.jsonl"
    src.write_text(json.dumps({"id": "arxiv:9", "title": "T", "abstract": "BERT."}) + "\n")
    assert main(["extract", str(src)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert json.loads(out[0])["mentions"][0]["entity_id"] == "model:bert"


def test_missing_input_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", "/nonexistent/file.jsonl"])
    assert code == 3
    assert "kg: error:" in capsys.readouterr().err


def test_bad_jobs_value(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path), "-j", "0"]) == 8


def test_missing_spacy_model_is_a_config_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "papers.jsonl"
    src.write_text(json.dumps({"id": "arxiv:9", "title": "T", "abstract": "BERT."}) + "\n")
    code = main(["extract", str(src), "--spacy-model", "no_such_pipeline_xyz"])
    assert code == 8
    assert "not installed" in capsys.readouterr().err


def test_parallel_cli_matches_single_process(tmp_path: Path) -> None:
    src = tmp_path / "papers.jsonl"
    rows = [
        {"id": f"arxiv:{i}", "title": f"P{i}", "abstract": f"GPT-4 reaches {60 + i}.5% on GSM8K."}
        for i in range(5)
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(src), "-o", str(one)]) == 0
    assert main(["extract", str(src), "-o", str(two), "-j", "2", "--batch-size", "2"]) == 0

    def load(path: Path) -> list[dict[str, object]]:
        out = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for row in out:
            row.pop("extracted_at")
        return out

    assert load(one) == load(two)
