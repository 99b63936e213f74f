"""Resumable sharded extraction (issue 17, item 3): a run killed with SIGKILL mid-way and
rerun continues from its last finished shard and writes byte-identical output."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kg.build import run_build
from kg.extract import extract_json_lines
from kg.shards import MANIFEST, Manifest, shard_dir_for
from kg.sources import read_papers

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "eval" / "data" / "arxiv" / "abstracts-2025-sample.jsonl.gz"
CLI = "import sys; from kg.cli import console_main; sys.argv[0] = 'kg'; console_main()"


def _input(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "papers.jsonl"
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as src, open(path, "w") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
    return path


def _kg(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )


def _kill_after_shards(proc: subprocess.Popen[str], manifest: Path, shards: int) -> int:
    """SIGKILL ``proc`` once ``manifest`` records ``shards`` finished shards."""
    deadline = time.monotonic() + 300
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        m = Manifest.read(manifest) if manifest.is_file() else None
        done = len(m.shards) if m is not None else 0
        if done >= shards:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    return done


def _reference(inp: Path, stamp: dt.datetime) -> str:
    papers = read_papers([str(inp)], merge=False)
    return "".join(x.json + "\n" for x in extract_json_lines(papers, stamp=stamp))


def test_kill_9_then_resume_extract_is_byte_identical(tmp_path: Path) -> None:
    inp = _input(tmp_path, 240)
    out = tmp_path / "ex.jsonl"
    manifest = shard_dir_for(out) / MANIFEST
    args = ("extract", str(inp), "-o", str(out), "--shard-size", "20")
    killed_at = _kill_after_shards(_kg(*args), manifest, 3)
    assert not out.exists()
    first = Manifest.read(manifest)
    assert first is not None and not first.complete and len(first.shards) >= 3
    proc = _kg(*args)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert f"resumed: {len(first.shards)} finished shard(s)" in err, err
    last = Manifest.read(manifest)
    assert last is not None and last.complete and last.stamp == first.stamp
    assert last.papers == 240 and len(last.shards) == 12
    assert [s.input_sha256 for s in first.shards.values()] == [
        last.shards[i].input_sha256 for i in sorted(first.shards)
    ]
    assert killed_at >= 3
    assert out.read_text(encoding="utf-8") == _reference(inp, last.stamp_dt())
    assert sorted(p.name for p in shard_dir_for(out).iterdir()) == [MANIFEST]


def test_kill_9_then_resume_build_is_byte_identical(tmp_path: Path) -> None:
    inp = _input(tmp_path, 160)
    out = tmp_path / "build"
    manifest = shard_dir_for(out / "extractions.jsonl") / MANIFEST
    args = ("build", str(inp), "--out", str(out), "--no-load", "--shard-size", "20")
    _kill_after_shards(_kg(*args), manifest, 2)
    proc = _kg(*args)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "resumed:" in err
    m = Manifest.read(manifest)
    assert m is not None and m.complete
    ref_lines = _reference(inp, m.stamp_dt())
    assert (out / "extractions.jsonl").read_text(encoding="utf-8") == ref_lines
    from kg.models import Extraction

    exs = [Extraction.model_validate_json(x) for x in ref_lines.splitlines()]
    ref = tmp_path / "ref"
    run_build([str(inp)], out_dir=ref, extractions=iter(exs), load=False)
    for name in ("extractions.jsonl", "nodes.jsonl", "edges.jsonl", "graph.graphml", "graph.json"):
        assert (out / name).read_bytes() == (ref / name).read_bytes(), name
    dumps = sorted(p.name for p in (out / "dumps").glob("*.ttl.gz"))
    for name in dumps:
        assert (out / "dumps" / name).read_bytes() == (ref / "dumps" / name).read_bytes()
    assert json.loads((out / "summary.json").read_text())["papers"] == 160


def test_a_complete_run_is_not_reused(tmp_path: Path) -> None:
    inp = _input(tmp_path, 60)
    out = tmp_path / "ex.jsonl"
    args = ["extract", str(inp), "-o", str(out), "--shard-size", "20"]
    assert subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True).returncode == 0
    m = Manifest.read(shard_dir_for(out) / MANIFEST)
    assert m is not None and m.complete
    # a complete run is not reused as a cache: the next run starts afresh (new stamp)
    time.sleep(1.1)
    r = subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True)
    assert r.returncode == 0 and "resumed" not in r.stderr
    m2 = Manifest.read(shard_dir_for(out) / MANIFEST)
    assert m2 is not None and m2.stamp != m.stamp


def test_changed_input_invalidates_its_shard_and_later_ones(tmp_path: Path) -> None:
    from kg.models import Paper
    from kg.shards import run_sharded

    class Died(Exception):
        pass

    papers = [Paper(id=f"p:{i}", title=f"T{i}", abstract="A.") for i in range(50)]
    seen: list[str] = []
    die = [True]

    def lines(todo, stamp):  # type: ignore[no-untyped-def]
        for p in todo:
            seen.append(p.id)
            if p.id == "p:25" and die:
                die.clear()
                raise Died  # the first run dies inside shard 2
            yield json.dumps({"id": p.id, "title": p.title, "at": stamp.isoformat()})

    d = tmp_path / "shards"
    ident = {"x": 1}
    with contextlib.suppress(Died):
        run_sharded(papers, d, lines, identity=ident, shard_size=10)
    assert sorted(Manifest.read(d / MANIFEST).shards) == [0, 1]  # type: ignore[union-attr]
    seen.clear()
    changed = [*papers[:15], papers[15].model_copy(update={"title": "new"}), *papers[16:]]
    m = run_sharded(changed, d, lines, identity=ident, shard_size=10)
    assert seen == [p.id for p in changed[10:]]  # shard 0 reused, shard 1 changed → redone
    assert sorted(m.shards) == [0, 1, 2, 3, 4] and m.papers == 50
    seen.clear()
    m = run_sharded(changed, d, lines, identity={"x": 2}, shard_size=10)  # other options
    assert len(seen) == 50
