// Before (re)writing a batch of papers: remove everything extracted FROM them, so a
// re-extracted paper leaves no stale edges. Runs in the same transaction as the writes.
// Deletes the papers' Result nodes (with their ON_DATASET/OF_MODEL/WITH_METRIC/IMPROVES_BY edges) and
// their outgoing PROPOSES/USES/EVALUATED_ON/MEASURED_BY/ADDRESSES/COMPARES_WITH/BASED_ON
// relationships.
// Entity nodes are never deleted here (see delete_orphan_entities.cypher).
// Parameters: $ids = [paper id, ...].
UNWIND $ids AS pid
MATCH (p:Paper {id: pid})
OPTIONAL MATCH (p)-[:REPORTS]->(res:Result)
DETACH DELETE res
WITH DISTINCT p
OPTIONAL MATCH (p)-[r:PROPOSES|USES|EVALUATED_ON|MEASURED_BY|ADDRESSES|COMPARES_WITH|BASED_ON]->()
DELETE r
