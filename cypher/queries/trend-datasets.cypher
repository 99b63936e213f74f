// name: trend-datasets
// description: Papers per month evaluated on each of the top datasets (by papers); the month is the paper's published date, else its new-style arXiv id (2402.14830 → 2024-02). Mirrors ontology/queries/trend-datasets.rq.
// param: top (int, default 10) — how many datasets
// example: kg query trend-datasets --param top=5
MATCH (p:Paper)-[:EVALUATED_ON]->(e:Dataset)
WITH e, count(DISTINCT p) AS total
ORDER BY total DESC, e.name
LIMIT $top
MATCH (p:Paper)-[:EVALUATED_ON]->(e)
WITH e, total, p, CASE WHEN p.published IS NOT NULL THEN substring(toString(p.published), 0, 7)
                 WHEN p.arxiv_id =~ '[0-9]{4}[.][0-9]{4,5}.*'
                 THEN '20' + substring(p.arxiv_id, 0, 2) + '-' + substring(p.arxiv_id, 2, 2) END AS month
WHERE month IS NOT NULL
RETURN e.name AS name, month, count(DISTINCT p) AS papers, total
ORDER BY total DESC, name, month
