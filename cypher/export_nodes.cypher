// RDF/CSV export: one page of nodes with one of the given labels, paged by id.
// Parameters: $labels (labels of kg.schema.NODES), $after (last id of the previous page, '' first),
// $limit (page size). Returns the node's kg label, id and all its properties.
MATCH (n)
WHERE n.id > $after AND any(l IN labels(n) WHERE l IN $labels)
WITH n
ORDER BY n.id
LIMIT $limit
RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS id, properties(n) AS props
