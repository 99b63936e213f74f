// name: methods-used-on-dataset
// description: Methods and models used by papers evaluated on a dataset (name or alias, case-insensitive), or with a result on it.
// param: dataset (string) — dataset name or alias, e.g. MATH
// param: limit (int, default 25) — how many rows
// example: kg query methods-used-on-dataset --param dataset=GSM8K
MATCH (d:Dataset)
WHERE toLower(d.name) = toLower($dataset)
   OR any(alias IN coalesce(d.aliases, []) WHERE toLower(alias) = toLower($dataset))
CALL (d) {
  MATCH (p:Paper)-[:EVALUATED_ON]->(d)
  MATCH (p)-[:USES|PROPOSES]->(x)
  WHERE x:Method OR x:Model
  RETURN x, p
  UNION
  MATCH (p:Paper)-[:REPORTS]->(:Result)-[:ON_DATASET]->(d)
  MATCH (p)-[:REPORTS]->(:Result)-[:OF_MODEL]->(x)
  RETURN x, p
}
RETURN x.name AS name, labels(x)[0] AS kind, count(DISTINCT p) AS papers, d.name AS dataset
ORDER BY papers DESC, name
LIMIT $limit
