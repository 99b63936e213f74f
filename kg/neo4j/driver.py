"""A verified connection to Neo4j, with one-line errors for the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.config import Settings, get_settings
from kg.errors import ConfigError, Neo4jUnavailableError, brief

if TYPE_CHECKING:
    import neo4j

START_HINT = "run `kg neo4j start`, or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD"
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def connect(settings: Settings | None = None, *, connection_timeout: float = 10.0) -> neo4j.Driver:
    """Open a driver for ``settings`` (default: from the environment) and verify it answers.

    Raises :class:`~kg.errors.Neo4jUnavailableError` (one line naming the URI) when the server
    cannot be reached or rejects the credentials, :class:`~kg.errors.ConfigError` for a
    malformed URI. The caller closes the returned driver.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError

    settings = settings or get_settings()
    uri = settings.neo4j_uri
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        raise ConfigError(
            f"invalid NEO4J_URI {uri!r}: expected a Bolt URI such as bolt://127.0.0.1:7687",
            hint=f"supported schemes: {', '.join(BOLT_SCHEMES)}",
        )
    try:
        driver = GraphDatabase.driver(
            uri,
            auth=(settings.neo4j_user, settings.neo4j_password),
            connection_timeout=connection_timeout,
        )
    except (ConfigurationError, ValueError) as exc:
        raise ConfigError(f"invalid NEO4J_URI {uri!r}: {exc}") from exc
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise Neo4jUnavailableError(
            f"Neo4j at {uri} rejected the credentials of user {settings.neo4j_user!r}",
            hint="check NEO4J_USER/NEO4J_PASSWORD (the local server keeps the password "
            "it was first started with)",
        ) from exc
    except (DriverError, Neo4jError, OSError) as exc:
        driver.close()
        reason = brief(exc) or type(exc).__name__
        raise Neo4jUnavailableError(
            f"Neo4j is not reachable at {uri}: {reason}", hint=START_HINT
        ) from exc
    return driver
