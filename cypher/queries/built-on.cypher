// name: built-on
// description: Papers whose method or model is built on or fine-tuned from a given model or method (BASED_ON; name or alias, case-insensitive), with what each paper proposes.
// param: model (string) — base model or method name or alias, e.g. Mistral-7B
// param: limit (int, default 50) — how many rows
// example: kg query built-on --param model=Mistral-7B
MATCH (p:Paper)-[r:BASED_ON]->(b)
WHERE toLower(b.name) = toLower($model)
   OR any(a IN coalesce(b.aliases, []) WHERE toLower(a) = toLower($model))
OPTIONAL MATCH (p)-[:PROPOSES]->(x)
WITH p, b, r, collect(DISTINCT x.name) AS proposes
RETURN b.name AS base, p.title AS title, proposes, r.evidence AS evidence
ORDER BY title
LIMIT $limit
