// The keys of the EntityDigests a batch can change (lock-entity-digests has locked them; the
// writer asks only for those where a new key sorts before its channel's floor, see
// src/graph/digest.ts), so a hub's tens of kilobytes of keys travel only when they change.
UNWIND $ids AS id
MATCH (d:EntityDigest {entityId: id})
RETURN id, d.latest AS latest
