// name: search
// description: Full-text search (Lucene syntax) over entity names and aliases and over paper titles and abstracts.
// param: q (string) — search terms, e.g. "math reasoning" or gsm*
// param: limit (int, default 20) — how many rows
// example: kg query search --param q="mixture of experts"
CALL (){
  CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
  RETURN labels(node)[0] AS kind, node.name AS name, node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('paper_text', $q) YIELD node, score
  RETURN 'Paper' AS kind, node.title AS name, node.id AS id, score
}
RETURN kind, name, id, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT $limit
