"""Run a predictor over a gold file and score it (``kg eval``).

The scorers take the predictor as a callable (dependency injection), so they can be tested
with a fake; the defaults wrap the real spaCy pipeline of :mod:`kg.extract`, imported lazily.

* CoNLL: ``predict(sentences) -> iterable of token-span lists`` (one list per sentence, our
  type names as labels). :func:`spacy_token_predictor` runs ``nlp``'s components on
  ``Doc(nlp.vocab, words=tokens, spaces=…)`` — the gold tokens, never re-tokenised — and
  reads ``doc._.kg_mentions``.
* JSONL: ``extract(papers) -> iterable of Extraction`` (one per paper, same order), by
  default :func:`kg.extract.extract_papers`.
"""

from __future__ import annotations

import bisect
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, KGError
from kg.evaluate.conll import ConllSentence, TokenSpan, read_conll, spans_to_bio, write_conll
from kg.evaluate.gold import GoldPaper, read_gold_jsonl
from kg.evaluate.metrics import Counts, Span, SpanScorer, match_keys
from kg.evaluate.results import ResultsReport
from kg.models import ENTITY_TYPES, PAPER_RELATION_TYPES, Extraction, Paper
from kg.schema import slugify

TokenPredictor = Callable[[Sequence[ConllSentence]], Iterable[Sequence[TokenSpan]]]
Extractor = Callable[[Iterable[Paper]], Iterable[Extraction]]

_OURS = {t.lower(): t for t in ENTITY_TYPES}
MAX_EXAMPLES = 200  # error examples kept per label and kind


def canonical_label(label: str) -> str:
    """Gold/predicted label → our type name when it is one (case-insensitive), else as is."""
    return _OURS.get(label.lower(), label)


def parse_labels(value: str | None) -> list[str] | None:
    """``"DATASET,metric"`` → ``["Dataset", "Metric"]``; ``None``/empty → ``None``."""
    if not value:
        return None
    labels = [canonical_label(x.strip()) for x in value.split(",") if x.strip()]
    return list(dict.fromkeys(labels)) or None


def _check_labels(labels: Sequence[str], gold_labels: set[str]) -> None:
    unknown = [x for x in labels if x not in gold_labels and x not in ENTITY_TYPES]
    if unknown:
        known = sorted(gold_labels | set(ENTITY_TYPES))
        raise ValueError(f"unknown label(s) {', '.join(unknown)} (known: {', '.join(known)})")


@dataclass
class EvalReport:
    """Everything ``kg eval`` prints. :meth:`to_dict` is the ``--json`` output."""

    gold: str
    format: str
    documents: int
    labels: list[str]
    mentions: SpanScorer
    seconds: float = 0.0
    relations: dict[str, Counts] = field(default_factory=dict)
    gsm8k: dict[str, Any] | None = None
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    extractor_version: str | None = None
    results: ResultsReport | None = None

    def to_dict(self, *, examples: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "gold": self.gold,
            "format": self.format,
            "documents": self.documents,
            "labels": self.labels,
            "extractor_version": self.extractor_version,
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.documents / self.seconds, 1) if self.seconds else None,
            "mentions": self.mentions.to_dict(),
        }
        if self.relations:
            out["relations"] = {k: v.to_dict() for k, v in self.relations.items()}
        if self.gsm8k is not None:
            out["gsm8k"] = self.gsm8k
        if self.results is not None:
            out["results"] = self.results.to_dict()
        if examples:
            out["examples"] = self.examples
        return out


def _keep_example(report: EvalReport, kind: str, label: str, item: dict[str, Any]) -> None:
    bucket = report.examples.setdefault(f"{kind}:{label}", [])
    if len(bucket) < MAX_EXAMPLES:
        bucket.append(item)


# --------------------------------------------------------------------------- CoNLL


def _char_to_token_span(
    starts: list[int], ends: list[int], start: int, end: int
) -> tuple[int, int]:
    """Smallest token range ``[i, j)`` covering characters ``[start, end)``."""
    i = bisect.bisect_right(ends, start)  # first token ending after start
    j = bisect.bisect_left(starts, end)  # tokens starting before end
    return i, max(j, i + 1)


def spacy_token_predictor(
    nlp: Any = None, *, attr: str = "kg_mentions", batch_size: int = 256
) -> TokenPredictor:
    """Wrap a spaCy pipeline as a :data:`TokenPredictor` over pre-tokenised sentences.

    ``nlp`` defaults to ``kg.extract.pipeline.build_nlp()``. Each sentence becomes
    ``Doc(nlp.vocab, words=tokens, spaces=spaces)``, is run through every pipeline component
    (``nlp.pipe`` on Doc inputs skips the tokenizer), and the spans in ``doc._.<attr>`` are
    mapped back to the gold tokens by character offsets (robust to components that merge
    tokens).
    """

    def predict(sentences: Sequence[ConllSentence]) -> Iterator[list[TokenSpan]]:
        from spacy.tokens import Doc

        pipeline = nlp if nlp is not None else _build_default_nlp()

        def docs() -> Iterator[Doc]:
            for sent in sentences:
                yield Doc(pipeline.vocab, words=sent.tokens, spaces=sent.spaces())

        for sent, doc in zip(sentences, pipeline.pipe(docs(), batch_size=batch_size), strict=True):
            starts, ends, pos = [], [], 0
            for tok, space in zip(sent.tokens, sent.spaces(), strict=True):
                starts.append(pos)
                ends.append(pos + len(tok))
                pos += len(tok) + (1 if space else 0)
            out: list[TokenSpan] = []
            for span in getattr(doc._, attr) or []:
                i, j = _char_to_token_span(starts, ends, span.start_char, span.end_char)
                if i < len(sent.tokens):
                    out.append(TokenSpan(i, min(j, len(sent.tokens)), canonical_label(span.label_)))
            yield out

    return predict


def evaluate_conll(
    gold_path: Path | str,
    predict: TokenPredictor | None = None,
    *,
    labels: Sequence[str] | None = None,
    limit: int | None = None,
    write_predictions: Path | str | None = None,
    profile: str | None = None,
    pipeline: str | None = None,
) -> EvalReport:
    """Score ``predict`` (default: our spaCy pipeline) against a CoNLL gold file.

    ``profile`` names a span-convention profile of the pipeline
    (:data:`kg.extract.pipeline.PROFILES`, e.g. ``"tdmsci"``) and ``pipeline`` the pipeline
    (``"fast"`` or ``"accurate"``, :data:`kg.extract.pipeline.PIPELINES`); both ignored with
    ``predict``.
    """
    sentences = read_conll(gold_path, limit=limit)
    gold_names: dict[str, str] = {}  # our label → the gold file's spelling
    for sent in sentences:
        for span in sent.spans:
            gold_names.setdefault(canonical_label(span.label), span.label)
    scored = list(labels) if labels else sorted(gold_names)
    _check_labels(scored, set(gold_names))
    if predict is None:
        predict = spacy_token_predictor(
            _build_default_nlp(profile, pipeline) if profile or pipeline else None
        )
    scorer = SpanScorer(scored)
    report = EvalReport(str(gold_path), "conll", len(sentences), scored, scorer)
    report.extractor_version = _extractor_version()
    written: list[list[str]] = []
    t0 = time.perf_counter()
    predictions = iter(predict(sentences))
    for sent in sentences:
        try:
            pred_spans = list(next(predictions))
        except StopIteration:
            raise RuntimeError(
                f"predictor returned fewer results than {len(sentences)} sentences"
            ) from None
        gold: list[Span] = [(s.start, s.end, canonical_label(s.label)) for s in sent.spans]
        pred: list[Span] = [(s.start, s.end, canonical_label(s.label)) for s in pred_spans]
        missed, wrong = scorer.add(gold, pred)
        for kind, items in (("fn", missed), ("fp", wrong)):
            for s in items:
                _keep_example(
                    report,
                    kind,
                    s[2],
                    {
                        "line": sent.line,
                        "text": " ".join(sent.tokens[s[0] : s[1]]),
                        "sentence": " ".join(sent.tokens),
                    },
                )
        if write_predictions is not None:
            keep = [
                TokenSpan(s[0], s[1], gold_names.get(s[2], s[2])) for s in pred if s[2] in scored
            ]
            written.append(spans_to_bio(keep, len(sent.tokens)))
    report.seconds = time.perf_counter() - t0
    if write_predictions is not None:
        write_conll(write_predictions, sentences, written)
    return report


# --------------------------------------------------------------------------- JSONL


def _missing_pipeline(exc: ModuleNotFoundError) -> KGError:
    return KGError(f"the extraction pipeline is not available ({exc})")


def _build_default_nlp(profile: str | None = None, pipeline: str | None = None) -> Any:
    try:
        from kg.extract.pipeline import build_nlp, profile_overrides
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("kg.extract"):
            raise _missing_pipeline(exc) from exc
        raise
    return build_nlp(profile_overrides(profile), pipeline=pipeline)


def _default_extractor(profile: str | None = None, pipeline: str | None = None) -> Extractor:
    def extract(papers: Iterable[Paper]) -> Iterable[Extraction]:
        try:
            from kg.extract import extract_papers
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("kg.extract"):
                raise _missing_pipeline(exc) from exc
            raise
        nlp = _build_default_nlp(profile, pipeline) if profile or pipeline else None
        return extract_papers(papers, nlp=nlp)

    return extract


def _extractor_version() -> str | None:
    try:
        from kg.extract import EXTRACTOR_VERSION
    except Exception:  # the pipeline may not be importable (tests with a fake)
        return None
    return str(EXTRACTOR_VERSION)


def _pred_relation_keys(ext: Extraction) -> dict[str, list[tuple[str, frozenset[str], str]]]:
    """Relation type → unique predicted entities as (primary slug, all slugs, display name)."""
    entities = {e.id: e for e in ext.entities}
    out: dict[str, list[tuple[str, frozenset[str], str]]] = {}
    seen: set[tuple[str, str]] = set()
    for rel in ext.relations:
        if (rel.type, rel.entity_id) in seen:
            continue
        seen.add((rel.type, rel.entity_id))
        primary = rel.entity_id.split(":", 1)[1] if ":" in rel.entity_id else rel.entity_id
        keys = {primary}
        name = primary
        ent = entities.get(rel.entity_id)
        if ent is not None:
            name = ent.name
            keys.add(slugify(ent.name))
            keys.update(slugify(a) for a in ent.aliases)
        out.setdefault(rel.type, []).append((primary, frozenset(keys), name))
    return out


GSM8K_SLUG = "gsm8k"


def evaluate_jsonl(
    gold_path: Path | str,
    extract: Extractor | None = None,
    *,
    labels: Sequence[str] | None = None,
    limit: int | None = None,
    write_predictions: Path | str | None = None,
    profile: str | None = None,
    pipeline: str | None = None,
) -> EvalReport:
    """Score ``extract`` (default: :func:`kg.extract.extract_papers`) on our JSONL gold.

    ``profile``, ``pipeline``: as for :func:`evaluate_conll` (ignored with ``extract``).
    """
    golds = read_gold_jsonl(gold_path, limit=limit)
    present = {s.type for g in golds for s in g.spans}
    scored = list(labels) if labels else [t for t in ENTITY_TYPES if t in present]
    _check_labels(scored, present)
    scorer = SpanScorer(scored)
    report = EvalReport(str(gold_path), "jsonl", len(golds), scored, scorer)
    report.extractor_version = _extractor_version()
    rel_types = list(PAPER_RELATION_TYPES)
    report.relations = {t: Counts() for t in rel_types}
    if extract is None:
        extract = _default_extractor(profile, pipeline)
    papers = [g.to_paper() for g in golds]
    report.results = ResultsReport.for_gold(gold_path)
    gsm_gold: set[str] = set()
    gsm_pred: set[str] = set()
    out_lines: list[str] = []
    t0 = time.perf_counter()
    results = iter(extract(papers))
    for gold in golds:
        try:
            ext = next(results)
        except StopIteration:
            raise RuntimeError(
                f"extractor returned fewer results than {len(golds)} papers"
            ) from None
        if ext.paper.text != gold.text:
            raise InputError(
                f"{gold_path}:{gold.line}: the extractor's Paper.text differs from the gold "
                "text; offsets cannot be compared"
            )
        g_spans: list[Span] = [(s.start, s.end, s.type) for s in gold.spans]
        p_spans: list[Span] = [(m.start, m.end, m.type) for m in ext.mentions]
        missed, wrong = scorer.add(g_spans, p_spans)
        for kind, items in (("fn", missed), ("fp", wrong)):
            for s in items:
                _keep_example(
                    report,
                    kind,
                    s[2],
                    {
                        "id": gold.id,
                        "line": gold.line,
                        "text": gold.text[s[0] : s[1]],
                        "sentence": _context(gold.text, s[0], s[1]),
                    },
                )
        pred_rel = _pred_relation_keys(ext)
        for rtype in rel_types:
            gold_keys = list(
                dict.fromkeys(slugify(r.entity) for r in gold.relations if r.type == rtype)
            )
            gold_names = {slugify(r.entity): r.entity for r in gold.relations if r.type == rtype}
            preds = pred_rel.get(rtype, [])
            pairs, miss, extra = match_keys(gold_keys, [(p, k) for p, k, _ in preds])
            report.relations[rtype].add(Counts(len(gold_keys), len(preds), len(pairs), len(pairs)))
            for gi in miss:
                _keep_example(
                    report,
                    "fn",
                    rtype,
                    {"id": gold.id, "title": gold.title, "entity": gold_names[gold_keys[gi]]},
                )
            for pj in extra:
                _keep_example(
                    report,
                    "fp",
                    rtype,
                    {"id": gold.id, "title": gold.title, "entity": preds[pj][2]},
                )
            if rtype == "EVALUATED_ON":
                if GSM8K_SLUG in gold_keys:
                    gsm_gold.add(gold.title)
                if any(GSM8K_SLUG in k for _, k, _ in preds):
                    gsm_pred.add(gold.title)
        if report.results is not None:
            report.results.add_extraction(gold.id, ext)
        if write_predictions is not None:
            out_lines.append(json.dumps(_prediction_record(ext), ensure_ascii=False))
    report.seconds = time.perf_counter() - t0
    _finish_results(report)
    report.gsm8k = {
        "gold": len(gsm_gold),
        "predicted": len(gsm_pred),
        "true_positives": len(gsm_gold & gsm_pred),
        "false_positives": sorted(gsm_pred - gsm_gold),
        "false_negatives": sorted(gsm_gold - gsm_pred),
    }
    if write_predictions is not None:
        try:
            Path(write_predictions).write_text(
                "".join(line + "\n" for line in out_lines), encoding="utf-8"
            )
        except OSError as exc:
            raise InputError(f"{write_predictions}: cannot write predictions: {exc}") from exc
    return report


def _finish_results(report: EvalReport) -> None:
    """Keep the relation types the gold annotates (a results gold annotates only some: those
    with gold items) and the results' error examples."""
    if report.results is None:
        report.relations = {k: v for k, v in report.relations.items() if v.gold or v.pred}
        return
    report.relations = {k: v for k, v in report.relations.items() if v.gold}
    report.examples = {
        k: v for k, v in report.examples.items() if k.split(":", 1)[1] in report.relations
    }
    for item in report.results.examples:
        _keep_example(report, item["kind"], "Result", item)


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    """``…left [span] right…`` on one line, for error listings."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _prediction_record(ext: Extraction) -> dict[str, Any]:
    """An Extraction in the gold JSONL format (so predictions and gold can be diffed)."""
    names = {e.id: e.name for e in ext.entities}
    return {
        "id": ext.paper.id,
        "title": ext.paper.title,
        "text": ext.paper.text,
        "spans": [
            {
                "start": m.start,
                "end": m.end,
                "type": m.type,
                "text": m.text,
                "canonical": names.get(m.entity_id, m.entity_id.split(":", 1)[-1]),
            }
            for m in sorted(ext.mentions, key=lambda m: (m.start, m.end))
        ],
        "relations": [
            {
                "type": r.type,
                "entity": names.get(r.entity_id, r.entity_id.split(":", 1)[-1]),
                "entity_type": r.entity_type,
            }
            for r in ext.relations
        ],
    }


def load_gold_papers(gold_path: Path | str) -> list[GoldPaper]:
    """Convenience re-export for tools: the validated gold records."""
    return read_gold_jsonl(gold_path)
