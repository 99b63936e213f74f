// Upsert entity → entity relationships of ONE type between ONE source and ONE target label
// (`BROADER`, the roll-up of kg/kb/rollup.py). `{{TYPE}}`, `{{FROM}}`, `{{TO}}` are replaced by
// the loader with names from kg.schema (validated; never with data). MERGE, not CREATE: these
// belong to no single paper, so a reload meets the ones already stored.
// Parameters: $rows = [{source, target}].
UNWIND $rows AS row
MATCH (s:{{FROM}} {id: row.source})
MATCH (t:{{TO}} {id: row.target})
MERGE (s)-[:{{TYPE}}]->(t)
