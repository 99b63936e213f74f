// name: top-datasets
// description: Datasets ranked by the number of papers evaluated on them.
// param: limit (int, default 10) — how many rows
// example: kg query top-datasets --param limit=5
MATCH (p:Paper)-[:EVALUATED_ON]->(d:Dataset)
RETURN d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, dataset
LIMIT $limit
