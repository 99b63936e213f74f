// Optional clean-up (`kg build --prune-orphans`): delete entity nodes that no paper or result
// refers to any more (e.g. after re-extracting the only paper that mentioned them).
MATCH (e)
WHERE (e:Method OR e:Model OR e:Dataset OR e:Metric OR e:Task) AND NOT (e)<--()
DETACH DELETE e
RETURN count(*) AS deleted
