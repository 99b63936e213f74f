"""Rebuild the shipped span model: ``python -m kg.extract.model.train`` (from a checkout).

Converts the training corpora (``convert.py``: SciERC train + TDMSci dev, never the locked
sets), runs ``spacy train`` with ``train.cfg`` (fixed seed, capped at ``training.max_steps``),
and writes the best model to ``kg/extract/model/pipeline/`` with ``kg_model.json`` (the config's
sha256, data hashes, spaCy version, held-out scores per type, training time). Training never
runs in CI; ``tests/unit/extract/test_span_model.py`` checks that the shipped model loads and
that ``kg_model.json`` matches its training config. Run it with ``nice -n 10`` on a shared machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy

from kg.extract.model import CONFIGS, META_NAME, MODEL_DIR, config_hash, config_path
from kg.extract.model.convert import CORPORA, DEV_SHARE, LABEL_MAP, SEED, convert

REPO_ROOT = Path(__file__).resolve().parents[3]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def scrub_paths(model_dir: Path) -> None:
    """Drop the temporary corpus paths spaCy saved in the model's config (no machine paths)."""
    from thinc.api import Config

    cfg_path = model_dir / "config.cfg"
    cfg = Config().from_disk(cfg_path, interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg.to_disk(cfg_path)


def held_out_scores(model_dir: Path, dev_path: Path) -> dict[str, Any]:
    """Per-type precision / recall / F1 of the model on the held-out part of the training data."""
    from spacy.tokens import DocBin
    from spacy.training import Example

    nlp = spacy.load(model_dir)  # with kg_rule_features (features variant): the rules run too
    docs = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(d.text), d) for d in docs]
    scores = nlp.evaluate(examples)
    per_type = {
        label: {k: round(float(v), 4) for k, v in s.items()}
        for label, s in (scores.get("ents_per_type") or {}).items()
    }
    return {
        "ents_p": round(float(scores["ents_p"]), 4),
        "ents_r": round(float(scores["ents_r"]), 4),
        "ents_f": round(float(scores["ents_f"]), 4),
        "per_type": per_type,
    }


def train(
    root: Path = REPO_ROOT,
    out: Path = MODEL_DIR,
    max_steps: int | None = None,
    variant: str = "plain",
) -> dict[str, Any]:
    from spacy.cli.train import train as spacy_train

    import kg.extract.model.components  # noqa: F401  (registers kg_rule_features)

    overrides: dict[str, Any] = {}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    with tempfile.TemporaryDirectory(prefix="kg-span-model-") as tmp:
        work = Path(tmp)
        counts = convert(root, work / "corpus")
        overrides["paths.train"] = str(work / "corpus" / "train.spacy")
        overrides["paths.dev"] = str(work / "corpus" / "dev.spacy")
        started, cpu0 = time.perf_counter(), time.process_time()
        spacy_train(config_path(variant), work / "output", overrides=overrides, use_gpu=-1)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu0
        best = work / "output" / "model-best"
        scores = held_out_scores(best, work / "corpus" / "dev.spacy")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(best, out)
    scrub_paths(out)
    meta = {
        "variant": variant,
        "config": CONFIGS[variant],
        "config_sha256": config_hash(variant),
        "spacy_version": spacy.__version__,
        "seed": SEED,
        "dev_share": DEV_SHARE,
        "max_steps_override": max_steps,
        "corpora": {
            name: {"path": rel, "sha256": _sha256(root / rel), **counts[name]}
            for name, rel in CORPORA.items()
        },
        "label_map": LABEL_MAP,
        "held_out": scores,
        "train_seconds_wall": round(wall, 1),
        "train_seconds_cpu": round(cpu, 1),
        "model_bytes": _dir_size(out),
    }
    text = json.dumps(meta, indent=2, sort_keys=True) + "\n"
    (out / META_NAME).write_text(text, encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="repository checkout")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument(
        "--variant", choices=sorted(CONFIGS), default="plain", help="training config (CONFIGS)"
    )
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="model directory")
    args = parser.parse_args(argv)
    meta = train(args.root, args.out, max_steps=args.max_steps, variant=args.variant)
    print(json.dumps(meta["held_out"], indent=2))
    print(f"model: {meta['model_bytes'] / 1e6:.1f} MB, {meta['train_seconds_wall']} s")


if __name__ == "__main__":
    main()
