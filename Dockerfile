# The `kg` command line in a container (used by docker-compose.yml; Neo4j runs in its own
# container there, so no Java/Maven is needed in this image).
#
# Stage 1 builds the wheel (cypher/, ontology/ and the Neo4j pom.xml go inside it, see setup.py);
# stage 2 installs that wheel with the pinned dependencies — no editable install, no source tree.
FROM python:3.11-slim AS wheel

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY kg ./kg
COPY cypher ./cypher
COPY ontology ./ontology
COPY tools/neo4j/pom.xml ./tools/neo4j/pom.xml
RUN pip wheel --no-deps --wheel-dir /dist .

FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

COPY constraints.txt /tmp/constraints.txt
COPY --from=wheel /dist/ /tmp/dist/
RUN pip install -c /tmp/constraints.txt /tmp/dist/kg-*.whl && rm -rf /tmp/dist /tmp/constraints.txt

WORKDIR /app
COPY examples ./examples
RUN useradd --create-home --uid 1000 kg && mkdir -p /data/kg-out && chown -R kg /data
USER kg

ENTRYPOINT []
CMD ["kg", "--help"]
