"""``kg eval --suite``: the SciERC label mapping and the dev/locked table."""

from __future__ import annotations

from kg.evaluate.conll import ConllSentence, TokenSpan
from kg.evaluate.suite import SCIERC_MAP, SuiteReport, SuiteRow, format_suite, mapped_predictor


def test_scierc_mapping_counts_models_as_methods_and_drops_datasets() -> None:
    def predict(sentences):  # type: ignore[no-untyped-def]
        for _ in sentences:
            yield [
                TokenSpan(0, 1, "Model"),
                TokenSpan(1, 2, "Dataset"),
                TokenSpan(2, 3, "Task"),
            ]

    sent = ConllSentence(tokens=["BERT", "SQuAD", "QA"], tags=["O", "O", "O"], line=1)
    got = list(mapped_predictor(predict, SCIERC_MAP)([sent]))
    assert got == [[TokenSpan(0, 1, "Method"), TokenSpan(2, 3, "Task")]]


def test_suite_table_shows_dev_locked_and_gap() -> None:
    report = SuiteReport(
        rows=[
            SuiteRow("TDMSci", "tdmsci", "Task", 0.6, 0.61),
            SuiteRow("own gold", "default", "micro", 0.9, None),
        ],
        gsm8k={"gold": 4, "predicted": 4, "true_positives": 4},
    )
    text = format_suite(report)
    assert "TDMSci     tdmsci   Task      0.600   0.610 +0.010" in text
    assert "own gold   default  micro     0.900" in text
    assert "GSM8K check (own gold): gold 4, predicted 4, correct 4" in text


def test_suite_prints_the_scierc_material_proxy_of_datasets() -> None:
    report = SuiteReport(material={"dev": (0.25, 0.033, 0.059), "locked": (0.364, 0.056, 0.098)})
    text = format_suite(report)
    assert "SciERC MATERIAL as a loose proxy of Dataset mentions (P / R / F1):" in text
    assert "  locked  0.364 / 0.056 / 0.098" in text
    assert report.to_dict()["scierc_material_proxy"]["dev"]["precision"] == 0.25
