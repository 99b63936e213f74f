// name: papers-addressing
// description: Papers addressing a task or any narrower task (BROADER roll-up: "gesture recognition" also finds "radar hand gesture recognition"), found by name or alias (case-insensitive).
// param: task (string) — task name or alias, e.g. reasoning
// example: kg query papers-addressing --param task=reasoning
MATCH (t:Task)
WHERE toLower(t.name) = toLower($task)
   OR any(alias IN coalesce(t.aliases, []) WHERE toLower(alias) = toLower($task))
MATCH (specific:Task)-[:BROADER*0..5]->(t)
MATCH (p:Paper)-[:ADDRESSES]->(specific)
RETURN DISTINCT p.title AS title, p.id AS paper, specific.name AS task
ORDER BY title, task
