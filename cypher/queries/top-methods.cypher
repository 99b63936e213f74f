// name: top-methods
// description: Methods and models ranked by the number of papers that propose or use them.
// param: limit (int, default 10) — how many rows
// example: kg query top-methods --param limit=10
MATCH (p:Paper)-[:USES|PROPOSES]->(x)
WHERE x:Method OR x:Model
RETURN x.name AS name, labels(x)[0] AS kind, count(DISTINCT p) AS papers
ORDER BY papers DESC, name
LIMIT $limit
