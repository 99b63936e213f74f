"""RDF sink: the ontology namespace, the streaming exporter, VoID, SPARQL, reading back Neo4j."""
