// `kg stats --from neo4j`: the entities of one label referred to by the most papers.
// Params: $label (an entity label of kg.schema), $limit (int)
MATCH (p:Paper)-->(e)
WHERE $label IN labels(e)
WITH e, count(DISTINCT p) AS papers
RETURN e.id AS id, coalesce(e.name, e.id) AS name, papers
ORDER BY papers DESC, toLower(name), id
LIMIT $limit
