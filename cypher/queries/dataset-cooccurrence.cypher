// name: dataset-cooccurrence
// description: Pairs of datasets evaluated on in the same papers, by number of shared papers. Mirrors ontology/queries/dataset-cooccurrence.rq.
// param: limit (int, default 50) — how many pairs
// example: kg query dataset-cooccurrence --param limit=10
MATCH (a:Dataset)<-[:EVALUATED_ON]-(p:Paper)-[:EVALUATED_ON]->(b:Dataset)
WHERE a.name < b.name
RETURN a.name AS a, b.name AS b, count(DISTINCT p) AS papers
ORDER BY papers DESC, a, b
LIMIT $limit
