// name: entity
// description: Look up entities by name or alias (case-insensitive) with their aliases and paper counts per relationship.
// param: name (string) — entity name or alias, e.g. gsm8k
// example: kg query entity --param name=gsm8k
MATCH (e)
WHERE (e:Method OR e:Model OR e:Dataset OR e:Metric OR e:Task)
  AND (toLower(e.name) = toLower($name)
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name)))
OPTIONAL MATCH (p:Paper)-[r]->(e)
WITH e, type(r) AS rel, count(DISTINCT p) AS papers
RETURN labels(e)[0] AS kind, e.name AS name, e.id AS id, e.aliases AS aliases,
       collect(CASE WHEN rel IS NULL THEN null ELSE rel + ': ' + toString(papers) END) AS papers
ORDER BY kind, name
