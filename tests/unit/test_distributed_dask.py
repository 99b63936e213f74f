"""`kg extract --engine dask`: a real Dask cluster (a scheduler and 2 worker processes on this
machine) writes the same bytes as a one-process run (issue 17, item 5)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract import extract_json_lines
from kg.shards import MANIFEST, Manifest, shard_dir_for
from kg.sources import read_papers

distributed = pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "eval" / "data" / "arxiv" / "abstracts-2025-sample.jsonl.gz"


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as c:
        yield c


def test_dask_extraction_is_byte_identical_to_one_process(
    tmp_path: Path,
    cluster,  # type: ignore[no-untyped-def]
) -> None:
    inp = tmp_path / "papers.jsonl"
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as src, open(inp, "w") as dst:
        for i, line in enumerate(src):
            if i >= 130:
                break
            dst.write(line)
    out = tmp_path / "dask.jsonl"
    args = ["extract", str(inp), "-o", str(out), "--shard-size", "20"]
    code = main([*args, "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert code == 0
    m = Manifest.read(shard_dir_for(out) / MANIFEST)
    assert m is not None and m.complete and m.papers == 130 and len(m.shards) == 7
    # both worker processes did some of the work, each building the pipeline exactly once
    with distributed.Client(cluster.scheduler_address) as client:
        loaded = client.run(lambda: len(__import__("kg.distributed").distributed._PIPELINES))
    assert sorted(loaded.values()) == [1, 1]
    papers = read_papers([str(inp)], merge=False)
    one = "".join(x.json + "\n" for x in extract_json_lines(papers, stamp=m.stamp_dt()))
    assert out.read_text(encoding="utf-8") == one


def test_dask_without_output_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "x.jsonl"), "--engine", "dask"]) == 8
