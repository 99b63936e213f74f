"""kg.neo4j.driver.connect maps driver failures to one-line KGErrors (no server needed)."""

from __future__ import annotations

import pytest

from kg.config import Settings
from kg.errors import ConfigError, Neo4jUnavailableError
from kg.neo4j.driver import connect


def test_unreachable_server_is_a_one_line_neo4j_unavailable_error() -> None:
    settings = Settings(NEO4J_URI="bolt://127.0.0.1:1")  # nothing listens on port 1
    with pytest.raises(Neo4jUnavailableError) as info:
        connect(settings, connection_timeout=2)
    line = info.value.one_line()
    assert "bolt://127.0.0.1:1" in line and "kg neo4j start" in line
    assert "\n" not in line
    assert info.value.exit_code == 5


def test_malformed_uri_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="NEO4J_URI"):
        connect(Settings(NEO4J_URI="http://127.0.0.1:7474"))
