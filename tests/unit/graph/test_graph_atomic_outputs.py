"""Atomic build outputs (issue 18, item 7): a build killed mid-way never destroys the previous
output, and the temporary files it leaves are cleaned up by the next build."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

from kg.atomic import atomic_open, clean_stale_tmp
from kg.build import run_build
from kg.graph import (
    read_edges,
    read_nodes,
    write_graphml_stream,
    write_node_link_json_stream,
)
from kg.neo4j.synthetic import synthetic_extractions

OUTPUTS = ("extractions.jsonl", "nodes.jsonl", "edges.jsonl", "graph.graphml", "graph.json")

BUILD = """
import sys
from pathlib import Path
from kg.build import run_build
from kg.neo4j.synthetic import synthetic_extractions
exs = synthetic_extractions(int(sys.argv[2]), seed=int(sys.argv[3]))
run_build(["synthetic"], out_dir=Path(sys.argv[1]), extractions=exs, load=False)
"""


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _tmp_files(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.endswith((".tmp", ".part", ".unsorted")))


def test_kill_9_while_writing_graphml_keeps_the_previous_graph(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_build(["synthetic"], out_dir=out, extractions=synthetic_extractions(30), load=False)
    before = _snapshot(out)
    st = (out / "graph.graphml").stat()
    # a bigger, different build into the same folder; killed as soon as graph.graphml is
    # touched (old code: opened with truncation) or its temporary file appears (atomic code)
    proc = subprocess.Popen([sys.executable, "-c", BUILD, str(out), "6000", "1"])
    seen = ""
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if any(
                p.name.startswith((".graph.graphml.", "graph.graphml")) for p in out.glob("*/*")
            ):
                seen = "tmp"
            else:
                try:
                    now = (out / "graph.graphml").stat()
                    if (now.st_mtime_ns, now.st_size, now.st_ino) != (
                        st.st_mtime_ns,
                        st.st_size,
                        st.st_ino,
                    ):
                        seen = "target changed"
                except FileNotFoundError:
                    seen = "target gone"
            if seen:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert seen, "the build ended before graph.graphml was written"
    assert proc.returncode == -signal.SIGKILL
    after = _snapshot(out)
    for name in OUTPUTS:
        assert after[name] == before[name], f"{name} changed by a killed build ({seen})"
    assert _tmp_files(out), "the killed build should have left its temporary file"
    # the next build cleans the leftovers and writes complete files
    run_build(["synthetic"], out_dir=out, extractions=synthetic_extractions(30), load=False)
    assert _tmp_files(out) == []
    assert _snapshot(out)["nodes.jsonl"] == before["nodes.jsonl"]
    nx.read_graphml(out / "graph.graphml")


def test_failed_write_leaves_the_old_file_and_no_tmp(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("new, half written")
        raise RuntimeError("disk full")
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]


def test_leftover_tmp_of_a_dead_writer_is_cleaned_and_a_live_one_kept(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = tmp_path / f".extractions.jsonl.{dead.stdout.strip()}.abc123.tmp"
    live = tmp_path / f".extractions.jsonl.{os.getpid()}.def456.tmp"
    legacy = tmp_path / "extractions.jsonl.tmp"
    for p in (stale, live, legacy):
        p.write_text("partial")
    assert clean_stale_tmp(tmp_path) == [stale]
    assert live.exists()
    live.unlink()
    run_build(["synthetic"], out_dir=tmp_path, extractions=synthetic_extractions(3), load=False)
    assert not legacy.exists()
    assert _tmp_files(tmp_path) == []


def test_streaming_graph_writers_match_networkx(tmp_path: Path) -> None:
    run_build(["synthetic"], out_dir=tmp_path, extractions=synthetic_extractions(50), load=False)
    nodes = list(read_nodes(tmp_path / "nodes.jsonl"))
    edges = list(read_edges(tmp_path / "edges.jsonl"))
    expected: nx.MultiDiGraph = nx.MultiDiGraph()
    for n in nodes:
        expected.add_node(n.id, label=n.label, **n.props)
    for e in edges:
        expected.add_edge(e.source, e.target, key=e.type, type=e.type, **e.props)
    g = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert sorted(g.nodes) == sorted(expected.nodes)
    assert sorted(g.edges(keys=True)) == sorted(expected.edges(keys=True))
    paper = next(n for n in nodes if n.label == "Paper")
    assert g.nodes[paper.id]["authors"] == "; ".join(paper.props["authors"])
    assert g.nodes[paper.id]["title"] == paper.props["title"]
    data = json.loads((tmp_path / "graph.json").read_text())
    back = nx.node_link_graph(data, edges="edges")
    assert sorted(back.edges(keys=True)) == sorted(expected.edges(keys=True))
    assert back.nodes[paper.id]["authors"] == paper.props["authors"]


def test_graphml_stream_drops_characters_xml_forbids(tmp_path: Path) -> None:
    from kg.models import NodeRecord

    node = NodeRecord(label="Paper", id="arxiv:1", props={"title": 'a\x01b <c> & "d"'})
    write_graphml_stream(lambda: iter([node]), lambda: iter([]), tmp_path / "g.graphml")
    write_node_link_json_stream(lambda: iter([node]), lambda: iter([]), tmp_path / "g.json")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.nodes["arxiv:1"]["title"] == 'ab <c> & "d"'
    assert json.loads((tmp_path / "g.json").read_text())["nodes"][0]["title"] == 'a\x01b <c> & "d"'
