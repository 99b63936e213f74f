"""Settings from flags or environment variables (``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_PASSWORD``).

The default password is for the loopback-only local development server that
``kg neo4j start`` runs; it is documented in README.md and must never guard anything
reachable from another machine.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

LOCAL_DEV_PASSWORD = "kg-local-dev"  # loopback-only dev default; override with NEO4J_PASSWORD

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The repository root (where ``pyproject.toml``, ``cypher/`` and ``ontology/`` live)."""
    return PACKAGE_DIR.parent


def example_input() -> Path:
    """The example abstracts, ``examples/hf-trending-papers.txt`` (may be missing outside a
    checkout; callers check ``is_file()``)."""
    return project_root() / "examples" / "hf-trending-papers.txt"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", populate_by_name=True)

    neo4j_uri: str = Field(default="bolt://127.0.0.1:7687", alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", alias="NEO4J_USER")
    neo4j_password: str = Field(default=LOCAL_DEV_PASSWORD, alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", alias="NEO4J_DATABASE")
    # Where the local server keeps its classpath, config, data, logs and pid file.
    neo4j_home: Path = Field(
        default_factory=lambda: project_root() / ".neo4j", alias="KG_NEO4J_HOME"
    )
    neo4j_http_port: int = Field(default=7474, alias="KG_NEO4J_HTTP_PORT")
    neo4j_bolt_port: int = Field(default=7687, alias="KG_NEO4J_BOLT_PORT")
    neo4j_heap: str = Field(default="2g", alias="KG_NEO4J_HEAP")
    neo4j_pagecache: str = Field(default="1g", alias="KG_NEO4J_PAGECACHE")
    # Base IRI of exported resources (default kg.schema.RESOURCE_NS); `kg export --base-iri`.
    base_iri: str | None = Field(default=None, alias="KG_BASE_IRI")


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with non-None keyword overrides (from CLI flags)."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)


def cypher_dir() -> Path:
    return project_root() / "cypher"


def ontology_dir() -> Path:
    return project_root() / "ontology"
