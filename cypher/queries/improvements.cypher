// name: improvements
// description: Improvements papers report on a dataset (name or alias, case-insensitive): each delta (a result with role delta) with its metric and system, and the score it improves when the paper reports one for the same system (IMPROVES_BY). Largest first.
// param: dataset (string) — dataset name or alias, e.g. MATH
// param: limit (int, default 50) — how many rows
// example: kg query improvements --param dataset=MATH
MATCH (d:Dataset)<-[:ON_DATASET]-(r:Result {role: 'delta'})-[:WITH_METRIC]->(m:Metric)
WHERE toLower(d.name) = toLower($dataset)
   OR any(a IN coalesce(d.aliases, []) WHERE toLower(a) = toLower($dataset))
MATCH (p:Paper)-[:REPORTS]->(r)
OPTIONAL MATCH (r)-[:OF_MODEL]->(x)
OPTIONAL MATCH (s:Result)-[:IMPROVES_BY]->(r)
RETURN x.name AS model, r.value AS improvement, r.unit AS unit, s.value AS score,
       m.name AS metric, d.name AS dataset, p.title AS paper, r.evidence AS evidence
ORDER BY improvement DESC, paper
LIMIT $limit
