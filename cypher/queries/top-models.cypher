// name: top-models
// description: Models ranked by the number of papers that propose, use or report results for them.
// param: limit (int, default 10) — how many rows
// example: kg query top-models
MATCH (x:Model)
CALL (x) {
  MATCH (p:Paper)-[:USES|PROPOSES]->(x)
  RETURN p
  UNION
  MATCH (p:Paper)-[:REPORTS]->(:Result)-[:OF_MODEL]->(x)
  RETURN p
}
WITH x, count(DISTINCT p) AS papers
RETURN x.name AS model, papers
ORDER BY papers DESC, model
LIMIT $limit
