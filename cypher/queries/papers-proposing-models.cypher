// name: papers-proposing-models
// description: Papers that propose a new model, with the model names.
// param: limit (int, default 50) — how many rows
// example: kg query papers-proposing-models
MATCH (p:Paper)-[:PROPOSES]->(x:Model)
RETURN p.title AS title, collect(DISTINCT x.name) AS models, p.id AS paper
ORDER BY title
LIMIT $limit
