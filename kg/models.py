"""Pydantic models at every stage boundary (``extra="forbid"`` everywhere).

Flow: sources → :class:`Paper` → extract → :class:`Extraction` → resolve → :class:`Entity`
registry → graph → :class:`NodeRecord` / :class:`EdgeRecord` rows → sinks (Neo4j loader,
RDF exporter, neo4j-admin CSV, files).

Character offsets in mentions and evidence are relative to :attr:`Paper.text`, which is
the title, a blank line, then the abstract.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["Method", "Model", "Dataset", "Metric", "Task"]
ENTITY_TYPES: tuple[EntityType, ...] = ("Method", "Model", "Dataset", "Metric", "Task")

PaperRelationType = Literal[
    "PROPOSES", "USES", "EVALUATED_ON", "MEASURED_BY", "ADDRESSES", "COMPARES_WITH", "BASED_ON"
]
PAPER_RELATION_TYPES: tuple[PaperRelationType, ...] = (
    "PROPOSES",
    "USES",
    "EVALUATED_ON",
    "MEASURED_BY",
    "ADDRESSES",
    "COMPARES_WITH",
    "BASED_ON",
)
# What a number the results component reads is: a system's absolute result (``score``), an
# improvement or difference (``delta``), a size/count/shot/epoch/year/speed-up (``setting``).
ResultRole = Literal["score", "delta", "setting", "other"]
RESULT_ROLES: tuple[ResultRole, ...] = ("score", "delta", "setting", "other")

TITLE_SEPARATOR = "\n\n"


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(StrictModel):
    """Where a record came from: file (or ``-`` for stdin) and line or record number (1-based)."""

    file: str
    line: int | None = None
    record: int | None = None

    def location(self) -> str:
        if self.line is not None:
            return f"{self.file}:{self.line}"
        if self.record is not None:
            return f"{self.file}#record {self.record}"
        return self.file


class Paper(StrictModel):
    id: str = Field(description="Stable id: arxiv:ID, doi:DOI or title:HASH")
    title: str
    abstract: str
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None
    published: dt.date | None = None
    authors: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    source: SourceRef | None = None

    @property
    def text(self) -> str:
        """The text the extractor reads; all offsets refer to it."""
        return f"{self.title}{TITLE_SEPARATOR}{self.abstract}"


class Evidence(StrictModel):
    """The sentence a fact was read from, with its offsets in :attr:`Paper.text`."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(StrictModel):
    text: str
    type: EntityType
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="0-based sentence index in Paper.text")
    entity_id: str
    confidence: float = Field(ge=0.0, le=1.0)
    source: str = Field(description="rule or component that produced the mention")


class PaperRelation(StrictModel):
    type: PaperRelationType
    entity_id: str
    entity_type: EntityType
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence
    source: str = Field(default="", description="rule that produced the relation")


class Result(StrictModel):
    """An n-ary result: (model or method, dataset, metric) = value [unit].

    ``Extraction.results`` holds scores only (``role="score"``); ``Extraction.deltas`` holds
    improvements ("+2.3 BLEU", "by 6.9 points") with the same fields and ``role="delta"``.
    ``value`` is the number as written; ``unit`` keeps ``%`` for percentages (a fraction such
    as 0.868 has no unit), so 86.8 % and 0.868 are never confused.
    """

    id: str
    model_id: str | None = None
    dataset_id: str | None = None
    metric_id: str | None = None
    value: float
    unit: str | None = None
    higher_is_better: bool | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence
    role: ResultRole = "score"


class Entity(StrictModel):
    """A canonical entity. ``id`` is deterministic: ``<type lower>:<slug of canonical name>``."""

    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    higher_is_better: bool | None = Field(default=None, description="Metrics only")


class Extraction(StrictModel):
    paper: Paper
    mentions: list[Mention] = Field(default_factory=list)
    relations: list[PaperRelation] = Field(default_factory=list)
    results: list[Result] = Field(default_factory=list)
    deltas: list[Result] = Field(
        default_factory=list, description="improvements and differences (role 'delta')"
    )
    entities: list[Entity] = Field(default_factory=list)
    extractor_version: str
    extracted_at: dt.datetime


class NodeRecord(StrictModel):
    """One graph node as every sink sees it (Neo4j, RDF, neo4j-admin CSV, GraphML).

    ``props`` holds only the properties listed for the label in :mod:`kg.schema`.
    """

    label: str
    id: str
    props: dict[str, Any] = Field(default_factory=dict)


class EdgeRecord(StrictModel):
    """One graph relationship as every sink sees it; ``props`` carry provenance."""

    type: str
    source: str
    target: str
    props: dict[str, Any] = Field(default_factory=dict)
