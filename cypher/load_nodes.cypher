// Upsert a batch of nodes of ONE label. `{{LABEL}}` is replaced by the loader with a label
// from kg.schema.NODES (validated; never with data). Parameters: $rows = [{id, uri, props}].
// Entity aliases are unioned with those already stored (incremental loads keep old aliases);
// every other property is overwritten with the new value.
UNWIND $rows AS row
MERGE (n:{{LABEL}} {id: row.id})
SET n += row.props, n.uri = row.uri
WITH n, row
WHERE row.aliases IS NOT NULL
SET n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases
