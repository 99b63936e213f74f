"""Build / check the gazetteer data files.

    python -m kg.extract.gazetteer.build --lm-eval-wheel /tmp/lm_eval-0.4.13-py3-none-any.whl
    python -m kg.extract.gazetteer.build --check

``--lm-eval-wheel`` derives ``lm_eval_benchmarks.tsv`` from the task READMEs inside the
``lm-eval`` wheel (MIT licence; get it with ``pip download --no-deps lm-eval``): each task
folder's README title is a benchmark name, the folder name an alias. Titles that are not
names (``Task-name``, ``Paper``, ``Changelog``, leaderboards, translation suites, plain
English words) are skipped. lm-eval is NOT a dependency: the derived file is committed.

``--check`` validates every TSV (columns, flags, duplicate canonical names per type) and
prints entity / alias counts per type.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

from kg.extract.gazetteer import FILES, GAZETTEER_DIR, GazEntry, parse_tsv
from kg.extract.normalize import norm_key

_SKIP_TITLES = re.compile(
    r"^(?:task-name|paper|changelog|leaderboard|translation|arithmetic|unscramble|click|"
    r"include|score|bear|fda|inverse_scaling|kbl|.*leaderboard.*|.*tasks?$)$",
    re.IGNORECASE,
)
_FLAGS = re.compile(r"^(?:cs|ctx|hib=[01])$")


def lm_eval_rows(wheel: Path) -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    with zipfile.ZipFile(wheel) as zf:
        for name in sorted(zf.namelist()):
            m = re.match(r"^lm_eval/tasks/([^/]+)/README\.md$", name)
            if not m:
                continue
            folder = m.group(1)
            title = ""
            for line in zf.read(name).decode("utf-8", "replace").splitlines():
                if line.startswith("#"):
                    title = line.lstrip("#").strip()
                    break
            title = re.split(r"[:(]", title)[0].strip()
            title = re.sub(r"^[^\w]+", "", title).strip()
            words = title.split()
            if len(words) > 1 and not any(
                any(c.isdigit() for c in w) or sum(c.isupper() for c in w) > 1 for w in words
            ):
                continue  # a plain phrase ("Moral Stories"), not a name
            if not title or len(title) > 30 or _SKIP_TITLES.match(title) or " " in folder:
                continue
            if title.islower() and "_" not in title and title.isalpha():
                continue  # a plain word ("arithmetic"), not a name
            key = norm_key(title)
            if key in rows:
                continue
            alias = folder if norm_key(folder) != key else ""
            flags = "cs" if title.isupper() and len(title) <= 6 else ""
            rows[key] = (title, alias, flags)
    return sorted(rows.values(), key=lambda r: r[0].lower())


def write_lm_eval(wheel: Path, out: Path) -> int:
    rows = lm_eval_rows(wheel)
    lines = [
        f"# Derived from the task READMEs of the lm-eval package ({wheel.name}), MIT licence.",
        "# Regenerate: python -m kg.extract.gazetteer.build --lm-eval-wheel PATH",
        "# canonical\taliases\tflags",
        *("\t".join(r) for r in rows),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


DERIVED = "lm_eval_benchmarks.tsv"  # written by --lm-eval-wheel, not by hand


def _alias_conflicts(entries: list[GazEntry]) -> list[str]:
    """Aliases of one hand-written entry that are another's own name (same type): the
    knowledge base would merge that entry into this one ("XGBoost" as an alias of gradient
    boosting). The derived file's titles are spellings that are meant to merge that way."""
    entries = [e for e in entries if e.source != DERIVED]
    own = {norm_key(e.canonical): e.canonical for e in entries}
    return [
        f"{e.source}: alias {a!r} of {e.canonical!r} is the entry {own[norm_key(a)]!r}"
        for e in entries
        for a in e.aliases
        if own.get(norm_key(a), e.canonical) != e.canonical
    ]


def check(directory: Path) -> int:
    problems = 0
    for type_, names in FILES.items():
        seen: set[str] = set()
        entities = aliases = 0
        typed: list[GazEntry] = []
        for fname in names:
            path = directory / fname
            if not path.exists():
                continue
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                flags = cols[2].split() if len(cols) > 2 else []
                if len(cols) > 3 or not cols[0].strip() or any(not _FLAGS.match(f) for f in flags):
                    print(f"{fname}:{lineno}: bad row {line!r}", file=sys.stderr)
                    problems += 1
            for entry in parse_tsv(path, type_):
                typed.append(entry)
                key = norm_key(entry.canonical)
                if key in seen and fname == names[0]:
                    print(f"{fname}: duplicate {type_} {entry.canonical!r}", file=sys.stderr)
                    problems += 1
                seen.add(key)
                entities += 1
                aliases += len(entry.aliases)
        for problem in _alias_conflicts(typed):
            print(problem, file=sys.stderr)
            problems += 1
        print(f"{type_:8s} {entities:5d} entities {aliases:5d} aliases")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lm-eval-wheel", type=Path, help="derive lm_eval_benchmarks.tsv from it")
    ap.add_argument("--check", action="store_true", help="validate the data files")
    args = ap.parse_args(argv)
    if args.lm_eval_wheel:
        n = write_lm_eval(args.lm_eval_wheel, GAZETTEER_DIR / DERIVED)
        print(f"wrote {n} benchmark names to lm_eval_benchmarks.tsv")
    if args.check or not args.lm_eval_wheel:
        return 1 if check(GAZETTEER_DIR) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
