"""`kg export` — RDF dumps (Turtle, N-Triples, JSON-LD) or neo4j-admin CSVs, from a build/Neo4j."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from kg.cli._options import format_option
from kg.errors import ExportError, InputError
from kg.models import EdgeRecord, NodeRecord

if TYPE_CHECKING:
    from kg.rdf.export import ExportStats

FORMATS = ("ttl", "nt", "jsonld", "neo4j-admin")


class _Source:
    """Where records come from: a build directory or the configured Neo4j."""

    def __init__(self, source: str) -> None:
        self.neo4j = source == "neo4j"
        self.driver: Any = None
        self.database: str | None = None
        if self.neo4j:
            from kg.config import get_settings
            from kg.neo4j.driver import connect

            settings = get_settings()
            self.driver = connect(settings)
            self.database = settings.neo4j_database
            self.base = Path("kg-out")
            return
        self.base = Path(source)
        if not self.base.is_dir():
            raise InputError(
                f"build directory {self.base} not found",
                hint="run `kg build` first, or pass --from neo4j",
            )
        for name in ("nodes.jsonl", "edges.jsonl"):
            if not (self.base / name).is_file():
                raise InputError(
                    f"{self.base / name} not found: {self.base} is not a kg build directory",
                    hint="run `kg build` first, or pass --from neo4j",
                )

    def records(self) -> tuple[Iterator[NodeRecord], Iterator[EdgeRecord]]:
        if self.neo4j:
            from kg.rdf.from_neo4j import read_edges, read_nodes

            return (
                read_nodes(self.driver, database=self.database),
                read_edges(self.driver, database=self.database),
            )
        from kg.rdf.export import iter_jsonl

        return (
            iter_jsonl(self.base / "nodes.jsonl", NodeRecord),
            iter_jsonl(self.base / "edges.jsonl", EdgeRecord),
        )

    def export_rdf(self, out: Path, fmt: str, base_iri: str | None = None) -> ExportStats:
        from kg.rdf.export import export_build_dir, export_records

        if not self.neo4j:
            return export_build_dir(self.base, out, fmt, base_iri=base_iri)
        from kg.rdf.from_neo4j import incomplete_results

        drop = incomplete_results(self.driver, database=self.database)
        nodes, edges = self.records()
        return export_records(nodes, edges, out, fmt, drop=drop, base_iri=base_iri)

    def close(self) -> None:
        if self.driver is not None:
            self.driver.close()


def register(app: typer.Typer) -> None:
    @app.command(
        "export",
        help="Export the graph as an RDF dump (ttl, nt, jsonld; .gz by suffix) with a VoID "
        "description beside it, or as neo4j-admin import CSVs. Source: a build directory "
        "(default ./kg-out) or --from neo4j.",
    )
    def _export(
        fmt: str | None = format_option(
            "ttl | nt | jsonld | neo4j-admin (default: from the -o suffix, else ttl)."
        ),
        source: str = typer.Option(
            "kg-out", "--from", help="A kg build directory, or `neo4j` (the configured server)."
        ),
        out: Path | None = typer.Option(
            None,
            "--output",
            "-o",
            help="Output file (FILE.ttl.gz …) or, for neo4j-admin, a directory. Default: "
            "<build dir>/dumps/kg-YYYY-MM-DD.<fmt>.gz (neo4j-admin: <build dir>/neo4j-admin).",
        ),
        validate: bool = typer.Option(
            False, "--validate", help="Validate the dump with pySHACL against ontology/shapes.ttl."
        ),
        base_iri: str | None = typer.Option(
            None,
            "--base-iri",
            help="Base IRI of the exported resources, e.g. https://example.org/kg/resource/ "
            "(default: KG_BASE_IRI, else https://w3id.org/mlkg/resource/).",
        ),
    ) -> None:
        from kg.rdf.export import check_format, format_from_path, resolve_base_iri

        base_iri = resolve_base_iri(base_iri)  # a bad value fails before any work
        if fmt is None:
            fmt = (format_from_path(out) if out else None) or "ttl"
        if fmt != "neo4j-admin":
            fmt = check_format(fmt)
        src = _Source(source)
        try:
            _run(src, fmt, out, validate, base_iri)
        finally:
            src.close()


def _run(
    src: _Source, fmt: str, out: Path | None, validate: bool, base_iri: str | None = None
) -> None:
    from kg.rdf.export import dated_dump_name

    if fmt == "neo4j-admin":
        try:
            from kg.neo4j.bulk import write_admin_import
        except ImportError as exc:
            raise ExportError(
                "--format neo4j-admin needs kg.neo4j.bulk, which is not installed"
            ) from exc
        out_dir = out or src.base / "neo4j-admin"
        nodes, edges = src.records()
        counts = write_admin_import(nodes, edges, out_dir)
        summary = ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        typer.echo(f"wrote neo4j-admin import files to {out_dir} ({summary})")
        return
    from kg.progress import spinner

    target = out or src.base / "dumps" / dated_dump_name(fmt)
    with spinner(f"writing {fmt} dump"):
        stats = src.export_rdf(target, fmt, base_iri)
    papers = stats.nodes_by_label.get("Paper", 0)
    results = stats.nodes_by_label.get("Result", 0)
    typer.echo(
        f"wrote {stats.path}: {stats.triples} triples ({papers} papers, "
        f"{stats.nodes - papers - results} entities, {results} results, {stats.edges} "
        f"relations, {stats.assertions} provenance assertions); sha256 {stats.sha256}"
    )
    if stats.void_path:
        typer.echo(f"wrote {stats.void_path} (VoID/DCAT description)")
    if stats.skipped:
        typer.echo(f"skipped {stats.skipped} records that do not fit kg.schema", err=True)
    if stats.dropped:
        typer.echo(
            f"left out {stats.dropped} results without a dataset or a metric "
            "(ontology/shapes.ttl requires both)",
            err=True,
        )
    if validate:
        from kg.rdf.validate import validate_dump

        with spinner("validating with SHACL"):
            report = validate_dump(stats.path)
        if not report.conforms:
            first = next((ln.strip() for ln in report.text.splitlines() if "Message:" in ln), "")
            raise ExportError(
                f"{stats.path} does not conform to ontology/shapes.ttl: "
                f"{report.violations} violations; first: {first}"
            )
        typer.echo("SHACL: conforms to ontology/shapes.ttl")
