// name: datasets-and-metrics-of-paper
// description: The datasets a paper is evaluated on and the metrics it reports (paper by id, or a case-insensitive piece of its title).
// param: paper (string) — paper id (arxiv:2403.02884) or part of the title
// example: kg query datasets-and-metrics-of-paper --param paper="MathScale"
MATCH (p:Paper)
WHERE p.id = $paper OR toLower(p.title) CONTAINS toLower($paper)
OPTIONAL MATCH (p)-[:EVALUATED_ON]->(d:Dataset)
WITH p, collect(DISTINCT d.name) AS datasets
OPTIONAL MATCH (p)-[:MEASURED_BY]->(m:Metric)
WITH p, datasets, collect(DISTINCT m.name) AS metrics
RETURN p.id AS paper, p.title AS title, datasets, metrics
ORDER BY title
LIMIT 50
