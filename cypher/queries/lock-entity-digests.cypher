// The EntityDigests a batch adds to (docs/graph-model.md), created when missing: their channels,
// counts and floors (not their keys: entity-digest-keys fetches those only where they can change).
// Written before they are read: each stays locked by this transaction until it commits, so two
// writers adding to one entity take turns instead of one overwriting the other's keys and counts.
// The writer merges the batch's keys in (src/graph/digest.ts) and write-entity-digests stores them.
UNWIND $ids AS id
MERGE (d:EntityDigest {entityId: id})
SET d.revision = coalesce(d.revision, 0) + 1
RETURN id, d.kinds AS kinds, d.counts AS counts, d.floors AS floors
