// `kg stats --from neo4j`: how many entities are linked to an external knowledge base
// (a non-empty `same_as`). Params: $labels (the entity labels of kg.schema)
MATCH (e)
WHERE any(label IN labels(e) WHERE label IN $labels)
RETURN count(e) AS entities,
       count(CASE WHEN e.same_as IS NOT NULL AND size(e.same_as) > 0 THEN 1 END) AS linked
