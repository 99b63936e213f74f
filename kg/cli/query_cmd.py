"""`kg query` — run a named query from the Cypher library, or ad-hoc Cypher, against Neo4j."""

from __future__ import annotations

import typer

from kg.cli._options import (
    csv_option,
    echo_result,
    json_option,
    neo4j_password_option,
    neo4j_settings,
    neo4j_uri_option,
    neo4j_user_option,
)
from kg.errors import ConfigError

QUERY_HELP = (
    "Query the graph with a named query of the Cypher library or your own Cypher: "
    "`kg query papers-evaluated-on --param dataset=GSM8K`, "
    '`kg query --cypher "MATCH (d:Dataset) RETURN d.name LIMIT 5"`, `kg query --list`.\n\n'
    "Output is a table (default), --json (an array of row objects) or --csv. Values only "
    "ever travel as query parameters; with --cypher, JSON-looking values (numbers, "
    "true/false, lists) are decoded and everything else is a string.\n\n"
    "Queries are read-only: a statement that writes or changes the schema is refused "
    "(exit 7) unless --write is given."
)


def register(app: typer.Typer) -> None:
    @app.command("query", help=QUERY_HELP)
    def query(
        name: str | None = typer.Argument(
            None, metavar="NAME", help="A library query (see --list)."
        ),
        param: list[str] = typer.Option(
            None, "--param", "-p", metavar="NAME=VALUE", help="A query parameter (repeatable)."
        ),
        cypher: str | None = typer.Option(
            None, "--cypher", "-c", help="Run this Cypher instead of a library query."
        ),
        list_: bool = typer.Option(False, "--list", "-l", help="List the query library."),
        write: bool = typer.Option(
            False, "--write", help="Allow --cypher to write or change the schema (maintenance)."
        ),
        as_json: bool = json_option("Output a JSON array of rows."),
        as_csv: bool = csv_option("Output CSV with a header row."),
        neo4j_uri: str | None = neo4j_uri_option(),
        neo4j_user: str | None = neo4j_user_option(),
        neo4j_password: str | None = neo4j_password_option(),
    ) -> None:
        """Query the graph: `kg query papers-evaluated-on --param dataset=GSM8K`,
        `kg query --cypher "MATCH (d:Dataset) RETURN d.name LIMIT 5"`, `kg query --list`.

        Output is a table (default), --json or --csv. Values only ever travel as query
        parameters; with --cypher, JSON-looking values (numbers, true/false, lists) are
        decoded, everything else is a string.
        """
        from kg.neo4j import queries as q

        if list_:
            typer.echo(q.format_library(q.load_library()))
            return
        if as_json and as_csv:
            raise ConfigError("choose one of --json and --csv")
        if (name is None) == (cypher is None):
            raise ConfigError("give a query NAME or --cypher TEXT (see `kg query --list`)")
        raw = q.parse_param_args(param or [])
        if cypher is not None:
            text, values = cypher, q.guess_params(raw)
        else:
            assert name is not None
            spec = q.get_query(name)
            text, values = spec.text, q.bind_params(spec, raw)
        from kg.neo4j.driver import connect

        settings = neo4j_settings(neo4j_uri, neo4j_user, neo4j_password)
        driver = connect(settings)
        try:
            result = q.run_cypher(
                driver, text, values, database=settings.neo4j_database, read_only=not write
            )
        finally:
            driver.close()
        echo_result(result, q, as_json=as_json, as_csv=as_csv)
