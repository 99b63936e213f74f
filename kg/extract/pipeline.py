"""Build the extraction pipeline: ``spacy.blank("en")`` + our components, from ``config.cfg``.

>>> nlp = build_nlp()
>>> doc = nlp("Orca-Math achieves 86.81% on GSM8k pass@1.")
>>> [(m.text, m.label_, m._.entity_id) for m in doc._.kg_mentions]
[('Orca-Math', 'Model', 'model:orca-math'), ('GSM8k', 'Dataset', 'dataset:gsm8k'), ...]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import Config

import kg.extract.components  # noqa: F401  (registers factories, tokenizer, extensions)
from kg.errors import ConfigError
from kg.extract.components.tokenizer import make_ml_tokenizer

CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"
OUR_COMPONENTS = (
    "kg_abbreviations",
    "kg_gazetteer",
    "kg_patterns",
    "kg_context_typer",
    "kg_overlap",
    "kg_linker",
    "kg_relations",
    "kg_results",
)


# Span conventions of the TDMSci corpus (Hou et al. 2021), which differ from our own gold
# guidelines: "long form ( SF )" is one span, dataset spans keep their head noun ("Europarl
# corpus"), "prediction accuracy" is a task + a metric, "F1 score" keeps "score", "the CoNLL
# 2005 shared task" is a task, and there are no Method/Model labels.
# Documented in eval/README.md ("Profiles").
# Use: build_nlp(TDMSCI_OVERRIDES) when scoring against TDMSci.
TDMSCI_RULES = [
    "name_shape",
    "dataset_head",
    "metric_head",
    "task_head",
    "propose",
    "set_head",
    "metric_variant",
    "long_dataset_name",
    "shared_task",
    "metric_span_tdmsci",
    "title_name",
    "abbreviation",
]
TDMSCI_OVERRIDES: dict[str, Any] = {
    "components.kg_overlap.conventions": "tdmsci",
    "components.kg_patterns.rules": TDMSCI_RULES,
}


# Pipelines (``kg extract|build|eval --pipeline NAME``): "fast" = the rules only; "accurate" =
# the rules + the span model we train ourselves (kg/extract/model/), merged by ``kg_merge``
# after ``kg_overlap``. The default is chosen by the locked-set rule in eval/README.md.
PIPELINES = ("fast", "accurate")
DEFAULT_PIPELINE = "fast"
# the accurate pipeline's components and their default config (dotted overrides
# "components.kg_merge.min_confidence" etc. reach them as for the rule components)
ACCURATE_COMPONENTS: dict[str, dict[str, Any]] = {
    "kg_span_model": {"model": None},
    "kg_merge": {"min_confidence": 0.0, "labels": None},
}


def check_pipeline(pipeline: str | None) -> str:
    """The pipeline name, lower-cased (``None`` → ``DEFAULT_PIPELINE``)."""
    name = (pipeline or DEFAULT_PIPELINE).lower()
    if name not in PIPELINES:
        raise ConfigError(f"unknown pipeline {pipeline!r}", hint=f"one of: {', '.join(PIPELINES)}")
    return name


# Named span-convention profiles (``kg eval --profile NAME``); "default" = our guidelines.
PROFILES: dict[str, dict[str, Any]] = {"default": {}, "tdmsci": TDMSCI_OVERRIDES}


def profile_overrides(profile: str | None) -> dict[str, Any]:
    """The config overrides of a named profile (``None`` → the default profile)."""
    if profile is None:
        return {}
    try:
        return dict(PROFILES[profile.lower()])
    except KeyError:
        raise ConfigError(
            f"unknown pipeline profile {profile!r}", hint=f"one of: {', '.join(PROFILES)}"
        ) from None


def load_config(config_overrides: dict[str, Any] | None = None) -> Config:
    """The pipeline config with dotted overrides applied.

    Keys are dotted paths, e.g. ``{"components.kg_patterns.task_rules": False}``.
    """
    config = Config().from_disk(CONFIG_PATH)
    if config_overrides:
        try:
            config = config.merge(Config(spacy.util.dot_to_dict(dict(config_overrides))))
        except Exception as exc:  # bad override keys/values
            raise ConfigError(f"bad pipeline config override: {exc}") from exc
    return config


def build_nlp(
    config_overrides: dict[str, Any] | None = None,
    spacy_model: str | None = None,
    pipeline: str | None = None,
) -> Language:
    """The extraction pipeline.

    Default: ``spacy.blank("en")`` with our tokenizer and components as listed in
    ``config.cfg``. With ``spacy_model`` (an installed pretrained pipeline, e.g.
    ``en_core_web_sm``; never downloaded), that pipeline gets our tokenizer, its parser or
    senter gives the sentence boundaries, and our components run after it. ``pipeline``:
    ``"fast"`` or ``"accurate"`` (see ``PIPELINES``; ``None`` → ``DEFAULT_PIPELINE``).
    """
    overrides = dict(config_overrides or {})
    accurate_cfg = {name: dict(cfg) for name, cfg in ACCURATE_COMPONENTS.items()}
    for key in list(overrides):
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "components" and parts[1] in accurate_cfg:
            accurate_cfg[parts[1]][parts[2]] = overrides.pop(key)
    nlp = _build_rules_nlp(overrides, spacy_model)
    if check_pipeline(pipeline) == "accurate":
        import kg.extract.model.components  # noqa: F401  (registers kg_span_model, kg_merge)

        after = "kg_overlap"
        for name, cfg in accurate_cfg.items():
            nlp.add_pipe(name, after=after, config=cfg)
            after = name
    return nlp


def _build_rules_nlp(config_overrides: dict[str, Any], spacy_model: str | None) -> Language:
    config = load_config(config_overrides)
    if spacy_model is None:
        return spacy.blank("en", config=config)
    try:
        nlp = spacy.load(spacy_model, exclude=["ner"])
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {spacy_model!r} is not installed",
            hint="install it with pip, or run without --spacy-model",
        ) from exc
    # our tokenizer keeps ML names whole; blank lines start sentences before any parser runs
    nlp.tokenizer = make_ml_tokenizer(nlp)
    components = config["components"]
    nlp.add_pipe("kg_paragraphs", first=True)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer", after="kg_paragraphs")
    for name in OUR_COMPONENTS:
        cfg = {k: v for k, v in components[name].items() if k != "factory"}
        nlp.add_pipe(components[name]["factory"], name=name, config=cfg)
    return nlp
