"""Neo4j sinks and the local server launcher.

- :mod:`kg.neo4j.driver` — :func:`connect` returns a verified ``neo4j.Driver``.
- :mod:`kg.neo4j.launcher` — ``kg neo4j start|stop|status``: a genuine Neo4j Community 5.26
  server resolved from Maven Central, run with Java 17, no Docker.
"""
