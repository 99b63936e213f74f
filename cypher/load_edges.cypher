// Upsert a batch of relationships of ONE type between ONE source and ONE target label.
// `{{TYPE}}`, `{{FROM}}`, `{{TO}}` are replaced by the loader with names from kg.schema
// (RELATIONSHIPS[type].domain / .range; validated; never with data).
// Parameters: $rows = [{source, target, props}].
// CREATE (not MERGE) is correct and faster here: the loader runs this only in the transaction
// that first deleted every relationship of these papers and their Result nodes
// (delete_paper_facts.cypher), and kg.graph de-duplicates rows per (source, type, target).
UNWIND $rows AS row
MATCH (s:{{FROM}} {id: row.source})
MATCH (t:{{TO}} {id: row.target})
CREATE (s)-[r:{{TYPE}}]->(t)
SET r = row.props
