"""Extraction on a Dask cluster (``kg extract/build --engine dask [--scheduler ADDRESS]``).

Optional extra: ``pip install 'kg[dask]'``. The coordinator (the ``kg`` process) reads the
input, cuts it into the same shards as a local run (:mod:`kg.shards`) and submits one task per
unfinished shard. Each worker process builds the extraction pipeline ONCE (kept in a module
global) and writes its shard file itself, atomically, into the shard folder, then returns the
shard's size and checksum; only the coordinator writes the manifest. The shard folder must
therefore be on a file system every worker sees (NFS, a cluster file system, or one machine).
The output is byte-identical to a one-process run: same shards, same extraction stamp, same
order when the shards are concatenated.

Why Dask rather than Ray: the work is coarse, independent tasks over plain Python objects, which
Dask's futures API covers directly; ``distributed`` is a pure-Python install from PyPI that
starts with two commands (``dask scheduler`` / ``dask worker ADDRESS``) on SSH machines, HPC
batch systems (dask-jobqueue) or Kubernetes, without Ray's large native runtime.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.models import Paper
from kg.shards import (
    Manifest,
    ShardInfo,
    close_run,
    open_run,
    paper_line,
    plan_shards,
    shard_is_done,
    write_shard,
)

Echo = Callable[[str], None]

# per worker process: (spaCy model name, pipeline name) → pipeline
_PIPELINES: dict[tuple[str | None, str | None], Any] = {}


def _pipeline(spacy_model: str | None, pipeline: str | None = None) -> Any:
    key = (spacy_model, pipeline)
    nlp = _PIPELINES.get(key)
    if nlp is None:
        from kg.extract.pipeline import build_nlp

        nlp = _PIPELINES[key] = build_nlp(spacy_model=spacy_model, pipeline=pipeline)
    return nlp


def extract_shard(
    shard_dir: str,
    info: dict[str, Any],
    papers_json: list[str],
    stamp: str,
    spacy_model: str | None = None,
    batch_size: int = 64,
    pipeline: str | None = None,
) -> dict[str, Any]:
    """Worker task: extract one shard's papers and write the shard file; returns its info."""
    from kg.extract import extract_json_lines

    papers = [Paper.model_validate_json(p) for p in papers_json]
    lines = (
        x.json
        for x in extract_json_lines(
            papers,
            nlp=_pipeline(spacy_model, pipeline),
            batch_size=batch_size,
            stamp=dt.datetime.fromisoformat(stamp),
        )
    )
    return write_shard(Path(shard_dir), ShardInfo.from_dict(info), lines).to_dict()


def _client(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError(
            "--engine dask needs Dask distributed", hint="pip install 'kg[dask]'"
        ) from exc
    if scheduler:
        try:
            return Client(scheduler, timeout=30), None
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return Client(cluster), cluster


def run_sharded_dask(
    papers: Iterable[Paper],
    shard_dir: Path,
    *,
    scheduler: str | None,
    identity: dict[str, Any],
    shard_size: int,
    batch_size: int = 64,
    spacy_model: str | None = None,
    pipeline: str | None = None,
    resume: bool = True,
    n_workers: int = 2,
    echo: Echo | None = None,
) -> Manifest:
    """Like :func:`kg.shards.run_sharded`, with one Dask task per unfinished shard.

    At most ``2 × workers`` shards are in flight, so the coordinator's memory stays flat.
    """
    from dask.distributed import as_completed

    manifest, had = open_run(shard_dir, identity, shard_size, resume=resume)
    client, cluster = _client(scheduler, n_workers)
    reused = total = 0
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        window = as_completed()
        in_flight = 0

        def collect(fut: Any) -> None:
            info = ShardInfo.from_dict(fut.result())
            manifest.shards[info.index] = info
            manifest.write(shard_dir)

        for plan in plan_shards(papers, shard_size):
            total = plan.info.first + plan.info.papers
            if shard_is_done(shard_dir, manifest, plan.info):
                reused += 1
                continue
            manifest.shards.pop(plan.info.index, None)
            fut = client.submit(
                extract_shard,
                str(shard_dir),
                plan.info.to_dict(),
                [paper_line(p) for p in plan.papers],
                manifest.stamp,
                spacy_model,
                batch_size,
                pipeline,
                key=f"kg-shard-{plan.info.index}-{plan.info.input_sha256[:16]}",
                pure=False,
            )
            window.add(fut)
            in_flight += 1
            while in_flight >= 2 * workers:
                collect(next(window))
                in_flight -= 1
        for fut in window:
            collect(fut)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return close_run(shard_dir, manifest, total, shard_size, had=had, reused=reused, echo=echo)


__all__ = ["extract_shard", "run_sharded_dask"]
