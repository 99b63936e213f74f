// RDF/CSV export: every outgoing relationship of one page of source nodes, paged by source id.
// Parameters: $sources (labels that relationships start from: Paper, Result), $types
// (relationship types of kg.schema.RELATIONSHIPS), $after (last source id of the previous page,
// '' first), $limit (source nodes per page). Sources without such relationships return no rows,
// so the caller pages on `last_source`, the largest source id of the page.
MATCH (s)
WHERE s.id > $after AND any(l IN labels(s) WHERE l IN $sources)
WITH s
ORDER BY s.id
LIMIT $limit
WITH collect(s) AS page
WITH page, page[size(page) - 1].id AS last_source
UNWIND page AS s
OPTIONAL MATCH (s)-[r]->(t)
WHERE type(r) IN $types
RETURN last_source, s.id AS source, type(r) AS type, t.id AS target, properties(r) AS props
ORDER BY source, type, target
