// name: co-occurring
// description: Entities that appear in the same papers as a given entity (name or alias, case-insensitive), by number of shared papers.
// param: entity (string) — entity name or alias, e.g. GSM8K or chain-of-thought
// param: limit (int, default 20) — how many rows
// example: kg query co-occurring --param entity=GSM8K
MATCH (e)
WHERE (e:Method OR e:Model OR e:Dataset OR e:Metric OR e:Task)
  AND (toLower(e.name) = toLower($entity)
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($entity)))
MATCH (e)<-[:PROPOSES|USES|EVALUATED_ON|MEASURED_BY|ADDRESSES]-(p:Paper)
      -[:PROPOSES|USES|EVALUATED_ON|MEASURED_BY|ADDRESSES]->(o)
WHERE o <> e
RETURN o.name AS name, labels(o)[0] AS kind, count(DISTINCT p) AS shared_papers
ORDER BY shared_papers DESC, name
LIMIT $limit
