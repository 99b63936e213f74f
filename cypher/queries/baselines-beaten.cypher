// name: baselines-beaten
// description: The baselines a paper compares its own method or model with (COMPARES_WITH), with the sentence that says so (paper by id, or a case-insensitive piece of its title).
// param: paper (string) — paper id (arxiv:2402.14830) or part of the title
// param: limit (int, default 50) — how many rows
// example: kg query baselines-beaten --param paper=Orca-Math
MATCH (p:Paper)-[c:COMPARES_WITH]->(b)
WHERE p.id = $paper OR toLower(p.title) CONTAINS toLower($paper)
RETURN p.title AS title, b.name AS baseline, labels(b)[0] AS kind, c.evidence AS evidence
ORDER BY title, baseline
LIMIT $limit
