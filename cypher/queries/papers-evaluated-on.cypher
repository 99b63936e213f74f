// name: papers-evaluated-on
// description: Papers evaluated on a dataset, found by its name or any alias (case-insensitive: "gsm8k" finds GSM8K).
// param: dataset (string) — dataset name or alias, e.g. GSM8K
// example: kg query papers-evaluated-on --param dataset=gsm8k
MATCH (d:Dataset)
WHERE toLower(d.name) = toLower($dataset)
   OR any(alias IN coalesce(d.aliases, []) WHERE toLower(alias) = toLower($dataset))
MATCH (p:Paper)-[:EVALUATED_ON]->(d)
RETURN DISTINCT p.title AS title, p.id AS paper, d.name AS dataset
ORDER BY title
