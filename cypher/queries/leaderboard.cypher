// name: leaderboard
// description: Reported results on a dataset for a metric (names or aliases, case-insensitive), best first: descending when higher is better, else ascending. Only scores (role score, never deltas or settings) the extractor is at least min_confidence sure of.
// param: dataset (string) — dataset name or alias, e.g. GSM8K
// param: metric (string) — metric name or alias, e.g. accuracy
// param: min_confidence (float, default 0.7) — least confidence shown (kg.schema.LEADERBOARD_MIN_CONFIDENCE)
// param: limit (int, default 20) — how many rows
// example: kg query leaderboard --param dataset=GSM8K --param metric=pass@1
// example: kg query leaderboard --param dataset=MATH --param metric=accuracy
MATCH (d:Dataset)<-[:ON_DATASET]-(r:Result)-[:WITH_METRIC]->(m:Metric)
WHERE (toLower(d.name) = toLower($dataset)
       OR any(a IN coalesce(d.aliases, []) WHERE toLower(a) = toLower($dataset)))
  AND (toLower(m.name) = toLower($metric)
       OR any(a IN coalesce(m.aliases, []) WHERE toLower(a) = toLower($metric)))
  AND coalesce(r.role, 'score') = 'score' AND r.confidence >= $min_confidence
MATCH (p:Paper)-[:REPORTS]->(r)
OPTIONAL MATCH (r)-[:OF_MODEL]->(x)
WITH p, r, x, d, m, coalesce(r.higher_is_better, m.higher_is_better, true) AS higher
RETURN x.name AS model, r.value AS value, r.unit AS unit, m.name AS metric, d.name AS dataset,
       p.title AS paper, higher AS higher_is_better, r.confidence AS confidence
ORDER BY CASE WHEN higher THEN -r.value ELSE r.value END, paper
LIMIT $limit
