// name: trend-tasks
// description: Papers per month addressing each of the top tasks (by papers); the month is the paper's published date, else its new-style arXiv id (2402.14830 → 2024-02). Mirrors ontology/queries/trend-tasks.rq.
// param: top (int, default 10) — how many tasks
// example: kg query trend-tasks --param top=5
MATCH (p:Paper)-[:ADDRESSES]->(e:Task)
WITH e, count(DISTINCT p) AS total
ORDER BY total DESC, e.name
LIMIT $top
MATCH (p:Paper)-[:ADDRESSES]->(e)
WITH e, total, p, CASE WHEN p.published IS NOT NULL THEN substring(toString(p.published), 0, 7)
                 WHEN p.arxiv_id =~ '[0-9]{4}[.][0-9]{4,5}.*'
                 THEN '20' + substring(p.arxiv_id, 0, 2) + '-' + substring(p.arxiv_id, 2, 2) END AS month
WHERE month IS NOT NULL
RETURN e.name AS name, month, count(DISTINCT p) AS papers, total
ORDER BY total DESC, name, month
