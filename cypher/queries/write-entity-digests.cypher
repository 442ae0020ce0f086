// One row per entity the batch links new nodes to: its EntityDigest (docs/graph-model.md) as the
// writer merged it (src/graph/digest.ts) after lock-entity-digests read and locked it. Per channel
// (each statement kind for the statements about the entity; '@said', '@via', '@involves', '@in',
// '@affiliated' for the statements it made or relayed, its events and the unnamed sources tied to
// it): how many there are and the keys of the newest few, so the first page of an entity's
// statements, or the first ring of its neighbourhood, costs the same for a name in three articles
// as for one in thirty thousand.
UNWIND $rows AS row
MATCH (d:EntityDigest {entityId: row.entityId})
SET d.kinds = row.kinds, d.counts = [c IN row.counts | toInteger(c)], d.floors = row.floors
// No keys when none changed: the stored ones stay (not rewritten).
FOREACH (_ IN CASE WHEN row.latest IS NULL THEN [] ELSE [1] END | SET d.latest = row.latest)
