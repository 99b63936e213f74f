"""Evaluation against gold annotations (``kg eval``): CoNLL (TDMSci) and our own JSONL gold.

Public API::

    evaluate_conll(gold_path, predict=None, *, labels=None, limit=None, write_predictions=None)
    evaluate_jsonl(gold_path, extract=None, *, labels=None, limit=None, write_predictions=None)
    spacy_token_predictor(nlp=None, *, attr="kg_mentions", batch_size=256)
    read_conll(path, *, limit=None) / write_conll(path, sentences, predicted_tags)
    read_gold_jsonl(path, *, limit=None)
    bio_to_spans(tags) / spans_to_bio(spans, n_tokens)
    format_report(report, *, examples=0)
"""

from __future__ import annotations

from kg.evaluate.conll import (
    ConllSentence,
    TokenSpan,
    bio_to_spans,
    read_conll,
    spans_to_bio,
    write_conll,
)
from kg.evaluate.gold import GoldPaper, GoldRelation, GoldSpan, read_gold_jsonl
from kg.evaluate.metrics import Counts, SpanScorer, match_keys
from kg.evaluate.report import format_report
from kg.evaluate.runner import (
    EvalReport,
    canonical_label,
    evaluate_conll,
    evaluate_jsonl,
    parse_labels,
    spacy_token_predictor,
)

__all__ = [
    "ConllSentence",
    "Counts",
    "EvalReport",
    "GoldPaper",
    "GoldRelation",
    "GoldSpan",
    "SpanScorer",
    "TokenSpan",
    "bio_to_spans",
    "canonical_label",
    "evaluate_conll",
    "evaluate_jsonl",
    "format_report",
    "match_keys",
    "parse_labels",
    "read_conll",
    "read_gold_jsonl",
    "spacy_token_predictor",
    "spans_to_bio",
    "write_conll",
]
