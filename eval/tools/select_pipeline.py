"""Choose the default pipeline (fast vs accurate) by the locked-set rule of issue 14.

    .venv/bin/python eval/tools/select_pipeline.py [--json OUT]

Scores both pipelines, exact and overlap, per type (scores only: no error is printed or kept):
* TDMSci locked (``eval/data/tdmsci/locked.conll``, ``--profile tdmsci``): Dataset/Metric/Task;
* SciERC dev (``eval/data/scierc/dev.conll``, default profile): Task/Method/Metric, where our
  Method and Model spans both count as SciERC METHOD (SciERC does not separate them);
* our own gold (``eval/gold/hf-trending-gold.jsonl``): every type;
* the example abstracts (``examples/hf-trending-papers.txt``): papers evaluated on GSM8K.

Rule: ``accurate`` becomes the default only if it raises SciERC dev Task+Method+Metric exact
micro-F1 by ≥ 0.05, lowers none of TDMSci locked Dataset/Metric/Task exact F1 by more than
0.01, and still finds exactly 4 papers evaluated on GSM8K on the examples.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.evaluate import evaluate_conll, evaluate_jsonl  # noqa: E402
from kg.evaluate.conll import ConllSentence, TokenSpan  # noqa: E402
from kg.evaluate.runner import TokenPredictor, spacy_token_predictor  # noqa: E402
from kg.extract import extract_papers  # noqa: E402
from kg.extract.pipeline import PIPELINES, build_nlp  # noqa: E402

TDMSCI_LOCKED = ROOT / "eval" / "data" / "tdmsci" / "locked.conll"
SCIERC_DEV = ROOT / "eval" / "data" / "scierc" / "dev.conll"
OWN_GOLD = ROOT / "eval" / "gold" / "hf-trending-gold.jsonl"
EXAMPLES = ROOT / "examples" / "hf-trending-papers.txt"

MIN_SCIERC_GAIN = 0.05
MAX_TDMSCI_DROP = 0.01
GSM8K_PAPERS = 4


def method_and_model(predict: TokenPredictor) -> TokenPredictor:
    """Our Model spans count as Method (SciERC's METHOD covers both)."""

    def relabelled(sentences: Sequence[ConllSentence]) -> Iterator[list[TokenSpan]]:
        for spans in predict(sentences):
            yield [
                TokenSpan(s.start, s.end, "Method" if s.label == "Model" else s.label)
                for s in spans
            ]

    return relabelled


def scores(report: Any) -> dict[str, Any]:
    m = report.to_dict()["mentions"]  # scores only: to_dict() leaves the error examples out
    return {kind: {lab: m[kind][lab]["f1"] for lab in m[kind]} for kind in ("exact", "overlap")}


def gsm8k_papers(pipeline: str) -> int:
    from kg.sources import read_papers

    papers = read_papers([str(EXAMPLES)], None)
    nlp = build_nlp(pipeline=pipeline)
    return sum(
        any(r.type == "EVALUATED_ON" and r.entity_id == "dataset:gsm8k" for r in ex.relations)
        for ex in extract_papers(papers, nlp=nlp)
    )


def evaluate(pipeline: str) -> dict[str, Any]:
    tdmsci = evaluate_conll(TDMSCI_LOCKED, profile="tdmsci", pipeline=pipeline)
    scierc = evaluate_conll(
        SCIERC_DEV,
        method_and_model(spacy_token_predictor(build_nlp(pipeline=pipeline))),
        labels=["Task", "Method", "Metric"],
    )
    own = evaluate_jsonl(OWN_GOLD, pipeline=pipeline)
    return {
        "tdmsci_locked": scores(tdmsci),
        "scierc_dev": scores(scierc),
        "own_gold": scores(own),
        "gsm8k_examples": gsm8k_papers(pipeline),
    }


def decide(results: dict[str, dict[str, Any]]) -> tuple[str, list[str]]:
    fast, acc = results["fast"], results["accurate"]
    gain = acc["scierc_dev"]["exact"]["micro"] - fast["scierc_dev"]["exact"]["micro"]
    why = [f"SciERC dev Task+Method+Metric exact micro-F1 gain {gain:+.3f} (need ≥ +0.05)"]
    ok = gain >= MIN_SCIERC_GAIN
    for lab in ("Dataset", "Metric", "Task"):
        d = acc["tdmsci_locked"]["exact"][lab] - fast["tdmsci_locked"]["exact"][lab]
        why.append(f"TDMSci locked {lab} exact F1 {d:+.3f} (need ≥ -0.01)")
        ok = ok and d >= -MAX_TDMSCI_DROP
    why.append(f"GSM8K papers on the examples: {acc['gsm8k_examples']} (need {GSM8K_PAPERS})")
    ok = ok and acc["gsm8k_examples"] == GSM8K_PAPERS
    return ("accurate" if ok else "fast"), why


def table(results: dict[str, dict[str, Any]]) -> str:
    rows = ["| set | type | fast exact | accurate exact | fast overlap | accurate overlap |"]
    rows.append("|---|---|---|---|---|---|")
    for key, name in (
        ("tdmsci_locked", "TDMSci locked (tdmsci profile)"),
        ("scierc_dev", "SciERC dev (Method = our Method+Model)"),
        ("own_gold", "own gold (47 abstracts)"),
    ):
        for lab in results["fast"][key]["exact"]:
            f, a = results["fast"][key], results["accurate"][key]
            rows.append(
                f"| {name} | {lab} | {f['exact'][lab]:.3f} | {a['exact'][lab]:.3f} | "
                f"{f['overlap'][lab]:.3f} | {a['overlap'][lab]:.3f} |"
            )
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args()
    results = {p: evaluate(p) for p in PIPELINES}
    choice, why = decide(results)
    print(table(results))
    print()
    print(
        f"GSM8K papers on the examples: fast {results['fast']['gsm8k_examples']}, "
        f"accurate {results['accurate']['gsm8k_examples']}"
    )
    for line in why:
        print(f"- {line}")
    print(f"default pipeline by the rule: {choice}")
    if args.json:
        args.json.write_text(
            json.dumps({"results": results, "decision": choice, "why": why}, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
