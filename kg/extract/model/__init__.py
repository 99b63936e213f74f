"""The span model we train ourselves (issue 14): a spaCy NER over Method / Dataset / Metric /
Task, trained from scratch (no pretrained vectors) on SciERC train + TDMSci dev.

- ``train.cfg``: the spaCy training config; ``convert.py``: corpora → DocBin + label mapping;
  ``train.py``: ``python -m kg.extract.model.train`` rebuilds ``pipeline/`` (with
  ``kg_model.json``).
- ``components.py``: ``kg_span_model`` (runs the model) and ``kg_merge`` (merges its spans
  with the rule mentions), added by ``build_nlp(pipeline="accurate")``.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

_HERE = files("kg.extract.model")
# training variants: "plain" = the model sees the words only; "features" = it also sees the
# rule mentions (gazetteer / pattern types) as a token feature (see components.py)
CONFIGS = {"plain": "train.cfg", "features": "train_features.cfg"}
MODEL_DIR = Path(str(_HERE.joinpath("pipeline")))
META_NAME = "kg_model.json"  # what train.py recorded, inside the model directory
META_PATH = MODEL_DIR / META_NAME


def config_path(variant: str = "plain") -> Path:
    return Path(str(_HERE.joinpath(CONFIGS[variant])))


def config_hash(variant: str = "plain") -> str:
    """sha256 of a training config (recorded in ``pipeline/kg_model.json`` by ``train.py``)."""
    return hashlib.sha256(config_path(variant).read_bytes()).hexdigest()


@cache
def model_meta() -> dict[str, Any]:
    """What ``train.py`` recorded about the shipped model."""
    data: dict[str, Any] = json.loads(META_PATH.read_text(encoding="utf-8"))
    return data
