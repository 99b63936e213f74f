"""``kg eval --suite``: every check set in one table, dev and locked side by side.

| check set | profile | types | dev (errors may be read) | locked (score only) |
|---|---|---|---|---|
| TDMSci | tdmsci | Dataset, Metric, Task | ``eval/data/tdmsci/dev.conll`` | ``…/locked.conll`` |
| SciERC | default | Task, Method, Metric | ``eval/data/scierc/train.conll`` | ``…/dev.conll`` |
| own gold | default | all five types | ``eval/gold/hf-trending-gold.jsonl`` | — |

SciERC mapping (documented in eval/README.md): our Method and Model both count as SciERC
METHOD (SciERC has no model type: "BERT" is a METHOD there); our Task → TASK, Metric →
METRIC. SciERC MATERIAL is not in the table (it is data *and* other material, not our
Dataset), nor OTHERSCIENTIFICTERM / GENERIC; it is printed apart as a loose proxy of Dataset
mentions (our Dataset → MATERIAL: precision = how many of our Dataset spans are Materials;
recall is low by design). Locked parts are only scored: no error is kept or printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluate.conll import ConllSentence, TokenSpan
from kg.evaluate.runner import (
    EvalReport,
    TokenPredictor,
    _build_default_nlp,
    evaluate_conll,
    evaluate_jsonl,
    spacy_token_predictor,
)

SCIERC_TYPES = ["Task", "Method", "Metric"]
# our type → SciERC's (as our canonical names); types not listed are not scored
SCIERC_MAP = {"Task": "Task", "Method": "Method", "Model": "Method", "Metric": "Metric"}
# SciERC MATERIAL as a loose proxy of our Dataset mentions (printed apart from the table)
SCIERC_MATERIAL = "MATERIAL"


@dataclass
class SuiteRow:
    check: str
    profile: str
    label: str
    dev: float | None
    locked: float | None


@dataclass
class SuiteReport:
    rows: list[SuiteRow] = field(default_factory=list)
    gsm8k: dict[str, Any] | None = None
    reports: dict[str, EvalReport] = field(default_factory=dict)
    # SciERC MATERIAL proxy of Dataset mentions: part → (precision, recall, F1)
    material: dict[str, tuple[float, float, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": [r.__dict__ for r in self.rows],
            "gsm8k": self.gsm8k,
            "scierc_material_proxy": {
                part: dict(zip(("precision", "recall", "f1"), prf, strict=True))
                for part, prf in self.material.items()
            },
        }


def mapped_predictor(predict: TokenPredictor, mapping: dict[str, str]) -> TokenPredictor:
    """Rename predicted labels by ``mapping``; labels not in it are dropped."""

    def run(sentences: Sequence[ConllSentence]) -> Iterator[list[TokenSpan]]:
        for spans in predict(sentences):
            yield [
                TokenSpan(s.start, s.end, mapping[s.label]) for s in spans if s.label in mapping
            ]

    return run


def _need(path: Path) -> Path:
    if not path.is_file():
        raise InputError(
            f"{path}: check set not found", hint="run `kg eval --suite` from the repository root"
        )
    return path


def _f1(report: EvalReport | None, label: str) -> float | None:
    if report is None:
        return None
    counts = report.mentions.micro() if label == "micro" else report.mentions.exact[label]
    return round(counts.f1, 3)


def _rows(
    check: str, profile: str, labels: Iterable[str], dev: EvalReport, locked: EvalReport | None
) -> list[SuiteRow]:
    return [
        SuiteRow(check, profile, lab, _f1(dev, lab), _f1(locked, lab))
        for lab in [*labels, "micro"]
    ]


def run_suite(root: Path | str = ".") -> SuiteReport:
    """Score every check set (paths relative to the repository root ``root``)."""
    root = Path(root)
    data = root / "eval" / "data"
    out = SuiteReport()
    tdmsci_nlp = _build_default_nlp("tdmsci")
    default_nlp = _build_default_nlp()
    tdm = {
        part: evaluate_conll(
            _need(data / "tdmsci" / f"{part}.conll"), spacy_token_predictor(tdmsci_nlp)
        )
        for part in ("dev", "locked")
    }
    labels = tdm["dev"].labels
    out.rows += _rows("TDMSci", "tdmsci", labels, tdm["dev"], tdm["locked"])
    scierc_predict = mapped_predictor(spacy_token_predictor(default_nlp), SCIERC_MAP)
    sci = {
        part: evaluate_conll(
            _need(data / "scierc" / f"{name}.conll"), scierc_predict, labels=SCIERC_TYPES
        )
        for part, name in (("dev", "train"), ("locked", "dev"))
    }
    out.rows += _rows("SciERC", "default", SCIERC_TYPES, sci["dev"], sci["locked"])
    material_predict = mapped_predictor(
        spacy_token_predictor(default_nlp), {"Dataset": SCIERC_MATERIAL}
    )
    for part, name in (("dev", "train"), ("locked", "dev")):
        rep = evaluate_conll(
            _need(data / "scierc" / f"{name}.conll"), material_predict, labels=[SCIERC_MATERIAL]
        )
        c = rep.mentions.exact[SCIERC_MATERIAL]
        out.material[part] = (round(c.precision, 3), round(c.recall, 3), round(c.f1, 3))
        rep.examples.clear()  # a proxy: scores only
    own = evaluate_jsonl(_need(root / "eval" / "gold" / "hf-trending-gold.jsonl"))
    out.rows += _rows("own gold", "default", own.labels, own, None)
    out.gsm8k = own.gsm8k
    out.reports = {
        "tdmsci_dev": tdm["dev"],
        "scierc_train": sci["dev"],
        "own_gold": own,
    }
    for report in (tdm["locked"], sci["locked"]):
        report.examples.clear()  # locked: scores only
    return out


def format_suite(report: SuiteReport) -> str:
    lines = [
        "exact-span F1; dev = errors may be read, locked = score only",
        "(TDMSci: train split cut dev/locked; SciERC: train as dev, dev as locked)",
        "",
        f"{'check set':<10} {'profile':<8} {'type':<8} {'dev':>6} {'locked':>7} {'gap':>6}",
    ]
    for r in report.rows:
        dev = "" if r.dev is None else f"{r.dev:.3f}"
        locked = "" if r.locked is None else f"{r.locked:.3f}"
        gap = "" if r.dev is None or r.locked is None else f"{r.locked - r.dev:+.3f}"
        lines.append(f"{r.check:<10} {r.profile:<8} {r.label:<8} {dev:>6} {locked:>7} {gap:>6}")
    if report.material:
        lines.append("")
        lines.append("SciERC MATERIAL as a loose proxy of Dataset mentions (P / R / F1):")
        for part, (p, r, f) in report.material.items():
            lines.append(f"  {part:<7} {p:.3f} / {r:.3f} / {f:.3f}")
    if report.gsm8k is not None:
        g = report.gsm8k
        lines.append("")
        lines.append(
            f"GSM8K check (own gold): gold {g['gold']}, predicted {g['predicted']}, "
            f"correct {g['true_positives']}"
        )
    return "\n".join(lines)
