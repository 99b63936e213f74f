"""`kg eval` — score the extraction pipeline against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kg.cli._options import pipeline_option
from kg.errors import InputError


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_(
        gold: Path | None = typer.Option(
            None, "--gold", help="Gold file (CoNLL or our JSONL gold); or use --suite."
        ),
        fmt: str | None = typer.Option(
            None,
            "--format",
            "-f",
            help="conll or jsonl (default: from the file extension).",
        ),
        labels: str | None = typer.Option(
            None,
            "--labels",
            help="Comma-separated types to score, case-insensitive (default: the gold's).",
        ),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        write_predictions: Path | None = typer.Option(
            None,
            "--write-predictions",
            help="Write predictions in the gold's format (CoNLL: same tokens, our BIO tags).",
        ),
        limit: int | None = typer.Option(
            None, "--limit", min=1, help="Only the first N sentences / papers."
        ),
        profile: str | None = typer.Option(
            None,
            "--profile",
            help="Span-convention profile of the pipeline: default or tdmsci (eval/README.md).",
        ),
        pipeline: str | None = pipeline_option(),
        errors: int = typer.Option(
            0, "--errors", min=0, help="Also list up to N missed/spurious examples per type."
        ),
        suite: bool = typer.Option(
            False,
            "--suite",
            help="Score every check set (TDMSci, SciERC, own gold): one dev/locked table. "
            "Run from the repository root.",
        ),
    ) -> None:
        """Precision / recall / F1 per type (exact span and overlap), and paper relations.

        CoNLL (e.g. TDMSci): the pipeline runs on the given tokens. JSONL (our gold): mentions,
        paper relations (EVALUATED_ON, PROPOSES, …) and the GSM8K check.
        """
        from kg.evaluate import evaluate_conll, evaluate_jsonl, format_report, parse_labels

        if suite:
            from kg.evaluate.suite import format_suite, run_suite

            result = run_suite(Path.cwd())
            typer.echo(json.dumps(result.to_dict(), indent=2) if as_json else format_suite(result))
            return
        if gold is None:
            raise typer.BadParameter("give --gold FILE or --suite", param_hint="--gold")
        kind = (fmt or _infer_format(gold)).lower()
        scored = parse_labels(labels)
        if kind not in ("conll", "jsonl"):
            raise InputError(f"unknown gold format {kind!r} (expected conll or jsonl)")
        try:
            if kind == "conll":
                report = evaluate_conll(
                    gold,
                    labels=scored,
                    limit=limit,
                    write_predictions=write_predictions,
                    profile=profile,
                    pipeline=pipeline,
                )
            else:
                report = evaluate_jsonl(
                    gold,
                    labels=scored,
                    limit=limit,
                    write_predictions=write_predictions,
                    profile=profile,
                    pipeline=pipeline,
                )
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--labels") from exc
        if as_json:
            typer.echo(
                json.dumps(report.to_dict(examples=errors > 0), indent=2, ensure_ascii=False)
            )
        else:
            typer.echo(format_report(report, examples=errors))


def _infer_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".conll", ".conllu", ".bio", ".tsv", ".txt"):
        return "conll"
    if suffix in (".jsonl", ".json", ".ndjson"):
        return "jsonl"
    raise InputError(f"{path}: cannot tell the gold format from the extension", hint="--format")
