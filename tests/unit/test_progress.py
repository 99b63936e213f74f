"""Progress display: bars and spinners on a terminal (a real pseudo-terminal here), nothing on
a pipe; forced on/off with ``progress=True/False``."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from kg.progress import enabled, progress_bar, spinner

KG = [str(Path(sys.executable).parent / "kg")]
STEPS = ("extracting", "resolving entities", "writing files", "writing the RDF dump")


def _papers(tmp_path: Path) -> Path:
    path = tmp_path / "papers.jsonl"
    rows = [
        {
            "id": f"arxiv:2401.0000{i}",
            "title": f"Paper {i}",
            "abstract": "We fine-tune Mistral-7B and evaluate on GSM8K with accuracy.",
        }
        for i in range(3)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _stderr_on_a_terminal(args: list[str], cwd: Path) -> str:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(
        args, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal's other side is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=300) == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_build_and_export_show_progress_on_a_terminal_only(tmp_path: Path) -> None:
    papers = _papers(tmp_path)
    shown = _stderr_on_a_terminal([*KG, "build", str(papers), "--no-load", "-o", "tty"], tmp_path)
    for step in STEPS:
        assert step in shown, step
    piped = subprocess.run(
        [*KG, "build", str(papers), "--no-load", "-o", "pipe"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    assert "\r" not in piped and "\x1b[" not in piped
    assert not any(step in piped for step in STEPS)
    shown = _stderr_on_a_terminal([*KG, "export", "--from", "tty", "--validate"], tmp_path)
    assert "writing ttl dump" in shown and "validating with SHACL" in shown


def test_forced_on_and_off(capsys: pytest.CaptureFixture[str]) -> None:
    assert enabled(True) and not enabled(False)
    assert not enabled()  # pytest captures stderr: not a terminal
    with progress_bar("counting", total=2, unit="things", progress=True) as advance:
        advance(2)
    with spinner("thinking", progress=True):
        pass
    err = capsys.readouterr().err
    assert "counting" in err and "/2 " in err and "thinking" in err
    with progress_bar("silent", total=1, progress=False) as advance:
        advance(1)
    with spinner("silent", progress=False):
        pass
    assert capsys.readouterr().err == ""
