"""Plain-text tables for ``kg eval`` (``--json`` uses :meth:`EvalReport.to_dict` instead)."""

from __future__ import annotations

from kg.evaluate.metrics import Counts
from kg.evaluate.runner import EvalReport


def _row(name: str, exact: Counts, overlap: Counts | None) -> str:
    line = (
        f"{name:<14} {exact.gold:>6} {exact.pred:>6} {exact.matched_gold:>6} "
        f"{exact.precision:>6.3f} {exact.recall:>6.3f} {exact.f1:>6.3f}"
    )
    if overlap is not None:
        line += f"   {overlap.precision:>6.3f} {overlap.recall:>6.3f} {overlap.f1:>6.3f}"
    return line


def format_report(report: EvalReport, *, examples: int = 0) -> str:
    lines: list[str] = []
    speed = f", {report.documents / report.seconds:.1f} docs/s" if report.seconds else ""
    unit = "sentences" if report.format == "conll" else "papers"
    version = f", extractor {report.extractor_version}" if report.extractor_version else ""
    lines.append(f"{report.gold} ({report.format}): {report.documents} {unit}{version}{speed}")
    lines.append("")
    lines.append("Mentions" + " " * 28 + "exact span" + " " * 19 + "overlap")
    lines.append(
        f"{'type':<14} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}"
        f"   {'P':>6} {'R':>6} {'F1':>6}"
    )
    sc = report.mentions
    for label in report.labels:
        lines.append(_row(label, sc.exact[label], sc.overlap[label]))
    lines.append(_row("micro", sc.micro("exact"), sc.micro("overlap")))
    if sc.confusions:
        conf = ", ".join(f"{g}→{p} {n}" for (g, p), n in sc.confusions.most_common(8))
        lines.append(f"type confusions (gold→pred, exact boundaries): {conf}")
    if report.relations:
        lines.append("")
        lines.append("Paper relations (matched on type + canonical entity)")
        lines.append(f"{'type':<14} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}")
        total = Counts()
        for rtype, counts in report.relations.items():
            lines.append(_row(rtype, counts, None))
            total.add(counts)
        lines.append(_row("micro", total, None))
    if report.gsm8k is not None:
        g = report.gsm8k
        lines.append("")
        lines.append(
            f"GSM8K check: gold {g['gold']} papers, predicted {g['predicted']}, "
            f"correct {g['true_positives']}, false positives {len(g['false_positives'])}, "
            f"false negatives {len(g['false_negatives'])}"
        )
        for title in g["false_positives"]:
            lines.append(f"  FP  {title}")
        for title in g["false_negatives"]:
            lines.append(f"  FN  {title}")
    if report.results is not None:
        lines.append("")
        lines.extend(report.results.format())
    if examples > 0 and report.examples:
        lines.append("")
        lines.append(f"Errors (up to {examples} per kind and type; fn = missed, fp = spurious)")
        for key in sorted(report.examples):
            for item in report.examples[key][:examples]:
                where = item.get("line", "")
                what = item.get("text") or item.get("entity", "")
                ctx = item.get("sentence") or item.get("title", "")
                lines.append(f"  {key:<22} {what!r:<40} @{where}  {ctx[:100]}")
    return "\n".join(lines)
