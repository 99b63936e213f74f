// RDF export: ids of Result nodes that lack a dataset or a metric. ontology/shapes.ttl requires
// exactly one of each for a kg:Result, so the RDF export leaves these out (and says how many).
MATCH (r:Result)
WHERE NOT (r)-[:ON_DATASET]->() OR NOT (r)-[:WITH_METRIC]->()
RETURN r.id AS id
ORDER BY id
