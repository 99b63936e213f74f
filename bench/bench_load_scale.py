"""The Neo4j load at N papers without extracting N papers: a build's extractions, replicated.

Extraction is the slow stage (about 100 papers/s here), so for the load comparison at 100,000
papers this takes the ``extractions.jsonl`` of a real build (e.g. the 20,000-paper build that
``bench_build.py --keep`` leaves in ``bench/out/build-work/build-20000``) and writes N papers:
the build's extractions in file order, then again with new arXiv ids, exactly as
``bench_build.make_input`` does for the input (copy k ≥ 1: ``25xx.nnnnn`` → ``(30+k)xx.nnnnn``
in ``paper.id``, ``paper.arxiv_id`` and ``paper.url``; title, abstract, mentions, relations and
results unchanged). Entities are shared between copies, as in a real corpus that keeps naming the
same datasets and methods; papers, results and paper → entity relationships grow by N.

Then, each in its own subprocess and against the same rows:

* **resolve + files**: the entity registry and the sorted ``nodes.jsonl`` / ``edges.jsonl``
  (GraphML / JSON skipped) — what ``kg build`` does after extraction;
* **load**: the transactional loader into an emptied database (``bench_build`` stage
  ``reload``, with neo4j-rust-ext when installed);
* **admin**: ``neo4j-admin database import full`` of the same rows into a throw-away instance
  (``bench_build`` stage ``admin``, CSV writing included);
* **bulk**: ``kg build --load-only DIR --bulk --force`` (:func:`kg.build.bulk_load_build_dir`):
  CSVs, stop the local server, import, start it again, constraints and indexes.

    # against a running local kg server (it WIPES and then REPLACES its database):
    nice -n 10 .venv/bin/python bench/bench_load_scale.py --papers 100000 \\
        --from bench/out/build-work/build-20000

Writes ``bench/out/bench_load_scale-N.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "bench" / "out"


def _new_id(aid: str, copy: int) -> str:
    return aid if copy == 0 else f"{30 + copy}{aid[2:]}"


def replicate(src: Path, n: int, dst: Path) -> int:
    """N extractions from ``src`` (a build's extractions.jsonl), copies with new arXiv ids."""
    with open(src, encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip()]
    written = copy = 0
    with open(dst, "w", encoding="utf-8") as out:
        while written < n:
            for line in lines:
                if written >= n:
                    break
                if copy == 0:
                    out.write(line)
                else:
                    d = json.loads(line)
                    paper = d["paper"]
                    aid = _new_id(paper["id"].split(":", 1)[1], copy)
                    paper.update(
                        id=f"arxiv:{aid}", arxiv_id=aid, url=f"https://arxiv.org/abs/{aid}"
                    )
                    out.write(json.dumps(d, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return written


def stage_files(out: str) -> dict[str, Any]:
    """Registry + sorted nodes.jsonl / edges.jsonl from out/extractions.jsonl (timed)."""
    import resource

    from kg.build import EXTRACTIONS, registry_from_file, write_graph_files

    t0 = time.perf_counter()
    registry, index = registry_from_file(Path(out) / EXTRACTIONS)
    t1 = time.perf_counter()
    try:
        stats, _ = write_graph_files(Path(out), registry, index, graph_files=False, progress=False)
    finally:
        index.cleanup()
    t2 = time.perf_counter()
    return {
        "resolve_seconds": t1 - t0,
        "files_seconds": t2 - t1,
        "nodes": sum(stats.nodes.values()),
        "relationships": sum(stats.edges.values()),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def stage_bulk(out: str) -> dict[str, Any]:
    """``kg build --load-only OUT --bulk --force`` on the local kg server (timed)."""
    from kg.build import bulk_load_build_dir

    t0 = time.perf_counter()
    section = bulk_load_build_dir(Path(out), force=True, echo=lambda m: print(m, file=sys.stderr))
    return {"seconds": time.perf_counter() - t0, "rows": section.get("rows")}


def main(argv: list[str] | None = None) -> int:
    import bench_build

    bench_build.STAGES.update(files=stage_files, bulk=stage_bulk)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, default=100_000)
    ap.add_argument("--from", dest="src", type=Path, required=True, help="a kg build directory")
    ap.add_argument("--work", type=Path, default=OUT / "build-work")
    ap.add_argument("--no-bulk", action="store_true", help="skip the kg build --bulk run")
    ap.add_argument("--files-only", action="store_true", help="stop after writing the rows")
    ap.add_argument("--reuse", action="store_true", help="reuse the rows of a --files-only run")
    ap.add_argument("--_stage", help=argparse.SUPPRESS)
    ap.add_argument("--_args", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._stage:
        print(json.dumps(bench_build.STAGES[args._stage](*json.loads(args._args))))
        return 0
    n = args.papers
    out = args.work / f"replicated-{n}"
    r: dict[str, Any] = {
        "papers": n,
        "from": str(args.src),
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }

    def step(name: str, *a: Any) -> dict[str, Any]:
        print(f"[{time.strftime('%H:%M:%S')}] {name} …", file=sys.stderr, flush=True)
        cmd = [sys.executable, __file__, "--from", str(args.src), "--_stage", name]
        proc = subprocess.run([*cmd, "--_args", json.dumps(a)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"stage {name} failed:\n{proc.stderr[-3000:]}")
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        print(f"    {json.dumps(res)[:300]}", file=sys.stderr, flush=True)
        return res

    done = out / "files.json"
    if args.reuse and done.is_file():
        r.update(json.loads(done.read_text()))
    else:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        t0 = time.perf_counter()
        r["replicated"] = replicate(args.src / "extractions.jsonl", n, out / "extractions.jsonl")
        r["replicate_seconds"] = time.perf_counter() - t0
        r["files"] = step("files", str(out))
        done.write_text(json.dumps({k: r[k] for k in ("replicated", "replicate_seconds", "files")}))
    if args.files_only:
        return 0
    r["load"] = step("reload", str(out), True)
    r["admin"] = step("admin", str(out))
    r["bulk"] = None if args.no_bulk else step("bulk", str(out))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"bench_load_scale-{n}.json").write_text(json.dumps(r, indent=2) + "\n")
    load, admin = r["load"]["seconds"], r["admin"]["seconds"]
    print(
        f"{n} papers ({r['load']['rows']} rows): transactional load {load:.1f} s "
        f"({r['load']['rows'] / load:.0f} rows/s, rust codec {r['load']['rust_codec']}), "
        f"neo4j-admin import {admin:.1f} s (CSV {r['admin']['csv_seconds']:.1f} s) -> "
        f"{load / admin:.2f}x; import only {load / r['admin']['import_seconds']:.2f}x"
    )
    if r["bulk"]:
        print(
            f"kg build --bulk (stop, import, start, schema): {r['bulk']['seconds']:.1f} s -> "
            f"transactional / bulk {load / r['bulk']['seconds']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
