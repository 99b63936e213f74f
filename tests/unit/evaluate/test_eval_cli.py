"""The `kg eval` command: table and JSON output, exit codes (fake predictors injected)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

import kg.evaluate.runner as runner
from kg.cli import main
from kg.evaluate import ConllSentence, TokenSpan

GOLD = "Top\t0\tO\naccuracy\t4\tB-METRIC\non\t13\tO\nSQuAD\t16\tB-DATASET\n.\t21\tO\n"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    def factory(*_a: object, **_k: object) -> object:
        def predict(sentences: Sequence[ConllSentence]) -> list[list[TokenSpan]]:
            return [[TokenSpan(1, 2, "Metric")] for _ in sentences]

        return predict

    monkeypatch.setattr(runner, "spacy_token_predictor", factory)


def test_table_output(tmp_path: Path, fake: None, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "g.conll"
    gold.write_text(GOLD, encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--format", "conll"]) == 0
    out = capsys.readouterr().out
    assert "Metric" in out and "Dataset" in out and "micro" in out
    metric_row = next(line for line in out.splitlines() if line.startswith("Metric"))
    assert "1.000" in metric_row


def test_json_output_labels_and_predictions(
    tmp_path: Path, fake: None, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "g.conll"
    gold.write_text(GOLD, encoding="utf-8")
    pred = tmp_path / "p.conll"
    code = main(
        [
            "eval",
            "--gold",
            str(gold),
            "--labels",
            "metric",
            "--json",
            "--write-predictions",
            str(pred),
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["labels"] == ["Metric"]
    assert data["mentions"]["exact"]["Metric"]["f1"] == 1.0
    assert "Dataset" not in data["mentions"]["exact"]
    assert pred.read_text(encoding="utf-8").splitlines()[1] == "accuracy\t4\tB-METRIC"


def test_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", str(tmp_path / "missing.conll")]) == 3
    assert "missing.conll" in capsys.readouterr().err
    bad = tmp_path / "bad.conll"
    bad.write_text("a\t0\tO\nb\t1\tZ\n", encoding="utf-8")
    assert main(["eval", "--gold", str(bad)]) == 3
    err = capsys.readouterr().err
    assert f"{bad}:2:" in err and "Traceback" not in err
    assert main(["eval", "--gold", str(tmp_path / "x.weird")]) == 3
    assert main(["eval", "--gold", str(bad), "--format", "xml"]) == 3


def test_unknown_label_is_a_usage_error(
    tmp_path: Path, fake: None, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "g.conll"
    gold.write_text(GOLD, encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--labels", "Metric,Banana"]) == 2
    assert "Banana" in capsys.readouterr().err
