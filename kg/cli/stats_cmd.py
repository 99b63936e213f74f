"""`kg stats` — counts per label and relationship type, top entities, share of linked entities."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli._options import (
    json_option,
    neo4j_password_option,
    neo4j_settings,
    neo4j_uri_option,
    neo4j_user_option,
)
from kg.errors import ConfigError

STATS_HELP = (
    "Statistics of a graph: node counts per label, relationship counts per type, the top "
    "entities of each label (by number of papers) and the share of entities linked to an "
    "external knowledge base (a same_as identifier). From a build directory (default kg-out) "
    "or, with --from neo4j, from the graph in Neo4j."
)


def register(app: typer.Typer) -> None:
    @app.command("stats", help=STATS_HELP)
    def stats(
        build_dir: Path | None = typer.Argument(
            None, metavar="BUILD_DIR", help="A `kg build` output directory (default: kg-out)."
        ),
        source: str | None = typer.Option(
            None,
            "--from",
            metavar="DIR|neo4j",
            help="Where the graph is: a build directory, or neo4j.",
        ),
        top: int = typer.Option(
            5, "--top", "-n", metavar="N", min=1, help="Top entities per label."
        ),
        as_json: bool = json_option("Output the statistics as JSON."),
        neo4j_uri: str | None = neo4j_uri_option(),
        neo4j_user: str | None = neo4j_user_option(),
        neo4j_password: str | None = neo4j_password_option(),
    ) -> None:
        from kg.stats import format_stats, stats_of_build_dir, stats_of_neo4j

        if build_dir is not None and source is not None:
            raise ConfigError("give a BUILD_DIR or --from, not both")
        if source == "neo4j":
            from kg.neo4j.driver import connect

            settings = neo4j_settings(neo4j_uri, neo4j_user, neo4j_password)
            driver = connect(settings)
            try:
                result = stats_of_neo4j(
                    driver, database=settings.neo4j_database, top=top, source=settings.neo4j_uri
                )
            finally:
                driver.close()
        else:
            result = stats_of_build_dir(
                Path(source) if source else build_dir or Path("kg-out"), top=top
            )
        typer.echo(result.to_json() if as_json else format_stats(result))
