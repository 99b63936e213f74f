# The `kg` command line in a container (used by docker-compose.yml; Neo4j runs in its own
# container there, so no Java/Maven is needed in this image).
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY pyproject.toml README.md constraints.txt* ./
COPY kg ./kg
COPY cypher ./cypher
COPY ontology ./ontology
COPY examples ./examples
RUN if [ -f constraints.txt ]; then pip install -c constraints.txt -e .; else pip install -e .; fi

RUN useradd --create-home --uid 1000 kg && mkdir -p /data/kg-out && chown -R kg /data
USER kg

ENTRYPOINT []
CMD ["kg", "--help"]
