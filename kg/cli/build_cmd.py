"""`kg build` — ingest → extract → resolve → files → Neo4j, in one command."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kg.cli._options import (
    check_extraction_options,
    engine_option,
    format_option,
    inputs_argument,
    jobs_option,
    max_chars_option,
    neo4j_password_option,
    neo4j_settings,
    neo4j_uri_option,
    neo4j_user_option,
    pipeline_option,
    report_skipped_files,
    resume_option,
    scheduler_option,
    shard_size_option,
    strict_option,
)
from kg.errors import ConfigError, StrictModeError

BUILD_HELP = (
    "Build the knowledge graph: read papers, extract, resolve entities, write the files to "
    "DIR (extractions.jsonl, nodes.jsonl, edges.jsonl, graph.graphml, graph.json, "
    "summary.json, dumps/) and load them into Neo4j.\n\n"
    "Without a reachable Neo4j the files are still written and the command succeeds with a "
    "warning (load later with `kg build --load-only DIR`); with --neo4j-uri or --load-only an "
    "unreachable server is an error (exit 5). A server lost during the load is always exit 5; "
    "rerunning converges to the same graph."
)


def register(app: typer.Typer) -> None:
    @app.command("build", help=BUILD_HELP)
    def build(
        inputs: list[str] = inputs_argument(None),
        out: Path = typer.Option(
            Path("kg-out"), "--out", "-o", help="Build directory for the output files."
        ),
        fmt: str | None = format_option(),
        neo4j_uri: str | None = neo4j_uri_option(
            "Bolt URI (default: NEO4J_URI or the local kg server)."
        ),
        neo4j_user: str | None = neo4j_user_option(),
        neo4j_password: str | None = neo4j_password_option(),
        batch_size: int | None = typer.Option(
            None, "--batch-size", help="Rows per Neo4j write transaction (default 10000)."
        ),
        no_load: bool = typer.Option(False, "--no-load", help="Only write the files."),
        load_only: Path | None = typer.Option(
            None,
            "--load-only",
            metavar="DIR",
            help="Load an existing build directory into Neo4j (no extraction).",
        ),
        stats: bool = typer.Option(
            False, "--stats", help="Print full statistics (top 10 per label) as well."
        ),
        jobs: int = jobs_option(),
        pipeline: str | None = pipeline_option(),
        strict: bool = strict_option(),
        schema_only: bool = typer.Option(
            False,
            "--schema-only",
            help="Only create the Neo4j constraints and indexes (e.g. after a bulk import).",
        ),
        prune_orphans: bool = typer.Option(
            False,
            "--prune-orphans",
            help="After loading, delete entity nodes no paper refers to any more.",
        ),
        graph_files: bool = typer.Option(
            True,
            "--graph-files/--no-graph-files",
            help="Write graph.graphml and graph.json (streamed; about 2x nodes.jsonl on disk).",
        ),
        shard_size: int = shard_size_option("in --out: extractions.jsonl.shards/"),
        resume: bool = resume_option(),
        engine: str = engine_option(),
        scheduler: str | None = scheduler_option(),
        bulk: bool = typer.Option(
            False,
            "--bulk",
            help="First load with neo4j-admin database import (local kg server; stops and "
            "restarts it; refuses a non-empty database without --force).",
        ),
        force: bool = typer.Option(
            False, "--force", help="With --bulk: replace a database that already holds data."
        ),
        max_chars: int = max_chars_option(),
        catalog: Path | None = typer.Option(
            None,
            "--catalog",
            metavar="FILE",
            help="Your own entities (TSV, or YAML with PyYAML): add or override entities and "
            "aliases, !block a name, !merge two names (README: Catalog).",
        ),
    ) -> None:
        """Build the knowledge graph: read papers, extract, resolve entities, write files to
        DIR (extractions.jsonl, nodes.jsonl, edges.jsonl, graph.graphml, graph.json,
        summary.json, dumps/) and load Neo4j.

        Without a reachable Neo4j the files are still written and the command succeeds with
        a warning (load later with `kg build --load-only DIR`); with --neo4j-uri or
        --load-only an unreachable server is an error (exit 5). A server lost mid-load is
        always exit 5; rerunning converges to the same graph.
        """
        from kg.build import format_summary, load_build_dir, read_summary, run_build

        check_extraction_options(jobs, batch_size, shard_size, engine, scheduler)
        settings = neo4j_settings(neo4j_uri, neo4j_user, neo4j_password)
        if schema_only:
            from kg.neo4j.driver import connect
            from kg.neo4j.loader import Loader

            driver = connect(settings)
            try:
                Loader(
                    driver, database=settings.neo4j_database, uri=settings.neo4j_uri
                ).apply_schema()
            finally:
                driver.close()
            typer.echo(f"schema applied to {settings.neo4j_uri} (cypher/schema.cypher)")
            return
        if force and not bulk:
            raise ConfigError("--force only goes with --bulk")
        if bulk and no_load:
            raise ConfigError("--bulk loads Neo4j; it does not go with --no-load")
        if load_only is not None:
            if inputs:
                raise ConfigError("--load-only DIR takes no INPUT arguments")
            if bulk:
                from kg.build import bulk_load_build_dir

                section = bulk_load_build_dir(
                    load_only, settings, force=force, echo=lambda m: typer.echo(m, err=True)
                )
            else:
                section = load_build_dir(
                    load_only, settings, batch_size=batch_size, prune_orphans=prune_orphans
                )
            summary = read_summary(load_only) or {"neo4j": section}
            summary["neo4j"] = section
            typer.echo(format_summary(summary, top_k=10 if stats else 5))
            if stats:
                typer.echo(json.dumps(section.get("counts", {}), indent=2))
            return
        if not inputs:
            raise ConfigError("give INPUT files (or - for stdin), or --load-only DIR")
        result = run_build(
            inputs,
            out_dir=out,
            fmt=fmt,
            strict=strict,
            n_process=jobs,
            pipeline=pipeline,
            settings=settings,
            load=not no_load,
            require_load=neo4j_uri is not None,
            batch_size=batch_size,
            prune_orphans=prune_orphans,
            graph_files=graph_files,
            shard_size=shard_size,
            resume=resume,
            engine=engine,
            scheduler=scheduler,
            bulk=bulk,
            force=force,
            echo=lambda m: typer.echo(m, err=True),
            max_chars=max_chars,
            catalog=catalog,
        )
        typer.echo(format_summary(result.summary, top_k=10 if stats else 5))
        for note in result.notes:
            typer.echo(f"  {note}")
        typer.echo(f"  files: {result.out_dir}/")
        read = result.summary.get("read") or {}
        skipped = read.get("skipped", 0)
        if strict and skipped:
            raise StrictModeError(f"{skipped} bad records were skipped")
        report_skipped_files(read.get("file_errors", []), read.get("files_skipped", 0))
