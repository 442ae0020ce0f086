// Bulk loads (akhbar load) do not merge each batch into the entity digests: they mark them stale,
// creating the ones that do not exist yet, and refresh every stale digest once at the end
// (refresh-entity-digests). Until then readers answer those entities from the graph itself.
UNWIND $ids AS id
MERGE (d:EntityDigest {entityId: id})
SET d:StaleDigest
