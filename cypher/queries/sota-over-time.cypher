// name: sota-over-time
// description: Leaderboards over time: for each (dataset, metric), every system's best score (results with role 'score' and confidence ≥ min_confidence), with its month, paper and evidence; the direction comes from the result, else the metric. Mirrors ontology/queries/sota-over-time.rq.
// param: dataset (string, default *) — dataset name or alias; * = every dataset
// param: min_confidence (float, default 0.7) — the trust threshold, kg.schema.LEADERBOARD_MIN_CONFIDENCE
// example: kg query sota-over-time --param dataset=GSM8K
MATCH (d:Dataset)<-[:ON_DATASET]-(r:Result)-[:WITH_METRIC]->(m:Metric)
WHERE ($dataset = '*' OR toLower(d.name) = toLower($dataset)
       OR any(a IN coalesce(d.aliases, []) WHERE toLower(a) = toLower($dataset)))
  AND coalesce(r.role, 'score') = 'score' AND r.confidence >= $min_confidence
MATCH (p:Paper)-[:REPORTS]->(r)
OPTIONAL MATCH (r)-[:OF_MODEL]->(x)
WITH d, m, r, p, coalesce(x.name, p.title) AS system,
     coalesce(r.higher_is_better, m.higher_is_better, true) AS higher,
     CASE WHEN p.published IS NOT NULL THEN substring(toString(p.published), 0, 7)
                 WHEN p.arxiv_id =~ '[0-9]{4}[.][0-9]{4,5}.*'
                 THEN '20' + substring(p.arxiv_id, 0, 2) + '-' + substring(p.arxiv_id, 2, 2) END AS month
ORDER BY CASE WHEN higher THEN -r.value ELSE r.value END, month, p.uri
WITH d, m, system, higher,
     collect({value: r.value, unit: r.unit, month: month, paper: p.uri, title: p.title,
              evidence: r.evidence, confidence: r.confidence})[0] AS best
RETURN d.name AS dataset, m.name AS metric, system, best.value AS value, best.unit AS unit,
       best.month AS month, best.paper AS paper, best.title AS title,
       higher AS higher_is_better, best.evidence AS evidence, best.confidence AS confidence
ORDER BY dataset, metric, month, system
