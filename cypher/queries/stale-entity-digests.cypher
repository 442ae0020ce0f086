// The next stale EntityDigests to refresh (see mark-entity-digests).
MATCH (d:StaleDigest)
RETURN d.entityId AS id
LIMIT $limit
