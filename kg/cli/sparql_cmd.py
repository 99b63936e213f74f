"""`kg sparql` — read-only SPARQL over RDF dumps in an on-disk pyoxigraph store (table, JSON,
CSV; Turtle for CONSTRUCT/DESCRIBE)."""

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
        help="Run read-only SPARQL over RDF dumps (loaded once into an on-disk pyoxigraph store). "
        "QUERY is a named query (see --list), a .rq file or SPARQL text; e.g. kg sparql "
        "papers-evaluated-on --param dataset=gsm8k. SERVICE, FROM and updates are refused.",
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
        timeout: float = typer.Option(
            30.0, "--timeout", help="Give up after this many seconds (exit 7)."
        ),
        limit: int = typer.Option(10_000, "--limit", help="Return at most this many rows."),
    ) -> None:
        from kg.rdf import sparql, store

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
        store.check_query(text)  # refused before any dump is loaded
        if timeout <= 0 or limit < 0:
            raise QueryError("--timeout must be > 0 and --limit >= 0")
        rdf = store.RdfStore.open_dumps(list(data) if data else _default_data())
        try:
            result = store.run(rdf, text, params, timeout=timeout, limit=limit)
        finally:
            rdf.close()
        if result.triples and not as_json and not as_csv:
            typer.echo(store.serialize_triples(result.triples, "ttl").decode("utf-8"), nl=False)
        elif result.triples:
            typer.echo(store.serialize_triples(result.triples, "jsonld").decode("utf-8"))
        else:
            echo_result(result, store, as_json=as_json, as_csv=as_csv)
        if result.truncated:
            typer.echo(f"kg: warning: stopped at --limit {limit} rows", err=True)
