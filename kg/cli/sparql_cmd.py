"""`kg sparql` — SPARQL over an RDF dump with rdflib (table, JSON or CSV)."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._options import csv_option, echo_result, json_option
from kg.errors import InputError, QueryError

DEFAULT_DUMPS = Path("kg-out/dumps")


def _default_data() -> list[Path]:
    from kg.serve.app import DumpStore

    store = DumpStore(DEFAULT_DUMPS)
    for rest in ("ttl.gz", "ttl", "nt.gz", "nt", "jsonld.gz", "jsonld"):
        path = store.resolve(f"latest.{rest}")
        if path is not None:
            return [path]
    raise InputError(
        f"no dump given and none found in {DEFAULT_DUMPS}",
        hint="pass --data FILE, or run `kg build` / `kg export` first",
    )


def register(app: typer.Typer) -> None:
    @app.command(
        "sparql",
        help="Run SPARQL over RDF dumps. QUERY is a named query (see --list), a .rq file or "
        "SPARQL text; e.g. kg sparql papers-evaluated-on --param dataset=gsm8k.",
    )
    def _sparql(
        query: str | None = typer.Argument(None, help="Named query, .rq file or SPARQL text."),
        data: list[Path] | None = typer.Option(
            None,
            "--data",
            "-d",
            help="Dump(s) to query (.ttl/.nt/.jsonld[.gz]); default: the latest in kg-out/dumps.",
        ),
        param: list[str] | None = typer.Option(
            None, "--param", "-p", help="Query parameter name=value (repeatable)."
        ),
        as_json: bool = json_option("SPARQL results JSON."),
        as_csv: bool = csv_option("CSV."),
        list_queries: bool = typer.Option(False, "--list", help="List the named queries."),
    ) -> None:
        from kg.rdf import sparql

        if list_queries:
            for name, path in sparql.named_queries().items():
                first = next(
                    (
                        ln.lstrip("# ").strip()
                        for ln in path.read_text(encoding="utf-8").splitlines()
                        if ln.startswith("#")
                    ),
                    "",
                )
                typer.echo(f"{name:24} {first}")
            return
        if not query:
            raise QueryError("no query given", hint="kg sparql --list shows the named queries")
        if as_json and as_csv:
            raise QueryError("--json and --csv are exclusive")
        text = sparql.resolve_query(query)
        params = sparql.parse_params(param or [])
        sparql.check_params(text, params)
        graph = sparql.load_graph(list(data) if data else _default_data())
        result = sparql.run_query(graph, text, params)
        echo_result(result, sparql, as_json=as_json, as_csv=as_csv)
