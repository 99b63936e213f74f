"""``kg_patterns``: runs the registered pattern rules its config lists (``kg/extract/rules/``).

The rules find names the gazetteer does not know (``rule`` names the rule id a candidate came
from; ``label`` is a type or ``"UNK"`` for the context typer):

- names: ``name_shape`` (CamelCase / ALLCAPS / alphanumeric, with a version), ``abbreviation``
  (both halves of a long form ↔ short form pair);
- contributions: ``propose`` ("we propose X", "called X"), ``title_name`` (the title's "X: …"),
  ``own_name`` ("Our … Planning (DZP)"), ``listed_parts`` (a counted list's named parts),
  ``named_part`` (a named "long form (SF) module"),
  ``beats_others`` (a new name that "outperforms existing methods");
- datasets: ``dataset_head`` ("the X dataset"), ``set_head`` ("the WSJ test set"),
  ``quoted_dataset`` ('the "44-classes MRI dataset"'), ``event_title`` (the campaign of a title's
  "TeamX at SemEval-2025 Task 9: …");
- tasks: ``task_head`` ("relation extraction", "Chinese word segmentation");
- metrics: ``metric_head`` ("by the X metric"), ``metric_variant`` ("vBLEU"), ``metric_span``
  (a known metric with its modifiers), ``metric_phrase`` ("translation quality"),
  ``metric_compound`` ("conversion accuracy"), ``metric_measure_compound`` ("computational
  complexity");
- methods: ``method_head`` ("multi-task fine-tuning"), ``task_method`` (a task phrase before a
  method head is a technique), ``known_method_tail`` (a task phrase ending in a known
  technique is a variant of it: "contrastive flow matching");
- the TDMSci overlay (``--profile tdmsci`` only): ``long_dataset_name``, ``shared_task``,
  ``metric_span_tdmsci``.

Candidates are appended to the shared token table's ``cands``; contributions go to
``doc._.kg_contributions`` as ``[start, end]`` token pairs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import Component, named
from kg.extract.components.extensions import register_extensions
from kg.extract.components.tokens import table

# the rules of our own gold guidelines, in the order they run (config.cfg lists the same)
DEFAULT_RULES = [
    "name_shape",
    "dataset_head",
    "metric_phrase",
    "metric_head",
    "method_head",
    "task_head",
    "method_phrase",
    "metric_rate",
    "propose",
    "set_head",
    "metric_variant",
    "metric_span",
    "metric_compound",
    "metric_measure_compound",
    "title_name",
    "own_name",
    "listed_parts",
    "named_part",
    "beats_others",
    "quoted_dataset",
    "event_title",
    "abbreviation",
    "task_method",
    "known_method_tail",
    "task_system",
    "infinitive_verb",
]


class PatternRules(Component):
    def __init__(self, rules: list[str]) -> None:
        # imported here, not at module level: the rules package imports the components
        # package (its token table), so importing either one first must work
        from kg.extract.rules.runner import RuleRunner

        self.runner = RuleRunner(rules)

    def __call__(self, doc: Doc) -> Doc:
        tt = table(doc)
        ctx = self.runner.run(tt)
        tt.cands.extend(ctx.new)
        doc._.kg_contributions = tt.contributions = ctx.contributions
        return doc


@Language.factory(
    "kg_patterns",
    default_config={"rules": DEFAULT_RULES},
    assigns=["doc._.kg_candidates", "doc._.kg_contributions"],
    requires=["token.is_sent_start", "doc._.kg_abbreviations"],
)
def make_patterns(nlp: Language, name: str, rules: list[str]) -> PatternRules:
    register_extensions()
    return named(PatternRules(list(rules)), name)
